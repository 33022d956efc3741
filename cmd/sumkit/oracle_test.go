package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/oracle"
	"github.com/sumkit/sumkit/oracle/train"
)

// conceptSample draws a sample of a planted concept over 20 features: class 1 mostly from 0-9, class 0 from 10-19.
func conceptSample(rng *rand.Rand) ([]int64, uint64) {
	y := rng.Uint64N(2)
	x := make([]int64, 4)
	for i := range x {
		f := int64(rng.IntN(10))
		if (y == 0) != (rng.IntN(4) == 0) {
			f += 10
		}
		x[i] = f
	}
	return x, y
}

// TestOracleCommands deploys an oracle model through the CLI on a devnet, adds contributions, and has two
// operators of a 2-of-2 committee run one cycle each: the second one's proposal activates version 1. The
// committee then replaces one of its operators by its own quorum, after the delay.
func TestOracleCommands(t *testing.T) {
	node := startNode(t)
	url, dir := node.URL(), t.TempDir()
	rng := rand.New(rand.NewPCG(3, 4))
	samples := func(n int) *oracle.Samples {
		s := &oracle.Samples{NumFeatures: 20, NumClasses: 2}
		for range n {
			x, y := conceptSample(rng)
			s.Samples, s.Labels = append(s.Samples, x), append(s.Labels, y)
		}
		return s
	}
	for name, s := range map[string]*oracle.Samples{"initial.json": samples(8), "held-out.json": samples(300)} {
		if err := s.Save(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	accounts := node.Accounts()
	cfgPath := filepath.Join(dir, "oracle.json")
	depth := uint64(0)
	cfg := &oracle.Config{DataDir: filepath.Join(dir, "data"), Depth: &depth, Poll: "100ms",
		InitialData: filepath.Join(dir, "initial.json"), HeldOut: filepath.Join(dir, "held-out.json"),
		Train: train.Config{Model: train.Logistic, Epochs: 20, BatchSize: 8, LearningRate: 0.05, Seed: 1}}
	if err := cfg.Save(cfgPath); err != nil {
		t.Fatal(err)
	}
	ops := accounts[1].Address.Hex() + "," + accounts[2].Address.Hex()
	manifest := filepath.Join(dir, "deployment.json")
	out, stderr, err := runCLI(t, "oracle", "deploy", "--config", cfgPath, "--rpc", url, "--dev-account", "0",
		"--operators", ops, "--threshold", "2", "--classes", "no,yes", "--mechanism", "deposit-refund-take",
		"--refund-wait", "60", "--owner-claim-wait", "120", "--any-claim-wait", "180", "--cost-weight", "1000000000000000",
		"--out", manifest)
	if err != nil {
		t.Fatalf("oracle deploy error = %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "trainer:") || !strings.Contains(out, "wrote "+cfgPath+" and "+manifest) {
		t.Errorf("oracle deploy output:\n%s", out)
	}
	deployed, err := oracle.LoadConfig(cfgPath)
	if err != nil || deployed.CheckDeployment() != nil {
		t.Fatalf("the deployed config: %v", err)
	}

	// Contributors use the deployment manifest like any other: sumkit add, with the none encoder's indices.
	for range 30 {
		x, y := conceptSample(rng)
		text := strings.Trim(strings.Join(strings.Fields(fmt.Sprint(x)), ","), "[]")
		if _, stderr, err := runCLI(t, "add", "--deployment", manifest, "--rpc", url, "--dev-account", "3",
			"--label", []string{"no", "yes"}[y], "--value", "4000000000000000000", text); err != nil {
			t.Fatalf("add %s error = %v\n%s", text, err, stderr)
		}
	}

	// Each operator keeps its own data directory.
	run := func(account string) string {
		out, stderr, err := runCLI(t, "oracle", "run", "--once", "--config", cfgPath, "--data-dir", filepath.Join(dir, "data-"+account),
			"--rpc", url, "--dev-account", account)
		if err != nil {
			t.Fatalf("oracle run (account %s) error = %v\n%s", account, err, stderr)
		}
		return out
	}
	if out := run("1"); !strings.Contains(out, "version 1") || !strings.Contains(out, "waiting for the committee") {
		t.Errorf("first operator: %q, want version 1 waiting for the committee", out)
	}
	if out := run("2"); !strings.Contains(out, "version 1") || !strings.Contains(out, "active") {
		t.Errorf("second operator: %q, want version 1 active", out)
	}
	out, _, err = runCLI(t, "oracle", "status", "--config", cfgPath, "--rpc", url)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"version:    1 (parent 0)", "trained on: 30 contributions", "committee:  2 of 2", "local:      " + filepath.Join(dir, "data") + " does not exist yet"} {
		if !strings.Contains(out, want) {
			t.Errorf("oracle status lacks %q:\n%s", want, out)
		}
	}
	out, _, err = runCLI(t, "oracle", "status", "--config", cfgPath, "--data-dir", filepath.Join(dir, "data-1"), "--rpc", url)
	if err != nil || !strings.Contains(out, "30 contributions, 0 refunds and reports") {
		t.Errorf("oracle status of operator 1's directory: %v\n%s", err, out)
	}

	// An account outside the committee is told so, before anything is written.
	outsider := filepath.Join(dir, "data-outsider")
	if _, _, err := runCLI(t, "oracle", "run", "--once", "--config", cfgPath, "--data-dir", outsider, "--rpc", url, "--dev-account", "3"); err == nil || !strings.Contains(err.Error(), "sumkit oracle committee propose") {
		t.Errorf("oracle run from a non-operator: %v, want an error naming sumkit oracle committee propose", err)
	}
	if _, err := os.Stat(outsider); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused operator created %s (%v)", outsider, err)
	}

	// predict reads the committed version: the held-out set scores what the version attests.
	held, err := oracle.LoadSamples(filepath.Join(dir, "held-out.json"))
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for i, x := range held.Samples[:40] {
		text := strings.Trim(strings.Join(strings.Fields(fmt.Sprint(x)), ","), "[]")
		out, _, err := runCLI(t, "predict", "--deployment", manifest, "--rpc", url, text)
		if err != nil {
			t.Fatalf("predict %s: %v", text, err)
		}
		if strings.HasSuffix(strings.TrimSpace(out), fmt.Sprintf("(class %d)", held.Labels[i])) {
			right++
		}
	}
	if right < 28 {
		t.Errorf("predict through the manifest got %d of 40 held-out samples right, want at least 28", right)
	}

	// The committee replaces operator 2 with account 3 by its own quorum, after the delay: 60 s of refund wait
	// and a day's notice.
	next := accounts[1].Address.Hex() + "," + accounts[3].Address.Hex()
	for _, account := range []string{"1", "2"} {
		out, stderr, err := runCLI(t, "oracle", "committee", "propose", "--config", cfgPath, "--rpc", url, "--dev-account", account,
			"--operators", next, "--threshold", "2")
		if err != nil {
			t.Fatalf("committee propose (account %s) error = %v\n%s", account, err, stderr)
		}
		if want := map[string]string{"1": "not scheduled yet", "2": "scheduled, 2 votes"}[account]; !strings.Contains(out, want) {
			t.Errorf("committee propose (account %s): %q, want %q", account, out, want)
		}
	}
	out, _, err = runCLI(t, "oracle", "committee", "show", "--config", cfgPath, "--rpc", url)
	if err != nil || !strings.Contains(out, "change delay: 24h1m0s") || !strings.Contains(out, "2 votes, executable from") {
		t.Errorf("committee show: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "status", "--deployment", manifest, "--rpc", url)
	if err != nil || !strings.Contains(out, "2 of 2 operators (epoch 1); a change waits 86460 s") || !strings.Contains(out, "refund what you added before then") {
		t.Errorf("status with a committee change scheduled: %v\n%s", err, out)
	}
	execute := func() error {
		_, _, err := runCLI(t, "oracle", "committee", "execute", "--config", cfgPath, "--rpc", url, "--dev-account", "0",
			"--operators", next, "--threshold", "2")
		return err
	}
	if err := execute(); err == nil || !strings.Contains(err.Error(), "run this again then") {
		t.Errorf("committee execute before the delay: %v, want it refused until then", err)
	}
	if _, err := node.IncreaseTime(t.Context(), 24*60*60+60); err != nil {
		t.Fatal(err)
	}
	if err := execute(); err != nil {
		t.Fatalf("committee execute after the delay: %v", err)
	}
	out, _, err = runCLI(t, "oracle", "status", "--config", cfgPath, "--rpc", url)
	if err != nil || !strings.Contains(out, "committee:  2 of 2 (epoch 2)") || !strings.Contains(out, accounts[3].Address.Hex()) ||
		!strings.Contains(out, "no committee change scheduled") {
		t.Errorf("oracle status after the change: %v\n%s", err, out)
	}
	if _, _, err := runCLI(t, "oracle", "run", "--once", "--config", cfgPath, "--data-dir", filepath.Join(dir, "data-2"), "--rpc", url, "--dev-account", "2"); err == nil || !strings.Contains(err.Error(), "is not an operator") {
		t.Errorf("operator 2 after leaving the committee: %v, want it refused", err)
	}
	if out := run("3"); out != "idle\n" {
		t.Errorf("operator 3, voted in: %q, want idle (nothing new since version 1)", out)
	}

	out, _, err = runCLI(t, "oracle", "devices")
	if err != nil || out == "" {
		t.Errorf("oracle devices = %q, %v", out, err)
	}
}
