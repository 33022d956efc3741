// SPDX-License-Identifier: MIT

// Package modelgame provides valuation games whose utility is a model's held-out score: the players are
// labelled samples (contributions), and a coalition is worth the test-set accuracy of a model trained on its
// samples.
//
// [Utility] trains the Go ports of the on-chain models (package model), with the contracts' exact integer
// arithmetic, so a value is reproducible to the bit. It is [valuation.Incremental]: its walker updates one
// model in place per added contribution instead of retraining, and for the sparse perceptron it re-scores only
// the test points that share a feature with the update. [Logistic] trains the oracle's logistic model on the
// CPU (package oracle/train) from scratch for every coalition: much slower, and not incremental.
package modelgame

import (
	"context"
	"errors"
	"fmt"
	"math/bits"

	"github.com/sumkit/sumkit/internal/int128"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
)

// Samples is a labelled sample set; *dataset.Set is one. Sample must return the same sample for the same index
// every time: a utility keeps the set and reads it during valuation.
type Samples interface {
	Len() int
	Sample(i int) (x []int64, label uint64)
}

// ErrInput is wrapped by the errors for inputs a game cannot be built from.
var ErrInput = errors.New("model game: bad input")

// Utility is the game u(S) = accuracy on a held-out test set of the model that starts from an initial model and
// learns S's samples, one [model.Model.Update] per sample.
//
// The on-chain models are online learners, so the order of training matters (for the perceptrons; naive Bayes
// and the nearest centroid models only add counts, so for them it does not). Value trains in ascending player
// order, the order the chain saw the contributions in when players are numbered by arrival; a walker trains in
// the order players are added to it, as [valuation.Incremental] allows, so a permutation walk scores each prefix
// of the permutation as trained in that order. [Utility.ValueOrdered] trains in any given order.
//
// A sample the model refuses (Update returns an error: an index out of range or not increasing, a label that
// is no class, a counter that would overflow) is skipped, as the chain would revert its transaction and leave
// the model as it was; [Utility.Train] and [Walker.Refused] count such samples.
//
// Accuracy is correct/len(test) in float64, computed the same way on every path, so the walker's utilities
// equal Value's bit for bit on the same training order. A Utility is safe for concurrent use; it never changes
// the initial model it was given.
type Utility struct {
	initial *model.Model
	train   Samples
	testX   [][]int64
	testY   []uint64
	// sparse holds the sparse perceptron's incremental state; nil for the other kinds.
	sparse *sparseIndex
}

// sparseIndex is what a sparse perceptron walker needs beyond the model: each test point's score under the
// initial model, the number of test points it classifies correctly, and for every feature the test points that
// list it.
//
// Scores are kept in int64 while a bound proves they fit, which is all a realistic walk needs, and in int128
// beyond: |score| ≤ |intercept| + maxLen·max|weight|, and an update moves a weight by at most |step|.
type sparseIndex struct {
	scores  []int128.Int
	right   []bool // right[t]: the initial model classifies test point t correctly
	correct int
	holders [][]int32
	// narrow says the initial scores fit the int64 bound; scores64 then holds them.
	narrow    bool
	scores64  []int64
	maxLen    uint64 // the most features a test point lists
	intercept uint64 // |intercept|
	maxWeight uint64 // the initial max |weight|
}

// narrowLimit bounds |score| for int64 scores, with room to spare below 2^63.
const narrowLimit = 1 << 62

// fits reports whether every score stays within narrowLimit while no weight exceeds maxWeight in magnitude.
func (s *sparseIndex) fits(maxWeight uint64) bool {
	hi, lo := bits.Mul64(s.maxLen, maxWeight)
	return hi == 0 && lo < narrowLimit && s.intercept < narrowLimit-lo
}

// abs64 returns |v| as a uint64, exact for math.MinInt64 too.
func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

