// Package reward computes the rewards of solidity/src/market/PredictionMarket.sol off-chain, with the contract's
// integer arithmetic bit for bit: the walk that trains a copy of the initial model on the contributions in order
// and counts its correct predictions on the revealed test set after each, the rounds that move balances by
// score × rounds until no score is negative or the bounty's rounds run out, and the payouts per address, the
// provider receiving the exact rest of the pool.
//
// The samples are package commitment's, whose hashes the market commits to.
//
// The contract's gas cap on model calls needs no mirror: a call that runs out of its modelGasLimit is no outcome
// there (the step reverts, and the run is abandoned if it never fits), so every outcome the chain records is the
// model's own, as here, where only the model's errors (the contract's reverts) count as failures.
//
// Nor does it apply the contract's parameter bounds (MAX_CONTRIBUTIONS, the windows, MIN_BOUNTY): it computes
// the rewards of a market of any size, as the simulator's long markets need.
package reward

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

var (
	// ErrInvalid is returned, wrapped with the field at fault, for a market the contract would not run: no
	// bounty, no test samples, a zero minimum stake, or a stake the configuration refuses.
	ErrInvalid = errors.New("invalid market")
	// ErrOverflow is returned where the contract reverts on a SafeCast: an amount leaving uint96. (Scores
	// are bounded by the evaluation set's size and cannot leave int128.)
	ErrOverflow = errors.New("value overflow")
)

var (
	maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
)

// Contribution is one contribution as the market stored it: who, with which stake, and the sample.
type Contribution struct {
	Contributor common.Address
	Stake       *big.Int
	Sample      commitment.Sample
}

// Config is the part of the contract's Config that decides the rewards.
type Config struct {
	// MinStake is the least stake a contribution takes, in wei (positive).
	MinStake *big.Int
	// GroupByContributor scores and pays contributors, their contributions together, rather than each
	// contribution on its own.
	GroupByContributor bool
	// AllowGreaterStake accepts stakes above MinStake; without it every stake must equal MinStake.
	AllowGreaterStake bool
	// Retrain re-walks the contributions still in the rounds from the initial model at every iteration after
	// the first, as 0xDeCA10B's simulator does, instead of re-scoring the first walk's accuracies. The contract
	// walks once (a re-walk per iteration has no gas bound), so a market with Retrain set exists only in the
	// simulator.
	Retrain bool
}

// Market is one market run from the reward phase's point of view: what was committed and contributed. Settle
// computes its outcome.
type Market struct {
	// Provider is the bounty provider, owed the rest of the pool.
	Provider common.Address
	// Bounty is the provider's deposit in wei.
	Bounty *big.Int
	// Model is the run's initial model; Settle trains a copy and leaves it alone.
	Model *model.Model
	// Eval is the evaluation set: every piece except the one revealed first, in index order (see EvalSet).
	Eval []commitment.Sample
	// Contributions are the contributions in the order they were made (ids from 1).
	Contributions []Contribution
	// Config is the run's configuration.
	Config Config
}

// Iteration is one pass of the rounds (the contract's RoundsDecided event).
type Iteration struct {
	// Rounds is how many rounds the iteration applied.
	Rounds *big.Int
	// Final says whether it paid out the rest.
	Final bool
}

// Unit is the outcome of one contribution, or of one contributor in a grouped market.
type Unit struct {
	// Contributor owns the unit.
	Contributor common.Address
	// Balance is the unit's final balance in wei: what it was paid.
	Balance *big.Int
	// Dropped says whether it left the rounds before the final iteration.
	Dropped bool
	// DroppedIn is the iteration (from 1) that dropped it; 0 if it was not dropped.
	DroppedIn int
}

