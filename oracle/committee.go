package oracle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/chain"
)

// Committee is an OracleModel's committee: who may vote for versions, and how many votes a version needs.
type Committee struct {
	Operators []common.Address
	Threshold uint8
}

// Sorted returns the committee with its operators in ascending order. The contract's change digest depends on
// the order, so the functions below vote for and execute a change in this order: operators who name the same
// committee in any order vote for the same change.
func (cm Committee) Sorted() Committee {
	ops := slices.Clone(cm.Operators)
	slices.SortFunc(ops, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return Committee{Operators: ops, Threshold: cm.Threshold}
}

// maxOperators is OracleModel.MAX_OPERATORS.
const maxOperators = 32

// Check refuses a committee the contract would refuse: 1 to 32 operators (OracleModel.MAX_OPERATORS), none zero
// or listed twice, and a threshold above half of them and at most all.
func (cm Committee) Check() error {
	n := len(cm.Operators)
	if n == 0 || n > maxOperators || int(cm.Threshold) > n || 2*int(cm.Threshold) <= n {
		return fmt.Errorf("a committee of %d operators with threshold %d: use 1 to %d operators and a threshold above half of them, at most all", n, cm.Threshold, maxOperators)
	}
	seen := make(map[common.Address]bool, n)
	for _, op := range cm.Operators {
		if op == (common.Address{}) || seen[op] {
			return fmt.Errorf("operator %s is zero or listed twice: list each operator once", op)
		}
		seen[op] = true
	}
	return nil
}

// PendingChange is the committee change that reached the current committee's quorum, if any.
type PendingChange struct {
	// Digest is the change's digest; zero when no change is scheduled.
	Digest common.Hash
	// ExecutableAt is when anyone may execute it.
	ExecutableAt time.Time
	// Votes is how many operators of the current committee vote for it now. Below the threshold, it cannot
	// be executed until it regains it.
	Votes uint64
}

// errNoChange says that no committee change is scheduled.
var errNoChange = errors.New("no committee change is scheduled")

// committeeDelay reads how long a change waits once it reaches the quorum.
func (c *contract) committeeDelay(ctx context.Context) (time.Duration, error) {
	d, err := read(ctx, c, "the committee delay", c.binding.PackCommitteeDelay(), c.binding.UnpackCommitteeDelay)
	if err != nil {
		return 0, err
	}
	if !d.IsInt64() {
		return 0, fmt.Errorf("the committee delay %s is out of range", d)
	}
	return time.Duration(d.Int64()) * time.Second, nil
}

// pendingChange reads the scheduled committee change.
func (c *contract) pendingChange(ctx context.Context) (PendingChange, error) {
	p, err := read(ctx, c, "the pending committee change", c.binding.PackPendingCommittee(), c.binding.UnpackPendingCommittee)
	if err != nil {
		return PendingChange{}, err
	}
	return PendingChange{Digest: p.ChangeDigest, ExecutableAt: time.Unix(int64(p.ExecutableAt), 0).UTC(), Votes: p.Votes.Uint64()}, nil
}

// changeDigest reads the digest operators vote on to make cm the next committee, in the current epoch.
func (c *contract) changeDigest(ctx context.Context, cm Committee) (common.Hash, error) {
	return read(ctx, c, "the committee change's digest", c.binding.PackCommitteeDigest(cm.Operators, cm.Threshold), c.binding.UnpackCommitteeDigest)
}

// isOperator says whether account is in the current committee.
func (c *contract) isOperator(ctx context.Context, account common.Address) (bool, error) {
	return read(ctx, c, fmt.Sprintf("whether %s is an operator", account), c.binding.PackIsOperator(account), c.binding.UnpackIsOperator)
}

// ProposeCommittee votes, from t's account (an operator of the current committee), to replace the committee of
// the OracleModel at model with next (its operators sorted, see Committee.Sorted). The vote that reaches the
// current threshold schedules the change; ExecuteCommittee puts it into effect after the model's committee
// delay. It returns the change's digest and the pending change after the vote.
func ProposeCommittee(ctx context.Context, t *chain.Transactor, model common.Address, next Committee) (common.Hash, PendingChange, error) {
	if err := next.Check(); err != nil {
		return common.Hash{}, PendingChange{}, fmt.Errorf("propose a committee: %w", err)
	}
	c := newContract(t, nil, model, nil)
	next = next.Sorted()
	ok, err := c.isOperator(ctx, t.From())
	if err != nil {
		return common.Hash{}, PendingChange{}, fmt.Errorf("propose a committee: %w", err)
	}
	if !ok {
		return common.Hash{}, PendingChange{}, fmt.Errorf("propose a committee: account %s is %w of model %s: only the current committee votes for its successor", t.From(), errNotOperator, model)
	}
	d, err := c.changeDigest(ctx, next)
	if err != nil {
		return common.Hash{}, PendingChange{}, fmt.Errorf("propose a committee: %w", err)
	}
	if err := c.send(ctx, "proposeCommittee", c.binding.PackProposeCommittee(next.Operators, next.Threshold)); err != nil {
		return common.Hash{}, PendingChange{}, fmt.Errorf("propose a committee: %w", err)
	}
	p, err := c.pendingChange(ctx)
	if err != nil {
		return d, PendingChange{}, fmt.Errorf("propose a committee: voted, but %w", err)
	}
	return d, p, nil
}

// WithdrawCommitteeVote withdraws t's account's committee vote on the OracleModel at model.
func WithdrawCommitteeVote(ctx context.Context, t *chain.Transactor, model common.Address) error {
	c := newContract(t, nil, model, nil)
	if err := c.send(ctx, "withdrawCommitteeVote", c.binding.PackWithdrawCommitteeVote()); err != nil {
		return fmt.Errorf("withdraw the committee vote: %w", err)
	}
	return nil
}

// ExecuteCommittee makes next (its operators sorted) the committee of the OracleModel at model, once the change
// that the current committee scheduled for it may take effect. Anyone may send it. It refuses before sending if
// next is not the scheduled change or its time has not come (by the latest block's time).
func ExecuteCommittee(ctx context.Context, t *chain.Transactor, model common.Address, next Committee) error {
	c := newContract(t, nil, model, nil)
	next = next.Sorted()
	d, err := c.changeDigest(ctx, next)
	if err != nil {
		return fmt.Errorf("execute the committee change: %w", err)
	}
	p, err := c.pendingChange(ctx)
	if err != nil {
		return fmt.Errorf("execute the committee change: %w", err)
	}
	switch {
	case p.Digest == (common.Hash{}):
		return fmt.Errorf("execute the committee change: %w: the current committee must vote for it first (sumkit oracle committee propose)", errNoChange)
	case p.Digest != d:
		return fmt.Errorf("execute the committee change: the scheduled change is %s, not %s: pass exactly the operators and threshold the committee voted for", common.Hash(p.Digest), d)
	}
	head, err := t.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("execute the committee change: read the latest block: %w", err)
	}
	if now := time.Unix(int64(head.Time), 0); now.Before(p.ExecutableAt) {
		return fmt.Errorf("execute the committee change: it takes effect at %s, %s after the latest block: run this again then", p.ExecutableAt.Format(time.RFC3339), p.ExecutableAt.Sub(now))
	}
	if err := c.send(ctx, "executeCommittee", c.binding.PackExecuteCommittee(next.Operators, next.Threshold)); err != nil {
		return fmt.Errorf("execute the committee change: %w", err)
	}
	return nil
}