// New returns the game of initial's kind over the contributions in train, scored on test. The initial model is
// cloned (the caller's stays untouched) and must be valid ([model.Model.Validate]); test must be non-empty and
// every test point one the initial model can predict (a model's update never changes which samples it accepts
// for prediction, so they stay predictable).
func New(initial *model.Model, train, test Samples) (*Utility, error) {
	if initial == nil {
		return nil, fmt.Errorf("new model game: no initial model: %w", ErrInput)
	}
	if err := initial.Validate(); err != nil {
		return nil, fmt.Errorf("new model game: initial model: %w", err)
	}
	if test.Len() == 0 {
		return nil, fmt.Errorf("new model game: empty test set: %w", ErrInput)
	}
	u := &Utility{initial: initial.Clone(), train: train, testX: make([][]int64, test.Len()), testY: make([]uint64, test.Len())}
	for i := range u.testX {
		x, y := test.Sample(i)
		if _, err := u.initial.Predict(x); err != nil {
			return nil, fmt.Errorf("new model game: test point %d: %w", i, err)
		}
		if y >= uint64(u.initial.NumClasses()) {
			return nil, fmt.Errorf("new model game: test point %d: label %d, the model has %d classes: %w", i, y,
				u.initial.NumClasses(), ErrInput)
		}
		u.testX[i], u.testY[i] = x, y
	}
	if u.initial.Kind == model.SparsePerceptron {
		u.sparse = newSparseIndex(u.initial, u.testX, u.testY)
	}
	return u, nil
}

// newSparseIndex scores every test point under m, which has predicted each without error, so every index is in
// range and listed once.
func newSparseIndex(m *model.Model, testX [][]int64, testY []uint64) *sparseIndex {
	s := &sparseIndex{scores: make([]int128.Int, len(testX)), right: make([]bool, len(testX)), holders: make([][]int32, m.NumFeatures)}
	for t, x := range testX {
		s.scores[t] = perceptronScore(m, x)
		if s.right[t] = signClass(s.scores[t]) == testY[t]; s.right[t] {
			s.correct++
		}
		for _, f := range x {
			s.holders[f] = append(s.holders[f], int32(t))
		}
		s.maxLen = max(s.maxLen, uint64(len(x)))
	}
	s.intercept = abs64(m.Intercept)
	for _, v := range m.Weights {
		s.maxWeight = max(s.maxWeight, abs64(v))
	}
	if s.narrow = s.fits(s.maxWeight); s.narrow {
		s.scores64 = make([]int64, len(s.scores))
		for t, v := range s.scores {
			s.scores64[t] = int64(v.Lo)
		}
	}
	return s
}

// perceptronScore is the sparse perceptron contract's score, intercept plus the listed weights, in 128 bits as
// the contract sums them (int256 there; 20 int64 terms cannot leave 128 bits, nor can 2^64 of them).
func perceptronScore(m *model.Model, x []int64) int128.Int {
	var s int128.Int
	s.Add64(m.Intercept)
	for _, f := range x {
		s.Add64(m.Weights[f])
	}
	return s
}

// Players returns the number of contributions.
func (u *Utility) Players() int { return u.train.Len() }

// TestLen returns the number of test points.
func (u *Utility) TestLen() int { return len(u.testX) }

// Value returns the test accuracy of the initial model trained on coalition's samples in ascending player
// order. coalition must hold distinct players in ascending order.
func (u *Utility) Value(ctx context.Context, coalition []int) (float64, error) {
	for i, p := range coalition {
		if i > 0 && p <= coalition[i-1] {
			return 0, fmt.Errorf("model game: coalition not strictly ascending at %d: %w", i, ErrInput)
		}
	}
	return u.ValueOrdered(ctx, coalition)
}

// ValueOrdered returns the test accuracy of the initial model trained on the given players' samples in the
// given order, what a walker that added them in that order returns. The players must be distinct.
func (u *Utility) ValueOrdered(ctx context.Context, order []int) (float64, error) {
	m, _, err := u.Train(ctx, order)
	if err != nil {
		return 0, err
	}
	return u.Accuracy(m)
}

// ctxEvery is how many samples training takes between checks of its context.
const ctxEvery = 1024

// Train returns a clone of the initial model trained on the given players' samples in the given order, and the
// number of those samples it refused (and skipped, as the chain reverts them). The players must be distinct and
// in range.
func (u *Utility) Train(ctx context.Context, order []int) (*model.Model, int, error) {
	n := u.train.Len()
	seen := make([]bool, n)
	m := u.initial.Clone()
	refused := 0
	for i, p := range order {
		if i%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, 0, fmt.Errorf("model game: train: %w", err)
			}
		}
		if p < 0 || p >= n {
			return nil, 0, fmt.Errorf("model game: train: player %d out of range [0, %d): %w", p, n, ErrInput)
		}
		if seen[p] {
			return nil, 0, fmt.Errorf("model game: train: player %d listed twice: %w", p, ErrInput)
		}
		seen[p] = true
		x, y := u.train.Sample(p)
		if m.Update(x, y) != nil {
			refused++
		}
	}
	return m, refused, nil
}

