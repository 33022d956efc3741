package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// everything is a position after any event.
var everything = ingest.Position{Block: math.MaxUint64, Index: math.MaxUint32}

// miner seals the simulated chain's blocks one at a time: its beacon is not safe for concurrent use, and these
// tests mine from a background "node" and from the operators' transactors at once.
type miner struct {
	mu  sync.Mutex
	sim *simulated.Backend
}

func (m *miner) mine() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sim.Commit()
}

// every mines a block every d until the test ends, as a node with its own block producer does.
func (m *miner) every(t *testing.T, d time.Duration) {
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(d):
				m.mine()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

// after mines one block d from now, as a node would, and waits for it when the test ends.
func (m *miner) after(t *testing.T, d time.Duration) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		time.Sleep(d)
		m.mine()
	}()
	t.Cleanup(func() { <-done })
}

// rpcRelay serves JSON-RPC over HTTP by passing each request to the in-process client of a simulated node,
// which listens on no socket of its own.
type rpcRelay struct{ rpc *rpc.Client }

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

func newRelay(t *testing.T, client simulated.Client) *rpcRelay {
	t.Helper()
	// The simulated client hides its ethclient.Client in a struct; its field is the only way to the RPC client.
	v := reflect.ValueOf(client)
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok {
				return &rpcRelay{rpc: ec.Client()}
			}
		}
	}
	t.Fatalf("the simulated client %T does not expose its RPC client", client)
	return nil
}

func (r *rpcRelay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
	var calls []rpcRequest
	if batch {
		err = json.Unmarshal(body, &calls)
	} else {
		calls = make([]rpcRequest, 1)
		err = json.Unmarshal(body, &calls[0])
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	out := make([]rpcResponse, len(calls))
	for i, call := range calls {
		args := make([]any, len(call.Params))
		for j, p := range call.Params {
			args[j] = p
		}
		var result json.RawMessage
		out[i] = rpcResponse{Version: "2.0", ID: call.ID}
		if err := r.rpc.CallContext(req.Context(), &result, call.Method, args...); err != nil {
			e := &rpcError{Code: -32000, Message: err.Error()}
			var coded rpc.Error
			if errors.As(err, &coded) {
				e.Code = coded.ErrorCode()
			}
			var data rpc.DataError
			if errors.As(err, &data) {
				e.Data = data.ErrorData()
			}
			out[i].Error = e
			continue
		}
		if len(result) == 0 {
			result = json.RawMessage("null")
		}
		out[i].Result = result
	}
	w.Header().Set("Content-Type", "application/json")
	if batch {
		json.NewEncoder(w).Encode(out)
	} else {
		json.NewEncoder(w).Encode(out[0])
	}
}

// faultyProxy forwards JSON-RPC requests to a node, but, chosen by a seeded source, closes the connection of
// some before forwarding them, closes others after the node answered (the node acted, the answer is lost: a
// sent transaction the client thinks failed), and stalls a few before closing them unanswered.
type faultyProxy struct {
	next  http.Handler
	stall time.Duration

	mu                  sync.Mutex
	rng                 *rand.Rand
	drops, lost, stalls int
}

func (p *faultyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	x := p.rng.Float64()
	switch {
	case x < 0.15:
		p.drops++
	case x < 0.2:
		p.lost++
	case x < 0.25:
		p.stalls++
	}
	p.mu.Unlock()
	hangUp := func() {
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			conn.Close()
		}
	}
	switch {
	case x < 0.15:
		hangUp()
	case x < 0.2:
		p.next.ServeHTTP(httptest.NewRecorder(), r)
		hangUp()
	case x < 0.25:
		select {
		case <-r.Context().Done():
		case <-time.After(p.stall):
		}
		hangUp()
	default:
		p.next.ServeHTTP(w, r)
	}
}

func (p *faultyProxy) counts() (drops, lost, stalls int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.drops, p.lost, p.stalls
}

// contributions lists a store's contributions in chain order.
func contributions(t *testing.T, s *ingest.Store) []ingest.Contribution {
	t.Helper()
	var out []ingest.Contribution
	for e, err := range s.Contributions(everything, 0) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, *e.Contribution)
	}
	return out
}

