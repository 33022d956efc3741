package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// simConfig is a small synthetic run; dataset and mechanism replace its parts when set.
func simConfig(t *testing.T, dataset, mechanism string) string {
	t.Helper()
	if dataset == "" {
		dataset = `{"name": "synthetic", "samples": 300, "test_samples": 100, "features": 50, "non_zeros": 5, "seed": 1}`
	}
	if mechanism == "" {
		mechanism = `{"kind": "deposit-refund-take", "cost_weight": "1/60", "refund_wait_s": 86400}`
	}
	path := filepath.Join(t.TempDir(), "sim.json")
	cfg := `{"name": "small", "seed": 1, "dataset": ` + dataset + `,
  "model": {"kind": "sparse-perceptron"}, "init_train_data_portion": 0.1, "unit_wei": "6000000000000000", "mechanism": ` + mechanism + `,
  "agents": [{"address": "Good", "start_balance": 10000, "mean_deposit": 50, "stdev_deposit": 10, "mean_update_wait_s": 600}]}`
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// badTSV writes a text file whose second line has no label.
func badTSV(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(path, []byte("good film\tpos\nbad film, no label\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSimRunOutputs checks that sim run checks its inputs before it creates --out, so a failure leaves no
// folder behind, and that a good run fills the folder.
func TestSimRunOutputs(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		config string
		out    string // relative to a fresh folder unless absolute
		want   []string
	}{
		"missing dataset": {config: simConfig(t, `{"name": "imdb", "root": "/nonexistent/datasets"}`, ""),
			out: "new/run", want: []string{"/nonexistent/datasets"}},
		"negative wait": {config: simConfig(t, "", `{"kind": "deposit-refund-take", "cost_weight": "1/60", "refund_wait_s": -5}`),
			out: "new/run", want: []string{"mechanism.refund_wait_s is -5", "from 0 to 4294967295"}},
		"out under a file": {config: simConfig(t, "", ""), out: filepath.Join(file, "run"),
			want: []string{"is a file, not a folder", "--out"}},
		"missing own file": {config: simConfig(t, `{"path": "/nonexistent/mine.tsv"}`, ""),
			out: "new/run", want: []string{"/nonexistent/mine.tsv", "no such file"}},
		"bad line in own file": {config: simConfig(t, `{"path": "`+badTSV(t)+`"}`, ""),
			out: "new/run", want: []string{"bad.tsv:2:", "no tab"}},
		"missing config": {config: "/nonexistent/sim.json", out: "new/run", want: []string{"/nonexistent/sim.json"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			out := tt.out
			if !filepath.IsAbs(out) {
				out = filepath.Join(parent, out)
			}
			_, _, err := runCLI(t, "sim", "run", "--config", tt.config, "--out", out, "--no-plot")
			if err == nil {
				t.Fatal("sim run error = nil, want one")
			}
			t.Logf("error: %v", err)
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("sim run error = %q, want it to contain %q", err, w)
				}
			}
			if entries, _ := os.ReadDir(parent); len(entries) != 0 {
				t.Errorf("sim run left %d entries in the output's parent (first %s), want none", len(entries),
					entries[0].Name())
			}
		})
	}
	t.Run("own data", func(t *testing.T) {
		tsv, err := filepath.Abs(filepath.Join("..", "..", "testdata", "own-data", "reviews.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "run")
		stdout, _, err := runCLI(t, "sim", "run", "--config", simConfig(t, `{"path": "`+tsv+`", "seed": 1}`, ""),
			"--out", out, "--no-plot")
		if err != nil {
			t.Fatalf("sim run error = %v", err)
		}
		if !strings.Contains(stdout, "data: reviews, 128 training and 32 test samples, classes neg, pos") {
			t.Errorf("stdout %q does not name the data as the file", stdout)
		}
		b, err := os.ReadFile(filepath.Join(out, "result.json"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"dataset":"reviews"`) {
			t.Errorf("result.json does not name the dataset reviews")
		}
	})
	t.Run("good run", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "new", "run")
		stdout, _, err := runCLI(t, "sim", "run", "--config", simConfig(t, "", ""), "--out", out, "--no-plot")
		if err != nil {
			t.Fatalf("sim run error = %v", err)
		}
		for _, f := range []string{"result.json", "result.csv"} {
			if _, err := os.Stat(filepath.Join(out, f)); err != nil || !strings.Contains(stdout, f) {
				t.Errorf("%s: %v, stdout %q; want it written and named", f, err, stdout)
			}
		}
	})
}

// TestSimSweepShards checks that a sweep run as three shards (one through JOB_COMPLETION_INDEX, as in a
// Kubernetes Indexed Job) and merged writes the same sweep.json, sweep.csv and plot as one unsharded sweep,
// and that bad shard flags are usage errors.
func TestSimSweepShards(t *testing.T) {
	cfg := simConfig(t, "", "")
	dir := t.TempDir()
	sweep := []string{"sim", "sweep", "--config", cfg, "--set", "mechanism.cost_weight=1/60,1/30", "--seeds", "1-2"}
	run := func(out string, extra ...string) {
		t.Helper()
		if _, _, err := runCLI(t, append(append(sweep, "--out", filepath.Join(dir, out)), extra...)...); err != nil {
			t.Fatalf("%s: %v", out, err)
		}
	}
	run("whole")
	run("part-0", "--shard", "0/3")
	t.Setenv("JOB_COMPLETION_INDEX", "1")
	run("part-1", "--shards", "3")
	run("part-2", "--shard", "2/3")
	if _, err := os.Stat(filepath.Join(dir, "part-0", "sweep.png")); err == nil {
		t.Error("a shard drew a plot of part of the grid")
	}
	stdout, _, err := runCLI(t, "sim", "merge", "--config", cfg, "--out", filepath.Join(dir, "merged"),
		filepath.Join(dir, "part-2"), filepath.Join(dir, "part-0"), filepath.Join(dir, "part-1"))
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	if !strings.Contains(stdout, "merged 4 runs from 3 shards") {
		t.Errorf("merge printed %q", stdout)
	}
	for _, name := range []string{"sweep.json", "sweep.csv", "sweep.png"} {
		a, errA := os.ReadFile(filepath.Join(dir, "whole", name))
		b, errB := os.ReadFile(filepath.Join(dir, "merged", name))
		if errA != nil || errB != nil || string(a) != string(b) {
			t.Errorf("%s: merged shards differ from one sweep (%v, %v)", name, errA, errB)
		}
	}
	if _, _, err := runCLI(t, "sim", "merge", "--out", filepath.Join(dir, "short"), filepath.Join(dir, "part-0")); err == nil ||
		!strings.Contains(err.Error(), "shard is missing") {
		t.Errorf("merging one of three shards: error = %v, want one saying a shard is missing", err)
	}
	for _, flags := range [][]string{{"--shard", "3/3"}, {"--shard", "x"}, {"--shard", "0/2", "--shards", "2"}} {
		_, _, err := runCLI(t, append(append(sweep, "--out", filepath.Join(dir, "bad")), flags...)...)
		if code := exitCode(err); code != 2 {
			t.Errorf("%q: exit code %d (%v), want 2", flags, code, err)
		}
	}
}
