package report

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/knnshapley"
)

// Partial is one shard of a tmc, banzhaf or knn run: the exact sums that MergeReport adds to the other shards'.
// It is plain data, written as JSON (WritePartial) by a shard on one machine and read (ReadPartial) by the merge
// on another. tmc and banzhaf shards split the samples by block (valuation.Shard); knn shards split the test
// set into contiguous ranges.
type Partial struct {
	// Method, By, Seed, Samples, K and Players identify the run: only partials that agree on them merge.
	Method  string `json:"method"`
	By      string `json:"by"`
	Seed    uint64 `json:"seed"`
	Samples int    `json:"samples"`
	K       int    `json:"k,omitempty"`
	Players int    `json:"players"`
	// Shard is the shard this is, Index of Count.
	Shard valuation.Shard `json:"shard"`
	// Sampled holds a tmc or banzhaf shard's sums; KNN a knn shard's.
	Sampled *valuation.Partial  `json:"sampled,omitempty"`
	KNN     *knnshapley.Partial `json:"knn,omitempty"`
}

// RunPartial runs the shard of a tmc, banzhaf or knn valuation that spec.Shard names and returns its Partial.
// A sharded tmc or banzhaf run stops at spec.Samples only: where a time or standard-error target would stop
// could only be decided on the merged sums.
func RunPartial(ctx context.Context, in Input, spec Spec) (*Partial, error) {
	g, err := newGame(in, spec)
	if err != nil {
		return nil, err
	}
	return g.partial(ctx)
}

func (g *game) partial(ctx context.Context) (*Partial, error) {
	s := g.spec
	if s.Shard.Count < 0 || (s.Shard.Count > 0 && (s.Shard.Index < 0 || s.Shard.Index >= s.Shard.Count)) {
		return nil, fmt.Errorf("%w: shard %d of %d: want 0 ≤ index < count", ErrInput, s.Shard.Index, s.Shard.Count)
	}
	shard := s.Shard
	if shard.Count == 0 {
		shard = valuation.Shard{Index: 0, Count: 1}
	}
	p := &Partial{Method: s.Method, By: by(s), Seed: s.Seed, Samples: s.Samples, Players: g.players(), Shard: shard}
	switch s.Method {
	case TMC, Banzhaf:
		opts := g.sampling()
		if shard.Count > 1 {
			if s.MaxTime != 0 || s.TargetSE != 0 {
				return nil, fmt.Errorf("%w: a sharded run stops at its number of samples only; drop the time limit and the standard-error target", ErrInput)
			}
			opts.MaxDuration, opts.TargetRelStdErr = 0, 0
			opts.Shard = shard
		} else {
			opts.Shard = valuation.Shard{}
		}
		run := valuation.TMCShapleyPartial
		if s.Method == Banzhaf {
			run = valuation.BanzhafPartial
		}
		sp, err := run(ctx, g.counting(s.Samples/shard.Count), opts)
		if err != nil {
			return nil, fmt.Errorf("valuation report: %s: %w", s.Method, err)
		}
		p.Sampled = &sp
		p.Samples = s.Samples
	case KNN:
		p.K = s.K
		tests := g.in.Test.Len()
		from, to := shard.Index*tests/shard.Count, (shard.Index+1)*tests/shard.Count
		opts := knnshapley.Options{K: s.K, Metric: metric(g.in.Model), Workers: s.Workers}
		if s.Progress != nil {
			opts.Progress = func(done, _ int) { s.Progress(done, to-from) }
		}
		kp, err := knnshapley.ValueRange(ctx, g.in.Train, g.in.Test, from, to, opts)
		if err != nil {
			return nil, fmt.Errorf("valuation report: knn: %w", err)
		}
		p.KNN = kp
		p.Samples = 0
	default:
		return nil, fmt.Errorf("%w: method %s does not split into shards: only tmc, banzhaf and knn do", ErrInput, s.Method)
	}
	return p, nil
}

// metric is the KNN distance for m's samples: set overlap for the sparse kinds, Euclidean for the dense ones.
func metric(m *model.Model) knnshapley.Metric {
	switch m.Kind {
	case model.SparsePerceptron, model.NaiveBayes, model.SparseNearestCentroid:
		return knnshapley.SparseBinary
	}
	return knnshapley.Dense
}

func by(s Spec) string {
	if s.ByAuthor {
		return "author"
	}
	return "contribution"
}

// MergeReport joins the partials of every shard of one run, in any order, and returns the report that the run
// unsharded gives, bit for bit. in and spec must be the run's (the removal curve retrains on in); spec.Shard is
// ignored.
func MergeReport(ctx context.Context, in Input, spec Spec, parts []*Partial) (*Report, error) {
	spec.Shard = valuation.Shard{}
	g, err := newGame(in, spec)
	if err != nil {
		return nil, err
	}
	return g.finish(ctx, parts)
}

