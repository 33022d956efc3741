package main

import (
	"fmt"
	"math/big"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func addCommand() *cli.Command {
	return &cli.Command{
		Name:      "add",
		Usage:     "add a labelled text to a deployed model, paying the trainer's deposit",
		ArgsUsage: "TEXT | - | --text TEXT | --file FILE",
		Description: `Encodes TEXT with the deployment's encoder and adds it with --label through the trainer, which updates
the model. Sends the deposit the trainer asks for now unless --value is given; any excess comes back.

` + encodingHelp + `

` + textHelp + `

` + fileHelp + `

add --file adds the lines in batches of --batch (default 50, at most the trainer's MAX_BATCH_SIZE), one
addDataBatch transaction each, without waiting for each to be mined, with the largest deposit for every line (the
excess comes back). Each line still gets its own contribution and AddData event, as if added alone; a batch
costs a fraction of the gas of a transaction a line. --batch 1 sends one addData a line; a trainer deployed
before addDataBatch gets that. A line the trainer refuses stops the run after the lines before it are added, with
its own error. It can be run again: what the account added already (the same sample and label) is skipped, and
a transaction a killed run left in flight is waited for, not sent twice (run it again with the same --batch). A
line that is in the file twice is added twice.

Examples:
   sumkit add --deployment imdb.json --dev-account 1 --label Positive "a wonderful, moving film"
   sumkit add --deployment fitness.json --dev-account 1 --label 0 --value 1000000000000000 "1000000000,0,0,0,0,0,0,0,0"
   sumkit add --deployment imdb.json --dev-account 1 --file testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			textFlag(),
			&cli.StringFlag{Name: "vocab", Usage: "vocabulary file for the imdb-vocab encoder (default: the one recorded at deployment)"},
			&cli.StringFlag{Name: "label", Usage: "the text's class: its name or its index (required without --file)"},
			&cli.StringFlag{Name: "value", Usage: "wei to send (default: the deposit the trainer asks for now)"},
			&cli.IntFlag{Name: "batch", Usage: "with --file: lines a transaction, 1 to the trainer's MAX_BATCH_SIZE (default 50)"},
		}, append(fileFlags(), accountFlags()...)...),
		Action: runAdd,
	}
}

func runAdd(c *cli.Context) error {
	if c.IsSet("file") {
		return runAddFile(c)
	}
	if !c.IsSet("label") {
		return usagef("missing --label: pass it; see `sumkit add --help` (or add a labelled --file)")
	}
	var value *big.Int
	if c.IsSet("value") {
		v, ok := new(big.Int).SetString(c.String("value"), 10)
		if !ok || v.Sign() < 0 {
			return usagef("--value %q is not a whole number of wei", c.String("value"))
		}
		value = v
	}
	d, err := openDeployment(c)
	if err != nil {
		return err
	}
	defer d.client.Close()
	label, err := dataset.ClassIndex(c.String("label"), d.manifest.Classes)
	if err != nil {
		return &usageError{err}
	}
	t, err := d.transactor(c)
	if err != nil {
		return err
	}
	if value == nil {
		if value, err = d.stack.NextAddDataCost(c.Context, t); err != nil {
			return explain(c.Context, d.client, "add", err)
		}
	}
	r, err := d.stack.AddData(c.Context, t, d.sample, label, value)
	if dry, err := writeDryRun(c.App.Writer, fmt.Sprintf("adding it as %s with %s wei", d.manifest.Classes[label], value), err); dry {
		return err
	}
	if err != nil {
		return explain(c.Context, d.client, "add", err)
	}
	// What was sent is the transaction's value: a re-run answered by an earlier transaction sent that one's.
	if tx, _, err := d.client.TransactionByHash(c.Context, r.TxHash); err == nil {
		value = tx.Value()
	}
	// The block may ask less than the deposit read before sending; the trainer returns the excess.
	added, err := trainer.EventIn(r.Logs, d.manifest.Trainer, trainer.DecodeAddData)
	if err != nil {
		return fmt.Errorf("transaction %s: %w", r.TxHash, err)
	}
	held := added.Deposit
	if _, err := fmt.Fprintf(c.App.Writer, "added as %s (class %d) from %s\ndeposit:   %s wei held (%s sent, %s returned)\n",
		d.manifest.Classes[label], label, t.From(), held, value, new(big.Int).Sub(value, held)); err != nil {
		return err
	}
	return writeReceipt(c.App.Writer, r)
}
