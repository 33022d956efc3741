// Package marketsim lets the simulator run the prediction market: a Ledger that stakes contributions and
// settles them with package reward's arithmetic, built from a sim config. It sits below package sim, which
// cannot import it (it imports sim); the CLI hands its Factories to sim.Options.Mechanisms.
package marketsim

import (
	"context"
	"fmt"
	"math/big"

	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/predictionmarket/reward"
	"github.com/sumkit/sumkit/sim"
)

// ProviderAddress names a bounty provider outside the agents in summaries.
const ProviderAddress = "Provider"

// Factories returns the mechanism factories this package provides, for sim.Options.Mechanisms.
func Factories() map[string]sim.MechanismFactory {
	return map[string]sim.MechanismFactory{sim.MechanismPredictionMarket: New}
}

// Mechanism is the prediction market as a run drives it: a Ledger, plus the training of the
// run's model at Finish (the market trains its own copy to score contributions, but the engine measures the
// run's model) and the outside provider's account.
type Mechanism struct {
	*Ledger
	model   *sim.GoModel
	added   []commitment.Sample
	bounty  *big.Int
	outside bool
	// First is the test-set piece revealed before participation.
	First int
}

// New builds a prediction market for env: the test set split into the config's pieces as 0xDeCA10B splits
// it (piece i is [i*n/N, (i+1)*n/N)), the first piece to reveal drawn from env.Rand (on chain it comes from a
// block hash), and the bounty deposited by the configured provider.
func New(_ context.Context, env sim.MechanismEnv) (sim.Mechanism, error) {
	p, err := env.Config.MarketParams()
	if err != nil {
		return nil, fmt.Errorf("prediction market: %w", err)
	}
	test := env.Setup.Test
	n := test.Len()
	if n < p.Pieces {
		return nil, fmt.Errorf("prediction market: %d test samples cannot make %d pieces", n, p.Pieces)
	}
	pieces := make([][]commitment.Sample, p.Pieces)
	for i := range pieces {
		from, to := i*n/p.Pieces, (i+1)*n/p.Pieces
		for j := from; j < to; j++ {
			x, y := test.Sample(j)
			pieces[i] = append(pieces[i], commitment.Sample{Data: x, Label: y})
		}
	}
	first := env.Rand.IntN(p.Pieces)
	cfg := reward.Config{MinStake: p.MinStake, GroupByContributor: p.GroupByContributor, AllowGreaterStake: p.AllowGreaterStake, Retrain: p.Retrain}
	// The market scores on the initial model's clone; the run's model (env.Model) is trained at Finish.
	inner, err := NewLedger(env.Setup.Initial.Clone(), p.Bounty, cfg, pieces, first, env.Balances, p.Provider)
	if err != nil {
		return nil, fmt.Errorf("prediction market: %w", err)
	}
	return &Mechanism{Ledger: inner, model: env.Model, bounty: new(big.Int).Set(p.Bounty), outside: p.Provider < 0, First: first}, nil
}

// AddData stakes the contribution and remembers the sample, to train the run's model on it at Finish.
func (m *Mechanism) AddData(ctx context.Context, t uint64, agent int, x []int64, y uint64, maxValue *big.Int) (sim.Added, error) {
	a, err := m.Ledger.AddData(ctx, t, agent, x, y, maxValue)
	if err == nil && a.Reason == "" {
		m.added = append(m.added, commitment.Sample{Data: x, Label: y})
	}
	return a, err
}

// Finish settles the market and then trains the run's model on every contribution in order, as the
// market's reward phase does; an update the model refuses leaves it unchanged, as the reverted call would.
func (m *Mechanism) Finish(ctx context.Context, t uint64) error {
	if err := m.Ledger.Finish(ctx, t); err != nil {
		return err
	}
	for _, s := range m.added {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("train after the market: %w", err)
		}
		// A refused update is no error: the market counted it as failed too and went on.
		_ = m.model.Update(ctx, s.Data, s.Label)
	}
	return nil
}

// Provider reports a provider outside the agents: its bounty and, after Finish, its refund (the pool less
// what the contributors are owed). An agent that provides is in the agents' balances instead.
func (m *Mechanism) Provider() (string, *big.Int, *big.Int) {
	if !m.outside {
		return "", nil, nil
	}
	final := new(big.Int)
	switch res := m.Result(); {
	case res != nil:
		final.Set(res.ProviderRefund)
	default:
		// Nobody contributed (or not finished): the bounty comes back whole.
		final.Set(m.bounty)
	}
	return ProviderAddress, new(big.Int).Set(m.bounty), final
}
