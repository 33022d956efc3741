package leastcore_test

import (
	"context"
	"math"
	"math/bits"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"

	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/leastcore"
)

const tol = 1e-9

// sizeGame is a game whose value depends only on the coalition's size.
func sizeGame(n int, f func(size int) float64) valuation.Func {
	return valuation.Func{N: n, F: func(s []int) float64 { return f(len(s)) }}
}

// glove is the glove game: players below left hold left gloves; a coalition is worth its pairs.
func glove(left, right int) valuation.Func {
	return valuation.Func{N: left + right, F: func(s []int) float64 {
		l := 0
		for _, p := range s {
			if p < left {
				l++
			}
		}
		return float64(min(l, len(s)-l))
	}}
}

// checkConstraints verifies every least-core constraint of u at r by enumeration.
func checkConstraints(t *testing.T, u valuation.Utility, r leastcore.Result) {
	t.Helper()
	n := u.Players()
	ctx := context.Background()
	var sum float64
	for _, x := range r.Values {
		sum += x
	}
	if total := r.Full - r.Empty; math.Abs(sum-total) > tol {
		t.Errorf("allocation sums to %.12g, want u(N)−u(∅) = %.12g", sum, total)
	}
	for m := 1; m < 1<<n-1; m++ {
		var members []int
		var x float64
		for rest := uint(m); rest != 0; rest &= rest - 1 {
			i := bits.TrailingZeros(rest)
			members = append(members, i)
			x += r.Values[i]
		}
		v, _ := u.Value(ctx, members)
		if excess := v - r.Empty - x - r.Subsidy; excess > tol*max(1, math.Abs(r.Full-r.Empty)) {
			t.Errorf("coalition %v: v(S) − x(S) − e* = %g > 0", members, excess)
		}
	}
}

func TestExactKnownGames(t *testing.T) {
	tests := []struct {
		name    string
		game    valuation.Func
		subsidy float64
		values  []float64 // nil where the least core is not a single point
	}{
		// Any two of three win: the core is empty; the least core is the equal split with e* = 1/3.
		{"majority of 3", sizeGame(3, func(s int) float64 { return float64(min(max(s-1, 0), 1)) }), 1.0 / 3, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// One left glove, two right: the core is the point (1, 0, 0), with e* = 0.
		{"glove 1L 2R", glove(1, 2), 0, []float64{1, 0, 0}},
		// v(S) = |S|² on 4 players is convex: e* = −(n−1) = −3, reached by the equal split among others.
		{"|S|² on 4", sizeGame(4, func(s int) float64 { return float64(s * s) }), -3, nil},
		// An additive game: x = w leaves every coalition excess 0, and any other split of the total gives some
		// player less than its weight, so e* = 0 and x = w.
		{"additive", valuation.Func{N: 3, F: func(s []int) float64 {
			w := []float64{1, 2, 5}
			var v float64
			for _, p := range s {
				v += w[p]
			}
			return v
		}}, 0, []float64{1, 2, 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := leastcore.Exact(context.Background(), tc.game, leastcore.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(r.Subsidy-tc.subsidy) > tol {
				t.Errorf("e* = %.12g, want %.12g", r.Subsidy, tc.subsidy)
			}
			for i, want := range tc.values {
				if math.Abs(r.Values[i]-want) > tol {
					t.Errorf("x[%d] = %.12g, want %.12g", i, r.Values[i], want)
				}
			}
			if r.Coalitions != 1<<tc.game.N-2 {
				t.Errorf("%d coalitions, want %d", r.Coalitions, 1<<tc.game.N-2)
			}
			checkConstraints(t, tc.game, r)
		})
	}
}

// TestExactConvexGames checks e* ≤ 0 and every constraint on random convex games: v(S) = (Σ_{i∈S} wᵢ)² with
// wᵢ ≥ 0 is supermodular, so its core is not empty.
func TestExactConvexGames(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 10))
	for trial := range 10 {
		n := 3 + rng.IntN(6)
		w := make([]float64, n)
		for i := range w {
			w[i] = rng.Float64()
		}
		g := valuation.Func{N: n, F: func(s []int) float64 {
			var t float64
			for _, p := range s {
				t += w[p]
			}
			return t * t
		}}
		r, err := leastcore.Exact(context.Background(), g, leastcore.Options{})
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if r.Subsidy > tol {
			t.Errorf("trial %d, n=%d: convex game with e* = %g > 0", trial, n, r.Subsidy)
		}
		checkConstraints(t, g, r)
	}
}

