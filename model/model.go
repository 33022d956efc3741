// SPDX-License-Identifier: MIT

// Package model holds sumkit's classification models off-chain, exactly as the Solidity models in
// solidity/src/models store them: fixed-point integers with 1e9 meaning 1.0.
//
// It reads 0xDeCA10B's JSON model files ([Parse], [Load]) or builds models that have learnt nothing
// ([Untrained]), packs the parameters into the uint256 storage words the contracts' constructors and
// initialisation functions take ([Model.Words], feature-major for the multi-class models: the parameters of
// every class for one feature share a word), and evaluates a model two
// ways: [Model.Predict] and [Model.Update] repeat the contracts' integer arithmetic bit for bit, so Go tests and
// the simulator know what the chain will do, while [Model.PredictFloat] is a float64 reference over the same
// parameters that says how close a call was. [Vocabulary] encodes text for the IMDB sentiment model.
package model

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// Kind names the type of a model, one per Solidity model contract.
type Kind string

// The model kinds, one per contract in solidity/src/models.
const (
	// SparsePerceptron is a binary perceptron over sparse samples (feature indices), weights int64.
	SparsePerceptron Kind = "sparse-perceptron"
	// DensePerceptron is a binary perceptron over dense fixed-point samples, weights int128 on chain.
	DensePerceptron Kind = "dense-perceptron"
	// NaiveBayes is a multinomial naive Bayes classifier over sparse samples, counts uint32.
	NaiveBayes Kind = "naive-bayes"
	// DenseNearestCentroid is a nearest centroid classifier over dense fixed-point samples, sums int64.
	DenseNearestCentroid Kind = "dense-nearest-centroid"
	// SparseNearestCentroid is a nearest centroid classifier over sparse binary samples, sums int64.
	SparseNearestCentroid Kind = "sparse-nearest-centroid"
	// Oracle is solidity/src/oracle's OracleModel over sparse samples, trained off-chain by an oracle committee
	// (package oracle). A deployment manifest names it; Model holds no parameters for it.
	Oracle Kind = "oracle"
)

// Contract limits, mirrored from solidity/src/models.
const (
	// One is the fixed-point scale: the integer One means 1.0.
	One = 1_000_000_000
	// MaxClasses is the most classes a naive Bayes or nearest centroid contract accepts.
	MaxClasses = 1 << 16
	// MaxDenseCount bounds a dense nearest centroid class's sample count (DenseNearestCentroid.MAX_COUNT):
	// counts must stay below it. With entries within MaxAbsDenseValue a sum then stays within
	// (2^30 - 1) * 8e9 < 2^63, so no valid update can overflow one.
	MaxDenseCount = 1 << 30
	// MaxSparseCount bounds a sparse nearest centroid class's sample count (SparseNearestCentroid.MAX_COUNT):
	// counts must stay below it, so a sum of samples, at most One each, stays below 2^33 * 1e9 < 2^63.
	MaxSparseCount = 1 << 33
	// MaxAbsDenseValue is the largest magnitude of an entry DenseNearestCentroid.update takes
	// (MAX_ABS_VALUE), fixed point: 8.0.
	MaxAbsDenseValue = 8 * One
	// MaxSmoothing is the largest naive Bayes smoothing, fixed point, the contract accepts.
	MaxSmoothing = 1 << 40
	// MinLearningRate and MaxLearningRate bound a perceptron's learning rate, fixed point (the contracts'
	// MIN_LEARNING_RATE and MAX_LEARNING_RATE): from 1e-9 to 1000.
	MinLearningRate = 1
	MaxLearningRate = 1000 * One
	// MinDecayUpdates and MaxDecayUpdates bound a decaying perceptron step's DecayUpdates (the contracts'
	// MIN_DECAY_UPDATES and MAX_DECAY_UPDATES); 0 keeps the step constant.
	MinDecayUpdates = 1
	MaxDecayUpdates = 1 << 32
	// MaxUpdates bounds the update count a decaying perceptron is deployed with (the contracts' MAX_UPDATES).
	MaxUpdates = 1 << 40
	// MaxNaiveBayesFeatures is the largest naive Bayes vocabulary the contract accepts.
	MaxNaiveBayesFeatures = 1 << 40
)

