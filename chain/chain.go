// Package chain sends transactions to an Ethereum node, waits for their receipts, and turns contract reverts
// into Go errors that name the custom error and its arguments. It also builds the in-process chain sumkit uses
// by default.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
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
	// journal, when set, records each signed transaction before it is sent, serialises sends from the account
	// across processes, and lets a re-run find an earlier identical call instead of sending it again.
	journal *Journal
	// again sends even where the journal holds an earlier identical call that landed or may still land.
	again bool
	// earlier, when set, is told when a call is answered by an earlier identical transaction.
	earlier func(Earlier)
}

// Option configures a Transactor.
type Option func(*Transactor)

// WithMiner makes the transactor call mine after sending each transaction. The simulated backend's Commit is
// such a function.
// Calls to mine are serialised: a transactor waiting on several transactions at once (a pipelined batch) would
// otherwise seal concurrently, and the simulated backend's Commit can then hang for good in its pool sync.
func WithMiner(mine func()) Option {
	var mu sync.Mutex
	serial := func() {
		mu.Lock()
		defer mu.Unlock()
		mine()
	}
	return func(t *Transactor) { t.mine = serial }
}

// WithTimeout sets how long to wait for a receipt.
func WithTimeout(d time.Duration) Option { return func(t *Transactor) { t.timeout = d } }

// WithDryRun makes Deploy and Transact simulate each transaction against the pending block and return a
// *DryRunError describing it instead of sending it. Reverts come back decoded, as for a real send.
func WithDryRun() Option { return func(t *Transactor) { t.dryRun = true } }

// WithSigned makes the transactor call f with each transaction it signs, after signing and before sending, so
// that a caller can record the hash of a transaction that may land even if the process dies before its receipt.
// An error from f stops the send. A recorded transaction may never be sent (the send can fail), so a record
// means "maybe sent"; ask the node. Where another sender took the nonce, f is told of each re-signed attempt
// too; the node refused every attempt but the last, so at most one of them can land.
func WithSigned(f func(ctx context.Context, tx *types.Transaction) error) Option {
	return func(t *Transactor) { t.signed = f }
}

// WithJournal makes the transactor record each transaction it signs in j before sending it, hold the account's
// lock in j from reading its nonce until the transaction is in the node's pool, and answer a call whose earlier
// identical transaction (same chain, sender, contract and calldata) j holds without a seen receipt as follows:
// still pending (or mined, its receipt not yet served): wait for it instead of sending another; mined and
// succeeded: return its receipt and send nothing; unknown to the node with its nonce still next: send it again
// as signed; reverted, or dropped (its nonce taken by another transaction): send anew. A transaction whose
// receipt the transactor returned is settled: a later identical call is a new action and is sent. Deployments
// are recorded and serialised but never answered from the journal. See [WithAgain] and [WithEarlier].
func WithJournal(j *Journal) Option { return func(t *Transactor) { t.journal = j } }

// WithAgain makes a transactor with a journal send every call, even one an earlier identical transaction may
// already have done.
func WithAgain() Option { return func(t *Transactor) { t.again = true } }

// WithEarlier makes the transactor call f when the journal answers a call with an earlier transaction.
func WithEarlier(f func(Earlier)) Option { return func(t *Transactor) { t.earlier = f } }

// Earlier is an earlier identical transaction that answered a call in place of a new one.
type Earlier struct {
	// Hash is the earlier transaction's.
	Hash common.Hash
	// Receipt is set when it was already mined and succeeded: nothing was sent and nothing waited for.
	Receipt *types.Receipt
	// Resent is set when the node no longer knew it and it was sent again as signed.
	Resent bool
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
	var addr common.Address
	tx, err := t.send(ctx, nil, input, nil, 0, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(opts, code, t.backend, args)
		addr = a
		return tx, err
	})
	if err != nil {
		return common.Address{}, nil, err
	}
	receipt, err := t.settle(ctx, tx, nil, input)
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
	bound := bind.NewBoundContract(contract, abi.ABI{}, t.backend, t.backend, t.backend)
	tx, err := t.send(ctx, &contract, data, value, extra, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bound.RawTransact(opts, data)
	})
	if err != nil {
		return nil, err
	}
	return t.settle(ctx, tx, &contract, data)
}

