package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sumkit/sumkit/encoder"
)

// FileFormat is the layout of a labelled file that ReadLabelled reads.
type FileFormat string

const (
	// TSV is one record a line: the text, a tab and the label (the last tab splits them, as in the UCI
	// sentence files), or the text alone.
	TSV FileFormat = "tsv"
	// CSV is one record a row: text,label or text alone, quoted as RFC 4180 says. A first row "text,label" is a
	// header and skipped.
	CSV FileFormat = "csv"
	// JSONL is one JSON object a line: {"text": "...", "label": ...} or {"indices": [...], "label": ...}; the
	// label is a class name or index and may be left out.
	JSONL FileFormat = "jsonl"
)

// FormatOf infers a labelled file's format from its name: .tsv and .txt are TSV, .csv is CSV, .jsonl, .ndjson
// and .json are JSON lines.
func FormatOf(path string) (FileFormat, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tsv", ".txt":
		return TSV, nil
	case ".csv":
		return CSV, nil
	case ".jsonl", ".ndjson", ".json":
		return JSONL, nil
	}
	return "", fmt.Errorf("cannot tell the format of %s from its extension: name it .tsv, .csv or .jsonl, or give the format (tsv, csv or jsonl)", path)
}

// ParseFileFormat reads a format's name: tsv, csv or jsonl.
func ParseFileFormat(name string) (FileFormat, error) {
	switch f := FileFormat(strings.ToLower(name)); f {
	case TSV, CSV, JSONL:
		return f, nil
	}
	return "", fmt.Errorf("unknown file format %q: use tsv, csv or jsonl", name)
}

// Record is one line of a labelled file: a text to encode, or a sample's indices given as they are, and its
// label when the file gives one.
type Record struct {
	// Line is the record's line number in the file, from 1, for messages.
	Line int
	// Text is the text to encode; Indices, when not nil, is the sample itself and Text is empty.
	Text    string
	Indices []int64
	// Label is the class, by name or index; Labelled says whether the record has one.
	Label    string
	Labelled bool
}

// LineError is what is wrong with one line of a file.
type LineError struct {
	// Line is the line's number, from 1.
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the line's error.
func (e *LineError) Unwrap() error { return e.Err }

// LineErrors lists every bad line of a file, in line order, so that a user fixes them all in one go.
type LineErrors struct {
	// Path names the file.
	Path  string
	Lines []*LineError
}

// maxLineErrors is how many bad lines a LineErrors message quotes.
const maxLineErrors = 10

func (e *LineErrors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s has %d bad line", e.Path, len(e.Lines))
	if len(e.Lines) != 1 {
		b.WriteString("s")
	}
	b.WriteString(", nothing was done: fix them and run again:")
	for i, err := range e.Lines {
		if i == maxLineErrors {
			fmt.Fprintf(&b, "\n  ... and %d more", len(e.Lines)-i)
			break
		}
		fmt.Fprintf(&b, "\n  %v", err)
	}
	return b.String()
}

// Unwrap returns the errors of the lines.
func (e *LineErrors) Unwrap() []error {
	out := make([]error, len(e.Lines))
	for i, l := range e.Lines {
		out[i] = l
	}
	return out
}

// lineErrors is bad as a *LineErrors in line order, or nil where bad is empty.
func lineErrors(path string, bad []*LineError) error {
	if len(bad) == 0 {
		return nil
	}
	slices.SortStableFunc(bad, func(a, b *LineError) int { return a.Line - b.Line })
	return &LineErrors{Path: path, Lines: bad}
}

// ReadLabelled reads every record of a labelled file in format f; path only names it in errors. Blank lines are
// skipped. Every record must have a label or none must, so that a file missing one label by mistake is caught.
// A bad line does not stop the reading: the error, a *LineErrors, names every bad line with its number, and
// the records returned with it are the good ones.
func ReadLabelled(r io.Reader, path string, f FileFormat) ([]Record, error) {
	var recs []Record
	var bad []*LineError
	add := func(rec Record, err error) {
		if err != nil {
			bad = append(bad, &LineError{rec.Line, err})
			return
		}
		recs = append(recs, rec)
	}
	switch f {
	case TSV, JSONL:
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 1<<24)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" {
				continue
			}
			if f == TSV {
				add(tsvRecord(n, line))
			} else {
				add(jsonRecord(n, []byte(line)))
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
	case CSV:
		cr := csv.NewReader(r)
		cr.FieldsPerRecord = -1
		for first := true; ; first = false {
			row, err := cr.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					// The reader cannot go on past a broken quote: report what was found so far with it.
					bad = append(bad, &LineError{pe.Line, fmt.Errorf("%w; quote a text with commas or quotes in it, doubling its quotes", pe.Err)})
					break
				}
				return nil, fmt.Errorf("read %s: %w", path, err)
			}
			line, _ := cr.FieldPos(0)
			if first && len(row) == 2 && strings.EqualFold(strings.TrimSpace(row[0]), "text") && strings.EqualFold(strings.TrimSpace(row[1]), "label") {
				continue
			}
			add(csvRecord(line, row))
		}
	default:
		return nil, fmt.Errorf("read %s: unknown file format %q: use tsv, csv or jsonl", path, f)
	}
	if len(recs) > 0 {
		want := recs[0].Labelled
		for _, rec := range recs[1:] {
			if rec.Labelled != want {
				has := map[bool]string{true: "has a label", false: "has no label"}
				bad = append(bad, &LineError{rec.Line, fmt.Errorf("it %s but line %d %s: give every line a label or none", has[rec.Labelled], recs[0].Line, has[want])})
				break
			}
		}
	}
	if err := lineErrors(path, bad); err != nil {
		return recs, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s has no records: give one text (and label) a line", path)
	}
	return recs, nil
}

