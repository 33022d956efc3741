package sim

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// mine sends the transactions decided for the current second and seals them in one block stamped
// origin + pendingT, then checks the block against the simulations: every transaction in, in order,
// successful, with the simulated events; every sender's ether plus fees equal to its balance.
func (c *chainRun) mine(ctx context.Context) error {
	if len(c.pending) == 0 {
		return nil
	}
	at := c.origin + c.pendingT
	if at <= c.head {
		return fmt.Errorf("mine at %d: the head is already at %d", at, c.head)
	}
	if at-1 > c.head {
		// An empty block just before, so that the next one is stamped exactly at.
		if err := c.adjustTime(ctx, at-1-c.head); err != nil {
			return fmt.Errorf("mine at %d: move the clock: %w", at, err)
		}
	}
	feeCap := new(big.Int).Add(baseTip(), big.NewInt(1000*params.GWei))
	txs := make([]*types.Transaction, len(c.pending))
	for i, p := range c.pending {
		value := p.msg.Value
		if value == nil {
			value = new(big.Int)
		}
		tx, err := types.SignNewTx(p.from.key, c.signer, &types.DynamicFeeTx{
			ChainID:   c.chainID,
			Nonce:     p.from.nonce,
			GasTipCap: new(big.Int).Sub(baseTip(), big.NewInt(int64(i))),
			GasFeeCap: feeCap,
			Gas:       p.gas,
			To:        &c.trainer,
			Value:     value,
			Data:      p.msg.Data,
		})
		if err != nil {
			return fmt.Errorf("mine at %d: sign: %w", at, err)
		}
		p.from.nonce++
		txs[i] = tx
	}
	if err := c.submit(ctx, txs); err != nil {
		return fmt.Errorf("mine at %d: %w", at, err)
	}
	hash := c.backend.Commit()
	header, err := c.client.HeaderByHash(ctx, hash)
	if err != nil {
		return fmt.Errorf("mine at %d: read the block: %w", at, err)
	}
	if header.Time != at {
		return fmt.Errorf("mine: the block is stamped %d, not %d", header.Time, at)
	}
	receipts, err := c.sim.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		return fmt.Errorf("mine at %d: receipts: %w", at, err)
	}
	if len(receipts) != len(txs) {
		return fmt.Errorf("mine at %d: %d of %d transactions made it into the block", at, len(receipts), len(txs))
	}
	senders := make([]*chainAccount, 0, len(txs))
	for i, r := range receipts {
		p := c.pending[i]
		switch {
		case r.TxHash != txs[i].Hash():
			return fmt.Errorf("mine at %d: transaction %d in the block is not the one sent %d-th", at, i, i)
		case r.Status != types.ReceiptStatusSuccessful:
			return fmt.Errorf("mine at %d: transaction %d from %s failed, its simulation did not", at, i, p.from.addr)
		case !sameLogs(r.Logs, p.logs):
			return fmt.Errorf("mine at %d: transaction %d from %s logged other events than its simulation", at, i, p.from.addr)
		}
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		p.from.fees.Add(p.from.fees, fee)
		if c.gasUse != nil {
			c.gasUse(GasUse{Op: p.op, Agent: slices.Index(c.accounts, p.from), Gas: r.GasUsed, Fee: fee})
		}
		if !slices.Contains(senders, p.from) {
			senders = append(senders, p.from)
		}
	}
	c.head = at
	c.pending = c.pending[:0]
	for _, a := range senders {
		if err := c.checkBalance(ctx, a); err != nil {
			return fmt.Errorf("mine at %d: %w", at, err)
		}
	}
	return nil
}

// adjustTime seals an empty block seconds after the head. The transaction pool drops a block's transactions
// in the background after the block is sealed, and the beacon refuses to adjust the time while it still lists
// them, so a refusal is retried until the pool has caught up.
func (c *chainRun) adjustTime(ctx context.Context, seconds uint64) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := c.backend.AdjustTime(time.Duration(seconds) * time.Second)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		time.Sleep(100 * time.Microsecond)
	}
}

// submit hands the transactions to the pool in order, each once the pool holds the one before as
// executable, so that the block takes them all. The pool promotes a transaction in the background, and a
// reset of the pool (after a new block) that meets a promotion can leave a transaction queued behind its
// sender's pending one until the sender's next transaction, which never comes: a block sealed then would
// leave it out, to land a second later than decided. When a transaction is not promoted in time, the pool is
// cleared and everything is handed over again.
func (c *chainRun) submit(ctx context.Context, txs []*types.Transaction) error {
	for attempt := range 10 {
		done, err := c.sendInOrder(ctx, txs, time.Duration(attempt+1)*100*time.Millisecond)
		if err != nil || done {
			return err
		}
		c.log.Debug("transaction pool stalled; handing the transactions over again", "attempt", attempt+1)
		c.backend.Rollback()
	}
	return errors.New("the transaction pool does not take the transactions as executable")
}

// sendInOrder sends txs, waiting up to patience after each for the pool to count it executable (its
// sender's pending nonce past it); false if one was not.
func (c *chainRun) sendInOrder(ctx context.Context, txs []*types.Transaction, patience time.Duration) (bool, error) {
	for i, tx := range txs {
		from := c.pending[i].from.addr
		if err := c.client.SendTransaction(ctx, tx); err != nil {
			return false, fmt.Errorf("send transaction %d from %s: %w", i, from, err)
		}
		deadline := time.Now().Add(patience)
		for {
			n, err := c.client.PendingNonceAt(ctx, from)
			if err != nil {
				return false, fmt.Errorf("pool nonce of %s: %w", from, err)
			}
			if n > tx.Nonce() {
				break
			}
			if time.Now().After(deadline) {
				return false, nil
			}
			if err := ctx.Err(); err != nil {
				return false, err
			}
			time.Sleep(20 * time.Microsecond)
		}
	}
	return true, nil
}

