// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

func mustWords(t testing.TB, m *Model) []*big.Int {
	t.Helper()
	w, err := m.Words()
	if err != nil {
		t.Fatalf("Words() error = %v", err)
	}
	return w
}

func bigEqual(a, b *big.Int) bool { return a.Cmp(b) == 0 }

func hexWord(t testing.TB, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 16)
	if !ok {
		t.Fatalf("bad hex %q", s)
	}
	return v
}

// TestWordsLayout checks the lane layout against words written out by hand from solidity/src/models: lane j
// of a region is lane j%lanesPerWord of word j/lanesPerWord (Lanes.sol); the perceptrons put weight f in lane
// f, the multi-class models put parameter (c, f) in lane f*numClasses + c (NaiveBayes.featureCount,
// DenseNearestCentroid.sum, SparseNearestCentroid.sum). SetWords must read the same words back.
func TestWordsLayout(t *testing.T) {
	tests := map[string]struct {
		model *Model
		want  []string // hex, most significant lane first
	}{
		"sparse perceptron": {
			&Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 5, Weights: []int64{1, -1, 2, 3, 5}, LearningRate: 1},
			[]string{
				"0000000000000003" + "0000000000000002" + "ffffffffffffffff" + "0000000000000001",
				"5",
			},
		},
		"dense perceptron": {
			&Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 3, DenseWeights: []int64{-1, 2, math.MinInt64}, LearningRate: 1},
			[]string{
				"00000000000000000000000000000002" + "ffffffffffffffffffffffffffffffff",
				"ffffffffffffffff8000000000000000",
			},
		},
		"naive bayes": {
			// 18 lanes, 3 words: word 0 holds features 0-3 of both classes, word 2 feature 8 and six padding lanes.
			&Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 9, ClassCounts: []uint64{1, 1}, Smoothing: One,
				Counts: [][]uint32{{1, 2, 3, 4, 5, 6, 7, 8, 9}, {0, 0, 0, 0, 0, 0, 0, 0xffffffff, 10}}},
			[]string{
				"00000000" + "00000004" + "00000000" + "00000003" + "00000000" + "00000002" + "00000000" + "00000001",
				"ffffffff" + "00000008" + "00000000" + "00000007" + "00000000" + "00000006" + "00000000" + "00000005",
				"0000000a" + "00000009",
			},
		},
		"naive bayes three classes": {
			// 9 lanes, 2 words: feature 2's classes straddle words 0 and 1.
			&Model{Kind: NaiveBayes, Classes: []string{"a", "b", "c"}, NumFeatures: 3, ClassCounts: []uint64{1, 1, 1}, Smoothing: One,
				Counts: [][]uint32{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}},
			[]string{
				"00000006" + "00000003" + "00000008" + "00000005" + "00000002" + "00000007" + "00000004" + "00000001",
				"9",
			},
		},
		"dense nearest centroid": {
			// Class-major, each class padded to whole words: class 0 in word 0, class 1 in word 1.
			&Model{Kind: DenseNearestCentroid, Classes: []string{"a", "b"}, NumFeatures: 3, DataCounts: []uint64{1, 2},
				Sums: [][]int64{{1, -2, 3}, {4, 5, -6}}},
			[]string{
				"0000000000000003" + "fffffffffffffffe" + "0000000000000001",
				"fffffffffffffffa" + "0000000000000005" + "0000000000000004",
			},
		},
		"dense nearest centroid three classes": {
			// One feature: one word per class, its upper three lanes padding.
			&Model{Kind: DenseNearestCentroid, Classes: []string{"a", "b", "c"}, NumFeatures: 1, DataCounts: []uint64{1, 1, 1},
				Sums: [][]int64{{7}, {-1}, {math.MaxInt64}}},
			[]string{
				"0000000000000007",
				"ffffffffffffffff",
				"7fffffffffffffff",
			},
		},
		"sparse nearest centroid": {
			// 10 lanes, 3 words: two features of both classes per word, two padding lanes at the end.
			&Model{Kind: SparseNearestCentroid, Classes: []string{"a", "b"}, NumFeatures: 5, DataCounts: []uint64{1, 1},
				Sums: [][]int64{{1, 2, 3, 4, 5}, {-1, 0, 0, 0, 7}}},
			[]string{
				"0000000000000000" + "0000000000000002" + "ffffffffffffffff" + "0000000000000001",
				"0000000000000000" + "0000000000000004" + "0000000000000000" + "0000000000000003",
				"0000000000000007" + "0000000000000005",
			},
		},
		"sparse nearest centroid three classes": {
			// 6 lanes, 2 words.
			&Model{Kind: SparseNearestCentroid, Classes: []string{"a", "b", "c"}, NumFeatures: 2, DataCounts: []uint64{1, 1, 1},
				Sums: [][]int64{{1, 2}, {3, 4}, {5, math.MinInt64}}},
			[]string{
				"0000000000000002" + "0000000000000005" + "0000000000000003" + "0000000000000001",
				"8000000000000000" + "0000000000000004",
			},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustWords(t, tt.model)
			if len(got) != len(tt.want) || tt.model.NumWords() != len(tt.want) {
				t.Fatalf("Words() gave %d words, NumWords %d, want %d", len(got), tt.model.NumWords(), len(tt.want))
			}
			want := make([]*big.Int, len(tt.want))
			for i, w := range tt.want {
				if want[i] = hexWord(t, w); got[i].Cmp(want[i]) != 0 {
					t.Errorf("word %d = %#x, want %#x", i, got[i], want[i])
				}
			}
			back := emptied(tt.model)
			if err := back.SetWords(want); err != nil {
				t.Fatalf("SetWords(hand-written words) error = %v", err)
			}
			if !sameParams(tt.model, back) {
				t.Errorf("SetWords(hand-written words) = %v %v %v %v, want %v %v %v %v", back.Weights, back.DenseWeights, back.Counts, back.Sums,
					tt.model.Weights, tt.model.DenseWeights, tt.model.Counts, tt.model.Sums)
			}
		})
	}
}

