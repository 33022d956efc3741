// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// nbModel builds a naive Bayes model over class-major count rows, as the Solidity tests' _model does.
func nbModel(rows [][]uint32, samples []uint64, smoothing uint64) *Model {
	m := &Model{Kind: NaiveBayes, NumFeatures: uint64(len(rows[0])), Smoothing: smoothing, ClassCounts: samples, Counts: rows}
	for c := range rows {
		m.Classes = append(m.Classes, strconv.Itoa(c))
	}
	return m
}

func indexRange(start, n int64) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = start + int64(i)
	}
	return out
}

// TestNaiveBayesContractCases repeats the hand-computed cases of solidity/test/models/NaiveBayes.t.sol, whose
// expected classes the contract must give too.
func TestNaiveBayesContractCases(t *testing.T) {
	twoByTwo := func(s0, s1 uint64) *Model {
		return nbModel([][]uint32{{3, 1}, {1, 3}}, []uint64{s0, s1}, One)
	}
	ties := [][]uint32{{0, 0, 0, 0}, {5, 5, 0, 0}, {5, 5, 0, 0}}
	smoothingRows := [][]uint32{{2, 0, 0, 0}, {30, 70, 0, 0}}
	realistic := [][]uint32{make([]uint32, 200), make([]uint32, 200)}
	for f := range 200 {
		realistic[0][f] = 15_000
		realistic[1][f] = 13_334
		if f < 50 {
			realistic[1][f] = 20_000
		}
	}
	// 2,000 features favour class 1 by 3 to 2; feature 2000 evens the totals.
	tiny := [][]uint32{make([]uint32, 2001), make([]uint32, 2001)}
	for f := range 2000 {
		tiny[0][f], tiny[1][f] = 1, 2
	}
	tiny[0][2000], tiny[1][2000] = 3_002_000, 3_000_000
	// Class 1 puts all its mass on features 0..2047, class 0 spreads it over twice as many.
	extreme := [][]uint32{make([]uint32, 4096), make([]uint32, 4096)}
	for f := range 4096 {
		extreme[0][f] = math.MaxUint32
		if f < 2048 {
			extreme[1][f] = math.MaxUint32
		}
	}

	tests := map[string]struct {
		model *Model
		data  []int64
		want  uint64
	}{
		"4/6 > 2/6":                       {twoByTwo(1, 1), []int64{0}, 0},
		"2/6 < 4/6":                       {twoByTwo(1, 1), []int64{1}, 1},
		"8/36 == 8/36 tie":                {twoByTwo(1, 1), []int64{0, 1}, 0},
		"prior outweighs likelihood":      {twoByTwo(3, 1), []int64{1}, 0},
		"prior breaks a likelihood tie":   {twoByTwo(3, 1), []int64{0, 1}, 0},
		"identical classes 1 and 2":       {nbModel(ties, []uint64{1, 2, 2}, One), []int64{0, 1, 3}, 1},
		"all priors equal":                {nbModel(ties, []uint64{4, 4, 4}, One), nil, 0},
		"class without samples":           {nbModel([][]uint32{{1000, 0}, {0, 1000}}, []uint64{0, 1}, One), []int64{0}, 1},
		"nobody has samples":              {nbModel([][]uint32{{1000, 0}, {0, 1000}}, []uint64{0, 0}, One), []int64{1}, 0},
		"alpha 1":                         {nbModel(smoothingRows, []uint64{1, 1}, One), []int64{0}, 0},
		"alpha 100":                       {nbModel(smoothingRows, []uint64{1, 1}, 100*One), []int64{0}, 1},
		"alpha 1e-9":                      {nbModel(smoothingRows, []uint64{1, 1}, 1), []int64{0}, 0},
		"integer products underflow":      {nbModel(realistic, []uint64{12_500, 12_500}, One), indexRange(0, 50), 1},
		"features 50..99":                 {nbModel(realistic, []uint64{12_500, 12_500}, One), indexRange(50, 50), 0},
		"likelihood beats 1000x prior":    {nbModel(realistic, []uint64{1_000_000, 1_000}, One), indexRange(0, 50), 1},
		"prior beats 20 features":         {nbModel(realistic, []uint64{1_000_000, 1_000}, One), indexRange(0, 20), 0},
		"products below float64":          {nbModel(tiny, []uint64{math.MaxUint64, 1}, One), indexRange(0, 2000), 1},
		"2^64 prior against (3/2)^60":     {nbModel(tiny, []uint64{math.MaxUint64, 1}, One), indexRange(0, 60), 0},
		"extreme counts and smoothing":    {nbModel(extreme, []uint64{math.MaxUint64, math.MaxUint64}, MaxSmoothing), indexRange(0, 2048), 1},
		"extreme counts, other feature":   {nbModel(extreme, []uint64{math.MaxUint64, math.MaxUint64}, MaxSmoothing), indexRange(2048, 2048), 0},
		"extreme counts, both features":   {nbModel(extreme, []uint64{math.MaxUint64, math.MaxUint64}, MaxSmoothing), indexRange(1024, 2048), 0},
		"extreme, numerator keeps shifts": {nbModel(extreme, []uint64{math.MaxUint64, 1}, MaxSmoothing), indexRange(0, 500), 1},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := tt.model.Predict(tt.data)
			if err != nil {
				t.Fatalf("Predict error = %v", err)
			}
			if got != tt.want {
				t.Errorf("Predict = %d, want %d", got, tt.want)
			}
			if exact, clear := exactNaiveBayes(tt.model, tt.data); clear && exact != got {
				t.Errorf("exact rational argmax = %d, Predict %d", exact, got)
			}
		})
	}
}

