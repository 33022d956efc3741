package reward

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

// loadMarket returns PredictionMarket's ABI and creation code from the committed bindings.
func loadMarket(t *testing.T) (*abi.ABI, []byte) {
	t.Helper()
	parsed, err := bindings.PredictionMarketMetaData.ParseABI()
	if err != nil {
		t.Fatalf("PredictionMarket ABI: %v", err)
	}
	return parsed, common.FromHex(bindings.PredictionMarketMetaData.Bin)
}

// abiSample and abiConfig are the contract's Sample and Config tuples as go-ethereum's ABI packer reads them.
type abiSample struct {
	Data  []int64
	Label uint64
}

type abiConfig struct {
	MinStake           *big.Int
	MinContributions   uint32
	MinDuration        uint32
	FirstRevealWindow  uint32
	RevealWindow       uint32
	RewardWindow       uint32
	MaxPieceSamples    uint16
	MaxSampleLength    uint16
	ModelGasLimit      uint32
	MaxContributions   uint32
	GroupByContributor bool
	AllowGreaterStake  bool
}

func toABI(samples []commitment.Sample) []abiSample {
	out := make([]abiSample, len(samples))
	for i, s := range samples {
		out[i] = abiSample(s)
	}
	return out
}

// scenario is one market: who contributes what, and how the market is configured.
type scenario struct {
	name          string
	grouped       bool
	greater       bool
	pieces        int
	pieceSamples  int
	contributions int
	honest        int // accounts with correct labels
	malicious     int // accounts that flip every label
	minStake      int64
	bounty        *big.Int
	seed          uint64
}

// the ground truth: a fixed linear rule over 16 features that the model can learn.
const numFeatures = 16

var teacher = [numFeatures]int64{3, -2, 5, -4, 1, -1, 2, -3, 4, -5, 2, -2, 1, 3, -4, 1}

func drawSample(r *rand.Rand) commitment.Sample {
	n := 3 + r.IntN(4)
	// The sparse perceptron takes strictly increasing indices; unsorted ones would make every call fail.
	idx := r.Perm(numFeatures)[:n]
	slices.Sort(idx)
	var sum int64
	data := make([]int64, n)
	for i, f := range idx {
		data[i] = int64(f)
		sum += teacher[f]
	}
	var label uint64
	if sum > 0 {
		label = 1
	}
	return commitment.Sample{Data: data, Label: label}
}

// world is one scenario's data and accounts, shared by the chain run and the Go run.
type world struct {
	sc       scenario
	pieces   [][]commitment.Sample
	initial  *model.Model
	provider *ecdsa.PrivateKey
	accounts []*ecdsa.PrivateKey
	// per contribution: the account index and the stake
	who    []int
	stakes []*big.Int
	sample []commitment.Sample
}

func newWorld(sc scenario) *world {
	r := rand.New(rand.NewPCG(sc.seed, 7))
	w := &world{sc: sc}
	for range sc.pieces {
		p := make([]commitment.Sample, sc.pieceSamples)
		for j := range p {
			p[j] = drawSample(r)
		}
		// A test sample the model cannot predict counts as wrong, on chain and in Go.
		p[0].Data = append(p[0].Data, numFeatures)
		w.pieces = append(w.pieces, p)
	}
	w.initial = &model.Model{
		Kind: model.SparsePerceptron, Classes: []string{"neg", "pos"}, NumFeatures: numFeatures, MaxFeatures: 8,
		Weights: make([]int64, numFeatures), Intercept: 0, LearningRate: model.One,
	}
	key := func(i int) *ecdsa.PrivateKey {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("market differential %d", i))))
		if err != nil {
			panic(err)
		}
		return k
	}
	w.provider = key(0)
	for i := range sc.honest + sc.malicious {
		w.accounts = append(w.accounts, key(i+1))
	}
	for range sc.contributions {
		a := r.IntN(len(w.accounts))
		s := drawSample(r)
		if a >= sc.honest {
			s.Label = 1 - s.Label
			if len(w.sample)%5 == 0 {
				// An index the model refuses: the update reverts on chain (UpdateFailed) and errs in Go.
				s.Data = append(s.Data, numFeatures+3)
			}
		}
		stake := big.NewInt(sc.minStake)
		if sc.greater {
			stake.Mul(stake, big.NewInt(1+r.Int64N(3)))
			stake.Add(stake, big.NewInt(r.Int64N(1000)))
		}
		w.who = append(w.who, a)
		w.stakes = append(w.stakes, stake)
		w.sample = append(w.sample, s)
	}
	return w
}

