// SPDX-License-Identifier: MIT

package dataset_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/encoder"
)

// ownData holds made-up datasets in every format OpenFile reads; see testdata/own-data/README.md.
var ownData = filepath.Join("..", "testdata", "own-data")

// TestOpenFile loads each own-data fixture and checks what a run depends on: the name results give it, the
// classes in their fixed order, the split, sparse or dense, and that the TSV and JSON lines forms of one file
// give the same samples.
func TestOpenFile(t *testing.T) {
	tests := map[string]struct {
		file        string
		opts        dataset.FileOptions
		wantName    string
		wantClasses []string
		wantRows    int
		wantSparse  bool
		wantFeats   uint64
	}{
		"tsv by extension": {file: "reviews.tsv", wantName: "reviews", wantClasses: []string{"neg", "pos"},
			wantRows: 160, wantSparse: true, wantFeats: dataset.DefaultHashFeatures},
		"jsonl text, named": {file: "reviews.jsonl", opts: dataset.FileOptions{Name: "my reviews"},
			wantName: "my reviews", wantClasses: []string{"neg", "pos"}, wantRows: 160, wantSparse: true,
			wantFeats: dataset.DefaultHashFeatures},
		"csv with header, label first": {file: "weather.csv",
			opts:     dataset.FileOptions{Header: true, LabelColumn: 1},
			wantName: "weather", wantClasses: []string{"dry", "rain"}, wantRows: 120, wantFeats: 3},
		"jsonl features, numeric labels": {file: "weather.jsonl", wantName: "weather",
			wantClasses: []string{"0", "1"}, wantRows: 120, wantFeats: 3},
		"format given over extension": {file: "reviews.tsv", opts: dataset.FileOptions{Format: dataset.FormatTSV,
			Options: dataset.Options{Text: dataset.TextOptions{HashFeatures: 64}}}, wantName: "reviews",
			wantClasses: []string{"neg", "pos"}, wantRows: 160, wantSparse: true, wantFeats: 64},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			d, err := dataset.OpenFile(filepath.Join(ownData, tt.file), tt.opts)
			if err != nil {
				t.Fatalf("OpenFile() error = %v", err)
			}
			if d.Name != tt.wantName || !slices.Equal(d.Classes, tt.wantClasses) {
				t.Errorf("name %q, classes %q; want %q, %q", d.Name, d.Classes, tt.wantName, tt.wantClasses)
			}
			if d.Sparse != tt.wantSparse || d.NumFeatures != tt.wantFeats {
				t.Errorf("sparse %v, %d features; want %v, %d", d.Sparse, d.NumFeatures, tt.wantSparse, tt.wantFeats)
			}
			if got := d.Train.Len() + d.Test.Len(); got != tt.wantRows {
				t.Errorf("%d rows, want %d", got, tt.wantRows)
			}
			if want := tt.wantRows / 5; d.Test.Len() != want {
				t.Errorf("test set %d rows, want %d (the default 20%%)", d.Test.Len(), want)
			}
			labels := map[uint64]bool{}
			for i := range d.Train.Len() {
				x, y := d.Train.Sample(i)
				labels[y] = true
				if !d.Sparse && uint64(len(x)) != d.NumFeatures {
					t.Fatalf("train sample %d has %d values, want %d", i, len(x), d.NumFeatures)
				}
				if d.Sparse && !slices.IsSorted(x) {
					t.Fatalf("train sample %d = %v, not increasing indices", i, x)
				}
			}
			if len(labels) != len(tt.wantClasses) {
				t.Errorf("training labels %v, want all %d classes", labels, len(tt.wantClasses))
			}
		})
	}

	t.Run("tsv and jsonl agree", func(t *testing.T) {
		a, err := dataset.OpenFile(filepath.Join(ownData, "reviews.tsv"), dataset.FileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := dataset.OpenFile(filepath.Join(ownData, "reviews.jsonl"), dataset.FileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range a.Train.Len() {
			xa, ya := a.Train.Sample(i)
			xb, yb := b.Train.Sample(i)
			if !slices.Equal(xa, xb) || ya != yb {
				t.Fatalf("train sample %d: tsv %v/%d, jsonl %v/%d", i, xa, ya, xb, yb)
			}
		}
	})

	t.Run("text encoded as add would", func(t *testing.T) {
		d, err := dataset.OpenFile(filepath.Join(ownData, "reviews.tsv"), dataset.FileOptions{
			Options: dataset.Options{TestFraction: 0.5, Seed: 3}})
		if err != nil {
			t.Fatal(err)
		}
		enc, err := encoder.New("hashing:1000", encoder.WithSortedUnique())
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSpace(readString(t, filepath.Join(ownData, "reviews.tsv"))), "\n") {
			text, _, _ := strings.Cut(line, "\t")
			x, err := enc.Encode(text)
			if err != nil {
				t.Fatal(err)
			}
			want[fmt.Sprint(x)] = true
		}
		for i := range d.Test.Len() {
			x, _ := d.Test.Sample(i)
			if !want[fmt.Sprint(x)] {
				t.Fatalf("test sample %d = %v is no text's encoding", i, x)
			}
		}
	})
}

