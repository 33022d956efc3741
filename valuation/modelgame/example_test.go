// SPDX-License-Identifier: MIT

package modelgame_test

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/modelgame"
	"github.com/sumkit/sumkit/valuation/quality"
)

// Value 200 IMDB-shaped contributions to an untrained on-chain sparse perceptron with TMC-Shapley, then check
// how well the lowest values find the labels the data's noise flipped.
func Example() {
	d, concept, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: 200, TestSamples: 200, Features: 100,
		NonZeros: 10, Noise: 0.1, Seed: 1})
	if err != nil {
		panic(err)
	}
	m, err := model.Untrained(model.SparsePerceptron, d.Classes, d.NumFeatures)
	if err != nil {
		panic(err)
	}
	u, err := modelgame.New(m, d.Train, d.Test)
	if err != nil {
		panic(err)
	}
	r, err := valuation.TMCShapley(context.Background(), u, valuation.SamplingOptions{Seed: 1, MaxSamples: 256, Truncation: 0.01})
	if err != nil {
		panic(err)
	}
	// The noise is known here: a label is noisy where the concept disagrees with it.
	noisy := make([]bool, d.Train.Len())
	for i := range noisy {
		x, y := d.Train.Sample(i)
		c, err := concept.Predict(x)
		if err != nil {
			panic(err)
		}
		noisy[i] = c != y
	}
	auc, err := quality.DetectionAUC(r.Values, noisy)
	if err != nil {
		panic(err)
	}
	fmt.Printf("u(∅) = %.3f, u(N) = %.3f, %d permutations\n", r.Empty, r.Full, r.Samples)
	fmt.Println("noisy labels found better than chance:", auc > 0.5)
	// Output:
	// u(∅) = 0.540, u(N) = 0.590, 256 permutations
	// noisy labels found better than chance: true
}

// A walker trains one model in place: each Add is one model update and a re-scoring of the test points the
// update touched, and returns the accuracy of the coalition so far.
func ExampleUtility_NewWalker() {
	d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: 1000, TestSamples: 500, Features: 100,
		NonZeros: 10, Seed: 2})
	if err != nil {
		panic(err)
	}
	m, err := model.Untrained(model.SparsePerceptron, d.Classes, d.NumFeatures)
	if err != nil {
		panic(err)
	}
	u, err := modelgame.New(m, d.Train, d.Test)
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	w := u.NewWalker()
	acc, err := w.Reset(ctx)
	if err != nil {
		panic(err)
	}
	fmt.Printf("untrained: %.3f\n", acc)
	for i := range u.Players() {
		if acc, err = w.Add(ctx, i); err != nil {
			panic(err)
		}
		if i+1 == 10 || i+1 == 1000 {
			fmt.Printf("after %d: %.3f\n", i+1, acc)
		}
	}
	// Output:
	// untrained: 0.532
	// after 10: 0.640
	// after 1000: 0.834
}
