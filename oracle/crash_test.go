package oracle

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/sdk/trainer"
)

var errCrashed = errors.New("the operator's process died")

// crashClient is the node as one operator process sees it. When the process "dies" (the armed transaction was
// sent, and mined if so armed) it cancels the process's context and fails every later call: nothing the
// process does after that instant reaches the chain, as if it had been killed there. The chain itself, and the
// transactions already sent, carry on.
type crashClient struct {
	simulated.Client
	sim    *simulated.Backend
	cancel context.CancelFunc

	mu sync.Mutex
	// method and nth arm the crash at the nth transaction calling method; mined says whether it is mined first.
	method  [4]byte
	nth     int
	mined   bool
	sent    int
	pending bool // the armed transaction is sent; the crash follows its mining
	crashed bool
}

func (c *crashClient) dead() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.crashed {
		return errCrashed
	}
	return nil
}

func (c *crashClient) die() {
	c.crashed = true
	c.cancel()
}

func (c *crashClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.dead(); err != nil {
		return err
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if d := tx.Data(); len(d) >= 4 && [4]byte(d[:4]) == c.method {
		c.sent++
		if c.sent == c.nth {
			if c.mined {
				c.pending = true
			} else {
				c.die()
			}
		}
	}
	return nil
}

// mine is the operator's miner: it seals the block, then dies if the armed transaction was in it.
func (c *crashClient) mine() {
	c.sim.Commit()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pending {
		c.pending = false
		c.die()
	}
}

func (c *crashClient) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if err := c.dead(); err != nil {
		return nil, err
	}
	return c.Client.CallContract(ctx, msg, block)
}

func (c *crashClient) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	if err := c.dead(); err != nil {
		return 0, err
	}
	return c.Client.PendingNonceAt(ctx, account)
}

func (c *crashClient) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if err := c.dead(); err != nil {
		return 0, err
	}
	return c.Client.EstimateGas(ctx, msg)
}

func (c *crashClient) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if err := c.dead(); err != nil {
		return nil, err
	}
	return c.Client.TransactionReceipt(ctx, hash)
}

func (c *crashClient) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	if err := c.dead(); err != nil {
		return nil, false, err
	}
	return c.Client.TransactionByHash(ctx, hash)
}

func (c *crashClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := c.dead(); err != nil {
		return nil, err
	}
	return c.Client.FilterLogs(ctx, q)
}

func (c *crashClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if err := c.dead(); err != nil {
		return nil, err
	}
	return c.Client.HeaderByNumber(ctx, number)
}

func (c *crashClient) BlockNumber(ctx context.Context) (uint64, error) {
	if err := c.dead(); err != nil {
		return 0, err
	}
	return c.Client.BlockNumber(ctx)
}

// crashPoint names the instant an operator dies: after sending the nth transaction calling method, before or
// after it is mined.
type crashPoint struct {
	method string
	nth    int
	mined  bool
}

// doomed opens operator i on its usual data directory through a node connection that dies at p; Step must be
// called with the returned context.
func (w *world) doomed(t *testing.T, i int, p crashPoint) (*Operator, context.Context) {
	t.Helper()
	ctx, cancel := context.WithCancel(w.ctx)
	t.Cleanup(cancel)
	m, ok := newContract(w.tx(0), w.client, w.dep.Model, nil).abi.Methods[p.method]
	if !ok {
		t.Fatalf("OracleModel has no method %s", p.method)
	}
	c := &crashClient{Client: w.client, sim: w.sim, cancel: cancel, method: [4]byte(m.ID), nth: p.nth, mined: p.mined}
	tx := trainer.NewTransactor(c, bind.NewKeyedTransactor(w.keys[i], w.chainID), chain.WithMiner(c.mine))
	cfg := w.config(i, 0)
	o, err := Open(ctx, cfg, c, tx, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("Open(doomed operator %d) error = %v", i, err)
	}
	return o, ctx
}

