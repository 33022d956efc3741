package valuation

import (
	"context"
	"fmt"
	"math/bits"
	"runtime"
	"sync"
)

// MaxExactPlayers is the largest game [ExactShapley] and [ExactBanzhaf] enumerate: 2²⁶ coalitions, whose
// utilities take 512 MiB. With a cheap utility on 2 cores, n = 24 takes 2.3 s and n = 26 13 s
// (BenchmarkExactShapley); every further player would double time and memory, to about 60 s and 2 GiB at 28,
// so memory sets the cap. With a trained model as the utility, the 2ⁿ trainings dominate far earlier.
const MaxExactPlayers = 26

// ExactOptions configures the enumeration methods.
type ExactOptions struct {
	// Workers is the number of goroutines that evaluate the utility; 0 means GOMAXPROCS. The output does not
	// depend on it.
	Workers int
}

func workers(w int) int {
	if w <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return w
}

// parallel runs fn over [0, n) split into contiguous chunks, one goroutine per worker, and returns the first
// error by chunk order, so which error is reported does not depend on scheduling.
func parallel(ctx context.Context, nWorkers, n int, fn func(ctx context.Context, lo, hi int) error) error {
	nWorkers = min(workers(nWorkers), max(n, 1))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, nWorkers)
	var wg sync.WaitGroup
	for w := range nWorkers {
		lo, hi := n*w/nWorkers, n*(w+1)/nWorkers
		wg.Go(func() {
			if err := fn(ctx, lo, hi); err != nil {
				errs[w] = err
				cancel()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Tabulate evaluates u on every coalition: entry m is u(S) for the coalition S whose members are the set bits
// of m. It takes 2ⁿ evaluations and 8·2ⁿ bytes, in parallel, and refuses n > [MaxExactPlayers].
func Tabulate(ctx context.Context, u Utility, opts ExactOptions) ([]float64, error) {
	n := u.Players()
	if n < 0 || n > MaxExactPlayers {
		return nil, fmt.Errorf("tabulate: %d players, enumeration handles 0 to %d", n, MaxExactPlayers)
	}
	table := make([]float64, 1<<n)
	err := parallel(ctx, opts.Workers, len(table), func(ctx context.Context, lo, hi int) error {
		members := make([]int, 0, n)
		for m := lo; m < hi; m++ {
			members = members[:0]
			for rest := uint(m); rest != 0; rest &= rest - 1 {
				members = append(members, bits.TrailingZeros(rest))
			}
			v, err := u.Value(ctx, members)
			if err != nil {
				return fmt.Errorf("tabulate: coalition %b: %w", m, err)
			}
			if err := checkFinite(v); err != nil {
				return fmt.Errorf("tabulate: coalition %b: %w", m, err)
			}
			table[m] = v
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return table, nil
}

// ExactShapley computes the Shapley value of every player by enumerating all 2ⁿ coalitions:
// φᵢ = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (u(S ∪ {i}) − u(S)).
//
// Cost: 2ⁿ utility evaluations, then O(n·2ⁿ) additions, both spread over the workers; memory 8·2ⁿ bytes.
// Limit: n ≤ [MaxExactPlayers] (26: 13 s on a cheap utility). The marginals of each coalition size are summed first, in ascending coalition
// order, then weighted, so the output is bit-identical whatever the number of workers.
func ExactShapley(ctx context.Context, u Utility, opts ExactOptions) (Result, error) {
	table, err := Tabulate(ctx, u, opts)
	if err != nil {
		return Result{}, fmt.Errorf("exact shapley: %w", err)
	}
	n := u.Players()
	// weight[s] = s!(n-s-1)!/n! = 1/(n·C(n-1, s)).
	weight := make([]float64, n)
	binom := 1.0
	for s := range n {
		weight[s] = 1 / (float64(n) * binom)
		binom = binom * float64(n-1-s) / float64(s+1)
	}
	values, err := marginals(ctx, table, n, opts.Workers, func(bySize []float64) float64 {
		var phi float64
		for s, acc := range bySize {
			phi += float64(weight[s] * acc) // rounded before adding: no FMA, the same bits on every architecture
		}
		return phi
	})
	if err != nil {
		return Result{}, fmt.Errorf("exact shapley: %w", err)
	}
	return fromTable(MethodExactShapley, table, values), nil
}

// ExactBanzhaf computes the Banzhaf value of every player by enumeration:
// βᵢ = 2^−(n−1) · Σ_{S ∌ i} (u(S ∪ {i}) − u(S)). Cost and limits as [ExactShapley].
func ExactBanzhaf(ctx context.Context, u Utility, opts ExactOptions) (Result, error) {
	table, err := Tabulate(ctx, u, opts)
	if err != nil {
		return Result{}, fmt.Errorf("exact banzhaf: %w", err)
	}
	n := u.Players()
	scale := 1 / float64(uint64(1)<<max(n-1, 0))
	values, err := marginals(ctx, table, n, opts.Workers, func(bySize []float64) float64 {
		var total float64
		for _, acc := range bySize {
			total += acc
		}
		return total * scale
	})
	if err != nil {
		return Result{}, fmt.Errorf("exact banzhaf: %w", err)
	}
	return fromTable(MethodExactBanzhaf, table, values), nil
}

// marginals sums, for each player i, its marginal contributions u(S ∪ {i}) − u(S) grouped by |S| in ascending
// order of S, and reduces each player's sums with combine. Players are spread over the workers.
func marginals(ctx context.Context, table []float64, n, nWorkers int, combine func(bySize []float64) float64) ([]float64, error) {
	values := make([]float64, n)
	err := parallel(ctx, nWorkers, n, func(ctx context.Context, lo, hi int) error {
		bySize := make([]float64, n)
		for i := lo; i < hi; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			clear(bySize)
			bit := 1 << i
			for m := range table {
				if m&bit != 0 {
					continue
				}
				bySize[bits.OnesCount(uint(m))] += table[m|bit] - table[m]
			}
			values[i] = combine(bySize)
		}
		return nil
	})
	return values, err
}

func fromTable(method Method, table, values []float64) Result {
	return finish(Result{
		Method:  method,
		Values:  values,
		StdErrs: make([]float64, len(values)),
		Samples: len(table),
		Empty:   table[0],
		Full:    table[len(table)-1],
	}, false)
}

// LeaveOneOut values each player by what the grand coalition loses without it: φᵢ = u(N) − u(N ∖ {i}).
//
// Cost: n+1 utility evaluations of coalitions of size n−1 and n, in parallel, and u(∅) once for the efficiency
// figures; no limit on n beyond the utility's own cost. Leave-one-out is not efficient and gives every player
// of a redundant pair zero; it is the cheap baseline.
func LeaveOneOut(ctx context.Context, u Utility, opts ExactOptions) (Result, error) {
	n := u.Players()
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	// Index n is u(N), n+1 is u(∅); index i < n is u(N ∖ {i}).
	evals := make([]float64, n+2)
	err := parallel(ctx, opts.Workers, n+2, func(ctx context.Context, lo, hi int) error {
		without := make([]int, 0, n)
		for k := lo; k < hi; k++ {
			var coalition []int
			switch {
			case k == n:
				coalition = all
			case k == n+1:
				coalition = nil
			default:
				without = append(append(without[:0], all[:k]...), all[k+1:]...)
				coalition = without
			}
			v, err := u.Value(ctx, coalition)
			if err != nil {
				return fmt.Errorf("leave-one-out: evaluation %d: %w", k, err)
			}
			if err := checkFinite(v); err != nil {
				return fmt.Errorf("leave-one-out: evaluation %d: %w", k, err)
			}
			evals[k] = v
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	values := make([]float64, n)
	for i := range values {
		values[i] = evals[n] - evals[i]
	}
	return finish(Result{
		Method:  MethodLeaveOneOut,
		Values:  values,
		StdErrs: make([]float64, n),
		Samples: n + 1,
		Empty:   evals[n+1],
		Full:    evals[n],
	}, false), nil
}
