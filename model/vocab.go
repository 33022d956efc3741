// SPDX-License-Identifier: MIT

package model

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
)

// Vocabulary maps words to the feature indices of a sparse text model, as 0xDeCA10B's imdb.json does for its
// IMDB sentiment perceptron.
type Vocabulary struct {
	index map[string]int64
	size  uint64
}

// LoadVocabulary reads a vocabulary file; see ParseVocabulary.
func LoadVocabulary(path string) (*Vocabulary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load vocabulary: %w", err)
	}
	defer f.Close()
	v, err := ParseVocabulary(f)
	if err != nil {
		return nil, fmt.Errorf("load vocabulary %s: %w", path, err)
	}
	return v, nil
}

// ParseVocabulary reads a JSON object from word to feature index, the format of 0xDeCA10B's imdb.json.
// Indices must be integers from 0 up.
func ParseVocabulary(r io.Reader) (*Vocabulary, error) {
	var raw map[string]json.RawMessage
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("parse vocabulary: want a JSON object from word to feature index: %w", err)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("parse vocabulary: no words")
	}
	v := &Vocabulary{index: make(map[string]int64, len(raw))}
	for word, value := range raw {
		i, err := parseUint(value, fmt.Sprintf("vocabulary[%q]", word), maxParams-1)
		if err != nil {
			return nil, fmt.Errorf("parse vocabulary: %w", err)
		}
		v.index[word] = int64(i)
		v.size = max(v.size, i+1)
	}
	return v, nil
}

// Len returns the number of words.
func (v *Vocabulary) Len() int { return len(v.index) }

// NumFeatures returns one more than the largest index: the NumFeatures a model over this vocabulary needs.
func (v *Vocabulary) NumFeatures() uint64 { return v.size }

// Index returns the feature index of word, which must already be a token (lower case).
func (v *Vocabulary) Index(word string) (int64, bool) {
	i, ok := v.index[word]
	return i, ok
}

// Encode turns text into feature indices the way 0xDeCA10B's demo does for its "IMDB vocab" encoder
// (demo/client/src/components/model.js, setTransformInputMethod): lower-case the text, split it on runs of
// whitespace (JavaScript's /\s+/), and look every token up as it is, punctuation included, so "movie." is not
// "movie". See Tokens.
//
// Duplicates are kept, in text order, as the demo keeps them (its perceptron counted an index listed twice
// twice). Unknown tokens are dropped: the demo sends index 1337, which its 1000-weight model stored as weight
// 0, while sumkit's contracts reject an index past NumFeatures, so dropping gives the same score. Every
// sumkit sparse model takes each index once, in increasing order: apply SortedUnique before sending.
func (v *Vocabulary) Encode(text string) []int64 {
	return v.lookup(Tokens(text))
}

// EncodeWords turns text into feature indices with the tokenisation imdb.json appears to have been built
// with: scikit-learn's CountVectorizer default (lower-case, tokens are runs of two or more letters, digits
// or underscores; see WordTokens). The vocabulary's alphabetical index order, its "br" entry (from the
// reviews' <br /> tags) and the coef field the original deployment script read all point to that vectorizer.
// Unlike Encode it splits "movie." into "movie". Duplicates are kept and unknown words dropped, as in Encode.
func (v *Vocabulary) EncodeWords(text string) []int64 {
	return v.lookup(WordTokens(text))
}

func (v *Vocabulary) lookup(tokens []string) []int64 {
	out := make([]int64, 0, len(tokens))
	for _, t := range tokens {
		if i, ok := v.index[t]; ok {
			out = append(out, i)
		}
	}
	return out
}

// Tokens splits text as 0xDeCA10B's demo does: text.toLocaleLowerCase('en').split(/\s+/), dropping the empty
// tokens that leading or trailing whitespace leave. Lower-casing is Unicode's simple case mapping; whitespace
// is JavaScript's \s (which, unlike Go's unicode.IsSpace, includes U+FEFF and excludes U+0085).
func Tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), isJSSpace)
}

// WordTokens splits text as scikit-learn's CountVectorizer does by default: lower-case, then every maximal
// run of two or more word characters (letters, numbers, underscore), the pattern (?u)\b\w\w+\b.
func WordTokens(text string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isWordRune(r) }) {
		if len([]rune(t)) >= 2 {
			out = append(out, t)
		}
	}
	return out
}

// isJSSpace reports whether r matches JavaScript's \s: WhiteSpace and LineTerminator code points.
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0xfeff, 0x2028, 0x2029:
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

// isWordRune reports whether r matches Python's Unicode \w.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// SortedUnique returns the distinct values of data in increasing order: the sample form the sparse nearest
// centroid model requires, and a binary bag of words for the others.
func SortedUnique(data []int64) []int64 {
	out := slices.Clone(data)
	slices.Sort(out)
	return slices.Compact(out)
}
