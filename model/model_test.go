// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"math"
	"slices"
	"testing"
)

func TestToFixed(t *testing.T) {
	tests := map[string]struct {
		x       float64
		want    int64
		wantErr string
	}{
		"zero":                 {x: 0, want: 0},
		"one":                  {x: 1, want: One},
		"imdb intercept":       {x: 5.0, want: 5_000_000_000},
		"fitness intercept":    {x: 0.15868695778772235, want: 158_686_958},
		"positive half up":     {x: 0.5e-9, want: 1},
		"positive 2.5 up":      {x: 2.5e-9, want: 3},
		"negative half to 0":   {x: -0.5e-9, want: 0},
		"negative 1.5 to -1":   {x: -1.5e-9, want: -1},
		"negative 2.5 to -2":   {x: -2.5e-9, want: -2},
		"negative 3.5 to -3":   {x: -3.5e-9, want: -3},
		"just below half":      {x: 0.49999999999999994e-9, want: 0}, // x*1e9 = 0.49999999999999994; floor(v+0.5) would give 1
		"negative weight":      {x: -0.6990593946953555, want: -699_059_395},
		"largest real":         {x: 9.2e9, want: 9_200_000_000_000_000_000},
		"NaN":                  {x: math.NaN(), wantErr: "NaN"},
		"+Inf":                 {x: math.Inf(1), wantErr: "not finite"},
		"-Inf":                 {x: math.Inf(-1), wantErr: "not finite"},
		"above int64":          {x: 1e10, wantErr: "outside int64"},
		"below int64":          {x: -9.3e9, wantErr: "outside int64"},
		"exactly 2^63 / 1e9":   {x: 0x1p63 / 1e9, wantErr: "outside int64"},
		"tiny negative to 0":   {x: -1e-12, want: 0},
		"tiny positive to 0":   {x: 1e-12, want: 0},
		"a billionth and half": {x: 1.5e-9, want: 2},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := ToFixed(tt.x)
			if tt.wantErr != "" {
				wantErr(t, err, tt.wantErr)
				return
			}
			if err != nil {
				t.Fatalf("ToFixed(%v) error = %v", tt.x, err)
			}
			if got != tt.want {
				t.Errorf("ToFixed(%v) = %d, want %d", tt.x, got, tt.want)
			}
		})
	}
}

func TestJSRound(t *testing.T) {
	tests := map[float64]float64{
		-0.5: 0, -1.5: -1, -2.5: -2, 0.5: 1, 1.5: 2, 2.5: 3, -0.4: 0, -0.6: -1, 0.49999999999999994: 0,
		4503599627370495.5: 4503599627370496, -4503599627370495.5: -4503599627370495, 1e300: 1e300,
	}
	for in, want := range tests {
		if got := jsRound(in); got != want {
			t.Errorf("jsRound(%v) = %v, want %v", in, got, want)
		}
	}
}

