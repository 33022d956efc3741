package trainer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// Refunded is what the trainer paid back in r, a receipt of Refund: the amount of its Refund event, or zero where
// r holds none.
func (s *Stack) Refunded(r *types.Receipt) *big.Int {
	amount := new(big.Int)
	for _, l := range s.own(r) {
		if ev, err := s.trainer.UnpackRefundEvent(l); err == nil {
			amount = ev.Amount
		}
	}
	return amount
}

// Taken is what the reporter took in r, a receipt of Report: the amount of its Report event, or zero where r
// holds none.
func (s *Stack) Taken(r *types.Receipt) *big.Int {
	amount := new(big.Int)
	for _, l := range s.own(r) {
		if ev, err := s.trainer.UnpackReportEvent(l); err == nil {
			amount = ev.Amount
		}
	}
	return amount
}

// Withdrawn is what the trainer sent in r, a receipt of Withdraw: the amount of its Withdrawal event, and whether
// r holds one.
func (s *Stack) Withdrawn(r *types.Receipt) (*big.Int, bool) {
	var amount *big.Int
	for _, l := range s.own(r) {
		if ev, err := s.trainer.UnpackWithdrawalEvent(l); err == nil {
			amount = ev.Amount
		}
	}
	return amount, amount != nil
}

// own is r's logs that the trainer emitted: another contract's log of the same signature proves nothing.
func (s *Stack) own(r *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range r.Logs {
		if l.Address == s.Trainer {
			out = append(out, l)
		}
	}
	return out
}
