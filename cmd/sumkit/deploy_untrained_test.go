package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/model"
)

// TestDeployUntrained deploys each kind that can start untrained from --model KIND, and checks on the chain
// that it answers and learns: it starts at class 0, and after samples labelled otherwise are added, predict
// gives their label.
func TestDeployUntrained(t *testing.T) {
	url := startDevnet(t)
	tests := map[string]struct {
		args    []string
		classes []string
		// teach holds samples and the label each is added with, in order; each must then predict its label.
		teach [][2]string
	}{
		"naive-bayes": {
			args:    []string{"--model", "naive-bayes", "--features", "1000", "--classes", "negative, positive", "--encoder", "hashing:1000"},
			classes: []string{"negative", "positive"},
			teach:   [][2]string{{"a wonderful moving film", "positive"}, {"dull boring mess", "negative"}},
		},
		"sparse-perceptron": {
			args:    []string{"--model", "sparse-perceptron", "--features", "64", "--classes", "no,yes", "--encoder", "hashing:64", "--learning-rate", "0.5", "--decay-updates", "10"},
			classes: []string{"no", "yes"},
			teach:   [][2]string{{"great acting", "yes"}},
		},
		"dense-perceptron": {
			args:    []string{"--model", "dense-perceptron", "--features", "4", "--classes", "down,up", "--encoder", "none"},
			classes: []string{"down", "up"},
			teach:   [][2]string{{"1000000000,0,500000000,0", "up"}},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			out := deploy(t, url, append(tt.args, "--mechanism", "points")...)
			man, err := deployment.Load(out)
			if err != nil {
				t.Fatal(err)
			}
			if string(man.Kind) != name || !slices.Equal(man.Classes, tt.classes) {
				t.Errorf("manifest kind %s, classes %q; want %s, %q", man.Kind, man.Classes, name, tt.classes)
			}
			predict := func(sample string) string {
				t.Helper()
				stdout, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", out, "--json", sample)
				if err != nil {
					t.Fatalf("predict %q error = %v\nstderr:\n%s", sample, err, stderr)
				}
				var got struct {
					Name string `json:"name"`
				}
				if err := json.Unmarshal([]byte(stdout), &got); err != nil {
					t.Fatalf("predict --json output %q: %v", stdout, err)
				}
				return got.Name
			}
			for _, s := range tt.teach {
				if got := predict(s[0]); got != tt.classes[0] {
					t.Errorf("untrained model predicts %q for %q, want class 0, %q", got, s[0], tt.classes[0])
				}
			}
			for i, s := range tt.teach {
				if _, stderr, err := runCLI(t, "add", "--rpc", url, "--deployment", out, "--dev-account", "1", "--label", s[1], s[0]); err != nil {
					t.Fatalf("add %q error = %v\nstderr:\n%s", s[0], err, stderr)
				}
				for _, done := range tt.teach[:i+1] {
					if got := predict(done[0]); got != done[1] {
						t.Errorf("after adding %d samples, predict %q = %q, want its label %q", i+1, done[0], got, done[1])
					}
				}
			}
		})
	}
}

