// Package ingest follows a sumkit trainer's events (AddData, Refund, Report) into a durable embedded store, a
// confirmation depth behind the chain's head. Every range of blocks is written in one synced batch together with
// the cursor, so a crash at any instant leaves either the whole range or none of it; a reorg deeper than the
// depth is found by the stored block hashes and rolled back before anything else is read.
package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"math/big"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// schemaVersion is the layout of the records below; a store written with another layout is refused.
const schemaVersion = 1

// Key prefixes. Numbers inside keys are big-endian, so pebble's byte order is chain order.
const (
	prefixMeta         byte = 0x00 // → metaRecord
	prefixCursor       byte = 0x01 // → cursorRecord
	prefixBlock        byte = 0x02 // + block → hash of an ingested block that had events, or the cursor's
	prefixContribution byte = 0x03 // + block + log index → contributionRecord
	prefixOutcome      byte = 0x04 // + block + log index → outcomeRecord
	prefixOutcomeByKey byte = 0x05 // + contribution key + block + log index → outcome kind
)

// Meta identifies what a store holds: one trainer's events on one chain, Depth blocks behind the head.
type Meta struct {
	ChainID uint64
	Trainer common.Address
	// Depth is how many blocks behind the head the follower stays. It may change between runs.
	Depth uint64
}

// Position is where an event is on the chain: its block number and its index among the block's logs.
// Positions order events in chain order.
type Position struct {
	Block uint64
	Index uint32
}

// Less reports whether p comes before q on the chain.
func (p Position) Less(q Position) bool {
	return p.Block < q.Block || (p.Block == q.Block && p.Index < q.Index)
}

// Cursor is the last ingested block: every event at or before Block is in the store.
type Cursor struct {
	Block uint64
	Hash  common.Hash
}

// Counts is how many events a store holds.
type Counts struct {
	Contributions, Outcomes uint64
}

// Contribution is one AddData event.
type Contribution struct {
	Position
	BlockHash, TxHash common.Hash
	Contributor       common.Address
	Label             uint64
	// Time is the block time the trainer recorded, part of the contribution's key.
	Time    uint64
	Deposit *big.Int
	Sample  []int64
	// Key is the trainer's key for the contribution (trainer.ContributionKey), which outcomes refer to.
	Key common.Hash
}

// OutcomeKind tells a refund from a report.
type OutcomeKind uint8

// The outcomes of a contribution.
const (
	// Refunded: the author took back the deposit and the contribution counts as good.
	Refunded OutcomeKind = iota + 1
	// Reported: someone took part or all of the deposit (a report, or a take after the long waits).
	Reported
)

// String returns the kind's event name.
func (k OutcomeKind) String() string {
	switch k {
	case Refunded:
		return "Refund"
	case Reported:
		return "Report"
	}
	return fmt.Sprintf("OutcomeKind(%d)", uint8(k))
}

// Outcome is one Refund or Report event.
type Outcome struct {
	Position
	BlockHash, TxHash common.Hash
	Kind              OutcomeKind
	// Key is the contribution's key.
	Key common.Hash
	// Account received Amount: the author for a refund, the reporter for a report.
	Account, Author common.Address
	Amount          *big.Int
}

// Entry is a stored contribution with what has happened to it by the block a query asked about.
type Entry struct {
	*Contribution
	// Reported is whether a Report event for the contribution is stored at or before the query's block.
	Reported bool
	// Refunded is whether its author's Refund event is stored at or before the query's block.
	Refunded bool
}

// Store is the durable record of one trainer's events. Reads may run while a Follower writes; each query sees
// one consistent snapshot. Only one process may open a directory at a time.
type Store struct {
	db   *pebble.DB
	meta Meta

	// mu serialises writers: a batch reads the cursor it replaces.
	mu        sync.Mutex
	closeOnce sync.Once
	closeErr  error
}

type metaRecord struct {
	Version uint64
	ChainID uint64
	Trainer common.Address
	Depth   uint64
}

