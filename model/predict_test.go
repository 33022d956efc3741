// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

// agreementBound is the margin above which Predict (the contract's integer arithmetic) and PredictFloat
// (float64 over the same parameters) must name the same class. It is one fixed-point unit, 1e-9, in the
// margin's own units (score, nats of log-probability, or squared distance). Both sides start from the same
// integers, so only rounding separates them:
//   - PredictFloat's float64 sums of at most ~1000 terms of magnitude at most ~100 err by less than
//     1000 * 100 * 2^-52, about 2e-11;
//   - the contracts are exact except the nearest centroid models' final floor division (under 1e-18 in real
//     units) and naive Bayes's truncated mantissas (numerators kept above 2^96 once grown, denominators of 128
//     bits: a relative error near 2^-90, about 1e-27 nats, for the samples here).
//
// Below the bound a call is a near tie that the two may legitimately settle differently (see the
// "floor tie" case in TestPredict).
const agreementBound = 1e-9

func TestPredict(t *testing.T) {
	sparsePerceptron := &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 5, MaxFeatures: 4,
		Weights: []int64{One, -2 * One, 3 * One, 0, 5}, Intercept: -One, LearningRate: One}
	densePerceptron := &Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2,
		DenseWeights: []int64{2 * One, -One}, Intercept: -One / 2, LearningRate: One}
	naiveBayes := &Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 2, Smoothing: One,
		ClassCounts: []uint64{1, 1}, Counts: [][]uint32{{3, 0}, {0, 3}}}
	priors := &Model{Kind: NaiveBayes, Classes: []string{"a", "b", "c"}, NumFeatures: 2, Smoothing: One,
		ClassCounts: []uint64{1, 2, 0}, Counts: [][]uint32{{0, 0}, {0, 0}, {0, 0}}}
	// 0xDeCA10B's integer products reach 0 after a few features and then always say class 0.
	// Features 0..299 favour class a (51/30600 against 11/30600), 300..599 class b (91 against 51).
	longSample := &Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 600, Smoothing: One,
		ClassCounts: []uint64{10, 1}, Counts: [][]uint32{make([]uint32, 600), make([]uint32, 600)}}
	for f := range 600 {
		longSample.Counts[0][f], longSample.Counts[1][f] = 50, 10
		if f >= 300 {
			longSample.Counts[1][f] = 90
		}
	}
	denseCentroid := &Model{Kind: DenseNearestCentroid, Classes: []string{"minus", "plus"}, NumFeatures: 1,
		DataCounts: []uint64{3, 1}, Sums: [][]int64{{-3 * One}, {One}}}
	// Class 0's centroid is 1/3 of a fixed-point unit, class 1's is 0: the exact squared distances from 0
	// are 1/9 and 0 units of 1e-18, but the contract floors both to 0 and the tie goes to class 0.
	floorTie := &Model{Kind: DenseNearestCentroid, Classes: []string{"third", "zero"}, NumFeatures: 1,
		DataCounts: []uint64{3, 1}, Sums: [][]int64{{1}, {0}}}
	sparseCentroid := &Model{Kind: SparseNearestCentroid, Classes: []string{"a", "b"}, NumFeatures: 3,
		DataCounts: []uint64{1, 2}, Sums: [][]int64{{One, 0, 0}, {0, 2 * One, 2 * One}}}

	tests := map[string]struct {
		model   *Model
		data    []int64
		want    uint64
		wantErr error
	}{
		"sp empty is intercept":    {sparsePerceptron, nil, 0, nil},
		"sp zero score is class 0": {sparsePerceptron, []int64{0}, 0, nil},
		"sp duplicate refused":     {sparsePerceptron, []int64{0, 0}, 0, ErrIndicesNotIncreasing},
		"sp unsorted refused":      {sparsePerceptron, []int64{2, 1}, 0, ErrIndicesNotIncreasing},
		"sp sum to zero":           {sparsePerceptron, []int64{1, 2}, 0, nil},
		"sp positive":              {sparsePerceptron, []int64{2}, 1, nil},
		"sp tiny positive":         {sparsePerceptron, []int64{0, 3, 4}, 1, nil},
		"sp index too large":       {sparsePerceptron, []int64{5}, 0, ErrFeatureOutOfRange},
		"sp negative index":        {sparsePerceptron, []int64{-1}, 0, ErrFeatureOutOfRange},
		"sp too many":              {sparsePerceptron, []int64{0, 0, 0, 0, 0}, 0, ErrTooManyFeatures},
		"dp negative":              {densePerceptron, []int64{0, 0}, 0, nil},
		"dp exactly zero":          {densePerceptron, []int64{One / 2, One / 2}, 0, nil},
		"dp one unit over":         {densePerceptron, []int64{One/2 + 1, One / 2}, 1, nil},
		"dp positive":              {densePerceptron, []int64{One, 0}, 1, nil},
		"dp short":                 {densePerceptron, []int64{1}, 0, ErrWrongDimension},
		"dp long":                  {densePerceptron, []int64{1, 2, 3}, 0, ErrWrongDimension},
		"nb feature 0":             {naiveBayes, []int64{0}, 0, nil},
		"nb feature 1":             {naiveBayes, []int64{1}, 1, nil},
		"nb empty tie":             {naiveBayes, nil, 0, nil},
		"nb balanced tie":          {naiveBayes, []int64{0, 1}, 0, nil},
		"nb duplicates refused":    {naiveBayes, []int64{1, 1}, 0, ErrIndicesNotIncreasing},
		"nb unsorted refused":      {naiveBayes, []int64{1, 0}, 0, ErrIndicesNotIncreasing},
		"nb out of range":          {naiveBayes, []int64{2}, 0, ErrFeatureOutOfRange},
		"nb priors":                {priors, []int64{0, 1}, 1, nil},
		"nb 300 features":          {longSample, indexRange(300, 300), 1, nil},
		"nb 300 features other":    {longSample, indexRange(0, 300), 0, nil},
		"dnc tie at zero":          {&Model{Kind: DenseNearestCentroid, Classes: []string{"a", "b"}, NumFeatures: 1, DataCounts: []uint64{1, 1}, Sums: [][]int64{{-One}, {One}}}, []int64{0}, 0, nil},
		"dnc plus":                 {denseCentroid, []int64{1}, 1, nil},
		"dnc minus":                {denseCentroid, []int64{-5 * One}, 0, nil},
		"dnc floor tie":            {floorTie, []int64{0}, 0, nil},
		"dnc wrong dimension":      {denseCentroid, []int64{1, 2}, 0, ErrWrongDimension},
		"snc a":                    {sparseCentroid, []int64{0}, 0, nil},
		"snc b":                    {sparseCentroid, []int64{1, 2}, 1, nil},
		"snc empty":                {sparseCentroid, nil, 0, nil},
		"snc all":                  {sparseCentroid, []int64{0, 1, 2}, 1, nil},
		"snc repeated index":       {sparseCentroid, []int64{1, 1}, 0, ErrIndicesNotIncreasing},
		"snc decreasing":           {sparseCentroid, []int64{2, 1}, 0, ErrIndicesNotIncreasing},
		"snc out of range":         {sparseCentroid, []int64{0, 3}, 0, ErrFeatureOutOfRange},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := tt.model.Predict(tt.data)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Predict(%v) error = %v, want %v", tt.data, err, tt.wantErr)
				}
				if _, _, err := tt.model.PredictFloat(tt.data); !errors.Is(err, tt.wantErr) {
					t.Errorf("PredictFloat(%v) error = %v, want %v", tt.data, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Predict(%v) error = %v", tt.data, err)
			}
			if got != tt.want {
				t.Errorf("Predict(%v) = %d, want %d", tt.data, got, tt.want)
			}
			class, margin, err := tt.model.PredictFloat(tt.data)
			if err != nil {
				t.Fatalf("PredictFloat(%v) error = %v", tt.data, err)
			}
			if margin > agreementBound && class != got {
				t.Errorf("PredictFloat(%v) = %d (margin %g), Predict %d", tt.data, class, margin, got)
			}
		})
	}

	// The floor tie: the float reference sees class 1 nearer by 1/9e-18, far below the bound.
	if class, margin, _ := floorTie.PredictFloat([]int64{0}); class != 1 || margin > agreementBound {
		t.Errorf("floor tie PredictFloat = %d, margin %g; want 1 with a margin below the bound", class, margin)
	}
	if s, err := sparsePerceptron.Score([]int64{0, 1, 2}); err != nil || s.Int64() != One {
		t.Errorf("Score = %v, %v; want 1e9", s, err)
	}
	if s, err := densePerceptron.Score([]int64{One, 0}); err != nil || s.Cmp(big.NewInt(15e17)) != 0 {
		t.Errorf("dense Score = %v, %v; want 1.5e18", s, err)
	}
	if d, err := sparseCentroid.Distances([]int64{1, 2}); err != nil || d[0].Cmp(big.NewInt(3e18)) != 0 || d[1].Sign() != 0 {
		t.Errorf("sparse Distances = %v, %v; want [3e18 0]", d, err)
	}
	if d, err := denseCentroid.Distances([]int64{One}); err != nil || d[0].Cmp(big.NewInt(4e18)) != 0 || d[1].Sign() != 0 {
		t.Errorf("dense Distances = %v, %v; want [4e18 0]", d, err)
	}
	if _, err := naiveBayes.Score(nil); err == nil {
		t.Errorf("naive Bayes Score succeeded, want an error")
	}
	if _, err := naiveBayes.Distances(nil); err == nil {
		t.Errorf("naive Bayes Distances succeeded, want an error")
	}
}

