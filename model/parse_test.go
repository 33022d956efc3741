// SPDX-License-Identifier: MIT

package model

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fixed is ToFixed for test literals known to convert.
func fixed(t testing.TB, x float64) int64 {
	t.Helper()
	v, err := ToFixed(x)
	if err != nil {
		t.Fatalf("ToFixed(%v) error = %v", x, err)
	}
	return v
}

func TestLoadTestdata(t *testing.T) {
	tests := map[string]struct {
		kind        Kind
		classes     []string // a prefix of the class names
		numClasses  int
		numFeatures uint64
		check       func(t *testing.T, m *Model)
	}{
		"imdb-sentiment-model.json": {SparsePerceptron, []string{"Negative", "Positive"}, 2, 1000, func(t *testing.T, m *Model) {
			if m.Intercept != 5*One || m.LearningRate != One/2 {
				t.Errorf("intercept %d, learning rate %d; want 5e9, 5e8", m.Intercept, m.LearningRate)
			}
			if w := fixed(t, 0.5370804116506004); m.Weights[0] != w || m.Weights[0] != 537_080_412 {
				t.Errorf("weight 0 = %d, want %d", m.Weights[0], w)
			}
			if w := fixed(t, 2.4743565289434786); m.Weights[999] != w {
				t.Errorf("weight 999 = %d, want %d", m.Weights[999], w)
			}
		}},
		"imdb-sparse-perceptron.json": {SparsePerceptron, []string{"Negative", "Positive"}, 2, 1000, nil},
		"classifier-perceptron-400.json": {DensePerceptron, []string{"NOT HOT DOG", "HOT DOG"}, 2, 400, func(t *testing.T, m *Model) {
			if m.Intercept != 0 || m.LearningRate != One {
				t.Errorf("intercept (from bias) %d, learning rate %d; want 0 and the default 1e9", m.Intercept, m.LearningRate)
			}
			if len(m.FeatureIndices) != 400 || m.FeatureIndices[0] != 642 || m.FeatureIndices[1] != 813 {
				t.Errorf("featureIndices = %v..., want 400 starting 642, 813", m.FeatureIndices[:2])
			}
			if w := fixed(t, -0.46434444189071655); m.DenseWeights[399] != w {
				t.Errorf("weight 399 = %d, want %d", m.DenseWeights[399], w)
			}
		}},
		"fitness-like-dense-perceptron.json": {DensePerceptron, []string{"BIKING", "RUNNING"}, 2, 9, func(t *testing.T, m *Model) {
			if m.Intercept != 158_686_958 || m.DenseWeights[0] != fixed(t, 2.885797318071127) {
				t.Errorf("intercept %d, weight 0 %d", m.Intercept, m.DenseWeights[0])
			}
		}},
		"imdb-like-naive-bayes.json": {NaiveBayes, []string{"Negative", "Positive"}, 2, 1000, func(t *testing.T, m *Model) {
			if !slices.Equal(m.ClassCounts, []uint64{12500, 12500}) || m.Smoothing != One {
				t.Errorf("class counts %v, smoothing %d", m.ClassCounts, m.Smoothing)
			}
			if m.Counts[0][0] != 19072 || m.Counts[0][1] != 23975 || m.Counts[1][999] != 128 {
				t.Errorf("counts [0][0]=%d [0][1]=%d [1][999]=%d; want 19072, 23975, 128", m.Counts[0][0], m.Counts[0][1], m.Counts[1][999])
			}
		}},
		"imdb-like-sparse-ncc.json": {SparseNearestCentroid, []string{"Negative", "Positive"}, 2, 1000, func(t *testing.T, m *Model) {
			if m.DataCounts[0] != 12500 {
				t.Errorf("data count %d, want 12500", m.DataCounts[0])
			}
			if want := fixed(t, 0.95) * 12500; m.Sums[0][1] != want {
				t.Errorf("sum [0][1] = %d, want round(0.95e9)*12500 = %d", m.Sums[0][1], want)
			}
		}},
		"fitness-like-dense-ncc.json": {DenseNearestCentroid, []string{"BIKING", "RUNNING"}, 2, 9, func(t *testing.T, m *Model) {
			if !slices.Equal(m.DataCounts, []uint64{1989, 1511}) {
				t.Errorf("data counts %v, want [1989 1511]", m.DataCounts)
			}
			if want := fixed(t, 0.09763881010003388) * 1989; m.Sums[0][0] != want {
				t.Errorf("sum [0][0] = %d, want %d", m.Sums[0][0], want)
			}
		}},
		"vpa-classifier-centroids.json": {DenseNearestCentroid, []string{"WEATHER_GET", "MUSIC_PLAY"}, 2, 512, func(t *testing.T, m *Model) {
			if m.DataCounts[len(m.DataCounts)-1] != 2000 {
				t.Errorf("last data count %d, want 2000", m.DataCounts[len(m.DataCounts)-1])
			}
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := mustLoad(t, name)
			if m.Kind != tt.kind || len(m.Classes) != tt.numClasses || m.NumFeatures != tt.numFeatures {
				t.Fatalf("got %s with %d classes and %d features, want %s, %d, %d", m.Kind, len(m.Classes), m.NumFeatures, tt.kind, tt.numClasses, tt.numFeatures)
			}
			if !slices.Equal(m.Classes[:len(tt.classes)], tt.classes) {
				t.Errorf("classes = %q, want them to start %q", m.Classes, tt.classes)
			}
			if m.MaxFeatures != 0 {
				t.Errorf("MaxFeatures = %d, want 0 (files do not set it)", m.MaxFeatures)
			}
			if err := m.Validate(); err != nil {
				t.Errorf("Validate() error = %v", err)
			}
			if tt.check != nil {
				tt.check(t, m)
			}
		})
	}
}

