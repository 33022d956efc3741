package oracle

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/oracle/weights"
)

// intent is a version this operator decided to commit, saved before its first transaction so that a restart
// finishes the same version instead of training a different one for the same number.
type intent struct {
	Version weights.Version `json:"version"`
	// Encoded is the weights' canonical encoding (weights.Encode); the release is rebuilt from it.
	Encoded   []byte `json:"encoded"`
	ChunkSize int    `json:"chunk_size"`
	// CursorHash is the hash of the cursor's block when the version was trained; zero for a version this
	// operator attested rather than trained. A reorg that replaces the block voids the version (see resume).
	CursorHash common.Hash `json:"cursor_hash"`
}

// release rebuilds the release the intent commits, and checks that it still makes the saved version.
func (in *intent) release() (*weights.Release, error) {
	w, err := weights.Decode(in.Encoded)
	if err != nil {
		return nil, fmt.Errorf("saved version %d: %w", in.Version.Number, err)
	}
	r, err := weights.NewRelease(w, in.ChunkSize)
	if err != nil {
		return nil, fmt.Errorf("saved version %d: %w", in.Version.Number, err)
	}
	if got := r.Version(in.Version); got.Digest() != in.Version.Digest() {
		return nil, fmt.Errorf("saved version %d: its weights no longer make digest %s", in.Version.Number, in.Version.Digest())
	}
	return r, nil
}

// state is the operator's own durable record, beside the event store.
type state struct {
	db *pebble.DB
}

const prefixIntent byte = 0x01 // + version number → intent (JSON)

func openState(dir string, log *slog.Logger) (*state, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: pebbleLog{log}})
	if err != nil {
		return nil, fmt.Errorf("open operator state %s: %w (is another oracle running on this data directory?)", dir, err)
	}
	return &state{db: db}, nil
}

func (s *state) close() error { return s.db.Close() }

func intentKey(number uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixIntent}, number)
}

// saveIntent writes in durably: it returns only once the write is on disk.
func (s *state) saveIntent(in *intent) error {
	b, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("save version %d: %w", in.Version.Number, err)
	}
	if err := s.db.Set(intentKey(in.Version.Number), b, pebble.Sync); err != nil {
		return fmt.Errorf("save version %d: %w", in.Version.Number, err)
	}
	return nil
}

// intent returns the saved intent for number, or nil.
func (s *state) intent(number uint64) (*intent, error) {
	v, closer, err := s.db.Get(intentKey(number))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read saved version %d: %w", number, err)
	}
	defer closer.Close()
	var in intent
	if err := json.Unmarshal(v, &in); err != nil {
		return nil, fmt.Errorf("read saved version %d: %w", number, err)
	}
	return &in, nil
}

// dropIntentsThrough deletes the intents for versions up to number: they are active or superseded.
func (s *state) dropIntentsThrough(number uint64) error {
	// Every cycle calls this, and nearly always there is nothing to drop: look before writing, so an idle
	// operator neither syncs the disk each poll nor piles up range tombstones.
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: intentKey(0), UpperBound: intentKey(number + 1)})
	if err != nil {
		return fmt.Errorf("drop saved versions through %d: %w", number, err)
	}
	found := it.First()
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return fmt.Errorf("drop saved versions through %d: %w", number, err)
	}
	if !found {
		return nil
	}
	if err := s.db.DeleteRange(intentKey(0), intentKey(number+1), pebble.Sync); err != nil {
		return fmt.Errorf("drop saved versions through %d: %w", number, err)
	}
	return nil
}

// pebbleLog sends pebble's errors to the operator's log and drops its informational messages.
type pebbleLog struct{ log *slog.Logger }

func (pebbleLog) Infof(string, ...any) {}
func (l pebbleLog) Errorf(format string, args ...any) {
	l.log.Error("operator state: " + fmt.Sprintf(format, args...))
}
func (l pebbleLog) Fatalf(format string, args ...any) {
	l.log.Error("operator state: " + fmt.Sprintf(format, args...))
	panic(fmt.Sprintf(format, args...))
}