// TestGreater checks the port of NaiveBayes._greater against exact rational comparison.
func TestGreater(t *testing.T) {
	value := func(num, den int64, exp int64) *big.Rat {
		v := new(big.Rat).SetFrac(big.NewInt(num), big.NewInt(den))
		p := new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(max(exp, -exp))))
		if exp >= 0 {
			return v.Mul(v, p)
		}
		return v.Quo(v, p)
	}
	tests := []struct {
		aNum, aDen, aExp, bNum, bDen, bExp int64
	}{
		{1, 1, 0, 1, 1, 0}, {2, 1, 0, 1, 1, 0}, {1, 1, 1, 2, 1, 0}, {3, 1, -1, 1, 1, 0}, {1, 2, 1, 1, 1, 0},
		{0, 1, 0, 1, 1, 0}, {1, 1, 0, 0, 1, 0}, {0, 1, 0, 0, 1, 0}, {5, 3, 300, 7, 2, 299}, {5, 3, -300, 7, 2, -299},
		{1 << 40, 3, -40, 1, 3, 0}, {1<<40 + 1, 3, -40, 1, 3, 0}, {1, 3, 0, 1<<40 + 1, 3, -40}, {7, 1, -1000, 1, 1, -998},
	}
	r := rand.New(rand.NewPCG(3, 3))
	for range 5000 {
		tests = append(tests, struct{ aNum, aDen, aExp, bNum, bDen, bExp int64 }{
			r.Int64N(1 << 40), r.Int64N(1<<40) + 1, r.Int64N(200) - 100,
			r.Int64N(1 << 40), r.Int64N(1<<40) + 1, r.Int64N(200) - 100,
		})
	}
	for _, tt := range tests {
		want := value(tt.aNum, tt.aDen, tt.aExp).Cmp(value(tt.bNum, tt.bDen, tt.bExp)) > 0
		got := greater(big.NewInt(tt.aNum), big.NewInt(tt.aDen), tt.aExp, big.NewInt(tt.bNum), big.NewInt(tt.bDen), tt.bExp)
		if got != want {
			t.Errorf("greater(%d/%d*2^%d, %d/%d*2^%d) = %v, want %v", tt.aNum, tt.aDen, tt.aExp, tt.bNum, tt.bDen, tt.bExp, got, want)
		}
	}
}