var (
	// ErrInvalidModel is returned, wrapped with the field at fault, for a model file or a Model value that
	// does not describe a model the contracts accept.
	ErrInvalidModel = errors.New("invalid model")
	// ErrUnknownLabel is returned by Update for a label that is not a class index (the contract's
	// UnknownLabel).
	ErrUnknownLabel = errors.New("unknown label")
	// ErrFeatureOutOfRange is returned for a sparse sample index below 0 or at or above NumFeatures (the
	// contract's FeatureOutOfRange).
	ErrFeatureOutOfRange = errors.New("feature index out of range")
	// ErrWrongDimension is returned for a dense sample whose length is not NumFeatures (the contract's
	// WrongDimension).
	ErrWrongDimension = errors.New("wrong sample dimension")
	// ErrTooManyFeatures is returned for a sparse sample longer than MaxFeatures (the contract's
	// TooManyFeatures).
	ErrTooManyFeatures = errors.New("too many features in sample")
	// ErrIndicesNotIncreasing is returned by every sparse model for indices that are not strictly increasing
	// (the contracts' IndicesNotIncreasing): a sample is a binary bag of words, each feature listed once.
	ErrIndicesNotIncreasing = errors.New("sample indices not strictly increasing")
	// ErrCountOverflow is returned by Update when a count would leave the contract's range (naive Bayes
	// CountOverflow for a class's samples or total; nearest centroid CountTooLarge). A naive Bayes feature
	// count saturates at 2^32-1 instead.
	ErrCountOverflow = errors.New("count overflow")
	// ErrValueOverflow is returned where the contract reverts on an arithmetic overflow: by Update when an
	// int64 weight or sum would leave int64 (Lanes.LaneOverflow), and by DenseNearestCentroid's distances on
	// checked arithmetic that overflows (Panic 0x11).
	ErrValueOverflow = errors.New("value overflow")
	// ErrValueOutOfRange is returned by Update for a dense nearest centroid entry beyond +-MaxAbsDenseValue (the
	// contract's ValueOutOfRange).
	ErrValueOutOfRange = errors.New("sample value out of range")
	// ErrInt64Range is returned when a value the chain keeps as int128 (dense perceptron weights) would leave
	// int64, the type Model keeps it in. The chain would accept it; such a
	// model cannot be simulated here.
	ErrInt64Range = errors.New("value outside int64, which Model uses for int128 chain values")
)