// TestDeployUntrainedBadFlags checks that a bad --model KIND combination is refused with a line that names the
// fix, before anything is sent: the node's URL is unreachable, so reaching it would fail differently, and
// neither the manifest nor its .partial is written.
func TestDeployUntrainedBadFlags(t *testing.T) {
	dir := t.TempDir()
	named := filepath.Join(dir, "naive-bayes")
	if err := os.WriteFile(named, []byte(`{"type": "naive bayes"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	kinds := []string{"sparse-perceptron", "dense-perceptron", "naive-bayes", "dense-nearest-centroid", "sparse-nearest-centroid"}
	nb := []string{"--model", "naive-bayes", "--encoder", "hashing:10"}
	tests := map[string]struct {
		args []string
		want []string
	}{
		"no classes":              {append(nb, "--features", "10"), []string{"--model naive-bayes builds an untrained model", "--classes negative,positive"}},
		"no features":             {append(nb, "--classes", "a,b"), []string{"--features N"}},
		"zero features":           {append(nb, "--classes", "a,b", "--features", "0"), []string{"--features N, at least 1"}},
		"features above bound":    {append(nb, "--classes", "a,b", "--features", "16777216"), []string{"16777216 features for 2 classes is above 8388608", "use fewer features"}},
		"one class naive Bayes":   {append(nb, "--classes", "a", "--features", "10"), []string{"at least 2 classes"}},
		"one class perceptron":    {[]string{"--model", "sparse-perceptron", "--encoder", "hashing:10", "--classes", "yes", "--features", "10"}, []string{"exactly 2 classes, got 1"}},
		"three class perceptron":  {[]string{"--model", "dense-perceptron", "--encoder", "none", "--classes", "a,b,c", "--features", "3"}, []string{"exactly 2 classes, got 3", "naive-bayes for more"}},
		"repeated class":          {append(nb, "--classes", "a,a", "--features", "10"), []string{`both named "a"`}},
		"dense centroid":          {[]string{"--model", "dense-nearest-centroid", "--encoder", "none", "--classes", "a,b", "--features", "3"}, []string{"cannot start untrained", "EmptyClass", "dataCount 1"}},
		"sparse centroid":         {[]string{"--model", "sparse-nearest-centroid", "--encoder", "hashing:10", "--classes", "a,b", "--features", "10"}, []string{"cannot start untrained", "EmptyClass"}},
		"unknown kind":            {[]string{"--model", "bayes", "--encoder", "none"}, append([]string{`--model "bayes" is neither a model kind nor a file`}, kinds...)},
		"features with a file":    {[]string{"--model", "./testdata/x.json", "--encoder", "none", "--features", "3"}, []string{"--features is for an untrained model", "drop --features"}},
		"file named like a kind":  {[]string{"--model", "./naive-bayes", "--encoder", "none"}, []string{"missing \"classifications\""}},
		"learning rate for bayes": {append(nb, "--classes", "a,b", "--features", "10", "--learning-rate", "2"), []string{"--learning-rate is a perceptron's step", "drop it"}},
		"smoothing for perceptron": {[]string{"--model", "sparse-perceptron", "--encoder", "hashing:10", "--classes", "a,b", "--features", "10", "--smoothing", "2"},
			[]string{"--smoothing is naive Bayes's", "drop it"}},
		"learning rate 0":        {[]string{"--model", "sparse-perceptron", "--encoder", "hashing:10", "--classes", "a,b", "--features", "10", "--learning-rate", "0"}, []string{"--learning-rate 0 is outside", "1e-9 to 1000"}},
		"smoothing too large":    {append(nb, "--classes", "a,b", "--features", "10", "--smoothing", "5000"), []string{"--smoothing 5000 is outside", "1e-9 to 1099.5"}},
		"encoder does not match": {[]string{"--model", "naive-bayes", "--encoder", "hashing:2000", "--classes", "a,b", "--features", "1000"}, []string{"encoder does not fit the model"}},
		"decay for bayes":        {append(nb, "--classes", "a,b", "--features", "10", "--decay-updates", "5"), []string{"--decay-updates is a perceptron's step schedule"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "deployment.json")
			t.Chdir(dir)
			args := append([]string{"deploy", "--rpc", "http://127.0.0.1:1", "--dev-account", "0", "--mechanism", "points", "--out", out}, tt.args...)
			stdout, stderr, err := runCLI(t, args...)
			if err == nil {
				t.Fatalf("deploy %v succeeded; stdout:\n%s", tt.args, stdout)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "deploy: ") || strings.HasPrefix(msg, "deploy: deploy:") {
				t.Errorf("error %q is not one line with one deploy: prefix", msg)
			}
			for _, want := range tt.want {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q lacks %q", msg, want)
				}
			}
			if strings.Contains(msg, "127.0.0.1:1") || strings.Contains(msg, "connect") {
				t.Errorf("error %q comes from the node; the flags should be refused before dialling it", msg)
			}
			for _, p := range []string{out, out + ".partial"} {
				if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("%s exists after a refused deploy (stat error %v); stderr:\n%s", p, err, stderr)
				}
			}
		})
	}
	if got := model.KindNames(); got != strings.Join(kinds, ", ") {
		t.Errorf("model.KindNames() = %q, want the kinds this test lists: %q", got, strings.Join(kinds, ", "))
	}
}
