package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"
)

func sendCommand() *cli.Command {
	return &cli.Command{
		Name:  "send",
		Usage: "send ether to an account, to fund it",
		Description: `Sends --value to --to from the sending account: to fund a keystore account on a dev chain from a dev
account, or any account on any chain. Like every sending command it keeps the transaction in the journal (a
re-run after a timeout waits for it instead of sending it twice) and honours --dry-run and --timeout.

--value is wei, or a decimal number followed by ether or gwei: 1000000000000000000, 1.5ether, 20gwei.

Examples:
   sumkit send --dev-account 0 --to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --value 1.5ether
   sumkit send --keystore ~/.ethereum/keystore --account 0xf39F... --password-file pw --to 0x7099... --value 20gwei --dry-run`,
		Flags: append([]cli.Flag{
			rpcFlag(),
			&cli.StringFlag{Name: "to", Required: true, Usage: "address to send to"},
			&cli.StringFlag{Name: "value", Required: true, Usage: "amount: wei, or with a unit: 1.5ether, 20gwei"},
		}, accountFlags()...),
		Action: runSend,
	}
}

func runSend(c *cli.Context) error {
	if !common.IsHexAddress(c.String("to")) {
		return usagef("--to %q is not an address: want 0x and 40 hex digits", c.String("to"))
	}
	to := common.HexToAddress(c.String("to"))
	value, err := parseValue(c.String("value"))
	if err != nil {
		return &usageError{fmt.Errorf("--value: %w", err)}
	}
	client, _, t, err := dialSender(c)
	if err != nil {
		return err
	}
	defer client.Close()
	r, err := t.Transact(c.Context, to, nil, value)
	return writeSent(c.App.Writer, fmt.Sprintf("sending %s wei to %s", value, to), r, err, explainer(c.Context, client, "send"),
		func(*types.Receipt) (string, error) {
			return fmt.Sprintf("sent %s wei (%s ether) from %s to %s", value, exactEther(value), t.From(), to), nil
		})
}

// unit is an amount --value may name.
type unit struct {
	name string
	wei  int64
}

// units are tried in order: "gwei" before "wei", which it ends with.
var units = [...]unit{{"ether", params.Ether}, {"gwei", params.GWei}, {"wei", 1}}

// parseValue reads an amount of ether: whole wei, or a decimal number followed by a unit of units ("1.5ether").
func parseValue(s string) (*big.Int, error) {
	number, scale := strings.TrimSpace(strings.ToLower(s)), int64(1)
	for _, u := range units {
		if n, ok := strings.CutSuffix(number, u.name); ok {
			number, scale = strings.TrimSpace(n), u.wei
			break
		}
	}
	r, ok := new(big.Rat).SetString(number)
	if !ok || number == "" || strings.ContainsAny(number, "/eE") {
		return nil, fmt.Errorf("%q is not an amount: want wei (1000000000000000000) or a number with ether or gwei (1.5ether, 20gwei)", s)
	}
	r.Mul(r, new(big.Rat).SetInt64(scale))
	if r.Sign() < 0 || !r.IsInt() {
		return nil, fmt.Errorf("%q is not a whole, non-negative number of wei", s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// exactEther writes wei as a decimal number of ether, without trailing zeros.
func exactEther(wei *big.Int) string {
	s := new(big.Rat).SetFrac(wei, big.NewInt(params.Ether)).FloatString(18)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
