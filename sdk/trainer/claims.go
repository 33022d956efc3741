package trainer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
)

// Params are a trainer's incentive parameters. Points has RefundWait alone; its other fields stay zero.
type Params struct {
	Owner               common.Address
	RefundWait          uint64
	OwnerClaimWait      uint64
	AnyAddressClaimWait uint64
	CostWeight          *big.Int
}

// Params reads the trainer's owner and incentive parameters.
func (s *Stack) Params(ctx context.Context, t *chain.Transactor) (*Params, error) {
	p := &Params{CostWeight: new(big.Int)}
	var err error
	if p.Owner, err = chain.Read(ctx, t, s.Trainer, "the trainer's owner", s.trainer.PackOwner(), s.trainer.UnpackOwner); err != nil {
		return nil, err
	}
	wait := func(what string, data []byte, into *uint64) error {
		v, err := chain.Read(ctx, t, s.Trainer, what, data, s.trainer.UnpackRefundWait) // every wait is a uint32 getter
		*into = uint64(v)
		return err
	}
	if err := wait("the trainer's refund wait", s.trainer.PackRefundWait(), &p.RefundWait); err != nil {
		return nil, err
	}
	if s.Mechanism != DepositRefundTake {
		return p, nil
	}
	if err := wait("the trainer's owner claim wait", s.trainer.PackOwnerClaimWait(), &p.OwnerClaimWait); err != nil {
		return nil, err
	}
	if err := wait("the trainer's any-address claim wait", s.trainer.PackAnyAddressClaimWait(), &p.AnyAddressClaimWait); err != nil {
		return nil, err
	}
	if p.CostWeight, err = chain.Read(ctx, t, s.Trainer, "the trainer's cost weight", s.trainer.PackCostWeight(), s.trainer.UnpackCostWeight); err != nil {
		return nil, err
	}
	return p, nil
}

// Counters are a trainer's running totals at the latest block.
type Counters struct {
	// NextAddDataCost is the deposit AddData requires now, in wei (zero under Points).
	NextAddDataCost *big.Int
	// NumContributions counts every contribution added; TotalGood those counted good.
	NumContributions, TotalGood *big.Int
	// LastAddTime is the block time of the last AddData, zero before the first.
	LastAddTime uint64
}

// Counters reads the trainer's running totals.
func (s *Stack) Counters(ctx context.Context, t *chain.Transactor) (*Counters, error) {
	c := &Counters{}
	var err error
	if c.NextAddDataCost, err = s.NextAddDataCost(ctx, t); err != nil {
		return nil, err
	}
	if c.NumContributions, err = chain.Read(ctx, t, s.Trainer, "the trainer's contribution count", s.trainer.PackNumContributions(), s.trainer.UnpackNumContributions); err != nil {
		return nil, err
	}
	if c.TotalGood, err = chain.Read(ctx, t, s.Trainer, "the trainer's good contribution count", s.trainer.PackTotalGood(), s.trainer.UnpackTotalGood); err != nil {
		return nil, err
	}
	last, err := chain.Read(ctx, t, s.Trainer, "the trainer's last add time", s.trainer.PackLastAddTime(), s.trainer.UnpackLastAddTime)
	if err != nil {
		return nil, err
	}
	if !last.IsUint64() {
		return nil, fmt.Errorf("the trainer's last add time %s is out of range", last)
	}
	c.LastAddTime = last.Uint64()
	return c, nil
}

// Standing is one account's standing with a trainer.
type Standing struct {
	// NumGood counts the account's contributions counted good.
	NumGood *big.Int
	// PendingWithdrawal is what the account can withdraw after a payment it refused, in wei.
	PendingWithdrawal *big.Int
}

// Standing reads account's standing with the trainer.
func (s *Stack) Standing(ctx context.Context, t *chain.Transactor, account common.Address) (*Standing, error) {
	numGood, err := chain.Read(ctx, t, s.Trainer, fmt.Sprintf("the good contribution count of %s", account), s.trainer.PackNumGood(account), s.trainer.UnpackNumGood)
	if err != nil {
		return nil, err
	}
	pending, err := s.PendingWithdrawal(ctx, t, account)
	if err != nil {
		return nil, err
	}
	return &Standing{NumGood: numGood, PendingWithdrawal: pending}, nil
}

