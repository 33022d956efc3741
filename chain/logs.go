package chain

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrOtherLog is in the error of an event decoder (trainer.DecodeAddData, weights.DecodeChunk, ...) given a log
// that is not the event it decodes: another contract's log or another event. Whoever scans a receipt's logs skips
// those and stops at any other error, which is a log of the event that does not decode.
var ErrOtherLog = errors.New("not the event asked for")

// LogReader is what reading logs needs of a node: ethclient.Client and the simulated client both are.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Logs iterates over the logs q matches in blocks from..to (both included; to zero means the latest block), in
// chain order, reading page blocks per query, so that it works on chains of any length without the node holding
// the whole range at once. A page the node refuses (too many results, too wide a range) is halved and retried;
// the iteration stops at the first other error. q's block bounds are ignored.
func Logs(ctx context.Context, node LogReader, q ethereum.FilterQuery, from, to, page uint64) iter.Seq2[*types.Log, error] {
	return func(yield func(*types.Log, error) bool) {
		if to == 0 {
			head, err := node.BlockNumber(ctx)
			if err != nil {
				yield(nil, fmt.Errorf("read the latest block number: %w", err))
				return
			}
			to = head
		}
		if from > to {
			yield(nil, fmt.Errorf("from block %d is after to block %d", from, to))
			return
		}
		page = max(page, 1)
		for from <= to {
			end := min(to, from+page-1)
			q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(end)
			logs, err := node.FilterLogs(ctx, q)
			if err != nil {
				if ctx.Err() != nil || end == from {
					yield(nil, fmt.Errorf("read blocks %d-%d: %w", from, end, errors.Join(ctx.Err(), err)))
					return
				}
				// Most likely the node's cap on a query; a narrower page keeps going.
				page = max((end-from+1)/2, 1)
				continue
			}
			for i := range logs {
				if !yield(&logs[i], nil) {
					return
				}
			}
			from = end + 1
		}
	}
}
