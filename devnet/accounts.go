package devnet

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Mnemonic is the BIP-39 seed phrase the dev accounts are derived from. It is the phrase Hardhat and Anvil use,
// so account i here is account i there (account 0 is 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266). Its keys are
// public knowledge: anything sent to them on a real chain is taken within seconds.
const Mnemonic = "test test test test test test test test test test test junk"

// DerivationPath is the BIP-44 path of dev account i, with %d standing for i.
const DerivationPath = "m/44'/60'/0'/0/%d"

// hardened is the BIP-32 offset of hardened child indices.
const hardened = 1 << 31

// Account is a prefunded dev account.
type Account struct {
	// Address is the account's address.
	Address common.Address
	// Key is the account's private key. It is public knowledge; see [Mnemonic].
	Key *ecdsa.PrivateKey
}

// DeriveAccounts returns the first n accounts of mnemonic (no BIP-39 passphrase) along [DerivationPath].
func DeriveAccounts(mnemonic string, n int) ([]Account, error) {
	if n < 0 {
		return nil, fmt.Errorf("derive %d accounts: count is negative", n)
	}
	// BIP-39: the seed is PBKDF2-HMAC-SHA512 of the phrase, salted with "mnemonic" and an empty passphrase. The
	// phrase is taken as given; callers pass NFKD-normalised text (plain ASCII words are).
	seed, err := pbkdf2.Key(sha512.New, mnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("derive seed: %w", err)
	}
	key, chain, err := masterKey(seed)
	if err != nil {
		return nil, err
	}
	// m/44'/60'/0'/0 is shared by every account; only the last index differs.
	for _, index := range []uint32{hardened + 44, hardened + 60, hardened + 0, 0} {
		if key, chain, err = childKey(key, chain, index); err != nil {
			return nil, err
		}
	}
	accounts := make([]Account, n)
	for i := range accounts {
		child, _, err := childKey(key, chain, uint32(i))
		if err != nil {
			return nil, fmt.Errorf("derive account %d: %w", i, err)
		}
		priv, err := crypto.ToECDSA(child)
		if err != nil {
			return nil, fmt.Errorf("derive account %d: %w", i, err)
		}
		accounts[i] = Account{Address: crypto.PubkeyToAddress(priv.PublicKey), Key: priv}
	}
	return accounts, nil
}

// masterKey returns BIP-32's master private key and chain code for seed.
func masterKey(seed []byte) (key, chain []byte, err error) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	if !validScalar(sum[:32]) {
		return nil, nil, errors.New("derive master key: seed gives an invalid key")
	}
	return sum[:32], sum[32:], nil
}

// childKey returns BIP-32's private child key and chain code at index under the parent key and chain code.
func childKey(key, chain []byte, index uint32) (childKey, childChain []byte, err error) {
	mac := hmac.New(sha512.New, chain)
	if index >= hardened {
		mac.Write([]byte{0})
		mac.Write(key)
	} else {
		priv, err := crypto.ToECDSA(key)
		if err != nil {
			return nil, nil, fmt.Errorf("derive child %d: %w", index, err)
		}
		mac.Write(crypto.CompressPubkey(&priv.PublicKey))
	}
	mac.Write(binary.BigEndian.AppendUint32(nil, index))
	sum := mac.Sum(nil)
	if !validScalar(sum[:32]) {
		return nil, nil, fmt.Errorf("derive child %d: invalid tweak", index)
	}
	n := crypto.S256().Params().N
	k := new(big.Int).SetBytes(sum[:32])
	k.Add(k, new(big.Int).SetBytes(key)).Mod(k, n)
	if k.Sign() == 0 {
		return nil, nil, fmt.Errorf("derive child %d: zero key", index)
	}
	return common.LeftPadBytes(k.Bytes(), 32), sum[32:], nil
}

// validScalar reports whether b, read big-endian, is a usable secp256k1 private key: in [1, n).
func validScalar(b []byte) bool {
	k := new(big.Int).SetBytes(b)
	return k.Sign() > 0 && k.Cmp(crypto.S256().Params().N) < 0
}
