package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/deployment"
)

// runAsCLI makes the test binary run as sumkit itself, so that tests can start real, separate CLI processes
// without building one.
const runAsCLI = "SUMKIT_TEST_RUN_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(runAsCLI) == "1" {
		os.Args[0] = "sumkit"
		main()
		os.Exit(0)
	}
	// No test may write to the user's own journal; tests that need one of their own pass --journal.
	dir, err := os.MkdirTemp("", "sumkit-journal-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("SUMKIT_JOURNAL", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// contributionsOf counts the AddData events of the manifest's trainer.
func contributionsOf(t *testing.T, url, manifest string) int {
	t.Helper()
	man, err := deployment.Load(manifest)
	if err != nil {
		t.Fatal(err)
	}
	client := dialNode(t, url)
	logs, err := client.FilterLogs(t.Context(), ethereum.FilterQuery{
		Addresses: []common.Address{man.Trainer},
		Topics:    [][]common.Hash{{bindings.NewDepositRefundTake().GetABI().Events["AddData"].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(logs)
}

// Several `sumkit add` processes started at once from one account all land, each with its own nonce.
func TestConcurrentAddProcesses(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	journal := t.TempDir()

	const senders = 8
	var wg sync.WaitGroup
	outs := make([]string, senders)
	errs := make([]error, senders)
	start := make(chan struct{})
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sample := fmt.Sprintf("%d,%d,0,0,0,0,0,0,0", 1000000000+i, i)
			cmd := exec.CommandContext(t.Context(), os.Args[0], "add", "--rpc", url, "--deployment", dense, "--dev-account", "1", "--label", "0", sample)
			cmd.Env = append(os.Environ(), runAsCLI+"=1", "SUMKIT_JOURNAL="+journal)
			<-start
			out, err := cmd.CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("add process %d: %v\n%s", i, err, outs[i])
		}
	}
	if n := contributionsOf(t, url, dense); n != senders {
		t.Errorf("the trainer holds %d contributions, want %d", n, senders)
	}
}

// An add whose receipt does not come in time says the transaction may still land, with its hash and how to check
// it; re-running it once the node is back sends nothing and reports the earlier transaction, and the trainer
// holds the contribution once. --again adds it a second time on purpose.
func TestAddTimeoutRerun(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	// While frozen, the proxy answers every receipt query with "not mined yet": a node that stopped producing
	// blocks, seen from the client. A real devnet cannot be paused on request.
	var frozen atomic.Bool
	proxy := rpcProxy(t, url, func(req rpcRequest) string {
		if frozen.Load() && req.Method == "eth_getTransactionReceipt" {
			return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":null}`, req.ID)
		}
		return ""
	})
	t.Setenv("SUMKIT_JOURNAL", t.TempDir()) // as --journal does
	args := []string{"add", "--rpc", proxy, "--deployment", dense, "--dev-account", "1", "--label", "0"}

	frozen.Store(true)
	_, stderr, err := runCLI(t, append(args, "--timeout", "2s", denseSample)...)
	if err == nil {
		t.Fatalf("add on a frozen node error = nil, want a timeout; stderr:\n%s", stderr)
	}
	msg := err.Error()
	hash := regexp.MustCompile(`0x[0-9a-f]{64}`).FindString(msg)
	wantAll(t, "timeout error", msg, "add: transaction "+hash, "not mined within 2s", "it may still land", "sumkit tx "+hash, "re-running the same command waits for it")
	if hash == "" || strings.Contains(msg, "\n") {
		t.Fatalf("timeout error = %q, want one line with the transaction's hash", msg)
	}

	frozen.Store(false)
	out, stderr, err := runCLI(t, append(args, denseSample)...)
	if err != nil {
		t.Fatalf("re-run of add: %v\nstderr:\n%s", err, stderr)
	}
	wantAll(t, "re-run stderr", stderr, "already done", hash, "nothing sent", "--again")
	wantAll(t, "re-run output", out, "tx:        "+hash)
	if n := contributionsOf(t, url, dense); n != 1 {
		t.Fatalf("after the re-run the trainer holds %d contributions, want 1", n)
	}

	out, _, err = runCLI(t, "tx", "--rpc", proxy, hash)
	if err != nil {
		t.Fatalf("tx %s: %v", hash, err)
	}
	wantAll(t, "tx output", out, "tx:        "+hash, "mined in block ", "succeeded", "gas used:  ")

	out, _, err = runCLI(t, append(args, "--again", denseSample)...)
	if err != nil {
		t.Fatalf("add --again: %v", err)
	}
	if strings.Contains(out, hash) || contributionsOf(t, url, dense) != 2 {
		t.Errorf("add --again output:\n%s\nwant a new transaction and 2 contributions, got %d", out, contributionsOf(t, url, dense))
	}
}

func TestTxCommand(t *testing.T) {
	url := startDevnet(t)
	tests := map[string]struct {
		args []string
		want string
		fail bool
	}{
		"unknown":  {[]string{"0x" + strings.Repeat("ab", 32)}, "unknown to the node", false},
		"bad hash": {[]string{"0x1234"}, `"0x1234" is not a transaction hash`, true},
		"no hash":  {nil, "want one transaction hash", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, _, err := runCLI(t, append([]string{"tx", "--rpc", url}, tc.args...)...)
			if (err != nil) != tc.fail {
				t.Fatalf("tx %v error = %v, want failure %v", tc.args, err, tc.fail)
			}
			got := out
			if err != nil {
				got = err.Error()
			}
			wantAll(t, "tx "+name, got, tc.want)
		})
	}
}

// A dev account past the node's last names how many there are, not the node's "insufficient funds".
func TestDevAccountPastLast(t *testing.T) {
	url := startDevnet(t) // 4 accounts
	dense := deploy(t, url, denseArgs()...)
	_, _, err := runCLI(t, "add", "--rpc", url, "--deployment", dense, "--dev-account", "4", "--label", "0", denseSample)
	if err == nil {
		t.Fatal("add --dev-account 4 on a 4-account devnet error = nil")
	}
	wantAll(t, "error", err.Error(), "--dev-account 4", "has 4 funded dev accounts (0–3", "--accounts 5")
	if strings.Contains(err.Error(), "insufficient funds") {
		t.Errorf("error = %q, want the account count instead of the node's refusal", err)
	}
}

// A journal folder that cannot be made is refused before anything is sent, naming the flag.
func TestJournalBadFolder(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCLI(t, "add", "--rpc", url, "--deployment", dense, "--dev-account", "1", "--journal", filepath.Join(file, "journal"), "--label", "0", denseSample)
	if err == nil {
		t.Fatal("add with a journal inside a file error = nil")
	}
	wantAll(t, "error", err.Error(), "add: --journal "+filepath.Join(file, "journal"), "pass another folder")
	if n := contributionsOf(t, url, dense); n != 0 {
		t.Errorf("the trainer holds %d contributions, want none", n)
	}
}
