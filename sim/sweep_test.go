package sim

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"
)

func TestVariants(t *testing.T) {
	base := []byte(`{"dataset": {"name": "generated"}, "model": {"kind": "sparse-perceptron"},
		"mechanism": {"kind": "deposit-refund-take", "cost_weight": 1}, "unit_wei": 60,
		"agents": [{"address": "A", "start_balance": 100, "mean_deposit": 5, "mean_update_wait_s": 60},
		           {"address": "B", "start_balance": 100, "mean_deposit": 5, "mean_update_wait_s": 60}]}`)
	var overrides []Override
	for _, s := range []string{"mechanism.cost_weight=1/60,2", "agents.1.good=false", "mechanism.refund_wait_s=10,20"} {
		o, err := ParseOverride(s)
		if err != nil {
			t.Fatal(err)
		}
		overrides = append(overrides, o)
	}
	vs, err := Variants(base, overrides)
	if err != nil {
		t.Fatalf("Variants() error = %v", err)
	}
	var labels []string
	for _, v := range vs {
		labels = append(labels, v.Label)
	}
	want := []string{
		"mechanism.cost_weight=1/60 agents.1.good=false mechanism.refund_wait_s=10",
		"mechanism.cost_weight=1/60 agents.1.good=false mechanism.refund_wait_s=20",
		"mechanism.cost_weight=2 agents.1.good=false mechanism.refund_wait_s=10",
		"mechanism.cost_weight=2 agents.1.good=false mechanism.refund_wait_s=20",
	}
	if strings.Join(labels, "\n") != strings.Join(want, "\n") {
		t.Fatalf("labels\n%s\nwant\n%s", strings.Join(labels, "\n"), strings.Join(want, "\n"))
	}
	c := vs[1].Config
	if c.Mechanism.CostWeight.String() != "1/60" || *c.Mechanism.RefundWaitS != 20 || c.Agents[1].Good == nil || *c.Agents[1].Good || c.Agents[0].Good != nil {
		t.Errorf("variant 1 = %+v", c)
	}
	for _, bad := range []string{"agents.5.good=true", "agents.x.good=true", "mechanism.kind=nonsense", "name"} {
		o, err := ParseOverride(bad)
		if err == nil {
			_, err = Variants(base, []Override{o})
		}
		if err == nil {
			t.Errorf("override %q: no error", bad)
		}
	}
}

func TestSweep(t *testing.T) {
	base := []byte(`{"name": "s", "dataset": {"name": "generated"}, "model": {"kind": "sparse-perceptron"},
		"init_train_data_portion": 0.08, "unit_wei": "1000000000000",
		"mechanism": {"kind": "deposit-refund-take", "cost_weight": 0.015, "refund_wait_s": 86400, "any_address_claim_wait_s": 777600},
		"agents": [{"address": "Good", "start_balance": 10000, "mean_deposit": 50, "stdev_deposit": 10, "mean_update_wait_s": 600},
		           {"address": "Bad", "start_balance": 10000, "mean_deposit": 100, "stdev_deposit": 3, "mean_update_wait_s": 3600, "good": false}]}`)
	o, err := ParseOverride("mechanism.cost_weight=0.015,0.15")
	if err != nil {
		t.Fatal(err)
	}
	vs, err := Variants(base, []Override{o})
	if err != nil {
		t.Fatal(err)
	}
	loads := 0
	load := func(DatasetConfig) (*Data, error) { loads++; return genData(t, 2000, 300, 500, 10, 0.05, 1), nil }
	runs, err := Sweep(context.Background(), vs, []int64{1, 2}, load, Options{})
	if err != nil {
		t.Fatalf("Sweep() error = %v", err)
	}
	if len(runs) != 4 || loads != 1 {
		t.Fatalf("%d runs, %d loads; want 4 runs and one load", len(runs), loads)
	}
	// One worker must give what several give: runs share a setup but nothing they change.
	prev := runtime.GOMAXPROCS(1)
	serial, err := Sweep(context.Background(), vs, []int64{1, 2}, load, Options{})
	runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatalf("Sweep() on one worker error = %v", err)
	}
	if a, b := mustJSON(t, runs), mustJSON(t, serial); a != b {
		t.Errorf("Sweep on %d workers and on one differ:\n%s\n%s", prev, a, b)
	}
	// Three shards, each run apart and written out as sweep.json is, merge into exactly the whole sweep.
	var parts [][]SweepRun
	for _, i := range []int{2, 0, 1} {
		part, err := SweepPart(context.Background(), vs, []int64{1, 2}, load, Options{}, SweepShard{Index: i, Count: 3})
		if err != nil {
			t.Fatalf("SweepPart(%d/3) error = %v", i, err)
		}
		var back []SweepRun
		if err := json.Unmarshal([]byte(mustJSON(t, part)), &back); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, back)
	}
	merged, err := MergeSweeps(parts...)
	if err != nil {
		t.Fatalf("MergeSweeps() error = %v", err)
	}
	if a, b := mustJSON(t, runs), mustJSON(t, merged); a != b {
		t.Errorf("three shards merged differ from one sweep:\n%s\n%s", a, b)
	}
	for _, tc := range []struct {
		name  string
		parts [][]SweepRun
	}{
		{"a shard missing", parts[:2]},
		{"a shard twice", append(parts[:3:3], parts[0])},
		{"shards of another sweep", [][]SweepRun{parts[0], {{Index: 0, Runs: 9}}}},
	} {
		if _, err := MergeSweeps(tc.parts...); !errors.Is(err, ErrMerge) {
			t.Errorf("%s: MergeSweeps() error = %v, want ErrMerge", tc.name, err)
		}
	}
	if _, err := SweepPart(context.Background(), vs, nil, load, Options{}, SweepShard{Index: 3, Count: 3}); err == nil {
		t.Error("SweepPart(3/3) succeeded; the index must lie below the count")
	}

	var buf bytes.Buffer
	if err := WriteSweepCSV(&buf, runs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || rows[0][len(rows[0])-1] != "Bad_change_percent" || rows[4][0] != "mechanism.cost_weight=0.15" || rows[4][1] != "2" {
		t.Errorf("csv rows %q", rows)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
