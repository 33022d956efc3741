package report_test

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation/report"
)

// Example values eight contributions to an untrained sparse perceptron by exact Shapley and prints the most
// valuable one; exact Shapley values share out exactly what the data adds to the model's accuracy.
func Example() {
	d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: 8, TestSamples: 100, Features: 40, NonZeros: 5, Seed: 1})
	if err != nil {
		panic(err)
	}
	m, err := model.Untrained(model.SparsePerceptron, d.Classes, d.NumFeatures)
	if err != nil {
		panic(err)
	}
	r, err := report.Run(context.Background(), report.Input{Train: d.Train, Test: d.Test, Model: m}, report.Spec{Method: report.Exact})
	if err != nil {
		panic(err)
	}
	for _, p := range r.Players {
		if p.Rank == 1 {
			fmt.Printf("most valuable: contribution %s, %.3f of the %.3f the data adds\n", p.Name, p.Value, r.Full-r.Empty)
		}
	}
	fmt.Printf("efficiency gap below 1e-12: %v\n", r.EfficiencyGap < 1e-12 && r.EfficiencyGap > -1e-12)
	// Output:
	// most valuable: contribution 5, 0.210 of the 0.380 the data adds
	// efficiency gap below 1e-12: true
}
