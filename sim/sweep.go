package sim

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Override sets one config field, named by its JSON path (dot-separated; array elements by index, as in
// "agents.1.mean_deposit"), to each of several values in turn.
type Override struct {
	Path   string
	Values []json.RawMessage
}

// ParseOverride reads "path=v1,v2,...". Each value is JSON where it parses as JSON (10, 0.5, true,
// "1/60"), else a string.
func ParseOverride(s string) (Override, error) {
	path, list, ok := strings.Cut(s, "=")
	if !ok || path == "" || list == "" {
		return Override{}, fmt.Errorf("override %q: want path=value[,value...]", s)
	}
	o := Override{Path: path}
	for _, v := range strings.Split(list, ",") {
		raw := json.RawMessage(v)
		if !json.Valid(raw) {
			b, _ := json.Marshal(v)
			raw = b
		}
		o.Values = append(o.Values, raw)
	}
	return o, nil
}

// Variant is one grid point of a sweep: the config with the overrides applied, and a label naming them.
type Variant struct {
	Label  string
	Config *Config
}

// Variants applies every combination of the overrides' values to base (a config file's JSON), the first
// override varying slowest. No overrides give base alone.
func Variants(base []byte, overrides []Override) ([]Variant, error) {
	combos := [][]int{{}}
	for _, o := range overrides {
		if len(o.Values) == 0 {
			return nil, fmt.Errorf("override %s has no values", o.Path)
		}
		var next [][]int
		for _, c := range combos {
			for i := range o.Values {
				next = append(next, append(append([]int(nil), c...), i))
			}
		}
		combos = next
	}
	out := make([]Variant, 0, len(combos))
	for _, combo := range combos {
		dec := json.NewDecoder(bytes.NewReader(base))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil, fmt.Errorf("sweep: parse config: %w", err)
		}
		var label []string
		for i, o := range overrides {
			var v any
			vd := json.NewDecoder(bytes.NewReader(o.Values[combo[i]]))
			vd.UseNumber()
			if err := vd.Decode(&v); err != nil {
				return nil, fmt.Errorf("sweep: %s: %w", o.Path, err)
			}
			if err := setPath(doc, strings.Split(o.Path, "."), v); err != nil {
				return nil, fmt.Errorf("sweep: %s: %w", o.Path, err)
			}
			label = append(label, fmt.Sprintf("%s=%s", o.Path, bytes.Trim(o.Values[combo[i]], `"`)))
		}
		b, err := json.Marshal(doc)
		if err != nil {
			return nil, fmt.Errorf("sweep: %w", err)
		}
		cfg, err := ParseConfig(b)
		if err != nil {
			return nil, fmt.Errorf("sweep %s: %w", strings.Join(label, " "), err)
		}
		out = append(out, Variant{Label: strings.Join(label, " "), Config: cfg})
	}
	return out, nil
}

// setPath sets the field at path in a decoded JSON document, creating objects on the way.
func setPath(doc any, path []string, v any) error {
	switch d := doc.(type) {
	case map[string]any:
		if len(path) == 1 {
			d[path[0]] = v
			return nil
		}
		next, ok := d[path[0]]
		if !ok {
			next = map[string]any{}
			d[path[0]] = next
		}
		return setPath(next, path[1:], v)
	case []any:
		i, err := strconv.Atoi(path[0])
		if err != nil || i < 0 || i >= len(d) {
			return fmt.Errorf("%q is not an index of a list of %d", path[0], len(d))
		}
		if len(path) == 1 {
			d[i] = v
			return nil
		}
		return setPath(d[i], path[1:], v)
	}
	return fmt.Errorf("%q is not inside an object or a list", path[0])
}

// SweepRun is one run of a sweep.
type SweepRun struct {
	// Index is the run's place in the whole sweep (variants, then seeds), and Runs the sweep's size: a shard
	// holds some of the places, and merging checks that every place is filled once.
	Index    int      `json:"index"`
	Runs     int      `json:"runs"`
	Label    string   `json:"label"`
	Seed     int64    `json:"seed"`
	Baseline *float64 `json:"baselineAccuracy"`
	Summary  *Summary `json:"summary"`
}

// SweepShard is the part of a sweep one machine runs: the runs whose Index is Index mod Count
// (0 ≤ Index < Count). The zero value is the whole sweep.
type SweepShard struct {
	Index, Count int
}

// ErrMerge is wrapped by MergeSweeps' errors: shards that do not make up one sweep.
var ErrMerge = errors.New("sweep shards do not merge")

// Sweep runs every variant with every seed (the config's own seed when seeds is empty), loading each
// distinct dataset once with load, across parallel workers (at most GOMAXPROCS; one per run at most). Runs
// are independent and seeded, so the result is the same for any number of workers; it lists them in order:
// variants, then seeds.
func Sweep(ctx context.Context, variants []Variant, seeds []int64, load func(DatasetConfig) (*Data, error), opts Options) ([]SweepRun, error) {
	return SweepPart(ctx, variants, seeds, load, opts, SweepShard{})
}

