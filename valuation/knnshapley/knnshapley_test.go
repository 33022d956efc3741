package knnshapley

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// set is a labelled sample set for the tests.
type set struct {
	x [][]int64
	y []uint64
}

func (s *set) Len() int                       { return len(s.x) }
func (s *set) Sample(i int) ([]int64, uint64) { return s.x[i], s.y[i] }
func (s *set) add(x []int64, y uint64)        { s.x, s.y = append(s.x, x), append(s.y, y) }
func sparseDistance(a, b []int64) float64     { return float64(len(a) + len(b) - 2*common(a, b)) }
func common(a, b []int64) (n int) {
	for _, f := range a {
		if slices.Contains(b, f) {
			n++
		}
	}
	return n
}

// randomSet draws n samples: sparse ones of 1 to 5 indices below features, or dense ones of dim values in
// a small range (so that distances tie), with labels below classes.
func randomSet(r *rand.Rand, n int, metric Metric, features, classes int) *set {
	s := &set{}
	for range n {
		var x []int64
		if metric == SparseBinary {
			idx := r.Perm(features)[:1+r.IntN(5)]
			slices.Sort(idx)
			for _, f := range idx {
				x = append(x, int64(f))
			}
		} else {
			for range features {
				x = append(x, int64(r.IntN(3))*1_000_000_000)
			}
		}
		s.add(x, uint64(r.IntN(classes)))
	}
	return s
}

func distance(metric Metric, a, b []int64) float64 {
	if metric == SparseBinary {
		return sparseDistance(a, b)
	}
	var d float64
	for i := range a {
		diff := float64(a[i]) - float64(b[i])
		d += diff * diff
	}
	return d
}

// utility is the KNN utility of coalition mask for one test point, with the package's tie-break.
func utility(train *set, x []int64, y uint64, k int, metric Metric, mask int) float64 {
	var members []int
	for i := range train.Len() {
		if mask&(1<<i) != 0 {
			members = append(members, i)
		}
	}
	slices.SortStableFunc(members, func(a, b int) int {
		return compareFloat(distance(metric, train.x[a], x), distance(metric, train.x[b], x))
	})
	var u float64
	for _, p := range members[:min(k, len(members))] {
		if train.y[p] == y {
			u++
		}
	}
	return u / float64(k)
}

// bruteForce is the Shapley value of each training point by enumerating every coalition, averaged over the
// test points.
func bruteForce(train, test *set, k int, metric Metric) []float64 {
	n := train.Len()
	fact := make([]float64, n+1)
	fact[0] = 1
	for i := 1; i <= n; i++ {
		fact[i] = fact[i-1] * float64(i)
	}
	phi := make([]float64, n)
	for t := range test.Len() {
		x, y := test.Sample(t)
		u := make([]float64, 1<<n)
		for mask := range u {
			u[mask] = utility(train, x, y, k, metric, mask)
		}
		for i := range n {
			for mask := range u {
				if mask&(1<<i) != 0 {
					continue
				}
				size := popcount(mask)
				w := fact[size] * fact[n-size-1] / fact[n]
				phi[i] += w * (u[mask|1<<i] - u[mask]) / float64(test.Len())
			}
		}
	}
	return phi
}

func popcount(m int) (c int) {
	for ; m != 0; m &= m - 1 {
		c++
	}
	return c
}

// TestAgainstBruteForce checks the closed form against enumeration of every coalition, on random games with
// ties in distance, for both metrics and several K, to 1e-12.
func TestAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, metric := range []Metric{SparseBinary, Dense} {
		for trial := range 40 {
			n := 1 + r.IntN(9)
			k := 1 + r.IntN(4)
			train := randomSet(r, n, metric, 6, 2+trial%2)
			test := randomSet(r, 1+r.IntN(4), metric, 6, 2+trial%2)
			p, err := Value(context.Background(), train, test, Options{K: k, Metric: metric})
			if err != nil {
				t.Fatal(err)
			}
			got, want := p.Values(), bruteForce(train, test, k, metric)
			for i := range want {
				if math.Abs(got[i]-want[i]) > 1e-12 {
					t.Errorf("%s trial %d (n %d, K %d): point %d value %.15g, brute force %.15g", metric, trial, n, k, i, got[i], want[i])
				}
			}
		}
	}
}