// crash runs one cycle of operator 1 that dies at p, and returns the version it had saved before its first
// transaction. The dead operator's store and state are closed, as the end of its process closes their files.
func (w *world) crash(t *testing.T, p crashPoint) *intent {
	t.Helper()
	o, ctx := w.doomed(t, 1, p)
	d, err := o.Step(ctx)
	if err == nil {
		o.Close()
		t.Fatalf("Step() of an operator that died at %+v = %+v, want an error", p, d)
	}
	in, ierr := o.state.intent(1)
	if cerr := o.Close(); cerr != nil {
		t.Fatalf("Close() after the crash: %v", cerr)
	}
	if ierr != nil || in == nil {
		t.Fatalf("no saved version 1 after dying at %+v (Step error %v): %v", p, err, ierr)
	}
	// The process died where armed: its last transaction is mined, or still in the pool.
	mined, merr := w.client.NonceAt(w.ctx, w.addr(1), nil)
	pending, perr := w.client.PendingNonceAt(w.ctx, w.addr(1))
	if merr != nil || perr != nil {
		t.Fatal(errors.Join(merr, perr))
	}
	if inFlight := pending - mined; (inFlight == 0) != p.mined {
		t.Fatalf("after dying at %+v, %d transactions are in flight", p, inFlight)
	}
	return in
}

// proposedBy counts operator's Proposed events for version number, every epoch.
func (w *world) proposedBy(t *testing.T, operator common.Address, number uint64) int {
	t.Helper()
	ev := newContract(w.tx(0), w.client, w.dep.Model, nil).abi.Events["Proposed"]
	logs, err := w.client.FilterLogs(w.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.dep.Block), Addresses: []common.Address{w.dep.Model},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(number))}, nil, {common.BytesToHash(operator[:])}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(logs)
}

// TestCrashResume kills operator 1 at each kind of instant of its first commit, restarts it on the same data
// directory, and checks that it finishes the version it saved: the same digest, proposed once, made active by
// the second operator.
func TestCrashResume(t *testing.T) {
	tests := []struct {
		name  string
		point crashPoint
	}{
		{"first page sent", crashPoint{"stagePage", 1, false}},
		{"first page staged", crashPoint{"stagePage", 1, true}},
		{"weights chunk published", crashPoint{"publishWeights", 1, true}},
		{"proposal sent", crashPoint{"propose", 1, false}},
		{"proposed", crashPoint{"propose", 1, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			w.contribute(t, 40)
			saved := w.crash(t, tt.point)
			digest := saved.Version.Digest()

			// The dead process's last transaction may still be in the pool, where the chain's latest state does
			// not show it: the restarted operator waits for it to be mined rather than send it again, and the
			// node mines it meanwhile.
			m := &miner{sim: w.sim}
			o, err := Open(w.ctx, w.config(1, 0), w.client, trainer.NewTransactor(w.client, bind.NewKeyedTransactor(w.keys[1], w.chainID), chain.WithMiner(m.mine)), slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatalf("Open() after the crash error = %v", err)
			}
			t.Cleanup(func() { o.Close() })
			if !tt.point.mined {
				m.after(t, 50*time.Millisecond)
			}
			d, err := o.Step(w.ctx)
			if err != nil {
				t.Fatalf("Step() after the restart error = %v", err)
			}
			if d.Action != "committed" || d.Active || d.Version.Digest() != digest {
				t.Fatalf("Step() after the restart = %+v, want version %s committed and not active", d, digest)
			}
			// Each transaction of the commit was sent once, by the dead process or the restarted one.
			r, err := saved.release()
			if err != nil {
				t.Fatal(err)
			}
			want := uint64(len(r.Pages) + 1 + len(r.Chunks) + 1)
			if n, err := w.client.NonceAt(w.ctx, w.addr(1), nil); err != nil || n != want {
				t.Errorf("operator 1 sent %d transactions for version 1 (%v), want %d: stage %d pages and the tail, publish %d chunks, propose",
					n, err, want, len(r.Pages), len(r.Chunks))
			}
			c := newContract(w.tx(0), w.client, w.dep.Model, nil)
			if got, err := c.proposalOf(w.ctx, w.addr(1), 1); err != nil || got != digest {
				t.Fatalf("proposalOf(operator 1, 1) = %s, %v; want the saved %s", got, err, digest)
			}
			if n, err := c.votes(w.ctx, digest); err != nil || n != 1 {
				t.Errorf("votes(%s) = %d, %v; want 1", digest, n, err)
			}
			if n := w.proposedBy(t, w.addr(1), 1); n != 1 {
				t.Errorf("operator 1 proposed version 1 %d times, want once", n)
			}

			d2, err := w.operator(t, 2).Step(w.ctx)
			if err != nil {
				t.Fatalf("operator 2 Step() error = %v", err)
			}
			if !d2.Active || d2.Version.Digest() != digest {
				t.Fatalf("operator 2 Step() = %+v, want %s active", d2, digest)
			}
			if got := w.active(t); got.Number != 1 || got.Digest() != digest {
				t.Fatalf("active version %d %s, want 1 %s", got.Number, got.Digest(), digest)
			}
			if d, err := o.Step(w.ctx); err != nil || d.Action != "idle" {
				t.Errorf("operator 1 Step() after activation = %+v, %v; want idle", d, err)
			}
			if in, err := o.state.intent(1); err != nil || in != nil {
				t.Errorf("operator 1 kept its saved version 1 after activation: %v, %v", in, err)
			}
		})
	}
}

