package dataset_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
)

func TestReadLabelled(t *testing.T) {
	tests := map[string]struct {
		format dataset.FileFormat
		in     string
		want   []dataset.Record
	}{
		"tsv, last tab splits": {dataset.TSV, "a fine\tfilm\t1\r\n\n-starts with a dash\tNegative\n", []dataset.Record{
			{Line: 1, Text: "a fine\tfilm", Label: "1", Labelled: true},
			{Line: 3, Text: "-starts with a dash", Label: "Negative", Labelled: true},
		}},
		"tsv unlabelled": {dataset.TSV, "one\ntwo\n", []dataset.Record{{Line: 1, Text: "one"}, {Line: 2, Text: "two"}}},
		"csv with header and quotes": {dataset.CSV, "text,label\n\"a, quoted \"\"film\"\"\",positive\nplain,0\n", []dataset.Record{
			{Line: 2, Text: `a, quoted "film"`, Label: "positive", Labelled: true},
			{Line: 3, Text: "plain", Label: "0", Labelled: true},
		}},
		"jsonl text and indices": {dataset.JSONL, "{\"text\": \"great\", \"label\": \"positive\"}\n{\"indices\": [3, 1], \"label\": 1}\n", []dataset.Record{
			{Line: 1, Text: "great", Label: "positive", Labelled: true},
			{Line: 2, Indices: []int64{3, 1}, Label: "1", Labelled: true},
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := dataset.ReadLabelled(strings.NewReader(tc.in), "f", tc.format)
			if err != nil {
				t.Fatalf("ReadLabelled() error = %v", err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ReadLabelled() = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestReadExamplesBadLines(t *testing.T) {
	enc, err := encoder.New("none", encoder.ForModel(&model.Model{Kind: model.SparsePerceptron, NumFeatures: 10}))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		format dataset.FileFormat
		in     string
		lines  []int
		want   []string
	}{
		"tsv": {dataset.TSV, "1,2\tyes\n3,x\tno\n\tyes\n4\tmaybe\n12\tyes\n", []int{2, 3, 4, 5},
			[]string{"f has 4 bad lines, nothing was done", "line 2: encode the text", "line 3: no text", `line 4: unknown label "maybe"`, "line 5: encode the text"}},
		"mixed labels": {dataset.TSV, "1\tyes\n2\n", []int{2}, []string{"line 2: it has no label but line 1 has a label"}},
		"jsonl": {dataset.JSONL, "{\"indices\": [1]}\n{\"indices\": [11], \"label\": \"no\"}\n{\"text\": \"1\", \"indices\": [1]}\n[1]\n", []int{2, 2, 3, 4},
			[]string{"line 2: it has a label but line 1 has no label", "line 2: indices:", "line 3: both text and indices", "line 4: json:"}},
		"csv quote": {dataset.CSV, "1,yes\n\"2,no\n", []int{2}, []string{"line 2:", "quote a text"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := dataset.ReadExamples(strings.NewReader(tc.in), "f", tc.format, enc, enc, []string{"no", "yes"})
			var le *dataset.LineErrors
			if !errors.As(err, &le) {
				t.Fatalf("ReadExamples() error = %v, want *LineErrors", err)
			}
			var lines []int
			for _, l := range le.Lines {
				lines = append(lines, l.Line)
			}
			if !reflect.DeepEqual(lines, tc.lines) {
				t.Errorf("bad lines = %v, want %v; error:\n%v", lines, tc.lines, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func ExampleReadExamples() {
	enc, _ := encoder.New("none", encoder.ForModel(&model.Model{Kind: model.SparsePerceptron, NumFeatures: 100}))
	file := "3,1,4\tpositive\n2,7\n"
	_, err := dataset.ReadExamples(strings.NewReader(file), "sentences.tsv", dataset.TSV, enc, enc, []string{"negative", "positive"})
	fmt.Println(err)
	examples, _ := dataset.ReadExamples(strings.NewReader("3,1,4\tpositive\n9\t0\n"), "sentences.tsv", dataset.TSV, enc, enc, []string{"negative", "positive"})
	for _, ex := range examples {
		fmt.Println(ex.Line, ex.Data, ex.Label)
	}
	// Output:
	// sentences.tsv has 1 bad line, nothing was done: fix them and run again:
	//   line 2: it has no label but line 1 has a label: give every line a label or none
	// 1 [1 3 4] 1
	// 2 [9] 0
}
