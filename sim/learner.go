package sim

import (
	"context"
	"fmt"
	"runtime"
	"sync"

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

// Versioned is a Model that says when its parameters may have changed: predictions made at one version hold
// until the version moves, so a mechanism may keep them.
type Versioned interface {
	Version() uint64
}

// GoModel is a Learner over package model, which repeats the contracts' fixed-point arithmetic exactly.
type GoModel struct {
	M       *model.Model
	version uint64
}

// NewGoModel returns m as a Learner; updates change m.
func NewGoModel(m *model.Model) *GoModel { return &GoModel{M: m} }

// Predict returns the class the model contract would predict for x.
func (g *GoModel) Predict(_ context.Context, x []int64) (uint64, error) { return g.M.Predict(x) }

// Update teaches the model x labelled y, as the contract's update does; on error the model is unchanged.
func (g *GoModel) Update(_ context.Context, x []int64, y uint64) error {
	// A perceptron changes only when it mispredicts (see model.Update): then, and for the other kinds
	// always, the version moves on.
	perceptron := g.M.Kind == model.SparsePerceptron || g.M.Kind == model.DensePerceptron
	changes := true
	if perceptron {
		if p, err := g.M.Predict(x); err == nil && p == y {
			changes = false
		}
	}
	if err := g.M.Update(x, y); err != nil {
		return err
	}
	if changes {
		g.version++
	}
	return nil
}

// Version counts the updates that changed the model.
func (g *GoModel) Version() uint64 { return g.version }

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
	if g, ok := m.(*GoModel); ok {
		return g.accuracy(test)
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

// accuracy counts the right predictions on all cores: predicting only reads the model.
func (g *GoModel) accuracy(test Samples) (float64, error) {
	n := test.Len()
	workers := max(1, min(runtime.GOMAXPROCS(0), n/256))
	counts := make([]int, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				x, y := test.Sample(i)
				p, err := g.M.Predict(x)
				if err != nil {
					errs[w] = fmt.Errorf("measure accuracy: test sample %d: %w", i, err)
					return
				}
				if p == y {
					counts[w]++
				}
			}
		})
	}
	wg.Wait()
	correct := 0
	for w := range workers {
		if errs[w] != nil {
			return 0, errs[w]
		}
		correct += counts[w]
	}
	return float64(correct) / float64(n), nil
}