type cursorRecord struct {
	Block         uint64
	Hash          common.Hash
	Contributions uint64
	Outcomes      uint64
}

type contributionRecord struct {
	BlockHash, TxHash common.Hash
	Contributor       common.Address
	Label, Time       uint64
	Deposit           *big.Int
	// Sample is packed as the event carries it: 8 big-endian bytes an entry.
	Sample []byte
	Key    common.Hash
}

type outcomeRecord struct {
	BlockHash, TxHash common.Hash
	Kind              uint8
	Key               common.Hash
	Account, Author   common.Address
	Amount            *big.Int
}

// Open opens the store in dir, creating it when empty, for meta's chain and trainer. A store holding another
// chain's or trainer's events is refused. A changed depth is recorded and takes effect from the next range.
func Open(dir string, meta Meta) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{}})
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	s := &Store{db: db, meta: meta}
	if err := s.checkMeta(dir); err != nil {
		return nil, errors.Join(err, db.Close())
	}
	return s, nil
}

// checkMeta compares the stored metadata with s.meta, and writes s.meta when it is new or its depth changed.
func (s *Store) checkMeta(dir string) error {
	var stored metaRecord
	found, err := s.get([]byte{prefixMeta}, &stored)
	if err != nil {
		return fmt.Errorf("open store %s: read metadata: %w", dir, err)
	}
	if found {
		if stored.Version != schemaVersion {
			return fmt.Errorf("open store %s: layout version %d, this build reads %d: ingest again into another --data-dir", dir, stored.Version, schemaVersion)
		}
		if stored.ChainID != s.meta.ChainID || stored.Trainer != s.meta.Trainer {
			return fmt.Errorf("open store %s: it holds trainer %s on chain %d, not trainer %s on chain %d: use another --data-dir for this deployment",
				dir, stored.Trainer, stored.ChainID, s.meta.Trainer, s.meta.ChainID)
		}
		if stored.Depth == s.meta.Depth {
			return nil
		}
	}
	rec := metaRecord{Version: schemaVersion, ChainID: s.meta.ChainID, Trainer: s.meta.Trainer, Depth: s.meta.Depth}
	v, err := rlp.EncodeToBytes(&rec)
	if err != nil {
		return fmt.Errorf("open store %s: encode metadata: %w", dir, err)
	}
	if err := s.db.Set([]byte{prefixMeta}, v, pebble.Sync); err != nil {
		return fmt.Errorf("open store %s: write metadata: %w", dir, err)
	}
	return nil
}

// Close closes the store. It may be called more than once.
func (s *Store) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.db.Close() })
	return s.closeErr
}

// Meta returns what the store holds.
func (s *Store) Meta() Meta { return s.meta }

// Cursor returns the last ingested block; ok is false while nothing has been ingested.
func (s *Store) Cursor() (c Cursor, ok bool, err error) {
	rec, ok, err := s.cursor()
	return Cursor{Block: rec.Block, Hash: rec.Hash}, ok, err
}

// Count returns how many contributions and outcomes the store holds.
func (s *Store) Count() (Counts, error) {
	rec, _, err := s.cursor()
	return Counts{Contributions: rec.Contributions, Outcomes: rec.Outcomes}, err
}

