package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
)

func marketCommand() *cli.Command {
	marketFlag := &cli.StringFlag{Name: "market", Usage: "the PredictionMarket's address (default: the one in --manifest)"}
	manifestFlag := &cli.StringFlag{Name: "manifest", Value: "market.json", Usage: "market manifest written by `market init`"}
	return &cli.Command{
		Name:  "market",
		Usage: "run a prediction market: a bounty for data that improves a model on a hidden test set",
		Description: `A provider commits to a hidden test set and a bounty (init), reveals one drawn piece (reveal); contributors
stake on labelled samples (add); the market ends (end), the provider reveals the rest (reveal-rest), anyone
computes the rewards (step), and everyone collects (collect). status says where the market stands.

Example:
   sumkit market status --market 0x5FbDB2315678afecb367f032d93F642f64180aa3`,
		Subcommands: []*cli.Command{
			{
				Name:  "init",
				Usage: "deploy a market (unless --market), deploy the model for this run, and commit to a test set and a bounty",
				Description: `Splits the test set (a JSON array of {"data": [feature indices], "label": class}) into --pieces pieces,
commits to their Merkle root with --bounty wei, and writes the market manifest. The manifest holds the hidden test
set: keep it private until reveal-rest has revealed every piece.

Example:
   sumkit market init --dev-account 0 --model model.json --test-set test.json --pieces 4 \
      --bounty 1000000000000000000 --min-stake 10000000000000000 --min-contributions 10 --out market.json`,
				Flags: append([]cli.Flag{
					rpcFlag(),
					&cli.StringFlag{Name: "market", Usage: "an existing PredictionMarket (Idle) to start a run on; default: deploy one"},
					&cli.StringFlag{Name: "model", Required: true, Usage: "initial model file (0xDeCA10B JSON)"},
					&cli.StringFlag{Name: "test-set", Required: true, Usage: `test set: JSON array of {"data": [...], "label": N}`},
					&cli.IntFlag{Name: "pieces", Value: 4, Usage: "pieces to cut the test set into (at least 2)"},
					&cli.StringFlag{Name: "bounty", Required: true, Usage: "bounty in wei"},
					&cli.StringFlag{Name: "min-stake", Required: true, Usage: "least stake of a contribution, in wei"},
					&cli.UintFlag{Name: "min-contributions", Value: 10, Usage: "the market may end once it has this many contributions"},
					&cli.UintFlag{Name: "min-duration", Value: 86400, Usage: "or once participation has been open this many seconds (3600 to 14 days)"},
					&cli.UintFlag{Name: "first-reveal-window", Value: 3600, Usage: "seconds to reveal the drawn piece (3600 to 86400)"},
					&cli.UintFlag{Name: "reveal-window", Value: 86400, Usage: "seconds after the end to reveal the rest (3600 to 7 days)"},
					&cli.UintFlag{Name: "reward-window", Value: 7 * 86400, Usage: "seconds after the last reveal for the rewards to be final, else everyone is refunded (1 to 7 days)"},
					&cli.UintFlag{Name: "max-contributions", Value: 1000, Usage: "most contributions the run accepts (1 to 1000)"},
					&cli.UintFlag{Name: "max-sample-length", Usage: "most entries a sample may have (default: the model's max features)"},
					&cli.UintFlag{Name: "model-gas-limit", Value: 300_000, Usage: "gas each model call gets"},
					&cli.BoolFlag{Name: "group", Usage: "score and pay contributors rather than contributions"},
					&cli.BoolFlag{Name: "allow-greater-stake", Usage: "accept stakes above --min-stake"},
					&cli.StringFlag{Name: "out", Value: "market.json", Usage: "where to write the market manifest (private)"},
				}, accountFlags()...),
				Action: runMarketInit,
			},
			{
				Name:  "reveal",
				Usage: "draw the first piece (if needed) and reveal it from the manifest, opening participation",
				Description: `Example:
   sumkit market reveal --dev-account 0 --manifest market.json`,
				Flags:  append([]cli.Flag{rpcFlag(), manifestFlag}, accountFlags()...),
				Action: runMarketReveal,
			},
			{
				Name:      "add",
				Usage:     "contribute a labelled sample with a stake",
				ArgsUsage: "DATA",
				Description: `DATA is the sample's feature indices, comma-separated. --stake defaults to the market's minimum stake.

Example:
   sumkit market add --market 0x5FbDB2315678afecb367f032d93F642f64180aa3 --dev-account 1 --label 1 "3,7,12"`,
				Flags: append([]cli.Flag{rpcFlag(), marketFlag, manifestFlag,
					&cli.StringFlag{Name: "label", Required: true, Usage: "the sample's class index"},
					&cli.StringFlag{Name: "stake", Usage: "stake in wei (default: the market's minimum)"},
				}, accountFlags()...),
				Action: runMarketAdd,
			},
			{
				Name:  "end",
				Usage: "end participation (anyone, once the minimum duration or contributions are reached)",
				Description: `Example:
   sumkit market end --market 0x5FbDB2315678afecb367f032d93F642f64180aa3 --dev-account 0`,
				Flags:  append([]cli.Flag{rpcFlag(), marketFlag, manifestFlag}, accountFlags()...),
				Action: runMarketEnd,
			},
			{
				Name:  "reveal-rest",
				Usage: "reveal the remaining test pieces from the manifest, starting the rewards",
				Description: `Example:
   sumkit market reveal-rest --dev-account 0 --manifest market.json`,
				Flags: append([]cli.Flag{rpcFlag(), manifestFlag,
					&cli.IntFlag{Name: "per-tx", Value: 8, Usage: "pieces per transaction"},
				}, accountFlags()...),
				Action: runMarketRevealRest,
			},
			{
				Name:  "step",
				Usage: "advance the rewards (walk, then settle) from public events; anyone may call it",
				Description: `Rebuilds the walk's calldata from the market's events (PieceRevealed, Contributed), so it needs no manifest.
Also takes the liveness exits once they open: cancel in Committed after its deadline, forfeit in Revealing after
its deadline or as soon as the model changed (its pin differs), abandon in Rewarding after the reward deadline,
and, with --close, sweep in Collecting (contributors keep their claims; the run closes so another can start).

Example:
   sumkit market step --market 0x5FbDB2315678afecb367f032d93F642f64180aa3 --dev-account 2 --max-steps 50`,
				Flags: append([]cli.Flag{rpcFlag(), marketFlag, manifestFlag,
					&cli.IntFlag{Name: "max-steps", Value: 100, Usage: "most transactions to send"},
					&cli.IntFlag{Name: "batch", Value: 4, Usage: "contributions per walk transaction"},
					&cli.IntFlag{Name: "settle-items", Value: 256, Usage: "items per settle transaction (at most 512)"},
					&cli.BoolFlag{Name: "close", Usage: "in Collecting, sweep the run closed (the provider's unclaimed part is credited to it)"},
				}, accountFlags()...),
				Action: runMarketStep,
			},
			{
				Name:  "collect",
				Usage: "claim what this run and earlier ones owe you; as provider, also close the run and withdraw credits",
				Description: `Example:
   sumkit market collect --market 0x5FbDB2315678afecb367f032d93F642f64180aa3 --dev-account 1`,
				Flags:  append([]cli.Flag{rpcFlag(), marketFlag, manifestFlag}, accountFlags()...),
				Action: runMarketCollect,
			},
			{
				Name:  "status",
				Usage: "say which phase the market is in, what it waits for, and by when",
				Description: `Example:
   sumkit market status --market 0x5FbDB2315678afecb367f032d93F642f64180aa3 --json`,
				Flags: []cli.Flag{rpcFlag(), marketFlag, manifestFlag,
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
				},
				Action: runMarketStatus,
			},
		},
	}
}