// TestCrashNewContributions has contributions arrive while operator 1 is down: the restarted operator still
// finishes the version it saved, at its cursor, and trains on the newcomers only for the next version.
func TestCrashNewContributions(t *testing.T) {
	w := newWorld(t)
	w.contribute(t, 40)
	saved := w.crash(t, crashPoint{"publishWeights", 1, true})
	digest := saved.Version.Digest()
	w.contribute(t, 10)

	o := w.operator(t, 1)
	d, err := o.Step(w.ctx)
	if err != nil {
		t.Fatalf("Step() after the restart error = %v", err)
	}
	if d.Action != "committed" || d.Version.Digest() != digest {
		t.Fatalf("Step() after the restart = %+v, want the saved version %s", d, digest)
	}
	if d.Version.CursorBlock != saved.Version.CursorBlock || d.Version.CursorLogIndex != saved.Version.CursorLogIndex || d.Version.TrainedCount != 40 {
		t.Errorf("resumed version at cursor %d/%d with %d contributions, want the saved %d/%d with 40",
			d.Version.CursorBlock, d.Version.CursorLogIndex, d.Version.TrainedCount, saved.Version.CursorBlock, saved.Version.CursorLogIndex)
	}

	// Operator 2 has seen all 50, but agrees at the proposal's cursor.
	d2, err := w.operator(t, 2).Step(w.ctx)
	if err != nil {
		t.Fatalf("operator 2 Step() error = %v", err)
	}
	if !d2.Active || d2.Version.Digest() != digest {
		t.Fatalf("operator 2 Step() = %+v, want %s active", d2, digest)
	}
	if got := w.active(t); got.Digest() != digest || got.TrainedCount != 40 {
		t.Fatalf("active version %s trained on %d, want %s on 40", got.Digest(), got.TrainedCount, digest)
	}

	// The newcomers are not lost: they make the next candidate.
	d, err = o.Step(w.ctx)
	if err != nil {
		t.Fatalf("operator 1 next Step() error = %v", err)
	}
	if d.Version == nil || d.Version.Number != 2 || d.Version.TrainedCount != 50 {
		t.Fatalf("operator 1 next Step() = %+v, want a version 2 candidate trained on 50", d)
	}
}
