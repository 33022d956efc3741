// SPDX-License-Identifier: MIT

package encoder

import (
	"fmt"

	"github.com/sumkit/sumkit/model"
)

// Vocabulary encodes text with 0xDeCA10B's IMDB vocabulary (imdb.json) as its demo does: model.Tokens
// lower-cases the text and splits it on whitespace, punctuation staying part of a token ("movie." is not
// "movie"), and every token in the vocabulary becomes its index, repeats kept in text order. Tokens not in the
// vocabulary are dropped and listed in Report.Unknown. Its spec is "imdb-vocab".
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

// EncodeReport returns the indices of text's known tokens and a Report listing the unknown ones.
func (e *Vocabulary) EncodeReport(text string) ([]int64, Report, error) {
	tokens := model.Tokens(text)
	r := Report{Tokens: len(tokens)}
	sample := make([]int64, 0, len(tokens))
	unknown := make(map[string]bool)
	for _, t := range tokens {
		if i, ok := e.vocab.Index(t); ok {
			sample = append(sample, i)
			continue
		}
		r.Dropped++
		if !unknown[t] {
			unknown[t] = true
			r.Unknown = append(r.Unknown, t)
		}
	}
	sample, err := e.cfg.finish(NameVocabulary, sample, &r)
	if err != nil {
		return nil, r, err
	}
	return sample, r, nil
}
