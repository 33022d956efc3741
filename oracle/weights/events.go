package weights

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/bindings"
)

// ChunksFromEvents puts the WeightsChunk events of one weights root in chunk order, as Rebuild takes them.
// Events may come in any order and more than once (a chunk is emitted once per contract, but a client may
// read several contracts or overlapping block ranges); every chunk must be there.
func ChunksFromEvents(root common.Hash, events []*bindings.OracleModelWeightsChunk) ([][]byte, error) {
	if len(events) == 0 {
		return nil, fmt.Errorf("chunks of %s: no WeightsChunk events: filter the model's logs by this root", root)
	}
	n := events[0].NumChunks
	if !n.IsInt64() || n.Int64() > 1<<32 {
		return nil, fmt.Errorf("chunks of %s: %s chunks", root, n)
	}
	chunks := make([][]byte, n.Int64())
	for _, ev := range events {
		if ev.Root != root {
			return nil, fmt.Errorf("chunks of %s: an event for root %x", root, ev.Root)
		}
		if ev.NumChunks.Cmp(n) != 0 || !ev.Index.IsInt64() || ev.Index.Int64() >= n.Int64() {
			return nil, fmt.Errorf("chunks of %s: chunk %s of %s among chunks of %s", root, ev.Index, ev.NumChunks, n)
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

// errMissingChunks is wrapped when some chunks have no event: they are not published yet, or the log filter
// missed the blocks they were published in.
var errMissingChunks = errors.New("chunks not published")
