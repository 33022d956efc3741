package predictionmarket

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/bindings"
)

// MaxSettleItems is the most items the contract settles in one call.
const MaxSettleItems = 512

// StepOptions tunes [Market.Step].
type StepOptions struct {
	// MaxSteps is the most transactions to send.
	MaxSteps int
	// Batch is how many contributions each walk transaction evaluates.
	Batch int
	// SettleItems is how many items each settle transaction handles, 1 to MaxSettleItems.
	SettleItems int
	// Close sweeps a Collecting run closed.
	Close bool
}

// StepResult says where [Market.Step] stopped.
type StepResult struct {
	// Sent is how many actions were sent.
	Sent int
	// Phase is the phase the market was left in, when it had no further step to take.
	Phase Phase
	// Done reports that there was no further step to take; else MaxSteps ran out or send stopped.
	Done bool
}

// Step advances the run as far as anyone may from public data, sending each transaction through send: the walk
// (its calldata rebuilt from the market's events) and the settle rounds while Rewarding, and the liveness exits
// once they open (cancel in Committed after its deadline, forfeit in Revealing after its deadline or as soon as
// the model changed, abandon in Rewarding after the reward deadline, and with opts.Close the sweep in
// Collecting). It stops when there is nothing left to do, after opts.MaxSteps transactions, or when send stops.
func (m *Market) Step(ctx context.Context, opts StepOptions, send SendFunc) (StepResult, error) {
	if opts.Batch < 1 || opts.SettleItems < 1 || opts.SettleItems > MaxSettleItems {
		return StepResult{}, fmt.Errorf("batch %d and settle items %d: want a batch of at least 1 and 1 to %d settle items", opts.Batch, opts.SettleItems, MaxSettleItems)
	}
	var data *Revealed
	var res StepResult
	for res.Sent < opts.MaxSteps {
		a, phase, err := m.nextStep(ctx, opts, &data)
		if err != nil {
			return res, err
		}
		if a == nil {
			res.Phase, res.Done = phase, true
			return res, nil
		}
		stop, err := send(ctx, *a)
		if err != nil {
			return res, err
		}
		res.Sent++
		if stop {
			return res, nil
		}
	}
	return res, nil
}

// nextStep decides the next step's action, nil if there is none; data caches the run's events across steps.
func (m *Market) nextStep(ctx context.Context, opts StepOptions, data **Revealed) (*Action, Phase, error) {
	st, err := m.State(ctx)
	if err != nil {
		return nil, 0, err
	}
	phase := Phase(st.Phase)
	now, err := m.now(ctx)
	if err != nil {
		return nil, phase, err
	}
	changed := false
	if phase == Participation || phase == Revealing || phase == Rewarding {
		if changed, err = m.ModelChanged(ctx); err != nil {
			return nil, phase, err
		}
	}
	forfeitChanged := &Action{"forfeited: the model changed during the run; contributors may collect", m.pm.PackForfeit(), nil}
	late := now > st.Deadline.Uint64()
	switch {
	case phase == Committed && late:
		return &Action{"cancelled the run: the first piece was not revealed in time", m.pm.PackCancel(), nil}, phase, nil
	case phase == Revealing && late:
		return &Action{"forfeited: the pieces were not revealed in time; contributors may collect", m.pm.PackForfeit(), nil}, phase, nil
	case phase == Rewarding && late:
		return &Action{"abandoned: the rewards were not final by the reward deadline; everyone may collect what it put in", m.pm.PackAbandon(), nil}, phase, nil
	case phase == Collecting && opts.Close:
		a := m.Sweep()
		return &a, phase, nil
	case phase == Rewarding:
		r, err := m.RewardState(ctx)
		if err != nil {
			return nil, phase, err
		}
		if r.Stage == StageWalk && changed {
			return forfeitChanged, phase, nil
		}
		if r.Stage != StageWalk {
			return &Action{fmt.Sprintf("settled up to %d items (iteration %d)", opts.SettleItems, r.Iteration), m.pm.PackSettle(big.NewInt(int64(opts.SettleItems))), nil}, phase, nil
		}
		if *data == nil {
			run, err := m.Run(ctx)
			if err != nil {
				return nil, phase, err
			}
			if *data, err = m.ReadRevealed(ctx, run, st.RevealIndex); err != nil {
				return nil, phase, err
			}
		}
		d := *data
		// Once the model is evaluated after contribution `cursor`, the walk needs the next ones.
		next := int(r.Cursor)
		end := min(next+opts.Batch, len(d.Contributions))
		return &Action{fmt.Sprintf("walked contributions %d-%d of %d", next+1, end, len(d.Contributions)),
			m.pm.PackWalk(big.NewInt(0), d.Eval, ABISamples(d.Contributions[next:end])), nil}, phase, nil
	case changed:
		return forfeitChanged, phase, nil
	}
	return nil, phase, nil
}

