package weights

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/chain/chaintest"
)

// maxSample is the longest sample the deployed models accept.
const maxSample = 64

// oracleChain is a simulated chain with one funded account that deploys and owns OracleModel contracts.
type oracleChain struct {
	ctx context.Context
	tx  *chain.Transactor
	abi *bindings.OracleModel
	// operator returns a transactor for a funded account of its own, one per seed.
	operator func(seed byte) *chain.Transactor
}

func newOracleChain(t *testing.T) *oracleChain {
	t.Helper()
	// The keys these tests have always used: the scalars 0x0ac100 to 0x0ac103.
	var keys []*ecdsa.PrivateKey
	for _, seed := range []byte{0, 1, 2, 3} {
		keys = append(keys, chaintest.ScalarKey(0x0a, 0xc1, seed))
	}
	c := chaintest.New(t, chaintest.WithKeys(keys...), chaintest.WithGasLimit(100_000_000),
		chaintest.WithBalance(new(big.Int).Mul(big.NewInt(1e9), big.NewInt(params.Ether))))
	parsed, err := bindings.OracleModelMetaData.ParseABI()
	if err != nil {
		t.Fatalf("ParseABI() error = %v", err)
	}
	transactor := func(seed byte) *chain.Transactor {
		return c.Transactor(int(seed), chain.WithErrors(chain.NewErrors(parsed)))
	}
	return &oracleChain{ctx: context.Background(), tx: transactor(0), abi: bindings.NewOracleModel(),
		operator: func(seed byte) *chain.Transactor { return transactor(1 + seed%3) }}
}

// deploy deploys an OracleModel for w's shape and activates r as its version 0: stages the pages and the
// tail, publishes the weights and sets the initial version. The trainer address never gets code, so the model
// stays open; predict works either way. It returns the model and the gas each kind of transaction used.
func (c *oracleChain) deploy(t *testing.T, r *Release, v Version) (common.Address, map[string]uint64) {
	t.Helper()
	q := r.Quantised
	names := make([]string, q.NumClasses)
	for i := range names {
		names[i] = string(rune('A' + i))
	}
	trainer := common.HexToAddress("0x7a1e4")
	addr, _, err := c.tx.Deploy(c.ctx, common.FromHex(bindings.OracleModelMetaData.Bin),
		c.abi.PackConstructor(trainer, names, uint64(q.NumFeatures), maxSample))
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	gas := c.stage(t, addr, r)
	receipt, err := c.tx.Transact(c.ctx, addr, c.abi.PackSetInitialVersion(v.Binding(), r.Params.Binding()), nil)
	if err != nil {
		t.Fatalf("setInitialVersion: %v", err)
	}
	gas["setInitialVersion"] = receipt.GasUsed
	return addr, gas
}

// stage stages r's pages and tail and publishes its weights, and returns the most gas each kind of
// transaction used.
func (c *oracleChain) stage(t *testing.T, addr common.Address, r *Release) map[string]uint64 {
	t.Helper()
	gas := map[string]uint64{}
	send := func(what string, data []byte) {
		t.Helper()
		receipt, err := c.tx.Transact(c.ctx, addr, data, nil)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		gas[what] = max(gas[what], receipt.GasUsed)
	}
	for _, page := range r.Pages {
		send("stagePage", c.abi.PackStagePage(page))
	}
	send("stagePage tail", c.abi.PackStagePage(r.Tail))
	for i, chunk := range r.Chunks {
		proof := make([][32]byte, len(r.Proofs[i]))
		for j, h := range r.Proofs[i] {
			proof[j] = h
		}
		send("publishWeights", c.abi.PackPublishWeights(r.Root, big.NewInt(int64(len(r.Chunks))),
			big.NewInt(int64(i)), chunk, proof))
	}
	return gas
}

func (c *oracleChain) call(t *testing.T, addr common.Address, data []byte) []byte {
	t.Helper()
	out, err := c.tx.Call(c.ctx, addr, data)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return out
}

