// SPDX-License-Identifier: MIT

package model

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/sumkit/sumkit/internal/int128"
)

// Predict returns the class the model's contract predicts for data, repeating the contract's integer
// arithmetic exactly (see solidity/src/models), or an error matching the contract's revert:
//
//   - SparsePerceptron: class 1 when intercept + sum of Weights[i] over the listed indices is positive. Every
//     sparse kind takes strictly increasing indices (ErrIndicesNotIncreasing otherwise).
//   - DensePerceptron: class 1 when intercept*1e9 + sum of DenseWeights[i]*data[i] is positive.
//   - NaiveBayes: the class maximising classCount * prod over listed indices of
//     (count*1e9 + smoothing) / (total*1e9 + smoothing*NumFeatures), each product carried as an integer
//     mantissa and a power-of-two exponent: the numerator multiplied feature by feature and kept below 2^160,
//     the denominator raised to the sample's length by squaring with 128-bit mantissas; ties go to the lower
//     class. A model with Smoothing above MaxSmoothing or NumFeatures above MaxNaiveBayesFeatures, which no
//     contract holds, fails with ErrInvalidModel.
//   - DenseNearestCentroid and SparseNearestCentroid: the class with the smallest Distances entry, the lower
//     class on a tie. Sparse samples must list strictly increasing indices. Dense distances are checked
//     arithmetic on chain: an overflow (out of reach for int64 sums below 2^48 features) fails with
//     ErrValueOverflow.
//
// Sparse samples longer than MaxFeatures (when set) fail with ErrTooManyFeatures, indices outside
// [0, NumFeatures) with ErrFeatureOutOfRange; dense samples must have NumFeatures values (ErrWrongDimension).
func (m *Model) Predict(data []int64) (uint64, error) {
	if err := m.checkShape(); err != nil {
		return 0, fmt.Errorf("predict: %w", err)
	}
	var (
		class uint64
		err   error
	)
	switch m.Kind {
	case SparsePerceptron:
		var s int128.Int
		if s, err = m.sparseScore(data); err == nil {
			class = signClass(s)
		}
	case DensePerceptron:
		var s *big.Int
		if s, err = m.score(data); err == nil {
			class = perceptronClass(s)
		}
	case NaiveBayes:
		class, err = m.predictNaiveBayes(data)
	case DenseNearestCentroid, SparseNearestCentroid:
		var d []*big.Int
		if d, err = m.distances(data); err == nil {
			class = argmin(d)
		}
	}
	if err != nil {
		return 0, fmt.Errorf("predict: %w", err)
	}
	return class, nil
}

// Score returns a perceptron's raw score as its contract's score function computes it: fixed point (1e9
// units) for SparsePerceptron, 1e18 units for DensePerceptron. The prediction is 1 when it is positive.
func (m *Model) Score(data []int64) (*big.Int, error) {
	if err := m.checkShape(); err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	if m.Kind != SparsePerceptron && m.Kind != DensePerceptron {
		return nil, fmt.Errorf("score: a %s has no score, only perceptrons do", m.Kind)
	}
	s, err := m.score(data)
	if err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	return s, nil
}

// Distances returns a nearest centroid model's squared Euclidean distance from data to each class's
// centroid, in 1e18 units and rounded down, as its contract's distances function computes it.
func (m *Model) Distances(data []int64) ([]*big.Int, error) {
	if err := m.checkShape(); err != nil {
		return nil, fmt.Errorf("distances: %w", err)
	}
	if m.Kind != DenseNearestCentroid && m.Kind != SparseNearestCentroid {
		return nil, fmt.Errorf("distances: a %s has no centroids", m.Kind)
	}
	d, err := m.distances(data)
	if err != nil {
		return nil, fmt.Errorf("distances: %w", err)
	}
	return d, nil
}

