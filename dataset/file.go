// SPDX-License-Identifier: MIT

package dataset

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// File formats OpenFile reads.
const (
	// FormatTSV is labelled text, one row a line: the text, a tab, then the label. The split is on the last
	// tab, so the text may hold tabs; nothing is quoted.
	FormatTSV = "tsv"
	// FormatCSV is a table of numbers, one row a line: comma-separated numeric features and a label column,
	// the last one unless FileOptions.LabelColumn says otherwise. Fields may be quoted as RFC 4180 allows.
	FormatCSV = "csv"
	// FormatJSONL is JSON lines, one object a line: {"text": "...", "label": ...} for labelled text or
	// {"features": [numbers], "label": ...} for a table, one kind for the whole file. A label is a string or
	// a number.
	FormatJSONL = "jsonl"
)

// Formats returns the formats OpenFile reads.
func Formats() []string { return []string{FormatTSV, FormatCSV, FormatJSONL} }

// FormatFor returns the format a file name's extension stands for (.tsv, .csv, .jsonl or .ndjson), or "" when
// the extension names none.
func FormatFor(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tsv":
		return FormatTSV
	case ".csv":
		return FormatCSV
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

// FileOptions says how OpenFile reads a user's file, and, through Options, how it splits and encodes it
// (Options.Root is not used).
type FileOptions struct {
	Options
	// Format is FormatTSV, FormatCSV or FormatJSONL; empty means the one the file's extension names (FormatFor).
	Format string
	// Name names the data in results; empty means the file's base name without its extension.
	Name string
	// LabelColumn is the CSV column holding the label, counted from 1; 0 means the last column.
	LabelColumn int
	// Header says that the CSV file's first row names the columns and holds no data.
	Header bool
}

// OpenFile loads a labelled dataset from a file of the user's, shuffles it with opts.Seed and splits it as
// Open does the built-in ones: text becomes sparse samples with opts.Text, numeric features dense fixed-point
// samples, standardised on the training rows unless opts.Unscaled.
//
// The classes are the distinct labels, in increasing numeric order when every label is an integer and in
// byte order otherwise, so the same labels give the same class indices whatever the row order. Rows are kept
// as they are, repeats included. Errors name the file and, for a row that does not parse, its line, and wrap
// ErrMissing (no such file), ErrOptions (an unknown format, say), ErrFormat (a bad row, no rows) or
// ErrTooFewClasses (one label only).
func OpenFile(path string, opts FileOptions) (*Dataset, error) {
	d, err := openFile(path, &opts)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return d, nil
}

// openFile is OpenFile without the error prefix.
func openFile(path string, opts *FileOptions) (*Dataset, error) {
	format := opts.Format
	if format == "" {
		if format = FormatFor(path); format == "" {
			return nil, fmt.Errorf("no format given and the extension %q names none: give one of %q: %w",
				filepath.Ext(path), Formats(), ErrOptions)
		}
	}
	if !slices.Contains(Formats(), format) {
		return nil, fmt.Errorf("unknown format %q: want one of %q: %w", format, Formats(), ErrOptions)
	}
	if format != FormatCSV && (opts.LabelColumn != 0 || opts.Header) {
		return nil, fmt.Errorf("a label column and a header row are for %s files, not %s: %w", FormatCSV, format,
			ErrOptions)
	}
	if opts.LabelColumn < 0 {
		return nil, fmt.Errorf("label column %d: count columns from 1, or give 0 for the last: %w",
			opts.LabelColumn, ErrOptions)
	}
	frac, err := opts.testFraction()
	if err != nil {
		return nil, err
	}
	name := opts.Name
	if name == "" {
		base := filepath.Base(path)
		name = strings.TrimSuffix(base, filepath.Ext(base))
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: there is no such file; check the path (a relative one is from the working "+
			"directory)", ErrMissing)
	}
	if err != nil {
		return nil, err
	}
	base := filepath.Base(path)
	var rows *fileRows
	switch format {
	case FormatTSV:
		rows, err = readTSV(base, data)
	case FormatCSV:
		rows, err = readCSV(base, data, opts.LabelColumn, opts.Header)
	default:
		rows, err = readJSONL(base, data)
	}
	if err != nil {
		return nil, err
	}
	classes, labels, err := classesOf(rows.labels)
	if err != nil {
		return nil, err
	}
	if rows.texts != nil {
		text := make([]textRow, len(labels))
		for i := range text {
			text[i] = textRow{text: rows.texts[i], label: labels[i]}
		}
		return splitText(name, classes, text, &opts.Options)
	}
	return splitTable(name, base, &table{classes: classes, rows: rows.features, labels: labels}, frac, &opts.Options)
}

// fileRows is a user's file as read: texts or feature rows, and the label of each as written.
type fileRows struct {
	texts    []string
	features [][]float64
	labels   []string
}

// classesOf returns the distinct labels in class order (numeric when all are integers, else byte order) and
// each row's class index. It needs rows of at least two classes.
func classesOf(labels []string) ([]string, []uint64, error) {
	if len(labels) == 0 {
		return nil, nil, fmt.Errorf("no rows: the file is empty or blank: %w", ErrFormat)
	}
	classes := slices.Clone(labels)
	slices.Sort(classes)
	classes = slices.Compact(classes)
	numeric := true
	for _, c := range classes {
		if _, err := strconv.ParseInt(c, 10, 64); err != nil {
			numeric = false
			break
		}
	}
	if numeric {
		// Stable, so that labels that are one number written two ways ("1", "01") stay in byte order.
		slices.SortStableFunc(classes, func(a, b string) int {
			x, _ := strconv.ParseInt(a, 10, 64)
			y, _ := strconv.ParseInt(b, 10, 64)
			return cmp.Compare(x, y)
		})
	}
	if len(classes) < 2 {
		return nil, nil, fmt.Errorf("every one of the %d rows has the label %q; a classifier needs at least 2 "+
			"classes: %w", len(labels), classes[0], ErrTooFewClasses)
	}
	index := make(map[string]uint64, len(classes))
	for i, c := range classes {
		index[c] = uint64(i)
	}
	out := make([]uint64, len(labels))
	for i, l := range labels {
		out[i] = index[l]
	}
	return classes, out, nil
}

// readTSV reads text<TAB>label lines.
func readTSV(file string, data []byte) (*fileRows, error) {
	rows := &fileRows{texts: []string{}}
	for n, line := range lines(data) {
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return nil, formatError(file, n, "no tab between text and label (want text<TAB>label)")
		}
		label := strings.TrimSpace(line[i+1:])
		if label == "" {
			return nil, formatError(file, n, "empty label after the last tab")
		}
		rows.texts = append(rows.texts, line[:i])
		rows.labels = append(rows.labels, label)
	}
	return rows, nil
}

