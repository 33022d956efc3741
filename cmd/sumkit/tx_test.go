package main

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
)

// A dry run prints what would be sent and is no error; a failure is failed's to word; a sent transaction gets
// done's line and its receipt.
func TestWriteSent(t *testing.T) {
	r := &types.Receipt{TxHash: common.HexToHash("0xabc"), GasUsed: 21000, EffectiveGasPrice: big.NewInt(2e9)}
	dry := &chain.DryRunError{From: common.HexToAddress("0x01"), Value: big.NewInt(0), Gas: 21000, GasLimit: 25000,
		BaseFee: big.NewInt(1), TipCap: big.NewInt(1), FeeCap: big.NewInt(2)}
	refused := errors.New("refused")
	tests := map[string]struct {
		r          *types.Receipt
		err        error
		wantErr    error
		wantOut    []string
		notWantOut []string
	}{
		"sent": {r: r, wantOut: []string{"did it\n", "tx:        " + r.TxHash.Hex(), "gas used:  21000", "42000000000000 wei"}},
		"dry run": {err: dry, wantOut: []string{"dry run: the thing would succeed now", "gas:       21000 estimated, limit 25000"},
			notWantOut: []string{"did it"}},
		"failed": {err: refused, wantErr: refused, notWantOut: []string{"did it", "tx:", "dry run"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			var failedWith error
			err := writeSent(&out, "the thing", tt.r, tt.err,
				func(err error) error { failedWith = err; return err },
				func(got *types.Receipt) (string, error) {
					if got != tt.r {
						t.Errorf("done got receipt %v, want %v", got, tt.r)
					}
					return "did it", nil
				})
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("writeSent() error = %v, want %v", err, tt.wantErr)
			}
			if (failedWith != nil) != (tt.err == refused) {
				t.Errorf("failed called with %v; want it called only for a send that failed", failedWith)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out.String(), want) {
					t.Errorf("output lacks %q; output:\n%s", want, out.String())
				}
			}
			for _, bad := range tt.notWantOut {
				if strings.Contains(out.String(), bad) {
					t.Errorf("output has %q; output:\n%s", bad, out.String())
				}
			}
		})
	}
}