// readString reads a file the test needs.
func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOpenFileErrors writes one bad file per case and requires a one-line error that names the problem and,
// for a bad row, the file and line.
func TestOpenFileErrors(t *testing.T) {
	tests := map[string]struct {
		file    string // name in a fresh folder; its content below
		content string
		opts    dataset.FileOptions
		wantErr []string
		wantIs  error
	}{
		"missing file": {file: "", wantErr: []string{"no-such.tsv", "no such file", "check the path"},
			wantIs: dataset.ErrMissing},
		"unknown format": {file: "a.tsv", content: "x\t1\ny\t2\n", opts: dataset.FileOptions{Format: "xml"},
			wantErr: []string{`unknown format "xml"`, `"tsv" "csv" "jsonl"`}, wantIs: dataset.ErrOptions},
		"no format, unknown extension": {file: "a.txt", content: "x\t1\ny\t2\n",
			wantErr: []string{`extension ".txt" names none`}, wantIs: dataset.ErrOptions},
		"tsv without tab": {file: "a.tsv", content: "good film\tpos\nbad film neg\n",
			wantErr: []string{"a.tsv:2:", "no tab"}, wantIs: dataset.ErrFormat},
		"tsv empty label": {file: "a.tsv", content: "good film\tpos\n\nbad film\t \n",
			wantErr: []string{"a.tsv:3:", "empty label"}, wantIs: dataset.ErrFormat},
		"one class": {file: "a.tsv", content: "good\tpos\nfine\tpos\nnice\tpos\n",
			wantErr: []string{`every one of the 3 rows has the label "pos"`, "at least 2 classes"},
			wantIs:  dataset.ErrTooFewClasses},
		"empty file": {file: "a.tsv", content: "\n\n", wantErr: []string{"no rows"}, wantIs: dataset.ErrFormat},
		"csv not a number": {file: "a.csv", content: "1,2,a\n3,x,b\n",
			wantErr: []string{"a.csv:2:", `feature 2 is "x"`}, wantIs: dataset.ErrFormat},
		"csv header not declared": {file: "a.csv", content: "t,h,label\n1,2,a\n",
			wantErr: []string{"a.csv:1:", "say the file has a header"}, wantIs: dataset.ErrFormat},
		"csv ragged": {file: "a.csv", content: "1,2,a\n3,4,5,b\n",
			wantErr: []string{"a.csv:2:", "4 columns, the first row has 3"}, wantIs: dataset.ErrFormat},
		"csv label column too far": {file: "a.csv", content: "1,2,a\n", opts: dataset.FileOptions{LabelColumn: 4},
			wantErr: []string{"a.csv:1:", "label column 4, but the row has 3 columns"}, wantIs: dataset.ErrFormat},
		"csv bad quote": {file: "a.csv", content: "1,2,a\n3,4,\"b\n",
			wantErr: []string{"a.csv:2:"}, wantIs: dataset.ErrFormat},
		"header on tsv": {file: "a.tsv", content: "x\t1\n", opts: dataset.FileOptions{Header: true},
			wantErr: []string{"for csv files, not tsv"}, wantIs: dataset.ErrOptions},
		"jsonl bad json": {file: "a.jsonl", content: `{"text": "a", "label": 1}` + "\n" + `{"text": "b", label: 0}` + "\n",
			wantErr: []string{"a.jsonl:2:", "not a JSON object"}, wantIs: dataset.ErrFormat},
		"jsonl unknown field": {file: "a.jsonl", content: `{"txt": "a", "label": 1}` + "\n",
			wantErr: []string{"a.jsonl:1:", `unknown field "txt"`}, wantIs: dataset.ErrFormat},
		"jsonl no label": {file: "a.jsonl", content: `{"text": "a", "label": 1}` + "\n" + `{"text": "b"}` + "\n",
			wantErr: []string{"a.jsonl:2:", `no "label"`}, wantIs: dataset.ErrFormat},
		"jsonl mixed kinds": {file: "a.jsonl",
			content: `{"text": "a", "label": 1}` + "\n" + `{"features": [1, 2], "label": 0}` + "\n",
			wantErr: []string{"a.jsonl:2:", "another kind than line 1's"}, wantIs: dataset.ErrFormat},
		"jsonl width": {file: "a.jsonl",
			content: `{"features": [1, 2], "label": 1}` + "\n" + `{"features": [1, 2, 3], "label": 0}` + "\n",
			wantErr: []string{"a.jsonl:2:", "3 features, line 1 has 2"}, wantIs: dataset.ErrFormat},
		"jsonl bad label": {file: "a.jsonl", content: `{"text": "a", "label": [1]}` + "\n",
			wantErr: []string{"a.jsonl:1:", "label [1] is not a string or a number"}, wantIs: dataset.ErrFormat},
		"jsonl two objects": {file: "a.jsonl", content: `{"text": "a", "label": 1} {"text": "b", "label": 0}` + "\n",
			wantErr: []string{"a.jsonl:1:", "one object on each line"}, wantIs: dataset.ErrFormat},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "no-such.tsv")
			if tt.file != "" {
				path = filepath.Join(filepath.Dir(path), tt.file)
				if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := dataset.OpenFile(path, tt.opts)
			if err == nil {
				t.Fatal("OpenFile() error = nil, want one")
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q spans lines, want one", err)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q, want it to contain %q", err, w)
				}
			}
			if !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q, want it to wrap %q", err, tt.wantIs)
			}
		})
	}
}

