package gasreport

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestMeasureAll(t *testing.T) {
	rows, err := MeasureAll(context.Background(), "../testdata/models")
	if err != nil {
		t.Fatalf("MeasureAll() error = %v", err)
	}
	if want := len(Cases()) * len(Ops()); len(rows) != want {
		t.Fatalf("MeasureAll() gave %d rows, want %d", len(rows), want)
	}
	gas := make(map[string]map[string]uint64)
	for _, r := range rows {
		if gas[r.Model] == nil {
			gas[r.Model] = make(map[string]uint64)
		}
		gas[r.Model][r.Op] = r.Gas
	}
	for _, c := range Cases() {
		g := gas[c.Name]
		for _, op := range Ops() {
			// Every operation is a transaction or an estimate of one: at least the 21,000 base.
			if g[op] <= 21000 {
				t.Errorf("%s %s: gas %d, want more than 21000", c.Name, op, g[op])
			}
		}
		// Deployment writes every parameter; one operation touches a sample's worth.
		if g[OpDeploy] < 10*g[OpAddDataUpdate] {
			t.Errorf("%s: deploy %d is not well above addData_update %d", c.Name, g[OpDeploy], g[OpAddDataUpdate])
		}
		// Predicting is part of refunding, which also pays out and records the claim.
		if g[OpPredict] >= g[OpRefund] {
			t.Errorf("%s: predict %d, want less than refund %d", c.Name, g[OpPredict], g[OpRefund])
		}
	}

	var js bytes.Buffer
	if err := WriteJSON(&js, rows); err != nil {
		t.Fatalf("WriteJSON() error = %v", err)
	}
	var back []map[string]any
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	for i, r := range back {
		if len(r) != 3 || r["model"] == nil || r["op"] == nil || r["gas"] == nil {
			t.Fatalf("row %d = %v, want exactly model, op and gas", i, r)
		}
	}

	var table bytes.Buffer
	if err := WriteTable(&table, rows); err != nil {
		t.Fatalf("WriteTable() error = %v", err)
	}
	if lines := strings.Count(table.String(), "\n"); lines != len(rows)+1 {
		t.Errorf("table has %d lines, want a header and %d rows", lines, len(rows))
	}
}

func TestGoal(t *testing.T) {
	tests := map[string]struct {
		want float64
		ok   bool
	}{
		OpDeploy:        {0.30, true},
		OpAddData:       {0.50, true},
		OpAddDataUpdate: {0.50, true},
		OpRefund:        {0.50, true},
		OpReport:        {0.50, true},
		OpPredict:       {0, false},
	}
	for op, tt := range tests {
		got, ok := Goal(op)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Goal(%q) = %v, %v, want %v, %v", op, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMisses(t *testing.T) {
	rows := []Row{
		{"dense-perceptron", OpAddData, 229968 / 2},      // exactly the goal: not a miss
		{"dense-perceptron", OpRefund, 174341/2 + 1},     // one above: a miss
		{"dense-perceptron", OpPredict, 10 * 42768},      // no goal
		{"dense-perceptron", OpDeploy, 5053803 * 3 / 10}, // at the goal
	}
	misses := Misses(rows)
	if len(misses) != 1 || misses[0].Op != OpRefund {
		t.Errorf("Misses() = %v, want only the refund row", misses)
	}
}