// TestOperatorThroughFaults runs operator 1 through a node connection that drops, loses and stalls requests,
// beside operator 2 on a clean one, on a node that mines on its own. Operator 1 must still take part: the
// version activates with both votes, each operator proposed once and the same digest, and its store holds what
// the clean operator's holds.
func TestOperatorThroughFaults(t *testing.T) {
	w := newWorld(t)
	w.contribute(t, 40)
	m := &miner{sim: w.sim}

	proxy := &faultyProxy{next: newRelay(t, w.client), stall: 150 * time.Millisecond, rng: rand.New(rand.NewPCG(3, 5))}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	faulty, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(faulty.Close)

	ctx, cancel := context.WithTimeout(w.ctx, 9*time.Second)
	defer cancel()
	quiet := slog.New(slog.DiscardHandler)
	// Open itself reads the chain through the proxy; an operator whose Open fails is restarted, as a service is.
	var o1 *Operator
	opens := 0
	for o1 == nil {
		opens++
		tx := trainer.NewTransactor(faulty, bind.NewKeyedTransactor(w.keys[1], w.chainID), chain.WithMiner(m.mine))
		if o1, err = Open(ctx, w.config(1, 0), faulty, tx, quiet); err != nil && ctx.Err() != nil {
			t.Fatalf("Open(operator 1) through the proxy: %v", err)
		}
	}
	t.Cleanup(func() { o1.Close() })
	// The follower's default backoff (a quarter second, doubling) suits a node that is down for a while; these
	// faults are single requests, and a short backoff keeps the test within its bound.
	o1.follower = ingest.NewFollower(faulty, o1.store, ingest.Options{
		FromBlock: w.dep.Block, NumClasses: 2, PollInterval: 10 * time.Millisecond, Logger: quiet,
		Backoff: ingest.Backoff{Initial: 10 * time.Millisecond, Max: 80 * time.Millisecond, Seed: 1},
	})
	o2, err := Open(ctx, w.config(2, 0), w.client, trainer.NewTransactor(w.client, bind.NewKeyedTransactor(w.keys[2], w.chainID), chain.WithMiner(m.mine)), quiet)
	if err != nil {
		t.Fatalf("Open(operator 2) error = %v", err)
	}
	t.Cleanup(func() { o2.Close() })
	m.every(t, 200*time.Millisecond)

	var wg sync.WaitGroup
	for _, o := range []*Operator{o1, o2} {
		wg.Go(func() { o.Run(ctx) })
	}
	var active bool
	for !active && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
		v, err := ReadStatus(ctx, w.client, w.dep.Model)
		active = err == nil && v.Active.Number == 1
	}
	if !active {
		cancel()
		wg.Wait()
		drops, lost, stalls := proxy.counts()
		t.Fatalf("version 1 not active within the bound (operator 1: %v failed cycles; proxy dropped %d, lost %d, stalled %d)",
			testutil.ToFloat64(o1.metrics.errors), drops, lost, stalls)
	}
	// Operator 1 catches up: its cycles through the faulty connection come to rest with nothing to do.
	idle := false
	for !idle && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
		if v, err := o1.state.intent(1); err == nil && v == nil {
			idle = true
		}
	}
	cancel()
	wg.Wait()
	if !idle {
		t.Error("operator 1 still holds its saved version 1 after the activation")
	}

	drops, lost, stalls := proxy.counts()
	failed := testutil.ToFloat64(o1.metrics.errors)
	t.Logf("proxy dropped %d, lost the answer to %d and stalled %d requests; operator 1 opened after %d tries and had %v failed cycles",
		drops, lost, stalls, opens, failed)
	if drops == 0 || lost == 0 || stalls == 0 || failed == 0 {
		t.Errorf("the faults did not reach operator 1 (dropped %d, lost %d, stalled %d, failed cycles %v); the test checks nothing", drops, lost, stalls, failed)
	}
	got := w.active(t)
	c := newContract(w.tx(0), w.client, w.dep.Model, nil)
	for i := 1; i <= 2; i++ {
		if d, err := c.proposalOf(w.ctx, w.addr(i), 1); err != nil || d != got.Digest() {
			t.Errorf("proposalOf(operator %d, 1) = %s, %v; want the active %s", i, d, err, got.Digest())
		}
		if n := w.proposedBy(t, w.addr(i), 1); n != 1 {
			t.Errorf("operator %d proposed version 1 %d times, want once", i, n)
		}
	}
	if n := w.proposedBy(t, w.addr(3), 1); n != 0 {
		t.Errorf("operator 3, not running, proposed %d times", n)
	}
	if got.TrainedCount != 40 {
		t.Errorf("active version trained on %d contributions, want 40", got.TrainedCount)
	}
	want := contributions(t, o2.store)
	if have := contributions(t, o1.store); len(want) != 40 || !reflect.DeepEqual(have, want) {
		t.Errorf("operator 1's store holds %d contributions, operator 2's %d (want 40 in both, the same)", len(have), len(want))
	}
}

// TestCommitWaitsForPending leaves a transaction of operator 1 in the pool with no block coming: commit gives up
// after its bound with an error that says what is pending and what to do, and sends nothing.
func TestCommitWaitsForPending(t *testing.T) {
	w := newWorld(t)
	w.contribute(t, 10)
	o := w.operator(t, 1)
	o.c.settleWait = 100 * time.Millisecond

	// A transfer to itself that nothing mines, as a process that died after sending would leave it.
	nonce, err := w.client.PendingNonceAt(w.ctx, w.addr(1))
	if err != nil {
		t.Fatal(err)
	}
	tip, err := w.client.SuggestGasTipCap(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := w.client.HeaderByNumber(w.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := w.addr(1)
	tx, err := types.SignNewTx(w.keys[1], types.LatestSignerForChainID(w.chainID), &types.DynamicFeeTx{
		ChainID: w.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: 21000, To: &to,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.client.SendTransaction(w.ctx, tx); err != nil {
		t.Fatal(err)
	}
	// The pool takes transactions in asynchronously; the test is about one it holds.
	for {
		pending, err := w.client.PendingNonceAt(w.ctx, w.addr(1))
		if err != nil {
			t.Fatal(err)
		}
		if pending > nonce {
			break
		}
		time.Sleep(time.Millisecond)
	}

	_, err = o.Step(w.ctx)
	if err == nil || !strings.Contains(err.Error(), "1 transactions pending") || !strings.Contains(err.Error(), "speed them up") {
		t.Fatalf("Step() with a transaction pending error = %v, want one naming the pending transaction and the fix", err)
	}
	t.Logf("Step() error: %v", err)
	if pending, err := w.client.PendingNonceAt(w.ctx, w.addr(1)); err != nil || pending != nonce+1 {
		t.Errorf("pending nonce %d, %v after the refused commit; want %d: nothing more sent", pending, err, nonce+1)
	}

	// Once a block holds it, the same cycle goes through.
	w.sim.Commit()
	d, err := o.Step(w.ctx)
	if err != nil || d.Action != "committed" {
		t.Fatalf("Step() once the transaction is mined = %+v, %v; want committed", d, err)
	}
}
