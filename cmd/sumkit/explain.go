package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
)

// headReader reads the latest block header; ethclient.Client is one.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// explain turns an error from command's work on the chain into one line, "command: problem: fix". A contract
// revert is named with its custom error and arguments, followed by what to do about it; node refusals the
// user can fix (an account that cannot pay, a receipt that took too long) get their fix; anything else keeps
// its first line.
func explain(ctx context.Context, node headReader, command string, err error) error {
	if rev, ok := chain.AsRevert(err); ok {
		call := strings.TrimPrefix(rev.Error(), "execution reverted: ")
		if fix := revertFix(ctx, node, rev); fix != "" {
			return fmt.Errorf("%s: the contract refused: %s: %s", command, call, fix)
		}
		return fmt.Errorf("%s: the contract refused: %s", command, call)
	}
	if nm, ok := chain.AsNotMined(err); ok {
		why := fmt.Sprintf("not mined within %s", nm.Timeout)
		if !errors.Is(nm.Err, context.DeadlineExceeded) {
			why = fmt.Sprintf("not yet mined when the wait stopped (%v)", nm.Err)
		}
		return fmt.Errorf("%s: transaction %s %s; it may still land: check it with `sumkit tx %s`; re-running the same command waits for it instead of sending it again (--timeout sets the wait)",
			command, nm.Hash, why, nm.Hash)
	}
	line, _, _ := strings.Cut(err.Error(), "\n")
	switch {
	case strings.Contains(line, "insufficient funds"):
		return fmt.Errorf("%s: %s: the sending account cannot pay the value and the gas; fund it, send less with --value, or use another account", command, line)
	}
	return fmt.Errorf("%s: %s", command, line)
}

// revertFix says what to do about a contract's custom error, or "" where there is nothing to add.
func revertFix(ctx context.Context, node headReader, rev *chain.RevertError) string {
	switch rev.Name {
	case "DepositTooLow":
		return fmt.Sprintf("send at least %v wei with --value, or wait: the deposit falls as time passes", rev.Arg("required"))
	case "TooEarly":
		at, ok := rev.Arg("availableAt").(*big.Int)
		if !ok || !at.IsInt64() {
			return "the wait has not passed; retry later"
		}
		fix := "the wait ends at " + time.Unix(at.Int64(), 0).UTC().Format(time.RFC3339)
		if node != nil {
			if head, err := node.HeaderByNumber(ctx, nil); err == nil {
				fix += fmt.Sprintf(" (in %d s)", max(at.Int64()-int64(head.Time), 0))
			}
		}
		return fix + "; retry then"
	case "ModelDisagrees":
		return "the model does not agree with this label now; retry once it does, or leave it: after the longer waits it can be taken"
	case "ModelAgrees":
		return "the model agrees with this label now: there is nothing to report"
	case "CannotReportOwnContribution":
		return "this is your own contribution; use `sumkit refund` instead"
	case "UnknownContribution":
		return "no such contribution: wrong transaction or sender, or already refunded (see `sumkit contributions --state`)"
	case "NoGoodContributions":
		return "reporting needs a validated contribution of your own: refund one first (see `sumkit claims`)"
	case "NothingToClaim", "AlreadySettled":
		return "its deposit is already taken or refunded"
	case "AlreadyReported":
		return "you have reported this contribution already; what is left goes to the longer waits"
	case "DuplicateContribution":
		return "you added the same sample and label in this second already; retry in a second or two"
	case "NothingToWithdraw":
		return "nothing is pending for this account"
	}
	return ""
}
