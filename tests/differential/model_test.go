// SPDX-License-Identifier: MIT

package differential

import (
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
)

var (
	seedFlag        = flag.Uint64("seed", 20260513, "seed of the random models and inputs")
	updatesFlag     = flag.Int("updates", 0, "updates per model; 0 means 10,000 (1,000 with -short)")
	predictionsFlag = flag.Int("predictions", 0, "predictions per model; 0 means 10,000 (1,000 with -short)")
)

const (
	// batchSize is how many updates go into one block when none reverts; the state is compared after each
	// batch.
	batchSize = 200
	// getterSamples is how many (class, feature) parameters are read through getters after each batch.
	getterSamples = 8
	// maxReported bounds the mismatches listed at one check before the test stops.
	maxReported = 10
)

// counts returns the number of updates and predictions per model.
func counts() (updates, predictions int) {
	updates, predictions = 10_000, 10_000
	if testing.Short() {
		updates, predictions = 1_000, 1_000
	}
	if *updatesFlag > 0 {
		updates = *updatesFlag
	}
	if *predictionsFlag > 0 {
		predictions = *predictionsFlag
	}
	return updates, predictions
}

// TestDifferential runs each model kind on chain and in Go on the same random inputs and requires the same
// predictions, the same raw scores or distances, the same reverts and the same stored parameters throughout
// (see the package documentation).
func TestDifferential(t *testing.T) {
	updates, predictions := counts()
	for i, tc := range cases {
		t.Run(string(tc.kind), func(t *testing.T) {
			t.Parallel()
			seed := *seedFlag
			t.Cleanup(func() {
				if t.Failed() {
					t.Logf("seed %d; reproduce with: go test ./differential/ -run 'TestDifferential/%s$' -seed=%d -updates=%d -predictions=%d",
						seed, tc.kind, seed, updates, predictions)
				}
			})
			// One stream per case, so that a case draws the same inputs whichever others run.
			rng := rand.New(rand.NewPCG(seed, uint64(i)))
			fx := tc.build(rng)
			if err := fx.m.Validate(); err != nil {
				t.Fatalf("%s (seed %d): the drawn model is invalid: %v", tc.kind, seed, err)
			}
			t.Logf("%s: %s", tc.kind, tc.about)
			start := time.Now()
			r := newRun(t, fx, rng)
			r.run(updates, predictions)
			t.Logf("%s: %s; %d blocks of updates, %v", tc.kind, r.stats, r.blocks, time.Since(start).Round(time.Millisecond))
		})
	}
}

// run drives one model on chain and in Go.
type run struct {
	t     *testing.T
	kind  model.Kind
	fx    fixture
	m     *model.Model // the Go copy, updated as the chain is
	rng   *rand.Rand
	chain *testChain
	addr  common.Address
	// updates counts the updates sent so far; blocks the blocks of updates mined.
	updates, blocks int
	// batch holds the updates sent and not yet mined.
	batch []sentUpdate
	stats stats
}

// sentUpdate is an update transaction and what Go made of it.
type sentUpdate struct {
	hash  common.Hash
	n     int // the update's number, from 0
	data  []int64
	label uint64
	goErr error // nil when Go applied it; the chain must then succeed, and otherwise revert
}

// stats counts what the inputs reached, for the log and the coverage checks.
type stats struct {
	// applied and unchanged count the updates that succeeded: those that changed the model, and those a
	// perceptron already predicted right.
	applied, unchanged int
	// reverts counts the updates that reverted, by contract error.
	reverts map[string]int
	// predictions counts the predictions made; predicted, the Go model's answers by class.
	predictions int
	predicted   []int
	// ties counts zero perceptron scores and equal nearest distances; naive Bayes has no view to count them.
	ties int
}

func (s stats) String() string {
	names := make([]string, 0, len(s.reverts))
	for name := range s.reverts {
		names = append(names, name)
	}
	slices.Sort(names)
	var reverts []string
	for _, name := range names {
		reverts = append(reverts, fmt.Sprintf("%s %d", name, s.reverts[name]))
	}
	return fmt.Sprintf("%d predictions (by class %v; %d ties seen in scores or distances), updates: %d applied, %d left the model unchanged, reverted: [%s]",
		s.predictions, s.predicted, s.ties, s.applied, s.unchanged, strings.Join(reverts, ", "))
}