// Update teaches the model that data belongs to class label, changing its parameters exactly as the
// contract's update does, or returns the error matching the contract's revert and leaves the model as it
// was:
//
//   - Perceptrons change only when they mispredict data. SparsePerceptron then adds LearningRate to the
//     weight of each listed index, signed towards the label;
//     DensePerceptron adds LearningRate*data[i]/1e9, truncated towards zero, to each weight.
//   - NaiveBayes adds one to the label's class count and to its count of each listed index, a count at 2^32-1
//     staying there.
//   - Nearest centroid models add one to the label's data count and data to its sums (1e9 at each listed
//     index for SparseNearestCentroid).
//
// Checks come in the contract's order, so that the error is the one its revert names: the label, the
// sample's length, the class's counters, then index by index (range, order for the sparse kinds, value bound
// for DenseNearestCentroid, lane overflow). Besides the input errors Predict returns, Update returns ErrUnknownLabel, ErrCountOverflow
// (naive Bayes CountOverflow; nearest centroid CountTooLarge), ErrValueOutOfRange (DenseNearestCentroid's
// ValueOutOfRange) and
// ErrValueOverflow (an int64 lane leaving int64, Lanes.LaneOverflow) where the
// contract reverts, and ErrInt64Range where an int128 chain value would leave the int64 Model keeps it in.
func (m *Model) Update(data []int64, label uint64) error {
	if err := m.checkShape(); err != nil {
		return fmt.Errorf("update: %w", err)
	}
	if label >= uint64(len(m.Classes)) {
		return fmt.Errorf("update: label %d, the model has %d classes: %w", label, len(m.Classes), ErrUnknownLabel)
	}
	var err error
	switch m.Kind {
	case SparsePerceptron:
		err = m.updateSparsePerceptron(data, label)
	case DensePerceptron:
		err = m.updateDensePerceptron(data, label)
	case NaiveBayes:
		err = m.updateNaiveBayes(data, label)
	case DenseNearestCentroid:
		err = m.updateDenseCentroid(data, label)
	case SparseNearestCentroid:
		err = m.updateSparseCentroid(data, label)
	}
	if err != nil {
		return fmt.Errorf("update: %w", err)
	}
	return nil
}

// checkSparseLength is the contract's _checkSparseLength, skipped when MaxFeatures is 0.
func (m *Model) checkSparseLength(n int) error {
	if m.MaxFeatures != 0 && uint64(n) > m.MaxFeatures {
		return fmt.Errorf("sample lists %d indices, MaxFeatures is %d: %w", n, m.MaxFeatures, ErrTooManyFeatures)
	}
	return nil
}

// checkIndex is the contracts' index check (Classifier._indexAt, inlined in SparsePerceptron.score): data[i]
// must be a feature index.
func (m *Model) checkIndex(i int, x int64) (int, error) {
	if x < 0 || uint64(x) >= m.NumFeatures {
		return 0, fmt.Errorf("data[%d] = %d, the model has %d features: %w", i, x, m.NumFeatures, ErrFeatureOutOfRange)
	}
	return int(x), nil
}

// checkOrderedIndex is the sparse contracts' check of data[i] in their loops: a feature index (range first),
// and at least next, one past the previous index, so that indices strictly increase.
func (m *Model) checkOrderedIndex(i int, x int64, next int) (int, error) {
	f, err := m.checkIndex(i, x)
	if err != nil {
		return 0, err
	}
	if f < next {
		return 0, fmt.Errorf("data[%d] = %d follows %d: %w", i, x, next-1, ErrIndicesNotIncreasing)
	}
	return f, nil
}

// checkDenseLength is the contract's _checkDenseLength.
func (m *Model) checkDenseLength(n int) error {
	if uint64(n) != m.NumFeatures {
		return fmt.Errorf("sample has %d values, the model %d: %w", n, m.NumFeatures, ErrWrongDimension)
	}
	return nil
}

// checkIncreasing validates a sparse sample: its length, and indices in range and strictly increasing.
func (m *Model) checkIncreasing(data []int64) ([]int, error) {
	if err := m.checkSparseLength(len(data)); err != nil {
		return nil, err
	}
	features := make([]int, len(data))
	for i, x := range data {
		f, err := m.checkIndex(i, x)
		if err != nil {
			return nil, err
		}
		if i > 0 && f <= features[i-1] {
			return nil, fmt.Errorf("data[%d] = %d follows %d: %w", i, x, features[i-1], ErrIndicesNotIncreasing)
		}
		features[i] = f
	}
	return features, nil
}

// signClass is the perceptron contracts' decision on a score: class 1 when it is positive, else 0.
func signClass(s int128.Int) uint64 {
	if s.Sign() > 0 {
		return 1
	}
	return 0
}

