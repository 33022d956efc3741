// Package leastcore computes the least core of a cooperative game as a linear program, solved with gonum's
// simplex method.
//
// The least core is the set of allocations x of the game's total u(N) − u(∅) that minimise the largest
// excess any coalition has over its allocation:
//
//	minimise e  subject to  x(S) + e ≥ v(S) for every coalition ∅ ≠ S ≠ N,  x(N) = v(N),
//
// where v(S) = u(S) − u(∅) and x(S) = Σ_{i∈S} xᵢ. Its value e* is the subsidy a coalition would need before no
// coalition could do better alone: e* ≤ 0 exactly when the core is non-empty, as in convex games.
//
// [Exact] enumerates all 2ⁿ − 2 coalitions; [Sampled] keeps a random sample of them, plus every singleton,
// which bounds the program and keeps each contributor at least its standalone value minus e*.
//
// The LP has one constraint per coalition, too many for a dense simplex to take at once, so it is solved by
// constraint generation: the singletons first, then, round by round, the most violated coalitions, until the
// optimum of the constraints taken satisfies all others within the tolerance. It is then the optimum of the
// whole program.
//
// Tie-break. The least core is a polytope, often more than a point. The allocation returned is the vertex
// gonum's simplex (Dantzig's rule, Bland's rule on degenerate steps) reaches from a fixed start: the equal
// split, with the constraints added in a fixed order, each round's most violated first and, among equal
// violations, the coalition listed first (singletons in player order, then the enumeration order of bit masks,
// or the sample order). Everything is deterministic, so the same game and options give the same allocation;
// it is not symmetric, and two symmetric players can get different shares of a least core that is not a point.
package leastcore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"

	"github.com/sumkit/sumkit/valuation"
)

// MaxExactPlayers is the largest game [Exact] takes: 2²⁰ − 2 coalitions, each evaluated once and checked
// every round.
const MaxExactPlayers = 20

// DefaultTolerance is the default feasibility tolerance, relative to max(1, max |v(S)|).
const DefaultTolerance = 1e-9

// maxRounds bounds constraint generation; every round adds at least one coalition, so it also bounds the LP.
const maxRounds = 1000

// Options configures the least core.
type Options struct {
	// Samples is the number of coalitions [Sampled] draws (each player in with probability ½, ∅ and N
	// redrawn, duplicates dropped); Exact ignores it.
	Samples int
	// Seed selects the sample: coalition k comes from the PCG stream (Seed, k).
	Seed uint64
	// Workers is the number of goroutines evaluating the utility; 0 means GOMAXPROCS. The result does not
	// depend on it.
	Workers int
	// Tolerance is the feasibility tolerance relative to max(1, max |v(S)|); 0 means DefaultTolerance.
	Tolerance float64
	// Batch is the most coalitions added to the LP per round; 0 means max(n, 16).
	Batch int
}

// Result is a least-core allocation.
type Result struct {
	// Subsidy is e*, the least core's value.
	Subsidy float64
	// Values is the allocation x, summing to u(N) − u(∅).
	Values []float64
	// Coalitions is the number of coalitions constrained (the singletons included).
	Coalitions int
	// Active is the number of them in the final LP; Rounds the number of LPs solved.
	Active, Rounds int
	// MaxViolation is max over the coalitions of v(S) − x(S) − e*: at most the tolerance.
	MaxViolation float64
	// Empty and Full are u(∅) and u(N).
	Empty, Full float64
}

// Exact computes the least core over every coalition.
//
// Cost: 2ⁿ utility evaluations; then rounds of an LP over the coalitions generated so far (rows ≈ the active
// coalitions, dense simplex, O(rows³) per pivot) and an O(2ⁿ·n) check. n ≤ [MaxExactPlayers]; see
// BenchmarkLeastCoreExact12 for the time at n = 12.
func Exact(ctx context.Context, u valuation.Utility, opts Options) (Result, error) {
	n := u.Players()
	if n < 2 || n > MaxExactPlayers {
		return Result{}, fmt.Errorf("least core: %d players, the exact least core takes 2 to %d", n, MaxExactPlayers)
	}
	words := wordsFor(n)
	var coalitions []coalition
	for i := range n {
		coalitions = append(coalitions, singleton(words, i))
	}
	for m := uint64(1); m < 1<<n-1; m++ {
		if bits.OnesCount64(m) > 1 {
			coalitions = append(coalitions, coalition{m})
		}
	}
	return solve(ctx, u, coalitions, opts)
}

