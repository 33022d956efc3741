package sim

import (
	"context"
	"testing"
	"time"
)

// TestPaperReproductionOnChain runs examples/paper/imdb-synthetic-reduced.json, the paper's IMDB set-up with
// the contracts' decaying step at a size CI affords (8,000 samples of which 2,000 train the start model, waits
// of an hour and six hours instead of a day and nine, balances of 1,000 units), as transactions against the
// real contracts, and requires 0xDeCA10B's result: the malicious agent loses at least 85% of its balance, the
// honest agent gains, and the accuracy never falls more than 2 points below its start. The Go port must give
// the same result byte for byte. The full-size run is the README's.
func TestPaperReproductionOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("replays thousands of transactions")
	}
	ctx := context.Background()
	cfg, err := LoadConfig("examples/paper/imdb-synthetic-reduced.json")
	if err != nil {
		t.Fatal(err)
	}
	data, err := LoadData(cfg.Dataset)
	if err != nil {
		t.Fatal(err)
	}
	setup, err := Prepare(ctx, cfg, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	goRes, err := RunSetup(ctx, cfg, data.Name, setup, Options{})
	if err != nil {
		t.Fatalf("Go run: %v", err)
	}
	start := time.Now()
	res, err := RunSetup(ctx, cfg, data.Name, setup, Options{OnChain: true})
	if err != nil {
		t.Fatalf("chain run: %v", err)
	}
	s := res.Summary
	t.Logf("on chain in %v: %d contributions, %d refunds, %d reports, %d takes; accuracy %.2f%% -> min %.2f%% -> %.2f%%",
		time.Since(start).Round(time.Second), s.Counts.Accepted, s.Counts.Refunded, s.Counts.Reported, s.Counts.Taken,
		100*s.AccuracyInitial, 100*s.AccuracyMin, 100*s.AccuracyFinal)
	for _, a := range s.Agents {
		t.Logf("%s: %+.2f%%", a.Address, a.ChangePercent)
	}
	change := map[string]float64{}
	for _, a := range s.Agents {
		change[a.Address] = a.ChangePercent
	}
	if got := change["Bad"]; got > -85 {
		t.Errorf("malicious agent %+.2f%%, want at most -85%%", got)
	}
	if got := change["Good"]; got <= 0 {
		t.Errorf("honest agent %+.2f%%, want a gain", got)
	}
	if drop := 100 * (s.AccuracyInitial - s.AccuracyMin); drop > 2 {
		t.Errorf("accuracy fell %.2f points below its start (%.2f%% -> %.2f%%), want at most 2",
			drop, 100*s.AccuracyInitial, 100*s.AccuracyMin)
	}
	compareResults(t, goRes, res)
}
