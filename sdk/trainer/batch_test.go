package trainer_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// One transaction a sample: a batch stops at the first sample the chain refuses, keeps what it added, and a run
// with the sample fixed adds only the rest.
func TestAddAllStopsAndResumes(t *testing.T) {
	ctx := t.Context()
	sim, tr := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, tr, trainer.Spec{Model: exampleModel(), Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60}})
	if err != nil {
		t.Fatal(err)
	}
	batch := []trainer.Sample{{Data: []int64{0, 1}, Label: 1}, {Data: []int64{4, 5}, Label: 0}, {Data: []int64{2, 99}, Label: 1, Line: 7}, {Data: []int64{3}, Label: 1}}
	var progress []int
	res, err := s.AddAll(ctx, tr, sim.Client(), batch, trainer.BatchOptions{BatchSize: 1, Progress: func(done, total int) { progress = append(progress, done) }})
	if err == nil || !strings.Contains(err.Error(), "add line 7: ") {
		t.Fatalf("AddAll() error = %v, want one naming line 7", err)
	}
	if res.Added != 2 || res.Skipped != 0 || len(res.Receipts) != 2 {
		t.Errorf("AddAll() added %d, skipped %d, %d receipts; want 2, 0, 2", res.Added, res.Skipped, len(res.Receipts))
	}
	if len(progress) == 0 || progress[len(progress)-1] != 2 {
		t.Errorf("progress = %v, want it to end at 2", progress)
	}

	batch[2].Data = []int64{2, 6}
	res, err = s.AddAll(ctx, tr, sim.Client(), batch, trainer.BatchOptions{BatchSize: 1})
	if err != nil {
		t.Fatalf("AddAll() again error = %v", err)
	}
	if res.Added != 2 || res.Skipped != 2 {
		t.Errorf("AddAll() again added %d, skipped %d; want 2, 2", res.Added, res.Skipped)
	}
	n := 0
	for _, err := range s.Contributions(ctx, sim.Client(), trainer.HistoryOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 4 {
		t.Errorf("%d contributions on chain, want 4", n)
	}
}

// In batches (the default): a batch the trainer refuses for one sample is sent again with the samples before it,
// and AddAll stops with that sample's own error; a run with the sample fixed adds only the rest, in one batch.
func TestAddAllBatchStopsAndResumes(t *testing.T) {
	ctx := t.Context()
	sim, tr := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, tr, trainer.Spec{Model: exampleModel(), Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60}})
	if err != nil {
		t.Fatal(err)
	}
	batch := []trainer.Sample{{Data: []int64{0, 1}, Label: 1}, {Data: []int64{4, 5}, Label: 0}, {Data: []int64{2, 99}, Label: 1, Line: 7}, {Data: []int64{3}, Label: 1}}
	res, err := s.AddAll(ctx, tr, sim.Client(), batch, trainer.BatchOptions{})
	if err == nil || !strings.Contains(err.Error(), "add line 7: ") || !strings.Contains(err.Error(), "FeatureOutOfRange") {
		t.Fatalf("AddAll() error = %v, want line 7's own FeatureOutOfRange", err)
	}
	if res.Added != 2 || res.Skipped != 0 || len(res.Receipts) != 1 {
		t.Errorf("AddAll() added %d, skipped %d, %d receipts; want 2, 0, 1 (the two before line 7 in one batch)", res.Added, res.Skipped, len(res.Receipts))
	}

	batch[2].Data = []int64{2, 6}
	res, err = s.AddAll(ctx, tr, sim.Client(), batch, trainer.BatchOptions{})
	if err != nil {
		t.Fatalf("AddAll() again error = %v", err)
	}
	if res.Added != 2 || res.Skipped != 2 || len(res.Receipts) != 1 {
		t.Errorf("AddAll() again added %d, skipped %d, %d receipts; want 2, 2, 1", res.Added, res.Skipped, len(res.Receipts))
	}
	if got := countContributions(t, s, sim); got != 4 {
		t.Errorf("%d contributions on chain, want 4", got)
	}
}