// Model is a classification model in the fixed-point form its contract stores: every real number is an
// integer with One (1e9) meaning 1.0. Which fields are used depends on Kind; the others stay nil or zero.
//
// Perceptrons (SparsePerceptron, DensePerceptron) use Weights or DenseWeights, Intercept, LearningRate,
// DecayUpdates and Updates and have exactly two classes. NaiveBayes uses ClassCounts, Counts and Smoothing. The nearest centroid kinds use
// DataCounts and Sums.
//
// Nearest centroid models keep, like the contracts, the sum of each class's samples rather than its mean:
// Sums[c][f] / DataCounts[c] is the centroid. A model read from a file gets
// Sums[c][f] = round(centroid[c][f] * 1e9) * DataCounts[c], rounding the centroid before multiplying, so the
// chain's centroid Sums/DataCounts is exactly the file's centroid in fixed point.
//
// DensePerceptron weights and intercept are int128 on chain; Model keeps them as int64, which holds every value
// a model file gives for reals below about 9.2e9. Update returns ErrInt64Range rather than silently differ from
// the chain if one would leave int64.
type Model struct {
	// Kind selects the contract and the fields in use.
	Kind Kind
	// Classes holds the class names in class-index order.
	Classes []string
	// NumFeatures is the dense sample length, or one more than the largest sparse feature index.
	NumFeatures uint64
	// MaxFeatures is the contract's maxFeatures: the most indices a sparse sample may list. Zero means no
	// limit off-chain; model files do not carry it, the deployer chooses it. Dense models ignore it.
	MaxFeatures uint64

	// Weights holds a SparsePerceptron's weights, one per feature.
	Weights []int64
	// DenseWeights holds a DensePerceptron's weights, one per feature (int128 on chain).
	DenseWeights []int64
	// FeatureIndices, when set on a DensePerceptron, says which dimension of an encoder's output feeds each
	// weight: sample[i] = embedding[FeatureIndices[i]]. The contract does not know it: whoever encodes samples
	// must apply it (see SelectFeatures).
	FeatureIndices []int
	// Intercept is a perceptron's bias, fixed point (int128 on chain for the dense perceptron).
	Intercept int64
	// LearningRate is a perceptron's first update step, fixed point, in [MinLearningRate, MaxLearningRate].
	LearningRate int64
	// DecayUpdates sets a perceptron's step schedule. Zero keeps the step at LearningRate. Otherwise the step
	// of an update is LearningRate*DecayUpdates/(DecayUpdates+Updates), rounded down: it halves after
	// DecayUpdates updates, thirds after twice as many, in the spirit of scikit-learn's "optimal" schedule
	// 1/(alpha*(t+t0)). Within [MinDecayUpdates, MaxDecayUpdates] when not zero.
	DecayUpdates uint64
	// Updates counts the updates that changed a decaying perceptron (its mispredictions); it is the t of the
	// schedule, the contract's updates(). Zero when DecayUpdates is, at most MaxUpdates at deployment.
	Updates uint64

	// ClassCounts holds, for naive Bayes, the number of training samples seen per class.
	ClassCounts []uint64
	// Counts holds, for naive Bayes, how often each feature was seen per class: Counts[class][feature].
	Counts [][]uint32
	// Smoothing is naive Bayes's additive smoothing, fixed point (One is Laplace smoothing).
	Smoothing uint64

	// DataCounts holds, for nearest centroid models, the number of samples behind each class's centroid.
	DataCounts []uint64
	// Sums holds, for nearest centroid models, the sum of each class's samples: Sums[class][feature], fixed
	// point. The centroid is Sums[c][f] / DataCounts[c].
	Sums [][]int64
}

// NumClasses returns the number of classes.
func (m *Model) NumClasses() int { return len(m.Classes) }

// Clone returns a deep copy of m, so that updating one leaves the other alone.
func (m *Model) Clone() *Model {
	c := *m
	c.Classes = append([]string(nil), m.Classes...)
	c.Weights = append([]int64(nil), m.Weights...)
	c.DenseWeights = append([]int64(nil), m.DenseWeights...)
	c.FeatureIndices = append([]int(nil), m.FeatureIndices...)
	c.ClassCounts = append([]uint64(nil), m.ClassCounts...)
	c.DataCounts = append([]uint64(nil), m.DataCounts...)
	if m.Counts != nil {
		c.Counts = make([][]uint32, len(m.Counts))
		for i, row := range m.Counts {
			c.Counts[i] = append([]uint32(nil), row...)
		}
	}
	if m.Sums != nil {
		c.Sums = make([][]int64, len(m.Sums))
		for i, row := range m.Sums {
			c.Sums[i] = append([]int64(nil), row...)
		}
	}
	return &c
}

// SelectFeatures picks a DensePerceptron's inputs out of an encoder's output: element i of the result is
// embedding[FeatureIndices[i]]. Without FeatureIndices it returns a copy of embedding, whose length must then
// be NumFeatures.
func (m *Model) SelectFeatures(embedding []int64) ([]int64, error) {
	if len(m.FeatureIndices) == 0 {
		if uint64(len(embedding)) != m.NumFeatures {
			return nil, fmt.Errorf("select features: embedding has %d values, model %d: %w", len(embedding), m.NumFeatures, ErrWrongDimension)
		}
		return append([]int64(nil), embedding...), nil
	}
	out := make([]int64, len(m.FeatureIndices))
	for i, f := range m.FeatureIndices {
		if f < 0 || f >= len(embedding) {
			return nil, fmt.Errorf("select features: featureIndices[%d] = %d but the embedding has %d values: %w", i, f, len(embedding), ErrFeatureOutOfRange)
		}
		out[i] = embedding[f]
	}
	return out, nil
}

