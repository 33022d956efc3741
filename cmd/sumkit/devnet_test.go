package main

import (
	"bufio"
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/devnet"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader running concurrently.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestDevnetCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	out := &syncBuffer{}
	app := newApp()
	app.Writer = out
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(ctx, []string{"sumkit", "devnet", "--addr", "127.0.0.1:0", "--accounts", "2"})
	}()

	deadline := time.After(30 * time.Second)
	for !strings.Contains(out.String(), "Press Ctrl-C") {
		select {
		case err := <-done:
			t.Fatalf("devnet returned early: %v\noutput:\n%s", err, out)
		case <-deadline:
			t.Fatalf("no banner within 30s; output:\n%s", out)
		case <-time.After(10 * time.Millisecond):
		}
	}
	banner := out.String()
	for _, want := range []string{
		"DEV ONLY — never use these keys on a real chain",
		"Chain id:   1337",
		"(0) 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266  key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
		"(1) 0x70997970C51812dc3A010C7d01b50e0d17dc79C8  key 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	} {
		if !strings.Contains(banner, want) {
			t.Errorf("banner lacks %q; banner:\n%s", want, banner)
		}
	}
	if strings.Contains(banner, "(2) ") {
		t.Errorf("banner lists a third account with --accounts 2; banner:\n%s", banner)
	}

	url := bannerField(t, banner, "RPC URL:")
	client := dialNode(t, url)
	id, err := client.ChainID(ctx)
	if err != nil || id.Uint64() != 1337 {
		t.Errorf("ChainID() at the printed URL = %v, %v; want 1337", id, err)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("devnet after interrupt returned %v, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not stop within 30s of the interrupt")
	}
}

// TestDevnetDatadirBanner runs the command on a datadir and checks that the banner says the chain is crash-safe
// there, and that a second run on the folder serves the first run's chain.
func TestDevnetDatadirBanner(t *testing.T) {
	dir := t.TempDir()
	var first string
	for run := range 2 {
		ctx, cancel := context.WithCancel(t.Context())
		out := &syncBuffer{}
		app := newApp()
		app.Writer = out
		done := make(chan error, 1)
		go func() {
			done <- app.RunContext(ctx, []string{"sumkit", "devnet", "--addr", "127.0.0.1:0", "--accounts", "2", "--datadir", dir})
		}()
		deadline := time.After(30 * time.Second)
		for !strings.Contains(out.String(), "Press Ctrl-C") {
			select {
			case err := <-done:
				cancel()
				t.Fatalf("run %d: devnet returned early: %v\noutput:\n%s", run, err, out)
			case <-deadline:
				cancel()
				t.Fatalf("run %d: no banner within 30s; output:\n%s", run, out)
			case <-time.After(10 * time.Millisecond):
			}
		}
		banner := out.String()
		if got, want := bannerField(t, banner, "Data:"), dir+" (crash-safe: a served receipt survives kill -9)"; got != want {
			t.Errorf("run %d: Data: %q, want %q", run, got, want)
		}
		client, err := ethclient.Dial(bannerField(t, banner, "RPC URL:"))
		if err != nil {
			cancel()
			t.Fatalf("ethclient.Dial error = %v", err)
		}
		head, err := client.HeaderByNumber(ctx, nil)
		client.Close()
		if err != nil {
			t.Errorf("run %d: HeaderByNumber(latest) error = %v", run, err)
		} else if run == 0 {
			first = head.Hash().Hex()
		} else if head.Hash().Hex() != first {
			t.Errorf("run %d: head %s, want the first run's %s", run, head.Hash().Hex(), first)
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run %d: devnet after interrupt returned %v, want nil", run, err)
		}
	}
}

// bannerField returns the value after label on the banner's line that starts with it.
func bannerField(t *testing.T, banner, label string) string {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(banner))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), label); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("banner has no %q line; banner:\n%s", label, banner)
	return ""
}

func TestDevnetHelp(t *testing.T) {
	var out bytes.Buffer
	app := newApp()
	app.Writer = &out
	if err := app.RunContext(t.Context(), []string{"sumkit", "devnet", "--help"}); err != nil {
		t.Fatalf("devnet --help error = %v", err)
	}
	for _, want := range []string{"Example:", "sumkit devnet --addr", "--datadir", "--accounts", "DEV ONLY",
		"follow the wall clock", "never runs ahead of the wall clock", "crash-safe", "survives a crash or kill -9"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("help lacks %q; help:\n%s", want, out.String())
		}
	}
}

func TestDevnetBadInput(t *testing.T) {
	tests := map[string][]string{
		"zero accounts":     {"--addr", "127.0.0.1:0", "--accounts", "0"},
		"negative accounts": {"--addr", "127.0.0.1:0", "--accounts", "-3"},
		"address sans port": {"--addr", "127.0.0.1"},
		"stray argument":    {"--addr", "127.0.0.1:0", "now"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			app := newApp()
			app.Writer = &bytes.Buffer{}
			app.ErrWriter = &bytes.Buffer{}
			err := app.RunContext(t.Context(), append([]string{"sumkit", "devnet"}, args...))
			if err == nil {
				t.Errorf("devnet %v error = nil, want an error", args)
			}
		})
	}
}

// TestDevnetBlockRuleBanner checks that the banner names the block rule the node runs under, so a user who
// passed --instant-blocks is told the clock no longer follows the wall clock.
func TestDevnetBlockRuleBanner(t *testing.T) {
	for _, tc := range []struct {
		instant bool
		want    string
	}{
		{false, "at most one a second, on the wall clock"},
		{true, "one a transaction (--instant-blocks: chain time runs ahead under load)"},
	} {
		node, err := devnet.Start(t.Context(), devnet.Config{Addr: "127.0.0.1:0", Accounts: 1, InstantBlocks: tc.instant,
			Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatalf("devnet.Start(InstantBlocks: %v) error = %v", tc.instant, err)
		}
		var out bytes.Buffer
		err = writeBanner(&out, node, "", node.Durable())
		if cerr := node.Close(); cerr != nil {
			t.Errorf("Close() error = %v", cerr)
		}
		if err != nil {
			t.Fatalf("writeBanner() error = %v", err)
		}
		if first, _, _ := strings.Cut(out.String(), "\n"); !strings.HasSuffix(first, tc.want) {
			t.Errorf("InstantBlocks %v: banner's first line %q, want it to end %q", tc.instant, first, tc.want)
		}
	}
}
