package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/internal/progress"
	"github.com/sumkit/sumkit/sim"
	"github.com/sumkit/sumkit/sim/chart"
	"github.com/sumkit/sumkit/sim/marketsim"
)

func simCommand() *cli.Command {
	return &cli.Command{
		Name:  "sim",
		Usage: "simulate honest, careless and malicious contributors against a model and an incentive mechanism",
		Description: `Replays months of contributions in seconds: agents add the training data, refund, report and take
deposits on the contracts' exact arithmetic, and the model's accuracy on a hidden test set is measured as
it goes. See sim/README.md for the config file.

Examples:
   sumkit sim run --config sim/examples/imdb-synthetic.json --out imdb-run
   sumkit sim sweep --config sim/examples/sms-spam.json --set mechanism.cost_weight=1/120,1/60,1/30 --seeds 1-3`,
		Subcommands: []*cli.Command{simRunCommand(), simSweepCommand()},
	}
}

func simRunCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run one simulation and write its result as JSON, CSV and a plot",
		Description: `Loads the config's data, trains the initial model on the first part of it, measures the baseline
(the model trained on all of it), and runs the agents until all data is handed out and every deposit
settled. Writes result.json (0xDeCA10B's saved-run shape: agents, baselineAccuracy, initTrainDataPortion,
accuracies, balances, plus a summary), result.csv (t, series, agent, value) and result.png/.svg to --out,
and prints a summary table. The same config and seed give the same files, byte for byte.

The data is a built-in set (dataset.name: imdb, sms, liar, tic-tac-toe, wdbc, iris, synthetic) or a
file of your own (dataset.path, with dataset.format tsv for text<TAB>label, csv for numeric features and a
label column, jsonl for {"text" or "features", "label"} lines); results name it by dataset.name or the
file's base name.

With --on-chain the very same schedule runs as transactions against the real contracts on an in-process
chain, each simulated second one block; the result is the same, only slower.

Examples:
   sumkit sim run --config sim/examples/imdb-synthetic.json
   sumkit sim run --config sim/examples/sms-spam.json --seed 7 --out sms-run --on-chain
   sumkit sim run --config sim/examples/prediction-market.json --out pm-run`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Required: true, Usage: "simulation config (JSON, see sim/README.md)"},
			&cli.Int64Flag{Name: "seed", Usage: "seed for the agents' randomness (default: the config's)"},
			&cli.StringFlag{Name: "out", Value: "sim-out", Usage: "folder for result.json, result.csv and the plot"},
			&cli.BoolFlag{Name: "on-chain", Usage: "run the schedule as transactions against the contracts on an in-process chain"},
			&cli.BoolFlag{Name: "trace", Usage: "record every addition and claim in result.json (events)"},
			&cli.BoolFlag{Name: "no-plot", Usage: "write no plot"},
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON instead of the table"},
			&cli.BoolFlag{Name: "verbose", Usage: "log the run's steps to stderr"},
		},
		Action: runSim,
	}
}

func runSim(c *cli.Context) error {
	cfg, err := sim.LoadConfig(c.String("config"))
	if err != nil {
		return err
	}
	if c.IsSet("seed") {
		cfg.Seed = c.Int64("seed")
	}
	// Inputs are checked and the run made before the folder is: a failure leaves no empty folder behind.
	out, err := sim.OpenOutDir(c.String("out"))
	if err != nil {
		return err
	}
	log := slog.New(slog.DiscardHandler)
	if c.Bool("verbose") {
		log = slog.New(slog.NewTextHandler(c.App.ErrWriter, nil))
	}

	start := time.Now()
	data, err := sim.LoadData(cfg.Dataset)
	if err != nil {
		return err
	}
	// Runs shorter than a couple of seconds show no bar.
	var bar *progress.Bar
	res, err := sim.Run(c.Context, cfg, data, sim.Options{
		OnChain: c.Bool("on-chain"),
		Trace:   c.Bool("trace"),
		Progress: func(done, total int) {
			if bar == nil {
				bar = progress.New(c.App.ErrWriter, "simulating", "samples handed out", total).Delay(2 * time.Second)
			}
			bar.Set(done)
		},
		Logger:     log,
		Mechanisms: marketsim.Factories(),
	})
	if bar != nil {
		bar.Done()
	}
	if err != nil {
		return err
	}
	wall := time.Since(start)

	written, err := writeSimFiles(res, out, !c.Bool("no-plot"))
	if err != nil {
		out.Discard()
		return err
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*sim.Summary
			Baseline *float64 `json:"baselineAccuracy"`
			WallS    float64  `json:"wallSeconds"`
			Files    []string `json:"files"`
		}{res.Summary, res.BaselineAccuracy, wall.Seconds(), written})
	}
	w := c.App.Writer
	unit, unitName := simUnit(cfg)
	if err := sim.WriteSummary(w, res, unit, unitName); err != nil {
		return err
	}
	mode := "Go port"
	if c.Bool("on-chain") {
		mode = "contracts on an in-process chain"
	}
	fmt.Fprintf(w, "data: %s, %d training and %d test samples, classes %s\n", data.Name, data.Train.Len(),
		data.Test.Len(), strings.Join(data.Classes, ", "))
	fmt.Fprintf(w, "wall time: %.2f s (%s, seed %d)\nwrote %s\n", wall.Seconds(), mode, cfg.Seed, strings.Join(written, ", "))
	return nil
}

