package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/market"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/stack"
)

func runMarketInit(c *cli.Context) error {
	const cmd = "market init"
	bounty, err := parseWei("bounty", c.String("bounty"))
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	minStake, err := parseWei("min-stake", c.String("min-stake"))
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	m, err := model.Load(c.String("model"))
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	if m.MaxFeatures == 0 {
		m.MaxFeatures = min(m.NumFeatures, stack.DefaultMaxFeatures)
	}
	data, err := os.ReadFile(c.String("test-set"))
	if err != nil {
		return fmt.Errorf("%s: read --test-set: %w", cmd, err)
	}
	var samples []market.Sample
	if err := json.Unmarshal(data, &samples); err != nil {
		return fmt.Errorf("%s: --test-set %s: %v: want a JSON array of {\"data\": [...], \"label\": N}", cmd, c.String("test-set"), err)
	}
	n := c.Int("pieces")
	if n < 2 || n > len(samples) {
		return fmt.Errorf("%s: --pieces %d: want 2 to %d (the test set's size)", cmd, n, len(samples))
	}
	// Contiguous, near-equal pieces: the first len%n pieces take one sample more.
	pieces := make([][]market.Sample, n)
	maxPiece, longest := 0, 0
	for i, start := 0, 0; i < n; i++ {
		size := len(samples) / n
		if i < len(samples)%n {
			size++
		}
		pieces[i] = samples[start : start+size]
		start += size
		maxPiece = max(maxPiece, size)
		for _, s := range pieces[i] {
			longest = max(longest, len(s.Data))
		}
	}
	maxLen := uint64(c.Uint("max-sample-length"))
	if maxLen == 0 {
		maxLen = max(m.MaxFeatures, uint64(longest))
	}
	hashes := make([]common.Hash, n)
	for i, p := range pieces {
		hashes[i] = market.PieceHash(p)
	}
	tree, err := market.NewTree(hashes)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	for _, name := range []string{"min-contributions", "min-duration", "first-reveal-window", "reveal-window", "reward-window", "model-gas-limit", "max-contributions"} {
		if uint64(c.Uint(name)) > uint64(^uint32(0)) {
			return fmt.Errorf("%s: --%s %d is above %d", cmd, name, c.Uint(name), ^uint32(0))
		}
	}
	if maxLen > 0xffff || maxPiece > 0xffff {
		return fmt.Errorf("%s: samples of %d entries or pieces of %d samples are above 65535: use more --pieces or a lower --max-sample-length", cmd, maxLen, maxPiece)
	}
	cfg := bindings.IPredictionMarketConfig{
		MinStake: minStake, MinContributions: uint32(c.Uint("min-contributions")), MinDuration: uint32(c.Uint("min-duration")),
		FirstRevealWindow: uint32(c.Uint("first-reveal-window")), RevealWindow: uint32(c.Uint("reveal-window")),
		RewardWindow: uint32(c.Uint("reward-window")), MaxPieceSamples: uint16(maxPiece), MaxSampleLength: uint16(maxLen),
		ModelGasLimit: uint32(c.Uint("model-gas-limit")), MaxContributions: uint32(c.Uint("max-contributions")),
		GroupByContributor: c.Bool("group"), AllowGreaterStake: c.Bool("allow-greater-stake"),
	}

	client, id, err := dial(c.Context, c.String("rpc"))
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer client.Close()
	t, err := newTransactor(c, client, id, c.String("rpc"))
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	pm := bindings.NewPredictionMarket()
	mc := &marketConn{client: client, chainID: id, pm: pm, t: t, caller: t}
	if c.IsSet("market") {
		if !common.IsHexAddress(c.String("market")) {
			return fmt.Errorf("%s: --market %q is not an address: want 0x and 40 hex digits", cmd, c.String("market"))
		}
		mc.addr = common.HexToAddress(c.String("market"))
	} else {
		addr, r, err := t.Deploy(c.Context, common.FromHex(bindings.PredictionMarketMetaData.Bin), nil)
		if dry, err := writeDryRun(c.App.Writer, "deploying the PredictionMarket", err); dry {
			return err
		}
		if err != nil {
			return marketExplain(c.Context, client, cmd, err)
		}
		mc.addr = addr
		if _, err := fmt.Fprintf(c.App.Writer, "market:    %s (deployed, gas %d)\n", addr, r.GasUsed); err != nil {
			return err
		}
	}
	if _, err := mc.inPhase(c.Context, cmd, phaseIdle, "a run is under way"); err != nil {
		return err
	}
	run, err := mc.run(c.Context)
	if err != nil {
		return marketExplain(c.Context, client, cmd, err)
	}
	// The updater, and so the model, belongs to this account: nobody else can start a run with the model.
	updater, err := marketCall(c.Context, mc, pm.PackUpdaterFor(t.From()), pm.UnpackUpdaterFor)
	if err != nil {
		return marketExplain(c.Context, client, cmd, err)
	}
	modelAddr, err := deployMarketModel(c, t, m, updater)
	if err != nil {
		return err
	}
	if _, dry, err := mc.send(c, cmd, fmt.Sprintf("committed run %s: %d pieces, root %s, bounty %s wei", run, n, tree.Root(), bounty),
		pm.PackInitialise(modelAddr, tree.Root(), big.NewInt(int64(n)), cfg), bounty); dry || err != nil {
		return err
	}
	man := marketManifest{Note: manifestNote, ChainID: id.Uint64(), Market: mc.addr, Run: run.Uint64(), Model: modelAddr,
		Updater: updater, Classes: m.Classes, Root: tree.Root(), Pieces: pieces}
	out, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	// 0600: the manifest is the hidden test set.
	if err := os.WriteFile(c.String("out"), append(out, '\n'), 0o600); err != nil {
		return fmt.Errorf("%s: write manifest: %w", cmd, err)
	}
	_, err = fmt.Fprintf(c.App.Writer, "model:     %s (trainer %s)\nwrote %s: it holds the hidden test set; keep it private until reveal-rest\nnext:      wait %d blocks (%s), then `sumkit market reveal --manifest %s`\n",
		modelAddr, updater, c.String("out"), 6, mineHint(6), c.String("out"))
	return err
}

