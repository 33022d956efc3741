// SPDX-License-Identifier: MIT

package dataset

import (
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/sumkit/sumkit/model"
)

// SyntheticName is the Name of a Synthetic dataset.
const SyntheticName = "synthetic"

// MaxSyntheticFeatures bounds SyntheticOptions.Features: the sampler keeps Zipf's probabilities as integer
// weights below 2^63, which up to this size stay within 2^-19 (relative) of the exact ones.
const MaxSyntheticFeatures = 1 << 21

// SyntheticOptions describes an IMDB-shaped synthetic dataset.
type SyntheticOptions struct {
	// Samples is the number of training samples, n.
	Samples int
	// TestSamples is the number of test samples drawn after them from the same distribution; 0 leaves Test
	// empty.
	TestSamples int
	// Features is the number of features, d, from 2 to MaxSyntheticFeatures.
	Features int
	// NonZeros is the number of distinct features present in every sample, k, from 1 to Features/2 (sparse
	// data; the bound also keeps drawing without repeats fast).
	NonZeros int
	// Noise is the probability, in [0, 1], that a label is flipped after the concept has assigned it.
	Noise float64
	// Seed seeds everything: the features' frequencies are fixed, the concept, samples and noise follow from
	// it.
	Seed uint64
	// Uniform draws features with equal probability instead of by Zipf's law.
	Uniform bool
}

// Synthetic generates sparse binary samples shaped like bag-of-words text and labels them with a planted
// linear concept.
//
// Each sample lists NonZeros distinct feature indices in increasing order. Unless Uniform, features are
// drawn by Zipf's law, feature i with probability proportional to 1/(i+1): low indices are common words,
// present in most samples, and high ones rare, as in a vocabulary sorted by frequency. Repeats within a
// sample are redrawn.
//
// The concept is a sparse perceptron, returned as a model.Model: weights drawn uniformly from
// [-model.One, model.One], and an intercept that puts the threshold at the median training score, so the
// noiseless training labels are balanced (to within ties). A sample's clean label is concept.Predict(sample);
// each label is then flipped with probability Noise, in Train and Test alike. Everything is integer
// arithmetic on a PCG stream, so a seed gives the same data on every platform.
func Synthetic(o SyntheticOptions) (*Dataset, *model.Model, error) {
	if err := o.check(); err != nil {
		return nil, nil, fmt.Errorf("synthetic dataset: %w", err)
	}
	r := newRNG(o.Seed, streamSynthetic)
	d, k := o.Features, o.NonZeros

	weights := make([]int64, d)
	for i := range weights {
		weights[i] = int64(r.below(2*model.One+1)) - model.One
	}

	table := newAlias(d, !o.Uniform)
	n := o.Samples + o.TestSamples
	values := make([]int64, n*k)
	scores := make([]int64, n)
	pick := newPicker(d, k)
	for i := range n {
		x := values[i*k : (i+1)*k]
		pick.sample(x, table, r)
		var s int64
		for _, f := range x {
			s += weights[f]
		}
		scores[i] = s
	}

	// Labels are 1 above the threshold; the lower median of the training scores splits them evenly.
	threshold := nthSmallest(slices.Clone(scores[:o.Samples]), (o.Samples-1)/2)

	flip, always := chance(o.Noise)
	labels := make([]uint16, n)
	for i, s := range scores {
		var l uint16
		if s > threshold {
			l = 1
		}
		if always || (flip != 0 && r.src.Uint64() < flip) {
			l ^= 1
		}
		labels[i] = l
	}

	concept := &model.Model{
		Kind:         model.SparsePerceptron,
		Classes:      []string{"negative", "positive"},
		NumFeatures:  uint64(d),
		MaxFeatures:  uint64(k),
		Weights:      weights,
		Intercept:    -threshold, // class 1 when intercept + score > 0, that is score > threshold
		LearningRate: model.One,
	}
	ds := &Dataset{
		Name:        SyntheticName,
		Classes:     slices.Clone(concept.Classes),
		NumFeatures: uint64(d),
		Sparse:      true,
		Train:       fixedLengthSet(values[:o.Samples*k], labels[:o.Samples], k),
		Test:        fixedLengthSet(values[o.Samples*k:], labels[o.Samples:], k),
	}
	return ds, concept, nil
}

