package report

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// FromChain reads the contributions of the deployment s from its AddData events, a page of blocks at a time
// (trainer.Stack.Contributions), in chain order: each becomes a player named by its transaction and log index
// ("0x…/3") and authored by its sender. With settlements, it also reads each contribution's record (one call
// each, through reader) and counts, per contribution and per author, those refunded (settled in the
// author's favour) and those whose deposit reports took: the individual method's reputation. The returned
// Input has no Test or Model; the caller sets them.
func FromChain(ctx context.Context, s *trainer.Stack, node trainer.LogReader, reader *chain.Transactor, opts trainer.HistoryOptions, settlements bool) (*Input, error) {
	train := dataset.NewSet(0, 0)
	in := &Input{Train: train}
	if settlements {
		in.Refunded, in.Reported = map[string]int{}, map[string]int{}
	}
	for sub, err := range s.Contributions(ctx, node, opts) {
		if err != nil {
			return nil, fmt.Errorf("read the contributions: %w", err)
		}
		name, author := fmt.Sprintf("%s/%d", sub.TxHash, sub.LogIndex), sub.Author.Hex()
		train.Append(sub.Data, sub.Label)
		in.Names = append(in.Names, name)
		in.Authors = append(in.Authors, author)
		if !settlements {
			continue
		}
		rec, err := s.Record(ctx, reader, sub.Key)
		if err != nil {
			return nil, fmt.Errorf("contribution %s: %w", name, err)
		}
		switch trainer.StateOf(rec, s.Mechanism) {
		case trainer.StateSettled:
			in.Refunded[name]++
			in.Refunded[author]++
		case trainer.StateTaken:
			in.Reported[name]++
			in.Reported[author]++
		}
	}
	return in, nil
}
