// SPDX-License-Identifier: MIT

package train

import (
	"fmt"

	"github.com/sumkit/sumkit/oracle/weights"
)

// Evaluate returns the share of samples that w classifies as labels says, in float64. It returns an ErrData
// error for a sample or label out of w's range, and for weights whose slices do not match their shape.
func Evaluate(w *weights.Weights, samples [][]int64, labels []uint64) (float64, error) {
	if err := checkShape(w); err != nil {
		return 0, err
	}
	if err := checkSamples(samples, labels, w.NumFeatures, w.NumClasses); err != nil {
		return 0, err
	}
	if len(samples) == 0 {
		return 0, nil
	}
	p := newPredictor(w)
	correct := 0
	for i, x := range samples {
		if p.predict(x) == labels[i] {
			correct++
		}
	}
	return float64(correct) / float64(len(samples)), nil
}

// checkShape returns an ErrData error if w's slices are not the lengths its Kind and sizes call for.
func checkShape(w *weights.Weights) error {
	r := w.Rows()
	if w.NumClasses < 2 || r < 1 {
		return fmt.Errorf("weights with %d classes and row width %d: %w", w.NumClasses, r, ErrData)
	}
	type part struct {
		name      string
		got, want int
	}
	parts := []part{{"W1", len(w.W1), w.NumFeatures * r}, {"B1", len(w.B1), r}}
	switch w.Kind {
	case weights.Linear:
		parts = append(parts, part{"W2", len(w.W2), 0}, part{"B2", len(w.B2), 0})
	case weights.MLP:
		parts = append(parts, part{"W2", len(w.W2), r * w.NumClasses}, part{"B2", len(w.B2), w.NumClasses})
	default:
		return fmt.Errorf("weights kind %d is neither Linear nor MLP: %w", w.Kind, ErrData)
	}
	for _, p := range parts {
		if p.got != p.want {
			return fmt.Errorf("weights %s has %d entries, want %d: %w", p.name, p.got, p.want, ErrData)
		}
	}
	return nil
}

// predictor classifies samples with one set of weights, reusing its scratch space.
type predictor struct {
	w      *weights.Weights
	rows   []float64 // first layer: logits (Linear) or hidden activations (MLP)
	logits []float64 // MLP outputs
}

func newPredictor(w *weights.Weights) *predictor {
	return &predictor{w: w, rows: make([]float64, w.Rows()), logits: make([]float64, w.NumClasses)}
}

// predict returns the class w gives x, whose indices are in range. Ties go to the lowest class, and a
// two-class linear model says 1 only for a logit above 0, as weights.Weights specifies. Products are converted
// to float64 explicitly, which forbids the compiler from fusing them into FMAs (see the package documentation).
func (p *predictor) predict(x []int64) uint64 {
	w, r := p.w, p.w.Rows()
	copy(p.rows, w.B1)
	for _, f := range x {
		row := w.W1[int(f)*r : (int(f)+1)*r]
		for j, v := range row {
			p.rows[j] += v
		}
	}
	if w.Kind == weights.Linear {
		if r == 1 {
			if p.rows[0] > 0 {
				return 1
			}
			return 0
		}
		return argmax(p.rows)
	}
	copy(p.logits, w.B2)
	c := w.NumClasses
	for j, h := range p.rows {
		if h <= 0 {
			continue // ReLU
		}
		for k, v := range w.W2[j*c : (j+1)*c] {
			p.logits[k] += float64(h * v)
		}
	}
	return argmax(p.logits)
}

// argmax returns the index of the largest value, the first one among equals.
func argmax(v []float64) uint64 {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return uint64(best)
}
