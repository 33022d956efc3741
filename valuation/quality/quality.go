// SPDX-License-Identifier: MIT

// Package quality measures how useful a valuation is, with OpenDataVal's tasks: noisy-label detection (flip
// some labels, then ask how well low values find them: [DetectionAUC]) and point removal (retrain without the
// highest- or lowest-valued points and watch the score: [PointRemoval]). [FlipLabels] makes the noisy data.
//
// Everything here is deterministic: ties between equal values are broken by player index, lower first, and
// the labels to flip come from a seeded PCG stream.
package quality

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/valuation"
)

// ErrInput is wrapped by the errors for inputs these measures cannot use.
var ErrInput = errors.New("quality: bad input")

// FlipLabels returns a copy of set in which round(fraction·Len) samples, chosen uniformly by a PCG stream
// seeded with seed, carry another label: label+1 mod 2 for two classes, and for more a uniformly drawn other
// class. flipped[i] says whether sample i's label was changed. Labels must be below classes.
func FlipLabels(set *dataset.Set, classes int, fraction float64, seed uint64) (*dataset.Set, []bool, error) {
	if classes < 2 {
		return nil, nil, fmt.Errorf("flip labels: %d classes; flipping needs at least 2: %w", classes, ErrInput)
	}
	if !(fraction >= 0 && fraction <= 1) {
		return nil, nil, fmt.Errorf("flip labels: fraction %v is not in [0, 1]: %w", fraction, ErrInput)
	}
	n := set.Len()
	rng := rand.New(rand.NewPCG(seed, 0x666c6970)) // "flip"
	flipped := make([]bool, n)
	for _, i := range rng.Perm(n)[:int(math.Round(fraction*float64(n)))] {
		flipped[i] = true
	}
	out := dataset.NewSet(n, set.NumValues())
	for i := range n {
		x, y := set.Sample(i)
		if y >= uint64(classes) {
			return nil, nil, fmt.Errorf("flip labels: sample %d has label %d, not below %d classes: %w", i, y, classes, ErrInput)
		}
		if flipped[i] {
			y = (y + 1 + rng.Uint64N(uint64(classes-1))) % uint64(classes)
		}
		out.Append(x, y)
	}
	return out, flipped, nil
}

// DetectionAUC returns the area under the ROC curve of finding the flagged points (flipped labels, say) by
// ranking every point from the lowest value up: the probability that a random flagged point is valued below a
// random unflagged one, a tie counting one half. 1 finds them all first, 0.5 is chance. It is computed from
// the ranks (the Mann-Whitney U statistic, ties given their mean rank) in O(n log n), exactly for n below 2^26.
func DetectionAUC(values []float64, flagged []bool) (float64, error) {
	if len(values) != len(flagged) {
		return 0, fmt.Errorf("detection AUC: %d values and %d flags: %w", len(values), len(flagged), ErrInput)
	}
	var pos int
	for i, v := range values {
		if math.IsNaN(v) {
			return 0, fmt.Errorf("detection AUC: value %d is NaN: %w", i, ErrInput)
		}
		if flagged[i] {
			pos++
		}
	}
	neg := len(values) - pos
	if pos == 0 || neg == 0 {
		return 0, fmt.Errorf("detection AUC: %d flagged and %d unflagged points; both must be present: %w", pos, neg, ErrInput)
	}
	// Rank from the highest value down, so that a flagged point ranked high is one with a low value; twice
	// each rank, so that mean ranks of ties stay integers.
	order := byValue(values)
	slices.Reverse(order)
	var twiceRanks int64
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && values[order[hi]] == values[order[lo]] {
			hi++
		}
		// Ranks lo+1..hi share their mean, (lo+1+hi)/2.
		for _, i := range order[lo:hi] {
			if flagged[i] {
				twiceRanks += int64(lo + 1 + hi)
			}
		}
		lo = hi
	}
	p, q := int64(pos), int64(neg)
	twiceU := twiceRanks - p*(p+1)
	return float64(twiceU) / float64(2*p*q), nil
}

// byValue returns the indices of values sorted by value, ascending, ties by index.
func byValue(values []float64) []int {
	order := make([]int, len(values))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(values[a], values[b]) })
	return order
}

// Removal is a point-removal experiment: the utility of what is left when the highest- or lowest-valued
// players are taken out. A good valuation loses accuracy fast when its top points go, and gains (or loses
// little) when its bottom points go.
type Removal struct {
	// Fractions holds the shares of the players removed, as given.
	Fractions []float64
	// Removed holds how many players each fraction removes, round(fraction·n).
	Removed []int
	// Full is the utility of all players, u(N).
	Full float64
	// HighRemoved[i] is the utility with the Removed[i] highest-valued players taken out.
	HighRemoved []float64
	// LowRemoved[i] is the utility with the Removed[i] lowest-valued players taken out.
	LowRemoved []float64
}

// PointRemoval evaluates u without the highest- and the lowest-valued players, for each fraction of the n
// players (each in [0, 1)), values[i] being player i's value. Ties are ranked by index, lower first, so the
// lowest of equal values goes first from the bottom and last from the top. It costs 2·len(fractions)+1
// evaluations of u.
func PointRemoval(ctx context.Context, u valuation.Utility, values, fractions []float64) (Removal, error) {
	n := u.Players()
	if len(values) != n {
		return Removal{}, fmt.Errorf("point removal: %d values for %d players: %w", len(values), n, ErrInput)
	}
	for _, f := range fractions {
		if !(f >= 0 && f < 1) {
			return Removal{}, fmt.Errorf("point removal: fraction %v is not in [0, 1): %w", f, ErrInput)
		}
	}
	order := byValue(values)
	r := Removal{Fractions: slices.Clone(fractions), Removed: make([]int, len(fractions)),
		HighRemoved: make([]float64, len(fractions)), LowRemoved: make([]float64, len(fractions))}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	var err error
	if r.Full, err = u.Value(ctx, all); err != nil {
		return Removal{}, fmt.Errorf("point removal: u(N): %w", err)
	}
	for i, f := range fractions {
		k := int(math.Round(f * float64(n)))
		r.Removed[i] = k
		if r.HighRemoved[i], err = u.Value(ctx, sortedCopy(order[:n-k])); err != nil {
			return Removal{}, fmt.Errorf("point removal: top %d removed: %w", k, err)
		}
		if r.LowRemoved[i], err = u.Value(ctx, sortedCopy(order[k:])); err != nil {
			return Removal{}, fmt.Errorf("point removal: bottom %d removed: %w", k, err)
		}
	}
	return r, nil
}

// sortedCopy returns players in ascending order, as Utility.Value takes them.
func sortedCopy(players []int) []int {
	s := slices.Clone(players)
	slices.Sort(s)
	return s
}
