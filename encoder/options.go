// SPDX-License-Identifier: MIT

package encoder

import (
	"fmt"

	"github.com/sumkit/sumkit/model"
)

// Option configures an encoder: the vocabulary it reads, or the model its samples must fit.
type Option func(*config)

// config collects the options given to a constructor.
type config struct {
	vocab        *model.Vocabulary
	numFeatures  uint64 // 0: indices unbounded
	sortedUnique bool
	maxFeatures  uint64 // 0: length unbounded
	dimension    uint64 // 0: not a dense model
	dense        bool
	maxAbs       int64 // 0: dense values unbounded
	err          error // from ForModel, reported by the constructor
}

// WithVocabulary gives the imdb-vocab encoder its vocabulary, for instance from model.LoadVocabulary.
func WithVocabulary(v *model.Vocabulary) Option {
	return func(c *config) { c.vocab = v }
}

// WithNumFeatures makes samples feature indices of a sparse model with numFeatures features: every value must
// lie in [0, numFeatures), or encoding fails with model.ErrFeatureOutOfRange. The vocabulary and hashing
// encoders check at construction that they cannot produce an index that large. Zero means no bound.
func WithNumFeatures(numFeatures uint64) Option {
	return func(c *config) { c.numFeatures = numFeatures }
}

// WithSortedUnique sorts the indices and removes repeated ones (model.SortedUnique), the strictly increasing
// form the sparse perceptron, naive Bayes and sparse nearest centroid contracts require (they revert
// IndicesNotIncreasing otherwise, so that a word repeated 500 times weighs what it weighs once). Counts are
// lost: a word written three times is one index, a binary bag of words. Report.Duplicates says how many
// indices were removed.
func WithSortedUnique() Option {
	return func(c *config) { c.sortedUnique = true }
}

// WithMaxFeatures caps a sparse sample at maxFeatures indices, the contract's maxFeatures; a longer sample
// fails with model.ErrTooManyFeatures. The cap applies after WithSortedUnique. Zero means no cap.
func WithMaxFeatures(maxFeatures uint64) Option {
	return func(c *config) { c.maxFeatures = maxFeatures }
}

// WithDimension makes samples dense: exactly dimension fixed-point values, or encoding fails with
// model.ErrWrongDimension. Only the none encoder makes dense samples.
func WithDimension(dimension uint64) Option {
	return func(c *config) { c.dense, c.dimension = true, dimension }
}

// ForModel fits samples to m: WithDimension for the dense kinds, and for model.DenseNearestCentroid entries
// within +-model.MaxAbsDenseValue (else model.ErrValueOutOfRange); WithNumFeatures, and WithMaxFeatures when
// m.MaxFeatures is set, for the sparse kinds; and WithSortedUnique for the sparse kinds whose contracts take
// only strictly increasing indices (every one but model.Oracle, whose committee reads samples off-chain).
func ForModel(m *model.Model) Option {
	return func(c *config) {
		switch m.Kind {
		case model.DensePerceptron, model.DenseNearestCentroid:
			c.dense, c.dimension = true, m.NumFeatures
			if m.Kind == model.DenseNearestCentroid {
				c.maxAbs = model.MaxAbsDenseValue
			}
		case model.SparsePerceptron, model.NaiveBayes, model.SparseNearestCentroid, model.Oracle:
			c.numFeatures, c.maxFeatures = m.NumFeatures, m.MaxFeatures
			c.sortedUnique = m.Kind != model.Oracle
		default:
			c.err = fmt.Errorf("model kind %q: %w", m.Kind, ErrInvalidSpec)
		}
	}
}

// newConfig applies opts and checks that they fit together.
func newConfig(opts []Option) (*config, error) {
	c := &config{}
	for _, o := range opts {
		o(c)
	}
	if c.err != nil {
		return nil, c.err
	}
	if c.dense && (c.numFeatures != 0 || c.sortedUnique || c.maxFeatures != 0) {
		return nil, fmt.Errorf("dense samples (WithDimension) take no sparse options (WithNumFeatures, "+
			"WithSortedUnique, WithMaxFeatures): %w", ErrInvalidSpec)
	}
	return c, nil
}

// sparseOnly returns an error when the options ask for dense samples or give a vocabulary to an encoder that
// makes sparse samples without one.
func (c *config) sparseOnly(name string, wantVocab bool) error {
	if c.dense {
		return fmt.Errorf("%s makes feature indices for sparse models, not the fixed-point values of a dense "+
			"model (use %s): %w", name, NameNone, ErrInvalidSpec)
	}
	if c.vocab != nil && !wantVocab {
		return fmt.Errorf("%s takes no vocabulary: %w", name, ErrInvalidSpec)
	}
	return nil
}

// fitsIndices returns an error when an encoder whose indices run below size could exceed WithNumFeatures.
func (c *config) fitsIndices(name string, size uint64, what string) error {
	if c.numFeatures != 0 && size > c.numFeatures {
		return fmt.Errorf("%s: %s makes indices up to %d but the model has %d features: %w", name, what, size-1,
			c.numFeatures, model.ErrFeatureOutOfRange)
	}
	return nil
}

// finish applies the options to an encoded sample, in order: dimension, bounds, sort and dedupe, length cap.
func (c *config) finish(name string, sample []int64, r *Report) ([]int64, error) {
	if c.dense {
		if err := CheckDimension(sample, c.dimension); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if c.maxAbs != 0 {
			for i, v := range sample {
				if v > c.maxAbs || v < -c.maxAbs {
					return nil, fmt.Errorf("%s: sample[%d] = %d is beyond +-%d, the model's entry bound (scale the "+
						"features): %w", name, i, v, c.maxAbs, model.ErrValueOutOfRange)
				}
			}
		}
		return sample, nil
	}
	if c.numFeatures != 0 {
		if err := CheckBounds(sample, c.numFeatures); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if c.sortedUnique {
		n := len(sample)
		sample = model.SortedUnique(sample)
		r.Duplicates = n - len(sample)
	}
	if c.maxFeatures != 0 {
		if err := CheckMaxFeatures(sample, c.maxFeatures); err != nil {
			if r.Duplicates > 0 {
				err = fmt.Errorf("after removing %d repeated indices: %w", r.Duplicates, err)
			}
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return sample, nil
}

// CheckBounds returns an error wrapping model.ErrFeatureOutOfRange, naming the first offending position and
// value, unless every index in sample lies in [0, numFeatures).
func CheckBounds(sample []int64, numFeatures uint64) error {
	for i, f := range sample {
		if f < 0 || uint64(f) >= numFeatures {
			return fmt.Errorf("sample[%d] = %d is outside [0, %d), the model's feature indices: %w", i, f,
				numFeatures, model.ErrFeatureOutOfRange)
		}
	}
	return nil
}

// CheckMaxFeatures returns an error wrapping model.ErrTooManyFeatures, saying by how much, when sample has
// more than maxFeatures values.
func CheckMaxFeatures(sample []int64, maxFeatures uint64) error {
	if n := uint64(len(sample)); n > maxFeatures {
		return fmt.Errorf("sample has %d indices, %d more than the model's maxFeatures %d: %w", n, n-maxFeatures,
			maxFeatures, model.ErrTooManyFeatures)
	}
	return nil
}

// CheckDimension returns an error wrapping model.ErrWrongDimension unless a dense sample has exactly
// dimension values.
func CheckDimension(sample []int64, dimension uint64) error {
	if n := uint64(len(sample)); n != dimension {
		return fmt.Errorf("sample has %d values, the model takes %d: %w", n, dimension, model.ErrWrongDimension)
	}
	return nil
}
