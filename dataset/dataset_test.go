// SPDX-License-Identifier: MIT

package dataset_test

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

// wantShape is what loading a dataset must give.
type wantShape struct {
	train, valid, test int
	classes            []int // per class, over all sets
	numFeatures        uint64
	sparse             bool
}

// checkShape compares d with want.
func checkShape(t *testing.T, d *dataset.Dataset, want wantShape) {
	t.Helper()
	if d.Train.Len() != want.train || d.Valid.Len() != want.valid || d.Test.Len() != want.test {
		t.Errorf("train/valid/test = %d/%d/%d rows, want %d/%d/%d", d.Train.Len(), d.Valid.Len(), d.Test.Len(),
			want.train, want.valid, want.test)
	}
	if got := classTotals(d); !slices.Equal(got, want.classes) {
		t.Errorf("class counts %v (%q), want %v", got, d.Classes, want.classes)
	}
	if d.NumFeatures != want.numFeatures || d.Sparse != want.sparse {
		t.Errorf("%d features, sparse %v; want %d, %v", d.NumFeatures, d.Sparse, want.numFeatures, want.sparse)
	}
	for _, s := range []*dataset.Set{d.Train, d.Valid, d.Test} {
		if d.Sparse {
			checkSparse(t, s, d.NumFeatures)
			continue
		}
		for i := range s.Len() {
			if x, _ := s.Sample(i); uint64(len(x)) != d.NumFeatures {
				t.Fatalf("dense sample %d has %d values, want %d", i, len(x), d.NumFeatures)
			}
		}
	}
}

// TestFullDatasets loads every dataset of ../shared/datasets with the default options (seed 0, 20% test,
// 1000 hashing buckets) and checks row counts, class balance and sample form.
func TestFullDatasets(t *testing.T) {
	root := sharedRoot(t)
	tests := map[string]wantShape{
		dataset.IMDB: {train: 800, test: 200, classes: []int{500, 500}, numFeatures: 1000, sparse: true},
		// 5574 rows, 5171 distinct texts.
		dataset.SMS: {train: 4137, test: 1034, classes: []int{4518, 653}, numFeatures: 1000, sparse: true},
		dataset.LIAR: {train: 10269, valid: 1284, test: 1283, classes: []int{842 + 116 + 92, 1998 + 263 + 250,
			1657 + 237 + 214, 2123 + 248 + 267, 1966 + 251 + 249, 1683 + 169 + 211}, numFeatures: 1000, sparse: true},
		dataset.TicTacToe: {train: 766, test: 192, classes: []int{332, 626}, numFeatures: 27},
		dataset.WDBC:      {train: 455, test: 114, classes: []int{357, 212}, numFeatures: 30},
		dataset.Iris:      {train: 120, test: 30, classes: []int{50, 50, 50}, numFeatures: 4},
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			checkShape(t, open(t, name, dataset.Options{Root: root}), want)
		})
	}
	t.Run("liar train classes", func(t *testing.T) {
		d := open(t, dataset.LIAR, dataset.Options{Root: root})
		if got, want := d.Train.ClassCounts(6), []int{842, 1998, 1657, 2123, 1966, 1683}; !slices.Equal(got, want) {
			t.Errorf("train.tsv class counts %v, want %v", got, want)
		}
	})
}

// TestTestdataDatasets loads the copies in testdata, which CI always has.
func TestTestdataDatasets(t *testing.T) {
	tests := map[string]struct {
		opts dataset.Options
		want wantShape
	}{
		"imdb": {opts: dataset.Options{Root: testdataRoot},
			want: wantShape{train: 800, test: 200, classes: []int{500, 500}, numFeatures: 1000, sparse: true}},
		"imdb 30% test, 2^16 buckets": {opts: dataset.Options{Root: testdataRoot, TestFraction: 0.3,
			Text: dataset.TextOptions{HashFeatures: 1 << 16, HashSeed: 3}},
			want: wantShape{train: 700, test: 300, classes: []int{500, 500}, numFeatures: 1 << 16, sparse: true}},
		// The first 300 lines hold 296 distinct texts.
		"sms": {opts: dataset.Options{Root: testdataRoot},
			want: wantShape{train: 237, test: 59, classes: []int{252, 44}, numFeatures: 1000, sparse: true}},
		"tic-tac-toe": {opts: dataset.Options{Root: testdataRoot},
			want: wantShape{train: 766, test: 192, classes: []int{332, 626}, numFeatures: 27}},
		"wdbc": {opts: dataset.Options{Root: testdataRoot, Unscaled: true},
			want: wantShape{train: 80, test: 20, classes: []int{35, 65}, numFeatures: 30}},
		"iris": {opts: dataset.Options{Root: testdataRoot, TestFraction: 0.5},
			want: wantShape{train: 75, test: 75, classes: []int{50, 50, 50}, numFeatures: 4}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			name, _, _ := strings.Cut(name, " ")
			checkShape(t, open(t, name, tt.opts), tt.want)
		})
	}
}

