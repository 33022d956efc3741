// Package chaintest starts simulated Osaka chains for tests, as net/http/httptest starts servers: one call gives
// a chain with funded accounts whose keys are the same on every run, and a transactor per account that mines a
// block after each transaction.
//
// It is for tests and examples only: it imports "testing", so no package that non-test code imports may use it.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
)

// Defaults of a chain started without options.
const (
	// DefaultAccounts is how many funded accounts a chain has.
	DefaultAccounts = 1
	// DefaultEther is what each account holds at genesis, in ether.
	DefaultEther = 1000
	// DefaultSeed is the seed the accounts' keys are derived from (see Key).
	DefaultSeed = 0xc7
)

// config is what the options set.
type config struct {
	accounts  int
	seed      byte
	keys      []*ecdsa.PrivateKey
	balance   *big.Int
	gasLimit  uint64
	configure []func(*ethconfig.Config)
}

// Option adjusts the chain Start and New make.
type Option func(*config)

// WithAccounts funds n accounts, with keys Key(seed, 0) to Key(seed, n-1).
func WithAccounts(n int) Option { return func(c *config) { c.accounts = n } }

// WithSeed derives the accounts' keys from seed instead of DefaultSeed, so that the tests of different packages
// can keep the accounts they have always had.
func WithSeed(seed byte) Option { return func(c *config) { c.seed = seed } }

// WithKeys funds exactly these accounts, in this order, instead of derived ones: for tests whose expectations
// depend on particular addresses (golden values, gas figures).
func WithKeys(keys ...*ecdsa.PrivateKey) Option { return func(c *config) { c.keys = keys } }

// WithBalance gives each account wei at genesis instead of DefaultEther.
func WithBalance(wei *big.Int) Option { return func(c *config) { c.balance = wei } }

// WithGasLimit sets the block gas limit (and the miner's gas ceiling) instead of the simulator's default.
func WithGasLimit(gas uint64) Option { return func(c *config) { c.gasLimit = gas } }

// WithNode adjusts the node's configuration (e.g. its RPC gas cap or its log range limit).
func WithNode(configure ...func(*ethconfig.Config)) Option {
	return func(c *config) { c.configure = append(c.configure, configure...) }
}

// Key is account i's key on a chain seeded with seed: the scalar whose first byte is seed and whose last eight
// bytes are i+1, big-endian. Such a scalar is never zero and always below the curve order, so Key cannot fail.
func Key(seed byte, i int) *ecdsa.PrivateKey {
	b := make([]byte, 32)
	b[0] = seed
	binary.BigEndian.PutUint64(b[24:], uint64(i)+1)
	key, err := crypto.ToECDSA(b)
	if err != nil {
		panic(fmt.Sprintf("chaintest: key %x: %v", b, err)) // unreachable: b is a valid scalar
	}
	return key
}

// ScalarKey is the key whose scalar is the big-endian number b, for tests that keep a key they were written
// with. b must be 1 to 32 bytes and not all zero; ScalarKey panics otherwise, since a test's fixed key is wrong
// only by a programming error.
func ScalarKey(b ...byte) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(common.LeftPadBytes(b, 32))
	if err != nil || len(b) > 32 {
		panic(fmt.Sprintf("chaintest: %x is not a private key: %v", b, err))
	}
	return key
}

// Chain is a running simulated Osaka chain with funded accounts, numbered from 0.
type Chain struct {
	sim     *simulated.Backend
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
}

// Start starts a chain as options say; the caller closes it. Tests use New, which closes it for them; Start
// is for examples, which have no *testing.T.
func Start(ctx context.Context, options ...Option) (*Chain, error) {
	cfg := config{accounts: DefaultAccounts, seed: DefaultSeed, balance: new(big.Int).Mul(big.NewInt(DefaultEther), big.NewInt(params.Ether))}
	for _, o := range options {
		o(&cfg)
	}
	c := &Chain{keys: cfg.keys}
	if c.keys == nil {
		for i := range cfg.accounts {
			c.keys = append(c.keys, Key(cfg.seed, i))
		}
	}
	alloc := types.GenesisAlloc{}
	for _, key := range c.keys {
		addr := crypto.PubkeyToAddress(key.PublicKey)
		c.addrs = append(c.addrs, addr)
		alloc[addr] = types.Account{Balance: new(big.Int).Set(cfg.balance)}
	}
	c.sim = chain.NewSimulated(alloc, cfg.gasLimit, cfg.configure...)
	id, err := c.sim.Client().ChainID(ctx)
	if err != nil {
		_ = c.sim.Close()
		return nil, fmt.Errorf("chaintest: read the chain id: %w", err)
	}
	c.chainID = id
	return c, nil
}

// New starts a chain as options say, failing t if it cannot, and closes it when t and its subtests end.
func New(t testing.TB, options ...Option) *Chain {
	t.Helper()
	c, err := Start(context.Background(), options...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// Close stops the chain.
func (c *Chain) Close() error { return c.sim.Close() }

// Backend is the simulated backend, for what the client cannot do: mining (Commit), time travel, forks.
func (c *Chain) Backend() *simulated.Backend { return c.sim }

// Client is the chain's node.
func (c *Chain) Client() simulated.Client { return c.sim.Client() }

// Commit mines a block and returns its hash.
func (c *Chain) Commit() common.Hash { return c.sim.Commit() }

// Miner is the option that makes a transactor mine a block after each transaction.
func (c *Chain) Miner() chain.Option { return chain.WithMiner(func() { c.sim.Commit() }) }

// ChainID is the chain's id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Accounts is how many funded accounts the chain has.
func (c *Chain) Accounts() int { return len(c.keys) }

// Key is account i's private key.
func (c *Chain) Key(i int) *ecdsa.PrivateKey { return c.keys[i] }

// Addr is account i's address.
func (c *Chain) Addr(i int) common.Address { return c.addrs[i] }

// Opts returns fresh signing options for account i.
func (c *Chain) Opts(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(c.keys[i], c.chainID) }

// Transactor returns a transactor for account i that mines a block after each transaction, with options
// besides (e.g. chain.WithErrors to decode a contract's reverts).
func (c *Chain) Transactor(i int, options ...chain.Option) *chain.Transactor {
	return chain.NewTransactor(c.Client(), c.Opts(i), append([]chain.Option{c.Miner()}, options...)...)
}