// Record is the trainer's stored record of a contribution. ID is zero once the author has refunded it (or if it
// was never added).
type Record = bindings.TrainerContribution

// Record reads the trainer's record of the contribution stored under key.
func (s *Stack) Record(ctx context.Context, t *chain.Transactor, key common.Hash) (Record, error) {
	return chain.Read(ctx, t, s.Trainer, fmt.Sprintf("the trainer's record of contribution %s", key), s.trainer.PackContribution(key), s.trainer.UnpackContribution)
}

// State is where a contribution stands, from its record.
type State string

const (
	// StateOpen is a contribution whose deposit still waits to be refunded, reported or taken.
	StateOpen State = "open"
	// StateSettled is a contribution its author was refunded for (under Points, counted good): the record is cleared.
	StateSettled State = "settled"
	// StateTaken is a contribution whose whole deposit reports took; its record stays, for the reports' count.
	StateTaken State = "taken"
)

// StateOf is the standing of the contribution rec records under mechanism m. A fully taken contribution is
// StateTaken, not StateOpen, although its record remains: nothing is left to claim.
func StateOf(rec Record, m Mechanism) State {
	switch {
	case rec.Id == nil || rec.Id.Sign() == 0 || (m == Points && rec.NumClaims > 0):
		return StateSettled
	case rec.NumClaims > 0 && rec.Claimable.Sign() == 0:
		return StateTaken
	}
	return StateOpen
}

// Action is what an account can do with a contribution.
type Action string

const (
	// ActionRefund is the author claiming its deposit back (Points: having the contribution counted good).
	ActionRefund Action = "refund"
	// ActionReport is another account taking a share of a contribution the model disagrees with.
	ActionReport Action = "report"
	// ActionTake is taking everything left of a deposit after the owner's or anyone's wait.
	ActionTake Action = "take"
)

// Claim is one thing an account can do with one contribution, now or from a later time.
type Claim struct {
	Contribution *Contribution `json:"contribution"`
	Action       Action        `json:"action"`
	// Now says the action would succeed in the next block, as far as the state at the latest block tells.
	Now bool `json:"now"`
	// Amount is what the action pays, in wei, at today's state: a report's share moves as good data grows.
	Amount *big.Int `json:"amount"`
	// AvailableAt, for a later claim, is the block time from which its wait has passed.
	AvailableAt uint64 `json:"availableAt,omitempty"`
	// Condition, when set, is what must also hold then (the model agreeing, a good contribution of one's own).
	Condition string `json:"condition,omitempty"`
}

// Claims lists what account can do with the trainer's contributions read per opts: refund its own, report or
// take others', now or later, in chain order. Contributions already settled, or with nothing left for account,
// are left out. It reads the state at the latest block; "now" means in the next block.
func (s *Stack) Claims(ctx context.Context, t *chain.Transactor, node LogReader, account common.Address, opts HistoryOptions) ([]Claim, error) {
	p, err := s.Params(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	head, err := t.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claims: read the latest block: %w", err)
	}
	numGood, err := chain.Read(ctx, t, s.Trainer, fmt.Sprintf("the good contribution count of %s", account), s.trainer.PackNumGood(account), s.trainer.UnpackNumGood)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	totalGood, err := chain.Read(ctx, t, s.Trainer, "the trainer's good contribution count", s.trainer.PackTotalGood(), s.trainer.UnpackTotalGood)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	j := judge{stack: s, params: p, account: account, numGood: numGood, totalGood: totalGood, now: head.Time + 1}
	var claims []Claim
	for c, err := range s.Contributions(ctx, node, opts) {
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		rec, err := s.Record(ctx, t, c.Key)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		if !j.open(rec) {
			continue
		}
		reported := false
		if c.Author != account && numGood.Sign() > 0 {
			if reported, err = chain.Read(ctx, t, s.Trainer, fmt.Sprintf("whether %s reported %s", account, c.Key),
				s.trainer.PackHasReported(c.Key, account), s.trainer.UnpackHasReported); err != nil {
				return nil, fmt.Errorf("claims: %w", err)
			}
		}
		predicted, err := s.Predict(ctx, t, c.Data)
		if err != nil {
			return nil, fmt.Errorf("claims: contribution %s: %w", c.Key, err)
		}
		claims = append(claims, j.claims(c, rec, predicted == c.Label, reported)...)
	}
	return claims, nil
}

