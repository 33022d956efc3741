// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"math"
	"testing"
)

// TestStepSchedule follows a perceptron's step through mistakes on one feature: the step of each mistake,
// and the count afterwards. The contracts' StepSchedule.t.sol checks the same figures on chain.
func TestStepSchedule(t *testing.T) {
	tests := map[string]struct {
		kind           Kind
		rate           int64
		decay, updates uint64
		wantSteps      []int64
		wantUpdates    uint64
	}{
		"sparse constant":           {SparsePerceptron, 5e8, 0, 0, []int64{5e8, 5e8, 5e8}, 0},
		"sparse halves after 2":     {SparsePerceptron, One, 2, 0, []int64{One, 666_666_666, 5e8, 4e8, 333_333_333}, 5},
		"dense halves after 2":      {DensePerceptron, One, 2, 0, []int64{One, 666_666_666, 5e8, 4e8, 333_333_333}, 5},
		"deployed count carries on": {SparsePerceptron, 8 * One, 2, 6, []int64{2 * One, 1_777_777_777}, 8},
		"step rounds down to 0":     {DensePerceptron, 1, 1, 1, []int64{0, 0}, 3},
		"widest product":            {SparsePerceptron, MaxLearningRate, MaxDecayUpdates, MaxUpdates, []int64{3_891_050_583}, MaxUpdates + 1},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := &Model{Kind: tt.kind, Classes: []string{"n", "p"}, NumFeatures: 1, LearningRate: tt.rate,
				DecayUpdates: tt.decay, Updates: tt.updates}
			sample := []int64{0}
			if tt.kind == SparsePerceptron {
				m.Weights = []int64{0}
			} else {
				m.DenseWeights = []int64{0}
				sample = []int64{One}
			}
			if err := m.Validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			for i, want := range tt.wantSteps {
				if got := m.Step(); got != want {
					t.Errorf("mistake %d: Step() = %d, want %d", i, got, want)
				}
				before := m.weight0()
				label := uint64(1)
				if p, _ := m.Predict(sample); p == 1 {
					label = 0
				}
				if err := m.Update(sample, label); err != nil {
					t.Fatalf("mistake %d: Update() = %v", i, err)
				}
				if moved := m.weight0() - before; moved != want && moved != -want {
					t.Errorf("mistake %d: weight moved %d, want ±%d", i, moved, want)
				}
			}
			if m.Updates != tt.wantUpdates {
				t.Errorf("Updates = %d, want %d", m.Updates, tt.wantUpdates)
			}
		})
	}
}

func (m *Model) weight0() int64 {
	if m.Kind == SparsePerceptron {
		return m.Weights[0]
	}
	return m.DenseWeights[0]
}

// TestStepScheduleCountsOnlyChanges: a right prediction and a reverted update leave the count alone, as the
// contract's revert undoes its write.
func TestStepScheduleCountsOnlyChanges(t *testing.T) {
	m := &Model{Kind: SparsePerceptron, Classes: []string{"n", "p"}, NumFeatures: 2, LearningRate: One,
		DecayUpdates: 10, Updates: 4, Weights: []int64{One, math.MaxInt64}, Intercept: -One}
	if err := m.Update([]int64{0}, 0); err != nil { // score 0: class 0, right
		t.Fatalf("Update(right) = %v", err)
	}
	if m.Updates != 4 {
		t.Errorf("after a right prediction Updates = %d, want 4", m.Updates)
	}
	// Weight 1 sits half a rate below MaxInt64 and the score is -5e8: class 1 moves it up by 1e9*10/14, past it.
	m.Weights[1], m.Intercept = math.MaxInt64-One/2, -math.MaxInt64
	if err := m.Update([]int64{1}, 1); !errors.Is(err, ErrValueOverflow) {
		t.Fatalf("Update(overflowing) = %v, want ErrValueOverflow", err)
	}
	if m.Updates != 4 {
		t.Errorf("after a reverted update Updates = %d, want 4", m.Updates)
	}
}