// A run cut short (here: given only the first 60 samples) and run again over all of them adds each sample once:
// the batches are cut the same way on both runs, so the second skips the first batch whole, sends what the
// second lacks as one batch and the third as it is; the trainer's MAX_BATCH_SIZE caps a larger BatchSize; a
// sample listed twice goes in a later batch, after its first copy.
func TestAddAllBatchResumesAfterPartialRun(t *testing.T) {
	ctx := t.Context()
	sim, tr := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, tr, trainer.Spec{Model: exampleModel(), Incentive: trainer.Incentive{Mechanism: trainer.DepositRefundTake,
		RefundWait: trainer.MinRefundWait, OwnerClaimWait: trainer.MinRefundWait + trainer.MinRefundWindow,
		AnyAddressClaimWait: trainer.MinRefundWait + trainer.MinRefundWindow, CostWeight: big.NewInt(1e9)}})
	if err != nil {
		t.Fatal(err)
	}
	// 8 features, at most 4 a sample: 162 distinct samples, times 2 labels.
	var samples []trainer.Sample
	for mask := 1; mask < 256 && len(samples) < 130; mask++ {
		var data []int64
		for f := range 8 {
			if mask&(1<<f) != 0 {
				data = append(data, int64(f))
			}
		}
		if len(data) <= 4 {
			samples = append(samples, trainer.Sample{Data: data, Label: uint64(mask % 2), Line: len(samples) + 1})
		}
	}
	samples = append(samples, samples[3]) // a second copy
	most, err := s.MaxBatchSize(ctx, tr)
	if err != nil || most != 100 {
		t.Fatalf("MaxBatchSize() = %d, %v; want 100", most, err)
	}

	first, err := s.AddAll(ctx, tr, sim.Client(), samples[:60], trainer.BatchOptions{BatchSize: 50})
	if err != nil {
		t.Fatalf("AddAll(first 60) error = %v", err)
	}
	if first.Added != 60 || len(first.Receipts) != 2 {
		t.Errorf("AddAll(first 60) added %d in %d transactions, want 60 in 2", first.Added, len(first.Receipts))
	}
	if first.Held.Sign() <= 0 || first.Held.Cmp(first.Sent) > 0 {
		t.Errorf("AddAll(first 60) held %s of %s sent, want a deposit no more than sent", first.Held, first.Sent)
	}

	rest, err := s.AddAll(ctx, tr, sim.Client(), samples, trainer.BatchOptions{BatchSize: 50})
	if err != nil {
		t.Fatalf("AddAll(all) error = %v", err)
	}
	// Batches 1-50 (on chain), 51-100 (51-60 on chain), 101-130, then the second copy of sample 4 alone.
	if rest.Skipped != 60 || rest.Added != len(samples)-60 || len(rest.Receipts) != 3 {
		t.Errorf("AddAll(all) skipped %d, added %d in %d transactions; want 60, %d in 3", rest.Skipped, rest.Added, len(rest.Receipts), len(samples)-60)
	}
	if got := countContributions(t, s, sim); got != len(samples) {
		t.Errorf("%d contributions on chain, want %d", got, len(samples))
	}

	again, err := s.AddAll(ctx, tr, sim.Client(), samples, trainer.BatchOptions{BatchSize: 1000})
	if err != nil || again.Added != 0 || again.Skipped != len(samples) {
		t.Errorf("AddAll(all) a third time: added %d, skipped %d, %v; want 0, %d, nil", again.Added, again.Skipped, err, len(samples))
	}
}

// countContributions counts s's contributions on sim's chain.
func countContributions(t *testing.T, s *trainer.Stack, sim *simulated.Backend) int {
	t.Helper()
	n := 0
	for _, err := range s.Contributions(t.Context(), sim.Client(), trainer.HistoryOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}

func TestScorePredictions(t *testing.T) {
	tests := map[string]struct {
		predicted, labels []uint64
		classes           int
		want              trainer.Score
	}{
		"two classes": {[]uint64{0, 1, 1, 0}, []uint64{0, 1, 0, 0}, 2, trainer.Score{Total: 4, Correct: 3,
			Classes: []trainer.ClassScore{{Labelled: 3, Correct: 2, Predicted: 2}, {Labelled: 1, Correct: 1, Predicted: 2}}}},
		"class beyond the model's": {[]uint64{2}, []uint64{0}, 2, trainer.Score{Total: 1,
			Classes: []trainer.ClassScore{{Labelled: 1}, {}, {Predicted: 1}}}},
		"nothing": {nil, nil, 1, trainer.Score{Classes: []trainer.ClassScore{{}}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := trainer.ScorePredictions(tc.predicted, tc.labels, tc.classes)
			if got.Total != tc.want.Total || got.Correct != tc.want.Correct || len(got.Classes) != len(tc.want.Classes) {
				t.Fatalf("ScorePredictions() = %+v, want %+v", got, tc.want)
			}
			for i := range got.Classes {
				if got.Classes[i] != tc.want.Classes[i] {
					t.Errorf("class %d = %+v, want %+v", i, got.Classes[i], tc.want.Classes[i])
				}
			}
		})
	}
}
