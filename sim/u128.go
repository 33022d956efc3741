package sim

import (
	"math/big"
	"math/bits"
)

// u128 is an unsigned 128-bit integer, enough for a deposit (below 2^96 by the contract's bound on the cost
// weight) and its share computations (a deposit times a uint32 count). Records keep amounts as values, not
// *big.Int, so that a million of them cost no extra objects for the garbage collector to trace.
type u128 struct{ hi, lo uint64 }

// u128From converts b, which must be below 2^128 and not negative.
func u128From(b *big.Int) u128 {
	var w [2]uint64
	for i, word := range b.Bits() {
		if bits.UintSize == 64 {
			w[i] = uint64(word)
		} else {
			w[i/2] |= uint64(word) << (32 * (i % 2))
		}
	}
	return u128{hi: w[1], lo: w[0]}
}

func (a u128) big() *big.Int {
	b := new(big.Int).SetUint64(a.hi)
	return b.Lsh(b, 64).Or(b, new(big.Int).SetUint64(a.lo))
}

func (a u128) isZero() bool { return a.hi == 0 && a.lo == 0 }

func (a u128) less(b u128) bool { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo) }

// sub returns a - b for b <= a.
func (a u128) sub(b u128) u128 {
	lo, borrow := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, borrow)
	return u128{hi: hi, lo: lo}
}

// mulDiv returns a * m / d, rounded down, for a * m below 2^128 and d > 0: Solidity's a * m / d on uint256
// for a deposit below 2^96 and m below 2^32.
func (a u128) mulDiv(m, d uint64) u128 {
	h1, l1 := bits.Mul64(a.lo, m)
	_, l2 := bits.Mul64(a.hi, m)
	hi := h1 + l2
	qhi, r := hi/d, hi%d
	qlo, _ := bits.Div64(r, l1, d)
	return u128{hi: qhi, lo: qlo}
}
