package valuation

import (
	"context"
	"fmt"
	"math"
)

// TMCShapley estimates Shapley values by truncated Monte Carlo permutation sampling (Ghorbani and Zou, Data
// Shapley, 2019): each sample is a uniformly random permutation walked from the empty coalition, one player at
// a time, through a [Walker]; a player's value is the mean of its marginal contributions, and its standard
// error that of the mean.
//
// Cost per permutation: one Reset and up to n Adds, fewer when Truncation ends the walk early (at the price of
// a bias towards zero for the players left out). With the fallback walker each Add is a full evaluation; an
// [Incremental] utility makes it cheap. The error shrinks as 1/√samples. Permutations run in parallel on all
// workers, and the result is bit-identical for any worker count (see the package documentation).
func TMCShapley(ctx context.Context, u Utility, opts SamplingOptions) (Result, error) {
	p, err := TMCShapleyPartial(ctx, u, opts)
	if err != nil {
		return Result{}, err
	}
	return p.Result(opts.Normalize)
}

// TMCShapleyPartial runs [TMCShapley], or the shard of it that opts.Shard names, and returns its exact partial
// sums for [Merge].
func TMCShapleyPartial(ctx context.Context, u Utility, opts SamplingOptions) (Partial, error) {
	p, err := run(ctx, u, opts, tmcMethod(u, opts))
	if err != nil {
		return Partial{}, err
	}
	return *p, nil
}

func tmcMethod(u Utility, opts SamplingOptions) method {
	m := method{
		name: MethodTMCShapley,
		finish: func(p *Partial) ([]float64, []float64) {
			values, stdErrs := make([]float64, p.Players), make([]float64, p.Players)
			for i := range values {
				values[i], stdErrs[i] = meanAndStdErr(p.Sums[0][i], p.Sums[1][i], int64(p.Samples))
			}
			return values, stdErrs
		},
	}
	if u != nil {
		n := u.Players()
		m.shape = []int{n, n}
		m.newSampler = func(_, full float64) sampler {
			return &tmcSampler{walker: NewWalker(u), perm: make([]int, n), seed: opts.Seed, truncation: opts.Truncation, full: full}
		}
	}
	return m
}

type tmcSampler struct {
	walker     Walker
	perm       []int
	seed       uint64
	truncation float64
	full       float64 // u(N), the truncation's reference
}

func (s *tmcSampler) sample(ctx context.Context, k uint64, acc *blockSums) error {
	permute(stream(s.seed, k), s.perm)
	prev, err := s.walker.Reset(ctx)
	if err == nil {
		err = checkFinite(prev)
	}
	if err != nil {
		return fmt.Errorf("walk: reset: %w", err)
	}
	sums, squares := acc.sums[0], acc.sums[1]
	for _, player := range s.perm {
		if s.truncation > 0 && math.Abs(s.full-prev) <= s.truncation*math.Abs(s.full) {
			break
		}
		v, err := s.walker.Add(ctx, player)
		if err == nil {
			err = checkFinite(v)
		}
		if err != nil {
			return fmt.Errorf("walk: add %d: %w", player, err)
		}
		d := v - prev
		sums[player] += d
		squares[player] += float64(d * d) // rounded before adding: no FMA on any architecture
		prev = v
	}
	return nil
}
