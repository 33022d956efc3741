package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/oracle"
	"github.com/sumkit/sumkit/oracle/gpu"
	"github.com/sumkit/sumkit/oracle/train"
	"github.com/sumkit/sumkit/oracle/weights"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func oracleCommand() *cli.Command {
	configFlag := &cli.StringFlag{Name: "config", Required: true, Usage: "the oracle's config file (JSON)"}
	return &cli.Command{
		Name:  "oracle",
		Usage: "train models off-chain and commit them on-chain as a committee of operators",
		Description: `An oracle-backed deployment is an OracleModel sealed to a trainer: contributors add data as to any
sumkit model, and a committee of operators trains on it off-chain and commits versions that beat the active one.

Example:
   sumkit oracle deploy --config oracle.json --operators 0x70997970C51812dc3A010C7d01b50e0d17dc79C8,0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --threshold 2 --dev-account 0
   sumkit oracle run --config oracle.json --dev-account 1`,
		Subcommands: []*cli.Command{
			{
				Name:  "deploy",
				Usage: "train the initial model on the config's initial data and deploy it with its committee and trainer",
				Description: `Trains the config's model on its initial_data, measures it on held_out, deploys an OracleModel with
that initial version, sets the committee, deploys a Deposit-Refund-Take trainer sealed to it, and writes the
model, trainer and from_block into the config file, and the deployment manifest that sumkit add, predict,
refund, report and status read.

Example:
   sumkit oracle deploy --config oracle.json --operators 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --threshold 1 \
      --mechanism deposit-refund-take --refund-wait 86400 --owner-claim-wait 777600 --any-claim-wait 777600 \
      --cost-weight 1000000000000000 --encoder hashing:1000 --out sms.json --dev-account 0`,
				Flags: append([]cli.Flag{configFlag, rpcFlag(),
					&cli.StringFlag{Name: "operators", Required: true, Usage: "comma-separated operator addresses"},
					&cli.UintFlag{Name: "threshold", Required: true, Usage: "proposals a version needs (more than half the operators)"},
					&cli.StringFlag{Name: "classes", Value: "negative,positive", Usage: "comma-separated class names, in label order"},
					&cli.Uint64Flag{Name: "max-features", Value: trainer.DefaultMaxFeatures, Usage: "most indices a sample may list"},
					&cli.StringFlag{Name: "encoder", Value: "none", Usage: "encoder spec clients use: imdb-vocab, hashing:<n>[:seed=<s>], sklearn-hashing:<n> or none"},
					&cli.StringFlag{Name: "vocab", Usage: "vocabulary file for the imdb-vocab encoder"},
					&cli.StringFlag{Name: "out", Value: "deployment.json", Usage: "where to write the deployment manifest (for sumkit add, predict, refund, ...)"},
				}, append(trainerFlags(), accountFlags()...)...),
				Action: oracleDeploy,
			},
			{
				Name:  "run",
				Usage: "run an operator: follow contributions, train, and commit versions that beat the active one",
				Description: `Runs until interrupted (SIGINT or SIGTERM stop it between steps; a kill at any instant is safe:
the next run resumes). Logs are JSON lines on stderr; --metrics serves Prometheus metrics at /metrics.

Example:
   sumkit oracle run --config oracle.json --dev-account 1 --metrics 127.0.0.1:9464`,
				Flags: append([]cli.Flag{configFlag, rpcFlag(),
					&cli.StringFlag{Name: "metrics", Usage: "address to serve Prometheus metrics on (overrides the config's)"},
					&cli.StringFlag{Name: "data-dir", Usage: "the store and state directory (overrides the config's)"},
					&cli.Uint64Flag{Name: "depth", Usage: "confirmation depth in blocks (overrides the config's)"},
					&cli.StringFlag{Name: "poll", Usage: "wait between cycles, e.g. 5s (overrides the config's)"},
					&cli.BoolFlag{Name: "once", Usage: "run one cycle and exit"},
				}, accountFlags()...),
				Action: oracleRun,
			},
			{
				Name:  "status",
				Usage: "show the active version, the committee and the local store",
				Description: `Example:
   sumkit oracle status --config oracle.json`,
				Flags: []cli.Flag{configFlag, rpcFlag(),
					&cli.StringFlag{Name: "data-dir", Usage: "the operator's data directory (overrides the config's)"}},
				Action: oracleStatus,
			},
			committeeCommand(configFlag),
			{
				Name:  "devices",
				Usage: "list the NVIDIA GPUs training could use",
				Description: `Lists GPUs through NVML (name, memory, utilisation). Without a driver it says so: training runs on
the CPU, and the default build trains on the CPU anyway (GPU training needs a build with -tags cuda).

Example:
   sumkit oracle devices`,
				Action: func(c *cli.Context) error {
					devices, err := gpu.Local(c.Context)
					if errors.Is(err, gpu.ErrNoDriver) {
						fmt.Fprintln(c.App.Writer, "no NVIDIA GPU found (no NVML driver): training runs on the CPU")
						return nil
					}
					if werr := gpu.WriteTable(c.App.Writer, devices); werr != nil {
						return werr
					}
					if err != nil {
						return err
					}
					return nil
				},
			},
		},
	}
}

