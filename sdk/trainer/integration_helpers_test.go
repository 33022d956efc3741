package trainer_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Helpers for the integration tests: a simulated Osaka chain with named, funded accounts, time travel,
// balance accounting per transaction, revert assertions, contribution bookkeeping and sample planning.

// The accounts every integration chain funds, by role.
const (
	// owner deploys the stack and owns both contracts.
	owner = iota
	// alice and bob add good data and get it validated, so they may report.
	alice
	bob
	// carol adds data the model disagrees with.
	carol
	// dave never adds data: he has no good contributions.
	dave
	numAccounts
)

var accountNames = [numAccounts]string{"owner", "alice", "bob", "carol", "dave"}

// itModelsDir is where the model files live, relative to this package.
var itModelsDir = filepath.Join("..", "..", "testdata", "models")

// itDRT is the binding both trainers' shared functions are packed and unpacked with.
var itDRT = bindings.NewDepositRefundTake()

// testChain is a simulated Osaka chain whose accounts are the roles above, each funded with 1000 ether. Its
// checking methods take the (sub)test they report to.
type testChain struct {
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    [numAccounts]*ecdsa.PrivateKey
	addrs   [numAccounts]common.Address
}

// newTestChain starts a chain that is closed when t ends.
func newTestChain(t *testing.T) *testChain {
	t.Helper()
	c := &testChain{ctx: context.Background()}
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	for i := range c.keys {
		c.keys[i] = fixedKey(t, byte(i+1))
		c.addrs[i] = crypto.PubkeyToAddress(c.keys[i].PublicKey)
		alloc[c.addrs[i]] = types.Account{Balance: funds}
	}
	c.sim = chain.NewSimulated(alloc, 0)
	t.Cleanup(func() { c.sim.Close() })
	c.client = c.sim.Client()
	id, err := c.client.ChainID(c.ctx)
	if err != nil {
		t.Fatalf("ChainID() error = %v", err)
	}
	c.chainID = id
	return c
}

// fixedKey is a well-known key: these accounts live only on a throwaway chain.
func fixedKey(t *testing.T, n byte) *ecdsa.PrivateKey {
	t.Helper()
	seed := make([]byte, 32)
	seed[0], seed[31] = 0x5a, n
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		t.Fatalf("crypto.ToECDSA(%x) error = %v", seed, err)
	}
	return key
}

// opts returns fresh signing options for account i.
func (c *testChain) opts(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[i], c.chainID)
}

// tx returns a transactor for account i that mines a block after each transaction.
func (c *testChain) tx(i int) *chain.Transactor {
	return trainer.NewTransactor(c.client, c.opts(i), chain.WithMiner(func() { c.sim.Commit() }))
}

// head returns the latest block's header.
func (c *testChain) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	return h
}

// blockTime returns the time of the block r was mined in.
func (c *testChain) blockTime(t *testing.T, r *types.Receipt) uint64 {
	t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, r.BlockNumber)
	if err != nil {
		t.Fatalf("HeaderByNumber(%v) error = %v", r.BlockNumber, err)
	}
	return h.Time
}

// advanceTo mines an empty block at time ts (when the chain is behind it), so that every later transaction
// runs at a block time after ts.
func (c *testChain) advanceTo(t *testing.T, ts uint64) {
	t.Helper()
	// AdjustTime needs an empty pending block, but the pool forgets a just-mined transaction only when it
	// catches up with the new head, in the background. Commit waits for the pool, then mines the (empty)
	// pending block, after which nothing is pending.
	for attempt := 1; ; attempt++ {
		c.sim.Commit()
		now := c.head(t).Time
		if now >= ts {
			return
		}
		err := c.sim.AdjustTime(time.Duration(ts-now) * time.Second)
		if err == nil {
			break
		}
		if attempt == 3 {
			t.Fatalf("AdjustTime(%ds) error = %v", ts-now, err)
		}
	}
	if got := c.head(t).Time; got != ts {
		t.Fatalf("after AdjustTime the head's time is %d, want %d", got, ts)
	}
}

