// SPDX-License-Identifier: MIT

package encoder_test

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
)

// The encoders satisfy Encoder.
var (
	_ encoder.Encoder = (*encoder.Vocabulary)(nil)
	_ encoder.Encoder = (*encoder.Hashing)(nil)
	_ encoder.Encoder = (*encoder.None)(nil)
)

// imdbVocabulary loads 0xDeCA10B's IMDB vocabulary (1000 words, indices 0 to 999).
func imdbVocabulary(t *testing.T) *model.Vocabulary {
	t.Helper()
	v, err := model.LoadVocabulary("../testdata/models/imdb.json")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// checkErr fails t unless err is nil when wantErr is "", or else contains wantErr and wraps wantIs (if set).
func checkErr(t *testing.T, what string, err error, wantErr string, wantIs error) {
	t.Helper()
	switch {
	case wantErr == "" && err != nil:
		t.Fatalf("%s error = %v, want none", what, err)
	case wantErr != "" && err == nil:
		t.Fatalf("%s error = nil, want one containing %q", what, wantErr)
	case wantErr != "" && !strings.Contains(err.Error(), wantErr):
		t.Fatalf("%s error = %q, want it to contain %q", what, err, wantErr)
	case wantIs != nil && !errors.Is(err, wantIs):
		t.Fatalf("%s error = %q, want it to wrap %q", what, err, wantIs)
	}
}

// TestMurmur3 checks published MurmurHash3_x86_32 vectors: those collected at
// https://stackoverflow.com/questions/14747343/murmurhash3-test-vectors (also in Boost.Hash2's and hlibc's
// tests) and the brief's "hello" and fox sentences. All were reproduced with this pure-Python reference:
//
//	def murmur3_32(data: bytes, seed: int = 0) -> int:
//	    M, c1, c2 = 0xFFFFFFFF, 0xCC9E2D51, 0x1B873593
//	    h, n = seed & M, len(data) // 4
//	    for i in range(n):
//	        k, = struct.unpack_from('<I', data, 4 * i)
//	        k = (k * c1) & M; k = ((k << 15) | (k >> 17)) & M; k = (k * c2) & M
//	        h ^= k; h = ((h << 13) | (h >> 19)) & M; h = (h * 5 + 0xE6546B64) & M
//	    tail, k = data[4 * n:], 0
//	    for i, b in enumerate(tail):
//	        k |= b << (8 * i)
//	    if tail:
//	        k = (k * c1) & M; k = ((k << 15) | (k >> 17)) & M; k = (k * c2) & M; h ^= k
//	    h ^= len(data)
//	    h ^= h >> 16; h = (h * 0x85EBCA6B) & M
//	    h ^= h >> 13; h = (h * 0xC2B2AE35) & M
//	    return h ^ (h >> 16)
func TestMurmur3(t *testing.T) {
	tests := map[string]struct {
		data string
		seed uint32
		want uint32
	}{
		"empty seed 0":          {data: "", seed: 0, want: 0},
		"empty seed 1":          {data: "", seed: 1, want: 0x514e28b7},
		"empty seed max":        {data: "", seed: 0xffffffff, want: 0x81f16f39},
		"ff x4":                 {data: "\xff\xff\xff\xff", seed: 0, want: 0x76293b50},
		"4 bytes":               {data: "\x21\x43\x65\x87", seed: 0, want: 0xf55b516b},
		"4 bytes seeded":        {data: "\x21\x43\x65\x87", seed: 0x5082edee, want: 0x2362f9de},
		"3 bytes":               {data: "\x21\x43\x65", seed: 0, want: 0x7e4a8634},
		"2 bytes":               {data: "\x21\x43", seed: 0, want: 0xa0f7b07a},
		"1 byte":                {data: "\x21", seed: 0, want: 0x72661cf4},
		"4 zeros":               {data: "\x00\x00\x00\x00", seed: 0, want: 0x2362f9de},
		"3 zeros":               {data: "\x00\x00\x00", seed: 0, want: 0x85f0b427},
		"2 zeros":               {data: "\x00\x00", seed: 0, want: 0x30f4c306},
		"1 zero":                {data: "\x00", seed: 0, want: 0x514e28b7},
		"hello world seed 1234": {data: "Hello, world!", seed: 1234, want: 0xfaf6cdb3},
		"hello world seed 4321": {data: "Hello, world!", seed: 4321, want: 0xbf505788},
		"hello":                 {data: "hello", seed: 0, want: 0x248bfa47},
		"fox":                   {data: "The quick brown fox jumps over the lazy dog", seed: 0, want: 0x2e4ff723},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := encoder.Murmur3([]byte(tt.data), tt.seed); got != tt.want {
				t.Errorf("Murmur3(%q, %#x) = %#08x, want %#08x", tt.data, tt.seed, got, tt.want)
			}
		})
	}
}

