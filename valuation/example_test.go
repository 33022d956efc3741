package valuation_test

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/valuation"
)

// The glove game: player 0 holds the only left glove, players 1 and 2 a right one each.
func ExampleExactShapley() {
	g := valuation.Func{N: 3, F: func(s []int) float64 {
		left := 0
		for _, p := range s {
			if p == 0 {
				left = 1
			}
		}
		return float64(min(left, len(s)-left))
	}}
	r, err := valuation.ExactShapley(context.Background(), g, valuation.ExactOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.4f\n", r.Values)
	// Output:
	// [0.6667 0.1667 0.1667]
}

// The weighted voting game [4; 3, 2, 1, 1]: exact Shapley values are 1/2, 1/6, 1/6, 1/6.
func ExampleTMCShapley() {
	weights := []int{3, 2, 1, 1}
	g := valuation.Func{N: 4, F: func(s []int) float64 {
		w := 0
		for _, p := range s {
			w += weights[p]
		}
		if w >= 4 {
			return 1
		}
		return 0
	}}
	r, err := valuation.TMCShapley(context.Background(), g, valuation.SamplingOptions{
		Seed: 1, MaxSamples: 5000, Normalize: true,
	})
	if err != nil {
		panic(err)
	}
	for i, v := range r.Values {
		fmt.Printf("player %d: %.3f ± %.3f\n", i, v, r.StdErrs[i])
	}
	fmt.Printf("sum %.3f, raw gap %.0e\n", v0(r.Values), r.EfficiencyGap)
	// Each permutation's marginals add up to u(N) − u(∅), so untruncated permutation sampling is efficient up
	// to rounding, and normalisation has nothing to correct here.

	// Output:
	// player 0: 0.504 ± 0.007
	// player 1: 0.165 ± 0.005
	// player 2: 0.171 ± 0.005
	// player 3: 0.161 ± 0.005
	// sum 1.000, raw gap 0e+00
}

func v0(xs []float64) (s float64) {
	for _, x := range xs {
		s += x
	}
	return s
}

// Data Banzhaf by maximum sample reuse on the same game: exact values 3/4, 1/4, 1/4, 1/4.
func ExampleBanzhaf() {
	weights := []int{3, 2, 1, 1}
	g := valuation.Func{N: 4, F: func(s []int) float64 {
		w := 0
		for _, p := range s {
			w += weights[p]
		}
		if w >= 4 {
			return 1
		}
		return 0
	}}
	r, err := valuation.Banzhaf(context.Background(), g, valuation.SamplingOptions{Seed: 1, MaxSamples: 5000})
	if err != nil {
		panic(err)
	}
	for i, v := range r.Values {
		fmt.Printf("player %d: %.2f ± %.2f\n", i, v, r.StdErrs[i])
	}
	// Output:
	// player 0: 0.76 ± 0.01
	// player 1: 0.24 ± 0.01
	// player 2: 0.23 ± 0.01
	// player 3: 0.24 ± 0.01
}

// Leave-one-out misses redundancy: without either right glove the other still makes the pair.
func ExampleLeaveOneOut() {
	g := valuation.Func{N: 3, F: func(s []int) float64 {
		left := 0
		for _, p := range s {
			if p == 0 {
				left = 1
			}
		}
		return float64(min(left, len(s)-left))
	}}
	r, err := valuation.LeaveOneOut(context.Background(), g, valuation.ExactOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Values)
	// Output:
	// [1 0 0]
}

// A run split into three shards, as three machines would run it, merges to the bits of one run.
func ExampleMerge() {
	g := valuation.Func{N: 5, F: func(s []int) float64 { return float64(len(s) * len(s)) }}
	opts := valuation.SamplingOptions{Seed: 42, MaxSamples: 300}
	var parts []valuation.Partial
	for i := range 3 {
		o := opts
		o.Shard = valuation.Shard{Index: i, Count: 3}
		p, err := valuation.TMCShapleyPartial(context.Background(), g, o)
		if err != nil {
			panic(err)
		}
		parts = append(parts, p)
	}
	merged, err := valuation.Merge(parts...)
	if err != nil {
		panic(err)
	}
	sharded, err := merged.Result(false)
	if err != nil {
		panic(err)
	}
	one, err := valuation.TMCShapley(context.Background(), g, opts)
	if err != nil {
		panic(err)
	}
	fmt.Println(sharded.Samples, fmt.Sprint(sharded.Values) == fmt.Sprint(one.Values))
	// Output:
	// 300 true
}

// Players can be groups of contributions, for example all contributions of one author.
func ExampleNewGroups() {
	// Five contributions, each worth its index plus one; authors own {0, 3} and {1, 2, 4}.
	contributions := valuation.Func{N: 5, F: func(s []int) float64 {
		var v float64
		for _, p := range s {
			v += float64(p + 1)
		}
		return v
	}}
	authors, err := valuation.NewGroups(contributions, [][]int{{0, 3}, {1, 2, 4}})
	if err != nil {
		panic(err)
	}
	r, err := valuation.ExactShapley(context.Background(), authors, valuation.ExactOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Values)
	// Output:
	// [5 10]
}
