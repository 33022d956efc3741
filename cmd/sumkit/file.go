package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/internal/progress"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// fileHelp is the paragraph of add's and predict's help about --file.
const fileHelp = `With --file FILE, every line of FILE is one text (or sample) instead of TEXT: TSV (text<TAB>label, as the
UCI sentence files), CSV (text,label; quote a text with commas; a first row text,label is skipped) or JSON lines
({"text": "...", "label": "positive"} or {"indices": [3, 17, 42], "label": 1}), told apart by the name's
extension (.tsv/.txt, .csv, .jsonl) or by --format. The whole file is checked before anything is sent: a bad
line is named with its number and nothing is done.`

// fileFlags are the flags of the --file form of add and predict.
func fileFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "file", Usage: "labelled `FILE` of texts, one a line, instead of TEXT (see below)"},
		&cli.StringFlag{Name: "format", Usage: "--file's format: tsv, csv or jsonl (default: from its extension)"},
	}
}

// openFile reads and encodes c's --file for the deployment, checking every line before anything is sent, and
// connects to the node. needLabels refuses a file without labels. The caller closes the client.
func openFile(c *cli.Context, needLabels bool) (*opened, []dataset.Example, error) {
	if c.Args().Present() {
		return nil, nil, fmt.Errorf("both --file and a TEXT argument (%q) given: pass one", c.Args().First())
	}
	path := c.String("file")
	man, err := deployment.Load(c.String("deployment"))
	if err != nil {
		return nil, nil, err
	}
	examples, err := readManifestFile(c, man, "file", path)
	if err != nil {
		return nil, nil, err
	}
	if needLabels && !examples[0].Labelled {
		return nil, nil, fmt.Errorf("%s has no labels: adding needs each text's class; write text<TAB>label (or text,label, or a \"label\" field)", path)
	}
	unknown := 0
	for _, ex := range examples {
		if len(ex.Report.Unknown) > 0 {
			unknown++
		}
	}
	if unknown > 0 {
		fmt.Fprintf(c.App.ErrWriter, "%d of %d lines have words the encoder does not know; they were dropped from those lines\n", unknown, len(examples))
	}
	d, err := connect(c, man)
	if err != nil {
		return nil, nil, err
	}
	return d, examples, nil
}

// readManifestFile reads the labelled samples file path, named by flag, encoded with the deployment's encoder
// (--vocab, where c has it, overriding the manifest's vocabulary) as add --file sends them; --format, where set,
// overrides the format its extension names.
func readManifestFile(c *cli.Context, man *deployment.Manifest, flag, path string) ([]dataset.Example, error) {
	vocab := c.String("vocab")
	if vocab == "" {
		vocab = man.Vocabulary
	}
	shape := &model.Model{Kind: man.Kind, NumFeatures: man.NumFeatures, MaxFeatures: man.MaxFeatures}
	enc, err := buildEncoder(man.Encoder, vocab, shape)
	if err != nil {
		return nil, err
	}
	return readExamplesFile(c, flag, path, enc, shape, man.Classes)
}

// readExamplesFile reads the samples file path, named by flag, encoded with enc for a model of shape's kind and
// size, labels naming classes; --format, where set, overrides the format its extension names.
func readExamplesFile(c *cli.Context, flag, path string, enc encoder.Encoder, shape *model.Model, classes []string) ([]dataset.Example, error) {
	var format dataset.FileFormat
	var err error
	if c.IsSet("format") {
		format, err = dataset.ParseFileFormat(c.String("format"))
	} else {
		format, err = dataset.FormatOf(path)
	}
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flag, err)
	}
	indices, err := encoder.NewNone(encoder.ForModel(shape))
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flag, err)
	}
	defer f.Close()
	return dataset.ReadExamples(f, path, format, enc, indices, classes)
}

