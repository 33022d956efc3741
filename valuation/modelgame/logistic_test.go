// SPDX-License-Identifier: MIT

package modelgame_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/oracle/train"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/modelgame"
)

// separable returns n sparse samples over 10 features whose label is whether feature 0 is present.
func separable(rng *rand.Rand, n int) *dataset.Set {
	s := dataset.NewSet(n, 3*n)
	for range n {
		label := uint64(rng.IntN(2))
		x := []int64{int64(1 + rng.IntN(4)), int64(5 + rng.IntN(5))}
		if label == 1 {
			x = append([]int64{0}, x...)
		}
		s.Append(x, label)
	}
	return s
}

func TestLogistic(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 6))
	trainSet, test := separable(rng, 40), separable(rng, 30)
	cfg := train.DefaultConfig()
	cfg.Epochs, cfg.LearningRate = 50, 0.1
	g, err := modelgame.NewLogistic(cfg, trainSet, test, 10, 2)
	if err != nil {
		t.Fatal(err)
	}
	zeros := 0
	for i := range test.Len() {
		if _, y := test.Sample(i); y == 0 {
			zeros++
		}
	}
	empty, err := g.Value(ctx, nil)
	if err != nil || empty != float64(zeros)/30 {
		t.Errorf("u(∅) = %v (%v), want the share of class 0, %v", empty, err, float64(zeros)/30)
	}
	all := make([]int, g.Players())
	for i := range all {
		all[i] = i
	}
	full, err := g.Value(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	if full < 0.9 {
		t.Errorf("u(N) = %v on separable data, want at least 0.9", full)
	}
	again, err := g.Value(ctx, all)
	if err != nil || again != full {
		t.Errorf("u(N) = %v then %v (%v): CPU training must be deterministic", full, again, err)
	}
	// The fallback walker carries it through a sampled method.
	r, err := valuation.Banzhaf(ctx, g, valuation.SamplingOptions{MaxSamples: 8, Seed: 1})
	if err != nil || len(r.Values) != g.Players() {
		t.Errorf("Banzhaf over the logistic game: %d values, error %v", len(r.Values), err)
	}
	if _, err := g.Value(ctx, []int{3, 2}); !errors.Is(err, modelgame.ErrInput) {
		t.Errorf("descending coalition error = %v, want ErrInput", err)
	}
}

func TestNewLogisticRejects(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 7))
	set := separable(rng, 5)
	gpu := train.DefaultConfig()
	gpu.Device = train.GPU
	badCfg := train.DefaultConfig()
	badCfg.Epochs = 0
	for _, tc := range []struct {
		name              string
		cfg               train.Config
		test              *dataset.Set
		features, classes int
		want              error
	}{
		{"invalid config", badCfg, set, 10, 2, train.ErrConfig},
		{"GPU", gpu, set, 10, 2, modelgame.ErrInput},
		{"empty test set", train.DefaultConfig(), dataset.NewSet(0, 0), 10, 2, modelgame.ErrInput},
		{"no features", train.DefaultConfig(), set, 0, 2, modelgame.ErrInput},
		{"one class", train.DefaultConfig(), set, 10, 1, modelgame.ErrInput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := modelgame.NewLogistic(tc.cfg, set, tc.test, tc.features, tc.classes); !errors.Is(err, tc.want) {
				t.Errorf("error = %v, want %v", err, tc.want)
			}
		})
	}
}

// BenchmarkLogisticValue measures one evaluation of the logistic game, a fresh CPU training run of the default
// config (10 epochs, batches of 32) on a coalition of IMDB-shaped samples, against Value of the sparse
// perceptron game on the same coalition.
func BenchmarkLogisticValue(b *testing.B) {
	for _, n := range []int{100, 1000} {
		d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: n, TestSamples: benchTest, Features: benchFeatures,
			NonZeros: benchNonZeros, Noise: benchNoise, Seed: 15})
		if err != nil {
			b.Fatal(err)
		}
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		g, err := modelgame.NewLogistic(train.DefaultConfig(), d.Train, d.Test, benchFeatures, 2)
		if err != nil {
			b.Fatal(err)
		}
		u := imdbShapedGame(b, n)
		for _, tc := range []struct {
			name string
			u    valuation.Utility
		}{{"logistic", g}, {"sparse-perceptron", u}} {
			b.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := tc.u.Value(context.Background(), all); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
