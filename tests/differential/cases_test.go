// SPDX-License-Identifier: MIT

package differential

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sumkit/sumkit/model"
)

// testCase is one model the differential test runs: how to draw it and its inputs.
type testCase struct {
	kind model.Kind
	// about says what the drawn model is built to reach, for the test log.
	about string
	// build draws the initial model and the generator of its inputs.
	build func(rng *rand.Rand) fixture
}

// fixture is a drawn model with its input generator, which draws only inputs the contract accepts.
type fixture struct {
	m *model.Model
	// draw draws a sample and a label: both for an update, the sample alone for a prediction.
	draw func(rng *rand.Rand) (data []int64, label uint64)
	// twin, when not -1, is the lower of two classes with identical parameters that are never trained: every
	// prediction either wins is a tie, which the lower index must take.
	twin int
}

// pick draws an index with the given relative weights.
func pick(rng *rand.Rand, weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := rng.IntN(total)
	for i, w := range weights {
		if r < w {
			return i
		}
		r -= w
	}
	panic("unreachable: r < total")
}

// cases are the models the test runs, one per contract.
var cases = []testCase{
	{
		kind:  model.SparsePerceptron,
		about: "1000 features, maxFeatures 30; weights zero, small multiples of the rate (zero scores: ties go to class 0), wide, and ten each within two steps of int64's ends (LaneOverflow)",
		build: sparsePerceptron,
	},
	{
		kind:  model.DensePerceptron,
		about: "13 features (a padding lane in the last word); inputs zero, whole, wide and tiny (truncating updates), both signs",
		build: densePerceptron,
	},
	{
		kind:  model.SparsePerceptron,
		about: "as above with a decaying step: decayUpdates 1000 to 5000, deployed after 0 to 1000 updates, so the step falls from up to the rate to about a sixth of it",
		build: decaying(sparsePerceptron),
	},
	{
		kind:  model.DensePerceptron,
		about: "as above with a decaying step (decayUpdates 1000 to 5000, 0 to 1000 updates before deployment): steps that are no round fraction of the rate",
		build: decaying(densePerceptron),
	},
	{
		kind: model.NaiveBayes,
		about: "1000 features, 5 classes (twins 3 and 4 never trained), maxFeatures 30, Laplace smoothing; counts zero to 1e6, " +
			"class 2's at 2^32-1 or just below for six features (they saturate)",
		build: naiveBayes,
	},
	{
		kind: model.DenseNearestCentroid,
		about: "13 features, 7 classes (two count words; twins 2 and 3 never trained; class 6 two samples from 2^30-1, CountTooLarge); " +
			"inputs past +-8.0, some near int64's ends, all added to class 5 (ValueOutOfRange)",
		build: denseNearestCentroid,
	},
	{
		kind: model.SparseNearestCentroid,
		about: "500 features, 6 classes (class 2 two samples from 2^33-1, CountTooLarge; class 3 of 2^32 samples with six sums within three updates " +
			"of int64's top, LaneOverflow; twins 4 and 5 never trained), maxFeatures 30",
		build: sparseNearestCentroid,
	},
}

// Shared shape of the sparse models.
const (
	sparseMaxFeatures = 30
	// hotFeatures is how many features half of all sparse indices are drawn from, so that their parameters
	// change many times; the multi-class models share them out among their classes.
	hotFeatures = 40
	// edgeFeatures is how many features start with a parameter next to a guard.
	edgeFeatures = 6
	// perceptronEdges is how many of the sparse perceptron's weights start next to int64's ends, half at each.
	perceptronEdges = 20
)

func classNames(k int) []string {
	names := make([]string, k)
	for c := range names {
		names[c] = fmt.Sprintf("class-%d", c)
	}
	return names
}

// sparseLength draws a sparse sample's length: mostly uniform in [0, maxLen], with the extremes (an empty
// sample; a full one) more often than chance.
func sparseLength(rng *rand.Rand, maxLen int) int {
	switch r := rng.IntN(20); {
	case r == 0:
		return 0
	case r < 3:
		return maxLen
	default:
		return rng.IntN(maxLen + 1)
	}
}

