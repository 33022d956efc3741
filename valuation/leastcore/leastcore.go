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
// Method. The program above has a row per coalition, far too many for a dense simplex, so the package solves
// its dual, which has n+1 rows and a column per coalition:
//
//	maximise Σ_S v(S)·y_S + v(N)·z  subject to  Σ_{S∋i} y_S + z = εδᵢ for each i,  Σ_S y_S = 1,  y ≥ 0,
//
// with ε = 0 the exact dual, whose optimum is e*. Its right-hand side is zero in every player row, so it is
// massively degenerate, and gonum's simplex, which has no anti-degeneracy safeguard beyond Bland's rule, can
// wander into a near-singular basis. The package therefore solves it with the right-hand side perturbed by
// ε = 10⁻⁷ (less for n beyond millions) times fixed weights δᵢ ∈ [1, 2): every basic variable is then non-zero, the optimal basis can be read
// off the solution's support, and the primal (x, e) solves that basis's n+1 equations (x(S) + e = v(S) for
// each basic coalition, x(N) = v(N) for z). The basis is then checked to be optimal for ε = 0 too (its
// solution of the unperturbed right-hand side is non-negative; if not, ε shrinks a thousandfold and the LP is
// solved again), and the allocation is checked against every coalition. The simplex starts from a feasible
// basis built from the singletons, so gonum's Phase I is never run.
//
// Tie-break. The least core is a polytope, often more than a point. A perturbation of the dual's right-hand
// side is a perturbation of the primal's objective, to e + ε·Σᵢ δᵢxᵢ: among the allocations of the least core,
// the one returned minimises Σᵢ δᵢxᵢ, with δᵢ drawn from the PCG stream (0x1ea57c0e, n). Generic weights make
// that minimiser a unique vertex. It depends on nothing but the game, so it is deterministic; it is not
// symmetric: two symmetric players can get different shares of a least core that is not a single point.
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
	"sync"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"

	"github.com/sumkit/sumkit/valuation"
)

// MaxExactPlayers is the largest game [Exact] takes: 2¹⁶ − 2 coalitions, each a column of a dense
// (n+1)-row LP that gonum copies more than once.
const MaxExactPlayers = 16

// DefaultTolerance is the default feasibility tolerance, relative to max(1, max |v(S)|).
const DefaultTolerance = 1e-9

// tieBreakStream seeds the PCG stream of the tie-break weights δ.
const tieBreakStream = 0x1ea57c0e

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
}

// Result is a least-core allocation.
type Result struct {
	// Subsidy is e*, the least core's value.
	Subsidy float64
	// Values is the allocation x, summing to u(N) − u(∅).
	Values []float64
	// Coalitions is the number of coalitions constrained (the singletons included).
	Coalitions int
	// Tight is the number of coalitions in the optimal basis: those whose constraints, with x(N) = v(N) when
	// fewer than n+1, determine (x, e*).
	Tight int
	// MaxViolation is max(0, max over the coalitions of v(S) − x(S) − e*): at most the tolerance.
	MaxViolation float64
	// Empty and Full are u(∅) and u(N).
	Empty, Full float64
}

// Exact computes the least core over every coalition.
//
// Cost: 2ⁿ utility evaluations, then an LP of n+1 rows and 2ⁿ columns (a dense simplex pivot costs
// O(n³ + n·2ⁿ)) and an O(n·2ⁿ) check. n ≤ [MaxExactPlayers]; n = 12 takes about 6 ms on a cheap utility
// (BenchmarkLeastCoreExact12).
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
// Cost: n + Samples utility evaluations, then an LP of n+1 rows and n + Samples columns, a dense simplex
// pivot costing O(n³ + n·(n + Samples)): n = 200 with 2,000 samples takes about 10 s
// (BenchmarkLeastCoreSampled200), nearly all of it in gonum's simplex, which refactorises the basis densely
// at every pivot.
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

