// SPDX-License-Identifier: MIT

package dataset

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
)

// Streams of the PCG generators, one per use, so that a split and a synthetic dataset drawn from the same
// seed are independent.
const (
	streamSplit     = 0x5eed_5b11_7000_0001
	streamSynthetic = 0x5eed_5b11_7000_0002
)

// rng draws from a PCG. Only the PCG's raw Uint64 stream is used: bounded integers and the shuffle are
// computed here, because math/rand/v2 pins the PCG algorithm but not how Rand's helper methods (IntN,
// Shuffle, Float64) turn its output into values, and splits must not change with the Go release.
type rng struct {
	src *rand.PCG
}

// newRNG returns a generator for the given seed and stream.
func newRNG(seed, stream uint64) rng { return rng{src: rand.NewPCG(seed, stream)} }

// below returns a uniform integer in [0, n), n > 0, by Lemire's multiply-and-reject method: exact, and
// almost always one draw.
func (r rng) below(n uint64) uint64 {
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		threshold := -n % n // 2^64 mod n: the low products below it would over-represent some values.
		for lo < threshold {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}

// chance returns a threshold t such that r.src.Uint64() < t happens with probability p (to within 2^-64):
// an integer comparison, so a Bernoulli draw needs no floating point.
func chance(p float64) (t uint64, always bool) {
	if p >= 1 {
		return 0, true
	}
	if p <= 0 {
		return 0, false
	}
	// p * 2^64 is exact scaling; below 2^64 it converts without overflow.
	return uint64(p * 0x1p64), false
}

// permutation returns a uniformly random permutation of 0..n-1 (Fisher–Yates).
func (r rng) permutation(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.below(uint64(i) + 1))
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// Split shuffles the row numbers 0..n-1 with a PCG seeded from seed and returns the first
// n - round(n*testFraction) as train and the rest as test, each in shuffled order. The result depends only
// on n, testFraction and seed: it is the same on every platform and Go release. testFraction must lie in
// [0, 1].
func Split(n int, testFraction float64, seed uint64) (train, test []int, err error) {
	if n < 0 {
		return nil, nil, fmt.Errorf("split %d rows: %w", n, ErrOptions)
	}
	if !(testFraction >= 0 && testFraction <= 1) {
		return nil, nil, fmt.Errorf("split: test fraction %v is not in [0, 1]: %w", testFraction, ErrOptions)
	}
	p := newRNG(seed, streamSplit).permutation(n)
	nTest := int(math.Round(float64(n) * testFraction))
	return p[:n-nTest], p[n-nTest:], nil
}
