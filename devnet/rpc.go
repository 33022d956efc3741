package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// evmAPI serves the evm_ namespace described in the package documentation.
type evmAPI struct {
	node *Node
}

// IncreaseTime serves evm_increaseTime: it seals an empty block seconds after the head and returns its timestamp.
func (api *evmAPI) IncreaseTime(ctx context.Context, seconds quantity) (hexutil.Uint64, error) {
	head, err := api.node.IncreaseTime(ctx, uint64(seconds))
	if err != nil {
		return 0, err
	}
	return hexutil.Uint64(head.Time), nil
}

// Mine serves evm_mine: it seals a block, at timestamp when given, and returns its hash.
func (api *evmAPI) Mine(ctx context.Context, timestamp *quantity) (common.Hash, error) {
	var ts *uint64
	if timestamp != nil {
		v := uint64(*timestamp)
		ts = &v
	}
	head, err := api.node.Mine(ctx, ts)
	if err != nil {
		return common.Hash{}, err
	}
	return head.Hash(), nil
}

// quantity is a uint64 RPC parameter given either as a JSON number (Hardhat, Anvil and ethers send 3600) or as a
// hex quantity string ("0xe10").
type quantity uint64

// UnmarshalJSON implements json.Unmarshaler.
func (q *quantity) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var h hexutil.Uint64
		if err := json.Unmarshal(b, &h); err != nil {
			return fmt.Errorf("quantity %s: %w", b, err)
		}
		*q = quantity(h)
		return nil
	}
	v, err := strconv.ParseUint(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("quantity %s: want a non-negative integer or a hex string", b)
	}
	*q = quantity(v)
	return nil
}
