// SPDX-License-Identifier: MIT

package dataset

import (
	"bytes"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
)

// DefaultHashFeatures is the number of hashing buckets text datasets get when neither TextOptions.Vocabulary
// nor TextOptions.HashFeatures is set: the size of 0xDeCA10B's IMDB model.
const DefaultHashFeatures = 1000

// TextOptions says how a text becomes a sample. The words are found and mapped by the encoder package's own
// encoders, so a dataset sample is what `sumkit add` would send for the same text, then
// reduced to its distinct indices in increasing order: a binary bag of words, the form every sparse model
// accepts.
type TextOptions struct {
	// Vocabulary, when set, maps words to feature indices (for example 0xDeCA10B's imdb.json from
	// model.LoadVocabulary); words it lacks are dropped. Nil means feature hashing.
	Vocabulary *model.Vocabulary
	// WordTokens is kept so that configurations naming it still load; it changes nothing. The Vocabulary's
	// encoder (encoder.Vocabulary) now splits text into words as imdb.json was built, model.WordTokens, which
	// is what this option used to ask for.
	//
	// Deprecated: text is always split into words; leave it unset.
	WordTokens bool
	// HashFeatures is the number of feature-hashing buckets, 1 to 2^32, used when Vocabulary is nil: every
	// token of encoder.HashTokens (lower-cased runs of letters and digits) becomes
	// MurmurHash3(token, HashSeed) mod HashFeatures, as encoder.Hashing computes it. Zero means
	// DefaultHashFeatures.
	HashFeatures uint64
	// HashSeed is the MurmurHash3 seed for feature hashing.
	HashSeed uint32
	// Encoder, when set, is the spec of the encoder that turns text into indices instead (encoder.New), such
	// as "sklearn-hashing:1000" for the features of scikit-learn's HashingVectorizer, so that the data is what
	// a model trained that way sees. It takes the place of HashFeatures and HashSeed; "imdb-vocab" takes its
	// words from Vocabulary. The none encoder is refused: it reads numbers, not text.
	Encoder string
	// MaxFeatures, when positive, caps a sample at that many indices, the model's maxFeatures: a text with
	// more distinct indices keeps the first MaxFeatures in text order (the start of a message, not the
	// smallest indices, which would favour whichever words sort first). Dataset.Capped counts them.
	MaxFeatures int
}

// textEncoder turns one text into feature indices, repeats included, in text order.
type textEncoder func(text string) ([]int64, error)

// encoder returns the encoding o describes and the number of features its indices lie below.
func (o *TextOptions) encoder() (textEncoder, uint64, error) {
	if o.MaxFeatures < 0 {
		return nil, 0, fmt.Errorf("max features %d is negative: %w", o.MaxFeatures, ErrOptions)
	}
	if o.Encoder != "" {
		return o.specEncoder()
	}
	if o.Vocabulary == nil {
		if o.WordTokens {
			return nil, 0, fmt.Errorf("WordTokens needs a Vocabulary; feature hashing always splits with "+
				"encoder.HashTokens: %w", ErrOptions)
		}
		n := o.HashFeatures
		if n == 0 {
			n = DefaultHashFeatures
		}
		h, err := encoder.NewHashing(n, o.HashSeed)
		if err != nil {
			return nil, 0, fmt.Errorf("text options: %w", err)
		}
		return h.Encode, h.NumFeatures(), nil
	}
	if o.HashFeatures != 0 {
		return nil, 0, fmt.Errorf("both a Vocabulary and HashFeatures %d given; choose one: %w", o.HashFeatures,
			ErrOptions)
	}
	v := o.Vocabulary
	e, err := encoder.NewVocabulary(v)
	if err != nil {
		return nil, 0, fmt.Errorf("text options: %w", err)
	}
	return e.Encode, v.NumFeatures(), nil
}

