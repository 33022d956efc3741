package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// imdbLines returns the first n lines of the UCI IMDB sentences whose text the IMDB vocabulary encodes to a
// sample, as they are in the file (text, tab, 0 or 1).
func imdbLines(t testing.TB, n int) []string {
	t.Helper()
	v, err := model.LoadVocabulary(imdbVocab)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := encoder.New(encoder.NameVocabulary, encoder.WithVocabulary(v))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() && len(out) < n {
		text, _, _ := strings.Cut(sc.Text(), "\t")
		if s, err := enc.Encode(text); err == nil && len(s) > 0 {
			out = append(out, sc.Text())
		}
	}
	if len(out) < n {
		t.Fatalf("only %d usable IMDB lines, want %d", len(out), n)
	}
	return out
}

// writeLines writes lines to a file called name in a temporary folder and returns its path.
func writeLines(t testing.TB, name string, lines []string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// onChainBySample counts the manifest's contributions from author, by sample and label.
func onChainBySample(t *testing.T, url, manifest string, author common.Address) (map[string]int, int) {
	t.Helper()
	man, err := deployment.Load(manifest)
	if err != nil {
		t.Fatal(err)
	}
	client := dialNode(t, url)
	s := trainer.Open(man.Trainer, man.Model, man.Kind, man.Mechanism)
	counts := map[string]int{}
	total := 0
	for c, err := range s.Contributions(t.Context(), client, trainer.HistoryOptions{Authors: []common.Address{author}}) {
		if err != nil {
			t.Fatal(err)
		}
		counts[fmt.Sprintf("%v/%d", c.Data, c.Label)]++
		total++
	}
	return counts, total
}

// wantBySample is what onChainBySample should find after lines were added with the IMDB vocabulary.
func wantBySample(t *testing.T, lines []string) map[string]int {
	t.Helper()
	v, err := model.LoadVocabulary(imdbVocab)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := encoder.New(encoder.NameVocabulary, encoder.WithVocabulary(v), encoder.WithSortedUnique())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, l := range lines {
		text, label, _ := strings.Cut(l, "\t")
		s, err := enc.Encode(text)
		if err != nil {
			t.Fatal(err)
		}
		want[fmt.Sprintf("%v/%s", s, strings.TrimSpace(label))]++
	}
	return want
}

// TestAddFileKilled adds a file of IMDB sentences, one of them twice, two a transaction, with a real sumkit
// process killed by SIGKILL once some of its transactions are mined (others are in flight by then), and runs the same command
// again: in the end each line is on chain exactly once (the repeated one twice), and a third run adds nothing.
func TestAddFileKilled(t *testing.T) {
	lines := imdbLines(t, 50)
	lines = append(lines, lines[7]) // a line twice in the file is added twice
	file := writeLines(t, "imdb.tsv", lines)
	author := testAccount(t, 1).Address
	want := wantBySample(t, lines)

	tests := []struct {
		k, inFlight uint64
		instant     bool
	}{
		// Instant blocks mine each transaction as it comes: the kill finds one being sent.
		{1, 0, true},
		{20, 0, true},
		// Blocks of the wall clock, a second apart, hold the window of transactions in flight: the kill, after
		// the first block, leaves several in the pool.
		{16, 6, false},
	}
	for _, tc := range tests {
		k := tc.k
		t.Run(fmt.Sprintf("killed after %d mined, instant blocks %v", k, tc.instant), func(t *testing.T) {
			var url, imdb string
			var args []string
			for attempt := 1; ; attempt++ {
				url = startDevnet(t)
				if !tc.instant {
					url = startNode(t, wallClock).URL()
				}
				imdb = deploy(t, url, imdbArgs()...)
				// Two lines a transaction: enough transactions to kill the run between them, and every one an
				// addDataBatch, whose calldata the re-run must cut the same to find it in the journal.
				args = []string{"add", "--rpc", url, "--deployment", imdb, "--dev-account", "1", "--file", file, "--batch", "2"}
				if killWhenMined(t, url, author, args, k, tc.inFlight) {
					break
				}
				if attempt == 3 {
					t.Fatalf("sumkit finished before it could be killed after %d transactions, %d times", k, attempt)
				}
			}
			left, n := onChainBySample(t, url, imdb, author)
			if n < int(k) || n >= len(lines) {
				t.Fatalf("the killed run left %d contributions, want %d to %d", n, k, len(lines)-1)
			}
			stdout, stderr, err := runCLI(t, args...)
			if err != nil {
				t.Fatalf("re-run error = %v\nstderr:\n%s", err, stderr)
			}
			if !tc.instant && (!strings.Contains(stderr, "adding [") || !strings.Contains(stderr, fmt.Sprintf("100%% %d/%d lines", len(lines), len(lines)))) {
				t.Errorf("the re-run, a few seconds long, shows no progress bar reaching %d lines; stderr:\n%s", len(lines), stderr)
			}
			t.Logf("the killed run left %d contributions mined (%d distinct); the re-run waited for %d transactions it had left in flight; re-run said:\n%s",
				n, len(left), strings.Count(stderr, "may still land"), stdout)
			if !strings.Contains(stdout, fmt.Sprintf("of %d lines", len(lines))) || !strings.Contains(stdout, "on chain already") {
				t.Errorf("re-run output does not say what it skipped:\n%s", stdout)
			}
			got, n := onChainBySample(t, url, imdb, author)
			if n != len(lines) {
				t.Errorf("after the re-run %d contributions are on chain, want %d", n, len(lines))
			}
			for k, w := range want {
				if got[k] != w {
					t.Errorf("sample %s is on chain %d times, want %d", k, got[k], w)
				}
			}
			stdout, stderr, err = runCLI(t, args...)
			if err != nil {
				t.Fatalf("third run error = %v\nstderr:\n%s", err, stderr)
			}
			if want := fmt.Sprintf("added 0 of %d lines", len(lines)); !strings.Contains(stdout, want) {
				t.Errorf("third run output lacks %q:\n%s", want, stdout)
			}
			if _, n := onChainBySample(t, url, imdb, author); n != len(lines) {
				t.Errorf("after the third run %d contributions are on chain, want %d", n, len(lines))
			}
		})
	}
}

// killWhenMined runs sumkit with args as a process of its own and kills it with SIGKILL as soon as author has
// k transactions mined on the chain at url and inFlight more in the node's pool. It reports false when sumkit
// finished first.
func killWhenMined(t *testing.T, url string, author common.Address, args []string, k, inFlight uint64) bool {
	t.Helper()
	client := dialNode(t, url)
	cmd, out, exited := startCLI(t, args)
	return killWhen(t, cmd, out, exited, fmt.Sprintf("its transaction %d was mined", k), func() bool {
		mined, err := client.NonceAt(t.Context(), author, nil)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := client.PendingNonceAt(t.Context(), author)
		if err != nil {
			t.Fatal(err)
		}
		return mined >= k && pending >= mined+inFlight
	})
}

// TestAddFileDeposit adds dense samples to a Deposit-Refund-Take trainer, whose deposit depends on the time
// since the last addition: every line lands, and the excess of the largest deposit comes back.
func TestAddFileDeposit(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	var lines []string
	for i := range 12 {
		lines = append(lines, fmt.Sprintf(`"%d,0,0,0,0,0,0,0,%d",%s`, i*100000000, i, []string{"BIKING", "RUNNING"}[i%2]))
	}
	file := writeLines(t, "fitness.csv", append([]string{"text,label"}, lines...))
	stdout, stderr, err := runCLI(t, "add", "--rpc", url, "--deployment", dense, "--dev-account", "1", "--file", file)
	if err != nil {
		t.Fatalf("add --file error = %v\nstderr:\n%s", err, stderr)
	}
	for _, want := range []string{"added 12 of 12 lines", "in 1 transaction (0 on chain already)", "wei held (", "returned)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if n := contributionsOf(t, url, dense); n != 12 {
		t.Errorf("%d contributions on chain, want 12", n)
	}
}

// TestPredictFile checks predict --file against one predict per line: the same classes, and an accuracy that
// counts them.
func TestPredictFile(t *testing.T) {
	url := startDevnet(t)
	imdb := deploy(t, url, imdbArgs()...)
	lines := imdbLines(t, 30)
	file := writeLines(t, "test.tsv", lines)

	stdout, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", imdb, "--file", file)
	if err != nil {
		t.Fatalf("predict --file error = %v\nstderr:\n%s", err, stderr)
	}
	out := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(out) < len(lines)+1 {
		t.Fatalf("predict --file printed %d lines, want at least %d:\n%s", len(out), len(lines)+1, stdout)
	}
	man, err := deployment.Load(imdb)
	if err != nil {
		t.Fatal(err)
	}
	correct := 0
	for i, l := range lines {
		text, label, _ := strings.Cut(l, "\t")
		one, stderr, err := runCLI(t, "predict", "--rpc", url, "--deployment", imdb, "--json", "--", text)
		if err != nil {
			t.Fatalf("predict %q error = %v\nstderr:\n%s", text, err, stderr)
		}
		var p struct {
			Class uint64 `json:"class"`
			Name  string `json:"name"`
		}
		if err := json.Unmarshal([]byte(one), &p); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%d\t%s (class %d)", i+1, p.Name, p.Class); out[i] != want {
			t.Errorf("predict --file line %d = %q, predict alone says %q", i+1, out[i], want)
		}
		if fmt.Sprint(p.Class) == strings.TrimSpace(label) {
			correct++
		}
	}
	want := fmt.Sprintf("accuracy:  %.1f%% (%d of %d lines predicted as labelled)", 100*float64(correct)/float64(len(lines)), correct, len(lines))
	if out[len(lines)] != want {
		t.Errorf("accuracy line = %q, want %q", out[len(lines)], want)
	}
	if !strings.Contains(stdout, man.Classes[0]+":") || !strings.Contains(stdout, man.Classes[1]+":") {
		t.Errorf("predict --file shows no per-class counts:\n%s", stdout)
	}

	// Without labels: one prediction a line and no accuracy; with --json, an object a line.
	var texts []string
	for _, l := range lines[:5] {
		text, _, _ := strings.Cut(l, "\t")
		texts = append(texts, fmt.Sprintf(`{"text": %q}`, text))
	}
	unlabelled := writeLines(t, "test.jsonl", texts)
	stdout, stderr, err = runCLI(t, "predict", "--rpc", url, "--deployment", imdb, "--file", unlabelled, "--json")
	if err != nil {
		t.Fatalf("predict --file --json error = %v\nstderr:\n%s", err, stderr)
	}
	js := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(js) != 5 || strings.Contains(stdout, "accuracy") {
		t.Fatalf("predict --file --json of 5 unlabelled lines printed:\n%s", stdout)
	}
	for i, l := range js {
		var p struct {
			Line  int     `json:"line"`
			Name  string  `json:"name"`
			Label *uint64 `json:"label"`
		}
		if err := json.Unmarshal([]byte(l), &p); err != nil || p.Line != i+1 || !strings.HasPrefix(out[i], fmt.Sprintf("%d\t%s ", i+1, p.Name)) || p.Label != nil {
			t.Errorf("--json line %d = %s (%v), want line %d as %q", i+1, l, err, i+1, out[i])
		}
	}
}

