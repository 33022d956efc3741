// SPDX-License-Identifier: MIT

package train_test

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/sumkit/sumkit/oracle/train"
)

// Train a logistic regression on four two-word messages, logging the loss after every epoch, and measure it.
func ExampleTrain() {
	data := train.Data{
		// Feature 0 is "free", 1 "prize", 2 "lunch", 3 "tomorrow"; class 1 is spam.
		Samples:     [][]int64{{0, 1}, {1, 0, 0}, {2, 3}, {3}},
		Labels:      []uint64{1, 1, 0, 0},
		NumFeatures: 4,
		NumClasses:  2,
	}
	cfg := train.DefaultConfig()
	cfg.Epochs, cfg.LearningRate = 20, 0.1
	slog.Info("Training", "model", cfg.Model, "config", cfg.Hash())
	w, err := train.Train(context.Background(), cfg, data, func(p train.Progress) {
		slog.Debug("Trained epoch", "epoch", p.Epoch, "of", p.Epochs, "loss", p.Loss)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	acc, err := train.Evaluate(w, data.Samples, data.Labels)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("accuracy %.2f, %d weights per feature\n", acc, w.Rows())
	// Output:
	// accuracy 1.00, 1 weights per feature
}
