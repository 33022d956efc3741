// SPDX-License-Identifier: MIT

package encoder

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSklearnBuckets is the most buckets scikit-learn's HashingVectorizer accepts for n_features: the largest
// int32, since its sparse matrices index columns with int32.
const maxSklearnBuckets = 1<<31 - 1

// SklearnHashing encodes text index-for-index as scikit-learn's
// HashingVectorizer(n_features=n, alternate_sign=False, norm=None) does with its other parameters left at
// their defaults, so that a model trained in scikit-learn on those features can be used on chain.
//
// The rule, taken from scikit-learn's sklearn/feature_extraction/_hashing_fast.pyx and text.py:
//
//   - lower-case the text (str.lower; see [SklearnTokens] for where Go's case mapping can differ);
//   - tokens are the matches of the default token_pattern (?u)\b\w\w+\b: maximal runs of two or more word
//     characters, a word character being a letter, a number or an underscore, so one-letter words are dropped;
//   - each token's UTF-8 bytes are hashed with MurmurHash3 x86 32-bit, seed 0, read as a signed int32 h;
//   - the index is abs(h) mod n. For h = -2^31, whose abs does not fit an int32, scikit-learn takes
//     (2^31-1 - (n-1)) mod n, which is 2^31 mod n, the value abs would give; so does this encoder.
//
// With alternate_sign=False every occurrence adds +1 to its column, so a scikit-learn row holds how often each
// index occurs, and its nonzero columns are exactly the set of indices. Encode keeps one index per token in
// text order, repeats included, so the counts can be recovered; the on-chain sparse models take a set
// (WithSortedUnique, which ForModel sets for them), which is the row of HashingVectorizer(binary=True, ...)
// with the same parameters. Its spec is "sklearn-hashing:<n>".
type SklearnHashing struct {
	numFeatures uint64
	cfg         *config
}

// NewSklearnHashing returns a scikit-learn compatible hashing encoder with numFeatures buckets, from 1 to
// 2^31-1 as scikit-learn allows. With WithNumFeatures the model must have at least numFeatures features.
func NewSklearnHashing(numFeatures uint64, opts ...Option) (*SklearnHashing, error) {
	c, err := newConfig(opts)
	if err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameSklearnHashing, err)
	}
	if numFeatures == 0 || numFeatures > maxSklearnBuckets {
		return nil, fmt.Errorf("%s encoder: %d buckets, want 1 to %d as scikit-learn's n_features: %w",
			NameSklearnHashing, numFeatures, uint64(maxSklearnBuckets), ErrInvalidSpec)
	}
	if err := c.sparseOnly(NameSklearnHashing, false); err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameSklearnHashing, err)
	}
	if err := c.fitsIndices(NameSklearnHashing, numFeatures, fmt.Sprintf("%d buckets", numFeatures)); err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameSklearnHashing, err)
	}
	return &SklearnHashing{numFeatures: numFeatures, cfg: c}, nil
}

// isSklearnWordRune reports whether r is a word character of Python's Unicode \w: a letter, a number or an
// underscore (str.isalnum() or "_").
func isSklearnWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// SklearnTokens splits text as scikit-learn's default analyzer does: lower-case it, then keep the maximal
// runs of two or more word characters (letters, numbers, underscores), in text order. "Don't stop, I said!"
// is "don", "stop", "said".
//
// Go's strings.ToLower maps each rune on its own, while Python's str.lower applies the few Unicode special
// casings too (a capital I with dot above becomes two code points); and Go's and Python's Unicode tables may
// be of different versions. Text in other scripts can so, rarely, tokenise differently; ASCII text and the
// Latin, Greek and Cyrillic letters of everyday text do not.
func SklearnTokens(text string) []string {
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isSklearnWordRune(r) })
	tokens := fields[:0]
	for _, f := range fields {
		// A run of one word character is not a token; runes, not bytes, are counted, as Python does.
		if utf8.RuneCountInString(f) >= 2 {
			tokens = append(tokens, f)
		}
	}
	return tokens
}

// SklearnIndex returns the column scikit-learn's FeatureHasher gives a token hashed to h (MurmurHash3 with
// seed 0, read as int32) among numFeatures columns: abs(h) mod numFeatures, with abs(-2^31) taken as 2^31.
func SklearnIndex(h int32, numFeatures uint64) int64 {
	// abs in int64 cannot overflow, and for h = -2^31 gives 2^31, whose remainder scikit-learn's special case
	// (2^31-1 - (n-1)) mod n equals.
	a := int64(h)
	if a < 0 {
		a = -a
	}
	return int64(uint64(a) % numFeatures)
}

// Name returns NameSklearnHashing.
func (e *SklearnHashing) Name() string { return NameSklearnHashing }

// Spec returns "sklearn-hashing:<numFeatures>".
func (e *SklearnHashing) Spec() string {
	return NameSklearnHashing + ":" + strconv.FormatUint(e.numFeatures, 10)
}

// NumFeatures returns the number of buckets, scikit-learn's n_features: indices lie below it.
func (e *SklearnHashing) NumFeatures() uint64 { return e.numFeatures }

// Encode returns the column of every token of text, in text order.
func (e *SklearnHashing) Encode(text string) ([]int64, error) {
	sample, _, err := e.EncodeReport(text)
	return sample, err
}

// EncodeReport is Encode with a Report; the encoder knows no unknown words, and one-letter words are not
// tokens, so nothing is reported dropped.
func (e *SklearnHashing) EncodeReport(text string) ([]int64, Report, error) {
	tokens := SklearnTokens(text)
	r := Report{Tokens: len(tokens)}
	sample := make([]int64, len(tokens))
	for i, t := range tokens {
		sample[i] = SklearnIndex(int32(Murmur3([]byte(t), 0)), e.numFeatures)
	}
	sample, err := e.cfg.finish(NameSklearnHashing, sample, &r)
	if err != nil {
		return nil, r, err
	}
	return sample, r, nil
}
