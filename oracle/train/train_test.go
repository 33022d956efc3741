// SPDX-License-Identifier: MIT

package train

import (
	"context"
	"errors"
	"math"
	"runtime"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/oracle/weights"
)

// separable labels a sample by its lowest signal feature: classes 0..signal-1, the last also for none.
func separable(signal int) func(uint) uint64 {
	return func(present uint) uint64 {
		for i := range signal {
			if present&(1<<i) != 0 {
				return uint64(i)
			}
		}
		return uint64(signal - 1)
	}
}

func TestTrainLearnsSeparable(t *testing.T) {
	for name, tc := range map[string]struct {
		cfg     Config
		classes int
		kind    weights.Kind
		rows    int
	}{
		"logistic binary":  {Config{Model: Logistic, Epochs: 20, BatchSize: 16, LearningRate: 0.05}, 2, weights.Linear, 1},
		"logistic 3-class": {Config{Model: Logistic, Epochs: 20, BatchSize: 16, LearningRate: 0.05}, 3, weights.Linear, 3},
		"mlp binary":       {Config{Model: MLP, Hidden: 4, Epochs: 20, BatchSize: 16, LearningRate: 0.05}, 2, weights.MLP, 4},
		"mlp 3-class":      {Config{Model: MLP, Hidden: 4, Epochs: 20, BatchSize: 16, LearningRate: 0.05}, 3, weights.MLP, 4},
	} {
		t.Run(name, func(t *testing.T) {
			// Class 0 iff feature 0 is present, else class 1 iff feature 1 is, ...: a linear concept with a margin.
			d := toy(t, toyOptions{samples: 300, features: 50, noise: 3, seed: 1, signal: tc.classes,
				label: separable(tc.classes), numClasses: tc.classes})
			w := trainOK(t, tc.cfg, d)
			if w.Kind != tc.kind || w.Rows() != tc.rows || len(w.W1) != 50*tc.rows {
				t.Fatalf("weights kind %d, %d rows, %d W1 entries; want kind %d, %d rows, %d", w.Kind, w.Rows(),
					len(w.W1), tc.kind, tc.rows, 50*tc.rows)
			}
			if acc := accuracyOK(t, w, d); acc != 1 {
				t.Errorf("training accuracy = %v, want 1", acc)
			}
		})
	}
}

// TestMLPLearnsXOR checks that the hidden layer earns its keep: the class is whether exactly one of features 0
// and 1 is present, which no linear model gets more than 3 of the 4 cases of.
func TestMLPLearnsXOR(t *testing.T) {
	xor := func(present uint) uint64 { return uint64(present&1 ^ present>>1&1) }
	d := toy(t, toyOptions{samples: 400, features: 30, noise: 2, seed: 2, signal: 2, label: xor, numClasses: 2})
	linear := trainOK(t, Config{Model: Logistic, Epochs: 40, BatchSize: 16, LearningRate: 0.05}, d)
	mlp := trainOK(t, Config{Model: MLP, Hidden: 8, Epochs: 40, BatchSize: 16, LearningRate: 0.05, Seed: 3}, d)
	accLinear, accMLP := accuracyOK(t, linear, d), accuracyOK(t, mlp, d)
	t.Logf("XOR training accuracy: logistic %.3f, mlp %.3f", accLinear, accMLP)
	if accMLP != 1 {
		t.Errorf("mlp accuracy = %v, want 1", accMLP)
	}
	// The noise features let logistic regression memorise a little beyond 3/4, not much.
	if accLinear > 0.85 {
		t.Errorf("logistic accuracy = %v, want at most 0.85 on XOR", accLinear)
	}
}

// sameBits reports whether a and b hold the same float64 bit patterns.
func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

func sameWeights(a, b *weights.Weights) bool {
	return sameBits(a.W1, b.W1) && sameBits(a.B1, b.B1) && sameBits(a.W2, b.W2) && sameBits(a.B2, b.B2)
}

