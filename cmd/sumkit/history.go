package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// historyFlags choose the blocks a history command reads.
func historyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: "from-block", Usage: "first block to read (default: the deployment's block)"},
		&cli.Uint64Flag{Name: "to-block", Usage: "last block to read (default: the latest)"},
		&cli.Uint64Flag{Name: "page-blocks", Value: trainer.DefaultPageBlocks, Usage: "blocks per log query; pages a node refuses are split"},
	}
}

// historyOptions reads historyFlags, starting at the deployment's block unless --from-block says otherwise.
func historyOptions(c *cli.Context, d *opened) (trainer.HistoryOptions, error) {
	opts := trainer.HistoryOptions{FromBlock: d.manifest.BlockNumber, ToBlock: c.Uint64("to-block"), PageBlocks: c.Uint64("page-blocks")}
	if c.IsSet("from-block") {
		opts.FromBlock = c.Uint64("from-block")
	}
	if c.IsSet("to-block") && opts.ToBlock < opts.FromBlock {
		return opts, usagef("--to-block %d is before the first block read, %d: raise it or set --from-block", opts.ToBlock, opts.FromBlock)
	}
	if opts.PageBlocks == 0 {
		return opts, usagef("--page-blocks 0: want at least 1")
	}
	return opts, nil
}

func contributionsCommand() *cli.Command {
	return &cli.Command{
		Name:  "contributions",
		Usage: "list the data added to a deployment, oldest first",
		Description: `Reads the trainer's AddData events from the deployment's block (or --from-block) to the latest (or
--to-block), a page of blocks per query, so it works on chains of any length. --author keeps one or more
contributors' data. --state adds each contribution's standing now (one call each): open, with what is left to
claim; taken, once reports took its whole deposit; or settled, once refunded. --json prints one JSON
object per line, as the events are read.

Examples:
   sumkit contributions --deployment imdb.json
   sumkit contributions --deployment imdb.json --author 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --state
   sumkit contributions --deployment imdb.json --from-block 19000000 --page-blocks 2000 --json`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			&cli.StringSliceFlag{Name: "author", Usage: "keep only data added by this address (repeat for several)"},
			&cli.IntFlag{Name: "limit", Usage: "stop after this many contributions (0: all)"},
			&cli.BoolFlag{Name: "state", Usage: "also read each contribution's standing: open, with what is claimable; taken, its whole deposit claimed by reports; or settled"},
			&cli.BoolFlag{Name: "json", Usage: "print one JSON object per contribution, a line each"},
		}, historyFlags()...),
		Action: runContributions,
	}
}

// contributionRow is a contribution as contributions prints it.
type contributionRow struct {
	*trainer.Contribution
	Class string `json:"class"`
	// State is "open", "taken" or "settled" with --state; Claimable the wei left to claim of an open one.
	State     string `json:"state,omitempty"`
	Claimable string `json:"claimable,omitempty"`
}

func runContributions(c *cli.Context) error {
	var authors []common.Address
	for _, a := range c.StringSlice("author") {
		if !common.IsHexAddress(a) {
			return usagef("--author %q is not an address: want 0x and 40 hex digits", a)
		}
		authors = append(authors, common.HexToAddress(a))
	}
	if c.Int("limit") < 0 {
		return usagef("--limit %d: want 0 (all) or more", c.Int("limit"))
	}
	d, err := openManifest(c)
	if err != nil {
		return err
	}
	defer d.client.Close()
	opts, err := historyOptions(c, d)
	if err != nil {
		return err
	}
	opts.Authors = authors
	reader := trainer.NewTransactor(d.client, &bind.TransactOpts{})

	out := newRowWriter(c.App.Writer, c.Bool("json"), c.Bool("state"))
	n := 0
	for sub, err := range d.stack.Contributions(c.Context, d.client, opts) {
		if err != nil {
			return err
		}
		row := contributionRow{Contribution: sub, Class: className(d.manifest.Classes, sub.Label)}
		if c.Bool("state") {
			rec, err := d.stack.Record(c.Context, reader, sub.Key)
			if err != nil {
				return err
			}
			row.State, row.Claimable = contributionState(rec, d.manifest.Mechanism)
		}
		if err := out.write(row); err != nil {
			return err
		}
		if n++; n == c.Int("limit") {
			break
		}
	}
	return out.flush(n)
}

