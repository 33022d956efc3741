package trainer_test

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/sdk/trainer"
)

var (
	evTrainer  = common.HexToAddress("0x7a")
	evAuthor   = common.HexToAddress("0x5a5a")
	evReporter = common.HexToAddress("0x6b6b")
	evKey      = common.HexToHash("0x4b")
)

// trainerLog builds a log of the trainer's event name at block 7, index 3, with topics after the signature and
// data fields ABI-encoded as the trainer emits them.
func trainerLog(t *testing.T, name string, topics []common.Hash, fields ...any) *types.Log {
	t.Helper()
	ev := bindings.NewDepositRefundTake().GetABI().Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(fields...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return &types.Log{
		Address: evTrainer, Topics: append([]common.Hash{ev.ID}, topics...), Data: data,
		BlockNumber: 7, Index: 3, BlockHash: common.HexToHash("0xb7"), TxHash: common.HexToHash("0x77"),
	}
}

func addressTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// packedSample is [2, -2] as AddData carries it.
var packedSample = []byte{0, 0, 0, 0, 0, 0, 0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe}

// decoderCase is one event's decoder with a valid log of it and a check of what it decoded.
type decoderCase struct {
	event  string
	valid  func(*testing.T) *types.Log
	decode func(*types.Log) (any, error)
	check  func(*testing.T, any)
}

func decoderCases() []decoderCase {
	wantPosition := func(t *testing.T, p trainer.LogPosition) {
		t.Helper()
		if p.BlockNumber != 7 || p.LogIndex != 3 || p.BlockHash != common.HexToHash("0xb7") || p.TxHash != common.HexToHash("0x77") {
			t.Errorf("position = %+v, want block 7 log 3 of transaction 0x77", p)
		}
	}
	return []decoderCase{
		{
			event: "AddData",
			valid: func(t *testing.T) *types.Log {
				return trainerLog(t, "AddData", []common.Hash{addressTopic(evAuthor)}, uint64(1), big.NewInt(1000), big.NewInt(1e9), packedSample)
			},
			decode: func(l *types.Log) (any, error) { return trainer.DecodeAddData(l, evTrainer) },
			check: func(t *testing.T, v any) {
				c := v.(*trainer.Contribution)
				if !slices.Equal(c.Data, []int64{2, -2}) || c.Label != 1 || c.Time != 1000 || c.Deposit.Cmp(big.NewInt(1e9)) != 0 ||
					c.Author != evAuthor || c.Key != trainer.ContributionKey([]int64{2, -2}, 1, 1000, evAuthor) {
					t.Errorf("DecodeAddData() = %+v", c)
				}
				wantPosition(t, c.LogPosition)
			},
		},
		{
			event: "Refund",
			valid: func(t *testing.T) *types.Log {
				return trainerLog(t, "Refund", []common.Hash{addressTopic(evAuthor)}, [32]byte(evKey), big.NewInt(5))
			},
			decode: func(l *types.Log) (any, error) { return trainer.DecodeRefund(l, evTrainer) },
			check: func(t *testing.T, v any) {
				r := v.(*trainer.Refunded)
				if r.Author != evAuthor || r.Key != evKey || r.Amount.Cmp(big.NewInt(5)) != 0 {
					t.Errorf("DecodeRefund() = %+v", r)
				}
				wantPosition(t, r.LogPosition)
			},
		},
		{
			event: "Report",
			valid: func(t *testing.T) *types.Log {
				return trainerLog(t, "Report", []common.Hash{evKey, addressTopic(evReporter), addressTopic(evAuthor)}, big.NewInt(6))
			},
			decode: func(l *types.Log) (any, error) { return trainer.DecodeReport(l, evTrainer) },
			check: func(t *testing.T, v any) {
				r := v.(*trainer.Reported)
				if r.Key != evKey || r.Reporter != evReporter || r.Author != evAuthor || r.Amount.Cmp(big.NewInt(6)) != 0 {
					t.Errorf("DecodeReport() = %+v", r)
				}
				wantPosition(t, r.LogPosition)
			},
		},
		{
			event: "WithdrawalPending",
			valid: func(t *testing.T) *types.Log {
				return trainerLog(t, "WithdrawalPending", []common.Hash{addressTopic(evAuthor)}, big.NewInt(8))
			},
			decode: func(l *types.Log) (any, error) { return trainer.DecodeWithdrawalPending(l, evTrainer) },
			check: func(t *testing.T, v any) {
				w := v.(*trainer.WithdrawalPending)
				if w.Account != evAuthor || w.Amount.Cmp(big.NewInt(8)) != 0 {
					t.Errorf("DecodeWithdrawalPending() = %+v", w)
				}
				wantPosition(t, w.LogPosition)
			},
		},
		{
			event: "Withdrawal",
			valid: func(t *testing.T) *types.Log {
				return trainerLog(t, "Withdrawal", []common.Hash{addressTopic(evAuthor), addressTopic(evReporter)}, big.NewInt(9))
			},
			decode: func(l *types.Log) (any, error) { return trainer.DecodeWithdrawal(l, evTrainer) },
			check: func(t *testing.T, v any) {
				w := v.(*trainer.Withdrawn)
				if w.Account != evAuthor || w.To != evReporter || w.Amount.Cmp(big.NewInt(9)) != 0 {
					t.Errorf("DecodeWithdrawal() = %+v", w)
				}
				wantPosition(t, w.LogPosition)
			},
		},
	}
}

// TestDecoders runs each trainer event's decoder on a valid log of it and on logs it must refuse: another
// contract's or another event's (ErrOtherLog, which receipt scans skip), and the event's own log cut short or
// missing an indexed topic (an error that is not ErrOtherLog, which they stop at).
func TestDecoders(t *testing.T) {
	otherEvent := bindings.NewDepositRefundTake().GetABI().Events["OwnershipTransferred"].ID
	for _, dc := range decoderCases() {
		t.Run(dc.event, func(t *testing.T) {
			v, err := dc.decode(dc.valid(t))
			if err != nil {
				t.Fatalf("decode a valid %s: %v", dc.event, err)
			}
			dc.check(t, v)

			tests := []struct {
				name  string
				edit  func(*types.Log)
				other bool
				want  string
			}{
				{name: "another contract's log", edit: func(l *types.Log) { l.Address = common.HexToAddress("0x99") }, other: true, want: "not of trainer"},
				{name: "another event", edit: func(l *types.Log) { l.Topics[0] = otherEvent }, other: true, want: "not a " + dc.event + " event"},
				{name: "anonymous log", edit: func(l *types.Log) { l.Topics = nil }, other: true, want: "not a " + dc.event + " event"},
				{name: "truncated data", edit: func(l *types.Log) { l.Data = l.Data[:len(l.Data)/2] }, want: "decode " + dc.event},
				{name: "no data", edit: func(l *types.Log) { l.Data = nil }, want: "decode " + dc.event + ": no data"},
				{name: "indexed topic missing", edit: func(l *types.Log) { l.Topics = l.Topics[:len(l.Topics)-1] }, want: "decode " + dc.event},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					l := dc.valid(t)
					tt.edit(l)
					v, err := dc.decode(l)
					if err == nil {
						t.Fatalf("decode = %+v, want an error containing %q", v, tt.want)
					}
					if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "block 7 log 3") {
						t.Errorf("decode error = %q, want it to contain %q and name block 7 log 3", err, tt.want)
					}
					if errors.Is(err, chain.ErrOtherLog) != tt.other {
						t.Errorf("errors.Is(%q, ErrOtherLog) = %t, want %t", err, !tt.other, tt.other)
					}
				})
			}
		})
	}
}

