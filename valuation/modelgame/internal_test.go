// SPDX-License-Identifier: MIT

package modelgame

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/model"
)

// TestPerceptronScoreMatchesModel checks the walker's 128-bit score against the model's own, including weights
// near the ends of int64, where a 64-bit sum would wrap.
func TestPerceptronScoreMatchesModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		name   string
		weight func() int64
	}{
		{"small", func() int64 { return rng.Int64N(2*model.One) - model.One }},
		{"near int64 max", func() int64 { return math.MaxInt64 - rng.Int64N(10) }},
		{"near int64 min", func() int64 { return math.MinInt64 + rng.Int64N(10) }},
		{"mixed extremes", func() int64 {
			if rng.IntN(2) == 0 {
				return math.MaxInt64
			}
			return math.MinInt64
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := model.Untrained(model.SparsePerceptron, []string{"a", "b"}, 64)
			if err != nil {
				t.Fatal(err)
			}
			for i := range m.Weights {
				m.Weights[i] = tc.weight()
			}
			m.Intercept = tc.weight()
			for range 50 {
				var x []int64
				for f := range int64(64) {
					if rng.IntN(3) == 0 {
						x = append(x, f)
					}
				}
				want, err := m.Score(x)
				if err != nil {
					t.Fatal(err)
				}
				got := perceptronScore(m, x)
				if got.Big(nil).Cmp(want) != 0 {
					t.Fatalf("score %v, model %v", got.Big(nil), want)
				}
				if c, _ := m.Predict(x); c != signClass(got) {
					t.Fatalf("class %d, model %d", signClass(got), c)
				}
			}
		})
	}
}

// setOf is a Samples of literal samples.
type setOf struct {
	x [][]int64
	y []uint64
}

func (s setOf) Len() int                       { return len(s.x) }
func (s setOf) Sample(i int) ([]int64, uint64) { return s.x[i], s.y[i] }

// TestSparseWalkerTouchesOnlySharers checks that a sparse perceptron update re-classifies exactly the test points
// that share a feature with the sample, and leaves the others' scores alone.
func TestSparseWalkerTouchesOnlySharers(t *testing.T) {
	ctx := context.Background()
	m, err := model.Untrained(model.SparsePerceptron, []string{"a", "b"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	test := setOf{x: [][]int64{{0, 1}, {2, 3}, {1, 4}, {5}, {3, 9}}, y: []uint64{1, 0, 1, 1, 0}}
	for _, tc := range []struct {
		name  string
		x     []int64
		label uint64
		want  []int32 // test points touched, in the order first met
	}{
		{"features 1 and 3", []int64{1, 3}, 1, []int32{0, 2, 1, 4}},
		{"feature 5 alone", []int64{5}, 1, []int32{3}},
		{"no test point holds it", []int64{7, 8}, 1, nil},
		{"predicted right: no update", []int64{1, 3}, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := New(m, setOf{x: [][]int64{tc.x}, y: []uint64{tc.label}}, test)
			if err != nil {
				t.Fatal(err)
			}
			w := u.NewWalker().(*Walker)
			if _, err := w.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			w.touched = nil
			if _, err := w.Add(ctx, 0); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(w.touched, tc.want) {
				t.Errorf("touched %v, want %v", w.touched, tc.want)
			}
			for i, x := range test.x {
				if got, want := w.score(i).Big(nil), perceptronScore(w.m, x).Big(nil); got.Cmp(want) != 0 {
					t.Errorf("test point %d: score %v, model %v", i, got, want)
				}
			}
		})
	}
}

// TestWalkerScoreWidths checks the walker against retraining with scores in int64 throughout, in int128
// throughout (weights too large for the int64 bound from the start), and switching from one to the other
// mid-walk, on random orders.
func TestWalkerScoreWidths(t *testing.T) {
	ctx := context.Background()
	const features, nonZeros = 12, 3
	rng := rand.New(rand.NewPCG(9, 9))
	sample := func() []int64 {
		x := rng.Perm(features)[:nonZeros]
		slices.Sort(x)
		out := make([]int64, nonZeros)
		for i, f := range x {
			out[i] = int64(f)
		}
		return out
	}
	var trainSet, test setOf
	for range 80 {
		trainSet.x, trainSet.y = append(trainSet.x, sample()), append(trainSet.y, uint64(rng.IntN(2)))
	}
	for range 40 {
		test.x, test.y = append(test.x, sample()), append(test.y, uint64(rng.IntN(2)))
	}
	for _, tc := range []struct {
		name string
		// weight returns initial weight i.
		weight      func(i int) int64
		narrowStart bool
		narrowEnd   bool
	}{
		{"int64 throughout", func(int) int64 { return 0 }, true, true},
		{"int128 throughout", func(i int) int64 { return (math.MaxInt64 - 1<<44) * int64(1-2*(i%2)) }, false, false},
		// 3 weights of (2^62 - 2^44)/3 stay below the bound, 2^62, until a few steps of about 2^40 push it past.
		{"widened mid-walk", func(i int) int64 { return (1<<62 - 1<<44) / 3 * int64(1-2*(i%2)) }, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := model.Untrained(model.SparsePerceptron, []string{"a", "b"}, features)
			if err != nil {
				t.Fatal(err)
			}
			m.LearningRate = model.MaxLearningRate
			for i := range m.Weights {
				m.Weights[i] = tc.weight(i)
			}
			u, err := New(m, trainSet, test)
			if err != nil {
				t.Fatal(err)
			}
			w := u.NewWalker().(*Walker)
			for trial := range 5 {
				got, err := w.Reset(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if w.narrow != tc.narrowStart {
					t.Fatalf("narrow = %v at the start", w.narrow)
				}
				order := rng.Perm(len(trainSet.x))
				for i := 0; ; i++ {
					want, err := u.ValueOrdered(ctx, order[:i])
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Fatalf("trial %d after %d adds: walker %v, retraining %v", trial, i, got, want)
					}
					if i == len(order) {
						break
					}
					if got, err = w.Add(ctx, order[i]); err != nil {
						t.Fatal(err)
					}
				}
				for i, x := range test.x {
					if a, b := w.score(i).Big(nil), perceptronScore(w.m, x).Big(nil); a.Cmp(b) != 0 {
						t.Fatalf("test point %d: score %v, model %v", i, a, b)
					}
				}
				if w.narrow != tc.narrowEnd {
					t.Errorf("narrow = %v at the end of trial %d", w.narrow, trial)
				}
			}
		})
	}
}