// sent is a transaction in flight; receipt is set where the journal found it already mined.
type sent struct {
	*types.Transaction
	receipt *types.Receipt
}

// settle waits for tx (unless its receipt is known) and, once its receipt is seen, marks it settled in the
// journal: the caller has learnt the outcome.
func (t *Transactor) settle(ctx context.Context, tx *sent, to *common.Address, data []byte) (*types.Receipt, error) {
	receipt, err := tx.receipt, error(nil)
	if receipt == nil {
		receipt, err = t.wait(ctx, tx.Transaction, to, data)
	}
	if receipt != nil && t.journal != nil {
		id, cerr := t.chainID(ctx)
		if cerr == nil {
			cerr = t.journal.Settle(ctx, id, t.opts.From, tx.Hash())
		}
		if cerr != nil && err == nil {
			// The transaction is done; a stale journal line only makes a re-run look it up.
			return receipt, nil
		}
	}
	return receipt, err
}

// chainIDReader is a node client that reports its chain id; ethclient.Client and the simulated client are.
type chainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// chainID is the node's chain id, which keys the journal.
func (t *Transactor) chainID(ctx context.Context) (*big.Int, error) {
	r, ok := t.backend.(chainIDReader)
	if !ok {
		return nil, errors.New("the node client cannot report its chain id, which the journal needs")
	}
	id, err := r.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain id: %w", err)
	}
	return id, nil
}

// send estimates, signs and sends one transaction with do, to contract (nil for a deployment): under the
// journal's account lock where there is a journal, answering the call from an earlier identical transaction
// where the journal allows, and retrying on a nonce another sender took first.
func (t *Transactor) send(ctx context.Context, to *common.Address, data []byte, value *big.Int, extra uint64, do func(*bind.TransactOpts) (*types.Transaction, error)) (*sent, error) {
	if t.dryRun {
		opts, estimate, err := t.txOpts(ctx, to, data, value, extra, nil)
		if err != nil {
			return nil, err
		}
		return nil, t.plan(ctx, opts, estimate, to)
	}
	if t.journal == nil {
		opts, _, err := t.txOpts(ctx, to, data, value, extra, nil)
		if err != nil {
			return nil, err
		}
		tx, err := t.sendRetrying(ctx, opts, do)
		if err != nil {
			return nil, err
		}
		return &sent{Transaction: tx}, nil
	}
	id, err := t.chainID(ctx)
	if err != nil {
		return nil, err
	}
	unlock, err := t.journal.Lock(ctx, id, t.opts.From)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var key common.Hash
	if to != nil {
		key = ActionKey(*to, data)
		if !t.again {
			// Before estimating: an action already done (a refund) can fail estimation.
			e, err := t.journal.Unsettled(id, t.opts.From, key)
			if err != nil {
				return nil, err
			}
			if e != nil {
				prev, err := t.recall(ctx, e)
				if err != nil {
					return nil, err
				}
				if prev != nil {
					return prev, nil
				}
			}
		}
	}
	head, err := t.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the latest block: %w", err)
	}
	record := func(tx *types.Transaction) error {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		return t.journal.Record(id, t.opts.From, Entry{Hash: tx.Hash(), Nonce: tx.Nonce(), Key: key, Raw: raw, Head: head.Hash(), Time: time.Now().Unix()})
	}
	opts, _, err := t.txOpts(ctx, to, data, value, extra, record)
	if err != nil {
		return nil, err
	}
	tx, err := t.sendRetrying(ctx, opts, do)
	if err != nil {
		return nil, err
	}
	// The next process to take the lock reads the pending nonce, which must count this transaction by then. A
	// pool slow to take it up only costs that process a retry.
	poolCtx, cancel := context.WithTimeout(ctx, poolWait)
	defer cancel()
	_ = t.awaitPool(poolCtx, tx)
	return &sent{Transaction: tx}, nil
}

