package predictionmarket_test

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

// marketLog builds a log of the market's event name at block 7, index 3, with topics after the signature and
// data fields ABI-encoded as the market emits them.
func marketLog(t *testing.T, at common.Address, name string, topics []common.Hash, fields ...any) *types.Log {
	t.Helper()
	ev := bindings.NewPredictionMarket().GetABI().Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(fields...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return &types.Log{Address: at, Topics: append([]common.Hash{ev.ID}, topics...), Data: data, BlockNumber: 7, Index: 3}
}

func TestMarketDecoders(t *testing.T) {
	at := common.HexToAddress("0x3a")
	contributor := common.HexToAddress("0xc0")
	samples := []commitment.Sample{{Data: []int64{3, -1}, Label: 1}, {Data: []int64{7}, Label: 0}}
	num := func(n int64) common.Hash { return common.BigToHash(big.NewInt(n)) }
	cases := []struct {
		event  string
		valid  func(*testing.T) *types.Log
		decode func(*types.Log) (any, error)
		want   any
	}{
		{
			event: "PieceRevealed",
			valid: func(t *testing.T) *types.Log {
				return marketLog(t, at, "PieceRevealed", []common.Hash{num(1), num(2)}, [32]byte{9}, big.NewInt(2), packed(samples...))
			},
			decode: func(l *types.Log) (any, error) { return predictionmarket.DecodePieceRevealed(l, at) },
			want:   &predictionmarket.RevealedPiece{Run: big.NewInt(1), Index: big.NewInt(2), Hash: common.Hash{9}, Samples: samples},
		},
		{
			event: "Contributed",
			valid: func(t *testing.T) *types.Log {
				return marketLog(t, at, "Contributed", []common.Hash{num(1), num(5), common.BytesToHash(contributor.Bytes())}, big.NewInt(10), packed(samples[0]))
			},
			decode: func(l *types.Log) (any, error) { return predictionmarket.DecodeContributed(l, at) },
			want:   &predictionmarket.Contribution{Run: big.NewInt(1), ID: big.NewInt(5), Contributor: contributor, Stake: big.NewInt(10), Sample: samples[0]},
		},
	}
	for _, dc := range cases {
		t.Run(dc.event, func(t *testing.T) {
			got, err := dc.decode(dc.valid(t))
			if err != nil || !reflect.DeepEqual(got, dc.want) {
				t.Fatalf("decode a valid %s = %+v, %v; want %+v", dc.event, got, err, dc.want)
			}
			tests := []struct {
				name  string
				edit  func(*types.Log)
				other bool
				want  string
			}{
				{name: "another contract's log", edit: func(l *types.Log) { l.Address = common.HexToAddress("0x99") }, other: true, want: "not of market"},
				{name: "another event", edit: func(l *types.Log) { l.Topics[0] = common.Hash{1} }, other: true, want: "not a " + dc.event + " event"},
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
						t.Errorf("errors.Is(%q, chain.ErrOtherLog) = %t, want %t", err, !tt.other, tt.other)
					}
				})
			}
		})
	}

	// What the market's own encoding adds: samples that do not unpack, and a contribution of other than one sample.
	for name, l := range map[string]*types.Log{
		"piece samples truncated": marketLog(t, at, "PieceRevealed", []common.Hash{num(1), num(2)}, [32]byte{9}, big.NewInt(2), packed(samples...)[:30]),
		"contribution of two":     marketLog(t, at, "Contributed", []common.Hash{num(1), num(5), common.BytesToHash(contributor.Bytes())}, big.NewInt(10), packed(samples...)),
	} {
		var err error
		if strings.HasPrefix(name, "piece") {
			_, err = predictionmarket.DecodePieceRevealed(l, at)
		} else {
			_, err = predictionmarket.DecodeContributed(l, at)
		}
		if err == nil || !strings.Contains(err.Error(), "block 7 log 3") || errors.Is(err, chain.ErrOtherLog) {
			t.Errorf("%s: error = %v, want one naming block 7 log 3, not ErrOtherLog", name, err)
		}
	}
}
