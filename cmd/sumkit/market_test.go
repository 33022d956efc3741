package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

// marketEnv is a devnet with a market's files: the initial model and the test set.
type marketEnv struct {
	node     *devnet.Node
	url      string
	dir      string
	manifest string
}

// teacherWeights is the rule the test data follows: label 1 when the listed weights sum above zero.
var teacherWeights = []int64{3, -2, 5, -4, 1, -1, 2, -3, 4, -5, 2, -2, 1, 3, -4, 1}

func teacherLabel(data []int64) uint64 {
	var sum int64
	for _, f := range data {
		sum += teacherWeights[f]
	}
	if sum > 0 {
		return 1
	}
	return 0
}

func newMarketEnv(t *testing.T) *marketEnv {
	t.Helper()
	node, err := devnet.Start(t.Context(), devnet.Config{Addr: "127.0.0.1:0", Accounts: 4, InstantBlocks: true})
	if err != nil {
		t.Fatalf("devnet.Start() error = %v", err)
	}
	t.Cleanup(func() { node.Close() })
	e := &marketEnv{node: node, url: node.URL(), dir: t.TempDir()}
	e.manifest = filepath.Join(e.dir, "market.json")
	weights := make([]string, len(teacherWeights))
	for i := range weights {
		weights[i] = "0"
	}
	writeMarketFile(t, filepath.Join(e.dir, "model.json"), `{"type": "sparse perceptron", "classifications": ["neg", "pos"], "weights": [`+strings.Join(weights, ",")+`], "intercept": 0, "learningRate": 1}`)
	var set []map[string]any
	for i := range 8 {
		data := []int64{int64(i), int64((i + 3) % 16), int64((i + 7) % 16)}
		set = append(set, map[string]any{"data": data, "label": teacherLabel(data)})
	}
	b, err := json.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	writeMarketFile(t, filepath.Join(e.dir, "test.json"), string(b))
	return e
}

func writeMarketFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// run runs `sumkit market SUB --rpc URL args...`, failing the test on an error.
func (e *marketEnv) run(t *testing.T, sub string, args ...string) string {
	t.Helper()
	stdout, stderr, err := runCLI(t, append([]string{"market", sub, "--rpc", e.url}, args...)...)
	if err != nil {
		t.Fatalf("market %s %v error = %v\nstdout:\n%s\nstderr:\n%s", sub, args, err, stdout, stderr)
	}
	return stdout
}

// fail runs like run and returns the error, which must be one line.
func (e *marketEnv) fail(t *testing.T, sub string, args ...string) string {
	t.Helper()
	_, _, err := runCLI(t, append([]string{"market", sub, "--rpc", e.url}, args...)...)
	if err == nil {
		t.Fatalf("market %s %v error = nil, want one", sub, args)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("market %s %v error spans lines: %q", sub, args, err)
	}
	return err.Error()
}

func (e *marketEnv) mine(t *testing.T, n int) {
	t.Helper()
	for range n {
		if _, err := e.node.Mine(t.Context(), nil); err != nil {
			t.Fatal(err)
		}
	}
}

func (e *marketEnv) status(t *testing.T) marketStatus {
	t.Helper()
	var s marketStatus
	if err := json.Unmarshal([]byte(e.run(t, "status", "--manifest", e.manifest, "--json")), &s); err != nil {
		t.Fatalf("status --json: %v", err)
	}
	return s
}

