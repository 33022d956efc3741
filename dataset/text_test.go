// SPDX-License-Identifier: MIT

package dataset_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
)

// labelledText is a row as the tests read it, independently of the loaders.
type labelledText struct {
	text  string
	label uint64
}

// readIMDBRows parses imdb_labelled.txt for the tests: sentence, last tab, label.
func readIMDBRows(t *testing.T, root string) []labelledText {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "sentiment_labelled_sentences", "imdb_labelled.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []labelledText
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		i := strings.LastIndex(line, "\t")
		rows = append(rows, labelledText{line[:i], uint64(line[i+1] - '0')})
	}
	return rows
}

// readSMSRows parses SMSSpamCollection for the tests, keeping the first of identical texts.
func readSMSRows(t *testing.T, root string) []labelledText {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "sms_spam_collection", "SMSSpamCollection"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []labelledText
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		label, text, _ := strings.Cut(line, "\t")
		if !seen[text] {
			seen[text] = true
			rows = append(rows, labelledText{text, map[string]uint64{"ham": 0, "spam": 1}[label]})
		}
	}
	return rows
}

// checkEncoded fails t unless set holds, in order, the rows at the given positions encoded by enc as
// distinct sorted indices.
func checkEncoded(t *testing.T, set *dataset.Set, rows []labelledText, order []int, enc func(string) []int64) {
	t.Helper()
	if set.Len() != len(order) {
		t.Fatalf("set has %d samples, want %d", set.Len(), len(order))
	}
	for i, r := range order {
		x, label := set.Sample(i)
		want := model.SortedUnique(enc(rows[r].text))
		if !slices.Equal(x, want) || label != rows[r].label {
			t.Fatalf("sample %d (row %d, %q) = (%v, %d), want (%v, %d)", i, r, rows[r].text, x, label, want,
				rows[r].label)
		}
	}
}

// TestTextMatchesEncoder checks that a text dataset's samples are exactly what the encoder package makes of
// each row's text, reduced to sorted distinct indices, in the order Split gives: the tokenisation is the
// encoders', not a copy of it.
func TestTextMatchesEncoder(t *testing.T) {
	v := imdbVocabulary(t)
	must := func(e encoder.Encoder, err error) func(string) []int64 {
		if err != nil {
			t.Fatal(err)
		}
		return func(s string) []int64 {
			x, err := e.Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			return x
		}
	}
	vocabEnc := must(encoder.NewVocabulary(v))
	tests := map[string]struct {
		name string
		text dataset.TextOptions
		enc  func(string) []int64
	}{
		"imdb hashing default": {name: dataset.IMDB, enc: must(encoder.NewHashing(dataset.DefaultHashFeatures, 0))},
		"imdb hashing seeded": {name: dataset.IMDB, text: dataset.TextOptions{HashFeatures: 1 << 20, HashSeed: 9},
			enc: must(encoder.New("hashing:1048576:seed=9"))},
		"imdb vocabulary": {name: dataset.IMDB, text: dataset.TextOptions{Vocabulary: v}, enc: vocabEnc},
		"imdb word tokens": {name: dataset.IMDB, text: dataset.TextOptions{Vocabulary: v, WordTokens: true},
			enc: v.EncodeWords},
		"sms hashing": {name: dataset.SMS, text: dataset.TextOptions{HashFeatures: 5000},
			enc: must(encoder.NewHashing(5000, 0))},
		"sms vocabulary": {name: dataset.SMS, text: dataset.TextOptions{Vocabulary: v}, enc: vocabEnc},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			const seed = 11
			d := open(t, tt.name, dataset.Options{Root: testdataRoot, Seed: seed, Text: tt.text})
			var rows []labelledText
			if tt.name == dataset.IMDB {
				rows = readIMDBRows(t, testdataRoot)
			} else {
				rows = readSMSRows(t, testdataRoot)
			}
			train, test, err := dataset.Split(len(rows), dataset.DefaultTestFraction, seed)
			if err != nil {
				t.Fatal(err)
			}
			checkEncoded(t, d.Train, rows, train, tt.enc)
			checkEncoded(t, d.Test, rows, test, tt.enc)
			if tt.text.Vocabulary != nil && d.NumFeatures != v.NumFeatures() {
				t.Errorf("NumFeatures %d, want the vocabulary's %d", d.NumFeatures, v.NumFeatures())
			}
		})
	}
}

