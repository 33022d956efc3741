// SPDX-License-Identifier: MIT

package dataset_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

// TestSplitPinned pins Split's output. The expected values come from this Python reference, written from
// the definitions of PCG-DXSM (as math/rand/v2.PCG implements it), Lemire's bounded integers and
// Fisher–Yates, so they hold on any platform and would catch a change in any of the three:
//
//	M = (1 << 64) - 1
//	def pcg(s1, s2):
//	    state = (s1 << 64) | s2
//	    mul = (2549297995355413924 << 64) | 4865540595714422341
//	    inc = (6364136223846793005 << 64) | 1442695040888963407
//	    while True:
//	        state = (state * mul + inc) & ((1 << 128) - 1)
//	        hi, lo = state >> 64, state & M
//	        hi ^= hi >> 32; hi = (hi * 0xda942042e4dd58b5) & M
//	        hi ^= hi >> 48; yield (hi * (lo | 1)) & M
//	def below(g, n):
//	    while True:
//	        x = next(g) * n
//	        if x & M >= (1 << 64) % n: return x >> 64
//	def split(n, frac, seed):
//	    g, a = pcg(seed, 0x5eed5b1170000001), list(range(n))
//	    for i in range(n - 1, 0, -1):
//	        j = below(g, i + 1); a[i], a[j] = a[j], a[i]
//	    t = int(n * frac + 0.5)
//	    return a[:n - t], a[n - t:]
func TestSplitPinned(t *testing.T) {
	tests := map[string]struct {
		n           int
		frac        float64
		seed        uint64
		train, test []int
	}{
		"10 rows seed 42":  {n: 10, frac: 0.3, seed: 42, train: []int{6, 9, 2, 3, 1, 5, 7}, test: []int{4, 8, 0}},
		"7 rows half":      {n: 7, frac: 0.5, seed: 0, train: []int{6, 5, 2}, test: []int{3, 0, 4, 1}},
		"5 rows max seed":  {n: 5, frac: 0.25, seed: math.MaxUint64, train: []int{2, 4, 3, 1}, test: []int{0}},
		"no rows":          {n: 0, frac: 0.2, seed: 1, train: []int{}, test: []int{}},
		"everything train": {n: 3, frac: 0, seed: 42, train: []int{2, 1, 0}, test: []int{}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			train, test, err := dataset.Split(tt.n, tt.frac, tt.seed)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(train, tt.train) || !slices.Equal(test, tt.test) {
				t.Errorf("Split(%d, %v, %d) = %v, %v; want %v, %v", tt.n, tt.frac, tt.seed, train, test, tt.train,
					tt.test)
			}
		})
	}
}

// TestSplitProperties checks that a split is a partition of the rows of the right sizes, fixed by its seed.
func TestSplitProperties(t *testing.T) {
	tests := map[string]struct {
		n        int
		frac     float64
		wantTest int
	}{
		"imdb":        {n: 1000, frac: 0.2, wantTest: 200},
		"sms":         {n: 5171, frac: 0.2, wantTest: 1034},
		"rounds half": {n: 5, frac: 0.5, wantTest: 3},
		"all test":    {n: 9, frac: 1, wantTest: 9},
		"one row":     {n: 1, frac: 0.2, wantTest: 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			train, test, err := dataset.Split(tt.n, tt.frac, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(test) != tt.wantTest || len(train) != tt.n-tt.wantTest {
				t.Errorf("%d train, %d test rows, want %d, %d", len(train), len(test), tt.n-tt.wantTest, tt.wantTest)
			}
			all := slices.Sorted(slices.Values(slices.Concat(train, test)))
			for i, r := range all {
				if r != i {
					t.Fatalf("train and test together are not rows 0..%d exactly once: %v", tt.n-1, all)
				}
			}
			again, _, _ := dataset.Split(tt.n, tt.frac, 5)
			other, _, _ := dataset.Split(tt.n, tt.frac, 6)
			if !slices.Equal(train, again) {
				t.Error("the same seed gave a different split")
			}
			if tt.n-tt.wantTest > 5 && slices.Equal(train, other) {
				t.Error("seeds 5 and 6 gave the same split")
			}
		})
	}
}

func TestSplitErrors(t *testing.T) {
	for _, tt := range []struct {
		n    int
		frac float64
	}{{-1, 0.2}, {10, -0.1}, {10, 1.1}, {10, math.NaN()}} {
		if _, _, err := dataset.Split(tt.n, tt.frac, 0); !errors.Is(err, dataset.ErrOptions) {
			t.Errorf("Split(%d, %v) error = %v, want ErrOptions", tt.n, tt.frac, err)
		}
	}
}
