package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func runMarketInit(c *cli.Context) error {
	const cmd = "market init"
	bounty, err := parseWei("bounty", c.String("bounty"))
	if err != nil {
		return err
	}
	minStake, err := parseWei("min-stake", c.String("min-stake"))
	if err != nil {
		return err
	}
	m, err := model.Load(c.String("model"))
	if err != nil {
		return err
	}
	if m.MaxFeatures == 0 {
		m.MaxFeatures = min(m.NumFeatures, trainer.DefaultMaxFeatures)
	}
	data, err := os.ReadFile(c.String("test-set"))
	if err != nil {
		return fmt.Errorf("read --test-set: %w", err)
	}
	var samples []commitment.Sample
	if err := json.Unmarshal(data, &samples); err != nil {
		return fmt.Errorf("--test-set %s: %v: want a JSON array of {\"data\": [...], \"label\": N}", c.String("test-set"), err)
	}
	n := c.Int("pieces")
	pieces, err := predictionmarket.Split(samples, n)
	if err != nil {
		return fmt.Errorf("--pieces %d: want 2 to %d (the test set's size)", n, len(samples))
	}
	maxPiece, longest := predictionmarket.Sizes(pieces)
	maxLen := uint64(c.Uint("max-sample-length"))
	if maxLen == 0 {
		maxLen = max(m.MaxFeatures, uint64(longest))
	}
	for _, name := range []string{"min-contributions", "min-duration", "first-reveal-window", "reveal-window", "reward-window", "model-gas-limit", "max-contributions"} {
		if uint64(c.Uint(name)) > uint64(^uint32(0)) {
			return fmt.Errorf("--%s %d is above %d", name, c.Uint(name), ^uint32(0))
		}
	}
	if maxLen > 0xffff || maxPiece > 0xffff {
		return fmt.Errorf("samples of %d entries or pieces of %d samples are above 65535: use more --pieces or a lower --max-sample-length", maxLen, maxPiece)
	}
	cfg := bindings.IPredictionMarketConfig{
		MinStake: minStake, MinContributions: uint32(c.Uint("min-contributions")), MinDuration: uint32(c.Uint("min-duration")),
		FirstRevealWindow: uint32(c.Uint("first-reveal-window")), RevealWindow: uint32(c.Uint("reveal-window")),
		RewardWindow: uint32(c.Uint("reward-window")), MaxPieceSamples: uint16(maxPiece), MaxSampleLength: uint16(maxLen),
		ModelGasLimit: uint32(c.Uint("model-gas-limit")), MaxContributions: uint32(c.Uint("max-contributions")),
		GroupByContributor: c.Bool("group"), AllowGreaterStake: c.Bool("allow-greater-stake"),
	}

	client, _, t, err := dialSender(c)
	if err != nil {
		return err
	}
	defer client.Close()
	mc := &marketConn{client: client, t: t}
	if c.IsSet("market") {
		if !common.IsHexAddress(c.String("market")) {
			return fmt.Errorf("--market %q is not an address: want 0x and 40 hex digits", c.String("market"))
		}
		mc.m = predictionmarket.New(client, common.HexToAddress(c.String("market")))
	} else {
		m, r, err := predictionmarket.Deploy(c.Context, t)
		if dry, err := writeDryRun(c.App.Writer, "deploying the PredictionMarket", err); dry {
			return err
		}
		if err != nil {
			return marketExplain(c.Context, client, cmd, err)
		}
		mc.m = m
		if _, err := fmt.Fprintf(c.App.Writer, "market:    %s (deployed, gas %d)\n", m.Address(), r.GasUsed); err != nil {
			return err
		}
	}
	if _, err := mc.inPhase(c.Context, cmd, predictionmarket.Idle, "a run is under way"); err != nil {
		return err
	}
	stopped := false
	man, _, err := mc.m.Open(c.Context, t, predictionmarket.OpenSpec{Model: m, Pieces: pieces, Config: cfg, Bounty: bounty}, mc.sender(c, cmd, &stopped))
	if dry, err := writeDryRun(c.App.Writer, "deploying the model", err); dry {
		return err
	}
	if err != nil || stopped {
		return marketExplainOnce(c, mc, cmd, err)
	}
	if err := man.Write(c.String("out")); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.App.Writer, "model:     %s (trainer %s)\nwrote %s: it holds the hidden test set; keep it private until reveal-rest\nnext:      wait %d blocks (%s), then `sumkit market reveal --manifest %s`\n",
		man.Model, man.Updater, c.String("out"), 6, mineHint(6), c.String("out"))
	return err
}

