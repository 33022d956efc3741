// SPDX-License-Identifier: MIT

package dataset

import (
	"math"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
)

func TestBagOfWords(t *testing.T) {
	tests := map[string]struct {
		in         []int64
		max        int
		want       []int64
		wantCapped bool
	}{
		"empty":              {in: nil, want: []int64{}},
		"sorted unique":      {in: []int64{9, 3, 9, 1, 3}, want: []int64{1, 3, 9}},
		"cap not reached":    {in: []int64{9, 3, 9, 1, 3}, max: 3, want: []int64{1, 3, 9}},
		"keeps first words":  {in: []int64{9, 3, 9, 1, 3, 0}, max: 2, want: []int64{3, 9}, wantCapped: true},
		"repeats do not use": {in: []int64{5, 5, 5, 4, 2}, max: 2, want: []int64{4, 5}, wantCapped: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, capped := bagOfWords(tt.in, tt.max)
			if !slices.Equal(got, tt.want) || capped != tt.wantCapped {
				t.Errorf("bagOfWords(%v, %d) = %v, %v; want %v, %v", tt.in, tt.max, got, capped, tt.want, tt.wantCapped)
			}
		})
	}
}

func TestLines(t *testing.T) {
	data := "first\r\n\nsecond has \u0085 inside\n\n\nlast without newline"
	var got []string
	var nums []int
	for n, line := range lines([]byte(data)) {
		nums = append(nums, n)
		got = append(got, line)
	}
	want := []string{"first", "second has \u0085 inside", "last without newline"}
	if !slices.Equal(got, want) || !slices.Equal(nums, []int{1, 3, 6}) {
		t.Errorf("lines = %q at %v, want %q at [1 3 6]", got, nums, want)
	}
}

// TestReadSMSDeduplicates checks that the rows the SMS loader splits are distinct texts, the first of each.
func TestReadSMSDeduplicates(t *testing.T) {
	rows, err := readSMS(filepath.Join("..", "testdata", "datasets"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r.text] {
			t.Fatalf("message %q twice", r.text)
		}
		seen[r.text] = true
	}
	if len(rows) != 296 {
		t.Errorf("%d distinct messages in the first 300 lines, want 296", len(rows))
	}
}

// TestAliasDistribution checks the alias table exactly: the probability it gives each feature, summed over
// the columns that lead there, is the Zipf (or uniform) probability to within the 2^-64 resolution of keep.
func TestAliasDistribution(t *testing.T) {
	for _, tt := range []struct {
		d    int
		zipf bool
	}{{2, true}, {7, true}, {1000, true}, {13, false}, {1024, false}} {
		table := newAlias(tt.d, tt.zipf)
		two64 := new(big.Float).SetMantExp(big.NewFloat(1), 64)
		// mass[i] is d * 2^64 * P(i), accumulated exactly.
		mass := make([]*big.Int, tt.d)
		for i := range mass {
			mass[i] = new(big.Int)
		}
		full := new(big.Int).Lsh(big.NewInt(1), 64)
		for c := range tt.d {
			keep := new(big.Int).SetUint64(table.keep[c])
			if table.keep[c] == math.MaxUint64 {
				keep = full // keep is 2^64 - 1 for "always": the missing 1 is the 2^-64 resolution
			}
			mass[c].Add(mass[c], keep)
			mass[table.alias[c]].Add(mass[table.alias[c]], new(big.Int).Sub(full, keep))
		}
		var harmonic float64
		for i := range tt.d {
			harmonic += 1 / float64(i+1)
		}
		for i, m := range mass {
			got, _ := new(big.Float).Quo(new(big.Float).SetInt(m), two64).Float64()
			got /= float64(tt.d)
			want := 1 / float64(tt.d)
			if tt.zipf {
				want = 1 / float64(i+1) / harmonic
			}
			// The integer weights are exact to (i+1)/2^53 relative or better at these sizes.
			if math.Abs(got-want) > 1e-10*want {
				t.Errorf("d %d zipf %v: P(%d) = %.12g, want %.12g", tt.d, tt.zipf, i, got, want)
			}
		}
	}
}

func TestNthSmallest(t *testing.T) {
	r := newRNG(1, 2)
	for _, n := range []int{1, 2, 17, 18, 100, 1001, 10000} {
		for _, spread := range []uint64{3, 1 << 40} { // many ties, and almost none
			a := make([]int64, n)
			for i := range a {
				a[i] = int64(r.below(spread)) - int64(spread/2)
			}
			sorted := slices.Sorted(slices.Values(a))
			for _, k := range []int{0, (n - 1) / 2, n - 1, n / 3} {
				if got := nthSmallest(slices.Clone(a), k); got != sorted[k] {
					t.Fatalf("n %d spread %d: nthSmallest(%d) = %d, want %d", n, spread, k, got, sorted[k])
				}
			}
		}
	}
	// Sorted and reversed input, where a naive pivot degrades.
	a := make([]int64, 5000)
	for i := range a {
		a[i] = int64(i)
	}
	if got := nthSmallest(slices.Clone(a), 2499); got != 2499 {
		t.Errorf("sorted input: median %d, want 2499", got)
	}
	slices.Reverse(a)
	if got := nthSmallest(a, 10); got != 10 {
		t.Errorf("reversed input: 11th smallest %d, want 10", got)
	}
}

func TestBelowUniform(t *testing.T) {
	r := newRNG(3, 4)
	const n, draws = 7, 70000
	counts := make([]int, n)
	for range draws {
		counts[r.below(n)]++
	}
	for v, c := range counts {
		// Expected 10000, standard deviation about 93.
		if c < 9600 || c > 10400 {
			t.Errorf("value %d drawn %d times of %d, want about %d", v, c, draws, draws/n)
		}
	}
}
