package chain

import (
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// A journal stays small: past its size limit a lookup rewrites it without settled transactions, and still finds
// the unsettled ones.
func TestJournalCompacts(t *testing.T) {
	j, err := OpenJournal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	j.compactAt = 4096
	id, acc := big.NewInt(1337), common.HexToAddress("0x01")
	key := ActionKey(common.HexToAddress("0x02"), []byte("kept"))
	for i := range 100 {
		e := Entry{Hash: common.BigToHash(big.NewInt(int64(i + 1))), Key: ActionKey(common.Address{}, []byte{byte(i)}), Raw: make([]byte, 64)}
		if err := j.Record(id, acc, e); err != nil {
			t.Fatal(err)
		}
		if err := j.Record(id, acc, Entry{Hash: e.Hash, Settled: true}); err != nil {
			t.Fatal(err)
		}
	}
	pending := Entry{Hash: common.HexToHash("0xabc"), Key: key, Nonce: 7}
	if err := j.Record(id, acc, pending); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(j.path(id, acc))
	e, err := j.Unsettled(id, acc, key)
	if err != nil || e == nil || e.Hash != pending.Hash {
		t.Fatalf("Unsettled = %+v, %v; want the pending entry", e, err)
	}
	after, _ := os.Stat(j.path(id, acc))
	if after.Size() >= before.Size() || after.Size() > 1024 {
		t.Errorf("journal is %d bytes after compaction (was %d), want only the unsettled entry", after.Size(), before.Size())
	}
	if e, err := j.Unsettled(id, acc, key); err != nil || e == nil || e.Nonce != 7 {
		t.Errorf("Unsettled after compaction = %+v, %v; want the pending entry", e, err)
	}
}
