// SPDX-License-Identifier: MIT

package model

import (
	"encoding/binary"
	"fmt"
	"math/big"
)

// word is one uint256 storage word as four 64-bit limbs, least significant first: limb j holds bits
// [64j, 64j+64).
type word [4]uint64

// Words returns the model's parameters packed into the uint256 storage words its contract's constructor
// (firstWords) and set*Words functions take, in contract word order. The layout is that of
// solidity/src/models/Lanes.sol: a model's parameters are lanes 0, 1, 2, ... of a region, lane j being lane
// j%lanesPerWord of word j/lanesPerWord, where lane l of a w-bit layout holds bits [l*w, (l+1)*w), signed
// lanes in two's complement.
// Which parameter is lane j depends on the kind; the sparse multi-class kinds are feature-major, so that the
// parameters of every class for one feature sit side by side (k is NumClasses):
//
//   - SparsePerceptron: four int64 weights per word; weight f is lane f, words ceil(NumFeatures/4).
//   - DensePerceptron: two int128 weights per word; weight f is lane f, words ceil(NumFeatures/2).
//   - NaiveBayes: eight uint32 counts per word; count (c, f) is lane f*k + c, words ceil(NumFeatures*k/8).
//   - DenseNearestCentroid: four int64 sums per word, class-major: sum (c, f) is lane c*F4 + f with F4 =
//     NumFeatures rounded up to a multiple of 4, words k*F4/4. An update rewrites every feature of one class, so
//     keeping a class's sums together minimises the words it writes; predict reads every word either way.
//   - SparseNearestCentroid: four int64 sums per word; sum (c, f) is lane f*k + c, words
//     ceil(NumFeatures*k/4).
//
// For example a two-class naive Bayes model keeps counts (0, 0), (1, 0), (0, 1), (1, 1), ... in lanes 0, 1,
// 2, 3, ... of word 0, so features 0 to 3 of both classes share it. The lanes past the last parameter in the
// final word are padding, which the contracts never read nor fold into their class totals; Words leaves them
// zero. The other constructor arguments (class counts, intercept, learning rate, smoothing, data counts) are
// Model fields as they are.
func (m *Model) Words() ([]*big.Int, error) {
	if err := m.checkShape(); err != nil {
		return nil, fmt.Errorf("pack words: %w", err)
	}
	words := make([]word, m.NumWords())
	k := len(m.Classes)
	switch m.Kind {
	case SparsePerceptron:
		for f, w := range m.Weights {
			words[f/4][f%4] = uint64(w)
		}
	case DensePerceptron:
		for f, w := range m.DenseWeights {
			putInt128(&words[f/2], f%2, w)
		}
	case NaiveBayes:
		for c, row := range m.Counts {
			for f, v := range row {
				j := f*k + c
				words[j/8][j%8/2] |= uint64(v) << (32 * (j % 2))
			}
		}
	case DenseNearestCentroid:
		perClass := int(m.NumFeatures + (4-m.NumFeatures%4)%4)
		for c, row := range m.Sums {
			for f, s := range row {
				j := c*perClass + f
				words[j/4][j%4] = uint64(s)
			}
		}
	case SparseNearestCentroid:
		for c, row := range m.Sums {
			for f, s := range row {
				j := f*k + c
				words[j/4][j%4] = uint64(s)
			}
		}
	}
	out := make([]*big.Int, len(words))
	for i := range words {
		out[i] = words[i].big()
	}
	return out, nil
}

