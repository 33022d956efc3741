package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
)

// txFlags shape how commands that send transactions send them.
func txFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "dry-run", Usage: "simulate the transaction against the pending block and print its gas and fees; send nothing"},
		&cli.DurationFlag{Name: "timeout", Value: chain.DefaultTimeout, Usage: "how long to wait for each transaction to be mined"},
		&cli.StringFlag{Name: "journal", EnvVars: []string{chain.JournalEnv}, Usage: "`folder` of the journal of sent transactions (default: $XDG_STATE_HOME/sumkit, else ~/.local/state/sumkit)"},
		&cli.BoolFlag{Name: "again", Usage: "send even if an identical earlier transaction in the journal landed or may still land"},
	}
}

// txOptions are the transactor options txFlags ask for.
func txOptions(c *cli.Context) ([]chain.Option, error) {
	if c.Duration("timeout") <= 0 {
		return nil, usagef("--timeout %s: want a positive duration such as 2m", c.Duration("timeout"))
	}
	opts := []chain.Option{chain.WithTimeout(c.Duration("timeout"))}
	if c.Bool("dry-run") {
		return append(opts, chain.WithDryRun()), nil
	}
	dir := c.String("journal")
	if dir == "" {
		var err error
		if dir, err = chain.DefaultJournalDir(); err != nil {
			return nil, err
		}
	}
	j, err := chain.OpenJournal(dir)
	if err != nil {
		return nil, fmt.Errorf("--journal %s: %w; pass another folder", dir, err)
	}
	opts = append(opts, chain.WithJournal(j), chain.WithEarlier(func(e chain.Earlier) { writeEarlier(c.App.ErrWriter, c.Command.FullName(), e) }))
	if c.Bool("again") {
		opts = append(opts, chain.WithAgain())
	}
	return opts, nil
}

// writeEarlier tells the user that an earlier identical transaction answered command in place of a new one.
func writeEarlier(w io.Writer, command string, e chain.Earlier) {
	switch {
	case e.Receipt != nil:
		fmt.Fprintf(w, "%s: already done: the identical transaction %s succeeded in block %s; nothing sent (pass --again to send it again on purpose)\n",
			command, e.Hash, e.Receipt.BlockNumber)
	case e.Resent:
		fmt.Fprintf(w, "%s: the identical transaction %s sent earlier was no longer known to the node; sent it again as signed and waiting for it\n", command, e.Hash)
	default:
		fmt.Fprintf(w, "%s: the identical transaction %s sent earlier may still land; waiting for it instead of sending another (pass --again to send a new one)\n", command, e.Hash)
	}
}

func txCommand() *cli.Command {
	return &cli.Command{
		Name:      "tx",
		Usage:     "say whether a transaction is pending, mined (with its status and gas) or unknown to the node",
		ArgsUsage: "HASH",
		Description: `Looks the transaction up on the node. A command that timed out waiting for its receipt prints the hash
to check here: a transaction that is pending or mined must not be sent again; re-running the command waits for
it instead.

Example:
   sumkit tx 0x5c1f7d0f0fd0e6f6e0c0a1b8f0a3c47b8a8b0b2f2c7e1d9b6e3f8a4d1c2b3a49`,
		Flags:  []cli.Flag{rpcFlag()},
		Action: runTx,
	}
}

func runTx(c *cli.Context) error {
	if c.NArg() != 1 {
		return errors.New("want one transaction hash: sumkit tx 0x…")
	}
	h := c.Args().First()
	if len(strings.TrimPrefix(h, "0x")) != 64 || !isHex(strings.TrimPrefix(h, "0x")) {
		return fmt.Errorf("%q is not a transaction hash: want 0x and 64 hex digits", h)
	}
	client, _, err := dial(c.Context, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	s, err := chain.Lookup(c.Context, client, common.HexToHash(h))
	if err != nil {
		return err
	}
	w := c.App.Writer
	switch {
	case s.State == chain.TxMined && s.Receipt != nil:
		status := "succeeded"
		if s.Receipt.Status != types.ReceiptStatusSuccessful {
			status = "reverted"
		}
		_, err = fmt.Fprintf(w, "tx:        %s\nstate:     mined in block %s, %s\ngas used:  %d\nfee:       %s wei\n",
			s.Hash, s.Receipt.BlockNumber, status, s.Receipt.GasUsed, fee(s.Receipt))
	case s.State == chain.TxMined:
		_, err = fmt.Fprintf(w, "tx:        %s\nstate:     mined; the node has no receipt for it yet\n", s.Hash)
	case s.State == chain.TxPending:
		_, err = fmt.Fprintf(w, "tx:        %s\nstate:     pending: in the node's pool, not yet mined\n", s.Hash)
	default:
		_, err = fmt.Fprintf(w, "tx:        %s\nstate:     unknown to the node at %s: never sent to it, dropped from its pool, or on another chain\n", s.Hash, c.String("rpc"))
	}
	return err
}

// writeReceipt prints a mined transaction's hash, gas and fee.
func writeReceipt(w io.Writer, r *types.Receipt) error {
	_, err := fmt.Fprintf(w, "tx:        %s\ngas used:  %d\nfee:       %s wei (%s gwei a gas)\n",
		r.TxHash, r.GasUsed, fee(r), gwei(r.EffectiveGasPrice))
	return err
}

// fee is what r's sender paid for gas.
func fee(r *types.Receipt) *big.Int {
	price := r.EffectiveGasPrice
	if price == nil {
		price = new(big.Int)
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), price)
}

func gwei(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	f, _ := new(big.Rat).SetFrac(wei, big.NewInt(params.GWei)).Float64()
	return fmt.Sprintf("%.9g", f)
}

// writeSent prints how a sending command's transaction went, from what the SDK returned (r, err): the
// transaction a dry run stopped before sending (dryRun says what it was); else err as failed words it (explain,
// for most commands); else done's line and the receipt.
func writeSent(w io.Writer, dryRun string, r *types.Receipt, err error, failed func(error) error, done func(*types.Receipt) (string, error)) error {
	if dry, err := writeDryRun(w, dryRun, err); dry {
		return err
	}
	if err != nil {
		return failed(err)
	}
	line, err := done(r)
	if err != nil {
		return fmt.Errorf("transaction %s: %w", r.TxHash, err)
	}
	if _, err := fmt.Fprintln(w, line); err != nil {
		return err
	}
	return writeReceipt(w, r)
}

// explainer is explain as writeSent's failed takes it.
func explainer(ctx context.Context, node headReader, command string) func(error) error {
	return func(err error) error { return explain(ctx, node, command, err) }
}

// writeDryRun prints the transaction a dry run stopped before sending, if err is such a stop, and reports
// whether it was.
func writeDryRun(w io.Writer, what string, err error) (bool, error) {
	d, ok := chain.AsDryRun(err)
	if !ok {
		return false, nil
	}
	to := "a new contract"
	if d.To != nil {
		to = d.To.Hex()
	}
	_, werr := fmt.Fprintf(w, "dry run: %s would succeed now; nothing was sent\nfrom:      %s\nto:        %s\nvalue:     %s wei\ngas:       %d estimated, limit %d\nfees:      base %s gwei, tip %s gwei, cap %s gwei a gas\nmax fee:   %s wei\n",
		what, d.From, to, d.Value, d.Gas, d.GasLimit, gwei(d.BaseFee), gwei(d.TipCap), gwei(d.FeeCap), d.MaxFee())
	return true, werr
}
