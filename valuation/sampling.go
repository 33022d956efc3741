package valuation

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sync"
	"time"
)

// Defaults of [SamplingOptions].
const (
	// DefaultBlockSize is the number of samples summed in float64 before the exact accumulation.
	DefaultBlockSize = 32
	// DefaultMinSamples is the number of samples taken before a standard-error target may stop a run: fewer
	// give standard errors too noisy to trust.
	DefaultMinSamples = 64
)

// SamplingOptions configures [TMCShapley] and [Banzhaf]. At least one of MaxSamples, MaxDuration, TargetStdErr
// and TargetRelStdErr must be set; the run stops at the first that is met.
type SamplingOptions struct {
	// Seed selects the samples, e.g. the first 8 bytes of a block hash: sample k uses the PCG stream (Seed, k).
	Seed uint64
	// MaxSamples caps the number of permutations (TMC) or coalitions (Banzhaf); 0 means no cap.
	MaxSamples int
	// MaxDuration stops the run at the first block boundary after this much time; 0 means no limit. The
	// number of samples then depends on the machine; the result reports it.
	MaxDuration time.Duration
	// TargetStdErr stops the run after the first block at which the mean standard error over players is at
	// most this (and at least MinSamples samples were taken); 0 disables it. Checked after every block in block
	// order, so where it stops does not depend on the workers.
	TargetStdErr float64
	// TargetRelStdErr is TargetStdErr relative to the values' scale: the run stops after the first block at
	// which the mean standard error is at most this times the largest |value| (and at least MinSamples samples
	// were taken), e.g. 0.01 for "below 1% of the largest value", when the values' scale is not known
	// beforehand. 0 disables it. Checked as TargetStdErr is, so where it stops does not depend on the workers.
	TargetRelStdErr float64
	// MinSamples is the least number of samples before TargetStdErr or TargetRelStdErr may stop the run; 0 means
	// DefaultMinSamples.
	MinSamples int
	// BlockSize is the number of consecutive samples summed in float64 before exact accumulation; 0 means
	// DefaultBlockSize. It is part of what the output depends on: runs to be merged must share it.
	BlockSize int
	// Truncation (TMC only) ends a permutation walk once |u(N) − u(S)| ≤ Truncation·|u(N)|, counting the
	// remaining players' marginals as zero; 0 walks every permutation to the end (unbiased).
	Truncation float64
	// Workers is the number of goroutines; 0 means GOMAXPROCS. The output does not depend on it.
	Workers int
	// Shard restricts the run to one shard; the zero value runs everything.
	Shard Shard
	// Normalize projects the values to sum to u(N) − u(∅) (see [Normalize]).
	Normalize bool
}

// Shard is shard Index of Count (0 ≤ Index < Count): block b belongs to shard b mod Count. Sharded runs need
// MaxSamples and no other stopping rule, since where to stop could only be decided on the merged sums. Zero
// Count means one shard, the whole run.
type Shard struct {
	Index, Count int
}

func (o SamplingOptions) withDefaults() (SamplingOptions, error) {
	if o.BlockSize == 0 {
		o.BlockSize = DefaultBlockSize
	}
	if o.MinSamples == 0 {
		o.MinSamples = DefaultMinSamples
	}
	if o.Shard.Count == 0 {
		o.Shard.Count = 1
	}
	switch {
	case o.BlockSize < 0 || o.MinSamples < 0 || o.MaxSamples < 0 || o.MaxDuration < 0:
		return o, errors.New("sampling options: negative block size, sample count or duration")
	case o.TargetStdErr < 0 || math.IsNaN(o.TargetStdErr):
		return o, fmt.Errorf("sampling options: target standard error %v is not ≥ 0", o.TargetStdErr)
	case o.TargetRelStdErr < 0 || math.IsNaN(o.TargetRelStdErr):
		return o, fmt.Errorf("sampling options: relative target standard error %v is not ≥ 0", o.TargetRelStdErr)
	case o.Truncation < 0 || math.IsNaN(o.Truncation):
		return o, fmt.Errorf("sampling options: truncation %v is not ≥ 0", o.Truncation)
	case o.MaxSamples == 0 && o.MaxDuration == 0 && o.TargetStdErr == 0 && o.TargetRelStdErr == 0:
		return o, errors.New("sampling options: set MaxSamples, MaxDuration, TargetStdErr or TargetRelStdErr, or the run never stops")
	case o.Shard.Count < 0 || o.Shard.Index < 0 || o.Shard.Index >= o.Shard.Count:
		return o, fmt.Errorf("sampling options: shard %d/%d is not one of 0..count-1", o.Shard.Index, o.Shard.Count)
	case o.Shard.Count > 1 && (o.MaxSamples == 0 || o.MaxDuration != 0 || o.TargetStdErr != 0 || o.TargetRelStdErr != 0):
		return o, errors.New("sampling options: a sharded run needs MaxSamples and no time or standard-error stop")
	}
	return o, nil
}

