package main

import (
	"fmt"
	"io"
	"math/big"

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
	}
}

// txOptions are the transactor options txFlags ask for.
func txOptions(c *cli.Context) ([]chain.Option, error) {
	if c.Duration("timeout") <= 0 {
		return nil, fmt.Errorf("--timeout %s: want a positive duration such as 2m", c.Duration("timeout"))
	}
	opts := []chain.Option{chain.WithTimeout(c.Duration("timeout"))}
	if c.Bool("dry-run") {
		opts = append(opts, chain.WithDryRun())
	}
	return opts, nil
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