// solve evaluates the coalitions, finds e* and then the tie-broken allocation.
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
	delta := make([]float64, n)
	src := rand.NewPCG(tieBreakStream, uint64(n))
	for i := range delta {
		delta[i] = 1 + float64(src.Uint64()>>11)/(1<<53)
	}
	var lastErr error
	// The start basis needs ε·Σδ < 1; at 10⁻⁷ that holds below millions of players.
	for eps := min(1e-7, 0.5/(2*float64(n))); eps >= 1e-13; eps /= 1000 {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("least core: %w", err)
		}
		x, e, tight, err := solveDual(n, total, coalitions, v, delta, eps)
		if err != nil {
			lastErr = err
			continue
		}
		var worst float64
		for k, c := range coalitions {
			worst = max(worst, v[k]-c.allocated(x)-e)
		}
		if worst > tolerance {
			lastErr = fmt.Errorf("the allocation misses a coalition's constraint by %g (tolerance %g)", worst, tolerance)
			continue
		}
		return Result{
			Subsidy: e, Values: x, Coalitions: len(coalitions), Tight: tight, MaxViolation: worst,
			Empty: empty, Full: full,
		}, nil
	}
	return Result{}, fmt.Errorf("least core: %w", lastErr)
}

// solveDual solves the dual with its right-hand side perturbed by eps·δ (see the package documentation),
// checks that the optimal basis is optimal unperturbed too, and returns the primal solution (x, e) of that
// basis and the number of coalitions in it. Start: y on the singletons (the first n coalitions) and z⁻, a
// feasible basis for eps·Σδ < 1.
func solveDual(n int, total float64, coalitions []coalition, v, delta []float64, eps float64) ([]float64, float64, int, error) {
	m := len(coalitions)
	a := mat.NewDense(n+1, m+2, nil)
	c := make([]float64, m+2)
	var members []int
	for k, coal := range coalitions {
		members = coal.members(members[:0])
		for _, i := range members {
			a.Set(i, k, 1)
		}
		a.Set(n, k, 1)
		c[k] = -v[k]
	}
	for i := range n {
		a.Set(i, m, 1)
		a.Set(i, m+1, -1)
	}
	c[m], c[m+1] = -total, total
	b := make([]float64, n+1)
	for i := range n {
		b[i] = eps * delta[i]
	}
	b[n] = 1
	start := make([]int, n+1)
	for i := range n {
		start[i] = i
	}
	start[n] = m + 1
	_, y, err := lp.Simplex(c, a, b, 1e-12, start)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("simplex (ε = %g): %w", eps, err)
	}
	// gonum leaves non-basic variables at exactly zero, and the perturbation keeps basic ones off it.
	var basis []int
	for j, yj := range y {
		if yj != 0 {
			basis = append(basis, j)
		}
	}
	if len(basis) != n+1 {
		return nil, 0, 0, fmt.Errorf("simplex (ε = %g): %d non-zero variables for %d rows: still degenerate", eps, len(basis), n+1)
	}
	// Is the basis optimal for ε = 0? Its reduced costs do not depend on the right-hand side, so it is when
	// its basic solution of (0, …, 0, 1) is non-negative.
	bMat := mat.NewDense(n+1, n+1, nil)
	for col, j := range basis {
		for r := range n + 1 {
			bMat.Set(r, col, a.At(r, j))
		}
	}
	unit := make([]float64, n+1)
	unit[n] = 1
	var y0 mat.VecDense
	if err := y0.SolveVec(bMat, mat.NewVecDense(n+1, unit)); err != nil {
		return nil, 0, 0, fmt.Errorf("basis (ε = %g): %w", eps, err)
	}
	for k := range n + 1 {
		if y0.AtVec(k) < -1e-9 {
			return nil, 0, 0, fmt.Errorf("basis (ε = %g) is not optimal unperturbed: the perturbation is too large", eps)
		}
	}
	// The primal solution: one equation per basic column, Bᵀ(x, e) = v_B.
	var rhs mat.VecDense
	rhs.ReuseAsVec(n + 1)
	tight := 0
	for col, j := range basis {
		if j < m {
			tight++
			rhs.SetVec(col, v[j])
		} else {
			// z⁺ or z⁻: x(N) = v(N), up to the column's sign.
			rhs.SetVec(col, total*bMat.At(0, col))
		}
	}
	var xe mat.VecDense
	if err := xe.SolveVec(bMat.T(), &rhs); err != nil {
		return nil, 0, 0, fmt.Errorf("primal solution (ε = %g): %w", eps, err)
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = xe.AtVec(i)
	}
	return x, xe.AtVec(n), tight, nil
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
