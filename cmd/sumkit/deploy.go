package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/internal/progress"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy a model and its trainer, and write a deployment manifest",
		Description: `Loads a model file or builds an untrained model, checks that the encoder fits it, deploys the model
(filled in chunks, with progress on stderr) and the trainer that seals it, then writes the deployment manifest
that predict and add read.

--out is checked before anything is sent. Until the manifest is written, the deployment's progress (each
transaction's hash, recorded before it is sent) is kept next to it in <out>.partial. If a deploy stops midway
(killed, a transaction failed or timed out, the node went away), run the same command again: it asks the node
which transactions landed, waits for one still pending, and pays only for the rest. Different inputs are refused;
to give up on a partial deployment instead, delete <out>.partial (the model it paid for stays unsealed).

--model takes a model kind or a file. A value that is exactly one of the kinds
   ` + model.KindNames() + `
builds an untrained model: --classes names its classes and --features sets its size (the dense sample length,
or the sparse vocabulary size, which the encoder must match). Any other value is a model file in 0xDeCA10B's
JSON format (see the README's "Model files"); to load a file named like a kind, write ./naive-bayes. The nearest
centroid kinds cannot start untrained (a class with no samples has no centroid): give them a file.

Examples:
   sumkit deploy --dev-account 0 --model naive-bayes --features 1000 --classes negative,positive \
      --encoder hashing:1000 --mechanism points --out sentiment.json
   sumkit deploy --dev-account 0 --model testdata/models/fitness-like-dense-perceptron.json \
      --encoder none --mechanism points --out fitness.json
   sumkit deploy --dev-account 0 --model testdata/models/imdb-sparse-perceptron.json \
      --encoder imdb-vocab --vocab testdata/models/imdb.json --mechanism deposit-refund-take \
      --refund-wait 60 --owner-claim-wait 120 --any-claim-wait 180 --cost-weight 1000000000 --out imdb.json`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			&cli.StringFlag{Name: "model", Required: true, Usage: "a model kind (" + model.KindNames() + ") for an untrained model, or a model file (0xDeCA10B JSON)"},
			&cli.StringFlag{Name: "classes", Usage: "untrained model: its class names, comma-separated in class-index order (perceptrons: exactly 2)"},
			&cli.Uint64Flag{Name: "features", Usage: "untrained model: the dense sample length or the sparse vocabulary size"},
			&cli.Float64Flag{Name: "learning-rate", Value: 1, Usage: "untrained perceptron: the update step (the first one, with --decay-updates)"},
			&cli.Float64Flag{Name: "smoothing", Value: 1, Usage: "untrained naive Bayes: additive smoothing (1 is Laplace's)"},
			&cli.StringFlag{Name: "encoder", Required: true, Usage: "encoder spec: imdb-vocab, hashing:<n>[:seed=<s>], sklearn-hashing:<n> (scikit-learn HashingVectorizer) or none"},
			&cli.StringFlag{Name: "vocab", Usage: "vocabulary file for the imdb-vocab encoder"},
			&cli.Uint64Flag{Name: "max-features", Usage: "most indices a sparse sample may list (default: the model's, or min(features, 512))"},
			&cli.Uint64Flag{Name: "decay-updates", Usage: "perceptrons: the step halves after this many mistakes, then falls like 1/t (0: a constant step; default: the model file's decayUpdates)"},
			&cli.StringFlag{Name: "out", Value: "deployment.json", Usage: "where to write the deployment manifest; <out>.partial holds the progress until then"},
		}, append(trainerFlags(), accountFlags()...)...),
		Action: runDeploy,
	}
}

