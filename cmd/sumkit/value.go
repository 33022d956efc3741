package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/internal/progress"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
	"github.com/sumkit/sumkit/sim"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/report"
)

func valueCommand() *cli.Command {
	return &cli.Command{
		Name:  "value",
		Usage: "value every contribution (or contributor) to a model: Shapley, Banzhaf, leave-one-out, KNN, least core",
		Description: `Values the contributions to a model by how much each adds to its held-out accuracy, with the on-chain
model's exact arithmetic, and writes report.json, report.csv (player, value, stderr, rank) and report.png/.svg
(the values, and accuracy as the highest- and lowest-valued players are removed) to --out.

The contributions come from one of:
   --deployment FILE   the data added to a deployment, read from the chain, valued against --test FILE
                       (labelled samples, encoded as add --file encodes them); default seed: the head block's hash
   --data FILE         a labelled dataset file, valued against --test FILE or a held-out --test-fraction
   --sim CONFIG        a simulator config's data: the contributions its agents hand out, against its test set

The model starts from --model FILE, or untrained of the deployment's kind (of --model KIND for --data). Methods:
tmc (TMC-Shapley, with standard errors; default), banzhaf (Data Banzhaf), loo (leave-one-out), exact (exact
Shapley, up to 20 players), knn (exact KNN-Shapley, --k neighbours), leastcore (up to 200), individual (the
proof-of-contribution individual method: each contribution scores 1 if the model, as trained on the earlier
ones, already predicted its label, weighted by its provider's reputation, the smoothed share of its settled
contributions refunded rather than reported: 1/2 without a history, and offline). --by author values each
author's contributions together.

The same inputs and --seed give the same files, byte for byte. tmc, banzhaf and knn split into shards across
machines: --shard I/N (or --shards N in a Kubernetes Indexed Job) writes partial.json, and
'sumkit value merge' joins the parts into the report one run writes.

Examples:
   sumkit value --data imdb_labelled.txt --test-fraction 0.2 --model sparse-perceptron --encoder hashing:1000 --out imdb-values
   sumkit value --deployment imdb.json --test held-out.tsv --method banzhaf --by author --samples 2000
   sumkit value --sim sim/examples/sms-spam.json --method knn --k 5 --json`,
		Flags: append(append(valueSourceFlags(),
			&cli.StringFlag{Name: "method", Value: report.TMC, Usage: "valuation method: " + strings.Join(report.Methods(), ", ")},
			&cli.StringFlag{Name: "by", Value: "contribution", Usage: "players: contribution, or author (each author's contributions together)"},
			&cli.Uint64Flag{Name: "seed", Usage: "seed of the sampled methods (default: the head block's hash for --deployment, the config's for --sim, 0 for --data)"},
			&cli.IntFlag{Name: "samples", Usage: fmt.Sprintf("most permutations (tmc) or coalitions (banzhaf); leastcore's sampled coalitions (default %d)", report.DefaultSamples)},
			&cli.DurationFlag{Name: "max-time", Usage: "stop tmc or banzhaf after this long, e.g. 10m (the report says how many samples that was)"},
			&cli.Float64Flag{Name: "target-se", Usage: "stop tmc or banzhaf once the mean standard error is below this share of the largest value, e.g. 0.01"},
			&cli.IntFlag{Name: "k", Usage: fmt.Sprintf("knn: the number of neighbours (default %d)", report.DefaultK)},
			&cli.IntFlag{Name: "workers", Usage: "goroutines (default: every core); the output does not depend on it"},
		), shardFlags()...),
		Action:      runValue,
		Subcommands: []*cli.Command{valueMergeCommand()},
	}
}

