package main

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
)

// runDemoCLI runs `sumkit demo` in-process on the repository's test data, with only the demo command registered.
func runDemoCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := appWith(demoCommand())
	app.Writer, app.ErrWriter = &out, &errOut
	base := []string{"sumkit", "demo",
		"--models", "../../testdata/models",
		"--data", "../../testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt"}
	err := app.RunContext(t.Context(), append(base, args...))
	return out.String(), err
}

func TestDemoReport(t *testing.T) {
	out, err := runDemoCLI(t, "--days", "4", "--per-day", "6")
	if err != nil {
		t.Fatalf("demo error = %v\noutput:\n%s", err, out)
	}
	for _, want := range []string{"held-out accuracy before:", "held-out accuracy after:", "on-chain predict", "addData", "refund", "honest", "careless"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q; output:\n%s", want, out)
		}
	}
	if strings.Contains(out, "refunds: 0,") {
		t.Errorf("demo made no refunds; output:\n%s", out)
	}
}

func TestDemoJSON(t *testing.T) {
	out, err := runDemoCLI(t, "--days", "4", "--per-day", "6", "--json")
	if err != nil {
		t.Fatalf("demo --json error = %v\noutput:\n%s", err, out)
	}
	var sum struct {
		Additions      int     `json:"additions"`
		Refunds        int     `json:"refunds"`
		Reports        int     `json:"reports"`
		AccuracyBefore float64 `json:"accuracyBefore"`
		AccuracyAfter  float64 `json:"accuracyAfter"`
		Gas            []struct {
			Op            string
			Count         int
			Avg, Min, Max uint64
		} `json:"gas"`
		Contributors []struct {
			Name        string `json:"name"`
			Additions   int    `json:"additions"`
			Refunds     int    `json:"refunds"`
			Reports     int    `json:"reports"`
			Paid        string `json:"depositsPaidWei"`
			Refunded    string `json:"refundedWei"`
			Taken       string `json:"takenWei"`
			Lost        string `json:"lostToReportsWei"`
			Fees        string `json:"gasFeesWei"`
			Net         string `json:"netWei"`
			WrongLabels int    `json:"wrongLabels"`
		} `json:"contributors"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("demo --json output does not parse: %v\n%s", err, out)
	}
	if sum.Additions != 24 || sum.Refunds == 0 {
		t.Errorf("additions = %d, refunds = %d; want 24 and some refunds", sum.Additions, sum.Refunds)
	}
	if sum.AccuracyBefore <= 0 || sum.AccuracyBefore > 1 || sum.AccuracyAfter <= 0 || sum.AccuracyAfter > 1 {
		t.Errorf("accuracy before %v, after %v; want both in (0, 1]", sum.AccuracyBefore, sum.AccuracyAfter)
	}
	for _, g := range sum.Gas {
		if g.Count == 0 || g.Min == 0 || g.Min > g.Avg || g.Avg > g.Max {
			t.Errorf("gas row %+v is inconsistent", g)
		}
	}
	if len(sum.Contributors) != 2 || sum.Contributors[0].Name != "honest" || sum.Contributors[1].Name != "careless" {
		t.Fatalf("contributors = %+v; want honest then careless", sum.Contributors)
	}
	wei := func(s string) *big.Int {
		t.Helper()
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatalf("%q is not an amount in wei", s)
		}
		return v
	}
	nets := make([]*big.Int, 2)
	for i, c := range sum.Contributors {
		want := new(big.Int).Add(wei(c.Refunded), wei(c.Taken))
		want.Sub(want, wei(c.Paid)).Sub(want, wei(c.Fees))
		if want.Cmp(wei(c.Net)) != 0 {
			t.Errorf("%s: net %s wei, but refunded + taken - paid - fees = %s wei", c.Name, c.Net, want)
		}
		if wei(c.Paid).Sign() <= 0 || c.Additions != 12 {
			t.Errorf("%s: paid %s wei for %d additions; want deposits for 12", c.Name, c.Paid, c.Additions)
		}
		nets[i] = wei(c.Net)
	}
	honest, careless := sum.Contributors[0], sum.Contributors[1]
	if honest.WrongLabels != 0 {
		t.Errorf("honest contributor mislabelled %d sentences", honest.WrongLabels)
	}
	if wei(honest.Taken).Cmp(wei(careless.Lost)) != 0 {
		t.Errorf("honest took %s wei but careless lost %s wei", honest.Taken, careless.Lost)
	}
	if nets[0].Cmp(nets[1]) < 0 {
		t.Errorf("honest net %s wei < careless net %s wei", nets[0], nets[1])
	}
}

func TestDemoBadFlags(t *testing.T) {
	for _, args := range [][]string{{"--days", "0"}, {"--careless-error", "1.5"}, {"--days", "200", "--per-day", "24"}} {
		if _, err := runDemoCLI(t, args...); err == nil || !strings.Contains(err.Error(), "demo:") {
			t.Errorf("demo %v error = %v; want a demo: error", args, err)
		}
	}
}
