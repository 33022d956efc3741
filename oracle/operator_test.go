package oracle

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/oracle/train"
	"github.com/sumkit/sumkit/oracle/weights"
	"github.com/sumkit/sumkit/sdk/trainer"
)

const numFeatures = 20

// world is an in-process chain with an oracle deployment: account 0 deployed it, 1 to 3 are the committee (2 of
// 3), 4 contributes.
type world struct {
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	dep     *Deployment
	trainer *trainer.Stack
	dir     string
	rng     *rand.Rand
	cfg     train.Config
}

// sample draws a sample of the planted concept: class 1 draws most of its 4 features from 0-9, class 0 from
// 10-19; one feature in four comes from the other half, so the classes overlap.
func (w *world) sample() ([]int64, uint64) {
	y := w.rng.Uint64N(2)
	x := make([]int64, 4)
	for i := range x {
		f := int64(w.rng.IntN(10))
		if (y == 0) != (w.rng.IntN(4) == 0) {
			f += 10
		}
		x[i] = f
	}
	return x, y
}

func (w *world) samples(n int) *Samples {
	s := &Samples{NumFeatures: numFeatures, NumClasses: 2}
	for range n {
		x, y := w.sample()
		s.Samples = append(s.Samples, x)
		s.Labels = append(s.Labels, y)
	}
	return s
}