// valueSourceFlags are the flags that say what to value, which value merge shares, plus the output's.
func valueSourceFlags() []cli.Flag {
	return append([]cli.Flag{
		rpcFlag(),
		deploymentFlag(),
		&cli.StringFlag{Name: "data", Usage: "a labelled dataset `FILE` to value offline (TSV text<TAB>label, CSV, JSON lines)"},
		&cli.StringFlag{Name: "sim", Usage: "a simulator `CONFIG` whose data to value (see sim/README.md)"},
		&cli.StringFlag{Name: "test", Usage: "held-out labelled samples `FILE` to measure accuracy on (--deployment; --data instead of --test-fraction)"},
		&cli.StringFlag{Name: "format", Usage: "--test's (and --data's) format: tsv, csv or jsonl (default: from the extension)"},
		&cli.Float64Flag{Name: "test-fraction", Value: 0.2, Usage: "--data: the share of rows held out as the test set, in (0, 1)"},
		&cli.StringFlag{Name: "model", Usage: "the initial model: a model file, or a kind (" + model.KindNames() + ") for an untrained one (default for --deployment: untrained of its kind)"},
		&cli.StringFlag{Name: "classes", Usage: "--data with an untrained --model and --test: its class names, comma-separated"},
		&cli.Uint64Flag{Name: "features", Usage: "--data with an untrained --model and --test: the sparse vocabulary size or dense sample length"},
		&cli.StringFlag{Name: "encoder", Usage: "--data: encoder spec as deploy takes it: imdb-vocab, hashing:<n>[:seed=<s>], sklearn-hashing:<n> (default hashing:1000)"},
		&cli.StringFlag{Name: "vocab", Usage: "vocabulary file for the imdb-vocab encoder"},
		&cli.StringFlag{Name: "out", Value: "value-out", Usage: "folder for report.json, report.csv, report.png and report.svg (a shard: partial.json)"},
		&cli.BoolFlag{Name: "json", Usage: "print the report (a shard: its partial) as JSON instead of a summary"},
	}, historyFlags()...)
}

func valueMergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "join the partial.json files of a sharded `sumkit value` into its report",
		ArgsUsage: "PARTIAL...",
		Description: `Reads the parts every shard wrote and writes the report one unsharded run writes, byte for byte. The
method, players, seed and samples come from the parts; give the same source flags as the shards (--data,
--sim or --deployment with --test, --model, ...): the point-removal curve retrains the model on them.

The seed comes from the parts too, and shuffles --data before its test set is held out, as it did in the shards.

Examples:
   sumkit value merge --data imdb_labelled.txt --model sparse-perceptron --out imdb-values part-*/partial.json`,
		Flags:  valueSourceFlags(),
		Action: runValueMerge,
	}
}

// valueSource is what value values and how: the game's input and the seed when --seed is not given.
type valueSource struct {
	input report.Input
	seed  uint64
	// what names the source in the summary; authors says whether contributions have authors.
	what    string
	authors bool
}

// loadValueSource reads the contributions, test set and model the flags name. shared says that the run is one of
// several (shards, a merge) that must agree on the seed, so the head block cannot choose it. seed is the run's
// --seed, which also shuffles --data before its test set is held out.
func loadValueSource(c *cli.Context, shared bool, seed uint64) (*valueSource, error) {
	data, simCfg := c.String("data"), c.String("sim")
	given := 0
	for _, name := range []string{"data", "sim"} {
		if c.IsSet(name) {
			given++
		}
	}
	// SUMKIT_DEPLOYMENT names the default deployment; --data or --sim on the command line overrides it.
	explicitDeployment := c.IsSet("deployment") && (os.Getenv("SUMKIT_DEPLOYMENT") == "" || c.String("deployment") != os.Getenv("SUMKIT_DEPLOYMENT"))
	if explicitDeployment {
		given++
	}
	switch {
	case given > 1:
		return nil, usagef("give one source: --deployment FILE, --data FILE or --sim CONFIG")
	case data != "":
		return dataSource(c, data, seed)
	case simCfg != "":
		return simSource(c, simCfg)
	}
	if _, err := os.Stat(c.String("deployment")); !c.IsSet("deployment") && err != nil {
		return nil, usagef("name what to value: --deployment FILE (or $SUMKIT_DEPLOYMENT) with --test FILE, --data FILE, or --sim CONFIG")
	}
	return deploymentSource(c, shared)
}