// poolWait bounds how long a sender holds the account lock waiting for the node's pool to count its transaction.
const poolWait = 5 * time.Second

// recall reports what the journal's earlier transaction e means now: the transaction to wait for, one already
// mined and succeeded (with its receipt), or nil to send anew.
func (t *Transactor) recall(ctx context.Context, e *Entry) (*sent, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(e.Raw); err != nil || tx.Hash() != e.Hash {
		return nil, nil // an unreadable line cannot be waited for; sending anew is what happens without a journal
	}
	answer := func(s *sent, resent bool) (*sent, error) {
		if t.earlier != nil {
			t.earlier(Earlier{Hash: tx.Hash(), Receipt: s.receipt, Resent: resent})
		}
		return s, nil
	}
	receipt, err := t.backend.TransactionReceipt(ctx, e.Hash)
	indexing := err != nil && isIndexing(err)
	switch {
	case err == nil && receipt.Status == types.ReceiptStatusSuccessful:
		return answer(&sent{Transaction: tx, receipt: receipt}, false)
	case err == nil:
		return nil, nil // reverted: it did nothing, so doing it now is no repeat
	case !errors.Is(err, ethereum.NotFound) && !indexing:
		return nil, fmt.Errorf("look up the earlier identical transaction %s: %w", e.Hash, err)
	}
	if r, ok := t.backend.(txByHashReader); ok {
		_, _, err := r.TransactionByHash(ctx, e.Hash)
		if err == nil {
			return answer(&sent{Transaction: tx}, false)
		}
		if !errors.Is(err, ethereum.NotFound) && !isIndexing(err) {
			return nil, fmt.Errorf("look up the earlier identical transaction %s: %w", e.Hash, err)
		}
	}
	if indexing {
		// Not found may only mean not indexed yet: sending now could do the action twice.
		return nil, fmt.Errorf("cannot tell whether the earlier identical transaction %s landed: the node is still indexing transactions; retry in a moment", e.Hash)
	}
	next, err := t.backend.PendingNonceAt(ctx, t.opts.From)
	if err != nil {
		return nil, fmt.Errorf("read the nonce of %s: %w", t.opts.From, err)
	}
	if next != e.Nonce {
		// Below: another transaction took its nonce, so it can never land. Above: the chain is not the one it
		// was sent to (a fresh dev chain), where it would wait forever for the nonces before it.
		return nil, nil
	}
	if r, ok := t.backend.(headerByHashReader); ok {
		if _, err := r.HeaderByHash(ctx, e.Head); err != nil {
			return nil, nil // another chain with the same id, where it was never sent
		}
	}
	if err := t.backend.SendTransaction(ctx, tx); err != nil {
		return nil, nil // too cheap for the node now, say: a fresh transaction is priced anew
	}
	poolCtx, cancel := context.WithTimeout(ctx, poolWait)
	defer cancel()
	_ = t.awaitPool(poolCtx, tx)
	return answer(&sent{Transaction: tx}, true)
}

// headerByHashReader is a node client that can read a block header by hash; ethclient.Client and the simulated
// client are.
type headerByHashReader interface {
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
}

// isIndexing reports whether err is a node saying it cannot look transactions up yet (go-ethereum right after
// it starts), which is no answer either way.
func isIndexing(err error) bool {
	return strings.Contains(err.Error(), "transaction indexing is in progress")
}

// txByHashReader is a node client that can look a transaction up by hash; ethclient.Client and the simulated
// client are.
type txByHashReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// maxSendAttempts bounds how often one transaction is re-signed after other senders took its nonce.
const maxSendAttempts = 10

