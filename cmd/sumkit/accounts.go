package main

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/stack"
)

// accountFlags choose the account a command sends transactions from, and how it sends them (txFlags).
func accountFlags() []cli.Flag {
	return append(txFlags(),
		&cli.IntFlag{Name: "dev-account", Usage: "send from `sumkit devnet`'s N-th dev account (chain id 1337 only; public keys, DEV ONLY)"},
		&cli.StringFlag{Name: "keystore", Usage: "go-ethereum keystore folder holding the sending account"},
		&cli.StringFlag{Name: "account", Usage: "address of the sending account in --keystore"},
		&cli.StringFlag{Name: "password-file", Usage: "file whose first line is the --account's keystore password"},
	)
}

// newTransactor returns a transactor for the account the flags choose, on client's chain chainID, with extra
// options after the flags'. url names the node in messages.
func newTransactor(c *cli.Context, client chain.Backend, chainID *big.Int, url string, extra ...chain.Option) (*chain.Transactor, error) {
	options, err := txOptions(c)
	if err != nil {
		return nil, err
	}
	options = append(options, extra...)
	dev := c.IsSet("dev-account")
	ks := c.IsSet("keystore") || c.IsSet("account") || c.IsSet("password-file")
	switch {
	case dev && ks:
		return nil, errors.New("choose one account: --dev-account, or --keystore with --account and --password-file")
	case dev:
		opts, err := devAccount(c.Int("dev-account"), chainID, url)
		if err != nil {
			return nil, err
		}
		return stack.NewTransactor(client, opts, options...), nil
	case ks:
		opts, err := keystoreAccount(c.String("keystore"), c.String("account"), c.String("password-file"), chainID)
		if err != nil {
			return nil, err
		}
		return stack.NewTransactor(client, opts, options...), nil
	}
	return nil, errors.New("no account to send from: pass --dev-account N (on `sumkit devnet`), or --keystore DIR --account ADDRESS --password-file FILE")
}

// devAccount signs with the devnet's n-th account, on a chain whose id is the devnet's only.
func devAccount(n int, chainID *big.Int, url string) (*bind.TransactOpts, error) {
	if chainID.Cmp(big.NewInt(devnet.ChainID)) != 0 {
		return nil, fmt.Errorf("--dev-account: the node at %s is on chain %s, not the dev chain %d: dev keys are public and only for `sumkit devnet`; use --keystore on other chains",
			url, chainID, devnet.ChainID)
	}
	if n < 0 {
		return nil, fmt.Errorf("--dev-account %d: want an index from 0", n)
	}
	accs, err := devnet.DeriveAccounts(devnet.Mnemonic, n+1)
	if err != nil {
		return nil, fmt.Errorf("--dev-account %d: %w", n, err)
	}
	return bind.NewKeyedTransactor(accs[n].Key, chainID), nil
}

// keystoreAccount unlocks address in the keystore folder dir with the password in passwordFile.
func keystoreAccount(dir, address, passwordFile string, chainID *big.Int) (*bind.TransactOpts, error) {
	if dir == "" || address == "" || passwordFile == "" {
		return nil, errors.New("a keystore account needs all of --keystore DIR, --account ADDRESS and --password-file FILE")
	}
	if !common.IsHexAddress(address) {
		return nil, fmt.Errorf("--account %q is not an address: want 0x and 40 hex digits", address)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("--keystore %s: not a folder", dir)
	}
	data, err := os.ReadFile(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("read --password-file: %w", err)
	}
	password, _, _ := strings.Cut(string(data), "\n")
	password = strings.TrimSuffix(password, "\r")

	ks := keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)
	acc, err := ks.Find(accounts.Account{Address: common.HexToAddress(address)})
	if err != nil {
		return nil, fmt.Errorf("account %s is not in keystore %s: %w", address, dir, err)
	}
	if err := ks.Unlock(acc, password); err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("wrong password for account %s in keystore %s: check --password-file %s", acc.Address, dir, passwordFile)
		}
		return nil, fmt.Errorf("unlock account %s: %w", acc.Address, err)
	}
	return bind.NewKeyStoreTransactor(ks, acc, chainID), nil
}