func runMarketReveal(c *cli.Context) error {
	const cmd = "market reveal"
	mc, man, err := openMarket(c, true)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	if err := mc.ownManifest(man); err != nil {
		return err
	}
	st, err := mc.inPhase(c.Context, cmd, predictionmarket.Committed, "nothing to reveal first")
	if err != nil {
		return err
	}
	tree, err := man.Check(st.PiecesRoot)
	if err != nil {
		return err
	}
	stopped := false
	st, _, err = mc.m.DrawFirst(c.Context, st, mc.sender(c, cmd, &stopped))
	if wait, ok := errors.AsType[*predictionmarket.DrawWaitError](err); ok {
		if wait.Moved {
			return fmt.Errorf("%v: retry after it (%s)", wait, mineHint(wait.Blocks()))
		}
		return fmt.Errorf("%v: retry in %d blocks (%s)", wait, wait.Blocks(), mineHint(wait.Blocks()))
	}
	if err != nil || stopped {
		return marketExplainOnce(c, mc, cmd, err)
	}
	a, err := mc.m.RevealFirst(man, tree, int(st.RevealIndex))
	if err != nil {
		return err
	}
	_, _, err = mc.send(c, cmd, a)
	return err
}

func runMarketAdd(c *cli.Context) error {
	const cmd = "market add"
	if c.NArg() != 1 {
		return errors.New("want one DATA argument, the sample's comma-separated feature indices such as 3,7,12")
	}
	data, err := parseIndices(c.Args().First())
	if err != nil {
		return err
	}
	var stake *big.Int
	if c.IsSet("stake") {
		if stake, err = parseWei("stake", c.String("stake")); err != nil {
			return err
		}
	}
	mc, man, err := openMarket(c, true)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	var classes []string
	if man != nil && man.Market == mc.m.Address() {
		classes = man.Classes
	}
	label, err := marketLabel(c.String("label"), classes)
	if err != nil {
		return err
	}
	if _, err := mc.inPhase(c.Context, cmd, predictionmarket.Participation, "contributions are taken only while it is in Participation"); err != nil {
		return err
	}
	cfg, err := mc.m.Config(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	if stake == nil {
		stake = cfg.MinStake
	}
	if stake.Cmp(cfg.MinStake) < 0 {
		return fmt.Errorf("--stake %s wei is below the market's minimum stake of %s wei: pass --stake %s", stake, cfg.MinStake, cfg.MinStake)
	}
	_, _, err = mc.send(c, cmd, mc.m.Contribute(data, label, stake))
	return err
}

// marketLabel reads a label as a class index, or as a class name when the manifest's classes are known.
func marketLabel(s string, classes []string) (uint64, error) {
	if len(classes) > 0 {
		return dataset.ClassIndex(s, classes)
	}
	var v uint64
	if _, err := fmt.Sscan(s, &v); err != nil {
		return 0, usagef("--label %q is not a class index: give a number such as 0 or 1 (class names need --manifest)", s)
	}
	return v, nil
}

func runMarketEnd(c *cli.Context) error {
	const cmd = "market end"
	mc, _, err := openMarket(c, true)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	st, err := mc.inPhase(c.Context, cmd, predictionmarket.Participation, "there is nothing to end")
	if err != nil {
		return err
	}
	_, _, err = mc.send(c, cmd, mc.m.End(st.NumContributions))
	return err
}

func runMarketRevealRest(c *cli.Context) error {
	const cmd = "market reveal-rest"
	mc, man, err := openMarket(c, true)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	if err := mc.ownManifest(man); err != nil {
		return err
	}
	per := c.Int("per-tx")
	if per < 1 {
		return fmt.Errorf("--per-tx %d: want at least 1", per)
	}
	if _, err := mc.inPhase(c.Context, cmd, predictionmarket.Revealing, "the remaining pieces are revealed after the end"); err != nil {
		return err
	}
	stopped := false
	if err := mc.m.RevealRest(c.Context, man, per, mc.sender(c, cmd, &stopped)); err != nil || stopped {
		return marketExplainOnce(c, mc, cmd, err)
	}
	_, err = fmt.Fprintln(c.App.Writer, "every piece is revealed; the rewards can be computed: `sumkit market step`")
	return err
}

// marketExplainOnce explains an error of an SDK flow, which may hold one that send explained already; nil stays nil.
func marketExplainOnce(c *cli.Context, mc *marketConn, cmd string, err error) error {
	if err == nil {
		return nil
	}
	return marketExplain(c.Context, mc.client, cmd, err)
}

func runMarketStep(c *cli.Context) error {
	const cmd = "market step"
	mc, _, err := openMarket(c, true)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	batch, items := c.Int("batch"), c.Int("settle-items")
	if batch < 1 || items < 1 || items > predictionmarket.MaxSettleItems {
		return fmt.Errorf("--batch %d and --settle-items %d: want --batch at least 1 and --settle-items 1 to 512", batch, items)
	}
	stopped := false
	res, err := mc.m.Step(c.Context, predictionmarket.StepOptions{MaxSteps: c.Int("max-steps"), Batch: batch, SettleItems: items, Close: c.Bool("close")},
		mc.sender(c, cmd, &stopped))
	switch {
	case err != nil || stopped:
		return marketExplainOnce(c, mc, cmd, err)
	case res.Done && res.Sent == 0:
		return fmt.Errorf("the market is %s: there is no step to take now; see `sumkit market status`", res.Phase)
	case res.Done:
		_, err = fmt.Fprintf(c.App.Writer, "done: the market is %s\n", res.Phase)
		return err
	}
	_, err = fmt.Fprintf(c.App.Writer, "stopped after --max-steps %d; run `sumkit market step` again to go on\n", c.Int("max-steps"))
	return err
}

func runMarketCollect(c *cli.Context) error {
	const cmd = "market collect"
	mc, _, err := openMarket(c, true)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	me := mc.t.From()
	stopped := false
	did, phase, err := mc.m.Collect(c.Context, me, mc.sender(c, cmd, &stopped))
	if err != nil || stopped {
		return marketExplainOnce(c, mc, cmd, err)
	}
	if !did {
		return fmt.Errorf("nothing to collect for %s now (the market is %s): see `sumkit market status`", me, phase)
	}
	return nil
}

func runMarketStatus(c *cli.Context) error {
	const cmd = "market status"
	mc, _, err := openMarket(c, false)
	if err != nil {
		return err
	}
	defer mc.client.Close()
	s, err := mc.m.Status(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	if c.Bool("json") {
		out, err := json.Marshal(s)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(c.App.Writer, string(out))
		return err
	}
	w := c.App.Writer
	if _, err := fmt.Fprintf(w, "market:        %s (run %d)\nphase:         %s\nwaits for:     %s\n", s.Market, s.Run, s.Phase, s.WaitsFor); err != nil {
		return err
	}
	if s.By != nil {
		if _, err := fmt.Fprintf(w, "by:            %s (in %d s)\n", s.By.Format(time.RFC3339), *s.InSeconds); err != nil {
			return err
		}
	}
	if l := s.LastRun; l != nil {
		_, err := fmt.Fprintf(w, "last run:      %d by %s, %s; %s wei went back to the provider\ncredit:        %s wei for the provider to withdraw (`sumkit market collect` from its account)\n",
			l.Run, l.Provider, l.Describe(), l.Swept, l.ProviderCredit)
		return err
	}
	_, err = fmt.Fprintf(w, "bounty:        %s wei\npieces:        %d revealed of %d\ncontributions: %d from %d accounts, %s wei staked (min stake %s wei)\nclaimed:       %s wei\n",
		s.Bounty, s.Revealed, s.NumPieces, s.NumContributions, s.NumContributors, s.TotalStaked, s.MinStake, s.Claimed)
	return err
}
