// Package chain sends transactions to an Ethereum node, waits for their receipts, and turns contract reverts
// into Go errors that name the custom error and its arguments. It also builds the in-process chain sumkit uses
// by default.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultTimeout bounds how long a transaction may take to be mined.
const DefaultTimeout = 2 * time.Minute

// Backend is an Ethereum node as this package needs it: ethclient.Client and the simulated client both are.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Transactor sends transactions from one account and waits for their receipts.
type Transactor struct {
	backend Backend
	opts    bind.TransactOpts
	errors  *Errors
	// mine produces a block; set for an in-process chain that has no block producer of its own.
	mine    func()
	timeout time.Duration
	// dryRun makes Deploy and Transact stop before sending, with a *DryRunError.
	dryRun bool
	// signed, when set, is told of each transaction once signed and before it is sent.
	signed func(context.Context, *types.Transaction) error
}

// Option configures a Transactor.
type Option func(*Transactor)

// WithMiner makes the transactor call mine after sending each transaction. The simulated backend's Commit is
// such a function.
func WithMiner(mine func()) Option { return func(t *Transactor) { t.mine = mine } }

// WithTimeout sets how long to wait for a receipt.
func WithTimeout(d time.Duration) Option { return func(t *Transactor) { t.timeout = d } }

// WithDryRun makes Deploy and Transact simulate each transaction against the pending block and return a
// *DryRunError describing it instead of sending it. Reverts come back decoded, as for a real send.
func WithDryRun() Option { return func(t *Transactor) { t.dryRun = true } }

// WithSigned makes the transactor call f with each transaction it signs, after signing and before sending, so
// that a caller can record the hash of a transaction that may land even if the process dies before its receipt.
// An error from f stops the send. A recorded transaction may never be sent (the send can fail), so a record
// means "maybe sent"; ask the node.
func WithSigned(f func(ctx context.Context, tx *types.Transaction) error) Option {
	return func(t *Transactor) { t.signed = f }
}

// WithErrors sets the contract errors reverts are decoded with.
func WithErrors(e *Errors) Option { return func(t *Transactor) { t.errors = e } }

// NewTransactor returns a transactor that signs with opts. Gas limits and EIP-1559 fees come from the node.
func NewTransactor(backend Backend, opts *bind.TransactOpts, options ...Option) *Transactor {
	t := &Transactor{backend: backend, opts: *opts, timeout: DefaultTimeout}
	for _, o := range options {
		o(t)
	}
	return t
}

// From is the sending account.
func (t *Transactor) From() common.Address { return t.opts.From }

// Backend is the node the transactor talks to.
func (t *Transactor) Backend() Backend { return t.backend }

// Errors is the decoder reverts go through.
func (t *Transactor) Errors() *Errors { return t.errors }

// GasMargin is the share added to the node's gas estimate. Contracts whose cost depends on the block time (the
// deposit's square root) can need a little more at inclusion than at estimation; unused gas is not charged.
const GasMargin = 0.2

// MaxTxGas is the most gas one transaction may use since Osaka (EIP-7825); the margin never lifts a limit past it.
const MaxTxGas = 1 << 24

// Deploy creates a contract from its creation code and packed constructor arguments, and waits for it.
func (t *Transactor) Deploy(ctx context.Context, code, args []byte) (common.Address, *types.Receipt, error) {
	input := append(append([]byte{}, code...), args...)
	opts, estimate, err := t.txOpts(ctx, nil, input, nil, 0)
	if err != nil {
		return common.Address{}, nil, err
	}
	if t.dryRun {
		return common.Address{}, nil, t.plan(ctx, opts, estimate, nil)
	}
	addr, tx, err := bind.DeployContract(opts, code, t.backend, args)
	if err != nil {
		return common.Address{}, nil, t.errors.Decode(err)
	}
	receipt, err := t.wait(ctx, tx, nil, input)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, receipt, nil
}

// Transact sends calldata with value (nil for none) to contract and waits for a successful receipt.
func (t *Transactor) Transact(ctx context.Context, contract common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return t.TransactExtra(ctx, contract, data, value, 0)
}

