// SPDX-License-Identifier: MIT

package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// receiptNode answers receipt queries from a script: errs[i] for the i-th query, then the receipt. A node
// that fails on cue is a fault a real node does not make on request.
type receiptNode struct {
	errs    []error
	queries int
}

func (n *receiptNode) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	n.queries++
	if n.queries <= len(n.errs) {
		return nil, n.errs[n.queries-1]
	}
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(int64(n.queries))}, nil
}

func (n *receiptNode) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return nil, nil
}

func TestWaitMined(t *testing.T) {
	refused := errors.New("connection refused")
	tests := []struct {
		name    string
		errs    []error
		timeout time.Duration
		want    string // a substring of the error; empty for a receipt
	}{
		{name: "mined at once"},
		{name: "mined after a few polls", errs: []error{ethereum.NotFound, ethereum.NotFound, ethereum.NotFound}},
		{name: "node errors, then answers", errs: []error{refused, ethereum.NotFound}},
		{name: "never mined", errs: repeat(ethereum.NotFound, 1000), timeout: 100 * time.Millisecond,
			want: "context deadline exceeded"},
		{name: "node down until the deadline", errs: repeat(refused, 1000), timeout: 100 * time.Millisecond,
			want: "last error from the node: connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			if tt.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.timeout)
				defer cancel()
			}
			node := &receiptNode{errs: tt.errs}
			r, err := waitMined(ctx, node, common.Hash{1})
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, context.DeadlineExceeded) {
					t.Fatalf("waitMined() = %v, %v; want an error naming %q", r, err, tt.want)
				}
				return
			}
			if err != nil || r == nil {
				t.Fatalf("waitMined() = %v, %v; want the receipt", r, err)
			}
			if node.queries != len(tt.errs)+1 {
				t.Errorf("%d queries, want %d", node.queries, len(tt.errs)+1)
			}
		})
	}
}

func repeat(err error, n int) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}