// Result is a settled market.
type Result struct {
	// Accuracies[k] is the number of evaluation samples the model predicts right after contributions 1..k
	// (the contract's Evaluated events): Accuracies[0] is the initial model's.
	Accuracies []uint32
	// UpdateFailed[k-1] says whether contribution k's update failed (the contract's UpdateFailed event).
	UpdateFailed []bool
	// TotalRounds is the rounds the bounty funds: bounty / len(Eval).
	TotalRounds *big.Int
	// Iterations are the rounds' iterations in order.
	Iterations []Iteration
	// Contributions holds one Unit per contribution, in order, when not grouped.
	Contributions []Unit
	// Contributors holds one Unit per contributor, in order of first contribution, when grouped.
	Contributors []Unit
	// Owed is what each contributor may claim, in wei (the contract's Account.balance).
	Owed map[common.Address]*big.Int
	// OwedTotal is the sum of Owed.
	OwedTotal *big.Int
	// ProviderRefund is the pool (bounty plus stakes) less OwedTotal: every remainder.
	ProviderRefund *big.Int
	// Payouts is what each address receives in all, the provider's refund included; they sum to the pool.
	Payouts map[common.Address]*big.Int
}

// Validate checks what the rewards' arithmetic needs, as the contract does: a bounty, a positive minimum stake,
// evaluation samples, and stakes the configuration allows (the contract's parameter bounds are not checked).
func (mk *Market) Validate() error {
	if mk.Bounty == nil || mk.Bounty.Sign() <= 0 {
		return fmt.Errorf("bounty %v: %w", mk.Bounty, ErrInvalid)
	}
	if mk.Bounty.Cmp(maxUint96) > 0 {
		return fmt.Errorf("bounty %s exceeds uint96: %w", mk.Bounty, ErrOverflow)
	}
	if mk.Model == nil {
		return fmt.Errorf("no model: %w", ErrInvalid)
	}
	if len(mk.Eval) == 0 {
		return fmt.Errorf("no evaluation samples: %w", ErrInvalid)
	}
	minStake := mk.Config.MinStake
	if minStake == nil || minStake.Sign() <= 0 || minStake.Cmp(maxUint96) > 0 {
		return fmt.Errorf("minimum stake %v: %w", minStake, ErrInvalid)
	}
	total := new(big.Int)
	for i, c := range mk.Contributions {
		if err := mk.Config.CheckStake(c.Stake); err != nil {
			return fmt.Errorf("contribution %d: %w", i+1, err)
		}
		total.Add(total, c.Stake)
	}
	if total.Cmp(maxUint96) > 0 {
		return fmt.Errorf("total staked %s exceeds uint96: %w", total, ErrOverflow)
	}
	return nil
}

// CheckStake says whether the contract's contribute would accept stake: at least MinStake, and exactly it
// unless greater stakes are allowed.
func (c Config) CheckStake(stake *big.Int) error {
	if stake == nil || stake.Cmp(c.MinStake) < 0 {
		return fmt.Errorf("stake %v below the minimum %s: %w", stake, c.MinStake, ErrInvalid)
	}
	if stake.Cmp(c.MinStake) != 0 && !c.AllowGreaterStake {
		return fmt.Errorf("stake %s is not the minimum %s: %w", stake, c.MinStake, ErrInvalid)
	}
	if stake.Cmp(maxUint96) > 0 {
		return fmt.Errorf("stake %s exceeds uint96: %w", stake, ErrOverflow)
	}
	return nil
}

// Walk trains a copy of the initial model on the contributions in order and returns the accuracy after each
// (index 0: the initial model) and which updates failed. A prediction the model refuses counts as wrong; an
// update it refuses leaves the model, and so the accuracy, as it was, without re-evaluating.
func (mk *Market) Walk(ctx context.Context) (acc []uint32, failed []bool, err error) {
	return mk.walk(ctx, nil)
}