func TestNumWords(t *testing.T) {
	classes := func(k int) []string { return make([]string, k) }
	tests := map[string]struct {
		model *Model
		want  int
	}{
		"sparse perceptron":       {&Model{Kind: SparsePerceptron, Classes: classes(2), NumFeatures: 1001}, 251},
		"dense perceptron":        {&Model{Kind: DensePerceptron, Classes: classes(2), NumFeatures: 9}, 5},
		"naive bayes imdb":        {&Model{Kind: NaiveBayes, Classes: classes(2), NumFeatures: 1000}, 250},
		"naive bayes 3x3":         {&Model{Kind: NaiveBayes, Classes: classes(3), NumFeatures: 3}, 2},
		"naive bayes 2^40 x 2^16": {&Model{Kind: NaiveBayes, Classes: classes(1 << 16), NumFeatures: 1 << 40}, 1 << 53},
		"dense centroid 3x3":      {&Model{Kind: DenseNearestCentroid, Classes: classes(3), NumFeatures: 3}, 3},
		"sparse centroid 3x5":     {&Model{Kind: SparseNearestCentroid, Classes: classes(3), NumFeatures: 5}, 4},
		"sparse centroid 1x1":     {&Model{Kind: SparseNearestCentroid, Classes: classes(1), NumFeatures: 1}, 1},
		"lanes beyond uint64":     {&Model{Kind: SparseNearestCentroid, Classes: classes(4), NumFeatures: 1 << 62}, -1},
		"words beyond int":        {&Model{Kind: DensePerceptron, Classes: classes(2), NumFeatures: math.MaxUint64}, -1}, // 2^63 words
		"unknown kind":            {&Model{Kind: "svm", Classes: classes(2), NumFeatures: 8}, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tt.model.NumWords(); got != tt.want {
				t.Errorf("NumWords() = %d, want %d", got, tt.want)
			}
		})
	}
}