// TransactExtra is Transact with extra gas added to the node's estimate before the margin, for a call that can
// cost more at inclusion than at estimation because another sender's transaction may land first: a vote that
// turns out to be the deciding one. Unused gas is not charged.
func (t *Transactor) TransactExtra(ctx context.Context, contract common.Address, data []byte, value *big.Int, extra uint64) (*types.Receipt, error) {
	opts, estimate, err := t.txOpts(ctx, &contract, data, value, extra)
	if err != nil {
		return nil, err
	}
	if t.dryRun {
		return nil, t.plan(ctx, opts, estimate, &contract)
	}
	bound := bind.NewBoundContract(contract, abi.ABI{}, t.backend, t.backend, t.backend)
	tx, err := bound.RawTransact(opts, data)
	if err != nil {
		return nil, t.errors.Decode(err)
	}
	return t.wait(ctx, tx, &contract, data)
}

// Call runs calldata against contract's latest state without sending a transaction.
func (t *Transactor) Call(ctx context.Context, contract common.Address, data []byte) ([]byte, error) {
	msg := ethereum.CallMsg{From: t.opts.From, To: &contract, Data: data}
	out, err := t.backend.CallContract(ctx, msg, nil)
	if err != nil {
		return nil, t.errors.Decode(err)
	}
	return out, nil
}

// EstimateGas is what the node estimates calldata to contract would use, the 21,000 base included.
func (t *Transactor) EstimateGas(ctx context.Context, contract common.Address, data []byte, value *big.Int) (uint64, error) {
	msg := ethereum.CallMsg{From: t.opts.From, To: &contract, Data: data, Value: value}
	gas, err := t.backend.EstimateGas(ctx, msg)
	if err != nil {
		return 0, t.errors.Decode(err)
	}
	return gas, nil
}

// pendingEstimator is a node client that can estimate against a chosen block; ethclient.Client is one.
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// estimate asks the node for msg's gas against the pending block where it can: nodes default to the latest
// block, whose timestamp a transaction will not have, and a contract that keys records by block time (the
// trainer) can then refuse in estimation what it would accept in the next block.
func (t *Transactor) estimate(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if pe, ok := t.backend.(pendingEstimator); ok {
		return pe.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
	}
	return t.backend.EstimateGas(ctx, msg)
}

// DryRunError is what a dry-run transactor returns in place of sending: the transaction it would have sent,
// which the node accepted in simulation.
type DryRunError struct {
	// To is the contract called; nil for a deployment.
	To *common.Address
	// From is the sending account; Value the wei sent.
	From  common.Address
	Value *big.Int
	// Gas is the node's estimate (zero where the transactor fixes the limit); GasLimit what would be signed.
	Gas, GasLimit uint64
	// BaseFee is the latest block's base fee; TipCap and FeeCap the EIP-1559 fees per gas that would be signed.
	BaseFee, TipCap, FeeCap *big.Int
}

func (e *DryRunError) Error() string {
	return fmt.Sprintf("dry run: not sent (estimated %d gas, at most %s wei in fees)", e.Gas, e.MaxFee())
}

// MaxFee is the most the transaction could cost in fees: its gas limit at the fee cap.
func (e *DryRunError) MaxFee() *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(e.GasLimit), e.FeeCap)
}

// AsDryRun returns the *DryRunError in err's chain, if there is one.
func AsDryRun(err error) (*DryRunError, bool) {
	var d *DryRunError
	ok := errors.As(err, &d)
	return d, ok
}

// plan prices the transaction opts describes as go-ethereum's binding would sign it: the node's suggested tip,
// and a fee cap of twice the base fee plus the tip.
func (t *Transactor) plan(ctx context.Context, opts *bind.TransactOpts, estimate uint64, to *common.Address) error {
	head, err := t.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("dry run: read the latest block: %w", err)
	}
	tip, err := t.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("dry run: suggest a gas tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	value := opts.Value
	if value == nil {
		value = new(big.Int)
	}
	return &DryRunError{
		To: to, From: opts.From, Value: value, Gas: estimate, GasLimit: opts.GasLimit,
		BaseFee: base, TipCap: tip, FeeCap: new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip),
	}
}

