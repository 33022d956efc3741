// SPDX-License-Identifier: MIT

package modelgame_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// Sizes of the small games the tests build.
const (
	testFeatures = 40
	testNonZeros = 6
	testDense    = 5
)

// sparseSet returns n random sparse binary samples over testFeatures features, labels in [0, classes). Every
// tenth sample is one the models refuse: an index out of range, or a label that is no class.
func sparseSet(rng *rand.Rand, n, classes int, refusals bool) *dataset.Set {
	s := dataset.NewSet(n, n*testNonZeros)
	for i := range n {
		x := rng.Perm(testFeatures)[:testNonZeros]
		slices.Sort(x)
		data := make([]int64, len(x))
		for j, f := range x {
			data[j] = int64(f)
		}
		label := uint64(rng.IntN(classes))
		if refusals && i%10 == 9 {
			if i%20 == 9 {
				data[len(data)-1] = testFeatures // out of range
			} else {
				label = uint64(classes) // no such class
			}
		}
		s.Append(data, label)
	}
	return s
}

// denseSet returns n random dense samples of testDense fixed-point values within ±3.0, labels as sparseSet's.
func denseSet(rng *rand.Rand, n, classes int, refusals bool) *dataset.Set {
	s := dataset.NewSet(n, n*testDense)
	for i := range n {
		data := make([]int64, testDense)
		for j := range data {
			data[j] = rng.Int64N(6*model.One+1) - 3*model.One
		}
		label := uint64(rng.IntN(classes))
		if refusals && i%10 == 9 {
			if i%20 == 9 {
				data = data[:testDense-1] // wrong dimension
			} else {
				label = uint64(classes)
			}
		}
		s.Append(data, label)
	}
	return s
}

// kindCase is one model kind with an initial model and data it learns from.
type kindCase struct {
	name        string
	initial     *model.Model
	train, test *dataset.Set
	// orderFree says the kind's training does not depend on the order of its samples.
	orderFree bool
}

// kindCases returns one case per model kind (two for the sparse perceptron: constant and decaying step), with
// trainN training samples, some refused, and testN clean test points.
func kindCases(t testing.TB, trainN, testN int) []kindCase {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 15))
	untrained := func(kind model.Kind, classes []string, features uint64) *model.Model {
		m, err := model.Untrained(kind, classes, features)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	two := []string{"negative", "positive"}
	three := []string{"a", "b", "c"}

	sp := untrained(model.SparsePerceptron, two, testFeatures)
	sp.MaxFeatures = testNonZeros
	decay := sp.Clone()
	decay.DecayUpdates = 3
	decay.Intercept = -model.One / 2

	dp := untrained(model.DensePerceptron, two, testDense)
	dp.LearningRate = model.One / 4

	nb := untrained(model.NaiveBayes, three, testFeatures)

	// A nearest centroid model starts from one sample per class.
	snc := &model.Model{Kind: model.SparseNearestCentroid, Classes: three, NumFeatures: testFeatures,
		DataCounts: []uint64{1, 1, 1}, Sums: make([][]int64, 3)}
	seeds := sparseSet(rng, 3, 3, false)
	for c := range snc.Sums {
		snc.Sums[c] = make([]int64, testFeatures)
		x, _ := seeds.Sample(c)
		for _, f := range x {
			snc.Sums[c][f] = model.One
		}
	}
	dnc := &model.Model{Kind: model.DenseNearestCentroid, Classes: three, NumFeatures: testDense,
		DataCounts: []uint64{1, 1, 1}, Sums: make([][]int64, 3)}
	dseeds := denseSet(rng, 3, 3, false)
	for c := range dnc.Sums {
		x, _ := dseeds.Sample(c)
		dnc.Sums[c] = slices.Clone(x)
	}

	return []kindCase{
		{name: "sparse perceptron", initial: sp, train: sparseSet(rng, trainN, 2, true), test: sparseSet(rng, testN, 2, false)},
		{name: "sparse perceptron, decaying step", initial: decay, train: sparseSet(rng, trainN, 2, true), test: sparseSet(rng, testN, 2, false)},
		{name: "dense perceptron", initial: dp, train: denseSet(rng, trainN, 2, true), test: denseSet(rng, testN, 2, false)},
		{name: "naive Bayes", initial: nb, train: sparseSet(rng, trainN, 3, true), test: sparseSet(rng, testN, 3, false), orderFree: true},
		{name: "sparse nearest centroid", initial: snc, train: sparseSet(rng, trainN, 3, true), test: sparseSet(rng, testN, 3, false), orderFree: true},
		{name: "dense nearest centroid", initial: dnc, train: denseSet(rng, trainN, 3, true), test: denseSet(rng, testN, 3, false), orderFree: true},
	}
}
