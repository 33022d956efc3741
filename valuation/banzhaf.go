package valuation

import (
	"context"
	"fmt"
	"math"
	"math/big"
)

// Banzhaf estimates Data Banzhaf values with maximum sample reuse (Wang and Jia, Data Banzhaf, 2023): each
// sample is a coalition drawing every player with probability ½, evaluated once, and every sample serves every
// player: βᵢ = mean{u(S) : i ∈ S} − mean{u(S) : i ∉ S}. The standard error is that of the difference of the two
// independent means, √(SE²_in + SE²_out).
//
// Cost: one utility evaluation of about n/2 players per sample plus O(n) bookkeeping; all n values improve with
// every sample, which is what makes MSR cheaper than per-player sampling by a factor of about n. A player never
// or always drawn (only likely with very few samples) has value 0 and an infinite standard error. Samples run in
// parallel, bit-identical for any worker count. Banzhaf values are not efficient: EfficiencyGap is no error, and
// normalisation rescales them to a budget rather than correcting them.
func Banzhaf(ctx context.Context, u Utility, opts SamplingOptions) (Result, error) {
	p, err := BanzhafPartial(ctx, u, opts)
	if err != nil {
		return Result{}, err
	}
	return p.Result(opts.Normalize)
}

// BanzhafPartial runs [Banzhaf], or the shard of it that opts.Shard names, and returns its exact partial sums
// for [Merge]. opts.Truncation must be zero.
func BanzhafPartial(ctx context.Context, u Utility, opts SamplingOptions) (Partial, error) {
	if opts.Truncation != 0 {
		return Partial{}, fmt.Errorf("%s: truncation applies to permutation walks only", MethodBanzhafMSR)
	}
	p, err := run(ctx, u, opts, banzhafMethod(u, opts.Seed))
	if err != nil {
		return Partial{}, err
	}
	return *p, nil
}

func banzhafMethod(u Utility, seed uint64) method {
	m := method{
		name:   MethodBanzhafMSR,
		counts: true,
		finish: func(p *Partial) ([]float64, []float64) {
			values, stdErrs := make([]float64, p.Players), make([]float64, p.Players)
			all, allSq := p.Sums[2][0], p.Sums[3][0]
			for i := range values {
				in, inSq, inCount := p.Sums[0][i], p.Sums[1][i], p.Counts[i]
				outCount := int64(p.Samples) - inCount
				if inCount == 0 || outCount == 0 {
					values[i], stdErrs[i] = 0, math.Inf(1)
					continue
				}
				meanIn, seIn := meanAndStdErr(in, inSq, inCount)
				out := new(big.Int).Sub(all, in)
				outSq := new(big.Int).Sub(allSq, inSq)
				meanOut, seOut := meanAndStdErr(out, outSq, outCount)
				values[i] = meanIn - meanOut
				stdErrs[i] = math.Hypot(seIn, seOut)
			}
			return values, stdErrs
		},
	}
	if u != nil {
		n := u.Players()
		m.shape = []int{n, n, 1, 1}
		m.newSampler = func(_, _ float64) sampler {
			return &banzhafSampler{u: u, n: n, seed: seed, members: make([]int, 0, n)}
		}
	}
	return m
}

type banzhafSampler struct {
	u       Utility
	n       int
	seed    uint64
	members []int
}

func (s *banzhafSampler) sample(ctx context.Context, k uint64, acc *blockSums) error {
	s.members = subset(stream(s.seed, k), s.n, s.members[:0])
	v, err := s.u.Value(ctx, s.members)
	if err == nil {
		err = checkFinite(v)
	}
	if err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	sq := float64(v * v) // The conversion rounds the product: no fused multiply-add on arm64 changes a bit.
	for _, i := range s.members {
		acc.sums[0][i] += v
		acc.sums[1][i] += sq
		acc.counts[i]++
	}
	acc.sums[2][0] += v
	acc.sums[3][0] += sq
	return nil
}