// SetWords is the inverse of Words: it unpacks storage words, as read from a contract or produced by Words,
// into the model's weights, counts or sums. Kind, Classes and NumFeatures must already be set; the other
// parameters (intercept, class counts, data counts, ...) are left as they are. It fails, changing nothing, on
// a wrong number of words, a word outside uint256, a non-zero padding lane past the last parameter (which the
// contracts would ignore, but Words never writes), or an int128 lane outside int64 (ErrInt64Range).
func (m *Model) SetWords(words []*big.Int) error {
	if len(m.Classes) == 0 || m.NumFeatures == 0 {
		return fmt.Errorf("unpack words: %w: set Classes and NumFeatures first", ErrInvalidModel)
	}
	numLanes, perWord, ok := m.lanes()
	if perWord == 0 {
		return fmt.Errorf("unpack words: %w: unknown kind %q", ErrInvalidModel, m.Kind)
	}
	want := m.NumWords()
	if !ok || want < 0 {
		return fmt.Errorf("unpack words: a %s with %d classes and %d features has more words than an int counts", m.Kind, len(m.Classes), m.NumFeatures)
	}
	if len(words) != want {
		return fmt.Errorf("unpack words: got %d words, a %s with %d classes and %d features has %d", len(words), m.Kind, len(m.Classes), m.NumFeatures, want)
	}
	limbs := make([]word, len(words))
	for i, w := range words {
		if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			return fmt.Errorf("unpack words: word %d is not a uint256", i)
		}
		var b [32]byte
		w.FillBytes(b[:])
		for j := range 4 {
			limbs[i][j] = binary.BigEndian.Uint64(b[32-8*(j+1):])
		}
	}
	// The word count fits in an int and numLanes <= words*perWord, so every lane index does too.
	n, k, per := int(m.NumFeatures), len(m.Classes), int(perWord)
	last := int(numLanes)
	for j := last; j < len(words)*per; j++ {
		w, l := limbs[j/per], j%per
		var zero bool
		switch per {
		case 8:
			zero = uint32(w[l/2]>>(32*(l%2))) == 0
		case 4:
			zero = w[l] == 0
		case 2:
			zero = w[2*l] == 0 && w[2*l+1] == 0
		}
		if !zero {
			return fmt.Errorf("unpack words: lane %d (word %d, lane %d) is padding past the last parameter, lane %d, and must be zero", j, j/per, l, last-1)
		}
	}
	switch m.Kind {
	case SparsePerceptron:
		weights := make([]int64, n)
		for f := range weights {
			weights[f] = int64(limbs[f/4][f%4])
		}
		m.Weights = weights
	case DensePerceptron:
		weights := make([]int64, n)
		for f := range weights {
			v, err := getInt128(limbs[f/2], f%2)
			if err != nil {
				return fmt.Errorf("unpack words: weight %d: %w", f, err)
			}
			weights[f] = v
		}
		m.DenseWeights = weights
	case NaiveBayes:
		counts := make([][]uint32, k)
		for c := range counts {
			counts[c] = make([]uint32, n)
		}
		for j := range last {
			counts[j%k][j/k] = uint32(limbs[j/8][j%8/2] >> (32 * (j % 2)))
		}
		m.Counts = counts
	case DenseNearestCentroid:
		perClass := n + (4-n%4)%4
		sums := make([][]int64, k)
		for c := range sums {
			sums[c] = make([]int64, n)
			for f := n; f < perClass; f++ {
				if j := c*perClass + f; limbs[j/4][j%4] != 0 {
					return fmt.Errorf("unpack words: class %d's last word pads past feature %d and lane %d must be zero", c, n-1, j%4)
				}
			}
			for f := range n {
				j := c*perClass + f
				sums[c][f] = int64(limbs[j/4][j%4])
			}
		}
		m.Sums = sums
	case SparseNearestCentroid:
		sums := make([][]int64, k)
		for c := range sums {
			sums[c] = make([]int64, n)
		}
		for j := range last {
			sums[j%k][j/k] = int64(limbs[j/4][j%4])
		}
		m.Sums = sums
	}
	return nil
}

// putInt128 stores v, sign-extended to 128 bits, in int128 lane lane of w.
func putInt128(w *word, lane int, v int64) {
	w[2*lane] = uint64(v)
	w[2*lane+1] = uint64(v >> 63)
}

// getInt128 reads int128 lane lane of w, which must hold a value within int64.
func getInt128(w word, lane int) (int64, error) {
	lo, hi := w[2*lane], w[2*lane+1]
	if hi != uint64(int64(lo)>>63) {
		return 0, ErrInt64Range
	}
	return int64(lo), nil
}

// big returns the word as a non-negative big.Int.
func (w word) big() *big.Int {
	var b [32]byte
	for j := range 4 {
		binary.BigEndian.PutUint64(b[32-8*(j+1):], w[j])
	}
	return new(big.Int).SetBytes(b[:])
}
