package valuation_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"github.com/sumkit/sumkit/valuation"
)

const exactTol = 1e-12

func assertClose(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > tol {
			t.Errorf("%s: player %d: got %.15g, want %.15g (tolerance %g)", what, i, got[i], want[i], tol)
		}
	}
}

func TestExactShapleyKnownGames(t *testing.T) {
	costs := []float64{1, 3, 4, 8}
	tests := []struct {
		name string
		game valuation.Func
		want []float64
	}{
		// One left glove and two right ones: the scarce left glove takes 2/3.
		{"glove 1L 2R", glove(1, 2), []float64{2.0 / 3, 1.0 / 6, 1.0 / 6}},
		// Two of each: by symmetry ½ each.
		{"glove 2L 2R", glove(2, 2), []float64{0.5, 0.5, 0.5, 0.5}},
		// Littlechild–Owen: each runway segment is shared equally by everyone who needs it.
		{"airport", airport(costs), []float64{
			1.0 / 4,
			1.0/4 + 2.0/3,
			1.0/4 + 2.0/3 + 1.0/2,
			1.0/4 + 2.0/3 + 1.0/2 + 4.0/1,
		}},
		// The Shapley–Shubik index of [4; 3, 2, 1, 1]: A is pivotal in 12 of 24 orders, the others in 4.
		{"voting [4;3,2,1,1]", voting(4, 3, 2, 1, 1), []float64{1.0 / 2, 1.0 / 6, 1.0 / 6, 1.0 / 6}},
		// A dictator takes everything; the others are null.
		{"voting dictator [5;5,1,1]", voting(5, 5, 1, 1), []float64{1, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := valuation.ExactShapley(context.Background(), tc.game, valuation.ExactOptions{})
			if err != nil {
				t.Fatal(err)
			}
			assertClose(t, "shapley", r.Values, tc.want, exactTol)
			if math.Abs(r.EfficiencyGap) > exactTol {
				t.Errorf("efficiency gap %g", r.EfficiencyGap)
			}
			for i, se := range r.StdErrs {
				if se != 0 {
					t.Errorf("player %d: exact value has standard error %g", i, se)
				}
			}
		})
	}
}

func TestExactBanzhafAndLeaveOneOutKnownGames(t *testing.T) {
	tests := []struct {
		name    string
		game    valuation.Func
		banzhaf []float64
		loo     []float64
	}{
		// [4; 3, 2, 1, 1]: A swings 6 of the 8 coalitions of the others, B, C and D 2 each. Without A the
		// others still reach 4, so leave-one-out values nobody.
		{"voting [4;3,2,1,1]", voting(4, 3, 2, 1, 1), []float64{0.75, 0.25, 0.25, 0.25}, []float64{0, 0, 0, 0}},
		// One left glove, two right: the left glove swings 3 of 4, each right glove 1 of 4 ({L} only).
		{"glove 1L 2R", glove(1, 2), []float64{0.75, 0.25, 0.25}, []float64{1, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := valuation.ExactBanzhaf(context.Background(), tc.game, valuation.ExactOptions{})
			if err != nil {
				t.Fatal(err)
			}
			assertClose(t, "banzhaf", b.Values, tc.banzhaf, exactTol)
			l, err := valuation.LeaveOneOut(context.Background(), tc.game, valuation.ExactOptions{})
			if err != nil {
				t.Fatal(err)
			}
			assertClose(t, "leave-one-out", l.Values, tc.loo, exactTol)
			if want := sumOf(tc.loo) - l.Total(); l.EfficiencyGap != want {
				t.Errorf("leave-one-out efficiency gap %g, want %g", l.EfficiencyGap, want)
			}
		})
	}
}

func sumOf(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

// TestShapleyAxioms checks the four axioms that characterise the Shapley value on random games.
func TestShapleyAxioms(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(15, 1))
	shapley := func(g valuation.Utility) []float64 {
		t.Helper()
		r, err := valuation.ExactShapley(ctx, g, valuation.ExactOptions{Workers: 3})
		if err != nil {
			t.Fatal(err)
		}
		return r.Values
	}
	for trial := range 40 {
		n := 2 + rng.IntN(7)
		t.Run("efficiency", func(t *testing.T) {
			g := randomGame(rng, n)
			if got, want := sumOf(shapley(g)), g.values[len(g.values)-1]-g.values[0]; math.Abs(got-want) > exactTol {
				t.Errorf("trial %d, n=%d: Σφ = %.15g, u(N)−u(∅) = %.15g", trial, n, got, want)
			}
		})
		t.Run("symmetry", func(t *testing.T) {
			a, b := rng.IntN(n), rng.IntN(n-1)
			if b >= a {
				b++
			}
			phi := shapley(symmetricGame(rng, n, a, b))
			if math.Abs(phi[a]-phi[b]) > exactTol {
				t.Errorf("trial %d, n=%d: symmetric players %d and %d: %.15g ≠ %.15g", trial, n, a, b, phi[a], phi[b])
			}
		})
		t.Run("null player", func(t *testing.T) {
			k := rng.IntN(n)
			if phi := shapley(nullGame(rng, n, k)); math.Abs(phi[k]) > exactTol {
				t.Errorf("trial %d, n=%d: null player %d has %.15g", trial, n, k, phi[k])
			}
		})
		t.Run("additivity", func(t *testing.T) {
			v, w := randomGame(rng, n), randomGame(rng, n)
			vw := table{n: n, values: make([]float64, len(v.values))}
			for m := range vw.values {
				vw.values[m] = v.values[m] + w.values[m]
			}
			pv, pw := shapley(v), shapley(w)
			want := make([]float64, n)
			for i := range want {
				want[i] = pv[i] + pw[i]
			}
			assertClose(t, "φ(v+w)", shapley(vw), want, exactTol)
		})
	}
}

