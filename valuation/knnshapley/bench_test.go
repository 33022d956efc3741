package knnshapley

import (
	"context"
	"fmt"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

// BenchmarkIMDBShaped values 100,000 IMDB-shaped training points (1,000 features by Zipf's law, 20 a sample,
// 10% label noise) against 1,000 test points, K = 10: the goal is under 10 s on two cores.
func BenchmarkIMDBShaped(b *testing.B) {
	d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: 100_000, TestSamples: 1_000, Features: 1_000,
		NonZeros: 20, Noise: 0.1, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Value(context.Background(), d.Train, d.Test, Options{K: 10}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e9, "s/valuation")
}

// BenchmarkScaling values n IMDB-shaped training points against 200 test points for growing n: the cost is
// O(n) a test point (counting sort), so ns/op should double with n.
func BenchmarkScaling(b *testing.B) {
	for _, n := range []int{12_500, 25_000, 50_000, 100_000} {
		d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: n, TestSamples: 200, Features: 1_000,
			NonZeros: 20, Noise: 0.1, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Value(context.Background(), d.Train, d.Test, Options{K: 10}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
