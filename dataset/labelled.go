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

// LineErrors lists every bad line of a file, so that a user fixes them all in one go.
type LineErrors struct {
	// Path names the file; Errs holds one error per bad line, each starting with its line number.
	Path string
	Errs []error
}

// maxLineErrors is how many bad lines a LineErrors message quotes.
const maxLineErrors = 10

func (e *LineErrors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s has %d bad line", e.Path, len(e.Errs))
	if len(e.Errs) != 1 {
		b.WriteString("s")
	}
	b.WriteString(", nothing was done: fix them and run again:")
	for i, err := range e.Errs {
		if i == maxLineErrors {
			fmt.Fprintf(&b, "\n  ... and %d more", len(e.Errs)-i)
			break
		}
		fmt.Fprintf(&b, "\n  %v", err)
	}
	return b.String()
}

// Unwrap returns the errors of the lines.
func (e *LineErrors) Unwrap() []error { return e.Errs }

// ReadLabelled reads every record of a labelled file in format f; path only names it in errors. Blank lines are
// skipped. Every record must have a label or none must, so that a file missing one label by mistake is caught.
// A bad line does not stop the reading: the error, a *LineErrors, names every bad line with its number.
func ReadLabelled(r io.Reader, path string, f FileFormat) ([]Record, error) {
	var recs []Record
	var bad []error
	add := func(rec Record, err error) {
		if err != nil {
			bad = append(bad, fmt.Errorf("line %d: %w", rec.Line, err))
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
			line, _ := cr.FieldPos(0)
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					// The reader cannot go on past a broken quote: report what was found so far with it.
					bad = append(bad, fmt.Errorf("line %d: %w; quote a text with commas or quotes in it, doubling its quotes", pe.Line, pe.Err))
					break
				}
				return nil, fmt.Errorf("read %s: %w", path, err)
			}
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
				bad = append(bad, fmt.Errorf("line %d %s but line %d %s: give every line a label or none", rec.Line, has[rec.Labelled], recs[0].Line, has[want]))
				break
			}
		}
	}
	if len(bad) > 0 {
		return nil, &LineErrors{Path: path, Errs: bad}
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
	var bad []error
	for _, rec := range recs {
		ex := Example{Line: rec.Line, Data: rec.Indices, Labelled: rec.Labelled}
		if rec.Indices != nil && indices != nil {
			text := make([]string, len(rec.Indices))
			for i, x := range rec.Indices {
				text[i] = strconv.FormatInt(x, 10)
			}
			data, _, err := indices.EncodeReport(strings.Join(text, ","))
			if err != nil {
				bad = append(bad, fmt.Errorf("line %d: indices: %w", rec.Line, err))
				continue
			}
			ex.Data = data
		}
		if rec.Indices == nil {
			data, report, err := enc.EncodeReport(rec.Text)
			if err != nil {
				bad = append(bad, fmt.Errorf("line %d: encode the text: %w", rec.Line, err))
				continue
			}
			if len(data) == 0 {
				bad = append(bad, fmt.Errorf("line %d: the text encodes to an empty sample: none of its words is known to the encoder; drop the line or use words the model knows", rec.Line))
				continue
			}
			ex.Data, ex.Report = data, report
		}
		if rec.Labelled {
			label, err := ClassIndex(rec.Label, classes)
			if err != nil {
				bad = append(bad, fmt.Errorf("line %d: %w", rec.Line, err))
				continue
			}
			ex.Label = label
		}
		out = append(out, ex)
	}
	if len(bad) > 0 {
		return nil, &LineErrors{Path: path, Errs: bad}
	}
	return out, nil
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