// TestAddFileBadLines checks that a file with bad lines is refused whole, each bad line named with its number,
// before anything is sent.
func TestAddFileBadLines(t *testing.T) {
	url := startDevnet(t)
	imdb := deploy(t, url, imdbArgs()...)
	sender := testAccount(t, 1)
	good := imdbLines(t, 3)
	tests := map[string]struct {
		name  string
		lines []string
		want  []string
	}{
		"tsv": {"bad.tsv", []string{good[0], "a wonderful film\tsuperb", good[1], "\t1", "zzzz qqqq\t1", good[2]},
			[]string{"bad.tsv has 3 bad lines, nothing was done", `line 2: unknown label "superb": use one of Negative (0), Positive (1)`,
				"line 4: no text before the label", "line 5: the text encodes to an empty sample"}},
		"missing label": {"bad.tsv", []string{good[0], "a wonderful film", good[1]},
			[]string{"line 2: it has no label but line 1 has a label"}},
		"no labels": {"nolabels.tsv", []string{"a wonderful film", "a dull film"},
			[]string{"nolabels.tsv has no labels: adding needs each text's class"}},
		"jsonl": {"bad.jsonl", []string{`{"text": "a wonderful film", "label": "positive"}`, `{"text": "a dull film", "label": 1`,
			`{"indices": [1, 99999999], "label": 0}`, `{"txt": "typo", "label": 0}`},
			[]string{"line 2: unexpected EOF", "line 3: indices:", "line 4: json: unknown field \"txt\""}},
		"csv": {"bad.csv", []string{"text,label", "a wonderful film,positive", "a dull film,negative,extra"},
			[]string{"line 3: 3 fields, want text,label"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			file := writeLines(t, tc.name, tc.lines)
			_, stderr, err := runCLI(t, "add", "--rpc", url, "--deployment", imdb, "--dev-account", "1", "--file", file)
			if err == nil {
				t.Fatalf("add --file of bad lines succeeded; stderr:\n%s", stderr)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
		})
	}
	client := dialNode(t, url)
	if n, err := client.NonceAt(t.Context(), sender.Address, nil); err != nil || n != 0 {
		t.Errorf("account 1 sent %d transactions (%v) for files with bad lines, want none", n, err)
	}
}

// TestAddFileFlags checks that flags --file does not go with are refused before anything is sent.
func TestAddFileFlags(t *testing.T) {
	url := startDevnet(t)
	imdb := deploy(t, url, imdbArgs()...)
	file := writeLines(t, "ok.tsv", imdbLines(t, 2))
	tests := map[string]struct {
		args []string
		want string
	}{
		"label":          {[]string{"--file", file, "--label", "positive"}, "drop --label, --value and --dry-run"},
		"again":          {[]string{"--file", file, "--again"}, "--again does not go with --file"},
		"text too":       {[]string{"--file", file, "a wonderful film"}, `both --file and a TEXT argument ("a wonderful film") given`},
		"unknown format": {[]string{"--file", file, "--format", "xml"}, `unknown file format "xml": use tsv, csv or jsonl`},
		"unknown ext":    {[]string{"--file", writeLines(t, "x.dat", []string{"a"})}, "cannot tell the format of"},
		"batch zero":     {[]string{"--file", file, "--batch", "0"}, "--batch 0: give at least 1 line a transaction"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCLI(t, append([]string{"add", "--rpc", url, "--deployment", imdb, "--dev-account", "1"}, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("add %v error = %v, want %q", tc.args, err, tc.want)
			}
		})
	}
	if _, n := onChainBySample(t, url, imdb, common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")); n != 0 {
		t.Errorf("%d contributions were added by refused commands", n)
	}
}