// score is the perceptron contracts' score.
func (m *Model) score(data []int64) (*big.Int, error) {
	if m.Kind == SparsePerceptron {
		s, err := m.sparseScore(data)
		if err != nil {
			return nil, err
		}
		return s.Big(nil), nil
	}
	if err := m.checkDenseLength(len(data)); err != nil {
		return nil, err
	}
	s := new(big.Int).Mul(big.NewInt(m.Intercept), big.NewInt(One))
	var t, w, x big.Int
	for i, v := range data {
		s.Add(s, t.Mul(w.SetInt64(m.DenseWeights[i]), x.SetInt64(v)))
	}
	return s, nil
}

// sparseScore is SparsePerceptron's score without an allocation: the simulator and valuation predict with it
// millions of times.
func (m *Model) sparseScore(data []int64) (int128.Int, error) {
	var s int128.Int
	if err := m.checkSparseLength(len(data)); err != nil {
		return s, err
	}
	// The checks are checkOrderedIndex's, inlined: this loop is the simulator's hot path, and the error path
	// is taken only once, for the first bad index. The sum stays in an int64 until an addition would leave it,
	// which real weights never come near; then it starts again in 128 bits.
	acc := m.Intercept
	var next int64
	w := m.Weights
	for i, x := range data {
		if x < next || uint64(x) >= uint64(len(w)) {
			_, err := m.checkOrderedIndex(i, x, int(next))
			return s, err
		}
		next = x + 1
		v := w[x]
		sum := acc + v
		if (acc^sum)&(v^sum) < 0 {
			return m.wideScore(data), nil
		}
		acc = sum
	}
	return int128.From64(acc), nil
}

// wideScore is sparseScore's sum in 128 bits, for data sparseScore has checked.
func (m *Model) wideScore(data []int64) int128.Int {
	var s int128.Int
	s.Add64(m.Intercept)
	for _, x := range data {
		s.Add64(m.Weights[x])
	}
	return s
}

// perceptronClass is the perceptron contracts' decision: class 1 when the score is positive, else 0.
func perceptronClass(score *big.Int) uint64 {
	if score.Sign() > 0 {
		return 1
	}
	return 0
}

// predictNaiveBayes is NaiveBayes.predict. Each class's numerator, samples times every listed feature's
// smoothed count, is a mantissa below 2^160 and an exponent that grows in steps of 64; its denominator is the
// smoothed total raised to the sample's length by power. The classes are compared with greater.
func (m *Model) predictNaiveBayes(data []int64) (uint64, error) {
	if err := m.checkSparseLength(len(data)); err != nil {
		return 0, err
	}
	// The contract refuses these at deployment; within them no product below leaves 256 bits.
	if m.Smoothing > MaxSmoothing || m.NumFeatures > MaxNaiveBayesFeatures {
		return 0, fmt.Errorf("%w: smoothing %d or %d features is beyond what the contract accepts", ErrInvalidModel, m.Smoothing, m.NumFeatures)
	}
	k := len(m.Classes)
	one := big.NewInt(One)
	smooth := new(big.Int).SetUint64(m.Smoothing)
	num := make([]*big.Int, k)
	exp := make([]int64, k)
	for c := range num {
		num[c] = new(big.Int).SetUint64(m.ClassCounts[c])
	}
	var factor big.Int
	next := 0
	for i, x := range data {
		f, err := m.checkOrderedIndex(i, x, next)
		if err != nil {
			return 0, err
		}
		next = f + 1
		for c := range k {
			factor.SetUint64(uint64(m.Counts[c][f]))
			factor.Mul(&factor, one).Add(&factor, smooth)
			n := num[c].Mul(num[c], &factor)
			// m >> 160 != 0: one shift by 64 brings it back below 2^160.
			if n.BitLen() > 160 {
				n.Rsh(n, 64)
				exp[c] += 64
			}
		}
	}
	smoothAll := new(big.Int).Mul(smooth, new(big.Int).SetUint64(m.NumFeatures))
	var (
		best             uint64
		bestNum, bestDen *big.Int
		bestExp          int64
	)
	for c := range k {
		sum, ok := classTotal(m.Counts[c])
		if !ok {
			return 0, fmt.Errorf("%w: class %d's counts add up to more than 2^64-1", ErrInvalidModel, c)
		}
		total := new(big.Int).SetUint64(sum)
		total.Mul(total, one).Add(total, smoothAll)
		den, denExp := power(total, uint64(len(data)))
		n := num[c]
		e := exp[c] + normalise(n) - denExp
		if c == 0 || greater(n, den, e, bestNum, bestDen, bestExp) {
			best, bestNum, bestDen, bestExp = uint64(c), n, den, e
		}
	}
	return best, nil
}