// now is the latest block's time, which the contract's deadlines compare with.
func (m *Market) now(ctx context.Context) (uint64, error) {
	h, err := m.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the latest block: %w", err)
	}
	return h.Time, nil
}

// Collect claims what the current run and earlier ones owe account; as the provider of a Collecting run, it also
// sweeps the run closed; then it withdraws what the market has credited account. Each transaction goes through
// send. did reports whether there was anything to do.
func (m *Market) Collect(ctx context.Context, account common.Address, send SendFunc) (did bool, phase Phase, err error) {
	amount, err := m.Claimable(ctx, account)
	if err != nil {
		return false, 0, err
	}
	if amount.Sign() > 0 {
		if stop, err := send(ctx, m.Claim(account, amount)); stop || err != nil {
			return true, 0, err
		}
		did = true
	}
	// Contributions of closed runs stay claimable: the sweep takes only the provider's own.
	current, err := m.Run(ctx)
	if err != nil {
		return did, 0, err
	}
	for r := uint64(0); r < current.Uint64(); r++ {
		run := new(big.Int).SetUint64(r)
		amount, err := m.ClaimableIn(ctx, run, account)
		if err != nil {
			return did, 0, err
		}
		if amount.Sign() == 0 {
			continue
		}
		if stop, err := send(ctx, m.ClaimRun(run, account, amount)); stop || err != nil {
			return true, 0, err
		}
		did = true
	}
	st, err := m.State(ctx)
	if err != nil {
		return did, 0, err
	}
	phase = Phase(st.Phase)
	// The provider closes its run once it has claimed: contributors keep their claims, and the market is free.
	if phase == Collecting && st.Provider == account {
		if stop, err := send(ctx, Action{"swept the run closed; contributors keep their claims", m.pm.PackSweep(), nil}); stop || err != nil {
			return true, phase, err
		}
		did = true
	}
	owed, err := m.Owed(ctx, account)
	if err != nil {
		return did, phase, err
	}
	if owed.Sign() > 0 {
		if stop, err := send(ctx, m.Withdraw(account, owed)); stop || err != nil {
			return true, phase, err
		}
		did = true
	}
	return did, phase, nil
}

// Status is where a market stands: its phase, what it waits for and by when, and the run's figures.
type Status struct {
	Market common.Address `json:"market"`
	Run    uint64         `json:"run"`
	Phase  string         `json:"phase"`
	// WaitsFor says, in words, what the market waits for and which sumkit command does it.
	WaitsFor string `json:"waitsFor"`
	// By is the chain-time deadline of what it waits for, and InSeconds how far it is from the latest block.
	By               *time.Time `json:"by,omitempty"`
	InSeconds        *int64     `json:"inSeconds,omitempty"`
	Bounty           string     `json:"bounty"`
	NumPieces        uint32     `json:"numPieces"`
	Revealed         uint32     `json:"piecesRevealed"`
	NumContributions uint32     `json:"numContributions"`
	NumContributors  uint32     `json:"numContributors"`
	TotalStaked      string     `json:"totalStaked"`
	MinStake         string     `json:"minStake"`
	Claimed          string     `json:"claimed"`
	// LastRun is how the previous run ended, while the market is Idle after one.
	LastRun *LastRun `json:"lastRun,omitempty"`
}

// LastRun is how a closed run ended, read from the state the contract leaves in place when it closes a run.
type LastRun struct {
	Run      uint64         `json:"run"`
	Provider common.Address `json:"provider"`
	// Outcome is "cancelled" (the first piece was not revealed in time), "forfeited" (the other pieces were
	// not), "abandoned" (the rewards were not final by the reward deadline) or "rewarded".
	Outcome string `json:"outcome"`
	// Swept is what the run gave back to its provider, claimed or credited when it closed: the whole bounty for
	// a cancelled, empty or abandoned run, nothing for a forfeited one, else the pool less what contributors are
	// owed. Contributors' unclaimed amounts are not in it: they stay theirs.
	Swept string `json:"swept"`
	// ProviderCredit is what the provider may withdraw now, from this run and earlier ones.
	ProviderCredit string `json:"providerCredit"`
}