// sameLogs compares what the contract logged: emitter, topics and data.
func sameLogs(got, want []*types.Log) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].Address != want[i].Address || !slices.Equal(got[i].Topics, want[i].Topics) || !bytes.Equal(got[i].Data, want[i].Data) {
			return false
		}
	}
	return true
}

// checkBalance compares an agent's balance from the events with its ether: ether + fees - allowance.
func (c *chainRun) checkBalance(ctx context.Context, a *chainAccount) error {
	ether, err := c.client.BalanceAt(ctx, a.addr, nil)
	if err != nil {
		return fmt.Errorf("balance of %s: %w", a.addr, err)
	}
	got := new(big.Int).Add(ether, a.fees)
	got.Sub(got, gasAllowance())
	if got.Cmp(a.balance) != 0 {
		return fmt.Errorf("%s holds %s wei besides gas, the events say %s", a.addr, got, a.balance)
	}
	return nil
}

// view runs read-only calls at the current second, seeing what was decided for it.
func (c *chainRun) view(ctx context.Context, calls []ethereum.CallMsg) ([][]byte, error) {
	out := make([][]byte, 0, len(calls))
	for start := 0; start < len(calls); start += simulateBatch {
		res, err := c.simulate(ctx, c.pendingT, calls[start:min(start+simulateBatch, len(calls))])
		if err != nil {
			return nil, err
		}
		for i, r := range res {
			if r.Status != types.ReceiptStatusSuccessful {
				reason, err := c.revertReason(r)
				if err != nil {
					return nil, fmt.Errorf("call %d: %w", start+i, err)
				}
				return nil, fmt.Errorf("call %d reverted: %s", start+i, reason)
			}
			out = append(out, r.ReturnValue)
		}
	}
	return out, nil
}

// Predict asks the model contract, through the trainer, for x's class.
func (c *chainRun) Predict(ctx context.Context, x []int64) (uint64, error) {
	out, err := c.view(ctx, []ethereum.CallMsg{{To: &c.trainer, Gas: callGas, Data: c.drt.PackPredict(x)}})
	if err != nil {
		return 0, fmt.Errorf("predict: %w", err)
	}
	return c.drt.UnpackPredict(out[0])
}

// PredictAll asks for every sample's class, many to a request.
func (c *chainRun) PredictAll(ctx context.Context, xs Samples, out []uint64) error {
	calls := make([]ethereum.CallMsg, xs.Len())
	for i := range calls {
		x, _ := xs.Sample(i)
		calls[i] = ethereum.CallMsg{To: &c.trainer, Gas: callGas, Data: c.drt.PackPredict(x)}
	}
	res, err := c.view(ctx, calls)
	if err != nil {
		return fmt.Errorf("predict: %w", err)
	}
	for i, r := range res {
		if out[i], err = c.drt.UnpackPredict(r); err != nil {
			return fmt.Errorf("predict sample %d: %w", i, err)
		}
	}
	return nil
}

// Finish mines what is left and checks the whole account: every agent's ether, and every contribution's
// record in the trainer against what its events said.
func (c *chainRun) Finish(ctx context.Context, t uint64) error {
	if t < c.pendingT {
		return fmt.Errorf("finish at %d s: time went back from %d s", t, c.pendingT)
	}
	if err := c.mine(ctx); err != nil {
		return err
	}
	for _, a := range c.accounts {
		if err := c.checkBalance(ctx, a); err != nil {
			return err
		}
	}
	ids := make([]uint64, 0, len(c.contribs))
	for id := range c.contribs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	calls := make([]ethereum.CallMsg, 0, len(ids)+1)
	for _, id := range ids {
		calls = append(calls, ethereum.CallMsg{To: &c.trainer, Gas: callGas, Data: c.drt.PackContribution(c.contribs[id].key)})
	}
	calls = append(calls, ethereum.CallMsg{To: &c.trainer, Gas: callGas, Data: c.drt.PackNumContributions()})
	out, err := c.view(ctx, calls)
	if err != nil {
		return fmt.Errorf("read the records: %w", err)
	}
	for i, id := range ids {
		rec, err := c.drt.UnpackContribution(out[i])
		if err != nil {
			return fmt.Errorf("record %d: %w", id, err)
		}
		cc := c.contribs[id]
		if cc.refunded {
			if rec.Id.Sign() != 0 {
				return fmt.Errorf("record %d: refunded, yet the trainer still holds it", id)
			}
			continue
		}
		if rec.Id.Uint64() != id || rec.Deposit.Cmp(cc.deposit) != 0 || rec.Claimable.Cmp(cc.claimable) != 0 || rec.NumClaims != cc.numClaims {
			return fmt.Errorf("record %d: the trainer holds id %s, deposit %s, claimable %s, %d claims; the events say deposit %s, claimable %s, %d claims",
				id, rec.Id, rec.Deposit, rec.Claimable, rec.NumClaims, cc.deposit, cc.claimable, cc.numClaims)
		}
	}
	n, err := c.drt.UnpackNumContributions(out[len(ids)])
	if err != nil {
		return fmt.Errorf("numContributions: %w", err)
	}
	if n.Uint64() != c.count {
		return fmt.Errorf("the trainer counts %s contributions, the events %d", n, c.count)
	}
	return nil
}
