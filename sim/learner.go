package sim

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/model"
)

// Model is the classifier a run measures: the Go model for a Go run, the model contract for a run on the
// chain. Predictions must be exact, as the contract computes them.
type Model interface {
	Predict(ctx context.Context, x []int64) (uint64, error)
}

// Learner is a Model that a Go mechanism can also teach: what the trainer's addData does to the model
// contract.
type Learner interface {
	Model
	Update(ctx context.Context, x []int64, y uint64) error
}

// BatchPredictor is a Model that predicts many samples in one go, as a chain can in one call; the accuracy
// measurement uses it when the model has it.
type BatchPredictor interface {
	PredictAll(ctx context.Context, xs Samples, out []uint64) error
}

// GoModel is a Learner over package model, which repeats the contracts' fixed-point arithmetic exactly.
type GoModel struct {
	M *model.Model
}

// Predict returns the class the model contract would predict for x.
func (g GoModel) Predict(_ context.Context, x []int64) (uint64, error) { return g.M.Predict(x) }

// Update teaches the model x labelled y, as the contract's update does; on error the model is unchanged.
func (g GoModel) Update(_ context.Context, x []int64, y uint64) error { return g.M.Update(x, y) }

// accuracy is the share of test samples m classifies right.
func accuracy(ctx context.Context, m Model, test Samples) (float64, error) {
	n := test.Len()
	if n == 0 {
		return 0, nil
	}
	correct := 0
	if bp, ok := m.(BatchPredictor); ok {
		out := make([]uint64, n)
		if err := bp.PredictAll(ctx, test, out); err != nil {
			return 0, fmt.Errorf("measure accuracy: %w", err)
		}
		for i, p := range out {
			if _, y := test.Sample(i); p == y {
				correct++
			}
		}
		return float64(correct) / float64(n), nil
	}
	for i := range n {
		x, y := test.Sample(i)
		p, err := m.Predict(ctx, x)
		if err != nil {
			return 0, fmt.Errorf("measure accuracy: test sample %d: %w", i, err)
		}
		if p == y {
			correct++
		}
	}
	return float64(correct) / float64(n), nil
}
