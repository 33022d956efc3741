package ingest_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Waits of the Deposit-Refund-Take trainers the tests deploy, in seconds.
const (
	refundWait     = 60
	ownerClaimWait = 120
)

// everything is a position after any event.
var everything = ingest.Position{Block: math.MaxUint64, Index: math.MaxUint32}

// testChain is a simulated chain with a deployed Deposit-Refund-Take trainer. Account 0 deployed and owns it.
type testChain struct {
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	stack   *trainer.Stack
}

// newTestChain starts a chain with accounts funded accounts and deploys a trainer on it; configure adjusts the
// node (e.g. its log range limit). It is closed when t ends.
func newTestChain(t *testing.T, accounts int, configure ...func(*ethconfig.Config)) *testChain {
	t.Helper()
	c := &testChain{ctx: t.Context()}
	alloc := types.GenesisAlloc{}
	for i := range accounts {
		seed := make([]byte, 32)
		seed[0], seed[31] = 0x6b, byte(i+1)
		key, err := crypto.ToECDSA(seed)
		if err != nil {
			t.Fatalf("crypto.ToECDSA(%x) error = %v", seed, err)
		}
		c.keys = append(c.keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	c.sim = chain.NewSimulated(alloc, 0, configure...)
	t.Cleanup(func() { c.sim.Close() })
	c.client = c.sim.Client()
	id, err := c.client.ChainID(c.ctx)
	if err != nil {
		t.Fatalf("ChainID() error = %v", err)
	}
	c.chainID = id
	c.stack = deploy(t, c.tx(0))
	return c
}

// deploy deploys a Deposit-Refund-Take trainer over a two-class sparse perceptron: features 0-3 vote for
// class 1, features 4-7 for class 0.
func deploy(t *testing.T, tx *chain.Transactor) *trainer.Stack {
	t.Helper()
	m := &model.Model{
		Kind: model.SparsePerceptron, Classes: []string{"bad", "good"},
		NumFeatures: 8, MaxFeatures: 4, Weights: make([]int64, 8), LearningRate: model.One,
	}
	for f := range m.Weights {
		m.Weights[f] = model.One
		if f >= 4 {
			m.Weights[f] = -model.One
		}
	}
	s, err := trainer.Deploy(t.Context(), tx, trainer.Spec{
		Model: m,
		Incentive: trainer.Incentive{Mechanism: trainer.DepositRefundTake, RefundWait: refundWait,
			OwnerClaimWait: ownerClaimWait, AnyAddressClaimWait: 2 * ownerClaimWait, CostWeight: big.NewInt(1e9)},
	})
	if err != nil {
		t.Fatalf("trainer.Deploy() error = %v", err)
	}
	return s
}

// tx returns a transactor for account i that mines a block after each transaction.
func (c *testChain) tx(i int) *chain.Transactor {
	return trainer.NewTransactor(c.client, bind.NewKeyedTransactor(c.keys[i], c.chainID), chain.WithMiner(func() { c.sim.Commit() }))
}

func (c *testChain) addr(i int) common.Address { return crypto.PubkeyToAddress(c.keys[i].PublicKey) }

// add has account i add sample labelled label and returns the receipt.
func (c *testChain) add(t *testing.T, i int, sample []int64, label uint64) *types.Receipt {
	t.Helper()
	r, err := c.stack.AddData(c.ctx, c.tx(i), sample, label, big.NewInt(params.Ether))
	if err != nil {
		t.Fatalf("AddData(%v, %d) from account %d error = %v", sample, label, i, err)
	}
	return r
}

// advance mines an empty block d later than the head.
func (c *testChain) advance(t *testing.T, d time.Duration) {
	t.Helper()
	if err := chain.AdjustTime(c.ctx, c.sim, d); err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
}

// mine mines n empty blocks.
func (c *testChain) mine(n int) {
	for range n {
		c.sim.Commit()
	}
}

func (c *testChain) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	return h
}

func (c *testChain) meta(depth uint64) ingest.Meta {
	return ingest.Meta{ChainID: c.chainID.Uint64(), Trainer: c.stack.Trainer, Depth: depth}
}

// openStore opens a store in dir and closes it when t ends.
func openStore(t *testing.T, dir string, meta ingest.Meta) *ingest.Store {
	t.Helper()
	s, err := ingest.Open(dir, meta)
	if err != nil {
		t.Fatalf("Open(%s) error = %v", dir, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close() error = %v", err)
		}
	})
	return s
}

