package sim

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
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
	Label    string   `json:"label"`
	Seed     int64    `json:"seed"`
	Baseline *float64 `json:"baselineAccuracy"`
	Summary  *Summary `json:"summary"`
}

// Sweep runs every variant with every seed (the config's own seed when seeds is empty), loading each
// distinct dataset once with load, across parallel workers (at most GOMAXPROCS; one per run at most). Runs
// are independent and seeded, so the result is the same for any number of workers; it lists them in order:
// variants, then seeds.
func Sweep(ctx context.Context, variants []Variant, seeds []int64, load func(DatasetConfig) (*Data, error), opts Options) ([]SweepRun, error) {
	if len(variants) == 0 {
		return nil, errors.New("sweep: nothing to run")
	}
	type job struct {
		variant Variant
		seed    int64
		data    *Data
		setup   *Setup
	}
	loaded := make(map[string]*Data)
	var jobs []job
	for _, v := range variants {
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
		runSeeds := seeds
		if len(runSeeds) == 0 {
			runSeeds = []int64{v.Config.Seed}
		}
		for _, seed := range runSeeds {
			jobs = append(jobs, job{variant: v, seed: seed, data: data, setup: setup})
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
				runs[i] = SweepRun{Label: j.variant.Label, Seed: j.seed, Baseline: res.BaselineAccuracy, Summary: res.Summary}
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
