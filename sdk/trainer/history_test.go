package trainer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// historyStack deploys the small perceptron with Deposit-Refund-Take (waits 100, 200 and 300 s) and adds, in
// separate blocks: alice's good sample, carol's mislabelled one, bob's good one.
func historyStack(t *testing.T, c *testChain, mech trainer.Mechanism) (*trainer.Stack, []added) {
	t.Helper()
	in := trainer.Incentive{Mechanism: mech, RefundWait: 100}
	if mech == trainer.DepositRefundTake {
		in.OwnerClaimWait, in.AnyAddressClaimWait, in.CostWeight = 200, 300, big.NewInt(1e9)
	}
	s := deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: in})
	var out []added
	for _, a := range []struct {
		who int
		smp sample
	}{
		{alice, sample{[]int64{0, 1}, 1}},
		{carol, sample{[]int64{8, 9}, 1}},
		{bob, sample{[]int64{2, 3}, 1}},
	} {
		c.advanceTo(t, c.head(t).Time+10)
		got, _ := addData(t, c, s, a.who, a.smp, big.NewInt(enoughWei))
		out = append(out, got)
	}
	return s, out
}

// enoughWei is more than any deposit these tests need: a tenth of an ether.
const enoughWei = 1e17

func collect(t *testing.T, seq func(func(*trainer.Contribution, error) bool)) []*trainer.Contribution {
	t.Helper()
	var out []*trainer.Contribution
	for c, err := range seq {
		if err != nil {
			t.Fatalf("Contributions() error = %v", err)
		}
		out = append(out, c)
	}
	return out
}

func TestContributions(t *testing.T) {
	c := newTestChain(t)
	s, adds := historyStack(t, c, trainer.DepositRefundTake)

	all := collect(t, s.Contributions(c.ctx, c.client, trainer.HistoryOptions{}))
	if len(all) != len(adds) {
		t.Fatalf("Contributions() returned %d, want %d", len(all), len(adds))
	}
	for i, got := range all {
		want := adds[i]
		if got.Author != c.addrs[want.author] || got.Label != want.label || got.Time != want.time ||
			got.Deposit.Cmp(want.deposit) != 0 || !slices.Equal(got.Data, want.data) {
			t.Errorf("contribution %d = %+v, want %s's %v labelled %d at %d with deposit %s",
				i, got, accountNames[want.author], want.data, want.label, want.time, want.deposit)
		}
		onChain := call(t, c, s, itDRT.PackContributionKey(want.data, want.label, u256(want.time), c.addrs[want.author]), itDRT.UnpackContributionKey)
		if got.Key != onChain {
			t.Errorf("contribution %d key = %s, trainer.contributionKey says %x", i, got.Key, onChain)
		}
		if rec, err := s.Record(c.ctx, c.tx(owner), got.Key); err != nil || rec.Deposit.Cmp(want.deposit) != 0 {
			t.Errorf("Record(%s) = %+v, %v; want deposit %s", got.Key, rec, err, want.deposit)
		}
	}

	tests := []struct {
		name string
		opts trainer.HistoryOptions
		want []int // indices into adds
	}{
		{"one block a page", trainer.HistoryOptions{PageBlocks: 1}, []int{0, 1, 2}},
		{"by author", trainer.HistoryOptions{Authors: []common.Address{c.addrs[carol]}}, []int{1}},
		{"by two authors, paged", trainer.HistoryOptions{Authors: []common.Address{c.addrs[bob], c.addrs[alice]}, PageBlocks: 2}, []int{0, 2}},
		{"up to carol's block", trainer.HistoryOptions{ToBlock: all[1].BlockNumber}, []int{0, 1}},
		{"from carol's block", trainer.HistoryOptions{FromBlock: all[1].BlockNumber}, []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, s.Contributions(c.ctx, c.client, tt.opts))
			var keys, want []common.Hash
			for _, g := range got {
				keys = append(keys, g.Key)
			}
			for _, i := range tt.want {
				want = append(want, all[i].Key)
			}
			if !slices.Equal(keys, want) {
				t.Errorf("keys = %v, want %v", keys, want)
			}
		})
	}

	t.Run("a node that caps ranges", func(t *testing.T) {
		capped := &cappedNode{LogReader: c.client, maxBlocks: 2}
		got := collect(t, s.Contributions(c.ctx, capped, trainer.HistoryOptions{PageBlocks: 1 << 20}))
		if len(got) != len(adds) {
			t.Errorf("Contributions() through a node capping ranges at 2 blocks returned %d, want %d", len(got), len(adds))
		}
		if capped.refused == 0 {
			t.Error("the capped node refused no query: the test does not exercise the split")
		}
	})

	t.Run("from after to", func(t *testing.T) {
		for _, err := range s.Contributions(c.ctx, c.client, trainer.HistoryOptions{FromBlock: 10, ToBlock: 5}) {
			errorContains(t, err, "from block 10 is after to block 5")
		}
	})

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(c.ctx)
		cancel()
		for _, err := range s.Contributions(ctx, c.client, trainer.HistoryOptions{ToBlock: 100}) {
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Contributions(cancelled) error = %v, want context.Canceled", err)
			}
		}
	})
}

// cappedNode refuses log queries spanning more than maxBlocks blocks, as public nodes do.
type cappedNode struct {
	trainer.LogReader
	maxBlocks uint64
	refused   int
}

func (n *cappedNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if span := new(big.Int).Sub(q.ToBlock, q.FromBlock).Uint64() + 1; span > n.maxBlocks {
		n.refused++
		return nil, fmt.Errorf("query exceeds max block range %d", n.maxBlocks)
	}
	return n.LogReader.FilterLogs(ctx, q)
}

func TestContributionKeyNegative(t *testing.T) {
	// Dense models take negative values: their words are sign-extended in calldata, and the key hashes them so.
	c := newTestChain(t)
	s, _ := historyStack(t, c, trainer.Points)
	data := []int64{-1, 5, -1 << 40}
	got := trainer.ContributionKey(data, 3, 1234, c.addrs[bob])
	want := call(t, c, s, itDRT.PackContributionKey(data, 3, u256(1234), c.addrs[bob]), itDRT.UnpackContributionKey)
	if got != want {
		t.Errorf("ContributionKey(%v) = %s, trainer says %x", data, got, want)
	}
}
