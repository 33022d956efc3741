package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/internal/devrpc"
)

func mineCommand() *cli.Command {
	return &cli.Command{
		Name:  "mine",
		Usage: "seal blocks on a development chain (evm_mine), for a contract that waits for a block",
		Description: `Calls evm_mine --blocks times on the node, then prints the head block. sumkit devnet and anvil seal a
block only when a transaction arrives, so a step that waits for later blocks (market reveal's draw) never
comes on its own there: this makes the blocks. It does not move the clock; evm_increaseTime does. A live
node does not serve evm_mine and is refused: wait for its blocks instead.

Examples:
   sumkit mine
   sumkit mine --blocks 6 --rpc http://127.0.0.1:8545`,
		Flags: []cli.Flag{
			rpcFlag(),
			&cli.Uint64Flag{Name: "blocks", Value: 1, Usage: "how many blocks to seal"},
		},
		Action: func(c *cli.Context) error {
			head, err := mine(c.Context, c.String("rpc"), c.Uint64("blocks"))
			if err != nil {
				return err
			}
			noun := "blocks"
			if c.Uint64("blocks") == 1 {
				noun = "block"
			}
			_, err = fmt.Fprintf(c.App.Writer, "mined %d %s; head is block %d\n", c.Uint64("blocks"), noun, head)
			return err
		},
	}
}

// mine dials url and seals blocks there.
func mine(ctx context.Context, url string, blocks uint64) (uint64, error) {
	if blocks == 0 {
		return 0, usagef("--blocks 0: ask for at least 1")
	}
	client, _, err := dial(ctx, url)
	if err != nil {
		return 0, err
	}
	defer client.Close()
	return devrpc.Mine(ctx, client.Client(), blocks)
}

// mineHint is the advice appended to a message that waits for blocks: on a development chain nothing seals
// them until a transaction comes, so the wait would be endless without it.
func mineHint(blocks uint64) string {
	return fmt.Sprintf("on a dev chain (sumkit devnet, anvil), which seals blocks only on demand, run `sumkit mine --blocks %d`", blocks)
}