// sparseSample draws a sample of indices below numFeatures: forced first, then half from pool and half
// uniform but for avoid, to a drawn length. Strictly increasing when increasing is set; otherwise sorted and
// distinct half of the time (as an encoder writes them) and in any order with duplicates the other half.
func sparseSample(rng *rand.Rand, numFeatures int, pool, forced, avoid []int64, increasing bool) []int64 {
	n := max(sparseLength(rng, sparseMaxFeatures), len(forced))
	distinct := increasing || rng.IntN(2) == 0
	out := append(make([]int64, 0, n), forced...)
	for len(out) < n {
		f := rng.Int64N(int64(numFeatures))
		if rng.IntN(2) == 0 {
			f = pool[rng.IntN(len(pool))]
		}
		if (distinct && slices.Contains(out, f)) || slices.Contains(avoid, f) {
			continue
		}
		out = append(out, f)
	}
	if distinct {
		slices.Sort(out)
	} else {
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	return out
}

// pickFeatures returns disjoint sets of hotFeatures hot and numEdge edge features out of numFeatures.
func pickFeatures(rng *rand.Rand, numFeatures, numEdge int) (hot, edge []int64) {
	perm := rng.Perm(numFeatures)
	for _, f := range perm[:hotFeatures] {
		hot = append(hot, int64(f))
	}
	for _, f := range perm[hotFeatures : hotFeatures+numEdge] {
		edge = append(edge, int64(f))
	}
	return hot, edge
}

// homes shares the hot features out among k classes: the features each class's parameters favour, and its
// samples are drawn from.
func homes(hot []int64, k int) [][]int64 {
	out := make([][]int64, k)
	per := len(hot) / k
	for c := range out {
		out[c] = hot[c*per : (c+1)*per]
	}
	return out
}

// labelAndSource draws an update's label with the given weights, and the class its sample is made to look
// like: the label two times in three, any class (untrainable ones included) otherwise.
func labelAndSource(rng *rand.Rand, weights []int) (label uint64, source int) {
	label = uint64(pick(rng, weights...))
	if rng.IntN(3) == 0 {
		return label, rng.IntN(len(weights))
	}
	return label, int(label)
}

func sparsePerceptron(rng *rand.Rand) fixture {
	const n = 1000
	rate := 1 + rng.Int64N(2*model.One)
	m := &model.Model{
		Kind:         model.SparsePerceptron,
		Classes:      classNames(2),
		NumFeatures:  n,
		MaxFeatures:  sparseMaxFeatures,
		LearningRate: rate,
		// A small multiple of the rate, as many weights are: scores of exactly zero then happen.
		Intercept: (rng.Int64N(5) - 2) * rate,
		Weights:   make([]int64, n),
	}
	hot, edge := pickFeatures(rng, n, perceptronEdges)
	for f := range m.Weights {
		switch pick(rng, 3, 4, 3) {
		case 0:
			m.Weights[f] = 0
		case 1:
			m.Weights[f] = (rng.Int64N(7) - 3) * rate
		default:
			m.Weights[f] = rng.Int64N(2e13+1) - 1e13
		}
	}
	// The hot weights, which most samples list, are multiples of the rate and stay so: updates move them by
	// the rate. Short samples then often score exactly zero.
	for _, f := range hot {
		m.Weights[f] = (rng.Int64N(7) - 3) * rate
	}
	// Half of the edge weights sit at most two steps below int64's top, the others above its bottom. A sample
	// lists them only in pairs, one of each: their near-opposite weights leave the sign to the rest, and
	// whichever way a wrong prediction moves them, one towards its end. (Alone, an edge weight would decide the
	// prediction itself and only ever be moved away from its end.)
	up, down := edge[:perceptronEdges/2], edge[perceptronEdges/2:]
	for i, f := range up {
		m.Weights[f] = math.MaxInt64 - rng.Int64N(rate*int64(1+i%2))
	}
	for i, f := range down {
		m.Weights[f] = math.MinInt64 + rng.Int64N(rate*int64(1+i%2))
	}
	return fixture{
		m:    m,
		twin: -1,
		draw: func(rng *rand.Rand) ([]int64, uint64) {
			var forced []int64
			if rng.IntN(100) < 5 {
				forced = []int64{up[rng.IntN(len(up))], down[rng.IntN(len(down))]}
			}
			return sparseSample(rng, n, hot, forced, edge, true), uint64(rng.IntN(2))
		},
	}
}

// denseValue draws one dense input or parameter: zero, a small whole number, a wide value (up to ten), or a
// tiny one (a few billionths, whose update steps truncate), each of either sign.
func denseValue(rng *rand.Rand) int64 {
	switch pick(rng, 4, 6, 7, 3) {
	case 0:
		return 0
	case 1:
		return (rng.Int64N(7) - 3) * model.One
	case 2:
		return rng.Int64N(2e10+1) - 1e10
	default:
		return rng.Int64N(2001) - 1000
	}
}

// decaying gives a perceptron fixture a decaying step schedule that keeps the step within a factor of six of
// the rate through the run, so the overflow edges stay within reach.
func decaying(build func(rng *rand.Rand) fixture) func(rng *rand.Rand) fixture {
	return func(rng *rand.Rand) fixture {
		f := build(rng)
		f.m.DecayUpdates = 1000 + rng.Uint64N(4001)
		f.m.Updates = rng.Uint64N(1001)
		return f
	}
}

func densePerceptron(rng *rand.Rand) fixture {
	const n = 13
	m := &model.Model{
		Kind:         model.DensePerceptron,
		Classes:      classNames(2),
		NumFeatures:  n,
		LearningRate: 1 + rng.Int64N(2*model.One),
		Intercept:    rng.Int64N(10*model.One+1) - 5*model.One,
		DenseWeights: make([]int64, n),
	}
	for f := range m.DenseWeights {
		m.DenseWeights[f] = denseValue(rng)
	}
	// Weights move by at most rate*|x|/1e9 <= 2e10 an update: 10,000 updates stay far inside int64, the range
	// model.Model keeps the contract's int128 weights in.
	return fixture{
		m:    m,
		twin: -1,
		draw: func(rng *rand.Rand) ([]int64, uint64) {
			x := make([]int64, n)
			for i := range x {
				x[i] = denseValue(rng)
			}
			return x, uint64(rng.IntN(2))
		},
	}
}

func naiveBayes(rng *rand.Rand) fixture {
	const n, k = 1000, 5
	const edgeClass = 2
	m := &model.Model{
		Kind:        model.NaiveBayes,
		Classes:     classNames(k),
		NumFeatures: n,
		MaxFeatures: sparseMaxFeatures,
		Smoothing:   model.One,
		ClassCounts: make([]uint64, k),
		Counts:      make([][]uint32, k),
	}
	hot, edge := pickFeatures(rng, n, edgeFeatures)
	home := homes(hot, k)
	for c := range k {
		m.ClassCounts[c] = 100_000 + rng.Uint64N(900_000)
		m.Counts[c] = make([]uint32, n)
		for f := range m.Counts[c] {
			if pick(rng, 2, 3) == 1 {
				m.Counts[c][f] = uint32(rng.IntN(101))
			}
		}
		for _, f := range home[c] {
			m.Counts[c][f] = uint32(1000 + rng.IntN(1_000_000))
		}
	}
	// Classes 3 and 4 are twins.
	m.ClassCounts[4] = m.ClassCounts[3]
	copy(m.Counts[4], m.Counts[3])
	// Class 2's counts of the edge features are at 2^32-1 or up to two below: they saturate within three
	// updates listing them. (Such counts make the class's total, and so every factor's denominator, large: in
	// the other classes they would keep them from ever being predicted.)
	for _, f := range edge {
		m.Counts[edgeClass][f] = math.MaxUint32 - uint32(rng.IntN(3))
	}
	labels := []int{40, 40, 20, 0, 0}
	return fixture{
		m:    m,
		twin: 3,
		draw: func(rng *rand.Rand) ([]int64, uint64) {
			label, source := labelAndSource(rng, labels)
			var forced []int64
			if rng.IntN(100) < 3 {
				forced = []int64{edge[rng.IntN(len(edge))]}
			}
			return sparseSample(rng, n, home[source], forced, nil, true), label
		},
	}
}

func denseNearestCentroid(rng *rand.Rand) fixture {
	const n, k = 13, 7
	const (
		sink = 5 // the class every sample with a value near an end of int64 is added to
		full = 6 // the class two samples from the count limit
	)
	m := &model.Model{
		Kind:        model.DenseNearestCentroid,
		Classes:     classNames(k),
		NumFeatures: n,
		DataCounts:  make([]uint64, k),
		Sums:        make([][]int64, k),
	}
	// Each class's centroid is a prototype its samples are drawn around.
	protos := make([][]int64, k)
	for c := range k {
		m.DataCounts[c] = 1 + rng.Uint64N(1000)
		m.Sums[c] = make([]int64, n)
		protos[c] = make([]int64, n)
		for f := range protos[c] {
			protos[c][f] = denseValue(rng)
			m.Sums[c][f] = protos[c][f] * int64(m.DataCounts[c])
		}
	}
	// Twins: classes 2 and 3, in the same count word.
	m.DataCounts[3] = m.DataCounts[2]
	copy(m.Sums[3], m.Sums[2])
	copy(protos[3], protos[2])
	// The full class reaches 2^30-1 samples after two updates and refuses every one after (CountTooLarge). Its
	// sums, up to 2^60, make a centroid within a few thousandths of zero.
	m.DataCounts[full] = m.MaxDataCount() - 3
	for f := range m.Sums[full] {
		m.Sums[full][f] = rng.Int64N(1<<61) - 1<<60
		protos[full][f] = 0
	}
	labels := []int{30, 30, 0, 0, 30, 9, 1}
	return fixture{
		m:    m,
		twin: 2,
		draw: func(rng *rand.Rand) ([]int64, uint64) {
			label, source := labelAndSource(rng, labels)
			x := make([]int64, n)
			for i := range x {
				switch pick(rng, 2, 6, 2) {
				case 0:
					x[i] = protos[source][i]
				case 1:
					x[i] = protos[source][i] + rng.Int64N(model.One+1) - model.One/2
				default:
					x[i] = protos[source][i] + rng.Int64N(2001) - 1000
				}
			}
			if rng.IntN(100) < 3 {
				// A value near an end of int64: predict takes it, update refuses it (ValueOutOfRange). They all go
				// to the sink, so that a contract that took them would carry only its centroid far off.
				x[rng.IntN(n)] = hugeValue(rng)
				label = sink
			}
			return x, label
		},
	}
}

// hugeValue draws an int64 of magnitude at least 2^62, the ends included.
func hugeValue(rng *rand.Rand) int64 {
	switch rng.IntN(8) {
	case 0:
		return math.MaxInt64
	case 1:
		return math.MinInt64
	}
	v := 1<<62 + rng.Int64N(1<<62)
	if rng.IntN(2) == 0 {
		return -v
	}
	return v
}

func sparseNearestCentroid(rng *rand.Rand) fixture {
	const n, k = 500, 6
	const (
		full = 2 // two samples from the count limit
		big  = 3 // 2^32 samples, so that sums near int64's top are centroids near two
	)
	m := &model.Model{
		Kind:        model.SparseNearestCentroid,
		Classes:     classNames(k),
		NumFeatures: n,
		MaxFeatures: sparseMaxFeatures,
		DataCounts:  make([]uint64, k),
		Sums:        make([][]int64, k),
	}
	hot, edge := pickFeatures(rng, n, edgeFeatures)
	home := homes(hot, k)
	for c := range k {
		count := 1 + rng.Int64N(1000)
		m.DataCounts[c] = uint64(count)
		m.Sums[c] = make([]int64, n)
		// Binary samples give centroids in [0, 1], mostly near zero; the contract takes any int64 sum, so a few
		// negative ones too. A class's home features have centroids from 0.3 to 1.
		for f := range m.Sums[c] {
			switch pick(rng, 85, 13, 2) {
			case 1:
				m.Sums[c][f] = rng.Int64N(model.One/20+1) * count
			case 2:
				m.Sums[c][f] = -rng.Int64N(model.One/5+1) * count
			}
		}
		for _, f := range home[c] {
			m.Sums[c][f] = (model.One*3/10 + rng.Int64N(model.One*7/10+1)) * count
		}
	}
	m.DataCounts[5] = m.DataCounts[4]
	copy(m.Sums[5], m.Sums[4])
	// Classes with huge counts have centroids near zero whatever their int64 sums.
	m.DataCounts[full] = m.MaxDataCount() - 3
	for f := range m.Sums[full] {
		m.Sums[full][f] = rng.Int64N(1<<61) - 1<<60
	}
	m.DataCounts[big] = 1 << 32
	for f := range m.Sums[big] {
		m.Sums[big][f] = rng.Int64N(1 << 62)
	}
	// Within three updates of int64's top, beyond what 2^32 samples can sum to (an owner's own model, which it
	// can make unusable): LaneOverflow after.
	for _, f := range edge {
		m.Sums[big][f] = math.MaxInt64 - rng.Int64N(3*model.One)
	}
	labels := []int{40, 40, 1, 19, 0, 0}
	return fixture{
		m:    m,
		twin: 4,
		draw: func(rng *rand.Rand) ([]int64, uint64) {
			label, source := labelAndSource(rng, labels)
			var forced []int64
			if rng.IntN(100) < 3 {
				forced = []int64{edge[rng.IntN(len(edge))]}
			}
			return sparseSample(rng, n, home[source], forced, nil, true), label
		},
	}
}