// judge applies the trainer's rules (DepositRefundTake.sol, Points.sol) to one account's view of the state.
type judge struct {
	stack              *Stack
	params             *Params
	account            common.Address
	numGood, totalGood *big.Int
	// now is the time of the next block at the earliest.
	now uint64
}

// open says whether a record still has anything to claim.
func (j judge) open(rec Record) bool {
	if rec.Id.Sign() == 0 {
		return false // refunded
	}
	if j.stack.Mechanism == Points {
		return rec.NumClaims == 0
	}
	return rec.Claimable.Sign() > 0 || rec.Deposit.Sign() == 0
}

// claims are what the account can do with c, now or later. The author always hears about its refund, with what
// it waits for; others hear about a report only while the model disagrees, which is when one would succeed.
func (j judge) claims(c *Contribution, rec Record, agrees, reported bool) []Claim {
	p := j.params
	refundAt := c.Time + p.RefundWait
	claim := func(a Action, at uint64, amount *big.Int, condition string) Claim {
		now := at <= j.now && condition == ""
		if now {
			at = 0
		}
		return Claim{Contribution: c, Action: a, Now: now, Amount: amount, AvailableAt: at, Condition: condition}
	}
	mayReport := c.Author != j.account && !reported && !agrees
	needGood := condition(j.numGood.Sign() == 0, ConditionGoodData)
	if j.stack.Mechanism == Points {
		switch {
		case c.Author == j.account:
			return []Claim{claim(ActionRefund, refundAt, new(big.Int), condition(!agrees, ConditionModelAgrees))}
		case mayReport:
			return []Claim{claim(ActionReport, refundAt, new(big.Int), needGood)}
		}
		return nil
	}

	// Deposit-Refund-Take: after the long waits anyone, the author included, takes what is left.
	takeAt := c.Time + p.AnyAddressClaimWait
	if j.account == p.Owner {
		takeAt = c.Time + p.OwnerClaimWait
	}
	take := claim(ActionTake, takeAt, rec.Claimable, "")
	if take.Now {
		return []Claim{take}
	}
	var out []Claim
	switch {
	case c.Author == j.account:
		out = append(out, claim(ActionRefund, refundAt, rec.Claimable, condition(!agrees, ConditionModelAgrees)))
	case mayReport:
		out = append(out, claim(ActionReport, refundAt, j.share(rec), needGood))
	}
	if rec.Claimable.Sign() == 0 {
		return out // a deposit-free contribution: nothing to take
	}
	return append(out, take)
}

// share is what a report would pay the account now: its share of good data times the deposit, or all that is
// left when that rounds to zero or exceeds it (DepositRefundTake._report).
func (j judge) share(rec Record) *big.Int {
	share := new(big.Int)
	if j.totalGood.Sign() > 0 {
		share.Mul(rec.Deposit, j.numGood).Div(share, j.totalGood)
	}
	if share.Sign() == 0 || share.Cmp(rec.Claimable) > 0 {
		share.Set(rec.Claimable)
	}
	return share
}

// The conditions a later claim can wait on, besides time.
const (
	// ConditionModelAgrees: a refund needs the model to agree with the label.
	ConditionModelAgrees = "the model agrees with the label"
	// ConditionGoodData: a report needs a validated (refunded) contribution of the reporter's own.
	ConditionGoodData = "you have a validated contribution of your own"
)

func condition(unmet bool, what string) string {
	if unmet {
		return what
	}
	return ""
}