// Partial is the exact state of a sampled run or of a shard of one: integer sums that merge in any order with
// the same result. It is plain data (big.Int encodes as a JSON number), so shards run on different machines can
// be written out, collected and merged with [Merge].
type Partial struct {
	// Method, Players, Seed, BlockSize, MaxSamples and Truncation identify the run; only partials that agree
	// on all of them merge.
	Method     Method  `json:"method"`
	Players    int     `json:"players"`
	Seed       uint64  `json:"seed"`
	BlockSize  int     `json:"blockSize"`
	MaxSamples int     `json:"maxSamples"`
	Truncation float64 `json:"truncation"`
	// Empty and Full are u(∅) and u(N).
	Empty float64 `json:"empty"`
	Full  float64 `json:"full"`
	// Blocks lists the blocks summed, ascending; Samples counts their samples.
	Blocks  []int `json:"blocks"`
	Samples int   `json:"samples"`
	// Sums holds the method's statistics times 2¹⁰⁷⁴, exactly. TMC: Σ marginal and Σ marginal², per player.
	// Banzhaf: Σ u and Σ u² over the sampled coalitions containing each player, then Σ u and Σ u² over all.
	Sums [][]*big.Int `json:"sums"`
	// Counts (Banzhaf only) holds the number of sampled coalitions containing each player.
	Counts []int64 `json:"counts,omitempty"`
}

// blockSums is one block's float64 sums, shaped as a Partial's Sums and Counts.
type blockSums struct {
	sums   [][]float64
	counts []int64
}

// sampler draws and scores samples for one worker.
type sampler interface {
	// sample adds sample k's contribution to acc.
	sample(ctx context.Context, k uint64, acc *blockSums) error
}

// method describes a sampled method to the runner.
type method struct {
	name Method
	// shape lists the length of each statistic vector.
	shape  []int
	counts bool
	// newSampler returns a worker's sampler, given u(∅) and u(N).
	newSampler func(empty, full float64) sampler
	// finish returns each player's value and standard error from a partial.
	finish func(p *Partial) (values, stdErrs []float64)
}

func (m method) newBlock(n int) *blockSums {
	b := &blockSums{sums: make([][]float64, len(m.shape))}
	for s, l := range m.shape {
		b.sums[s] = make([]float64, l)
	}
	if m.counts {
		b.counts = make([]int64, n)
	}
	return b
}

func (m method) newPartial(u Utility, o SamplingOptions, empty, full float64) *Partial {
	p := &Partial{
		Method: m.name, Players: u.Players(), Seed: o.Seed, BlockSize: o.BlockSize, MaxSamples: o.MaxSamples,
		Truncation: o.Truncation, Empty: empty, Full: full, Blocks: []int{}, Sums: make([][]*big.Int, len(m.shape)),
	}
	for s, l := range m.shape {
		p.Sums[s] = make([]*big.Int, l)
		for i := range p.Sums[s] {
			p.Sums[s][i] = new(big.Int)
		}
	}
	if m.counts {
		p.Counts = make([]int64, u.Players())
	}
	return p
}

// blockRange returns the samples of block b: [lo, hi).
func blockRange(b, blockSize, maxSamples int) (lo, hi int) {
	lo, hi = b*blockSize, (b+1)*blockSize
	if maxSamples > 0 {
		hi = min(hi, maxSamples)
	}
	return lo, hi
}

