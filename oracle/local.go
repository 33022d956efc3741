package oracle

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/cockroachdb/pebble/v2"

	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/oracle/weights"
)

// ErrNoData is returned by ReadLocal for a data directory that does not exist yet.
var ErrNoData = errors.New("no data directory yet")

// Local is what an operator's data directory holds.
type Local struct {
	// Cursor is the last ingested block; Ingested is false while nothing has been ingested.
	Cursor   ingest.Cursor
	Ingested bool
	Counts   ingest.Counts
	// Saved are the versions the operator decided to commit and has not seen active or superseded yet.
	Saved []weights.Version
}

// ReadLocal reads the store and saved versions in cfg.DataDir for the trainer on chain chainID. It fails while
// an operator runs on the directory (the stores allow one process).
func ReadLocal(cfg *Config, chainID uint64) (*Local, error) {
	if _, err := os.Stat(cfg.DataDir); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", cfg.DataDir, ErrNoData)
	}
	store, err := ingest.Open(filepath.Join(cfg.DataDir, "events"), ingest.Meta{ChainID: chainID, Trainer: cfg.Trainer, Depth: cfg.ConfirmationDepth()})
	if err != nil {
		return nil, fmt.Errorf("%w (is an operator running on %s? its /metrics has the same figures)", err, cfg.DataDir)
	}
	defer store.Close()
	l := &Local{}
	if l.Cursor, l.Ingested, err = store.Cursor(); err != nil {
		return nil, err
	}
	if l.Counts, err = store.Count(); err != nil {
		return nil, err
	}
	st, err := openState(filepath.Join(cfg.DataDir, "state"), slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, err
	}
	defer st.close()
	if l.Saved, err = st.saved(); err != nil {
		return nil, err
	}
	return l, nil
}

// saved lists the saved intents' versions in number order.
func (s *state) saved() ([]weights.Version, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixIntent}, UpperBound: []byte{prefixIntent + 1}})
	if err != nil {
		return nil, fmt.Errorf("read saved versions: %w", err)
	}
	defer it.Close()
	var out []weights.Version
	for it.First(); it.Valid(); it.Next() {
		var in intent
		if err := json.Unmarshal(it.Value(), &in); err != nil {
			return nil, fmt.Errorf("read saved versions: %w", err)
		}
		out = append(out, in.Version)
	}
	return out, it.Error()
}