// Contributions iterates, in chain order, over the stored contributions at or before upTo (inclusive), each
// with whether a Report and a Refund for it are stored at or before block outcomesAt. Only canonical events
// count: the store holds blocks up to its cursor that were at least the depth behind the head when read, and a
// rollback removes orphaned ones before anything newer is stored. Contributions after the cursor are not yet
// known; an upTo beyond it returns those up to the cursor. The iteration reads one snapshot, so it is
// consistent even while a Follower writes.
func (s *Store) Contributions(upTo Position, outcomesAt uint64) iter.Seq2[*Entry, error] {
	return func(yield func(*Entry, error) bool) {
		snap := s.db.NewSnapshot()
		defer snap.Close()
		it, err := snap.NewIter(&pebble.IterOptions{
			LowerBound: []byte{prefixContribution},
			UpperBound: append(posKey(prefixContribution, upTo), 0),
		})
		if err != nil {
			yield(nil, fmt.Errorf("contributions: %w", err))
			return
		}
		defer it.Close()
		outcomes, err := snap.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixOutcomeByKey}, UpperBound: []byte{prefixOutcomeByKey + 1}})
		if err != nil {
			yield(nil, fmt.Errorf("contributions: %w", err))
			return
		}
		defer outcomes.Close()
		for it.First(); it.Valid(); it.Next() {
			c, err := decodeContribution(it.Key(), it.Value())
			if err != nil {
				yield(nil, fmt.Errorf("contributions: %w", err))
				return
			}
			e := &Entry{Contribution: c}
			prefix := append([]byte{prefixOutcomeByKey}, c.Key[:]...)
			for ok := outcomes.SeekGE(prefix); ok && bytes.HasPrefix(outcomes.Key(), prefix); ok = outcomes.Next() {
				if binary.BigEndian.Uint64(outcomes.Key()[len(prefix):]) > outcomesAt {
					break
				}
				switch OutcomeKind(outcomes.Value()[0]) {
				case Reported:
					e.Reported = true
				case Refunded:
					e.Refunded = true
				}
			}
			if err := outcomes.Error(); err != nil {
				yield(nil, fmt.Errorf("contributions: %w", err))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
		if err := it.Error(); err != nil {
			yield(nil, fmt.Errorf("contributions: %w", err))
		}
	}
}

// LastContribution returns the position of the newest stored contribution; ok is false when there is none.
func (s *Store) LastContribution() (p Position, ok bool, err error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixContribution}, UpperBound: []byte{prefixContribution + 1}})
	if err != nil {
		return Position{}, false, fmt.Errorf("last contribution: %w", err)
	}
	defer it.Close()
	if !it.Last() {
		return Position{}, false, it.Error()
	}
	if p, err = keyPosition(it.Key()); err != nil {
		return Position{}, false, fmt.Errorf("last contribution: %w", err)
	}
	return p, true, nil
}

// Outcomes iterates over the stored Refund and Report events in chain order.
func (s *Store) Outcomes() iter.Seq2[*Outcome, error] {
	return func(yield func(*Outcome, error) bool) {
		it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixOutcome}, UpperBound: []byte{prefixOutcome + 1}})
		if err != nil {
			yield(nil, fmt.Errorf("outcomes: %w", err))
			return
		}
		defer it.Close()
		for it.First(); it.Valid(); it.Next() {
			o, err := decodeOutcome(it.Key(), it.Value())
			if err != nil {
				yield(nil, fmt.Errorf("outcomes: %w", err))
				return
			}
			if !yield(o, nil) {
				return
			}
		}
		if err := it.Error(); err != nil {
			yield(nil, fmt.Errorf("outcomes: %w", err))
		}
	}
}

// get decodes the RLP value under key into out; found is false when there is none.
func (s *Store) get(key []byte, out any) (found bool, err error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer closer.Close()
	if err := rlp.DecodeBytes(v, out); err != nil {
		return false, fmt.Errorf("decode record %x: %w", key, err)
	}
	return true, nil
}

func (s *Store) cursor() (rec cursorRecord, found bool, err error) {
	found, err = s.get([]byte{prefixCursor}, &rec)
	if err != nil {
		return rec, false, fmt.Errorf("read cursor: %w", err)
	}
	return rec, found, nil
}

// ingested is one range of blocks read from the chain, ready to store.
type ingested struct {
	// end is the range's last block, the new cursor.
	end           Cursor
	contributions []*Contribution
	outcomes      []*Outcome
}