// runAddFile is add --file: every line added, what is on chain already skipped.
func runAddFile(c *cli.Context) error {
	if c.IsSet("label") || c.IsSet("value") || c.Bool("dry-run") {
		return usagef("--file takes each line's label from the file and sends the deposit each needs; drop --label, --value and --dry-run")
	}
	if c.Bool("again") {
		// Without the journal's answers a re-run after a kill would send again what the killed run left in flight.
		return usagef("--again does not go with --file, which skips what is on chain and waits for what is in flight; to add a line once more, add it without --file")
	}
	if c.IsSet("batch") && c.Int("batch") < 1 {
		return usagef("--batch %d: give at least 1 line a transaction", c.Int("batch"))
	}
	d, examples, err := openFile(c, true)
	if err != nil {
		return err
	}
	defer d.client.Close()
	t, err := d.transactor(c)
	if err != nil {
		return err
	}
	samples := make([]trainer.Sample, len(examples))
	for i, ex := range examples {
		samples[i] = trainer.Sample{Data: ex.Data, Label: ex.Label, Line: ex.Line}
	}
	var bar *progress.Bar
	res, err := d.stack.AddAll(c.Context, t, d.client, samples, trainer.BatchOptions{
		BatchSize: c.Int("batch"),
		History:   trainer.HistoryOptions{FromBlock: d.manifest.BlockNumber},
		Progress: func(done, total int) {
			if bar == nil {
				bar = progress.New(c.App.ErrWriter, "adding", "lines", total).Delay(time.Second)
			}
			bar.Set(done)
		},
	})
	if bar != nil {
		bar.Done()
	}
	if res != nil && (res.Added > 0 || err == nil) {
		var gas uint64
		for _, r := range res.Receipts {
			gas += r.GasUsed
		}
		txs := fmt.Sprintf("%d transactions", len(res.Receipts))
		if len(res.Receipts) == 1 {
			txs = "1 transaction"
		}
		fmt.Fprintf(c.App.Writer, "added %d of %d lines from %s in %s (%d on chain already)\ngas used:  %d\n", res.Added, len(samples), t.From(), txs, res.Skipped, gas)
		if res.Sent.Sign() > 0 {
			fmt.Fprintf(c.App.Writer, "deposit:   %s wei held (%s sent, %s returned)\n", res.Held, res.Sent, new(big.Int).Sub(res.Sent, res.Held))
		}
	}
	if err != nil {
		err = explain(c.Context, d.client, "add", err)
		return fmt.Errorf("%w; run the same command again to add the rest: what is on chain is skipped", err)
	}
	return nil
}

// runPredictFile is predict --file: one prediction a line, and the accuracy where the file has labels.
func runPredictFile(c *cli.Context) error {
	d, examples, err := openFile(c, false)
	if err != nil {
		return err
	}
	defer d.client.Close()
	t := trainer.NewTransactor(d.client, &bind.TransactOpts{})
	samples := make([][]int64, len(examples))
	for i, ex := range examples {
		samples[i] = ex.Data
	}
	bar := progress.New(c.App.ErrWriter, "predicting", "lines", len(samples)).Delay(time.Second)
	classes, err := d.stack.PredictAll(c.Context, t, samples, 0, func(done, _ int) { bar.Set(done) })
	bar.Done()
	if err != nil {
		return explain(c.Context, d.client, "predict", err)
	}
	name := func(class uint64) string {
		if class < uint64(len(d.manifest.Classes)) {
			return d.manifest.Classes[class]
		}
		return fmt.Sprintf("class %d", class)
	}
	labelled := examples[0].Labelled
	var score trainer.Score
	if labelled {
		labels := make([]uint64, len(examples))
		for i, ex := range examples {
			labels[i] = ex.Label
		}
		score = trainer.ScorePredictions(classes, labels, len(d.manifest.Classes))
	}
	if c.Bool("json") {
		type line struct {
			Line  int     `json:"line"`
			Class uint64  `json:"class"`
			Name  string  `json:"name"`
			Label *uint64 `json:"label,omitempty"`
		}
		enc := json.NewEncoder(c.App.Writer)
		for i, ex := range examples {
			l := line{Line: ex.Line, Class: classes[i], Name: name(classes[i])}
			if labelled {
				l.Label = &examples[i].Label
			}
			if err := enc.Encode(l); err != nil {
				return err
			}
		}
		if labelled {
			type class struct {
				Name      string `json:"name"`
				Labelled  int    `json:"labelled"`
				Correct   int    `json:"correct"`
				Predicted int    `json:"predicted"`
			}
			out := struct {
				Total    int     `json:"total"`
				Correct  int     `json:"correct"`
				Accuracy float64 `json:"accuracy"`
				Classes  []class `json:"classes"`
			}{Total: score.Total, Correct: score.Correct, Accuracy: score.Accuracy()}
			for i, cs := range score.Classes {
				out.Classes = append(out.Classes, class{name(uint64(i)), cs.Labelled, cs.Correct, cs.Predicted})
			}
			return enc.Encode(out)
		}
		return nil
	}
	for i, ex := range examples {
		if _, err := fmt.Fprintf(c.App.Writer, "%d\t%s (class %d)\n", ex.Line, name(classes[i]), classes[i]); err != nil {
			return err
		}
	}
	if !labelled {
		return nil
	}
	fmt.Fprintf(c.App.Writer, "accuracy:  %.1f%% (%d of %d lines predicted as labelled)\n", 100*score.Accuracy(), score.Correct, score.Total)
	for i, cs := range score.Classes {
		if _, err := fmt.Fprintf(c.App.Writer, "  %-12s %d of %d right, %d predicted\n", name(uint64(i))+":", cs.Correct, cs.Labelled, cs.Predicted); err != nil {
			return err
		}
	}
	return nil
}
