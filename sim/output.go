package sim

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// WriteJSON writes r compactly, as 0xDeCA10B saves its runs, with a final newline. The encoding is
// deterministic: the same result gives the same bytes.
func WriteJSON(w io.Writer, r *Result) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode result: %w", err)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	return nil
}

// ReadJSON reads a result written by WriteJSON, or a run saved by 0xDeCA10B's simulator.
func ReadJSON(r io.Reader) (*Result, error) {
	var res Result
	if err := json.NewDecoder(r).Decode(&res); err != nil {
		return nil, fmt.Errorf("read result: %w", err)
	}
	return &res, nil
}

// WriteCSV writes r's series in long form, one row per point: the columns t (seconds), series ("accuracy"
// or "balance"), agent (empty for accuracy) and value (the accuracy as a fraction, or the balance in wei).
func WriteCSV(w io.Writer, r *Result) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"t", "series", "agent", "value"})
	for _, a := range r.Accuracies {
		cw.Write([]string{strconv.FormatUint(a.T, 10), "accuracy", "", strconv.FormatFloat(a.Accuracy, 'g', -1, 64)})
	}
	for _, b := range r.Balances {
		cw.Write([]string{strconv.FormatUint(b.T, 10), "balance", b.Agent, b.Balance.String()})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
