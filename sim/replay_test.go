package sim

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

// replayConfig is the IMDB set-up on a shorter clock, so that a schedule of over 2,000 contributions and its
// chain replay take seconds: refunds after an hour, takes after six, accuracy every 20,000 s on 300 samples.
func replayConfig(t testing.TB, mechanism string) *Config {
	t.Helper()
	cost := `"cost_weight": 0.015,`
	if mechanism == MechanismPoints {
		cost = ""
	}
	cfg, err := ParseConfig(fmt.Appendf(nil, `{
		"name": "replay",
		"seed": 7,
		"dataset": {"name": "generated"},
		"model": {"kind": "sparse-perceptron"},
		"init_train_data_portion": 0.08,
		"test_size": 300,
		"mechanism": {"kind": %q, %s "refund_wait_s": 3600, "owner_claim_wait_s": 21600, "any_address_claim_wait_s": 21600},
		"unit_wei": "1000000000000",
		"accuracy_every_s": 20000,
		"agents": [
			{"address": "Good", "start_balance": 10000, "mean_deposit": 50, "stdev_deposit": 10,
			 "mean_update_wait_s": 600, "stdev_update_wait_time": 60, "prob_mistake": 0.0001},
			{"address": "Bad", "start_balance": 10000, "mean_deposit": 100, "stdev_deposit": 3,
			 "mean_update_wait_s": 3600, "stdev_update_wait_time": 60, "good": false},
			{"address": "Careless", "start_balance": 2000, "mean_deposit": 40, "stdev_deposit": 20,
			 "mean_update_wait_s": 1800, "stdev_update_wait_time": 600, "prob_mistake": 0.2}
		]
	}`, mechanism, cost))
	if err != nil {
		t.Fatalf("ParseConfig() error = %v", err)
	}
	return cfg
}

// TestReplayOnChain runs one schedule of over 2,000 contributions with the Go port and as transactions
// against the contracts, and requires the same output byte for byte: every balance to the wei, every
// addition, refund, report and take with its outcome and amount, the accuracy series.
func TestReplayOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("replays thousands of transactions")
	}
	for _, tc := range []struct {
		mech     string
		train    int
		contribs int
	}{
		// Points moves no money; a shorter schedule covers its paths.
		{MechanismDepositRefundTake, 2400, 2000},
		{MechanismPoints, 800, 700},
	} {
		t.Run(tc.mech, func(t *testing.T) {
			ctx := context.Background()
			cfg := replayConfig(t, tc.mech)
			data := genData(t, tc.train, 300, 1000, 20, 0.05, 3)
			setup, err := Prepare(ctx, cfg, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			goRes, err := RunSetup(ctx, cfg, data.Name, setup, Options{Trace: true})
			if err != nil {
				t.Fatalf("Go run: %v", err)
			}
			goTime := time.Since(start)
			start = time.Now()
			chainRes, err := RunSetup(ctx, cfg, data.Name, setup, Options{Trace: true, OnChain: true})
			if err != nil {
				t.Fatalf("chain run: %v", err)
			}
			c := goRes.Summary.Counts
			t.Logf("%d contributions, %d refunds, %d reports, %d takes, %d refusals, %d operations; Go %s, chain %s",
				c.Accepted, c.Refunded, c.Reported, c.Taken, c.Refused, len(goRes.Events), goTime, time.Since(start))
			if c.Accepted < tc.contribs {
				t.Fatalf("only %d contributions; the replay must cover at least %d", c.Accepted, tc.contribs)
			}
			compareResults(t, goRes, chainRes)
		})
	}
}

// compareResults fails unless a and b encode to the same JSON, naming the first difference.
func compareResults(t *testing.T, a, b *Result) {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(ja, jb) {
		return
	}
	for i := range min(len(a.Events), len(b.Events)) {
		if ea, eb := a.Events[i], b.Events[i]; fmt.Sprint(ea) != fmt.Sprint(eb) {
			t.Fatalf("operation %d differs: %+v, then %+v", i, ea, eb)
		}
	}
	for i := range min(len(a.Balances), len(b.Balances)) {
		if ba, bb := a.Balances[i], b.Balances[i]; fmt.Sprint(ba) != fmt.Sprint(bb) {
			t.Fatalf("balance %d differs: %+v, then %+v", i, ba, bb)
		}
	}
	for i := range min(len(a.Accuracies), len(b.Accuracies)) {
		if a.Accuracies[i] != b.Accuracies[i] {
			t.Fatalf("accuracy %d differs: %+v, then %+v", i, a.Accuracies[i], b.Accuracies[i])
		}
	}
	t.Fatalf("the results differ: %d and %d operations, %d and %d balances, %d and %d accuracies",
		len(a.Events), len(b.Events), len(a.Balances), len(b.Balances), len(a.Accuracies), len(b.Accuracies))
}
