package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// Defaults for an Options' zero fields.
const (
	// DefaultPageBlocks is the widest range one step reads; a range the node refuses is halved.
	DefaultPageBlocks = trainer.DefaultPageBlocks
	// DefaultPollInterval is how long Follow waits for new blocks once it has caught up.
	DefaultPollInterval = 2 * time.Second
	// DefaultBackoffInitial and DefaultBackoffMax bound the wait before retrying a failed call.
	DefaultBackoffInitial = 250 * time.Millisecond
	DefaultBackoffMax     = 30 * time.Second
	// DefaultCallTimeout bounds one call to the node, so that a stalled connection is retried.
	DefaultCallTimeout = 30 * time.Second
)

// Client is what following needs of a node: ethclient.Client and the simulated backend's client both are.
type Client interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Backoff paces the retries of a failed call: the n-th retry waits a random time between half and all of
// min(Initial·2ⁿ, Max), drawn from a source seeded with Seed so that runs can be replayed.
type Backoff struct {
	Initial, Max time.Duration
	Seed         uint64
}

// delay is how long retry number attempt (from 0) waits.
func (b Backoff) delay(attempt int, rng *rand.Rand) time.Duration {
	d := b.Initial
	for i := 0; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	return d/2 + time.Duration(rng.Int64N(int64(d/2)+1))
}

// Options configure a Follower. The zero value follows from block 0 with the defaults above.
type Options struct {
	// FromBlock is where an empty store starts reading: the trainer's deployment block.
	FromBlock uint64
	// PageBlocks is the widest range one step reads; zero means DefaultPageBlocks.
	PageBlocks uint64
	// NumClasses, when positive, refuses contributions labelled outside the model's classes.
	NumClasses uint64
	// PollInterval is how long Follow waits once caught up; zero means DefaultPollInterval.
	PollInterval time.Duration
	// CallTimeout bounds each call to the node; zero means DefaultCallTimeout.
	CallTimeout time.Duration
	Backoff     Backoff
	// Logger receives retries, rollbacks and progress; nil means slog.Default().
	Logger *slog.Logger
}

// Progress is what a Follower has done, for metrics.
type Progress struct {
	// Events counts the contributions and outcomes this Follower stored (rolled-back ones included).
	Events uint64
	// Block is the last ingested block; Head the latest block the node reported; Lag is Head - Block.
	Block, Head, Lag uint64
	// Rollbacks counts the reorgs deeper than the depth that this Follower undid.
	Rollbacks uint64
}

// Follower reads a trainer's events into a Store, Meta().Depth blocks behind the head. Step and Follow must
// not run concurrently; Progress may be read from any goroutine.
type Follower struct {
	client Client
	store  *Store
	dec    *Decoder
	opts   Options
	log    *slog.Logger
	rng    *rand.Rand
	// page is the width of the next range: halved when the node refuses one, doubled back after a success.
	page uint64

	events, block, head, rollbacks atomic.Uint64
}

// errReorged means the chain changed while a range was read; the step starts over.
var errReorged = errors.New("chain reorganised during the read")

