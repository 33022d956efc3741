package leastcore_test

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/leastcore"
)

// Three players, any two of whom win: no allocation satisfies every pair, so the core is empty, and the least
// core asks a subsidy of 1/3 per coalition for the equal split.
func ExampleExact() {
	majority := valuation.Func{N: 3, F: func(s []int) float64 {
		if len(s) >= 2 {
			return 1
		}
		return 0
	}}
	r, err := leastcore.Exact(context.Background(), majority, leastcore.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("e* = %.4f, x = %.4f\n", r.Subsidy, r.Values)
	// Output:
	// e* = 0.3333, x = [0.3333 0.3333 0.3333]
}

// A convex game on 30 players, v(S) = |S|², valued over 500 sampled coalitions and the singletons: its core
// is not empty, so e* ≤ 0.
func ExampleSampled() {
	g := valuation.Func{N: 30, F: func(s []int) float64 { return float64(len(s) * len(s)) }}
	r, err := leastcore.Sampled(context.Background(), g, leastcore.Options{Samples: 500, Seed: 7})
	if err != nil {
		panic(err)
	}
	var total float64
	for _, x := range r.Values {
		total += x
	}
	fmt.Printf("%d coalitions, e* ≤ 0: %v, allocation sums to %.0f\n", r.Coalitions, r.Subsidy <= 0, total)
	// Output:
	// 530 coalitions, e* ≤ 0: true, allocation sums to 900
}