// TestEfficiency checks that the values sum to the worth of the whole training set (the empty set is worth
// 0), on a game too large to enumerate.
func TestEfficiency(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	train, test := randomSet(r, 3000, SparseBinary, 50, 2), randomSet(r, 40, SparseBinary, 50, 2)
	const k = 5
	p, err := Value(context.Background(), train, test, Options{K: k})
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, v := range p.Values() {
		sum += v
	}
	var worth float64
	for i := range test.Len() {
		x, y := test.Sample(i)
		near := make([]int, train.Len())
		for j := range near {
			near[j] = j
		}
		slices.SortStableFunc(near, func(a, b int) int {
			return compareFloat(sparseDistance(train.x[a], x), sparseDistance(train.x[b], x))
		})
		for _, j := range near[:k] {
			if train.y[j] == y {
				worth += 1.0 / k / float64(test.Len())
			}
		}
	}
	if math.Abs(sum-worth) > 1e-9 {
		t.Errorf("values sum to %.12f, the training set is worth %.12f", sum, worth)
	}
}

// TestDeterministic checks that the values do not depend on the number of workers, and that three shards of
// the test set, written out and read back, merge into exactly the one-run result.
func TestDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, metric := range []Metric{SparseBinary, Dense} {
		train, test := randomSet(r, 500, metric, 30, 3), randomSet(r, 37, metric, 30, 3)
		opts := Options{K: 7, Metric: metric}
		one, err := Value(context.Background(), train, test, Options{K: 7, Metric: metric, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		opts.Workers = 4
		many, err := Value(context.Background(), train, test, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(one.Values(), many.Values()) {
			t.Errorf("%s: 1 worker and 4 workers differ", metric)
		}
		var merged *Partial
		for i, cut := range [][2]int{{0, 12}, {12, 13}, {13, 37}} {
			shard, err := ValueRange(context.Background(), train, test, cut[0], cut[1], opts)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(shard)
			if err != nil {
				t.Fatal(err)
			}
			var back Partial
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				merged = &back
			} else if err := merged.Merge(&back); err != nil {
				t.Fatal(err)
			}
		}
		if merged.Tests != test.Len() || !slices.Equal(merged.Values(), one.Values()) {
			t.Errorf("%s: three shards merged differ from one run (%d tests)", metric, merged.Tests)
		}
	}
}

// TestBadInput checks that each bad input is refused with ErrInput and a message naming it.
func TestBadInput(t *testing.T) {
	good := &set{x: [][]int64{{0, 2}, {1}}, y: []uint64{0, 1}}
	for _, tc := range []struct {
		name        string
		train, test *set
		opts        Options
		from, to    int
	}{
		{"K 0", good, good, Options{K: 0}, 0, 2},
		{"no training points", &set{}, good, Options{K: 1}, 0, 2},
		{"unsorted training indices", &set{x: [][]int64{{2, 1}}, y: []uint64{0}}, good, Options{K: 1}, 0, 2},
		{"negative test index", good, &set{x: [][]int64{{-1}}, y: []uint64{0}}, Options{K: 1}, 0, 1},
		{"range past the test set", good, good, Options{K: 1}, 1, 3},
		{"dense lengths differ", &set{x: [][]int64{{1, 2}, {1}}, y: []uint64{0, 1}}, good, Options{K: 1, Metric: Dense}, 0, 2},
		{"unknown metric", good, good, Options{K: 1, Metric: 7}, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ValueRange(context.Background(), tc.train, tc.test, tc.from, tc.to, tc.opts); !errors.Is(err, ErrInput) {
				t.Errorf("error = %v, want ErrInput", err)
			}
		})
	}
	a, _ := Value(context.Background(), good, good, Options{K: 1})
	b, _ := Value(context.Background(), good, good, Options{K: 2})
	if err := a.Merge(b); !errors.Is(err, ErrInput) {
		t.Errorf("merging K 1 with K 2: error = %v, want ErrInput", err)
	}
}
