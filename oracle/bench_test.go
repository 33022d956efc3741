package oracle

import (
	"testing"
	"time"
)

// BenchmarkConfirmationToActive measures the operators' share of the time from a contribution's confirmation
// to the version that includes it being active: with 200 contributions stored, one more is confirmed, then
// the first operator's cycle (ingest, train, measure, stage, publish, propose) and the second's (ingest,
// train at the proposal's cursor, propose, activate) run in turn. A deployment adds the confirmation depth
// times the block time and up to one poll interval; the two operators' cycles overlap when they run at once.
func BenchmarkConfirmationToActive(b *testing.B) {
	w := newWorld(b)
	w.contribute(b, 200)
	first, second := w.operator(b, 1), w.operator(b, 2)
	var firstCycle, secondCycle time.Duration
	activated := 0
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		w.contribute(b, 1)
		b.StartTimer()
		start := time.Now()
		if _, err := first.Step(w.ctx); err != nil {
			b.Fatal(err)
		}
		mid := time.Now()
		d, err := second.Step(w.ctx)
		if err != nil {
			b.Fatal(err)
		}
		firstCycle += mid.Sub(start)
		secondCycle += time.Since(mid)
		if d.Active {
			activated++
		}
	}
	b.ReportMetric(float64(firstCycle.Milliseconds())/float64(b.N), "ms-first-cycle")
	b.ReportMetric(float64(secondCycle.Milliseconds())/float64(b.N), "ms-activating-cycle")
	b.ReportMetric(float64(activated)/float64(b.N), "activated/op")
}