// committeeCommand is `sumkit oracle committee`: change an OracleModel's committee by its own quorum.
func committeeCommand(configFlag cli.Flag) *cli.Command {
	nextFlags := []cli.Flag{
		&cli.StringFlag{Name: "operators", Required: true, Usage: "comma-separated addresses of the next committee (any order: they are sorted)"},
		&cli.UintFlag{Name: "threshold", Required: true, Usage: "proposals a version will need (more than half the next operators)"},
	}
	return &cli.Command{
		Name:  "committee",
		Usage: "change the committee: its operators vote for the next one, which takes effect after the model's delay",
		Description: `After sealing, only the committee changes itself. Each operator of the current committee votes for the
next committee with 'propose'; the vote that reaches the current threshold schedules the change. After the
model's committee delay (its trainer's refund wait plus a day, so that every deposit pending at scheduling can
be refunded under the committee it was added under), anyone may 'execute' it. An operator may 'withdraw' its
vote; a scheduled change that falls below the threshold cannot be executed. 'show' prints the committee and
any scheduled change.

Example:
   sumkit oracle committee show --config oracle.json
   sumkit oracle committee propose --config oracle.json --operators 0x70997970C51812dc3A010C7d01b50e0d17dc79C8,0x90F79bf6EB2c4f870365E785982E1f101E93b906 --threshold 2 --dev-account 1
   sumkit oracle committee execute --config oracle.json --operators 0x70997970C51812dc3A010C7d01b50e0d17dc79C8,0x90F79bf6EB2c4f870365E785982E1f101E93b906 --threshold 2 --dev-account 0`,
		Subcommands: []*cli.Command{
			{
				Name:        "show",
				Usage:       "print the committee, the delay and any scheduled change",
				Description: "Example:\n   sumkit oracle committee show --config oracle.json",
				Flags:       []cli.Flag{configFlag, rpcFlag()},
				Action:      committeeShow,
			},
			{
				Name:  "propose",
				Usage: "vote, as an operator of the current committee, for the next committee",
				Description: `Example:
   sumkit oracle committee propose --config oracle.json --operators 0xA,0xB,0xC --threshold 2 --dev-account 1`,
				Flags:  append(append([]cli.Flag{configFlag, rpcFlag()}, nextFlags...), accountFlags()...),
				Action: committeePropose,
			},
			{
				Name:  "withdraw",
				Usage: "withdraw this operator's committee vote",
				Description: `Example:
   sumkit oracle committee withdraw --config oracle.json --dev-account 1`,
				Flags:  append([]cli.Flag{configFlag, rpcFlag()}, accountFlags()...),
				Action: committeeWithdraw,
			},
			{
				Name:  "execute",
				Usage: "put the scheduled committee change into effect, once its delay has passed (anyone may)",
				Description: `Example:
   sumkit oracle committee execute --config oracle.json --operators 0xA,0xB,0xC --threshold 2 --dev-account 0`,
				Flags:  append(append([]cli.Flag{configFlag, rpcFlag()}, nextFlags...), accountFlags()...),
				Action: committeeExecute,
			},
		},
	}
}

// parseOperators reads a comma-separated list of addresses.
func parseOperators(list string) ([]common.Address, error) {
	var operators []common.Address
	for _, s := range strings.Split(list, ",") {
		if !common.IsHexAddress(strings.TrimSpace(s)) {
			return nil, fmt.Errorf("operator %q is not an address: pass --operators 0xA,0xB", s)
		}
		operators = append(operators, common.HexToAddress(strings.TrimSpace(s)))
	}
	return operators, nil
}

