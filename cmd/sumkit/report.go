package main

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
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
			if done := settledAlready(c.Context, d, sub.author, err); done != "" {
				return errors.New(done)
			}
			return writeSent(c.App.Writer, "the report", r, err, explainer(c.Context, d.client, "report"),
				func(r *types.Receipt) (string, error) {
					ev, err := trainer.EventIn(r.Logs, d.manifest.Trainer, trainer.DecodeReport)
					if err != nil {
						return "", err
					}
					return fmt.Sprintf("took %s wei of %s's contribution, to %s", ev.Amount, sub.author, t.From()), nil
				})
		},
	}
}
