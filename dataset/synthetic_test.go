// SPDX-License-Identifier: MIT

package dataset_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

func TestSynthetic(t *testing.T) {
	tests := map[string]struct {
		opts dataset.SyntheticOptions
	}{
		"imdb-shaped": {opts: dataset.SyntheticOptions{Samples: 20000, TestSamples: 5000, Features: 1000,
			NonZeros: 20, Noise: 0.1, Seed: 1}},
		"noiseless": {opts: dataset.SyntheticOptions{Samples: 5000, TestSamples: 1000, Features: 1000,
			NonZeros: 20, Seed: 2}},
		"uniform": {opts: dataset.SyntheticOptions{Samples: 5000, Features: 300, NonZeros: 10, Noise: 0.25,
			Seed: 3, Uniform: true}},
		"dense-ish": {opts: dataset.SyntheticOptions{Samples: 3000, Features: 40, NonZeros: 20, Noise: 0.05,
			Seed: 4}},
		"long samples": {opts: dataset.SyntheticOptions{Samples: 2000, Features: 5000, NonZeros: 100,
			Noise: 0.2, Seed: 5}},
		"many features": {opts: dataset.SyntheticOptions{Samples: 2000, TestSamples: 100,
			Features: dataset.MaxSyntheticFeatures, NonZeros: 8, Noise: 0.3, Seed: 8}},
		"all flipped": {opts: dataset.SyntheticOptions{Samples: 1000, Features: 100, NonZeros: 5, Noise: 1,
			Seed: 6}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			o := tt.opts
			d, concept, err := dataset.Synthetic(o)
			if err != nil {
				t.Fatal(err)
			}
			if d.Train.Len() != o.Samples || d.Test.Len() != o.TestSamples {
				t.Fatalf("%d train and %d test samples, want %d and %d", d.Train.Len(), d.Test.Len(), o.Samples,
					o.TestSamples)
			}
			if !d.Sparse || d.NumFeatures != uint64(o.Features) || len(d.Classes) != 2 {
				t.Errorf("sparse %v, %d features, classes %q; want sparse, %d, 2 classes", d.Sparse,
					d.NumFeatures, d.Classes, o.Features)
			}
			if err := concept.Validate(); err != nil {
				t.Fatalf("concept: %v", err)
			}
			for _, s := range []*dataset.Set{d.Train, d.Test} {
				checkSparse(t, s, d.NumFeatures)
				if s.Len() > 0 && s.MaxLen() != o.NonZeros {
					t.Errorf("longest sample %d, want %d", s.MaxLen(), o.NonZeros)
				}
			}

			// The concept labels the clean data perfectly and evenly; the noise flips about Noise of it.
			var flipped, positive int
			for i := range d.Train.Len() {
				x, label := d.Train.Sample(i)
				clean, err := concept.Predict(x)
				if err != nil {
					t.Fatal(err)
				}
				positive += int(clean)
				if clean != label {
					flipped++
				}
			}
			n := float64(o.Samples)
			if o.Noise == 0 && flipped != 0 {
				t.Errorf("noiseless: the concept disagrees with %d of %d labels, want 0", flipped, o.Samples)
			}
			if o.Noise == 1 && flipped != o.Samples {
				t.Errorf("noise 1: %d of %d labels flipped, want all", flipped, o.Samples)
			}
			// Four standard deviations of a binomial: fails by chance about once in 16,000 runs, and the seeds
			// are fixed anyway.
			rate, tol := float64(flipped)/n, 4*math.Sqrt(o.Noise*(1-o.Noise)/n)
			if math.Abs(rate-o.Noise) > tol {
				t.Errorf("label noise rate %.4f, want %.4f ± %.4f", rate, o.Noise, tol)
			}
			// The lower median splits the clean labels in half, ties aside (none at these sizes).
			if want := o.Samples / 2; positive != want {
				t.Errorf("%d clean positives of %d, want %d", positive, o.Samples, want)
			}
		})
	}
}

