package oracle

import (
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestReorg has account 4 contribute five samples (of five features, which no other sample has) in blocks that
// a fork then replaces with a longer branch where account 0 contributes three (of six features). The operator
// must train on the canonical chain only: its proposed version counts and ends at the canonical contributions,
// and its training data holds none of the orphaned samples. Deeper than the reorg, it never ingests them.
func TestReorg(t *testing.T) {
	const base, orphaned, replacing = 20, 5, 3
	tests := []struct {
		name  string
		depth uint64
		// rollbacks is how many reorgs the follower undoes: none when the depth kept it off the orphaned blocks.
		rollbacks uint64
	}{
		{name: "depth 0", depth: 0, rollbacks: 1},
		{name: "depth larger than the reorg", depth: orphaned + 3, rollbacks: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			w.contribute(t, base)
			fork, err := w.client.HeaderByNumber(w.ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := range orphaned {
				if _, err := w.trainer.AddData(w.ctx, w.tx(4), []int64{0, 1, 2, 3, int64(4 + i)}, 0, big.NewInt(params.Ether)); err != nil {
					t.Fatal(err)
				}
			}
			o, err := Open(w.ctx, w.config(1, tt.depth), w.client, w.tx(1), slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { o.Close() })
			if err := o.ingest(w.ctx); err != nil {
				t.Fatal(err)
			}
			data, _, _, err := o.trainingData(everything)
			if err != nil {
				t.Fatal(err)
			}
			wantOrphans := map[uint64]int{0: orphaned}[tt.depth]
			if got := countLen(data.Samples, 5); got != wantOrphans {
				t.Fatalf("before the reorg the training data holds %d samples of the blocks to be orphaned, want %d", got, wantOrphans)
			}

			if err := w.sim.Fork(fork.Hash()); err != nil {
				t.Fatalf("Fork(%d) error = %v", fork.Number, err)
			}
			// The pool takes the orphaned transactions back; mined again they would be new contributions, with
			// new times and keys, which is not what this test is about. Drop them.
			w.dropReinjected(t, 4)
			var last *types.Receipt
			for i := range replacing {
				x := []int64{10, 11, 12, 13, 14, int64(15 + i)}
				if last, err = w.trainer.AddData(w.ctx, w.tx(0), x, 0, big.NewInt(params.Ether)); err != nil {
					t.Fatal(err)
				}
			}
			for range tt.depth + orphaned {
				w.sim.Commit()
			}

			d, err := o.Step(w.ctx)
			if err != nil {
				t.Fatalf("Step() after the reorg error = %v", err)
			}
			if d.Action != "committed" || d.Version == nil {
				t.Fatalf("Step() after the reorg = %+v, want a proposal", d)
			}
			v := d.Version
			if v.TrainedCount != base+replacing {
				t.Errorf("proposed version trained on %d contributions, want the %d canonical ones", v.TrainedCount, base+replacing)
			}
			if v.CursorBlock != last.BlockNumber.Uint64() {
				t.Errorf("proposed version's cursor is at block %d, want %d: the last canonical contribution", v.CursorBlock, last.BlockNumber)
			}
			if h, err := w.client.HeaderByNumber(w.ctx, new(big.Int).SetUint64(v.CursorBlock)); err != nil || h.Hash() != last.BlockHash {
				t.Errorf("the cursor's block is not the canonical one holding the last contribution (%v)", err)
			}
			for e, err := range o.store.Contributions(activeCursor(*v), 0) {
				if err != nil {
					t.Fatal(err)
				}
				if e.Position == activeCursor(*v) && e.TxHash != last.TxHash {
					t.Errorf("the contribution at the cursor is from transaction %s, want %s", e.TxHash, last.TxHash)
				}
			}
			data, n, _, err := o.trainingData(activeCursor(*v))
			if err != nil {
				t.Fatal(err)
			}
			if n != base+replacing || countLen(data.Samples, 5) != 0 || countLen(data.Samples, 6) != replacing {
				t.Errorf("training data holds %d contributions, %d of them orphaned and %d of the new branch; want %d, 0 and %d",
					n, countLen(data.Samples, 5), countLen(data.Samples, 6), base+replacing, replacing)
			}
			p := o.follower.Progress()
			if p.Rollbacks != tt.rollbacks {
				t.Errorf("Progress().Rollbacks = %d, want %d", p.Rollbacks, tt.rollbacks)
			}
			if tt.rollbacks == 0 && p.Events != base+replacing {
				t.Errorf("Progress().Events = %d, want %d: nothing orphaned ever ingested", p.Events, base+replacing)
			}
		})
	}
}

// dropReinjected waits for the pool to take back account i's orphaned transactions after a fork, then drops
// every pending transaction.
func (w *world) dropReinjected(t *testing.T, i int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		pending, err := w.client.PendingNonceAt(w.ctx, w.addr(i))
		if err != nil {
			t.Fatal(err)
		}
		mined, err := w.client.NonceAt(w.ctx, w.addr(i), nil)
		if err != nil {
			t.Fatal(err)
		}
		if pending > mined {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the pool did not take back account %d's orphaned transactions (nonce %d)", i, mined)
		}
		time.Sleep(5 * time.Millisecond)
	}
	w.sim.Rollback()
}

func countLen(samples [][]int64, n int) int {
	c := 0
	for _, x := range samples {
		if len(x) == n {
			c++
		}
	}
	return c
}