func TestNormalise(t *testing.T) {
	small := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	if shift := normalise(new(big.Int).Set(small)); shift != 0 {
		t.Errorf("normalise(2^128-1) shifted %d, want 0", shift)
	}
	m := new(big.Int).Lsh(big.NewInt(5), 200) // 5 * 2^200: bit length 203
	if shift := normalise(m); shift != 75 || m.BitLen() != 128 || m.Cmp(new(big.Int).Lsh(big.NewInt(5), 125)) != 0 {
		t.Errorf("normalise(5*2^200) = %v << %d, want 5*2^125 << 75", m, shift)
	}
}

// sampler draws a random sample for a model.
type sampler func(r *rand.Rand, m *Model) []int64

// sparseSample draws up to maxLen random indices and lists the distinct ones in increasing order.
func sparseSample(maxLen int) sampler {
	return func(r *rand.Rand, m *Model) []int64 {
		data := make([]int64, r.IntN(maxLen+1))
		for i := range data {
			data[i] = r.Int64N(int64(m.NumFeatures))
		}
		return SortedUnique(data)
	}
}

// denseSample draws values uniform in [-scale, scale] real units.
func denseSample(scale float64) sampler {
	return func(r *rand.Rand, m *Model) []int64 {
		data := make([]int64, m.NumFeatures)
		for i := range data {
			data[i] = int64((2*r.Float64() - 1) * scale * One)
		}
		return data
	}
}

// betweenCentroids draws points on the segment between two random centroids, near its middle where the
// call is close, plus a little noise.
func betweenCentroids(r *rand.Rand, m *Model) []int64 {
	a, b := r.IntN(len(m.Classes)), r.IntN(len(m.Classes))
	t := 0.4 + 0.2*r.Float64()
	data := make([]int64, m.NumFeatures)
	for i := range data {
		ca := float64(m.Sums[a][i]) / float64(m.DataCounts[a])
		cb := float64(m.Sums[b][i]) / float64(m.DataCounts[b])
		data[i] = int64(ca + t*(cb-ca) + 1e6*r.NormFloat64())
	}
	return data
}

// nearPlane draws dense perceptron samples whose score is within about 10^-U(2, 10) of zero: a random point
// moved along one axis onto the decision boundary, then off it by a tiny step.
func nearPlane(r *rand.Rand, m *Model) []int64 {
	data := denseSample(1)(r, m)
	j := r.IntN(len(data))
	for m.DenseWeights[j] == 0 {
		j = r.IntN(len(data))
	}
	score, _ := m.scoreFloat(data)
	offset := math.Pow(10, -2-8*r.Float64())
	if r.IntN(2) == 0 {
		offset = -offset
	}
	w := float64(m.DenseWeights[j]) / One
	data[j] = int64(jsRound(float64(data[j]) - (score-offset)/w*One))
	return data
}

// midpoint draws points near the plane halfway between two centroids, off it by 10^-U(2, 10) of the way.
func midpoint(r *rand.Rand, m *Model) []int64 {
	a := r.IntN(len(m.Classes))
	b := (a + 1 + r.IntN(len(m.Classes)-1)) % len(m.Classes)
	t := 0.5 + math.Pow(10, -2-8*r.Float64())*float64(2*r.IntN(2)-1)
	data := make([]int64, m.NumFeatures)
	for i := range data {
		ca := float64(m.Sums[a][i]) / float64(m.DataCounts[a])
		cb := float64(m.Sums[b][i]) / float64(m.DataCounts[b])
		data[i] = int64(jsRound(ca + t*(cb-ca)))
	}
	return data
}

