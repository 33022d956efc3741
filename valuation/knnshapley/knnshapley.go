// Package knnshapley computes the exact Shapley value of every training point for a K-nearest-neighbour
// classifier, in closed form, as Jia et al. derived it ("Efficient Task-Specific Data Valuation for Nearest
// Neighbor Algorithms", VLDB 2019).
//
// The game: the players are the N training points; a coalition S is worth, for one test point, the share of
// its K nearest members of S that carry the test point's label,
//
//	u(S) = (1/K) · Σ_{k=1..min(K,|S|)} 1[y(α_k(S)) = y_test],
//
// and for a test set, the mean over its points. With the training points sorted by distance to the test
// point, α_1 nearest, the values follow from the farthest up:
//
//	s(α_N) = 1[y(α_N) = y_test] / K · min(K, N) / N    (1[…] / N when N ≥ K)
//	s(α_i) = s(α_{i+1}) + (1[y(α_i) = y_test] − 1[y(α_{i+1}) = y_test]) / K · min(K, i) / i
//
// so one test point costs a sort, O(N log N), and O(N) when the distances are small integers, as they are
// between sparse binary samples (bag-of-words indices), where this package sorts by counting.
//
// Ties in distance are broken by training index, lower first: a deterministic order that the brute-force
// Shapley value of the same utility (with the same tie-break) agrees with.
//
// Every value is computed in integer arithmetic (fixed point, 2^-60 units, with 128-bit sums), so a result
// is bit-identical on every machine, for every number of workers, and whether the test set is valued in one
// run or in shards merged afterwards (Partial.Merge): integer addition does not depend on its order.
package knnshapley

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"runtime"
	"slices"
	"sync"

	"github.com/sumkit/sumkit/internal/int128"
)

// Scale is the fixed point of the per-test-point values: 1.0 is 2^60.
const scaleBits = 60

// MaxTrain is the most training points a run takes: the fixed-point steps min(K,i)·2^60/(K·i) stay exact
// enough (each rounds by under 2^-60, so N of them drift by under N·2^-60) and the indices fit an int32.
const MaxTrain = 1 << 30

// Metric says how distances are measured.
type Metric int

const (
	// SparseBinary treats each sample as a set of feature indices (strictly increasing, each feature present
	// with value 1, as sumkit's sparse samples are) and measures the squared Euclidean distance between the
	// binary vectors: |a| + |b| − 2|a ∩ b|, a small integer, so each test point sorts by counting.
	SparseBinary Metric = iota
	// Dense treats each sample as a vector of fixed-point values of one length and measures the squared
	// Euclidean distance in float64.
	Dense
)

// String names the metric.
func (m Metric) String() string {
	switch m {
	case SparseBinary:
		return "sparse-binary"
	case Dense:
		return "dense"
	}
	return fmt.Sprintf("Metric(%d)", int(m))
}

// Samples is a labelled sample set; *dataset.Set is one.
type Samples interface {
	Len() int
	Sample(i int) (x []int64, label uint64)
}

// Options configures a run.
type Options struct {
	// K is the number of neighbours, at least 1.
	K int
	// Metric is how distances are measured.
	Metric Metric
	// Workers is how many test points are valued at once; 0 uses every core. The result does not depend on
	// it.
	Workers int
	// Progress, when set, is called after each test point with the number done and the total (from the
	// workers, so it must be safe for concurrent use).
	Progress func(done, total int)
}

// ErrInput is wrapped by the errors for inputs that cannot be valued.
var ErrInput = errors.New("knn-shapley: bad input")

// Partial is the valuation of the training points against some of the test points: the fixed-point sums of
// their per-test-point values, which shards merge exactly.
type Partial struct {
	// K and N are the run's neighbour count and training-set size; only partials that agree on them merge.
	K, N int
	// Tests is how many test points were valued.
	Tests int
	// sums holds, per training point, the sum over the test points of its value in 2^-60 units.
	sums []int128.Int
}

// Values returns each training point's Shapley value: the mean of its per-test-point values, rounded once to
// the nearest float64. Their sum is u(all training points), the game's worth (u of no points is 0).
func (p *Partial) Values() []float64 {
	out := make([]float64, p.N)
	if p.Tests == 0 {
		return out
	}
	den := new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(int64(p.Tests)), scaleBits))
	var num big.Int
	var q big.Float
	for i, s := range p.sums {
		s.Big(&num)
		q.SetPrec(128).SetInt(&num)
		q.Quo(&q, den)
		out[i], _ = q.Float64()
	}
	return out
}

// Merge adds other's test points to p. The result is the same, bit for bit, as valuing all of them in one
// run.
func (p *Partial) Merge(other *Partial) error {
	if other.K != p.K || other.N != p.N {
		return fmt.Errorf("merge: K %d with N %d into K %d with N %d: %w", other.K, other.N, p.K, p.N, ErrInput)
	}
	for i := range p.sums {
		p.sums[i].Add(other.sums[i])
	}
	p.Tests += other.Tests
	return nil
}

