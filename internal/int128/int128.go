// Package int128 is a two's complement 128-bit integer for exact sums of int64 values: the width in which the
// sparse perceptron's score and the valuation methods' fixed-point sums cannot overflow, without the
// allocations of math/big on paths that run millions of times.
package int128

import (
	"math/big"
	"math/bits"
)

// Int is a two's complement 128-bit integer: Hi holds the upper 64 bits, sign included, Lo the lower.
type Int struct {
	Hi int64
	Lo uint64
}

// From64 returns v, sign-extended.
func From64(v int64) Int { return Int{Hi: v >> 63, Lo: uint64(v)} }

// Add64 adds v, wrapping at 128 bits (which sums of fewer than 2^64 int64 values never reach).
func (a *Int) Add64(v int64) {
	var carry uint64
	a.Lo, carry = bits.Add64(a.Lo, uint64(v), 0)
	a.Hi += int64(carry) + v>>63
}

// Add adds b, wrapping at 128 bits.
func (a *Int) Add(b Int) {
	var carry uint64
	a.Lo, carry = bits.Add64(a.Lo, b.Lo, 0)
	a.Hi += b.Hi + int64(carry)
}

// Sign returns -1, 0 or +1 as a is negative, zero or positive.
func (a Int) Sign() int {
	switch {
	case a.Hi < 0:
		return -1
	case a.Hi == 0 && a.Lo == 0:
		return 0
	}
	return 1
}

// Big sets z to a and returns z; a nil z is allocated.
func (a Int) Big(z *big.Int) *big.Int {
	if z == nil {
		z = new(big.Int)
	}
	z.SetInt64(a.Hi)
	z.Lsh(z, 64)
	var lo big.Int
	return z.Add(z, lo.SetUint64(a.Lo))
}

// FromBig returns z as an Int, and false when z lies outside [-2^127, 2^127).
func FromBig(z *big.Int) (Int, bool) {
	if z.BitLen() > 128 || (z.BitLen() == 128 && (z.Sign() > 0 || z.TrailingZeroBits() != 127)) {
		return Int{}, false
	}
	var lo, hi big.Int
	lo.And(z, new(big.Int).SetUint64(^uint64(0)))
	hi.Rsh(z, 64)
	return Int{Hi: hi.Int64(), Lo: lo.Uint64()}, true
}