// ToFixed converts a real number to fixed point the way 0xDeCA10B does, JavaScript's Math.round(x * 1e9):
// the product is rounded to the nearest integer, halves towards positive infinity (-1.5 becomes -1). The
// product is computed in float64 as in JavaScript. Unlike floor(v+0.5) it does not round 0.49999999999999994
// up. It fails for NaN, infinities and results outside int64.
func ToFixed(x float64) (int64, error) {
	if math.IsNaN(x) {
		return 0, errors.New("NaN is not a number; replace it with a real value")
	}
	if math.IsInf(x, 0) {
		return 0, fmt.Errorf("%v is not finite; replace it with a real value", x)
	}
	r := jsRound(x * One)
	// 2^63 is exact in float64; int64 holds [-2^63, 2^63).
	if r >= 0x1p63 || r < -0x1p63 {
		return 0, fmt.Errorf("%v times 1e9 is outside int64 (|x| must stay below about 9.22e9)", x)
	}
	return int64(r), nil
}

// jsRound is ECMAScript's Math.round: the nearest integer, ties towards positive infinity.
func jsRound(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	r := math.Floor(v)
	// v - floor(v) is exact in float64.
	if v-r >= 0.5 {
		r++
	}
	return r
}

// lanes returns how the kind's contract lays out the parameters Words packs: the number of lanes (one per
// parameter) and how many lanes share a word. ok is false for an unknown kind or a lane count beyond uint64.
func (m *Model) lanes() (n, perWord uint64, ok bool) {
	k := uint64(len(m.Classes))
	switch m.Kind {
	case SparsePerceptron:
		return m.NumFeatures, 4, true
	case DensePerceptron:
		return m.NumFeatures, 2, true
	case NaiveBayes:
		perWord = 8
	case DenseNearestCentroid:
		// Class-major, each class padded to whole words: lane c*F4 + f, F4 = NumFeatures rounded up to 4.
		hi, n := bits.Mul64(m.NumFeatures+(4-m.NumFeatures%4)%4, k)
		return n, 4, hi == 0
	case SparseNearestCentroid:
		perWord = 4
	default:
		return 0, 0, false
	}
	hi, n := bits.Mul64(m.NumFeatures, k)
	return n, perWord, hi == 0
}

// NumWords returns the number of storage words Words returns, the contract's word count:
// ceil(NumFeatures / lanesPerWord) for perceptrons and ceil(NumFeatures * NumClasses / lanesPerWord) for the
// multi-class kinds (see Words). It returns 0 for an unknown kind and -1 where the count does not fit in an
// int.
func (m *Model) NumWords() int {
	n, perWord, ok := m.lanes()
	if perWord == 0 {
		return 0
	}
	words := n/perWord + min(n%perWord, 1)
	if !ok || words > math.MaxInt {
		return -1
	}
	return int(words)
}

// invalidf returns an ErrInvalidModel error with the given explanation.
func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidModel, fmt.Sprintf(format, args...))
}

// checkShape checks that the slices the kind uses agree with NumFeatures and Classes, so evaluation cannot
// index out of range. It is cheap: it does not look at values.
func (m *Model) checkShape() error {
	nc := len(m.Classes)
	if nc == 0 {
		return invalidf("no classes")
	}
	if m.NumFeatures == 0 {
		return invalidf("NumFeatures is 0")
	}
	if m.NumFeatures > math.MaxInt {
		return invalidf("NumFeatures %d does not fit in an int", m.NumFeatures)
	}
	n := int(m.NumFeatures)
	switch m.Kind {
	case SparsePerceptron:
		if nc != 2 {
			return invalidf("a perceptron has exactly 2 classes, got %d", nc)
		}
		if len(m.Weights) != n {
			return invalidf("%d weights for %d features", len(m.Weights), n)
		}
	case DensePerceptron:
		if nc != 2 {
			return invalidf("a perceptron has exactly 2 classes, got %d", nc)
		}
		if len(m.DenseWeights) != n {
			return invalidf("%d dense weights for %d features", len(m.DenseWeights), n)
		}
	case NaiveBayes:
		if len(m.ClassCounts) != nc || len(m.Counts) != nc {
			return invalidf("%d class counts and %d count rows for %d classes", len(m.ClassCounts), len(m.Counts), nc)
		}
		for c, row := range m.Counts {
			if len(row) != n {
				return invalidf("class %d has %d counts for %d features", c, len(row), n)
			}
		}
	case DenseNearestCentroid, SparseNearestCentroid:
		if len(m.DataCounts) != nc || len(m.Sums) != nc {
			return invalidf("%d data counts and %d sum rows for %d classes", len(m.DataCounts), len(m.Sums), nc)
		}
		for c, row := range m.Sums {
			if len(row) != n {
				return invalidf("class %d has %d sums for %d features", c, len(row), n)
			}
			if m.DataCounts[c] == 0 {
				return invalidf("class %d has data count 0", c)
			}
		}
	default:
		return invalidf("unknown kind %q", m.Kind)
	}
	return nil
}

