// SPDX-License-Identifier: MIT

package modelgame

import (
	"math"
	"math/rand/v2"
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
				if got.big().Cmp(want) != 0 {
					t.Fatalf("score %v, model %v", got.big(), want)
				}
				if c, _ := m.Predict(x); c != got.class() {
					t.Fatalf("class %d, model %d", got.class(), c)
				}
			}
		})
	}
}
