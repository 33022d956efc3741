// SPDX-License-Identifier: MIT

package train

import (
	"math/rand/v2"
	"testing"

	"github.com/sumkit/sumkit/oracle/weights"
)

// toyOptions describes a small sparse dataset: every sample holds some of the signal features and a few noise
// features, and label says which class the signal features make it.
type toyOptions struct {
	samples, features, noise int
	seed                     uint64
	// signal is the number of leading features that carry the class.
	signal int
	// label maps the signal features present (bit i for feature i) to a class.
	label func(present uint) uint64
	// numClasses is the number of classes label returns.
	numClasses int
}

// toy generates data with o: each sample takes a uniform random subset of the signal features and o.noise
// noise features drawn from the rest, repeats allowed.
func toy(t testing.TB, o toyOptions) Data {
	t.Helper()
	r := rand.New(rand.NewPCG(o.seed, 0))
	d := Data{NumFeatures: o.features, NumClasses: o.numClasses}
	for range o.samples {
		present := uint(r.IntN(1 << o.signal))
		var x []int64
		for i := range o.signal {
			if present&(1<<i) != 0 {
				x = append(x, int64(i))
			}
		}
		for range o.noise {
			x = append(x, int64(o.signal+r.IntN(o.features-o.signal)))
		}
		d.Samples = append(d.Samples, x)
		d.Labels = append(d.Labels, o.label(present))
	}
	return d
}

// trainOK trains cfg on d and fails the test on error.
func trainOK(t testing.TB, cfg Config, d Data) *weights.Weights {
	t.Helper()
	w, err := Train(t.Context(), cfg, d, nil)
	if err != nil {
		t.Fatalf("Train(%+v) error = %v", cfg, err)
	}
	return w
}

// accuracyOK evaluates w on samples and fails the test on error.
func accuracyOK(t testing.TB, w *weights.Weights, d Data) float64 {
	t.Helper()
	acc, err := Evaluate(w, d.Samples, d.Labels)
	if err != nil {
		t.Fatalf("Evaluate error = %v", err)
	}
	return acc
}
