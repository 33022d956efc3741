package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/devnet"
)

// benchLines are the lines of one benchmark round: 50 dense samples no earlier round added.
const benchLines = 50

// benchSamples returns round's samples for the dense fitness model, each a text the none encoder reads.
func benchSamples(round int) []string {
	out := make([]string, benchLines)
	for i := range out {
		out[i] = fmt.Sprintf("%d,%d,0,0,0,0,0,0,1", round+1, i+1)
	}
	return out
}

// benchChains are the dev chains the add benchmarks run on: one that seals each transaction as it comes, and
// one that seals a block a second, as `sumkit devnet` and public chains (every 12 s) do, where a command that
// waits for each receipt waits a block a line.
var benchChains = []struct {
	name    string
	instant bool
}{{"instant blocks", true}, {"a block a second", false}}

// benchDeployment starts a dev chain and deploys the dense model with Deposit-Refund-Take.
func benchDeployment(b *testing.B, instant bool) (url, manifest string) {
	b.Helper()
	node := startNode(b, func(cfg *devnet.Config) { cfg.InstantBlocks = instant })
	manifest = filepath.Join(b.TempDir(), "deployment.json")
	if err := runBench(append([]string{"deploy", "--rpc", node.URL(), "--dev-account", "0", "--out", manifest}, denseArgs()...)...); err != nil {
		b.Fatal(err)
	}
	return node.URL(), manifest
}

func runBench(args ...string) error {
	var out, errOut bytes.Buffer
	app := newApp()
	app.Writer, app.ErrWriter = &out, &errOut
	if err := app.RunContext(context.Background(), append([]string{"sumkit"}, args...)); err != nil {
		return fmt.Errorf("%v\n%s", err, errOut.String())
	}
	return nil
}

// BenchmarkAddFile is one `add --file` of 50 lines; lines/s is the figure to compare with BenchmarkAddEach's.
func BenchmarkAddFile(b *testing.B) {
	for _, chain := range benchChains {
		b.Run(chain.name, func(b *testing.B) { benchAddFile(b, chain.instant) })
	}
}

func benchAddFile(b *testing.B, instant bool) {
	url, manifest := benchDeployment(b, instant)
	dir := b.TempDir()
	round := 0
	for b.Loop() {
		b.StopTimer()
		var lines []string
		for i, s := range benchSamples(round) {
			lines = append(lines, fmt.Sprintf("%q,%s", s, []string{"BIKING", "RUNNING"}[i%2]))
		}
		file := filepath.Join(dir, fmt.Sprintf("round%d.csv", round))
		if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			b.Fatal(err)
		}
		round++
		b.StartTimer()
		if err := runBench("add", "--rpc", url, "--deployment", manifest, "--dev-account", "1", "--file", file); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchLines*round)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkAddEach is 50 separate `add` commands, in-process, for the same lines as BenchmarkAddFile.
func BenchmarkAddEach(b *testing.B) {
	for _, chain := range benchChains {
		b.Run(chain.name, func(b *testing.B) { benchAddEach(b, chain.instant) })
	}
}

func benchAddEach(b *testing.B, instant bool) {
	url, manifest := benchDeployment(b, instant)
	round := 0
	for b.Loop() {
		for i, s := range benchSamples(round) {
			if err := runBench("add", "--rpc", url, "--deployment", manifest, "--dev-account", "1", "--label", []string{"BIKING", "RUNNING"}[i%2], s); err != nil {
				b.Fatal(err)
			}
		}
		round++
	}
	b.ReportMetric(float64(benchLines*round)/b.Elapsed().Seconds(), "lines/s")
}
