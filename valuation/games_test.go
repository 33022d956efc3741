package valuation_test

import (
	"context"
	"math/rand/v2"
	"sync/atomic"

	"github.com/sumkit/sumkit/valuation"
)

// glove is the glove game: players 0..left-1 hold a left glove, the rest a right one; a coalition is worth the
// number of pairs it can make.
func glove(left, right int) valuation.Func {
	return valuation.Func{N: left + right, F: func(s []int) float64 {
		l := 0
		for _, p := range s {
			if p < left {
				l++
			}
		}
		return float64(min(l, len(s)-l))
	}}
}

// airport is the airport cost game: a coalition pays for the longest runway any member needs.
func airport(costs []float64) valuation.Func {
	return valuation.Func{N: len(costs), F: func(s []int) float64 {
		var c float64
		for _, p := range s {
			c = max(c, costs[p])
		}
		return c
	}}
}

// voting is the weighted voting game [quota; weights]: a coalition is worth 1 when its weight reaches quota.
func voting(quota int, weights ...int) valuation.Func {
	return valuation.Func{N: len(weights), F: func(s []int) float64 {
		w := 0
		for _, p := range s {
			w += weights[p]
		}
		if w >= quota {
			return 1
		}
		return 0
	}}
}

// table is a game given by its value on every coalition, indexed by bit mask.
type table struct {
	n      int
	values []float64
}

func (t table) Players() int { return t.n }

func (t table) Value(_ context.Context, s []int) (float64, error) {
	m := 0
	for _, p := range s {
		m |= 1 << p
	}
	return t.values[m], nil
}

// randomGame draws a game on n players with utilities uniform in [-1, 1), u(∅) included.
func randomGame(rng *rand.Rand, n int) table {
	t := table{n: n, values: make([]float64, 1<<n)}
	for m := range t.values {
		t.values[m] = 2*rng.Float64() - 1
	}
	return t
}

// symmetricGame draws a game in which players a and b are interchangeable: the value depends on a coalition
// only through the other players it holds and how many of a and b.
func symmetricGame(rng *rand.Rand, n, a, b int) table {
	t := randomGame(rng, n)
	for m := range t.values {
		if m&(1<<a) != 0 && m&(1<<b) == 0 {
			t.values[m] = t.values[m&^(1<<a)|1<<b]
		}
	}
	return t
}

// nullGame draws a game in which player k adds nothing to any coalition.
func nullGame(rng *rand.Rand, n, k int) table {
	t := randomGame(rng, n)
	for m := range t.values {
		t.values[m] = t.values[m&^(1<<k)]
	}
	return t
}

// additive is the game u(S) = Σ_{i∈S} w[i], incremental: its walker adds one weight per step, and counts the
// steps so tests can see it is used.
type additive struct {
	w     []float64
	steps *atomic.Int64
}

func (a additive) Players() int { return len(a.w) }

func (a additive) Value(_ context.Context, s []int) (float64, error) {
	var v float64
	for _, p := range s {
		v += a.w[p]
	}
	return v, nil
}

func (a additive) NewWalker() valuation.Walker { return &additiveWalker{a: a} }

type additiveWalker struct {
	a   additive
	sum float64
}

func (w *additiveWalker) Reset(context.Context) (float64, error) { w.sum = 0; return 0, nil }

func (w *additiveWalker) Add(_ context.Context, p int) (float64, error) {
	w.a.steps.Add(1)
	w.sum += w.a.w[p]
	return w.sum, nil
}