// check validates the options.
func (o *SyntheticOptions) check() error {
	switch {
	case o.Samples < 1 || o.TestSamples < 0:
		return fmt.Errorf("%d training and %d test samples: want at least 1 and 0: %w", o.Samples, o.TestSamples,
			ErrOptions)
	case o.Features < 2 || o.Features > MaxSyntheticFeatures:
		return fmt.Errorf("%d features: want 2 to %d: %w", o.Features, MaxSyntheticFeatures, ErrOptions)
	case o.NonZeros < 1 || o.NonZeros > o.Features/2:
		return fmt.Errorf("%d non-zeros per sample: want 1 to %d (half the features): %w", o.NonZeros,
			o.Features/2, ErrOptions)
	case !(o.Noise >= 0 && o.Noise <= 1):
		return fmt.Errorf("noise %v: want a probability in [0, 1]: %w", o.Noise, ErrOptions)
	}
	// The flat value array must be addressable: n*k below the largest int.
	if n := o.Samples + o.TestSamples; n < 0 || n > int(^uint(0)>>1)/o.NonZeros {
		return fmt.Errorf("%d samples of %d values do not fit in memory: %w", n, o.NonZeros, ErrOptions)
	}
	return nil
}

// fixedLengthSet wraps samples of k values each, stored one after another, in a Set without copying.
func fixedLengthSet(values []int64, labels []uint16, k int) *Set {
	offsets := make([]int, len(labels)+1)
	for i := range offsets {
		offsets[i] = i * k
	}
	return &Set{values: values[:len(values):len(values)], offsets: offsets, labels: labels}
}

// picker draws k distinct features out of d and lists them in increasing order.
type picker struct {
	k int
	// bits is a bitset over the features when scanning d/64 words costs less than sorting k values: repeats
	// are a bit test and the sorted order falls out of the scan, clearing the bits as it goes.
	bits []uint64
	// chosen, used otherwise, holds stamp at the features drawn for the current sample; stamp grows by one
	// a sample, so chosen never needs clearing.
	chosen []int
	stamp  int
}

// newPicker returns a picker of k out of d features.
func newPicker(d, k int) *picker {
	words := (d + 63) / 64
	if words <= 8*k {
		return &picker{k: k, bits: make([]uint64, words)}
	}
	return &picker{k: k, chosen: make([]int, d)}
}

// sample fills x (length k) with distinct features drawn from t, redrawing repeats, in increasing order.
// It takes the table rather than a draw function so that the hot loop can draw without a call: this loop is
// the generator's cost.
func (p *picker) sample(x []int64, t *alias, r rng) {
	if p.bits != nil {
		d := uint64(len(t.keep))
		for j := 0; j < p.k; {
			// t.draw(r), written out: the compiler will not inline it, and the call costs a third of the time.
			col, coin := bits.Mul64(r.src.Uint64(), d)
			if coin < d {
				col, coin = t.redraw(r, col, coin)
			}
			f := uint(col)
			if coin >= t.keep[col] {
				f = uint(t.alias[col])
			}
			w, b := f/64, uint64(1)<<(f%64)
			if p.bits[w]&b != 0 {
				continue
			}
			p.bits[w] |= b
			j++
		}
		j := 0
		for w, word := range p.bits {
			for word != 0 {
				x[j] = int64(w*64 + bits.TrailingZeros64(word))
				j++
				word &= word - 1
			}
			p.bits[w] = 0
			if j == p.k {
				break
			}
		}
		return
	}
	p.stamp++
	for j := 0; j < p.k; {
		f := t.draw(r)
		if p.chosen[f] == p.stamp {
			continue
		}
		p.chosen[f] = p.stamp
		x[j] = int64(f)
		j++
	}
	slices.Sort(x)
}

