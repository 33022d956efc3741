// SPDX-License-Identifier: MIT

package oracle

import (
	"log/slog"
	"testing"

	"github.com/sumkit/sumkit/oracle/weights"
)

// TestDropIntentsThrough drops the intents of versions that are active or superseded, keeps later ones, and
// writes nothing when there is nothing to drop.
func TestDropIntentsThrough(t *testing.T) {
	s, err := openState(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	for n := uint64(1); n <= 3; n++ {
		if err := s.saveIntent(&intent{Version: weights.Version{Number: n}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.dropIntentsThrough(2); err != nil {
		t.Fatal(err)
	}
	for n, want := range map[uint64]bool{1: false, 2: false, 3: true} {
		in, err := s.intent(n)
		if err != nil || (in != nil) != want {
			t.Errorf("intent(%d) = %v, %v; want present %v", n, in, err, want)
		}
	}
	written := s.db.Metrics().WAL.BytesIn
	for range 10 {
		if err := s.dropIntentsThrough(2); err != nil {
			t.Fatal(err)
		}
	}
	if after := s.db.Metrics().WAL.BytesIn; after != written {
		t.Errorf("dropping nothing wrote %d bytes to the log", after-written)
	}
}
