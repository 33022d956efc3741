package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// evmAPI serves the evm_ namespace described in the package documentation.
type evmAPI struct {
	node *Node
}

// IncreaseTime serves evm_increaseTime: it moves the chain clock seconds ahead, seals an empty block there and
// returns its timestamp.
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

// receiptsAPI serves eth_getTransactionReceipt and eth_getBlockReceipts in place of the eth service's own
// methods, which it calls under [Node.published]'s read lock: a block becomes the head before it is synced to
// disk, and a receipt served in between would be for a transaction a SIGKILL could still lose.
type receiptsAPI struct {
	node  *Node
	tx    txReceipts
	block blockReceipts
}

// txReceipts and blockReceipts are the eth service's receipt methods (internal/ethapi's TransactionAPI and
// BlockChainAPI), found by their method sets since that package cannot be imported.
type (
	txReceipts interface {
		GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]any, error)
	}
	blockReceipts interface {
		GetBlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]map[string]any, error)
	}
)

// newReceiptsAPI finds the receipt methods among the eth service's apis.
func newReceiptsAPI(n *Node, apis []rpc.API) (*receiptsAPI, error) {
	api := &receiptsAPI{node: n}
	for _, a := range apis {
		if a.Namespace != "eth" {
			continue
		}
		if s, ok := a.Service.(txReceipts); ok {
			api.tx = s
		}
		if s, ok := a.Service.(blockReceipts); ok {
			api.block = s
		}
	}
	if api.tx == nil || api.block == nil {
		return nil, errors.New("go-ethereum's eth API lacks GetTransactionReceipt or GetBlockReceipts in the expected form: this go-ethereum version is not supported")
	}
	return api, nil
}

// GetTransactionReceipt serves eth_getTransactionReceipt once the transaction's block is on disk.
func (api *receiptsAPI) GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]any, error) {
	api.node.published.RLock()
	defer api.node.published.RUnlock()
	return api.tx.GetTransactionReceipt(ctx, hash)
}

// GetBlockReceipts serves eth_getBlockReceipts once the block is on disk.
func (api *receiptsAPI) GetBlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]map[string]any, error) {
	api.node.published.RLock()
	defer api.node.published.RUnlock()
	return api.block.GetBlockReceipts(ctx, blockNrOrHash)
}