func (w *world) config() Config {
	return Config{MinStake: big.NewInt(w.sc.minStake), GroupByContributor: w.sc.grouped, AllowGreaterStake: w.sc.greater}
}

// chainResult is what the chain reported: events and the claims' amounts.
type chainResult struct {
	revealIndex  int
	accuracies   []uint32
	updateFailed []bool
	totalRounds  *big.Int
	iterations   []Iteration
	dropped      map[string]*big.Int // "who/id" -> balance
	owedTotal    *big.Int
	refund       *big.Int
	claimed      map[common.Address]*big.Int
	balances     map[common.Address]*big.Int // accountOf(0, who).balance before claims
	bodies       []*big.Int                  // per contribution, the body's balance (not grouped)
	bodyDropped  []bool
	marketLeft   *big.Int
}

type evm struct {
	t      *testing.T
	ctx    context.Context
	sim    *simulated.Backend
	client simulated.Client
	abi    *abi.ABI
	market common.Address
	chain  *big.Int
}

func (e *evm) tx(key *ecdsa.PrivateKey) *chain.Transactor {
	return chain.NewTransactor(e.client, bind.NewKeyedTransactor(key, e.chain), chain.WithMiner(func() { e.sim.Commit() }))
}

func (e *evm) pack(method string, args ...any) []byte {
	e.t.Helper()
	data, err := e.abi.Pack(method, args...)
	if err != nil {
		e.t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

func (e *evm) send(key *ecdsa.PrivateKey, value *big.Int, method string, args ...any) *types.Receipt {
	e.t.Helper()
	r, err := e.tx(key).Transact(e.ctx, e.market, e.pack(method, args...), value)
	if err != nil {
		e.t.Fatalf("%s: %v", method, err)
	}
	return r
}

func (e *evm) call(method string, args ...any) []any {
	e.t.Helper()
	out, err := e.tx(e.anyKey()).Call(e.ctx, e.market, e.pack(method, args...))
	if err != nil {
		e.t.Fatalf("call %s: %v", method, err)
	}
	vals, err := e.abi.Unpack(method, out)
	if err != nil {
		e.t.Fatalf("unpack %s: %v", method, err)
	}
	return vals
}

func (e *evm) anyKey() *ecdsa.PrivateKey {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("market differential 0")))
	return k
}

// events returns r's logs of event name, unpacked (non-indexed fields) with the indexed topics.
func (e *evm) events(r *types.Receipt, name string) [][]any {
	ev := e.abi.Events[name]
	var out [][]any
	for _, l := range r.Logs {
		if l.Address != e.market || len(l.Topics) == 0 || l.Topics[0] != ev.ID {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			e.t.Fatalf("unpack %s: %v", name, err)
		}
		for _, topic := range l.Topics[1:] {
			vals = append(vals, topic)
		}
		out = append(out, vals)
	}
	return out
}