// nearTie builds models whose classes are almost equal, so that random samples are decided by margins of a
// few fixed-point units (perceptron, nearest centroid) or about 1e-9 nats (naive Bayes): calls right at
// agreementBound.
func nearTie(r *rand.Rand, kind Kind) *Model {
	switch kind {
	case SparsePerceptron:
		// Whole weights plus a few units: most scores are integers give or take a few 1e-9.
		m := &Model{Kind: kind, Classes: []string{"n", "p"}, NumFeatures: 40, LearningRate: One, Intercept: r.Int64N(5) - 2}
		for range 40 {
			m.Weights = append(m.Weights, (r.Int64N(5)-2)*One+r.Int64N(5)-2)
		}
		return m
	case NaiveBayes:
		// Two classes whose counts, about 2^31, differ by at most 4: each listed feature moves the log-odds by
		// about 2e-9 nats or less.
		m := &Model{Kind: kind, Classes: []string{"a", "b"}, NumFeatures: 40, Smoothing: One, ClassCounts: []uint64{1000, 1000}}
		row := make([]uint32, 40)
		for i := range row {
			row[i] = 1<<31 + uint32(r.IntN(1<<20))
		}
		other := slices.Clone(row)
		for i := range other {
			other[i] += uint32(r.IntN(9)) - 4
		}
		m.Counts = [][]uint32{row, other}
		return m
	case SparseNearestCentroid:
		// Two classes with the same sums but for a few features, which differ by a few units.
		m := &Model{Kind: kind, Classes: []string{"a", "b"}, NumFeatures: 30, DataCounts: []uint64{1, 1}}
		row := make([]int64, 30)
		for i := range row {
			row[i] = r.Int64N(2) * One
		}
		other := slices.Clone(row)
		for range 5 {
			other[r.IntN(30)] += r.Int64N(5) - 2
		}
		m.Sums = [][]int64{row, other}
		return m
	}
	panic("no near-tie model for " + string(kind))
}

// synthetic builds small models with realistic values, where close calls are common.
func synthetic(r *rand.Rand, kind Kind) *Model {
	switch kind {
	case SparsePerceptron:
		m := &Model{Kind: kind, Classes: []string{"n", "p"}, NumFeatures: 50, LearningRate: One / 10, Intercept: r.Int64N(2*One) - One}
		for range 50 {
			m.Weights = append(m.Weights, r.Int64N(4*One)-2*One)
		}
		return m
	case DensePerceptron:
		m := &Model{Kind: kind, Classes: []string{"n", "p"}, NumFeatures: 5, LearningRate: One / 2, Intercept: r.Int64N(One) - One/2}
		for range 5 {
			m.DenseWeights = append(m.DenseWeights, r.Int64N(4*One)-2*One)
		}
		return m
	case NaiveBayes:
		m := &Model{Kind: kind, Classes: []string{"a", "b", "c", "d"}, NumFeatures: 50, Smoothing: uint64(r.Int64N(2*One) + One/10)}
		for range 4 {
			row := make([]uint32, 50)
			for i := range row {
				row[i] = uint32(r.IntN(20))
			}
			m.Counts = append(m.Counts, row)
			m.ClassCounts = append(m.ClassCounts, uint64(r.IntN(10)+1))
		}
		return m
	case DenseNearestCentroid:
		m := &Model{Kind: kind, Classes: []string{"a", "b", "c"}, NumFeatures: 5}
		for range 3 {
			n := uint64(r.IntN(5) + 1)
			row := make([]int64, 5)
			for i := range row {
				row[i] = int64(n) * (r.Int64N(2*One) - One)
			}
			m.Sums = append(m.Sums, row)
			m.DataCounts = append(m.DataCounts, n)
		}
		return m
	case SparseNearestCentroid:
		m := &Model{Kind: kind, Classes: []string{"a", "b", "c"}, NumFeatures: 30}
		for range 3 {
			n := r.Int64N(5) + 1
			row := make([]int64, 30)
			for i := range row {
				row[i] = r.Int64N(n+1) * One // each of n binary samples had the feature or not
			}
			m.Sums = append(m.Sums, row)
			m.DataCounts = append(m.DataCounts, uint64(n))
		}
		return m
	}
	panic("unknown kind")
}

