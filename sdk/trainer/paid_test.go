package trainer_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// eventLog is a log of the trainer's event name emitted at addr, with the indexed topics and the non-indexed
// fields.
func eventLog(t *testing.T, addr common.Address, name string, topics []common.Hash, fields ...any) *types.Log {
	t.Helper()
	parsed, err := bindings.DepositRefundTakeMetaData.ParseABI()
	if err != nil {
		t.Fatalf("ParseABI() error = %v", err)
	}
	ev := parsed.Events[name]
	data, err := abi.Arguments(ev.Inputs.NonIndexed()).Pack(fields...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return &types.Log{Address: addr, Topics: append([]common.Hash{ev.ID}, topics...), Data: data}
}

func TestPaid(t *testing.T) {
	at, other := common.HexToAddress("0x7a"), common.HexToAddress("0x0b")
	s := trainer.Open(at, common.HexToAddress("0x30"), "", trainer.DepositRefundTake)
	who := common.HexToHash("0xa1")
	refund := func(addr common.Address, amount int64) *types.Log {
		return eventLog(t, addr, "Refund", []common.Hash{who}, [32]byte{1}, big.NewInt(amount))
	}
	report := func(addr common.Address, amount int64) *types.Log {
		return eventLog(t, addr, "Report", []common.Hash{{1}, who, who}, big.NewInt(amount))
	}
	withdrawal := func(addr common.Address, amount int64) *types.Log {
		return eventLog(t, addr, "Withdrawal", []common.Hash{who, who}, big.NewInt(amount))
	}
	tests := map[string]struct {
		logs                       []*types.Log
		refunded, taken, withdrawn int64
		hasWithdrawal              bool
	}{
		"none":                   {},
		"a refund":               {logs: []*types.Log{refund(at, 5)}, refunded: 5},
		"a report":               {logs: []*types.Log{report(at, 7)}, taken: 7},
		"a withdrawal":           {logs: []*types.Log{withdrawal(at, 9)}, withdrawn: 9, hasWithdrawal: true},
		"a withdrawal of zero":   {logs: []*types.Log{withdrawal(at, 0)}, hasWithdrawal: true},
		"another contract's":     {logs: []*types.Log{refund(other, 5), report(other, 7), withdrawal(other, 9)}},
		"each beside the others": {logs: []*types.Log{refund(other, 1), refund(at, 2), report(at, 3), withdrawal(at, 4)}, refunded: 2, taken: 3, withdrawn: 4, hasWithdrawal: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r := &types.Receipt{Logs: tt.logs}
			if got := s.Refunded(r); got.Cmp(big.NewInt(tt.refunded)) != 0 {
				t.Errorf("Refunded() = %s, want %d", got, tt.refunded)
			}
			if got := s.Taken(r); got.Cmp(big.NewInt(tt.taken)) != 0 {
				t.Errorf("Taken() = %s, want %d", got, tt.taken)
			}
			got, ok := s.Withdrawn(r)
			if ok != tt.hasWithdrawal || (ok && got.Cmp(big.NewInt(tt.withdrawn)) != 0) {
				t.Errorf("Withdrawn() = %v, %v; want %d, %v", got, ok, tt.withdrawn, tt.hasWithdrawal)
			}
		})
	}
}