// quietOptions are follower options for tests: fast retries, logs kept out of the output unless -v.
func quietOptions(t *testing.T) ingest.Options {
	var w io.Writer = io.Discard
	if testing.Verbose() {
		w = t.Output()
	}
	return ingest.Options{
		Backoff: ingest.Backoff{Initial: 5 * time.Millisecond, Max: 50 * time.Millisecond, Seed: 1},
		Logger:  slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// catchUp steps f until it has caught up and returns how many steps that took.
func catchUp(t *testing.T, ctx context.Context, f *ingest.Follower) int {
	t.Helper()
	for steps := 1; ; steps++ {
		caughtUp, err := f.Step(ctx)
		if err != nil {
			t.Fatalf("Step() error = %v", err)
		}
		if caughtUp {
			return steps
		}
		if steps > 10_000 {
			t.Fatal("Step() never caught up")
		}
	}
}

// content is everything a store holds.
type content struct {
	Contributions []*ingest.Contribution
	Outcomes      []*ingest.Outcome
	Cursor        ingest.Cursor
}

func storeContent(t *testing.T, s *ingest.Store) content {
	t.Helper()
	var got content
	for e, err := range s.Contributions(everything, math.MaxUint64) {
		if err != nil {
			t.Fatalf("Contributions() error = %v", err)
		}
		got.Contributions = append(got.Contributions, e.Contribution)
	}
	for o, err := range s.Outcomes() {
		if err != nil {
			t.Fatalf("Outcomes() error = %v", err)
		}
		got.Outcomes = append(got.Outcomes, o)
	}
	cur, ok, err := s.Cursor()
	if err != nil || !ok {
		t.Fatalf("Cursor() = %v, %v, %v; want a cursor", cur, ok, err)
	}
	got.Cursor = cur
	counts, err := s.Count()
	if err != nil {
		t.Fatalf("Count() error = %v", err)
	}
	if counts.Contributions != uint64(len(got.Contributions)) || counts.Outcomes != uint64(len(got.Outcomes)) {
		t.Errorf("Count() = %+v, but the store iterates %d contributions and %d outcomes", counts, len(got.Contributions), len(got.Outcomes))
	}
	last, ok, err := s.LastContribution()
	switch n := len(got.Contributions); {
	case err != nil:
		t.Fatalf("LastContribution() error = %v", err)
	case ok != (n > 0):
		t.Errorf("LastContribution() ok = %v with %d contributions stored", ok, n)
	case ok && last != got.Contributions[n-1].Position:
		t.Errorf("LastContribution() = %+v, but the last one iterated is at %+v", last, got.Contributions[n-1].Position)
	}
	return got
}

// chainContent is what a store following node with depth should hold once caught up: every event of the
// trainer in the canonical chain up to head - depth, read in one query and decoded.
func chainContent(t *testing.T, ctx context.Context, node ingest.Client, trainer common.Address, depth uint64) content {
	t.Helper()
	head, err := node.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("BlockNumber() error = %v", err)
	}
	return chainContentTo(t, ctx, node, trainer, head-depth)
}

// chainContentTo is what a store whose cursor is block last should hold.
func chainContentTo(t *testing.T, ctx context.Context, node ingest.Client, trainer common.Address, last uint64) content {
	t.Helper()
	end, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(last))
	if err != nil {
		t.Fatalf("HeaderByNumber(%d) error = %v", last, err)
	}
	dec := ingest.NewDecoder(trainer, 0)
	logs, err := node.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0), ToBlock: end.Number, Addresses: []common.Address{trainer}, Topics: [][]common.Hash{dec.Topics()},
	})
	if err != nil {
		t.Fatalf("FilterLogs() error = %v", err)
	}
	want := content{Cursor: ingest.Cursor{Block: end.Number.Uint64(), Hash: end.Hash()}}
	for i := range logs {
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			t.Fatalf("Decode(log %d) error = %v", i, err)
		}
		switch ev := ev.(type) {
		case *ingest.Contribution:
			want.Contributions = append(want.Contributions, ev)
		case *ingest.Outcome:
			want.Outcomes = append(want.Outcomes, ev)
		}
	}
	return want
}

// sameContent fails t when got and want differ.
func sameContent(t *testing.T, got, want content) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("store holds %d contributions, %d outcomes, cursor %+v; want %d, %d, %+v",
			len(got.Contributions), len(got.Outcomes), got.Cursor, len(want.Contributions), len(want.Outcomes), want.Cursor)
		for i := range max(len(got.Contributions), len(want.Contributions)) {
			var g, w *ingest.Contribution
			if i < len(got.Contributions) {
				g = got.Contributions[i]
			}
			if i < len(want.Contributions) {
				w = want.Contributions[i]
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("contribution %d = %+v, want %+v", i, g, w)
			}
		}
	}
}
