package trainer_test

import (
	"context"
	"testing"

	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// TestDeploySkipsTrailingZeros checks that a deployment does not pay to write zero words after a model's last
// non-zero one (storage starts at zero), so that an untrained model costs two transactions whatever its size,
// and that the model then behaves as the full one: a weight set before the zeros counts, and the zeros are
// zeros that updates move.
func TestDeploySkipsTrailingZeros(t *testing.T) {
	const features = 1 << 14 // 4096 words of four weights: nine chunks of 500 if the zeros were sent
	tests := map[string]struct {
		first  int64 // weight of feature 0; the others are 0
		wantTx int
	}{
		"untrained":           {0, 2},
		"one weight up front": {model.One, 2},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			sim, tx := exampleChain()
			defer sim.Close()
			m := &model.Model{Kind: model.SparsePerceptron, Classes: []string{"no", "yes"}, NumFeatures: features,
				MaxFeatures: 4, Weights: make([]int64, features), LearningRate: model.One}
			m.Weights[0] = tt.first
			ctx := context.Background()
			s, err := trainer.Deploy(ctx, tx, trainer.Spec{Model: m, Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60}})
			if err != nil {
				t.Fatalf("Deploy() error = %v", err)
			}
			if len(s.Receipts) != tt.wantTx {
				t.Errorf("Deploy() sent %d transactions (%d gas), want %d", len(s.Receipts), s.GasUsed(), tt.wantTx)
			}
			last := []int64{features - 1}
			for _, step := range []struct {
				data []int64
				want uint64
			}{{[]int64{0}, map[bool]uint64{true: 1, false: 0}[tt.first > 0]}, {last, 0}} {
				got, err := s.Predict(ctx, tx, step.data)
				if err != nil || got != step.want {
					t.Errorf("Predict(%v) = %d, %v; want %d", step.data, got, err, step.want)
				}
			}
			// A mistake on the last feature moves its weight, read back through predict.
			if _, err := s.AddData(ctx, tx, last, 1, nil); err != nil {
				t.Fatalf("AddData() error = %v", err)
			}
			if got, err := s.Predict(ctx, tx, last); err != nil || got != 1 {
				t.Errorf("after adding %v as class 1, Predict() = %d, %v; want 1", last, got, err)
			}
		})
	}
}
