// SPDX-License-Identifier: MIT

package dataset

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/sumkit/sumkit/model"
)

// Scaler standardises dense features: feature f becomes (x - Mean[f]) / Std[f], then fixed point. Open fits
// it on the training split alone, so nothing about the test rows leaks into the features the model trains on.
type Scaler struct {
	// Mean holds each feature's mean over the training rows.
	Mean []float64
	// Std holds each feature's population standard deviation over the training rows, or 1 for a feature
	// that is constant there (it is then only centred, as dividing by 0 would give infinities).
	Std []float64
}

// fitScaler computes the mean and standard deviation of every feature over the rows at the given positions.
// The sums run in row order with each product converted explicitly, which stops the compiler fusing
// multiply-adds on platforms that have them, so the statistics are bit-identical everywhere.
func fitScaler(rows [][]float64, train []int, numFeatures int) *Scaler {
	s := &Scaler{Mean: make([]float64, numFeatures), Std: make([]float64, numFeatures)}
	n := float64(len(train))
	for f := range numFeatures {
		sum := 0.0
		for _, i := range train {
			sum += rows[i][f]
		}
		mean := sum / n
		ss := 0.0
		for _, i := range train {
			d := rows[i][f] - mean
			ss += float64(d * d)
		}
		std := math.Sqrt(ss / n)
		if std == 0 || math.IsNaN(std) {
			std = 1
		}
		s.Mean[f], s.Std[f] = mean, std
	}
	return s
}

// Transform standardises one row of raw feature values and converts it to fixed point with model.ToFixed.
// A value more than eight standard deviations out is clipped to +-8.0 (model.MaxAbsDenseValue), the dense
// nearest centroid contract's entry bound, so that every row is a sample every dense model takes.
func (s *Scaler) Transform(row []float64) ([]int64, error) {
	if len(row) != len(s.Mean) {
		return nil, fmt.Errorf("scale a row of %d features, the scaler has %d: %w", len(row), len(s.Mean),
			model.ErrWrongDimension)
	}
	out := make([]int64, len(row))
	for f, x := range row {
		v, err := model.ToFixed((x - s.Mean[f]) / s.Std[f])
		if err != nil {
			return nil, fmt.Errorf("scale feature %d: %w", f, err)
		}
		out[f] = min(max(v, -model.MaxAbsDenseValue), model.MaxAbsDenseValue)
	}
	return out, nil
}

// table is a tabular dataset as read: raw feature rows and their labels.
type table struct {
	classes []string
	rows    [][]float64
	labels  []uint64
}

// tabularFile returns where a tabular dataset lives under the root and how to parse one comma-separated row
// of it.
func tabularFile(name string) (rel string, classes []string, parse func(fields []string) ([]float64, string, error)) {
	switch name {
	case TicTacToe:
		return "tic_tac_toe/tic-tac-toe.data", []string{"negative", "positive"}, parseTicTacToe
	case WDBC:
		return "wdbc/wdbc.data", []string{"B", "M"}, parseWDBC
	default: // Iris
		return "iris/bezdekIris.data", []string{"Iris-setosa", "Iris-versicolor", "Iris-virginica"}, parseIris
	}
}

// parseTicTacToe reads the nine cells, top-left to bottom-right, and the class. Each cell becomes three
// one-hot features, x, o and blank (feature 3*cell + 0, 1 or 2), rather than one -1/0/1 value: a linear model
// over -1/0/1 must treat blank as halfway between x and o, while one-hot lets it weigh each mark freely.
func parseTicTacToe(fields []string) ([]float64, string, error) {
	if len(fields) != 10 {
		return nil, "", fmt.Errorf("%d fields, want 9 cells and the class", len(fields))
	}
	row := make([]float64, 27)
	for c, v := range fields[:9] {
		switch v {
		case "x":
			row[3*c] = 1
		case "o":
			row[3*c+1] = 1
		case "b":
			row[3*c+2] = 1
		default:
			return nil, "", fmt.Errorf("cell %d is %q, want x, o or b", c+1, v)
		}
	}
	return row, fields[9], nil
}