// run executes a sampled method: rounds of one block per worker, computed in parallel, then added to the
// partial in block order, with the stopping rules checked after each block.
func run(ctx context.Context, u Utility, opts SamplingOptions, m method) (*Partial, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.name, err)
	}
	n := u.Players()
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	empty, err := u.Value(ctx, nil)
	if err == nil {
		err = checkFinite(empty)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: u(∅): %w", m.name, err)
	}
	full, err := u.Value(ctx, all)
	if err == nil {
		err = checkFinite(full)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: u(N): %w", m.name, err)
	}
	p := m.newPartial(u, o, empty, full)
	nBlocks := math.MaxInt
	if o.MaxSamples > 0 {
		nBlocks = (o.MaxSamples + o.BlockSize - 1) / o.BlockSize
	}
	nWorkers := workers(o.Workers)
	samplers := make([]sampler, nWorkers)
	blocks := make([]*blockSums, nWorkers)
	for w := range samplers {
		samplers[w] = m.newSampler(empty, full)
		blocks[w] = m.newBlock(n)
	}
	start := time.Now()
	next := o.Shard.Index // the shard's next block
	tmp := new(big.Int)
	for next < nBlocks {
		// This round's blocks, in order.
		var round []int
		for len(round) < nWorkers && next < nBlocks {
			round = append(round, next)
			next += o.Shard.Count
		}
		errs := make([]error, len(round))
		var wg sync.WaitGroup
		for w, b := range round {
			wg.Go(func() {
				acc := blocks[w]
				for _, s := range acc.sums {
					clear(s)
				}
				clear(acc.counts)
				lo, hi := blockRange(b, o.BlockSize, o.MaxSamples)
				for k := lo; k < hi; k++ {
					if err := ctx.Err(); err != nil {
						errs[w] = err
						return
					}
					if err := samplers[w].sample(ctx, uint64(k), acc); err != nil {
						errs[w] = fmt.Errorf("sample %d: %w", k, err)
						return
					}
				}
			})
		}
		wg.Wait()
		for w, b := range round {
			if errs[w] != nil {
				return nil, fmt.Errorf("%s: %w", m.name, errs[w])
			}
			p.add(b, o, blocks[w], tmp)
			if (o.TargetStdErr > 0 || o.TargetRelStdErr > 0) && p.Samples >= o.MinSamples {
				values, se := m.finish(p)
				mean := meanFinite(se)
				if (o.TargetStdErr > 0 && mean <= o.TargetStdErr) || (o.TargetRelStdErr > 0 && mean <= float64(o.TargetRelStdErr*maxAbs(values))) {
					return p, nil
				}
			}
		}
		if o.MaxDuration > 0 && time.Since(start) >= o.MaxDuration {
			break
		}
	}
	return p, nil
}

// add adds block b's float sums to the partial exactly.
func (p *Partial) add(b int, o SamplingOptions, acc *blockSums, tmp *big.Int) {
	lo, hi := blockRange(b, o.BlockSize, o.MaxSamples)
	p.Blocks = append(p.Blocks, b)
	p.Samples += hi - lo
	for s, sums := range acc.sums {
		for i, x := range sums {
			addExact(p.Sums[s][i], x, tmp)
		}
	}
	for i, c := range acc.counts {
		p.Counts[i] += c
	}
}

// maxAbs is the largest |x| in xs, 0 for none.
func maxAbs(xs []float64) float64 {
	var m float64
	for _, x := range xs {
		m = max(m, math.Abs(x))
	}
	return m
}

// meanFinite is the mean of xs, +Inf if any is infinite, so an unknown standard error never stops a run.
func meanFinite(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	return sum(xs) / float64(len(xs))
}

// Merge adds partials of the same run, typically its shards, exactly: the result is bit-identical to the
// partial of one run over the union of their blocks, whatever the order of parts. Parts must not share a block.
func Merge(parts ...Partial) (Partial, error) {
	if len(parts) == 0 {
		return Partial{}, errors.New("merge: no partials")
	}
	first := parts[0]
	out := Partial{
		Method: first.Method, Players: first.Players, Seed: first.Seed, BlockSize: first.BlockSize,
		MaxSamples: first.MaxSamples, Truncation: first.Truncation, Empty: first.Empty, Full: first.Full,
		Blocks: []int{}, Sums: make([][]*big.Int, len(first.Sums)),
	}
	for s := range first.Sums {
		out.Sums[s] = make([]*big.Int, len(first.Sums[s]))
		for i := range out.Sums[s] {
			out.Sums[s][i] = new(big.Int)
		}
	}
	if first.Counts != nil {
		out.Counts = make([]int64, len(first.Counts))
	}
	seen := make(map[int]int)
	for k, q := range parts {
		if err := q.validate(); err != nil {
			return Partial{}, fmt.Errorf("merge: part %d: %w", k, err)
		}
		if q.Method != out.Method || q.Players != out.Players || q.Seed != out.Seed || q.BlockSize != out.BlockSize ||
			q.MaxSamples != out.MaxSamples || math.Float64bits(q.Truncation) != math.Float64bits(out.Truncation) {
			return Partial{}, fmt.Errorf("merge: part %d is from another run (method, players, seed, block size, max samples or truncation differ)", k)
		}
		if math.Float64bits(q.Empty) != math.Float64bits(out.Empty) || math.Float64bits(q.Full) != math.Float64bits(out.Full) {
			return Partial{}, fmt.Errorf("merge: part %d saw another u(∅) or u(N): the utility differs", k)
		}
		if len(q.Sums) != len(out.Sums) || len(q.Counts) != len(out.Counts) {
			return Partial{}, fmt.Errorf("merge: part %d has statistics of another shape", k)
		}
		for _, b := range q.Blocks {
			if prev, dup := seen[b]; dup {
				return Partial{}, fmt.Errorf("merge: block %d is in parts %d and %d", b, prev, k)
			}
			seen[b] = k
		}
		out.Blocks = append(out.Blocks, q.Blocks...)
		out.Samples += q.Samples
		for s := range q.Sums {
			if len(q.Sums[s]) != len(out.Sums[s]) {
				return Partial{}, fmt.Errorf("merge: part %d has statistics of another shape", k)
			}
			for i, v := range q.Sums[s] {
				out.Sums[s][i].Add(out.Sums[s][i], v)
			}
		}
		for i, c := range q.Counts {
			out.Counts[i] += c
		}
	}
	slices.Sort(out.Blocks)
	return out, nil
}

