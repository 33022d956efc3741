package chaintest_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain/chaintest"
)

func TestKey(t *testing.T) {
	tests := map[string]struct {
		seed byte
		i    int
		want string // the scalar, hex
	}{
		"first":        {seed: 0x5a, i: 0, want: "5a00000000000000000000000000000000000000000000000000000000000001"},
		"fifth":        {seed: 0x6b, i: 4, want: "6b00000000000000000000000000000000000000000000000000000000000005"},
		"past a byte":  {seed: 0x0c, i: 255, want: "0c00000000000000000000000000000000000000000000000000000000000100"},
		"largest seed": {seed: 0xff, i: 0, want: "ff00000000000000000000000000000000000000000000000000000000000001"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := common.Bytes2Hex(crypto.FromECDSA(chaintest.Key(tt.seed, tt.i))); got != tt.want {
				t.Errorf("Key(%#x, %d) = %s, want %s", tt.seed, tt.i, got, tt.want)
			}
		})
	}
}

func TestNew(t *testing.T) {
	balance := big.NewInt(3 * params.Ether)
	var capped uint64
	c := chaintest.New(t, chaintest.WithAccounts(3), chaintest.WithSeed(0x42), chaintest.WithBalance(balance),
		chaintest.WithGasLimit(50_000_000), chaintest.WithNode(func(eth *ethconfig.Config) { capped = eth.RPCGasCap }))
	if capped == 0 {
		t.Error("WithNode's function did not see the node's configuration")
	}
	if c.Accounts() != 3 {
		t.Fatalf("Accounts() = %d, want 3", c.Accounts())
	}
	for i := range c.Accounts() {
		if want := crypto.PubkeyToAddress(chaintest.Key(0x42, i).PublicKey); c.Addr(i) != want {
			t.Errorf("Addr(%d) = %s, want Key(0x42, %d)'s %s", i, c.Addr(i), i, want)
		}
		got, err := c.Client().BalanceAt(t.Context(), c.Addr(i), nil)
		if err != nil {
			t.Fatalf("BalanceAt() error = %v", err)
		}
		if got.Cmp(balance) != 0 {
			t.Errorf("account %d holds %s wei, want %s", i, got, balance)
		}
	}
	head, err := c.Client().HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatalf("HeaderByNumber() error = %v", err)
	}
	if head.GasLimit != 50_000_000 {
		t.Errorf("block gas limit = %d, want 50000000", head.GasLimit)
	}
	if from := c.Transactor(2).From(); from != c.Addr(2) {
		t.Errorf("Transactor(2).From() = %s, want %s", from, c.Addr(2))
	}
	if c.Opts(1).From != c.Addr(1) {
		t.Errorf("Opts(1).From = %s, want %s", c.Opts(1).From, c.Addr(1))
	}
}

func TestWithKeys(t *testing.T) {
	key := chaintest.Key(0x01, 9)
	c := chaintest.New(t, chaintest.WithKeys(key), chaintest.WithAccounts(4))
	if c.Accounts() != 1 || c.Key(0) != key {
		t.Fatalf("WithKeys(one key): %d accounts, key 0 %v; want that key alone", c.Accounts(), c.Key(0))
	}
	if c.ChainID().Sign() <= 0 {
		t.Errorf("ChainID() = %s, want a positive id", c.ChainID())
	}
}

func TestScalarKey(t *testing.T) {
	tests := map[string]struct {
		b    []byte
		want *ecdsa.PrivateKey
	}{
		"one byte":      {b: []byte{7}, want: chaintest.Key(0, 6)},
		"leading zeros": {b: []byte{0, 0, 7}, want: chaintest.Key(0, 6)},
		"two bytes":     {b: []byte{0x01, 0x00}, want: chaintest.Key(0, 255)},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := chaintest.ScalarKey(tt.b...); !got.Equal(tt.want) {
				t.Errorf("ScalarKey(%x) = %x, want %x", tt.b, crypto.FromECDSA(got), crypto.FromECDSA(tt.want))
			}
		})
	}
	for _, b := range [][]byte{{}, {0}, make([]byte, 33)} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("ScalarKey(%x) did not panic", b)
				}
			}()
			chaintest.ScalarKey(b...)
		}()
	}
}