// deployMarketModel deploys m for trainer updater and fills it in chunks, as stack.Deploy does for a trainer.
func deployMarketModel(c *cli.Context, t *chain.Transactor, m *model.Model, updater common.Address) (common.Address, error) {
	const cmd = "market init"
	addr, _, err := stack.DeployModel(c.Context, t, m, updater, m.MaxFeatures, 0, nil)
	if dry, err := writeDryRun(c.App.Writer, "deploying the model", err); dry {
		return common.Address{}, err
	}
	if err != nil {
		return common.Address{}, marketExplain(c.Context, nil, cmd, err)
	}
	return addr, nil
}

func runMarketReveal(c *cli.Context) error {
	const cmd = "market reveal"
	mc, man, err := openMarket(c, true)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	if err := mc.ownManifest(cmd, man); err != nil {
		return err
	}
	st, err := mc.inPhase(c.Context, cmd, phaseCommitted, "nothing to reveal first")
	if err != nil {
		return err
	}
	tree, err := checkPieces(man, st.PiecesRoot)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	if !st.Drawn {
		head, err := mc.client.BlockNumber(c.Context)
		if err != nil {
			return explain(c.Context, mc.client, cmd, err)
		}
		if head <= st.DrawBlock {
			wait := st.DrawBlock - head + 1
			return fmt.Errorf("%s: the first piece is drawn from block %d's hash, and the chain is at block %d: retry in %d blocks (%s)", cmd, st.DrawBlock, head, wait, mineHint(wait))
		}
		if _, dry, err := mc.send(c, cmd, "drew the first piece", mc.pm.PackDraw(), nil); dry || err != nil {
			return err
		}
		if st, err = mc.state(c.Context); err != nil {
			return marketExplain(c.Context, mc.client, cmd, err)
		}
		if !st.Drawn {
			wait := uint64(1)
			if head, err := mc.client.BlockNumber(c.Context); err == nil && st.DrawBlock >= head {
				wait = st.DrawBlock - head + 1
			}
			return fmt.Errorf("%s: the draw block's hash had expired; the draw moved to block %d: retry after it (%s)", cmd, st.DrawBlock, mineHint(wait))
		}
	}
	idx := int(st.RevealIndex)
	if idx >= len(man.Pieces) {
		return fmt.Errorf("%s: piece %d was drawn but the manifest has %d pieces: use the manifest `market init` wrote", cmd, idx, len(man.Pieces))
	}
	proof, err := tree.Proof(idx)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	_, _, err = mc.send(c, cmd, fmt.Sprintf("revealed piece %d (%d samples); participation is open", idx, len(man.Pieces[idx])),
		mc.pm.PackRevealFirstPiece(toMarketABI(man.Pieces[idx]), proof), nil)
	return err
}