// Accuracy returns the share of the test set m classifies correctly, correct/len(test) in float64. m should be
// the game's initial model or one trained from it; an error is a test point m cannot predict.
func (u *Utility) Accuracy(m *model.Model) (float64, error) {
	correct := 0
	for t, x := range u.testX {
		c, err := m.Predict(x)
		if err != nil {
			return 0, fmt.Errorf("model game: accuracy: test point %d: %w", t, err)
		}
		if c == u.testY[t] {
			correct++
		}
	}
	return u.accuracy(correct), nil
}

func (u *Utility) accuracy(correct int) float64 { return float64(correct) / float64(len(u.testX)) }

// NewWalker returns a fresh [Walker].
func (u *Utility) NewWalker() valuation.Walker {
	return &Walker{u: u, in: make([]bool, u.train.Len())}
}

// Walker grows a coalition of a [Utility] one contribution at a time, updating one model in place: an Add costs
// one model update plus a re-scoring of the test set, instead of retraining on the whole coalition.
//
// For the sparse perceptron it keeps every test point's score and re-scores only the test points that list a
// feature the update changed: an update that moves k weights by the step touches the test points in the
// inverted index of those k features, and a correct prediction of the training sample (no update) touches
// none. Scores are summed exactly, as the contract sums them (in int64 while a bound on the weights proves no sum
// can overflow it, in 128 bits beyond), so the prediction of every test point, and the accuracy, is bit for bit
// the model's. For the other kinds every Add predicts the whole test set anew.
//
// A Walker is used by one goroutine at a time.
type Walker struct {
	u       *Utility
	m       *model.Model
	in      []bool
	refused int
	// Sparse perceptron state: the test points' scores, which the model classifies correctly, and how many.
	scores  []int128.Int
	right   []bool
	correct int
	// narrow says the scores are in scores64, as long as weights stay within maxWeight (see sparseIndex).
	narrow    bool
	scores64  []int64
	maxWeight uint64
	// shift's scratch: the test points an update touched, each once, found by stamping them with epoch.
	touched []int32
	stamps  []uint32
	epoch   uint32
}

var _ valuation.Incremental = (*Utility)(nil)

// Reset empties the coalition, restoring the initial model, and returns its accuracy.
func (w *Walker) Reset(ctx context.Context) (float64, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("model game: reset: %w", err)
	}
	clear(w.in)
	w.refused = 0
	if w.m == nil {
		w.m = w.u.initial.Clone()
	} else {
		restore(w.m, w.u.initial)
	}
	if s := w.u.sparse; s != nil {
		if w.right == nil {
			w.right, w.stamps = make([]bool, len(s.scores)), make([]uint32, len(s.scores))
		}
		w.narrow, w.maxWeight = s.narrow, s.maxWeight
		if w.narrow {
			if w.scores64 == nil {
				w.scores64 = make([]int64, len(s.scores))
			}
			copy(w.scores64, s.scores64)
		} else {
			if w.scores == nil {
				w.scores = make([]int128.Int, len(s.scores))
			}
			copy(w.scores, s.scores)
		}
		copy(w.right, s.right)
		w.correct = s.correct
		return w.u.accuracy(w.correct), nil
	}
	return w.u.Accuracy(w.m)
}

// restore sets m's mutable parameters back to initial's without allocating: m is a clone of initial, so every
// slice already has initial's shape.
func restore(m, initial *model.Model) {
	copy(m.Weights, initial.Weights)
	copy(m.DenseWeights, initial.DenseWeights)
	m.Intercept, m.Updates = initial.Intercept, initial.Updates
	copy(m.ClassCounts, initial.ClassCounts)
	copy(m.DataCounts, initial.DataCounts)
	for c := range m.Counts {
		copy(m.Counts[c], initial.Counts[c])
	}
	for c := range m.Sums {
		copy(m.Sums[c], initial.Sums[c])
	}
}