// specEncoder returns the encoder o.Encoder names and the number of features its indices lie below.
func (o *TextOptions) specEncoder() (textEncoder, uint64, error) {
	if o.HashFeatures != 0 || o.HashSeed != 0 {
		return nil, 0, fmt.Errorf("encoder %q and HashFeatures or HashSeed given; an encoder spec carries its "+
			"own buckets: %w", o.Encoder, ErrOptions)
	}
	var opts []encoder.Option
	if o.Vocabulary != nil {
		opts = append(opts, encoder.WithVocabulary(o.Vocabulary))
	}
	e, err := encoder.New(o.Encoder, opts...)
	if err != nil {
		return nil, 0, fmt.Errorf("text options: %w: %w", err, ErrOptions)
	}
	var n uint64
	switch e := e.(type) {
	case *encoder.Hashing:
		n = e.NumFeatures()
	case *encoder.SklearnHashing:
		n = e.NumFeatures()
	case *encoder.Vocabulary:
		n = o.Vocabulary.NumFeatures()
	default:
		return nil, 0, fmt.Errorf("encoder %q reads numbers, not text; give a hashing, sklearn-hashing or "+
			"imdb-vocab spec: %w", o.Encoder, ErrOptions)
	}
	return e.Encode, n, nil
}

// bagOfWords returns the distinct indices of an encoded text in increasing order, at most maxFeatures of them
// when maxFeatures > 0 (the first ones in text order), and whether any were cut.
func bagOfWords(indices []int64, maxFeatures int) ([]int64, bool) {
	distinct := model.SortedUnique(indices)
	if maxFeatures <= 0 || len(distinct) <= maxFeatures {
		return distinct, false
	}
	kept := make([]int64, 0, maxFeatures)
	for _, x := range indices {
		if len(kept) == maxFeatures {
			break
		}
		// Texts are short and the cap small, so a linear search beats a map.
		if !slices.Contains(kept, x) {
			kept = append(kept, x)
		}
	}
	slices.Sort(kept)
	return kept, true
}

// textRow is one labelled text as read from a file.
type textRow struct {
	text  string
	label uint64
}

// lines yields the 1-based number and content of every non-empty line of data. Lines end at '\n' only: the
// IMDB file has U+0085 (NEXT LINE) inside sentences, which bufio.ScanLines would keep but other splitters
// treat as a break. A '\r' before the '\n' is dropped so that a CRLF checkout parses the same.
func lines(data []byte) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for line := range bytes.Lines(data) {
			n++
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
			if len(line) == 0 {
				continue
			}
			if !yield(n, string(line)) {
				return
			}
		}
	}
}

// classIndex returns the position of name in classes.
func classIndex(classes []string, name string) (uint64, bool) {
	i := slices.Index(classes, name)
	return uint64(i), i >= 0
}

// Text file locations under the datasets root.
const (
	fileIMDB = "sentiment_labelled_sentences/imdb_labelled.txt"
	fileSMS  = "sms_spam_collection/SMSSpamCollection"
	dirLIAR  = "liar"
)

// loadIMDB reads the IMDB sentences: the sentence, a tab, then 0 or 1. The split is on the last tab, since
// sentences are not quoted; there are no quotes to honour (some lines have an unbalanced '"').
func loadIMDB(root string, opts *Options) (*Dataset, error) {
	rows, err := readIMDB(root)
	if err != nil {
		return nil, err
	}
	return splitText(IMDB, imdbClasses(), rows, opts)
}

// imdbClasses are the IMDB sentences' labels, named as 0xDeCA10B's IMDB model names its classes.
func imdbClasses() []string { return []string{"Negative", "Positive"} }

// readIMDB reads the IMDB sentences' rows.
func readIMDB(root string) ([]textRow, error) {
	data, err := readFile(root, fileIMDB)
	if err != nil {
		return nil, err
	}
	var rows []textRow
	for n, line := range lines(data) {
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return nil, formatError(fileIMDB, n, "no tab between sentence and label")
		}
		label := strings.TrimSpace(line[i+1:])
		if label != "0" && label != "1" {
			return nil, formatError(fileIMDB, n, "label %q is not 0 or 1", label)
		}
		rows = append(rows, textRow{text: line[:i], label: uint64(label[0] - '0')})
	}
	return rows, nil
}

// loadSMS reads the SMS Spam Collection: ham or spam, a tab, then the message. Identical messages are kept
// once, as they first appear (403 of the file's 5574 rows repeat an earlier message, always with the same
// label), before the split: otherwise a repeated message could land in both train and test and flatter the
// test accuracy.
func loadSMS(root string, opts *Options) (*Dataset, error) {
	rows, err := readSMS(root)
	if err != nil {
		return nil, err
	}
	return splitText(SMS, smsClasses(), rows, opts)
}

