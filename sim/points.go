package sim

import (
	"context"
	"fmt"
	"math/big"
)

// Points is the Go port of solidity/src/trainers/Points.sol: adding is free (the value sent comes back), an
// author validates a contribution the model agrees with after the refund wait, others with good data of
// their own report one it disagrees with, and either settles it for good.
type Points struct {
	refundWait uint32
	horizon    uint64
	tr         *ledger
}

// NewPoints returns the mechanism as deployed at time 0 with refund wait refundWait, teaching m, with one
// agent per balance. The contract has no takes; horizon is how long after adding agents keep looking at an
// unsettled contribution (the any-address wait of the scan). owner is the owning agent or -1.
func NewPoints(refundWait uint32, horizon uint64, m Learner, balances []*big.Int, owner int) (*Points, error) {
	if horizon < uint64(refundWait) {
		return nil, fmt.Errorf("points: horizon %d s is shorter than the refund wait %d s", horizon, refundWait)
	}
	return &Points{refundWait: refundWait, horizon: horizon, tr: newLedger(m, balances, owner)}, nil
}

// Params describes the mechanism to the engine.
func (p *Points) Params() Params {
	return Params{
		Name:                MechanismPoints,
		RefundWait:          uint64(p.refundWait),
		OwnerClaimWait:      p.horizon,
		AnyAddressClaimWait: p.horizon,
		UpdatesModel:        true,
	}
}

// AddData is addData with no deposit.
func (p *Points) AddData(ctx context.Context, t uint64, agent int, x []int64, y uint64, maxValue *big.Int) (Added, error) {
	if t < p.tr.lastAdd {
		return Added{}, fmt.Errorf("add data at %d s: the last addition was at %d s", t, p.tr.lastAdd)
	}
	return p.tr.add(ctx, t, agent, x, y, maxValue, new(big.Int))
}

// Claim runs validations (refunds of nothing) and reports in order.
func (p *Points) Claim(ctx context.Context, t uint64, agent int, claims []Claim) ([]Outcome, error) {
	return p.tr.claimAll(ctx, t, agent, claims, p.refund, p.report)
}

// Balance is agent's balance in wei, which Points never changes.
func (p *Points) Balance(_ context.Context, agent int) (*big.Int, error) { return p.tr.balance(agent) }

// NumGood is how many of agent's contributions were validated.
func (p *Points) NumGood(agent int) uint32 { return p.tr.numGood[agent] }

// Finish has nothing to settle.
func (p *Points) Finish(context.Context, uint64) error { return nil }

func pointsOpen(r *record) bool { return r != nil && r.numClaims == 0 }

// refund is refund with Points._refund: the model is asked first, then the record is checked.
func (p *Points) refund(ctx context.Context, t uint64, agent int, c *Contribution) Outcome {
	r := p.tr.find(c, agent)
	if r == nil {
		// Only the author's key finds the record; the contribution itself may well be open.
		return refused(UnknownContribution, pointsOpen(p.tr.find(c, c.Author)))
	}
	agrees, reason := p.tr.agrees(ctx, r)
	switch {
	case reason != "":
		return refused(reason, pointsOpen(r))
	case r.numClaims != 0:
		return refused(AlreadySettled, false)
	case t < r.time+uint64(p.refundWait):
		return refused(TooEarly, true)
	case !agrees:
		return refused(ModelDisagrees, true)
	}
	return Outcome{Amount: p.tr.settle(r, agent)}
}

// report is report with Points._report.
func (p *Points) report(ctx context.Context, t uint64, agent int, c *Contribution) Outcome {
	r := p.tr.find(c, c.Author)
	switch {
	case r == nil:
		return refused(UnknownContribution, false)
	case r.numClaims != 0:
		return refused(AlreadySettled, false)
	case agent == r.author:
		return refused(CannotReportOwnContribution, true)
	case t < r.time+uint64(p.refundWait):
		return refused(TooEarly, true)
	}
	agrees, reason := p.tr.agrees(ctx, r)
	switch {
	case reason != "":
		return refused(reason, true)
	case agrees:
		return refused(ModelAgrees, true)
	case p.tr.numGood[agent] == 0:
		return refused(NoGoodContributions, true)
	case !r.markReported(agent):
		return refused(AlreadyReported, true)
	}
	return Outcome{Amount: p.tr.pay(r, agent, u128{})}
}
