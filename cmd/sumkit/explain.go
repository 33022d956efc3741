package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/dataset"
)

// headReader reads the latest block header; ethclient.Client is one.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// explain turns an error from command's work into one line, "command: problem: fix", the only place that names the
// command. A contract revert is named with its custom error and arguments, followed by what to do about it; node
// refusals the user can fix (an account that cannot pay, a receipt that took too long) get their fix; a file's bad
// lines ([dataset.LineErrors]) are listed one a line below it; anything else keeps its first line. node, when not
// nil, dates a TooEarly's wait. An error explain made already passes through as it is, so a command that explains
// with its node keeps that explanation.
func explain(ctx context.Context, node headReader, command string, err error) error {
	var done *explainedError
	if errors.As(err, &done) {
		return err
	}
	_, usage := errors.AsType[*usageError](err)
	return &explainedError{command: command, line: explainLine(ctx, node, command, err), usage: usage, err: err}
}

// explainLine is explain's line without the command's name.
func explainLine(ctx context.Context, node headReader, command string, err error) string {
	if rev, ok := chain.AsRevert(err); ok {
		call := strings.TrimPrefix(rev.Error(), "execution reverted: ")
		if fix := revertFix(ctx, node, rev); fix != "" {
			return fmt.Sprintf("the contract refused: %s: %s", call, fix)
		}
		return "the contract refused: " + call
	}
	if nm, ok := chain.AsNotMined(err); ok {
		why := fmt.Sprintf("not mined within %s", nm.Timeout)
		if !errors.Is(nm.Err, context.DeadlineExceeded) {
			why = fmt.Sprintf("not yet mined when the wait stopped (%v)", nm.Err)
		}
		return fmt.Sprintf("transaction %s %s; it may still land: check it with `sumkit tx %s`; re-running the same command waits for it instead of sending it again (--timeout sets the wait)",
			nm.Hash, why, nm.Hash)
	}
	line, rest, _ := strings.Cut(err.Error(), "\n")
	// A library or an older caller may have named the command already; it is named once.
	for strings.HasPrefix(line, command+": ") {
		line = strings.TrimPrefix(line, command+": ")
	}
	if _, ok := errors.AsType[*dataset.LineErrors](err); ok && rest != "" {
		// A file's bad lines are listed one a line, so that the user fixes them all in one go.
		return line + "\n" + rest
	}
	if strings.Contains(line, "insufficient funds") {
		return line + ": the sending account cannot pay the value and the gas; fund it (`sumkit send`), send less with --value, or use another account"
	}
	return line
}

// explainedError is an error explain made: one line, naming the command once.
type explainedError struct {
	command, line string
	usage         bool
	err           error
}

func (e *explainedError) Error() string { return e.command + ": " + e.line }
func (e *explainedError) Unwrap() error { return e.err }

// usageError is a command used wrongly (a bad flag value, a missing argument), as against a failure of the work:
// sumkit exits 2 for it, as Go tools do.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usagef is a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// explainErrors routes every error of commands and their subcommands through explain, under the command's full
// name (parent's name, then its own), and makes flag-parsing errors usage errors naming the command's help.
func explainErrors(commands []*cli.Command, parent string) {
	for _, cmd := range commands {
		name := strings.TrimSpace(parent + " " + cmd.Name)
		required := takeRequired(cmd.Flags)
		if action := cmd.Action; action != nil {
			cmd.Action = func(c *cli.Context) error {
				var missing []string
				for _, f := range required {
					if !c.IsSet(f) {
						missing = append(missing, "--"+f)
					}
				}
				if len(missing) > 0 {
					return &explainedError{command: name, line: fmt.Sprintf("missing %s: pass it; see `sumkit %s --help`",
						strings.Join(missing, " and "), name), usage: true}
				}
				if err := action(c); err != nil {
					return explain(c.Context, nil, name, err)
				}
				return nil
			}
		}
		takesText := slices.ContainsFunc(cmd.Flags, func(f cli.Flag) bool { return slices.Contains(f.Names(), "text") })
		cmd.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			line := fmt.Sprintf("%v; see `sumkit %s --help`", err, name)
			if bad, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok && takesText && !flagLike(bad) {
				line = fmt.Sprintf("%v: if that is the text, pass it as --text TEXT or after --; see `sumkit %s --help`", err, name)
			}
			return &explainedError{command: name, line: line, usage: true, err: err}
		}
		explainErrors(cmd.Subcommands, name)
	}
}

// takeRequired returns the names of the required flags among flags and makes them optional to urfave, whose
// error for a missing one names no command and prints the whole help: explainErrors checks them instead. Flags
// of other types stay urfave's to check.
func takeRequired(flags []cli.Flag) []string {
	var names []string
	for _, f := range flags {
		switch f := f.(type) {
		case *cli.StringFlag:
			if f.Required {
				f.Required = false
				names = append(names, f.Name)
			}
		case *cli.UintFlag:
			if f.Required {
				f.Required = false
				names = append(names, f.Name)
			}
		}
	}
	return names
}

// flagLike reports whether name, an unknown flag without its dash, could be a mistyped flag rather than a text
// that begins with "-": a letter followed by letters, digits and dashes.
func flagLike(name string) bool {
	name = strings.TrimPrefix(name, "-")
	if name == "" || !unicode.IsLetter(rune(name[0])) {
		return false
	}
	return !strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
}

// exitCode is 2 for a usage error, as Go tools exit, and 1 for a failure of the work. An error that came from no
// command's action is urfave's own (a required flag missing, an unknown command): a usage error too.
func exitCode(err error) int {
	if e, ok := errors.AsType[*explainedError](err); ok && !e.usage {
		return 1
	}
	return 2
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
		fix := "the wait ends at " + utc(at.Uint64()) + " chain time"
		if node != nil {
			if head, err := node.HeaderByNumber(ctx, nil); err == nil {
				fix = "the wait ends at " + countdown(at.Uint64(), head.Time, uint64(time.Now().Unix()))
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