// marketConn is a connection to a market: the node, the SDK's client and (for sending commands) a transactor.
type marketConn struct {
	client *ethclient.Client
	m      *predictionmarket.Market
	t      *chain.Transactor // nil for read-only commands
}

// marketManifest and marketStatus are the SDK's, under the names this package's tests use.
type (
	marketManifest = predictionmarket.Manifest
	marketStatus   = predictionmarket.Status
)

func readMarketManifest(path string) (*marketManifest, error) {
	return predictionmarket.ReadManifest(path)
}

// openMarket dials the node and finds the market: --market, else the manifest's. send asks for a transactor.
func openMarket(c *cli.Context, send bool) (*marketConn, *marketManifest, error) {
	var man *marketManifest
	addr := c.String("market")
	if m, err := readMarketManifest(c.String("manifest")); err == nil {
		man = m
		if addr == "" {
			addr = m.Market.Hex()
		}
	} else if addr == "" {
		return nil, nil, fmt.Errorf("no market: pass --market ADDRESS, or --manifest FILE written by `market init` (%v)", err)
	}
	if !common.IsHexAddress(addr) {
		return nil, nil, usagef("--market %q is not an address: want 0x and 40 hex digits", addr)
	}
	client, id, err := dial(c.Context, c.String("rpc"))
	if err != nil {
		return nil, nil, err
	}
	mc := &marketConn{client: client, m: predictionmarket.New(client, common.HexToAddress(addr))}
	if man != nil && man.Market == mc.m.Address() && man.ChainID != id.Uint64() {
		client.Close()
		return nil, nil, fmt.Errorf("the manifest's market is on chain %d but the node at %s is on chain %s: pass the right --rpc", man.ChainID, c.String("rpc"), id)
	}
	if ok, err := mc.m.HasCode(c.Context); err != nil || !ok {
		client.Close()
		return nil, nil, fmt.Errorf("no contract at %s on the node at %s: check --market and --rpc", mc.m.Address(), c.String("rpc"))
	}
	if send {
		if mc.t, err = newTransactor(c, client, id, c.String("rpc")); err != nil {
			client.Close()
			return nil, nil, err
		}
	}
	return mc, man, nil
}