// Add trains the model on the player's sample, skipping it if the model refuses it, and returns the accuracy.
func (w *Walker) Add(ctx context.Context, player int) (float64, error) {
	if w.m == nil {
		return 0, fmt.Errorf("model game: add %d before the walker's first Reset: %w", player, ErrInput)
	}
	if player < 0 || player >= len(w.in) {
		return 0, fmt.Errorf("model game: add: player %d out of range [0, %d): %w", player, len(w.in), ErrInput)
	}
	if w.in[player] {
		return 0, fmt.Errorf("model game: add: player %d added twice: %w", player, ErrInput)
	}
	w.in[player] = true
	x, y := w.u.train.Sample(player)
	if w.u.sparse == nil {
		if w.m.Update(x, y) != nil {
			w.refused++
		}
		return w.u.Accuracy(w.m)
	}
	if len(x) == 0 {
		// No weight can move: only a decaying schedule's update count might, which Update keeps.
		if w.m.Update(x, y) != nil {
			w.refused++
		}
		return w.u.accuracy(w.correct), nil
	}
	// Update moves every listed weight by the same signed step or none, so the step is what the first moved by.
	before := w.m.Weights[x[0]]
	if w.m.Update(x, y) != nil {
		w.refused++
		return w.u.accuracy(w.correct), nil
	}
	if step := w.m.Weights[x[0]] - before; step != 0 {
		if w.narrow {
			// Saturating: past 2^64 the bound fails anyway.
			w.maxWeight = max(w.maxWeight, w.maxWeight+abs64(step))
			if !w.u.sparse.fits(w.maxWeight) {
				w.widen()
			}
		}
		if w.narrow {
			w.shift64(x, step)
		} else {
			w.shift(x, step)
		}
	}
	return w.u.accuracy(w.correct), nil
}

// score returns test point t's current score.
func (w *Walker) score(t int) int128.Int {
	if w.narrow {
		v := w.scores64[t]
		return int128.From64(v)
	}
	return w.scores[t]
}

// widen moves the scores from int64 to int128, for the rest of the walk.
func (w *Walker) widen() {
	if w.scores == nil {
		w.scores = make([]int128.Int, len(w.scores64))
	}
	for t, v := range w.scores64 {
		w.scores[t] = int128.From64(v)
	}
	w.narrow = false
}

// shift64 is shift on int64 scores, which the bound keeps from overflowing.
func (w *Walker) shift64(features []int64, step int64) {
	holders, scores, stamps := w.u.sparse.holders, w.scores64, w.stamps
	epoch := w.nextEpoch()
	touched := w.touched[:0]
	for _, f := range features {
		for _, t := range holders[f] {
			scores[t] += step
			if stamps[t] != epoch {
				stamps[t] = epoch
				touched = append(touched, t)
			}
		}
	}
	labels, right := w.u.testY, w.right
	for _, t := range touched {
		class := uint64(0)
		if scores[t] > 0 {
			class = 1
		}
		if is := class == labels[t]; is != right[t] {
			right[t] = is
			if is {
				w.correct++
			} else {
				w.correct--
			}
		}
	}
	w.touched = touched
}

// nextEpoch returns a fresh stamp for shift's touched set.
func (w *Walker) nextEpoch() uint32 {
	w.epoch++
	if w.epoch == 0 {
		// The stamps wrapped around: old ones could pass for current.
		clear(w.stamps)
		w.epoch = 1
	}
	return w.epoch
}

// shift adds step to the score of every test point listing each of features, then re-classifies the points it
// touched, once each, keeping the correct count. A test point that shares several features is shifted once per
// shared feature; each shift is exact, so the score ends where the model's would be.
func (w *Walker) shift(features []int64, step int64) {
	holders, scores, stamps := w.u.sparse.holders, w.scores, w.stamps
	epoch := w.nextEpoch()
	touched := w.touched[:0]
	for _, f := range features {
		for _, t := range holders[f] {
			scores[t].Add64(step)
			if stamps[t] != epoch {
				stamps[t] = epoch
				touched = append(touched, t)
			}
		}
	}
	labels, right := w.u.testY, w.right
	for _, t := range touched {
		if is := signClass(scores[t]) == labels[t]; is != right[t] {
			right[t] = is
			if is {
				w.correct++
			} else {
				w.correct--
			}
		}
	}
	w.touched = touched
}

// Refused returns how many samples the model refused since the last Reset.
func (w *Walker) Refused() int { return w.refused }

// Model returns the walker's current model, trained on the coalition in the order it was added. It is the
// walker's own: it changes with the next Add or Reset; clone it to keep it.
func (w *Walker) Model() *model.Model { return w.m }

// signClass is the perceptron contracts' decision on a score: class 1 when it is positive, else 0.
func signClass(s int128.Int) uint64 {
	if s.Sign() > 0 {
		return 1
	}
	return 0
}
