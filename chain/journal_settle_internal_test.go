package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// A settle line covers only the entries before it. A fresh dev chain with the same chain id, account and
// contracts makes byte-identical transactions, so the same hash can be recorded, settled, and recorded again; the
// new record is unsettled and must be found, or a re-run after a kill sends its action twice.
func TestJournalSettleCoversEarlierOnly(t *testing.T) {
	j, err := OpenJournal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	id, acc := big.NewInt(1337), common.HexToAddress("0x01")
	key := ActionKey(common.HexToAddress("0x02"), []byte("add"))
	e := Entry{Hash: common.HexToHash("0xabc"), Key: key, Nonce: 16}
	for i, rec := range []Entry{e, {Hash: e.Hash, Settled: true}, e} {
		if err := j.Record(id, acc, rec); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
	}
	got, err := j.Unsettled(id, acc, key)
	if err != nil || got == nil || got.Hash != e.Hash {
		t.Fatalf("Unsettled = %+v, %v; want the entry recorded after the settle line", got, err)
	}
	if err := j.Record(id, acc, Entry{Hash: e.Hash, Settled: true}); err != nil {
		t.Fatal(err)
	}
	if got, err := j.Unsettled(id, acc, key); err != nil || got != nil {
		t.Fatalf("Unsettled after the second settle line = %+v, %v; want none", got, err)
	}
}