func newWorld(t testing.TB) *world {
	t.Helper()
	w := &world{ctx: t.Context(), dir: t.TempDir(), rng: rand.New(rand.NewPCG(7, 11))}
	alloc := types.GenesisAlloc{}
	for i := range 5 {
		seed := make([]byte, 32)
		seed[0], seed[31] = 0x0c, byte(i+1)
		key, err := crypto.ToECDSA(seed)
		if err != nil {
			t.Fatal(err)
		}
		w.keys = append(w.keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	w.sim = chain.NewSimulated(alloc, 0)
	t.Cleanup(func() { w.sim.Close() })
	w.client = w.sim.Client()
	var err error
	if w.chainID, err = w.client.ChainID(w.ctx); err != nil {
		t.Fatal(err)
	}

	initial, heldOut := w.samples(8), w.samples(300)
	if err := initial.Save(filepath.Join(w.dir, "initial.json")); err != nil {
		t.Fatal(err)
	}
	if err := heldOut.Save(filepath.Join(w.dir, "held-out.json")); err != nil {
		t.Fatal(err)
	}
	w.cfg = train.Config{Model: train.Logistic, Epochs: 20, BatchSize: 8, LearningRate: 0.05, Seed: 1}
	w.deploy(t, weights.Version{})
	return w
}

// deploy deploys a model whose version 0 is trained on the initial data and carries v's figures, and its
// trainer; the world's operators then work on it.
func (w *world) deploy(t testing.TB, v weights.Version) {
	t.Helper()
	initial, err := LoadSamples(filepath.Join(w.dir, "initial.json"))
	if err != nil {
		t.Fatal(err)
	}
	start, err := train.Train(w.ctx, w.cfg, train.Data{Samples: initial.Samples, Labels: initial.Labels, NumFeatures: numFeatures, NumClasses: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.dep, err = Deploy(w.ctx, w.tx(0), DeploySpec{
		Classes: []string{"no", "yes"}, MaxFeatures: 8, Initial: start, Version: v,
		Operators: []common.Address{w.addr(1), w.addr(2), w.addr(3)}, Threshold: 2,
		Trainer: trainer.Spec{Incentive: trainer.Incentive{Mechanism: trainer.DepositRefundTake, RefundWait: 60,
			OwnerClaimWait: 120, AnyAddressClaimWait: 240, CostWeight: big.NewInt(1e9)}},
	})
	if err != nil {
		t.Fatalf("Deploy() error = %v", err)
	}
	w.trainer = trainer.Open(w.dep.Trainer, w.dep.Model, "", trainer.DepositRefundTake)
}

func (w *world) addr(i int) common.Address { return crypto.PubkeyToAddress(w.keys[i].PublicKey) }

func (w *world) tx(i int) *chain.Transactor {
	return trainer.NewTransactor(w.client, bind.NewKeyedTransactor(w.keys[i], w.chainID), chain.WithMiner(func() { w.sim.Commit() }))
}

// contribute has account 4 add n samples of the concept.
func (w *world) contribute(t testing.TB, n int) {
	t.Helper()
	for range n {
		x, y := w.sample()
		if _, err := w.trainer.AddData(w.ctx, w.tx(4), x, y, big.NewInt(params.Ether)); err != nil {
			t.Fatalf("AddData() error = %v", err)
		}
	}
}

// config is operator i's configuration in w, reading depth blocks behind the head.
func (w *world) config(i int, depth uint64) *Config {
	return &Config{
		Model: w.dep.Model, Trainer: w.dep.Trainer, FromBlock: w.dep.Block, Depth: &depth,
		DataDir: filepath.Join(w.dir, "operator", string(rune('0'+i))), Poll: "10ms",
		InitialData: filepath.Join(w.dir, "initial.json"), HeldOut: filepath.Join(w.dir, "held-out.json"),
		Train: w.cfg,
	}
}

func (w *world) operator(t testing.TB, i int) *Operator {
	t.Helper()
	cfg := w.config(i, 0)
	o, err := Open(w.ctx, cfg, w.client, w.tx(i), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("Open(operator %d) error = %v", i, err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func (w *world) active(t testing.TB) weights.Version {
	t.Helper()
	c := newContract(w.tx(0), w.client, w.dep.Model, nil)
	v, err := c.active(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestCommittee has a dishonest operator propose first: alone it cannot change the model; the two honest
// operators recompute at its cursor, disagree with it, agree with each other, and their version becomes active.
func TestCommittee(t *testing.T) {
	w := newWorld(t)
	w.contribute(t, 40)
	before := w.active(t)

	honest1, honest2, liar := w.operator(t, 1), w.operator(t, 2), w.operator(t, 3)
	liar.Train = func(ctx context.Context, cfg train.Config, data train.Data, progress func(train.Progress)) (*weights.Weights, error) {
		wt, err := train.Train(ctx, cfg, data, progress)
		if err == nil {
			wt.B1[0] += 0.25 // a different model, still good enough to pass the margin
		}
		return wt, err
	}

	d, err := liar.Step(w.ctx)
	if err != nil {
		t.Fatalf("liar.Step() error = %v", err)
	}
	if d.Action != "committed" || d.Active {
		t.Fatalf("liar.Step() = %+v, want a proposal that is not active", d)
	}
	if got := w.active(t); got.Number != before.Number {
		t.Fatalf("one operator changed the model: active version %d", got.Number)
	}
	lie := d.Version.Digest()

	d1, err := honest1.Step(w.ctx)
	if err != nil {
		t.Fatalf("honest1.Step() error = %v", err)
	}
	if d1.Action != "committed" || d1.Active {
		t.Fatalf("honest1.Step() = %+v, want a proposal that is not yet active", d1)
	}
	if d1.Version.Digest() == lie {
		t.Fatal("the honest operator proposed the dishonest digest")
	}
	if d1.Version.CursorBlock != d.Version.CursorBlock || d1.Version.CursorLogIndex != d.Version.CursorLogIndex {
		t.Errorf("honest operator trained at cursor %d/%d, the proposal's is %d/%d", d1.Version.CursorBlock, d1.Version.CursorLogIndex, d.Version.CursorBlock, d.Version.CursorLogIndex)
	}
	d2, err := honest2.Step(w.ctx)
	if err != nil {
		t.Fatalf("honest2.Step() error = %v", err)
	}
	if !d2.Active || d2.Version.Digest() != d1.Version.Digest() {
		t.Fatalf("honest2.Step() = %+v, want the honest digest %s active", d2, d1.Version.Digest())
	}
	got := w.active(t)
	if got.Number != 1 || got.Digest() != d1.Version.Digest() {
		t.Fatalf("active version %d %s, want 1 %s", got.Number, got.Digest(), d1.Version.Digest())
	}
	if got.TrainedCount != 40 || got.AccuracyPPM <= before.AccuracyPPM {
		t.Errorf("active version trained on %d contributions with accuracy %d ppm (was %d), want 40 and better", got.TrainedCount, got.AccuracyPPM, before.AccuracyPPM)
	}

	// The chain's predict evaluates the committed parameters: the same answers as the Go evaluation.
	in, err := honest2.state.intent(1)
	if err != nil || in != nil {
		t.Fatalf("honest2 kept its saved version after activating it: %v, %v", in, err)
	}
	in, err = honest1.state.intent(1)
	if err != nil || in == nil {
		t.Fatalf("honest1's saved version: %v, %v", in, err)
	}
	r, err := in.release()
	if err != nil {
		t.Fatal(err)
	}
	b := newContract(w.tx(0), w.client, w.dep.Model, nil).binding
	for range 50 {
		x, _ := w.sample()
		out, err := w.tx(0).Call(w.ctx, w.dep.Model, b.PackPredict(x))
		if err != nil {
			t.Fatal(err)
		}
		onChain, err := b.UnpackPredict(out)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := r.Quantised.Predict(x); onChain != want {
			t.Fatalf("predict(%v) = %d on chain, %d in Go", x, onChain, want)
		}
	}
	// The metrics count each operator's gas by call. Pages are content-addressed: the dishonest model differs
	// only in a bias, so the first honest proposer found its rows page staged and staged only its tail; the
	// second honest operator only proposed (and activated).
	for name, o := range map[string]*Operator{"honest1": honest1, "honest2": honest2, "liar": liar} {
		var calls []string
		for _, call := range []string{"stagePage", "publishWeights", "propose", "activate"} {
			gas := testutil.ToFloat64(o.metrics.gas.WithLabelValues(call))
			calls = append(calls, fmt.Sprintf("%s %.0f", call, gas))
		}
		t.Logf("%s gas: %s", name, strings.Join(calls, ", "))
	}
	if testutil.ToFloat64(honest2.metrics.gas.WithLabelValues("propose")) == 0 {
		t.Error("the metrics counted no gas for honest2's proposal")
	}
	if got := testutil.ToFloat64(honest2.metrics.proposals.WithLabelValues(Recompute)); got != 1 {
		t.Errorf("honest2's proposals metric = %v, want 1", got)
	}
	// Their next cycles find version 1 active, drop what they saved, and have nothing new to train on.
	for name, o := range map[string]*Operator{"honest1": honest1, "liar": liar} {
		if d, err := o.Step(w.ctx); err != nil || d.Action != "idle" {
			t.Errorf("%s.Step() after activation = %+v, %v; want idle", name, d, err)
		}
		if in, err := o.state.intent(1); err != nil || in != nil {
			t.Errorf("%s kept its saved version 1: %v, %v", name, in, err)
		}
	}
}

// TestNoGainNotRetrained checks that a candidate that does not beat the active version is trained once: the
// next cycles, with the same active version and no new contribution, reuse the decision; a new contribution
// moves the cursor and trains again.
func TestNoGainNotRetrained(t *testing.T) {
	w := newWorld(t)
	w.contribute(t, 10)
	o := w.operator(t, 1)
	o.cfg.MarginPPM = 1_000_000 // nothing beats the active version by 100%
	trainings := 0
	o.Train = func(ctx context.Context, cfg train.Config, data train.Data, progress func(train.Progress)) (*weights.Weights, error) {
		trainings++
		return train.Train(ctx, cfg, data, progress)
	}
	for i, want := range []int{1, 1, 1} {
		d, err := o.Step(w.ctx)
		if err != nil || d.Action != "no-gain" {
			t.Fatalf("Step() %d = %+v, %v; want no-gain", i, d, err)
		}
		if trainings != want {
			t.Fatalf("after cycle %d trained %d times, want %d", i, trainings, want)
		}
	}
	w.contribute(t, 1)
	if d, err := o.Step(w.ctx); err != nil || d.Action != "no-gain" || trainings != 2 {
		t.Fatalf("Step() after a new contribution = %+v, %v with %d trainings; want no-gain after training again", d, err, trainings)
	}
}

// TestAttest has operator 2 agree by attestation, as GPU operators do. Operator 3 proposes weights trained with
// another seed (as a GPU's would differ), so recomputing could never match. The voter rebuilds the published
// weights, re-measures them, and votes, which activates the version; with an attested accuracy one part per
// million better than the weights' own, it refuses.
func TestAttest(t *testing.T) {
	for _, tc := range []struct {
		name string
		lie  uint32
	}{{name: "true accuracy"}, {name: "false accuracy", lie: 1}} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			w.contribute(t, 30)
			voter := w.operator(t, 2)
			voter.cfg.Agree = Attest

			// Operator 3 trains by hand and proposes through the contract.
			if err := voter.ingest(w.ctx); err != nil {
				t.Fatal(err)
			}
			last, _, err := voter.store.LastContribution()
			if err != nil {
				t.Fatal(err)
			}
			data, n, _, err := voter.trainingData(last)
			if err != nil {
				t.Fatal(err)
			}
			cfg := w.cfg
			cfg.Seed = 99
			wt, err := train.Train(w.ctx, cfg, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := weights.NewRelease(wt, 0)
			if err != nil {
				t.Fatal(err)
			}
			acc, err := voter.accuracy(r.Quantised)
			if err != nil {
				t.Fatal(err)
			}
			v := r.Version(weights.Version{Number: 1, Parent: 0, CursorBlock: last.Block, CursorLogIndex: uint64(last.Index),
				TrainedCount: n, AccuracyPPM: acc + tc.lie, HeldOutSize: uint32(len(voter.heldOut.Samples)), ConfigHash: cfg.Hash()})
			if _, err := newContract(w.tx(3), w.client, w.dep.Model, nil).commit(w.ctx, v, r); err != nil {
				t.Fatal(err)
			}

			d, err := voter.Step(w.ctx)
			if err != nil {
				t.Fatalf("voter.Step() error = %v", err)
			}
			if tc.lie == 0 {
				if d.Action != "committed" || !d.Active || d.Version.Digest() != v.Digest() {
					t.Fatalf("voter.Step() = %+v, want operator 3's version attested and active", d)
				}
				return
			}
			if d.Action != "disagree" || d.Active {
				t.Fatalf("voter.Step() = %+v, want a refusal of the false accuracy", d)
			}
			if got := w.active(t); got.Number != 0 {
				t.Fatalf("active version %d after a refused attestation", got.Number)
			}
		})
	}
}

// TestBaseline deploys version 0 with an inflated attested accuracy. Attested under another config (here none),
// the figure is not the operator's to trust: it measures version 0 on its own held-out set and proposes a
// better model. Attested under its own config hash, the figure is taken as is, and nothing beats it.
func TestBaseline(t *testing.T) {
	const inflated = 999_999
	tests := []struct {
		name       string
		sameConfig bool
		want       string
	}{
		{name: "attested under another config", want: "committed"},
		{name: "attested under this config", sameConfig: true, want: "no-gain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			v := weights.Version{AccuracyPPM: inflated, HeldOutSize: 300}
			if tt.sameConfig {
				initial, err := LoadSamples(filepath.Join(w.dir, "initial.json"))
				if err != nil {
					t.Fatal(err)
				}
				heldOut, err := LoadSamples(filepath.Join(w.dir, "held-out.json"))
				if err != nil {
					t.Fatal(err)
				}
				v.ConfigHash = ConfigHash(w.cfg, initial, heldOut)
			}
			w.deploy(t, v)
			w.contribute(t, 40)
			o := w.operator(t, 1)
			d, err := o.Step(w.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if d.Action != tt.want {
				t.Fatalf("Step() action = %q, want %q", d.Action, tt.want)
			}
			if tt.sameConfig {
				return
			}
			if d.Version.AccuracyPPM >= inflated {
				t.Fatalf("candidate accuracy %d ppm: the test needs one below the inflated figure", d.Version.AccuracyPPM)
			}
			if o.measured == nil || o.measured.ppm >= d.Version.AccuracyPPM {
				t.Errorf("measured version 0 at %+v; want a figure below the candidate's %d ppm", o.measured, d.Version.AccuracyPPM)
			}
		})
	}
}
