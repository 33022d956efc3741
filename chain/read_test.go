package chain_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
)

// callBackend answers every eth_call with out or err; Read uses nothing else of the backend.
type callBackend struct {
	chain.Backend
	out  []byte
	err  error
	seen *ethereum.CallMsg
}

func (b *callBackend) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	*b.seen = msg
	return b.out, b.err
}

func TestRead(t *testing.T) {
	drt := bindings.NewDepositRefundTake()
	at := common.HexToAddress("0x7a")
	word := func(v int64) []byte { return common.BigToHash(big.NewInt(v)).Bytes() }
	tests := []struct {
		name    string
		out     []byte
		err     error
		want    uint32
		wantErr []string
	}{
		{name: "answer decodes", out: word(3600), want: 3600},
		{name: "call fails", err: errors.New("connection refused"), wantErr: []string{"read the refund wait", "connection refused"}},
		{name: "short answer", out: word(1)[:31], wantErr: []string{"decode the refund wait", "31 bytes", at.Hex()}},
		{name: "no answer", out: nil, wantErr: []string{"decode the refund wait", "0 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen ethereum.CallMsg
			tr := chain.NewTransactor(&callBackend{out: tt.out, err: tt.err, seen: &seen}, &bind.TransactOpts{})
			got, err := chain.Read(context.Background(), tr, at, "the refund wait", drt.PackRefundWait(), drt.UnpackRefundWait)
			if seen.To == nil || *seen.To != at || string(seen.Data) != string(drt.PackRefundWait()) {
				t.Errorf("Read() called %+v, want the refund wait's calldata to %s", seen, at)
			}
			if len(tt.wantErr) == 0 {
				if err != nil || got != tt.want {
					t.Fatalf("Read() = %d, %v; want %d", got, err, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Read() = %d, want an error", got)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Read() error = %q, want it to contain %q", err, w)
				}
			}
		})
	}
}