func runMarketAdd(c *cli.Context) error {
	const cmd = "market add"
	if c.NArg() != 1 {
		return fmt.Errorf("%s: want one DATA argument, the sample's comma-separated feature indices such as 3,7,12", cmd)
	}
	data, err := parseIndices(c.Args().First())
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	var stake *big.Int
	if c.IsSet("stake") {
		if stake, err = parseWei("stake", c.String("stake")); err != nil {
			return fmt.Errorf("%s: %w", cmd, err)
		}
	}
	mc, man, err := openMarket(c, true)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	var classes []string
	if man != nil && man.Market == mc.addr {
		classes = man.Classes
	}
	label, err := marketLabel(c.String("label"), classes)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	if _, err := mc.inPhase(c.Context, cmd, phaseParticipation, "contributions are taken only while it is in Participation"); err != nil {
		return err
	}
	cfg, err := mc.config(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	if stake == nil {
		stake = cfg.MinStake
	}
	if stake.Cmp(cfg.MinStake) < 0 {
		return fmt.Errorf("%s: --stake %s wei is below the market's minimum stake of %s wei: pass --stake %s", cmd, stake, cfg.MinStake, cfg.MinStake)
	}
	_, _, err = mc.send(c, cmd, fmt.Sprintf("contributed a sample of %d entries as class %d with a stake of %s wei", len(data), label, stake),
		mc.pm.PackContribute(data, label), stake)
	return err
}

// marketLabel reads a label as a class index, or as a class name when the manifest's classes are known.
func marketLabel(s string, classes []string) (uint64, error) {
	if len(classes) > 0 {
		return parseLabel(s, classes)
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
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	st, err := mc.inPhase(c.Context, cmd, phaseParticipation, "there is nothing to end")
	if err != nil {
		return err
	}
	_, _, err = mc.send(c, cmd, fmt.Sprintf("ended participation with %d contributions", st.NumContributions), mc.pm.PackEndMarket(), nil)
	return err
}

func runMarketRevealRest(c *cli.Context) error {
	const cmd = "market reveal-rest"
	mc, man, err := openMarket(c, true)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	if err := mc.ownManifest(cmd, man); err != nil {
		return err
	}
	per := c.Int("per-tx")
	if per < 1 {
		return fmt.Errorf("%s: --per-tx %d: want at least 1", cmd, per)
	}
	st, err := mc.inPhase(c.Context, cmd, phaseRevealing, "the remaining pieces are revealed after the end")
	if err != nil {
		return err
	}
	tree, err := checkPieces(man, st.PiecesRoot)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	// Evaluation positions are the piece indices in order, skipping the one revealed first.
	var order []int
	for i := range man.Pieces {
		if i != int(st.RevealIndex) {
			order = append(order, i)
		}
	}
	for pos := int(st.NextReveal); pos < len(order); pos += per {
		end := min(pos+per, len(order))
		var pieces [][]bindings.PredictionMarketSample
		var proofs [][][32]byte
		for _, idx := range order[pos:end] {
			p, err := tree.Proof(idx)
			if err != nil {
				return fmt.Errorf("%s: %w", cmd, err)
			}
			pieces = append(pieces, toMarketABI(man.Pieces[idx]))
			proofs = append(proofs, p)
		}
		if _, dry, err := mc.send(c, cmd, fmt.Sprintf("revealed pieces %v", order[pos:end]), mc.pm.PackRevealPieces(pieces, proofs), nil); dry || err != nil {
			return err
		}
	}
	_, err = fmt.Fprintln(c.App.Writer, "every piece is revealed; the rewards can be computed: `sumkit market step`")
	return err
}

// marketData rebuilds the walk's calldata from the run's events: the evaluation pieces in position order and
// the contributions' samples by id (from 1).
func marketData(c *cli.Context, mc *marketConn, run *big.Int, revealIndex uint32) ([][]bindings.PredictionMarketSample, []market.Sample, error) {
	abi := mc.pm.GetABI()
	logs, err := mc.client.FilterLogs(c.Context, ethereum.FilterQuery{
		Addresses: []common.Address{mc.addr},
		Topics:    [][]common.Hash{{abi.Events["PieceRevealed"].ID, abi.Events["Contributed"].ID}, {common.BigToHash(run)}},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read the market's events: %w", err)
	}
	pieces := map[uint64][]market.Sample{}
	contribs := map[uint64]market.Sample{}
	for i := range logs {
		l := &logs[i]
		if ev, err := mc.pm.UnpackPieceRevealedEvent(l); err == nil {
			s, err := unpackSamples(ev.Samples)
			if err != nil {
				return nil, nil, err
			}
			pieces[ev.Index.Uint64()] = s
		} else if ev, err := mc.pm.UnpackContributedEvent(l); err == nil {
			s, err := unpackSamples(ev.Sample)
			if err != nil || len(s) != 1 {
				return nil, nil, fmt.Errorf("contribution %s: bad packed sample", ev.Id)
			}
			contribs[ev.Id.Uint64()] = s[0]
		}
	}
	var idx []uint64
	for i := range pieces {
		if i != uint64(revealIndex) {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return idx[a] < idx[b] })
	eval := make([][]bindings.PredictionMarketSample, len(idx))
	for j, i := range idx {
		eval[j] = toMarketABI(pieces[i])
	}
	samples := make([]market.Sample, len(contribs))
	for id := range samples {
		s, ok := contribs[uint64(id+1)]
		if !ok {
			return nil, nil, fmt.Errorf("contribution %d has no Contributed event on the node: use a node that keeps the market's logs", id+1)
		}
		samples[id] = s
	}
	return eval, samples, nil
}

func runMarketStep(c *cli.Context) error {
	const cmd = "market step"
	mc, _, err := openMarket(c, true)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	batch, items := c.Int("batch"), c.Int("settle-items")
	if batch < 1 || items < 1 || items > 512 {
		return fmt.Errorf("%s: --batch %d and --settle-items %d: want --batch at least 1 and --settle-items 1 to 512", cmd, batch, items)
	}
	var eval [][]bindings.PredictionMarketSample
	var samples []market.Sample
	for step := 0; step < c.Int("max-steps"); step++ {
		st, err := mc.state(c.Context)
		if err != nil {
			return marketExplain(c.Context, mc.client, cmd, err)
		}
		now, err := mc.now(c)
		if err != nil {
			return explain(c.Context, mc.client, cmd, err)
		}
		changed := false
		if st.Phase == phaseParticipation || st.Phase == phaseRevealing || st.Phase == phaseRewarding {
			if changed, err = mc.modelChanged(c.Context); err != nil {
				return marketExplain(c.Context, mc.client, cmd, err)
			}
		}
		var data []byte
		var what string
		switch {
		case st.Phase == phaseCommitted && now > st.Deadline.Uint64():
			data, what = mc.pm.PackCancel(), "cancelled the run: the first piece was not revealed in time"
		case st.Phase == phaseRevealing && now > st.Deadline.Uint64():
			data, what = mc.pm.PackForfeit(), "forfeited: the pieces were not revealed in time; contributors may collect"
		case st.Phase == phaseRewarding && now > st.Deadline.Uint64():
			data, what = mc.pm.PackAbandon(), "abandoned: the rewards were not final by the reward deadline; everyone may collect what it put in"
		case st.Phase == phaseCollecting && c.Bool("close"):
			data, what = mc.pm.PackSweep(), "swept the run closed: the provider's unclaimed part is credited to it; contributors keep their claims"
		case st.Phase == phaseRewarding:
			r, err := marketCall(c.Context, mc, mc.pm.PackRewardState(), mc.pm.UnpackRewardState)
			if err != nil {
				return marketExplain(c.Context, mc.client, cmd, err)
			}
			if r.Stage == 0 && changed {
				data, what = mc.pm.PackForfeit(), "forfeited: the model changed during the run; contributors may collect"
				break
			}
			if r.Stage != 0 {
				data, what = mc.pm.PackSettle(big.NewInt(int64(items))), fmt.Sprintf("settled up to %d items (iteration %d)", items, r.Iteration)
				break
			}
			if eval == nil {
				run, err := mc.run(c.Context)
				if err != nil {
					return marketExplain(c.Context, mc.client, cmd, err)
				}
				if eval, samples, err = marketData(c, mc, run, st.RevealIndex); err != nil {
					return fmt.Errorf("%s: %w", cmd, err)
				}
			}
			next := int(r.Cursor)
			// Once the model is evaluated after contribution `cursor`, the walk needs the next ones.
			end := min(next+batch, len(samples))
			data = mc.pm.PackWalk(big.NewInt(0), eval, toMarketABI(samples[next:end]))
			what = fmt.Sprintf("walked contributions %d-%d of %d", next+1, end, len(samples))
		case changed:
			data, what = mc.pm.PackForfeit(), "forfeited: the model changed during the run; contributors may collect"
		default:
			if step == 0 {
				return fmt.Errorf("%s: the market is %s: there is no step to take now; see `sumkit market status`", cmd, marketPhases[st.Phase])
			}
			_, err := fmt.Fprintf(c.App.Writer, "done: the market is %s\n", marketPhases[st.Phase])
			return err
		}
		if _, dry, err := mc.send(c, cmd, what, data, nil); dry || err != nil {
			return err
		}
	}
	_, err = fmt.Fprintf(c.App.Writer, "stopped after --max-steps %d; run `sumkit market step` again to go on\n", c.Int("max-steps"))
	return err
}

// modelChanged says whether the run's model no longer matches the pin taken when the run started.
func (mc *marketConn) modelChanged(ctx context.Context) (bool, error) {
	pin, err := marketCall(ctx, mc, mc.pm.PackModelPin(), mc.pm.UnpackModelPin)
	if err != nil {
		return false, err
	}
	return pin.Pinned != pin.Current, nil
}

// now is the latest block's time, which the contract's deadlines compare with.
func (mc *marketConn) now(c *cli.Context) (uint64, error) {
	h, err := mc.client.HeaderByNumber(c.Context, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

func runMarketCollect(c *cli.Context) error {
	const cmd = "market collect"
	mc, _, err := openMarket(c, true)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	me := mc.t.From()
	did := false
	amount, err := marketCall(c.Context, mc, mc.pm.PackClaimable(me), mc.pm.UnpackClaimable)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	if amount.Sign() > 0 {
		if _, dry, err := mc.send(c, cmd, fmt.Sprintf("claimed %s wei to %s", amount, me), mc.pm.PackClaim(me), nil); dry || err != nil {
			return err
		}
		did = true
	}
	// Contributions of closed runs stay claimable: the sweep takes only the provider's own.
	current, err := mc.run(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	for r := uint64(0); r < current.Uint64(); r++ {
		run := new(big.Int).SetUint64(r)
		amount, err := marketCall(c.Context, mc, mc.pm.PackClaimableIn(run, me), mc.pm.UnpackClaimableIn)
		if err != nil {
			return marketExplain(c.Context, mc.client, cmd, err)
		}
		if amount.Sign() == 0 {
			continue
		}
		if _, dry, err := mc.send(c, cmd, fmt.Sprintf("claimed %s wei to %s (run %d)", amount, me, r), mc.pm.PackClaimRun(run, me), nil); dry || err != nil {
			return err
		}
		did = true
	}
	st, err := mc.state(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	// The provider closes its run once it has claimed: contributors keep their claims, and the market is free.
	if st.Phase == phaseCollecting && st.Provider == me {
		if _, dry, err := mc.send(c, cmd, "swept the run closed; contributors keep their claims", mc.pm.PackSweep(), nil); dry || err != nil {
			return err
		}
		did = true
	}

	owed, err := marketCall(c.Context, mc, mc.pm.PackOwed(me), mc.pm.UnpackOwed)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	if owed.Sign() > 0 {
		if _, dry, err := mc.send(c, cmd, fmt.Sprintf("withdrew %s credited wei to %s", owed, me), mc.pm.PackWithdraw(me), nil); dry || err != nil {
			return err
		}
		did = true
	}
	if !did {
		return fmt.Errorf("%s: nothing to collect for %s now (the market is %s): see `sumkit market status`", cmd, me, marketPhases[st.Phase])
	}
	return nil
}

// lastRun reads how run ended from st, the state the contract leaves after closing it, and the provider's credit.
func (mc *marketConn) lastRun(ctx context.Context, run uint64, st bindings.PredictionMarketState) (*lastRun, error) {
	owed, err := marketCall(ctx, mc, mc.pm.PackOwed(st.Provider), mc.pm.UnpackOwed)
	if err != nil {
		return nil, err
	}
	l := &lastRun{Run: run, Provider: st.Provider, ProviderCredit: owed.String()}
	share := new(big.Int).Set(st.Bounty) // cancelled, empty or abandoned: the bounty goes back whole
	switch {
	case st.EarliestEnd.Sign() == 0: // participation never opened
		l.Outcome = "cancelled"
	case st.Forfeited:
		l.Outcome = "forfeited"
		share.SetUint64(0)
	case st.Refunded:
		l.Outcome = "abandoned"
	default:
		l.Outcome = "rewarded"
		if st.NumContributions > 0 {
			r, err := marketCall(ctx, mc, mc.pm.PackRewardState(), mc.pm.UnpackRewardState)
			if err != nil {
				return nil, err
			}
			share.Add(share, st.TotalStaked).Sub(share, r.OwedTotal)
		}
	}
	l.Swept = share.String()
	return l, nil
}

// describe explains the outcome.
func (l *lastRun) describe() string {
	switch l.Outcome {
	case "cancelled":
		return "cancelled: the first piece was not revealed in time"
	case "forfeited":
		return "forfeited: the provider did not reveal every piece in time, or its model changed"
	case "abandoned":
		return "abandoned: the rewards were not final by the reward deadline, so everyone got back what it put in"
	}
	return "rewarded and closed"
}

// marketStatus is what `market status --json` prints.
type marketStatus struct {
	Market           common.Address `json:"market"`
	Run              uint64         `json:"run"`
	Phase            string         `json:"phase"`
	WaitsFor         string         `json:"waitsFor"`
	By               *time.Time     `json:"by,omitempty"`
	InSeconds        *int64         `json:"inSeconds,omitempty"`
	Bounty           string         `json:"bounty"`
	NumPieces        uint32         `json:"numPieces"`
	Revealed         uint32         `json:"piecesRevealed"`
	NumContributions uint32         `json:"numContributions"`
	NumContributors  uint32         `json:"numContributors"`
	TotalStaked      string         `json:"totalStaked"`
	MinStake         string         `json:"minStake"`
	Claimed          string         `json:"claimed"`
	// LastRun is how the previous run ended, while the market is Idle after one.
	LastRun *lastRun `json:"lastRun,omitempty"`
}

// lastRun is how a closed run ended, read from the state the contract leaves in place when it closes a run.
type lastRun struct {
	Run      uint64         `json:"run"`
	Provider common.Address `json:"provider"`
	// Outcome is "cancelled" (the first piece was not revealed in time), "forfeited" (the other pieces were
	// not), or "rewarded".
	Outcome string `json:"outcome"`
	// Outcome may also be "abandoned" (the rewards were not final by the reward deadline).
	// Swept is what the run gave back to its provider, claimed or credited when it closed: the whole bounty for
	// a cancelled, empty or abandoned run, nothing for a forfeited one, else the pool less what contributors are
	// owed. Contributors' unclaimed amounts are not in it: they stay theirs.
	Swept string `json:"swept"`
	// ProviderCredit is what the provider may withdraw now, from this run and earlier ones.
	ProviderCredit string `json:"providerCredit"`
}

func runMarketStatus(c *cli.Context) error {
	const cmd = "market status"
	mc, _, err := openMarket(c, false)
	if err != nil {
		return fmt.Errorf("%s: %w", cmd, err)
	}
	defer mc.client.Close()
	st, err := mc.state(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	cfg, err := mc.config(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	run, err := mc.run(c.Context)
	if err != nil {
		return marketExplain(c.Context, mc.client, cmd, err)
	}
	head, err := mc.client.HeaderByNumber(c.Context, nil)
	if err != nil {
		return explain(c.Context, mc.client, cmd, err)
	}
	s := marketStatus{Market: mc.addr, Run: run.Uint64(), Phase: marketPhases[st.Phase], Bounty: st.Bounty.String(),
		NumPieces: st.NumPieces, NumContributions: st.NumContributions, NumContributors: st.NumContributors,
		TotalStaked: st.TotalStaked.String(), MinStake: cfg.MinStake.String(), Claimed: st.ClaimedTotal.String()}
	var by uint64
	switch st.Phase {
	case phaseIdle:
		s.WaitsFor = "a provider to start a run (`sumkit market init --market " + mc.addr.Hex() + "`)"
		if s.Run > 0 {
			if s.LastRun, err = mc.lastRun(c.Context, s.Run-1, st); err != nil {
				return marketExplain(c.Context, mc.client, cmd, err)
			}
		}
	case phaseCommitted:
		s.Revealed = 0
		by = st.Deadline.Uint64()
		switch {
		case head.Time > by:
			s.WaitsFor, by = "anyone to cancel: the first piece was not revealed in time (`sumkit market step`)", 0
		case !st.Drawn && head.Number.Uint64() <= st.DrawBlock:
			s.WaitsFor = fmt.Sprintf("block %d (now %d) for the draw, then the provider to reveal the drawn piece (`sumkit market reveal`)", st.DrawBlock, head.Number)
		default:
			s.WaitsFor = "the provider to reveal the drawn piece (`sumkit market reveal`)"
		}
	case phaseParticipation:
		s.Revealed = 1
		by = st.EarliestEnd.Uint64()
		if head.Time >= by || st.NumContributions >= cfg.MinContributions {
			s.WaitsFor, by = fmt.Sprintf("contributions (`sumkit market add`); it may end now (`sumkit market end`): %d contributions", st.NumContributions), 0
		} else {
			s.WaitsFor = fmt.Sprintf("contributions (`sumkit market add`); it may end at %d contributions (now %d) or at the time below", cfg.MinContributions, st.NumContributions)
		}
	case phaseRevealing:
		s.Revealed = 1 + st.NextReveal
		by = st.Deadline.Uint64()
		if head.Time > by {
			s.WaitsFor, by = "anyone to forfeit: the provider did not reveal in time (`sumkit market step`)", 0
		} else {
			s.WaitsFor = fmt.Sprintf("the provider to reveal the remaining %d pieces (`sumkit market reveal-rest`), else anyone may forfeit after the time below", st.NumPieces-1-st.NextReveal)
		}
	case phaseRewarding:
		s.Revealed = st.NumPieces
		r, err := marketCall(c.Context, mc, mc.pm.PackRewardState(), mc.pm.UnpackRewardState)
		if err != nil {
			return marketExplain(c.Context, mc.client, cmd, err)
		}
		by = st.Deadline.Uint64()
		if head.Time > by {
			s.WaitsFor, by = "anyone to abandon the run: the rewards were not final by the reward deadline; everyone gets back what it put in (`sumkit market step`)", 0
		} else if r.Stage == 0 {
			s.WaitsFor = fmt.Sprintf("anyone to step the walk (`sumkit market step`): %d of %d contributions evaluated", r.Cursor, st.NumContributions)
		} else {
			s.WaitsFor = fmt.Sprintf("anyone to step the rounds (`sumkit market step`): iteration %d", r.Iteration)
		}
	case phaseCollecting:
		s.Revealed = 1 + st.NextReveal
		s.WaitsFor = "contributors and the provider to claim (`sumkit market collect`); anyone may close the run (`sumkit market step --close`): contributors keep their claims"
	}
	if st.Phase == phaseParticipation || st.Phase == phaseRevealing || st.Phase == phaseRewarding {
		changed, err := mc.modelChanged(c.Context)
		if err != nil {
			return marketExplain(c.Context, mc.client, cmd, err)
		}
		if changed {
			s.WaitsFor, by = "anyone to make the provider forfeit: the model changed since the run started (`sumkit market step`)", 0
		}
	}

	if by != 0 {
		at := time.Unix(int64(by), 0).UTC()
		in := int64(by) - int64(head.Time)
		s.By, s.InSeconds = &at, &in
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
		if _, err := fmt.Fprintf(w, "last run:      %d by %s, %s; %s wei went back to the provider\ncredit:        %s wei for the provider to withdraw (`sumkit market collect` from its account)\n",
			l.Run, l.Provider, l.describe(), l.Swept, l.ProviderCredit); err != nil {
			return err
		}
		return nil
	}
	_, err = fmt.Fprintf(w, "bounty:        %s wei\npieces:        %d revealed of %d\ncontributions: %d from %d accounts, %s wei staked (min stake %s wei)\nclaimed:       %s wei\n",
		s.Bounty, s.Revealed, s.NumPieces, s.NumContributions, s.NumContributors, s.TotalStaked, s.MinStake, s.Claimed)
	return err
}
