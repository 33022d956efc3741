package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"math/big"
	"os"
	"path/filepath"
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

// TestDemoReport checks the printed report: the figures it had before the demo became a sim scenario, the
// verdict, and the plot's path.
func TestDemoReport(t *testing.T) {
	plot := filepath.Join(t.TempDir(), "story.png")
	out, err := runDemoCLI(t, "--out", plot)
	if err != nil {
		t.Fatalf("demo error = %v\noutput:\n%s", err, out)
	}
	for _, want := range []string{"held-out accuracy before:", "held-out accuracy after:", "on chain", "addData", "refund",
		"honest", "careless", "verdict: ", "ended ahead", "plot: " + plot} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q; output:\n%s", want, out)
		}
	}
	if _, err := os.Stat(plot); err != nil {
		t.Errorf("the plot the report names: %v", err)
	}
}

// TestDemoStory runs the demo and checks the story it tells from its own numbers: the model learns from the
// contributions, every deposit is settled by the end, the accounts add up, the verdict names the
// contributor with the highest net, and the plot is a real PNG.
func TestDemoStory(t *testing.T) {
	plot := filepath.Join(t.TempDir(), "demo.png")
	out, err := runDemoCLI(t, "--json", "--out", plot)
	if err != nil {
		t.Fatalf("demo --json error = %v\noutput:\n%s", err, out)
	}
	var sum struct {
		AccuracyBefore float64 `json:"accuracyBefore"`
		AccuracyAfter  float64 `json:"accuracyAfter"`
		Counts         struct {
			Accepted  int `json:"accepted"`
			Unclaimed int `json:"unclaimed"`
		} `json:"counts"`
		End          string `json:"end"`
		DepositsLeft string `json:"depositsLeftWei"`
		Gas          []struct {
			Op            string
			Count         int
			Avg, Min, Max uint64
		} `json:"gas"`
		Contributors []struct {
			Name      string `json:"name"`
			Additions int    `json:"additions"`
			Paid      string `json:"depositsPaidWei"`
			Refunded  string `json:"refundedWei"`
			Reclaimed string `json:"reclaimedWei"`
			Taken     string `json:"takenWei"`
			Lost      string `json:"lostToReportsWei"`
			Held      string `json:"heldWei"`
			Net       string `json:"netWei"`
			Fees      string `json:"gasFeesWei"`
		} `json:"contributors"`
		Verdict string `json:"verdict"`
		Plot    string `json:"plot"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("demo --json output does not parse: %v\n%s", err, out)
	}

	// The model starts from 2% of the data and learns from the rest: 56% -> 71.5% with seed 1. Ten points
	// leave room for another seed or scenario tuning, and still fail a model that learns nothing.
	if gain := sum.AccuracyAfter - sum.AccuracyBefore; gain < 0.10 {
		t.Errorf("held-out accuracy %.1f%% -> %.1f%%; want a gain of at least 10 points", 100*sum.AccuracyBefore, 100*sum.AccuracyAfter)
	}
	if sum.End != "done" || sum.Counts.Unclaimed != 0 || sum.DepositsLeft != "0" {
		t.Errorf("run ended %q with %d contributions open and %s wei of deposits left; want done with every deposit settled",
			sum.End, sum.Counts.Unclaimed, sum.DepositsLeft)
	}

	ops := map[string]bool{}
	for _, g := range sum.Gas {
		ops[g.Op] = true
		if g.Count == 0 || g.Min == 0 || g.Min > g.Avg || g.Avg > g.Max {
			t.Errorf("gas row %+v is inconsistent", g)
		}
	}
	for _, op := range []string{"deploy", "addData", "refund"} {
		if !ops[op] {
			t.Errorf("no gas row for %s in %+v", op, sum.Gas)
		}
	}

	wei := func(s string) *big.Int {
		t.Helper()
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatalf("%q is not an amount in wei", s)
		}
		return v
	}
	if len(sum.Contributors) != 2 {
		t.Fatalf("contributors = %+v; want honest and careless", sum.Contributors)
	}
	added := 0
	var best string
	var bestNet *big.Int
	for _, c := range sum.Contributors {
		added += c.Additions
		net := new(big.Int).Add(wei(c.Refunded), wei(c.Reclaimed))
		net.Add(net, wei(c.Taken)).Sub(net, wei(c.Paid))
		if net.Cmp(wei(c.Net)) != 0 {
			t.Errorf("%s: net %s wei, but refunded + taken back + taken - paid = %s wei", c.Name, c.Net, net)
		}
		settled := new(big.Int).Add(wei(c.Refunded), wei(c.Reclaimed))
		settled.Add(settled, wei(c.Lost))
		if wei(c.Held).Sign() != 0 || settled.Cmp(wei(c.Paid)) != 0 {
			t.Errorf("%s: paid %s wei of deposits, %s settled (refunded, taken back or lost), %s held; want all settled",
				c.Name, c.Paid, settled, c.Held)
		}
		if wei(c.Paid).Sign() <= 0 || wei(c.Fees).Sign() <= 0 {
			t.Errorf("%s: paid %s wei of deposits and %s of gas; want both", c.Name, c.Paid, c.Fees)
		}
		if bestNet == nil || wei(c.Net).Cmp(bestNet) > 0 {
			best, bestNet = c.Name, wei(c.Net)
		}
	}
	if added != sum.Counts.Accepted {
		t.Errorf("contributors added %d, the run accepted %d", added, sum.Counts.Accepted)
	}
	if !strings.HasPrefix(sum.Verdict, best+" ended ahead") {
		t.Errorf("%s has the highest net (%s wei), but the verdict says: %s", best, bestNet, sum.Verdict)
	}
	if best != "honest" {
		t.Errorf("the careless contributor ended ahead: %s", sum.Verdict)
	}

	if sum.Plot != plot {
		t.Errorf("plot = %q, want %q", sum.Plot, plot)
	}
	f, err := os.Open(plot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s is not a PNG: %v", plot, err)
	}
	if b := img.Bounds(); b.Dx() < 400 || b.Dy() < 300 || b.Dx() > 4000 || b.Dy() > 4000 {
		t.Errorf("plot is %dx%d pixels; want a figure between 400x300 and 4000x4000", b.Dx(), b.Dy())
	}
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() < 10_000 {
		t.Errorf("plot is %d bytes; want at least 10 kB of lines and text", fi.Size())
	}
}

func TestDemoBadFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--careless-error", "1.5"}, "--careless-error must lie in [0, 1]"},
		{[]string{"--out", "demo.txt"}, "must end in .png or .svg"},
		{[]string{"--data", "no-such-file.txt"}, "no-such-file.txt"},
	} {
		_, err := runDemoCLI(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), "demo:") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("demo %v error = %v; want a demo: error saying %q", tc.args, err, tc.want)
		}
	}
}