// finish checks that parts are every shard of g's run once, merges them and makes the report.
func (g *game) finish(ctx context.Context, parts []*Partial) (*Report, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("%w: no partials to merge", ErrInput)
	}
	count := parts[0].Shard.Count
	seen := make([]bool, max(count, 0))
	for _, p := range parts {
		switch {
		case p.Method != g.spec.Method || p.By != by(g.spec) || p.Seed != g.spec.Seed || p.Players != g.players():
			return nil, fmt.Errorf("%w: a partial of method %s by %s, seed %d, %d players does not belong to this run (method %s by %s, seed %d, %d players): merge the shards of one run, with the same flags",
				ErrInput, p.Method, p.By, p.Seed, p.Players, g.spec.Method, by(g.spec), g.spec.Seed, g.players())
		case p.Method != KNN && p.Samples != g.spec.Samples:
			return nil, fmt.Errorf("%w: a partial of %d samples does not belong to a run of %d: give the shards' --samples", ErrInput, p.Samples, g.spec.Samples)
		case p.Method == KNN && p.K != g.spec.K:
			return nil, fmt.Errorf("%w: a partial with k = %d does not belong to a run with k = %d", ErrInput, p.K, g.spec.K)
		case p.Shard.Count != count || p.Shard.Index < 0 || p.Shard.Index >= count:
			return nil, fmt.Errorf("%w: partials of %d and %d shards do not merge", ErrInput, count, p.Shard.Count)
		case seen[p.Shard.Index]:
			return nil, fmt.Errorf("%w: shard %d/%d given twice", ErrInput, p.Shard.Index, count)
		}
		seen[p.Shard.Index] = true
	}
	for i, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("%w: shard %d/%d is missing: merge every shard's partial", ErrInput, i, count)
		}
	}
	empty, full, err := g.ends(ctx)
	if err != nil {
		return nil, err
	}
	var rep *Report
	switch g.spec.Method {
	case TMC, Banzhaf:
		sums := make([]valuation.Partial, len(parts))
		for i, p := range parts {
			if p.Sampled == nil {
				return nil, fmt.Errorf("%w: shard %d/%d holds no sums", ErrInput, p.Shard.Index, count)
			}
			sums[i] = *p.Sampled
		}
		merged, err := valuation.Merge(sums...)
		if err != nil {
			return nil, fmt.Errorf("valuation report: merge: %w", err)
		}
		r, err := merged.Result(false)
		if err != nil {
			return nil, fmt.Errorf("valuation report: merge: %w", err)
		}
		rep = g.fromResult(r)
	case KNN:
		var merged *knnshapley.Partial
		for i := range count {
			for _, p := range parts {
				if p.Shard.Index != i {
					continue
				}
				if p.KNN == nil {
					return nil, fmt.Errorf("%w: shard %d/%d holds no sums", ErrInput, i, count)
				}
				if merged == nil {
					c := *p.KNN
					merged = &c
				} else if err := merged.Merge(p.KNN); err != nil {
					return nil, fmt.Errorf("valuation report: merge: %w", err)
				}
			}
		}
		if merged.Tests != g.in.Test.Len() {
			return nil, fmt.Errorf("%w: the partials value %d test points, the test set holds %d: merge with the shards' test set", ErrInput, merged.Tests, g.in.Test.Len())
		}
		point := merged.Values()
		values := make([]float64, g.players())
		for p, members := range g.groups {
			for _, i := range members {
				values[p] += point[i]
			}
		}
		rep = g.newReport(values, nil, merged.Tests, empty, full)
		rep.EfficiencyGap = 0 // the values sum to the KNN game's own worth, not the model's
	default:
		return nil, fmt.Errorf("%w: method %s has no partials", ErrInput, g.spec.Method)
	}
	rep.Empty, rep.Full = empty, full
	if err := g.removal(ctx, rep); err != nil {
		return nil, err
	}
	return rep, nil
}

// WritePartial writes p as JSON.
func WritePartial(w io.Writer, p *Partial) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("valuation report: write partial: %w", err)
	}
	return nil
}

// ReadPartial reads a partial WritePartial wrote.
func ReadPartial(r io.Reader) (*Partial, error) {
	var p Partial
	if err := json.NewDecoder(r).Decode(&p); err != nil {
		return nil, fmt.Errorf("%w: read partial: %v", ErrInput, err)
	}
	if p.Sampled == nil && p.KNN == nil {
		return nil, fmt.Errorf("%w: read partial: no sums: is this a partial.json a sharded `sumkit value` wrote?", ErrInput)
	}
	return &p, nil
}
