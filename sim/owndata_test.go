// SPDX-License-Identifier: MIT

package sim

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

// ownDataConfig is a small run of an honest and a malicious agent on a file of the user's; dataset is the
// config's dataset object and kind the model.
func ownDataConfig(t *testing.T, dataset, kind string) *Config {
	t.Helper()
	cfg, err := ParseConfig([]byte(`{
		"name": "own data",
		"seed": 1,
		"dataset": ` + dataset + `,
		"model": {"kind": "` + kind + `"},
		"init_train_data_portion": 0.2,
		"mechanism": {"kind": "deposit-refund-take", "cost_weight": "1/60", "refund_wait_s": 86400,
			"any_address_claim_wait_s": 777600},
		"unit_wei": "6000000000000000",
		"agents": [
			{"address": "Good", "start_balance": 10000, "mean_deposit": 50, "stdev_deposit": 10,
			 "mean_update_wait_s": 600},
			{"address": "Bad", "start_balance": 10000, "mean_deposit": 100, "stdev_deposit": 3,
			 "mean_update_wait_s": 3600, "good": false}
		]
	}`))
	if err != nil {
		t.Fatalf("ParseConfig() error = %v", err)
	}
	return cfg
}

// TestRunOwnData runs the simulator end to end on each kind of user file and requires the results to name
// the data as given, never as a built-in set, and the run to hand out and settle every sample.
func TestRunOwnData(t *testing.T) {
	tests := map[string]struct {
		dataset  string
		kind     string
		wantName string
		sparse   bool
		feats    uint64 // 0: not checked
	}{
		"text tsv": {dataset: `{"path": "../testdata/own-data/reviews.tsv", "seed": 1, "hash_features": 200}`,
			kind: "sparse-perceptron", wantName: "reviews", sparse: true},
		"text jsonl, named": {dataset: `{"path": "../testdata/own-data/reviews.jsonl", "name": "film reviews"}`,
			kind: "naive-bayes", wantName: "film reviews", sparse: true},
		"text tsv, scikit-learn features": {dataset: `{"path": "../testdata/own-data/reviews.tsv", "encoder": "sklearn-hashing:64"}`,
			kind: "naive-bayes", wantName: "reviews", sparse: true, feats: 64},
		"tabular csv": {dataset: `{"path": "../testdata/own-data/weather.csv", "header": true, "label_column": 1}`,
			kind: "dense-perceptron", wantName: "weather"},
		"tabular jsonl, format given": {dataset: `{"path": "../testdata/own-data/weather.jsonl", "format": "jsonl"}`,
			kind: "dense-nearest-centroid", wantName: "weather"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := ownDataConfig(t, tt.dataset, tt.kind)
			data, err := LoadData(cfg.Dataset)
			if err != nil {
				t.Fatalf("LoadData() error = %v", err)
			}
			if data.Name != tt.wantName || data.Sparse != tt.sparse {
				t.Errorf("data %q, sparse %v; want %q, %v", data.Name, data.Sparse, tt.wantName, tt.sparse)
			}
			if tt.feats != 0 && data.NumFeatures != tt.feats {
				t.Errorf("%d features, want %d", data.NumFeatures, tt.feats)
			}
			res, err := Run(context.Background(), cfg, data, Options{})
			if err != nil {
				t.Fatalf("Run() error = %v", err)
			}
			if res.Dataset != tt.wantName {
				t.Errorf("result names the dataset %q, want %q", res.Dataset, tt.wantName)
			}
			s := res.Summary
			if s.End != EndDone || s.Counts.NotHandedOut != 0 || s.Counts.Unclaimed != 0 {
				t.Errorf("ended %q with %d samples not handed out and %d open; want all done", s.End,
					s.Counts.NotHandedOut, s.Counts.Unclaimed)
			}
			var j bytes.Buffer
			if err := WriteJSON(&j, res); err != nil {
				t.Fatal(err)
			}
			var written struct{ Dataset string }
			if err := json.Unmarshal(j.Bytes(), &written); err != nil {
				t.Fatal(err)
			}
			if written.Dataset != tt.wantName {
				t.Errorf("result.json names the dataset %q, want %q", written.Dataset, tt.wantName)
			}
		})
	}
}

// TestDatasetPathErrors checks that a dataset config that cannot name its data one way is refused when the
// config is read, before any data is, and that a file that cannot be read is refused by LoadData with the
// file's own error.
func TestDatasetPathErrors(t *testing.T) {
	tests := map[string]struct {
		dataset   string
		wantParse string // ParseConfig's error, or "" when the config is valid
		wantLoad  string // LoadData's error when the config is valid
		wantIs    error
	}{
		"no name, no path": {dataset: `{}`, wantParse: "dataset.name is empty"},
		"built-in name with a path": {dataset: `{"name": "imdb", "path": "../testdata/own-data/reviews.tsv"}`,
			wantParse: `dataset.name "imdb" is a built-in dataset, but dataset.path gives a file`},
		"synthetic name with a path": {dataset: `{"name": "synthetic", "path": "x.tsv"}`,
			wantParse: `dataset.name "synthetic" is a built-in dataset`},
		"unknown format": {dataset: `{"path": "x.tsv", "format": "xml"}`,
			wantParse: `dataset.format "xml" is not a format: use tsv, csv, jsonl`},
		"no format, unknown extension": {dataset: `{"path": "data.txt"}`,
			wantParse: `dataset.format is missing and the extension of dataset.path "data.txt" names none`},
		"format without a path": {dataset: `{"name": "imdb", "format": "csv"}`,
			wantParse: "describe a file: give it as dataset.path"},
		"root with a path": {dataset: `{"path": "x.tsv", "root": "/data"}`,
			wantParse: "with dataset.path leave it out"},
		"synthetic shape with a path": {dataset: `{"path": "x.tsv", "samples": 10}`,
			wantParse: "shape the synthetic set"},
		"missing file": {dataset: `{"path": "../testdata/own-data/nonexistent.tsv"}`,
			wantLoad: "nonexistent.tsv", wantIs: dataset.ErrMissing},
		"csv header not declared": {dataset: `{"path": "../testdata/own-data/weather.csv"}`,
			wantLoad: "weather.csv:1:", wantIs: dataset.ErrFormat},
		"bad csv line": {dataset: `{"path": "../testdata/own-data/reviews.tsv", "format": "csv"}`,
			wantLoad: "reviews.tsv:1:", wantIs: dataset.ErrFormat},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg, err := ParseConfig([]byte(`{"dataset": ` + tt.dataset + `, "model": {"kind": "sparse-perceptron"},
				"mechanism": {"kind": "deposit-refund-take"}, "agents": [{"address": "A", "start_balance": 100, "mean_deposit": 10, "mean_update_wait_s": 60}]}`))
			if tt.wantParse != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantParse) {
					t.Fatalf("ParseConfig() error = %v, want one containing %q", err, tt.wantParse)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseConfig() error = %v", err)
			}
			_, err = LoadData(cfg.Dataset)
			if err == nil || !strings.Contains(err.Error(), tt.wantLoad) || !errors.Is(err, tt.wantIs) {
				t.Fatalf("LoadData() error = %v, want one containing %q and wrapping %q", err, tt.wantLoad, tt.wantIs)
			}
		})
	}
}
