// SPDX-License-Identifier: MIT

// Package encoder turns the text a user types into the int64 samples sumkit's models take: feature indices
// for the sparse models (below the model's NumFeatures) and fixed-point values (1e9 is 1.0) for the dense
// ones.
//
// Four encoders exist, each named by a spec string that a deployment manifest can record and [New] can
// rebuild:
//
//	imdb-vocab               0xDeCA10B's IMDB vocabulary ([Vocabulary]); the vocabulary itself comes from
//	                         [WithVocabulary]
//	hashing:<n>[:seed=<s>]   feature hashing into n buckets with MurmurHash3 ([Hashing]); seed defaults to 0
//	sklearn-hashing:<n>      scikit-learn's HashingVectorizer(n_features=n, alternate_sign=False, norm=None),
//	                         index for index ([SklearnHashing]); for models trained in scikit-learn
//	none                     the text already is the sample: integers separated by commas or whitespace ([None])
//
// A spec is the encoder's name, then its parameters, each after a colon: positional ones first, then
// key=value ones. [Encoder.Spec] writes the canonical form, in which hashing always names its seed, and
// New(e.Spec()) builds an encoder that encodes as e does.
//
// Options fit the output to a model: [WithNumFeatures] bounds indices, [WithSortedUnique] makes the strictly
// increasing unique indices the sparse contracts require, [WithMaxFeatures] caps the sample
// length, [WithDimension] fixes a dense sample's length, and [ForModel] picks all of them from a
// [github.com/sumkit/sumkit/model.Model]. Options are not part of the spec: they follow from the model the
// encoder feeds.
package encoder

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Encoder names, the first field of a spec.
const (
	// NameVocabulary names the [Vocabulary] encoder.
	NameVocabulary = "imdb-vocab"
	// NameHashing names the [Hashing] encoder.
	NameHashing = "hashing"
	// NameSklearnHashing names the [SklearnHashing] encoder.
	NameSklearnHashing = "sklearn-hashing"
	// NameNone names the [None] encoder.
	NameNone = "none"
)

var (
	// ErrUnknownEncoder is returned by New for a spec whose name is not an encoder's.
	ErrUnknownEncoder = errors.New("unknown encoder")
	// ErrInvalidSpec is returned by New, wrapped with the reason, for a spec whose parameters are wrong, and
	// by the constructors for parameters or options that do not fit together.
	ErrInvalidSpec = errors.New("invalid encoder spec")
	// ErrInvalidNumber is returned by the None encoder for a token that is not a base-10 int64.
	ErrInvalidNumber = errors.New("invalid number")
)

// Encoder turns text into a model sample.
type Encoder interface {
	// Name returns the encoder's name: NameVocabulary, NameHashing, NameSklearnHashing or NameNone.
	Name() string
	// Spec returns the canonical spec string, which New turns back into an equivalent encoder.
	Spec() string
	// Encode returns the sample for text, or an error when the text cannot be encoded or the sample breaks
	// one of the encoder's options.
	Encode(text string) ([]int64, error)
	// EncodeReport is Encode that also reports what was dropped or merged on the way.
	EncodeReport(text string) ([]int64, Report, error)
}

// Report says how an encoder handled a text, so that a caller can tell the user what did not make it into
// the sample.
type Report struct {
	// Tokens is the number of tokens the text split into.
	Tokens int
	// Unknown lists the distinct tokens that are not in the vocabulary, stop words aside, in the order they
	// first appear. They were dropped from the sample, and the user may want to hear of them. Only the
	// Vocabulary encoder has unknown tokens.
	Unknown []string
	// Dropped is the number of occurrences of the Unknown tokens: len(Unknown) or more.
	Dropped int
	// StopWords lists the distinct stop words (IsStopWord) that are not in the vocabulary, in the order they
	// first appear. They were dropped too, but the vocabulary lacks them by design, so they are not news.
	StopWords []string
	// Duplicates is the number of indices WithSortedUnique removed because they were listed already.
	Duplicates int
}