// SweepPart runs shard's part of the sweep Sweep would run, loading and preparing only what that part needs.
// Its runs, from every shard, merge with MergeSweeps into exactly what Sweep returns: each run is seeded and
// independent of the others, so where it runs does not change it.
func SweepPart(ctx context.Context, variants []Variant, seeds []int64, load func(DatasetConfig) (*Data, error), opts Options, shard SweepShard) ([]SweepRun, error) {
	if len(variants) == 0 {
		return nil, errors.New("sweep: nothing to run")
	}
	if shard.Count == 0 {
		shard.Count = 1
	}
	if shard.Count < 0 || shard.Index < 0 || shard.Index >= shard.Count {
		return nil, fmt.Errorf("sweep: shard %d/%d: the index must lie in 0..%d", shard.Index, shard.Count, shard.Count-1)
	}
	type job struct {
		index   int
		variant Variant
		seed    int64
		data    *Data
		setup   *Setup
	}
	total := len(variants) * max(len(seeds), 1)
	loaded := make(map[string]*Data)
	var jobs []job
	place := 0
	for _, v := range variants {
		runSeeds := seeds
		if len(runSeeds) == 0 {
			runSeeds = []int64{v.Config.Seed}
		}
		start := place
		var mine []int
		for range runSeeds {
			if place%shard.Count == shard.Index {
				mine = append(mine, place)
			}
			place++
		}
		if len(mine) == 0 {
			continue
		}
		key, err := json.Marshal(v.Config.Dataset)
		if err != nil {
			return nil, fmt.Errorf("sweep: %w", err)
		}
		data, ok := loaded[string(key)]
		if !ok {
			if data, err = load(v.Config.Dataset); err != nil {
				return nil, fmt.Errorf("sweep %s: %w", v.Label, err)
			}
			loaded[string(key)] = data
		}
		setup, err := Prepare(ctx, v.Config, data, opts.Logger)
		if err != nil {
			return nil, fmt.Errorf("sweep %s: %w", v.Label, err)
		}
		for _, at := range mine {
			jobs = append(jobs, job{index: at, variant: v, seed: runSeeds[at-start], data: data, setup: setup})
		}
	}

	runs := make([]SweepRun, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				j := jobs[i]
				cfg := *j.variant.Config
				cfg.Seed = j.seed
				res, err := RunSetup(ctx, &cfg, j.data.Name, j.setup, opts)
				if err != nil {
					errs[i] = fmt.Errorf("sweep %s, seed %d: %w", j.variant.Label, j.seed, err)
					continue
				}
				runs[i] = SweepRun{Index: j.index, Runs: total, Label: j.variant.Label, Seed: j.seed, Baseline: res.BaselineAccuracy, Summary: res.Summary}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return runs, nil
}

// MergeSweeps joins the runs of a sweep's shards, in any order, into the whole sweep in its order; it fails
// unless every run of the sweep is there exactly once.
func MergeSweeps(parts ...[]SweepRun) ([]SweepRun, error) {
	var all []SweepRun
	for _, p := range parts {
		all = append(all, p...)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("no runs: %w", ErrMerge)
	}
	total := all[0].Runs
	out := make([]SweepRun, total)
	seen := make([]bool, total)
	for _, r := range all {
		switch {
		case r.Runs != total:
			return nil, fmt.Errorf("run %d belongs to a sweep of %d runs, the first to one of %d: %w", r.Index, r.Runs, total, ErrMerge)
		case r.Index < 0 || r.Index >= total:
			return nil, fmt.Errorf("run index %d outside 0..%d: %w", r.Index, total-1, ErrMerge)
		case seen[r.Index]:
			return nil, fmt.Errorf("run %d (%s, seed %d) appears twice: a shard was given twice: %w", r.Index, r.Label, r.Seed, ErrMerge)
		}
		seen[r.Index], out[r.Index] = true, r
	}
	if missing := slices.Index(seen, false); missing >= 0 {
		n := 0
		for _, ok := range seen {
			if !ok {
				n++
			}
		}
		return nil, fmt.Errorf("%d of %d runs missing, the first index %d: a shard is missing: %w", n, total, missing, ErrMerge)
	}
	return out, nil
}

// WriteSweepCSV writes one row per run: label, seed, why it ended, the accuracy figures, the counts, and
// each agent's final balance in wei and change in percent.
func WriteSweepCSV(w io.Writer, runs []SweepRun) error {
	cw := csv.NewWriter(w)
	header := []string{"label", "seed", "end", "end_time_s", "accuracy_initial", "accuracy_min", "accuracy_final",
		"baseline_accuracy", "accepted", "rejected", "refunded", "reported", "taken", "refused"}
	if len(runs) > 0 {
		for _, a := range runs[0].Summary.Agents {
			header = append(header, a.Address+"_final_wei", a.Address+"_change_percent")
		}
	}
	cw.Write(header)
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for _, r := range runs {
		s := r.Summary
		baseline := ""
		if r.Baseline != nil {
			baseline = f(*r.Baseline)
		}
		c := s.Counts
		row := []string{r.Label, strconv.FormatInt(r.Seed, 10), s.End, strconv.FormatUint(s.EndTime, 10),
			f(s.AccuracyInitial), f(s.AccuracyMin), f(s.AccuracyFinal), baseline, strconv.Itoa(c.Accepted),
			strconv.Itoa(c.Rejected), strconv.Itoa(c.Refunded), strconv.Itoa(c.Reported), strconv.Itoa(c.Taken),
			strconv.Itoa(c.Refused)}
		for _, a := range s.Agents {
			row = append(row, a.Final.String(), f(a.ChangePercent))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write sweep csv: %w", err)
	}
	return nil
}

// ReadSweepJSON reads the sweep.json a sweep or one of its shards wrote.
func ReadSweepJSON(path string) ([]SweepRun, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read sweep: %w", err)
	}
	var runs []SweepRun
	if err := json.Unmarshal(b, &runs); err != nil {
		return nil, fmt.Errorf("read sweep %s: %w", path, err)
	}
	return runs, nil
}