func TestTrainDeterministic(t *testing.T) {
	// 600 features make gonum's matrix product for the first layer's gradient run on several goroutines.
	d := toy(t, toyOptions{samples: 200, features: 600, noise: 10, seed: 4, signal: 2,
		label: func(p uint) uint64 { return uint64(p & 1) }, numClasses: 2})
	for _, cfg := range []Config{
		{Model: Logistic, Epochs: 3, BatchSize: 32, LearningRate: 0.01, L2: 1e-3, Seed: 7},
		{Model: MLP, Hidden: 6, Epochs: 3, BatchSize: 32, LearningRate: 0.01, L2: 1e-3, Seed: 7},
	} {
		t.Run(cfg.Model, func(t *testing.T) {
			first := trainOK(t, cfg, d)
			// A different number of threads changes how goroutines interleave, which must not show.
			prev := runtime.GOMAXPROCS(1)
			second := trainOK(t, cfg, d)
			runtime.GOMAXPROCS(prev)
			if !sameWeights(first, second) {
				t.Fatal("two runs with the same data and config gave different weights")
			}
			cfg.Seed++
			if other := trainOK(t, cfg, d); sameWeights(first, other) {
				t.Error("a different seed gave the same weights")
			}
		})
	}
}

func TestTrainCancel(t *testing.T) {
	d := toy(t, toyOptions{samples: 100, features: 20, noise: 2, seed: 5, signal: 2, label: separable(2),
		numClasses: 2})
	cfg := Config{Model: Logistic, Epochs: 5, BatchSize: 10, LearningRate: 0.01}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Train(ctx, cfg, d, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: error = %v, want %v", err, context.Canceled)
	}

	ctx, cancel = context.WithCancel(t.Context())
	defer cancel()
	var epochs []int
	_, err := Train(ctx, cfg, d, func(p Progress) {
		epochs = append(epochs, p.Epoch)
		if p.Epochs != cfg.Epochs || !(p.Loss > 0) {
			t.Errorf("progress %+v: want Epochs %d and a positive loss", p, cfg.Epochs)
		}
		cancel()
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Train cancelled after an epoch: error = %v, want %v", err, context.Canceled)
	}
	if !slices.Equal(epochs, []int{1}) {
		t.Errorf("progress reported epochs %v, want [1]: training must stop at the next batch", epochs)
	}
}

func TestTrainLossFalls(t *testing.T) {
	d := toy(t, toyOptions{samples: 200, features: 40, noise: 3, seed: 6, signal: 3, label: separable(3),
		numClasses: 3})
	var losses []float64
	cfg := Config{Model: MLP, Hidden: 4, Epochs: 10, BatchSize: 20, LearningRate: 0.02, Seed: 1}
	if _, err := Train(t.Context(), cfg, d, func(p Progress) { losses = append(losses, p.Loss) }); err != nil {
		t.Fatal(err)
	}
	if len(losses) != cfg.Epochs {
		t.Fatalf("progress called %d times, want %d", len(losses), cfg.Epochs)
	}
	// Before any step the loss is near log(3) = 1.1; a learnable concept must bring it well down.
	if first, last := losses[0], losses[len(losses)-1]; !(last < first/2) {
		t.Errorf("loss went from %v to %v, want it at least halved", first, last)
	}
}

func TestTrainDataErrors(t *testing.T) {
	cfg := DefaultConfig()
	for name, d := range map[string]Data{
		"label out of range": {Samples: [][]int64{{0}}, Labels: []uint64{2}, NumFeatures: 2, NumClasses: 2},
		"negative index":     {Samples: [][]int64{{-1}}, Labels: []uint64{0}, NumFeatures: 2, NumClasses: 2},
		"index too large":    {Samples: [][]int64{{2}}, Labels: []uint64{0}, NumFeatures: 2, NumClasses: 2},
		"labels missing":     {Samples: [][]int64{{0}, {1}}, Labels: []uint64{0}, NumFeatures: 2, NumClasses: 2},
		"one class":          {Samples: [][]int64{{0}}, Labels: []uint64{0}, NumFeatures: 2, NumClasses: 1},
		"no samples":         {NumFeatures: 2, NumClasses: 2},
	} {
		if _, err := Train(t.Context(), cfg, d, nil); !errors.Is(err, ErrData) {
			t.Errorf("%s: Train error = %v, want %v", name, err, ErrData)
		}
	}
	huge := Data{Samples: [][]int64{{0}}, Labels: []uint64{0}, NumFeatures: 1 << 30, NumClasses: 2}
	if _, err := Train(t.Context(), cfg, huge, nil); !errors.Is(err, ErrConfig) {
		t.Errorf("batch matrix over MaxBatchBytes: Train error = %v, want %v", err, ErrConfig)
	}
}

// refLoss is the mean cross-entropy of w on d, computed directly in float64: what the graph must compute.
func refLoss(w *weights.Weights, d *Data) float64 {
	var total float64
	for i, x := range d.Samples {
		r := w.Rows()
		first := slices.Clone(w.B1)
		for _, f := range x {
			for j := range r {
				first[j] += w.W1[int(f)*r+j]
			}
		}
		y := d.Labels[i]
		if w.Kind == weights.Linear && r == 1 {
			z := first[0]
			if y == 0 {
				z = -z
			}
			total += math.Log1p(math.Exp(-z))
			continue
		}
		logits := first
		if w.Kind == weights.MLP {
			logits = slices.Clone(w.B2)
			for j, h := range first {
				for c := range logits {
					logits[c] += max(h, 0) * w.W2[j*w.NumClasses+c]
				}
			}
		}
		var sum float64
		for _, z := range logits {
			sum += math.Exp(z)
		}
		total += math.Log(sum) - logits[y]
	}
	return total / float64(len(d.Samples))
}

// TestNetLoss checks the graph's loss against a direct computation, on a batch that lists an index twice and
// is shorter than the compiled batch size, so it also checks the padding and that repeats count twice.
func TestNetLoss(t *testing.T) {
	d := Data{Samples: [][]int64{{0, 0, 3}, {1}, {2, 2, 2, 1}}, Labels: []uint64{1, 0, 2}, NumFeatures: 4,
		NumClasses: 3}
	for _, tc := range []struct {
		cfg     Config
		classes int
	}{
		{Config{Model: Logistic, Epochs: 1, BatchSize: 5, LearningRate: 0.1, Seed: 1}, 2},
		{Config{Model: Logistic, Epochs: 1, BatchSize: 5, LearningRate: 0.1, Seed: 1}, 3},
		{Config{Model: MLP, Hidden: 3, Epochs: 1, BatchSize: 5, LearningRate: 0.1, Seed: 1}, 2},
		{Config{Model: MLP, Hidden: 3, Epochs: 1, BatchSize: 5, LearningRate: 0.1, Seed: 1}, 3},
	} {
		d := d
		d.NumClasses = tc.classes
		d.Labels = []uint64{1, 0, uint64(tc.classes - 1)}
		w := initWeights(&tc.cfg, &d)
		// Non-zero weights everywhere, so that every term of the loss counts.
		for i := range w.W1 {
			w.W1[i] = float64(i%7)/4 - 0.6
		}
		for i := range w.B1 {
			w.B1[i] = 0.1 * float64(i+1)
		}
		n, err := newNet(&tc.cfg, w, tc.cfg.BatchSize)
		if err != nil {
			t.Fatal(err)
		}
		// Twice: the second batch must not see the first's entries of the reused batch matrix.
		for round := range 2 {
			rows := []int{0, 1, 2}
			if round == 1 {
				rows = []int{2}
			}
			sub := Data{NumFeatures: d.NumFeatures, NumClasses: d.NumClasses}
			for _, r := range rows {
				sub.Samples, sub.Labels = append(sub.Samples, d.Samples[r]), append(sub.Labels, d.Labels[r])
			}
			cur, err := n.weights()
			if err != nil {
				t.Fatal(err)
			}
			want := refLoss(cur, &sub)
			got, err := n.step(&d, rows)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(got-want) > 1e-12 {
				t.Errorf("%s, %d classes, round %d: graph loss %v, direct %v", tc.cfg.Model, tc.classes, round,
					got, want)
			}
		}
		n.vm.Close()
	}
}
