package int128

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestAgainstBig checks sums of random and extreme int64 values against math/big, and the round trip through
// FromBig.
func TestAgainstBig(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	extremes := []int64{math.MaxInt64, math.MinInt64, -1, 0, 1}
	for trial := range 200 {
		var a Int
		want := new(big.Int)
		for i := range 50 {
			v := int64(r.Uint64())
			if trial%2 == 0 {
				v = extremes[(trial+i)%len(extremes)]
			}
			a.Add64(v)
			want.Add(want, big.NewInt(v))
			if got := a.Big(nil); got.Cmp(want) != 0 {
				t.Fatalf("trial %d step %d: %v, want %v", trial, i, got, want)
			}
			if a.Sign() != want.Sign() {
				t.Fatalf("trial %d step %d: Sign %d, want %d", trial, i, a.Sign(), want.Sign())
			}
		}
		back, ok := FromBig(want)
		if !ok || back != a {
			t.Errorf("FromBig(%v) = %+v, %v; want %+v", want, back, ok, a)
		}
		var b Int
		b.Add(a)
		b.Add(From64(-1))
		if got := b.Big(nil); got.Cmp(new(big.Int).Sub(want, big.NewInt(1))) != 0 {
			t.Errorf("Add: %v, want %v - 1", got, want)
		}
	}
}

func TestFromBigRange(t *testing.T) {
	one := big.NewInt(1)
	for _, tc := range []struct {
		z  *big.Int
		ok bool
	}{
		{new(big.Int).Lsh(one, 127), false},
		{new(big.Int).Sub(new(big.Int).Lsh(one, 127), one), true},
		{new(big.Int).Neg(new(big.Int).Lsh(one, 127)), true},
		{new(big.Int).Sub(new(big.Int).Neg(new(big.Int).Lsh(one, 127)), one), false},
	} {
		if v, ok := FromBig(tc.z); ok != tc.ok || (ok && v.Big(nil).Cmp(tc.z) != 0) {
			t.Errorf("FromBig(%v) = %+v, %v; want ok %v", tc.z, v, ok, tc.ok)
		}
	}
}