// TestSMSNoLeak checks that no message is in both train and test: the loader deduplicates before splitting,
// and its samples are the rows of the deduplicated file in split order (which TestTextMatchesEncoder shows
// for the testdata copy; here for the full collection too when it is present).
func TestSMSNoLeak(t *testing.T) {
	roots := map[string]func(t *testing.T) string{
		"testdata": func(*testing.T) string { return testdataRoot },
		"full":     sharedRoot,
	}
	wantRows := map[string]int{"testdata": 296, "full": 5171}
	for name, root := range roots {
		t.Run(name, func(t *testing.T) {
			root := root(t)
			rows := readSMSRows(t, root)
			if len(rows) != wantRows[name] {
				t.Fatalf("%d distinct messages, want %d", len(rows), wantRows[name])
			}
			for _, seed := range []uint64{0, 1, 2} {
				d := open(t, dataset.SMS, dataset.Options{Root: root, Seed: seed})
				train, test, err := dataset.Split(len(rows), dataset.DefaultTestFraction, seed)
				if err != nil {
					t.Fatal(err)
				}
				enc, err := encoder.NewHashing(dataset.DefaultHashFeatures, 0)
				if err != nil {
					t.Fatal(err)
				}
				encode := func(s string) []int64 { x, _ := enc.Encode(s); return x }
				checkEncoded(t, d.Train, rows, train, encode)
				checkEncoded(t, d.Test, rows, test, encode)
				inTrain := map[string]bool{}
				for _, r := range train {
					inTrain[rows[r].text] = true
				}
				for _, r := range test {
					if inTrain[rows[r].text] {
						t.Fatalf("seed %d: message %q is in train and test", seed, rows[r].text)
					}
				}
			}
		})
	}
}

// TestMaxFeatures checks the cap: no sample longer than MaxFeatures, each capped sample a subset of the
// uncapped one, and Capped counting exactly the samples that lost indices.
func TestMaxFeatures(t *testing.T) {
	for _, limit := range []int{1, 5, 20} {
		full := open(t, dataset.SMS, dataset.Options{Root: testdataRoot})
		capped := open(t, dataset.SMS, dataset.Options{Root: testdataRoot, Text: dataset.TextOptions{MaxFeatures: limit}})
		if full.Capped != 0 {
			t.Errorf("uncapped dataset reports %d capped samples", full.Capped)
		}
		want := 0
		for _, pair := range [][2]*dataset.Set{{full.Train, capped.Train}, {full.Test, capped.Test}} {
			checkSparse(t, pair[1], capped.NumFeatures)
			for i := range pair[0].Len() {
				x, _ := pair[0].Sample(i)
				y, _ := pair[1].Sample(i)
				if len(x) > limit {
					want++
					if len(y) != limit {
						t.Fatalf("limit %d: sample %d has %d of its %d indices, want %d", limit, i, len(y), len(x), limit)
					}
				} else if !slices.Equal(x, y) {
					t.Fatalf("limit %d: sample %d = %v, want it uncut: %v", limit, i, y, x)
				}
				for _, f := range y {
					if !slices.Contains(x, f) {
						t.Fatalf("limit %d: capped sample %d has index %d the full one %v lacks", limit, i, f, x)
					}
				}
			}
		}
		if capped.Capped != want || want == 0 {
			t.Errorf("limit %d: Capped = %d, want %d (and some)", limit, capped.Capped, want)
		}
		if got := max(capped.Train.MaxLen(), capped.Test.MaxLen()); got != limit {
			t.Errorf("limit %d: longest sample %d", limit, got)
		}
	}
}

