package ingest

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestBackoffDelay(t *testing.T) {
	b := Backoff{Initial: 100 * time.Millisecond, Max: 3 * time.Second}
	rng := rand.New(rand.NewPCG(1, 2))
	var first []time.Duration
	for attempt, ceiling := range []time.Duration{100, 200, 400, 800, 1600, 3000, 3000, 3000} {
		ceiling *= time.Millisecond
		d := b.delay(attempt, rng)
		if d < ceiling/2 || d > ceiling {
			t.Errorf("delay(%d) = %s, want between %s and %s", attempt, d, ceiling/2, ceiling)
		}
		first = append(first, d)
	}
	rng = rand.New(rand.NewPCG(1, 2))
	for attempt, want := range first {
		if d := b.delay(attempt, rng); d != want {
			t.Errorf("delay(%d) from the same seed = %s, want %s", attempt, d, want)
		}
	}
	if d := b.delay(1000, rng); d > b.Max {
		t.Errorf("delay(1000) = %s, want at most %s", d, b.Max)
	}
}

// TestRollbackRemovesOutcomes stores contributions and outcomes over blocks 5-9, rolls back to block 6, and
// checks that nothing after it is left: not the events, not the outcome index the queries use, not the counts.
func TestRollbackRemovesOutcomes(t *testing.T) {
	s, err := Open(t.TempDir(), Meta{ChainID: 1, Trainer: common.HexToAddress("0x7a")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hash := func(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(1000 + n)) }
	contribution := func(block uint64, key byte) *Contribution {
		return &Contribution{Position: Position{Block: block}, BlockHash: hash(block), Deposit: big.NewInt(1), Sample: []int64{int64(key)}, Key: common.Hash{key}}
	}
	outcome := func(block uint64, kind OutcomeKind, key byte) *Outcome {
		return &Outcome{Position: Position{Block: block, Index: 1}, BlockHash: hash(block), Kind: kind, Key: common.Hash{key}, Amount: big.NewInt(1)}
	}
	ranges := []*ingested{
		{end: Cursor{Block: 6, Hash: hash(6)}, contributions: []*Contribution{contribution(5, 'a'), contribution(6, 'b')}, outcomes: []*Outcome{outcome(6, Refunded, 'a')}},
		{end: Cursor{Block: 9, Hash: hash(9)}, contributions: []*Contribution{contribution(7, 'c')}, outcomes: []*Outcome{outcome(8, Reported, 'b'), outcome(9, Reported, 'c')}},
	}
	for _, r := range ranges {
		if err := s.write(r); err != nil {
			t.Fatal(err)
		}
	}
	flags := func() [][2]bool {
		var out [][2]bool
		for e, err := range s.Contributions(Position{Block: math.MaxUint64, Index: math.MaxUint32}, math.MaxUint64) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, [2]bool{e.Refunded, e.Reported})
		}
		return out
	}
	if got, want := flags(), [][2]bool{{true, false}, {false, true}, {false, true}}; !slices.Equal(got, want) {
		t.Fatalf("before the rollback (refunded, reported) = %v, want %v", got, want)
	}
	var stored []Cursor
	for b, err := range s.blocksFrom(9) {
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, b)
	}
	if want := []Cursor{{9, hash(9)}, {8, hash(8)}, {7, hash(7)}, {6, hash(6)}, {5, hash(5)}}; !slices.Equal(stored, want) {
		t.Errorf("stored blocks = %v, want %v", stored, want)
	}

	removed, err := s.rollback(Cursor{Block: 6, Hash: hash(6)}, true)
	if err != nil {
		t.Fatal(err)
	}
	if removed != (Counts{Contributions: 1, Outcomes: 2}) {
		t.Errorf("rollback removed %+v, want 1 contribution and 2 outcomes", removed)
	}
	if got, want := flags(), [][2]bool{{true, false}, {false, false}}; !slices.Equal(got, want) {
		t.Errorf("after the rollback (refunded, reported) = %v, want %v", got, want)
	}
	if n, err := s.Count(); err != nil || n != (Counts{Contributions: 2, Outcomes: 1}) {
		t.Errorf("Count() = %+v, %v; want 2 contributions and 1 outcome", n, err)
	}
	if cur, ok, err := s.Cursor(); err != nil || !ok || cur != (Cursor{Block: 6, Hash: hash(6)}) {
		t.Errorf("Cursor() = %+v, %v, %v; want block 6", cur, ok, err)
	}
	if _, err := s.rollback(Cursor{}, false); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Cursor(); ok || len(flags()) != 0 {
		t.Errorf("after rolling back everything the store still holds a cursor or contributions")
	}
}

// benchRange is a range of n contributions of 16-entry samples in block n·i, each refunded in the same block.
func benchRange(i, n int) *ingested {
	block := uint64(i * n)
	r := &ingested{end: Cursor{Block: block + uint64(n) - 1, Hash: common.Hash{1}}}
	for j := range n {
		c := &Contribution{
			Position: Position{Block: block + uint64(j)}, BlockHash: common.Hash{2}, TxHash: common.Hash{3},
			Contributor: common.Address{4}, Label: 1, Time: uint64(i), Deposit: big.NewInt(1e15), Sample: make([]int64, 16),
			Key: common.BigToHash(big.NewInt(int64(i*n + j))),
		}
		r.contributions = append(r.contributions, c)
		r.outcomes = append(r.outcomes, &Outcome{Position: Position{Block: c.Block, Index: 1}, Kind: Refunded, Key: c.Key, Amount: big.NewInt(1)})
	}
	return r
}

// BenchmarkWrite stores ranges of 100 contributions and 100 refunds, each range one synced batch.
func BenchmarkWrite(b *testing.B) {
	s, err := Open(b.TempDir(), Meta{ChainID: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	i := 0
	for b.Loop() {
		if err := s.write(benchRange(i, 100)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(200*i), "ns/event")
}

// BenchmarkContributions iterates over 10,000 stored contributions with their outcomes.
func BenchmarkContributions(b *testing.B) {
	s, err := Open(b.TempDir(), Meta{ChainID: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := range 100 {
		if err := s.write(benchRange(i, 100)); err != nil {
			b.Fatal(err)
		}
	}
	all := Position{Block: math.MaxUint64, Index: math.MaxUint32}
	for b.Loop() {
		n := 0
		for e, err := range s.Contributions(all, math.MaxUint64) {
			if err != nil || !e.Refunded {
				b.Fatalf("entry %+v, %v; want a refunded contribution", e, err)
			}
			n++
		}
		if n != 10_000 {
			b.Fatalf("iterated %d contributions, want 10000", n)
		}
	}
}
