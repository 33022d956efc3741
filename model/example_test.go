// SPDX-License-Identifier: MIT

package model_test

import (
	"fmt"
	"log"

	"github.com/sumkit/sumkit/model"
)

// Build a naive Bayes model that has learnt nothing, over a vocabulary of 1000 feature indices, and teach it
// two samples. Deploy it with trainer.Deploy; the chain then does what Update does here.
func ExampleUntrained() {
	m, err := model.Untrained(model.NaiveBayes, []string{"negative", "positive"}, 1000)
	if err != nil {
		log.Fatal(err)
	}
	m.Smoothing = model.One / 2 // hyper-parameters are set on the result, then checked again
	if err := m.Validate(); err != nil {
		log.Fatal(err)
	}
	good, bad := []int64{3, 17, 512}, []int64{4, 17, 900} // sorted feature indices, as a sparse encoder gives
	before, _ := m.Predict(good)
	if err := m.Update(good, 1); err != nil {
		log.Fatal(err)
	}
	if err := m.Update(bad, 0); err != nil {
		log.Fatal(err)
	}
	after, _ := m.Predict(good)
	fmt.Println("classes:", m.Classes, "features:", m.NumFeatures, "storage words:", m.NumWords())
	fmt.Println("before:", m.Classes[before], "after:", m.Classes[after])

	// The nearest centroid kinds cannot start empty: a class with no samples has no centroid.
	_, err = model.Untrained(model.DenseNearestCentroid, []string{"a", "b"}, 4)
	fmt.Println(err != nil)
	// Output:
	// classes: [negative positive] features: 1000 storage words: 250
	// before: negative after: positive
	// true
}