// hashSentence mixes repeats, case, punctuation, an underscore and non-ASCII letters.
const hashSentence = "The quick brown fox jumps over the lazy dog; the DOG sleeps. Café 42 naïve_x"

func TestHashTokens(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"empty":       {text: "", want: nil},
		"punctuation": {text: " ,.;! ", want: nil},
		"apostrophe":  {text: "Don't stop!", want: []string{"don", "t", "stop"}},
		"sentence": {text: hashSentence, want: []string{"the", "quick", "brown", "fox", "jumps", "over", "the",
			"lazy", "dog", "the", "dog", "sleeps", "café", "42", "naïve", "x"}},
		"invalid utf-8": {text: "ab\xffcd", want: []string{"ab", "cd"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := encoder.HashTokens(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("HashTokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestHashingEncode pins the hashing encoder's output for hashSentence. The expected indices come from the
// Python reference in TestMurmur3 and this tokeniser:
//
//	def tokens(text):
//	    out, cur = [], []
//	    for ch in text.lower():
//	        if unicodedata.category(ch).startswith('L') or unicodedata.category(ch) == 'Nd':
//	            cur.append(ch)
//	        elif cur:
//	            out.append(''.join(cur)); cur = []
//	    if cur: out.append(''.join(cur))
//	    return out
//	def encode(text, n, seed=0):
//	    return [murmur3_32(t.encode('utf-8'), seed) % n for t in tokens(text)]
func TestHashingEncode(t *testing.T) {
	tests := map[string]struct {
		numFeatures uint64
		seed        uint32
		opts        []encoder.Option
		want        []int64
		wantDups    int
	}{
		"1000 buckets": {numFeatures: 1000, want: []int64{338, 85, 288, 881, 817, 611, 338, 809, 203, 338, 203,
			454, 632, 814, 445, 643}},
		"2^20 buckets seed 7": {numFeatures: 1 << 20, seed: 7, want: []int64{627389, 594808, 186426, 310911,
			584412, 1010308, 627389, 691803, 17100, 627389, 17100, 499845, 1026797, 476549, 504499, 799840}},
		"2^32 buckets is the raw hash": {numFeatures: 1 << 32, want: []int64{3162218338, 771291085, 741580288,
			2673099881, 1218191817, 1656251611, 3162218338, 3422996809, 2982218203, 3162218338, 2982218203,
			3429918454, 605818632, 3159925814, 992511445, 1050319643}},
		"sorted unique": {numFeatures: 1000, opts: []encoder.Option{encoder.WithSortedUnique()},
			want: []int64{85, 203, 288, 338, 445, 454, 611, 632, 643, 809, 814, 817, 881}, wantDups: 3},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			e, err := encoder.NewHashing(tt.numFeatures, tt.seed, tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			for range 2 { // the same twice: no hidden state
				got, r, err := e.EncodeReport(hashSentence)
				if err != nil {
					t.Fatalf("EncodeReport error = %v", err)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("EncodeReport(%q) = %v, want %v", hashSentence, got, tt.want)
				}
				if r.Tokens != 16 || r.Duplicates != tt.wantDups || len(r.Unknown) != 0 || r.Dropped != 0 {
					t.Errorf("report = %+v, want 16 tokens, %d duplicates, nothing dropped", r, tt.wantDups)
				}
			}
		})
	}
}

func TestVocabularyEncode(t *testing.T) {
	v := imdbVocabulary(t)
	// Word tokens, as imdb.json was built: "great," and "great." are "great" (378); "this" and "was" are stop
	// words the vocabulary lacks by design, reported apart from the truly unknown "zxqv" and "blorp".
	const text = "This movie was GREAT, truly great. Zxqv blorp! movie"
	unknown := []string{"zxqv", "blorp"}
	stop := []string{"this", "was"}
	tests := map[string]struct {
		text        string
		opts        []encoder.Option
		want        []int64
		wantUnknown []string
		wantDropped int
		wantStop    []string
		wantDups    int
		wantErr     string
		wantIs      error
	}{
		"word tokens": {text: text, want: []int64{572, 378, 902, 378, 572}, wantUnknown: unknown, wantDropped: 2,
			wantStop: stop},
		// The README's example: the comma is not part of "wonderful", and "a" is not a token.
		"readme example":   {text: "a wonderful, moving film", want: []int64{974, 574, 324}},
		"apostrophe":       {text: "I don't like it", want: []int64{232, 497}, wantStop: []string{"it"}},
		"hyphen and tags":  {text: "well-acted<br />film", want: []int64{13, 95, 324}, wantStop: []string{"well"}},
		"all known":        {text: "great movie", want: []int64{378, 572}},
		"empty":            {text: "  ", want: []int64{}},
		"only punctuation": {text: "... !? -- a", want: []int64{}},
		"only stop words":  {text: "the and of", want: []int64{}, wantStop: []string{"the", "and", "of"}},
		"repeated unknown": {text: "foo movie foo the the", want: []int64{572}, wantUnknown: []string{"foo"},
			wantDropped: 2, wantStop: []string{"the"}},
		"sparse nearest centroid": {text: text, opts: []encoder.Option{encoder.ForModel(&model.Model{
			Kind: model.SparseNearestCentroid, NumFeatures: 1000})}, want: []int64{378, 572, 902},
			wantUnknown: unknown, wantDropped: 2, wantStop: stop, wantDups: 2},
		"max features": {text: text, opts: []encoder.Option{encoder.WithMaxFeatures(4)},
			wantErr: "sample has 5 indices, 1 more than the model's maxFeatures 4", wantIs: model.ErrTooManyFeatures},
		"max features after dedupe": {text: text, opts: []encoder.Option{encoder.WithSortedUnique(),
			encoder.WithMaxFeatures(2)}, wantErr: "after removing 2 repeated indices: sample has 3 indices, " +
			"1 more than", wantIs: model.ErrTooManyFeatures},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			e, err := encoder.NewVocabulary(v, tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			got, r, err := e.EncodeReport(tt.text)
			checkErr(t, "EncodeReport", err, tt.wantErr, tt.wantIs)
			if err != nil {
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("EncodeReport(%q) = %v, want %v", tt.text, got, tt.want)
			}
			if !slices.Equal(r.Unknown, tt.wantUnknown) || r.Dropped != tt.wantDropped ||
				!slices.Equal(r.StopWords, tt.wantStop) || r.Duplicates != tt.wantDups {
				t.Errorf("report = %+v, want unknown %q, %d dropped, stop words %q, %d duplicates", r,
					tt.wantUnknown, tt.wantDropped, tt.wantStop, tt.wantDups)
			}
			plain, err := e.Encode(tt.text)
			if err != nil || !slices.Equal(plain, got) {
				t.Errorf("Encode(%q) = %v, %v; want %v as EncodeReport", tt.text, plain, err, got)
			}
		})
	}
}

// TestVocabularyWordsAreWordTokens checks the tokenisation against the vocabulary it serves: every one of
// imdb.json's words is a single word token (no punctuation, apostrophe or one-letter word among them), so
// splitting text on anything else loses no word the vocabulary holds.
func TestVocabularyWordsAreWordTokens(t *testing.T) {
	data, err := os.ReadFile("../testdata/models/imdb.json")
	if err != nil {
		t.Fatal(err)
	}
	var words map[string]int64
	if err := json.Unmarshal(data, &words); err != nil {
		t.Fatal(err)
	}
	for w := range words {
		if got := model.WordTokens(w); len(got) != 1 || got[0] != w {
			t.Errorf("vocabulary word %q splits into %q, want itself", w, got)
		}
	}
}

// TestStopWordsAbsentFromVocabulary checks that the words a vocabulary encoder drops silently are ones
// imdb.json lacks: a stop word in it would be encoded, and one listed here wrongly would hide nothing, but the
// list's claim, "the vocabulary lacks them by design", must hold.
func TestStopWordsAbsentFromVocabulary(t *testing.T) {
	v := imdbVocabulary(t)
	for _, w := range []string{"the", "and", "of", "it", "this", "was", "not", "very"} {
		if !encoder.IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"movie", "film", "wonderful", "zxqv", "don", "unless", "a", ""} {
		if encoder.IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = true, want false", w)
		}
	}
	e, err := encoder.NewVocabulary(v)
	if err != nil {
		t.Fatal(err)
	}
	// Every stop word, encoded one at a time, must be reported as one.
	for _, w := range encoder.StopWords() {
		if _, ok := v.Index(w); ok {
			t.Errorf("stop word %q is in the vocabulary (index present)", w)
		}
		if _, r, err := e.EncodeReport(w); err != nil || !slices.Equal(r.StopWords, []string{w}) {
			t.Errorf("EncodeReport(%q) report = %+v, %v; want it listed as a stop word", w, r, err)
		}
	}
}

func TestUnknownSummary(t *testing.T) {
	tests := map[string]struct {
		report encoder.Report
		limit  int
		want   string
	}{
		"none": {report: encoder.Report{}, want: ""},
		"one":  {report: encoder.Report{Unknown: []string{"foo"}, Dropped: 1}, want: `1 word not in the vocabulary was dropped: "foo"`},
		"three": {report: encoder.Report{Unknown: []string{"foo", "bar", "baz"}, Dropped: 3},
			want: `3 words not in the vocabulary were dropped: "foo", "bar", "baz"`},
		"repeats": {report: encoder.Report{Unknown: []string{"foo", "bar"}, Dropped: 5},
			want: `2 words not in the vocabulary were dropped (5 occurrences): "foo", "bar"`},
		"limited": {report: encoder.Report{Unknown: []string{"a", "b", "c", "d"}, Dropped: 4}, limit: 2,
			want: `4 words not in the vocabulary were dropped: "a", "b" and 2 more`},
		"limit above count": {report: encoder.Report{Unknown: []string{"a"}, Dropped: 1}, limit: 5,
			want: `1 word not in the vocabulary was dropped: "a"`},
		"stop words only": {report: encoder.Report{StopWords: []string{"the", "of"}}, want: ""},
		"stop words left out": {report: encoder.Report{Unknown: []string{"zxqv"}, Dropped: 1,
			StopWords: []string{"the"}}, want: `1 word not in the vocabulary was dropped: "zxqv"`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tt.report.UnknownSummary(tt.limit); got != tt.want {
				t.Errorf("UnknownSummary(%d) = %q, want %q", tt.limit, got, tt.want)
			}
		})
	}
}

func TestNoneEncode(t *testing.T) {
	tests := map[string]struct {
		text    string
		opts    []encoder.Option
		want    []int64
		wantErr string
		wantIs  error
	}{
		"commas":            {text: "1, 5, 42", want: []int64{1, 5, 42}},
		"spaces":            {text: "377964473 0 -12", want: []int64{377964473, 0, -12}},
		"mixed":             {text: " 1,2 3 ,\t4\n5 ", want: []int64{1, 2, 3, 4, 5}},
		"plus sign":         {text: "+7", want: []int64{7}},
		"int64 limits":      {text: "-9223372036854775808, 9223372036854775807", want: []int64{-1 << 63, 1<<63 - 1}},
		"empty":             {text: "", want: []int64{}},
		"blank":             {text: " \n ", want: []int64{}},
		"not a number":      {text: "1, 2, x3", wantErr: `sample[2] "x3" is not a base-10 integer`, wantIs: encoder.ErrInvalidNumber},
		"decimal":           {text: "1 0.5", wantErr: `sample[1] "0.5" is not an integer (dense values are fixed point`, wantIs: encoder.ErrInvalidNumber},
		"hex":               {text: "0x10", wantErr: `sample[0] "0x10" is not a base-10 integer`, wantIs: encoder.ErrInvalidNumber},
		"too large":         {text: "9223372036854775808", wantErr: `sample[0] "9223372036854775808" is outside int64`, wantIs: encoder.ErrInvalidNumber},
		"double comma":      {text: "1, 2,, 3", wantErr: `two commas with no value between them after sample[1] "2"`, wantIs: encoder.ErrInvalidNumber},
		"leading comma":     {text: ", 1", wantErr: "starts with a comma", wantIs: encoder.ErrInvalidNumber},
		"trailing comma":    {text: "1, 2,", wantErr: "ends with a comma", wantIs: encoder.ErrInvalidNumber},
		"bounds ok":         {text: "0 9", opts: []encoder.Option{encoder.WithNumFeatures(10)}, want: []int64{0, 9}},
		"index too large":   {text: "3 10", opts: []encoder.Option{encoder.WithNumFeatures(10)}, wantErr: "sample[1] = 10 is outside [0, 10)", wantIs: model.ErrFeatureOutOfRange},
		"negative index":    {text: "-1", opts: []encoder.Option{encoder.WithNumFeatures(10)}, wantErr: "sample[0] = -1 is outside [0, 10)", wantIs: model.ErrFeatureOutOfRange},
		"dense ok":          {text: "1000000000, -500000000", opts: []encoder.Option{encoder.WithDimension(2)}, want: []int64{1e9, -5e8}},
		"dense wrong":       {text: "1", opts: []encoder.Option{encoder.WithDimension(2)}, wantErr: "sample has 1 values, the model takes 2", wantIs: model.ErrWrongDimension},
		"dense model":       {text: "1 2 3", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.DensePerceptron, NumFeatures: 3})}, want: []int64{1, 2, 3}},
		"sparse ncc sorted": {text: "5, 1, 5, 3", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.SparseNearestCentroid, NumFeatures: 6, MaxFeatures: 3})}, want: []int64{1, 3, 5}},
		"sparse ncc too many": {text: "5, 1, 4, 3", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.SparseNearestCentroid, NumFeatures: 6, MaxFeatures: 3})},
			wantErr: "none: sample has 4 indices, 1 more than the model's maxFeatures 3", wantIs: model.ErrTooManyFeatures},
		"perceptron sorted":  {text: "5, 1, 5", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.SparsePerceptron, NumFeatures: 6})}, want: []int64{1, 5}},
		"naive bayes sorted": {text: "5, 1, 5, 5", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.NaiveBayes, NumFeatures: 6})}, want: []int64{1, 5}},
		"dense centroid bound": {text: "8000000000 -8000000001", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.DenseNearestCentroid, NumFeatures: 2})},
			wantErr: "sample[1] = -8000000001 is beyond +-8000000000", wantIs: model.ErrValueOutOfRange},
		"dense centroid at bound": {text: "8000000000 -8000000000", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.DenseNearestCentroid, NumFeatures: 2})}, want: []int64{8e9, -8e9}},
		"oracle keeps order":      {text: "5, 1, 5", opts: []encoder.Option{encoder.ForModel(&model.Model{Kind: model.Oracle, NumFeatures: 6})}, want: []int64{5, 1, 5}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			e, err := encoder.NewNone(tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Encode(tt.text)
			checkErr(t, "Encode", err, tt.wantErr, tt.wantIs)
			if err == nil && !slices.Equal(got, tt.want) {
				t.Errorf("Encode(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestNewSpec(t *testing.T) {
	v := imdbVocabulary(t)
	tests := map[string]struct {
		spec     string
		opts     []encoder.Option
		wantSpec string
		wantName string
		wantErr  string
		wantIs   error
	}{
		"none":                {spec: "none", wantSpec: "none", wantName: encoder.NameNone},
		"imdb-vocab":          {spec: "imdb-vocab", opts: []encoder.Option{encoder.WithVocabulary(v)}, wantSpec: "imdb-vocab", wantName: encoder.NameVocabulary},
		"hashing default":     {spec: "hashing:1000", wantSpec: "hashing:1000:seed=0", wantName: encoder.NameHashing},
		"hashing seeded":      {spec: "hashing:1000:seed=42", wantSpec: "hashing:1000:seed=42", wantName: encoder.NameHashing},
		"hashing max":         {spec: "hashing:4294967296:seed=4294967295", wantSpec: "hashing:4294967296:seed=4294967295", wantName: encoder.NameHashing},
		"surrounding spaces":  {spec: " none\n", wantSpec: "none", wantName: encoder.NameNone},
		"unknown":             {spec: "bert", wantErr: `unknown encoder "bert": want imdb-vocab, hashing`, wantIs: encoder.ErrUnknownEncoder},
		"empty":               {spec: "", wantErr: `unknown encoder ""`, wantIs: encoder.ErrUnknownEncoder},
		"wrong case":          {spec: "None", wantErr: `unknown encoder "None"`, wantIs: encoder.ErrUnknownEncoder},
		"none with params":    {spec: "none:1", wantErr: "none takes no parameters", wantIs: encoder.ErrInvalidSpec},
		"vocab with params":   {spec: "imdb-vocab:x", opts: []encoder.Option{encoder.WithVocabulary(v)}, wantErr: "imdb-vocab takes no parameters", wantIs: encoder.ErrInvalidSpec},
		"vocab missing":       {spec: "imdb-vocab", wantErr: "imdb-vocab needs a vocabulary (WithVocabulary)", wantIs: encoder.ErrInvalidSpec},
		"vocab to hashing":    {spec: "hashing:10", opts: []encoder.Option{encoder.WithVocabulary(v)}, wantErr: "hashing takes no vocabulary", wantIs: encoder.ErrInvalidSpec},
		"vocab to none":       {spec: "none", opts: []encoder.Option{encoder.WithVocabulary(v)}, wantErr: "none takes no vocabulary", wantIs: encoder.ErrInvalidSpec},
		"hashing no buckets":  {spec: "hashing", wantErr: "missing the number of buckets (want hashing:<numFeatures>[:seed=<seed>])", wantIs: encoder.ErrInvalidSpec},
		"hashing empty":       {spec: "hashing:", wantErr: "missing the number of buckets", wantIs: encoder.ErrInvalidSpec},
		"hashing zero":        {spec: "hashing:0", wantErr: `number of buckets "0" is not an integer from 1 to 4294967296`, wantIs: encoder.ErrInvalidSpec},
		"hashing too many":    {spec: "hashing:4294967297", wantErr: `number of buckets "4294967297" is not an integer from 1`, wantIs: encoder.ErrInvalidSpec},
		"hashing not number":  {spec: "hashing:1k", wantErr: `number of buckets "1k"`, wantIs: encoder.ErrInvalidSpec},
		"hashing bad seed":    {spec: "hashing:10:seed=-1", wantErr: `seed "-1" is not an integer from 0 to 4294967295`, wantIs: encoder.ErrInvalidSpec},
		"hashing big seed":    {spec: "hashing:10:seed=4294967296", wantErr: `seed "4294967296"`, wantIs: encoder.ErrInvalidSpec},
		"hashing seed twice":  {spec: "hashing:10:seed=1:seed=2", wantErr: "seed given twice", wantIs: encoder.ErrInvalidSpec},
		"hashing unknown key": {spec: "hashing:10:salt=1", wantErr: `unknown parameter "salt"`, wantIs: encoder.ErrInvalidSpec},
		"hashing positional":  {spec: "hashing:10:3", wantErr: `parameter "3" is not key=value`, wantIs: encoder.ErrInvalidSpec},
		"hashing seed first":  {spec: "hashing:seed=1:10", wantErr: `number of buckets "seed=1"`, wantIs: encoder.ErrInvalidSpec},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			e, err := encoder.New(tt.spec, tt.opts...)
			checkErr(t, "New("+tt.spec+")", err, tt.wantErr, tt.wantIs)
			if err != nil {
				return
			}
			if e.Spec() != tt.wantSpec || e.Name() != tt.wantName {
				t.Fatalf("New(%q): Spec() = %q, Name() = %q; want %q, %q", tt.spec, e.Spec(), e.Name(), tt.wantSpec,
					tt.wantName)
			}
			// Round trip: the canonical spec rebuilds an encoder with the same spec and output.
			again, err := encoder.New(e.Spec(), tt.opts...)
			if err != nil {
				t.Fatalf("New(%q) (round trip) error = %v", e.Spec(), err)
			}
			if again.Spec() != e.Spec() {
				t.Errorf("New(%q).Spec() = %q", e.Spec(), again.Spec())
			}
			text := "great movie, 1 2 3"
			if tt.wantName == encoder.NameNone {
				text = "1, 2, 3"
			}
			a, errA := e.Encode(text)
			b, errB := again.Encode(text)
			if errA != nil || errB != nil || !slices.Equal(a, b) {
				t.Errorf("round trip Encode(%q) = %v, %v and %v, %v; want equal", text, a, errA, b, errB)
			}
		})
	}
}

func TestConstructorOptions(t *testing.T) {
	v := imdbVocabulary(t)
	sparse := func(n uint64) encoder.Option { return encoder.WithNumFeatures(n) }
	tests := map[string]struct {
		build   func() (encoder.Encoder, error)
		wantErr string
		wantIs  error
	}{
		"vocab fits": {build: func() (encoder.Encoder, error) { return encoder.NewVocabulary(v, sparse(1000)) }},
		"vocab too big for model": {build: func() (encoder.Encoder, error) { return encoder.NewVocabulary(v, sparse(999)) },
			wantErr: "imdb-vocab: the vocabulary makes indices up to 999 but the model has 999 features", wantIs: model.ErrFeatureOutOfRange},
		"nil vocab": {build: func() (encoder.Encoder, error) { return encoder.NewVocabulary(nil) },
			wantErr: "no vocabulary", wantIs: encoder.ErrInvalidSpec},
		"hashing fits": {build: func() (encoder.Encoder, error) { return encoder.NewHashing(1000, 0, sparse(1000)) }},
		"hashing too many buckets": {build: func() (encoder.Encoder, error) { return encoder.NewHashing(1001, 0, sparse(1000)) },
			wantErr: "1001 buckets makes indices up to 1000 but the model has 1000 features", wantIs: model.ErrFeatureOutOfRange},
		"hashing zero buckets": {build: func() (encoder.Encoder, error) { return encoder.NewHashing(0, 0) },
			wantErr: "0 buckets, want 1 to 4294967296", wantIs: encoder.ErrInvalidSpec},
		"hashing for dense model": {build: func() (encoder.Encoder, error) {
			return encoder.NewHashing(10, 0, encoder.ForModel(&model.Model{Kind: model.DenseNearestCentroid, NumFeatures: 10}))
		}, wantErr: "hashing makes feature indices for sparse models", wantIs: encoder.ErrInvalidSpec},
		"vocab for dense model": {build: func() (encoder.Encoder, error) { return encoder.NewVocabulary(v, encoder.WithDimension(3)) },
			wantErr: "imdb-vocab makes feature indices for sparse models", wantIs: encoder.ErrInvalidSpec},
		"dense with sparse options": {build: func() (encoder.Encoder, error) {
			return encoder.NewNone(encoder.WithDimension(3), encoder.WithSortedUnique())
		}, wantErr: "dense samples (WithDimension) take no sparse options", wantIs: encoder.ErrInvalidSpec},
		"unknown model kind": {build: func() (encoder.Encoder, error) {
			return encoder.NewNone(encoder.ForModel(&model.Model{Kind: "svm"}))
		}, wantErr: `model kind "svm"`, wantIs: encoder.ErrInvalidSpec},
		"via New": {build: func() (encoder.Encoder, error) { return encoder.New("hashing:2000", sparse(1000)) },
			wantErr: "2000 buckets makes indices up to 1999", wantIs: model.ErrFeatureOutOfRange},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := tt.build()
			checkErr(t, "constructor", err, tt.wantErr, tt.wantIs)
		})
	}
}

