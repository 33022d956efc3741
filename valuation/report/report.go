// Package report values the contributions to a model (labelled samples, or the authors who added them) with
// one of package valuation's methods, and reports the result as sumkit value writes it: per player a value,
// a standard error and a rank; the run's method, seed, samples and efficiency gap; and a point-removal curve
// (valuation/quality) that shows whether the values mean anything.
//
// The game is always the same: a coalition of contributions is worth the held-out accuracy of the initial
// model trained on them (valuation/modelgame, the on-chain models' Go ports, bit-exact). Players are single
// contributions, or with ByAuthor every author's contributions together (valuation.NewGroups).
//
// Methods (Spec.Method):
//   - tmc: TMC-Shapley, with a standard error per value (the default);
//   - banzhaf: Data Banzhaf with maximum sample reuse;
//   - loo: leave-one-out;
//   - exact: exact Shapley by enumeration, up to MaxExactPlayers players;
//   - knn: exact KNN-Shapley (valuation/knnshapley) with Spec.K neighbours; the model plays no part in the
//     values, only in the removal curve. By author, an author's value is the sum of its contributions' values;
//   - leastcore: the least core's allocation, exact up to leastcore.MaxExactPlayers players and over Spec.Samples
//     sampled coalitions beyond;
//   - individual: the proof-of-contribution individual method (valuation/individual). Each contribution is one
//     use whose evaluation x is 1 when the model trained on every earlier contribution (in arrival order, as the
//     chain trained it) predicted its label when it was added, and 0 when it did not; the reputation is the
//     default smoothed one over Input.Refunded and Input.Reported (1/2 without a history), κ = 1.
//
// Determinism: every method is seeded (Spec.Seed) or needs no randomness, and the same input and Spec give the
// same Report bit for bit, whatever the number of workers. tmc, banzhaf and knn split into shards (Spec.Shard,
// RunPartial) whose Partials MergeReport joins into the Report one run gives, bit for bit.
package report

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/individual"
	"github.com/sumkit/sumkit/valuation/leastcore"
	"github.com/sumkit/sumkit/valuation/modelgame"
	"github.com/sumkit/sumkit/valuation/quality"
)

// ErrInput is wrapped by the errors for inputs or specs that cannot be valued.
var ErrInput = errors.New("valuation report: bad input")

// The methods a Spec names.
const (
	TMC        = "tmc"
	Banzhaf    = "banzhaf"
	LOO        = "loo"
	Exact      = "exact"
	KNN        = "knn"
	LeastCore  = "leastcore"
	Individual = "individual"
)

// Methods lists the method names in the order help texts show them.
func Methods() []string {
	return []string{TMC, Banzhaf, LOO, Exact, KNN, LeastCore, Individual}
}

// Defaults of a Spec.
const (
	// DefaultSamples caps tmc and banzhaf runs and sizes leastcore's sample when Spec.Samples is 0.
	DefaultSamples = 1000
	// DefaultK is knn's number of neighbours when Spec.K is 0.
	DefaultK = 5
	// MaxExactPlayers is the largest game exact takes: every one of its 2ⁿ coalitions trains a model, so the
	// valuation package's cap (26, for cheap utilities) would take hours here. n = 20 took 24 s on 2 shared
	// cores (20 IMDB sentences, a sparse perceptron, 500 test sentences); each further player doubles it.
	MaxExactPlayers = 20
	// MaxLeastCorePlayers is the largest game leastcore takes: its linear program has a row per player and is
	// solved by gonum's dense simplex, whose every pivot costs O(n³); n = 200 with 2,000 sampled coalitions
	// takes about 10 s (leastcore's BenchmarkLeastCoreSampled200).
	MaxLeastCorePlayers = 200
)

// removalFractions are the shares of players the point-removal curve takes out.
func removalFractions() []float64 { return []float64{0.1, 0.2, 0.3} }