// Value values every point of train against every point of test.
func Value(ctx context.Context, train, test Samples, opts Options) (*Partial, error) {
	return ValueRange(ctx, train, test, 0, test.Len(), opts)
}

// ValueRange values every point of train against test points [from, to): a shard of the test set. Shards
// that cover the test set, merged, give what Value gives.
func ValueRange(ctx context.Context, train, test Samples, from, to int, opts Options) (*Partial, error) {
	n := train.Len()
	switch {
	case opts.K < 1:
		return nil, fmt.Errorf("the neighbour count K is %d; it must be at least 1: %w", opts.K, ErrInput)
	case n == 0:
		return nil, fmt.Errorf("no training points: %w", ErrInput)
	case n > MaxTrain:
		return nil, fmt.Errorf("%d training points, at most %d: %w", n, MaxTrain, ErrInput)
	case from < 0 || to > test.Len() || from > to:
		return nil, fmt.Errorf("test range [%d, %d) of %d points: %w", from, to, test.Len(), ErrInput)
	case opts.Metric != SparseBinary && opts.Metric != Dense:
		return nil, fmt.Errorf("%s: %w", opts.Metric, ErrInput)
	}
	g, err := newGeometry(train, opts.Metric)
	if err != nil {
		return nil, err
	}
	if err := g.checkTest(test, from, to); err != nil {
		return nil, err
	}
	steps := stepTable(n, opts.K)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, to-from))

	var (
		mu   sync.Mutex
		done int
		next = from
		wg   sync.WaitGroup
		errs = make([]error, workers)
		outs = make([][]int128.Int, workers)
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next >= to || ctx.Err() != nil {
			return 0, false
		}
		next++
		return next - 1, true
	}
	for w := range workers {
		wg.Go(func() {
			sums := make([]int128.Int, n)
			s := g.newScratch()
			for {
				t, ok := take()
				if !ok {
					break
				}
				x, y := test.Sample(t)
				order := g.order(s, x)
				accumulate(sums, order, g.labels, y, steps, opts.K)
				if opts.Progress != nil {
					mu.Lock()
					done++
					d := done
					mu.Unlock()
					opts.Progress(d, to-from)
				}
			}
			outs[w] = sums
			errs[w] = ctx.Err()
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("knn-shapley: %w", err)
	}
	p := &Partial{K: opts.K, N: n, Tests: to - from, sums: make([]int128.Int, n)}
	for _, sums := range outs {
		for i := range sums {
			p.sums[i].Add(sums[i])
		}
	}
	return p, nil
}

// stepTable returns, for ranks i = 1..n, min(K, i)·2^60 / (K·i), rounded to nearest, at index i-1.
func stepTable(n, k int) []int64 {
	steps := make([]int64, n)
	one := new(big.Int).Lsh(big.NewInt(1), scaleBits)
	var num, den, q, r big.Int
	for i := 1; i <= n; i++ {
		num.Mul(one, big.NewInt(int64(min(k, i))))
		den.SetInt64(int64(k) * int64(i))
		q.QuoRem(&num, &den, &r)
		if r.Lsh(&r, 1).Cmp(&den) >= 0 {
			q.Add(&q, big.NewInt(1))
		}
		steps[i-1] = q.Int64()
	}
	return steps
}

// accumulate adds one test point's values to sums: order lists the training points nearest first.
func accumulate(sums []int128.Int, order []int32, labels []uint64, y uint64, steps []int64, k int) {
	n := len(order)
	match := func(i int) int64 {
		if labels[order[i]] == y {
			return 1
		}
		return 0
	}
	// The farthest point raises the utility by 1[match]/K only for coalitions of fewer than K others: a
	// share min(K, N)/N of the coalition sizes, each equally likely.
	s := match(n-1) * steps[n-1]
	sums[order[n-1]].Add64(s)
	for i := n - 2; i >= 0; i-- {
		// Position i (0-based) is rank i+1: the step is min(K, i+1)/(K·(i+1)).
		s += (match(i) - match(i+1)) * steps[i]
		sums[order[i]].Add64(s)
	}
}

// geometry holds the training set in the form a metric needs.
type geometry struct {
	metric Metric
	n      int
	labels []uint64
	// SparseBinary: each point's index count, and the points holding each feature.
	sizes    []int32
	postings [][]int32
	maxSize  int
	// Dense: the points' values as float64, row after row, and their dimension.
	dense []float64
	dim   int
}

func newGeometry(train Samples, metric Metric) (*geometry, error) {
	g := &geometry{metric: metric, n: train.Len(), labels: make([]uint64, train.Len())}
	switch metric {
	case SparseBinary:
		g.sizes = make([]int32, g.n)
		for i := range g.n {
			x, y := train.Sample(i)
			g.labels[i] = y
			if err := checkSparse(x); err != nil {
				return nil, fmt.Errorf("training point %d: %w", i, err)
			}
			g.sizes[i] = int32(len(x))
			g.maxSize = max(g.maxSize, len(x))
			for _, f := range x {
				for int(f) >= len(g.postings) {
					g.postings = append(g.postings, nil)
				}
				g.postings[f] = append(g.postings[f], int32(i))
			}
		}
	case Dense:
		for i := range g.n {
			x, y := train.Sample(i)
			g.labels[i] = y
			if i == 0 {
				g.dim = len(x)
				g.dense = make([]float64, 0, g.n*g.dim)
			}
			if len(x) != g.dim {
				return nil, fmt.Errorf("training point %d has %d values, point 0 has %d: %w", i, len(x), g.dim, ErrInput)
			}
			for _, v := range x {
				g.dense = append(g.dense, float64(v))
			}
		}
	}
	return g, nil
}

func checkSparse(x []int64) error {
	for i, f := range x {
		if f < 0 || f > math.MaxInt32 || (i > 0 && f <= x[i-1]) {
			return fmt.Errorf("index %d is %d: a sparse sample lists strictly increasing feature indices from 0: %w", i, f, ErrInput)
		}
	}
	return nil
}

func (g *geometry) checkTest(test Samples, from, to int) error {
	for t := from; t < to; t++ {
		x, _ := test.Sample(t)
		switch g.metric {
		case SparseBinary:
			if err := checkSparse(x); err != nil {
				return fmt.Errorf("test point %d: %w", t, err)
			}
		case Dense:
			if len(x) != g.dim {
				return fmt.Errorf("test point %d has %d values, the training points %d: %w", t, len(x), g.dim, ErrInput)
			}
		}
	}
	return nil
}

// scratch is one worker's reusable memory.
type scratch struct {
	common []int32   // SparseBinary: |x ∩ train point|
	dist   []float64 // Dense: distances
	order  []int32
	bucket []int32 // counting sort's bucket starts
}

func (g *geometry) newScratch() *scratch {
	s := &scratch{order: make([]int32, g.n)}
	switch g.metric {
	case SparseBinary:
		s.common = make([]int32, g.n)
	case Dense:
		s.dist = make([]float64, g.n)
	}
	return s
}

// order returns the training points sorted by distance to x, nearest first, ties by index.
func (g *geometry) order(s *scratch, x []int64) []int32 {
	if g.metric == Dense {
		for i := range g.n {
			row := g.dense[i*g.dim : (i+1)*g.dim]
			var d float64
			for j, v := range x {
				diff := float64(v) - row[j]
				d += float64(diff * diff)
			}
			s.dist[i] = d
			s.order[i] = int32(i)
		}
		slices.SortFunc(s.order, func(a, b int32) int {
			if c := compareFloat(s.dist[a], s.dist[b]); c != 0 {
				return c
			}
			return int(a - b)
		})
		return s.order
	}
	// |x ∩ p| for every training point p: walk x's posting lists.
	clear(s.common)
	for _, f := range x {
		if int(f) < len(g.postings) {
			for _, p := range g.postings[f] {
				s.common[p]++
			}
		}
	}
	// Distance |x| + |p| − 2|x ∩ p| lies in [0, |x| + maxSize]: sort by counting, stable, so ties stay in
	// index order.
	maxDist := len(x) + g.maxSize
	if cap(s.bucket) < maxDist+2 {
		s.bucket = make([]int32, maxDist+2)
	}
	b := s.bucket[:maxDist+2]
	clear(b)
	for p := range g.n {
		b[int(g.sizes[p])+len(x)-2*int(s.common[p])+1]++
	}
	for d := 1; d < len(b); d++ {
		b[d] += b[d-1]
	}
	for p := range g.n {
		d := int(g.sizes[p]) + len(x) - 2*int(s.common[p])
		s.order[b[d]] = int32(p)
		b[d]++
	}
	return s.order
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// partialJSON is a Partial as it is written to a file between a shard and the merge: the sums in decimal.
type partialJSON struct {
	K     int      `json:"k"`
	N     int      `json:"n"`
	Tests int      `json:"tests"`
	Sums  []string `json:"sums"`
}

// MarshalJSON writes p with its exact sums, so that a shard run on another machine merges bit for bit.
func (p *Partial) MarshalJSON() ([]byte, error) {
	out := partialJSON{K: p.K, N: p.N, Tests: p.Tests, Sums: make([]string, len(p.sums))}
	var z big.Int
	for i, s := range p.sums {
		s.Big(&z)
		out.Sums[i] = z.String()
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (p *Partial) UnmarshalJSON(b []byte) error {
	var in partialJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if in.K < 1 || in.N < 0 || in.Tests < 0 || len(in.Sums) != in.N {
		return fmt.Errorf("partial: k %d, n %d, tests %d with %d sums: %w", in.K, in.N, in.Tests, len(in.Sums), ErrInput)
	}
	sums := make([]int128.Int, in.N)
	var z big.Int
	for i, str := range in.Sums {
		_, ok := z.SetString(str, 10)
		if ok {
			sums[i], ok = int128.FromBig(&z)
		}
		if !ok {
			return fmt.Errorf("partial: sum %d is %q, not a 128-bit integer: %w", i, str, ErrInput)
		}
	}
	*p = Partial{K: in.K, N: in.N, Tests: in.Tests, sums: sums}
	return nil
}