// TestLoadShared loads every model file in ../shared, so a file added there is checked too.
func TestLoadShared(t *testing.T) {
	var files []string
	for _, dir := range []string{sharedDir(t, "upstream"), sharedDir(t, "anchors", "gas-models")} {
		matches, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, matches...)
	}
	var loaded int
	for _, path := range files {
		if filepath.Base(path) == "imdb.json" {
			continue // the vocabulary, not a model
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			m, err := Load(path)
			if err != nil {
				t.Fatalf("Load(%s) error = %v", path, err)
			}
			if _, err := m.Words(); err != nil {
				t.Errorf("Words() error = %v", err)
			}
			loaded++
		})
	}
	if loaded < 8 {
		t.Errorf("loaded %d shared model files, want the 8 known (3 upstream + 5 gas anchors)", loaded)
	}
	vocab, err := LoadVocabulary(filepath.Join(sharedDir(t, "upstream"), "imdb.json"))
	if err != nil || vocab.Len() != 1000 {
		t.Errorf("LoadVocabulary(shared imdb.json) = %d words, %v; want 1000", vocab.Len(), err)
	}
}

func TestLoadErrors(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "missing.json"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) error = %v, want os.ErrNotExist", err)
	}
	wantErr(t, err, "load model", "missing.json")
	path := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(path, []byte(`{"type": "svm"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path)
	wantErr(t, err, "bad.json", `unknown model type "svm"`)
}

func TestParseErrors(t *testing.T) {
	const (
		sp  = `"type": "sparse perceptron", "classifications": ["n", "p"], `
		dp  = `"type": "dense perceptron", "classifications": ["n", "p"], `
		nb  = `"type": "naive bayes", "classifications": ["a", "b"], `
		ncc = `"type": "nearest centroid classifier", `
		snc = `"type": "sparse nearest centroid classifier", `
	)
	tests := map[string]struct {
		json string
		want []string
	}{
		"not JSON":           {`{"type": `, []string{"not valid JSON"}},
		"array":              {`[1, 2]`, []string{"JSON array", `"type"`}},
		"NaN literal":        {`{` + dp + `"weights": [0.5, NaN], "intercept": 0}`, []string{"NaN or Infinity", "json.dump"}},
		"Infinity literal":   {`{` + dp + `"weights": [-Infinity], "intercept": 0}`, []string{"NaN or Infinity"}},
		"missing type":       {`{"weights": [1]}`, []string{`missing "type"`, "sparse perceptron"}},
		"type not string":    {`{"type": 3}`, []string{`"type" must be a string`}},
		"unknown type":       {`{"type": "svm"}`, []string{`unknown model type "svm"`, "naive bayes"}},
		"missing classes":    {`{"type": "dense perceptron", "weights": [1], "intercept": 0}`, []string{`missing "classifications"`}},
		"empty classes":      {`{"type": "naive bayes", "classifications": []}`, []string{"empty"}},
		"three classes":      {`{"type": "sparse perceptron", "classifications": ["a", "b", "c"], "weights": [1], "intercept": 0}`, []string{"exactly 2", "got 3"}},
		"missing weights":    {`{` + sp + `"intercept": 0}`, []string{`missing "weights"`}},
		"empty weights":      {`{` + sp + `"weights": [], "intercept": 0}`, []string{"no weights"}},
		"string weight":      {`{` + sp + `"weights": [1, "2"], "intercept": 0}`, []string{`"weights"[1]`, "bare JSON number"}},
		"null weight":        {`{` + sp + `"weights": [1, null], "intercept": 0}`, []string{`"weights"[1]`, "null"}},
		"weight too large":   {`{` + sp + `"weights": [1e10], "intercept": 0}`, []string{`"weights"[0]`, "outside int64"}},
		"weight beyond f64":  {`{` + sp + `"weights": [1e400], "intercept": 0}`, []string{`"weights"[0]`, "outside float64"}},
		"missing intercept":  {`{` + sp + `"weights": [1]}`, []string{`missing "intercept" (or "bias")`}},
		"bad bias":           {`{` + sp + `"weights": [1], "bias": "x"}`, []string{`"bias"`, "bare JSON number"}},
		"zero rate":          {`{` + sp + `"weights": [1], "intercept": 0, "learningRate": 0}`, []string{`"learningRate" must be positive`}},
		"negative rate":      {`{` + sp + `"weights": [1], "intercept": 0, "learningRate": -0.5}`, []string{`"learningRate" must be positive`}},
		"rate rounds to 0":   {`{` + sp + `"weights": [1], "intercept": 0, "learningRate": 1e-12}`, []string{`"learningRate" must be positive`}},
		"decay negative":     {`{` + sp + `"weights": [1], "intercept": 0, "decayUpdates": -1}`, []string{`"decayUpdates"`, "negative"}},
		"decay past max":     {`{` + dp + `"weights": [1], "intercept": 0, "decayUpdates": 4294967297}`, []string{`"decayUpdates"`}},
		"updates sans decay": {`{` + sp + `"weights": [1], "intercept": 0, "updates": 3}`, []string{`"updates"`, `"decayUpdates"`}},
		"sparse key":         {`{` + sp + `"sparseWeights": {"x": 1}, "intercept": 0}`, []string{`"sparseWeights"`, `"x"`, "not a feature index"}},
		"sparse key huge":    {`{` + sp + `"sparseWeights": {"999999999999": 1}, "intercept": 0}`, []string{"999999999999", "2^24"}},
		"sparse dup key":     {`{` + sp + `"sparseWeights": {"1": 1, "01": 2}, "intercept": 0}`, []string{"feature 1 twice"}},
		"sparse same key":    {`{` + sp + `"sparseWeights": {"1": 1, "1": 2}, "intercept": 0}`, []string{`"1" twice`}},
		"sparse not object":  {`{` + sp + `"sparseWeights": [1], "intercept": 0}`, []string{`"sparseWeights" must be a JSON object`}},
		"sparse indices":     {`{` + sp + `"weights": [1], "intercept": 0, "featureIndices": [0]}`, []string{"only for dense perceptrons"}},
		"dense sparse w":     {`{` + dp + `"weights": [1], "sparseWeights": {"0": 1}, "intercept": 0}`, []string{"only for sparse perceptrons"}},
		"dense object w":     {`{` + dp + `"weights": {"0": 1}, "intercept": 0}`, []string{"must be an array"}},
		"indices count":      {`{` + dp + `"weights": [1, 2], "intercept": 0, "featureIndices": [5]}`, []string{`"featureIndices" has 1 entries for 2 weights`}},
		"negative index":     {`{` + dp + `"weights": [1], "intercept": 0, "featureIndices": [-5]}`, []string{`"featureIndices"[0]`, "negative"}},
		"fractional index":   {`{` + dp + `"weights": [1], "intercept": 0, "featureIndices": [1.5]}`, []string{"not a whole number"}},
		"nb missing V":       {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], []]}`, []string{`missing "totalNumFeatures"`}},
		"nb zero V":          {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], []], "totalNumFeatures": 0}`, []string{`"totalNumFeatures" is 0`}},
		"nb V over 2^40":     {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], []], "totalNumFeatures": 2e12}`, []string{"above the limit"}},
		"nb V too big":       {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], []], "totalNumFeatures": 1e9}`, []string{"2^24"}},
		"nb class counts":    {`{` + nb + `"classCounts": [1], "featureCounts": [[], []], "totalNumFeatures": 3}`, []string{`"classCounts" has 1 entries for 2 classifications`}},
		"nb feature counts":  {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[]], "totalNumFeatures": 3}`, []string{`"featureCounts" has 1 entries for 2`}},
		"nb negative count":  {`{` + nb + `"classCounts": [1, -1], "featureCounts": [[], []], "totalNumFeatures": 3}`, []string{`"classCounts"[1]`, "negative"}},
		"nb index range":     {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[[3, 1]], []], "totalNumFeatures": 3}`, []string{`"featureCounts"[0][0]`, "feature 3", "raise totalNumFeatures"}},
		"nb repeat index":    {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], [[1, 1], [1, 2]]], "totalNumFeatures": 3}`, []string{"repeats feature 1"}},
		"nb count > uint32":  {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[[0, 4294967296]], []], "totalNumFeatures": 3}`, []string{`"featureCounts"[0][0][1]`, "above the limit 4294967295"}},
		"nb count fraction":  {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[[0, 2.5]], []], "totalNumFeatures": 3}`, []string{"not a whole number"}},
		"nb bad pair":        {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[[0, 1, 2]], []], "totalNumFeatures": 3}`, []string{"pair [feature index, count]"}},
		"nb zero smoothing":  {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], []], "totalNumFeatures": 3, "smoothingFactor": 0}`, []string{`"smoothingFactor" must be above 0`}},
		"nb huge smoothing":  {`{` + nb + `"classCounts": [1, 1], "featureCounts": [[], []], "totalNumFeatures": 3, "smoothingFactor": 2000}`, []string{`"smoothingFactor"`}},
		"ncc missing":        {`{` + ncc + `"classes": {}}`, []string{`missing "centroids" (or "intents")`}},
		"ncc both":           {`{` + ncc + `"centroids": {}, "intents": {}}`, []string{`both "centroids" and "intents"`}},
		"ncc empty":          {`{` + ncc + `"centroids": {}}`, []string{"is empty"}},
		"ncc not object":     {`{` + ncc + `"centroids": [1]}`, []string{`"centroids" must be a JSON object`}},
		"ncc dup class":      {`{` + ncc + `"centroids": {"a": {"centroid": [1], "dataCount": 1}, "a": {"centroid": [1], "dataCount": 1}}}`, []string{`"a" twice`}},
		"ncc zero count":     {`{` + ncc + `"intents": {"a": {"centroid": [1], "dataCount": 0}}}`, []string{`"intents"["a"].dataCount is 0`}},
		"ncc no count":       {`{` + ncc + `"centroids": {"a": {"centroid": [1]}}}`, []string{`missing "centroids"["a"]."dataCount"`}},
		"ncc no centroid":    {`{` + ncc + `"centroids": {"a": {"dataCount": 1}}}`, []string{`missing "centroids"["a"]."centroid"`}},
		"ncc count too big":  {`{` + ncc + `"centroids": {"a": {"centroid": [1], "dataCount": 1099511627776}}}`, []string{"dataCount", "above the limit"}},
		"ncc dimensions":     {`{` + ncc + `"centroids": {"a": {"centroid": [1, 2], "dataCount": 1}, "b": {"centroid": [1], "dataCount": 1}}}`, []string{`"centroids"["b"].centroid has 1 values`, "same dimension"}},
		"ncc empty centroid": {`{` + ncc + `"centroids": {"a": {"centroid": [], "dataCount": 1}}}`, []string{"centroid is empty"}},
		"ncc NaN string":     {`{` + ncc + `"centroids": {"a": {"centroid": ["NaN"], "dataCount": 1}}}`, []string{`centroid[0]`, "bare JSON number"}},
		"ncc sparse in dense": {`{` + ncc + `"centroids": {"a": {"centroid": {"0": 1}, "dataCount": 1}}}`,
			[]string{"is an object (sparse)", "sparse nearest centroid classifier"}},
		"sparse ncc dense": {`{` + snc + `"centroids": {"a": {"centroid": [1], "dataCount": 1}}}`,
			[]string{"is an array (dense)", `"nearest centroid classifier"`}},
		"sparse ncc no features": {`{` + snc + `"centroids": {"a": {"centroid": {}, "dataCount": 1}}}`, []string{"no centroid lists a feature"}},
		"sum overflow": {`{` + ncc + `"centroids": {"a": {"centroid": [9], "dataCount": 1073741823}}}`,
			[]string{`"centroids"["a"]`, "outside int64"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tt.json))
			if err == nil {
				t.Fatalf("Parse(%s) = %+v, want an error", tt.json, m)
			}
			if !errors.Is(err, ErrInvalidModel) {
				t.Errorf("Parse() error = %v, want it to wrap ErrInvalidModel", err)
			}
			wantErr(t, err, tt.want...)
		})
	}
}