// readCSV reads rows of numeric features and a label column (1-based; 0 is the last), after a header row
// when header is set.
func readCSV(file string, data []byte, labelColumn int, header bool) (*fileRows, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // checked below, with a message that says which row
	r.TrimLeadingSpace = true
	rows := &fileRows{}
	width := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, formatError(file, pe.Line, "%v", pe.Err)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		line, _ := r.FieldPos(0)
		if header {
			header = false
			continue
		}
		if width == 0 {
			width = len(rec)
			if width < 2 {
				return nil, formatError(file, line, "1 column; want numeric features and a label column")
			}
			if labelColumn > width {
				return nil, formatError(file, line, "label column %d, but the row has %d columns", labelColumn,
					width)
			}
		}
		if len(rec) != width {
			return nil, formatError(file, line, "%d columns, the first row has %d", len(rec), width)
		}
		lc := labelColumn - 1
		if labelColumn == 0 {
			lc = width - 1
		}
		label := strings.TrimSpace(rec[lc])
		if label == "" {
			return nil, formatError(file, line, "empty label in column %d", lc+1)
		}
		feats := slices.Delete(slices.Clone(rec), lc, lc+1)
		row, err := parseFloats(feats)
		if err != nil {
			hint := ""
			if len(rows.labels) == 0 {
				hint = " (if this row names the columns, say the file has a header)"
			}
			return nil, formatError(file, line, "%v%s", err, hint)
		}
		rows.features = append(rows.features, row)
		rows.labels = append(rows.labels, label)
	}
	return rows, nil
}

// jsonRow is one line of a JSON lines file.
type jsonRow struct {
	Text     *string         `json:"text"`
	Features []float64       `json:"features"`
	Label    json.RawMessage `json:"label"`
}

// readJSONL reads {"text"|"features", "label"} objects, one a line, all of one kind.
func readJSONL(file string, data []byte) (*fileRows, error) {
	rows := &fileRows{}
	first := 0 // line of the first row, which fixes the kind and the width
	for n, line := range lines(data) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		var jr jsonRow
		if err := dec.Decode(&jr); err != nil {
			return nil, formatError(file, n, "not a JSON object of text or features and a label: %v", err)
		}
		if dec.More() {
			return nil, formatError(file, n, "more than one JSON value; put one object on each line")
		}
		label, err := jsonLabel(jr.Label)
		if err != nil {
			return nil, formatError(file, n, "%v", err)
		}
		switch {
		case jr.Text != nil && jr.Features != nil:
			return nil, formatError(file, n, `both "text" and "features"; give one`)
		case jr.Text == nil && jr.Features == nil:
			return nil, formatError(file, n, `neither "text" nor "features"`)
		case first == 0:
			first = n
			if jr.Text != nil {
				rows.texts = []string{}
			} else if len(jr.Features) == 0 {
				return nil, formatError(file, n, `"features" is empty`)
			}
		case (jr.Text != nil) != (rows.texts != nil):
			return nil, formatError(file, n, "a row of another kind than line %d's: a file holds either text or "+
				"features", first)
		case jr.Features != nil && len(jr.Features) != len(rows.features[0]):
			return nil, formatError(file, n, "%d features, line %d has %d", len(jr.Features), first,
				len(rows.features[0]))
		}
		if jr.Text != nil {
			rows.texts = append(rows.texts, *jr.Text)
		} else {
			rows.features = append(rows.features, jr.Features)
		}
		rows.labels = append(rows.labels, label)
	}
	return rows, nil
}

// jsonLabel returns a label written as a JSON string or number as text.
func jsonLabel(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New(`no "label"`)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		if strings.TrimSpace(s) == "" {
			return "", errors.New("empty label")
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("label %s is not a string or a number", raw)
}