// randomModel builds a valid model of the kind with random parameters covering the full value ranges.
func randomModel(r *rand.Rand, kind Kind, classes, features int) *Model {
	m := &Model{Kind: kind, NumFeatures: uint64(features), LearningRate: One, Smoothing: One}
	for c := range classes {
		m.Classes = append(m.Classes, string(rune('a'+c)))
	}
	randInt64 := func() int64 {
		switch r.IntN(4) {
		case 0:
			return int64(r.Uint64()) // anything, extremes included
		case 1:
			return []int64{0, 1, -1, math.MaxInt64, math.MinInt64}[r.IntN(5)]
		default:
			return r.Int64N(4*One) - 2*One
		}
	}
	switch kind {
	case SparsePerceptron, DensePerceptron:
		w := make([]int64, features)
		for i := range w {
			w[i] = randInt64()
		}
		if kind == SparsePerceptron {
			m.Weights = w
		} else {
			m.DenseWeights = w
		}
	case NaiveBayes:
		for range classes {
			row := make([]uint32, features)
			for i := range row {
				if r.IntN(3) == 0 {
					row[i] = r.Uint32()
				} else {
					row[i] = uint32(r.IntN(1000))
				}
			}
			m.Counts = append(m.Counts, row)
			m.ClassCounts = append(m.ClassCounts, r.Uint64N(1e6)+1)
		}
	case DenseNearestCentroid, SparseNearestCentroid:
		for range classes {
			row := make([]int64, features)
			for i := range row {
				row[i] = randInt64()
			}
			m.Sums = append(m.Sums, row)
			m.DataCounts = append(m.DataCounts, r.Uint64N(m.MaxDataCount()-1)+1)
		}
	}
	return m
}

// emptied returns a copy of m without the parameters that words carry.
func emptied(m *Model) *Model {
	e := m.Clone()
	e.Weights, e.DenseWeights, e.Counts, e.Sums = nil, nil, nil, nil
	return e
}

// sameParams reports whether a and b have the same word-carried parameters.
func sameParams(a, b *Model) bool {
	rowsEqual := func(x, y [][]int64) bool { return slices.EqualFunc(x, y, slices.Equal) }
	countsEqual := func(x, y [][]uint32) bool { return slices.EqualFunc(x, y, slices.Equal) }
	return slices.Equal(a.Weights, b.Weights) && slices.Equal(a.DenseWeights, b.DenseWeights) &&
		countsEqual(a.Counts, b.Counts) && rowsEqual(a.Sums, b.Sums)
}

func TestWordsRoundTrip(t *testing.T) {
	var models []*Model
	for _, name := range []string{
		"imdb-sentiment-model.json", "classifier-perceptron-400.json", "fitness-like-dense-perceptron.json",
		"imdb-like-naive-bayes.json", "imdb-like-sparse-ncc.json", "fitness-like-dense-ncc.json", "vpa-classifier-centroids.json",
	} {
		models = append(models, mustLoad(t, name))
	}
	r := rand.New(rand.NewPCG(1, 1))
	for _, kind := range []Kind{SparsePerceptron, DensePerceptron, NaiveBayes, DenseNearestCentroid, SparseNearestCentroid} {
		for _, features := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33} {
			classes := 2
			if kind != SparsePerceptron && kind != DensePerceptron {
				classes = 1 + r.IntN(4)
			}
			models = append(models, randomModel(r, kind, classes, features))
		}
	}
	limit := new(big.Int).Lsh(big.NewInt(1), 256)
	for _, m := range models {
		words := mustWords(t, m)
		if len(words) != m.NumWords() {
			t.Errorf("%s/%d: %d words, NumWords %d", m.Kind, m.NumFeatures, len(words), m.NumWords())
		}
		for i, w := range words {
			if w.Sign() < 0 || w.Cmp(limit) >= 0 {
				t.Fatalf("%s: word %d = %v is not a uint256", m.Kind, i, w)
			}
		}
		back := emptied(m)
		if err := back.SetWords(words); err != nil {
			t.Fatalf("%s/%d: SetWords(Words()) error = %v", m.Kind, m.NumFeatures, err)
		}
		if !sameParams(m, back) {
			t.Errorf("%s/%d: SetWords(Words()) changed the parameters", m.Kind, m.NumFeatures)
		}
	}
}

