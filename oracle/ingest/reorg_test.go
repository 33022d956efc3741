package ingest_test

import (
	"context"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/oracle/ingest"
)

// TestReorg replaces the two blocks holding account 1's latest contributions with a longer branch holding
// account 2's, and checks the store ends up with exactly the canonical chain's events.
func TestReorg(t *testing.T) {
	tests := []struct {
		name  string
		depth uint64
		// rollbacks is how many reorgs the follower must undo: none when the depth kept it off the
		// orphaned blocks.
		rollbacks uint64
	}{
		{name: "depth larger than the reorg", depth: 4, rollbacks: 0},
		{name: "depth 0", depth: 0, rollbacks: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestChain(t, 3)
			c.add(t, 1, []int64{0, 1}, 1)
			fork := c.head(t)
			orphans := []common.Hash{
				c.add(t, 1, []int64{2}, 1).BlockHash,
				c.add(t, 1, []int64{3}, 0).BlockHash,
			}
			store := openStore(t, t.TempDir(), c.meta(tt.depth))
			opts := quietOptions(t)
			opts.PageBlocks = 2
			f := ingest.NewFollower(c.client, store, opts)
			catchUp(t, c.ctx, f)
			orphaned := 0
			for _, got := range storeContent(t, store).Contributions {
				for _, h := range orphans {
					if got.BlockHash == h {
						orphaned++
					}
				}
			}
			if want := map[uint64]int{0: 2, 4: 0}[tt.depth]; orphaned != want {
				t.Fatalf("before the reorg the store holds %d contributions of the blocks to be orphaned, want %d", orphaned, want)
			}

			if err := c.sim.Fork(fork.Hash()); err != nil {
				t.Fatalf("Fork(%d) error = %v", fork.Number, err)
			}
			// The follower sees the shorter chain first: nothing to do yet.
			if _, err := f.Step(c.ctx); err != nil {
				t.Fatalf("Step() on the short branch error = %v", err)
			}
			// The pool may put account 1's orphaned transactions back; they land in the new branch with
			// new times, so as new contributions.
			c.add(t, 2, []int64{4, 5}, 0)
			c.add(t, 2, []int64{6}, 0)
			c.mine(int(tt.depth) + 2)
			catchUp(t, c.ctx, f)

			got := storeContent(t, store)
			sameContent(t, got, chainContent(t, c.ctx, c.client, c.stack.Trainer, tt.depth))
			for _, g := range got.Contributions {
				for _, h := range orphans {
					if g.BlockHash == h {
						t.Errorf("store holds contribution %+v of orphaned block %s", g, h)
					}
				}
			}
			fromAccount2 := 0
			for _, g := range got.Contributions {
				if g.Contributor == c.addr(2) {
					fromAccount2++
				}
			}
			if fromAccount2 != 2 {
				t.Errorf("store holds %d of the new branch's contributions, want 2", fromAccount2)
			}
			p := f.Progress()
			if p.Rollbacks != tt.rollbacks {
				t.Errorf("Progress().Rollbacks = %d, want %d", p.Rollbacks, tt.rollbacks)
			}
			if tt.rollbacks == 0 && p.Events != uint64(len(got.Contributions)+len(got.Outcomes)) {
				t.Errorf("Progress().Events = %d, want %d: without a rollback every event ingested is still stored", p.Events, len(got.Contributions))
			}
		})
	}
}

// forkDuringRead answers the first log query that finds events, then replaces the chain under it before the
// follower has checked them.
type forkDuringRead struct {
	ingest.Client
	fork func()
}

func (f *forkDuringRead) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := f.Client.FilterLogs(ctx, q)
	if len(logs) > 0 && f.fork != nil {
		fork := f.fork
		f.fork = nil
		fork()
	}
	return logs, err
}

// TestReorgDuringRead reorganises the chain between the follower's log query and its checks: the follower must
// notice that the logs are not from the canonical chain any more and read the range again.
func TestReorgDuringRead(t *testing.T) {
	c := newTestChain(t, 3)
	fork := c.head(t)
	orphans := []common.Hash{c.add(t, 1, []int64{2}, 1).BlockHash, c.add(t, 1, []int64{3}, 0).BlockHash}
	node := &forkDuringRead{Client: c.client, fork: func() {
		if err := c.sim.Fork(fork.Hash()); err != nil {
			t.Fatalf("Fork(%d) error = %v", fork.Number, err)
		}
		c.add(t, 2, []int64{4, 5}, 0)
		c.add(t, 2, []int64{6}, 0)
		c.mine(3)
	}}
	store := openStore(t, t.TempDir(), c.meta(0))
	f := ingest.NewFollower(node, store, quietOptions(t))
	catchUp(t, c.ctx, f)
	if node.fork != nil {
		t.Fatal("the follower read no events; the test checks nothing")
	}
	got := storeContent(t, store)
	sameContent(t, got, chainContent(t, c.ctx, c.client, c.stack.Trainer, 0))
	for _, g := range got.Contributions {
		if slices.Contains(orphans, g.BlockHash) {
			t.Errorf("store holds contribution %+v of an orphaned block", g)
		}
	}
	if p := f.Progress(); p.Rollbacks != 0 || p.Events != uint64(len(got.Contributions)) {
		t.Errorf("Progress() = %+v, want no rollback and %d events: the orphaned range was never stored", p, len(got.Contributions))
	}
}