// inPhase reads the market's state and refuses unless the market is in phase want; why says what that phase
// is for, in the message.
func (mc *marketConn) inPhase(ctx context.Context, cmd string, want predictionmarket.Phase, why string) (bindings.PredictionMarketState, error) {
	st, err := mc.m.State(ctx)
	if err != nil {
		return st, marketExplain(ctx, mc.client, cmd, err)
	}
	if predictionmarket.Phase(st.Phase) != want {
		return st, fmt.Errorf("the market is %s, not %s: %s; see `sumkit market status`", predictionmarket.Phase(st.Phase), want, why)
	}
	return st, nil
}

// ownManifest refuses unless man is the manifest `market init` wrote for this market: only it holds the pieces.
func (mc *marketConn) ownManifest(man *marketManifest) error {
	if man == nil || man.Market != mc.m.Address() {
		return fmt.Errorf("revealing needs the manifest `market init` wrote for %s: pass --manifest", mc.m.Address())
	}
	return nil
}

// send sends a, printing a dry run or the receipt.
func (mc *marketConn) send(c *cli.Context, command string, a predictionmarket.Action) (*types.Receipt, bool, error) {
	r, err := mc.t.Transact(c.Context, mc.m.Address(), a.Data, a.Value)
	_, dry := chain.AsDryRun(err)
	failed := func(err error) error { return marketExplain(c.Context, mc.client, command, err) }
	if err := writeSent(c.App.Writer, a.What, r, err, failed, func(*types.Receipt) (string, error) { return a.What, nil }); err != nil || dry {
		return nil, dry, err
	}
	return r, false, nil
}

// sender is send as the SDK's flows take it; *stopped is set when a dry run stopped the flow.
func (mc *marketConn) sender(c *cli.Context, command string, stopped *bool) predictionmarket.SendFunc {
	return func(_ context.Context, a predictionmarket.Action) (bool, error) {
		_, dry, err := mc.send(c, command, a)
		*stopped = *stopped || dry
		return dry, err
	}
}

