package ingest_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// history adds five contributions from two accounts, has account 1 refund its first and the owner take
// account 1's second after the owner's wait, and mines a few empty blocks after. It returns the receipts' block
// numbers of the refund and the take.
func history(t *testing.T, c *testChain) (refundBlock, reportBlock uint64) {
	t.Helper()
	good := c.add(t, 1, []int64{0, 1}, 1)
	c.add(t, 0, []int64{2, 3}, 1)
	bad := c.add(t, 1, []int64{4, 5}, 1)
	c.add(t, 0, []int64{6}, 0)
	c.add(t, 1, []int64{1, 7}, 0)
	goodTime, err := c.stack.AddedTime(good)
	if err != nil {
		t.Fatal(err)
	}
	badTime, err := c.stack.AddedTime(bad)
	if err != nil {
		t.Fatal(err)
	}
	c.advance(t, refundWait*time.Second)
	r, err := c.stack.Refund(c.ctx, c.tx(1), []int64{0, 1}, 1, goodTime)
	if err != nil {
		t.Fatal(err)
	}
	refundBlock = r.BlockNumber.Uint64()
	c.advance(t, ownerClaimWait*time.Second)
	r, err = c.stack.Report(c.ctx, c.tx(0), []int64{4, 5}, 1, badTime, c.addr(1))
	if err != nil {
		t.Fatal(err)
	}
	reportBlock = r.BlockNumber.Uint64()
	c.mine(3)
	return refundBlock, reportBlock
}

func TestFollowIngestsContributionsAndOutcomes(t *testing.T) {
	tests := []struct {
		name       string
		pageBlocks uint64
		// rangeLimit makes the node refuse wider log queries (end - start > rangeLimit) as geth's
		// --rpc.rangelimit does; the simulated backend has no such setting.
		rangeLimit uint64
		depth      uint64
	}{
		{name: "pages of 2 blocks", pageBlocks: 2},
		{name: "node refuses ranges over 3 blocks", pageBlocks: 1000, rangeLimit: 2},
		{name: "depth 2", pageBlocks: 3, depth: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestChain(t, 2)
			refundBlock, reportBlock := history(t, c)
			store := openStore(t, t.TempDir(), c.meta(tt.depth))
			opts := quietOptions(t)
			opts.PageBlocks = tt.pageBlocks
			opts.NumClasses = 2
			node := &rangeLimited{Client: c.client, limit: tt.rangeLimit}
			f := ingest.NewFollower(node, store, opts)
			steps := catchUp(t, c.ctx, f)
			head := c.head(t).Number.Uint64()
			page := tt.pageBlocks
			if tt.rangeLimit > 0 {
				page = min(page, tt.rangeLimit+1)
			}
			if fewest := (head - tt.depth + 1) / page; uint64(steps) < fewest {
				t.Errorf("caught up in %d steps, want at least %d for %d blocks in pages of at most %d", steps, fewest, head+1, page)
			}

			if tt.rangeLimit > 0 && node.refused == 0 {
				t.Error("the node refused no range; the test checks nothing")
			}

			got := storeContent(t, store)
			sameContent(t, got, chainContent(t, c.ctx, c.client, c.stack.Trainer, tt.depth))
			if got.Cursor.Block != head-tt.depth {
				t.Errorf("cursor at block %d, want head %d - depth %d", got.Cursor.Block, head, tt.depth)
			}

			// The CLI's own history reader decodes the same contributions.
			var cli []*trainer.Contribution
			for sc, err := range c.stack.Contributions(c.ctx, c.client, trainer.HistoryOptions{}) {
				if err != nil {
					t.Fatal(err)
				}
				cli = append(cli, sc)
			}
			if len(got.Contributions) != 5 || len(cli) != 5 {
				t.Fatalf("store holds %d contributions, the chain %d; want 5", len(got.Contributions), len(cli))
			}
			for i, sc := range cli {
				gc := got.Contributions[i]
				if gc.Key != sc.Key || gc.Contributor != sc.Author || gc.Label != sc.Label || gc.Time != sc.Time ||
					gc.Deposit.Cmp(sc.Deposit) != 0 || !slices.Equal(gc.Sample, sc.Data) || gc.Block != sc.BlockNumber ||
					uint(gc.Index) != sc.LogIndex || gc.TxHash != sc.TxHash {
					t.Errorf("contribution %d = %+v, the CLI reads %+v", i, gc, sc)
				}
			}
			if len(got.Outcomes) != 2 || got.Outcomes[0].Kind != ingest.Refunded || got.Outcomes[1].Kind != ingest.Reported {
				t.Fatalf("outcomes = %+v, want a refund then a report", got.Outcomes)
			}
			if got.Outcomes[0].Key != cli[0].Key || got.Outcomes[1].Key != cli[2].Key || got.Outcomes[1].Account != c.addr(0) {
				t.Errorf("outcomes = %+v, want the refund of %x and the owner's report of %x", got.Outcomes, cli[0].Key, cli[2].Key)
			}

			p := f.Progress()
			if p.Events != 7 || p.Block != head-tt.depth || p.Head != head || p.Lag != tt.depth || p.Rollbacks != 0 {
				t.Errorf("Progress() = %+v, want 7 events, block %d, head %d, lag %d", p, head-tt.depth, head, tt.depth)
			}

			// Outcomes count only at or before the block asked about.
			for _, q := range []struct {
				at                 uint64
				refunded, reported bool
			}{
				{refundBlock - 1, false, false},
				{refundBlock, true, false},
				{reportBlock - 1, true, false},
				{reportBlock, true, true},
			} {
				var flags [][2]bool
				for e, err := range store.Contributions(everything, q.at) {
					if err != nil {
						t.Fatal(err)
					}
					flags = append(flags, [2]bool{e.Refunded, e.Reported})
				}
				want := [][2]bool{{q.refunded, false}, {}, {false, q.reported}, {}, {}}
				if !slices.Equal(flags, want) {
					t.Errorf("Contributions(outcomes at %d) = %v (refunded, reported), want %v", q.at, flags, want)
				}
			}

			// The cursor bound is inclusive.
			third := got.Contributions[2].Position
			var upTo []ingest.Position
			for e, err := range store.Contributions(third, math.MaxUint64) {
				if err != nil {
					t.Fatal(err)
				}
				upTo = append(upTo, e.Position)
			}
			if len(upTo) != 3 || upTo[2] != third {
				t.Errorf("Contributions(up to %+v) = %v, want the first three", third, upTo)
			}
		})
	}
}

