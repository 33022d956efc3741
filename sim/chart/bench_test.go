package chart

import (
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/sumkit/sumkit/sim"
)

// largeResult is a synthetic run the size of a long simulation: n balance changes spread over ten agents
// across half a year, each a small random step of an amount near 10^22 wei, and an accuracy every ten
// changes.
func largeResult(tb testing.TB, n int) *sim.Result {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	start := new(big.Int).Exp(big.NewInt(10), big.NewInt(22), nil)
	r := &sim.Result{Dataset: "synthetic", Model: "perceptron", Mechanism: "deposit-refund-take"}
	baseline := 0.9
	r.BaselineAccuracy = &baseline
	balances := make([]*big.Int, 10)
	for i := range balances {
		r.Agents = append(r.Agents, sim.Agent{
			Address:      fmt.Sprintf("agent%d", i),
			StartBalance: start,
			Good:         i < 7,
			CallsModel:   i >= 8,
		})
		balances[i] = new(big.Int).Set(start)
	}
	span := uint64(180 * secondsPerDay)
	step := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	r.Balances = make([]sim.Balance, 0, n)
	acc := 0.7
	for i := 0; i < n; i++ {
		t := uint64(i) * span / uint64(n)
		a := rng.IntN(len(balances))
		delta := new(big.Int).Mul(step, big.NewInt(rng.Int64N(21)-10))
		balances[a] = new(big.Int).Add(balances[a], delta)
		r.Balances = append(r.Balances, sim.Balance{T: t, Agent: r.Agents[a].Address, Balance: balances[a]})
		if i%10 == 0 {
			acc = min(0.95, max(0.5, acc+(rng.Float64()-0.49)/200))
			r.Accuracies = append(r.Accuracies, sim.Accuracy{T: t, Accuracy: acc})
		}
	}
	return r
}

// BenchmarkRunLarge draws a run of 2,000,000 balance changes (what a 1,000,000-contribution run records)
// and 200,000 accuracies, and renders it to PNG: the whole cost of a figure.
func BenchmarkRunLarge(b *testing.B) {
	r := largeResult(b, 2000000)
	for b.Loop() {
		p, err := Run(r, Options{})
		if err != nil {
			b.Fatal(err)
		}
		wt, err := p.WriterTo(DefaultWidth, DefaultHeight, "png")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := wt.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
