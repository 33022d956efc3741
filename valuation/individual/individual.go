// Package individual values data providers by the proof-of-contribution design's individual method:
//
//	φ_i = κ · ϖ_i · Σ_t x_t / (n · τ_i)
//
// where the sum runs over the τ_i uses of provider i's data in the period, x_t is the evaluation of use t,
// ϖ_i the provider's reputation from its behaviour on chain, n the number of providers and κ an adjustment
// that governance sets. A provider's value is its data's mean evaluation, weighted by its reputation and
// shared among the providers; it needs no retraining and no coalitions, so it costs one pass over the uses.
//
// Both inputs are pluggable: x_t is whatever a Use carries (Agreement gives the default, whether the model at
// that use agreed with the contribution's label), and ϖ is a Reputation function (Smoothed is the default,
// the smoothed share of the provider's settled contributions that were refunded rather than reported).
package individual

import (
	"errors"
	"fmt"
	"math"
)

// ErrInput is wrapped by the errors for inputs that cannot be valued.
var ErrInput = errors.New("individual method: bad input")

// Provider is what the method knows of one data provider in the period.
type Provider struct {
	// Name identifies the provider in results (an address, say).
	Name string
	// Uses holds the evaluation x_t of each use of the provider's data in the period, each in [0, 1]; τ is
	// their number. A provider whose data was not used is valued 0.
	Uses []float64
	// Refunded and Reported count the provider's contributions settled on chain in its favour (its deposit
	// refunded) and against it (reported by others), for the default reputation.
	Refunded, Reported int
}

// Reputation returns ϖ for a provider, in [0, 1].
type Reputation func(p Provider) float64

// Smoothed is the default reputation: the share of the provider's settled contributions that were refunded,
// with add-one smoothing, (refunded + 1) / (refunded + reported + 2), so that a provider with no history
// starts at 1/2 and each settlement moves it.
func Smoothed(p Provider) float64 {
	return float64(p.Refunded+1) / float64(p.Refunded+p.Reported+2)
}

// Agreement is the default evaluation of a use: 1 when the model at that use predicted the contribution's
// label, 0 when it did not.
func Agreement(predicted, label uint64) float64 {
	if predicted == label {
		return 1
	}
	return 0
}

// Options configures the method.
type Options struct {
	// Kappa is κ, the adjustment governance sets; 0 means 1.
	Kappa float64
	// Reputation is ϖ; nil means Smoothed.
	Reputation Reputation
}

// Values returns φ_i for each provider, in order.
func Values(providers []Provider, opts Options) ([]float64, error) {
	kappa := opts.Kappa
	if kappa == 0 {
		kappa = 1
	}
	if kappa < 0 || math.IsNaN(kappa) || math.IsInf(kappa, 0) {
		return nil, fmt.Errorf("κ is %g; it must be a positive number: %w", kappa, ErrInput)
	}
	rep := opts.Reputation
	if rep == nil {
		rep = Smoothed
	}
	n := float64(len(providers))
	out := make([]float64, len(providers))
	for i, p := range providers {
		if p.Refunded < 0 || p.Reported < 0 {
			return nil, fmt.Errorf("provider %d (%s): %d refunded and %d reported; counts cannot be negative: %w", i, p.Name, p.Refunded, p.Reported, ErrInput)
		}
		w := rep(p)
		if !(w >= 0 && w <= 1) {
			return nil, fmt.Errorf("provider %d (%s): reputation %g is outside [0, 1]: %w", i, p.Name, w, ErrInput)
		}
		if len(p.Uses) == 0 {
			continue
		}
		var sum float64
		for t, x := range p.Uses {
			if !(x >= 0 && x <= 1) {
				return nil, fmt.Errorf("provider %d (%s): use %d is evaluated %g, outside [0, 1]: %w", i, p.Name, t, x, ErrInput)
			}
			sum += x
		}
		out[i] = kappa * w * sum / (n * float64(len(p.Uses)))
	}
	return out, nil
}