// TestPredictAgreesWithFloat draws random samples for every kind and checks that the contract's integer
// arithmetic and the float64 reference agree on every sample whose margin exceeds agreementBound, on at least
// 1000 such samples per model.
func TestPredictAgreesWithFloat(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	tests := map[string]struct {
		model  *Model
		sample sampler
	}{
		"imdb sparse perceptron":        {mustLoad(t, "imdb-sentiment-model.json"), sparseSample(60)},
		"synthetic sparse perceptron":   {synthetic(r, SparsePerceptron), sparseSample(10)},
		"hot dog dense perceptron":      {mustLoad(t, "classifier-perceptron-400.json"), denseSample(0.1)},
		"fitness dense perceptron":      {mustLoad(t, "fitness-like-dense-perceptron.json"), denseSample(1)},
		"synthetic dense perceptron":    {synthetic(r, DensePerceptron), denseSample(1)},
		"imdb-like naive bayes":         {mustLoad(t, "imdb-like-naive-bayes.json"), sparseSample(60)},
		"imdb-like naive bayes long":    {mustLoad(t, "imdb-like-naive-bayes.json"), sparseSample(500)},
		"synthetic naive bayes":         {synthetic(r, NaiveBayes), sparseSample(8)},
		"imdb-like sparse centroid":     {mustLoad(t, "imdb-like-sparse-ncc.json"), sparseSample(60)},
		"synthetic sparse centroid":     {synthetic(r, SparseNearestCentroid), sparseSample(10)},
		"fitness dense centroid":        {mustLoad(t, "fitness-like-dense-ncc.json"), denseSample(1)},
		"fitness dense centroid middle": {mustLoad(t, "fitness-like-dense-ncc.json"), betweenCentroids},
		"vpa dense centroid middle":     {mustLoad(t, "vpa-classifier-centroids.json"), betweenCentroids},
		"synthetic dense centroid":      {synthetic(r, DenseNearestCentroid), betweenCentroids},
		// Calls decided by margins near agreementBound.
		"near-tie sparse perceptron":   {nearTie(r, SparsePerceptron), sparseSample(10)},
		"near-plane dense perceptron":  {mustLoad(t, "fitness-like-dense-perceptron.json"), nearPlane},
		"near-plane hot dog":           {mustLoad(t, "classifier-perceptron-400.json"), nearPlane},
		"near-tie naive bayes":         {nearTie(r, NaiveBayes), sparseSample(10)},
		"near-tie sparse centroid":     {nearTie(r, SparseNearestCentroid), sparseSample(10)},
		"midpoint fitness centroid":    {mustLoad(t, "fitness-like-dense-ncc.json"), midpoint},
		"midpoint vpa centroid":        {mustLoad(t, "vpa-classifier-centroids.json"), midpoint},
		"midpoint synthetic centroids": {synthetic(r, DenseNearestCentroid), midpoint},
	}
	const want = 1000
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var checked, close int
			minMargin := math.Inf(1)
			classes := make(map[uint64]int)
			for try := 0; checked < want && try < 20*want; try++ {
				data := tt.sample(r, tt.model)
				got, err := tt.model.Predict(data)
				if err != nil {
					t.Fatalf("Predict(%v) error = %v", data, err)
				}
				class, margin, err := tt.model.PredictFloat(data)
				if err != nil {
					t.Fatalf("PredictFloat(%v) error = %v", data, err)
				}
				if margin <= agreementBound {
					close++
					continue
				}
				checked++
				minMargin = min(minMargin, margin)
				classes[got]++
				if got != class {
					t.Errorf("Predict(%v) = %d, PredictFloat = %d with margin %g", data, got, class, margin)
				}
			}
			if checked < want {
				t.Errorf("only %d samples had a margin above %g, want %d", checked, agreementBound, want)
			}
			if len(classes) < 2 {
				t.Errorf("every sample predicted the same class %v; the samples do not exercise the decision", classes)
			}
			t.Logf("%d samples agree, smallest margin %.3g, classes %v; %d near ties (margin <= %g) skipped", checked, minMargin, classes, close, agreementBound)
		})
	}
}