// runEVM runs w's market on an in-process chain, start to finish.
func runEVM(t *testing.T, ctx context.Context, w *world) *chainResult {
	marketABI, code := loadMarket(t)
	alloc := types.GenesisAlloc{}
	rich := new(big.Int).Lsh(big.NewInt(1), 100)
	addrOf := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	alloc[addrOf(w.provider)] = types.Account{Balance: rich}
	for _, k := range w.accounts {
		alloc[addrOf(k)] = types.Account{Balance: rich}
	}
	sim := chain.NewSimulated(alloc, 30_000_000)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	e := &evm{t: t, ctx: ctx, sim: sim, client: client, abi: marketABI, chain: chainID}
	if e.market, _, err = e.tx(w.provider).Deploy(ctx, code, nil); err != nil {
		t.Fatalf("deploy market: %v", err)
	}
	updater := e.call("updaterFor", addrOf(w.provider))[0].(common.Address)

	// The model, built for the run's updater; initialise deploys the updater, which seals it.
	words, err := w.initial.Words()
	if err != nil {
		t.Fatalf("model words: %v", err)
	}
	m := w.initial
	sp := bindings.NewSparsePerceptron()
	modelAddr, _, err := e.tx(w.provider).Deploy(ctx, common.FromHex(bindings.SparsePerceptronMetaData.Bin),
		sp.PackConstructor(updater, m.Classes, m.NumFeatures, m.MaxFeatures, m.Intercept, m.LearningRate, m.DecayUpdates, m.Updates, words))
	if err != nil {
		t.Fatalf("deploy model: %v", err)
	}

	hashes := make([]common.Hash, len(w.pieces))
	for i, p := range w.pieces {
		hashes[i] = commitment.PieceHash(p)
	}
	tree, err := commitment.NewTree(hashes)
	if err != nil {
		t.Fatal(err)
	}
	cfg := abiConfig{
		MinStake: big.NewInt(w.sc.minStake), MinContributions: uint32(len(w.sample)), MinDuration: 1 << 20,
		FirstRevealWindow: 7200, RevealWindow: 7200, RewardWindow: 86400, MaxPieceSamples: uint16(w.sc.pieceSamples),
		MaxSampleLength: 8, ModelGasLimit: 200_000, MaxContributions: uint32(len(w.sample)),
		GroupByContributor: w.sc.grouped, AllowGreaterStake: w.sc.greater,
	}
	e.send(w.provider, w.sc.bounty, "initialise", modelAddr, tree.Root(), big.NewInt(int64(len(w.pieces))), cfg)
	for range 6 { // past the draw block
		sim.Commit()
	}
	res := &chainResult{dropped: map[string]*big.Int{}, claimed: map[common.Address]*big.Int{}, balances: map[common.Address]*big.Int{}}
	drawn := e.events(e.send(w.provider, nil, "draw"), "RevealIndexDrawn")
	if len(drawn) != 1 {
		t.Fatalf("draw: %d RevealIndexDrawn events", len(drawn))
	}
	res.revealIndex = int(drawn[0][0].(*big.Int).Int64())
	proof, err := tree.Proof(res.revealIndex)
	if err != nil {
		t.Fatal(err)
	}
	e.send(w.provider, nil, "revealFirstPiece", toABI(w.pieces[res.revealIndex]), proof)

	for i, s := range w.sample {
		e.send(w.accounts[w.who[i]], w.stakes[i], "contribute", s.Data, s.Label)
	}
	e.send(w.provider, nil, "endMarket")

	var rest [][]abiSample
	var proofs [][][32]byte
	var evalPieces [][]abiSample
	for i, p := range w.pieces {
		if i == res.revealIndex {
			continue
		}
		pr, err := tree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		rest = append(rest, toABI(p))
		proofs = append(proofs, pr)
		evalPieces = append(evalPieces, toABI(p))
	}
	started := e.events(e.send(w.provider, nil, "revealPieces", rest, proofs), "RewardStarted")
	if len(started) != 1 {
		t.Fatalf("revealPieces: %d RewardStarted events", len(started))
	}
	res.totalRounds = started[0][1].(*big.Int)

	// The walk, sent by a contributor (anyone may): a few contributions per call, every piece each time.
	const perWalk = 5
	res.accuracies = make([]uint32, len(w.sample)+1)
	res.updateFailed = make([]bool, len(w.sample))
	walker := w.accounts[0]
	for next := 0; next < len(w.sample); {
		end := min(next+perWalk, len(w.sample))
		r := e.send(walker, nil, "walk", big.NewInt(0), evalPieces, toABI(w.sample[next:end]))
		for _, ev := range e.events(r, "Evaluated") {
			res.accuracies[ev[0].(*big.Int).Int64()] = uint32(ev[1].(*big.Int).Uint64())
		}
		for _, ev := range e.events(r, "UpdateFailed") {
			res.updateFailed[ev[0].(*big.Int).Int64()-1] = true
		}
		// Without grouping the walk's last call also decides the first iteration's rounds.
		for _, ev := range e.events(r, "RoundsDecided") {
			res.iterations = append(res.iterations, Iteration{Rounds: ev[1].(*big.Int), Final: ev[2].(bool)})
		}
		next = end
	}
	// The rounds, in small settle calls so that passes span several transactions.
	for done := false; !done; {
		r := e.send(walker, nil, "settle", big.NewInt(7))
		for _, ev := range e.events(r, "RoundsDecided") {
			res.iterations = append(res.iterations, Iteration{Rounds: ev[1].(*big.Int), Final: ev[2].(bool)})
		}
		for _, ev := range e.events(r, "Dropped") {
			who := common.BytesToAddress(ev[3].(common.Hash).Bytes())
			res.dropped[fmt.Sprintf("%s/%d", who, ev[0].(*big.Int))] = ev[1].(*big.Int)
		}
		if fin := e.events(r, "RewardsFinal"); len(fin) == 1 {
			res.owedTotal, res.refund = fin[0][0].(*big.Int), fin[0][1].(*big.Int)
			done = true
		}
	}
	// State before the claims.
	for _, k := range append([]*ecdsa.PrivateKey{w.provider}, w.accounts...) {
		acc := e.call("accountOf", big.NewInt(0), addrOf(k))[0]
		res.balances[addrOf(k)] = fieldBig(t, acc, "Balance")
	}
	if !w.sc.grouped {
		mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
		for id := range w.sample {
			c := e.call("contributionOf", big.NewInt(0), big.NewInt(int64(id+1)))[0]
			body := new(big.Int).SetBytes(fieldBytes32(t, c, "Body"))
			res.bodies = append(res.bodies, new(big.Int).And(body, mask))
			res.bodyDropped = append(res.bodyDropped, body.Bit(128) == 1)
		}
	}
	// Claims: every address that may claim, then the sweep, which closes the run with nothing left.
	for _, k := range append([]*ecdsa.PrivateKey{w.provider}, w.accounts...) {
		who := addrOf(k)
		amount := e.call("claimable", who)[0].(*big.Int)
		if amount.Sign() == 0 {
			continue
		}
		for _, ev := range e.events(e.send(k, nil, "claim", who), "Claimed") {
			res.claimed[who] = ev[1].(*big.Int)
		}
	}
	closed := e.events(e.send(walker, nil, "sweep"), "Closed")
	if len(closed) != 1 || closed[0][0].(*big.Int).Sign() != 0 {
		t.Errorf("sweep after all claims: Closed events %v, want one crediting 0", closed)
	}
	if res.marketLeft, err = client.BalanceAt(ctx, e.market, nil); err != nil {
		t.Fatalf("market balance: %v", err)
	}
	return res
}

