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
// (firstWords) and set*Words functions take, in contract word order. Lanes follow solidity/src/models/Lanes.sol:
// lane l of a w-bit layout holds bits [l*w, (l+1)*w), signed lanes in two's complement.
//
//   - SparsePerceptron: four int64 weights per word; feature f is lane f%4 of word f/4.
//   - DensePerceptron: two int128 weights per word; feature f is lane f%2 of word f/2.
//   - NaiveBayes: eight uint32 counts per word; count f of class c is lane f%8 of word
//     c*ceil(NumFeatures/8) + f/8.
//   - DenseNearestCentroid: two int128 sums per word; sum f of class c is lane f%2 of word
//     c*ceil(NumFeatures/2) + f/2.
//   - SparseNearestCentroid: four int64 sums per word; sum f of class c is lane f%4 of word
//     c*ceil(NumFeatures/4) + f/4.
//
// Lanes past NumFeatures in a class's last word are zero: the naive Bayes and sparse nearest centroid
// contracts fold every lane into their class totals. The other constructor arguments (class counts,
// intercept, learning rate, smoothing, data counts) are Model fields as they are.
func (m *Model) Words() ([]*big.Int, error) {
	if err := m.checkShape(); err != nil {
		return nil, fmt.Errorf("pack words: %w", err)
	}
	words := make([]word, m.NumWords())
	per := int(m.wordsPerClass())
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
				lane := f % 8
				words[c*per+f/8][lane/2] |= uint64(v) << (32 * (lane % 2))
			}
		}
	case DenseNearestCentroid:
		for c, row := range m.Sums {
			for f, s := range row {
				putInt128(&words[c*per+f/2], f%2, s)
			}
		}
	case SparseNearestCentroid:
		for c, row := range m.Sums {
			for f, s := range row {
				words[c*per+f/4][f%4] = uint64(s)
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
// a wrong number of words, a word outside uint256, a non-zero lane past NumFeatures, or an int128 lane
// outside int64 (ErrInt64Range).
func (m *Model) SetWords(words []*big.Int) error {
	if len(m.Classes) == 0 || m.NumFeatures == 0 {
		return fmt.Errorf("unpack words: %w: set Classes and NumFeatures first", ErrInvalidModel)
	}
	if len(words) != m.NumWords() {
		return fmt.Errorf("unpack words: got %d words, a %s with %d classes and %d features has %d", len(words), m.Kind, len(m.Classes), m.NumFeatures, m.NumWords())
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
	n := int(m.NumFeatures)
	per := int(m.wordsPerClass())
	nc := len(m.Classes)
	// tail reports a non-zero lane past the last feature of a class.
	tail := func(c, f int) error {
		return fmt.Errorf("unpack words: class %d has a non-zero lane for feature %d, past the %d features", c, f, n)
	}
	switch m.Kind {
	case SparsePerceptron:
		weights := make([]int64, n)
		for f := range per * 4 {
			v := int64(limbs[f/4][f%4])
			if f >= n {
				if v != 0 {
					return tail(0, f)
				}
				continue
			}
			weights[f] = v
		}
		m.Weights = weights
	case DensePerceptron:
		weights := make([]int64, n)
		for f := range per * 2 {
			v, err := getInt128(limbs[f/2], f%2)
			if err != nil {
				return fmt.Errorf("unpack words: weight %d: %w", f, err)
			}
			if f >= n {
				if v != 0 {
					return tail(0, f)
				}
				continue
			}
			weights[f] = v
		}
		m.DenseWeights = weights
	case NaiveBayes:
		counts := make([][]uint32, nc)
		for c := range nc {
			counts[c] = make([]uint32, n)
			for f := range per * 8 {
				lane := f % 8
				v := uint32(limbs[c*per+f/8][lane/2] >> (32 * (lane % 2)))
				if f >= n {
					if v != 0 {
						return tail(c, f)
					}
					continue
				}
				counts[c][f] = v
			}
		}
		m.Counts = counts
	case DenseNearestCentroid:
		sums := make([][]int64, nc)
		for c := range nc {
			sums[c] = make([]int64, n)
			for f := range per * 2 {
				v, err := getInt128(limbs[c*per+f/2], f%2)
				if err != nil {
					return fmt.Errorf("unpack words: class %d sum %d: %w", c, f, err)
				}
				if f >= n {
					if v != 0 {
						return tail(c, f)
					}
					continue
				}
				sums[c][f] = v
			}
		}
		m.Sums = sums
	case SparseNearestCentroid:
		sums := make([][]int64, nc)
		for c := range nc {
			sums[c] = make([]int64, n)
			for f := range per * 4 {
				v := int64(limbs[c*per+f/4][f%4])
				if f >= n {
					if v != 0 {
						return tail(c, f)
					}
					continue
				}
				sums[c][f] = v
			}
		}
		m.Sums = sums
	default:
		return fmt.Errorf("unpack words: %w: unknown kind %q", ErrInvalidModel, m.Kind)
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
