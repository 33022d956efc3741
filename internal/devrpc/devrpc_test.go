// SPDX-License-Identifier: MIT

package devrpc_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/internal/devrpc"
)

// startDevnet starts sumkit's dev chain on a free port and dials it.
func startDevnet(t *testing.T) *rpc.Client {
	t.Helper()
	node, err := devnet.Start(t.Context(), devnet.Config{Addr: "127.0.0.1:0", Accounts: 1,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	c, err := rpc.DialContext(t.Context(), node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func TestMine(t *testing.T) {
	c := startDevnet(t)
	var start hexutil.Uint64
	if err := c.CallContext(t.Context(), &start, "eth_blockNumber"); err != nil {
		t.Fatal(err)
	}
	head := uint64(start)
	tests := []struct {
		blocks  uint64
		wantErr string
	}{
		{blocks: 1},
		{blocks: 6},
		{blocks: 0, wantErr: "0 blocks: ask for at least 1"},
	}
	for _, tt := range tests {
		got, err := devrpc.Mine(t.Context(), c, tt.blocks)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Mine(%d) error = %v, want %q", tt.blocks, err, tt.wantErr)
			}
			continue
		case err != nil:
			t.Fatalf("Mine(%d) error = %v", tt.blocks, err)
		}
		if head += tt.blocks; got != head {
			t.Errorf("Mine(%d) head = %d, want %d", tt.blocks, got, head)
		}
	}
}

// ethOnly serves eth_blockNumber and nothing of the evm namespace, as a production node does.
type ethOnly struct{}

// BlockNumber serves eth_blockNumber.
func (ethOnly) BlockNumber() hexutil.Uint64 { return 7 }

func TestMineNotDevChain(t *testing.T) {
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", ethOnly{}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	c, err := rpc.DialContext(t.Context(), hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	_, err = devrpc.Mine(t.Context(), c, 1)
	if !errors.Is(err, devrpc.ErrNotDevChain) || !strings.Contains(err.Error(), "evm_mine") ||
		!strings.Contains(err.Error(), "wait for blocks") {
		t.Errorf("Mine() error = %v, want ErrNotDevChain naming evm_mine and the fix", err)
	}
}

// Mine moves a chain that seals blocks only when asked, such as sumkit devnet with nothing to do, past a
// block a contract waits for.
func ExampleMine() {
	ctx := context.Background()
	node, err := devnet.Start(ctx, devnet.Config{Addr: "127.0.0.1:0", Accounts: 1, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		log.Fatal(err)
	}
	defer node.Close()
	c, err := rpc.DialContext(ctx, node.URL())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	before, err := ethclient.NewClient(c).BlockNumber(ctx)
	if err != nil {
		log.Fatal(err)
	}
	head, err := devrpc.Mine(ctx, c, 3)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("blocks mined:", head-before)
	// Output: blocks mined: 3
}
