package sim

import (
	"errors"
	"fmt"
)

// Samples is a list of labelled samples as the models take them: feature indices for sparse models,
// fixed-point values for dense ones. *dataset.Set is one. Sample returns a view the caller must not modify.
type Samples interface {
	Len() int
	Sample(i int) ([]int64, uint64)
}

// Data is what a run learns from and is measured on.
type Data struct {
	// Name names the data in results, e.g. "imdb" or "synthetic".
	Name string
	// Classes names the labels in order.
	Classes []string
	// NumFeatures is the dense sample length, or one more than the largest sparse index.
	NumFeatures uint64
	// Sparse says that samples list feature indices.
	Sparse bool
	// Train is handed out in order: the first part trains the initial model, the rest goes to the agents.
	// Test is the hidden test set accuracy is measured on.
	Train, Test Samples
}

// validate checks that d can drive a run.
func (d *Data) validate() error {
	switch {
	case d == nil:
		return errors.New("no data")
	case d.Train == nil || d.Train.Len() == 0:
		return errors.New("data: empty training set")
	case d.Test == nil || d.Test.Len() == 0:
		return errors.New("data: empty test set")
	case len(d.Classes) < 2:
		return fmt.Errorf("data: %d classes; a classifier needs at least 2", len(d.Classes))
	case d.NumFeatures == 0:
		return errors.New("data: 0 features")
	}
	return nil
}

// SliceSamples is Samples held in slices, for small data sets and tests.
type SliceSamples struct {
	X [][]int64
	Y []uint64
}

// Len returns the number of samples.
func (s *SliceSamples) Len() int { return len(s.Y) }

// Sample returns sample i and its label.
func (s *SliceSamples) Sample(i int) ([]int64, uint64) { return s.X[i], s.Y[i] }

// window is the samples [from, to) of s.
type window struct {
	s        Samples
	from, to int
}

func (w window) Len() int                       { return w.to - w.from }
func (w window) Sample(i int) ([]int64, uint64) { return w.s.Sample(w.from + i) }
func slice(s Samples, from, to int) window      { return window{s: s, from: from, to: to} }
func maxLen(s Samples) (n int) {
	for i := range s.Len() {
		x, _ := s.Sample(i)
		n = max(n, len(x))
	}
	return n
}
