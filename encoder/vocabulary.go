// SPDX-License-Identifier: MIT

package encoder

import (
	"fmt"

	"github.com/sumkit/sumkit/model"
)

// Vocabulary encodes text with 0xDeCA10B's IMDB vocabulary (imdb.json), split into words as that vocabulary
// was built: model.WordTokens lower-cases the text and takes every run of two or more letters, digits or
// underscores, so "wonderful," is "wonderful" and "don't" is "don" (scikit-learn's CountVectorizer default;
// the vocabulary holds no punctuation and no one-letter word). Every token in the vocabulary becomes its
// index, repeats kept in text order. Tokens not in the vocabulary are dropped: English stop words, which the
// vocabulary lacks by design (IsStopWord), are listed in Report.StopWords, every other one in Report.Unknown.
// Its spec is "imdb-vocab".
//
// 0xDeCA10B's demo split on whitespace only and so missed every word followed by punctuation; sumkit's
// deployments of imdb.json encode by word instead, which is how the model's weights were learnt.
type Vocabulary struct {
	vocab *model.Vocabulary
	cfg   *config
}

// NewVocabulary returns the imdb-vocab encoder over v. With WithNumFeatures it checks that every index of v
// lies below the model's NumFeatures.
func NewVocabulary(v *model.Vocabulary, opts ...Option) (*Vocabulary, error) {
	c, err := newConfig(opts)
	if err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameVocabulary, err)
	}
	if v == nil {
		return nil, fmt.Errorf("%s encoder: no vocabulary: %w", NameVocabulary, ErrInvalidSpec)
	}
	if err := c.sparseOnly(NameVocabulary, true); err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameVocabulary, err)
	}
	if err := c.fitsIndices(NameVocabulary, v.NumFeatures(), "the vocabulary"); err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameVocabulary, err)
	}
	c.vocab = v
	return &Vocabulary{vocab: v, cfg: c}, nil
}

// Name returns NameVocabulary.
func (e *Vocabulary) Name() string { return NameVocabulary }

// Spec returns "imdb-vocab". The vocabulary is not part of it: WithVocabulary supplies it again.
func (e *Vocabulary) Spec() string { return NameVocabulary }

// Encode returns the indices of text's known tokens; see EncodeReport for the dropped ones.
func (e *Vocabulary) Encode(text string) ([]int64, error) {
	sample, _, err := e.EncodeReport(text)
	return sample, err
}

// EncodeReport returns the indices of text's known tokens and a Report listing the dropped ones.
func (e *Vocabulary) EncodeReport(text string) ([]int64, Report, error) {
	tokens := model.WordTokens(text)
	r := Report{Tokens: len(tokens)}
	sample := make([]int64, 0, len(tokens))
	seen := make(map[string]bool)
	for _, t := range tokens {
		if i, ok := e.vocab.Index(t); ok {
			sample = append(sample, i)
			continue
		}
		stop := IsStopWord(t)
		if !stop {
			r.Dropped++
		}
		if seen[t] {
			continue
		}
		seen[t] = true
		if stop {
			r.StopWords = append(r.StopWords, t)
		} else {
			r.Unknown = append(r.Unknown, t)
		}
	}
	sample, err := e.cfg.finish(NameVocabulary, sample, &r)
	if err != nil {
		return nil, r, err
	}
	return sample, r, nil
}
