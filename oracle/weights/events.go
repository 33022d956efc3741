package weights

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
)

// DecodeChunk decodes l, a WeightsChunk event of the OracleModel at model: the one decoder of that event. A log
// of another contract or event is refused with chain.ErrOtherLog in the error; a WeightsChunk log of model that
// does not decode (short data, a missing root topic) with an error naming the log.
func DecodeChunk(l *types.Log, model common.Address) (*bindings.OracleModelWeightsChunk, error) {
	where := fmt.Sprintf("block %d log %d (transaction %s)", l.BlockNumber, l.Index, l.TxHash)
	if l.Address != model {
		return nil, fmt.Errorf("%s: log of %s, not of model %s: %w", where, l.Address, model, chain.ErrOtherLog)
	}
	b := bindings.NewOracleModel()
	if len(l.Topics) == 0 || l.Topics[0] != b.GetABI().Events["WeightsChunk"].ID {
		return nil, fmt.Errorf("%s: not a WeightsChunk event: %w", where, chain.ErrOtherLog)
	}
	// The binding leaves index, count and chunk unset, nil, when the data is empty.
	if len(l.Data) == 0 {
		return nil, fmt.Errorf("%s: decode WeightsChunk: no data", where)
	}
	ev, err := b.UnpackWeightsChunkEvent(l)
	if err != nil {
		return nil, fmt.Errorf("%s: decode WeightsChunk: %w", where, err)
	}
	return ev, nil
}

// ChunksFromLogs decodes logs, the WeightsChunk events of model for root (DecodeChunk), and puts the chunks in
// order (ChunksFromEvents); numChunks, when positive, is the count the version names. Every log must decode and
// every chunk be consistent: the logs come from a filter on model, the event and root, and the contract emits
// only chunks that verify against root, so a log that does not fit is the node's fault or a forged answer, and
// skipping it could hide one.
func ChunksFromLogs(logs []*types.Log, model common.Address, root common.Hash, numChunks int) ([][]byte, error) {
	events := make([]*bindings.OracleModelWeightsChunk, len(logs))
	for i, l := range logs {
		ev, err := DecodeChunk(l, model)
		if err != nil {
			return nil, fmt.Errorf("chunks of %s: %w", root, err)
		}
		events[i] = ev
	}
	chunks, err := ChunksFromEvents(root, events)
	if err != nil {
		return nil, err
	}
	if numChunks > 0 && len(chunks) != numChunks {
		return nil, fmt.Errorf("chunks of %s: the events have %d chunks, the version names %d", root, len(chunks), numChunks)
	}
	return chunks, nil
}

// ChunksFromEvents puts the WeightsChunk events of one weights root in chunk order, as Rebuild takes them.
// Events may come in any order and more than once (a chunk is emitted once per contract, but a client may
// read several contracts or overlapping block ranges); every chunk must be there. An event that disagrees with
// the others (another root, another count, an index past the count) is an error naming it, never skipped.
func ChunksFromEvents(root common.Hash, events []*bindings.OracleModelWeightsChunk) ([][]byte, error) {
	if len(events) == 0 {
		return nil, fmt.Errorf("chunks of %s: %w: no WeightsChunk events: filter the model's logs by this root", root, errMissingChunks)
	}
	n := events[0].NumChunks
	if !n.IsInt64() || n.Int64() > 1<<32 {
		return nil, fmt.Errorf("chunks of %s: %s chunks%s", root, n, inTx(events[0]))
	}
	chunks := make([][]byte, n.Int64())
	for _, ev := range events {
		if ev.Root != root {
			return nil, fmt.Errorf("chunks of %s: an event for root %x%s", root, ev.Root, inTx(ev))
		}
		if ev.NumChunks.Cmp(n) != 0 || !ev.Index.IsInt64() || ev.Index.Int64() >= n.Int64() {
			return nil, fmt.Errorf("chunks of %s: chunk %s of %s among chunks of %s%s", root, ev.Index, ev.NumChunks, n, inTx(ev))
		}
		if chunks[ev.Index.Int64()] == nil {
			chunks[ev.Index.Int64()] = ev.Chunk
		}
	}
	var missing []int
	for i, c := range chunks {
		if c == nil {
			missing = append(missing, i)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("chunks of %s: %w: %v of %d", root, errMissingChunks, missing, len(chunks))
	}
	return chunks, nil
}

// inTx names the transaction of a decoded event, where it came from a log.
func inTx(ev *bindings.OracleModelWeightsChunk) string {
	if ev.Raw == nil {
		return ""
	}
	return fmt.Sprintf(" (transaction %s)", ev.Raw.TxHash)
}

// errMissingChunks is wrapped when some chunks have no event: they are not published yet, or the log filter
// missed the blocks they were published in.
var errMissingChunks = errors.New("chunks not published")