// fieldBig and fieldBytes32 read a field of an ABI-decoded tuple (an anonymous struct).
func fieldBig(t *testing.T, tuple any, name string) *big.Int {
	t.Helper()
	v, ok := field(tuple, name).(*big.Int)
	if !ok {
		t.Fatalf("field %s of %T is not a *big.Int", name, tuple)
	}
	return v
}

func fieldBytes32(t *testing.T, tuple any, name string) []byte {
	t.Helper()
	v, ok := field(tuple, name).([32]byte)
	if !ok {
		t.Fatalf("field %s of %T is not bytes32", name, tuple)
	}
	return v[:]
}

func TestDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("runs whole markets on an in-process chain")
	}
	bounty := new(big.Int).Add(new(big.Int).Exp(big.NewInt(10), big.NewInt(15), nil), big.NewInt(12_345))
	tests := []scenario{
		{name: "per contribution, equal stakes", pieces: 10, pieceSamples: 12, contributions: 60, honest: 12, malicious: 6, minStake: 1_000_000_000, bounty: bounty, seed: 1},
		{name: "per contribution, greater stakes", greater: true, pieces: 10, pieceSamples: 12, contributions: 60, honest: 12, malicious: 6, minStake: 1_000_000_000, bounty: bounty, seed: 2},
		{name: "grouped, greater stakes", grouped: true, greater: true, pieces: 10, pieceSamples: 12, contributions: 60, honest: 12, malicious: 6, minStake: 1_000_000_000, bounty: bounty, seed: 3},
		// A minimum stake below the evaluation set's size, where the drop rule b < -score matters.
		{name: "grouped, small stakes", grouped: true, pieces: 10, pieceSamples: 12, contributions: 55, honest: 8, malicious: 8, minStake: 50, bounty: big.NewInt(1_000_003), seed: 4},
		{name: "per contribution, small stakes", pieces: 10, pieceSamples: 12, contributions: 55, honest: 8, malicious: 8, minStake: 50, bounty: big.NewInt(1_000_003), seed: 5},
	}
	for _, sc := range tests {
		t.Run(sc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			w := newWorld(sc)
			start := time.Now()
			got := runEVM(t, ctx, w)
			evmTime := time.Since(start)

			mk := &Market{
				Provider: crypto.PubkeyToAddress(w.provider.PublicKey), Bounty: sc.bounty, Model: w.initial,
				Eval: EvalSet(w.pieces, got.revealIndex), Config: w.config(),
			}
			for i, s := range w.sample {
				mk.Contributions = append(mk.Contributions, Contribution{
					Contributor: crypto.PubkeyToAddress(w.accounts[w.who[i]].PublicKey), Stake: w.stakes[i], Sample: s,
				})
			}
			want, err := mk.Settle(ctx)
			if err != nil {
				t.Fatalf("settle in Go: %v", err)
			}
			var failed, dropped int
			for _, f := range want.UpdateFailed {
				if f {
					failed++
				}
			}
			for _, u := range append(want.Contributions, want.Contributors...) {
				if u.Dropped {
					dropped++
				}
			}
			if failed == 0 || dropped == 0 {
				t.Errorf("the scenario exercises too little: %d failed updates, %d drops", failed, dropped)
			}
			t.Logf("%d failed updates, %d drops; EVM %v; %d eval samples, %d contributions, %d iterations, acc %d -> %d", failed, dropped, evmTime.Round(time.Millisecond),
				len(mk.Eval), len(mk.Contributions), len(want.Iterations), want.Accuracies[0], want.Accuracies[len(want.Accuracies)-1])
			compare(t, mk, want, got)
		})
	}
}

