package marketsim

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/sim"
)

// smallMarket is a config a test runs in well under a second; provider names the providing agent or "".
func smallMarket(provider string) string {
	p := ""
	if provider != "" {
		p = `, "provider": "` + provider + `"`
	}
	return `{
  "name": "small market", "seed": 3,
  "dataset": {"name": "synthetic", "samples": 400, "test_samples": 100, "features": 50, "non_zeros": 5, "noise": 0.1, "seed": 2},
  "model": {"kind": "sparse-perceptron"},
  "init_train_data_portion": 0.025,
  "mechanism": {"kind": "prediction-market", "bounty": 1000, "min_stake": 1, "test_pieces": 4` + p + `},
  "unit_wei": "1000000000000000000",
  "agents": [
    {"address": "Good", "start_balance": 2000, "mean_deposit": 5, "stdev_deposit": 1, "mean_update_wait_s": 600},
    {"address": "Bad", "start_balance": 100, "mean_deposit": 10, "stdev_deposit": 3, "mean_update_wait_s": 3600, "good": false}
  ]
}`
}

// runConfig runs a config the way `sumkit sim run` does: parse, load, run with this package's factories.
func runConfig(t *testing.T, js string) (*sim.Config, *sim.Result, []byte) {
	t.Helper()
	cfg, err := sim.ParseConfig([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	data, err := sim.LoadData(cfg.Dataset)
	if err != nil {
		t.Fatal(err)
	}
	res, err := sim.Run(context.Background(), cfg, data, sim.Options{Mechanisms: Factories()})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := sim.WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	return cfg, res, b.Bytes()
}

func TestMarketSimDeterministic(t *testing.T) {
	_, _, a := runConfig(t, smallMarket(""))
	_, _, b := runConfig(t, smallMarket(""))
	if !bytes.Equal(a, b) {
		t.Fatal("the same config and seed gave different result.json")
	}
}

func TestMarketSimConserves(t *testing.T) {
	for _, provider := range []string{"", "Good"} {
		cfg, res, _ := runConfig(t, smallMarket(provider))
		p, err := cfg.MarketParams()
		if err != nil {
			t.Fatal(err)
		}
		s := res.Summary
		if s.Counts.Accepted == 0 {
			t.Fatalf("provider %q: nobody contributed", provider)
		}
		start, final := new(big.Int), new(big.Int)
		for _, a := range s.Agents {
			start.Add(start, a.Start)
			final.Add(final, a.Final)
		}
		if provider == "" {
			if s.Provider == nil || s.Provider.Start.Cmp(p.Bounty) != 0 {
				t.Fatalf("outside provider: summary %+v, want a bounty of %s", s.Provider, p.Bounty)
			}
			start.Add(start, p.Bounty)
			final.Add(final, s.Provider.Final)
		} else if s.Provider != nil {
			t.Fatalf("provider %q is an agent, yet the summary reports an outside one", provider)
		}
		if start.Cmp(final) != 0 {
			t.Fatalf("provider %q: start balances and bounty %s wei, final balances %s wei", provider, start, final)
		}
		// The model is trained only at the end: every point before the last has the initial accuracy.
		acc := res.Accuracies
		for _, a := range acc[:len(acc)-1] {
			if a.Accuracy != s.AccuracyInitial {
				t.Fatalf("accuracy moved during participation: %+v", acc)
			}
		}
	}
}

func TestMarketSimRefusesOnChain(t *testing.T) {
	cfg, err := sim.ParseConfig([]byte(smallMarket("")))
	if err != nil {
		t.Fatal(err)
	}
	data, err := sim.LoadData(cfg.Dataset)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sim.Run(context.Background(), cfg, data, sim.Options{OnChain: true, Mechanisms: Factories()}); err == nil || !strings.Contains(err.Error(), "on-chain") {
		t.Fatalf("on-chain market run: %v, want a refusal", err)
	}
	if _, err := sim.Run(context.Background(), cfg, data, sim.Options{}); err == nil || !strings.Contains(err.Error(), "factory") {
		t.Fatalf("run without factories: %v, want a refusal", err)
	}
}

func TestMarketSimConfigErrors(t *testing.T) {
	for _, tc := range []struct{ from, to, want string }{
		{`"bounty": 1000`, `"bounty": 0`, "bounty"},
		{`"test_pieces": 4`, `"test_pieces": 1`, "test_pieces"},
		{`"test_pieces": 4`, `"test_pieces": 4, "provider": "Nobody"`, "provider"},
		{`"min_stake": 1`, `"min_stake": 1, "cost_weight": 2`, "cost_weight"},
		{`"kind": "prediction-market"`, `"kind": "points"`, "prediction market's"},
	} {
		js := strings.Replace(smallMarket(""), tc.from, tc.to, 1)
		if _, err := sim.ParseConfig([]byte(js)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming %s", tc.to, err, tc.want)
		}
	}
}
