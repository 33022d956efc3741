package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/internal/gasreport"
)

func gasCommand() *cli.Command {
	return &cli.Command{
		Name:  "gas",
		Usage: "measure the gas of every model with Deposit-Refund-Take against 0xDeCA10B's, and of a prediction market run",
		Description: `Deploys each of the five gas-anchor models on a fresh in-process chain with Osaka rules, runs
0xDeCA10B's sequence (add, refund, add with an update, report; waits 0, costWeight 1e9), then adds 50 samples
in one addDataBatch (IMDB sentences from --sentences for the sparse models, encoded with imdb.json; the row
addData_batch50 is gas per sample, against 25% of 0xDeCA10B's single addData), writes the figures as JSON and
prints them beside 0xDeCA10B's with the ratio and the goal. Then runs one prediction market
(sparse perceptron, 100 contributions, 100 test samples) from deployment to sweep and adds a row per operation,
the reward phase's total and its gas per contribution.

Example:
   sumkit gas --models testdata/models --out gas-report.json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "models", Value: "testdata/models", Usage: "folder holding the gas-anchor model files and imdb.json"},
			&cli.StringFlag{Name: "sentences", Value: gasreport.DefaultSentences, Usage: "the IMDB sentences the batch rows add (the sentence, a tab, 0 or 1)"},
			&cli.StringFlag{Name: "out", Value: "gas-report.json", Usage: "where to write the JSON report"},
		},
		Action: func(c *cli.Context) error {
			rows, err := gasreport.MeasureAll(c.Context, c.String("models"), c.String("sentences"))
			if err != nil {
				return err
			}
			f, err := os.Create(c.String("out"))
			if err != nil {
				return fmt.Errorf("write gas report: %w", err)
			}
			if err := gasreport.WriteJSON(f, rows); err != nil {
				f.Close()
				return fmt.Errorf("write gas report: %w", err)
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("write gas report: %w", err)
			}
			if err := gasreport.WriteTable(c.App.Writer, rows); err != nil {
				return err
			}
			misses := gasreport.Misses(rows)
			fmt.Fprintf(c.App.Writer, "\nwrote %s: %d rows, %d above their goal\n", c.String("out"), len(rows), len(misses))
			return nil
		},
	}
}