// deploymentSource reads a deployment's contributions from the chain.
func deploymentSource(c *cli.Context, shared bool) (*valueSource, error) {
	if !c.IsSet("test") {
		return nil, usagef("valuing a deployment's contributions needs held-out labelled samples: --test FILE (TSV text<TAB>label, CSV or JSON lines); or value a file with --data, or a simulator config with --sim")
	}
	for _, name := range []string{"test-fraction", "encoder", "classes", "features"} {
		if c.IsSet(name) {
			return nil, usagef("--%s is for --data; a deployment has its own encoder, classes and size: drop it", name)
		}
	}
	if shared && !c.IsSet("seed") {
		return nil, usagef("shards and their merge must share a seed, and the head block moves between them: give --seed (and --to-block, so that they read the same contributions)")
	}
	man, err := deployment.Load(c.String("deployment"))
	if err != nil {
		return nil, err
	}
	examples, err := readManifestFile(c, man, "test", c.String("test"))
	if err != nil {
		return nil, err
	}
	test, err := labelledSet(examples, c.String("test"))
	if err != nil {
		return nil, err
	}
	m, err := valueModel(c, man.Kind, man.Classes, man.NumFeatures)
	if err != nil {
		return nil, err
	}
	if m.Kind != man.Kind || len(m.Classes) != len(man.Classes) || m.NumFeatures != man.NumFeatures {
		return nil, usagef("--model %s is a %s of %d classes and %d features; the deployment's model is a %s of %d and %d: give the model it was deployed with", c.String("model"), m.Kind, len(m.Classes), m.NumFeatures, man.Kind, len(man.Classes), man.NumFeatures)
	}
	m.MaxFeatures = man.MaxFeatures
	d, err := connect(c, man)
	if err != nil {
		return nil, err
	}
	defer d.client.Close()
	opts, err := historyOptions(c, d)
	if err != nil {
		return nil, err
	}
	// The individual method's reputation counts each provider's settled contributions: one call each, so only
	// that method reads them.
	in, err := report.FromChain(c.Context, d.stack, d.client, trainer.NewTransactor(d.client, &bind.TransactOpts{}), opts,
		c.String("method") == report.Individual)
	if err != nil {
		return nil, explain(c.Context, d.client, "value", err)
	}
	in.Test, in.Model = test, m
	if in.Train.Len() == 0 {
		return nil, fmt.Errorf("deployment %s has no contributions in blocks %d to %d: nothing to value", c.String("deployment"), opts.FromBlock, opts.ToBlock)
	}
	src := &valueSource{input: *in, authors: true, what: fmt.Sprintf("%d contributions to %s", in.Train.Len(), man.Trainer)}
	if !c.IsSet("seed") {
		head, err := d.client.HeaderByNumber(c.Context, nil)
		if err != nil {
			return nil, fmt.Errorf("read the head block for the seed: %w; or give --seed", err)
		}
		src.seed = binary.BigEndian.Uint64(head.Hash().Bytes()[:8])
	}
	return src, nil
}

// labelledSet is examples as a sample set, refusing a file without labels.
func labelledSet(examples []dataset.Example, path string) (*dataset.Set, error) {
	set := dataset.NewSet(len(examples), 0)
	for _, ex := range examples {
		if !ex.Labelled {
			return nil, usagef("%s line %d has no label: measuring accuracy needs each sample's class; write text<TAB>label (or text,label, or a \"label\" field)", path, ex.Line)
		}
		set.Append(ex.Data, ex.Label)
	}
	return set, nil
}

// valueModel is the initial model --model names: a file, or an untrained one of its kind (of kind when --model
// is not given), with classes and features unless --classes and --features say otherwise.
func valueModel(c *cli.Context, kind model.Kind, classes []string, features uint64) (*model.Model, error) {
	arg := c.String("model")
	if arg != "" && !isKind(arg) {
		if _, err := os.Stat(arg); err != nil {
			return nil, usagef("--model %q is neither a model kind (%s) nor a readable model file: %v", arg, model.KindNames(), err)
		}
		m, err := model.Load(arg)
		if err != nil {
			return nil, fmt.Errorf("--model: %w", err)
		}
		return m, nil
	}
	if arg != "" {
		kind = model.Kind(arg)
	}
	if kind == "" {
		return nil, usagef("name the initial model: --model FILE, or --model KIND (%s) for an untrained one", model.KindNames())
	}
	if c.IsSet("classes") {
		classes = strings.Split(c.String("classes"), ",")
		for i := range classes {
			classes[i] = strings.TrimSpace(classes[i])
		}
	}
	if c.IsSet("features") {
		features = c.Uint64("features")
	}
	switch {
	case len(classes) == 0:
		return nil, usagef("--model %s builds an untrained model: name its classes with --classes, e.g. --classes 0,1 (as the file's labels), and its size with --features N", kind)
	case features == 0:
		return nil, usagef("--model %s builds an untrained model: set its size with --features N (the encoder's buckets, or the dense sample length)", kind)
	}
	m, err := model.Untrained(kind, classes, features)
	if err != nil {
		return nil, fmt.Errorf("--model %s: %w; or start from a model file with --model FILE", kind, err)
	}
	return m, nil
}

func isKind(s string) bool {
	for _, k := range model.Trainable() {
		if string(k) == s {
			return true
		}
	}
	return false
}

