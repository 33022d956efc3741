// SPDX-License-Identifier: MIT

package train

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// openText loads a text dataset from ../shared/datasets, skipping the test when the shared data is not there.
func openText(t testing.TB, name string) *dataset.Dataset {
	t.Helper()
	d, err := dataset.Open(name, dataset.Options{Seed: 1})
	if errors.Is(err, dataset.ErrMissing) {
		t.Skipf("skipping: the shared datasets are missing (%v); copy ../shared/datasets beside the repository "+
			"to run this test", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fromSet converts a dataset set into Data.
func fromSet(s *dataset.Set, numFeatures, numClasses int) Data {
	d := Data{NumFeatures: numFeatures, NumClasses: numClasses}
	for i := range s.Len() {
		x, y := s.Sample(i)
		d.Samples, d.Labels = append(d.Samples, x), append(d.Labels, y)
	}
	return d
}

// careless returns the contributions of d as they reach the chain when every third sample comes from a
// careless contributor whose label is wrong half the time (a two-class label flipped with probability 1/2).
func careless(d Data, seed uint64) Data {
	r := rand.New(rand.NewPCG(seed, 0))
	out := d
	out.Labels = append([]uint64(nil), d.Labels...)
	for i := 2; i < len(out.Labels); i += 3 {
		if r.IntN(2) == 0 {
			out.Labels[i] = 1 - out.Labels[i]
		}
	}
	return out
}

// perceptronAccuracy trains the on-chain sparse perceptron's Go port on the contributions in order, one update
// each as the contract makes them, and returns its test accuracy.
func perceptronAccuracy(t testing.TB, train, test Data, classes []string) float64 {
	t.Helper()
	m := &model.Model{Kind: model.SparsePerceptron, Classes: classes, NumFeatures: uint64(train.NumFeatures),
		Weights: make([]int64, train.NumFeatures), LearningRate: model.One}
	for i, x := range train.Samples {
		if err := m.Update(x, train.Labels[i]); err != nil {
			t.Fatalf("perceptron update %d: %v", i, err)
		}
	}
	correct := 0
	for i, x := range test.Samples {
		p, err := m.Predict(x)
		if err != nil {
			t.Fatalf("perceptron predict %d: %v", i, err)
		}
		if p == test.Labels[i] {
			correct++
		}
	}
	return float64(correct) / float64(len(test.Samples))
}

// accuracyConfigs are the oracle models the accuracy test compares with the perceptron.
func accuracyConfigs() map[string]Config {
	return map[string]Config{
		"logistic": {Model: Logistic, Epochs: 10, BatchSize: 32, LearningRate: 0.01, L2: 1e-4, Seed: 1},
		"mlp":      {Model: MLP, Hidden: 16, Epochs: 10, BatchSize: 32, LearningRate: 0.01, L2: 1e-4, Seed: 1},
	}
}

// TestAccuracyAgainstPerceptron trains the oracle's models and the on-chain perceptron on the same
// contributions, from honest contributors and with a careless one, and checks on the held-out set that the
// oracle's models are not worse. It logs the figures.
func TestAccuracyAgainstPerceptron(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: trains on real datasets for several seconds")
	}
	for _, name := range []string{dataset.SMS, dataset.IMDB} {
		d := openText(t, name)
		nf, nc := int(d.NumFeatures), len(d.Classes)
		honest, test := fromSet(d.Train, nf, nc), fromSet(d.Test, nf, nc)
		for _, mix := range []struct {
			name string
			data Data
		}{{"honest", honest}, {"careless 1/3 at 50%", careless(honest, 2)}} {
			t.Run(fmt.Sprintf("%s/%s", name, mix.name), func(t *testing.T) {
				base := perceptronAccuracy(t, mix.data, test, d.Classes)
				t.Logf("%-4s %-20s perceptron %.4f (%d train, %d test, %d features)", name, mix.name, base,
					len(mix.data.Samples), len(test.Samples), nf)
				for _, model := range []string{"logistic", "mlp"} {
					cfg := accuracyConfigs()[model]
					w := trainOK(t, cfg, mix.data)
					acc := accuracyOK(t, w, test)
					t.Logf("%-4s %-20s %-10s %.4f", name, mix.name, model, acc)
					if acc < base {
						t.Errorf("%s accuracy %.4f is below the perceptron's %.4f", model, acc, base)
					}
				}
			})
		}
	}
}

// BenchmarkTrain measures training throughput, one epoch per iteration, on an SMS-sized problem: 4,100
// samples of 15 indices, two classes, among 1,000 features (SMS hashed as the dataset package does by default)
// and among 65,536 (hashed text at the largest size the oracle expects), where the dense batch matrix makes
// every step cost batch × features × units whatever the samples' sparsity.
func BenchmarkTrain(b *testing.B) {
	for _, features := range []int{1000, 1 << 16} {
		opts := dataset.SyntheticOptions{Samples: 4100, Features: features, NonZeros: 15, Noise: 0.05, Seed: 1}
		syn, _, err := dataset.Synthetic(opts)
		if err != nil {
			b.Fatal(err)
		}
		d := fromSet(syn.Train, features, 2)
		for _, name := range []string{"logistic", "mlp"} {
			for _, batch := range []int{32, 256} {
				b.Run(fmt.Sprintf("features=%d/%s/batch=%d", features, name, batch), func(b *testing.B) {
					cfg := accuracyConfigs()[name]
					cfg.Epochs, cfg.BatchSize = 1, batch
					for b.Loop() {
						if _, err := Train(b.Context(), cfg, d, nil); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.N*len(d.Samples))/b.Elapsed().Seconds(), "samples/s")
					b.ReportMetric(0, "ns/op")
				})
			}
		}
	}
}