func TestSyntheticDeterministic(t *testing.T) {
	o := dataset.SyntheticOptions{Samples: 3000, TestSamples: 500, Features: 500, NonZeros: 15, Noise: 0.1,
		Seed: 42}
	a, ca, err := dataset.Synthetic(o)
	if err != nil {
		t.Fatal(err)
	}
	b, cb, err := dataset.Synthetic(o)
	if err != nil {
		t.Fatal(err)
	}
	if !equalSets(a.Train, b.Train) || !equalSets(a.Test, b.Test) || !slices.Equal(ca.Weights, cb.Weights) ||
		ca.Intercept != cb.Intercept {
		t.Error("the same options gave different data")
	}
	o.Seed++
	c, _, err := dataset.Synthetic(o)
	if err != nil {
		t.Fatal(err)
	}
	if equalSets(a.Train, c.Train) {
		t.Error("seeds 42 and 43 gave the same data")
	}
	// Pinned output: a change here changes every simulation that uses synthetic data.
	x, label := a.Train.Sample(0)
	if want := []int64{0, 1, 2, 3, 4, 6, 7, 10, 54, 67, 80, 86, 155, 206, 258}; !slices.Equal(x, want) ||
		label != 0 {
		t.Errorf("first sample (%v, %d), want (%v, 0)", x, label, want)
	}
}

// TestSyntheticZipf checks that features follow Zipf's law roughly: feature i's share of all indices falls
// like 1/(i+1), and the most common feature is in most samples, as "the" is in most sentences.
func TestSyntheticZipf(t *testing.T) {
	const n, d, k = 20000, 1000, 20
	ds, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: n, Features: d, NonZeros: k, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	counts := make([]int, d)
	for i := range ds.Train.Len() {
		x, _ := ds.Train.Sample(i)
		for _, f := range x {
			counts[f]++
		}
	}
	if counts[0] < n*9/10 {
		t.Errorf("feature 0 in %d of %d samples, want at least 90%%", counts[0], n)
	}
	// Among rare features (where drawing without repeats hardly matters) frequency ∝ 1/(i+1): features 100-199
	// together should be about twice as common as 300-499... precisely H(200)-H(100) vs H(500)-H(300).
	sum := func(lo, hi int) (s int) {
		for _, c := range counts[lo:hi] {
			s += c
		}
		return s
	}
	harmonic := func(lo, hi int) (h float64) {
		for i := lo; i < hi; i++ {
			h += 1 / float64(i+1)
		}
		return h
	}
	got := float64(sum(100, 200)) / float64(sum(300, 500))
	want := harmonic(100, 200) / harmonic(300, 500)
	if math.Abs(got-want) > 0.05*want {
		t.Errorf("count ratio of features 100-199 to 300-499 is %.3f, want %.3f (Zipf) within 5%%", got, want)
	}
}

func TestSyntheticErrors(t *testing.T) {
	ok := dataset.SyntheticOptions{Samples: 10, Features: 100, NonZeros: 5}
	tests := map[string]func(o *dataset.SyntheticOptions){
		"no samples":        func(o *dataset.SyntheticOptions) { o.Samples = 0 },
		"negative test":     func(o *dataset.SyntheticOptions) { o.TestSamples = -1 },
		"one feature":       func(o *dataset.SyntheticOptions) { o.Features, o.NonZeros = 1, 1 },
		"too many features": func(o *dataset.SyntheticOptions) { o.Features = dataset.MaxSyntheticFeatures + 1 },
		"no non-zeros":      func(o *dataset.SyntheticOptions) { o.NonZeros = 0 },
		"over half":         func(o *dataset.SyntheticOptions) { o.NonZeros = 51 },
		"negative noise":    func(o *dataset.SyntheticOptions) { o.Noise = -0.1 },
		"noise above 1":     func(o *dataset.SyntheticOptions) { o.Noise = 1.5 },
		"NaN noise":         func(o *dataset.SyntheticOptions) { o.Noise = math.NaN() },
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			o := ok
			mutate(&o)
			if _, _, err := dataset.Synthetic(o); !errors.Is(err, dataset.ErrOptions) {
				t.Errorf("Synthetic(%+v) error = %v, want ErrOptions", o, err)
			}
		})
	}
	if _, _, err := dataset.Synthetic(ok); err != nil {
		t.Errorf("Synthetic(%+v) error = %v", ok, err)
	}
}

// BenchmarkSynthetic generates the simulator's benchmark data: a million IMDB-shaped samples.
func BenchmarkSynthetic(b *testing.B) {
	o := dataset.SyntheticOptions{Samples: 1_000_000, Features: 1000, NonZeros: 20, Noise: 0.1, Seed: 1}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := dataset.Synthetic(o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(o.Samples), "ns/sample")
}
