package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/sim"
	"github.com/sumkit/sumkit/sim/chart"
)

func simCommand() *cli.Command {
	return &cli.Command{
		Name:  "sim",
		Usage: "simulate honest, careless and malicious contributors against a model and an incentive mechanism",
		Description: `Replays months of contributions in seconds: agents add the training data, refund, report and take
deposits on the contracts' exact arithmetic, and the model's accuracy on a hidden test set is measured as
it goes. See sim/README.md for the config file.

Example:
   sumkit sim run --config sim/examples/imdb-synthetic.json --out imdb-run`,
		Subcommands: []*cli.Command{simRunCommand()},
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

With --on-chain the very same schedule runs as transactions against the real contracts on an in-process
chain, each simulated second one block; the result is the same, only slower.

Examples:
   sumkit sim run --config sim/examples/imdb-synthetic.json
   sumkit sim run --config sim/examples/sms-spam.json --seed 7 --out sms-run --on-chain`,
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
	out := c.String("out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("sim: %w", err)
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
	bar := newProgressBar(c.App.ErrWriter, start)
	res, err := sim.Run(c.Context, cfg, data, sim.Options{
		OnChain:  c.Bool("on-chain"),
		Trace:    c.Bool("trace"),
		Progress: bar.update,
		Logger:   log,
	})
	bar.finish()
	if err != nil {
		return err
	}
	wall := time.Since(start)

	written, err := writeSimFiles(res, out, !c.Bool("no-plot"))
	if err != nil {
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
	fmt.Fprintf(w, "wall time: %.2f s (%s, seed %d)\nwrote %s\n", wall.Seconds(), mode, cfg.Seed, strings.Join(written, ", "))
	return nil
}

// writeSimFiles writes result.json, result.csv and, with plot, result.png and result.svg under dir.
func writeSimFiles(res *sim.Result, dir string, plot bool) ([]string, error) {
	var written []string
	for _, f := range []struct {
		name  string
		write func(io.Writer, *sim.Result) error
	}{{"result.json", sim.WriteJSON}, {"result.csv", sim.WriteCSV}} {
		path := filepath.Join(dir, f.name)
		if err := writeFile(path, func(w io.Writer) error { return f.write(w, res) }); err != nil {
			return nil, err
		}
		written = append(written, path)
	}
	if plot {
		paths, err := chart.WriteRun(res, filepath.Join(dir, "result"), chart.Options{})
		if err != nil {
			return nil, fmt.Errorf("sim: plot: %w", err)
		}
		written = append(written, paths...)
	}
	return written, nil
}

// writeFile creates path and fills it with write, reporting the first error.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("sim: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("sim: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("sim: write %s: %w", path, err)
	}
	return nil
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

// progressBar draws how much of the data is handed out, once a run has taken more than a couple of seconds.
type progressBar struct {
	w     io.Writer
	start time.Time
	last  time.Time
	drawn bool
}

func newProgressBar(w io.Writer, start time.Time) *progressBar {
	return &progressBar{w: w, start: start}
}

func (p *progressBar) update(done, total int) {
	now := time.Now()
	if now.Sub(p.start) < 2*time.Second || now.Sub(p.last) < 200*time.Millisecond || total == 0 {
		return
	}
	p.last = now
	const width = 30
	filled := done * width / total
	fmt.Fprintf(p.w, "\r[%s%s] %3d%% %d/%d samples handed out, %s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled),
		done*100/total, done, total, now.Sub(p.start).Round(time.Second))
	p.drawn = true
}

func (p *progressBar) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}