// power is NaiveBayes._power: base^n as a mantissa below 2^128 and a binary exponent, by square-and-multiply
// with normalise after every product. base is not changed.
func power(base *big.Int, n uint64) (*big.Int, int64) {
	m := big.NewInt(1)
	b := new(big.Int).Set(base)
	var exp, bExp int64
	for n != 0 {
		if n&1 != 0 {
			exp += normalise(m.Mul(m, b)) + bExp
		}
		n >>= 1
		if n != 0 {
			bExp = 2*bExp + normalise(b.Mul(b, b))
		}
	}
	return m, exp
}

// normalise is NaiveBayes._normalise: it keeps m below 2^128 by dropping low bits, in place, and returns how
// many it dropped.
func normalise(m *big.Int) int64 {
	if m.BitLen() <= 128 {
		return 0
	}
	shift := m.BitLen() - 1 - 127 // Math.log2(m) - 127
	m.Rsh(m, uint(shift))
	return int64(shift)
}

// log2 is OpenZeppelin's Math.log2: floor(log2(x)), 0 for 0.
func log2(x *big.Int) int64 {
	if x.Sign() == 0 {
		return 0
	}
	return int64(x.BitLen() - 1)
}

// greater is NaiveBayes._greater: whether aNum/aDen * 2^aExp > bNum/bDen * 2^bExp, ported line by line.
func greater(aNum, aDen *big.Int, aExp int64, bNum, bDen *big.Int, bExp int64) bool {
	left := new(big.Int).Mul(aNum, bDen)
	right := new(big.Int).Mul(bNum, aDen)
	if left.Sign() == 0 {
		return false
	}
	if right.Sign() == 0 {
		return true
	}
	shift := aExp - bExp
	leftBits := log2(left) + shift
	rightBits := log2(right)
	if leftBits != rightBits {
		return leftBits > rightBits
	}
	if shift >= 0 {
		// Equal here means left * 2^shift <= right: the bits right dropped can only add to it.
		return left.Cmp(new(big.Int).Rsh(right, uint(shift))) > 0
	}
	t := uint(-shift)
	l := new(big.Int).Rsh(left, t)
	if cmp := l.Cmp(right); cmp != 0 {
		return cmp > 0
	}
	return new(big.Int).Lsh(l, t).Cmp(left) != 0
}

// distances is the nearest centroid contracts' distances.
func (m *Model) distances(data []int64) ([]*big.Int, error) {
	d := make([]*big.Int, len(m.Classes))
	if m.Kind == DenseNearestCentroid {
		if err := m.checkDenseLength(len(data)); err != nil {
			return nil, err
		}
		// The contract's arithmetic is checked: a square beyond int256 or a total beyond uint256 reverts
		// (Panic 0x11). With int64 sums neither happens before 2^48 features.
		var diff, x big.Int
		for c, sums := range m.Sums {
			n := new(big.Int).SetUint64(m.DataCounts[c])
			total := new(big.Int)
			for i, v := range data {
				diff.Mul(x.SetInt64(v), n)
				diff.Sub(&diff, x.SetInt64(sums[i]))
				if diff.Mul(&diff, &diff).BitLen() > 255 {
					return nil, fmt.Errorf("class %d feature %d: the squared difference overflows int256: %w", c, i, ErrValueOverflow)
				}
				if total.Add(total, &diff).BitLen() > 256 {
					return nil, fmt.Errorf("class %d feature %d: the squared distance overflows uint256: %w", c, i, ErrValueOverflow)
				}
			}
			d[c] = total.Quo(total, n.Mul(n, n))
		}
		return d, nil
	}
	features, err := m.checkIncreasing(data)
	if err != nil {
		return nil, err
	}
	unit := big.NewInt(One)
	unit2 := new(big.Int).Mul(unit, unit)
	k := big.NewInt(int64(len(features)))
	wrap := new(big.Int).Lsh(big.NewInt(1), 256)
	for c, sums := range m.Sums {
		n := new(big.Int).SetUint64(m.DataCounts[c])
		n2 := new(big.Int).Mul(n, n)
		var dot int128.Int
		for _, f := range features {
			dot.Add64(sums[f])
		}
		// k*n^2*1e18 - 2e9*n*dot + Q, with Q the sum of every feature's squared sum, as the contract keeps it.
		scaled := new(big.Int).Mul(k, n2)
		scaled.Mul(scaled, unit2)
		t := new(big.Int).Mul(big.NewInt(2*One), n)
		scaled.Sub(scaled, t.Mul(t, dot.Big(nil)))
		scaled.Add(scaled, sumSquares(sums))
		if scaled.Sign() < 0 {
			// uint256(scaled) in the contract. Unreachable: with distinct indices scaled is a sum of squares.
			scaled.Add(scaled, wrap)
		}
		d[c] = scaled.Quo(scaled, n2)
	}
	return d, nil
}

