package sim

import (
	"bytes"
	"context"
	"math/big"
	"testing"
)

// TestDeterministic runs the same config and seed twice, from scratch, and requires the same JSON and CSV
// bytes; another seed must give another run.
func TestDeterministic(t *testing.T) {
	ctx := context.Background()
	encode := func(seed int64) ([]byte, []byte) {
		cfg := imdbShapedConfig(t)
		cfg.Seed = seed
		data := genData(t, 4000, 500, 1000, 20, 0.05, 1)
		res, err := Run(ctx, cfg, data, Options{Trace: true})
		if err != nil {
			t.Fatalf("Run() error = %v", err)
		}
		var j, c bytes.Buffer
		if err := WriteJSON(&j, res); err != nil {
			t.Fatal(err)
		}
		if err := WriteCSV(&c, res); err != nil {
			t.Fatal(err)
		}
		return j.Bytes(), c.Bytes()
	}
	j1, c1 := encode(1)
	j2, c2 := encode(1)
	if !bytes.Equal(j1, j2) || !bytes.Equal(c1, c2) {
		t.Fatal("the same config and seed gave different output")
	}
	if j3, _ := encode(2); bytes.Equal(j1, j3) {
		t.Fatal("seeds 1 and 2 gave the same output")
	}
}

// TestRunIMDBShaped checks the paper's set-up end to end: all data handed out and settled, the honest agent
// gaining what the malicious one loses (money only moves between them), accuracy recorded from 0 on.
func TestRunIMDBShaped(t *testing.T) {
	cfg := imdbShapedConfig(t)
	data := genData(t, 5000, 1000, 1000, 20, 0.05, 1)
	res, err := Run(context.Background(), cfg, data, Options{})
	if err != nil {
		t.Fatalf("Run() error = %v", err)
	}
	s := res.Summary
	if s.End != EndDone || s.Counts.NotHandedOut != 0 || s.Counts.Unclaimed != 0 {
		t.Errorf("ended %q with %d samples not handed out and %d open; want all done", s.End, s.Counts.NotHandedOut, s.Counts.Unclaimed)
	}
	if want := 5000 - 400; s.Counts.Accepted != want {
		t.Errorf("%d contributions, want %d", s.Counts.Accepted, want)
	}
	total := new(big.Int)
	for _, a := range s.Agents {
		total.Add(total, new(big.Int).Sub(a.Final, a.Start))
	}
	if total.Sign() != 0 {
		t.Errorf("the agents' balances changed by %s wei in all; every deposit goes back to an agent", total)
	}
	good, bad := s.Agents[0], s.Agents[1]
	if good.Final.Cmp(good.Start) <= 0 || bad.Final.Cmp(bad.Start) >= 0 {
		t.Errorf("honest %s -> %s, malicious %s -> %s; want the honest agent to gain", good.Start, good.Final, bad.Start, bad.Final)
	}
	if res.Accuracies[0].T != 0 || len(res.Accuracies) < 10 {
		t.Errorf("accuracies %v: want a series from t = 0", res.Accuracies)
	}
	if res.BaselineAccuracy == nil || *res.BaselineAccuracy <= s.AccuracyInitial {
		t.Errorf("baseline %v, initial %v: training on all data should beat 8%%", res.BaselineAccuracy, s.AccuracyInitial)
	}
}