// balance returns addr's balance at the latest block.
func (c *testChain) balance(t *testing.T, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.client.BalanceAt(c.ctx, addr, nil)
	if err != nil {
		t.Fatalf("BalanceAt(%s) error = %v", addr, err)
	}
	return b
}

// balanceChange is how much addr's balance changed in the block r was mined in. Every transactor here mines
// one transaction a block, so that is what r's transaction did to it.
func (c *testChain) balanceChange(t *testing.T, addr common.Address, r *types.Receipt) *big.Int {
	t.Helper()
	after, err := c.client.BalanceAt(c.ctx, addr, r.BlockNumber)
	if err != nil {
		t.Fatalf("BalanceAt(%s, %v) error = %v", addr, r.BlockNumber, err)
	}
	before, err := c.client.BalanceAt(c.ctx, addr, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatalf("BalanceAt(%s, %v) error = %v", addr, r.BlockNumber, err)
	}
	return new(big.Int).Sub(after, before)
}

// wantBalanceChange checks that the sender of r, account i, gained want wei in r's block after paying r's gas.
func (c *testChain) wantBalanceChange(t *testing.T, what string, i int, r *types.Receipt, want *big.Int) {
	t.Helper()
	got := c.balanceChange(t, c.addrs[i], r)
	wantNet := new(big.Int).Sub(want, gasCost(r))
	if got.Cmp(wantNet) != 0 {
		t.Errorf("%s: %s's balance changed by %v wei, want %v (%v received minus %v gas)", what, accountNames[i], got, wantNet, want, gasCost(r))
	}
}

// nonce returns account i's nonce at the latest block.
func (c *testChain) nonce(t *testing.T, i int) uint64 {
	t.Helper()
	n, err := c.client.NonceAt(c.ctx, c.addrs[i], nil)
	if err != nil {
		t.Fatalf("NonceAt(%s) error = %v", accountNames[i], err)
	}
	return n
}

// deployRuntime deploys a contract whose runtime code is runtime, from account i, and checks the code landed.
func (c *testChain) deployRuntime(t *testing.T, i int, runtime []byte) common.Address {
	t.Helper()
	if len(runtime) > 0xff {
		t.Fatalf("runtime of %d bytes does not fit the one-byte init code", len(runtime))
	}
	// PUSH1 len, DUP1, PUSH1 9, PUSH0, CODECOPY (mem[0:len] = code[9:9+len]), PUSH0, RETURN (mem[0:len]).
	init := append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x09, 0x5f, 0x39, 0x5f, 0xf3}, runtime...)
	addr, _, err := c.tx(i).Deploy(c.ctx, init, nil)
	if err != nil {
		t.Fatalf("deploy runtime %x: %v", runtime, err)
	}
	code, err := c.client.CodeAt(c.ctx, addr, nil)
	if err != nil {
		t.Fatalf("CodeAt(%s) error = %v", addr, err)
	}
	if !slices.Equal(code, runtime) {
		t.Fatalf("code at %s is %x, want %x", addr, code, runtime)
	}
	return addr
}

// rejecterRuntime reverts on every call, so the contract refuses any ether sent to it: PUSH0 PUSH0 REVERT.
var rejecterRuntime = []byte{0x5f, 0x5f, 0xfd}