// Sampled computes the least core over the n singletons and opts.Samples random coalitions.
//
// Cost: n + Samples utility evaluations, then constraint-generation rounds as in [Exact]; the final LP has at
// least n + 1 rows, so a dense simplex step costs O(n³). See BenchmarkLeastCoreSampled200.
func Sampled(ctx context.Context, u valuation.Utility, opts Options) (Result, error) {
	n := u.Players()
	if n < 2 {
		return Result{}, fmt.Errorf("least core: %d players, need at least 2", n)
	}
	if opts.Samples < 0 {
		return Result{}, fmt.Errorf("least core: %d samples", opts.Samples)
	}
	words := wordsFor(n)
	seen := make(map[string]bool)
	var coalitions []coalition
	add := func(c coalition) {
		key := c.key()
		if !seen[key] {
			seen[key] = true
			coalitions = append(coalitions, c)
		}
	}
	for i := range n {
		add(singleton(words, i))
	}
	for k := range opts.Samples {
		src := rand.NewPCG(opts.Seed, uint64(k))
		for {
			c := make(coalition, words)
			size := 0
			for w := range c {
				c[w] = src.Uint64()
				if rest := n - 64*w; rest < 64 {
					c[w] &= 1<<rest - 1
				}
				size += bits.OnesCount64(c[w])
			}
			if size > 0 && size < n {
				add(c)
				break
			}
		}
	}
	return solve(ctx, u, coalitions, opts)
}

// coalition is a bit set of players.
type coalition []uint64

func wordsFor(n int) int { return (n + 63) / 64 }

func singleton(words, i int) coalition {
	c := make(coalition, words)
	c[i/64] = 1 << (i % 64)
	return c
}

func (c coalition) key() string {
	b := make([]byte, 0, 8*len(c))
	for _, w := range c {
		b = fmt.Appendf(b, "%016x", w)
	}
	return string(b)
}

func (c coalition) members(dst []int) []int {
	for w, word := range c {
		for ; word != 0; word &= word - 1 {
			dst = append(dst, 64*w+bits.TrailingZeros64(word))
		}
	}
	return dst
}

// allocated returns x(S), summed in ascending player order.
func (c coalition) allocated(x []float64) float64 {
	var s float64
	for w, word := range c {
		for ; word != 0; word &= word - 1 {
			s += x[64*w+bits.TrailingZeros64(word)]
		}
	}
	return s
}

func (c coalition) size() int {
	s := 0
	for _, w := range c {
		s += bits.OnesCount64(w)
	}
	return s
}

// solve evaluates the coalitions and runs constraint generation.
func solve(ctx context.Context, u valuation.Utility, coalitions []coalition, opts Options) (Result, error) {
	n := u.Players()
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	empty, err := u.Value(ctx, nil)
	if err != nil {
		return Result{}, fmt.Errorf("least core: u(∅): %w", err)
	}
	full, err := u.Value(ctx, all)
	if err != nil {
		return Result{}, fmt.Errorf("least core: u(N): %w", err)
	}
	v, err := evaluate(ctx, u, coalitions, empty, opts.Workers)
	if err != nil {
		return Result{}, err
	}
	total := full - empty
	if math.IsNaN(total) || math.IsInf(total, 0) {
		return Result{}, fmt.Errorf("least core: u(N) − u(∅) = %v", total)
	}
	scale := max(1, math.Abs(total))
	for _, x := range v {
		scale = max(scale, math.Abs(x))
	}
	tolerance := cmp.Or(opts.Tolerance, DefaultTolerance) * scale
	batch := cmp.Or(opts.Batch, max(n, 16))

	// The singletons are first in every coalition list: they alone bound e from below.
	active := make([]int, n)
	for i := range active {
		active[i] = i
	}
	inLP := make([]bool, len(coalitions))
	for _, i := range active {
		inLP[i] = true
	}
	type violation struct {
		excess float64
		index  int
	}
	for round := 1; round <= maxRounds; round++ {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("least core: %w", err)
		}
		x, e, err := solveLP(n, total, coalitions, v, active)
		if err != nil {
			return Result{}, fmt.Errorf("least core: round %d, %d constraints: %w", round, len(active), err)
		}
		var worst float64
		var violated []violation
		for k, c := range coalitions {
			excess := v[k] - c.allocated(x) - e
			worst = max(worst, excess)
			if excess > tolerance && !inLP[k] {
				violated = append(violated, violation{excess, k})
			}
		}
		if len(violated) == 0 {
			if worst > tolerance {
				return Result{}, fmt.Errorf("least core: round %d: the LP's own constraints are violated by %g: the simplex did not converge", round, worst)
			}
			return Result{
				Subsidy: e, Values: x, Coalitions: len(coalitions), Active: len(active), Rounds: round,
				MaxViolation: worst, Empty: empty, Full: full,
			}, nil
		}
		slices.SortFunc(violated, func(a, b violation) int {
			return cmp.Or(cmp.Compare(b.excess, a.excess), cmp.Compare(a.index, b.index))
		})
		for _, viol := range violated[:min(batch, len(violated))] {
			active = append(active, viol.index)
			inLP[viol.index] = true
		}
	}
	return Result{}, fmt.Errorf("least core: no convergence in %d rounds", maxRounds)
}

