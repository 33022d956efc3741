// Package weights is what the oracle commits: a trained model's full weights (published in chunks under a
// Merkle root) and the quantised parameters the OracleModel contract evaluates on-chain.
//
// NewRelease turns Weights into everything one version puts on-chain: the pages and tail to stage, their
// Params, and the canonical encoding's chunks with Merkle proofs; Release.Version fills a Version's hashes, and
// Version.Digest is what operators vote on. Quantised.Predict is the contract's predict, bit for bit. A client
// verifies published weights with ChunksFromEvents and Rebuild. solidity/src/oracle/README.md specifies every
// byte format.
package weights

import (
	"fmt"
	"math"
)

// Kind is the shape of a model.
type Kind uint8

const (
	// Linear is a linear model: one row of weights per feature, argmax over the logits.
	Linear Kind = 1
	// MLP is a one-hidden-layer perceptron with ReLU units.
	MLP Kind = 2
)

// Weights are a trained model's parameters in float64, for sparse samples whose features are present or absent
// (a sample is a list of feature indices; an index listed twice counts twice).
//
// Row width R: for Linear, 1 when NumClasses is 2 (class 1 iff the logit is above 0) and NumClasses otherwise;
// for MLP, Hidden.
type Weights struct {
	Kind        Kind
	NumFeatures int
	NumClasses  int
	// Hidden is the number of hidden units of an MLP; 0 for Linear.
	Hidden int
	// W1 holds feature f's weight for unit (or class) r at f*R + r.
	W1 []float64
	// B1 holds one bias per unit (or class): R entries.
	B1 []float64
	// W2 holds hidden unit j's weight for class c at j*NumClasses + c; MLP only.
	W2 []float64
	// B2 holds one bias per class; MLP only.
	B2 []float64
}

// Rows is the row width R: the number of first-layer entries per feature.
func (w *Weights) Rows() int {
	if w.Kind == MLP {
		return w.Hidden
	}
	if w.NumClasses == 2 {
		return 1
	}
	return w.NumClasses
}

// Limits on a model's shape, as the OracleModel contract enforces them.
const (
	// MaxClasses is the most classes a model may have.
	MaxClasses = 16
	// MaxHidden is the most hidden units of an MLP.
	MaxHidden = 16
)

// Validate checks that w's dimensions are within the contract's limits, that every slice has the length its
// dimensions imply, and that every value is finite.
func (w *Weights) Validate() error {
	switch w.Kind {
	case Linear:
		if w.Hidden != 0 {
			return fmt.Errorf("linear weights have %d hidden units: set Hidden to 0", w.Hidden)
		}
	case MLP:
		if w.Hidden < 1 || w.Hidden > MaxHidden {
			return fmt.Errorf("MLP has %d hidden units: want 1 to %d", w.Hidden, MaxHidden)
		}
	default:
		return fmt.Errorf("unknown kind %d: want Linear (1) or MLP (2)", w.Kind)
	}
	if w.NumFeatures < 1 {
		return fmt.Errorf("%d features: want at least 1", w.NumFeatures)
	}
	if w.NumClasses < 2 || w.NumClasses > MaxClasses {
		return fmt.Errorf("%d classes: want 2 to %d", w.NumClasses, MaxClasses)
	}
	r := w.Rows()
	lengths := []struct {
		name      string
		got, want int
	}{
		{"W1", len(w.W1), w.NumFeatures * r},
		{"B1", len(w.B1), r},
		{"W2", len(w.W2), w.Hidden * w.NumClasses},
		{"B2", len(w.B2), 0},
	}
	if w.Kind == MLP {
		lengths[3].want = w.NumClasses
	}
	for _, l := range lengths {
		if l.got != l.want {
			return fmt.Errorf("%s has %d values: want %d for this shape", l.name, l.got, l.want)
		}
	}
	for _, s := range []struct {
		name   string
		values []float64
	}{{"W1", w.W1}, {"B1", w.B1}, {"W2", w.W2}, {"B2", w.B2}} {
		for i, v := range s.values {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("%s[%d] is %v: weights must be finite", s.name, i, v)
			}
		}
	}
	return nil
}