// TestExactWorkerIndependence checks that enumeration gives the same bits on any number of workers.
func TestExactWorkerIndependence(t *testing.T) {
	g := randomGame(rand.New(rand.NewPCG(15, 2)), 10)
	var ref []float64
	for _, w := range []int{1, 2, 3, 7} {
		r, err := valuation.ExactShapley(context.Background(), g, valuation.ExactOptions{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		if ref == nil {
			ref = r.Values
			continue
		}
		assertBits(t, "workers", r.Values, ref)
	}
}

func assertBits(t *testing.T, what string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Errorf("%s: index %d: %x (%.17g) ≠ %x (%.17g)", what, i,
				math.Float64bits(got[i]), got[i], math.Float64bits(want[i]), want[i])
		}
	}
}

func TestExactRefusesLargeGames(t *testing.T) {
	g := valuation.Func{N: valuation.MaxExactPlayers + 1, F: func([]int) float64 { return 0 }}
	if _, err := valuation.ExactShapley(context.Background(), g, valuation.ExactOptions{}); err == nil {
		t.Fatal("ExactShapley accepted a game beyond MaxExactPlayers")
	}
}

func TestExactStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := valuation.ExactShapley(ctx, glove(3, 3), valuation.ExactOptions{}); err == nil {
		t.Fatal("ExactShapley ignored a cancelled context")
	}
}

func TestGroups(t *testing.T) {
	// Grouping an additive game adds the weights of each group's members.
	w := []float64{1, 2, 4, 8, 16}
	var steps atomic.Int64
	base := additive{w: w, steps: &steps}
	g, err := valuation.NewGroups(base, [][]int{{0, 3}, {1}, {2, 4}})
	if err != nil {
		t.Fatal(err)
	}
	r, err := valuation.ExactShapley(context.Background(), g, valuation.ExactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	assertClose(t, "grouped shapley", r.Values, []float64{9, 2, 20}, exactTol)
	for _, bad := range [][][]int{{{0}, {0}}, {{}}, {{5}}} {
		if _, err := valuation.NewGroups(base, bad); err == nil {
			t.Errorf("NewGroups accepted %v", bad)
		}
	}
}

func TestRejectsNonFiniteUtilities(t *testing.T) {
	ctx := context.Background()
	bad := valuation.Func{N: 3, F: func(s []int) float64 {
		if len(s) == 2 {
			return math.NaN()
		}
		return 1
	}}
	if _, err := valuation.ExactShapley(ctx, bad, valuation.ExactOptions{}); err == nil {
		t.Error("ExactShapley accepted a NaN utility")
	}
	if _, err := valuation.LeaveOneOut(ctx, bad, valuation.ExactOptions{}); err == nil {
		t.Error("LeaveOneOut accepted a NaN utility")
	}
	if _, err := valuation.TMCShapley(ctx, bad, valuation.SamplingOptions{MaxSamples: 10}); err == nil {
		t.Error("TMCShapley accepted a NaN utility")
	}
	if _, err := valuation.Banzhaf(ctx, bad, valuation.SamplingOptions{MaxSamples: 100}); err == nil {
		t.Error("Banzhaf accepted a NaN utility")
	}
}

func TestFallbackWalker(t *testing.T) {
	ctx := context.Background()
	var seen [][]int
	u := valuation.Func{N: 4, F: func(s []int) float64 {
		seen = append(seen, append([]int(nil), s...))
		return float64(len(s))
	}}
	w := valuation.NewWalker(u)
	if _, err := w.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	for _, p := range []int{2, 0, 3} {
		if _, err := w.Add(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	// The fallback hands Value the coalition in ascending order, whatever the walk's order.
	if got, want := fmt.Sprint(seen), "[[] [2] [0 2] [0 2 3]]"; got != want {
		t.Errorf("Value saw %s, want %s", got, want)
	}
	if _, err := w.Add(ctx, 3); err == nil {
		t.Error("the walker added player 3 twice")
	}
	if _, err := w.Add(ctx, 4); err == nil {
		t.Error("the walker added player 4 of a 4-player game")
	}
	if v, err := w.Reset(ctx); err != nil || v != 0 {
		t.Errorf("Reset gave %v, %v; want u(∅) = 0", v, err)
	}
}