// nextCommittee reads --operators and --threshold.
func nextCommittee(c *cli.Context) (oracle.Committee, error) {
	ops, err := parseOperators(c.String("operators"))
	if err != nil {
		return oracle.Committee{}, err
	}
	if c.Uint("threshold") > 255 {
		return oracle.Committee{}, usagef("--threshold %d is above 255", c.Uint("threshold"))
	}
	return oracle.Committee{Operators: ops, Threshold: uint8(c.Uint("threshold"))}, nil
}

// committeeModel loads the config's model address.
func committeeModel(c *cli.Context, what string) (*oracle.Config, error) {
	cfg, err := oracle.LoadConfig(c.String("config"))
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckDeployment(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return cfg, nil
}

func committeeShow(c *cli.Context) error {
	ctx := c.Context
	cfg, err := committeeModel(c, "oracle committee show")
	if err != nil {
		return err
	}
	client, _, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	s, err := oracle.ReadStatus(ctx, client, cfg.Model)
	if err != nil {
		return err
	}
	writeCommittee(c.App.Writer, s)
	return nil
}

// writeCommittee prints the committee, the delay and any scheduled change.
func writeCommittee(w io.Writer, s *oracle.ChainStatus) {
	fmt.Fprintf(w, "committee:  %d of %d (epoch %d)\n", s.Threshold, len(s.Operators), s.Epoch)
	for _, op := range s.Operators {
		fmt.Fprintf(w, "  operator  %s\n", op)
	}
	fmt.Fprintf(w, "change delay: %s after a change reaches the threshold\n", s.CommitteeDelay)
	if s.Pending.Digest == (common.Hash{}) {
		fmt.Fprintf(w, "pending:    no committee change scheduled\n")
		return
	}
	fmt.Fprintf(w, "pending:    change %s, %d votes, executable from %s\n", s.Pending.Digest.TerminalString(), s.Pending.Votes, s.Pending.ExecutableAt.Format(time.RFC3339))
}

func committeePropose(c *cli.Context) error {
	return committeeSend(c, "oracle committee propose", func(ctx context.Context, t *chain.Transactor, model common.Address) error {
		next, err := nextCommittee(c)
		if err != nil {
			return err
		}
		d, p, err := oracle.ProposeCommittee(ctx, t, model, next)
		if err != nil {
			return err
		}
		if p.Digest == d {
			fmt.Fprintf(c.App.Writer, "voted for change %s: scheduled, %d votes, executable from %s\n", d.TerminalString(), p.Votes, p.ExecutableAt.Format(time.RFC3339))
			return nil
		}
		fmt.Fprintf(c.App.Writer, "voted for change %s: not scheduled yet (it needs the current threshold)\n", d.TerminalString())
		return nil
	})
}

func committeeWithdraw(c *cli.Context) error {
	return committeeSend(c, "oracle committee withdraw", func(ctx context.Context, t *chain.Transactor, model common.Address) error {
		if err := oracle.WithdrawCommitteeVote(ctx, t, model); err != nil {
			return err
		}
		fmt.Fprintln(c.App.Writer, "withdrew the committee vote")
		return nil
	})
}

func committeeExecute(c *cli.Context) error {
	return committeeSend(c, "oracle committee execute", func(ctx context.Context, t *chain.Transactor, model common.Address) error {
		next, err := nextCommittee(c)
		if err != nil {
			return err
		}
		if err := oracle.ExecuteCommittee(ctx, t, model, next); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "the committee is now %d of %d\n", next.Threshold, len(next.Operators))
		return nil
	})
}

// committeeSend runs send from the flags' account against the config's model, explaining a revert.
func committeeSend(c *cli.Context, what string, send func(context.Context, *chain.Transactor, common.Address) error) error {
	ctx := c.Context
	cfg, err := committeeModel(c, what)
	if err != nil {
		return err
	}
	client, _, t, err := dialSender(c)
	if err != nil {
		return err
	}
	defer client.Close()
	if err := send(ctx, t, cfg.Model); err != nil {
		return explain(ctx, client, what, err)
	}
	return nil
}