// Validate checks that m is a model its contract would accept at deployment: the shape of every slice, the
// class count, positive learning rate, smoothing and data counts within the contract's bounds, and totals
// that fit the contract's counters.
func (m *Model) Validate() error {
	if err := m.checkShape(); err != nil {
		return err
	}
	nc := len(m.Classes)
	switch m.Kind {
	case SparsePerceptron, DensePerceptron:
		if m.LearningRate < MinLearningRate || m.LearningRate > MaxLearningRate {
			return invalidf("learning rate %d (fixed point) must be in [%d, %d]", m.LearningRate, MinLearningRate, MaxLearningRate)
		}
		if m.DecayUpdates != 0 && (m.DecayUpdates < MinDecayUpdates || m.DecayUpdates > MaxDecayUpdates) {
			return invalidf("decay updates %d must be 0 (a constant step) or in [%d, %d]", m.DecayUpdates, MinDecayUpdates, MaxDecayUpdates)
		}
		if m.Updates > MaxUpdates || (m.DecayUpdates == 0 && m.Updates != 0) {
			return invalidf("updates %d must be at most %d, and 0 with a constant step", m.Updates, MaxUpdates)
		}
		if m.Kind == DensePerceptron && len(m.FeatureIndices) != 0 {
			if uint64(len(m.FeatureIndices)) != m.NumFeatures {
				return invalidf("%d feature indices for %d weights; give one per weight", len(m.FeatureIndices), m.NumFeatures)
			}
			for i, f := range m.FeatureIndices {
				if f < 0 {
					return invalidf("featureIndices[%d] = %d is negative", i, f)
				}
			}
		}
	case NaiveBayes:
		if nc > MaxClasses {
			return invalidf("%d classes, the contract takes at most %d", nc, MaxClasses)
		}
		if m.Smoothing == 0 || m.Smoothing > MaxSmoothing {
			return invalidf("smoothing %d (fixed point) must be in [1, 2^40]", m.Smoothing)
		}
		if m.NumFeatures > MaxNaiveBayesFeatures {
			return invalidf("%d features, the contract takes at most 2^40", m.NumFeatures)
		}
		for c := range m.Counts {
			if _, ok := classTotal(m.Counts[c]); !ok {
				return invalidf("class %d: the counts add up to more than 2^64-1", c)
			}
		}
	case DenseNearestCentroid, SparseNearestCentroid:
		if nc > MaxClasses {
			return invalidf("%d classes, the contract takes at most %d", nc, MaxClasses)
		}
		limit := m.MaxDataCount()
		for c, n := range m.DataCounts {
			if n >= limit {
				return invalidf("class %d: data count %d must be below %d", c, n, limit)
			}
		}
	}
	return nil
}

// classTotal sums a class's feature counts, reporting whether the total fits in uint64 (the contract keeps it
// in 64 bits).
func classTotal(counts []uint32) (uint64, bool) {
	var total, carry uint64
	for _, v := range counts {
		total, carry = bits.Add64(total, uint64(v), 0)
		if carry != 0 {
			return 0, false
		}
	}
	return total, true
}

// MaxDataCount returns the bound a nearest centroid class's sample count must stay below: MaxDenseCount or
// MaxSparseCount by kind, 0 for the other kinds.
func (m *Model) MaxDataCount() uint64 {
	switch m.Kind {
	case DenseNearestCentroid:
		return MaxDenseCount
	case SparseNearestCentroid:
		return MaxSparseCount
	}
	return 0
}