func TestMarketEndToEnd(t *testing.T) {
	e := newMarketEnv(t)
	m := []string{"--manifest", e.manifest}
	out := e.run(t, "init", "--dev-account", "0", "--model", filepath.Join(e.dir, "model.json"), "--test-set", filepath.Join(e.dir, "test.json"),
		"--pieces", "4", "--bounty", "1000000000000000000", "--min-stake", "10000000000000000", "--min-contributions", "3", "--out", e.manifest)
	wantAll(t, "init", out, "market:", "committed run 0: 4 pieces", "keep it private", "tx:")
	man, err := readMarketManifest(e.manifest)
	if err != nil || len(man.Pieces) != 4 || man.ChainID != devnet.ChainID {
		t.Fatalf("manifest = %+v, %v", man, err)
	}
	if s := e.status(t); s.Phase != "Committed" || s.By == nil || !strings.Contains(s.WaitsFor, "for the draw") {
		t.Errorf("status after init = %+v", s)
	}

	// Too early: the draw block is in the future, and the devnet seals blocks only on demand, so the error
	// says how to make them; following its advice makes the reveal possible.
	early := e.fail(t, "reveal", append(m, "--dev-account", "0")...)
	wantAll(t, "early reveal", early, "retry in", "blocks", "sumkit mine --blocks")
	_, advice, _ := strings.Cut(early, "`sumkit mine ")
	advice, _, _ = strings.Cut(advice, "`")
	if _, stderr, err := runCLI(t, append([]string{"mine", "--rpc", e.url}, strings.Fields(advice)...)...); err != nil {
		t.Fatalf("sumkit mine %s, as the reveal error advised: %v\n%s", advice, err, stderr)
	}
	// A changed manifest cannot reveal: it no longer matches the committed root.
	tampered := filepath.Join(e.dir, "tampered.json")
	bad := *man
	bad.Pieces = append([][]commitment.Sample(nil), man.Pieces...)
	bad.Pieces[0] = append([]commitment.Sample(nil), man.Pieces[0]...)
	bad.Pieces[0][0].Label = 1 - bad.Pieces[0][0].Label
	b, _ := json.Marshal(bad)
	writeMarketFile(t, tampered, string(b))
	wantAll(t, "tampered reveal", e.fail(t, "reveal", "--manifest", tampered, "--dev-account", "0"), "the manifest was changed", "use the one `market init` wrote")

	wantAll(t, "reveal", e.run(t, "reveal", append(m, "--dev-account", "0")...), "revealed piece", "participation is open")
	if s := e.status(t); s.Phase != "Participation" || s.Revealed != 1 {
		t.Errorf("status after reveal = %+v", s)
	}

	wantAll(t, "low stake", e.fail(t, "add", append(m, "--dev-account", "1", "--label", "1", "--stake", "5", "1,2")...), "below the market's minimum stake", "--stake 10000000000000000")
	wantAll(t, "end too early", e.fail(t, "end", append(m, "--dev-account", "0")...), "EndCriteriaNotMet", "wait for more contributions")
	good := [][]int64{{0, 2, 8}, {1, 3, 9}}
	for _, d := range good {
		e.run(t, "add", append(m, "--dev-account", "1", "--label", fmt.Sprint(teacherLabel(d)), joinInts(d))...)
	}
	bad3 := []int64{2, 4, 14}
	e.run(t, "add", append(m, "--dev-account", "2", "--label", fmt.Sprint(1-teacherLabel(bad3)), joinInts(bad3))...)
	wantAll(t, "end", e.run(t, "end", append(m, "--dev-account", "3")...), "ended participation with 3 contributions")
	wantAll(t, "add after end", e.fail(t, "add", append(m, "--dev-account", "1", "--label", "pos", "1,2")...), "the market is Revealing", "only while it is in Participation")
	if s := e.status(t); s.Phase != "Revealing" || s.InSeconds == nil || *s.InSeconds <= 0 {
		t.Errorf("status after end = %+v", s)
	}

	e.run(t, "reveal-rest", append(m, "--dev-account", "0", "--per-tx", "2")...)
	// The step needs no manifest: it rebuilds the calldata from events. Anyone may send it.
	wantAll(t, "step", e.run(t, "step", "--market", man.Market.Hex(), "--manifest", filepath.Join(e.dir, "none.json"), "--dev-account", "3", "--batch", "2"),
		"walked contributions 1-2 of 3", "done: the market is Collecting")
	text := e.run(t, "status", m...)
	// Claims have no window: they outlive the run, so Collecting names no time.
	wantAll(t, "status collecting", text, "phase:         Collecting", "anyone may close the run", "contributions: 3 from 2 accounts")

	// Everything paid out, to the wei: the contributors' claims plus the provider's claim and withdrawal.
	paid := new(big.Int)
	for _, who := range []string{"1", "2", "0"} {
		stdout, _, err := runCLI(t, "market", "collect", "--rpc", e.url, "--manifest", e.manifest, "--dev-account", who)
		if err != nil && !strings.Contains(err.Error(), "nothing to collect") {
			t.Fatalf("collect by %s: %v", who, err)
		}
		for _, l := range strings.Split(stdout, "\n") {
			var amount string
			if _, err := fmt.Sscanf(l, "claimed %s wei", &amount); err != nil {
				if _, err := fmt.Sscanf(l, "withdrew %s credited", &amount); err != nil {
					continue
				}
			}
			v, _ := new(big.Int).SetString(amount, 10)
			paid.Add(paid, v)
		}
	}
	if want, _ := new(big.Int).SetString("1030000000000000000", 10); paid.Cmp(want) != 0 {
		t.Errorf("collect paid %s wei in all, want the pool %s", paid, want)
	}
	if s := e.status(t); s.Phase != "Idle" {
		t.Errorf("status after collect = %+v", s)
	}
	client, err := ethclient.Dial(e.url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if bal, err := client.BalanceAt(t.Context(), common.Address(man.Market), nil); err != nil || bal.Sign() != 0 {
		t.Errorf("market balance after collect = %v, %v; want 0: everything paid out", bal, err)
	}
	wantAll(t, "collect twice", e.fail(t, "collect", append(m, "--dev-account", "1")...), "nothing to collect")
}

func joinInts(v []int64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}