// contributionState is a contribution's standing and the wei left to claim of it, as the table prints them.
func contributionState(rec trainer.Record, mechanism trainer.Mechanism) (state, claimable string) {
	st := trainer.StateOf(rec, mechanism)
	if st != trainer.StateOpen {
		return string(st), "0"
	}
	return string(st), rec.Claimable.String()
}

// rowWriter prints contributions as a table, or as JSON lines as they come.
type rowWriter struct {
	w     io.Writer
	json  bool
	state bool
	tab   *tabwriter.Writer
}

func newRowWriter(w io.Writer, asJSON, state bool) *rowWriter {
	r := &rowWriter{w: w, json: asJSON, state: state}
	if !asJSON {
		r.tab = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		header := "BLOCK\tTIME (UTC)\tAUTHOR\tLABEL\tDEPOSIT (wei)\tTX"
		if state {
			header += "\tSTATE\tCLAIMABLE (wei)"
		}
		fmt.Fprintln(r.tab, header)
	}
	return r
}

func (r *rowWriter) write(row contributionRow) error {
	if r.json {
		return json.NewEncoder(r.w).Encode(row)
	}
	line := fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%s", row.BlockNumber, utc(row.Time), row.Author, row.Class, row.Deposit, row.TxHash)
	if r.state {
		line += "\t" + row.State + "\t" + row.Claimable
	}
	_, err := fmt.Fprintln(r.tab, line)
	return err
}

func (r *rowWriter) flush(n int) error {
	if r.json {
		return nil
	}
	if err := r.tab.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(r.w, "%d contribution(s)\n", n)
	return err
}

func className(classes []string, label uint64) string {
	if label < uint64(len(classes)) {
		return fmt.Sprintf("%s (%d)", classes[label], label)
	}
	return fmt.Sprintf("%d", label)
}

func utc(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

func claimsCommand() *cli.Command {
	return &cli.Command{
		Name:  "claims",
		Usage: "show what an account can refund, report or take now, and when the rest becomes claimable",
		Description: `Reads the deployment's contributions and the trainer's state (calls only: nothing is sent, no key is
needed) and lists, for the account, each refund of its own data, report of others' data and take of a
deposit left unclaimed: due now, or from when, and on what condition (the model agreeing with the label, or
a validated contribution of the account's own). Amounts are at today's state: a report's share moves as
good data grows. Name the account by --account ADDRESS (or $SUMKIT_ACCOUNT) or --dev-account N.

Waits count chain time: the latest block's timestamp, which the contracts compare. Each wait also shows about
when this computer's clock will show its end. A chain's clock can run ahead of the wall clock (a geth --dev
after a burst of transactions, a devnet after evm_increaseTime); claims then says by how much, and the
wall-clock estimate comes that much sooner.

Examples:
   sumkit claims --deployment imdb.json --account 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
   sumkit claims --deployment imdb.json --dev-account 1 --json`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			&cli.StringFlag{Name: "account", Usage: "the account whose claims to show [$" + envAccount + "]"},
			&cli.IntFlag{Name: "dev-account", Usage: "show the claims of `sumkit devnet`'s N-th dev account"},
			&cli.BoolFlag{Name: "json", Usage: "print the claims as JSON"},
		}, historyFlags()...),
		Action: runClaims,
	}
}

// claimsReport is what claims prints with --json.
type claimsReport struct {
	Account common.Address `json:"account"`
	// Time is the latest block's time: "now" means in the next block.
	Time uint64 `json:"time"`
	// WallTime is this computer's clock when the report was made: a chain's clock can run ahead of it.
	WallTime uint64       `json:"wall_time"`
	Claims   []claimEntry `json:"claims"`
}

type claimEntry struct {
	trainer.Claim
	Class string `json:"class"`
}

