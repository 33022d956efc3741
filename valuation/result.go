package valuation

import (
	"fmt"
	"math"
)

// Method names a valuation method in results and partial results.
type Method string

// The methods of this package.
const (
	MethodLeaveOneOut  Method = "leave-one-out"
	MethodExactShapley Method = "exact-shapley"
	MethodExactBanzhaf Method = "exact-banzhaf"
	MethodTMCShapley   Method = "tmc-shapley"
	MethodBanzhafMSR   Method = "banzhaf-msr"
)

// Result is the value of every player of a game.
type Result struct {
	// Method is the method that produced the values.
	Method Method
	// Values holds player i's value at index i.
	Values []float64
	// StdErrs holds the standard error of each value: zero for exact methods; for sampled ones the standard
	// error of the sample mean (for Banzhaf MSR, of the difference of two means).
	StdErrs []float64
	// Samples is the number of permutations or coalitions sampled; 2ⁿ for enumeration, n+1 for leave-one-out.
	Samples int
	// Empty and Full are u(∅) and u(N).
	Empty, Full float64
	// EfficiencyGap is Σ Values − (Full − Empty) before any normalisation: rounding only for exact Shapley and
	// for untruncated TMC (each permutation's marginals telescope to Full − Empty), the truncation's bias for
	// truncated TMC, and no axiom at all for leave-one-out or Banzhaf, which are not efficient.
	EfficiencyGap float64
	// Normalized reports whether Values were projected to sum to Full − Empty (see [Normalize]).
	Normalized bool
}

// Total returns u(N) − u(∅), what efficient values sum to.
func (r Result) Total() float64 { return r.Full - r.Empty }

// Normalize projects r's values onto the efficiency hyperplane Σ φᵢ = u(N) − u(∅): the gap is shared in
// proportion to each value's variance (the weighted least-squares projection, so the least certain values move
// most), or equally when no value has a positive standard error. The rounding residual, a few ulps, is then
// absorbed by the last value, nudged until the float64 sum in index order equals the target exactly (always
// possible unless the other values' sum dwarfs the target, and then to within an ulp of it).
// Standard errors are not changed.
// EfficiencyGap keeps the raw gap. It works on a copy: r is not modified.
func Normalize(r Result) Result {
	out := r
	out.Values = append([]float64(nil), r.Values...)
	out.Normalized = true
	n := len(out.Values)
	if n == 0 {
		return out
	}
	target := r.Total()
	var totalVar float64
	for _, se := range r.StdErrs {
		totalVar += float64(se * se)
	}
	gap := target - sum(out.Values)
	for i := range out.Values {
		share := 1 / float64(n)
		if totalVar > 0 {
			share = r.StdErrs[i] * r.StdErrs[i] / totalVar
		}
		out.Values[i] += float64(share * gap) // rounded before adding: no FMA on any architecture
	}
	prefix := sum(out.Values[:n-1])
	last := target - prefix
	for range 64 {
		s := prefix + last
		if s == target {
			break
		}
		if s < target {
			last = math.Nextafter(last, math.Inf(1))
		} else {
			last = math.Nextafter(last, math.Inf(-1))
		}
	}
	out.Values[n-1] = last
	return out
}

// sum adds xs in index order, the order every efficiency figure in this package uses.
func sum(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

// finish fills the efficiency fields of r and normalises it when asked.
func finish(r Result, normalize bool) Result {
	r.EfficiencyGap = sum(r.Values) - r.Total()
	if normalize {
		return Normalize(r)
	}
	return r
}

// checkFinite rejects utility values that would poison every sum they enter. Callers add which coalition;
// building that message only on failure keeps the hot loops free of allocations.
func checkFinite(v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("utility is %v", v)
	}
	return nil
}