// newRun deploys fx's model on a fresh chain and keeps a Go copy of it.
func newRun(t *testing.T, fx fixture, rng *rand.Rand) *run {
	t.Helper()
	c := newTestChain(t)
	r := &run{t: t, kind: fx.m.Kind, fx: fx, m: fx.m.Clone(), rng: rng, chain: c}
	r.stats.reverts = map[string]int{}
	r.stats.predicted = make([]int, len(fx.m.Classes))
	r.addr = c.deploy(t, fx.m)
	if bad := compareImmutables(c, r.addr, r.m); len(bad) > 0 {
		r.fail("after deployment", "immutable getters differ", bad)
	}
	return r
}

// run sends updates updates and makes predictions predictions, spread over the rounds: one before any update
// and one after each batch, each ending with a comparison of the whole stored state.
func (r *run) run(updates, predictions int) {
	r.compareState("after deployment")
	rounds := (updates+batchSize-1)/batchSize + 1
	perRound := (predictions + rounds - 1) / rounds
	predicted := 0
	predictRound := func() {
		n := min(perRound, predictions-predicted)
		r.predict(n)
		predicted += n
	}
	predictRound()
	for r.updates < updates {
		r.update()
		if r.updates%batchSize == 0 || r.updates == updates {
			r.mine()
			where := fmt.Sprintf("after update %d (block %d)", r.updates-1, r.blocks)
			predictRound()
			r.compareState(where)
		}
	}
	if predicted < predictions {
		r.predict(predictions - predicted)
	}
	r.checkCoverage()
}

// update draws one update, applies it in Go and sends it to the chain. An update Go refuses is first replayed
// with eth_call on the state it will meet, which means mining what was sent before it, and must revert with the
// contract error that matches Go's.
func (r *run) update() {
	data, label := r.fx.draw(r.rng)
	n := r.updates
	var before uint64
	perceptron := r.kind == model.SparsePerceptron || r.kind == model.DensePerceptron
	if perceptron {
		var err error
		if before, err = r.m.Predict(data); err != nil {
			r.t.Fatalf("%s update %d: model.Predict(%v) error = %v on a valid sample", r.kind, n, data, err)
		}
	}
	goErr := r.m.Update(data, label)
	switch {
	case goErr != nil:
		if len(r.batch) > 0 {
			r.mine()
		}
		r.checkRevert(n, data, label, goErr)
	case perceptron && before == label:
		r.stats.unchanged++
	default:
		r.stats.applied++
	}
	hash, err := r.chain.send(r.addr, classifierABI.PackUpdate(data, label))
	if err != nil {
		r.t.Fatalf("%s update %d: %v", r.kind, n, err)
	}
	r.batch = append(r.batch, sentUpdate{hash: hash, n: n, data: data, label: label, goErr: goErr})
	r.updates++
}

// revertName maps each error Update returns on a valid sample to the custom error the kind's contract reverts
// with.
func revertName(kind model.Kind, err error) (string, bool) {
	switch {
	case errors.Is(err, model.ErrValueOverflow):
		return "LaneOverflow", true
	case errors.Is(err, model.ErrValueOutOfRange):
		return "ValueOutOfRange", true
	case errors.Is(err, model.ErrIndicesNotIncreasing):
		return "IndicesNotIncreasing", true
	case errors.Is(err, model.ErrCountOverflow) && kind == model.NaiveBayes:
		return "CountOverflow", true
	case errors.Is(err, model.ErrCountOverflow):
		return "CountTooLarge", true
	}
	return "", false
}