// dataSource reads a dataset file, split into contributions and a test set.
func dataSource(c *cli.Context, path string, seed uint64) (*valueSource, error) {
	if c.IsSet("test") && c.IsSet("test-fraction") {
		return nil, usagef("give --test FILE or --test-fraction, not both")
	}
	if !c.IsSet("model") {
		return nil, usagef("--data needs the initial model: --model FILE, or --model KIND (%s) for an untrained one", model.KindNames())
	}
	spec := c.String("encoder")
	if c.IsSet("test") {
		m, err := valueModel(c, "", nil, 0)
		if err != nil {
			return nil, err
		}
		if spec == "" {
			spec = fmt.Sprintf("hashing:%d", m.NumFeatures)
		}
		enc, err := buildEncoder(spec, c.String("vocab"), m)
		if err != nil {
			return nil, usagef("--encoder %s: %v", spec, err)
		}
		var sets [2]*dataset.Set
		for i, name := range []string{path, c.String("test")} {
			flag := [2]string{"data", "test"}[i]
			examples, err := readExamplesFile(c, flag, name, enc, m, m.Classes)
			if err != nil {
				return nil, err
			}
			if sets[i], err = labelledSet(examples, name); err != nil {
				return nil, err
			}
		}
		return &valueSource{input: report.Input{Train: sets[0], Test: sets[1], Model: m}, seed: seed,
			what: fmt.Sprintf("%d samples of %s", sets[0].Len(), path)}, nil
	}
	fraction := c.Float64("test-fraction")
	if !(fraction > 0 && fraction < 1) {
		return nil, usagef("--test-fraction %v: want a share in (0, 1), e.g. 0.2", fraction)
	}
	text := dataset.TextOptions{Encoder: spec}
	if c.IsSet("vocab") {
		v, err := model.LoadVocabulary(c.String("vocab"))
		if err != nil {
			return nil, fmt.Errorf("--vocab: %w", err)
		}
		text.Vocabulary = v
	}
	format := c.String("format")
	if format == "" {
		f, err := dataset.FormatOf(path)
		if err != nil {
			return nil, usagef("--data: %v; or give --format", err)
		}
		format = string(f)
	}
	d, err := dataset.OpenFile(path, dataset.FileOptions{Format: format,
		Options: dataset.Options{Seed: seed, TestFraction: fraction, Text: text}})
	if err != nil {
		return nil, fmt.Errorf("--data: %w", err)
	}
	m, err := valueModel(c, "", d.Classes, d.NumFeatures)
	if err != nil {
		return nil, err
	}
	if len(m.Classes) != len(d.Classes) || m.NumFeatures != d.NumFeatures {
		return nil, usagef("--model %s has %d classes and %d features, the data %d and %d: match the encoder (--encoder) to the model", c.String("model"), len(m.Classes), m.NumFeatures, len(d.Classes), d.NumFeatures)
	}
	return &valueSource{input: report.Input{Train: d.Train, Test: d.Test, Model: m}, seed: seed,
		what: fmt.Sprintf("%d samples of %s (%d held out)", d.Train.Len(), path, d.Test.Len())}, nil
}

// simSource reads a simulator config's data: its initial model, the contributions its agents hand out and its
// test set.
func simSource(c *cli.Context, path string) (*valueSource, error) {
	for _, name := range []string{"test", "test-fraction", "model", "encoder", "classes", "features"} {
		if c.IsSet(name) {
			return nil, usagef("--%s does not go with --sim: the config names its data, test set and model; drop it", name)
		}
	}
	cfg, err := sim.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	data, err := sim.LoadData(cfg.Dataset)
	if err != nil {
		return nil, err
	}
	setup, err := sim.Prepare(c.Context, cfg, data, nil)
	if err != nil {
		return nil, err
	}
	return &valueSource{input: report.Input{Train: setup.Remaining, Test: setup.Test, Model: setup.Initial},
		seed: uint64(cfg.Seed), what: fmt.Sprintf("%d contributions of %s", setup.Remaining.Len(), path)}, nil
}

