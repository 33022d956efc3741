package sim

import (
	"context"
	"testing"
)

// benchIMDBShaped runs sim/examples/imdb-synthetic.json with n training samples: the IMDB-shaped
// run (sparse perceptron, 1000 features, 8% initial training, an honest and a malicious agent, accuracy on
// 5,000 test samples every 200,000 s). The data is generated before the timer starts; the initial training
// and the baseline (training on all data) are part of each run.
func benchIMDBShaped(b *testing.B, n int) {
	cfg, err := LoadConfig("examples/imdb-synthetic.json")
	if err != nil {
		b.Fatal(err)
	}
	cfg.Dataset.Samples = n
	data, err := LoadData(cfg.Dataset)
	if err != nil {
		b.Fatal(err)
	}
	var res *Result
	b.ResetTimer()
	for b.Loop() {
		if res, err = Run(context.Background(), cfg, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	c := res.Summary.Counts
	b.ReportMetric(float64(c.Accepted), "contributions")
	b.ReportMetric(float64(c.Refunded+c.Reported+c.Taken+c.Refused)/float64(c.Accepted), "claims/contribution")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(res.Summary.Counts.Accepted), "ns/contribution")
}

// BenchmarkIMDBShaped25k is the 25,000-sample run; the goal is under a second on two cores.
func BenchmarkIMDBShaped25k(b *testing.B) { benchIMDBShaped(b, 25_000) }

// BenchmarkIMDBShaped1M is the same with a million samples: its time over the 25k run's is the cost's
// growth, within 40 times for 40 times the contributions.
func BenchmarkIMDBShaped1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million contributions")
	}
	benchIMDBShaped(b, 1_000_000)
}
