package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func withdrawCommand() *cli.Command {
	return &cli.Command{
		Name:  "withdraw",
		Usage: "withdraw what the trainer holds for the sending account after a payment to it failed",
		Description: `The trainer keeps a payment it could not make (a refund, the excess of a deposit, a take) as a pending
withdrawal of the account it was for; ` + "`sumkit status --account ADDRESS`" + ` shows it. This sends it to --to (default:
the sending account). Nothing is sent where nothing is pending.

Examples:
   sumkit withdraw --deployment imdb.json --dev-account 1
   sumkit withdraw --deployment imdb.json --keystore ks --account 0x7099... --password-file pw --to 0x3C44...`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			&cli.StringFlag{Name: "to", Usage: "address to pay (default: the sending account)"},
		}, accountFlags()...),
		Action: runWithdraw,
	}
}

func runWithdraw(c *cli.Context) error {
	if c.IsSet("to") && !common.IsHexAddress(c.String("to")) {
		return usagef("--to %q is not an address: want 0x and 40 hex digits", c.String("to"))
	}
	d, err := openManifest(c)
	if err != nil {
		return err
	}
	defer d.client.Close()
	t, err := d.transactor(c)
	if err != nil {
		return err
	}
	to := t.From()
	if c.IsSet("to") {
		to = common.HexToAddress(c.String("to"))
	}
	reader := trainer.NewTransactor(d.client, &bind.TransactOpts{From: t.From()})
	pending, err := d.stack.PendingWithdrawal(c.Context, reader, t.From())
	if err != nil {
		return explain(c.Context, d.client, "withdraw", err)
	}
	if pending.Sign() == 0 {
		return fmt.Errorf("nothing is pending for %s at trainer %s: the trainer paid it all when it was due; nothing sent",
			t.From(), d.manifest.Trainer)
	}
	r, err := d.stack.Withdraw(c.Context, t, to)
	if dry, err := writeDryRun(c.App.Writer, fmt.Sprintf("withdrawing %s wei to %s", pending, to), err); dry {
		return err
	}
	if err != nil {
		return explain(c.Context, d.client, "withdraw", err)
	}
	amount := pending
	for _, l := range r.Logs {
		if ev, err := bindings.NewDepositRefundTake().UnpackWithdrawalEvent(l); err == nil && l.Address == d.manifest.Trainer {
			amount = ev.Amount
		}
	}
	if _, err := fmt.Fprintf(c.App.Writer, "withdrew %s wei (%s ether) for %s to %s\n", amount, exactEther(amount), t.From(), to); err != nil {
		return err
	}
	return writeReceipt(c.App.Writer, r)
}