// Input is what a valuation values: the contributions in arrival order, the test set and the model they train.
type Input struct {
	// Train holds the contributions, one sample each, in the order they were added.
	Train modelgame.Samples
	// Names names each contribution in the report (a transaction hash, a line number); nil numbers them from 0.
	Names []string
	// Authors names each contribution's author, for ByAuthor; nil when unknown.
	Authors []string
	// Test is the held-out set accuracy is measured on.
	Test modelgame.Samples
	// Model is the initial model the contributions train; it is not modified.
	Model *model.Model
	// Refunded and Reported count, per author (by contribution: per contribution), the contributions settled
	// in its favour and against it, for the individual method's reputation; nil means no history.
	Refunded, Reported map[string]int
}

// Spec says how to value.
type Spec struct {
	// Method is one of Methods(); empty means TMC.
	Method string
	// ByAuthor makes each author's contributions one player.
	ByAuthor bool
	// Seed selects the samples of the sampled methods.
	Seed uint64
	// Samples caps tmc's permutations and banzhaf's coalitions, and is leastcore's number of sampled
	// coalitions beyond its exact size; 0 means DefaultSamples.
	Samples int
	// MaxTime stops tmc or banzhaf at the first block after this long; the report says how many samples
	// that was. 0 means no limit.
	MaxTime time.Duration
	// TargetSE stops tmc or banzhaf once the mean standard error is at most this share of the largest
	// |value|; 0 means no such target.
	TargetSE float64
	// K is knn's number of neighbours; 0 means DefaultK.
	K int
	// Shard restricts a tmc, banzhaf or knn run to one shard (RunPartial); the zero value runs everything.
	Shard valuation.Shard
	// Workers is the number of goroutines; 0 means every core. The report does not depend on it.
	Workers int
	// Progress, when set, is called from the workers (so it must be safe for concurrent use) with the work
	// done so far and the total expected, 0 when unknown.
	Progress func(done, total int)
}

// Player is one player's line of a report.
type Player struct {
	// Name is the contribution's name, or the author's.
	Name string `json:"player"`
	// Value is the player's value; StdErr its standard error, 0 for exact methods and infinite (JSON null)
	// for a banzhaf player never or always drawn.
	Value  float64 `json:"value"`
	StdErr Float   `json:"stderr"`
	// Rank is 1 for the highest value; ties go to the lower index first.
	Rank int `json:"rank"`
	// Contributions is how many contributions the player holds (1 by contribution).
	Contributions int `json:"contributions"`
}

// Float is a float64 that JSON encodes as null when it is not finite.
type Float float64

// MarshalJSON writes f, or null for an infinity or NaN, which JSON cannot hold.
func (f Float) MarshalJSON() ([]byte, error) {
	v := float64(f)
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, v, 'g', -1, 64), nil
}

// UnmarshalJSON reads what MarshalJSON wrote, null as +Inf.
func (f *Float) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = Float(math.Inf(1))
		return nil
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return fmt.Errorf("report: stderr %s: %w", b, err)
	}
	*f = Float(v)
	return nil
}

// Removal is the point-removal curve: test accuracy as the highest- and lowest-valued players are taken out.
type Removal struct {
	// Fractions are the shares of players removed; Removed how many players each is.
	Fractions []float64 `json:"fractions"`
	Removed   []int     `json:"removed"`
	// Full is the accuracy with every player.
	Full float64 `json:"full"`
	// Highest[i] is the accuracy without the Removed[i] highest-valued players, Lowest[i] without the lowest.
	Highest []float64 `json:"highestRemoved"`
	Lowest  []float64 `json:"lowestRemoved"`
}

