// SPDX-License-Identifier: MIT

package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// hotSamples draws n sparse samples of 20 strictly increasing indices below numFeatures, labelled at random:
// the shape of the simulator's and valuation's IMDB-like data.
func hotSamples(n int, numFeatures int, seed uint64) [][]int64 {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([][]int64, n)
	for i := range out {
		idx := r.Perm(numFeatures)[:20]
		slices.Sort(idx)
		out[i] = make([]int64, len(idx))
		for j, f := range idx {
			out[i][j] = int64(f)
		}
	}
	return out
}

// TestSparsePerceptronNoAllocs checks that the sparse perceptron predicts and updates without allocating: the
// simulator and valuation call them millions of times, and an allocation each was most of their cost.
func TestSparsePerceptronNoAllocs(t *testing.T) {
	m := mustLoad(t, "imdb-sparse-perceptron.json")
	samples := hotSamples(64, int(m.NumFeatures), 1)
	i := 0
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"Predict", func() {
			if _, err := m.Predict(samples[i%len(samples)]); err != nil {
				t.Fatal(err)
			}
			i++
		}},
		{"Update", func() {
			if err := m.Update(samples[i%len(samples)], uint64(i%2)); err != nil {
				t.Fatal(err)
			}
			i++
		}},
	} {
		if got := testing.AllocsPerRun(200, tc.f); got != 0 {
			t.Errorf("%s: %v allocations a call, want 0", tc.name, got)
		}
	}
}

// BenchmarkPredict measures one prediction of a 20-index sample for each sparse model kind.
func BenchmarkPredict(b *testing.B) {
	for _, name := range []string{"imdb-sparse-perceptron.json", "imdb-like-naive-bayes.json", "imdb-like-sparse-ncc.json"} {
		m := mustLoad(b, name)
		samples := hotSamples(1024, int(m.NumFeatures), 2)
		b.Run(string(m.Kind), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := m.Predict(samples[i%len(samples)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkUpdate measures one update with a 20-index sample, half of them changing the weights.
func BenchmarkUpdate(b *testing.B) {
	m := mustLoad(b, "imdb-sparse-perceptron.json")
	samples := hotSamples(1024, int(m.NumFeatures), 3)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := m.Update(samples[i%len(samples)], uint64(i%2)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
