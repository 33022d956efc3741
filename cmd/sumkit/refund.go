package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func refundCommand() *cli.Command {
	return &cli.Command{
		Name:      "refund",
		Usage:     "claim back the deposit of your own contribution once the model agrees with it",
		ArgsUsage: "[TEXT]",
		Description: `Names the contribution by its addData transaction (--tx), whose AddData event gives the sample, label,
time and author, or by --time, --label and the TEXT as added. Send from the account that added it, after the
trainer's refund wait, while the model agrees with the label. The contribution then counts as good data.

Examples:
   sumkit refund --deployment fitness.json --dev-account 1 --tx 0x5c1f...
   sumkit refund --deployment imdb.json --dev-account 1 --time 1767225600 --label Positive "a wonderful, moving film"`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			&cli.StringFlag{Name: "tx", Usage: "hash of the addData transaction that added the contribution"},
			&cli.Uint64Flag{Name: "time", Usage: "the contribution's time (its AddData event's), without --tx"},
			&cli.StringFlag{Name: "label", Usage: "the contribution's class, its name or index, without --tx"},
			&cli.StringFlag{Name: "vocab", Usage: "vocabulary file for the imdb-vocab encoder (default: the one recorded at deployment)"},
		}, accountFlags()...),
		Action: runRefund,
	}
}

func runRefund(c *cli.Context) error {
	d, sub, err := openContribution(c, true)
	if err != nil {
		return err
	}
	defer d.client.Close()
	t, err := d.transactor(c)
	if err != nil {
		return err
	}
	if sub.author != (common.Address{}) && sub.author != t.From() {
		return fmt.Errorf("the contribution was added by %s, not by %s: only its author can refund it; send from that account, or use `sumkit report`",
			sub.author, t.From())
	}
	r, err := d.stack.Refund(c.Context, t, sub.data, sub.label, sub.time)
	if dry, err := writeDryRun(c.App.Writer, "the refund", err); dry {
		return err
	}
	if err != nil {
		author := sub.author
		if author == (common.Address{}) {
			author = t.From()
		}
		if done := settledAlready(c.Context, d, author, err); done != "" {
			return fmt.Errorf("%s", done)
		}
		return explain(c.Context, d.client, "refund", err)
	}
	amount := new(big.Int)
	drt := bindings.NewDepositRefundTake()
	for _, l := range r.Logs {
		if ev, err := drt.UnpackRefundEvent(l); err == nil && l.Address == d.manifest.Trainer {
			amount = ev.Amount
		}
	}
	if _, err := fmt.Fprintf(c.App.Writer, "refunded %s wei to %s\n", amount, t.From()); err != nil {
		return err
	}
	return writeReceipt(c.App.Writer, r)
}

// settledAlready says how the contribution was settled where err is the trainer refusing it for that reason
// (unknown: refunded; nothing to claim: taken), from the trainer's Refund and Report events; else "".
func settledAlready(ctx context.Context, d *opened, author common.Address, err error) string {
	rev, ok := chain.AsRevert(err)
	if !ok || (rev.Name != "UnknownContribution" && rev.Name != "NothingToClaim" && rev.Name != "AlreadySettled") {
		return ""
	}
	var key common.Hash
	switch k := rev.Arg("key").(type) {
	case [32]byte:
		key = k
	case common.Hash:
		key = k
	default:
		return ""
	}
	found, lerr := d.stack.Settlements(ctx, d.client, key, author, trainer.HistoryOptions{FromBlock: d.manifest.BlockNumber})
	if lerr != nil || len(found) == 0 {
		return "" // the contract's own reason, explained as usual, is still true
	}
	var parts []string
	for _, s := range found {
		if s.Refunded {
			parts = append(parts, fmt.Sprintf("already refunded to its author in tx %s (block %d)", s.TxHash, s.BlockNumber))
		} else {
			parts = append(parts, fmt.Sprintf("%s wei taken by %s in tx %s (block %d)", s.Amount, s.By, s.TxHash, s.BlockNumber))
		}
	}
	call := strings.TrimPrefix(rev.Error(), "execution reverted: ")
	return fmt.Sprintf("the contract refused: %s: the contribution is settled: %s; nothing is left to claim (see `sumkit contributions --state`)", call, strings.Join(parts, "; "))
}

// contribution names a contribution as the trainer keys it. author is zero where the command's account is meant.
type contribution struct {
	data   []int64
	label  uint64
	time   uint64
	author common.Address
}

// openContribution opens the deployment and finds the contribution: from the AddData event of --tx, or, where
// byText allows, from --time, --label and the text argument. The caller closes the client.
func openContribution(c *cli.Context, byText bool) (*opened, *contribution, error) {
	if !c.IsSet("tx") {
		if !byText {
			return nil, nil, errors.New("no contribution given: pass --tx with the hash of its addData transaction")
		}
		if !c.IsSet("time") || !c.IsSet("label") || !c.Args().Present() {
			return nil, nil, errors.New("no contribution given: pass --tx HASH, or --time, --label and the text as added")
		}
		d, err := openDeployment(c)
		if err != nil {
			return nil, nil, err
		}
		label, err := dataset.ClassIndex(c.String("label"), d.manifest.Classes)
		if err != nil {
			d.client.Close()
			return nil, nil, err
		}
		return d, &contribution{data: d.sample, label: label, time: c.Uint64("time")}, nil
	}
	if c.IsSet("time") || c.IsSet("label") || c.Args().Present() {
		return nil, nil, usagef("--tx names the contribution by itself: drop --time, --label and the text")
	}
	h := c.String("tx")
	if len(strings.TrimPrefix(h, "0x")) != 64 || !isHex(strings.TrimPrefix(h, "0x")) {
		return nil, nil, usagef("--tx %q is not a transaction hash: want 0x and 64 hex digits", h)
	}
	d, err := openManifest(c)
	if err != nil {
		return nil, nil, err
	}
	sub, err := addedBy(c.Context, d.client, d.manifest.Trainer, common.HexToHash(h))
	if err != nil {
		d.client.Close()
		return nil, nil, err
	}
	return d, sub, nil
}

func isHex(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// openManifest loads the --deployment manifest and dials and checks the node, with no text to encode. The
// caller closes the client.
func openManifest(c *cli.Context) (*opened, error) {
	man, err := deployment.Load(c.String("deployment"))
	if err != nil {
		return nil, err
	}
	return connect(c, man)
}

// addedBy reads the contribution that transaction hash added to trainer from its AddData event.
func addedBy(ctx context.Context, client *ethclient.Client, at common.Address, hash common.Hash) (*contribution, error) {
	r, err := client.TransactionReceipt(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("read the receipt of transaction %s: %w", hash, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s failed: it added nothing", hash)
	}
	drt := bindings.NewDepositRefundTake()
	for _, l := range r.Logs {
		if l.Address != at {
			continue
		}
		ev, err := drt.UnpackAddDataEvent(l)
		if err != nil {
			continue
		}
		data, err := trainer.UnpackSample(ev.Data)
		if err != nil {
			return nil, fmt.Errorf("transaction %s: %w", hash, err)
		}
		if !ev.Time.IsUint64() {
			return nil, fmt.Errorf("transaction %s: AddData time %s out of range", hash, ev.Time)
		}
		return &contribution{data: data, label: ev.Label, time: ev.Time.Uint64(), author: ev.Sender}, nil
	}
	return nil, fmt.Errorf("transaction %s added no data to the trainer at %s: wrong transaction, or wrong --deployment", hash, at)
}
