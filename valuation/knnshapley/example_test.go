package knnshapley_test

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/valuation/knnshapley"
)

// Three training sentences as word indices, valued by how much each helps a 1-nearest-neighbour classifier
// label two test sentences. The first alone labels the first test sentence; the other two tie as nearest to
// the second and share its credit.
func Example() {
	train := dataset.NewSet(3, 6)
	train.Append([]int64{0, 1}, 1) // "good fun", positive
	train.Append([]int64{2, 3}, 0) // "dull mess", negative
	train.Append([]int64{0, 4}, 0) // "good acting", negative
	test := dataset.NewSet(2, 4)
	test.Append([]int64{0, 1}, 1) // "good fun", positive
	test.Append([]int64{2, 4}, 0) // "dull acting", negative

	p, err := knnshapley.Value(context.Background(), train, test, knnshapley.Options{K: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, v := range p.Values() {
		fmt.Printf("sentence %d: %+.4f\n", i, v)
	}
	// Output:
	// sentence 0: +0.5000
	// sentence 1: +0.2500
	// sentence 2: +0.2500
}