func simSweepCommand() *cli.Command {
	return &cli.Command{
		Name:  "sweep",
		Usage: "run a simulation over a grid of config values and seeds, and compare the outcomes",
		Description: `Runs the config once for every combination of the --set values (path=v1,v2,...: a field by its JSON
path, list elements by index) and every seed of --seeds, and writes sweep.csv (one row per run: accuracy,
counts, every agent's final balance and change), sweep.json and sweep.png/.svg (each grid point's balance
changes and final accuracy, averaged over the seeds) to --out. Each dataset is loaded once; runs go in
   parallel, one per core, with the same results as one at a time.

Example:
   sumkit sim sweep --config sim/examples/imdb-synthetic.json \
       --set mechanism.cost_weight=1/120,1/60,1/30 --set mechanism.refund_wait_s=3600,86400 --seeds 1-3`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Required: true, Usage: "simulation config (JSON, see sim/README.md)"},
			&cli.StringSliceFlag{Name: "set", Usage: "path=v1,v2,...: values of one config field to sweep (repeatable)"},
			&cli.StringFlag{Name: "seeds", Usage: "seeds to run each grid point with: 1,5,9 or 1-10 (default: the config's)"},
			&cli.StringFlag{Name: "out", Value: "sim-sweep", Usage: "folder for sweep.csv, sweep.json and the plot"},
			&cli.BoolFlag{Name: "on-chain", Usage: "run every schedule as transactions on an in-process chain"},
			&cli.BoolFlag{Name: "no-plot", Usage: "write no plot"},
		},
		Action: runSweep,
	}
}