// txOpts returns signing options for one transaction, with the gas limit estimated (plus extra, plus GasMargin)
// unless the transactor's options fix it, and the node's estimate (zero when the limit is fixed).
func (t *Transactor) txOpts(ctx context.Context, to *common.Address, data []byte, value *big.Int, extra uint64) (*bind.TransactOpts, uint64, error) {
	opts := t.opts
	opts.Context = ctx
	opts.Value = value
	var gas uint64
	if opts.GasLimit == 0 {
		var err error
		if gas, err = t.estimate(ctx, ethereum.CallMsg{From: opts.From, To: to, Data: data, Value: value}); err != nil {
			return nil, 0, t.errors.Decode(err)
		}
		want := gas + extra
		opts.GasLimit = min(want+uint64(float64(want)*GasMargin), max(gas, MaxTxGas))
	}
	if t.signed != nil {
		sign := opts.Signer
		opts.Signer = func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
			signed, err := sign(from, tx)
			if err != nil {
				return nil, err
			}
			if err := t.signed(ctx, signed); err != nil {
				return nil, fmt.Errorf("record transaction %s before sending it: %w", signed.Hash(), err)
			}
			return signed, nil
		}
	}
	return &opts, gas, nil
}

// awaitPool waits until the node's pool holds tx: its sender's pending nonce has passed tx's.
func (t *Transactor) awaitPool(ctx context.Context, tx *types.Transaction) error {
	for {
		next, err := t.backend.PendingNonceAt(ctx, t.opts.From)
		if err != nil {
			return fmt.Errorf("wait for transaction %s to reach the pool: %w", tx.Hash(), err)
		}
		if next > tx.Nonce() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("transaction %s never reached the pool: %w", tx.Hash(), ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

// wait mines (where needed) and waits for tx; a failed receipt is replayed as a call to recover the reason.
func (t *Transactor) wait(ctx context.Context, tx *types.Transaction, to *common.Address, data []byte) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	if t.mine != nil {
		// The in-process pool takes a sent transaction up in the background; mining before it has would seal
		// an empty block and leave the transaction waiting for a block nobody makes.
		if err := t.awaitPool(ctx, tx); err != nil {
			return nil, err
		}
		t.mine()
	}
	receipt, err := waitMined(ctx, t.backend, tx.Hash())
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("transaction %s not mined within %s: check the node is producing blocks, or raise the timeout: %w", tx.Hash(), t.timeout, err)
		}
		return nil, fmt.Errorf("wait for transaction %s: %w", tx.Hash(), err)
	}
	if receipt.Status == types.ReceiptStatusSuccessful {
		return receipt, nil
	}
	msg := ethereum.CallMsg{From: t.opts.From, To: to, Data: data, Value: tx.Value(), Gas: tx.Gas()}
	if _, callErr := t.backend.CallContract(ctx, msg, new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1))); callErr != nil {
		return receipt, fmt.Errorf("transaction %s reverted: %w", tx.Hash(), t.errors.Decode(callErr))
	}
	return receipt, fmt.Errorf("transaction %s reverted (gas used %d of %d)", tx.Hash(), receipt.GasUsed, tx.Gas())
}

// Receipt polling starts fast, for nodes that mine on demand (anvil, the in-process chain), and backs off to the
// pace of a chain with real block times. bind.WaitMined polls once a second, which made every CLI command on
// anvil take a second per transaction.
const (
	firstReceiptPoll = 25 * time.Millisecond
	maxReceiptPoll   = time.Second
)

// waitMined polls for hash's receipt until there is one or ctx is done. An error from the node is retried like a
// missing receipt (the node may be restarting); the last one is reported if ctx ends first.
func waitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	delay := firstReceiptPoll
	var lastErr error
	for {
		receipt, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return nil, fmt.Errorf("%w (last error from the node: %v)", ctx.Err(), lastErr)
			}
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay = min(2*delay, maxReceiptPoll)
	}
}

// GasUsed is the gas the receipts' transactions used in all.
func GasUsed(receipts []*types.Receipt) uint64 {
	var total uint64
	for _, r := range receipts {
		total += r.GasUsed
	}
	return total
}