func runDeploy(c *cli.Context) error {
	if c.Args().Present() {
		return fmt.Errorf("deploy: unexpected arguments %q", c.Args().Slice())
	}
	out := c.String("out")
	if err := deployment.CheckPath(out); err != nil {
		return fmt.Errorf("deploy: --out %s: %w", out, err)
	}
	m, err := modelFromFlags(c)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	incentive, err := incentiveFromFlags(c)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	mech := incentive.Mechanism
	if c.IsSet("decay-updates") {
		if m.Kind != model.SparsePerceptron && m.Kind != model.DensePerceptron {
			return fmt.Errorf("deploy: --decay-updates is a perceptron's step schedule; the model is a %s", m.Kind)
		}
		if m.DecayUpdates = c.Uint64("decay-updates"); m.DecayUpdates == 0 {
			m.Updates = 0
		}
		if err := m.Validate(); err != nil {
			return fmt.Errorf("deploy: --decay-updates: %w", err)
		}
	}
	switch {
	case c.Uint64("max-features") > 0:
		m.MaxFeatures = c.Uint64("max-features")
	case m.MaxFeatures == 0:
		m.MaxFeatures = min(m.NumFeatures, trainer.DefaultMaxFeatures)
	}

	enc, vocabPath, err := encoderFromFlags(c, m)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}

	url := c.String("rpc")
	client, chainID, err := dial(c.Context, url)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	defer client.Close()
	// A dry run sends nothing, so it has no progress to keep.
	var journal *trainer.Journal
	var extra []chain.Option
	if !c.Bool("dry-run") {
		if journal, err = trainer.OpenJournal(out + ".partial"); err != nil {
			return fmt.Errorf("deploy: %w", err)
		}
		extra = append(extra, chain.WithSigned(journal.Signed))
	}
	t, err := newTransactor(c, client, chainID, url, extra...)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}

	var bar *progress.Bar
	s, err := trainer.Deploy(c.Context, t, trainer.Spec{
		Journal: journal,
		Resuming: func(r trainer.Resumption) {
			fmt.Fprintf(c.App.ErrWriter, "resuming the deployment recorded in %s: %d of %d transactions already landed (%d gas, model %s); paying for the other %d\n",
				r.Path, r.Landed, r.Total, r.GasUsed, r.Model, r.Total-r.Landed)
		},
		Model:       m,
		MaxFeatures: m.MaxFeatures,
		Incentive:   incentive,
		Name:        c.String("name"),
		Description: c.String("description"),
		Encoder:     enc.Spec(),
		Progress: func(done, total int) {
			if bar == nil {
				bar = progress.New(c.App.ErrWriter, "writing the model", "words", total)
			}
			bar.Set(done)
		},
	})
	if dry, err := writeDryRun(c.App.Writer, "creating the model", err); dry {
		if err == nil {
			_, err = fmt.Fprintln(c.App.Writer, "(the model's further chunks and the trainer follow it; they cannot be simulated before the model exists)")
		}
		return err
	}
	if err != nil {
		resumable := s != nil && journal != nil && !errors.Is(err, trainer.ErrUnsealable)
		// trainer.Deploy's errors begin with "deploy: " already; explain adds the command's prefix.
		if inner := errors.Unwrap(err); inner != nil && strings.HasPrefix(err.Error(), "deploy: ") {
			err = inner
		}
		err = explain(c.Context, client, "deploy", err)
		if resumable {
			// Deploy got as far as sending: what landed is recorded, and a re-run pays only for the rest.
			err = fmt.Errorf("%w; the progress is kept in %s: run the same command again to go on without paying again for what landed", err, journal.Path())
		}
		return err
	}
	man, err := deployment.New(chainID, s, m, incentive, enc.Spec(), vocabPath, t.From())
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	if err := man.Save(out); err != nil {
		return fmt.Errorf("deploy: the stack is deployed (model %s, trainer %s) but %w; fix that and run the same command again: it sends nothing more and writes the manifest", s.Model, s.Trainer, err)
	}
	if err := journal.Remove(); err != nil {
		fmt.Fprintf(c.App.ErrWriter, "warning: %v; it is no longer needed\n", err)
	}
	fees := new(big.Int)
	for _, r := range s.Receipts {
		fees.Add(fees, fee(r))
	}
	_, err = fmt.Fprintf(c.App.Writer, "model:     %s (%s)\ntrainer:   %s (%s)\nchain id:  %s\ngas used:  %d in %d transactions\nfees:      %s wei\n",
		s.Model, m.Kind, s.Trainer, mech, chainID, s.GasUsed(), len(s.Receipts), fees)
	if err == nil && s.Reused > 0 {
		reused := chain.GasUsed(s.Receipts[:s.Reused])
		_, err = fmt.Fprintf(c.App.Writer, "resumed:   %d of the transactions (%d gas) were paid by the interrupted run; this run paid %d gas\n",
			s.Reused, reused, s.GasUsed()-reused)
	}
	if err == nil {
		_, err = fmt.Fprintf(c.App.Writer, "wrote %s\n", out)
	}
	return err
}

