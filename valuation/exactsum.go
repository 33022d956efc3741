package valuation

import (
	"math"
	"math/big"
)

// fixedPointShift scales a float64 to an integer: every finite float64 is an integer multiple of 2⁻¹⁰⁷⁴, the
// smallest subnormal, so x·2¹⁰⁷⁴ is an exact integer and sums of such integers are exact and associative.
// That is what lets blocks, workers and shards be added in any order and still give the same bits.
const fixedPointShift = 1074

// addExact adds x·2¹⁰⁷⁴ to dst exactly. tmp is scratch space, so the hot loop does not allocate.
func addExact(dst *big.Int, x float64, tmp *big.Int) {
	if x == 0 {
		return
	}
	frac, exp := math.Frexp(x) // x = frac·2^exp, 0.5 ≤ |frac| < 1: frac·2⁵³ is an exact integer.
	mant := int64(frac * (1 << 53))
	shift := exp - 53 + fixedPointShift
	if shift < 0 {
		// Subnormals: their mantissa ends in at least -shift zero bits, so this shift drops nothing.
		mant >>= -shift
		shift = 0
	}
	tmp.SetInt64(mant)
	tmp.Lsh(tmp, uint(shift))
	dst.Add(dst, tmp)
}