func TestOpenErrors(t *testing.T) {
	empty := t.TempDir()
	tests := map[string]struct {
		name    string
		opts    dataset.Options
		wantIs  error
		wantErr []string
	}{
		"missing file": {name: dataset.SMS, opts: dataset.Options{Root: empty}, wantIs: dataset.ErrMissing,
			wantErr: []string{"load sms", filepath.Join(empty, "sms_spam_collection", "SMSSpamCollection"),
				"../shared/datasets", "Options.Root"}},
		"missing liar": {name: dataset.LIAR, opts: dataset.Options{Root: empty}, wantIs: dataset.ErrMissing,
			wantErr: []string{filepath.Join("liar", "train.tsv")}},
		"unknown": {name: "mnist", wantIs: dataset.ErrUnknownDataset, wantErr: []string{`"mnist"`, "tic-tac-toe"}},
		"test fraction 1": {name: dataset.Iris, opts: dataset.Options{Root: testdataRoot, TestFraction: 1},
			wantIs: dataset.ErrOptions, wantErr: []string{"test fraction 1"}},
		"negative test fraction": {name: dataset.IMDB, opts: dataset.Options{Root: testdataRoot,
			TestFraction: -0.1}, wantIs: dataset.ErrOptions},
		"NaN test fraction": {name: dataset.IMDB, opts: dataset.Options{Root: testdataRoot,
			TestFraction: math.NaN()}, wantIs: dataset.ErrOptions},
		"vocabulary and hashing": {name: dataset.IMDB, opts: dataset.Options{Root: testdataRoot,
			Text: dataset.TextOptions{Vocabulary: imdbVocabulary(t), HashFeatures: 10}}, wantIs: dataset.ErrOptions},
		"word tokens without vocabulary": {name: dataset.SMS, opts: dataset.Options{Root: testdataRoot,
			Text: dataset.TextOptions{WordTokens: true}}, wantIs: dataset.ErrOptions},
		"negative max features": {name: dataset.SMS, opts: dataset.Options{Root: testdataRoot,
			Text: dataset.TextOptions{MaxFeatures: -1}}, wantIs: dataset.ErrOptions},
		"too many buckets": {name: dataset.SMS, opts: dataset.Options{Root: testdataRoot,
			Text: dataset.TextOptions{HashFeatures: 1<<32 + 1}}, wantErr: []string{"buckets"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := dataset.Open(tt.name, tt.opts)
			if err == nil {
				t.Fatal("Open succeeded, want an error")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q does not wrap %q", err, tt.wantIs)
			}
			for _, s := range tt.wantErr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

// TestFormatErrors feeds each loader a malformed row and checks the error names the file and line.
func TestFormatErrors(t *testing.T) {
	tests := map[string]struct {
		name, file, content, wantErr string
	}{
		"imdb no tab": {name: dataset.IMDB, file: "sentiment_labelled_sentences/imdb_labelled.txt",
			content: "good\t1\nno tab here\n", wantErr: "imdb_labelled.txt:2: no tab"},
		"imdb label": {name: dataset.IMDB, file: "sentiment_labelled_sentences/imdb_labelled.txt",
			content: "good\t2\n", wantErr: `imdb_labelled.txt:1: label "2"`},
		"sms label": {name: dataset.SMS, file: "sms_spam_collection/SMSSpamCollection",
			content: "ham\thi\neggs\tspam\n", wantErr: `SMSSpamCollection:2: label "eggs"`},
		"liar columns": {name: dataset.LIAR, file: "liar/train.tsv",
			content: "1.json\ttrue\tshort\n", wantErr: "train.tsv:1: 3 tab-separated columns, want 14"},
		"tic-tac-toe cell": {name: dataset.TicTacToe, file: "tic_tac_toe/tic-tac-toe.data",
			content: "x,x,x,o,o,b,b,b,q,positive\n", wantErr: `tic-tac-toe.data:1: cell 9 is "q"`},
		"wdbc number": {name: dataset.WDBC, file: "wdbc/wdbc.data",
			content: "1,M" + strings.Repeat(",1", 29) + ",NaN\n", wantErr: `wdbc.data:1: feature 30 is "NaN"`},
		"iris class": {name: dataset.Iris, file: "iris/bezdekIris.data",
			content: "5.1,3.5,1.4,0.2,Iris-setosa\n\n4.9,3.0,1.4,0.2,Iris-rosa\n",
			wantErr: `bezdekIris.data:3: class "Iris-rosa"`},
		"iris empty": {name: dataset.Iris, file: "iris/bezdekIris.data", content: "\n\n",
			wantErr: "no rows"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			path := filepath.Join(root, filepath.FromSlash(tt.file))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := dataset.Open(tt.name, dataset.Options{Root: root})
			if err == nil || !errors.Is(err, dataset.ErrFormat) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Open error = %v, want ErrFormat mentioning %q", err, tt.wantErr)
			}
		})
	}
}

func TestDefaultRoot(t *testing.T) {
	got, err := dataset.DefaultRoot()
	if err != nil {
		t.Fatal(err)
	}
	// Tests run in the package folder, one below the repository root.
	want, err := filepath.Abs(filepath.Join("..", "..", "shared", "datasets"))
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("DefaultRoot() = %s, want %s", got, want)
	}
}

// TestOpenDeterministic checks that a seed fixes the split: the same seed gives identical sets, another seed
// different ones, for every dataset in testdata.
func TestOpenDeterministic(t *testing.T) {
	for _, name := range []string{dataset.IMDB, dataset.SMS, dataset.TicTacToe, dataset.WDBC, dataset.Iris} {
		t.Run(name, func(t *testing.T) {
			a := open(t, name, dataset.Options{Root: testdataRoot, Seed: 7})
			b := open(t, name, dataset.Options{Root: testdataRoot, Seed: 7})
			c := open(t, name, dataset.Options{Root: testdataRoot, Seed: 8})
			if !equalSets(a.Train, b.Train) || !equalSets(a.Test, b.Test) {
				t.Error("seed 7 twice gave different splits")
			}
			if equalSets(a.Train, c.Train) {
				t.Error("seeds 7 and 8 gave the same training set")
			}
		})
	}
}
