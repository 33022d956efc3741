package report_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/report"
)

// testInput is a small IMDB-shaped game: n sparse contributions from 4 authors, 200 test points, an untrained
// sparse perceptron.
func testInput(t testing.TB, n int) report.Input {
	t.Helper()
	d, _, err := dataset.Synthetic(dataset.SyntheticOptions{Samples: n, TestSamples: 200, Features: 60, NonZeros: 6, Noise: 0.1, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Untrained(model.SparsePerceptron, d.Classes, d.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	authors := make([]string, n)
	names := make([]string, n)
	for i := range n {
		authors[i] = fmt.Sprintf("author-%d", i%4)
		names[i] = fmt.Sprintf("c%d", i)
	}
	return report.Input{Train: d.Train, Test: d.Test, Model: m, Names: names, Authors: authors}
}

func jsonOf(t testing.TB, r *report.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestRunMethods(t *testing.T) {
	in := testInput(t, 12)
	for _, tc := range []struct {
		spec    report.Spec
		players int
		exact   bool // standard errors are all 0
		samples int
	}{
		{report.Spec{Method: report.TMC, Seed: 1, Samples: 64}, 12, false, 64},
		{report.Spec{Method: report.Banzhaf, Seed: 1, Samples: 128}, 12, false, 128},
		{report.Spec{Method: report.LOO}, 12, true, 13},
		{report.Spec{Method: report.Exact}, 12, true, 1 << 12},
		{report.Spec{Method: report.KNN, K: 3}, 12, true, 200},
		{report.Spec{Method: report.LeastCore, Seed: 1}, 12, true, 1<<12 - 2},
		{report.Spec{Method: report.Individual}, 12, true, 12},
		{report.Spec{Method: report.TMC, ByAuthor: true, Seed: 2, Samples: 64}, 4, false, 64},
		{report.Spec{Method: report.Exact, ByAuthor: true}, 4, true, 16},
		{report.Spec{Method: report.Individual, ByAuthor: true}, 4, true, 12},
		{report.Spec{Method: report.KNN, ByAuthor: true}, 4, true, 200},
	} {
		name := fmt.Sprintf("%s/author=%v", tc.spec.Method, tc.spec.ByAuthor)
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			r, err := report.Run(ctx, in, tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Players) != tc.players || r.Samples != tc.samples || r.Method != tc.spec.Method {
				t.Fatalf("%d players, %d samples, method %s; want %d, %d, %s", len(r.Players), r.Samples, r.Method, tc.players, tc.samples, tc.spec.Method)
			}
			ranks := make([]int, len(r.Players))
			total := 0
			for i, p := range r.Players {
				ranks[i] = p.Rank
				total += p.Contributions
				if tc.exact && p.StdErr != 0 {
					t.Errorf("%s: stderr %v from an exact method", p.Name, p.StdErr)
				}
				if !tc.exact && !(p.StdErr > 0) {
					t.Errorf("%s: stderr %v from a sampled method", p.Name, p.StdErr)
				}
				for j, q := range r.Players {
					if q.Value > p.Value && q.Rank > p.Rank || (q.Value == p.Value && j < i && q.Rank > p.Rank) {
						t.Errorf("%s (%v) ranked %d above %s (%v) ranked %d", p.Name, p.Value, p.Rank, q.Name, q.Value, q.Rank)
					}
				}
			}
			slices.Sort(ranks)
			for i, rk := range ranks {
				if rk != i+1 {
					t.Fatalf("ranks %v are not 1..%d", ranks, len(ranks))
				}
			}
			if total != 12 {
				t.Errorf("players hold %d contributions, want 12", total)
			}
			if tc.spec.ByAuthor && r.Players[0].Name != "author-0" {
				t.Errorf("first author %q, want author-0", r.Players[0].Name)
			}
			if len(r.Removal.Highest) != 3 || r.Removal.Full != r.Full {
				t.Errorf("removal %+v, full %v", r.Removal, r.Full)
			}
			if (tc.spec.Method == report.Exact || tc.spec.Method == report.LeastCore) && math.Abs(r.EfficiencyGap) > 1e-9 {
				t.Errorf("efficiency gap %v from an efficient exact method", r.EfficiencyGap)
			}
			again, err := report.Run(ctx, in, tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if jsonOf(t, r) != jsonOf(t, again) {
				t.Error("the same spec gave different reports")
			}
		})
	}
}

func TestShardsMergeBitIdentical(t *testing.T) {
	in := testInput(t, 30)
	ctx := context.Background()
	for _, spec := range []report.Spec{
		{Method: report.TMC, Seed: 9, Samples: 96},
		{Method: report.Banzhaf, Seed: 9, Samples: 96},
		{Method: report.KNN, K: 4},
		{Method: report.TMC, Seed: 9, Samples: 96, ByAuthor: true},
	} {
		t.Run(spec.Method, func(t *testing.T) {
			one, err := report.Run(ctx, in, spec)
			if err != nil {
				t.Fatal(err)
			}
			var parts []*report.Partial
			for _, i := range []int{2, 0, 1} { // any order
				s := spec
				s.Shard = valuation.Shard{Index: i, Count: 3}
				s.Workers = i + 1 // and any number of workers
				p, err := report.RunPartial(ctx, in, s)
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer // through JSON, as shards on other machines hand them over
				if err := report.WritePartial(&b, p); err != nil {
					t.Fatal(err)
				}
				if p, err = report.ReadPartial(&b); err != nil {
					t.Fatal(err)
				}
				parts = append(parts, p)
			}
			merged, err := report.MergeReport(ctx, in, spec, parts)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := jsonOf(t, one), jsonOf(t, merged); a != b {
				t.Fatalf("3 shards merged differ from one run:\n%s\nvs\n%s", b, a)
			}
			if _, err := report.MergeReport(ctx, in, spec, parts[:2]); err == nil || !strings.Contains(err.Error(), "missing") {
				t.Errorf("merging 2 of 3 shards: %v, want a missing shard", err)
			}
			if _, err := report.MergeReport(ctx, in, spec, append(parts, parts[0])); err == nil || !strings.Contains(err.Error(), "twice") {
				t.Errorf("merging a shard twice: %v", err)
			}
			other := spec
			other.Seed++
			if spec.Method != report.KNN {
				if _, err := report.MergeReport(ctx, in, other, parts); !errors.Is(err, report.ErrInput) {
					t.Errorf("merging into another seed's run: %v", err)
				}
			}
		})
	}
}

func TestRunRefuses(t *testing.T) {
	in := testInput(t, 25)
	ctx := context.Background()
	noAuthors := in
	noAuthors.Authors = nil
	for _, tc := range []struct {
		name string
		in   report.Input
		spec report.Spec
		want string
	}{
		{"unknown method", in, report.Spec{Method: "shapley"}, "unknown method"},
		{"exact too big", in, report.Spec{Method: report.Exact}, "at most 20 players"},
		{"least core too big", testInput(t, 201), report.Spec{Method: report.LeastCore}, "at most 200 players"},
		{"by author without authors", noAuthors, report.Spec{ByAuthor: true}, "needs an author"},
		{"negative samples", in, report.Spec{Samples: -1}, "must not be negative"},
		{"shard of loo", in, report.Spec{Method: report.LOO, Shard: valuation.Shard{Index: 0, Count: 2}}, "sharded run writes a partial"},
		{"no model", report.Input{Train: in.Train, Test: in.Test}, report.Spec{}, "no initial model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := report.Run(ctx, tc.in, tc.spec)
			if !errors.Is(err, report.ErrInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want ErrInput saying %q", err, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		spec report.Spec
		want string
	}{
		{"loo", report.Spec{Method: report.LOO, Shard: valuation.Shard{Index: 0, Count: 2}}, "does not split"},
		{"time limit", report.Spec{Samples: 64, MaxTime: 1, Shard: valuation.Shard{Index: 0, Count: 2}}, "number of samples only"},
		{"bad index", report.Spec{Samples: 64, Shard: valuation.Shard{Index: 2, Count: 2}}, "0 ≤ index < count"},
	} {
		t.Run("partial/"+tc.name, func(t *testing.T) {
			_, err := report.RunPartial(ctx, in, tc.spec)
			if !errors.Is(err, report.ErrInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want ErrInput saying %q", err, tc.want)
			}
		})
	}
}

func TestWriters(t *testing.T) {
	in := testInput(t, 10)
	r, err := report.Run(context.Background(), in, report.Spec{Seed: 4, Samples: 64})
	if err != nil {
		t.Fatal(err)
	}
	var csv bytes.Buffer
	if err := report.WriteCSV(&csv, r); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(csv.String()), "\n")
	if lines[0] != "player,value,stderr,rank" || len(lines) != 11 || !strings.HasPrefix(lines[1], "c0,") {
		t.Errorf("CSV:\n%s", csv.String())
	}
	for _, tc := range []struct{ format, prefix string }{{"png", "\x89PNG"}, {"svg", "<?xml"}} {
		var a, b bytes.Buffer
		if err := report.WritePlot(&a, r, tc.format); err != nil {
			t.Fatal(err)
		}
		if err := report.WritePlot(&b, r, tc.format); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.String(), tc.prefix) || a.String() != b.String() {
			t.Errorf("%s: starts %q, deterministic %v", tc.format, a.String()[:min(8, a.Len())], a.String() == b.String())
		}
	}
	if err := report.WritePlot(&bytes.Buffer{}, r, "gif"); !errors.Is(err, report.ErrInput) {
		t.Errorf("gif: %v", err)
	}
}

func TestFloatJSON(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{0.25, "0.25"}, {math.Inf(1), "null"}, {0, "0"}} {
		b, err := report.Float(tc.v).MarshalJSON()
		if err != nil || string(b) != tc.want {
			t.Errorf("%v: %s, %v; want %s", tc.v, b, err, tc.want)
		}
		var f report.Float
		if err := f.UnmarshalJSON(b); err != nil || float64(f) != tc.v {
			t.Errorf("%s read back as %v, %v", b, f, err)
		}
	}
}

// TestStoppingRules: a standard-error target or a time limit stops a sampled run before its cap, and the report
// says how many samples it took.
func TestStoppingRules(t *testing.T) {
	in := testInput(t, 12)
	for _, tc := range []struct {
		name string
		spec report.Spec
	}{
		{"target", report.Spec{Method: report.TMC, Samples: 100000, TargetSE: 0.5}},
		{"banzhaf target", report.Spec{Method: report.Banzhaf, Samples: 100000, TargetSE: 0.5}},
		{"time", report.Spec{Method: report.TMC, Samples: 1 << 30, MaxTime: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := report.Run(context.Background(), in, tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if r.Samples <= 0 || r.Samples >= tc.spec.Samples {
				t.Errorf("%d samples, want fewer than the cap %d", r.Samples, tc.spec.Samples)
			}
		})
	}
}