// write stores r in one synced batch with the new cursor: all of it or, on any error, none of it.
func (s *Store) write(r *ingested) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, _, err := s.cursor()
	if err != nil {
		return err
	}
	b := s.db.NewBatch()
	defer b.Close()
	blocks := map[uint64]common.Hash{r.end.Block: r.end.Hash}
	for _, c := range r.contributions {
		rec := contributionRecord{
			BlockHash: c.BlockHash, TxHash: c.TxHash, Contributor: c.Contributor, Label: c.Label, Time: c.Time,
			Deposit: c.Deposit, Sample: packSample(c.Sample), Key: c.Key,
		}
		if err := setRLP(b, posKey(prefixContribution, c.Position), &rec); err != nil {
			return err
		}
		blocks[c.Block] = c.BlockHash
	}
	for _, o := range r.outcomes {
		rec := outcomeRecord{BlockHash: o.BlockHash, TxHash: o.TxHash, Kind: uint8(o.Kind), Key: o.Key, Account: o.Account, Author: o.Author, Amount: o.Amount}
		if err := setRLP(b, posKey(prefixOutcome, o.Position), &rec); err != nil {
			return err
		}
		if err := b.Set(outcomeByKeyKey(o.Key, o.Position), []byte{uint8(o.Kind)}, nil); err != nil {
			return err
		}
		blocks[o.Block] = o.BlockHash
	}
	for n, h := range blocks {
		if err := b.Set(blockKey(n), h[:], nil); err != nil {
			return err
		}
	}
	cur.Block, cur.Hash = r.end.Block, r.end.Hash
	cur.Contributions += uint64(len(r.contributions))
	cur.Outcomes += uint64(len(r.outcomes))
	if err := setRLP(b, []byte{prefixCursor}, &cur); err != nil {
		return err
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("commit blocks to %d: %w", r.end.Block, err)
	}
	return nil
}

// blocksFrom iterates over the stored block hashes from block n down to the oldest.
func (s *Store) blocksFrom(n uint64) iter.Seq2[Cursor, error] {
	return func(yield func(Cursor, error) bool) {
		it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixBlock}, UpperBound: append(blockKey(n), 0)})
		if err != nil {
			yield(Cursor{}, err)
			return
		}
		defer it.Close()
		for it.Last(); it.Valid(); it.Prev() {
			if len(it.Key()) != 9 || len(it.Value()) != common.HashLength {
				yield(Cursor{}, fmt.Errorf("malformed block record %x", it.Key()))
				return
			}
			if !yield(Cursor{Block: binary.BigEndian.Uint64(it.Key()[1:]), Hash: common.BytesToHash(it.Value())}, nil) {
				return
			}
		}
		if err := it.Error(); err != nil {
			yield(Cursor{}, err)
		}
	}
}

// rollback deletes everything after block keep.Block in one synced batch and makes keep the cursor; with ok
// false it deletes everything. It returns how many contributions and outcomes it removed.
func (s *Store) rollback(keep Cursor, ok bool) (Counts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, _, err := s.cursor()
	if err != nil {
		return Counts{}, err
	}
	from := uint64(0)
	if ok {
		from = keep.Block + 1
	}
	b := s.db.NewBatch()
	defer b.Close()
	var removed Counts
	del := func(prefix byte, each func(key, value []byte) error) error {
		it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: blockKeyWith(prefix, from), UpperBound: []byte{prefix + 1}})
		if err != nil {
			return err
		}
		defer it.Close()
		for it.First(); it.Valid(); it.Next() {
			if each != nil {
				if err := each(it.Key(), it.Value()); err != nil {
					return err
				}
			}
			if err := b.Delete(it.Key(), nil); err != nil {
				return err
			}
		}
		return it.Error()
	}
	err = errors.Join(
		del(prefixBlock, nil),
		del(prefixContribution, func([]byte, []byte) error { removed.Contributions++; return nil }),
		del(prefixOutcome, func(key, value []byte) error {
			o, err := decodeOutcome(key, value)
			if err != nil {
				return err
			}
			removed.Outcomes++
			return b.Delete(outcomeByKeyKey(o.Key, o.Position), nil)
		}),
	)
	if err != nil {
		return Counts{}, fmt.Errorf("roll back to block %d: %w", keep.Block, err)
	}
	if ok {
		cur.Block, cur.Hash = keep.Block, keep.Hash
		cur.Contributions -= removed.Contributions
		cur.Outcomes -= removed.Outcomes
		err = setRLP(b, []byte{prefixCursor}, &cur)
	} else {
		err = b.Delete([]byte{prefixCursor}, nil)
	}
	if err != nil {
		return Counts{}, fmt.Errorf("roll back to block %d: %w", keep.Block, err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return Counts{}, fmt.Errorf("roll back to block %d: %w", keep.Block, err)
	}
	return removed, nil
}

