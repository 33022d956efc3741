package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/deployment"
)

func TestPredict(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	imdb := deploy(t, url, imdbArgs()...)

	t.Run("dense", func(t *testing.T) {
		stdout, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", dense, denseSample)
		if err != nil {
			t.Fatalf("predict error = %v\nstderr:\n%s", err, stderr)
		}
		if !strings.Contains(stdout, "BIKING (class 0)") && !strings.Contains(stdout, "RUNNING (class 1)") {
			t.Errorf("predict output = %q, want a class name and index", stdout)
		}
	})
	t.Run("json", func(t *testing.T) {
		stdout, _, err := runCLI(t, "predict", "--rpc", url, "--deployment", dense, "--json", denseSample)
		if err != nil {
			t.Fatalf("predict --json error = %v", err)
		}
		var got struct {
			Class uint64 `json:"class"`
			Name  string `json:"name"`
		}
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("predict --json output %q is not JSON: %v", stdout, err)
		}
		if want := []string{"BIKING", "RUNNING"}[got.Class]; got.Name != want {
			t.Errorf("predict --json = %+v, want name %s", got, want)
		}
	})
	// The "dropped" line is printed only for words a user would expect to count: not for punctuation, which
	// is not part of a word, nor for stop words, which the vocabulary lacks by design.
	dropped := map[string]struct {
		text string
		want string // "" for no line
	}{
		"readme example":       {text: "a wonderful, moving film", want: ""},
		"stop words":           {text: "The film was not wonderful.", want: ""},
		"apostrophe":           {text: "I don't like it", want: ""},
		"unknown word":         {text: "the film was zzqxv", want: `1 word not in the vocabulary was dropped: "zzqxv"`},
		"unknown after commas": {text: "wonderful, zzqxv, film", want: `"zzqxv"`},
	}
	for name, tt := range dropped {
		t.Run("dropped line/"+name, func(t *testing.T) {
			stdout, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", imdb, tt.text)
			if err != nil {
				t.Fatalf("predict %q error = %v\nstderr:\n%s", tt.text, err, stderr)
			}
			if !strings.Contains(stdout, "(class ") {
				t.Errorf("predict %q output = %q, want a class", tt.text, stdout)
			}
			switch {
			case tt.want == "" && strings.Contains(stderr, "dropped"):
				t.Errorf("predict %q stderr = %q, want no dropped line", tt.text, stderr)
			case tt.want != "" && !strings.Contains(stderr, tt.want):
				t.Errorf("predict %q stderr = %q, want it to contain %q", tt.text, stderr, tt.want)
			}
		})
	}
	t.Run("imdb with unknown words", func(t *testing.T) {
		stdout, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", imdb, "a wonderful film zzqxv")
		if err != nil {
			t.Fatalf("predict error = %v\nstderr:\n%s", err, stderr)
		}
		if !strings.Contains(stdout, "(class ") {
			t.Errorf("predict output = %q, want a class", stdout)
		}
		if !strings.Contains(stderr, `"zzqxv"`) || !strings.Contains(stderr, "not in the vocabulary") {
			t.Errorf("predict stderr = %q, want the unknown word named", stderr)
		}
	})
}

func TestPredictBadInput(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	small := deploy(t, url, append(imdbArgs(), "--max-features", "3")...)

	// The same deployment, claimed for another chain.
	m, err := deployment.Load(dense)
	if err != nil {
		t.Fatal(err)
	}
	m.ChainID = 5
	otherChain := t.TempDir() + "/other.json"
	if err := m.Save(otherChain); err != nil {
		t.Fatal(err)
	}

	tests := map[string]struct {
		args []string
		want []string
	}{
		"unreachable rpc":   {[]string{"--rpc", "http://127.0.0.1:1", "--deployment", dense, denseSample}, []string{"cannot reach node at http://127.0.0.1:1", "sumkit devnet"}},
		"chain id mismatch": {[]string{"--rpc", url, "--deployment", otherChain, denseSample}, []string{"node is on chain 1337", "deployment is on chain 5", "--rpc", "redeploy"}},
		"too many features": {[]string{"--rpc", url, "--deployment", small, "good bad great awful film movie plot"}, []string{"too many features"}},
		"wrong dimension":   {[]string{"--rpc", url, "--deployment", dense, "1,2,3"}, []string{"dimension"}},
		"no text":           {[]string{"--rpc", url, "--deployment", dense}, []string{"no text given"}},
		"only stop words":   {[]string{"--rpc", url, "--deployment", small, "the, and of it"}, []string{"none of its words is in the vocabulary", "the, and, of, it", "use words the model knows"}},
		"missing manifest":  {[]string{"--rpc", url, "--deployment", "absent.json", denseSample}, []string{"absent.json"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCLI(t, append([]string{"predict"}, tc.args...)...)
			if err == nil {
				t.Fatalf("predict %v error = nil, want one naming the problem", tc.args)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("predict %v error = %v, want it to contain %q", tc.args, err, want)
				}
			}
		})
	}
}
