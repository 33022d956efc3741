package sim

import (
	"context"
	"errors"
	"fmt"

	"github.com/sumkit/sumkit/model"
)

// startModel builds the model the config describes, before any training, for data.
func (c *Config) startModel(data *Data) (*model.Model, error) {
	mc := c.Model
	var m *model.Model
	if mc.File != "" {
		var err error
		if m, err = model.Load(mc.File); err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
		if mc.DecayUpdates != 0 {
			m.DecayUpdates, m.Updates = mc.DecayUpdates, 0
		}
		if mc.Kind != "" && mc.Kind != m.Kind {
			return nil, fmt.Errorf("model: %s holds a %s, the config says %s", mc.File, m.Kind, mc.Kind)
		}
		if m.NumFeatures != data.NumFeatures || len(m.Classes) != len(data.Classes) {
			return nil, fmt.Errorf("model: %s has %d features and %d classes, the data %d and %d",
				mc.File, m.NumFeatures, len(m.Classes), data.NumFeatures, len(data.Classes))
		}
	} else {
		var err error
		if m, err = zeroModel(mc, data); err != nil {
			return nil, err
		}
	}
	sparse := m.Kind == model.SparsePerceptron || m.Kind == model.NaiveBayes || m.Kind == model.SparseNearestCentroid
	if sparse != data.Sparse {
		return nil, fmt.Errorf("model: a %s does not take the %s data's samples (sparse %v)", m.Kind, data.Name, data.Sparse)
	}
	if m.Kind == model.SparsePerceptron || m.Kind == model.DensePerceptron {
		if err := m.Validate(); err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
	}
	if sparse {
		m.MaxFeatures = mc.MaxFeatures
		if m.MaxFeatures == 0 {
			m.MaxFeatures = uint64(max(1, maxLen(data.Train), maxLen(data.Test)))
		}
	}
	return m, nil
}

// zeroModel is a model of the configured kind with zero parameters.
func zeroModel(mc ModelConfig, data *Data) (*model.Model, error) {
	n := data.NumFeatures
	m := &model.Model{Kind: mc.Kind, Classes: append([]string(nil), data.Classes...), NumFeatures: n}
	nc := len(data.Classes)
	real := func(v *float64, def float64, field string) (int64, error) {
		x := def
		if v != nil {
			x = *v
		}
		f, err := model.ToFixed(x)
		if err != nil {
			return 0, fmt.Errorf("model.%s: %w", field, err)
		}
		return f, nil
	}
	var err error
	switch mc.Kind {
	case model.SparsePerceptron, model.DensePerceptron:
		if nc != 2 {
			return nil, fmt.Errorf("model: a perceptron has 2 classes, the %s data %d", data.Name, nc)
		}
		if m.LearningRate, err = real(mc.LearningRate, 1, "learning_rate"); err != nil {
			return nil, err
		}
		if m.Intercept, err = real(&mc.Intercept, 0, "intercept"); err != nil {
			return nil, err
		}
		m.DecayUpdates = mc.DecayUpdates
		if mc.Kind == model.SparsePerceptron {
			m.Weights = make([]int64, n)
		} else {
			m.DenseWeights = make([]int64, n)
		}
	case model.NaiveBayes:
		s, err := real(mc.Smoothing, 1, "smoothing")
		if err != nil {
			return nil, err
		}
		if s <= 0 {
			return nil, errors.New("model.smoothing must be positive")
		}
		m.Smoothing = uint64(s)
		m.ClassCounts = make([]uint64, nc)
		m.Counts = make([][]uint32, nc)
		for i := range m.Counts {
			m.Counts[i] = make([]uint32, n)
		}
	case model.DenseNearestCentroid, model.SparseNearestCentroid:
		m.DataCounts = make([]uint64, nc)
		m.Sums = make([][]int64, nc)
		for i := range m.Sums {
			m.Sums[i] = make([]int64, n)
		}
	default:
		return nil, fmt.Errorf("model.kind %q: use one of %s, %s, %s, %s, %s", mc.Kind, model.SparsePerceptron,
			model.DensePerceptron, model.NaiveBayes, model.DenseNearestCentroid, model.SparseNearestCentroid)
	}
	return m, nil
}

// teach trains m on samples in order, one pass, the way the contract's update would: samples the model
// refuses are skipped and counted. Nearest centroid models with an empty class cannot update yet, so their
// sums are accumulated directly, which is the same arithmetic.
func teach(ctx context.Context, m *model.Model, s Samples) (skipped int, err error) {
	centroid := m.Kind == model.DenseNearestCentroid || m.Kind == model.SparseNearestCentroid
	for i := range s.Len() {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return skipped, err
			}
		}
		x, y := s.Sample(i)
		if centroid {
			if !accumulate(m, x, y) {
				skipped++
			}
			continue
		}
		if err := m.Update(x, y); err != nil {
			if modelReason(err) == ModelReverted {
				return skipped, fmt.Errorf("train on sample %d: %w", i, err)
			}
			skipped++
		}
	}
	return skipped, nil
}

// accumulate adds x to class y's sum and count, as a nearest centroid update does; false for a sample the
// contract would refuse.
func accumulate(m *model.Model, x []int64, y uint64) bool {
	if y >= uint64(len(m.Classes)) {
		return false
	}
	sums := m.Sums[y]
	if m.Kind == model.DenseNearestCentroid {
		if uint64(len(x)) != m.NumFeatures {
			return false
		}
		for f, v := range x {
			if _, ok := addInt64Checked(sums[f], v); !ok {
				return false
			}
		}
		for f, v := range x {
			sums[f] += v
		}
	} else {
		if m.MaxFeatures != 0 && uint64(len(x)) > m.MaxFeatures {
			return false
		}
		for i, f := range x {
			if f < 0 || uint64(f) >= m.NumFeatures || (i > 0 && f <= x[i-1]) {
				return false
			}
		}
		for _, f := range x {
			sums[f] += model.One
		}
	}
	m.DataCounts[y]++
	return true
}

func addInt64Checked(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// checkTrained fails for a model the contract would not accept, naming the likely cause.
func checkTrained(m *model.Model) error {
	if err := m.Validate(); err != nil {
		if m.Kind == model.DenseNearestCentroid || m.Kind == model.SparseNearestCentroid {
			return fmt.Errorf("initial model: %w (every class needs a sample in the initial training data: raise init_train_data_portion)", err)
		}
		return fmt.Errorf("initial model: %w", err)
	}
	return nil
}