func setRLP(b *pebble.Batch, key []byte, v any) error {
	enc, err := rlp.EncodeToBytes(v)
	if err != nil {
		return fmt.Errorf("encode record %x: %w", key, err)
	}
	return b.Set(key, enc, nil)
}

func blockKey(n uint64) []byte { return blockKeyWith(prefixBlock, n) }

func blockKeyWith(prefix byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefix}, n)
}

func posKey(prefix byte, p Position) []byte {
	return binary.BigEndian.AppendUint32(blockKeyWith(prefix, p.Block), p.Index)
}

func outcomeByKeyKey(key common.Hash, p Position) []byte {
	k := append([]byte{prefixOutcomeByKey}, key[:]...)
	k = binary.BigEndian.AppendUint64(k, p.Block)
	return binary.BigEndian.AppendUint32(k, p.Index)
}

func keyPosition(key []byte) (Position, error) {
	if len(key) != 13 {
		return Position{}, fmt.Errorf("malformed event key %x", key)
	}
	return Position{Block: binary.BigEndian.Uint64(key[1:]), Index: binary.BigEndian.Uint32(key[9:])}, nil
}

func decodeContribution(key, value []byte) (*Contribution, error) {
	pos, err := keyPosition(key)
	if err != nil {
		return nil, err
	}
	var rec contributionRecord
	if err := rlp.DecodeBytes(value, &rec); err != nil {
		return nil, fmt.Errorf("decode contribution at block %d log %d: %w", pos.Block, pos.Index, err)
	}
	if len(rec.Sample)%8 != 0 {
		return nil, fmt.Errorf("decode contribution at block %d log %d: sample of %d bytes", pos.Block, pos.Index, len(rec.Sample))
	}
	sample := make([]int64, len(rec.Sample)/8)
	for i := range sample {
		sample[i] = int64(binary.BigEndian.Uint64(rec.Sample[8*i:]))
	}
	return &Contribution{
		Position: pos, BlockHash: rec.BlockHash, TxHash: rec.TxHash, Contributor: rec.Contributor,
		Label: rec.Label, Time: rec.Time, Deposit: rec.Deposit, Sample: sample, Key: rec.Key,
	}, nil
}

func decodeOutcome(key, value []byte) (*Outcome, error) {
	pos, err := keyPosition(key)
	if err != nil {
		return nil, err
	}
	var rec outcomeRecord
	if err := rlp.DecodeBytes(value, &rec); err != nil {
		return nil, fmt.Errorf("decode outcome at block %d log %d: %w", pos.Block, pos.Index, err)
	}
	return &Outcome{
		Position: pos, BlockHash: rec.BlockHash, TxHash: rec.TxHash, Kind: OutcomeKind(rec.Kind), Key: rec.Key,
		Account: rec.Account, Author: rec.Author, Amount: rec.Amount,
	}, nil
}

func packSample(sample []int64) []byte {
	out := make([]byte, 0, 8*len(sample))
	for _, x := range sample {
		out = binary.BigEndian.AppendUint64(out, uint64(x))
	}
	return out
}

// quietLogger drops pebble's informational messages, which would interleave with the oracle's own logs, and
// keeps its errors.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any) {}
func (quietLogger) Errorf(format string, args ...any) {
	pebble.DefaultLogger.Errorf(format, args...)
}
func (quietLogger) Fatalf(format string, args ...any) {
	pebble.DefaultLogger.Fatalf(format, args...)
}
