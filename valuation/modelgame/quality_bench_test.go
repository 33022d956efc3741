// SPDX-License-Identifier: MIT

package modelgame_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/knnshapley"
	"github.com/sumkit/sumkit/valuation/modelgame"
	"github.com/sumkit/sumkit/valuation/quality"
)

// testdataRoot holds the repository's copies of the public datasets, laid out as ../shared/datasets is.
var testdataRoot = filepath.Join("..", "..", "testdata", "datasets")

// noisyCase is one dataset of the noisy-label task and the on-chain model that learns it.
type noisyCase struct {
	name string
	kind model.Kind
	opts dataset.Options
}

// noisyMethod values a game's players; the KNN method reads the data directly.
type noisyMethod struct {
	name  string
	value func(ctx context.Context, u *modelgame.Utility, d *dataset.Dataset, train *dataset.Set) ([]float64, int, error)
}

var noisyMethods = []noisyMethod{
	{"TMC-Shapley", func(ctx context.Context, u *modelgame.Utility, _ *dataset.Dataset, _ *dataset.Set) ([]float64, int, error) {
		r, err := valuation.TMCShapley(ctx, u, valuation.SamplingOptions{Seed: 1, MaxSamples: 1000, Truncation: 0.01})
		return r.Values, r.Samples, err
	}},
	{"Banzhaf (MSR)", func(ctx context.Context, u *modelgame.Utility, _ *dataset.Dataset, _ *dataset.Set) ([]float64, int, error) {
		r, err := valuation.Banzhaf(ctx, u, valuation.SamplingOptions{Seed: 1, MaxSamples: 5000})
		return r.Values, r.Samples, err
	}},
	{"leave-one-out", func(ctx context.Context, u *modelgame.Utility, _ *dataset.Dataset, _ *dataset.Set) ([]float64, int, error) {
		r, err := valuation.LeaveOneOut(ctx, u, valuation.ExactOptions{})
		return r.Values, r.Samples, err
	}},
	{"KNN-Shapley (K=5)", func(ctx context.Context, _ *modelgame.Utility, d *dataset.Dataset, train *dataset.Set) ([]float64, int, error) {
		metric := knnshapley.Dense
		if d.Sparse {
			metric = knnshapley.SparseBinary
		}
		p, err := knnshapley.Value(ctx, train, d.Test, knnshapley.Options{K: 5, Metric: metric})
		if err != nil {
			return nil, 0, err
		}
		return p.Values(), d.Test.Len(), nil
	}},
}

// BenchmarkNoisyLabels is OpenDataVal's noisy-label task: flip 10% of the training labels, value the training
// points, and measure how well the lowest values find the flipped ones (AUC; 0.5 is chance), and how the test
// accuracy moves as the top or bottom 10/20/30% by value are removed. It prints one table per dataset: the IMDB
// sentences (0xDeCA10B's vocabulary, sparse perceptron), the SMS spam copy in testdata (feature hashing,
// sparse perceptron) and Tic-Tac-Toe (dense, standardised; dense perceptron). Skipped with -short.
func BenchmarkNoisyLabels(b *testing.B) {
	if testing.Short() {
		b.Skip("tens of seconds; run without -short")
	}
	vocab, err := model.LoadVocabulary(filepath.Join("..", "..", "testdata", "models", "imdb.json"))
	if err != nil {
		b.Fatal(err)
	}
	cases := []noisyCase{
		{"imdb sentences", model.SparsePerceptron, dataset.Options{Root: testdataRoot, Seed: 1, Text: dataset.TextOptions{Vocabulary: vocab}}},
		{"sms spam (testdata's 296)", model.SparsePerceptron, dataset.Options{Root: testdataRoot, Seed: 1}},
		{"tic-tac-toe", model.DensePerceptron, dataset.Options{Root: testdataRoot, Seed: 1}},
	}
	names := map[string]string{"imdb sentences": dataset.IMDB, "sms spam (testdata's 296)": dataset.SMS, "tic-tac-toe": dataset.TicTacToe}
	ctx := context.Background()
	fractions := []float64{0.1, 0.2, 0.3}
	for b.Loop() {
		for _, c := range cases {
			d, err := dataset.Open(names[c.name], c.opts)
			if err != nil {
				b.Fatal(err)
			}
			noisy, flipped, err := quality.FlipLabels(d.Train, len(d.Classes), 0.1, 2)
			if err != nil {
				b.Fatal(err)
			}
			m, err := model.Untrained(c.kind, d.Classes, d.NumFeatures)
			if err != nil {
				b.Fatal(err)
			}
			u, err := modelgame.New(m, noisy, d.Test)
			if err != nil {
				b.Fatal(err)
			}
			var table strings.Builder
			fmt.Fprintf(&table, "\n%s: %d train (10%% flipped), %d test, %s\n", c.name, noisy.Len(), d.Test.Len(), c.kind)
			fmt.Fprintf(&table, "%-18s %6s %9s %8s | %-23s | %-23s\n", "method", "AUC", "runtime", "samples",
				"acc, top 10/20/30% out", "acc, bottom 10/20/30% out")
			for _, meth := range noisyMethods {
				start := time.Now()
				values, samples, err := meth.value(ctx, u, d, noisy)
				if err != nil {
					b.Fatalf("%s on %s: %v", meth.name, c.name, err)
				}
				elapsed := time.Since(start)
				auc, err := quality.DetectionAUC(values, flipped)
				if err != nil {
					b.Fatal(err)
				}
				r, err := quality.PointRemoval(ctx, u, values, fractions)
				if err != nil {
					b.Fatal(err)
				}
				fmt.Fprintf(&table, "%-18s %6.3f %9s %8d | %.3f %.3f %.3f (%.3f) | %.3f %.3f %.3f\n", meth.name, auc,
					elapsed.Round(time.Millisecond), samples, r.HighRemoved[0], r.HighRemoved[1], r.HighRemoved[2], r.Full,
					r.LowRemoved[0], r.LowRemoved[1], r.LowRemoved[2])
			}
			b.Log(table.String())
		}
	}
}