// sumSquares returns the sum of v*v over sums, exactly (a 192-bit accumulator).
func sumSquares(sums []int64) *big.Int {
	var a0, a1, a2 uint64
	for _, v := range sums {
		u := uint64(v)
		if v < 0 {
			u = -u
		}
		hi, lo := bits.Mul64(u, u)
		var carry uint64
		a0, carry = bits.Add64(a0, lo, 0)
		a1, carry = bits.Add64(a1, hi, carry)
		a2 += carry
	}
	q := new(big.Int).SetUint64(a2)
	q.Lsh(q, 64).Add(q, new(big.Int).SetUint64(a1))
	return q.Lsh(q, 64).Add(q, new(big.Int).SetUint64(a0))
}

// argmin returns the index of the smallest value, the lowest index on a tie.
func argmin(d []*big.Int) uint64 {
	var best int
	for c := 1; c < len(d); c++ {
		if d[c].Cmp(d[best]) < 0 {
			best = c
		}
	}
	return uint64(best)
}

// addInt64 returns a + b, reporting whether it fits in int64.
func addInt64(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

func (m *Model) updateSparsePerceptron(data []int64, label uint64) error {
	s, err := m.sparseScore(data)
	if err != nil {
		return err
	}
	if signClass(s) == label {
		return nil
	}
	step := m.Step()
	if label == 0 {
		step = -step
	}
	// sparseScore has checked that the indices are in range and strictly increase, so each weight moves once.
	// Every sum is checked before any is written, so a refused update changes nothing, as the reverting
	// contract changes nothing.
	for i, x := range data {
		if _, ok := addInt64(m.Weights[x], step); !ok {
			// The contract notes every lane that leaves int64 and then reverts with Lanes.LaneOverflow; up to
			// the first such lane its values are exact, so it reverts exactly when this happens.
			return fmt.Errorf("weight %d (data[%d]) would overflow int64: %w", x, i, ErrValueOverflow)
		}
	}
	for _, x := range data {
		m.Weights[x] += step
	}
	m.countUpdate()
	return nil
}

func (m *Model) updateDensePerceptron(data []int64, label uint64) error {
	s, err := m.score(data)
	if err != nil {
		return err
	}
	if perceptronClass(s) == label {
		return nil
	}
	rate := big.NewInt(m.Step())
	if label == 0 {
		rate.Neg(rate)
	}
	one := big.NewInt(One)
	next := make([]int64, len(data))
	var delta big.Int
	for i, x := range data {
		// Solidity's signed division truncates towards zero, as Quo does.
		delta.Mul(rate, big.NewInt(x))
		delta.Quo(&delta, one)
		delta.Add(&delta, big.NewInt(m.DenseWeights[i]))
		if !delta.IsInt64() {
			return fmt.Errorf("weight %d: %w", i, ErrInt64Range)
		}
		next[i] = delta.Int64()
	}
	copy(m.DenseWeights, next)
	m.countUpdate()
	return nil
}

// Step is the perceptron's next update step, fixed point: LearningRate with a constant schedule
// (DecayUpdates 0), else LearningRate*DecayUpdates/(DecayUpdates+Updates) rounded down, as the contracts'
// step(). It assumes a valid model (see Validate), for which the quotient is at most LearningRate.
func (m *Model) Step() int64 {
	if m.DecayUpdates == 0 || m.LearningRate <= 0 || m.Updates > math.MaxUint64-m.DecayUpdates {
		return m.LearningRate
	}
	hi, lo := bits.Mul64(uint64(m.LearningRate), m.DecayUpdates)
	q, _ := bits.Div64(hi, lo, m.DecayUpdates+m.Updates)
	return int64(q)
}

// countUpdate counts a perceptron's update in the decaying schedule; a constant step keeps no count.
func (m *Model) countUpdate() {
	if m.DecayUpdates != 0 {
		m.Updates++
	}
}

func (m *Model) updateNaiveBayes(data []int64, label uint64) error {
	if err := m.checkSparseLength(len(data)); err != nil {
		return err
	}
	counts := m.Counts[label]
	if m.ClassCounts[label] == math.MaxUint64 {
		return fmt.Errorf("class %d has 2^64-1 samples: %w", label, ErrCountOverflow)
	}
	total, ok := classTotal(counts)
	if !ok {
		return fmt.Errorf("%w: class %d's counts add up to more than 2^64-1", ErrInvalidModel, label)
	}
	if _, carry := bits.Add64(total, uint64(len(data)), 0); carry != 0 {
		return fmt.Errorf("class %d's feature total would pass 2^64-1: %w", label, ErrCountOverflow)
	}
	features := make([]int, len(data))
	next := 0
	for i, x := range data {
		f, err := m.checkOrderedIndex(i, x, next)
		if err != nil {
			return err
		}
		features[i], next = f, f+1
	}
	m.ClassCounts[label]++
	for _, f := range features {
		// A full count saturates, as NaiveBayes.update's lanes do; the class total, the sum of the counts,
		// follows.
		if counts[f] != math.MaxUint32 {
			counts[f]++
		}
	}
	return nil
}

func (m *Model) updateDenseCentroid(data []int64, label uint64) error {
	if err := m.checkDenseLength(len(data)); err != nil {
		return err
	}
	if m.DataCounts[label]+1 >= MaxDenseCount {
		return fmt.Errorf("class %d would reach 2^30 samples: %w", label, ErrCountOverflow)
	}
	sums := m.Sums[label]
	next := make([]int64, len(data))
	for i, x := range data {
		if x > MaxAbsDenseValue || x < -MaxAbsDenseValue {
			return fmt.Errorf("data[%d] = %d is beyond +-%d (8.0): %w", i, x, int64(MaxAbsDenseValue), ErrValueOutOfRange)
		}
		// The chain adds to an int64 lane (Lanes.addInt64), reverting with LaneOverflow past int64.
		s, ok := addInt64(sums[i], x)
		if !ok {
			return fmt.Errorf("class %d sum %d: %w", label, i, ErrValueOverflow)
		}
		next[i] = s
	}
	m.DataCounts[label]++
	copy(sums, next)
	return nil
}

func (m *Model) updateSparseCentroid(data []int64, label uint64) error {
	if err := m.checkSparseLength(len(data)); err != nil {
		return err
	}
	if m.DataCounts[label]+1 >= MaxSparseCount {
		return fmt.Errorf("class %d would reach 2^33 samples: %w", label, ErrCountOverflow)
	}
	sums := m.Sums[label]
	features := make([]int, len(data))
	next := make([]int64, len(data))
	// One pass in the contract's order, so the first failure is the one the contract reverts with.
	for i, x := range data {
		f, err := m.checkIndex(i, x)
		if err != nil {
			return err
		}
		if i > 0 && f <= features[i-1] {
			return fmt.Errorf("data[%d] = %d follows %d: %w", i, x, features[i-1], ErrIndicesNotIncreasing)
		}
		s, ok := addInt64(sums[f], One)
		if !ok {
			// Lanes.addInt64 reverts with LaneOverflow.
			return fmt.Errorf("class %d sum %d would overflow int64: %w", label, f, ErrValueOverflow)
		}
		features[i], next[i] = f, s
	}
	// The contract then adds 2e9*next - 1e18 to the class's Q for each index, keeping Q the sum of the
	// class's squared sums, and reverts with MagnitudeOverflow if Q reaches 2^192. Q is at most
	// NumFeatures * 2^126 < 2^190 for int64 sums, so that cannot happen.
	m.DataCounts[label]++
	for i, f := range features {
		sums[f] = next[i]
	}
	return nil
}
