package valuation_test

import (
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sumkit/sumkit/valuation"
)

// sampled runs one of the sampled methods by name.
type sampledMethod struct {
	name    string
	run     func(context.Context, valuation.Utility, valuation.SamplingOptions) (valuation.Result, error)
	partial func(context.Context, valuation.Utility, valuation.SamplingOptions) (valuation.Partial, error)
	exact   func(context.Context, valuation.Utility, valuation.ExactOptions) (valuation.Result, error)
}

var sampledMethods = []sampledMethod{
	{"tmc", valuation.TMCShapley, valuation.TMCShapleyPartial, valuation.ExactShapley},
	{"banzhaf", valuation.Banzhaf, valuation.BanzhafPartial, valuation.ExactBanzhaf},
}

// TestSampledConvergeWithinStdErr checks that the sampled methods find the exact values of small random games
// within 4 of their reported standard errors, and that those errors are small enough to mean something.
func TestSampledConvergeWithinStdErr(t *testing.T) {
	ctx := context.Background()
	for _, m := range sampledMethods {
		t.Run(m.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(15, 3))
			for trial := range 5 {
				n := 4 + rng.IntN(4)
				g := randomGame(rng, n)
				exact, err := m.exact(ctx, g, valuation.ExactOptions{})
				if err != nil {
					t.Fatal(err)
				}
				got, err := m.run(ctx, g, valuation.SamplingOptions{Seed: uint64(trial), MaxSamples: 4000})
				if err != nil {
					t.Fatal(err)
				}
				if got.Samples != 4000 {
					t.Errorf("trial %d: %d samples, want 4000", trial, got.Samples)
				}
				for i := range n {
					se := got.StdErrs[i]
					if !(se > 0 && se < 0.1) {
						t.Errorf("trial %d, player %d: standard error %g is not in (0, 0.1)", trial, i, se)
					}
					if d := math.Abs(got.Values[i] - exact.Values[i]); d > 4*se {
						t.Errorf("trial %d, player %d: %.6f is %.2f SE from the exact %.6f", trial, i, got.Values[i], d/se, exact.Values[i])
					}
				}
			}
		})
	}
}

// TestSampledWorkerIndependence checks that 1 and 4 workers give the same bits, with a last block cut short by
// MaxSamples and with a standard-error stop, which must fall on the same block.
func TestSampledWorkerIndependence(t *testing.T) {
	ctx := context.Background()
	g := randomGame(rand.New(rand.NewPCG(15, 4)), 9)
	for _, m := range sampledMethods {
		for _, opts := range []valuation.SamplingOptions{
			{Seed: 7, MaxSamples: 1000},
			{Seed: 8, TargetStdErr: 0.02, BlockSize: 16},
		} {
			var ref valuation.Result
			for _, w := range []int{1, 4} {
				opts.Workers = w
				r, err := m.run(ctx, g, opts)
				if err != nil {
					t.Fatal(err)
				}
				if w == 1 {
					ref = r
					continue
				}
				if r.Samples != ref.Samples {
					t.Fatalf("%s %+v: %d samples on 4 workers, %d on 1", m.name, opts, r.Samples, ref.Samples)
				}
				assertBits(t, m.name+" values", r.Values, ref.Values)
				assertBits(t, m.name+" standard errors", r.StdErrs, ref.StdErrs)
			}
		}
	}
}

