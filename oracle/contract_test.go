package oracle

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
)

// TestContractDecodeProposed runs the Proposed decoder on a valid log and on logs it must refuse.
func TestContractDecodeProposed(t *testing.T) {
	model := common.HexToAddress("0x0de1")
	operator := common.HexToAddress("0x0b0b")
	digest := common.HexToHash("0xd1")
	c := newContract(nil, nil, model, nil)
	valid := func(t *testing.T) *types.Log {
		ev := c.abi.Events["Proposed"]
		data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(2))
		if err != nil {
			t.Fatal(err)
		}
		return &types.Log{
			Address: model, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(4)), digest, common.BytesToHash(operator.Bytes())},
			Data: data, BlockNumber: 7, Index: 3, TxHash: common.HexToHash("0x77"),
		}
	}
	ev, err := c.decodeProposed(valid(t))
	if err != nil {
		t.Fatalf("decodeProposed() error = %v", err)
	}
	if ev.Number != 4 || ev.Digest != digest || ev.Operator != operator || ev.Votes.Int64() != 2 {
		t.Errorf("decodeProposed() = %+v, want version 4's proposal %s by %s with 2 votes", ev, digest, operator)
	}

	tests := []struct {
		name  string
		edit  func(*types.Log)
		other bool
		want  string
	}{
		{name: "another contract's log", edit: func(l *types.Log) { l.Address = common.HexToAddress("0x99") }, other: true, want: "not of model"},
		{name: "another event", edit: func(l *types.Log) { l.Topics[0] = c.abi.Events["VersionActivated"].ID }, other: true, want: "not a Proposed event"},
		{name: "truncated data", edit: func(l *types.Log) { l.Data = l.Data[:16] }, want: "decode Proposed"},
		{name: "no data", edit: func(l *types.Log) { l.Data = nil }, want: "decode Proposed: no data"},
		{name: "operator topic missing", edit: func(l *types.Log) { l.Topics = l.Topics[:3] }, want: "decode Proposed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := valid(t)
			tt.edit(l)
			ev, err := c.decodeProposed(l)
			if err == nil {
				t.Fatalf("decodeProposed() = %+v, want an error containing %q", ev, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "block 7 log 3") {
				t.Errorf("decodeProposed() error = %q, want it to contain %q and name block 7 log 3", err, tt.want)
			}
			if errors.Is(err, chain.ErrOtherLog) != tt.other {
				t.Errorf("errors.Is(%q, chain.ErrOtherLog) = %t, want %t", err, !tt.other, tt.other)
			}
		})
	}
}