func tsvRecord(n int, line string) (Record, error) {
	rec := Record{Line: n, Text: line}
	if i := strings.LastIndexByte(line, '\t'); i >= 0 {
		rec.Text, rec.Label, rec.Labelled = line[:i], strings.TrimSpace(line[i+1:]), true
		if rec.Label == "" {
			return rec, errors.New("empty label after the tab: write text<TAB>label")
		}
	}
	if strings.TrimSpace(rec.Text) == "" {
		return rec, errors.New("no text before the label: write text<TAB>label")
	}
	return rec, nil
}

func csvRecord(n int, row []string) (Record, error) {
	rec := Record{Line: n}
	switch len(row) {
	case 1:
		rec.Text = row[0]
	case 2:
		rec.Text, rec.Label, rec.Labelled = row[0], strings.TrimSpace(row[1]), true
		if rec.Label == "" {
			return rec, errors.New("empty label: write text,label")
		}
	default:
		return rec, fmt.Errorf("%d fields, want text,label: quote a text that has commas in it", len(row))
	}
	if strings.TrimSpace(rec.Text) == "" {
		return rec, errors.New("no text: write text,label")
	}
	return rec, nil
}

func jsonRecord(n int, line []byte) (Record, error) {
	rec := Record{Line: n}
	var raw struct {
		Text    *string         `json:"text"`
		Indices []int64         `json:"indices"`
		Label   json.RawMessage `json:"label"`
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return rec, fmt.Errorf("%v: write {\"text\": \"...\", \"label\": ...} or {\"indices\": [...], \"label\": ...}", err)
	}
	switch {
	case raw.Text != nil && raw.Indices != nil:
		return rec, errors.New("both text and indices: give one")
	case raw.Text != nil:
		if strings.TrimSpace(*raw.Text) == "" {
			return rec, errors.New("empty text: give the text to encode")
		}
		rec.Text = *raw.Text
	case raw.Indices != nil:
		if len(raw.Indices) == 0 {
			return rec, errors.New("empty indices: give at least one")
		}
		rec.Indices = raw.Indices
	default:
		return rec, errors.New(`no "text" or "indices": give one`)
	}
	if len(raw.Label) > 0 && string(raw.Label) != "null" {
		var s string
		var i uint64
		switch {
		case json.Unmarshal(raw.Label, &s) == nil:
			rec.Label = strings.TrimSpace(s)
		case json.Unmarshal(raw.Label, &i) == nil:
			rec.Label = strconv.FormatUint(i, 10)
		default:
			return rec, fmt.Errorf("label %s is neither a class name nor an index", raw.Label)
		}
		if rec.Label == "" {
			return rec, errors.New("empty label: give the class name or index")
		}
		rec.Labelled = true
	}
	return rec, nil
}