// evaluate returns v(S) = u(S) − u(∅) for every coalition, in parallel.
func evaluate(ctx context.Context, u valuation.Utility, coalitions []coalition, empty float64, nWorkers int) ([]float64, error) {
	if nWorkers <= 0 {
		nWorkers = runtime.GOMAXPROCS(0)
	}
	nWorkers = min(nWorkers, len(coalitions))
	v := make([]float64, len(coalitions))
	errs := make([]error, nWorkers)
	var wg sync.WaitGroup
	for w := range nWorkers {
		lo, hi := len(coalitions)*w/nWorkers, len(coalitions)*(w+1)/nWorkers
		wg.Go(func() {
			var members []int
			for k := lo; k < hi; k++ {
				members = coalitions[k].members(members[:0])
				uk, err := u.Value(ctx, members)
				if err == nil && (math.IsNaN(uk) || math.IsInf(uk, 0)) {
					err = fmt.Errorf("utility %v", uk)
				}
				if err != nil {
					errs[w] = fmt.Errorf("least core: coalition %v: %w", members, err)
					return
				}
				v[k] = uk - empty
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return v, nil
}

// solveLP solves the least-core LP restricted to the active coalitions and returns x and e.
//
// Standard form for gonum: substituting x = x' + (v(N)/n)·1 and e = e' + E₀, with E₀ = max over the active
// coalitions of v(S) − |S|·v(N)/n, makes x' = 0, e' = 0 feasible, so the slacks plus x'₀⁺ are a feasible
// starting basis and gonum's Phase I (quartic in the rows) is never needed. Columns: x'⁺ (n), x'⁻ (n), e'⁺, e'⁻,
// one slack per active coalition; rows: one per active coalition, then Σ x' = 0.
func solveLP(n int, total float64, coalitions []coalition, v []float64, active []int) ([]float64, float64, error) {
	share := total / float64(n)
	rows := len(active) + 1
	cols := 2*n + 2 + len(active)
	excess := make([]float64, len(active))
	e0 := math.Inf(-1)
	for r, k := range active {
		excess[r] = v[k] - float64(coalitions[k].size())*share
		e0 = max(e0, excess[r])
	}
	a := mat.NewDense(rows, cols, nil)
	b := make([]float64, rows)
	c := make([]float64, cols)
	c[2*n], c[2*n+1] = 1, -1
	var members []int
	for r, k := range active {
		members = coalitions[k].members(members[:0])
		for _, i := range members {
			a.Set(r, i, -1)
			a.Set(r, n+i, 1)
		}
		a.Set(r, 2*n, -1)
		a.Set(r, 2*n+1, 1)
		a.Set(r, 2*n+2+r, 1)
		b[r] = e0 - excess[r] // ≥ 0 exactly: e0 is the largest of the excesses.
	}
	for i := range n {
		a.Set(rows-1, i, 1)
		a.Set(rows-1, n+i, -1)
	}
	basis := make([]int, rows)
	for r := range active {
		basis[r] = 2*n + 2 + r
	}
	basis[rows-1] = 0
	_, opt, err := lp.Simplex(c, a, b, 1e-10, basis)
	if err != nil {
		return nil, 0, fmt.Errorf("simplex: %w", err)
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = share + (opt[i] - opt[n+i])
	}
	return x, e0 + (opt[2*n] - opt[2*n+1]), nil
}
