// SPDX-License-Identifier: MIT

package encoder

import (
	"fmt"
	"strings"
	"unicode"
)

// maxBuckets is the most buckets a Hashing encoder takes: one per 32-bit hash value.
const maxBuckets = 1 << 32

// Hashing encodes text by feature hashing: every token of HashTokens becomes the index
// Murmur3(token's UTF-8 bytes, seed) mod NumFeatures, the hash taken as unsigned. Repeats are kept in text
// order, and nothing is unknown; distinct words may share an index. The output depends only on the text, the
// seed and NumFeatures: no map order, locale or platform enters it. Its spec is "hashing:<n>:seed=<s>".
type Hashing struct {
	numFeatures uint64
	seed        uint32
	cfg         *config
}

// NewHashing returns a hashing encoder with numFeatures buckets, from 1 to 2^32, and the given seed. With
// WithNumFeatures the model must have at least numFeatures features.
func NewHashing(numFeatures uint64, seed uint32, opts ...Option) (*Hashing, error) {
	c, err := newConfig(opts)
	if err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameHashing, err)
	}
	if numFeatures == 0 || numFeatures > maxBuckets {
		return nil, fmt.Errorf("%s encoder: %d buckets, want 1 to %d: %w", NameHashing, numFeatures,
			uint64(maxBuckets), ErrInvalidSpec)
	}
	if err := c.sparseOnly(NameHashing, false); err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameHashing, err)
	}
	if err := c.fitsIndices(NameHashing, numFeatures, fmt.Sprintf("%d buckets", numFeatures)); err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameHashing, err)
	}
	return &Hashing{numFeatures: numFeatures, seed: seed, cfg: c}, nil
}

// HashTokens splits text as the Hashing encoder does: lower-case it with Unicode's simple case mapping
// (strings.ToLower, no locale), then take every maximal run of letters and decimal digits (unicode.IsLetter,
// unicode.IsDigit) as a token. Everything else, punctuation, underscores and invalid UTF-8 included,
// separates tokens, so "Don't stop!" is "don", "t", "stop".
func HashTokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Name returns NameHashing.
func (e *Hashing) Name() string { return NameHashing }

// Spec returns "hashing:<numFeatures>:seed=<seed>".
func (e *Hashing) Spec() string {
	return fmt.Sprintf("%s:%d:seed=%d", NameHashing, e.numFeatures, e.seed)
}

// NumFeatures returns the number of buckets: indices lie below it.
func (e *Hashing) NumFeatures() uint64 { return e.numFeatures }

// Seed returns the MurmurHash3 seed.
func (e *Hashing) Seed() uint32 { return e.seed }

// Encode returns the bucket of every token of text.
func (e *Hashing) Encode(text string) ([]int64, error) {
	sample, _, err := e.EncodeReport(text)
	return sample, err
}

// EncodeReport is Encode with a Report; the hashing encoder drops no tokens.
func (e *Hashing) EncodeReport(text string) ([]int64, Report, error) {
	tokens := HashTokens(text)
	r := Report{Tokens: len(tokens)}
	sample := make([]int64, len(tokens))
	for i, t := range tokens {
		// The bucket is below numFeatures <= 2^32, so it fits int64.
		sample[i] = int64(uint64(Murmur3([]byte(t), e.seed)) % e.numFeatures)
	}
	sample, err := e.cfg.finish(NameHashing, sample, &r)
	if err != nil {
		return nil, r, err
	}
	return sample, r, nil
}
