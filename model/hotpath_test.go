// SPDX-License-Identifier: MIT

package model

import (
	"math"
	"math/big"
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

// TestSparseScoreBeyondInt64 checks the sparse perceptron's score where the running sum leaves int64, up or
// down, midway or only at the end: it must be the exact sum, as the contract's 256-bit arithmetic gives.
func TestSparseScoreBeyondInt64(t *testing.T) {
	for _, tc := range []struct {
		name      string
		intercept int64
		weights   []int64
	}{
		{"up at the end", math.MaxInt64, []int64{1, 0, 0}},
		{"up, then back", math.MaxInt64, []int64{math.MaxInt64, math.MinInt64, math.MinInt64}},
		{"down", math.MinInt64, []int64{-1, math.MinInt64, 5}},
		{"down, then up past zero", math.MinInt64, []int64{math.MinInt64, math.MaxInt64, math.MaxInt64}},
		{"within", -3, []int64{1, 1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 3, Weights: tc.weights,
				Intercept: tc.intercept, LearningRate: One}
			want := big.NewInt(tc.intercept)
			for _, w := range tc.weights {
				want.Add(want, big.NewInt(w))
			}
			got, err := m.Score([]int64{0, 1, 2})
			if err != nil || got.Cmp(want) != 0 {
				t.Errorf("Score = %v (%v), want %v", got, err, want)
			}
			class, err := m.Predict([]int64{0, 1, 2})
			if wantClass := uint64(want.Sign()+1) / 2; err != nil || class != wantClass {
				t.Errorf("Predict = %d (%v), want %d", class, err, wantClass)
			}
		})
	}
}