// forwarderRuntime returns the code of a contract that refuses plain ether (a call without calldata reverts)
// but forwards any call with calldata, and the ether sent with it, to target, returning or reverting with
// target's answer. It stands for a contract account that uses a trainer but cannot be paid.
func forwarderRuntime(target common.Address) []byte {
	code := []byte{
		0x36, 0x15, 0x60, 51, 0x57, // CALLDATASIZE ISZERO PUSH1 fail JUMPI
		0x36, 0x5f, 0x5f, 0x37, // CALLDATACOPY(0, 0, CALLDATASIZE)
		0x5f, 0x5f, 0x36, 0x5f, 0x34, 0x73, // retSize 0, retOffset 0, argsSize, argsOffset 0, CALLVALUE, PUSH20
	}
	code = append(code, target.Bytes()...)
	code = append(code,
		0x5a, 0xf1, // GAS CALL
		0x3d, 0x5f, 0x5f, 0x3e, // RETURNDATACOPY(0, 0, RETURNDATASIZE)
		0x60, 47, 0x57, // PUSH1 ok JUMPI
		0x3d, 0x5f, 0xfd, // REVERT(0, RETURNDATASIZE)
		0x5b, 0x3d, 0x5f, 0xf3, // ok: JUMPDEST RETURN(0, RETURNDATASIZE)
		0x5b, 0x5f, 0x5f, 0xfd, // fail: JUMPDEST REVERT(0, 0)
	)
	return code
}

// gasCost is what r's sender paid for gas.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// u256 is n as the *big.Int a uint256 revert argument decodes to.
func u256(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// wantRevert fails the test unless err carries the decoded revert name(args...), with the arguments in
// declaration order: *big.Int for uint256, and the Go type the ABI decodes to for the others (uint64, uint32,
// int64, [32]byte, common.Address).
func wantRevert(t *testing.T, err error, name string, args ...any) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want revert %s", name)
	}
	rev, ok := chain.AsRevert(err)
	if !ok {
		t.Fatalf("error %q carries no decoded revert, want %s", err, name)
	}
	if rev.Name != name {
		t.Fatalf("revert %s, want %s (error: %v)", rev.Name, name, err)
	}
	if len(rev.Args) != len(args) {
		t.Fatalf("revert %s has %d arguments, want %d (error: %v)", name, len(rev.Args), len(args), err)
	}
	for i, want := range args {
		if got := rev.Args[i].Value; !sameValue(got, want) {
			t.Errorf("revert %s argument %s = %v (%T), want %v (%T)", name, rev.Args[i].Name, got, got, want, want)
		}
	}
}

func sameValue(got, want any) bool {
	if w, ok := want.(*big.Int); ok {
		g, ok := got.(*big.Int)
		return ok && g.Cmp(w) == 0
	}
	return reflect.DeepEqual(got, want)
}

// contributionKey is the trainer's key for a contribution (checked against Trainer.contributionKey in
// TestContributions).
func contributionKey(data []int64, label, addedTime uint64, author common.Address) [32]byte {
	return trainer.ContributionKey(data, label, addedTime, author)
}