// TestShardsMergeBitIdentical checks that three shards, written out as JSON and merged in a scrambled order,
// give the bits of one run.
func TestShardsMergeBitIdentical(t *testing.T) {
	ctx := context.Background()
	g := randomGame(rand.New(rand.NewPCG(15, 5)), 8)
	for _, m := range sampledMethods {
		t.Run(m.name, func(t *testing.T) {
			opts := valuation.SamplingOptions{Seed: 99, MaxSamples: 1234, BlockSize: 50, Workers: 2}
			one, err := m.run(ctx, g, opts)
			if err != nil {
				t.Fatal(err)
			}
			var parts []valuation.Partial
			for _, i := range []int{2, 0, 1} {
				o := opts
				o.Shard = valuation.Shard{Index: i, Count: 3}
				p, err := m.partial(ctx, g, o)
				if err != nil {
					t.Fatal(err)
				}
				raw, err := json.Marshal(p)
				if err != nil {
					t.Fatal(err)
				}
				var back valuation.Partial
				if err := json.Unmarshal(raw, &back); err != nil {
					t.Fatal(err)
				}
				parts = append(parts, back)
			}
			merged, err := valuation.Merge(parts...)
			if err != nil {
				t.Fatal(err)
			}
			r, err := merged.Result(false)
			if err != nil {
				t.Fatal(err)
			}
			if r.Samples != one.Samples {
				t.Fatalf("merged %d samples, one run %d", r.Samples, one.Samples)
			}
			assertBits(t, "values", r.Values, one.Values)
			assertBits(t, "standard errors", r.StdErrs, one.StdErrs)
			if _, err := valuation.Merge(parts[0], parts[0]); err == nil {
				t.Error("Merge accepted the same shard twice")
			}
			other := parts[1]
			other.Seed++
			if _, err := valuation.Merge(parts[0], other); err == nil {
				t.Error("Merge accepted shards of runs with different seeds")
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	ctx := context.Background()
	g := randomGame(rand.New(rand.NewPCG(15, 6)), 7)
	// Untruncated permutations are efficient up to rounding; truncation leaves a real gap to correct.
	opts := valuation.SamplingOptions{Seed: 1, MaxSamples: 200, Truncation: 0.5}
	raw, err := valuation.TMCShapley(ctx, g, opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.Normalize = true
	norm, err := valuation.TMCShapley(ctx, g, opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := sumOf(raw.Values) - raw.Total(); raw.EfficiencyGap != want || math.Abs(want) < 1e-3 {
		t.Errorf("raw efficiency gap %g, want %g (and not negligible, or the test proves nothing)", raw.EfficiencyGap, want)
	}
	if norm.EfficiencyGap != raw.EfficiencyGap || !norm.Normalized || raw.Normalized {
		t.Errorf("normalised run reports gap %g (raw %g), flags %v/%v", norm.EfficiencyGap, raw.EfficiencyGap, norm.Normalized, raw.Normalized)
	}
	if got, want := sumOf(norm.Values), norm.Total(); got != want {
		t.Errorf("normalised values sum to %.17g, want exactly %.17g", got, want)
	}
	// The projection moves values with larger variance more: the largest standard error moves most.
	largest, smallest := 0, 0
	for i, se := range raw.StdErrs {
		if se > raw.StdErrs[largest] {
			largest = i
		}
		if se < raw.StdErrs[smallest] {
			smallest = i
		}
	}
	move := func(i int) float64 { return math.Abs(norm.Values[i] - raw.Values[i]) }
	if move(largest) <= move(smallest) {
		t.Errorf("player %d (SE %g) moved %g, player %d (SE %g) moved %g", largest, raw.StdErrs[largest], move(largest),
			smallest, raw.StdErrs[smallest], move(smallest))
	}
}

func TestStoppingRules(t *testing.T) {
	ctx := context.Background()
	g := randomGame(rand.New(rand.NewPCG(15, 7)), 6)
	t.Run("standard error", func(t *testing.T) {
		r, err := valuation.TMCShapley(ctx, g, valuation.SamplingOptions{Seed: 2, TargetStdErr: 0.05, BlockSize: 8})
		if err != nil {
			t.Fatal(err)
		}
		if mean := sumOf(r.StdErrs) / float64(len(r.StdErrs)); mean > 0.05 {
			t.Errorf("stopped at mean standard error %g > 0.05", mean)
		}
		// One block fewer would not have met the target: the run stopped at the first block that did.
		prev, err := valuation.TMCShapley(ctx, g, valuation.SamplingOptions{Seed: 2, MaxSamples: r.Samples - 8, BlockSize: 8})
		if err != nil {
			t.Fatal(err)
		}
		if mean := sumOf(prev.StdErrs) / float64(len(prev.StdErrs)); mean <= 0.05 && prev.Samples >= valuation.DefaultMinSamples {
			t.Errorf("%d samples already had mean standard error %g, yet the run went on to %d", prev.Samples, mean, r.Samples)
		}
	})
	t.Run("relative standard error", func(t *testing.T) {
		const rel = 0.1
		r, err := valuation.TMCShapley(ctx, g, valuation.SamplingOptions{Seed: 2, TargetRelStdErr: rel, BlockSize: 8})
		if err != nil {
			t.Fatal(err)
		}
		target := func(r valuation.Result) (mean, bound float64) {
			for _, v := range r.Values {
				bound = max(bound, math.Abs(v))
			}
			return sumOf(r.StdErrs) / float64(len(r.StdErrs)), rel * bound
		}
		if mean, bound := target(r); mean > bound {
			t.Errorf("stopped at mean standard error %g > %g", mean, bound)
		}
		prev, err := valuation.TMCShapley(ctx, g, valuation.SamplingOptions{Seed: 2, MaxSamples: r.Samples - 8, BlockSize: 8})
		if err != nil {
			t.Fatal(err)
		}
		if mean, bound := target(prev); mean <= bound && prev.Samples >= valuation.DefaultMinSamples {
			t.Errorf("%d samples already had mean standard error %g ≤ %g, yet the run went on to %d", prev.Samples, mean, bound, r.Samples)
		}
	})
	t.Run("time", func(t *testing.T) {
		slow := valuation.Func{N: 4, F: func(s []int) float64 { time.Sleep(100 * time.Microsecond); return float64(len(s)) }}
		start := time.Now()
		r, err := valuation.TMCShapley(ctx, slow, valuation.SamplingOptions{Seed: 3, MaxDuration: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if elapsed := time.Since(start); elapsed > 5*time.Second || r.Samples == 0 {
			t.Errorf("time-limited run took %v for %d samples", elapsed, r.Samples)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := valuation.Banzhaf(cctx, g, valuation.SamplingOptions{MaxSamples: 100}); err == nil {
			t.Error("Banzhaf ignored a cancelled context")
		}
	})
	for _, bad := range []valuation.SamplingOptions{
		{},
		{MaxSamples: -1},
		{TargetStdErr: math.NaN()},
		{TargetRelStdErr: -0.1},
		{TargetRelStdErr: math.NaN()},
		{MaxSamples: 10, TargetRelStdErr: 0.1, Shard: valuation.Shard{Index: 0, Count: 2}},
		{MaxSamples: 10, Shard: valuation.Shard{Index: 3, Count: 3}},
		{MaxSamples: 10, TargetStdErr: 0.1, Shard: valuation.Shard{Index: 0, Count: 2}},
		{TargetStdErr: 0.1, Shard: valuation.Shard{Index: 0, Count: 2}},
	} {
		if _, err := valuation.TMCShapley(ctx, g, bad); err == nil {
			t.Errorf("TMCShapley accepted options %+v", bad)
		}
	}
	if _, err := valuation.Banzhaf(ctx, g, valuation.SamplingOptions{MaxSamples: 10, Truncation: 0.1}); err == nil {
		t.Error("Banzhaf accepted a truncation")
	}
}

// TestTMCUsesIncrementalWalker checks that TMC walks an Incremental utility with its own walker (n steps per
// permutation, no full evaluation), and that the values match the fallback walker's.
func TestTMCUsesIncrementalWalker(t *testing.T) {
	ctx := context.Background()
	var steps atomic.Int64
	inc := additive{w: []float64{1, 2, 3, 4, 5}, steps: &steps}
	plain := valuation.Func{N: 5, F: func(s []int) float64 {
		v, _ := inc.Value(ctx, s)
		return v
	}}
	opts := valuation.SamplingOptions{Seed: 4, MaxSamples: 100}
	a, err := valuation.TMCShapley(ctx, inc, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := steps.Load(); got != 500 {
		t.Errorf("incremental walker took %d steps, want 100 permutations × 5", got)
	}
	b, err := valuation.TMCShapley(ctx, plain, opts)
	if err != nil {
		t.Fatal(err)
	}
	// Integer weights: both walkers' marginals are exact, so the values agree to the bit, and an additive
	// game's marginals never vary, so the standard errors are zero.
	assertBits(t, "incremental vs fallback", a.Values, b.Values)
	assertClose(t, "additive game", a.Values, inc.w, 0)
	assertClose(t, "standard errors", a.StdErrs, make([]float64, 5), 0)
}

// TestTMCTruncation checks that a walk stops once the coalition's utility is within the tolerance of u(N),
// counting the rest as zero: in a game that any single player saturates, only the first player of each
// permutation scores.
func TestTMCTruncation(t *testing.T) {
	ctx := context.Background()
	var calls atomic.Int64
	saturating := valuation.Func{N: 10, F: func(s []int) float64 {
		calls.Add(1)
		return float64(min(len(s), 1))
	}}
	r, err := valuation.TMCShapley(ctx, saturating, valuation.SamplingOptions{Seed: 5, MaxSamples: 320, Truncation: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	// u(∅), u(N), then per permutation one Reset and one Add.
	if got, want := calls.Load(), int64(2+320*2); got != want {
		t.Errorf("%d utility calls, want %d", got, want)
	}
	if got := sumOf(r.Values); got != 1 {
		t.Errorf("values sum to %g, want 1", got)
	}
	for i, v := range r.Values {
		if math.Abs(v-0.1) > 4*r.StdErrs[i] {
			t.Errorf("player %d: %g is more than 4 SE (%g) from 1/10", i, v, r.StdErrs[i])
		}
	}
}

// TestGroupsWalk checks TMC over groups of contributions, through the base's own walker when it is incremental
// (one step per member) and through one evaluation per group when it is not; both give the additive values.
func TestGroupsWalk(t *testing.T) {
	ctx := context.Background()
	w := []float64{1, 2, 4, 8, 16}
	groups := [][]int{{0, 3}, {1}, {2, 4}}
	var steps, evals atomic.Int64
	inc := additive{w: w, steps: &steps}
	plain := valuation.Func{N: 5, F: func(s []int) float64 {
		evals.Add(1)
		v, _ := inc.Value(ctx, s)
		return v
	}}
	opts := valuation.SamplingOptions{Seed: 6, MaxSamples: 64}
	for _, tc := range []struct {
		name    string
		base    valuation.Utility
		counter *atomic.Int64
		want    int64 // walker steps or evaluations over the run
	}{
		{"incremental base", inc, &steps, 64 * 5},
		{"plain base", plain, &evals, 2 + 64*(1+3)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := valuation.NewGroups(tc.base, groups)
			if err != nil {
				t.Fatal(err)
			}
			tc.counter.Store(0)
			r, err := valuation.TMCShapley(ctx, g, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := tc.counter.Load(); got != tc.want {
				t.Errorf("%d steps or evaluations, want %d", got, tc.want)
			}
			assertClose(t, "grouped values", r.Values, []float64{9, 2, 20}, 0)
		})
	}
}

func TestMalformedPartials(t *testing.T) {
	ctx := context.Background()
	g := randomGame(rand.New(rand.NewPCG(15, 8)), 4)
	good, err := valuation.BanzhafPartial(ctx, g, valuation.SamplingOptions{Seed: 1, MaxSamples: 64})
	if err != nil {
		t.Fatal(err)
	}
	for name, spoil := range map[string]func(p *valuation.Partial){
		"unknown method":  func(p *valuation.Partial) { p.Method = "shapley-by-guessing" },
		"missing counts":  func(p *valuation.Partial) { p.Counts = nil },
		"short statistic": func(p *valuation.Partial) { p.Sums[0] = p.Sums[0][:2] },
		"nil sum":         func(p *valuation.Partial) { p.Sums[1][3] = nil },
	} {
		raw, _ := json.Marshal(good)
		var p valuation.Partial
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatal(err)
		}
		spoil(&p)
		if _, err := p.Result(false); err == nil {
			t.Errorf("%s: Result accepted it", name)
		}
		if _, err := valuation.Merge(p); err == nil {
			t.Errorf("%s: Merge accepted it", name)
		}
	}
}
