package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Pending is a transaction Send handed to the node whose receipt nobody has waited for yet.
type Pending struct {
	t    *Transactor
	tx   *sent
	to   common.Address
	data []byte
}

// Hash is the transaction's hash.
func (p *Pending) Hash() common.Hash { return p.tx.Hash() }

// Value is the wei the transaction sends: an earlier transaction the journal answered with sends its own.
func (p *Pending) Value() *big.Int { return p.tx.Value() }

// Send is TransactExtra without the wait: it returns once the node's pool holds the transaction, so that a
// caller can send many from one account, each at the next nonce, and wait for them together, paying one block
// time for the lot instead of one each. The journal answers it as it answers Transact. Call Wait for the
// receipt; until then a journal holds the transaction as one whose outcome nobody learnt.
func (t *Transactor) Send(ctx context.Context, contract common.Address, data []byte, value *big.Int, extra uint64) (*Pending, error) {
	bound := bind.NewBoundContract(contract, abi.ABI{}, t.backend, t.backend, t.backend)
	tx, err := t.send(ctx, &contract, data, value, extra, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bound.RawTransact(opts, data)
	})
	if err != nil {
		return nil, err
	}
	if t.journal == nil && tx.receipt == nil {
		// Without the journal nothing waited for the pool; the next Send reads the pending nonce, which must
		// count this one by then. A pool slow to take it up only costs that Send a retry.
		poolCtx, cancel := context.WithTimeout(ctx, poolWait)
		_ = t.awaitPool(poolCtx, tx.Transaction)
		cancel()
	}
	return &Pending{t: t, tx: tx, to: contract, data: data}, nil
}

// Wait waits for p's successful receipt, as Transact does after sending.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	return p.t.settle(ctx, p.tx, &p.to, p.data)
}

// Seen marks hash, a transaction of t's account whose outcome the caller learnt elsewhere (from the chain's
// logs), as settled in t's journal, so that a later identical call is taken as a new action rather than
// answered by it. Without a journal it does nothing.
func (t *Transactor) Seen(ctx context.Context, hash common.Hash) error {
	if t.journal == nil || t.dryRun {
		return nil
	}
	id, err := t.chainID(ctx)
	if err != nil {
		return err
	}
	return t.journal.Settle(ctx, id, t.opts.From, hash)
}

// DryRun reports whether t only simulates what it is asked to send.
func (t *Transactor) DryRun() bool { return t.dryRun }