// validate checks that a partial, perhaps read from a file, has the statistics its method needs, so that
// Merge and Result cannot index out of range or through a nil sum.
func (p *Partial) validate() error {
	var shape []int
	switch p.Method {
	case MethodTMCShapley:
		shape = []int{p.Players, p.Players}
	case MethodBanzhafMSR:
		shape = []int{p.Players, p.Players, 1, 1}
		if len(p.Counts) != p.Players {
			return fmt.Errorf("partial: %d counts for %d players", len(p.Counts), p.Players)
		}
	default:
		return fmt.Errorf("partial: method %q is not a sampled method", p.Method)
	}
	if p.Players < 0 || p.Samples < 0 || len(p.Sums) != len(shape) {
		return fmt.Errorf("partial: %d players, %d samples, %d statistics: malformed", p.Players, p.Samples, len(p.Sums))
	}
	for s, l := range shape {
		if len(p.Sums[s]) != l {
			return fmt.Errorf("partial: statistic %d has %d entries, want %d", s, len(p.Sums[s]), l)
		}
		for i, v := range p.Sums[s] {
			if v == nil {
				return fmt.Errorf("partial: statistic %d, entry %d is missing", s, i)
			}
		}
	}
	return nil
}

// Result turns a partial into values and standard errors, normalised when asked.
func (p Partial) Result(normalize bool) (Result, error) {
	if err := p.validate(); err != nil {
		return Result{}, err
	}
	m := tmcMethod(nil, SamplingOptions{})
	if p.Method == MethodBanzhafMSR {
		m = banzhafMethod(nil, 0)
	}
	values, stdErrs := m.finish(&p)
	return finish(Result{
		Method: p.Method, Values: values, StdErrs: stdErrs, Samples: p.Samples, Empty: p.Empty, Full: p.Full,
	}, normalize), nil
}

// meanAndStdErr returns the mean of count samples and the standard error of that mean, from their exact
// sum and sum of squares (both times 2¹⁰⁷⁴). The variance's numerator count·Σx² − (Σx)² is formed exactly, so
// no precision is lost to cancellation; it is then divided at 128 bits and rounded once to float64. A mean of no
// samples is 0 and of fewer than two has an infinite standard error.
func meanAndStdErr(sum, sumSq *big.Int, count int64) (mean, stdErr float64) {
	if count == 0 {
		return 0, math.Inf(1)
	}
	c := big.NewInt(count)
	q := new(big.Float).SetPrec(128).SetInt(sum)
	q.Quo(q, new(big.Float).SetPrec(128).SetInt(c))
	q.SetMantExp(q, -fixedPointShift)
	mean, _ = q.Float64()
	if count < 2 {
		return mean, math.Inf(1)
	}
	num := new(big.Int).Mul(sumSq, c)
	num.Lsh(num, fixedPointShift)
	num.Sub(num, new(big.Int).Mul(sum, sum))
	if num.Sign() <= 0 {
		// Zero spread, or a rounding of the block sums of squares below the exact square of the sum.
		return mean, 0
	}
	den := new(big.Int).Mul(c, c)
	den.Mul(den, big.NewInt(count-1))
	v := new(big.Float).SetPrec(128).SetInt(num)
	v.Quo(v, new(big.Float).SetPrec(128).SetInt(den))
	v.SetMantExp(v, -2*fixedPointShift)
	v.Sqrt(v)
	stdErr, _ = v.Float64()
	return mean, stdErr
}
