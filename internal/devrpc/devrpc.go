// SPDX-License-Identifier: MIT

// Package devrpc calls the methods development chains serve beyond Ethereum's JSON-RPC, such as evm_mine,
// as sumkit devnet, anvil and Hardhat serve them. A production node serves none of them; the functions here
// say so with ErrNotDevChain rather than the node's raw "method not found".
package devrpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrNotDevChain is returned, wrapped, when the node does not serve a development method: it is not a
// development chain, or one with that method turned off.
var ErrNotDevChain = errors.New("not a development chain")

// methodNotFound is the JSON-RPC 2.0 error code for a method the server does not serve.
const methodNotFound = -32601

// Mine asks the node to seal blocks blocks with evm_mine, one call each, and returns the head's number
// afterwards. Each block takes what is pending; with nothing pending it is empty, which is what moves a
// chain that mines only on demand past a block a contract waits for. It checks that the head moved by at
// least blocks, since nodes answer evm_mine differently (anvil "0x0", sumkit devnet the block hash).
func Mine(ctx context.Context, c *rpc.Client, blocks uint64) (uint64, error) {
	if blocks == 0 {
		return 0, errors.New("mine: 0 blocks: ask for at least 1")
	}
	before, err := blockNumber(ctx, c)
	if err != nil {
		return 0, fmt.Errorf("mine: %w", err)
	}
	for i := range blocks {
		var ignored json.RawMessage
		if err := c.CallContext(ctx, &ignored, "evm_mine"); err != nil {
			if rerr, ok := errors.AsType[rpc.Error](err); ok && rerr.ErrorCode() == methodNotFound {
				return 0, fmt.Errorf("mine: the node does not serve evm_mine (%v): %w; on a live chain wait for "+
					"blocks instead", err, ErrNotDevChain)
			}
			return 0, fmt.Errorf("mine: block %d of %d: evm_mine: %w", i+1, blocks, err)
		}
	}
	after, err := blockNumber(ctx, c)
	if err != nil {
		return 0, fmt.Errorf("mine: %w", err)
	}
	if after < before+blocks {
		return 0, fmt.Errorf("mine: evm_mine answered %d times but the head moved from block %d to %d", blocks,
			before, after)
	}
	return after, nil
}

// blockNumber returns the node's head block number.
func blockNumber(ctx context.Context, c *rpc.Client) (uint64, error) {
	var n hexutil.Uint64
	if err := c.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("eth_blockNumber: %w", err)
	}
	return uint64(n), nil
}