// sendRetrying sends with do at the account's pending nonce, and when another sender took that nonce first
// (the node answers "nonce too low" or "replacement transaction underpriced"), re-signs at the next free one, up
// to maxSendAttempts times with a random pause that grows. A nonce fixed by the caller's options is used as is.
func (t *Transactor) sendRetrying(ctx context.Context, opts *bind.TransactOpts, do func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	if opts.Nonce != nil {
		tx, err := do(opts)
		if err != nil {
			return nil, t.errors.Decode(err)
		}
		return tx, nil
	}
	o := *opts
	var signed *types.Transaction
	o.Signer = func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		s, err := opts.Signer(from, tx)
		if err == nil {
			signed = s
		}
		return s, err
	}
	nonce, err := t.backend.PendingNonceAt(ctx, o.From)
	if err != nil {
		return nil, fmt.Errorf("read the nonce of %s: %w", o.From, err)
	}
	for attempt := 1; ; attempt++ {
		o.Nonce = new(big.Int).SetUint64(nonce)
		signed = nil
		tx, err := do(&o)
		if err == nil {
			return tx, nil
		}
		if signed != nil && strings.Contains(err.Error(), "already known") {
			return signed, nil // this very transaction is in the pool already
		}
		if !nonceTaken(err) {
			return nil, t.errors.Decode(err)
		}
		if attempt == maxSendAttempts {
			return nil, &NonceError{Account: o.From, Attempts: attempt, Err: err}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("send after nonce %d was taken: %w", nonce, ctx.Err())
		case <-time.After(time.Duration(rand.Int64N(int64(attempt) * int64(10*time.Millisecond)))):
		}
		next, err := t.backend.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, fmt.Errorf("read the nonce of %s: %w", o.From, err)
		}
		// The pool may not count the transaction that took nonce yet; nonce+1 is free or clashes in turn.
		nonce = max(next, nonce+1)
	}
}

// nonceTaken reports whether err is a node's refusal of a transaction whose nonce another one has.
func nonceTaken(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "nonce too low") || strings.Contains(msg, "replacement transaction underpriced")
}

// NonceError is a send that kept losing its nonce to other transactions from the same account.
type NonceError struct {
	Account  common.Address
	Attempts int
	// Err is the node's last refusal.
	Err error
}

func (e *NonceError) Error() string {
	return fmt.Sprintf("%d attempts to send from %s each lost the nonce to another transaction from it (last: %v): another program sends from this account without sumkit's journal; pause it, or send from another account",
		e.Attempts, e.Account, e.Err)
}

func (e *NonceError) Unwrap() error { return e.Err }

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
// record, when set, is called with each signed transaction before the hook of WithSigned.
func (t *Transactor) txOpts(ctx context.Context, to *common.Address, data []byte, value *big.Int, extra uint64, record func(*types.Transaction) error) (*bind.TransactOpts, uint64, error) {
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
	if t.signed != nil || record != nil {
		sign := opts.Signer
		opts.Signer = func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
			signed, err := sign(from, tx)
			if err != nil {
				return nil, err
			}
			if record != nil {
				if err := record(signed); err != nil {
					return nil, fmt.Errorf("record transaction %s before sending it: %w", signed.Hash(), err)
				}
			}
			if t.signed != nil {
				if err := t.signed(ctx, signed); err != nil {
					return nil, fmt.Errorf("record transaction %s before sending it: %w", signed.Hash(), err)
				}
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
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, &NotMinedError{Hash: tx.Hash(), Timeout: t.timeout, Err: err}
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

// NotMinedError is a transaction that was sent but whose receipt did not come within the timeout (or before
// the context ended). It may still be mined: look it up by Hash before sending the same call again.
type NotMinedError struct {
	Hash    common.Hash
	Timeout time.Duration
	// Err is why the wait ended: context.DeadlineExceeded for the timeout.
	Err error
}

func (e *NotMinedError) Error() string {
	if errors.Is(e.Err, context.DeadlineExceeded) {
		return fmt.Sprintf("transaction %s not mined within %s; it may still be mined: look it up by its hash before sending it again", e.Hash, e.Timeout)
	}
	return fmt.Sprintf("stopped waiting for transaction %s (%v); it may still be mined: look it up by its hash before sending it again", e.Hash, e.Err)
}

func (e *NotMinedError) Unwrap() error { return e.Err }

// AsNotMined returns the *NotMinedError in err's chain, if there is one.
func AsNotMined(err error) (*NotMinedError, bool) {
	var e *NotMinedError
	ok := errors.As(err, &e)
	return e, ok
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