// modelFromFlags builds the model --model names: an untrained one for a kind, else the model file's.
func modelFromFlags(c *cli.Context) (*model.Model, error) {
	arg := c.String("model")
	kind := model.Kind(arg)
	if !slices.Contains(model.Trainable(), kind) {
		for _, name := range []string{"classes", "features", "learning-rate", "smoothing"} {
			if c.IsSet(name) {
				return nil, fmt.Errorf("--%s is for an untrained model, but --model %s is a file, which sets its own; drop --%s or give --model a kind (%s)", name, arg, name, model.KindNames())
			}
		}
		_, statErr := os.Stat(arg)
		if errors.Is(statErr, fs.ErrNotExist) && !strings.ContainsAny(arg, `./\`) {
			return nil, fmt.Errorf("--model %q is neither a model kind nor a file: give a kind (%s) or a model file's path", arg, model.KindNames())
		}
		return model.Load(arg)
	}
	var classes []string
	if c.IsSet("classes") {
		classes = strings.Split(c.String("classes"), ",")
		for i := range classes {
			classes[i] = strings.TrimSpace(classes[i])
		}
	}
	m, err := model.Untrained(kind, classes, c.Uint64("features"))
	switch {
	case err == nil:
	case errors.Is(err, model.ErrNoEmptyCentroid):
		return nil, fmt.Errorf("--model %s: %w", kind, err)
	case classes == nil:
		return nil, fmt.Errorf("--model %s builds an untrained model: name its classes with --classes, for example --classes negative,positive", kind)
	case c.Uint64("features") == 0:
		return nil, fmt.Errorf("--model %s builds an untrained model: set its size with --features N, at least 1 (the dense sample length or the sparse vocabulary size)", kind)
	default:
		return nil, fmt.Errorf("--model %s: %w", kind, err)
	}
	perceptron := kind == model.SparsePerceptron || kind == model.DensePerceptron
	if c.IsSet("learning-rate") {
		if !perceptron {
			return nil, fmt.Errorf("--learning-rate is a perceptron's step; a %s has none: drop it", kind)
		}
		lr := c.Float64("learning-rate")
		if m.LearningRate, err = model.ToFixed(lr); err != nil || m.LearningRate < model.MinLearningRate || m.LearningRate > model.MaxLearningRate {
			return nil, fmt.Errorf("--learning-rate %v is outside what the contract takes: give a step from 1e-9 to 1000", lr)
		}
	}
	if c.IsSet("smoothing") {
		if kind != model.NaiveBayes {
			return nil, fmt.Errorf("--smoothing is naive Bayes's; a %s has none: drop it", kind)
		}
		v := c.Float64("smoothing")
		s, err := model.ToFixed(v)
		if err != nil || s < 1 || s > model.MaxSmoothing {
			return nil, fmt.Errorf("--smoothing %v is outside what the contract takes: give a value from 1e-9 to %v", v, float64(model.MaxSmoothing)/model.One)
		}
		m.Smoothing = uint64(s)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("--model %s: %w", kind, err)
	}
	return m, nil
}

// trainerFlags describe the trainer a deployment puts in front of its model.
func trainerFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "mechanism", Required: true, Usage: "incentive mechanism: deposit-refund-take or points"},
		&cli.UintFlag{Name: "refund-wait", Value: 24 * 60 * 60, Usage: fmt.Sprintf("seconds before a contributor may claim a refund (or validate, with points): %d to %d", trainer.MinRefundWait, trainer.MaxRefundWait)},
		&cli.UintFlag{Name: "owner-claim-wait", Value: 9 * 24 * 60 * 60, Usage: fmt.Sprintf("seconds before the owner may take a deposit left unclaimed (deposit-refund-take): at least --refund-wait + %d, at most --any-claim-wait", trainer.MinRefundWindow)},
		&cli.UintFlag{Name: "any-claim-wait", Value: 9 * 24 * 60 * 60, Usage: fmt.Sprintf("seconds before anyone may take a deposit left unclaimed (deposit-refund-take): at most %d", trainer.MaxClaimWait)},
		&cli.StringFlag{Name: "cost-weight", Value: "0", Usage: fmt.Sprintf("deposit cost weight in wei (deposit-refund-take): %d to %s", trainer.MinCostWeight, trainer.MaxCostWeight())},
		&cli.StringFlag{Name: "name", Usage: "the trainer's name for clients"},
		&cli.StringFlag{Name: "description", Usage: "the trainer's description for clients"},
	}
}

// incentiveFromFlags reads trainerFlags' incentive.
func incentiveFromFlags(c *cli.Context) (trainer.Incentive, error) {
	mech := trainer.Mechanism(c.String("mechanism"))
	if !slices.Contains([]trainer.Mechanism{trainer.DepositRefundTake, trainer.Points}, mech) {
		return trainer.Incentive{}, fmt.Errorf("unknown --mechanism %q: use %s or %s", mech, trainer.DepositRefundTake, trainer.Points)
	}
	costWeight, ok := new(big.Int).SetString(c.String("cost-weight"), 10)
	if !ok || costWeight.Sign() < 0 {
		return trainer.Incentive{}, fmt.Errorf("--cost-weight %q is not a whole number of wei", c.String("cost-weight"))
	}
	waits := make([]uint32, 3)
	for i, name := range []string{"refund-wait", "owner-claim-wait", "any-claim-wait"} {
		v := c.Uint(name)
		if uint64(v) > uint64(^uint32(0)) {
			return trainer.Incentive{}, fmt.Errorf("--%s %d is above %d seconds", name, v, ^uint32(0))
		}
		waits[i] = uint32(v)
	}
	return trainer.Incentive{Mechanism: mech, RefundWait: waits[0], OwnerClaimWait: waits[1], AnyAddressClaimWait: waits[2], CostWeight: costWeight}, nil
}

// encoderFromFlags builds the --encoder (with --vocab) for m, and returns the vocabulary's absolute path for the
// manifest, so that clients find it from any folder.
func encoderFromFlags(c *cli.Context, m *model.Model) (encoder.Encoder, string, error) {
	vocabPath := c.String("vocab")
	enc, err := buildEncoder(c.String("encoder"), vocabPath, m)
	if err != nil {
		return nil, "", err
	}
	if vocabPath != "" {
		if vocabPath, err = filepath.Abs(vocabPath); err != nil {
			return nil, "", err
		}
	}
	return enc, vocabPath, nil
}

// buildEncoder builds the encoder spec names, fitted to m; vocabPath, when set, is the imdb-vocab vocabulary.
func buildEncoder(spec, vocabPath string, m *model.Model) (encoder.Encoder, error) {
	opts := []encoder.Option{encoder.ForModel(m)}
	if vocabPath != "" {
		v, err := model.LoadVocabulary(vocabPath)
		if err != nil {
			return nil, fmt.Errorf("--vocab: %w", err)
		}
		opts = append(opts, encoder.WithVocabulary(v))
	}
	enc, err := encoder.New(spec, opts...)
	if err != nil {
		if encoderName(spec) == encoder.NameVocabulary && vocabPath == "" {
			return nil, fmt.Errorf("%w; pass the vocabulary with --vocab FILE", err)
		}
		return nil, fmt.Errorf("encoder does not fit the model: %w", err)
	}
	return enc, nil
}

// encoderName is a spec's first field.
func encoderName(spec string) string {
	name, _, _ := strings.Cut(strings.TrimSpace(spec), ":")
	return name
}