func compare(t *testing.T, mk *Market, want *Result, got *chainResult) {
	t.Helper()
	if fmt.Sprint(got.accuracies) != fmt.Sprint(want.Accuracies) {
		t.Errorf("accuracies:\nEVM %v\nGo  %v", got.accuracies, want.Accuracies)
	}
	if fmt.Sprint(got.updateFailed) != fmt.Sprint(want.UpdateFailed) {
		t.Errorf("failed updates: EVM %v, Go %v", got.updateFailed, want.UpdateFailed)
	}
	if got.totalRounds.Cmp(want.TotalRounds) != 0 {
		t.Errorf("total rounds: EVM %s, Go %s", got.totalRounds, want.TotalRounds)
	}
	if fmt.Sprint(got.iterations) != fmt.Sprint(want.Iterations) {
		t.Errorf("iterations:\nEVM %v\nGo  %v", got.iterations, want.Iterations)
	}
	// Drops: the same units, in the same iteration's Apply, with the same balance.
	wantDropped := map[string]*big.Int{}
	for i, u := range want.Contributions {
		if u.Dropped {
			wantDropped[fmt.Sprintf("%s/%d", u.Contributor, i+1)] = u.Balance
		}
	}
	for _, u := range want.Contributors {
		if u.Dropped {
			wantDropped[fmt.Sprintf("%s/0", u.Contributor)] = u.Balance
		}
	}
	if fmt.Sprint(got.dropped) != fmt.Sprint(wantDropped) {
		t.Errorf("dropped:\nEVM %v\nGo  %v", got.dropped, wantDropped)
	}
	// A contribution's stored balance is its final one once dropped; the final iteration credits its
	// contributor's account without writing it back, so only dropped ones are compared here.
	for i, u := range want.Contributions {
		if got.bodyDropped[i] != u.Dropped || (u.Dropped && got.bodies[i].Cmp(u.Balance) != 0) {
			t.Errorf("contribution %d: EVM balance %s dropped %v, Go %s %v", i+1, got.bodies[i], got.bodyDropped[i], u.Balance, u.Dropped)
		}
	}
	if got.owedTotal.Cmp(want.OwedTotal) != 0 || got.refund.Cmp(want.ProviderRefund) != 0 {
		t.Errorf("RewardsFinal: EVM owed %s refund %s, Go %s %s", got.owedTotal, got.refund, want.OwedTotal, want.ProviderRefund)
	}
	for who, b := range got.balances {
		w, ok := want.Owed[who]
		if !ok {
			w = new(big.Int)
		}
		if b.Cmp(w) != 0 {
			t.Errorf("balance of %s: EVM %s, Go %s", who, b, w)
		}
	}
	// Payouts to the wei: every claim, and the pool paid out in full.
	pool := new(big.Int).Set(mk.Bounty)
	for _, c := range mk.Contributions {
		pool.Add(pool, c.Stake)
	}
	paid, goPaid := new(big.Int), new(big.Int)
	for who, w := range want.Payouts {
		goPaid.Add(goPaid, w)
		g, ok := got.claimed[who]
		if !ok {
			g = new(big.Int)
		}
		if g.Cmp(w) != 0 {
			t.Errorf("payout to %s: EVM %s, Go %s", who, g, w)
		}
	}
	for who, g := range got.claimed {
		paid.Add(paid, g)
		if _, ok := want.Payouts[who]; !ok {
			t.Errorf("payout to %s: EVM %s, Go none", who, g)
		}
	}
	if paid.Cmp(pool) != 0 || goPaid.Cmp(pool) != 0 {
		t.Errorf("total paid: EVM %s, Go %s, pool %s", paid, goPaid, pool)
	}
	if got.marketLeft.Sign() != 0 {
		t.Errorf("market keeps %s wei after every claim", got.marketLeft)
	}
}

func field(tuple any, name string) any {
	v := reflect.ValueOf(tuple)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName(name)
	if !f.IsValid() {
		return nil
	}
	return f.Interface()
}
