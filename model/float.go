// SPDX-License-Identifier: MIT

package model

import (
	"fmt"
	"math"
)

// PredictFloat evaluates the model in float64 from the same fixed-point parameters (each divided by 1e9): a
// reference for Predict that also says how clear-cut the call was. It accepts the same samples as Predict
// and fails where Predict does on bad input.
//
//   - Perceptrons: score = intercept + sum of weights over the listed indices (SparsePerceptron, duplicates
//     counted each time) or intercept + sum of w_i*x_i (DensePerceptron). Class 1 iff score > 0; margin
//     |score|.
//   - NaiveBayes: log P(c) = log(ClassCounts[c]) + sum over listed indices of
//     log((count + alpha) / (total_c + alpha*NumFeatures)), with alpha = Smoothing/1e9 and total_c the sum of
//     the class's counts. The class with the largest log P wins, the lowest index on a tie; margin is the
//     best minus the second best, in nats.
//   - Nearest centroid: squared Euclidean distance from the sample to each centroid Sums[c]/DataCounts[c]
//     (the sparse sample is 1.0 at each listed index, 0 elsewhere). The nearest class wins, the lowest index
//     on a tie; margin is the second smallest distance minus the smallest.
//
// With one class the margin is +Inf.
func (m *Model) PredictFloat(data []int64) (class uint64, margin float64, err error) {
	if err := m.checkShape(); err != nil {
		return 0, 0, fmt.Errorf("predict float: %w", err)
	}
	switch m.Kind {
	case SparsePerceptron, DensePerceptron:
		var score float64
		if score, err = m.scoreFloat(data); err != nil {
			break
		}
		if score > 0 {
			class = 1
		}
		margin = math.Abs(score)
	case NaiveBayes:
		var logp []float64
		if logp, err = m.logProbabilities(data); err == nil {
			class, margin = best(logp, true)
		}
	case DenseNearestCentroid, SparseNearestCentroid:
		var d []float64
		if d, err = m.distancesFloat(data); err == nil {
			class, margin = best(d, false)
		}
	}
	if err != nil {
		return 0, 0, fmt.Errorf("predict float: %w", err)
	}
	return class, margin, nil
}

// best returns the index of the largest (or smallest) value, the lowest index on a tie, and its distance to
// the runner-up.
func best(v []float64, largest bool) (uint64, float64) {
	if !largest {
		neg := make([]float64, len(v))
		for i, x := range v {
			neg[i] = -x
		}
		v = neg
	}
	top := 0
	for i := 1; i < len(v); i++ {
		if v[i] > v[top] {
			top = i
		}
	}
	if len(v) == 1 {
		return 0, math.Inf(1)
	}
	second := math.Inf(-1)
	for i, x := range v {
		if i != top && x > second {
			second = x
		}
	}
	if math.IsInf(v[top], -1) {
		// Every class is impossible (no samples): nothing separates them.
		return uint64(top), 0
	}
	return uint64(top), v[top] - second
}

// scoreFloat is the perceptron score in real units.
func (m *Model) scoreFloat(data []int64) (float64, error) {
	score := float64(m.Intercept) / One
	if m.Kind == SparsePerceptron {
		features, err := m.checkIncreasing(data)
		if err != nil {
			return 0, err
		}
		for _, f := range features {
			score += float64(m.Weights[f]) / One
		}
		return score, nil
	}
	if err := m.checkDenseLength(len(data)); err != nil {
		return 0, err
	}
	for i, x := range data {
		score += float64(m.DenseWeights[i]) / One * (float64(x) / One)
	}
	return score, nil
}

// logProbabilities returns naive Bayes's unnormalised log-probability of each class.
func (m *Model) logProbabilities(data []int64) ([]float64, error) {
	features, err := m.checkIncreasing(data)
	if err != nil {
		return nil, err
	}
	alpha := float64(m.Smoothing) / One
	logp := make([]float64, len(m.Classes))
	for c, counts := range m.Counts {
		var total float64
		for _, v := range counts {
			total += float64(v)
		}
		logDen := math.Log(total + alpha*float64(m.NumFeatures))
		lp := math.Log(float64(m.ClassCounts[c]))
		for _, f := range features {
			lp += math.Log(float64(counts[f])+alpha) - logDen
		}
		logp[c] = lp
	}
	return logp, nil
}

// distancesFloat returns the squared Euclidean distance to each centroid in real units.
func (m *Model) distancesFloat(data []int64) ([]float64, error) {
	d := make([]float64, len(m.Classes))
	if m.Kind == DenseNearestCentroid {
		if err := m.checkDenseLength(len(data)); err != nil {
			return nil, err
		}
		for c, sums := range m.Sums {
			n := float64(m.DataCounts[c])
			var total float64
			for i, x := range data {
				diff := float64(x)/One - float64(sums[i])/One/n
				total += diff * diff
			}
			d[c] = total
		}
		return d, nil
	}
	features, err := m.checkIncreasing(data)
	if err != nil {
		return nil, err
	}
	for c, sums := range m.Sums {
		n := float64(m.DataCounts[c])
		// Every feature contributes centroid^2; a listed one contributes (1 - centroid)^2 instead.
		var total float64
		for _, s := range sums {
			v := float64(s) / One / n
			total += v * v
		}
		for _, f := range features {
			v := float64(sums[f]) / One / n
			total += (1-v)*(1-v) - v*v
		}
		d[c] = total
	}
	return d, nil
}