// Describe explains the outcome in words.
func (l *LastRun) Describe() string {
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

// lastRun reads how run ended from st, the state the contract leaves after closing it, and the provider's credit.
func (m *Market) lastRun(ctx context.Context, run uint64, st bindings.PredictionMarketState) (*LastRun, error) {
	owed, err := m.Owed(ctx, st.Provider)
	if err != nil {
		return nil, err
	}
	l := &LastRun{Run: run, Provider: st.Provider, ProviderCredit: owed.String()}
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
			r, err := m.RewardState(ctx)
			if err != nil {
				return nil, err
			}
			share.Add(share, st.TotalStaked).Sub(share, r.OwedTotal)
		}
	}
	l.Swept = share.String()
	return l, nil
}

// Status reads where the market stands.
func (m *Market) Status(ctx context.Context) (*Status, error) {
	st, err := m.State(ctx)
	if err != nil {
		return nil, err
	}
	cfg, err := m.Config(ctx)
	if err != nil {
		return nil, err
	}
	run, err := m.Run(ctx)
	if err != nil {
		return nil, err
	}
	head, err := m.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the latest block: %w", err)
	}
	phase := Phase(st.Phase)
	s := &Status{Market: m.addr, Run: run.Uint64(), Phase: phase.String(), Bounty: st.Bounty.String(),
		NumPieces: st.NumPieces, NumContributions: st.NumContributions, NumContributors: st.NumContributors,
		TotalStaked: st.TotalStaked.String(), MinStake: cfg.MinStake.String(), Claimed: st.ClaimedTotal.String()}
	var by uint64
	switch phase {
	case Idle:
		s.WaitsFor = "a provider to start a run (`sumkit market init --market " + m.addr.Hex() + "`)"
		if s.Run > 0 {
			if s.LastRun, err = m.lastRun(ctx, s.Run-1, st); err != nil {
				return nil, err
			}
		}
	case Committed:
		by = st.Deadline.Uint64()
		switch {
		case head.Time > by:
			s.WaitsFor, by = "anyone to cancel: the first piece was not revealed in time (`sumkit market step`)", 0
		case !st.Drawn && head.Number.Uint64() <= st.DrawBlock:
			s.WaitsFor = fmt.Sprintf("block %d (now %d) for the draw, then the provider to reveal the drawn piece (`sumkit market reveal`)", st.DrawBlock, head.Number)
		default:
			s.WaitsFor = "the provider to reveal the drawn piece (`sumkit market reveal`)"
		}
	case Participation:
		s.Revealed = 1
		by = st.EarliestEnd.Uint64()
		if head.Time >= by || st.NumContributions >= cfg.MinContributions {
			s.WaitsFor, by = fmt.Sprintf("contributions (`sumkit market add`); it may end now (`sumkit market end`): %d contributions", st.NumContributions), 0
		} else {
			s.WaitsFor = fmt.Sprintf("contributions (`sumkit market add`); it may end at %d contributions (now %d) or at the time below", cfg.MinContributions, st.NumContributions)
		}
	case Revealing:
		s.Revealed = 1 + st.NextReveal
		by = st.Deadline.Uint64()
		if head.Time > by {
			s.WaitsFor, by = "anyone to forfeit: the provider did not reveal in time (`sumkit market step`)", 0
		} else {
			s.WaitsFor = fmt.Sprintf("the provider to reveal the remaining %d pieces (`sumkit market reveal-rest`), else anyone may forfeit after the time below", st.NumPieces-1-st.NextReveal)
		}
	case Rewarding:
		s.Revealed = st.NumPieces
		r, err := m.RewardState(ctx)
		if err != nil {
			return nil, err
		}
		by = st.Deadline.Uint64()
		if head.Time > by {
			s.WaitsFor, by = "anyone to abandon the run: the rewards were not final by the reward deadline; everyone gets back what it put in (`sumkit market step`)", 0
		} else if r.Stage == StageWalk {
			s.WaitsFor = fmt.Sprintf("anyone to step the walk (`sumkit market step`): %d of %d contributions evaluated", r.Cursor, st.NumContributions)
		} else {
			s.WaitsFor = fmt.Sprintf("anyone to step the rounds (`sumkit market step`): iteration %d", r.Iteration)
		}
	case Collecting:
		s.Revealed = 1 + st.NextReveal
		s.WaitsFor = "contributors and the provider to claim (`sumkit market collect`); anyone may close the run (`sumkit market step --close`): contributors keep their claims"
	}
	if phase == Participation || phase == Revealing || phase == Rewarding {
		changed, err := m.ModelChanged(ctx)
		if err != nil {
			return nil, err
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
	return s, nil
}
