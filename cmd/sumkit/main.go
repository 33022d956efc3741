// Command sumkit deploys and uses shared, updatable machine-learning models on Ethereum.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newApp().RunContext(ctx, os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "sumkit:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "sumkit",
		Usage: "share updatable machine-learning models on Ethereum",
		Commands: []*cli.Command{
			demoCommand(),
			gasCommand(),
			devnetCommand(),
			deployCommand(),
			predictCommand(),
			addCommand(),
			refundCommand(),
			reportCommand(),
			statusCommand(),
			txCommand(),
			claimsCommand(),
			contributionsCommand(),
			simCommand(),
			marketCommand(),
			oracleCommand(),
			mineCommand(),
		},
	}
}