// TestOpenFileClassOrder checks that classes come in a fixed order, whatever the rows' order: numeric when
// every label is an integer, byte order otherwise.
func TestOpenFileClassOrder(t *testing.T) {
	tests := map[string]struct {
		labels []string
		want   []string
	}{
		"integers":  {labels: []string{"10", "2", "-1", "2", "10"}, want: []string{"-1", "2", "10"}},
		"names":     {labels: []string{"spam", "ham", "eggs", "ham"}, want: []string{"eggs", "ham", "spam"}},
		"mixed":     {labels: []string{"10", "2", "x"}, want: []string{"10", "2", "x"}},
		"reordered": {labels: []string{"ham", "eggs", "spam", "spam"}, want: []string{"eggs", "ham", "spam"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for i, l := range tt.labels {
				b.WriteString("text number " + string(rune('a'+i)) + "\t" + l + "\n")
			}
			path := filepath.Join(t.TempDir(), "labels.tsv")
			if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			d, err := dataset.OpenFile(path, dataset.FileOptions{Options: dataset.Options{TestFraction: 0.4}})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(d.Classes, tt.want) {
				t.Errorf("classes %q, want %q", d.Classes, tt.want)
			}
		})
	}
}

// TestTextEncoderSpec checks TextOptions.Encoder: with "sklearn-hashing:1000" every IMDB sentence becomes the
// set of columns scikit-learn's HashingVectorizer gave it (testdata/encoder/sklearn_hashing.jsonl), and specs
// that cannot encode text, or clash with HashFeatures, are refused.
func TestTextEncoderSpec(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "encoder", "sklearn_hashing.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sklearn := map[string]string{} // column set, as fmt prints it, of every distinct text
	dec := json.NewDecoder(f)
	for dec.More() {
		var row struct {
			Text     string
			Features map[string][][2]int64
		}
		if err := dec.Decode(&row); err != nil {
			t.Fatal(err)
		}
		cols := []int64{}
		for _, p := range row.Features["1000"] {
			cols = append(cols, p[0])
		}
		sklearn[row.Text] = fmt.Sprint(cols)
	}
	d, err := dataset.Open(dataset.IMDB, dataset.Options{Root: testdataRoot,
		Text: dataset.TextOptions{Encoder: "sklearn-hashing:1000"}})
	if err != nil {
		t.Fatal(err)
	}
	if d.NumFeatures != 1000 {
		t.Errorf("%d features, want 1000", d.NumFeatures)
	}
	samples := map[string]bool{}
	for _, s := range []*dataset.Set{d.Train, d.Test} {
		for i := range s.Len() {
			x, _ := s.Sample(i)
			samples[fmt.Sprint(append([]int64{}, x...))] = true
		}
	}
	seen := map[string]bool{}
	for _, cols := range sklearn {
		seen[cols] = true
	}
	matched := 0
	for s := range samples {
		if seen[s] {
			matched++
		}
	}
	if matched != len(samples) || len(samples) < 900 {
		t.Errorf("%d of %d distinct IMDB samples are scikit-learn column sets, want all (and at least 900)",
			matched, len(samples))
	}

	for name, tt := range map[string]struct {
		text    dataset.TextOptions
		wantErr string
	}{
		"none reads numbers":   {text: dataset.TextOptions{Encoder: "none"}, wantErr: "reads numbers, not text"},
		"spec and buckets":     {text: dataset.TextOptions{Encoder: "hashing:10", HashFeatures: 10}, wantErr: "carries its own buckets"},
		"unknown spec":         {text: dataset.TextOptions{Encoder: "bert"}, wantErr: `unknown encoder "bert"`},
		"vocabulary not given": {text: dataset.TextOptions{Encoder: "imdb-vocab"}, wantErr: "needs a vocabulary"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := dataset.OpenFile(filepath.Join(ownData, "reviews.tsv"), dataset.FileOptions{
				Options: dataset.Options{Text: tt.text}})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, dataset.ErrOptions) {
				t.Errorf("OpenFile() error = %v, want one containing %q and wrapping ErrOptions", err, tt.wantErr)
			}
		})
	}
}