// marketExplain is explain with fixes for the market's own errors.
func marketExplain(ctx context.Context, node headReader, command string, err error) error {
	rev, ok := chain.AsRevert(err)
	if !ok {
		return explain(ctx, node, command, err)
	}
	call := strings.TrimPrefix(rev.Error(), "execution reverted: ")
	fix := ""
	switch rev.Name {
	case "WrongPhase":
		fix = "the market is in another phase; see `sumkit market status`"
	case "StakeTooLow", "StakeNotExact":
		fix = fmt.Sprintf("send exactly %v wei with --stake (or at least it where greater stakes are allowed)", rev.Arg("required"))
	case "UnknownLabel":
		fix = fmt.Sprintf("use a --label below %v", rev.Arg("numClasses"))
	case "SampleTooLong":
		fix = fmt.Sprintf("use at most %v entries", rev.Arg("max"))
	case "EndCriteriaNotMet":
		fix = "wait for more contributions or for the earliest end; see `sumkit market status`"
	case "InvalidProof":
		fix = "the pieces do not match the commitment: use the manifest `market init` wrote, unchanged"
	case "DrawNotReady":
		fix = fmt.Sprintf("wait until block %v is past, then retry", rev.Arg("drawBlock"))
	case "DrawExpired":
		fix = "the draw block is too old: run `sumkit market reveal` again, which re-targets the draw"
	case "DeadlinePassed":
		fix = "too late: `sumkit market step` takes the exit (cancel, forfeit or abandon)"
	case "DeadlineNotPassed":
		fix = "wait for the deadline; see `sumkit market status`"
	case "NothingOwed", "NothingToWithdraw":
		fix = "this account has nothing to collect in this run"
	case "ModelBoundElsewhere":
		fix = "the model was built for another provider's updater: deploy it for updaterFor(your account), as `market init` does"
	case "OutOfRange":
		fix = fmt.Sprintf("%s must be %v to %v", marketParams[fmt.Sprint(rev.Arg("param"))], rev.Arg("min"), rev.Arg("max"))
	case "BountyBelowOneRound":
		fix = fmt.Sprintf("a bounty of at least %v wei (pieces - 1 times the largest piece) pays one round", rev.Arg("maxEvalSamples"))
	case "RunFull":
		fix = "the run takes no more contributions: contribute to the next run"
	case "StakeTooHigh":
		fix = fmt.Sprintf("stake at most %v wei", rev.Arg("max"))
	case "ModelChanged":
		fix = "the model changed since the run started: `sumkit market step` makes the provider forfeit"
	case "ModelOutOfGas":
		fix = "a model call ran out of --model-gas-limit: retry with more gas, or after the reward deadline `sumkit market step` abandons the run and refunds everyone"

	case "StepTooHeavy":
		fix = "use smaller pieces (more --pieces), a lower --model-gas-limit or --max-sample-length"
	}
	if fix == "" {
		return fmt.Errorf("the contract refused: %s", call)
	}
	return fmt.Errorf("the contract refused: %s: %s", call, fix)
}

// marketParams names PredictionMarket.Param values as `market init` flags, for OutOfRange.
var marketParams = map[string]string{
	"0": "--min-stake", "1": "--min-contributions", "2": "--min-duration", "3": "--first-reveal-window",
	"4": "--reveal-window", "5": "--reward-window", "6": "the largest piece (use more --pieces)",
	"7": "--max-sample-length", "8": "--model-gas-limit", "9": "--max-contributions", "10": "--bounty",
}

func parseWei(flag, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, usagef("--%s %q is not a whole number of wei", flag, s)
	}
	return v, nil
}

// parseIndices reads "3,7,12" as a sample's entries.
func parseIndices(s string) ([]int64, error) {
	var out []int64
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("sample entry %q is not an integer: give comma-separated feature indices such as 3,7,12", f)
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return nil, errors.New("empty sample: give comma-separated feature indices such as 3,7,12")
	}
	return out, nil
}
