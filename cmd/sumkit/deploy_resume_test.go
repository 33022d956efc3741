package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/devnet"
)

// devAccount0 is `sumkit devnet`'s first account, which the deploy tests send from.
var devAccount0 = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

// helperEnv carries, JSON-encoded, the arguments TestDeployHelperProcess runs sumkit with.
const helperEnv = "SUMKIT_DEPLOY_HELPER_ARGS"

// TestDeployHelperProcess is not a test: it is the sumkit process TestDeployKilled starts and kills.
func TestDeployHelperProcess(t *testing.T) {
	raw := os.Getenv(helperEnv)
	if raw == "" {
		t.Skip("the sumkit process of TestDeployKilled")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		fmt.Fprintln(os.Stderr, "sumkit:", err)
		os.Exit(2)
	}
	if err := newApp().RunContext(context.Background(), append([]string{"sumkit"}, args...)); err != nil {
		fmt.Fprintln(os.Stderr, "sumkit:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// bigDenseModel writes a dense perceptron of 3000 features (1500 words) and returns its path and a sample for
// it. With 500 words a transaction it deploys in four: the model, two further chunks, the trainer.
func bigDenseModel(t *testing.T) (path, sample string) {
	t.Helper()
	const features = 3000
	weights := make([]float64, features)
	values := make([]string, features)
	for i := range weights {
		weights[i] = float64(i%7) - 3
		values[i] = "0"
	}
	values[1] = "1000000000"
	data, err := json.Marshal(map[string]any{"type": "dense perceptron", "classifications": []string{"DOWN", "UP"}, "weights": weights, "intercept": 0.5})
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "big-dense-perceptron.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, strings.Join(values, ",")
}

// sentBy counts the transactions from's account has on the chain at url, and their gas.
func sentBy(t *testing.T, url string, from common.Address) (txs int, gas uint64) {
	t.Helper()
	client := dialNode(t, url)
	head, err := client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	for n := uint64(0); n <= head; n++ {
		block, err := client.BlockByNumber(t.Context(), new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		for _, tx := range block.Transactions() {
			if sender, err := types.Sender(signer, tx); err != nil || sender != from {
				continue
			}
			r, err := client.TransactionReceipt(t.Context(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			txs++
			gas += r.GasUsed
		}
	}
	return txs, gas
}

// TestDeployKilled runs `sumkit deploy` as a real process, kills it with SIGKILL as soon as its k-th transaction
// is mined (it may be signing, sending or awaiting the next one by then), and runs the same command again. The
// re-run must finish the deployment paying only for what did not land: across both runs the deployer sent as
// many transactions, using as much gas, as an uninterrupted deploy, and the deployed stack predicts and adds.
func TestDeployKilled(t *testing.T) {
	modelPath, sample := bigDenseModel(t)
	args := []string{"--dev-account", "0", "--model", modelPath, "--encoder", "none", "--mechanism", "points", "--refund-wait", "60"}

	ref := startDevnet(t)
	refOut := filepath.Join(t.TempDir(), "deployment.json")
	if _, stderr, err := runCLI(t, append([]string{"deploy", "--rpc", ref, "--out", refOut}, args...)...); err != nil {
		t.Fatalf("uninterrupted deploy error = %v\nstderr:\n%s", err, stderr)
	}
	wantTxs, wantGas := sentBy(t, ref, devAccount0)
	if wantTxs != 4 {
		t.Fatalf("uninterrupted deploy sent %d transactions, want 4", wantTxs)
	}

	for k := 1; k < wantTxs; k++ {
		t.Run(fmt.Sprintf("killed after tx %d", k), func(t *testing.T) {
			// On a loaded machine the watcher can be late and find sumkit finished; that run proves nothing, so
			// the test tries again on a fresh chain.
			var url, out string
			var full []string
			for attempt := 1; ; attempt++ {
				url = startDevnet(t)
				out = filepath.Join(t.TempDir(), "deployment.json")
				full = append([]string{"deploy", "--rpc", url, "--out", out}, args...)
				if killAfter(t, url, full, k) {
					break
				}
				if attempt == 3 {
					t.Fatalf("sumkit finished before it could be killed after transaction %d, %d times", k, attempt)
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Fatalf("the killed deploy wrote %s", out)
			}
			if _, err := os.Stat(out + ".partial"); err != nil {
				t.Fatalf("the killed deploy left no progress record: %v", err)
			}

			stdout, errOut, err := runCLI(t, full...)
			if err != nil {
				t.Fatalf("re-run deploy error = %v\nstderr:\n%s", err, errOut)
			}
			if !strings.Contains(errOut, "resuming the deployment recorded in "+out+".partial") || !strings.Contains(stdout, "resumed:") {
				t.Errorf("re-run deploy does not say it resumed; stdout:\n%s\nstderr:\n%s", stdout, errOut)
			}
			if txs, gas := sentBy(t, url, devAccount0); txs != wantTxs || gas != wantGas {
				t.Errorf("both runs sent %d transactions using %d gas; an uninterrupted deploy sends %d using %d", txs, gas, wantTxs, wantGas)
			}
			if _, err := os.Stat(out + ".partial"); err == nil {
				t.Errorf("%s.partial is still there after the manifest was written", out)
			}
			m, err := deployment.Load(out)
			if err != nil {
				t.Fatal(err)
			}
			want, err := deployment.Load(refOut)
			if err != nil {
				t.Fatal(err)
			}
			if m.Model != want.Model || m.Trainer != want.Trainer || m.Kind != want.Kind || m.Mechanism != want.Mechanism {
				t.Errorf("resumed manifest %+v, want the uninterrupted one's contracts %+v", m, want)
			}
			if _, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", out, sample); err != nil {
				t.Errorf("predict error = %v\nstderr:\n%s", err, stderr)
			}
			if _, stderr, err := runCLI(t, "add", "--rpc", url, "--deployment", out, "--dev-account", "1", "--label", "UP", sample); err != nil {
				t.Errorf("add error = %v\nstderr:\n%s", err, stderr)
			}
		})
	}
}

// killAfter runs sumkit with args as a process of its own and kills it with SIGKILL as soon as the chain at url
// has k transactions from the deployer. It reports false when sumkit finished first.
func killAfter(t *testing.T, url string, args []string, k int) bool {
	t.Helper()
	client := dialNode(t, url)
	encoded, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeployHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+string(encoded))
	out, exited := startProcess(t, cmd)
	return killWhen(t, cmd, out, exited, fmt.Sprintf("its transaction %d was mined", k), func() bool {
		mined, err := client.NonceAt(t.Context(), devAccount0, nil)
		if err != nil {
			t.Fatal(err)
		}
		return mined >= uint64(k)
	})
}

// TestDeployOutChecked checks that deploy refuses an --out it could not write before sending anything.
func TestDeployOutChecked(t *testing.T) {
	url := startDevnet(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		out, want string
	}{
		"missing folder":    {"/nonexistent/dir/x.json", "folder /nonexistent/dir does not exist: create it (mkdir -p /nonexistent/dir)"},
		"a folder":          {dir, "is a folder: name a file in it"},
		"inside a file":     {filepath.Join(file, "x.json"), "is not a folder"},
		"empty":             {"", "no manifest path given"},
		"missing, relative": {"no/such/dir/x.json", "folder no/such/dir does not exist"},
	}
	client := dialNode(t, url)
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCLI(t, append([]string{"deploy", "--rpc", url, "--dev-account", "0", "--out", tc.out}, denseArgs()...)...)
			if err == nil || !strings.Contains(err.Error(), "--out") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("deploy --out %q error = %v, want one naming --out and containing %q", tc.out, err, tc.want)
			}
			if nonce, err := client.PendingNonceAt(t.Context(), devAccount0); err != nil || nonce != 0 {
				t.Errorf("the deployer's nonce is %d (%v) after the refused deploy: it sent transactions", nonce, err)
			}
		})
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 1 {
		t.Errorf("%s holds %d entries (%v) after the refused deploys, want only the file the test made", dir, len(entries), err)
	}
}

// TestDeployTimedOut lets deploy's first transaction time out (it is sent and mined, but deploy stops waiting),
// then runs deploy again: the error says how to go on, and the re-run takes the mined transaction instead of
// paying for it again.
func TestDeployTimedOut(t *testing.T) {
	modelPath, _ := bigDenseModel(t)
	args := []string{"--dev-account", "0", "--model", modelPath, "--encoder", "none", "--mechanism", "points", "--refund-wait", "60"}
	ref := startDevnet(t)
	if _, stderr, err := runCLI(t, append([]string{"deploy", "--rpc", ref, "--out", filepath.Join(t.TempDir(), "d.json")}, args...)...); err != nil {
		t.Fatalf("uninterrupted deploy error = %v\nstderr:\n%s", err, stderr)
	}
	wantTxs, wantGas := sentBy(t, ref, devAccount0)

	url := startDevnet(t)
	out := filepath.Join(t.TempDir(), "deployment.json")
	full := append([]string{"deploy", "--rpc", url, "--out", out}, args...)
	_, _, err := runCLI(t, append(full, "--timeout", "1ns")...)
	if err == nil || !strings.HasPrefix(err.Error(), "deploy: ") || strings.HasPrefix(err.Error(), "deploy: deploy:") || !strings.Contains(err.Error(), "not mined within 1ns") ||
		!strings.Contains(err.Error(), "run the same command again") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("deploy --timeout 1ns error = %v, want one line, prefixed once, with the timeout and saying to run the command again", err)
	}
	stdout, stderr, err := runCLI(t, full...)
	if err != nil {
		t.Fatalf("re-run deploy error = %v\nstderr:\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "1 of 4 transactions already landed") || !strings.Contains(stdout, "resumed:   1 of the transactions") {
		t.Errorf("re-run deploy does not say it took the timed-out transaction; stdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
	if txs, gas := sentBy(t, url, devAccount0); txs != wantTxs || gas != wantGas {
		t.Errorf("both runs sent %d transactions using %d gas; an uninterrupted deploy sends %d using %d", txs, gas, wantTxs, wantGas)
	}
}
