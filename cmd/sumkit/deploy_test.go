package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/devnet"
)

// Paths to the fixtures, relative to this package.
const (
	denseModel  = "../../testdata/models/fitness-like-dense-perceptron.json"
	imdbModel   = "../../testdata/models/imdb-sparse-perceptron.json"
	imdbVocab   = "../../testdata/models/imdb.json"
	denseSample = "1000000000,0,0,0,0,0,0,0,0"
)

// runCLI runs sumkit in-process with args (without the program name) and returns what it wrote.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := newApp()
	app.Writer, app.ErrWriter = &out, &errOut
	err = app.RunContext(t.Context(), append([]string{"sumkit"}, args...))
	return out.String(), errOut.String(), err
}

// deploy deploys with the extra args from dev account 0 on url and returns the manifest's path.
func deploy(t *testing.T, url string, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "deployment.json")
	stdout, stderr, err := runCLI(t, append([]string{"deploy", "--rpc", url, "--dev-account", "0", "--out", out}, args...)...)
	if err != nil {
		t.Fatalf("deploy %v error = %v\nstderr:\n%s", args, err, stderr)
	}
	for _, want := range []string{"model:", "trainer:", "gas used:", "wrote " + out} {
		if !strings.Contains(stdout, want) {
			t.Errorf("deploy output lacks %q; output:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "writing the model [") || !strings.Contains(stderr, "100%") {
		t.Errorf("deploy stderr shows no progress; stderr:\n%s", stderr)
	}
	return out
}

// denseArgs deploy the dense perceptron with the none encoder and Deposit-Refund-Take.
func denseArgs() []string {
	return []string{"--model", denseModel, "--encoder", "none", "--mechanism", "deposit-refund-take",
		"--refund-wait", "60", "--owner-claim-wait", "120", "--any-claim-wait", "180", "--cost-weight", "1000000000"}
}

// imdbArgs deploy the IMDB sparse perceptron with its vocabulary and Points.
func imdbArgs() []string {
	return []string{"--model", imdbModel, "--encoder", "imdb-vocab", "--vocab", imdbVocab, "--mechanism", "points"}
}

func TestDeploy(t *testing.T) {
	url := startDevnet(t)
	tests := map[string]struct {
		args      []string
		kind      string
		encoder   string
		classes   []string
		maxFeat   uint64
		costWeigh string
		decay     uint64
	}{
		"dense perceptron": {denseArgs(), "dense-perceptron", "none", []string{"BIKING", "RUNNING"}, 9, "1000000000", 0},
		"imdb sparse":      {append(imdbArgs(), "--max-features", "100"), "sparse-perceptron", "imdb-vocab", []string{"Negative", "Positive"}, 100, "0", 0},
		"decaying step":    {append(denseArgs(), "--decay-updates", "10"), "dense-perceptron", "none", []string{"BIKING", "RUNNING"}, 9, "1000000000", 10},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := deployment.Load(deploy(t, url, tc.args...))
			if err != nil {
				t.Fatalf("Load(manifest) error = %v", err)
			}
			if string(m.Kind) != tc.kind || m.Encoder != tc.encoder || strings.Join(m.Classes, ",") != strings.Join(tc.classes, ",") ||
				m.MaxFeatures != tc.maxFeat || m.Incentive.CostWeight != tc.costWeigh || m.ChainID != devnet.ChainID {
				t.Errorf("manifest = %+v, want kind %s, encoder %s, classes %v, max features %d, cost weight %s, chain 1337",
					m, tc.kind, tc.encoder, tc.classes, tc.maxFeat, tc.costWeigh)
			}
			if m.BlockNumber == 0 || m.Deployer.Hex() != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
				t.Errorf("manifest block %d, deployer %s; want a block and dev account 0", m.BlockNumber, m.Deployer)
			}
			if got := decayUpdates(t, url, m.Model); got != tc.decay {
				t.Errorf("decayUpdates() on chain = %d, want %d", got, tc.decay)
			}
		})
	}
}

// decayUpdates reads a perceptron's step schedule from the chain (both perceptrons share the getter).
func decayUpdates(t *testing.T, url string, addr common.Address) uint64 {
	t.Helper()
	client := dialNode(t, url)
	b := bindings.NewSparsePerceptron()
	out, err := client.CallContract(t.Context(), ethereum.CallMsg{To: &addr, Data: b.PackDecayUpdates()}, nil)
	if err != nil {
		t.Fatalf("decayUpdates(): %v", err)
	}
	d, err := b.UnpackDecayUpdates(out)
	if err != nil {
		t.Fatalf("decayUpdates(): %v", err)
	}
	return d
}

func TestDeployBadInput(t *testing.T) {
	url := startDevnet(t)
	out := filepath.Join(t.TempDir(), "d.json")
	base := []string{"deploy", "--rpc", url, "--dev-account", "0", "--out", out}
	tests := map[string]struct {
		args []string
		want string
	}{
		"missing model file": {[]string{"--model", "nope.json", "--encoder", "none", "--mechanism", "points"}, "nope.json"},
		"vocab not given":    {[]string{"--model", imdbModel, "--encoder", "imdb-vocab", "--mechanism", "points"}, "--vocab"},
		"encoder misfit":     {[]string{"--model", imdbModel, "--encoder", "hashing:5000", "--mechanism", "points"}, "encoder does not fit the model"},
		"unknown mechanism":  {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "lottery"}, `unknown --mechanism "lottery"`},
		"bad cost weight":    {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "points", "--cost-weight", "1e9"}, "--cost-weight"},
		"waits decrease":     {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "deposit-refund-take", "--refund-wait", "3600", "--owner-claim-wait", "60", "--cost-weight", "1"}, "owner claim wait 60 s is outside 3660..777600 s"},
		"zero refund wait":   {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "points", "--refund-wait", "0"}, "refund wait 0 s is outside 60..2592000 s"},
		"no cost weight":     {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "deposit-refund-take"}, "cost weight 0 wei is outside 1.."},
		"no account":         {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "points", "--dev-account", "0", "--keystore", "x"}, "choose one account"},
		"decay too large":    {[]string{"--model", denseModel, "--encoder", "none", "--mechanism", "points", "--decay-updates", "4294967297"}, "decay updates"},
		"decay, naive Bayes": {[]string{"--model", "../../testdata/models/imdb-like-naive-bayes.json", "--encoder", "none", "--mechanism", "points", "--decay-updates", "10"}, "perceptron's step schedule"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCLI(t, append(append([]string{}, base...), tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("deploy %v error = %v, want one containing %q", tc.args, err, tc.want)
			}
			if _, statErr := os.Stat(out); statErr == nil {
				t.Errorf("deploy %v wrote %s despite failing", tc.args, out)
			}
		})
	}
}