func TestCheckHelpers(t *testing.T) {
	tests := map[string]struct {
		check   func() error
		wantErr string
		wantIs  error
	}{
		"bounds ok":        {check: func() error { return encoder.CheckBounds([]int64{0, 4}, 5) }},
		"bounds high":      {check: func() error { return encoder.CheckBounds([]int64{0, 5}, 5) }, wantErr: "sample[1] = 5 is outside [0, 5)", wantIs: model.ErrFeatureOutOfRange},
		"bounds negative":  {check: func() error { return encoder.CheckBounds([]int64{-3}, 5) }, wantErr: "sample[0] = -3", wantIs: model.ErrFeatureOutOfRange},
		"max ok":           {check: func() error { return encoder.CheckMaxFeatures([]int64{1, 2}, 2) }},
		"max over":         {check: func() error { return encoder.CheckMaxFeatures([]int64{1, 2, 3, 4, 5}, 2) }, wantErr: "sample has 5 indices, 3 more than the model's maxFeatures 2", wantIs: model.ErrTooManyFeatures},
		"dimension ok":     {check: func() error { return encoder.CheckDimension([]int64{1, 2}, 2) }},
		"dimension longer": {check: func() error { return encoder.CheckDimension([]int64{1, 2, 3}, 2) }, wantErr: "sample has 3 values, the model takes 2", wantIs: model.ErrWrongDimension},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			checkErr(t, name, tt.check(), tt.wantErr, tt.wantIs)
		})
	}
}
