package marketsim

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/predictionmarket/reward"
	"github.com/sumkit/sumkit/sim"
)

// MechanismName is the prediction market's name as the simulator's mechanism kind.
const MechanismName = "prediction-market"

// The contract's refusals of a contribution that package sim has no name for.
const (
	// StakeTooLow is the contract's StakeTooLow: the agent would pay less than the minimum stake.
	StakeTooLow sim.Reason = "StakeTooLow"
	// WrongPhase is the contract's WrongPhase: the market no longer takes contributions.
	WrongPhase sim.Reason = "WrongPhase"
)

// ErrFinished is returned by Finish when the market was already settled.
var ErrFinished = errors.New("market already finished")

// Ledger is the prediction market as the simulator drives it (a sim.Mechanism): contributions are staked
// and collected without touching the model, and Finish runs the reward phase and pays every claim, as the
// contract's walk, settle and claim would. Agents are addressed by number; agent i has address Agent(i).
type Ledger struct {
	mk       reward.Market
	balances []*big.Int
	provider int
	done     bool
	result   *reward.Result
}

// Agent returns the address the mechanism gives agent i in its reward.Market.
func Agent(i int) common.Address {
	return common.BigToAddress(big.NewInt(int64(i) + 1))
}

// outsider is the provider's address when no agent is the provider.
var outsider = common.HexToAddress("0x00000000000000000000000000000000000b0a7e")

// NewLedger returns a prediction market whose provider has already committed to pieces and revealed piece
// first: bounty in wei, the run's initial model (left untouched), and one start balance per agent. provider is
// the agent that deposits the bounty (its balance must hold it), or -1 for someone outside the simulation.
func NewLedger(initial *model.Model, bounty *big.Int, cfg reward.Config, pieces [][]commitment.Sample, first int, balances []*big.Int, provider int) (*Ledger, error) {
	if first < 0 || first >= len(pieces) || len(pieces) < 2 {
		return nil, fmt.Errorf("new prediction market: first piece %d of %d (at least 2): %w", first, len(pieces), reward.ErrInvalid)
	}
	if provider < -1 || provider >= len(balances) {
		return nil, fmt.Errorf("new prediction market: provider %d of %d agents: %w", provider, len(balances), reward.ErrInvalid)
	}
	m := &Ledger{provider: provider}
	for _, b := range balances {
		m.balances = append(m.balances, new(big.Int).Set(b))
	}
	m.mk = reward.Market{Provider: outsider, Bounty: new(big.Int).Set(bounty), Model: initial, Eval: reward.EvalSet(pieces, first), Config: cfg}
	if provider >= 0 {
		m.mk.Provider = Agent(provider)
		if m.balances[provider].Cmp(bounty) < 0 {
			return nil, fmt.Errorf("new prediction market: provider %d holds %s wei, the bounty is %s: %w",
				provider, m.balances[provider], bounty, reward.ErrInvalid)
		}
		m.balances[provider].Sub(m.balances[provider], bounty)
	}
	if err := m.mk.Validate(); err != nil {
		return nil, fmt.Errorf("new prediction market: %w", err)
	}
	return m, nil
}

// Params describes the market to the engine: no claims before Finish, and no model updates until then.
func (m *Ledger) Params() sim.Params {
	return sim.Params{Name: MechanismName, UpdatesModel: false}
}

// AddData stakes the minimum stake out of maxValue (the market takes no more than it requires), or all of
// maxValue where greater stakes are allowed, with the contract's checks in its order: the phase, the label,
// the stake.
func (m *Ledger) AddData(_ context.Context, _ uint64, agent int, x []int64, y uint64, maxValue *big.Int) (sim.Added, error) {
	if err := m.checkAgent(agent); err != nil {
		return sim.Added{}, fmt.Errorf("add data: %w", err)
	}
	if maxValue.Cmp(m.balances[agent]) > 0 {
		return sim.Added{}, fmt.Errorf("add data: agent %d offers %s wei but holds %s", agent, maxValue, m.balances[agent])
	}
	refused := func(r sim.Reason) (sim.Added, error) { return sim.Added{Reason: r, Deposit: new(big.Int)}, nil }
	if m.done {
		return refused(WrongPhase)
	}
	if y >= uint64(m.mk.Model.NumClasses()) {
		return refused(sim.UnknownLabel)
	}
	stake := m.mk.Config.MinStake
	if maxValue.Cmp(stake) < 0 {
		return refused(StakeTooLow)
	}
	if m.mk.Config.AllowGreaterStake {
		// A market that allows greater stakes stakes the whole payment (0xDeCA10B's handle_add_data keeps
		// msg_value), capped where the contract's uint96 stake would overflow.
		stake = maxValue
		if maxStake := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1)); stake.Cmp(maxStake) > 0 {
			stake = maxStake
		}
	}
	m.mk.Contributions = append(m.mk.Contributions, reward.Contribution{
		Contributor: Agent(agent), Stake: new(big.Int).Set(stake),
		Sample: commitment.Sample{Data: append([]int64(nil), x...), Label: y},
	})
	m.balances[agent].Sub(m.balances[agent], stake)
	return sim.Added{ID: uint64(len(m.mk.Contributions)), Deposit: new(big.Int).Set(stake)}, nil
}

// Claim refuses every claim: the market pays only once its rewards are final, at Finish.
func (m *Ledger) Claim(_ context.Context, _ uint64, agent int, claims []sim.Claim) ([]sim.Outcome, error) {
	if err := m.checkAgent(agent); err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	out := make([]sim.Outcome, len(claims))
	for i := range out {
		out[i] = sim.Outcome{Reason: sim.NothingToClaim, Open: !m.done}
	}
	return out, nil
}

// Balance is agent's start balance less its stakes (and the bounty, for the provider) plus, after Finish, what
// it was paid.
func (m *Ledger) Balance(_ context.Context, agent int) (*big.Int, error) {
	if err := m.checkAgent(agent); err != nil {
		return nil, fmt.Errorf("balance: %w", err)
	}
	return new(big.Int).Set(m.balances[agent]), nil
}

// Finish ends participation and settles the market: the walk, the rounds and every claim. A market without
// contributions closes and refunds the bounty, as the contract's endMarket does.
func (m *Ledger) Finish(ctx context.Context, _ uint64) error {
	if m.done {
		return ErrFinished
	}
	m.done = true
	if len(m.mk.Contributions) == 0 {
		if m.provider >= 0 {
			m.balances[m.provider].Add(m.balances[m.provider], m.mk.Bounty)
		}
		return nil
	}
	res, err := m.mk.Settle(ctx)
	if err != nil {
		return fmt.Errorf("finish prediction market: %w", err)
	}
	m.result = res
	for i := range m.balances {
		if p, ok := res.Payouts[Agent(i)]; ok {
			m.balances[i].Add(m.balances[i], p)
		}
	}
	return nil
}

// reward.Result is the settled market, nil before Finish or when nobody contributed.
func (m *Ledger) Result() *reward.Result { return m.result }

func (m *Ledger) checkAgent(agent int) error {
	if agent < 0 || agent >= len(m.balances) {
		return fmt.Errorf("agent %d of %d", agent, len(m.balances))
	}
	return nil
}