// TestNaiveBayesAnchor repeats solidity/test/models/NaiveBayesAnchor.t.sol on the same gas-anchor model (the
// testdata copy of ../shared/anchors/gas-models/imdb-like-naive-bayes.json), expected classes computed there
// with exact rationals.
func TestNaiveBayesAnchor(t *testing.T) {
	parse := func(s string) []int64 {
		var out []int64
		for _, f := range strings.Split(s, ",") {
			v, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		return out
	}
	gas := parse("1,2,3,14,15,26,37,48,59,110,111,112,213,314,515,616,717,818,919,920")
	samples := map[string]struct {
		data []int64
		want uint64
	}{
		"GAS": {gas, 0},
		"POS_40": {parse("61,64,99,105,120,136,147,185,192,210,254,296,306,315,321,370,381,429,437," +
			"464,476,508,544,553,560,570,573,577,584,595,599,633,654,696,698,729,795,835,879,945"), 1},
		"NEG_40": {parse("38,47,49,50,59,60,63,71,74,88,92,96,126,154,219,226,228,246,331,374,404," +
			"406,428,434,444,519,548,564,579,590,596,599,642,645,666,840,846,931,970,999"), 0},
		"POS_60": {parse("28,29,82,93,104,171,198,199,204,225,228,232,245,265,267,286,305,337,352," +
			"357,364,373,375,410,457,481,483,504,514,530,540,545,554,619,627,651,658,709,712,740,748,757,776,790,797," +
			"807,809,822,825,827,830,837,865,873,884,930,959,977,979,997"), 1},
		"POS_100": {parse("11,17,18,37,40,44,51,58,65,68,74,85,86,90,91,107,112,115,124,132,152,165," +
			"182,185,187,206,210,227,234,244,256,264,266,268,270,271,274,275,276,277,278,285,296,302,312,319,334,339," +
			"347,355,393,415,427,432,435,456,464,506,512,524,527,529,539,543,549,566,584,622,636,638,643,649,688,692," +
			"704,717,726,773,777,797,807,818,820,822,838,839,869,876,883,897,916,927,933,940,941,968,975,978,983,999"), 1},
		"NEG_100": {parse("1,3,5,14,15,18,35,46,55,56,72,85,86,91,93,108,132,143,147,161,167,187,189," +
			"194,203,205,220,223,235,248,250,251,254,261,269,270,275,285,288,300,315,316,331,336,343,350,355,365,372," +
			"390,402,409,414,441,442,456,457,470,486,506,514,516,517,518,526,559,560,564,600,613,640,651,665,671,672," +
			"674,681,686,704,709,723,746,750,758,794,836,838,852,854,857,861,891,900,903,910,947,957,969,977,992"), 0},
		"NEAR_TIE_0": {parse("41,138,159,203,289,307,324,334,370,375,512,525,706,720,791,793,829,848,850,943"), 0},
		"NEAR_TIE_1": {parse("37,62,128,177,230,240,257,273,298,397,421,439,472,506,626,673,687,746,879,971"), 1},
	}
	m := mustLoad(t, "imdb-like-naive-bayes.json")
	for name, s := range samples {
		if got, err := m.Predict(s.data); err != nil || got != s.want {
			t.Errorf("%s: Predict = %d, %v; want %d", name, got, err, s.want)
		}
	}
	for k := 1; k <= 80; k++ {
		if err := m.Update(gas, 1); err != nil {
			t.Fatal(err)
		}
		if k == 79 {
			if got, _ := m.Predict(gas); got != 0 {
				t.Errorf("after 79 updates Predict(GAS) = %d, want 0", got)
			}
		}
	}
	if got, _ := m.Predict(gas); got != 1 {
		t.Errorf("after 80 updates Predict(GAS) = %d, want 1", got)
	}
	if m.ClassCounts[1] != 12_580 || m.Counts[1][1] != 15_270+80 {
		t.Errorf("after 80 updates class 1 has %d samples and count %d at feature 1, want 12580 and 15350", m.ClassCounts[1], m.Counts[1][1])
	}
}

// exactNaiveBayes returns the class with the largest exact product
// samples * prod (count*1e9 + s) / (total*1e9 + s*V), the lowest on a tie, and whether it leads every other
// class by a relative margin above 2^-80, far above the contract's rounding.
func exactNaiveBayes(m *Model, data []int64) (uint64, bool) {
	type frac struct{ num, den *big.Int }
	one := big.NewInt(One)
	smooth := new(big.Int).SetUint64(m.Smoothing)
	p := make([]frac, len(m.Classes))
	for c := range p {
		num := new(big.Int).SetUint64(m.ClassCounts[c])
		total, _ := classTotal(m.Counts[c])
		t := new(big.Int).Mul(new(big.Int).SetUint64(total), one)
		t.Add(t, new(big.Int).Mul(smooth, new(big.Int).SetUint64(m.NumFeatures)))
		for _, f := range data {
			factor := new(big.Int).Mul(big.NewInt(int64(m.Counts[c][f])), one)
			num.Mul(num, factor.Add(factor, smooth))
		}
		p[c] = frac{num, new(big.Int).Exp(t, big.NewInt(int64(len(data))), nil)}
	}
	// cmp returns a*b.den - b*a.den, the sign of a - b times positive denominators.
	cross := func(a, b frac) (*big.Int, *big.Int) {
		return new(big.Int).Mul(a.num, b.den), new(big.Int).Mul(b.num, a.den)
	}
	best := 0
	for c := 1; c < len(p); c++ {
		if x, y := cross(p[c], p[best]); x.Cmp(y) > 0 {
			best = c
		}
	}
	for c := range p {
		if c == best {
			continue
		}
		x, y := cross(p[best], p[c])
		// (x - y) * 2^80 > x
		if x.Sign() == 0 || new(big.Int).Lsh(new(big.Int).Sub(x, y), 80).Cmp(x) <= 0 {
			return uint64(best), false
		}
	}
	return uint64(best), true
}

// TestNaiveBayesAgreesWithExact checks the contract's floating-point products against exact rational
// arithmetic over random models that span the contract's bounds (counts up to 2^32-1, samples up to 2^64-1,
// smoothing up to 2^40, classes without samples, duplicated classes), whenever the winner leads by more than
// 2^-80 relatively; and that duplicated classes tie towards the lower index.
func TestNaiveBayesAgreesWithExact(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	spread := func(bits int) uint64 { return r.Uint64() >> (64 - bits) >> r.IntN(bits+1) }
	var checked, close, ties int // ties: winners with an identical higher class
	for range 3000 {
		k, features := 1+r.IntN(4), 1+r.IntN(12)
		m := &Model{Kind: NaiveBayes, NumFeatures: uint64(features), Smoothing: max(1, spread(41)&(1<<41-1)>>1)}
		for c := range k {
			m.Classes = append(m.Classes, strconv.Itoa(c))
			row := make([]uint32, features)
			for f := range row {
				row[f] = uint32(spread(32))
			}
			samples := spread(64)
			if c > 0 && r.IntN(4) == 0 {
				row, samples = m.Counts[c-1], m.ClassCounts[c-1] // a duplicate of the class before
			}
			m.Counts = append(m.Counts, row)
			m.ClassCounts = append(m.ClassCounts, samples)
		}
		if err := m.Validate(); err != nil {
			t.Fatal(err)
		}
		data := make([]int64, r.IntN(80))
		for i := range data {
			data[i] = r.Int64N(int64(features))
		}
		data = SortedUnique(data)
		got, err := m.Predict(data)
		if err != nil {
			t.Fatalf("Predict error = %v", err)
		}
		// Identical classes compute identical products, and greater compares them exactly: the lower wins.
		for c := range m.Classes {
			if c == int(got) || m.ClassCounts[c] != m.ClassCounts[got] || &m.Counts[c][0] != &m.Counts[got][0] {
				continue
			}
			if c < int(got) {
				t.Errorf("Predict = %d, but class %d is identical and lower", got, c)
			}
			ties++
		}
		exact, clear := exactNaiveBayes(m, data)
		if !clear {
			close++
			continue
		}
		checked++
		if got != exact {
			t.Errorf("Predict(%v) = %d, exact %d (model %+v)", data, got, exact, m)
		}
	}
	if checked < 2000 || ties == 0 {
		t.Errorf("checked %d clear calls and %d winners with an identical class; want at least 2000 and some", checked, ties)
	}
	t.Logf("%d clear calls agree with exact arithmetic; %d close calls skipped", checked, close)
}

func TestPower(t *testing.T) {
	pow2 := func(e uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), e) }
	tests := map[string]struct {
		base    *big.Int
		n       uint64
		wantM   *big.Int
		wantExp int64
	}{
		"n = 0":      {big.NewInt(12345), 0, big.NewInt(1), 0},
		"3^5":        {big.NewInt(3), 5, big.NewInt(243), 0},
		"0^3":        {big.NewInt(0), 3, big.NewInt(0), 0},
		"0^0":        {big.NewInt(0), 0, big.NewInt(1), 0},
		"(2^94)^3":   {pow2(94), 3, pow2(127), 155}, // m=2^94; b=2^188 -> 2^127 << 61; m=2^221 -> 2^127 << 94
		"(2^64)^2":   {pow2(64), 2, pow2(128 - 1), 1},
		"(2^64+1)^2": {new(big.Int).Add(pow2(64), big.NewInt(1)), 2, new(big.Int).Add(pow2(127), pow2(64)), 1}, // (2^128+2^65+1) >> 1
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			base := new(big.Int).Set(tt.base)
			m, exp := power(base, tt.n)
			if m.Cmp(tt.wantM) != 0 || exp != tt.wantExp {
				t.Errorf("power(%v, %d) = %v << %d, want %v << %d", tt.base, tt.n, m, exp, tt.wantM, tt.wantExp)
			}
			if base.Cmp(tt.base) != 0 {
				t.Errorf("power changed its base to %v", base)
			}
		})
	}
	// Random bases below 2^95: the mantissa stays below 2^128 and m * 2^exp stays within 2^-100 of base^n
	// relatively, below it.
	r := rand.New(rand.NewPCG(7, 7))
	for range 500 {
		base := new(big.Int).SetUint64(r.Uint64())
		base.Lsh(base, 64).Or(base, new(big.Int).SetUint64(r.Uint64()))
		base.Rsh(base, uint(128-1-r.IntN(94))).Add(base, big.NewInt(1)) // 1 to 2^94

		n := uint64(r.IntN(300))
		m, exp := power(base, n)
		if m.BitLen() > 128 || exp < 0 {
			t.Fatalf("power(%v, %d) = %v << %d: mantissa over 128 bits", base, n, m, exp)
		}
		exact := new(big.Int).Exp(base, new(big.Int).SetUint64(n), nil)
		approx := new(big.Int).Lsh(m, uint(exp))
		diff := new(big.Int).Sub(exact, approx)
		if diff.Sign() < 0 || new(big.Int).Lsh(diff, 100).Cmp(exact) > 0 {
			t.Errorf("power(%v, %d) = %v << %d, off from the exact power by more than 2^-100", base, n, m, exp)
		}
	}
}

func TestPredictNaiveBayesRejectsSmoothingTheContractRefuses(t *testing.T) {
	m := nbModel([][]uint32{{1}}, []uint64{1}, MaxSmoothing+1)
	if _, err := m.Predict([]int64{0}); !errors.Is(err, ErrInvalidModel) {
		t.Errorf("Predict error = %v, want ErrInvalidModel", err)
	}
	m.Smoothing = MaxSmoothing
	if _, err := m.Predict([]int64{0}); err != nil {
		t.Errorf("Predict at the largest smoothing: error = %v", err)
	}
}
