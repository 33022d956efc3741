// Package weights is what the oracle commits: a trained model's full weights (published in chunks under a
// Merkle root) and the quantised parameters the OracleModel contract evaluates on-chain.
package weights

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