func runClaims(c *cli.Context) error {
	accountArg := c.String("account")
	if !c.IsSet("account") && !c.IsSet("dev-account") {
		accountArg = os.Getenv(envAccount) // the account named on the command line overrides the environment's
	}
	if (accountArg != "") == c.IsSet("dev-account") {
		return usagef("name one account: --account ADDRESS (or $%s), or --dev-account N on `sumkit devnet`", envAccount)
	}
	d, err := openManifest(c)
	if err != nil {
		return err
	}
	defer d.client.Close()
	var account common.Address
	if c.IsSet("dev-account") {
		opts, err := devAccount(c.Int("dev-account"), d.chainID, c.String("rpc"))
		if err != nil {
			return err
		}
		account = opts.From
	} else {
		if !common.IsHexAddress(accountArg) {
			return usagef("--account %q is not an address: want 0x and 40 hex digits", accountArg)
		}
		account = common.HexToAddress(accountArg)
	}
	opts, err := historyOptions(c, d)
	if err != nil {
		return err
	}
	head, err := d.client.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read the latest block: %w", err)
	}
	if opts.ToBlock == 0 {
		opts.ToBlock = head.Number.Uint64() // the state read is this block's too
	}
	reader := trainer.NewTransactor(d.client, &bind.TransactOpts{From: account})
	claims, err := d.stack.Claims(c.Context, reader, d.client, account, opts)
	if err != nil {
		return explain(c.Context, d.client, "claims", err)
	}
	rep := claimsReport{Account: account, Time: head.Time, WallTime: uint64(time.Now().Unix()), Claims: make([]claimEntry, len(claims))}
	for i, cl := range claims {
		rep.Claims[i] = claimEntry{Claim: cl, Class: className(d.manifest.Classes, cl.Contribution.Label)}
	}
	if c.Bool("json") {
		return json.NewEncoder(c.App.Writer).Encode(rep)
	}
	return printClaims(c.App.Writer, rep)
}

func printClaims(w io.Writer, rep claimsReport) error {
	var now, later []claimEntry
	for _, cl := range rep.Claims {
		if cl.Now {
			now = append(now, cl)
		} else {
			later = append(later, cl)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "claims of %s at %s (the latest block's time)\n", rep.Account, utc(rep.Time))
	if note := clockNote(rep.Time, rep.WallTime); note != "" {
		fmt.Fprintln(&b, note)
	}
	tab := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	section := func(title string, entries []claimEntry, when func(claimEntry) string) {
		fmt.Fprintf(tab, "\n%s: %d\n", title, len(entries))
		if len(entries) == 0 {
			return
		}
		fmt.Fprintln(tab, "  ACTION\tAUTHOR\tLABEL\tAMOUNT (wei)\tWHEN\tADDED IN TX")
		for _, cl := range entries {
			fmt.Fprintf(tab, "  %s\t%s\t%s\t%s\t%s\t%s\n", cl.Action, cl.Contribution.Author, cl.Class, cl.Amount, when(cl), cl.Contribution.TxHash)
		}
	}
	section("due now", now, func(claimEntry) string { return "now" })
	section("later", later, func(cl claimEntry) string {
		s := "wait passed"
		if cl.AvailableAt > rep.Time {
			s = "from " + countdown(cl.AvailableAt, rep.Time, rep.WallTime)
		}
		if cl.Condition != "" {
			s += ", once " + cl.Condition
		}
		return s
	})
	if err := tab.Flush(); err != nil {
		return err
	}
	if len(now) > 0 {
		b.WriteString("\nsend them with `sumkit refund --tx HASH` or `sumkit report --tx HASH` (takes are reports)\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// clockSkew is how far a chain's latest block may be from this computer's clock before claims points it out:
// a block is seconds old by the time it is read.
const clockSkew = 15

// clockNote says how far the chain's clock (head, the latest block's time) is from this computer's (now), where
// that matters to a countdown; else "".
func clockNote(head, now uint64) string {
	switch {
	case head > now+clockSkew:
		return fmt.Sprintf("the chain's clock is %d s ahead of this computer's: waits count chain time, and end sooner by the wall clock", head-now)
	case now > head+clockSkew:
		return fmt.Sprintf("the latest block is %d s older than this computer's clock: waits count chain time, which the next block brings up to the wall clock", now-head)
	}
	return ""
}

// countdown says when a wait that ends at the chain time at ends: that time, the chain seconds left from the
// latest block's time head, and about when this computer's clock (now) will show it.
func countdown(at, head, now uint64) string {
	return fmt.Sprintf("%s chain time (in %s of chain time; about %s by this computer's clock)",
		utc(at), time.Duration(at-min(head, at))*time.Second, utc(wallTime(at, head, now)))
}

// wallTime estimates when this computer's clock, now, shows the chain's clock reaching at, from head, the latest
// block's time. A chain ahead keeps its lead (a devnet's jumps, a geth --dev burst), so at comes that much sooner;
// a chain behind stamps its next block with the wall clock, so at comes at at.
func wallTime(at, head, now uint64) uint64 {
	if head > now && at > head-now {
		return max(at-(head-now), now)
	}
	return max(at, now)
}