// TestDecodeAddDataSample checks what AddData adds to decoding the binding's fields: the sample and the time.
func TestDecodeAddDataSample(t *testing.T) {
	tests := []struct {
		name string
		tm   *big.Int
		data []byte
		want string
	}{
		{name: "sample not whole entries", tm: big.NewInt(1000), data: packedSample[:13], want: "13 bytes is not a whole number of 8-byte entries"},
		{name: "time beyond 64 bits", tm: new(big.Int).Lsh(big.NewInt(1), 64), data: packedSample, want: "time 18446744073709551616 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := trainerLog(t, "AddData", []common.Hash{addressTopic(evAuthor)}, uint64(1), tt.tm, big.NewInt(1e9), tt.data)
			_, err := trainer.DecodeAddData(l, evTrainer)
			if err == nil || !strings.Contains(err.Error(), tt.want) || errors.Is(err, chain.ErrOtherLog) {
				t.Errorf("DecodeAddData() error = %v, want one containing %q, not ErrOtherLog", err, tt.want)
			}
		})
	}
}

// TestEventIn checks that a receipt scan skips other logs, finds the event, and stops at a malformed one.
func TestEventIn(t *testing.T) {
	refund := func(t *testing.T) *types.Log {
		return trainerLog(t, "Refund", []common.Hash{addressTopic(evAuthor)}, [32]byte(evKey), big.NewInt(5))
	}
	add := func(t *testing.T) *types.Log {
		return trainerLog(t, "AddData", []common.Hash{addressTopic(evAuthor)}, uint64(1), big.NewInt(1000), big.NewInt(1e9), packedSample)
	}
	foreign := func(t *testing.T) *types.Log {
		l := add(t)
		l.Address = common.HexToAddress("0x99")
		return l
	}
	truncated := func(t *testing.T) *types.Log {
		l := add(t)
		l.Data = l.Data[:40]
		return l
	}
	tests := []struct {
		name    string
		logs    []func(*testing.T) *types.Log
		want    uint64 // the time found
		wantErr string
	}{
		{name: "after other logs", logs: []func(*testing.T) *types.Log{foreign, refund, add}, want: 1000},
		{name: "none", logs: []func(*testing.T) *types.Log{foreign, refund}, wantErr: "no AddData event of trainer"},
		{name: "malformed", logs: []func(*testing.T) *types.Log{refund, truncated, add}, wantErr: "decode AddData"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs []*types.Log
			for _, l := range tt.logs {
				logs = append(logs, l(t))
			}
			c, err := trainer.EventIn(logs, evTrainer, trainer.DecodeAddData)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("EventIn() = %+v, %v; want an error containing %q", c, err, tt.wantErr)
				}
				return
			}
			if err != nil || c.Time != tt.want {
				t.Errorf("EventIn() = %+v, %v; want the AddData of time %d", c, err, tt.want)
			}
		})
	}
}

// TestPackSample checks that PackSample is UnpackSample's inverse.
func TestPackSample(t *testing.T) {
	for _, s := range [][]int64{nil, {2, -2}, {0, 1 << 62, -1 << 63}} {
		got, err := trainer.UnpackSample(trainer.PackSample(s))
		if err != nil || !slices.Equal(got, s) && len(s) > 0 {
			t.Errorf("UnpackSample(PackSample(%v)) = %v, %v", s, got, err)
		}
	}
	if got := trainer.PackSample([]int64{2, -2}); !slices.Equal(got, packedSample) {
		t.Errorf("PackSample([2 -2]) = %x, want %x", got, packedSample)
	}
}