// TestLIARFixture loads a made-up file in LIAR's format (the real one is for research use only, so the
// repository does not copy it) and checks that the published split is kept and columns 2 and 3 are read.
func TestLIARFixture(t *testing.T) {
	root := t.TempDir()
	row := func(label, statement string) string {
		// id, label, statement, subjects, speaker, job, state, party, 5 counts, context
		return strings.Join([]string{"1.json", label, statement, "taxes", "someone", "", "", "none",
			"0", "1", "0", "0", "0", "a speech"}, "\t") + "\n"
	}
	files := map[string]string{
		"train.tsv": row("true", "Taxes went up.") + row("pants-fire", "The moon is cheese.") +
			row("half-true", "Taxes went DOWN!"),
		"valid.tsv": row("false", "Nobody pays taxes."),
		"test.tsv":  row("mostly-true", "Cheese is made of milk.") + row("barely-true", "The moon, up."),
	}
	if err := os.MkdirAll(filepath.Join(root, "liar"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(root, "liar", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The seed and test fraction do not matter: LIAR keeps its split.
	d := open(t, dataset.LIAR, dataset.Options{Root: root, Seed: 99, TestFraction: 0.9,
		Text: dataset.TextOptions{HashFeatures: 1 << 32}})
	if want := []string{"pants-fire", "false", "barely-true", "half-true", "mostly-true", "true"}; !slices.Equal(d.Classes, want) {
		t.Errorf("classes %q, want %q", d.Classes, want)
	}
	enc, err := encoder.NewHashing(1<<32, 0)
	if err != nil {
		t.Fatal(err)
	}
	hash := func(s string) []int64 { x, _ := enc.Encode(s); return model.SortedUnique(x) }
	tests := []struct {
		set       *dataset.Set
		i         int
		statement string
		label     uint64
	}{
		{d.Train, 0, "Taxes went up.", 5}, {d.Train, 1, "The moon is cheese.", 0}, {d.Train, 2, "Taxes went DOWN!", 3},
		{d.Valid, 0, "Nobody pays taxes.", 1},
		{d.Test, 0, "Cheese is made of milk.", 4}, {d.Test, 1, "The moon, up.", 2},
	}
	if d.Train.Len() != 3 || d.Valid.Len() != 1 || d.Test.Len() != 2 {
		t.Fatalf("train/valid/test %d/%d/%d rows, want 3/1/2", d.Train.Len(), d.Valid.Len(), d.Test.Len())
	}
	for _, tt := range tests {
		x, label := tt.set.Sample(tt.i)
		if want := hash(tt.statement); !slices.Equal(x, want) || label != tt.label {
			t.Errorf("%q: sample (%v, %d), want (%v, %d)", tt.statement, x, label, want, tt.label)
		}
	}
}

// TestIMDBVocabularyCoverage checks that dataset samples split text into words as imdb.json was built, the
// way `sumkit add` does, and documents what that gains over 0xDeCA10B's demo (punctuation stays on words,
// model.Vocabulary.Encode): fewer sentences with no vocabulary word. The deprecated WordTokens changes nothing.
func TestIMDBVocabularyCoverage(t *testing.T) {
	v := imdbVocabulary(t)
	empty := func(words bool) (n int) {
		d := open(t, dataset.IMDB, dataset.Options{Root: testdataRoot, Text: dataset.TextOptions{Vocabulary: v,
			WordTokens: words}})
		for _, s := range []*dataset.Set{d.Train, d.Test} {
			for i := range s.Len() {
				if x, _ := s.Sample(i); len(x) == 0 {
					n++
				}
			}
		}
		return n
	}
	demo := 0
	for _, r := range readIMDBRows(t, testdataRoot) {
		if len(v.Encode(r.text)) == 0 {
			demo++
		}
	}
	words, deprecated := empty(false), empty(true)
	t.Logf("sentences with no vocabulary word: %d with the demo's tokens, %d with word tokens", demo, words)
	if words >= demo {
		t.Errorf("dataset samples leave %d sentences empty, the demo's tokens %d: want fewer (word tokens)", words,
			demo)
	}
	if deprecated != words {
		t.Errorf("WordTokens: %d sentences empty, without it %d: want no difference", deprecated, words)
	}
}
