package devnet

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestClockFollowsWallClock sends a burst of 300 transactions, 30 senders each sending ten one after the other
// and waiting for every receipt, after a deliberate jump of an hour. Chain time must never run ahead of the wall
// clock plus the jump by more than a second, throughout and at the end, and every receipt must come back
// promptly.
func TestClockFollowsWallClock(t *testing.T) {
	const (
		senders = 30
		each    = 10
		jump    = 3600
	)
	ctx := t.Context()
	n := startNode(t, Config{Accounts: senders})
	client := dial(t, n)

	var jumped hexutil.Uint64
	if err := client.Client().CallContext(ctx, &jumped, "evm_increaseTime", jump); err != nil {
		t.Fatalf("evm_increaseTime(%d) error = %v", jump, err)
	}
	if lead := int64(jumped) - time.Now().Unix(); lead < jump || lead > jump+1 {
		t.Fatalf("evm_increaseTime(%d) sealed at %d, %ds ahead of the wall clock; want %d", jump, jumped, lead, jump)
	}

	// lead is how far chain time is ahead of the wall clock plus the jump: the worst seen, and the head's.
	var worst atomic.Int64
	worst.Store(-1 << 62)
	observe := func(chainTime uint64) {
		lead := int64(chainTime) - time.Now().Unix() - jump
		for {
			old := worst.Load()
			if lead <= old || worst.CompareAndSwap(old, lead) {
				return
			}
		}
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	var watcher sync.WaitGroup
	watcher.Go(func() {
		for watchCtx.Err() == nil {
			if head, err := client.HeaderByNumber(watchCtx, nil); err == nil {
				observe(head.Time)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})

	var (
		senderWG   sync.WaitGroup
		slowest    atomic.Int64 // nanoseconds from sending to the receipt
		receipted  atomic.Int64
		signer     = types.LatestSignerForChainID(big.NewInt(ChainID))
		sink       = common.HexToAddress("0x5eed")
		start      = time.Now()
		blockTimes sync.Map // block hash -> time
	)
	for _, a := range n.Accounts() {
		senderWG.Go(func() {
			nonce, err := client.PendingNonceAt(ctx, a.Address)
			if err != nil {
				t.Errorf("PendingNonceAt error = %v", err)
				return
			}
			for k := range uint64(each) {
				tx := types.MustSignNewTx(a.Key, signer, &types.DynamicFeeTx{
					ChainID: big.NewInt(ChainID), Nonce: nonce + k, GasTipCap: big.NewInt(params.GWei),
					GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000, To: &sink, Value: big.NewInt(1),
				})
				sent := time.Now()
				if err := client.SendTransaction(ctx, tx); err != nil {
					t.Errorf("SendTransaction error = %v", err)
					return
				}
				r := waitReceipt(ctx, t, client, tx.Hash())
				took := time.Since(sent)
				for old := slowest.Load(); took.Nanoseconds() > old && !slowest.CompareAndSwap(old, took.Nanoseconds()); old = slowest.Load() {
				}
				receipted.Add(1)
				header, err := client.HeaderByHash(ctx, r.BlockHash)
				if err != nil {
					t.Errorf("HeaderByHash error = %v", err)
					return
				}
				blockTimes.Store(r.BlockHash, header.Time)
				observe(header.Time)
			}
		})
	}
	senderWG.Wait()
	stopWatch()
	watcher.Wait()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	observe(head.Time)
	blocks := 0
	blockTimes.Range(func(any, any) bool { blocks++; return true })

	if got := receipted.Load(); got != senders*each {
		t.Errorf("%d of %d transactions receipted", got, senders*each)
	}
	if lead := worst.Load(); lead > 1 {
		t.Errorf("chain time ran %ds ahead of the wall clock plus the %ds jump; want at most 1s", lead, jump)
	}
	// Receipts come back within about a second: the wait for the next second, and the sealing.
	if took := time.Duration(slowest.Load()); took > 3*time.Second {
		t.Errorf("slowest receipt took %v; want about a second at most", took)
	}
	t.Logf("%d transactions in %d blocks over %v; worst lead %ds, slowest receipt %v",
		receipted.Load(), blocks, time.Since(start).Round(time.Millisecond), worst.Load(), time.Duration(slowest.Load()).Round(time.Millisecond))
}

// TestInstantBlocks checks both sealing rules with the wall clock stopped: by default a block waits for the next
// second when the head already has this one; with InstantBlocks it is sealed at once, a second after the head.
func TestInstantBlocks(t *testing.T) {
	for _, instant := range []bool{false, true} {
		t.Run(map[bool]string{false: "default", true: "instant"}[instant], func(t *testing.T) {
			n := startNode(t, Config{Accounts: 1, InstantBlocks: instant})
			head := n.eth.BlockChain().CurrentBlock().Time
			// The clock is read under sealMu, which a waiting Mine holds, so it is moved through an atomic.
			var clock atomic.Int64
			clock.Store(int64(head))
			n.sealMu.Lock()
			n.now = func() time.Time { return time.Unix(clock.Load(), 0) }
			n.sealMu.Unlock()

			ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
			defer cancel()
			mined := make(chan uint64, 5)
			go func() {
				defer close(mined)
				for range 5 {
					h, err := n.Mine(ctx, nil)
					if err != nil {
						return
					}
					mined <- h.Time
				}
			}()
			var got []uint64
		collect:
			for {
				select {
				case ts, ok := <-mined:
					if !ok {
						break collect
					}
					got = append(got, ts)
				case <-ctx.Done():
					break collect
				}
			}
			if !instant {
				if len(got) != 0 {
					t.Errorf("with the clock stopped at the head's second, blocks were sealed at %v; want none", got)
				}
				clock.Add(1) // the waiting Mine seals now, and the next ones see ctx done
				for range mined {
				}
				return
			}
			if len(got) != 5 {
				t.Fatalf("InstantBlocks sealed %d blocks (%v) with the clock stopped, want 5", len(got), got)
			}
			for i, ts := range got {
				if want := head + uint64(i) + 1; ts != want {
					t.Errorf("block %d at %d, want %d (a second after the one before)", i, ts, want)
				}
			}
		})
	}
}

// TestRestartKeepsClockLead jumps an hour, restarts on the datadir and sends a transfer: its block must come at
// once, after the jump, and no further ahead of the wall clock than the jump.
func TestRestartKeepsClockLead(t *testing.T) {
	const jump = 3600
	ctx := t.Context()
	dir := t.TempDir()
	n, err := Start(ctx, Config{Addr: "127.0.0.1:0", DataDir: dir, Accounts: 1, Logger: slog.New(slog.NewTextHandler(t.Output(), nil))})
	if err != nil {
		t.Fatalf("Start error = %v", err)
	}
	jumped, err := n.IncreaseTime(ctx, jump)
	if err != nil {
		t.Fatalf("IncreaseTime(%d) error = %v", jump, err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("Close error = %v", err)
	}

	n = startNode(t, Config{DataDir: dir, Accounts: 1})
	client := dial(t, n)
	r := send(ctx, t, client, n.Accounts()[0].Key, &common.Address{0xaa}, big.NewInt(1), nil)
	block, err := client.HeaderByHash(ctx, r.BlockHash)
	if err != nil {
		t.Fatalf("HeaderByHash error = %v", err)
	}
	if block.Time <= jumped.Time {
		t.Errorf("block after the restart at %d, want after the jump's %d", block.Time, jumped.Time)
	}
	if lead := int64(block.Time) - time.Now().Unix(); lead > jump+1 {
		t.Errorf("block after the restart %ds ahead of the wall clock, want at most the %ds jump", lead, jump)
	}
}
