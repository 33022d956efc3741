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
	err := newApp().RunContext(ctx, os.Args)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "sumkit:", err)
		os.Exit(exitCode(err))
	}
}

func newApp() *cli.App {
	return appWith(
		demoCommand(),
		gasCommand(),
		devnetCommand(),
		deployCommand(),
		predictCommand(),
		addCommand(),
		refundCommand(),
		reportCommand(),
		withdrawCommand(),
		sendCommand(),
		statusCommand(),
		txCommand(),
		claimsCommand(),
		contributionsCommand(),
		simCommand(),
		valueCommand(),
		marketCommand(),
		oracleCommand(),
		mineCommand(),
	)
}

// appWith is sumkit with the given commands, their errors made one line each by explain. Tests build apps of
// a few commands with it.
func appWith(commands ...*cli.Command) *cli.App {
	explainErrors(commands, "")
	return &cli.App{
		Name:     "sumkit",
		Usage:    "share updatable machine-learning models on Ethereum",
		Commands: commands,
		// main chooses the exit code; urfave would otherwise exit from inside Run on an ExitCoder.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}
