// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNoEmptyCentroid is returned by Untrained for the nearest centroid kinds: a class with no samples has no
// centroid to measure a distance to, and their contracts' constructors revert EmptyClass(class) for a data
// count of 0.
var ErrNoEmptyCentroid = errors.New("a nearest centroid model cannot start untrained")

// Trainable lists the kinds a model file or Untrained can describe, in the order help texts list them. Oracle
// is left out: an oracle committee trains it off-chain, and Model holds no parameters for it.
func Trainable() []Kind {
	return []Kind{SparsePerceptron, DensePerceptron, NaiveBayes, DenseNearestCentroid, SparseNearestCentroid}
}

// KindNames is Trainable's kinds joined by ", ", for error messages and help texts.
func KindNames() string {
	names := make([]string, 0, 5)
	for _, k := range Trainable() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// Untrained returns a model of the given kind that has learnt nothing: a perceptron with zero weights and
// intercept, a learning rate of 1 and a constant step (0xDeCA10B's defaults), or a naive Bayes with no counts
// and Laplace smoothing. Set the hyper-parameters on the result (LearningRate, DecayUpdates, Smoothing,
// MaxFeatures) and call Validate again before deploying it.
//
// An untrained perceptron predicts class 0 (its score is 0) until its first mistake moves it; an untrained
// naive Bayes predicts class 0 until a sample of another class arrives. The nearest centroid kinds cannot
// start untrained (ErrNoEmptyCentroid): give each class a first sample as its centroid, with a data count of
// 1, in a model file instead.
//
// numFeatures is the dense sample length or the sparse vocabulary size. Every problem is an ErrInvalidModel
// (or ErrNoEmptyCentroid) error that says what to change.
func Untrained(kind Kind, classes []string, numFeatures uint64) (*Model, error) {
	switch kind {
	case SparsePerceptron, DensePerceptron, NaiveBayes:
	case DenseNearestCentroid, SparseNearestCentroid:
		return nil, fmt.Errorf("%w: a class with no samples has no centroid (the %s contract reverts EmptyClass); write a model file that gives each class one sample as its centroid with dataCount 1", ErrNoEmptyCentroid, kind)
	default:
		return nil, invalidf("unknown kind %q; use one of %s", kind, KindNames())
	}
	if len(classes) == 0 {
		return nil, invalidf("no classes; name them, for example negative,positive")
	}
	seen := make(map[string]int, len(classes))
	for i, c := range classes {
		if strings.TrimSpace(c) == "" {
			return nil, invalidf("class %d has an empty name; give every class a name", i)
		}
		if j, ok := seen[c]; ok {
			return nil, invalidf("classes %d and %d are both named %q; give each class its own name", j, i, c)
		}
		seen[c] = i
	}
	if (kind == SparsePerceptron || kind == DensePerceptron) && len(classes) != 2 {
		return nil, invalidf("a perceptron has exactly 2 classes, got %d; use naive-bayes for more", len(classes))
	}
	if kind == NaiveBayes && len(classes) < 2 {
		return nil, invalidf("naive Bayes with 1 class always predicts it; name at least 2 classes")
	}
	if numFeatures == 0 {
		return nil, invalidf("0 features; a model needs at least 1")
	}
	if limit := uint64(maxParams) / uint64(len(classes)); numFeatures > limit {
		return nil, invalidf("%d features for %d classes is above %d, the most sumkit holds (2^24 parameters); use fewer features", numFeatures, len(classes), limit)
	}
	m := &Model{Kind: kind, Classes: append([]string(nil), classes...), NumFeatures: numFeatures}
	n := int(numFeatures)
	switch kind {
	case SparsePerceptron:
		m.Weights = make([]int64, n)
		m.LearningRate = One
	case DensePerceptron:
		m.DenseWeights = make([]int64, n)
		m.LearningRate = One
	case NaiveBayes:
		m.ClassCounts = make([]uint64, len(classes))
		m.Counts = make([][]uint32, len(classes))
		for c := range m.Counts {
			m.Counts[c] = make([]uint32, n)
		}
		m.Smoothing = One
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}
