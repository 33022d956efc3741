package ingest_test

import (
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// addDataLog builds an AddData log of trainer at block 7, index 3, with the given fields, ABI-encoded as the
// trainer emits them.
func addDataLog(t *testing.T, at common.Address, label uint64, tm *big.Int, data []byte) *types.Log {
	t.Helper()
	ev := bindings.NewDepositRefundTake().GetABI().Events["AddData"]
	body, err := ev.Inputs.NonIndexed().Pack(label, tm, big.NewInt(1e9), data)
	if err != nil {
		t.Fatal(err)
	}
	sender := common.HexToAddress("0x5a5a")
	return &types.Log{
		Address: at, Topics: []common.Hash{ev.ID, common.BytesToHash(sender.Bytes())}, Data: body,
		BlockNumber: 7, Index: 3, BlockHash: common.HexToHash("0xb7"), TxHash: common.HexToHash("0x77"),
	}
}

func TestDecode(t *testing.T) {
	at := common.HexToAddress("0x7a")
	packed := []byte{0, 0, 0, 0, 0, 0, 0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe}
	valid := func(t *testing.T) *types.Log { return addDataLog(t, at, 1, big.NewInt(1000), packed) }

	t.Run("valid AddData", func(t *testing.T) {
		ev, err := ingest.NewDecoder(at, 2).Decode(valid(t))
		if err != nil {
			t.Fatalf("Decode() error = %v", err)
		}
		c, ok := ev.(*ingest.Contribution)
		if !ok {
			t.Fatalf("Decode() = %T, want *Contribution", ev)
		}
		sender := common.HexToAddress("0x5a5a")
		if !slices.Equal(c.Sample, []int64{2, -2}) || c.Label != 1 || c.Time != 1000 || c.Contributor != sender ||
			c.Block != 7 || c.Index != 3 || c.Key != trainer.ContributionKey([]int64{2, -2}, 1, 1000, sender) {
			t.Errorf("Decode() = %+v", c)
		}
	})

	tests := []struct {
		name       string
		numClasses uint64
		log        func(*testing.T) *types.Log
		want       string
	}{
		{
			name: "truncated data",
			log: func(t *testing.T) *types.Log {
				l := valid(t)
				l.Data = l.Data[:len(l.Data)-40]
				return l
			},
			want: "decode AddData",
		},
		{
			name: "sample not whole entries",
			log:  func(t *testing.T) *types.Log { return addDataLog(t, at, 1, big.NewInt(1000), packed[:13]) },
			want: "13 bytes is not a whole number of 8-byte entries",
		},
		{
			name:       "label beyond the model's classes",
			numClasses: 2,
			log:        func(t *testing.T) *types.Log { return addDataLog(t, at, 2, big.NewInt(1000), packed) },
			want:       "label 2 out of range for a model of 2 classes",
		},
		{
			name: "time beyond 64 bits",
			log: func(t *testing.T) *types.Log {
				return addDataLog(t, at, 1, new(big.Int).Lsh(big.NewInt(1), 64), packed)
			},
			want: "time 18446744073709551616 out of range",
		},
		{
			name: "another contract's log",
			log: func(t *testing.T) *types.Log {
				l := valid(t)
				l.Address = common.HexToAddress("0x99")
				return l
			},
			want: "not of trainer",
		},
		{
			name: "another event",
			log: func(t *testing.T) *types.Log {
				l := valid(t)
				l.Topics[0] = bindings.NewDepositRefundTake().GetABI().Events["Withdrawal"].ID
				return l
			},
			want: "unexpected event",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ingest.NewDecoder(at, tt.numClasses).Decode(tt.log(t))
			if err == nil {
				t.Fatalf("Decode() error = nil, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "block 7 log 3") {
				t.Errorf("Decode() error = %q, want it to contain %q and name block 7 log 3", err, tt.want)
			}
		})
	}
}

// TestMalformedEventStoresNothing feeds the follower a range holding one valid and one malformed event and
// checks that the step fails naming the log and that nothing of the range is stored.
func TestMalformedEventStoresNothing(t *testing.T) {
	c := newTestChain(t, 2)
	c.add(t, 1, []int64{4, 5}, 0)
	c.add(t, 1, []int64{2}, 1)
	store := openStore(t, t.TempDir(), c.meta(0))
	opts := quietOptions(t)
	opts.NumClasses = 1 // the second contribution's label 1 is out of range for one class
	_, err := ingest.NewFollower(c.client, store, opts).Step(c.ctx)
	if err == nil || !strings.Contains(err.Error(), "label 1 out of range") || !strings.Contains(err.Error(), " log ") {
		t.Fatalf("Step() error = %v, want a label out of range naming the log", err)
	}
	if _, ok, _ := store.Cursor(); ok {
		t.Error("Step() stored a cursor for a range with a malformed event")
	}
	if n, _ := store.Count(); n != (ingest.Counts{}) {
		t.Errorf("Count() = %+v after a malformed range, want nothing", n)
	}
}