// NewFollower returns a follower that reads store's trainer's events from client into store.
func NewFollower(client Client, store *Store, opts Options) *Follower {
	if opts.PageBlocks == 0 {
		opts.PageBlocks = DefaultPageBlocks
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = DefaultPollInterval
	}
	if opts.CallTimeout <= 0 {
		opts.CallTimeout = DefaultCallTimeout
	}
	if opts.Backoff.Initial <= 0 {
		opts.Backoff.Initial = DefaultBackoffInitial
	}
	if opts.Backoff.Max <= 0 {
		opts.Backoff.Max = DefaultBackoffMax
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	meta := store.Meta()
	f := &Follower{
		client: client, store: store, opts: opts, page: opts.PageBlocks,
		dec: NewDecoder(meta.Trainer, opts.NumClasses),
		log: opts.Logger.With("trainer", meta.Trainer, "depth", meta.Depth),
		rng: rand.New(rand.NewPCG(opts.Backoff.Seed, opts.Backoff.Seed^0x9e3779b97f4a7c15)),
	}
	if cur, ok, err := store.Cursor(); err == nil && ok {
		f.block.Store(cur.Block)
	}
	return f
}

// Progress returns a snapshot of the follower's progress.
func (f *Follower) Progress() Progress {
	p := Progress{Events: f.events.Load(), Block: f.block.Load(), Head: f.head.Load(), Rollbacks: f.rollbacks.Load()}
	if p.Head > p.Block {
		p.Lag = p.Head - p.Block
	}
	return p
}

// Follow runs Step until ctx is done or an error that retrying cannot fix (malformed event data, a failing
// store), waiting PollInterval whenever it has caught up. It returns ctx's error after a cancellation.
func (f *Follower) Follow(ctx context.Context) error {
	for {
		caughtUp, err := f.Step(ctx)
		if err != nil {
			return err
		}
		if !caughtUp {
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(f.opts.PollInterval):
		}
	}
}

// Step ingests one range: it first checks that the stored cursor is still canonical (rolling back a reorg
// deeper than the depth), then reads the blocks after the cursor up to the depth behind the head, at most
// PageBlocks of them, and stores them in one batch. Failed calls are retried with backoff until ctx is done.
// caughtUp reports whether the cursor has reached the depth behind the head.
func (f *Follower) Step(ctx context.Context) (caughtUp bool, err error) {
	for attempt := 0; ; attempt++ {
		caughtUp, err = f.step(ctx)
		if !errors.Is(err, errReorged) {
			return caughtUp, err
		}
		if err := f.sleep(ctx, "read range", attempt, err); err != nil {
			return false, err
		}
	}
}

func (f *Follower) step(ctx context.Context) (bool, error) {
	head, err := retry(ctx, f, "read the head block number", f.client.BlockNumber)
	if err != nil {
		return false, err
	}
	f.head.Store(head)
	cur, ok, err := f.store.Cursor()
	if err != nil {
		return false, fmt.Errorf("step: %w", err)
	}
	// A cursor beyond the head is a node behind the one read before (a load balancer) or a reorg to a
	// shorter chain; either way nothing is confirmed yet, and the check below runs once the head passes it.
	if ok && cur.Block <= head {
		if cur, ok, err = f.checkCursor(ctx, cur); err != nil {
			return false, err
		}
	}
	if head < f.store.Meta().Depth {
		return true, nil
	}
	target := head - f.store.Meta().Depth
	from := f.opts.FromBlock
	if ok {
		from = cur.Block + 1
	}
	if from > target {
		return true, nil
	}
	r, err := f.read(ctx, from, min(target, from+f.page-1), cur, ok)
	if err != nil {
		return false, err
	}
	// A cancelled step stores nothing: what was read is dropped with the batch that was never built.
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if err := f.store.write(r); err != nil {
		return false, fmt.Errorf("step: store blocks %d-%d: %w", from, r.end.Block, err)
	}
	n := uint64(len(r.contributions) + len(r.outcomes))
	f.events.Add(n)
	f.block.Store(r.end.Block)
	f.page = min(f.opts.PageBlocks, 2*f.page)
	f.log.Debug("Ingested blocks", "from", from, "to", r.end.Block, "events", n, "head", head)
	return r.end.Block >= target, nil
}

// checkCursor returns cur when its block is still canonical; otherwise it rolls the store back to the newest
// stored block that is, and returns that.
func (f *Follower) checkCursor(ctx context.Context, cur Cursor) (Cursor, bool, error) {
	canonical, err := f.canonical(ctx, cur)
	if err != nil || canonical {
		return cur, true, err
	}
	var keep Cursor
	found := false
	for b, err := range f.store.blocksFrom(cur.Block) {
		if err != nil {
			return Cursor{}, false, fmt.Errorf("roll back: read stored blocks: %w", err)
		}
		if found, err = f.canonical(ctx, b); err != nil {
			return Cursor{}, false, err
		}
		if found {
			keep = b
			break
		}
	}
	removed, err := f.store.rollback(keep, found)
	if err != nil {
		return Cursor{}, false, err
	}
	f.rollbacks.Add(1)
	f.block.Store(keep.Block)
	depth := cur.Block + 1
	if found {
		depth = cur.Block - keep.Block
	}
	f.log.Warn("Reorg deeper than the confirmation depth, rolled back", "from", cur.Block, "to", keep.Block,
		"blocks", depth, "contributions", removed.Contributions, "outcomes", removed.Outcomes)
	return keep, found, nil
}

// canonical reports whether c's block is in the node's canonical chain.
func (f *Follower) canonical(ctx context.Context, c Cursor) (bool, error) {
	h, err := f.header(ctx, c.Block)
	if err != nil {
		return false, err
	}
	return h.Hash() == c.Hash, nil
}

// header reads block n's header, retrying failures.
func (f *Follower) header(ctx context.Context, n uint64) (*types.Header, error) {
	return retry(ctx, f, fmt.Sprintf("read header %d", n), func(ctx context.Context) (*types.Header, error) {
		h, err := f.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if errors.Is(err, ethereum.NotFound) {
			// The chain is shorter than it was a moment ago: start the step over from the head.
			return nil, fmt.Errorf("header %d: %w", n, errReorged)
		}
		return h, err
	})
}

// read reads the trainer's events in blocks from to end (or fewer, when the node refuses the range) and checks
// that all of them come from one canonical chain continuing the cursor. It returns errReorged when the chain
// changed meanwhile.
func (f *Follower) read(ctx context.Context, from, end uint64, cur Cursor, hasCursor bool) (*ingested, error) {
	var logs []types.Log
	var last *types.Header
	for attempt := 0; ; attempt++ {
		var err error
		if last, err = f.header(ctx, end); err != nil {
			return nil, err
		}
		callCtx, cancel := context.WithTimeout(ctx, f.opts.CallTimeout)
		logs, err = f.client.FilterLogs(callCtx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(end),
			Addresses: []common.Address{f.store.Meta().Trainer},
			Topics:    [][]common.Hash{f.dec.Topics()},
		})
		cancel()
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		// Most refusals are the node's cap on a query's range or results; a narrower range goes through. A
		// network fault is retried narrower too, which costs one more query once the page grows back.
		if end > from {
			end = from + (end-from+1)/2 - 1
			f.page = end - from + 1
			if refusedAsTooLarge(err) {
				f.log.Debug("Node refused the range, halving it", "from", from, "to", end, "err", err)
				continue
			}
		}
		if err := f.sleep(ctx, fmt.Sprintf("read logs %d-%d", from, end), attempt, err); err != nil {
			return nil, err
		}
	}
	headers := map[uint64]common.Hash{end: last.Hash()}
	if hasCursor {
		first := last
		if from != end {
			var err error
			if first, err = f.header(ctx, from); err != nil {
				return nil, err
			}
			headers[from] = first.Hash()
		}
		if first.ParentHash != cur.Hash {
			return nil, fmt.Errorf("block %d does not follow the cursor %d: %w", from, cur.Block, errReorged)
		}
	}
	r := &ingested{end: Cursor{Block: end, Hash: last.Hash()}}
	for i := range logs {
		l := &logs[i]
		if l.Removed || l.BlockNumber < from || l.BlockNumber > end {
			return nil, fmt.Errorf("log %d of block %d outside the range %d-%d read: %w", l.Index, l.BlockNumber, from, end, errReorged)
		}
		hash, seen := headers[l.BlockNumber]
		if !seen {
			h, err := f.header(ctx, l.BlockNumber)
			if err != nil {
				return nil, err
			}
			hash = h.Hash()
			headers[l.BlockNumber] = hash
		}
		if l.BlockHash != hash {
			return nil, fmt.Errorf("log %d of block %d is from block %s, not the canonical %s: %w", l.Index, l.BlockNumber, l.BlockHash, hash, errReorged)
		}
		ev, err := f.dec.Decode(l)
		if err != nil {
			return nil, fmt.Errorf("read blocks %d-%d: %w", from, end, err)
		}
		switch ev := ev.(type) {
		case *Contribution:
			r.contributions = append(r.contributions, ev)
		case *Outcome:
			r.outcomes = append(r.outcomes, ev)
		}
	}
	// The end block unchanged since before the logs were read means the chain up to it was too, so no block
	// without logs in the range was replaced by one with logs.
	again, err := f.header(ctx, end)
	if err != nil {
		return nil, err
	}
	if again.Hash() != r.end.Hash {
		return nil, fmt.Errorf("block %d changed to %s: %w", end, again.Hash(), errReorged)
	}
	return r, nil
}

