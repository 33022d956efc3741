package weights

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
)

var (
	chunkModel = common.HexToAddress("0x0de1")
	chunkRoot  = common.HexToHash("0x5007")
)

// chunkLog builds a WeightsChunk log of chunkModel for chunkRoot at block 7, log index, ABI-encoded as the
// contract emits it.
func chunkLog(t *testing.T, index, numChunks int64, chunk string) *types.Log {
	t.Helper()
	ev := bindings.NewOracleModel().GetABI().Events["WeightsChunk"]
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(index), big.NewInt(numChunks), []byte(chunk))
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{
		Address: chunkModel, Topics: []common.Hash{ev.ID, chunkRoot}, Data: data,
		BlockNumber: 7, Index: uint(index), TxHash: common.BigToHash(big.NewInt(0x70 + index)),
	}
}

func TestDecodeChunk(t *testing.T) {
	l := chunkLog(t, 1, 3, "b")
	ev, err := DecodeChunk(l, chunkModel)
	if err != nil {
		t.Fatalf("DecodeChunk() error = %v", err)
	}
	if ev.Root != chunkRoot || ev.Index.Int64() != 1 || ev.NumChunks.Int64() != 3 || string(ev.Chunk) != "b" || ev.Raw != l {
		t.Errorf("DecodeChunk() = %+v, want chunk 1 of 3 of %s, \"b\"", ev, chunkRoot)
	}

	tests := []struct {
		name  string
		edit  func(*types.Log)
		other bool
		want  string
	}{
		{name: "another contract's log", edit: func(l *types.Log) { l.Address = common.HexToAddress("0x99") }, other: true, want: "not of model"},
		{name: "another event", edit: func(l *types.Log) { l.Topics[0] = bindings.NewOracleModel().GetABI().Events["PageStaged"].ID }, other: true, want: "not a WeightsChunk event"},
		{name: "anonymous log", edit: func(l *types.Log) { l.Topics = nil }, other: true, want: "not a WeightsChunk event"},
		{name: "truncated data", edit: func(l *types.Log) { l.Data = l.Data[:len(l.Data)/2] }, want: "decode WeightsChunk"},
		{name: "no data", edit: func(l *types.Log) { l.Data = nil }, want: "decode WeightsChunk: no data"},
		{name: "root topic missing", edit: func(l *types.Log) { l.Topics = l.Topics[:1] }, want: "decode WeightsChunk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := chunkLog(t, 1, 3, "b")
			tt.edit(l)
			ev, err := DecodeChunk(l, chunkModel)
			if err == nil {
				t.Fatalf("DecodeChunk() = %+v, want an error containing %q", ev, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "block 7 log 1") {
				t.Errorf("DecodeChunk() error = %q, want it to contain %q and name block 7 log 1", err, tt.want)
			}
			if errors.Is(err, chain.ErrOtherLog) != tt.other {
				t.Errorf("errors.Is(%q, chain.ErrOtherLog) = %t, want %t", err, !tt.other, tt.other)
			}
		})
	}
}

// TestChunksFromLogs checks the oracle's path from logs to chunks: a bad chunk among good ones is an error that
// names it (the oracle used to skip it), as is a log that does not decode or a count the version does not name.
func TestChunksFromLogs(t *testing.T) {
	good := func(t *testing.T) []*types.Log {
		return []*types.Log{chunkLog(t, 2, 3, "c"), chunkLog(t, 0, 3, "a"), chunkLog(t, 1, 3, "b")}
	}
	tests := []struct {
		name      string
		logs      func(*testing.T) []*types.Log
		numChunks int
		want      []string
		wantErr   []string
	}{
		{name: "shuffled", logs: good, numChunks: 3, want: []string{"a", "b", "c"}},
		{name: "count left open", logs: good, want: []string{"a", "b", "c"}},
		{
			name:    "bad chunk: index past the count",
			logs:    func(t *testing.T) []*types.Log { return append(good(t), chunkLog(t, 3, 3, "d")) },
			wantErr: []string{"chunk 3 of 3 among chunks of 3", common.BigToHash(big.NewInt(0x73)).Hex()},
		},
		{
			name:    "bad chunk: another count",
			logs:    func(t *testing.T) []*types.Log { return append(good(t), chunkLog(t, 1, 4, "b")) },
			wantErr: []string{"chunk 1 of 4 among chunks of 3", common.BigToHash(big.NewInt(0x71)).Hex()},
		},
		{
			name: "bad chunk: does not decode",
			logs: func(t *testing.T) []*types.Log {
				logs := good(t)
				logs[1].Data = logs[1].Data[:40]
				return logs
			},
			wantErr: []string{"decode WeightsChunk", "block 7 log 0"},
		},
		{
			name: "another contract's log",
			logs: func(t *testing.T) []*types.Log {
				logs := good(t)
				logs[2].Address = common.HexToAddress("0x99")
				return logs
			},
			wantErr: []string{"not of model", "block 7 log 1"},
		},
		{name: "count the version does not name", logs: good, numChunks: 4, wantErr: []string{"the events have 3 chunks, the version names 4"}},
		{name: "missing chunk", logs: func(t *testing.T) []*types.Log { return good(t)[:2] }, numChunks: 3, wantErr: []string{"chunks not published: [1] of 3"}},
		{name: "no logs", logs: func(*testing.T) []*types.Log { return nil }, numChunks: 3, wantErr: []string{"no WeightsChunk events"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ChunksFromLogs(tt.logs(t), chunkModel, chunkRoot, tt.numChunks)
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("ChunksFromLogs() = %q, want an error", got)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("ChunksFromLogs() error = %q, want it to contain %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("ChunksFromLogs() error = %v", err)
			}
			var strs []string
			for _, c := range got {
				strs = append(strs, string(c))
			}
			if !reflect.DeepEqual(strs, tt.want) {
				t.Errorf("ChunksFromLogs() = %q, want %q", strs, tt.want)
			}
		})
	}
}
