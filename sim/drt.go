package sim

import (
	"context"
	"fmt"
	"math"
	"math/big"
)

// DRTParams are DepositRefundTake's constructor arguments: waits in seconds, the cost weight in wei.
type DRTParams struct {
	RefundWait          uint32
	OwnerClaimWait      uint32
	AnyAddressClaimWait uint32
	CostWeight          *big.Int
}

// maxCostWeight is the contract's MAX_COST_WEIGHT, (2^96 - 1) / 3600: every deposit fits in 96 bits.
func maxCostWeight() *big.Int {
	m := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	return m.Div(m, big.NewInt(3600))
}

// validate refuses what the contract's constructor refuses.
func (p DRTParams) validate() error {
	if p.RefundWait > p.OwnerClaimWait || p.OwnerClaimWait > p.AnyAddressClaimWait {
		return fmt.Errorf("deposit-refund-take: waits must not decrease: refund %d s, owner claim %d s, any-address claim %d s",
			p.RefundWait, p.OwnerClaimWait, p.AnyAddressClaimWait)
	}
	if p.CostWeight == nil || p.CostWeight.Sign() < 0 || p.CostWeight.Cmp(maxCostWeight()) > 0 {
		return fmt.Errorf("deposit-refund-take: cost weight %v wei is outside 0..%s", p.CostWeight, maxCostWeight())
	}
	return nil
}

// DepositRefundTake is the Go port of solidity/src/trainers/DepositRefundTake.sol: the same deposit formula,
// checks in the same order, the same integer arithmetic, the same records.
type DepositRefundTake struct {
	p  DRTParams
	tr *ledger
	// weight3600 is costWeight * 1 hours, the deposit's numerator.
	weight3600 *big.Int
}

// NewDepositRefundTake returns the mechanism as deployed at time 0, teaching m, with one agent per balance.
// owner is the agent that owns the trainer, or -1 when the deployer is none of them.
func NewDepositRefundTake(p DRTParams, m Learner, balances []*big.Int, owner int) (*DepositRefundTake, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return &DepositRefundTake{
		p:          p,
		tr:         newLedger(m, balances, owner),
		weight3600: new(big.Int).Mul(p.CostWeight, big.NewInt(3600)),
	}, nil
}

// Params describes the mechanism to the engine.
func (d *DepositRefundTake) Params() Params {
	return Params{
		Name:                MechanismDepositRefundTake,
		RefundWait:          uint64(d.p.RefundWait),
		OwnerClaimWait:      uint64(d.p.OwnerClaimWait),
		AnyAddressClaimWait: uint64(d.p.AnyAddressClaimWait),
		Takes:               true,
		UpdatesModel:        true,
	}
}

// RequiredDeposit is the contract's nextAddDataCost at time t.
func (d *DepositRefundTake) RequiredDeposit(t uint64) *big.Int {
	return d.deposit(t - d.tr.lastAdd)
}

// deposit is _requiredDeposit: costWeight * 3600 / isqrt(elapsed), dividing by 1 for elapsed 0 and 1.
func (d *DepositRefundTake) deposit(elapsed uint64) *big.Int {
	div := uint64(1)
	if elapsed > 1 {
		div = isqrt(elapsed)
	}
	return new(big.Int).Quo(d.weight3600, new(big.Int).SetUint64(div))
}

// AddData is addData: it takes the required deposit out of at most maxValue.
func (d *DepositRefundTake) AddData(ctx context.Context, t uint64, agent int, x []int64, y uint64, maxValue *big.Int) (Added, error) {
	if t < d.tr.lastAdd {
		return Added{}, fmt.Errorf("add data at %d s: the last addition was at %d s", t, d.tr.lastAdd)
	}
	return d.tr.add(ctx, t, agent, x, y, maxValue, d.deposit(t-d.tr.lastAdd))
}

// Claim runs refunds, reports and takes in order.
func (d *DepositRefundTake) Claim(ctx context.Context, t uint64, agent int, claims []Claim) ([]Outcome, error) {
	return d.tr.claimAll(ctx, t, agent, claims, d.refund, d.report)
}

// Balance is agent's balance in wei.
func (d *DepositRefundTake) Balance(_ context.Context, agent int) (*big.Int, error) {
	return d.tr.balance(agent)
}

// Finish has nothing to settle.
func (d *DepositRefundTake) Finish(context.Context, uint64) error { return nil }

// open says whether anything is left to claim on r.
func drtOpen(r *record) bool { return r != nil && !r.claimable.isZero() }

// refund is refund with _refund's checks: the model is asked first (it is an argument to _refund).
func (d *DepositRefundTake) refund(ctx context.Context, t uint64, agent int, c *Contribution) Outcome {
	r := d.tr.find(c, agent)
	if r == nil {
		// Only the author's key finds the record; the contribution itself may well be open.
		return refused(UnknownContribution, drtOpen(d.tr.find(c, c.Author)))
	}
	agrees, reason := d.tr.agrees(ctx, r)
	switch {
	case reason != "":
		return refused(reason, drtOpen(r))
	case r.claimable.isZero() && !r.deposit.isZero():
		return refused(NothingToClaim, false)
	case t < r.time+uint64(d.p.RefundWait):
		return refused(TooEarly, drtOpen(r))
	case !agrees:
		return refused(ModelDisagrees, drtOpen(r))
	}
	return Outcome{Amount: d.tr.settle(r, agent)}
}

// report is report with _report's checks, including the takes after the long waits.
func (d *DepositRefundTake) report(ctx context.Context, t uint64, agent int, c *Contribution) Outcome {
	r := d.tr.find(c, c.Author)
	if r == nil {
		return refused(UnknownContribution, false)
	}
	if r.claimable.isZero() {
		return refused(NothingToClaim, false)
	}
	elapsed := t - r.time
	if elapsed >= uint64(d.p.AnyAddressClaimWait) || (elapsed >= uint64(d.p.OwnerClaimWait) && agent == d.tr.owner) {
		return Outcome{Amount: d.tr.pay(r, agent, r.claimable)}
	}
	if agent == r.author {
		return refused(CannotReportOwnContribution, true)
	}
	if elapsed < uint64(d.p.RefundWait) {
		return refused(TooEarly, true)
	}
	agrees, reason := d.tr.agrees(ctx, r)
	switch {
	case reason != "":
		return refused(reason, true)
	case agrees:
		return refused(ModelAgrees, true)
	case d.tr.numGood[agent] == 0:
		return refused(NoGoodContributions, true)
	case !r.markReported(agent):
		return refused(AlreadyReported, true)
	}
	// deposit * numGood / totalGood, rounded down; too little to share, or more than is left, takes the rest.
	amount := r.deposit.mulDiv(uint64(d.tr.numGood[agent]), d.tr.totalGood)
	if amount.isZero() || r.claimable.less(amount) {
		amount = r.claimable
	}
	paid := d.tr.pay(r, agent, amount)
	return Outcome{Amount: paid, Open: drtOpen(r)}
}

// isqrt is floor(sqrt(x)), exactly: the contract's _sqrt for every x below 2^64.
func isqrt(x uint64) uint64 {
	r := uint64(math.Sqrt(float64(x)))
	// The float estimate is off by at most one either way; r*r is computed without overflow below 2^32.
	for r > 0xffffffff || r*r > x {
		r--
	}
	for r < 0xffffffff && (r+1)*(r+1) <= x {
		r++
	}
	return r
}