// retry calls call until it succeeds, finds a reorg, or ctx is done, backing off between attempts.
func retry[T any](ctx context.Context, f *Follower, what string, call func(context.Context) (T, error)) (T, error) {
	for attempt := 0; ; attempt++ {
		callCtx, cancel := context.WithTimeout(ctx, f.opts.CallTimeout)
		v, err := call(callCtx)
		cancel()
		if err == nil || errors.Is(err, errReorged) {
			return v, err
		}
		if err := f.sleep(ctx, what, attempt, err); err != nil {
			return v, err
		}
	}
}

// sleep logs the failure of attempt and waits out its backoff. It returns ctx's error, wrapped with what
// failed, when ctx is done first.
func (f *Follower) sleep(ctx context.Context, what string, attempt int, cause error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", what, errors.Join(ctx.Err(), cause))
	}
	d := f.opts.Backoff.delay(attempt, f.rng)
	f.log.Warn("Call failed, retrying", "call", what, "attempt", attempt+1, "delay", d, "err", cause)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", what, errors.Join(ctx.Err(), cause))
	case <-t.C:
		return nil
	}
}

// refusedAsTooLarge reports whether err looks like a node's refusal of a log query's range or result count.
// Nodes word it differently (geth: "exceed maximum block range", others "query returned more than 10000
// results", "block range too large", code -32005 "limit exceeded").
func refusedAsTooLarge(err error) bool {
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32005 {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"range", "too large", "too many", "more than", "limit", "exceed"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
