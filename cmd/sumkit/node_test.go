package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/devnet"
)

// The set-up this package's tests share: a dev chain per test, clients of it, and its accounts.

// startNode starts a dev chain on a free port for the rest of the test: four funded accounts and a block sealed
// for each transaction, unless configure says otherwise.
func startNode(t testing.TB, configure ...func(*devnet.Config)) *devnet.Node {
	t.Helper()
	cfg := devnet.Config{Addr: "127.0.0.1:0", Accounts: 4, InstantBlocks: true}
	for _, f := range configure {
		f(&cfg)
	}
	node, err := devnet.Start(t.Context(), cfg)
	if err != nil {
		t.Fatalf("devnet.Start() error = %v", err)
	}
	t.Cleanup(func() { node.Close() })
	return node
}

// wallClock makes startNode's chain seal at most a block a second, as `sumkit devnet` does.
func wallClock(cfg *devnet.Config) { cfg.InstantBlocks = false }

// startDevnet starts a chain as startNode does and returns its RPC URL.
func startDevnet(t *testing.T) string {
	t.Helper()
	return startNode(t).URL()
}

// dialNode is a client of the node at url, closed when the test ends.
func dialNode(t testing.TB, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.DialContext(t.Context(), url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

// testAccount is dev account i, as every dev chain funds it.
func testAccount(t testing.TB, i int) devnet.Account {
	t.Helper()
	accs, err := devnet.DeriveAccounts(devnet.Mnemonic, i+1)
	if err != nil {
		t.Fatalf("devnet.DeriveAccounts() error = %v", err)
	}
	return accs[i]
}

// rpcRequest is what a test proxy reads of a JSON-RPC request.
type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// rpcProxy is a JSON-RPC proxy in front of the node at url, for the faults a dev chain cannot be asked to make.
// answer sees each request first and returns a whole response of its own, or "" to pass the request on. The
// proxy is closed when the test ends; rpcProxy returns its URL.
func rpcProxy(t *testing.T, url string, answer func(rpcRequest) string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var req rpcRequest
		if json.Unmarshal(body, &req) == nil {
			if reply := answer(req); reply != "" {
				w.Header().Set("Content-Type", "application/json")
				_, _ = io.WriteString(w, reply)
				return
			}
		}
		resp, err := http.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// startCLI starts sumkit with args as a process of its own.
func startCLI(t *testing.T, args []string) (*exec.Cmd, *strings.Builder, chan error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runAsCLI+"=1")
	out, exited := startProcess(t, cmd)
	return cmd, out, exited
}

// startProcess starts cmd and returns what it writes (stdout and stderr together) and a channel that receives
// its end.
func startProcess(t *testing.T, cmd *exec.Cmd) (*strings.Builder, chan error) {
	t.Helper()
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	return &out, exited
}

// killWhen polls ready while the sumkit process cmd runs and kills it with SIGKILL as soon as ready holds; until
// says what ready waits for, in messages. It reports false when sumkit finished first, and fails t when sumkit
// failed or exited before.
func killWhen(t *testing.T, cmd *exec.Cmd, out fmt.Stringer, exited <-chan error, until string, ready func() bool) bool {
	t.Helper()
	for {
		if ready() {
			_ = cmd.Process.Kill() // it fails if sumkit is gone already, which Wait tells apart
			waitErr := <-exited
			if waitErr == nil {
				return false
			}
			var exit *exec.ExitError
			if errors.As(waitErr, &exit) {
				if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
					return true
				}
			}
			t.Fatalf("sumkit failed (%v); output:\n%s", waitErr, out.String())
		}
		select {
		case err := <-exited:
			t.Fatalf("sumkit exited (%v) before %s; output:\n%s", err, until, out.String())
		case <-time.After(time.Millisecond):
		}
	}
}
