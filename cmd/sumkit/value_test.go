package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/valuation/report"
)

// readReport reads the report.json value wrote to dir.
func readReport(t *testing.T, dir string) (*report.Report, string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r report.Report
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return &r, string(b)
}

// valueOK runs sumkit value with args and fails the test on an error.
func valueOK(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, err := runCLI(t, append([]string{"value"}, args...)...)
	if err != nil {
		t.Fatalf("value %v: %v\nstderr:\n%s", args, err, stderr)
	}
	return stdout
}

// smallSimConfig writes an IMDB-shaped synthetic simulator config of 300 samples and returns its path.
func smallSimConfig(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../sim/examples/imdb-synthetic.json")
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := json.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	ds := cfg["dataset"].(map[string]any)
	ds["samples"], ds["test_samples"], ds["features"] = 300, 200, 100
	cfg["init_train_data_portion"] = 0.1
	if b, err = json.Marshal(cfg); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "small.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestValueFile values a small subset of the IMDB sentences offline: every method writes its four files, the
// same seed gives the same bytes, and three shards merged give the one run's files.
func TestValueFile(t *testing.T) {
	file := writeLines(t, "imdb.tsv", imdbLines(t, 80))
	base := []string{"--data", file, "--test-fraction", "0.25", "--model", "sparse-perceptron", "--encoder", "hashing:400"}
	tests := []struct {
		method  string
		extra   []string
		players int
	}{
		{"tmc", []string{"--samples", "64", "--seed", "7"}, 60},
		{"banzhaf", []string{"--samples", "64"}, 60},
		{"loo", nil, 60},
		{"knn", []string{"--k", "3"}, 60},
		{"individual", nil, 60},
		{"leastcore", []string{"--samples", "200"}, 60},
	}
	for _, tc := range tests {
		t.Run(tc.method, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			args := append(append(append([]string{}, base...), "--method", tc.method, "--out", dir), tc.extra...)
			stdout := valueOK(t, args...)
			for _, want := range []string{"valued 60 samples", "with " + tc.method, "HIGHEST FIRST", "wrote "} {
				if !strings.Contains(stdout, want) {
					t.Errorf("output lacks %q:\n%s", want, stdout)
				}
			}
			for _, f := range []string{"report.json", "report.csv", "report.png", "report.svg"} {
				if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
					t.Errorf("%s: %v", f, err)
				}
			}
			r, first := readReport(t, dir)
			if r.Method != tc.method || len(r.Players) != tc.players || len(r.Removal.Lowest) != 3 {
				t.Errorf("report: method %s, %d players, removal %+v", r.Method, len(r.Players), r.Removal)
			}
			again := filepath.Join(t.TempDir(), "again")
			stdout = valueOK(t, append(args[:len(args):len(args)], "--out", again, "--json", "--workers", "1")...)
			if _, second := readReport(t, again); second != first || stdout != first {
				t.Error("the same inputs and seed gave different reports")
			}
		})
	}
	t.Run("exact refuses 60 players", func(t *testing.T) {
		_, _, err := runCLI(t, append(append([]string{"value"}, base...), "--method", "exact", "--out", t.TempDir())...)
		if err == nil || !strings.Contains(err.Error(), "at most 20 players") || !strings.Contains(err.Error(), "use tmc") {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("3 shards merged", func(t *testing.T) {
		for _, method := range []string{"tmc", "knn"} {
			tmp := t.TempDir()
			one := filepath.Join(tmp, "one")
			valueOK(t, append(append([]string{}, base...), "--method", method, "--samples", "96", "--seed", "3", "--out", one)...)
			var parts []string
			for i := range 3 {
				dir := filepath.Join(tmp, fmt.Sprintf("part-%d", i))
				stdout := valueOK(t, append(append([]string{}, base...), "--method", method, "--samples", "96", "--seed", "3", "--shard", fmt.Sprintf("%d/3", i), "--out", dir)...)
				if !strings.Contains(stdout, "partial.json") {
					t.Errorf("shard output:\n%s", stdout)
				}
				parts = append(parts, filepath.Join(dir, "partial.json"))
			}
			merged := filepath.Join(tmp, "merged")
			stdout, stderr, err := runCLI(t, append(append(append([]string{"value", "merge"}, base...), "--out", merged), parts...)...)
			if err != nil {
				t.Fatalf("%s merge: %v\n%s", method, err, stderr)
			}
			for _, f := range []string{"report.json", "report.csv", "report.png", "report.svg"} {
				a, errA := os.ReadFile(filepath.Join(one, f))
				b, errB := os.ReadFile(filepath.Join(merged, f))
				if errA != nil || errB != nil || string(a) != string(b) {
					t.Errorf("%s: %s of 3 shards merged differs from one run's (%v, %v)\n%s", method, f, errA, errB, stdout)
				}
			}
			_, _, err = runCLI(t, append(append(append([]string{"value", "merge"}, base...), "--out", merged), parts[:2]...)...)
			if err == nil || !strings.Contains(err.Error(), "shard 2/3 is missing") {
				t.Errorf("%s: merging 2 of 3 parts: %v", method, err)
			}
		}
	})
}

// TestValueSim values a small synthetic simulator config's contributions.
func TestValueSim(t *testing.T) {
	cfg := smallSimConfig(t)
	dir := filepath.Join(t.TempDir(), "out")
	stdout := valueOK(t, "--sim", cfg, "--method", "banzhaf", "--samples", "128", "--out", dir)
	if !strings.Contains(stdout, "valued 270 contributions") || !strings.Contains(stdout, "seed 1,") {
		t.Errorf("output:\n%s", stdout)
	}
	r, _ := readReport(t, dir)
	if len(r.Players) != 270 || r.Samples != 128 || r.Seed != 1 {
		t.Errorf("%d players, %d samples, seed %d; want 270, 128, the config's 1", len(r.Players), r.Samples, r.Seed)
	}
	for _, p := range r.Players {
		if !(p.StdErr > 0) {
			t.Fatalf("player %s: standard error %v from a sampled method", p.Name, p.StdErr)
		}
	}
}

// TestValueBadInput: every bad input is refused with what to do instead, as a usage error where it is one.
func TestValueBadInput(t *testing.T) {
	file := writeLines(t, "imdb.tsv", imdbLines(t, 20))
	cfg := smallSimConfig(t)
	data := []string{"--data", file, "--model", "sparse-perceptron"}
	tests := map[string]struct {
		args  []string
		want  string
		usage bool
	}{
		"no source":        {[]string{"--deployment", filepath.Join(t.TempDir(), "none.json"), "--test", file}, "none.json", false},
		"two sources":      {append([]string{"--sim", cfg}, data...), "give one source", true},
		"unknown method":   {append([]string{"--method", "shapley"}, data...), `--method "shapley": want one of tmc`, true},
		"bad by":           {append([]string{"--by", "day"}, data...), `--by "day"`, true},
		"author offline":   {append([]string{"--by", "author"}, data...), "have no authors", true},
		"no model":         {[]string{"--data", file}, "--data needs the initial model", true},
		"unknown model":    {[]string{"--data", file, "--model", "perceptron"}, "neither a model kind", true},
		"no classes":       {[]string{"--data", file, "--test", file, "--model", "sparse-perceptron"}, "--classes", true},
		"test and frac":    {append([]string{"--test", file, "--test-fraction", "0.2"}, data...), "not both", true},
		"bad fraction":     {append([]string{"--test-fraction", "1.5"}, data...), "--test-fraction 1.5", true},
		"k without knn":    {append([]string{"--k", "3"}, data...), "--k is knn's", true},
		"max-time on loo":  {append([]string{"--method", "loo", "--max-time", "1s"}, data...), "drop them", true},
		"bad target":       {append([]string{"--target-se", "2"}, data...), "--target-se 2", true},
		"shard of loo":     {append([]string{"--method", "loo", "--shard", "0/2"}, data...), "does not split into shards", true},
		"shard with time":  {append([]string{"--shard", "0/2", "--max-time", "1s"}, data...), "drop --max-time", true},
		"bad shard":        {append([]string{"--shard", "3/3"}, data...), "--shard \"3/3\"", true},
		"sim with model":   {[]string{"--sim", cfg, "--model", "naive-bayes"}, "--model does not go with --sim", true},
		"argument":         {append([]string{"extra"}, data...), "takes no arguments", true},
		"merge nothing":    {append([]string{"merge"}, data...), "name the parts", true},
		"merge not a part": {append(append([]string{"merge"}, data...), file), "partial", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			args := append([]string{"value", "--out", filepath.Join(t.TempDir(), "o")}, tc.args...)
			if tc.args[0] == "merge" {
				args = append([]string{"value", "merge", "--out", filepath.Join(t.TempDir(), "o")}, tc.args[1:]...)
			}
			_, _, err := runCLI(t, args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "value") {
				t.Errorf("error %q does not name the command", err)
			}
			if code := exitCode(err); (code == 2) != tc.usage {
				t.Errorf("exit code %d for %v", code, err)
			}
		})
	}
}

// TestValueDeployment values the contributions of two accounts to an IMDB deployment on the embedded chain,
// read from its logs, against held-out sentences.
func TestValueDeployment(t *testing.T) {
	url := startDevnet(t)
	imdb := deploy(t, url, imdbArgs()...)
	lines := imdbLines(t, 70)
	for i, part := range [][]string{lines[:12], lines[12:20]} {
		file := writeLines(t, fmt.Sprintf("add-%d.tsv", i), part)
		if _, stderr, err := runCLI(t, "add", "--rpc", url, "--deployment", imdb, "--dev-account", fmt.Sprint(i+1), "--file", file); err != nil {
			t.Fatalf("add: %v\n%s", err, stderr)
		}
	}
	test := writeLines(t, "test.tsv", lines[20:])
	base := []string{"--rpc", url, "--deployment", imdb, "--test", test, "--model", imdbModel}

	dir := filepath.Join(t.TempDir(), "loo")
	stdout := valueOK(t, append(base, "--method", "loo", "--out", dir)...)
	if !strings.Contains(stdout, "valued 20 contributions") {
		t.Errorf("output:\n%s", stdout)
	}
	r, _ := readReport(t, dir)
	if len(r.Players) != 20 || r.Seed == 0 || !strings.HasPrefix(r.Players[0].Name, "0x") {
		t.Errorf("%d players, seed %d (want the head's hash), first %q (want its transaction)", len(r.Players), r.Seed, r.Players[0].Name)
	}

	dir = filepath.Join(t.TempDir(), "authors")
	valueOK(t, append(base, "--method", "exact", "--by", "author", "--seed", "5", "--out", dir)...)
	r, _ = readReport(t, dir)
	if len(r.Players) != 2 || r.Players[0].Contributions != 12 || r.Players[1].Contributions != 8 || r.By != "author" {
		t.Fatalf("by author: %+v", r.Players)
	}
	if r.Players[0].Name != testAccount(t, 1).Address.Hex() {
		t.Errorf("first author %s, want dev account 1", r.Players[0].Name)
	}
	if gap := r.EfficiencyGap; gap > 1e-12 || gap < -1e-12 {
		t.Errorf("exact Shapley's efficiency gap %v", gap)
	}

	// Nothing is settled yet: every provider's reputation is the smoothed 1/2, so a value is half its agreement
	// share, shared among the 2 authors.
	dir = filepath.Join(t.TempDir(), "individual")
	valueOK(t, append(base, "--method", "individual", "--by", "author", "--out", dir)...)
	r, _ = readReport(t, dir)
	for _, p := range r.Players {
		if p.Value < 0 || p.Value > 0.25 {
			t.Errorf("individual value %v of %s, want within [0, 1/4]", p.Value, p.Name)
		}
	}

	_, _, err := runCLI(t, append([]string{"value", "--shard", "0/2", "--out", t.TempDir()}, base...)...)
	if err == nil || !strings.Contains(err.Error(), "give --seed") || exitCode(err) != 2 {
		t.Errorf("a deployment's shard without --seed: %v", err)
	}
	_, _, err = runCLI(t, "value", "--rpc", url, "--deployment", imdb, "--out", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "--test FILE") {
		t.Errorf("no --test: %v", err)
	}
}