// reference solves the whole least-core LP in one go with gonum's Convert and Phase I, independently of the
// package's constraint generation and change of variables; fine for a handful of players.
func reference(t *testing.T, n int, values []float64) float64 {
	t.Helper()
	full := 1<<n - 1
	// Variables x₀..x_{n−1}, e, all free: Convert splits them.
	c := make([]float64, n+1)
	c[n] = 1
	g := mat.NewDense(full-1, n+1, nil)
	h := make([]float64, full-1)
	for m := 1; m < full; m++ {
		for i := range n {
			if m&(1<<i) != 0 {
				g.Set(m-1, i, -1)
			}
		}
		g.Set(m-1, n, -1)
		h[m-1] = -values[m]
	}
	a := mat.NewDense(1, n+1, nil)
	for i := range n {
		a.Set(0, i, 1)
	}
	cNew, aNew, bNew := lp.Convert(c, g, h, a, []float64{values[full]})
	opt, _, err := lp.Simplex(cNew, aNew, bNew, 1e-12, nil)
	if err != nil {
		t.Fatalf("reference LP: %v", err)
	}
	return opt
}

// TestExactRandomGames checks every constraint on random games, whose cores are mostly empty, and that e* is
// the optimum: the one a direct solve of the whole LP finds.
func TestExactRandomGames(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 11))
	for trial := range 10 {
		n := 3 + rng.IntN(3)
		values := make([]float64, 1<<n)
		for m := range values {
			values[m] = rng.Float64()
		}
		values[0] = 0
		g := valuation.Func{N: n, F: func(s []int) float64 {
			m := 0
			for _, p := range s {
				m |= 1 << p
			}
			return values[m]
		}}
		r, err := leastcore.Exact(context.Background(), g, leastcore.Options{})
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		checkConstraints(t, g, r)
		if want := reference(t, n, values); math.Abs(r.Subsidy-want) > tol {
			t.Errorf("trial %d, n=%d: e* = %.12g, a direct solve gives %.12g", trial, n, r.Subsidy, want)
		}
	}
}

func TestSampled(t *testing.T) {
	ctx := context.Background()
	// A convex game on 40 players: e* ≤ 0 over any sample, every sampled constraint satisfied.
	rng := rand.New(rand.NewPCG(15, 12))
	w := make([]float64, 40)
	for i := range w {
		w[i] = rng.Float64()
	}
	g := valuation.Func{N: 40, F: func(s []int) float64 {
		var t float64
		for _, p := range s {
			t += w[p]
		}
		return t * t
	}}
	opts := leastcore.Options{Samples: 300, Seed: 3}
	r, err := leastcore.Sampled(ctx, g, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.Subsidy > tol || r.MaxViolation > tol {
		t.Errorf("e* = %g, max violation %g", r.Subsidy, r.MaxViolation)
	}
	if r.Coalitions != 340 {
		t.Errorf("%d coalitions, want 300 samples + 40 singletons", r.Coalitions)
	}
	for i, x := range r.Values {
		if x < w[i]*w[i]+r.Subsidy-tol {
			t.Errorf("player %d gets %g, below its standalone value %g minus e*", i, x, w[i]*w[i])
		}
	}
	// Same options, another worker count: the same bits.
	opts.Workers = 1
	again, err := leastcore.Sampled(ctx, g, opts)
	if err != nil {
		t.Fatal(err)
	}
	if math.Float64bits(again.Subsidy) != math.Float64bits(r.Subsidy) {
		t.Errorf("e* %v on 1 worker, %v on default", again.Subsidy, r.Subsidy)
	}
	for i := range r.Values {
		if math.Float64bits(again.Values[i]) != math.Float64bits(r.Values[i]) {
			t.Errorf("x[%d]: %v on 1 worker, %v on default", i, again.Values[i], r.Values[i])
		}
	}
	// Sampling every coalition of a small game finds the exact least core's value.
	small := sizeGame(3, func(s int) float64 { return float64(min(max(s-1, 0), 1)) })
	sr, err := leastcore.Sampled(ctx, small, leastcore.Options{Samples: 200, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(sr.Subsidy-1.0/3) > tol || sr.Coalitions != 6 {
		t.Errorf("sampled majority game: e* = %g over %d coalitions, want 1/3 over 6", sr.Subsidy, sr.Coalitions)
	}
}

func TestRefuses(t *testing.T) {
	ctx := context.Background()
	if _, err := leastcore.Exact(ctx, sizeGame(1, func(int) float64 { return 1 }), leastcore.Options{}); err == nil {
		t.Error("Exact accepted a one-player game")
	}
	if _, err := leastcore.Exact(ctx, sizeGame(leastcore.MaxExactPlayers+1, func(int) float64 { return 1 }), leastcore.Options{}); err == nil {
		t.Error("Exact accepted a game beyond MaxExactPlayers")
	}
	if _, err := leastcore.Sampled(ctx, sizeGame(5, func(int) float64 { return 1 }), leastcore.Options{Samples: -1}); err == nil {
		t.Error("Sampled accepted a negative sample count")
	}
	nan := valuation.Func{N: 3, F: func([]int) float64 { return math.NaN() }}
	if _, err := leastcore.Exact(ctx, nan, leastcore.Options{}); err == nil {
		t.Error("Exact accepted NaN utilities")
	}
}