// walk is Walk over the contributions skip does not mark; a skipped one keeps the accuracy before it.
func (mk *Market) walk(ctx context.Context, skip func(k int) bool) (acc []uint32, failed []bool, err error) {
	m := mk.Model.Clone()
	acc = make([]uint32, len(mk.Contributions)+1)
	failed = make([]bool, len(mk.Contributions))
	acc[0] = countCorrect(m, mk.Eval)
	for k, c := range mk.Contributions {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("walk at contribution %d: %w", k+1, err)
		}
		if skip != nil && skip(k) {
			acc[k+1] = acc[k]
			continue
		}
		// model.Update changes nothing when it fails, as the reverted call leaves the chain's model.
		if err := m.Update(c.Sample.Data, c.Sample.Label); err != nil {
			failed[k] = true
			acc[k+1] = acc[k]
			continue
		}
		acc[k+1] = countCorrect(m, mk.Eval)
	}
	return acc, failed, nil
}

func countCorrect(m *model.Model, eval []commitment.Sample) uint32 {
	var n uint32
	for _, s := range eval {
		if p, err := m.Predict(s.Data); err == nil && p == s.Label {
			n++
		}
	}
	return n
}

// unit is a unit during the rounds.
type unit struct {
	who       common.Address
	balance   *big.Int
	threshold *big.Int
	members   []int // contribution indexes, for grouped units
	dropped   bool
	droppedIn int
	score     int64
}

// Settle runs the reward phase as the contract's walk and settle do and returns every amount it pays.
func (mk *Market) Settle(ctx context.Context) (*Result, error) {
	if err := mk.Validate(); err != nil {
		return nil, fmt.Errorf("settle: %w", err)
	}
	acc, failed, err := mk.Walk(ctx)
	if err != nil {
		return nil, fmt.Errorf("settle: %w", err)
	}
	return mk.settle(ctx, acc, failed)
}

// settle runs the rounds over the walk's accuracies and failures.
func (mk *Market) settle(ctx context.Context, acc []uint32, failed []bool) (*Result, error) {
	res := &Result{
		Accuracies:     acc,
		UpdateFailed:   failed,
		TotalRounds:    new(big.Int).Div(mk.Bounty, big.NewInt(int64(len(mk.Eval)))),
		Owed:           make(map[common.Address]*big.Int),
		OwedTotal:      new(big.Int),
		Payouts:        make(map[common.Address]*big.Int),
		ProviderRefund: new(big.Int),
	}
	units, unitOf := mk.units()
	if err := mk.rounds(ctx, res, units, unitOf); err != nil {
		return nil, fmt.Errorf("settle: %w", err)
	}
	for _, u := range units {
		out := Unit{Contributor: u.who, Balance: u.balance, Dropped: u.dropped, DroppedIn: u.droppedIn}
		if mk.Config.GroupByContributor {
			res.Contributors = append(res.Contributors, out)
		} else {
			res.Contributions = append(res.Contributions, out)
		}
		owed, ok := res.Owed[u.who]
		if !ok {
			owed = new(big.Int)
			res.Owed[u.who] = owed
		}
		owed.Add(owed, u.balance)
		if owed.Cmp(maxUint96) > 0 {
			return nil, fmt.Errorf("settle: %s's balance %s exceeds uint96: %w", u.who, owed, ErrOverflow)
		}
		res.OwedTotal.Add(res.OwedTotal, u.balance)
	}
	pool := new(big.Int).Set(mk.Bounty)
	for _, c := range mk.Contributions {
		pool.Add(pool, c.Stake)
	}
	res.ProviderRefund.Sub(pool, res.OwedTotal)
	for who, v := range res.Owed {
		// The contract's claim skips nothing: an address with contributions is paid its balance, zero or not.
		res.Payouts[who] = new(big.Int).Set(v)
	}
	p, ok := res.Payouts[mk.Provider]
	if !ok {
		p = new(big.Int)
		res.Payouts[mk.Provider] = p
	}
	p.Add(p, res.ProviderRefund)
	return res, nil
}

