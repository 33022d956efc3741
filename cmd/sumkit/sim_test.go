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