func TestValidate(t *testing.T) {
	good := map[Kind]*Model{
		SparsePerceptron: {Kind: SparsePerceptron, Classes: []string{"a", "b"}, NumFeatures: 2, Weights: []int64{1, 2}, LearningRate: One},
		DensePerceptron:  {Kind: DensePerceptron, Classes: []string{"a", "b"}, NumFeatures: 2, DenseWeights: []int64{1, 2}, LearningRate: One},
		NaiveBayes: {Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 2, ClassCounts: []uint64{1, 1},
			Counts: [][]uint32{{1, 2}, {3, 4}}, Smoothing: One},
		DenseNearestCentroid: {Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 2, DataCounts: []uint64{1},
			Sums: [][]int64{{1, 2}}},
		SparseNearestCentroid: {Kind: SparseNearestCentroid, Classes: []string{"a"}, NumFeatures: 2, DataCounts: []uint64{1},
			Sums: [][]int64{{1, 2}}},
	}
	for kind, m := range good {
		if err := m.Validate(); err != nil {
			t.Errorf("Validate(good %s) error = %v", kind, err)
		}
	}
	tests := map[string]struct {
		kind   Kind
		break_ func(m *Model)
		want   string
	}{
		"no classes":             {SparsePerceptron, func(m *Model) { m.Classes = nil }, "no classes"},
		"zero features":          {DensePerceptron, func(m *Model) { m.NumFeatures = 0 }, "NumFeatures is 0"},
		"three-class perceptron": {SparsePerceptron, func(m *Model) { m.Classes = []string{"a", "b", "c"} }, "exactly 2"},
		"short weights":          {SparsePerceptron, func(m *Model) { m.Weights = m.Weights[:1] }, "1 weights for 2"},
		"short dense weights":    {DensePerceptron, func(m *Model) { m.DenseWeights = nil }, "0 dense weights"},
		"zero learning rate":     {SparsePerceptron, func(m *Model) { m.LearningRate = 0 }, "learning rate"},
		"learning rate past max": {DensePerceptron, func(m *Model) { m.LearningRate = MaxLearningRate + 1 }, "learning rate"},
		"decay past max":         {SparsePerceptron, func(m *Model) { m.DecayUpdates = MaxDecayUpdates + 1 }, "decay updates"},
		"updates past max":       {DensePerceptron, func(m *Model) { m.DecayUpdates, m.Updates = 1, MaxUpdates+1 }, "updates"},
		"updates, constant step": {SparsePerceptron, func(m *Model) { m.Updates = 1 }, "0 with a constant step"},
		"feature index count":    {DensePerceptron, func(m *Model) { m.FeatureIndices = []int{1} }, "1 feature indices for 2"},
		"negative feature index": {DensePerceptron, func(m *Model) { m.FeatureIndices = []int{1, -1} }, "negative"},
		"unknown kind":           {SparsePerceptron, func(m *Model) { m.Kind = "svm" }, `unknown kind "svm"`},
		"nb zero smoothing":      {NaiveBayes, func(m *Model) { m.Smoothing = 0 }, "smoothing"},
		"nb big smoothing":       {NaiveBayes, func(m *Model) { m.Smoothing = MaxSmoothing + 1 }, "smoothing"},
		"nb class counts":        {NaiveBayes, func(m *Model) { m.ClassCounts = m.ClassCounts[:1] }, "1 class counts"},
		"nb short row":           {NaiveBayes, func(m *Model) { m.Counts[1] = m.Counts[1][:1] }, "class 1 has 1 counts"},
		"ncc zero count":         {DenseNearestCentroid, func(m *Model) { m.DataCounts[0] = 0 }, "data count 0"},
		"ncc count too big":      {SparseNearestCentroid, func(m *Model) { m.DataCounts[0] = MaxSparseCount }, "below 8589934592"},
		"ncc short sums":         {SparseNearestCentroid, func(m *Model) { m.Sums[0] = nil }, "0 sums for 2"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := good[tt.kind].Clone()
			tt.break_(m)
			err := m.Validate()
			wantErr(t, err, tt.want)
			if !errors.Is(err, ErrInvalidModel) {
				t.Errorf("Validate() error = %v, want it to wrap ErrInvalidModel", err)
			}
		})
	}
}

func TestClone(t *testing.T) {
	for _, name := range []string{"imdb-like-naive-bayes.json", "fitness-like-dense-ncc.json", "classifier-perceptron-400.json", "imdb-sentiment-model.json"} {
		m := mustLoad(t, name)
		c := m.Clone()
		before := mustWords(t, m)
		// Scribble over every slice of the clone.
		c.Classes[0] = "changed"
		for i := range c.Weights {
			c.Weights[i]++
		}
		for i := range c.DenseWeights {
			c.DenseWeights[i]++
		}
		for i := range c.FeatureIndices {
			c.FeatureIndices[i]++
		}
		for i := range c.Counts {
			c.Counts[i][0]++
			c.ClassCounts[i]++
		}
		for i := range c.Sums {
			c.Sums[i][0]++
			c.DataCounts[i]++
		}
		if m.Classes[0] == "changed" || !slices.EqualFunc(before, mustWords(t, m), bigEqual) {
			t.Errorf("%s: changing the clone changed the original", name)
		}
	}
}

func TestSelectFeatures(t *testing.T) {
	m := &Model{Kind: DensePerceptron, NumFeatures: 3, FeatureIndices: []int{4, 0, 2}}
	got, err := m.SelectFeatures([]int64{10, 11, 12, 13, 14})
	if err != nil || !slices.Equal(got, []int64{14, 10, 12}) {
		t.Errorf("SelectFeatures = %v, %v, want [14 10 12]", got, err)
	}
	if _, err := m.SelectFeatures([]int64{1, 2}); !errors.Is(err, ErrFeatureOutOfRange) {
		t.Errorf("SelectFeatures(short) error = %v, want ErrFeatureOutOfRange", err)
	}
	m.FeatureIndices = nil
	if got, err := m.SelectFeatures([]int64{1, 2, 3}); err != nil || !slices.Equal(got, []int64{1, 2, 3}) {
		t.Errorf("SelectFeatures(no indices) = %v, %v", got, err)
	}
	if _, err := m.SelectFeatures([]int64{1}); !errors.Is(err, ErrWrongDimension) {
		t.Errorf("SelectFeatures(no indices, short) error = %v, want ErrWrongDimension", err)
	}
	hotdog := mustLoad(t, "classifier-perceptron-400.json")
	embedding := make([]int64, 1280) // MobileNetV2's embedding size; the largest index is below it.
	for i := range embedding {
		embedding[i] = int64(i)
	}
	x, err := hotdog.SelectFeatures(embedding)
	if err != nil || len(x) != 400 || x[0] != 642 || x[1] != 813 {
		t.Errorf("hot dog SelectFeatures: len %d, first %v, error %v; want 400 values starting 642, 813", len(x), x[:2], err)
	}
}