func oracleDeploy(c *cli.Context) error {
	ctx := c.Context
	cfg, err := oracle.LoadConfig(c.String("config"))
	if err != nil {
		return err
	}
	operators, err := parseOperators(c.String("operators"))
	if err != nil {
		return err
	}
	initial, err := oracle.LoadSamples(cfg.InitialData)
	if err != nil {
		return fmt.Errorf("initial_data: %w", err)
	}
	heldOut, err := oracle.LoadSamples(cfg.HeldOut)
	if err != nil {
		return fmt.Errorf("held_out: %w", err)
	}
	classes := strings.Split(c.String("classes"), ",")
	if len(classes) != initial.NumClasses {
		return fmt.Errorf("%d class names for data of %d classes: pass --classes with one name per class", len(classes), initial.NumClasses)
	}
	incentive, err := incentiveFromFlags(c)
	if err != nil {
		return err
	}
	shape := &model.Model{Kind: model.Oracle, NumFeatures: uint64(initial.NumFeatures), MaxFeatures: c.Uint64("max-features")}
	enc, vocabPath, err := encoderFromFlags(c, shape)
	if err != nil {
		return err
	}
	w, err := train.Train(ctx, cfg.Train, train.Data{Samples: initial.Samples, Labels: initial.Labels, NumFeatures: initial.NumFeatures, NumClasses: initial.NumClasses}, nil)
	if err != nil {
		return fmt.Errorf("train the initial model: %w", err)
	}
	acc, err := oracle.Accuracy(w, heldOut)
	if err != nil {
		return err
	}
	client, chainID, t, err := dialSender(c)
	if err != nil {
		return err
	}
	defer client.Close()
	d, err := oracle.Deploy(ctx, t, oracle.DeploySpec{
		Classes: classes, MaxFeatures: c.Uint64("max-features"), Initial: w, ChunkSize: cfg.ChunkSize,
		Version: weights.Version{AccuracyPPM: acc, HeldOutSize: uint32(len(heldOut.Samples)),
			ConfigHash: oracle.ConfigHash(cfg.Train, initial, heldOut)},
		Operators: operators, Threshold: uint8(c.Uint("threshold")),
		Trainer: trainer.Spec{Incentive: incentive, Name: c.String("name"), Description: c.String("description"), Encoder: enc.Spec()},
	})
	if err != nil {
		return explain(ctx, client, "oracle deploy", err)
	}
	cfg.Model, cfg.Trainer, cfg.FromBlock = d.Model, d.Trainer, d.Block
	if err := cfg.Save(c.String("config")); err != nil {
		return fmt.Errorf("deployed (model %s, trainer %s) but %w", d.Model, d.Trainer, err)
	}
	man := &deployment.Manifest{
		Format: deployment.Format, ChainID: chainID.Uint64(), Model: d.Model, Trainer: d.Trainer,
		Kind: model.Oracle, Mechanism: incentive.Mechanism, Encoder: enc.Spec(), Vocabulary: vocabPath,
		Classes: classes, NumFeatures: shape.NumFeatures, MaxFeatures: shape.MaxFeatures,
		Incentive: deployment.IncentiveOf(incentive), Deployer: t.From(),
		BlockNumber: d.Receipts[len(d.Receipts)-1].BlockNumber.Uint64(),
	}
	if err := man.Save(c.String("out")); err != nil {
		return fmt.Errorf("deployed (model %s, trainer %s) but %w", d.Model, d.Trainer, err)
	}
	fmt.Fprintf(c.App.Writer, "model:    %s\ntrainer:  %s\nblock:    %d\naccuracy: %.2f%% on %d held-out samples (version 0)\ngas used: %d in %d transactions\nwrote %s and %s\n",
		d.Model, d.Trainer, d.Block, float64(acc)/1e4, len(heldOut.Samples), d.GasUsed(), len(d.Receipts), c.String("config"), c.String("out"))
	return nil
}

