package leastcore_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/leastcore"
)

// sqrtGame is a concave utility, the square root of the coalition's total weight: its core is empty, so the
// least core is a real LP with many binding coalitions.
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

func BenchmarkLeastCoreExact12(b *testing.B) {
	g := sqrtGame(12)
	for b.Loop() {
		r, err := leastcore.Exact(context.Background(), g, leastcore.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(r.Tight), "tight")
	}
}

// BenchmarkLeastCoreSampled200 takes 2,000 sampled coalitions (10 per player) plus the 200 singletons.
func BenchmarkLeastCoreSampled200(b *testing.B) {
	g := sqrtGame(200)
	for b.Loop() {
		r, err := leastcore.Sampled(context.Background(), g, leastcore.Options{Samples: 2000, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(r.Tight), "tight")
	}
}