// parseWDBC reads the id (skipped: it identifies the patient, it is not a feature), the diagnosis and the 30
// real features.
func parseWDBC(fields []string) ([]float64, string, error) {
	if len(fields) != 32 {
		return nil, "", fmt.Errorf("%d fields, want id, diagnosis and 30 features", len(fields))
	}
	row, err := parseFloats(fields[2:])
	return row, fields[1], err
}

// parseIris reads the 4 measurements and the class.
func parseIris(fields []string) ([]float64, string, error) {
	if len(fields) != 5 {
		return nil, "", fmt.Errorf("%d fields, want 4 measurements and the class", len(fields))
	}
	row, err := parseFloats(fields[:4])
	return row, fields[4], err
}

// parseFloats parses finite decimal numbers.
func parseFloats(fields []string) ([]float64, error) {
	row := make([]float64, len(fields))
	for i, v := range fields {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("feature %d is %q, want a finite number", i+1, v)
		}
		row[i] = x
	}
	return row, nil
}

// readTable reads a tabular dataset's rows. Blank lines are skipped: iris ends with one.
func readTable(root, name string) (*table, string, error) {
	rel, classes, parse := tabularFile(name)
	data, err := readFile(root, rel)
	if err != nil {
		return nil, "", err
	}
	t := &table{classes: classes}
	for n, line := range lines(data) {
		row, class, err := parse(strings.Split(line, ","))
		if err != nil {
			return nil, "", formatError(rel, n, "%v", err)
		}
		label, ok := classIndex(classes, class)
		if !ok {
			return nil, "", formatError(rel, n, "class %q is not one of %q", class, classes)
		}
		t.rows = append(t.rows, row)
		t.labels = append(t.labels, label)
	}
	if len(t.rows) == 0 {
		return nil, "", fmt.Errorf("%s: no rows: %w", rel, ErrFormat)
	}
	return t, rel, nil
}

// loadTabular reads a tabular dataset, splits it, standardises it on the training rows unless opts.Unscaled,
// and converts the features to fixed point.
func loadTabular(root, name string, opts *Options) (*Dataset, error) {
	frac, err := opts.testFraction()
	if err != nil {
		return nil, err
	}
	t, rel, err := readTable(root, name)
	if err != nil {
		return nil, err
	}
	return splitTable(name, rel, t, frac, opts)
}

// splitTable splits a table read from the file rel with opts.Seed, standardises it on the training rows unless
// opts.Unscaled, and converts the features to fixed point.
func splitTable(name, rel string, t *table, frac float64, opts *Options) (*Dataset, error) {
	train, test, err := Split(len(t.rows), frac, opts.Seed)
	if err != nil {
		return nil, err
	}
	numFeatures := len(t.rows[0])
	d := &Dataset{Name: name, Classes: t.classes, NumFeatures: uint64(numFeatures)}
	convert := func(row []float64) ([]int64, error) { return toFixed(row) }
	if !opts.Unscaled {
		d.Scaler = fitScaler(t.rows, train, numFeatures)
		convert = d.Scaler.Transform
	}
	for _, part := range []struct {
		order []int
		set   **Set
	}{{train, &d.Train}, {test, &d.Test}} {
		s := NewSet(len(part.order), len(part.order)*numFeatures)
		for _, i := range part.order {
			x, err := convert(t.rows[i])
			if err != nil {
				return nil, fmt.Errorf("%s row %d: %w", rel, i+1, err)
			}
			s.Append(x, t.labels[i])
		}
		*part.set = s
	}
	return d, nil
}

// toFixed converts raw feature values to fixed point.
func toFixed(row []float64) ([]int64, error) {
	out := make([]int64, len(row))
	for f, x := range row {
		v, err := model.ToFixed(x)
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", f, err)
		}
		out[f] = v
	}
	return out, nil
}
