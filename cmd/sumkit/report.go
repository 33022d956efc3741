package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/sdk/trainer"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "report someone else's contribution that the model disagrees with, taking part of its deposit",
		Description: `Names the contribution by its addData transaction (--tx), whose AddData event gives the sample, label,
time and author. Reporting needs the refund wait to have passed, the model to disagree with the label, and the
reporter to have good (refunded) contributions of its own; after the trainer's longer waits the owner, and then
anyone, may take what is left.

Example:
   sumkit report --deployment fitness.json --dev-account 2 --tx 0x5c1f...`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			&cli.StringFlag{Name: "tx", Required: true, Usage: "hash of the addData transaction that added the contribution"},
		}, accountFlags()...),
		Action: func(c *cli.Context) error {
			d, sub, err := openContribution(c, false)
			if err != nil {
				return err
			}
			defer d.client.Close()
			t, err := d.transactor(c)
			if err != nil {
				return err
			}
			r, err := d.stack.Report(c.Context, t, sub.data, sub.label, sub.time, sub.author)
			if dry, err := writeDryRun(c.App.Writer, "the report", err); dry {
				return err
			}
			if err != nil {
				if done := settledAlready(c.Context, d, sub.author, err); done != "" {
					return fmt.Errorf("%s", done)
				}
				return explain(c.Context, d.client, "report", err)
			}
			reported, err := trainer.EventIn(r.Logs, d.manifest.Trainer, trainer.DecodeReport)
			if err != nil {
				return fmt.Errorf("transaction %s: %w", r.TxHash, err)
			}
			if _, err := fmt.Fprintf(c.App.Writer, "took %s wei of %s's contribution, to %s\n", reported.Amount, sub.author, t.From()); err != nil {
				return err
			}
			return writeReceipt(c.App.Writer, r)
		},
	}
}