// Report is a valuation's result.
type Report struct {
	// Method is the method run; By is "contribution" or "author".
	Method string `json:"method"`
	By     string `json:"by"`
	// Seed is the seed of the sampled methods; Samples the permutations, coalitions or test points used
	// (2ⁿ for exact, n+1 for loo, the contributions for individual).
	Seed    uint64 `json:"seed"`
	Samples int    `json:"samples"`
	// K is knn's number of neighbours.
	K int `json:"k,omitempty"`
	// Empty and Full are the accuracy of the initial model and of the model trained on every contribution.
	Empty float64 `json:"empty"`
	Full  float64 `json:"full"`
	// EfficiencyGap is Σ values − (Full − Empty): rounding for exact methods, sampling error and truncation for
	// tmc, and no error at all for loo, banzhaf and individual, which are not efficient. knn's values sum to the
	// worth of its own game (the KNN classifier's accuracy), not the model's, so its gap is reported as 0.
	EfficiencyGap float64 `json:"efficiencyGap"`
	// Subsidy is the least core's e*, for leastcore.
	Subsidy *float64 `json:"leastCoreSubsidy,omitempty"`
	// Players lists every player in input order (contributions in arrival order, authors in the order of
	// their first contribution).
	Players []Player `json:"players"`
	// Removal is the point-removal curve.
	Removal Removal `json:"pointRemoval"`
}

// game is a valuation's game built from an Input and a Spec.
type game struct {
	in     Input
	spec   Spec
	base   *modelgame.Utility
	u      valuation.Incremental
	names  []string
	groups [][]int
	done   atomic.Int64
}

func (g *game) tick(total int) {
	n := g.done.Add(1)
	if g.spec.Progress != nil {
		g.spec.Progress(int(n), total)
	}
}

// counted is a game that reports each evaluation and walk as progress.
type counted struct {
	valuation.Incremental
	g     *game
	total int
}

func (c counted) Value(ctx context.Context, s []int) (float64, error) {
	v, err := c.Incremental.Value(ctx, s)
	c.g.tick(c.total)
	return v, err
}

func (c counted) NewWalker() valuation.Walker {
	return countedWalker{c.Incremental.NewWalker(), c}
}

type countedWalker struct {
	valuation.Walker
	c counted
}

func (w countedWalker) Reset(ctx context.Context) (float64, error) {
	v, err := w.Walker.Reset(ctx)
	w.c.g.tick(w.c.total)
	return v, err
}

// newGame checks in and spec and builds the game.
func newGame(in Input, spec Spec) (*game, error) {
	if spec.Method == "" {
		spec.Method = TMC
	}
	if !slices.Contains(Methods(), spec.Method) {
		return nil, fmt.Errorf("%w: unknown method %q: want one of %v", ErrInput, spec.Method, Methods())
	}
	if in.Train == nil || in.Train.Len() == 0 {
		return nil, fmt.Errorf("%w: no contributions to value", ErrInput)
	}
	if in.Model == nil {
		return nil, fmt.Errorf("%w: no initial model", ErrInput)
	}
	n := in.Train.Len()
	if in.Names != nil && len(in.Names) != n {
		return nil, fmt.Errorf("%w: %d names for %d contributions", ErrInput, len(in.Names), n)
	}
	if spec.ByAuthor && len(in.Authors) != n {
		return nil, fmt.Errorf("%w: valuing by author needs an author for each of the %d contributions, got %d", ErrInput, n, len(in.Authors))
	}
	if spec.Samples < 0 || spec.K < 0 || spec.MaxTime < 0 || spec.TargetSE < 0 || math.IsNaN(spec.TargetSE) {
		return nil, fmt.Errorf("%w: samples, k, max time and target standard error must not be negative", ErrInput)
	}
	if spec.Samples == 0 {
		spec.Samples = DefaultSamples
	}
	if spec.K == 0 {
		spec.K = DefaultK
	}
	base, err := modelgame.New(in.Model, in.Train, in.Test)
	if err != nil {
		return nil, fmt.Errorf("valuation report: %w", err)
	}
	g := &game{in: in, spec: spec, base: base, u: base}
	if spec.ByAuthor {
		index := map[string]int{}
		for i, a := range in.Authors {
			j, ok := index[a]
			if !ok {
				j = len(g.groups)
				index[a] = j
				g.groups = append(g.groups, nil)
				g.names = append(g.names, a)
			}
			g.groups[j] = append(g.groups[j], i)
		}
		grouped, err := valuation.NewGroups(base, g.groups)
		if err != nil {
			return nil, fmt.Errorf("valuation report: %w", err)
		}
		g.u = grouped
	} else {
		g.names = make([]string, n)
		g.groups = make([][]int, n)
		for i := range n {
			g.names[i] = strconv.Itoa(i)
			if in.Names != nil {
				g.names[i] = in.Names[i]
			}
			g.groups[i] = []int{i}
		}
	}
	return g, nil
}