// nthSmallest returns the value that would be at position nth if a were sorted (quickselect, reordering a):
// linear time, several times faster than sorting a million scores.
func nthSmallest(a []int64, nth int) int64 {
	lo, hi := 0, len(a)-1
	for hi-lo > 16 {
		// Median of three as the pivot; the scores come in random order, so no adversary defeats it.
		mid := lo + (hi-lo)/2
		if a[mid] < a[lo] {
			a[mid], a[lo] = a[lo], a[mid]
		}
		if a[hi] < a[lo] {
			a[hi], a[lo] = a[lo], a[hi]
		}
		if a[hi] < a[mid] {
			a[hi], a[mid] = a[mid], a[hi]
		}
		pivot := a[mid]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// Now a[lo..j] <= pivot <= a[i..hi], and everything strictly between j and i equals pivot.
		switch {
		case nth <= j:
			hi = j
		case nth >= i:
			lo = i
		default:
			return a[nth]
		}
	}
	slices.Sort(a[lo : hi+1])
	return a[nth]
}

// alias is Walker's alias table, in integers, for drawing features: by Zipf's law, P(i) proportional to
// 1/(i+1) for i < d, or uniformly. A draw picks a column uniformly and keeps it with probability
// keep[col]/2^64, else takes alias[col]. Integer weights make the table, and so the samples, identical on
// every platform; floating-point probabilities could round differently where the compiler fuses
// multiply-adds.
type alias struct {
	keep  []uint64
	alias []int
}

// newAlias builds the table for d features (Vose's construction), d <= MaxSyntheticFeatures; zipf false
// gives the uniform distribution.
func newAlias(d int, zipf bool) *alias {
	t := &alias{keep: make([]uint64, d), alias: make([]int, d)}
	// Weight 2^e/(i+1), or 1 each, with e as large as keeps scaled = weight*d below 2^63: rounding the
	// weights down errs by less than (i+1)/2^e < 2^(2*len(d)-63) relative, 1e-13 for d = 1000 and 2^-19 for
	// d = MaxSyntheticFeatures. scaled is compared with total, the mean scaled weight.
	e := 63 - bits.Len(uint(d))
	scaled := make([]uint64, d)
	var total uint64
	for i := range scaled {
		w := uint64(1)
		if zipf {
			w = uint64(1) << e / uint64(i+1)
		}
		total += w
		scaled[i] = w * uint64(d)
	}
	var small, large []int
	for i, s := range scaled {
		if s < total {
			small = append(small, i)
		} else {
			large = append(large, i)
		}
	}
	// keepOf turns a scaled weight below total into a keep threshold: floor(s * 2^64 / total).
	keepOf := func(s uint64) uint64 {
		q, _ := bits.Div64(s, 0, total)
		return q
	}
	for len(small) > 0 && len(large) > 0 {
		s, l := small[len(small)-1], large[len(large)-1]
		small = small[:len(small)-1]
		t.keep[s], t.alias[s] = keepOf(scaled[s]), l
		scaled[l] -= total - scaled[s]
		if scaled[l] < total {
			large = large[:len(large)-1]
			small = append(small, l)
		}
	}
	// The sum of scaled weights stays d*total, so what is left holds exactly a full column each and keeps
	// its own index.
	for _, i := range append(small, large...) {
		t.keep[i], t.alias[i] = math.MaxUint64, i
	}
	return t
}

// draw returns one feature. One 64-bit draw serves both choices: the column is the high word of draw*d
// (Lemire's method, rejecting the few draws that would bias it) and the coin is the low word, which given
// the column is spread evenly over [0, 2^64) in steps of d, so its bias is below d/2^64.
func (t *alias) draw(r rng) int {
	col, coin := bits.Mul64(r.src.Uint64(), uint64(len(t.keep)))
	if coin < uint64(len(t.keep)) {
		col, coin = t.redraw(r, col, coin)
	}
	if coin < t.keep[col] {
		return int(col)
	}
	return t.alias[col]
}

// redraw finishes Lemire's method for a draw whose low word fell below d: it redraws while the low word is
// below 2^64 mod d. Kept out of draw so that draw inlines.
func (t *alias) redraw(r rng, col, coin uint64) (uint64, uint64) {
	d := uint64(len(t.keep))
	for threshold := -d % d; coin < threshold; {
		col, coin = bits.Mul64(r.src.Uint64(), d)
	}
	return col, coin
}
