package trainer_test

import (
	"strings"
	"testing"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// A batch stops at the first sample the chain refuses, keeps what it added, and a run with the sample fixed
// adds only the rest.
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
	res, err := s.AddAll(ctx, tr, sim.Client(), batch, trainer.BatchOptions{Progress: func(done, total int) { progress = append(progress, done) }})
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
	res, err = s.AddAll(ctx, tr, sim.Client(), batch, trainer.BatchOptions{})
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