// smsClasses are the SMS labels.
func smsClasses() []string { return []string{"ham", "spam"} }

// readSMS reads the distinct messages of the SMS Spam Collection.
func readSMS(root string) ([]textRow, error) {
	data, err := readFile(root, fileSMS)
	if err != nil {
		return nil, err
	}
	classes := smsClasses()
	var rows []textRow
	seen := make(map[string]bool)
	for n, line := range lines(data) {
		name, text, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, formatError(fileSMS, n, "no tab between label and message")
		}
		label, ok := classIndex(classes, name)
		if !ok {
			return nil, formatError(fileSMS, n, "label %q is not ham or spam", name)
		}
		if seen[text] {
			continue
		}
		seen[text] = true
		rows = append(rows, textRow{text: text, label: label})
	}
	return rows, nil
}

// liarClasses are LIAR's labels from least to most true, so that label order follows truthfulness.
func liarClasses() []string {
	return []string{"pants-fire", "false", "barely-true", "half-true", "mostly-true", "true"}
}

// loadLIAR reads LIAR's train, valid and test files, keeping the published split so that results compare
// with the literature: 14 tab-separated columns, no header, no quoting; the label is column 2, the statement
// column 3.
func loadLIAR(root string, opts *Options) (*Dataset, error) {
	enc, numFeatures, err := opts.Text.encoder()
	if err != nil {
		return nil, err
	}
	d := &Dataset{Name: LIAR, Classes: liarClasses(), NumFeatures: numFeatures, Sparse: true}
	for _, part := range []struct {
		file string
		set  **Set
	}{{"train.tsv", &d.Train}, {"valid.tsv", &d.Valid}, {"test.tsv", &d.Test}} {
		rel := dirLIAR + "/" + part.file
		data, err := readFile(root, rel)
		if err != nil {
			return nil, err
		}
		var rows []textRow
		for n, line := range lines(data) {
			cols := strings.Split(line, "\t")
			if len(cols) != 14 {
				return nil, formatError(rel, n, "%d tab-separated columns, want 14", len(cols))
			}
			label, ok := classIndex(d.Classes, cols[1])
			if !ok {
				return nil, formatError(rel, n, "label %q is not one of %q", cols[1], d.Classes)
			}
			rows = append(rows, textRow{text: cols[2], label: label})
		}
		if *part.set, err = encodeRows(rows, nil, enc, opts.Text.MaxFeatures, &d.Capped); err != nil {
			return nil, fmt.Errorf("%s: %w", rel, err)
		}
	}
	return d, nil
}

// splitText shuffles and splits rows with opts and encodes both parts.
func splitText(name string, classes []string, rows []textRow, opts *Options) (*Dataset, error) {
	enc, numFeatures, err := opts.Text.encoder()
	if err != nil {
		return nil, err
	}
	frac, err := opts.testFraction()
	if err != nil {
		return nil, err
	}
	train, test, err := Split(len(rows), frac, opts.Seed)
	if err != nil {
		return nil, err
	}
	d := &Dataset{Name: name, Classes: classes, NumFeatures: numFeatures, Sparse: true}
	if d.Train, err = encodeRows(rows, train, enc, opts.Text.MaxFeatures, &d.Capped); err != nil {
		return nil, err
	}
	if d.Test, err = encodeRows(rows, test, enc, opts.Text.MaxFeatures, &d.Capped); err != nil {
		return nil, err
	}
	return d, nil
}

// encodeRows encodes the rows at the given positions (all rows, in order, when order is nil) into a set,
// adding the number of capped samples to *capped.
func encodeRows(rows []textRow, order []int, enc textEncoder, maxFeatures int, capped *int) (*Set, error) {
	if order == nil {
		order = make([]int, len(rows))
		for i := range order {
			order[i] = i
		}
	}
	s := NewSet(len(order), 0)
	for _, i := range order {
		indices, err := enc(rows[i].text)
		if err != nil {
			return nil, fmt.Errorf("encode %q: %w", rows[i].text, err)
		}
		bag, cut := bagOfWords(indices, maxFeatures)
		if cut {
			*capped++
		}
		s.Append(bag, rows[i].label)
	}
	return s, nil
}