func runSweep(c *cli.Context) error {
	base, err := os.ReadFile(c.String("config"))
	if err != nil {
		return err
	}
	var overrides []sim.Override
	for _, s := range joinSetValues(c.StringSlice("set")) {
		o, err := sim.ParseOverride(s)
		if err != nil {
			return err
		}
		overrides = append(overrides, o)
	}
	seeds, err := parseSeeds(c.String("seeds"))
	if err != nil {
		return err
	}
	variants, err := sim.Variants(base, overrides)
	if err != nil {
		return err
	}
	out, err := sim.OpenOutDir(c.String("out"))
	if err != nil {
		return err
	}
	start := time.Now()
	runs, err := sim.Sweep(c.Context, variants, seeds, sim.LoadData, sim.Options{OnChain: c.Bool("on-chain"), Mechanisms: marketsim.Factories()})
	if err != nil {
		return err
	}
	written, err := writeSweepFiles(runs, out, c.String("config"), !c.Bool("no-plot"))
	if err != nil {
		out.Discard()
		return err
	}
	w := c.App.Writer
	for _, r := range runs {
		fmt.Fprintf(w, "%-50s seed %-4d accuracy %.2f%%", r.Label, r.Seed, 100*r.Summary.AccuracyFinal)
		for _, a := range r.Summary.Agents {
			fmt.Fprintf(w, "  %s %+.2f%%", a.Address, a.ChangePercent)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d runs in %.2f s\nwrote %s\n", len(runs), time.Since(start).Seconds(), strings.Join(written, ", "))
	return nil
}

// joinSetValues undoes the split at commas that the CLI library makes of a slice flag: a piece without "="
// is another value of the override before it.
func joinSetValues(pieces []string) []string {
	var out []string
	for _, p := range pieces {
		if len(out) > 0 && !strings.Contains(p, "=") {
			out[len(out)-1] += "," + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// sweepRows averages each grid point's runs: every agent's balance at the end as a percentage of its start,
// and the final accuracy in percent.
func sweepRows(runs []sim.SweepRun) []chart.SweepRow {
	var rows []chart.SweepRow
	counts := map[string]int{}
	index := map[string]int{}
	for _, r := range runs {
		i, ok := index[r.Label]
		if !ok {
			i = len(rows)
			index[r.Label] = i
			rows = append(rows, chart.SweepRow{Label: r.Label, Values: map[string]float64{}})
		}
		counts[r.Label]++
		rows[i].Values["accuracy %"] += 100 * r.Summary.AccuracyFinal
		for _, a := range r.Summary.Agents {
			rows[i].Values[a.Address+" balance %"] += 100 + a.ChangePercent
		}
	}
	for i := range rows {
		n := float64(counts[rows[i].Label])
		for k := range rows[i].Values {
			rows[i].Values[k] /= n
		}
	}
	return rows
}

// parseSeeds reads "1,5,9" or "1-10"; empty means none (each config's own).
func parseSeeds(s string) ([]int64, error) {
	if s == "" {
		return nil, nil
	}
	var seeds []int64
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.ParseInt(strings.TrimSpace(lo), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("seeds %q: %w", s, err)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseInt(strings.TrimSpace(hi), 10, 64); err != nil || b < a {
				return nil, fmt.Errorf("seeds %q: want from-to with from <= to", s)
			}
		}
		for v := a; v <= b; v++ {
			seeds = append(seeds, v)
		}
	}
	return seeds, nil
}

// writeSimFiles writes result.json, result.csv and, with plot, result.png and result.svg into out.
func writeSimFiles(res *sim.Result, out *sim.OutDir, plot bool) ([]string, error) {
	var written []string
	for _, f := range []struct {
		name  string
		write func(io.Writer, *sim.Result) error
	}{{"result.json", sim.WriteJSON}, {"result.csv", sim.WriteCSV}} {
		path, err := out.WriteFile(f.name, func(w io.Writer) error { return f.write(w, res) })
		if err != nil {
			return nil, err
		}
		written = append(written, path)
	}
	if plot {
		paths, err := chart.WriteRun(res, out.Path("result"), chart.Options{})
		out.Keep(paths...)
		if err != nil {
			return nil, fmt.Errorf("plot: %w", err)
		}
		written = append(written, paths...)
	}
	return written, nil
}

// writeSweepFiles writes sweep.csv, sweep.json and, with plot, sweep.png and sweep.svg into out.
func writeSweepFiles(runs []sim.SweepRun, out *sim.OutDir, config string, plot bool) ([]string, error) {
	csvPath, err := out.WriteFile("sweep.csv", func(w io.Writer) error { return sim.WriteSweepCSV(w, runs) })
	if err != nil {
		return nil, err
	}
	jsonPath, err := out.WriteFile("sweep.json", func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(runs)
	})
	if err != nil {
		return nil, err
	}
	written := []string{csvPath, jsonPath}
	if plot {
		paths, err := chart.WriteSweep(sweepRows(runs), out.Path("sweep"), chart.SweepOptions{
			Title: "Sweep: " + filepath.Base(config), Reference: 100, ReferenceLabel: "start balance",
		})
		out.Keep(paths...)
		if err != nil {
			return nil, fmt.Errorf("plot: %w", err)
		}
		written = append(written, paths...)
	}
	return written, nil
}

// simUnit is the config's unit for the summary table, named "units" unless it is wei or ether.
func simUnit(cfg *sim.Config) (*big.Int, string) {
	if cfg.UnitWei.IsZero() {
		return big.NewInt(1), "wei"
	}
	r := cfg.UnitWei.Rat()
	if !r.IsInt() {
		return big.NewInt(1), "wei"
	}
	u := new(big.Int).Set(r.Num())
	switch u.String() {
	case "1":
		return u, "wei"
	case "1000000000000000000":
		return u, "ether"
	}
	return u, "units"
}
