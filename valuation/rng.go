package valuation

import (
	"math/bits"
	"math/rand/v2"
)

// stream returns the random source of sample k of a run seeded with seed. Each sample has its own stream, so
// a sample draws the same numbers whichever worker or shard computes it.
func stream(seed, k uint64) *rand.PCG {
	return rand.NewPCG(seed, k)
}

// uintn returns a uniform integer in [0, bound) by Lemire's multiply-and-reject method. It is written out here,
// not taken from math/rand/v2, so that the permutations a seed gives are fixed by this package alone.
func uintn(src *rand.PCG, bound uint64) uint64 {
	hi, lo := bits.Mul64(src.Uint64(), bound)
	if lo < bound {
		threshold := -bound % bound
		for lo < threshold {
			hi, lo = bits.Mul64(src.Uint64(), bound)
		}
	}
	return hi
}

// permute sets perm to a uniformly random permutation of 0..len(perm)-1 (Fisher–Yates from the top).
func permute(src *rand.PCG, perm []int) {
	for i := range perm {
		perm[i] = i
	}
	for i := len(perm) - 1; i > 0; i-- {
		j := uintn(src, uint64(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
}

// subset appends to dst, in ascending order, each player of 0..n-1 with probability ½: bit i%64 of the
// (i/64)-th draw.
func subset(src *rand.PCG, n int, dst []int) []int {
	for base := 0; base < n; base += 64 {
		word := src.Uint64()
		for ; word != 0; word &= word - 1 {
			i := base + bits.TrailingZeros64(word)
			if i >= n {
				break
			}
			dst = append(dst, i)
		}
	}
	return dst
}