func TestSetWordsErrors(t *testing.T) {
	base := func(kind Kind) *Model {
		return emptied(randomModel(rand.New(rand.NewPCG(2, 2)), kind, 2, 3))
	}
	h := func(s string) *big.Int {
		v, ok := new(big.Int).SetString(s, 16)
		if !ok {
			panic("bad hex " + s)
		}
		return v
	}
	tests := map[string]struct {
		model *Model
		words []*big.Int
		want  error
		text  string
	}{
		"too few words":     {base(SparsePerceptron), nil, nil, "got 0 words"},
		"too many words":    {base(SparsePerceptron), []*big.Int{h("0"), h("0")}, nil, "got 2 words"},
		"nb class-major":    {base(NaiveBayes), []*big.Int{h("0"), h("0")}, nil, "has 1"}, // 6 lanes: one word, not one per class
		"ncc too few":       {base(SparseNearestCentroid), []*big.Int{h("0")}, nil, "has 2"},
		"nil word":          {base(SparsePerceptron), []*big.Int{nil}, nil, "not a uint256"},
		"negative word":     {base(SparsePerceptron), []*big.Int{big.NewInt(-1)}, nil, "not a uint256"},
		"word of 2^256":     {base(SparsePerceptron), []*big.Int{new(big.Int).Lsh(big.NewInt(1), 256)}, nil, "not a uint256"},
		"sparse tail lane":  {base(SparsePerceptron), []*big.Int{h("1" + "000000000000000000000000000000000000000000000000")}, nil, "lane 3 (word 0, lane 3) is padding"},
		"dense int128 lane": {base(DensePerceptron), []*big.Int{h("1" + "0000000000000000"), h("0")}, ErrInt64Range, "weight 0"},
		"dense tail lane":   {base(DensePerceptron), []*big.Int{h("0"), h("1" + "00000000000000000000000000000000")}, nil, "lane 3 (word 1, lane 1) is padding"},
		// Two classes of three features: lanes 0-5 of one word, lanes 6 and 7 padding.
		"nb tail lane":      {base(NaiveBayes), []*big.Int{h("1" + "000000000000000000000000000000000000000000000000")}, nil, "lane 6 (word 0, lane 6) is padding"},
		"nb last tail lane": {base(NaiveBayes), []*big.Int{h("80000000" + "00000000000000000000000000000000000000000000000000000000")}, nil, "lane 7 (word 0, lane 7)"},
		// Class 0 has three features: lane 3 of its word pads past them.
		"ncc padding lane": {base(DenseNearestCentroid), []*big.Int{h("1" + "000000000000000000000000000000000000000000000000"), h("0")}, nil, "class 0's last word pads past feature 2 and lane 3"},
		"ncc tail lane": {&Model{Kind: DenseNearestCentroid, Classes: []string{"a", "b", "c"}, NumFeatures: 1},
			[]*big.Int{h("0"), h("ffffffffffffffff" + "0000000000000000"), h("0")}, nil, "class 1's last word pads past feature 0"},
		// Two classes of three features: lanes 0-3 in word 0, 4 and 5 in word 1, then padding.
		"snc tail lane": {base(SparseNearestCentroid), []*big.Int{h("0"), h("1" + "00000000000000000000000000000000")}, nil, "lane 6 (word 1, lane 2) is padding"},
		"no classes":    {&Model{Kind: NaiveBayes, NumFeatures: 3}, nil, ErrInvalidModel, "set Classes"},
		"lanes beyond uint64": {&Model{Kind: SparseNearestCentroid, Classes: []string{"a", "b", "c", "d"}, NumFeatures: 1 << 62},
			nil, nil, "more words than an int counts"},
		"unknown kind": {&Model{Kind: "svm", Classes: []string{"a", "b"}, NumFeatures: 3}, nil, ErrInvalidModel, "unknown kind"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			before := tt.model.Clone()
			err := tt.model.SetWords(tt.words)
			wantErr(t, err, tt.text)
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("SetWords() error = %v, want %v", err, tt.want)
			}
			if !sameParams(before, tt.model) {
				t.Errorf("failed SetWords changed the model")
			}
		})
	}
}