// TestPredictMatchesContract deploys random models of each shape and checks that Quantised.Predict and the
// contract's predict agree on random samples, and that Go's hashes are the contract's.
func TestPredictMatchesContract(t *testing.T) {
	if testing.Short() {
		t.Skip("deploys contracts on a simulated chain")
	}
	const samples = 1000
	tests := []struct {
		name                      string
		kind                      Kind
		features, classes, hidden int
		wantPages                 int
	}{
		// 2-byte rows: one page.
		{"linear two classes", Linear, 3000, 2, 0, 1},
		// 7 classes padded to 8: 16-byte rows, three pages read through a directory.
		{"linear multiclass", Linear, 3000, 7, 0, 3},
		// 16 values: 32-byte rows, 512 a page.
		{"linear 16 classes", Linear, 600, 16, 0, 2},
		// 12 units padded to 16: 32-byte rows, three pages.
		{"mlp", MLP, 1500, 5, 12, 3},
	}
	c := newOracleChain(t)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(i), 99))
			w := randomWeights(rng, tt.kind, tt.features, tt.classes, tt.hidden)
			r, err := NewRelease(w, 0)
			if err != nil {
				t.Fatalf("NewRelease() error = %v", err)
			}
			if len(r.Pages) != tt.wantPages {
				t.Fatalf("%d pages, want %d", len(r.Pages), tt.wantPages)
			}
			v := r.Version(Version{CursorBlock: 12, CursorLogIndex: 3, TrainedCount: 40, AccuracyPPM: 812_000,
				HeldOutSize: 250, ConfigHash: crypto.Keccak256Hash([]byte(tt.name))})
			addr, gas := c.deploy(t, r, v)
			t.Logf("gas used: %v", gas)

			digest, err := c.abi.UnpackDigest(c.call(t, addr, c.abi.PackDigest(v.Binding())))
			if err != nil || common.Hash(digest) != v.Digest() {
				t.Errorf("contract digest = %x (%v), want Version.Digest() = %s", digest, err, v.Digest())
			}
			active, err := c.abi.UnpackActiveVersion(c.call(t, addr, c.abi.PackActiveVersion()))
			if err != nil || active.VersionDigest != v.Digest() || VersionFromBinding(active.Version) != v {
				t.Errorf("activeVersion() = %+v (%v), want %+v", active, err, v)
			}

			// A client's view: the weights from the WeightsChunk events of the version's root.
			instance := c.abi.Instance(c.tx.Backend(), addr)
			decode := func(l *types.Log) (*bindings.OracleModelWeightsChunk, error) { return DecodeChunk(l, addr) }
			it, err := bind.FilterEvents(instance, &bind.FilterOpts{Context: c.ctx}, decode, []any{r.Root})
			if err != nil {
				t.Fatalf("FilterEvents(WeightsChunk) error = %v", err)
			}
			var events []*bindings.OracleModelWeightsChunk
			for it.Next() {
				events = append(events, it.Value())
			}
			if err := it.Error(); err != nil {
				t.Fatalf("WeightsChunk iterator error = %v", err)
			}
			chunks, err := ChunksFromEvents(r.Root, events)
			if err != nil {
				t.Fatalf("ChunksFromEvents() error = %v", err)
			}
			rebuilt, err := Rebuild(active.Version.WeightsRoot, chunks)
			if err != nil {
				t.Fatalf("Rebuild(weights from events) error = %v", err)
			}
			if !reflect.DeepEqual(rebuilt, w) {
				t.Error("Rebuild(weights from events) differs from the released weights")
			}

			seen := map[uint64]int{}
			for n := range samples {
				sample := make([]int64, rng.IntN(maxSample+1))
				for j := range sample {
					sample[j] = rng.Int64N(int64(tt.features))
					if j > 0 && rng.IntN(8) == 0 {
						sample[j] = sample[j-1] // listed twice
					}
				}
				want, err := r.Quantised.Predict(sample)
				if err != nil {
					t.Fatalf("Predict() error = %v", err)
				}
				got, err := c.abi.UnpackPredict(c.call(t, addr, c.abi.PackPredict(sample)))
				if err != nil {
					t.Fatalf("UnpackPredict() error = %v", err)
				}
				if got != want {
					t.Fatalf("sample %d %v: contract predicts %d, Go %d", n, sample, got, want)
				}
				seen[got]++
			}
			if len(seen) < 2 {
				t.Errorf("every sample predicted as %v: the comparison says little", seen)
			}
			sample := make([]int64, 20)
			for j := range sample {
				sample[j] = int64(j * tt.features / 20)
			}
			predictGas, err := c.tx.EstimateGas(c.ctx, addr, c.abi.PackPredict(sample), nil)
			if err != nil {
				t.Fatalf("EstimateGas(predict) error = %v", err)
			}
			t.Logf("predict, 20 entries: %d gas as a transaction (21000 and calldata included)", predictGas)
		})
	}
}

