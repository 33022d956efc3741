package trainer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
)

// Refunded is what the trainer paid back in r, a receipt of Refund: the amount of its Refund event, or zero where
// r holds none.
func (s *Stack) Refunded(r *types.Receipt) *big.Int {
	amount := paid(s, r, s.trainer.UnpackRefundEvent, func(ev *bindings.DepositRefundTakeRefund) *big.Int { return ev.Amount })
	return orZero(amount)
}

// Taken is what the reporter took in r, a receipt of Report: the amount of its Report event, or zero where r
// holds none.
func (s *Stack) Taken(r *types.Receipt) *big.Int {
	amount := paid(s, r, s.trainer.UnpackReportEvent, func(ev *bindings.DepositRefundTakeReport) *big.Int { return ev.Amount })
	return orZero(amount)
}

// Withdrawn is what the trainer sent in r, a receipt of Withdraw: the amount of its Withdrawal event, and whether
// r holds one.
func (s *Stack) Withdrawn(r *types.Receipt) (*big.Int, bool) {
	amount := paid(s, r, s.trainer.UnpackWithdrawalEvent, func(ev *bindings.DepositRefundTakeWithdrawal) *big.Int { return ev.Amount })
	return amount, amount != nil
}

// paid is the amount of the last event in r that the trainer emitted and unpack reads, or nil where there is
// none. Another contract's log of the same signature proves nothing, so only the trainer's count.
func paid[E any](s *Stack, r *types.Receipt, unpack func(*types.Log) (*E, error), amount func(*E) *big.Int) *big.Int {
	var out *big.Int
	for _, l := range r.Logs {
		if l.Address != s.Trainer {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = amount(ev)
		}
	}
	return out
}

func orZero(n *big.Int) *big.Int {
	if n == nil {
		return new(big.Int)
	}
	return n
}
