package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TxReader is what looking a transaction up needs of a node: ethclient.Client and the simulated client both are.
type TxReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// TxState is where a transaction stands on a node.
type TxState int

// The states of a transaction, as one node sees it.
const (
	// TxUnknown: the node has neither the transaction nor a receipt: never sent to it, dropped from its pool, or
	// sent to another chain.
	TxUnknown TxState = iota
	// TxPending: in the node's pool, not yet mined.
	TxPending
	// TxMined: in a block; the receipt says whether it succeeded.
	TxMined
)

// TxStatus is a transaction's state on a node.
type TxStatus struct {
	Hash  common.Hash
	State TxState
	// Tx is the transaction, where the node knows it.
	Tx *types.Transaction
	// Receipt is set once it is mined and the node serves the receipt.
	Receipt *types.Receipt
}

// Lookup asks node where the transaction hash stands.
func Lookup(ctx context.Context, node TxReader, hash common.Hash) (*TxStatus, error) {
	s := &TxStatus{Hash: hash}
	receipt, err := node.TransactionReceipt(ctx, hash)
	switch {
	case err == nil:
		s.State, s.Receipt = TxMined, receipt
	case !errors.Is(err, ethereum.NotFound) && !isIndexing(err):
		return nil, fmt.Errorf("look up transaction %s: %w", hash, err)
	}
	tx, pending, err := node.TransactionByHash(ctx, hash)
	switch {
	case err == nil:
		s.Tx = tx
		if s.State == TxUnknown {
			// Mined but the receipt not yet indexed reads as pending too: either way it is coming.
			s.State = TxPending
			if !pending {
				s.State = TxMined
			}
		}
	case !errors.Is(err, ethereum.NotFound):
		return nil, fmt.Errorf("look up transaction %s: %w", hash, err)
	}
	return s, nil
}