// valueSpec reads the method flags.
func valueSpec(c *cli.Context, src *valueSource) (report.Spec, error) {
	spec := report.Spec{Method: c.String("method"), Seed: src.seed, Samples: c.Int("samples"), MaxTime: c.Duration("max-time"),
		TargetSE: c.Float64("target-se"), K: c.Int("k"), Workers: c.Int("workers")}
	if c.IsSet("seed") {
		spec.Seed = c.Uint64("seed")
	}
	methods := report.Methods()
	found := false
	for _, m := range methods {
		found = found || m == spec.Method
	}
	if !found {
		return spec, usagef("--method %q: want one of %s", spec.Method, strings.Join(methods, ", "))
	}
	switch c.String("by") {
	case "contribution":
	case "author":
		if !src.authors {
			return spec, usagef("--by author: %s have no authors (only a deployment's do); drop --by or use --by contribution", src.what)
		}
		spec.ByAuthor = true
	default:
		return spec, usagef("--by %q: want contribution or author", c.String("by"))
	}
	switch {
	case spec.Samples < 0:
		return spec, usagef("--samples %d: want at least 1 (0 for the default, %d)", spec.Samples, report.DefaultSamples)
	case spec.K < 0:
		return spec, usagef("--k %d: want at least 1 neighbour (0 for the default, %d)", spec.K, report.DefaultK)
	case spec.MaxTime < 0:
		return spec, usagef("--max-time %s: want a positive duration, e.g. 10m", spec.MaxTime)
	case !(spec.TargetSE >= 0 && spec.TargetSE < 1):
		return spec, usagef("--target-se %v: want a share of the largest value in (0, 1), e.g. 0.01", spec.TargetSE)
	case spec.Workers < 0:
		return spec, usagef("--workers %d: want at least 1 (0 for every core)", spec.Workers)
	}
	sampled := spec.Method == report.TMC || spec.Method == report.Banzhaf
	if !sampled && (c.IsSet("max-time") || c.IsSet("target-se")) {
		return spec, usagef("--max-time and --target-se stop tmc and banzhaf; --method %s runs to the end: drop them", spec.Method)
	}
	if c.IsSet("k") && spec.Method != report.KNN {
		return spec, usagef("--k is knn's number of neighbours; --method %s has none: drop it", spec.Method)
	}
	return spec, nil
}

func runValue(c *cli.Context) error {
	if c.Args().Present() {
		return usagef("value takes no arguments (got %q); to merge shards' parts use `sumkit value merge PARTIAL...`", c.Args().First())
	}
	index, count, err := shardFromFlags(c)
	if err != nil {
		return err
	}
	out, err := sim.OpenOutDir(c.String("out"))
	if err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	src, err := loadValueSource(c, count > 1, c.Uint64("seed"))
	if err != nil {
		return err
	}
	spec, err := valueSpec(c, src)
	if err != nil {
		return err
	}
	if count > 1 {
		switch {
		case spec.Method != report.TMC && spec.Method != report.Banzhaf && spec.Method != report.KNN:
			return usagef("--method %s does not split into shards; only tmc, banzhaf and knn do: drop --shard/--shards", spec.Method)
		case c.IsSet("max-time") || c.IsSet("target-se"):
			return usagef("a sharded run stops at --samples only (where a time or error target stops is known only once merged): drop --max-time and --target-se")
		}
		spec.Shard = valuation.Shard{Index: index, Count: count}
	}
	bar := newValueBar(c.App.ErrWriter, spec.Method)
	spec.Progress = bar.set
	start := time.Now()
	if count > 1 {
		p, err := report.RunPartial(c.Context, src.input, spec)
		bar.done()
		if err != nil {
			return err
		}
		path, err := out.WriteFile("partial.json", func(w io.Writer) error { return report.WritePartial(w, p) })
		if err != nil {
			out.Discard()
			return err
		}
		if c.Bool("json") {
			return report.WritePartial(c.App.Writer, p)
		}
		_, err = fmt.Fprintf(c.App.Writer, "shard %d/%d of %s by %s (seed %d) over %s in %s\nwrote %s; merge every shard's with `sumkit value merge`\n",
			index, count, spec.Method, c.String("by"), spec.Seed, src.what, time.Since(start).Round(time.Millisecond), path)
		return err
	}
	rep, err := report.Run(c.Context, src.input, spec)
	bar.done()
	if err != nil {
		return err
	}
	return writeValueReport(c, out, rep, src.what, time.Since(start))
}