func TestUpdate(t *testing.T) {
	tests := map[string]struct {
		model   *Model
		data    []int64
		label   uint64
		want    *Model // nil: the model must not change
		wantErr error
	}{
		"sp mispredicted moves weights": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 3, Weights: []int64{0, 0, 0}, Intercept: -1, LearningRate: One},
			data:  []int64{0, 2}, label: 1,
			want: &Model{Weights: []int64{One, 0, One}},
		},
		"sp towards 0": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 3, Weights: []int64{5, 0, 0}, Intercept: 0, LearningRate: 7},
			data:  []int64{0, 1}, label: 0,
			want: &Model{Weights: []int64{-2, -7, 0}},
		},
		"sp correct leaves it": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 3, Weights: []int64{0, 0, 0}, Intercept: -1, LearningRate: One},
			data:  []int64{0}, label: 0,
		},
		"sp overflow": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, Weights: []int64{math.MaxInt64 - One + 1, math.MinInt64}, Intercept: -1, LearningRate: One},
			data:  []int64{0, 1}, label: 1, wantErr: ErrValueOverflow,
		},
		"sp repeated index refused": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, Weights: []int64{0, 0}, Intercept: -1, LearningRate: One},
			data:  []int64{0, 0, 1}, label: 1, wantErr: ErrIndicesNotIncreasing,
		},
		"sp unsorted refused": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, Weights: []int64{0, 0}, Intercept: -1, LearningRate: One},
			data:  []int64{1, 0}, label: 1, wantErr: ErrIndicesNotIncreasing,
		},
		"sp down to the int64 minimum": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, Weights: []int64{math.MinInt64 + One, math.MaxInt64}, Intercept: math.MaxInt64, LearningRate: One},
			data:  []int64{0, 1}, label: 0,
			want: &Model{Weights: []int64{math.MinInt64, math.MaxInt64 - One}},
		},
		"sp bad index even if correct": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, Weights: []int64{0, 0}, Intercept: -1, LearningRate: One},
			data:  []int64{0, 2}, label: 0, wantErr: ErrFeatureOutOfRange,
		},
		"sp unknown label": {
			model: &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, Weights: []int64{0, 0}, Intercept: -1, LearningRate: One},
			data:  []int64{0}, label: 2, wantErr: ErrUnknownLabel,
		},
		"dp truncates towards zero": {
			model: &Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, DenseWeights: []int64{0, 0}, LearningRate: One / 2},
			data:  []int64{3 * One / 2, -333}, label: 1,
			want: &Model{DenseWeights: []int64{3 * One / 4, -166}}, // -166.5 truncates to -166, not -167
		},
		"dp towards 0": {
			model: &Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, DenseWeights: []int64{One, 0}, LearningRate: One},
			data:  []int64{One, 333}, label: 0,
			want: &Model{DenseWeights: []int64{0, -333}},
		},
		"dp correct leaves it": {
			model: &Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, DenseWeights: []int64{One, 0}, LearningRate: One},
			data:  []int64{One, 333}, label: 1,
		},
		"dp beyond int64": {
			model: &Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 1, DenseWeights: []int64{math.MaxInt64 - 10}, Intercept: -math.MaxInt64, LearningRate: One},
			data:  []int64{One}, label: 1, wantErr: ErrInt64Range,
		},
		"dp wrong dimension": {
			model: &Model{Kind: DensePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, DenseWeights: []int64{0, 0}, LearningRate: One},
			data:  []int64{1}, label: 1, wantErr: ErrWrongDimension,
		},
		"nb counts": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 4, Smoothing: One, ClassCounts: []uint64{3, 4},
				Counts: [][]uint32{{1, 1, 1, 1}, {0, 5, 0, 0}}},
			data: []int64{1, 3}, label: 1,
			want: &Model{ClassCounts: []uint64{3, 5}, Counts: [][]uint32{{1, 1, 1, 1}, {0, 6, 0, 1}}},
		},
		"nb empty sample": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 1, Smoothing: One, ClassCounts: []uint64{0}, Counts: [][]uint32{{0}}},
			data:  nil, label: 0,
			want: &Model{ClassCounts: []uint64{1}, Counts: [][]uint32{{0}}},
		},
		"nb count reaches the top": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 2, Smoothing: One, ClassCounts: []uint64{1}, Counts: [][]uint32{{0, math.MaxUint32 - 1}}},
			data:  []int64{0, 1}, label: 0,
			want: &Model{ClassCounts: []uint64{2}, Counts: [][]uint32{{1, math.MaxUint32}}},
		},
		"nb full count saturates": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 2, Smoothing: One, ClassCounts: []uint64{1}, Counts: [][]uint32{{0, math.MaxUint32}}},
			data:  []int64{0, 1}, label: 0,
			want: &Model{ClassCounts: []uint64{2}, Counts: [][]uint32{{1, math.MaxUint32}}},
		},
		"nb repeated index refused": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 2, Smoothing: One, ClassCounts: []uint64{1}, Counts: [][]uint32{{0, 0}}},
			data:  []int64{1, 1}, label: 0, wantErr: ErrIndicesNotIncreasing,
		},
		"nb samples overflow": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 1, Smoothing: One, ClassCounts: []uint64{math.MaxUint64}, Counts: [][]uint32{{0}}},
			data:  []int64{0}, label: 0, wantErr: ErrCountOverflow,
		},
		"nb full count then bad index": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 2, Smoothing: One, ClassCounts: []uint64{1, 1}, Counts: [][]uint32{{0, 0}, {0, math.MaxUint32}}},
			data:  []int64{1, 2}, label: 1, wantErr: ErrFeatureOutOfRange,
		},
		"nb bad index before count overflow": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 2, Smoothing: One, ClassCounts: []uint64{1, 1}, Counts: [][]uint32{{0, 0}, {0, math.MaxUint32}}},
			data:  []int64{2, 1}, label: 1, wantErr: ErrFeatureOutOfRange,
		},
		"nb other class's full count": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a", "b"}, NumFeatures: 2, Smoothing: One, ClassCounts: []uint64{1, 1}, Counts: [][]uint32{{0, math.MaxUint32}, {0, 0}}},
			data:  []int64{1}, label: 1,
			want: &Model{ClassCounts: []uint64{1, 2}, Counts: [][]uint32{{0, math.MaxUint32}, {0, 1}}},
		},
		"nb samples overflow before bad index": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 1, Smoothing: One, ClassCounts: []uint64{math.MaxUint64}, Counts: [][]uint32{{0}}},
			data:  []int64{3}, label: 0, wantErr: ErrCountOverflow,
		},
		"nb unknown label first": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 1, MaxFeatures: 1, Smoothing: One, ClassCounts: []uint64{math.MaxUint64}, Counts: [][]uint32{{0}}},
			data:  []int64{3, 3}, label: 1, wantErr: ErrUnknownLabel,
		},
		"nb too many": {
			model: &Model{Kind: NaiveBayes, Classes: []string{"a"}, NumFeatures: 1, MaxFeatures: 2, Smoothing: One, ClassCounts: []uint64{1}, Counts: [][]uint32{{0}}},
			data:  []int64{0, 0, 0}, label: 0, wantErr: ErrTooManyFeatures,
		},
		"dnc sums": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a", "b"}, NumFeatures: 2, DataCounts: []uint64{1, 2}, Sums: [][]int64{{1, 2}, {3, 4}}},
			data:  []int64{-10, 10}, label: 1,
			want: &Model{DataCounts: []uint64{1, 3}, Sums: [][]int64{{1, 2}, {-7, 14}}},
		},
		"dnc count limit": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 1, DataCounts: []uint64{MaxDenseCount - 1}, Sums: [][]int64{{0}}},
			data:  []int64{0}, label: 0, wantErr: ErrCountOverflow,
		},
		"dnc last count": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 1, DataCounts: []uint64{MaxDenseCount - 2}, Sums: [][]int64{{0}}},
			data:  []int64{5}, label: 0,
			want: &Model{DataCounts: []uint64{MaxDenseCount - 1}, Sums: [][]int64{{5}}},
		},
		"dnc wrong dimension before count limit": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 1, DataCounts: []uint64{MaxDenseCount - 1}, Sums: [][]int64{{0}}},
			data:  []int64{0, 0}, label: 0, wantErr: ErrWrongDimension,
		},
		"dnc value past the bound": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 2, DataCounts: []uint64{1}, Sums: [][]int64{{0, 0}}},
			data:  []int64{MaxAbsDenseValue, -MaxAbsDenseValue - 1}, label: 0, wantErr: ErrValueOutOfRange,
		},
		"dnc poison refused": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 1, DataCounts: []uint64{1}, Sums: [][]int64{{0}}},
			data:  []int64{math.MaxInt64 - One}, label: 0, wantErr: ErrValueOutOfRange,
		},
		"dnc at the bounds": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 2, DataCounts: []uint64{MaxDenseCount - 2}, Sums: [][]int64{{(MaxDenseCount - 2) * MaxAbsDenseValue, -(MaxDenseCount - 2) * MaxAbsDenseValue}}},
			data:  []int64{MaxAbsDenseValue, -MaxAbsDenseValue}, label: 0,
			want: &Model{DataCounts: []uint64{MaxDenseCount - 1}, Sums: [][]int64{{(MaxDenseCount - 1) * MaxAbsDenseValue, -(MaxDenseCount - 1) * MaxAbsDenseValue}}},
		},
		"dnc sum leaves int64": {
			model: &Model{Kind: DenseNearestCentroid, Classes: []string{"a"}, NumFeatures: 2, DataCounts: []uint64{1}, Sums: [][]int64{{0, math.MinInt64 + 1}}},
			data:  []int64{1, -2}, label: 0, wantErr: ErrValueOverflow,
		},
		"snc sums": {
			model: &Model{Kind: SparseNearestCentroid, Classes: []string{"a", "b"}, NumFeatures: 3, DataCounts: []uint64{1, 1}, Sums: [][]int64{{0, 0, 0}, {One, 0, 0}}},
			data:  []int64{0, 2}, label: 1,
			want: &Model{DataCounts: []uint64{1, 2}, Sums: [][]int64{{0, 0, 0}, {2 * One, 0, One}}},
		},
		"snc not increasing": {
			model: &Model{Kind: SparseNearestCentroid, Classes: []string{"a"}, NumFeatures: 3, DataCounts: []uint64{1}, Sums: [][]int64{{0, 0, 0}}},
			data:  []int64{0, 2, 2}, label: 0, wantErr: ErrIndicesNotIncreasing,
		},
		"snc overflow": {
			model: &Model{Kind: SparseNearestCentroid, Classes: []string{"a"}, NumFeatures: 3, DataCounts: []uint64{1}, Sums: [][]int64{{0, math.MaxInt64, 0}}},
			data:  []int64{0, 1}, label: 0, wantErr: ErrValueOverflow,
		},
		"snc count limit before bad index": {
			model: &Model{Kind: SparseNearestCentroid, Classes: []string{"a"}, NumFeatures: 3, DataCounts: []uint64{MaxSparseCount - 1}, Sums: [][]int64{{0, 0, 0}}},
			data:  []int64{5}, label: 0, wantErr: ErrCountOverflow,
		},
		"snc three classes": {
			model: &Model{Kind: SparseNearestCentroid, Classes: []string{"a", "b", "c"}, NumFeatures: 2, DataCounts: []uint64{1, 1, 1}, Sums: [][]int64{{0, 0}, {0, math.MaxInt64}, {0, 0}}},
			data:  []int64{0, 1}, label: 2,
			want: &Model{DataCounts: []uint64{1, 1, 2}, Sums: [][]int64{{0, 0}, {0, math.MaxInt64}, {One, One}}},
		},
		"snc overflow before bad index": {
			model: &Model{Kind: SparseNearestCentroid, Classes: []string{"a"}, NumFeatures: 3, DataCounts: []uint64{1}, Sums: [][]int64{{math.MaxInt64, 0, 0}}},
			data:  []int64{0, 5}, label: 0, wantErr: ErrValueOverflow, // the contract reverts at the first failing index
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := tt.model.Clone()
			err := m.Update(tt.data, tt.label)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Update(%v, %d) error = %v, want %v", tt.data, tt.label, err, tt.wantErr)
				}
				tt.want = nil // a failed update changes nothing
			} else if err != nil {
				t.Fatalf("Update(%v, %d) error = %v", tt.data, tt.label, err)
			}
			want := tt.model
			if tt.want != nil {
				want = tt.model.Clone()
				if tt.want.Weights != nil {
					want.Weights = tt.want.Weights
				}
				if tt.want.DenseWeights != nil {
					want.DenseWeights = tt.want.DenseWeights
				}
				if tt.want.Counts != nil {
					want.Counts, want.ClassCounts = tt.want.Counts, tt.want.ClassCounts
				}
				if tt.want.Sums != nil {
					want.Sums, want.DataCounts = tt.want.Sums, tt.want.DataCounts
				}
			}
			if !sameParams(m, want) || !slices.Equal(m.ClassCounts, want.ClassCounts) || !slices.Equal(m.DataCounts, want.DataCounts) {
				t.Errorf("after Update: weights %v %v counts %v %v sums %v %v\nwant        weights %v %v counts %v %v sums %v %v",
					m.Weights, m.DenseWeights, m.ClassCounts, m.Counts, m.DataCounts, m.Sums,
					want.Weights, want.DenseWeights, want.ClassCounts, want.Counts, want.DataCounts, want.Sums)
			}
		})
	}
}

