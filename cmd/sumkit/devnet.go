package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/devnet"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local Ethereum dev chain (Osaka rules, chain id 1337) with prefunded accounts",
		Description: `Runs a go-ethereum node inside this process with Osaka rules and chain id 1337, serving JSON-RPC
over HTTP and WebSocket on --addr. Prints the RPC URL and the dev accounts with their private keys, then runs
until interrupted (Ctrl-C).

Blocks are mined on demand and follow the wall clock: each block is stamped with the current second, at most
one block a second, and the transactions that arrive within a second share a block, so a receipt comes back
within about a second and chain time never runs ahead of the wall clock, except by deliberate jumps:
evm_increaseTime(seconds) moves the chain clock ahead (later blocks keep the lead) and is, with
evm_mine(timestamp), the only way to jump. evm_mine() seals a block at the current second.

--instant-blocks trades the clock for speed: each transaction is sealed at once in a block of its own, a second
after the previous block, so a script sending one transaction after another is not held to a block a second,
and chain time runs ahead of the wall clock by a second a block until the chain idles long enough to catch up.

The accounts come from the public seed phrase "test test test test test test test test test test test junk"
(the Hardhat/Anvil accounts). Their keys are DEV ONLY: never use them on a real chain.

Without --datadir the chain lives in memory and is gone on exit. With it the chain is kept there and picked up
again by the next run with the same --accounts, and it is crash-safe: every transaction whose receipt was
served survives a crash or kill -9 at any instant. A datadir made by an older sumkit still works but is not
crash-safe (a warning says so); start a fresh one for the guarantee.

Example:
   sumkit devnet --addr 127.0.0.1:8545 --datadir ./devnet-data --accounts 5`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: devnet.DefaultAddr, Usage: "host:port for JSON-RPC (HTTP and WebSocket); port 0 picks a free one"},
			&cli.StringFlag{Name: "datadir", Usage: "keep the chain in this folder across runs, crash-safe (default: in memory)"},
			&cli.IntFlag{Name: "accounts", Value: devnet.DefaultAccounts, Usage: "number of prefunded dev accounts"},
			&cli.BoolFlag{Name: "instant-blocks", Usage: "seal each transaction at once in its own block; chain time then runs ahead of the wall clock under load"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return fmt.Errorf("unexpected arguments %q", c.Args().Slice())
			}
			if n := c.Int("accounts"); n < 1 {
				return usagef("--accounts %d: need at least 1", n)
			}
			node, err := devnet.Start(c.Context, devnet.Config{
				Addr:          c.String("addr"),
				DataDir:       c.String("datadir"),
				Accounts:      c.Int("accounts"),
				InstantBlocks: c.Bool("instant-blocks"),
			})
			if err != nil {
				return err
			}
			if err := writeBanner(c.App.Writer, node, c.String("datadir"), node.Durable()); err != nil {
				return errors.Join(fmt.Errorf("write banner: %w", err), node.Close())
			}
			<-c.Context.Done()
			fmt.Fprintln(c.App.Writer, "\nstopping the dev chain")
			return node.Close()
		},
	}
}

// writeBanner prints where the chain is served and kept, and its dev accounts with their private keys.
func writeBanner(w io.Writer, node *devnet.Node, datadir string, durable bool) error {
	blocks := "blocks mined on demand, at most one a second, on the wall clock"
	if node.InstantBlocks() {
		blocks = "blocks mined on demand, one a transaction (--instant-blocks: chain time runs ahead under load)"
	}
	storage := "in memory (gone on exit)"
	switch {
	case datadir != "" && durable:
		storage = datadir + " (crash-safe: a served receipt survives kill -9)"
	case datadir != "":
		storage = datadir + " (older format, not crash-safe: use a fresh --datadir)"
	}
	_, err := fmt.Fprintf(w, `sumkit devnet: Osaka rules, %s

RPC URL:    %s
WebSocket:  %s
Chain id:   %d
Data:       %s

==========================================================================
  DEV ONLY — never use these keys on a real chain.
  They come from the public seed phrase %q;
  anyone can take whatever is sent to them on a real network.
==========================================================================
Accounts (%d ETH each at genesis):
`, blocks, node.URL(), node.WSURL(), node.ChainID(), storage, devnet.Mnemonic, devnet.AccountEther)
	if err != nil {
		return err
	}
	for i, a := range node.Accounts() {
		if _, err := fmt.Fprintf(w, "(%d) %s  key %s\n", i, a.Address, hexutil.Encode(crypto.FromECDSA(a.Key))); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintln(w, "\nPress Ctrl-C to stop.")
	return err
}