func oracleRun(c *cli.Context) error {
	ctx := c.Context
	cfg, err := oracle.LoadConfig(c.String("config"))
	if err != nil {
		return err
	}
	if c.IsSet("metrics") {
		cfg.Metrics = c.String("metrics")
	}
	if c.IsSet("data-dir") {
		cfg.DataDir = c.String("data-dir")
	}
	if c.IsSet("depth") {
		depth := c.Uint64("depth")
		cfg.Depth = &depth
	}
	if c.IsSet("poll") {
		cfg.Poll = c.String("poll")
		if _, err := cfg.PollInterval(); err != nil {
			return fmt.Errorf("--%w", err)
		}
	}
	log := slog.New(slog.NewJSONHandler(c.App.ErrWriter, nil))
	client, _, t, err := dialSender(c)
	if err != nil {
		return err
	}
	defer client.Close()
	o, err := oracle.Open(ctx, cfg, client, t, log)
	if err != nil {
		return err
	}
	defer o.Close()
	if cfg.Metrics != "" {
		ln, err := net.Listen("tcp", cfg.Metrics)
		if err != nil {
			return fmt.Errorf("metrics: %w (choose another --metrics address)", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(o.Registry(), promhttp.HandlerOpts{}))
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln) //nolint:errcheck // Serve returns when Close is called below.
		defer srv.Close()
		log.Info("serving metrics", "addr", ln.Addr().String())
	}
	if c.Bool("once") {
		d, err := o.Step(ctx)
		if err != nil {
			return explain(ctx, client, "oracle run", err)
		}
		fmt.Fprintf(c.App.Writer, "%s\n", describe(d))
		return nil
	}
	if err := o.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	log.Info("stopped")
	return nil
}

// describe says in one line what a cycle did.
func describe(d oracle.Decision) string {
	if d.Version == nil {
		return d.Action
	}
	state := "proposed, waiting for the committee"
	if d.Active {
		state = "active"
	}
	switch d.Action {
	case "committed":
		return fmt.Sprintf("version %d (%s): accuracy %.2f%%, %d contributions: %s", d.Version.Number, d.Version.Digest().TerminalString(), float64(d.Version.AccuracyPPM)/1e4, d.Version.TrainedCount, state)
	default:
		return fmt.Sprintf("%s: version %d would have accuracy %.2f%%", d.Action, d.Version.Number, float64(d.Version.AccuracyPPM)/1e4)
	}
}

func oracleStatus(c *cli.Context) error {
	ctx := c.Context
	cfg, err := oracle.LoadConfig(c.String("config"))
	if err != nil {
		return err
	}
	if err := cfg.CheckDeployment(); err != nil {
		return err
	}
	if c.IsSet("data-dir") {
		cfg.DataDir = c.String("data-dir")
	}
	client, chainID, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	s, err := oracle.ReadStatus(ctx, client, cfg.Model)
	if err != nil {
		return err
	}
	v := s.Active
	w := c.App.Writer
	fmt.Fprintf(w, "model:      %s\nversion:    %d (parent %d), digest %s\naccuracy:   %.2f%% on %d held-out samples\ntrained on: %d contributions up to block %d, log %d\nweights:    root %s in %d chunks (WeightsChunk events)\n",
		cfg.Model, v.Number, v.Parent, v.Digest(), float64(v.AccuracyPPM)/1e4, v.HeldOutSize, v.TrainedCount, v.CursorBlock, v.CursorLogIndex,
		v.WeightsRoot, v.WeightChunks)
	writeCommittee(w, s)
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "head:       block %d (%d blocks after the version's cursor)\n", head, head-min(head, v.CursorBlock))
	local, err := oracle.ReadLocal(cfg, chainID.Uint64())
	switch {
	case errors.Is(err, oracle.ErrNoData):
		fmt.Fprintf(w, "local:      %s does not exist yet (sumkit oracle run creates it)\n", cfg.DataDir)
	case err != nil:
		fmt.Fprintf(w, "local:      unreadable: %v\n", err)
	case !local.Ingested:
		fmt.Fprintf(w, "local:      nothing ingested yet\n")
	default:
		fmt.Fprintf(w, "local:      ingested to block %d (%d behind the head): %d contributions, %d refunds and reports\n",
			local.Cursor.Block, head-min(head, local.Cursor.Block), local.Counts.Contributions, local.Counts.Outcomes)
		for _, sv := range local.Saved {
			fmt.Fprintf(w, "  saved     version %d, digest %s, cursor block %d: committing\n", sv.Number, sv.Digest().TerminalString(), sv.CursorBlock)
		}
	}
	return nil
}