func TestParseVariants(t *testing.T) {
	tests := map[string]struct {
		json  string
		check func(t *testing.T, m *Model)
	}{
		"bias and default rate": {`{"type": "Sparse Perceptron", "classifications": ["n", "p"], "weights": [1, -1], "bias": 0.25}`, func(t *testing.T, m *Model) {
			if m.Kind != SparsePerceptron || m.Intercept != One/4 || m.LearningRate != One {
				t.Errorf("kind %s, intercept %d, rate %d", m.Kind, m.Intercept, m.LearningRate)
			}
		}},
		"intercept wins over bias": {`{"type": "perceptron", "classifications": ["n", "p"], "weights": [1], "intercept": 2, "bias": 3}`, func(t *testing.T, m *Model) {
			if m.Kind != DensePerceptron || m.Intercept != 2*One {
				t.Errorf("kind %s, intercept %d", m.Kind, m.Intercept)
			}
		}},
		"sparse weights extend and override": {`{"type": "sparse perceptron", "classifications": ["n", "p"], "weights": [1, 2], "sparseWeights": {"1": -2, "4": 0.5}, "intercept": 0}`, func(t *testing.T, m *Model) {
			if !slices.Equal(m.Weights, []int64{One, -2 * One, 0, 0, One / 2}) || m.NumFeatures != 5 {
				t.Errorf("weights %v, features %d", m.Weights, m.NumFeatures)
			}
		}},
		"weights object": {`{"type": "sparse perceptron", "classifications": ["n", "p"], "weights": {"2": 1}, "intercept": 0}`, func(t *testing.T, m *Model) {
			if !slices.Equal(m.Weights, []int64{0, 0, One}) {
				t.Errorf("weights %v", m.Weights)
			}
		}},
		"integral float counts and default smoothing": {`{"type": "naive bayes", "classifications": ["a", "b"], "classCounts": [12500.0, 1.25e4], "featureCounts": [[[0, 3.0]], [[2, 1]]], "totalNumFeatures": 3}`, func(t *testing.T, m *Model) {
			if !slices.Equal(m.ClassCounts, []uint64{12500, 12500}) || m.Counts[0][0] != 3 || m.Counts[1][2] != 1 || m.Smoothing != One {
				t.Errorf("class counts %v, counts %v, smoothing %d", m.ClassCounts, m.Counts, m.Smoothing)
			}
		}},
		"naive bayes smoothing": {`{"type": "naive bayes", "classifications": ["a"], "classCounts": [1], "featureCounts": [[]], "totalNumFeatures": 1, "smoothingFactor": 0.5}`, func(t *testing.T, m *Model) {
			if m.Smoothing != One/2 {
				t.Errorf("smoothing %d", m.Smoothing)
			}
		}},
		"centroid key order kept": {`{"type": "dense nearest centroid classifier", "centroids": {"z": {"centroid": [1, 0], "dataCount": 3}, "a": {"centroid": [-0.5, 2], "dataCount": 2}, "m": {"centroid": [0, 0], "dataCount": 1}}}`, func(t *testing.T, m *Model) {
			if !slices.Equal(m.Classes, []string{"z", "a", "m"}) {
				t.Errorf("classes %q, want file order [z a m]", m.Classes)
			}
			if !slices.Equal(m.Sums[0], []int64{3 * One, 0}) || !slices.Equal(m.Sums[1], []int64{-One, 4 * One}) || !slices.Equal(m.DataCounts, []uint64{3, 2, 1}) {
				t.Errorf("sums %v, counts %v", m.Sums, m.DataCounts)
			}
		}},
		"sparse centroids": {`{"type": "sparse nearest centroid classifier", "centroids": {"b": {"centroid": {"3": 0.5}, "dataCount": 4}, "a": {"centroid": {"0": 0.25, "1": 1}, "dataCount": 2}}}`, func(t *testing.T, m *Model) {
			if !slices.Equal(m.Classes, []string{"b", "a"}) || m.NumFeatures != 4 {
				t.Errorf("classes %q, features %d", m.Classes, m.NumFeatures)
			}
			if !slices.Equal(m.Sums[0], []int64{0, 0, 0, 2 * One}) || !slices.Equal(m.Sums[1], []int64{One / 2, 2 * One, 0, 0}) {
				t.Errorf("sums %v", m.Sums)
			}
		}},
		"extra fields ignored": {`{"type": "dense perceptron", "classifications": ["n", "p"], "weights": [1], "intercept": 0, "encoder": "none", "name": "x"}`, nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tt.json))
			if err != nil {
				t.Fatalf("Parse() error = %v", err)
			}
			if tt.check != nil {
				tt.check(t, m)
			}
		})
	}
}

// TestParseDeterministic parses the multi-class centroid file repeatedly: class order must never change.
func TestParseDeterministic(t *testing.T) {
	data, err := os.ReadFile(testdataDir("models", "vpa-classifier-centroids.json"))
	if err != nil {
		t.Fatal(err)
	}
	first, err := Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		m, err := Parse(strings.NewReader(string(data)))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(m.Classes, first.Classes) || !slices.Equal(m.DataCounts, first.DataCounts) {
			t.Fatalf("classes %q then %q", first.Classes, m.Classes)
		}
	}
	// The file lists WEATHER_GET first.
	if idx := strings.Index(string(data), first.Classes[0]); idx < 0 || idx > strings.Index(string(data), first.Classes[1]) {
		t.Errorf("class 0 %q is not the first key in the file", first.Classes[0])
	}
}