// call runs packed calldata against the trainer s and unpacks the answer with unpack.
func call[T any](t *testing.T, c *testChain, s *trainer.Stack, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := c.tx(owner).Call(c.ctx, s.Trainer, data)
	if err != nil {
		t.Fatalf("call trainer %x: %v", data[:4], err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("unpack answer to %x: %v", data[:4], err)
	}
	return v
}

// contribution reads the trainer's record of key.
func contribution(t *testing.T, c *testChain, s *trainer.Stack, key [32]byte) bindings.TrainerContribution {
	t.Helper()
	return call(t, c, s, itDRT.PackContribution(key), itDRT.UnpackContribution)
}

// wantCleared fails the test unless the trainer's record of key is all zero (id 0): a refund settles a
// contribution and clears its record.
func wantCleared(t *testing.T, c *testChain, s *trainer.Stack, key [32]byte) {
	t.Helper()
	rec := contribution(t, c, s, key)
	if rec.Id.Sign() != 0 || rec.Deposit.Sign() != 0 || rec.Claimable.Sign() != 0 || rec.NumClaims != 0 {
		t.Errorf("contribution(%x) = %+v, want the cleared record (all zero)", key, rec)
	}
}

// hasReported reads whether account i has reported contribution key for a share of its deposit.
func hasReported(t *testing.T, c *testChain, s *trainer.Stack, key [32]byte, i int) bool {
	t.Helper()
	return call(t, c, s, itDRT.PackHasReported(key, c.addrs[i]), itDRT.UnpackHasReported)
}

// numGood reads how many of account i's contributions were validated.
func numGood(t *testing.T, c *testChain, s *trainer.Stack, i int) uint64 {
	t.Helper()
	return call(t, c, s, itDRT.PackNumGood(c.addrs[i]), itDRT.UnpackNumGood).Uint64()
}

// sample is a sample with the label it is added with.
type sample struct {
	data  []int64
	label uint64
}

// added is a contribution on chain: who added which sample when, for what deposit.
type added struct {
	sample
	author  int
	time    uint64
	deposit *big.Int
}

func (a added) key(c *testChain) [32]byte {
	return contributionKey(a.data, a.label, a.time, c.addrs[a.author])
}

// addData adds smp from account i, sending value, and checks the AddData event against it: sender, label,
// time (the block's), deposit and the packed sample. It returns the contribution.
func addData(t *testing.T, c *testChain, s *trainer.Stack, i int, smp sample, value *big.Int) (added, *types.Receipt) {
	t.Helper()
	r, err := s.AddData(c.ctx, c.tx(i), smp.data, smp.label, value)
	if err != nil {
		t.Fatalf("%s adds %v labelled %d: %v", accountNames[i], smp.data, smp.label, err)
	}
	ev := addDataEvent(t, s, r)
	if ev.Sender != c.addrs[i] {
		t.Errorf("AddData sender = %s, want %s (%s)", ev.Sender, c.addrs[i], accountNames[i])
	}
	if ev.Label != smp.label {
		t.Errorf("AddData label = %d, want %d", ev.Label, smp.label)
	}
	if bt := c.blockTime(t, r); !ev.Time.IsUint64() || ev.Time.Uint64() != bt {
		t.Errorf("AddData time = %v, want the block's time %d", ev.Time, bt)
	}
	got, err := trainer.UnpackSample(ev.Data)
	if err != nil {
		t.Fatalf("UnpackSample(%x) error = %v", ev.Data, err)
	}
	if !slices.Equal(got, smp.data) {
		t.Errorf("AddData sample = %v, want %v", got, smp.data)
	}
	addedTime, err := s.AddedTime(r)
	if err != nil {
		t.Fatalf("AddedTime() error = %v", err)
	}
	if addedTime != ev.Time.Uint64() {
		t.Errorf("AddedTime() = %d, want the event's %v", addedTime, ev.Time)
	}
	return added{sample: smp, author: i, time: addedTime, deposit: ev.Deposit}, r
}

// addDataEvent decodes the one AddData event of r, which the trainer s emitted.
func addDataEvent(t *testing.T, s *trainer.Stack, r *types.Receipt) *bindings.DepositRefundTakeAddData {
	t.Helper()
	var found *bindings.DepositRefundTakeAddData
	for _, l := range r.Logs {
		if ev, err := itDRT.UnpackAddDataEvent(l); err == nil {
			if l.Address != s.Trainer {
				t.Errorf("AddData event from %s, want the trainer %s", l.Address, s.Trainer)
			}
			if found != nil {
				t.Fatalf("transaction %s emitted AddData twice", r.TxHash)
			}
			found = ev
		}
	}
	if found == nil {
		t.Fatalf("transaction %s emitted no AddData event", r.TxHash)
	}
	return found
}

// reportEvent decodes the one Report event of r.
func reportEvent(t *testing.T, r *types.Receipt) *bindings.DepositRefundTakeReport {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := itDRT.UnpackReportEvent(l); err == nil {
			return ev
		}
	}
	t.Fatalf("transaction %s emitted no Report event", r.TxHash)
	return nil
}

