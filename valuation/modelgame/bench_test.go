// SPDX-License-Identifier: MIT

package modelgame_test

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/modelgame"
)

// The IMDB-shaped game of the benchmarks: the figure is TMC-Shapley over 10,000 contributions.
const (
	benchFeatures = 1000
	benchNonZeros = 20
	benchNoise    = 0.1
	benchTest     = 1000
	// benchTruncation ends a permutation walk once the accuracy is within 1% (relative) of u(N).
	benchTruncation = 0.01
	// benchRelStdErr is the stop: mean standard error below 1% of the largest value.
	benchRelStdErr = 0.01
	// benchBudget is the goal, and the benchmark's time limit: a run that has not met benchRelStdErr by
	// then stops and reports how far it got.
	benchBudget = 10 * time.Minute
)

// imdbShapedGame returns the sparse perceptron game over n synthetic IMDB-shaped contributions, starting from
// an untrained model.
func imdbShapedGame(b *testing.B, n int) *modelgame.Utility {
	b.Helper()
	d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: n, TestSamples: benchTest, Features: benchFeatures,
		NonZeros: benchNonZeros, Noise: benchNoise, Seed: 15})
	if err != nil {
		b.Fatal(err)
	}
	m, err := model.Untrained(model.SparsePerceptron, d.Classes, d.NumFeatures)
	if err != nil {
		b.Fatal(err)
	}
	m.MaxFeatures = benchNonZeros
	u, err := modelgame.New(m, d.Train, d.Test)
	if err != nil {
		b.Fatal(err)
	}
	return u
}

// relStdErr returns the mean standard error and the largest |value| of r.
func relStdErr(r valuation.Result) (meanSE, maxValue float64) {
	for i, v := range r.Values {
		maxValue = max(maxValue, math.Abs(v))
		meanSE += r.StdErrs[i]
	}
	return meanSE / float64(len(r.StdErrs)), maxValue
}

// BenchmarkTMCSparsePerceptron10k is the figure: TMC-Shapley over 10,000 IMDB-shaped contributions
// (1,000 features, 20 per sample, 10% label noise, 1,000 test points) with the on-chain sparse perceptron from
// an untrained model, truncated, run until the mean standard error is below 1% of the largest value. The goal
// is under 10 minutes on 2 cores, which is also the run's time limit: if the target is not met by then, the
// metrics say how far it got (meanSE/max above 0.01). Skipped with -short.
func BenchmarkTMCSparsePerceptron10k(b *testing.B) {
	if testing.Short() {
		b.Skip("minutes long; run without -short")
	}
	u := imdbShapedGame(b, 10_000)
	ctx := context.Background()
	opts := valuation.SamplingOptions{Seed: 1, Truncation: benchTruncation, TargetRelStdErr: benchRelStdErr,
		MaxDuration: benchBudget}
	for b.Loop() {
		start := time.Now()
		r, err := valuation.TMCShapley(ctx, u, opts)
		if err != nil {
			b.Fatal(err)
		}
		meanSE, maxValue := relStdErr(r)
		b.ReportMetric(time.Since(start).Seconds(), "s/valuation")
		b.ReportMetric(float64(r.Samples), "permutations")
		b.ReportMetric(meanSE/maxValue, "meanSE/max")
		b.ReportMetric(maxValue, "max-value")
		b.Logf("n=10000: %d permutations in %v, mean SE %.3g, max value %.3g, ratio %.4f, u(∅)=%v u(N)=%v",
			r.Samples, time.Since(start).Round(time.Millisecond), meanSE, maxValue, meanSE/maxValue, r.Empty, r.Full)
	}
}

// BenchmarkTMCSpeedup measures the incremental walker against naive retraining (the fallback walker, which
// trains a fresh model on every prefix) on the same game and options, at n = 1,000 where the naive walk still
// finishes untruncated, and at n = 10,000 truncated, and reports the ratio of their times from one run. Skipped
// with -short.
func BenchmarkTMCSpeedup(b *testing.B) {
	if testing.Short() {
		b.Skip("seconds long; run without -short")
	}
	ctx := context.Background()
	for _, tc := range []struct {
		n, perms   int
		truncation float64
	}{{1000, 64, 0}, {1000, 64, benchTruncation}, {10_000, 16, benchTruncation}} {
		n, perms, truncation := tc.n, tc.perms, tc.truncation
		u := imdbShapedGame(b, n)
		b.Run(fmt.Sprintf("n=%d/%dperms/truncation=%g", n, perms, truncation), func(b *testing.B) {
			opts := valuation.SamplingOptions{Seed: 1, MaxSamples: perms, Truncation: truncation}
			for b.Loop() {
				start := time.Now()
				if _, err := valuation.TMCShapley(ctx, u, opts); err != nil {
					b.Fatal(err)
				}
				incremental := time.Since(start)
				start = time.Now()
				if _, err := valuation.TMCShapley(ctx, hidden{u}, opts); err != nil {
					b.Fatal(err)
				}
				naive := time.Since(start)
				b.ReportMetric(incremental.Seconds(), "s-incremental")
				b.ReportMetric(naive.Seconds(), "s-naive")
				b.ReportMetric(naive.Seconds()/incremental.Seconds(), "speedup")
			}
		})
	}
}

// BenchmarkWalkerAdd measures one step of a permutation walk, for each model kind's walker.
func BenchmarkWalkerAdd(b *testing.B) {
	u := imdbShapedGame(b, 10_000)
	ctx := context.Background()
	w := u.NewWalker()
	b.Run("sparse-perceptron/n=10000/test=1000", func(b *testing.B) {
		i := u.Players()
		for b.Loop() {
			if i == u.Players() {
				b.StopTimer()
				if _, err := w.Reset(ctx); err != nil {
					b.Fatal(err)
				}
				i = 0
				b.StartTimer()
			}
			if _, err := w.Add(ctx, i); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkScaling measures how the methods' cost grows with the number of contributions n, on the IMDB-shaped
// game with the sparse perceptron: a fixed budget of TMC permutations (untruncated: each permutation walks all n,
// O(n) walker steps, each touching the test points its features share, so about O(n) a permutation), of Data
// Banzhaf coalitions (each trains on a random half: O(n)), and one leave-one-out (n + 1 trainings of up to n
// samples: O(n²)). The ns/op of each sub-benchmark over n gives the slope. Skipped with -short.
func BenchmarkScaling(b *testing.B) {
	if testing.Short() {
		b.Skip("seconds long; run without -short")
	}
	ctx := context.Background()
	for _, n := range []int{250, 500, 1000, 2000} {
		u := imdbShapedGame(b, n)
		b.Run(fmt.Sprintf("tmc/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := valuation.TMCShapley(ctx, u, valuation.SamplingOptions{Seed: 1, MaxSamples: 16}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("banzhaf/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := valuation.Banzhaf(ctx, u, valuation.SamplingOptions{Seed: 1, MaxSamples: 64}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("loo/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := valuation.LeaveOneOut(ctx, u, valuation.ExactOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
