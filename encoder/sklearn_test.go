// SPDX-License-Identifier: MIT

package encoder_test

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
)

var _ encoder.Encoder = (*encoder.SklearnHashing)(nil)

// sklearnRow is one line of testdata/encoder/sklearn_hashing.jsonl: a text and, per n_features, the
// [column, count] pairs of its HashingVectorizer row.
type sklearnRow struct {
	Text     string                `json:"text"`
	Features map[string][][2]int64 `json:"features"`
}

// readSklearnFixture reads the rows scikit-learn computed (see testdata/encoder/README.md).
func readSklearnFixture(t *testing.T) []sklearnRow {
	t.Helper()
	f, err := os.Open("../testdata/encoder/sklearn_hashing.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []sklearnRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r sklearnRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("fixture line %d: %v", len(rows)+1, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// counts turns a sample of indices into column counts, the form of a HashingVectorizer row.
func counts(sample []int64) [][2]int64 {
	c := map[int64]int64{}
	for _, i := range sample {
		c[i]++
	}
	out := make([][2]int64, 0, len(c))
	for _, k := range slices.Sorted(maps.Keys(c)) {
		out = append(out, [2]int64{k, c[k]})
	}
	return out
}

// TestSklearnHashingFixture requires every text of the scikit-learn fixture to get exactly the columns and
// counts HashingVectorizer(alternate_sign=False, norm=None) gave it, for every n_features in the fixture.
// It logs how many texts the older hashing encoder gets the same column set for, to show the fixture tells
// the two apart.
func TestSklearnHashingFixture(t *testing.T) {
	rows := readSklearnFixture(t)
	if len(rows) < 1000 {
		t.Fatalf("fixture has %d texts, want at least 1000", len(rows))
	}
	for _, nText := range slices.Sorted(maps.Keys(rows[0].Features)) {
		t.Run("n="+nText, func(t *testing.T) {
			n, err := strconv.ParseUint(nText, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			enc, err := encoder.New("sklearn-hashing:" + nText)
			if err != nil {
				t.Fatal(err)
			}
			old, err := encoder.NewHashing(n, 0, encoder.WithSortedUnique())
			if err != nil {
				t.Fatal(err)
			}
			same, oldSame := 0, 0
			for i, r := range rows {
				want := r.Features[nText]
				if want == nil {
					want = [][2]int64{}
				}
				sample, err := enc.Encode(r.Text)
				if err != nil {
					t.Fatalf("text %d %q: %v", i+1, r.Text, err)
				}
				if got := counts(sample); slices.Equal(got, want) {
					same++
				} else if same+10 > i { // report the first few only
					t.Errorf("text %d %q: columns %v, scikit-learn %v", i+1, r.Text, got, want)
				}
				oldSample, err := old.Encode(r.Text)
				if err != nil {
					t.Fatal(err)
				}
				wantSet := make([]int64, len(want))
				for j, p := range want {
					wantSet[j] = p[0]
				}
				if slices.Equal(oldSample, wantSet) {
					oldSame++
				}
			}
			t.Logf("n_features %s: %d of %d texts identical with sklearn-hashing, %d with hashing (column sets)",
				nText, same, len(rows), oldSame)
			if same != len(rows) {
				t.Errorf("%d of %d texts differ from scikit-learn", len(rows)-same, len(rows))
			}
			if oldSame == len(rows) {
				t.Errorf("the older hashing encoder matches every text too: the fixture does not tell them apart")
			}
		})
	}
}

// TestSklearnIndex checks the column rule, above all for h = -2^31, whose abs overflows an int32 and which
// scikit-learn maps to (2^31-1 - (n-1)) mod n.
func TestSklearnIndex(t *testing.T) {
	const minInt32 = -1 << 31
	tests := map[string]struct {
		h    int32
		n    uint64
		want int64
	}{
		"zero":              {h: 0, n: 10, want: 0},
		"positive":          {h: 12345, n: 1000, want: 345},
		"negative":          {h: -12345, n: 1000, want: 345},
		"max":               {h: 1<<31 - 1, n: 1 << 20, want: (1<<31 - 1) % (1 << 20)},
		"min n=1000":        {h: minInt32, n: 1000, want: (1<<31 - 1 - 999) % 1000},
		"min n=2^20":        {h: minInt32, n: 1 << 20, want: (1<<31 - 1 - (1<<20 - 1)) % (1 << 20)},
		"min n=3":           {h: minInt32, n: 3, want: (1<<31 - 1 - 2) % 3},
		"min n=max buckets": {h: minInt32, n: 1<<31 - 1, want: 1},
		"one bucket":        {h: -7, n: 1, want: 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := encoder.SklearnIndex(tt.h, tt.n); got != tt.want {
				t.Errorf("SklearnIndex(%d, %d) = %d, want %d", tt.h, tt.n, got, tt.want)
			}
		})
	}
}

// TestSklearnTokens pins the tokeniser: two or more word characters, underscores and digits included,
// lower case.
func TestSklearnTokens(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"empty":           {text: "", want: nil},
		"one-letter":      {text: "a b I x", want: nil},
		"apostrophe":      {text: "Don't stop, I said!", want: []string{"don", "stop", "said"}},
		"underscore":      {text: "snake_case _a a_", want: []string{"snake_case", "_a", "a_"}},
		"digits":          {text: "2024 a1 7", want: []string{"2024", "a1"}},
		"accents":         {text: "Naïve CAFÉ é", want: []string{"naïve", "café"}},
		"one rune 2 byte": {text: "é ñ", want: nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := encoder.SklearnTokens(tt.text)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("SklearnTokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSklearnHashingSpec checks the spec round trip, its errors, and the options a sparse model sets.
func TestSklearnHashingSpec(t *testing.T) {
	tests := map[string]struct {
		spec     string
		opts     []encoder.Option
		wantSpec string
		wantErr  string
		wantIs   error
	}{
		"plain":        {spec: "sklearn-hashing:1000", wantSpec: "sklearn-hashing:1000"},
		"max":          {spec: "sklearn-hashing:2147483647", wantSpec: "sklearn-hashing:2147483647"},
		"missing n":    {spec: "sklearn-hashing", wantErr: "want sklearn-hashing:<numFeatures>", wantIs: encoder.ErrInvalidSpec},
		"empty n":      {spec: "sklearn-hashing:", wantErr: "want sklearn-hashing:<numFeatures>", wantIs: encoder.ErrInvalidSpec},
		"seed refused": {spec: "sklearn-hashing:1000:seed=1", wantErr: "scikit-learn hashes with seed 0", wantIs: encoder.ErrInvalidSpec},
		"zero":         {spec: "sklearn-hashing:0", wantErr: `number of buckets "0" is not an integer from 1 to 2147483647`, wantIs: encoder.ErrInvalidSpec},
		"too many":     {spec: "sklearn-hashing:2147483648", wantErr: "from 1 to 2147483647", wantIs: encoder.ErrInvalidSpec},
		"model too small": {
			spec: "sklearn-hashing:1000", opts: []encoder.Option{encoder.WithNumFeatures(999)},
			wantErr: "makes indices up to 999 but the model has 999 features", wantIs: model.ErrFeatureOutOfRange,
		},
		"dense refused": {
			spec: "sklearn-hashing:10", opts: []encoder.Option{encoder.WithDimension(10)},
			wantErr: "not the fixed-point values of a dense model", wantIs: encoder.ErrInvalidSpec,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			e, err := encoder.New(tt.spec, tt.opts...)
			checkErr(t, "New", err, tt.wantErr, tt.wantIs)
			if err != nil {
				return
			}
			if e.Name() != encoder.NameSklearnHashing || e.Spec() != tt.wantSpec {
				t.Errorf("Name, Spec = %q, %q; want %q, %q", e.Name(), e.Spec(), encoder.NameSklearnHashing, tt.wantSpec)
			}
			again, err := encoder.New(e.Spec())
			if err != nil || again.Spec() != e.Spec() {
				t.Errorf("New(Spec()) = %v, %v", again, err)
			}
		})
	}
}

// TestSklearnHashingSortedUnique checks that the sparse models' options turn repeats into the set
// HashingVectorizer(binary=True) would give, and count what they merged.
func TestSklearnHashingSortedUnique(t *testing.T) {
	e, err := encoder.NewSklearnHashing(1000, encoder.WithSortedUnique())
	if err != nil {
		t.Fatal(err)
	}
	sample, r, err := e.EncodeReport("repeat repeat REPEAT Repeat and more")
	if err != nil {
		t.Fatal(err)
	}
	// Columns from the fixture: "repeat" is 872 at n_features=1000.
	if len(sample) != 3 || !slices.Contains(sample, 872) || !slices.IsSorted(sample) {
		t.Errorf("sample = %v, want 3 sorted columns including 872", sample)
	}
	if r.Tokens != 6 || r.Duplicates != 3 {
		t.Errorf("report = %+v, want 6 tokens and 3 duplicates", r)
	}
}