// checkRevert requires that update(data, label), which Go refused with goErr, reverts on the chain's latest
// state with the matching error.
func (r *run) checkRevert(n int, data []int64, label uint64, goErr error) {
	want, ok := revertName(r.kind, goErr)
	if !ok {
		r.t.Fatalf("%s update %d: model.Update(%v, %d) error = %v, which no valid input should give", r.kind, n, data, label, goErr)
	}
	_, err := r.chain.call(r.addr, classifierABI.PackUpdate(data, label))
	rev, isRevert := chain.AsRevert(err)
	switch {
	case err == nil:
		r.t.Fatalf("%s update %d: update(%v, %d) succeeds on chain (eth_call), but model.Update refuses it: %v", r.kind, n, data, label, goErr)
	case !isRevert:
		r.t.Fatalf("%s update %d: update(%v, %d) eth_call error = %v, want revert %s (model.Update: %v)", r.kind, n, data, label, err, want, goErr)
	case rev.Name != want:
		r.t.Fatalf("%s update %d: update(%v, %d) reverts with %v on chain, want %s to match model.Update's %v", r.kind, n, data, label, rev, want, goErr)
	}
	r.stats.reverts[want]++
}

// mine mines the sent updates and requires each to have succeeded exactly when Go applied it.
func (r *run) mine() {
	hashes := make([]common.Hash, len(r.batch))
	for i, u := range r.batch {
		hashes[i] = u.hash
	}
	receipts, blocks, err := r.chain.commit(hashes)
	if err != nil {
		r.t.Fatalf("%s: mine updates %d-%d: %v", r.kind, r.batch[0].n, r.batch[len(r.batch)-1].n, err)
	}
	r.blocks += blocks
	for _, u := range r.batch {
		rc := receipts[u.hash]
		ok := rc.Status == types.ReceiptStatusSuccessful
		switch {
		case ok && u.goErr != nil:
			r.t.Fatalf("%s update %d (block %d): update(%v, %d) succeeded on chain, model.Update refused it: %v", r.kind, u.n, r.blocks, u.data, u.label, u.goErr)
		case !ok && u.goErr == nil:
			r.t.Fatalf("%s update %d (block %d): update(%v, %d) reverted on chain (gas %d of %d), model.Update applied it", r.kind, u.n, r.blocks, u.data, u.label, rc.GasUsed, updateGas)
		case !ok && rc.GasUsed >= updateGas:
			r.t.Fatalf("%s update %d (block %d): update(%v, %d) ran out of gas (%d); raise updateGas", r.kind, u.n, r.blocks, u.data, u.label, rc.GasUsed)
		}
	}
	r.batch = r.batch[:0]
}

// predict draws n samples and requires the chain's predictions, and raw scores or distances, to be Go's.
func (r *run) predict(n int) {
	where := fmt.Sprintf("after %d updates", r.updates)
	var bad []string
	for range n {
		data, _ := r.fx.draw(r.rng)
		i := r.stats.predictions
		r.stats.predictions++
		want, err := r.m.Predict(data)
		if err != nil {
			r.t.Fatalf("%s prediction %d (%s): model.Predict(%v) error = %v on a valid sample", r.kind, i, where, data, err)
		}
		got, err := callAndUnpack(r.chain, r.addr, classifierABI.PackPredict(data), classifierABI.UnpackPredict)
		if err != nil {
			r.t.Fatalf("%s prediction %d (%s): predict(%v) on chain: %v", r.kind, i, where, data, err)
		}
		r.stats.predicted[want]++
		if got != want {
			bad = append(bad, fmt.Sprintf("prediction %d: predict(%v) = %d on chain, model.Predict = %d", i, data, got, want))
		}
		bad = append(bad, r.compareDetail(i, data)...)
		if len(bad) >= maxReported {
			break
		}
	}
	if len(bad) > 0 {
		r.fail(where, "predictions differ", bad)
	}
}

