package trainer

import (
	"context"
	"encoding/binary"
	"fmt"
	"iter"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/chain"
)

// DefaultPageBlocks is how many blocks one log query spans when HistoryOptions leaves it open. Public nodes cap
// a query's range or result count (often at 10,000); a refused page is split until the node accepts it.
const DefaultPageBlocks = 10_000

// Contribution is one AddData event of a trainer: what was added, by whom, when, and where the event is.
type Contribution struct {
	Author  common.Address `json:"author"`
	Label   uint64         `json:"label"`
	Time    uint64         `json:"time"`
	Deposit *big.Int       `json:"deposit"`
	Data    []int64        `json:"data"`
	// Key is the trainer's key for the contribution's record (Trainer.contributionKey).
	Key         common.Hash `json:"key"`
	BlockNumber uint64      `json:"blockNumber"`
	TxHash      common.Hash `json:"txHash"`
	LogIndex    uint        `json:"logIndex"`
}

// HistoryOptions choose which AddData events Contributions reads.
type HistoryOptions struct {
	// FromBlock and ToBlock bound the blocks read, both included. ToBlock zero means the latest block.
	FromBlock, ToBlock uint64
	// Authors, when not empty, keeps only contributions added by these addresses.
	Authors []common.Address
	// PageBlocks is how many blocks one query spans; zero means DefaultPageBlocks.
	PageBlocks uint64
}

// LogReader is what reading history needs of a node: ethclient.Client and the simulated client both are.
type LogReader = chain.LogReader

// Contributions iterates over the trainer's AddData events in chain order, one page of blocks per query, so it
// works on chains of any length without the node holding the whole range at once. A page the node refuses (too
// many results, too wide a range) is halved and retried; the iteration stops at the first other error.
func (s *Stack) Contributions(ctx context.Context, node LogReader, opts HistoryOptions) iter.Seq2[*Contribution, error] {
	return func(yield func(*Contribution, error) bool) {
		page := opts.PageBlocks
		if page == 0 {
			page = DefaultPageBlocks
		}
		topics := [][]common.Hash{{s.trainer.GetABI().Events["AddData"].ID}}
		if len(opts.Authors) > 0 {
			authors := make([]common.Hash, len(opts.Authors))
			for i, a := range opts.Authors {
				authors[i] = common.BytesToHash(a.Bytes())
			}
			topics = append(topics, authors)
		}
		q := ethereum.FilterQuery{Addresses: []common.Address{s.Trainer}, Topics: topics}
		for l, err := range chain.Logs(ctx, node, q, opts.FromBlock, opts.ToBlock, page) {
			if err != nil {
				yield(nil, fmt.Errorf("contributions: %w", err))
				return
			}
			c, err := s.contribution(l)
			if !yield(c, err) || err != nil {
				return
			}
		}
	}
}

// contribution decodes an AddData log of the trainer.
func (s *Stack) contribution(l *types.Log) (*Contribution, error) {
	ev, err := s.trainer.UnpackAddDataEvent(l)
	if err != nil {
		return nil, fmt.Errorf("contributions: decode the AddData event in transaction %s: %w", l.TxHash, err)
	}
	data, err := UnpackSample(ev.Data)
	if err != nil {
		return nil, fmt.Errorf("contributions: transaction %s: %w", l.TxHash, err)
	}
	if !ev.Time.IsUint64() {
		return nil, fmt.Errorf("contributions: transaction %s: time %s out of range", l.TxHash, ev.Time)
	}
	c := &Contribution{
		Author: ev.Sender, Label: ev.Label, Time: ev.Time.Uint64(), Deposit: ev.Deposit, Data: data,
		BlockNumber: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index,
	}
	c.Key = ContributionKey(data, c.Label, c.Time, c.Author)
	return c, nil
}

// ContributionKey is the key under which the trainer stores a contribution: keccak256 of the sample's entries
// as 32-byte words (as calldata carries them), the label's 8 bytes, the time's 32 and the author's 20.
func ContributionKey(data []int64, label, addedTime uint64, author common.Address) common.Hash {
	buf := make([]byte, 0, 32*len(data)+8+32+20)
	for _, x := range data {
		var word [32]byte
		if x < 0 {
			for i := range 24 {
				word[i] = 0xff
			}
		}
		binary.BigEndian.PutUint64(word[24:], uint64(x))
		buf = append(buf, word[:]...)
	}
	buf = binary.BigEndian.AppendUint64(buf, label)
	var t [32]byte
	binary.BigEndian.PutUint64(t[24:], addedTime)
	buf = append(buf, t[:]...)
	buf = append(buf, author.Bytes()...)
	return crypto.Keccak256Hash(buf)
}

// Settlement is a Refund or Report event of a trainer: a contribution refunded by its author, or part of its
// deposit taken by a reporter (or, after the longer waits, by its owner or anyone).
type Settlement struct {
	// Refunded is set for the author's refund; otherwise By reported it and took Amount.
	Refunded    bool           `json:"refunded"`
	By          common.Address `json:"by"`
	Amount      *big.Int       `json:"amount"`
	BlockNumber uint64         `json:"blockNumber"`
	TxHash      common.Hash    `json:"txHash"`
}

// Settlements returns the Refund and Report events of the contribution stored under key, which author added, in
// the blocks opts bounds: refunds first, then reports, each in chain order. opts.Authors is ignored.
func (s *Stack) Settlements(ctx context.Context, node LogReader, key common.Hash, author common.Address, opts HistoryOptions) ([]Settlement, error) {
	page := opts.PageBlocks
	if page == 0 {
		page = DefaultPageBlocks
	}
	events := s.trainer.GetABI().Events
	// Refund indexes only the author; its key is in the data.
	refunds := ethereum.FilterQuery{Addresses: []common.Address{s.Trainer}, Topics: [][]common.Hash{{events["Refund"].ID}, {common.BytesToHash(author.Bytes())}}}
	reports := ethereum.FilterQuery{Addresses: []common.Address{s.Trainer}, Topics: [][]common.Hash{{events["Report"].ID}, {key}}}
	var out []Settlement
	for l, err := range chain.Logs(ctx, node, refunds, opts.FromBlock, opts.ToBlock, page) {
		if err != nil {
			return nil, fmt.Errorf("settlements: %w", err)
		}
		ev, err := s.trainer.UnpackRefundEvent(l)
		if err != nil {
			return nil, fmt.Errorf("settlements: decode the Refund event in transaction %s: %w", l.TxHash, err)
		}
		if ev.Key == key {
			out = append(out, Settlement{Refunded: true, By: ev.Author, Amount: ev.Amount, BlockNumber: l.BlockNumber, TxHash: l.TxHash})
		}
	}
	for l, err := range chain.Logs(ctx, node, reports, opts.FromBlock, opts.ToBlock, page) {
		if err != nil {
			return nil, fmt.Errorf("settlements: %w", err)
		}
		ev, err := s.trainer.UnpackReportEvent(l)
		if err != nil {
			return nil, fmt.Errorf("settlements: decode the Report event in transaction %s: %w", l.TxHash, err)
		}
		out = append(out, Settlement{By: ev.Reporter, Amount: ev.Amount, BlockNumber: l.BlockNumber, TxHash: l.TxHash})
	}
	return out, nil
}