// units returns the rounds' units in the contract's order, and for each contribution its unit's index.
func (mk *Market) units() ([]*unit, []int) {
	unitOf := make([]int, len(mk.Contributions))
	if !mk.Config.GroupByContributor {
		units := make([]*unit, len(mk.Contributions))
		for i, c := range mk.Contributions {
			units[i] = &unit{who: c.Contributor, balance: new(big.Int).Set(c.Stake), threshold: mk.Config.MinStake, members: []int{i}}
			unitOf[i] = i
		}
		return units, unitOf
	}
	var units []*unit
	index := make(map[common.Address]int)
	for i, c := range mk.Contributions {
		j, ok := index[c.Contributor]
		if !ok {
			j = len(units)
			index[c.Contributor] = j
			units = append(units, &unit{who: c.Contributor, balance: new(big.Int), threshold: new(big.Int)})
		}
		u := units[j]
		u.balance.Add(u.balance, c.Stake)
		u.threshold.Add(u.threshold, mk.Config.MinStake) // minStake × count
		u.members = append(u.members, i)
		unitOf[i] = j
	}
	return units, unitOf
}

// rounds runs the iterations: scores over the alive units (each contribution against the previous alive one),
// the rounds the first negative unit to run out can pay, capped by what is left of the bounty's rounds, then
// the balances moved and the units that cannot go on dropped.
func (mk *Market) rounds(ctx context.Context, res *Result, units []*unit, unitOf []int) error {
	remaining := new(big.Int).Set(res.TotalRounds)
	alive := len(units)
	for iteration := 1; ; iteration++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("iteration %d: %w", iteration, err)
		}
		acc := res.Accuracies
		if mk.Config.Retrain && iteration > 1 {
			var err error
			if acc, _, err = mk.walk(ctx, func(k int) bool { return units[unitOf[k]].dropped }); err != nil {
				return fmt.Errorf("iteration %d: %w", iteration, err)
			}
		}
		// Scores: contributions of dropped units are skipped and do not move prev.
		for _, u := range units {
			u.score = 0
		}
		prev := int64(acc[0])
		for k := range mk.Contributions {
			u := units[unitOf[k]]
			if u.dropped {
				continue
			}
			a := int64(acc[k+1])
			u.score += a - prev
			prev = a
		}
		// Rounds: the fewest a negative unit can pay, in unit order (the minimum does not depend on it).
		var minRounds *big.Int
		for _, u := range units {
			if u.dropped || u.score >= 0 {
				continue
			}
			affordable := new(big.Int).Div(u.balance, big.NewInt(-u.score))
			if minRounds == nil || affordable.Cmp(minRounds) < 0 {
				minRounds = affordable
			}
		}
		rounds := new(big.Int).Set(remaining)
		final := true
		if minRounds != nil && minRounds.Cmp(remaining) < 0 {
			rounds.Set(minRounds)
			final = false
		}
		remaining.Sub(remaining, rounds)
		res.Iterations = append(res.Iterations, Iteration{Rounds: rounds, Final: final})
		// Apply.
		for _, u := range units {
			if u.dropped {
				continue
			}
			b := new(big.Int).Mul(big.NewInt(u.score), rounds)
			b.Add(b, u.balance)
			if b.Sign() < 0 {
				// SafeCast's toUint256 reverts; the rounds never exceed what a negative unit can pay.
				return fmt.Errorf("iteration %d: %s's balance would be %s: %w", iteration, u.who, b, ErrOverflow)
			}
			if b.Cmp(maxUint96) > 0 {
				return fmt.Errorf("iteration %d: %s's balance %s exceeds uint96: %w", iteration, u.who, b, ErrOverflow)
			}
			u.balance = b
			if final {
				continue
			}
			if b.Cmp(u.threshold) < 0 || b.Cmp(big.NewInt(-u.score)) < 0 {
				u.dropped = true
				u.droppedIn = iteration
				alive--
			}
		}
		if final || alive == 0 {
			return nil
		}
	}
}

// EvalSet returns the evaluation set of a market whose test set is pieces and whose first revealed piece is
// first: every other piece, in index order, concatenated.
func EvalSet(pieces [][]commitment.Sample, first int) []commitment.Sample {
	var eval []commitment.Sample
	for i, p := range pieces {
		if i != first {
			eval = append(eval, p...)
		}
	}
	return eval
}
