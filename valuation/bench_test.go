package valuation_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sumkit/sumkit/valuation"
)

// sqrtGame is a cheap, non-additive utility: the square root of the coalition's total weight.
func sqrtGame(n int) valuation.Func {
	rng := rand.New(rand.NewPCG(15, uint64(n)))
	w := make([]float64, n)
	for i := range w {
		w[i] = rng.Float64()
	}
	return valuation.Func{N: n, F: func(s []int) float64 {
		var t float64
		for _, p := range s {
			t += w[p]
		}
		return math.Sqrt(t)
	}}
}

// BenchmarkExactShapley measures enumeration on a cheap utility, where the 2ⁿ evaluations and the n·2ⁿ
// marginal sums are the whole cost: it bounds the largest n the method handles.
func BenchmarkExactShapley(b *testing.B) {
	for _, n := range []int{10, 14, 18, 20, 22, 24, 26} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			g := sqrtGame(n)
			for b.Loop() {
				if _, err := valuation.ExactShapley(context.Background(), g, valuation.ExactOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTMCShapley measures permutation sampling with the fallback walker (a full evaluation per step).
func BenchmarkTMCShapley(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("n=%d/1000perms", n), func(b *testing.B) {
			g := sqrtGame(n)
			for b.Loop() {
				if _, err := valuation.TMCShapley(context.Background(), g, valuation.SamplingOptions{MaxSamples: 1000}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBanzhaf measures MSR sampling: one evaluation of about n/2 players per sample.
func BenchmarkBanzhaf(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("n=%d/10000samples", n), func(b *testing.B) {
			g := sqrtGame(n)
			for b.Loop() {
				if _, err := valuation.Banzhaf(context.Background(), g, valuation.SamplingOptions{MaxSamples: 10000}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// sqrtIncremental is sqrtGame with a walker that keeps the running total: O(1) per step instead of the
// fallback's full evaluation of the grown coalition.
type sqrtIncremental struct{ valuation.Func }

func (g sqrtIncremental) NewWalker() valuation.Walker { return &sqrtWalker{g: g} }

type sqrtWalker struct {
	g     sqrtIncremental
	total float64
}

func (w *sqrtWalker) Reset(context.Context) (float64, error) { w.total = 0; return 0, nil }

func (w *sqrtWalker) Add(ctx context.Context, p int) (float64, error) {
	one, _ := w.g.Value(ctx, []int{p})
	w.total += one * one
	return math.Sqrt(w.total), nil
}

// BenchmarkTMCWalker compares a walk through an incremental utility with the fallback walker on the same game:
// O(n) against O(n²) work per permutation.
func BenchmarkTMCWalker(b *testing.B) {
	const n = 1000
	plain := sqrtGame(n)
	for _, tc := range []struct {
		name string
		u    valuation.Utility
	}{{"fallback", plain}, {"incremental", sqrtIncremental{plain}}} {
		b.Run(fmt.Sprintf("%s/n=%d/100perms", tc.name, n), func(b *testing.B) {
			for b.Loop() {
				if _, err := valuation.TMCShapley(context.Background(), tc.u, valuation.SamplingOptions{MaxSamples: 100}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