// Example is a record encoded for a model: its sample and, when labelled, its class.
type Example struct {
	// Line is the record's line number.
	Line int
	// Data is the sample; Label the class index, meaningful when Labelled.
	Data     []int64
	Label    uint64
	Labelled bool
	// Report says what the encoder dropped; zero for records given as indices.
	Report encoder.Report
}

// Encode encodes every record's text with enc and finds its label among classes (by name, exactly or ignoring
// case, or by index). A record given as indices goes through indices (the none encoder fitted to the model,
// which checks their range and count and sorts them where the contract asks), or is taken as it is when
// indices is nil. Every bad record is named, in a *LineErrors with path; a text that encodes to nothing is one.
func Encode(recs []Record, path string, enc, indices encoder.Encoder, classes []string) ([]Example, error) {
	out := make([]Example, 0, len(recs))
	var bad []*LineError
	for _, rec := range recs {
		ex := Example{Line: rec.Line, Data: rec.Indices, Labelled: rec.Labelled}
		if rec.Indices != nil && indices != nil {
			text := make([]string, len(rec.Indices))
			for i, x := range rec.Indices {
				text[i] = strconv.FormatInt(x, 10)
			}
			data, _, err := indices.EncodeReport(strings.Join(text, ","))
			if err != nil {
				bad = append(bad, &LineError{rec.Line, fmt.Errorf("indices: %w", err)})
				continue
			}
			ex.Data = data
		}
		if rec.Indices == nil {
			data, report, err := enc.EncodeReport(rec.Text)
			if err != nil {
				bad = append(bad, &LineError{rec.Line, fmt.Errorf("encode the text: %w", err)})
				continue
			}
			if len(data) == 0 {
				bad = append(bad, &LineError{rec.Line, errors.New("the text encodes to an empty sample: none of its words is known to the encoder; drop the line or use words the model knows")})
				continue
			}
			ex.Data, ex.Report = data, report
		}
		if rec.Labelled {
			label, err := ClassIndex(rec.Label, classes)
			if err != nil {
				bad = append(bad, &LineError{rec.Line, err})
				continue
			}
			ex.Label = label
		}
		out = append(out, ex)
	}
	if err := lineErrors(path, bad); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadExamples reads a labelled file with ReadLabelled and encodes it with Encode, naming every bad line of
// both steps in one *LineErrors.
func ReadExamples(r io.Reader, path string, f FileFormat, enc, indices encoder.Encoder, classes []string) ([]Example, error) {
	recs, err := ReadLabelled(r, path, f)
	var read *LineErrors
	if err != nil && !errors.As(err, &read) {
		return nil, err
	}
	examples, err := Encode(recs, path, enc, indices, classes)
	var encoded *LineErrors
	if err != nil && !errors.As(err, &encoded) {
		return nil, err
	}
	if read == nil && encoded == nil {
		return examples, nil
	}
	var bad []*LineError
	if read != nil {
		bad = append(bad, read.Lines...)
	}
	if encoded != nil {
		bad = append(bad, encoded.Lines...)
	}
	return nil, lineErrors(path, bad)
}

// ClassIndex finds label among classes: by name exactly, else ignoring case, else as an index.
func ClassIndex(label string, classes []string) (uint64, error) {
	for i, name := range classes {
		if name == label {
			return uint64(i), nil
		}
	}
	for i, name := range classes {
		if strings.EqualFold(name, label) {
			return uint64(i), nil
		}
	}
	if i, err := strconv.ParseUint(label, 10, 64); err == nil && i < uint64(len(classes)) {
		return i, nil
	}
	known := make([]string, len(classes))
	for i, name := range classes {
		known[i] = fmt.Sprintf("%s (%d)", name, i)
	}
	return 0, fmt.Errorf("unknown label %q: use one of %s", label, strings.Join(known, ", "))
}