// players is the number of players.
func (g *game) players() int { return len(g.groups) }

// counting is g's game, counting progress towards total.
func (g *game) counting(total int) valuation.Incremental {
	return counted{g.u, g, total}
}

// sampling is the options of a sampled run.
func (g *game) sampling() valuation.SamplingOptions {
	return valuation.SamplingOptions{
		Seed:            g.spec.Seed,
		MaxSamples:      g.spec.Samples,
		MaxDuration:     g.spec.MaxTime,
		TargetRelStdErr: g.spec.TargetSE,
		Workers:         g.spec.Workers,
		Shard:           g.spec.Shard,
	}
}

// Run values in's contributions as spec says and returns the report. A spec that names a shard is refused:
// use RunPartial and MergeReport.
func Run(ctx context.Context, in Input, spec Spec) (*Report, error) {
	if spec.Shard.Count > 1 {
		return nil, fmt.Errorf("%w: a sharded run writes a partial (RunPartial), not a report", ErrInput)
	}
	g, err := newGame(in, spec)
	if err != nil {
		return nil, err
	}
	n := g.players()
	var rep *Report
	switch g.spec.Method {
	case TMC, Banzhaf, KNN:
		g.spec.Shard = valuation.Shard{}
		p, err := g.partial(ctx)
		if err != nil {
			return nil, err
		}
		return g.finish(ctx, []*Partial{p})
	case LOO:
		r, err := valuation.LeaveOneOut(ctx, g.counting(n+2), valuation.ExactOptions{Workers: g.spec.Workers})
		if err != nil {
			return nil, fmt.Errorf("valuation report: leave-one-out: %w", err)
		}
		rep = g.fromResult(r)
	case Exact:
		if n > MaxExactPlayers {
			return nil, fmt.Errorf("%w: exact Shapley trains a model on each of the 2ⁿ coalitions and takes at most %d players; this game has %d: use tmc, or value --by author", ErrInput, MaxExactPlayers, n)
		}
		r, err := valuation.ExactShapley(ctx, g.counting(1<<n), valuation.ExactOptions{Workers: g.spec.Workers})
		if err != nil {
			return nil, fmt.Errorf("valuation report: exact Shapley: %w", err)
		}
		rep = g.fromResult(r)
	case LeastCore:
		if n > MaxLeastCorePlayers {
			return nil, fmt.Errorf("%w: the least core solves a dense linear program of a row per player and takes at most %d players; this game has %d: value --by author, or use tmc", ErrInput, MaxLeastCorePlayers, n)
		}
		opts := leastcore.Options{Samples: g.spec.Samples, Seed: g.spec.Seed, Workers: g.spec.Workers}
		var r leastcore.Result
		if n <= leastcore.MaxExactPlayers {
			r, err = leastcore.Exact(ctx, g.counting(1<<n), opts)
		} else {
			r, err = leastcore.Sampled(ctx, g.counting(n+g.spec.Samples), opts)
		}
		if err != nil {
			return nil, fmt.Errorf("valuation report: least core: %w", err)
		}
		rep = g.newReport(r.Values, nil, r.Coalitions, r.Empty, r.Full)
		e := r.Subsidy
		rep.Subsidy = &e
	case Individual:
		values, err := g.individual(ctx)
		if err != nil {
			return nil, err
		}
		empty, full, err := g.ends(ctx)
		if err != nil {
			return nil, err
		}
		rep = g.newReport(values, nil, g.in.Train.Len(), empty, full)
	}
	if err := g.removal(ctx, rep); err != nil {
		return nil, err
	}
	return rep, nil
}