// expectUpdate applies the documented update rule with plain arithmetic, independently of Update.
func expectUpdate(t *testing.T, m *Model, data []int64, label uint64) *Model {
	t.Helper()
	want := m.Clone()
	switch m.Kind {
	case SparsePerceptron, DensePerceptron:
		prediction, err := m.Predict(data)
		if err != nil {
			t.Fatal(err)
		}
		if prediction == label {
			return want
		}
		sign := int64(1)
		if label == 0 {
			sign = -1
		}
		for i, x := range data {
			if m.Kind == SparsePerceptron {
				want.Weights[x] += sign * m.LearningRate
			} else {
				delta := new(big.Int).Mul(big.NewInt(sign*m.LearningRate), big.NewInt(x))
				want.DenseWeights[i] += delta.Quo(delta, big.NewInt(One)).Int64()
			}
		}
	case NaiveBayes:
		want.ClassCounts[label]++
		for _, x := range data {
			want.Counts[label][x]++
		}
	case DenseNearestCentroid:
		want.DataCounts[label]++
		for i, x := range data {
			want.Sums[label][i] += x
		}
	case SparseNearestCentroid:
		want.DataCounts[label]++
		for _, x := range data {
			want.Sums[label][x] += One
		}
	}
	return want
}

// TestUpdateThenPredict trains every kind with random labelled samples and checks after each step that the
// parameters moved as the rule says, that Words still round-trips, and that Predict and PredictFloat still
// agree above the bound; then that repeated updates with one sample make the model predict its label.
func TestUpdateThenPredict(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	tests := map[string]struct {
		model  *Model
		sample sampler
	}{
		"imdb sparse perceptron":    {mustLoad(t, "imdb-sentiment-model.json"), sparseSample(30)},
		"fitness dense perceptron":  {mustLoad(t, "fitness-like-dense-perceptron.json"), denseSample(1)},
		"hot dog dense perceptron":  {mustLoad(t, "classifier-perceptron-400.json"), denseSample(0.1)},
		"imdb-like naive bayes":     {mustLoad(t, "imdb-like-naive-bayes.json"), sparseSample(30)},
		"synthetic naive bayes":     {synthetic(r, NaiveBayes), sparseSample(8)},
		"imdb-like sparse centroid": {mustLoad(t, "imdb-like-sparse-ncc.json"), sparseSample(30)},
		"synthetic sparse centroid": {synthetic(r, SparseNearestCentroid), sparseSample(10)},
		"fitness dense centroid":    {mustLoad(t, "fitness-like-dense-ncc.json"), denseSample(1)},
		"synthetic dense centroid":  {synthetic(r, DenseNearestCentroid), betweenCentroids},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := tt.model.Clone()
			for step := range 300 {
				data := tt.sample(r, m)
				label := uint64(r.IntN(len(m.Classes)))
				want := expectUpdate(t, m, data, label)
				if err := m.Update(data, label); err != nil {
					t.Fatalf("step %d: Update error = %v", step, err)
				}
				if !sameParams(m, want) || !slices.Equal(m.ClassCounts, want.ClassCounts) || !slices.Equal(m.DataCounts, want.DataCounts) {
					t.Fatalf("step %d: Update(%v, %d) did not follow the rule", step, data, label)
				}
				probe := tt.sample(r, m)
				got, err := m.Predict(probe)
				if err != nil {
					t.Fatal(err)
				}
				class, margin, err := m.PredictFloat(probe)
				if err != nil {
					t.Fatal(err)
				}
				if margin > agreementBound && class != got {
					t.Errorf("step %d: Predict = %d, PredictFloat = %d (margin %g)", step, got, class, margin)
				}
			}
			back := emptied(m)
			if err := back.SetWords(mustWords(t, m)); err != nil || !sameParams(m, back) {
				t.Errorf("Words round trip after training failed: %v", err)
			}

			// Teaching one sample over and over must end with the model predicting its label.
			data := tt.sample(r, m)
			for len(data) == 0 {
				data = tt.sample(r, m)
			}
			label := uint64(len(m.Classes) - 1)
			if got, _ := m.Predict(data); got == label {
				label = 0
			}
			if m.Kind == NaiveBayes || m.Kind == SparseNearestCentroid || name == "fitness dense centroid" {
				// Big classes move slowly: restart from a small synthetic model.
				m = synthetic(r, m.Kind)
				data = tt.sample(r, m)
				for len(data) == 0 {
					data = tt.sample(r, m)
				}
			}
			for step := 0; ; step++ {
				got, err := m.Predict(data)
				if err != nil {
					t.Fatal(err)
				}
				if got == label {
					break
				}
				if step == 100000 {
					t.Fatalf("after %d updates with label %d the model still predicts %d", step, label, got)
				}
				if err := m.Update(data, label); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