// compareDetail compares the raw value behind a prediction: a perceptron's score, a nearest centroid model's
// distances. Naive Bayes has no such view. It also counts ties.
func (r *run) compareDetail(i int, data []int64) []string {
	switch r.kind {
	case model.SparsePerceptron, model.DensePerceptron:
		want, err := r.m.Score(data)
		if err != nil {
			r.t.Fatalf("%s prediction %d: model.Score(%v) error = %v", r.kind, i, data, err)
		}
		var got *big.Int
		if r.kind == model.SparsePerceptron {
			got, err = callAndUnpack(r.chain, r.addr, sparsePerceptronABI.PackScore(data), sparsePerceptronABI.UnpackScore)
		} else {
			got, err = callAndUnpack(r.chain, r.addr, densePerceptronABI.PackScore(data), densePerceptronABI.UnpackScore)
		}
		if err != nil {
			r.t.Fatalf("%s prediction %d: score(%v) on chain: %v", r.kind, i, data, err)
		}
		if want.Sign() == 0 {
			r.stats.ties++
		}
		if got.Cmp(want) != 0 {
			return []string{fmt.Sprintf("prediction %d: score(%v) = %v on chain, model.Score = %v", i, data, got, want)}
		}
	case model.DenseNearestCentroid, model.SparseNearestCentroid:
		want, err := r.m.Distances(data)
		if err != nil {
			r.t.Fatalf("%s prediction %d: model.Distances(%v) error = %v", r.kind, i, data, err)
		}
		var got []*big.Int
		if r.kind == model.DenseNearestCentroid {
			got, err = callAndUnpack(r.chain, r.addr, denseCentroidABI.PackDistances(data), denseCentroidABI.UnpackDistances)
		} else {
			got, err = callAndUnpack(r.chain, r.addr, sparseCentroidABI.PackDistances(data), sparseCentroidABI.UnpackDistances)
		}
		if err != nil {
			r.t.Fatalf("%s prediction %d: distances(%v) on chain: %v", r.kind, i, data, err)
		}
		if isTie(want) {
			r.stats.ties++
		}
		if len(got) != len(want) {
			return []string{fmt.Sprintf("prediction %d: distances(%v) has %d entries on chain, model.Distances %d", i, data, len(got), len(want))}
		}
		var bad []string
		for c := range want {
			if got[c].Cmp(want[c]) != 0 {
				bad = append(bad, fmt.Sprintf("prediction %d: distances(%v)[class %d] = %v on chain, model.Distances = %v", i, data, c, got[c], want[c]))
			}
		}
		return bad
	}
	return nil
}

// isTie reports whether the smallest distance is shared by two classes.
func isTie(d []*big.Int) bool {
	best := 0
	for c := range d {
		if d[c].Cmp(d[best]) < 0 {
			best = c
		}
	}
	for c := range d {
		if c != best && d[c].Cmp(d[best]) == 0 {
			return true
		}
	}
	return false
}

// compareState requires every stored parameter to be Go's, and a sample of them read through the getters.
func (r *run) compareState(where string) {
	bad, err := compareStorage(r.chain, r.addr, r.m)
	if err != nil {
		r.t.Fatalf("%s %s: %v", r.kind, where, err)
	}
	bad = append(bad, compareGetters(r.chain, r.addr, r.m, randomParameters(r.rng, r.m, getterSamples))...)
	if len(bad) > 0 {
		r.fail(where, "stored parameters differ", bad)
	}
}

// fail stops the test with the first mismatches found at one check.
func (r *run) fail(where, what string, bad []string) {
	r.t.Helper()
	more := ""
	if len(bad) > maxReported {
		more = fmt.Sprintf("\n\t... and %d more", len(bad)-maxReported)
		bad = bad[:maxReported]
	}
	r.t.Fatalf("%s %s: %s between chain and Go:\n\t%s%s", r.kind, where, what, strings.Join(bad, "\n\t"), more)
}

// checkCoverage fails when the inputs no longer reach what the fixtures are built to reach, so that a change
// to the generators cannot quietly make the test weaker. It expects the rarer events only from 1,000 updates on.
func (r *run) checkCoverage() {
	if r.stats.applied == 0 {
		r.t.Errorf("%s: no update changed the model", r.kind)
	}
	if r.updates < 1000 {
		return
	}
	// Naive Bayes counts saturate rather than revert: its edge counts are checked by the word comparison.
	if r.kind != model.DensePerceptron && r.kind != model.NaiveBayes && len(r.stats.reverts) == 0 {
		r.t.Errorf("%s: no update reverted; the edge parameters no longer reach the contract's guards", r.kind)
	}
	if r.kind == model.SparsePerceptron && r.stats.ties == 0 {
		r.t.Errorf("%s: no score was zero, so the tie rule (class 0) went untested", r.kind)
	}
	if r.fx.twin >= 0 && r.stats.predicted[r.fx.twin] == 0 {
		r.t.Errorf("%s: the twin classes %d and %d never won a prediction, so the tie rule (the lower class) went untested", r.kind, r.fx.twin, r.fx.twin+1)
	}
}