// UnknownSummary returns a sentence for the user about the unknown words, such as
// `3 words not in the vocabulary were dropped: "foo", "bar", "baz"`, or "" when there were none. It quotes at
// most limit words (all of them when limit <= 0) and counts the rest. Stop words are left out: every text
// has some, and the vocabulary lacks them by design.
func (r Report) UnknownSummary(limit int) string {
	n := len(r.Unknown)
	if n == 0 {
		return ""
	}
	var b strings.Builder
	if n == 1 {
		b.WriteString("1 word not in the vocabulary was dropped")
	} else {
		fmt.Fprintf(&b, "%d words not in the vocabulary were dropped", n)
	}
	if r.Dropped > n {
		fmt.Fprintf(&b, " (%d occurrences)", r.Dropped)
	}
	b.WriteString(": ")
	shown := n
	if limit > 0 && limit < n {
		shown = limit
	}
	for i, w := range r.Unknown[:shown] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(w))
	}
	if shown < n {
		fmt.Fprintf(&b, " and %d more", n-shown)
	}
	return b.String()
}

// New builds the encoder a spec names (see the package documentation for the format), with opts applied.
// The imdb-vocab encoder needs WithVocabulary; the others refuse it.
func New(spec string, opts ...Option) (Encoder, error) {
	name, params, hasParams := strings.Cut(strings.TrimSpace(spec), ":")
	var fields []string
	if hasParams {
		fields = strings.Split(params, ":")
	}
	switch name {
	case NameVocabulary, NameNone:
		if hasParams {
			return nil, fmt.Errorf("encoder spec %q: %s takes no parameters: %w", spec, name, ErrInvalidSpec)
		}
		if name == NameNone {
			return NewNone(opts...)
		}
		c, err := newConfig(opts)
		if err != nil {
			return nil, fmt.Errorf("encoder spec %q: %w", spec, err)
		}
		if c.vocab == nil {
			return nil, fmt.Errorf("encoder spec %q: %s needs a vocabulary (WithVocabulary): %w", spec, name,
				ErrInvalidSpec)
		}
		return NewVocabulary(c.vocab, opts...)
	case NameHashing:
		n, seed, err := parseHashingParams(fields)
		if err != nil {
			return nil, fmt.Errorf("encoder spec %q: %w (want hashing:<numFeatures>[:seed=<seed>]): %w", spec, err,
				ErrInvalidSpec)
		}
		return NewHashing(n, seed, opts...)
	case NameSklearnHashing:
		if len(fields) != 1 || fields[0] == "" {
			return nil, fmt.Errorf("encoder spec %q: want %s:<numFeatures> and no other parameter (scikit-learn "+
				"hashes with seed 0): %w", spec, NameSklearnHashing, ErrInvalidSpec)
		}
		n, err := strconv.ParseUint(fields[0], 10, 64)
		if err != nil || n == 0 || n > maxSklearnBuckets {
			return nil, fmt.Errorf("encoder spec %q: number of buckets %q is not an integer from 1 to %d "+
				"(scikit-learn's n_features): %w", spec, fields[0], uint64(maxSklearnBuckets), ErrInvalidSpec)
		}
		return NewSklearnHashing(n, opts...)
	}
	return nil, fmt.Errorf("encoder spec %q: %w %q: want %s, %s:<numFeatures>[:seed=<seed>], %s:<numFeatures> "+
		"or %s", spec, ErrUnknownEncoder, name, NameVocabulary, NameHashing, NameSklearnHashing, NameNone)
}

// parseHashingParams reads the parameters of a hashing spec: the number of buckets, then optionally seed=.
func parseHashingParams(fields []string) (numFeatures uint64, seed uint32, err error) {
	if len(fields) == 0 || fields[0] == "" {
		return 0, 0, errors.New("missing the number of buckets")
	}
	numFeatures, err = strconv.ParseUint(fields[0], 10, 64)
	if err != nil || numFeatures == 0 || numFeatures > maxBuckets {
		return 0, 0, fmt.Errorf("number of buckets %q is not an integer from 1 to %d", fields[0], uint64(maxBuckets))
	}
	seen := false
	for _, f := range fields[1:] {
		key, value, ok := strings.Cut(f, "=")
		switch {
		case !ok:
			return 0, 0, fmt.Errorf("parameter %q is not key=value", f)
		case key != "seed":
			return 0, 0, fmt.Errorf("unknown parameter %q", key)
		case seen:
			return 0, 0, errors.New("seed given twice")
		}
		s, err := strconv.ParseUint(value, 10, 32)
		if err != nil {
			return 0, 0, fmt.Errorf("seed %q is not an integer from 0 to %d", value, uint64(1<<32-1))
		}
		seed, seen = uint32(s), true
	}
	return numFeatures, seed, nil
}