// ends returns u(∅) and u(N).
func (g *game) ends(ctx context.Context) (empty, full float64, err error) {
	all := make([]int, g.players())
	for i := range all {
		all[i] = i
	}
	if empty, err = g.u.Value(ctx, nil); err != nil {
		return 0, 0, fmt.Errorf("valuation report: %w", err)
	}
	if full, err = g.u.Value(ctx, all); err != nil {
		return 0, 0, fmt.Errorf("valuation report: %w", err)
	}
	return empty, full, nil
}

// individual computes the individual method's values: one use per contribution, evaluated by whether the model
// trained on the earlier contributions, in arrival order, agreed with its label.
func (g *game) individual(ctx context.Context) ([]float64, error) {
	w := g.base.NewWalker().(*modelgame.Walker)
	if _, err := w.Reset(ctx); err != nil {
		return nil, fmt.Errorf("valuation report: %w", err)
	}
	n := g.in.Train.Len()
	uses := make([]float64, n)
	for i := range n {
		x, label := g.in.Train.Sample(i)
		predicted, err := w.Model().Predict(x)
		if err == nil {
			uses[i] = individual.Agreement(predicted, label)
		} // a sample the model cannot predict is one the chain refused: it agreed with nothing
		if _, err := w.Add(ctx, i); err != nil {
			return nil, fmt.Errorf("valuation report: individual: %w", err)
		}
		g.tick(n)
	}
	providers := make([]individual.Provider, g.players())
	for p, members := range g.groups {
		pr := individual.Provider{Name: g.names[p], Refunded: g.in.Refunded[g.names[p]], Reported: g.in.Reported[g.names[p]]}
		for _, i := range members {
			pr.Uses = append(pr.Uses, uses[i])
		}
		providers[p] = pr
	}
	values, err := individual.Values(providers, individual.Options{})
	if err != nil {
		return nil, fmt.Errorf("valuation report: individual: %w", err)
	}
	return values, nil
}

// fromResult is the report of a valuation.Result, without its removal curve.
func (g *game) fromResult(r valuation.Result) *Report {
	rep := g.newReport(r.Values, r.StdErrs, r.Samples, r.Empty, r.Full)
	rep.EfficiencyGap = r.EfficiencyGap
	return rep
}

// newReport fills a report's players, ranks and efficiency gap from values.
func (g *game) newReport(values, stderrs []float64, samples int, empty, full float64) *Report {
	by := "contribution"
	if g.spec.ByAuthor {
		by = "author"
	}
	rep := &Report{Method: g.spec.Method, By: by, Seed: g.spec.Seed, Samples: samples, Empty: empty, Full: full}
	if g.spec.Method == KNN {
		rep.K = g.spec.K
	}
	order := make([]int, len(values))
	sum := 0.0
	for i, v := range values {
		order[i] = i
		sum += v
	}
	rep.EfficiencyGap = sum - (full - empty)
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(values[b], values[a]) })
	rep.Players = make([]Player, len(values))
	for i, v := range values {
		rep.Players[i] = Player{Name: g.names[i], Value: v, Contributions: len(g.groups[i])}
		if stderrs != nil {
			rep.Players[i].StdErr = Float(stderrs[i])
		}
	}
	for rank, i := range order {
		rep.Players[i].Rank = rank + 1
	}
	return rep
}

// removal measures the report's point-removal curve.
func (g *game) removal(ctx context.Context, rep *Report) error {
	values := make([]float64, len(rep.Players))
	for i, p := range rep.Players {
		values[i] = p.Value
	}
	r, err := quality.PointRemoval(ctx, g.u, values, removalFractions())
	if err != nil {
		return fmt.Errorf("valuation report: point removal: %w", err)
	}
	rep.Removal = Removal{Fractions: r.Fractions, Removed: r.Removed, Full: r.Full, Highest: r.HighRemoved, Lowest: r.LowRemoved}
	return nil
}