func TestOpenRefusesAnotherDeployment(t *testing.T) {
	c := newTestChain(t, 1)
	dir := t.TempDir()
	s, err := ingest.Open(dir, c.meta(3))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	other := c.meta(3)
	other.Trainer = c.stack.Model
	_, err = ingest.Open(dir, other)
	if err == nil {
		t.Fatal("Open(another trainer) error = nil, want a refusal")
	}
	for _, want := range []string{c.stack.Trainer.Hex(), c.stack.Model.Hex(), "--data-dir"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Open(another trainer) error = %q, want it to name %s", err, want)
		}
	}
	other = c.meta(3)
	other.ChainID++
	if _, err := ingest.Open(dir, other); err == nil {
		t.Error("Open(another chain) error = nil, want a refusal")
	}
	// Another depth is the same deployment, followed more or less cautiously.
	s = openStore(t, dir, c.meta(0))
	if got := s.Meta().Depth; got != 0 {
		t.Errorf("Meta().Depth = %d, want 0", got)
	}
}

// rangeLimited refuses log queries spanning more than limit+1 blocks, with geth's error, when limit is positive.
type rangeLimited struct {
	ingest.Client
	limit   uint64
	refused int
}

func (r *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if r.limit > 0 && q.ToBlock.Uint64()-q.FromBlock.Uint64() > r.limit {
		r.refused++
		return nil, fmt.Errorf("exceed maximum block range %d", r.limit)
	}
	return r.Client.FilterLogs(ctx, q)
}