// TestCommitteeCommitsGoVersion runs the oracle's side of a version change through the bindings: the owner sets
// a committee of three with threshold two, a dishonest operator's version gets one vote and changes nothing,
// and the honest version built in Go activates once two operators propose it.
func TestCommitteeCommitsGoVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("deploys contracts on a simulated chain")
	}
	rng := rand.New(rand.NewPCG(5, 5))
	release := func() *Release {
		r, err := NewRelease(randomWeights(rng, MLP, 800, 4, 6), 0)
		if err != nil {
			t.Fatalf("NewRelease() error = %v", err)
		}
		return r
	}
	c := newOracleChain(t)
	first := release()
	v0 := first.Version(Version{CursorBlock: 5})
	addr, _ := c.deploy(t, first, v0)
	ops := []common.Address{c.operator(0).From(), c.operator(1).From(), c.operator(2).From()}
	if _, err := c.tx.Transact(c.ctx, addr, c.abi.PackSetCommittee(ops, 2), nil); err != nil {
		t.Fatalf("setCommittee: %v", err)
	}

	honest, dishonest := release(), release()
	c.stage(t, addr, honest)
	c.stage(t, addr, dishonest)
	next := Version{Number: 1, Parent: 0, CursorBlock: 9, CursorLogIndex: 1, TrainedCount: 12}
	good, bad := honest.Version(next), dishonest.Version(next)
	propose := func(op byte, v Version, p Params) error {
		_, err := c.operator(op).Transact(c.ctx, addr, c.abi.PackPropose(v.Binding(), p.Binding()), nil)
		return err
	}
	if err := propose(2, bad, dishonest.Params); err != nil {
		t.Fatalf("dishonest propose: %v", err)
	}
	if err := propose(0, good, honest.Params); err != nil {
		t.Fatalf("first honest propose: %v", err)
	}
	active := func() Version {
		out, err := c.abi.UnpackActiveVersion(c.call(t, addr, c.abi.PackActiveVersion()))
		if err != nil {
			t.Fatalf("UnpackActiveVersion() error = %v", err)
		}
		return VersionFromBinding(out.Version)
	}
	if got := active(); got != v0 {
		t.Fatalf("after one vote each, active version = %+v, want version 0", got)
	}
	err := propose(0, bad, dishonest.Params)
	if revert, ok := chain.AsRevert(err); !ok || revert.Name != "ConflictingProposal" {
		t.Errorf("operator 0 proposing another version 1: error = %v, want ConflictingProposal", err)
	}
	if err := propose(1, good, honest.Params); err != nil {
		t.Fatalf("second honest propose: %v", err)
	}
	if got := active(); got != good {
		t.Fatalf("active version = %+v, want the honest version %+v", got, good)
	}
	for n := range 50 {
		sample := []int64{int64(n), int64(3 * n), int64(800 - 1 - n)}
		want, err := honest.Quantised.Predict(sample)
		if err != nil {
			t.Fatalf("Predict() error = %v", err)
		}
		got, err := c.abi.UnpackPredict(c.call(t, addr, c.abi.PackPredict(sample)))
		if err != nil || got != want {
			t.Fatalf("predict(%v) = %d (%v), want the honest version's %d", sample, got, err, want)
		}
	}
}
