// SPDX-License-Identifier: MIT

package model

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"simple":              {"Hello World", []string{"hello", "world"}},
		"runs of whitespace":  {"  a \t\tb\n\r\nc  ", []string{"a", "b", "c"}},
		"punctuation stays":   {"A great movie.", []string{"a", "great", "movie."}},
		"apostrophes stay":    {"Don't", []string{"don't"}},
		"no-break space":      {"a\u00a0b", []string{"a", "b"}},
		"BOM is JS space":     {"a\ufeffb", []string{"a", "b"}},
		"NEL is not JS space": {"a\u0085b", []string{"a\u0085b"}},
		"ideographic space":   {"a\u3000b", []string{"a", "b"}},
		"empty":               {"", nil},
		"only spaces":         {"   ", nil},
		"unicode lower":       {"ÉCOLE Straße", []string{"école", "straße"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Tokens(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWordTokens(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"punctuation splits":   {"A great movie.", []string{"great", "movie"}},
		"one letter dropped":   {"Don't like it, 10/10!", []string{"don", "like", "it", "10", "10"}},
		"underscore is a word": {"snake_case x_", []string{"snake_case", "x_"}},
		"html break":           {"good<br /><br />bad", []string{"good", "br", "br", "bad"}},
		"unicode letters":      {"Café crème", []string{"café", "crème"}},
		"empty":                {"!!", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := WordTokens(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("WordTokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestVocabulary(t *testing.T) {
	v, err := ParseVocabulary(strings.NewReader(`{"good": 0, "movie": 2, "bad": 1, "it's": 3}`))
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() != 4 || v.NumFeatures() != 4 {
		t.Errorf("Len %d, NumFeatures %d; want 4, 4", v.Len(), v.NumFeatures())
	}
	tests := map[string]struct {
		text        string
		encode      []int64
		encodeWords []int64
	}{
		"duplicates kept in order": {"Good good BAD movie", []int64{0, 0, 1, 2}, []int64{0, 0, 1, 2}},
		"unknown dropped":          {"a good plot", []int64{0}, []int64{0}},
		"punctuation":              {"good, movie.", nil, []int64{0, 2}},
		"apostrophe":               {"It's good", []int64{3, 0}, []int64{0}},
		"nothing known":            {"meh", []int64{}, []int64{}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := v.Encode(tt.text); !slices.Equal(got, tt.encode) {
				t.Errorf("Encode(%q) = %v, want %v", tt.text, got, tt.encode)
			}
			if got := v.EncodeWords(tt.text); !slices.Equal(got, tt.encodeWords) {
				t.Errorf("EncodeWords(%q) = %v, want %v", tt.text, got, tt.encodeWords)
			}
		})
	}
	if i, ok := v.Index("movie"); !ok || i != 2 {
		t.Errorf("Index(movie) = %d, %v", i, ok)
	}
	if _, ok := v.Index("Movie"); ok {
		t.Errorf("Index(Movie) found; lookups are of lower-case tokens")
	}
}

func TestParseVocabularyErrors(t *testing.T) {
	tests := map[string]struct {
		json string
		want string
	}{
		"not an object":  {`[1]`, "JSON object"},
		"empty":          {`{}`, "no words"},
		"negative index": {`{"a": -1}`, "negative"},
		"string index":   {`{"a": "1"}`, "bare JSON number"},
		"fraction":       {`{"a": 1.5}`, "not a whole number"},
		"huge index":     {`{"a": 1e12}`, "above the limit"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ParseVocabulary(strings.NewReader(tt.json))
			wantErr(t, err, tt.want)
		})
	}
	_, err := LoadVocabulary(testdataDir("no-such-vocabulary.json"))
	wantErr(t, err, "load vocabulary", "no-such-vocabulary.json")
}

func TestSortedUnique(t *testing.T) {
	in := []int64{5, 1, 5, 3, 1}
	if got := SortedUnique(in); !slices.Equal(got, []int64{1, 3, 5}) {
		t.Errorf("SortedUnique = %v, want [1 3 5]", got)
	}
	if !slices.Equal(in, []int64{5, 1, 5, 3, 1}) {
		t.Errorf("SortedUnique changed its input to %v", in)
	}
	if got := SortedUnique(nil); len(got) != 0 {
		t.Errorf("SortedUnique(nil) = %v", got)
	}
}

// sentence is one labelled line of the UCI Sentiment Labelled Sentences data.
type sentence struct {
	text  string
	label uint64
}

// readSentences parses sentence<TAB>label lines: lines split on \n only (two lines hold U+0085), each line
// on its last tab, no quote handling.
func readSentences(t *testing.T, path string) []sentence {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read sentences: %v", err)
	}
	var out []sentence
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		tab := strings.LastIndex(line, "\t")
		if tab < 0 {
			t.Fatalf("line %d has no tab: %q", i+1, line)
		}
		label := strings.TrimSpace(line[tab+1:])
		if label != "0" && label != "1" {
			t.Fatalf("line %d: label %q, want 0 or 1", i+1, label)
		}
		out = append(out, sentence{line[:tab], uint64(label[0] - '0')})
	}
	return out
}

// TestIMDBSentences runs 0xDeCA10B's IMDB sentiment perceptron over the 1000 labelled IMDB sentences with both
// encoders and reports its accuracy. The model was trained on full IMDB reviews, not these sentences.
func TestIMDBSentences(t *testing.T) {
	m := mustLoad(t, "imdb-sentiment-model.json")
	vocab, err := LoadVocabulary(testdataDir("models", "imdb.json"))
	if err != nil {
		t.Fatal(err)
	}
	if vocab.Len() != 1000 || vocab.NumFeatures() != m.NumFeatures {
		t.Fatalf("vocabulary has %d words over %d features, the model %d features", vocab.Len(), vocab.NumFeatures(), m.NumFeatures)
	}
	sentences := readSentences(t, testdataDir("datasets", "sentiment_labelled_sentences", "imdb_labelled.txt"))
	if len(sentences) != 1000 {
		t.Fatalf("read %d sentences, want 1000", len(sentences))
	}
	var positives int
	for _, s := range sentences {
		positives += int(s.label)
	}
	if positives != 500 {
		t.Errorf("%d positive sentences, want 500", positives)
	}
	encoders := map[string]func(string) []int64{
		"Encode (0xDeCA10B demo: whitespace split)": vocab.Encode,
		"EncodeWords (CountVectorizer tokens)":      vocab.EncodeWords,
	}
	accuracy := make(map[string]float64)
	for name, encode := range encoders {
		var correct, agree, empty, indices, positive int
		for _, s := range sentences {
			// The contract takes each word once (a binary bag of words), as the CLI's encoders send it.
			data := SortedUnique(encode(s.text))
			if len(data) == 0 {
				empty++
			}
			indices += len(data)
			class, margin, err := m.PredictFloat(data)
			if err != nil {
				t.Fatalf("%s: PredictFloat(%q) error = %v", name, s.text, err)
			}
			got, err := m.Predict(data)
			if err != nil {
				t.Fatalf("%s: Predict(%q) error = %v", name, s.text, err)
			}
			if got == class {
				agree++
			} else if margin > agreementBound {
				t.Errorf("%s: %q: Predict %d, PredictFloat %d, margin %g", name, s.text, got, class, margin)
			}
			if class == s.label {
				correct++
			}
			positive += int(class)
		}
		accuracy[name] = float64(correct) / float64(len(sentences))
		// The intercept of 5, fitted to full-length reviews, tilts short sentences towards Positive.
		t.Logf("%s: float accuracy %.1f%% (%d/%d), %d predicted Positive, integer Predict agrees on %d; %.1f known words per sentence, %d sentences with none",
			name, 100*accuracy[name], correct, len(sentences), positive, agree, float64(indices)/float64(len(sentences)), empty)
	}
	for name, acc := range accuracy {
		if acc < 0.6 {
			t.Errorf("%s: accuracy %.1f%%, want well above chance (at least 60%%)", name, 100*acc)
		}
	}
}
