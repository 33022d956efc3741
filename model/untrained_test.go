// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"strings"
	"testing"
)

func TestUntrainedRefuses(t *testing.T) {
	two := []string{"negative", "positive"}
	tests := map[string]struct {
		kind     Kind
		classes  []string
		features uint64
		want     error
		wantText []string
	}{
		"unknown kind":            {"perceptron", two, 10, ErrInvalidModel, []string{`unknown kind "perceptron"`, string(SparsePerceptron), string(SparseNearestCentroid)}},
		"oracle":                  {Oracle, two, 10, ErrInvalidModel, []string{`unknown kind "oracle"`}},
		"dense centroid":          {DenseNearestCentroid, two, 10, ErrNoEmptyCentroid, []string{"EmptyClass", "dataCount 1"}},
		"sparse centroid":         {SparseNearestCentroid, two, 10, ErrNoEmptyCentroid, []string{"EmptyClass", "dataCount 1"}},
		"no classes":              {NaiveBayes, nil, 10, ErrInvalidModel, []string{"no classes", "negative,positive"}},
		"empty class name":        {NaiveBayes, []string{"a", ""}, 10, ErrInvalidModel, []string{"class 1 has an empty name"}},
		"repeated class name":     {NaiveBayes, []string{"a", "b", "a"}, 10, ErrInvalidModel, []string{`classes 0 and 2 are both named "a"`}},
		"perceptron of 3":         {SparsePerceptron, []string{"a", "b", "c"}, 10, ErrInvalidModel, []string{"exactly 2 classes, got 3", "naive-bayes"}},
		"dense perceptron of 1":   {DensePerceptron, []string{"a"}, 10, ErrInvalidModel, []string{"exactly 2 classes, got 1"}},
		"naive Bayes of 1":        {NaiveBayes, []string{"a"}, 10, ErrInvalidModel, []string{"at least 2 classes"}},
		"zero features":           {NaiveBayes, two, 0, ErrInvalidModel, []string{"0 features"}},
		"too many features":       {SparsePerceptron, two, 1<<23 + 1, ErrInvalidModel, []string{"8388609 features for 2 classes is above 8388608"}},
		"too many classes x feat": {NaiveBayes, []string{"a", "b", "c", "d"}, 1<<22 + 1, ErrInvalidModel, []string{"above 4194304"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := Untrained(tt.kind, tt.classes, tt.features)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Untrained() = %v, %v; want %v", m, err, tt.want)
			}
			for _, want := range tt.wantText {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Untrained() error %q lacks %q", err, want)
				}
			}
		})
	}
}

// TestUntrainedLearns checks what an untrained model promises: it starts at class 0 and its first update
// towards another class moves its answer there, in the contracts' integer arithmetic.
func TestUntrainedLearns(t *testing.T) {
	tests := map[string]struct {
		kind    Kind
		classes []string
		sample  []int64
	}{
		"sparse perceptron": {SparsePerceptron, []string{"no", "yes"}, []int64{1, 4, 7}},
		"dense perceptron":  {DensePerceptron, []string{"no", "yes"}, []int64{One, 0, -One / 2, 0, 0, 0, 0, 0}},
		"naive Bayes":       {NaiveBayes, []string{"a", "b", "c"}, []int64{1, 4, 7}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := Untrained(tt.kind, tt.classes, 8)
			if err != nil {
				t.Fatalf("Untrained() error = %v", err)
			}
			if got := m.NumWords(); got < 1 {
				t.Fatalf("NumWords() = %d, want at least 1", got)
			}
			if class, err := m.Predict(tt.sample); err != nil || class != 0 {
				t.Fatalf("untrained Predict() = %d, %v; want class 0", class, err)
			}
			label := uint64(len(tt.classes) - 1)
			if err := m.Update(tt.sample, label); err != nil {
				t.Fatalf("Update() error = %v", err)
			}
			if class, err := m.Predict(tt.sample); err != nil || class != label {
				t.Errorf("after one update towards %d, Predict() = %d, %v", label, class, err)
			}
		})
	}
}

// TestUntrainedDefaults checks the hyper-parameters an untrained model starts with, 0xDeCA10B's: a perceptron
// steps by 1.0 and does not decay; naive Bayes smooths by 1.0 (Laplace).
func TestUntrainedDefaults(t *testing.T) {
	for _, kind := range []Kind{SparsePerceptron, DensePerceptron, NaiveBayes} {
		m, err := Untrained(kind, []string{"a", "b"}, 3)
		if err != nil {
			t.Fatalf("Untrained(%s) error = %v", kind, err)
		}
		if kind == NaiveBayes {
			if m.Smoothing != One {
				t.Errorf("%s: Smoothing = %d, want %d", kind, m.Smoothing, One)
			}
			continue
		}
		if m.LearningRate != One || m.DecayUpdates != 0 || m.Updates != 0 || m.Intercept != 0 {
			t.Errorf("%s: LearningRate %d, DecayUpdates %d, Updates %d, Intercept %d; want %d, 0, 0, 0", kind, m.LearningRate, m.DecayUpdates, m.Updates, m.Intercept, One)
		}
	}
}
