package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Read calls contract with data against the latest state (eth_call, no transaction) and decodes the answer with
// unpack, a binding's Unpack method. what names the value read ("the trainer's refund wait"): both a failed call
// and an answer that does not decode say which read it was, so a caller reading several values needs no
// wrapping of its own. A revert comes back as t's errors decode it (AsRevert).
func Read[T any](ctx context.Context, t *Transactor, contract common.Address, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := t.Call(ctx, contract, data)
	if err != nil {
		return zero, fmt.Errorf("read %s: %w", what, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decode %s (%d bytes from %s): %w", what, len(out), contract, err)
	}
	return v, nil
}