// refundEvent decodes the one Refund event of r.
func refundEvent(t *testing.T, r *types.Receipt) *bindings.DepositRefundTakeRefund {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := itDRT.UnpackRefundEvent(l); err == nil {
			return ev
		}
	}
	t.Fatalf("transaction %s emitted no Refund event", r.TxHash)
	return nil
}

// loadModel reads a model file from testdata/models.
func loadModel(t *testing.T, file string) *model.Model {
	t.Helper()
	m, err := model.Load(filepath.Join(itModelsDir, file))
	if err != nil {
		t.Fatalf("model.Load(%s) error = %v", file, err)
	}
	return m
}

// randomSample draws an input m accepts: NumFeatures values in [0, 1] for dense models, 5 to 20 strictly
// increasing indices for sparse ones.
func randomSample(rng *rand.Rand, m *model.Model) []int64 {
	switch m.Kind {
	case model.DensePerceptron, model.DenseNearestCentroid:
		out := make([]int64, m.NumFeatures)
		for i := range out {
			out[i] = rng.Int64N(model.One + 1)
		}
		return out
	}
	n := min(5+rng.IntN(16), int(m.NumFeatures))
	set := make(map[int64]bool, n)
	for len(set) < n {
		set[rng.Int64N(int64(m.NumFeatures))] = true
	}
	out := make([]int64, 0, n)
	for f := range set {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// planSamples picks one sample and label per entry of good such that, once all are added in order (each
// teaching the model), the model agrees with the label of exactly the good ones. A good sample is labelled as
// the model predicts it when it is added; a bad one with another class. The search runs on a copy of m with
// model.Update, the Go port of the contracts' arithmetic.
func planSamples(t *testing.T, m *model.Model, good []bool, seed uint64) []sample {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	sim := m.Clone()
	var plan []sample
	for i, wantAgree := range good {
		found := false
		for range 5000 {
			data := randomSample(rng, sim)
			pred, err := sim.Predict(data)
			if err != nil {
				t.Fatalf("plan sample %d: Predict(%v) error = %v", i, data, err)
			}
			label := pred
			if !wantAgree {
				label = (pred + 1) % uint64(sim.NumClasses())
			}
			next := sim.Clone()
			if err := next.Update(data, label); err != nil {
				continue
			}
			candidate := append(slices.Clone(plan), sample{data, label})
			if agreesAsPlanned(next, candidate, good) {
				sim, plan, found = next, candidate, true
				break
			}
		}
		if !found {
			t.Fatalf("plan sample %d: no sample in 5000 draws keeps the model agreeing with exactly the good ones", i)
		}
	}
	return plan
}

func agreesAsPlanned(m *model.Model, plan []sample, good []bool) bool {
	for i, s := range plan {
		pred, err := m.Predict(s.data)
		if err != nil || (pred == s.label) != good[i] {
			return false
		}
	}
	return true
}

// wantPredictions checks that the chain's predictions through the trainer match mirror's for every sample.
func wantPredictions(t *testing.T, c *testChain, s *trainer.Stack, mirror *model.Model, samples []sample) {
	t.Helper()
	tr := c.tx(owner)
	for _, smp := range samples {
		want, err := mirror.Predict(smp.data)
		if err != nil {
			t.Fatalf("model.Predict(%v) error = %v", smp.data, err)
		}
		got, err := s.Predict(c.ctx, tr, smp.data)
		if err != nil {
			t.Fatalf("Predict(%v) error = %v", smp.data, err)
		}
		if got != want {
			t.Errorf("Predict(%v) = %d on chain, model.Predict says %d", smp.data, got, want)
		}
	}
}

// requiredDeposit is DepositRefundTake's deposit elapsed seconds after the last addition:
// costWeight * 3600 / isqrt(elapsed), isqrt(0) taken as 1.
func requiredDeposit(costWeight *big.Int, elapsed uint64) *big.Int {
	root := new(big.Int).Sqrt(u256(max(elapsed, 1)))
	d := new(big.Int).Mul(costWeight, big.NewInt(3600))
	return d.Quo(d, root)
}

// smallPerceptron is a sparse perceptron over 16 features whose answers are known: features 0-7 weigh +10 and
// vote class 1, features 8-15 weigh -10 and vote class 0. Its learning rate is one unit of fixed point, so a
// few updates never change a prediction.
func smallPerceptron(t *testing.T) *model.Model {
	t.Helper()
	m := &model.Model{
		Kind:         model.SparsePerceptron,
		Classes:      []string{"no", "yes"},
		NumFeatures:  16,
		MaxFeatures:  4,
		Weights:      make([]int64, 16),
		LearningRate: 1,
	}
	for f := range m.Weights {
		m.Weights[f] = 10 * model.One
		if f >= 8 {
			m.Weights[f] = -10 * model.One
		}
	}
	if err := m.Validate(); err != nil {
		t.Fatalf("smallPerceptron: Validate() error = %v", err)
	}
	return m
}

// deployStack deploys spec from the owner's account and checks what a deployment promises: the model is bound
// to and sealed by the trainer, which the owner owns and which carries the spec's metadata.
func deployStack(t *testing.T, c *testChain, spec trainer.Spec) *trainer.Stack {
	t.Helper()
	s, err := trainer.Deploy(c.ctx, c.tx(owner), spec)
	if err != nil {
		t.Fatalf("Deploy(%s, %s) error = %v", spec.Model.Kind, spec.Incentive.Mechanism, err)
	}
	if s.Kind != spec.Model.Kind || s.Mechanism != spec.Incentive.Mechanism {
		t.Errorf("Deploy() = stack of %s with %s, want %s with %s", s.Kind, s.Mechanism, spec.Model.Kind, spec.Incentive.Mechanism)
	}
	classifier := bindings.NewIClassifier()
	out, err := c.tx(owner).Call(c.ctx, s.Model, classifier.PackTrainer())
	if err != nil {
		t.Fatalf("model.trainer(): %v", err)
	}
	if bound, err := classifier.UnpackTrainer(out); err != nil || bound != s.Trainer {
		t.Errorf("model.trainer() = %s, %v; want the trainer %s", bound, err, s.Trainer)
	}
	sp := bindings.NewSparsePerceptron() // isSealed is Classifier's, the same in every model
	out, err = c.tx(owner).Call(c.ctx, s.Model, sp.PackIsSealed())
	if err != nil {
		t.Fatalf("model.isSealed(): %v", err)
	}
	if sealed, err := sp.UnpackIsSealed(out); err != nil || !sealed {
		t.Errorf("model.isSealed() = %v, %v; want true once the trainer is deployed", sealed, err)
	}
	if got := call(t, c, s, itDRT.PackModel(), itDRT.UnpackModel); got != s.Model {
		t.Errorf("trainer.model() = %s, want %s", got, s.Model)
	}
	if got := call(t, c, s, itDRT.PackOwner(), itDRT.UnpackOwner); got != c.addrs[owner] {
		t.Errorf("trainer.owner() = %s, want the deployer %s", got, c.addrs[owner])
	}
	if got := call(t, c, s, itDRT.PackName(), itDRT.UnpackName); got != spec.Name {
		t.Errorf("trainer.name() = %q, want %q", got, spec.Name)
	}
	if got := call(t, c, s, itDRT.PackDescription(), itDRT.UnpackDescription); got != spec.Description {
		t.Errorf("trainer.description() = %q, want %q", got, spec.Description)
	}
	if got := call(t, c, s, itDRT.PackEncoder(), itDRT.UnpackEncoder); got != spec.Encoder {
		t.Errorf("trainer.encoder() = %q, want %q", got, spec.Encoder)
	}
	return s
}

// errorContains fails unless err is an error whose text contains want.
func errorContains(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one containing %q", want)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q, want one containing %q", err, want)
	}
}