func runValueMerge(c *cli.Context) error {
	if !c.Args().Present() {
		return usagef("name the parts to merge: sumkit value merge [source flags] PARTIAL..., e.g. part-*/partial.json")
	}
	var parts []*report.Partial
	for _, path := range c.Args().Slice() {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("read a part: %w", err)
		}
		p, err := report.ReadPartial(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		parts = append(parts, p)
	}
	out, err := sim.OpenOutDir(c.String("out"))
	if err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	first := parts[0]
	src, err := loadValueSource(c, false, first.Seed)
	if err != nil {
		return err
	}
	spec := report.Spec{Method: first.Method, ByAuthor: first.By == "author", Seed: first.Seed, Samples: first.Samples, K: first.K}
	start := time.Now()
	rep, err := report.MergeReport(c.Context, src.input, spec, parts)
	if err != nil {
		return err
	}
	return writeValueReport(c, out, rep, src.what, time.Since(start))
}

// writeValueReport writes the report's files to out and prints the report: as JSON with --json, else a summary.
func writeValueReport(c *cli.Context, out *sim.OutDir, rep *report.Report, what string, took time.Duration) error {
	var written []string
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"report.json", func(w io.Writer) error { return report.WriteJSON(w, rep) }},
		{"report.csv", func(w io.Writer) error { return report.WriteCSV(w, rep) }},
		{"report.png", func(w io.Writer) error { return report.WritePlot(w, rep, "png") }},
		{"report.svg", func(w io.Writer) error { return report.WritePlot(w, rep, "svg") }},
	} {
		path, err := out.WriteFile(f.name, f.write)
		if err != nil {
			out.Discard()
			return err
		}
		written = append(written, path)
	}
	if c.Bool("json") {
		return report.WriteJSON(c.App.Writer, rep)
	}
	return printValueSummary(c.App.Writer, rep, what, took, written)
}

// printValueSummary prints the report's figures, its ten highest- and lowest-valued players and the removal
// curve.
func printValueSummary(w io.Writer, rep *report.Report, what string, took time.Duration, written []string) error {
	tab := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tab, "valued %s by %s with %s (seed %d, %d samples) in %s\n", what, rep.By, rep.Method, rep.Seed, rep.Samples, took.Round(time.Millisecond))
	sum := 0.0
	for _, p := range rep.Players {
		sum += p.Value
	}
	fmt.Fprintf(tab, "accuracy: %.4f initially, %.4f with every contribution; the values sum to %.6g (efficiency gap %.3g)\n",
		rep.Empty, rep.Full, sum, rep.EfficiencyGap)
	if rep.Subsidy != nil {
		fmt.Fprintf(tab, "least core subsidy e*: %.6g\n", *rep.Subsidy)
	}
	byRank := make([]report.Player, len(rep.Players))
	for _, p := range rep.Players {
		byRank[p.Rank-1] = p
	}
	fmt.Fprintln(tab, "\nRANK\tPLAYER\tVALUE\tSTDERR")
	for i, p := range byRank {
		if i == 10 && len(byRank) > 20 {
			fmt.Fprintf(tab, "…\t%d more\t\t\n", len(byRank)-20)
		}
		if i >= 10 && i < len(byRank)-10 {
			continue
		}
		fmt.Fprintf(tab, "%d\t%s\t%.6g\t%.3g\n", p.Rank, p.Name, p.Value, float64(p.StdErr))
	}
	fmt.Fprintln(tab, "\nREMOVED\tACCURACY, HIGHEST FIRST\tLOWEST FIRST")
	for i, f := range rep.Removal.Fractions {
		fmt.Fprintf(tab, "%.0f%% (%d)\t%.4f\t%.4f\n", 100*f, rep.Removal.Removed[i], rep.Removal.Highest[i], rep.Removal.Lowest[i])
	}
	if err := tab.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "wrote %s\n", strings.Join(written, ", "))
	return err
}

// valueBar is value's progress bar, made at the first report of progress, when the total is known.
type valueBar struct {
	mu     sync.Mutex
	w      io.Writer
	method string
	bar    *progress.Bar
}

// valueUnit names what a method's progress counts.
func valueUnit(method string) string {
	switch method {
	case report.TMC:
		return "permutations"
	case report.LOO:
		return "evaluations"
	case report.KNN:
		return "test points"
	case report.Individual:
		return "contributions"
	}
	return "coalitions"
}

func newValueBar(w io.Writer, method string) *valueBar { return &valueBar{w: w, method: method} }

func (b *valueBar) set(done, total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar == nil {
		if total <= 0 {
			return
		}
		b.bar = progress.New(b.w, "valuing ("+b.method+")", valueUnit(b.method), total).Delay(2 * time.Second)
	}
	b.bar.Set(min(done, total))
}

func (b *valueBar) done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar != nil {
		b.bar.Done()
	}
}
