package trainer_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Integration tests: every model kind under both incentive mechanisms on the simulated Osaka chain, driven
// through package trainer as a client would, with every custom error of the contracts reached from Go.

// The waits and cost weight of the Deposit-Refund-Take trainers here, in seconds and wei.
const (
	itRefundWait          = 60
	itOwnerClaimWait      = 120
	itAnyAddressClaimWait = 180
	itCostWeight          = 1_000_000_000_000
)

func drtIncentive() trainer.Incentive {
	return trainer.Incentive{
		Mechanism:           trainer.DepositRefundTake,
		RefundWait:          itRefundWait,
		OwnerClaimWait:      itOwnerClaimWait,
		AnyAddressClaimWait: itAnyAddressClaimWait,
		CostWeight:          big.NewInt(itCostWeight),
	}
}

func pointsIncentive() trainer.Incentive {
	return trainer.Incentive{Mechanism: trainer.Points, RefundWait: itRefundWait}
}

// lifecycleModels are the model files every mechanism is run with, one per model kind.
var lifecycleModels = map[string]string{
	"sparse-perceptron":       "imdb-sparse-perceptron.json",
	"naive-bayes":             "imdb-like-naive-bayes.json",
	"sparse-nearest-centroid": "imdb-like-sparse-ncc.json",
	"dense-perceptron":        "fitness-like-dense-perceptron.json",
	"dense-nearest-centroid":  "fitness-like-dense-ncc.json",
}

// TestIntegrationLifecycle deploys each model kind with each mechanism and runs contributions through their
// whole life. Alice (twice) and bob add data the model agrees with, carol three samples it disagrees with;
// after each addition the chain's predictions must match model.Predict on a Go copy taught with model.Update.
// After refundWait alice and bob get their data validated (and, with deposits, refunded) and report carol's
// first sample, with deposits each taking deposit * numGood / totalGood. With deposits the owner then takes
// carol's second after ownerClaimWait, and dave, who never added data, her third after anyAddressClaimWait.
// Every payment is checked against the AddData, Refund and Report events, the balances and the gas the
// receipts report.
func TestIntegrationLifecycle(t *testing.T) {
	for kind, file := range lifecycleModels {
		for _, in := range []trainer.Incentive{drtIncentive(), pointsIncentive()} {
			t.Run(kind+"/"+string(in.Mechanism), func(t *testing.T) {
				t.Parallel()
				testLifecycle(t, loadModel(t, file), in)
			})
		}
	}
}

func testLifecycle(t *testing.T, m *model.Model, in trainer.Incentive) {
	c := newTestChain(t)
	s := deployStack(t, c, trainer.Spec{
		Model:       m,
		Incentive:   in,
		Name:        "lifecycle " + string(m.Kind),
		Description: "integration test model",
		Encoder:     "none",
	})
	drt := in.Mechanism == trainer.DepositRefundTake
	if got := call(t, c, s, itDRT.PackRefundWait(), itDRT.UnpackRefundWait); got != in.RefundWait {
		t.Errorf("trainer.refundWait() = %d, want %d", got, in.RefundWait)
	}
	if drt {
		if got := call(t, c, s, itDRT.PackOwnerClaimWait(), itDRT.UnpackOwnerClaimWait); got != in.OwnerClaimWait {
			t.Errorf("trainer.ownerClaimWait() = %d, want %d", got, in.OwnerClaimWait)
		}
		if got := call(t, c, s, itDRT.PackAnyAddressClaimWait(), itDRT.UnpackAnyAddressClaimWait); got != in.AnyAddressClaimWait {
			t.Errorf("trainer.anyAddressClaimWait() = %d, want %d", got, in.AnyAddressClaimWait)
		}
		if got := call(t, c, s, itDRT.PackCostWeight(), itDRT.UnpackCostWeight); got.Cmp(in.CostWeight) != 0 {
			t.Errorf("trainer.costWeight() = %v, want %v", got, in.CostWeight)
		}
	}

	good := []bool{true, true, true, false, false, false}
	authors := []int{alice, alice, bob, carol, carol, carol}
	plan := planSamples(t, m, good, 1)
	mirror := m.Clone()
	wantPredictions(t, c, s, mirror, plan)

	// Add: each deposit is the one the elapsed time asks for, and whatever is sent above it comes back.
	lastAdd := c.blockTime(t, s.Receipts[len(s.Receipts)-1])
	if got := call(t, c, s, itDRT.PackLastAddTime(), itDRT.UnpackLastAddTime); got.Uint64() != lastAdd {
		t.Errorf("trainer.lastAddTime() = %v before any data, want the deployment's block time %d", got, lastAdd)
	}
	contribs := make([]added, len(plan))
	deposits := new(big.Int)
	for i, smp := range plan {
		cost, err := s.NextAddDataCost(c.ctx, c.tx(authors[i]))
		if err != nil {
			t.Fatalf("NextAddDataCost() error = %v", err)
		}
		wantCost := new(big.Int)
		if drt {
			wantCost = requiredDeposit(in.CostWeight, c.head(t).Time-lastAdd)
		}
		if cost.Cmp(wantCost) != 0 {
			t.Errorf("NextAddDataCost() = %v, want %v", cost, wantCost)
		}
		value := new(big.Int).Add(cost, big.NewInt(1e15))
		a, r := addData(t, c, s, authors[i], smp, value)
		wantDeposit := new(big.Int)
		if drt {
			wantDeposit = requiredDeposit(in.CostWeight, a.time-lastAdd)
			if wantDeposit.Sign() <= 0 {
				t.Fatalf("deposit formula gives %v: the test needs deposits", wantDeposit)
			}
		}
		if a.deposit.Cmp(wantDeposit) != 0 {
			t.Errorf("contribution %d: deposit %v, want %v (%d s after the last addition)", i, a.deposit, wantDeposit, a.time-lastAdd)
		}
		c.wantBalanceChange(t, "add data", authors[i], r, new(big.Int).Neg(wantDeposit))
		deposits.Add(deposits, a.deposit)
		lastAdd = a.time
		contribs[i] = a
		if err := mirror.Update(smp.data, smp.label); err != nil {
			t.Fatalf("model.Update(%v, %d) error = %v", smp.data, smp.label, err)
		}
		wantPredictions(t, c, s, mirror, plan)
		rec := contribution(t, c, s, a.key(c))
		if rec.Id.Uint64() != uint64(i+1) || rec.Deposit.Cmp(a.deposit) != 0 || rec.Claimable.Cmp(a.deposit) != 0 || rec.NumClaims != 0 {
			t.Errorf("contribution(%d) = %+v, want id %d, deposit and claimable %v, no claims", i, rec, i+1, a.deposit)
		}
	}
	if got := call(t, c, s, itDRT.PackNumContributions(), itDRT.UnpackNumContributions); got.Uint64() != uint64(len(plan)) {
		t.Errorf("numContributions() = %v, want %d", got, len(plan))
	}
	if got := c.balance(t, s.Trainer); got.Cmp(deposits) != 0 {
		t.Errorf("trainer balance %v after adding, want the deposits' sum %v", got, deposits)
	}

	// Refund (validate) the good contributions once refundWait has passed for every contribution.
	c.advanceTo(t, lastAdd+uint64(in.RefundWait))
	wantGood := map[int]uint64{}
	for _, g := range contribs[:3] {
		r, err := s.Refund(c.ctx, c.tx(g.author), g.data, g.label, g.time)
		if err != nil {
			t.Fatalf("%s refunds %v: %v", accountNames[g.author], g.data, err)
		}
		ev := refundEvent(t, r)
		if ev.Author != c.addrs[g.author] || ev.Key != g.key(c) || ev.Amount.Cmp(g.deposit) != 0 {
			t.Errorf("Refund event = {%s %x %v}, want {%s %x %v}", ev.Author, ev.Key, ev.Amount, c.addrs[g.author], g.key(c), g.deposit)
		}
		c.wantBalanceChange(t, "refund", g.author, r, g.deposit)
		// The refund settles the contribution and clears its record; the Refund event is its trace.
		wantCleared(t, c, s, g.key(c))
		wantGood[g.author]++
		if got := numGood(t, c, s, g.author); got != wantGood[g.author] {
			t.Errorf("numGood(%s) = %d, want %d", accountNames[g.author], got, wantGood[g.author])
		}
		if hasReported(t, c, s, g.key(c), g.author) {
			t.Errorf("hasReported(%s's own refunded contribution, %s) = true, want false", accountNames[g.author], accountNames[g.author])
		}
	}
	const totalGood = 3
	if got := call(t, c, s, itDRT.PackTotalGood(), itDRT.UnpackTotalGood); got.Uint64() != totalGood {
		t.Errorf("totalGood() = %v, want %d", got, totalGood)
	}
	if drt {
		settleDepositRefundTake(t, c, s, contribs[3:])
	} else {
		settlePoints(t, c, s, contribs[3:])
	}
}

// report has account i report a and checks the Report event and i's balance for amount.
func report(t *testing.T, c *testChain, s *trainer.Stack, i int, a added, amount *big.Int) {
	t.Helper()
	r, err := s.Report(c.ctx, c.tx(i), a.data, a.label, a.time, c.addrs[a.author])
	if err != nil {
		t.Fatalf("%s reports %s's %v: %v", accountNames[i], accountNames[a.author], a.data, err)
	}
	ev := reportEvent(t, r)
	if ev.Key != a.key(c) || ev.Reporter != c.addrs[i] || ev.Author != c.addrs[a.author] || ev.Amount.Cmp(amount) != 0 {
		t.Errorf("Report event = {%x %s %s %v}, want {%x %s %s %v}", ev.Key, ev.Reporter, ev.Author, ev.Amount, a.key(c), c.addrs[i], c.addrs[a.author], amount)
	}
	c.wantBalanceChange(t, "report", i, r, amount)
}

// settleDepositRefundTake settles carol's three bad contributions: alice and bob each report the first for
// deposit * numGood / totalGood (alice has two of the three good contributions, bob one), the owner takes
// the second after
// ownerClaimWait and dave the third after anyAddressClaimWait.
func settleDepositRefundTake(t *testing.T, c *testChain, s *trainer.Stack, bad []added) {
	b1, b2, b3 := bad[0], bad[1], bad[2]
	claimable := new(big.Int).Set(b1.deposit)
	for _, reporter := range []int{alice, bob} {
		good := map[int]int64{alice: 2, bob: 1}[reporter]
		share := new(big.Int).Mul(b1.deposit, big.NewInt(good))
		share.Quo(share, big.NewInt(3)) // deposit * numGood / totalGood
		if share.Sign() == 0 || share.Cmp(claimable) > 0 {
			share.Set(claimable)
		}
		if hasReported(t, c, s, b1.key(c), reporter) {
			t.Errorf("hasReported(b1, %s) = true before the report, want false", accountNames[reporter])
		}
		report(t, c, s, reporter, b1, share)
		claimable.Sub(claimable, share)
		if !hasReported(t, c, s, b1.key(c), reporter) {
			t.Errorf("hasReported(b1, %s) = false after the report, want true", accountNames[reporter])
		}
	}
	if hasReported(t, c, s, b1.key(c), carol) {
		t.Error("hasReported(b1, carol) = true, want false: carol is its author")
	}
	if rec := contribution(t, c, s, b1.key(c)); rec.Id.Uint64() != 4 || rec.Deposit.Cmp(b1.deposit) != 0 || rec.Claimable.Cmp(claimable) != 0 || rec.NumClaims != 2 {
		t.Errorf("after two reports, contribution = %+v, want id 4, deposit %v, claimable %v and two claims", rec, b1.deposit, claimable)
	}

	c.advanceTo(t, b2.time+itOwnerClaimWait)
	report(t, c, s, owner, b2, b2.deposit)
	c.advanceTo(t, b3.time+itAnyAddressClaimWait)
	report(t, c, s, dave, b3, b3.deposit)
	for i, take := range []struct {
		b     added
		taker int
	}{{b2, owner}, {b3, dave}} {
		// A take is a report too: it is counted, keeps the record, and is not recorded per reporter.
		if rec := contribution(t, c, s, take.b.key(c)); rec.Id.Uint64() != uint64(5+i) || rec.Claimable.Sign() != 0 || rec.NumClaims != 1 {
			t.Errorf("after the take, contribution = %+v, want id %d, nothing claimable and one claim", rec, 5+i)
		}
		if hasReported(t, c, s, take.b.key(c), take.taker) {
			t.Errorf("hasReported(%x, %s) = true after a take, want false", take.b.key(c), accountNames[take.taker])
		}
	}
	// All that stays in the trainer is what is still claimable.
	if got := c.balance(t, s.Trainer); got.Cmp(claimable) != 0 {
		t.Errorf("trainer balance %v after settling, want what is left to claim, %v", got, claimable)
	}
}

// settlePoints settles two of carol's contributions by reports from alice and bob: no money moves, each is
// recorded as claimed once.
func settlePoints(t *testing.T, c *testChain, s *trainer.Stack, bad []added) {
	report(t, c, s, alice, bad[0], new(big.Int))
	report(t, c, s, bob, bad[1], new(big.Int))
	for i, reporter := range []int{alice, bob} {
		b := bad[i]
		if rec := contribution(t, c, s, b.key(c)); rec.Id.Uint64() != uint64(4+i) || rec.NumClaims != 1 {
			t.Errorf("after the report, contribution = %+v, want id %d and one claim", rec, 4+i)
		}
		if !hasReported(t, c, s, b.key(c), reporter) {
			t.Errorf("hasReported(%s's report) = false, want true", accountNames[reporter])
		}
		if other := bob + alice - reporter; hasReported(t, c, s, b.key(c), other) {
			t.Errorf("hasReported(%s's report, %s) = true, want false", accountNames[reporter], accountNames[other])
		}
	}
	if rec := contribution(t, c, s, bad[2].key(c)); rec.NumClaims != 0 {
		t.Errorf("unreported contribution = %+v, want no claims", rec)
	}
	if got := c.balance(t, s.Trainer); got.Sign() != 0 {
		t.Errorf("Points trainer holds %v wei, want none", got)
	}
}

// TestIntegrationDeployInChunks deploys every model file with small chunks, so the model is filled over
// several transactions, and checks the progress reports, the receipts, the bound on sample length and that the
// chain predicts as model.Predict does.
func TestIntegrationDeployInChunks(t *testing.T) {
	for kind, file := range lifecycleModels {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			m := loadModel(t, file)
			c := newTestChain(t)
			const chunk = 97
			var progress [][2]int
			spec := trainer.Spec{
				Model:      m,
				Incentive:  pointsIncentive(),
				ChunkWords: chunk,
				Progress:   func(done, total int) { progress = append(progress, [2]int{done, total}) },
			}
			s := deployStack(t, c, spec)
			words := m.NumWords()
			var want [][2]int
			for done := min(chunk, words); ; done = min(done+chunk, words) {
				want = append(want, [2]int{done, words})
				if done == words {
					break
				}
			}
			if !slices.Equal(progress, want) {
				t.Errorf("progress reports %v, want %v", progress, want)
			}
			if got, wantReceipts := len(s.Receipts), len(want)+1; got != wantReceipts {
				t.Errorf("%d receipts, want %d: the model, %d more chunks, the trainer", got, wantReceipts, len(want)-1)
			}
			var gas uint64
			for _, r := range s.Receipts {
				gas += r.GasUsed
			}
			if s.GasUsed() != gas || gas == 0 {
				t.Errorf("GasUsed() = %d, want the receipts' sum %d", s.GasUsed(), gas)
			}
			sp := bindings.NewSparsePerceptron() // maxFeatures is Classifier's, the same in every model
			out, err := c.tx(owner).Call(c.ctx, s.Model, sp.PackMaxFeatures())
			if err != nil {
				t.Fatalf("maxFeatures(): %v", err)
			}
			wantMax := m.NumFeatures // dense models
			if m.Kind != model.DensePerceptron && m.Kind != model.DenseNearestCentroid {
				wantMax = min(m.NumFeatures, trainer.DefaultMaxFeatures)
			}
			if got, err := sp.UnpackMaxFeatures(out); err != nil || got != wantMax {
				t.Errorf("maxFeatures() = %d, %v; want %d", got, err, wantMax)
			}
			rng := rand.New(rand.NewPCG(7, 7))
			var samples []sample
			for range 10 {
				samples = append(samples, sample{data: randomSample(rng, m)})
			}
			wantPredictions(t, c, s, m, samples)
		})
	}
}

// TestIntegrationDeployNonceShift sends another transaction from the deploying account in the middle of a
// deployment (from the progress callback, after the model's creation). The model was built for a trainer at
// the address the deployment's own nonces give, so Deploy stops before its next transaction, naming the
// foreign one: nothing more is paid and nothing is sealed.
func TestIntegrationDeployNonceShift(t *testing.T) {
	c := newTestChain(t)
	start := c.nonce(t, owner)
	m := smallPerceptron(t)
	// The model takes ceil(words / 2) transactions (its creation, then one per further chunk of two words);
	// the trainer is meant to come right after them.
	modelTxs := (m.NumWords() + 1) / 2
	predicted := crypto.CreateAddress(c.addrs[owner], start+uint64(modelTxs))
	interfered := false
	spec := trainer.Spec{
		Model:      m,
		Incentive:  drtIncentive(),
		ChunkWords: 2,
		Progress: func(done, total int) {
			if interfered {
				return
			}
			interfered = true
			if _, err := c.tx(owner).Transact(c.ctx, c.addrs[bob], nil, big.NewInt(1)); err != nil {
				t.Errorf("interfering transfer: %v", err)
			}
		},
	}
	_, err := trainer.Deploy(c.ctx, c.tx(owner), spec)
	errorContains(t, err, "another transaction from")
	if got, want := c.nonce(t, owner), start+2; got != want {
		t.Errorf("nonce after the refused deployment = %d, want %d (the model and the interfering transfer only)", got, want)
	}
	if code, err := c.client.CodeAt(c.ctx, predicted, nil); err != nil || len(code) != 0 {
		t.Errorf("code at the predicted trainer address: %d bytes, %v; want none", len(code), err)
	}

	// From an account nothing else uses the same spec deploys.
	spec.Progress = nil
	deployStack(t, c, spec)
}

// TestIntegrationDeployRejectedInGo checks what Deploy refuses before sending anything.
func TestIntegrationDeployRejectedInGo(t *testing.T) {
	badRate := smallPerceptron(t)
	badRate.LearningRate = 0
	unknownKind := smallPerceptron(t)
	unknownKind.Kind = "support-vector-machine"
	tests := map[string]struct {
		spec    trainer.Spec
		wantErr error
		wantMsg string
	}{
		"no model":           {spec: trainer.Spec{Incentive: drtIncentive()}, wantMsg: "no model"},
		"invalid model":      {spec: trainer.Spec{Model: badRate, Incentive: drtIncentive()}, wantErr: model.ErrInvalidModel, wantMsg: "learning rate"},
		"unknown model kind": {spec: trainer.Spec{Model: unknownKind, Incentive: drtIncentive()}, wantErr: model.ErrInvalidModel, wantMsg: "unknown kind"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			c := newTestChain(t)
			_, err := trainer.Deploy(c.ctx, c.tx(owner), tt.spec)
			errorContains(t, err, tt.wantMsg)
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Deploy() error = %v, want one wrapping %v", err, tt.wantErr)
			}
			if n := c.nonce(t, owner); n != 0 {
				t.Errorf("owner's nonce is %d after the refused deployment, want 0: nothing may be sent", n)
			}
		})
	}
}

// TestIntegrationDeployUnknownMechanism checks that Deploy rejects an unknown mechanism before it sends
// anything: found later, the model (the dearest part of a deployment) would be paid for and left unsealed.
func TestIntegrationDeployUnknownMechanism(t *testing.T) {
	c := newTestChain(t)
	_, err := trainer.Deploy(c.ctx, c.tx(owner), trainer.Spec{Model: smallPerceptron(t), Incentive: trainer.Incentive{Mechanism: "auction"}})
	errorContains(t, err, "unknown incentive mechanism")
	if n := c.nonce(t, owner); n != 0 {
		t.Errorf("Deploy sent %d transaction(s) before rejecting the mechanism, want none", n)
	}
}

// TestIntegrationStackDecoding covers the stack's decoding helpers on their error paths, and checks the Go
// contribution key against the contract's.
func TestIntegrationStackDecoding(t *testing.T) {
	if _, err := trainer.UnpackSample(make([]byte, 7)); err == nil {
		t.Error("UnpackSample(7 bytes) error = nil, want an error: entries are 8 bytes")
	}
	if got, err := trainer.UnpackSample(nil); err != nil || len(got) != 0 {
		t.Errorf("UnpackSample(nil) = %v, %v; want an empty sample", got, err)
	}
	packed := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0, 0, 0, 0, 0, 0, 0x01, 0x00}
	if got, err := trainer.UnpackSample(packed); err != nil || !slices.Equal(got, []int64{-2, 256}) {
		t.Errorf("UnpackSample(%x) = %v, %v; want [-2 256]", packed, got, err)
	}

	c := newTestChain(t)
	s := deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: pointsIncentive()})
	a, _ := addData(t, c, s, alice, sample{data: []int64{0, 9}, label: 1}, nil)
	c.advanceTo(t, a.time+itRefundWait)
	r, err := s.Refund(c.ctx, c.tx(alice), a.data, a.label, a.time)
	if err != nil {
		t.Fatalf("Refund() error = %v", err)
	}
	if _, err := s.AddedTime(r); err == nil {
		t.Error("AddedTime(refund receipt) error = nil, want an error: it has no AddData event")
	}

	for _, data := range [][]int64{{}, {0}, {-1, 5, math.MaxInt64, math.MinInt64}} {
		for _, label := range []uint64{0, math.MaxUint64} {
			const when = 1_700_000_000
			got := call(t, c, s, itDRT.PackContributionKey(data, label, u256(when), c.addrs[carol]), itDRT.UnpackContributionKey)
			if want := contributionKey(data, label, when, c.addrs[carol]); got != want {
				t.Errorf("contributionKey(%v, %d) = %x on chain, %x in Go", data, label, got, want)
			}
		}
	}
}

// TestIntegrationOpen drives a deployment found by its addresses, as a client that did not deploy it would.
func TestIntegrationOpen(t *testing.T) {
	c := newTestChain(t)
	m := smallModels(t)[model.SparseNearestCentroid]
	deployed := deployStack(t, c, trainer.Spec{Model: m, Incentive: pointsIncentive()})
	s := trainer.Open(deployed.Trainer, deployed.Model, deployed.Kind, deployed.Mechanism)
	if s.Trainer != deployed.Trainer || s.Model != deployed.Model || s.Kind != m.Kind || s.Mechanism != trainer.Points || len(s.Receipts) != 0 {
		t.Errorf("Open() = %+v, want the deployment's addresses, kind and mechanism and no receipts", s)
	}
	mirror := m.Clone()
	smp := sample{data: []int64{2, 3, 9}, label: 2}
	addData(t, c, s, carol, smp, nil)
	if err := mirror.Update(smp.data, smp.label); err != nil {
		t.Fatalf("model.Update() error = %v", err)
	}
	wantPredictions(t, c, s, mirror, []sample{smp, {data: []int64{0, 1}}, {data: []int64{4, 5}}, {data: []int64{2, 3}}})
}

// TestIntegrationWithdrawFromRejectingContract adds and refunds data through a contract that refuses ether:
// the excess of its deposit and then its refund are kept for it in pendingWithdrawals. Withdrawing them to
// another contract that refuses ether fails with TransferFailed and keeps them; withdrawing to an account
// moves exactly that much, after which there is nothing left to withdraw.
func TestIntegrationWithdrawFromRejectingContract(t *testing.T) {
	c := newTestChain(t)
	s := deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: drtIncentive()})
	proxy := c.deployRuntime(t, alice, forwarderRuntime(s.Trainer))
	rejecter := c.deployRuntime(t, alice, rejecterRuntime)
	viaProxy := c.tx(alice)

	// The excess of the deposit cannot be returned: it is kept.
	cost, err := s.NextAddDataCost(c.ctx, viaProxy)
	if err != nil {
		t.Fatalf("NextAddDataCost() error = %v", err)
	}
	excess := big.NewInt(12345)
	smp := sample{data: []int64{1, 2}, label: 1}
	r, err := viaProxy.Transact(c.ctx, proxy, itDRT.PackAddData(smp.data, smp.label), new(big.Int).Add(cost, excess))
	if err != nil {
		t.Fatalf("add data through the contract: %v", err)
	}
	ev := addDataEvent(t, s, r)
	if ev.Sender != proxy {
		t.Errorf("AddData sender = %s, want the contract %s", ev.Sender, proxy)
	}
	pending := new(big.Int).Add(cost, excess)
	pending.Sub(pending, ev.Deposit)
	wantPendingEvent(t, r, proxy, pending)
	wantPending(t, c, s, proxy, pending)

	// The refund cannot be paid either: it is kept too.
	c.advanceTo(t, ev.Time.Uint64()+itRefundWait)
	r, err = viaProxy.Transact(c.ctx, proxy, itDRT.PackRefund(smp.data, smp.label, ev.Time), nil)
	if err != nil {
		t.Fatalf("refund through the contract: %v", err)
	}
	wantPendingEvent(t, r, proxy, ev.Deposit)
	pending.Add(pending, ev.Deposit)
	wantPending(t, c, s, proxy, pending)
	if got := c.balance(t, proxy); got.Sign() != 0 {
		t.Errorf("the rejecting contract holds %v wei, want none", got)
	}

	for name, to := range map[string]common.Address{"another rejecting contract": rejecter, "itself": proxy} {
		t.Run("withdraw to "+name, func(t *testing.T) {
			_, err := viaProxy.Transact(c.ctx, proxy, itDRT.PackWithdraw(to), nil)
			wantRevert(t, err, "TransferFailed", to, pending)
			wantPending(t, c, s, proxy, pending)
		})
	}

	payee := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	trainerBefore := c.balance(t, s.Trainer)
	r, err = viaProxy.Transact(c.ctx, proxy, itDRT.PackWithdraw(payee), nil)
	if err != nil {
		t.Fatalf("withdraw to an account: %v", err)
	}
	if got := c.balance(t, payee); got.Cmp(pending) != 0 {
		t.Errorf("payee's balance %v after the withdrawal, want %v", got, pending)
	}
	if got := new(big.Int).Sub(trainerBefore, c.balance(t, s.Trainer)); got.Cmp(pending) != 0 {
		t.Errorf("trainer paid out %v, want %v", got, pending)
	}
	var withdrawal *bindings.DepositRefundTakeWithdrawal
	for _, l := range r.Logs {
		if w, err := itDRT.UnpackWithdrawalEvent(l); err == nil {
			withdrawal = w
		}
	}
	if withdrawal == nil || withdrawal.Account != proxy || withdrawal.To != payee || withdrawal.Amount.Cmp(pending) != 0 {
		t.Errorf("Withdrawal event = %+v, want {%s %s %v}", withdrawal, proxy, payee, pending)
	}
	wantPending(t, c, s, proxy, new(big.Int))
	_, err = viaProxy.Transact(c.ctx, proxy, itDRT.PackWithdraw(payee), nil)
	wantRevert(t, err, "NothingToWithdraw", proxy)

	// The same account's withdrawal through Stack.Withdraw, from an account with nothing pending.
	_, err = s.Withdraw(c.ctx, c.tx(alice), c.addrs[alice])
	wantRevert(t, err, "NothingToWithdraw", c.addrs[alice])
}

func wantPending(t *testing.T, c *testChain, s *trainer.Stack, account common.Address, want *big.Int) {
	t.Helper()
	got, err := s.PendingWithdrawal(c.ctx, c.tx(owner), account)
	if err != nil {
		t.Fatalf("PendingWithdrawal(%s) error = %v", account, err)
	}
	if got.Cmp(want) != 0 {
		t.Errorf("PendingWithdrawal(%s) = %v, want %v", account, got, want)
	}
}

func wantPendingEvent(t *testing.T, r *types.Receipt, account common.Address, amount *big.Int) {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := itDRT.UnpackWithdrawalPendingEvent(l); err == nil {
			if ev.Account != account || ev.Amount.Cmp(amount) != 0 {
				t.Errorf("WithdrawalPending event = {%s %v}, want {%s %v}", ev.Account, ev.Amount, account, amount)
			}
			return
		}
	}
	t.Errorf("transaction %s emitted no WithdrawalPending event, want one for %v wei", r.TxHash, amount)
}

// The small perceptron's samples: features 0-7 say class 1 and 8-15 class 0.
var (
	goodA = sample{data: []int64{0}, label: 1}
	goodB = sample{data: []int64{1}, label: 1}
	bad1  = sample{data: []int64{2}, label: 0}
	bad2  = sample{data: []int64{3}, label: 0}
	bad3  = sample{data: []int64{4}, label: 0}
)

// TestRevertDepositRefundTake walks a Deposit-Refund-Take trainer through every way its calls revert, in the
// order time allows.
func TestRevertDepositRefundTake(t *testing.T) {
	c := newTestChain(t)
	s := deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: drtIncentive()})
	add := func(i int, smp sample) added {
		t.Helper()
		cost, err := s.NextAddDataCost(c.ctx, c.tx(i))
		if err != nil {
			t.Fatalf("NextAddDataCost() error = %v", err)
		}
		a, _ := addData(t, c, s, i, smp, cost)
		return a
	}
	refund := func(i int, a added, at uint64) error {
		_, err := s.Refund(c.ctx, c.tx(i), a.data, a.label, at)
		return err
	}
	rep := func(i int, a added) error {
		_, err := s.Report(c.ctx, c.tx(i), a.data, a.label, a.time, c.addrs[a.author])
		return err
	}

	t.Run("DepositTooLow", func(t *testing.T) {
		// 100 s after the deployment the deposit is costWeight * 3600 / 10, and it stays so for the pending
		// block the transactor estimates against (isqrt is 10 up to 120 s).
		c.advanceTo(t, c.blockTime(t, s.Receipts[len(s.Receipts)-1])+100)
		cost, err := s.NextAddDataCost(c.ctx, c.tx(alice))
		if err != nil {
			t.Fatalf("NextAddDataCost() error = %v", err)
		}
		if want := requiredDeposit(big.NewInt(itCostWeight), 100); cost.Cmp(want) != 0 {
			t.Fatalf("NextAddDataCost() = %v 100 s after deployment, want %v", cost, want)
		}
		for _, sent := range []*big.Int{nil, new(big.Int).Sub(cost, big.NewInt(1))} {
			_, err := s.AddData(c.ctx, c.tx(alice), goodA.data, goodA.label, sent)
			if sent == nil {
				sent = new(big.Int)
			}
			wantRevert(t, err, "DepositTooLow", cost, sent)
		}
	})
	gA, gB := add(alice, goodA), add(bob, goodB)
	b1, b2, b3 := add(carol, bad1), add(carol, bad2), add(carol, bad3)

	t.Run("TooEarly/refund", func(t *testing.T) {
		wantRevert(t, refund(alice, gA, gA.time), "TooEarly", gA.key(c), u256(gA.time+itRefundWait))
	})
	t.Run("TooEarly/report", func(t *testing.T) {
		wantRevert(t, rep(dave, b1), "TooEarly", b1.key(c), u256(b1.time+itRefundWait))
	})
	t.Run("CannotReportOwnContribution", func(t *testing.T) {
		wantRevert(t, rep(carol, b1), "CannotReportOwnContribution", b1.key(c))
	})
	t.Run("UnknownContribution/refund", func(t *testing.T) {
		wrongTime := gA.time + 1
		wantRevert(t, refund(alice, gA, wrongTime), "UnknownContribution", contributionKey(gA.data, gA.label, wrongTime, c.addrs[alice]))
	})
	t.Run("UnknownContribution/report", func(t *testing.T) {
		// The right sample and time, the wrong author.
		_, err := s.Report(c.ctx, c.tx(alice), b1.data, b1.label, b1.time, c.addrs[bob])
		wantRevert(t, err, "UnknownContribution", contributionKey(b1.data, b1.label, b1.time, c.addrs[bob]))
	})
	t.Run("NothingToWithdraw", func(t *testing.T) {
		_, err := s.Withdraw(c.ctx, c.tx(alice), c.addrs[alice])
		wantRevert(t, err, "NothingToWithdraw", c.addrs[alice])
	})

	t.Run("OwnableUnauthorizedAccount", func(t *testing.T) {
		_, err := c.tx(alice).Transact(c.ctx, s.Trainer, itDRT.PackTransferOwnership(c.addrs[alice]), nil)
		wantRevert(t, err, "OwnableUnauthorizedAccount", c.addrs[alice])
	})
	t.Run("OwnableInvalidOwner", func(t *testing.T) {
		_, err := c.tx(owner).Transact(c.ctx, s.Trainer, itDRT.PackTransferOwnership(common.Address{}), nil)
		wantRevert(t, err, "OwnableInvalidOwner", common.Address{})
	})

	c.advanceTo(t, b3.time+itRefundWait)
	t.Run("ModelDisagrees", func(t *testing.T) {
		wantRevert(t, refund(carol, b1, b1.time), "ModelDisagrees", b1.key(c))
	})
	t.Run("ModelAgrees", func(t *testing.T) {
		wantRevert(t, rep(alice, gB), "ModelAgrees", gB.key(c))
	})
	t.Run("NoGoodContributions", func(t *testing.T) {
		wantRevert(t, rep(dave, b1), "NoGoodContributions", c.addrs[dave])
		// Before ownerClaimWait the owner reports like anyone else.
		wantRevert(t, rep(owner, b2), "NoGoodContributions", c.addrs[owner])
	})
	t.Run("UnknownContribution/refund twice", func(t *testing.T) {
		if err := refund(alice, gA, gA.time); err != nil {
			t.Fatalf("first refund: %v", err)
		}
		// The first refund settled the contribution and cleared its record.
		wantCleared(t, c, s, gA.key(c))
		wantRevert(t, refund(alice, gA, gA.time), "UnknownContribution", gA.key(c))
	})
	if err := refund(bob, gB, gB.time); err != nil {
		t.Fatalf("bob's refund: %v", err)
	}
	t.Run("UnknownContribution/report after refund", func(t *testing.T) {
		// Bob has validated data now, and the key is right: only the cleared record stops him.
		wantRevert(t, rep(bob, gA), "UnknownContribution", gA.key(c))
		wantRevert(t, rep(alice, gB), "UnknownContribution", gB.key(c))
	})
	t.Run("AlreadyReported", func(t *testing.T) {
		if err := rep(alice, b1); err != nil {
			t.Fatalf("first report: %v", err)
		}
		wantRevert(t, rep(alice, b1), "AlreadyReported", b1.key(c), c.addrs[alice])
	})

	c.advanceTo(t, b2.time+itOwnerClaimWait)
	t.Run("NothingToClaim", func(t *testing.T) {
		if err := rep(owner, b2); err != nil {
			t.Fatalf("the owner's take: %v", err)
		}
		wantRevert(t, rep(bob, b2), "NothingToClaim", b2.key(c))
		wantRevert(t, refund(carol, b2, b2.time), "NothingToClaim", b2.key(c))
	})
	t.Run("before anyAddressClaimWait", func(t *testing.T) {
		wantRevert(t, rep(dave, b3), "NoGoodContributions", c.addrs[dave])
		wantRevert(t, rep(carol, b3), "CannotReportOwnContribution", b3.key(c))
	})
	c.advanceTo(t, b3.time+itAnyAddressClaimWait)
	if err := rep(dave, b3); err != nil {
		t.Fatalf("dave's take after anyAddressClaimWait: %v", err)
	}
	t.Run("NothingToClaim/after the take", func(t *testing.T) {
		wantRevert(t, rep(carol, b3), "NothingToClaim", b3.key(c))
	})
	t.Run("UnknownContribution/take after refund", func(t *testing.T) {
		// Past every wait, the owner's and anyone's takes of a refunded contribution find no record either.
		wantRevert(t, rep(owner, gA), "UnknownContribution", gA.key(c))
		wantRevert(t, rep(dave, gB), "UnknownContribution", gB.key(c))
		wantRevert(t, refund(bob, gB, gB.time), "UnknownContribution", gB.key(c))
	})
}

// TestRevertPoints walks a Points trainer through every way its calls revert.
func TestRevertPoints(t *testing.T) {
	c := newTestChain(t)
	s := deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: pointsIncentive()})
	if cost, err := s.NextAddDataCost(c.ctx, c.tx(alice)); err != nil || cost.Sign() != 0 {
		t.Fatalf("NextAddDataCost() = %v, %v; want 0 for Points", cost, err)
	}
	refund := func(i int, a added) error {
		_, err := s.Refund(c.ctx, c.tx(i), a.data, a.label, a.time)
		return err
	}
	rep := func(i int, a added) error {
		_, err := s.Report(c.ctx, c.tx(i), a.data, a.label, a.time, c.addrs[a.author])
		return err
	}
	gA, _ := addData(t, c, s, alice, goodA, nil)
	gB, _ := addData(t, c, s, bob, goodB, nil)
	b1, _ := addData(t, c, s, carol, bad1, nil)

	t.Run("TooEarly/refund", func(t *testing.T) {
		wantRevert(t, refund(alice, gA), "TooEarly", gA.key(c), u256(gA.time+itRefundWait))
	})
	t.Run("TooEarly/report", func(t *testing.T) {
		wantRevert(t, rep(alice, b1), "TooEarly", b1.key(c), u256(b1.time+itRefundWait))
	})
	t.Run("CannotReportOwnContribution", func(t *testing.T) {
		wantRevert(t, rep(carol, b1), "CannotReportOwnContribution", b1.key(c))
	})
	t.Run("UnknownContribution", func(t *testing.T) {
		wrong := gA
		wrong.label = 0
		wantRevert(t, refund(alice, wrong), "UnknownContribution", wrong.key(c))
	})

	c.advanceTo(t, b1.time+itRefundWait)
	t.Run("ModelDisagrees", func(t *testing.T) {
		wantRevert(t, refund(carol, b1), "ModelDisagrees", b1.key(c))
	})
	t.Run("ModelAgrees", func(t *testing.T) {
		wantRevert(t, rep(alice, gB), "ModelAgrees", gB.key(c))
	})
	t.Run("NoGoodContributions", func(t *testing.T) {
		wantRevert(t, rep(dave, b1), "NoGoodContributions", c.addrs[dave])
	})
	t.Run("UnknownContribution/refund twice", func(t *testing.T) {
		if err := refund(alice, gA); err != nil {
			t.Fatalf("first refund: %v", err)
		}
		wantCleared(t, c, s, gA.key(c))
		wantRevert(t, refund(alice, gA), "UnknownContribution", gA.key(c))
	})
	if err := refund(bob, gB); err != nil {
		t.Fatalf("bob's refund: %v", err)
	}
	t.Run("UnknownContribution/report after refund", func(t *testing.T) {
		// The cleared record answers before Points' own checks (it would otherwise be AlreadySettled).
		wantRevert(t, rep(bob, gA), "UnknownContribution", gA.key(c))
		wantRevert(t, rep(alice, gB), "UnknownContribution", gB.key(c))
	})
	t.Run("AlreadySettled", func(t *testing.T) {
		if err := rep(alice, b1); err != nil {
			t.Fatalf("first report: %v", err)
		}
		// Points settles a contribution once: the settled check comes before every other, so a second report
		// by the same reporter is AlreadySettled too (Trainer's AlreadyReported cannot fire under Points).
		wantRevert(t, rep(bob, b1), "AlreadySettled", b1.key(c))
		wantRevert(t, rep(alice, b1), "AlreadySettled", b1.key(c))
		wantRevert(t, rep(carol, b1), "AlreadySettled", b1.key(c))
		wantRevert(t, refund(carol, b1), "AlreadySettled", b1.key(c))
	})
	t.Run("NothingToWithdraw", func(t *testing.T) {
		_, err := s.Withdraw(c.ctx, c.tx(alice), c.addrs[bob])
		wantRevert(t, err, "NothingToWithdraw", c.addrs[alice])
	})
	if got := numGood(t, c, s, alice); got != 1 {
		t.Errorf("numGood(alice) = %d, want 1", got)
	}
}

// TestRevertDuplicateContribution sends the same sample twice from one account into one block: the two
// transactions share the block time, so the second has the first's key and reverts. Its revert reason is
// recovered by replaying it on top of that block, whose time is the same.
//
// Note that chain.Transactor, which replays a failed transaction on the parent block to recover its reason,
// cannot name this revert: it depends on a transaction earlier in the same block.
func TestRevertDuplicateContribution(t *testing.T) {
	for _, in := range []trainer.Incentive{drtIncentive(), pointsIncentive()} {
		t.Run(string(in.Mechanism), func(t *testing.T) {
			c := newTestChain(t)
			s := deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: in})
			// Enough for a deposit at any elapsed time, the same block included; the excess comes back.
			value := new(big.Int).Mul(costWeightOf(in), big.NewInt(3600))
			calldata := itDRT.PackAddData(goodA.data, goodA.label)
			nonce, err := c.client.PendingNonceAt(c.ctx, c.addrs[alice])
			if err != nil {
				t.Fatalf("PendingNonceAt() error = %v", err)
			}
			bound := bind.NewBoundContract(s.Trainer, itDRT.GetABI(), c.client, c.client, c.client)
			var txs []*types.Transaction
			for i := range 2 {
				opts := c.opts(alice)
				opts.Context, opts.Nonce, opts.GasLimit, opts.Value = c.ctx, u256(nonce+uint64(i)), 1_000_000, value
				tx, err := bound.RawTransact(opts, calldata)
				if err != nil {
					t.Fatalf("send transaction %d: %v", i, err)
				}
				txs = append(txs, tx)
			}
			// The pool takes transactions in asynchronously: seal the block only once it holds both.
			for {
				pending, err := c.client.PendingNonceAt(c.ctx, c.addrs[alice])
				if err != nil {
					t.Fatalf("PendingNonceAt() error = %v", err)
				}
				if pending >= nonce+2 {
					break
				}
				time.Sleep(time.Millisecond)
			}
			c.sim.Commit()
			var receipts []*types.Receipt
			for _, tx := range txs {
				// WaitMined polls: the receipt can be indexed a moment after the block is sealed.
				ctx, cancel := context.WithTimeout(c.ctx, 10*time.Second)
				r, err := bind.WaitMined(ctx, c.client, tx.Hash())
				cancel()
				if err != nil {
					t.Fatalf("WaitMined(%s) error = %v", tx.Hash(), err)
				}
				receipts = append(receipts, r)
			}
			if receipts[0].BlockNumber.Cmp(receipts[1].BlockNumber) != 0 {
				t.Fatalf("the transactions landed in blocks %v and %v, want one block", receipts[0].BlockNumber, receipts[1].BlockNumber)
			}
			if receipts[0].Status != types.ReceiptStatusSuccessful || receipts[1].Status != types.ReceiptStatusFailed {
				t.Fatalf("receipt statuses %d and %d, want the first to succeed and the second to fail", receipts[0].Status, receipts[1].Status)
			}
			first := addDataEvent(t, s, receipts[0])
			key := contributionKey(goodA.data, goodA.label, first.Time.Uint64(), c.addrs[alice])
			msg := ethereum.CallMsg{From: c.addrs[alice], To: &s.Trainer, Data: calldata, Value: value, Gas: 1_000_000}
			_, err = c.client.CallContract(c.ctx, msg, receipts[1].BlockNumber)
			wantRevert(t, trainer.Errors().Decode(err), "DuplicateContribution", key)
		})
	}
}

// costWeightOf is in's cost weight, zero where it has none (Points).
func costWeightOf(in trainer.Incentive) *big.Int {
	if in.CostWeight == nil {
		return new(big.Int)
	}
	return in.CostWeight
}

// TestRevertTrainerConstructor deploys trainers with arguments their constructors refuse.
func TestRevertTrainerConstructor(t *testing.T) {
	maxWeight := new(big.Int).Lsh(big.NewInt(1), 96)
	maxWeight.Sub(maxWeight, big.NewInt(1))
	maxWeight.Quo(maxWeight, big.NewInt(3600))
	tooHeavy := new(big.Int).Add(maxWeight, big.NewInt(1))
	withWaits := func(refund, ownerClaim, anyAddress uint32) trainer.Incentive {
		in := drtIncentive()
		in.RefundWait, in.OwnerClaimWait, in.AnyAddressClaimWait = refund, ownerClaim, anyAddress
		return in
	}
	withWeight := func(w *big.Int) trainer.Incentive {
		in := drtIncentive()
		in.CostWeight = w
		return in
	}

	tests := map[string]struct {
		in       trainer.Incentive
		goText   string
		wantName string
		wantArgs []any
	}{
		"refund wait above owner claim wait": {withWaits(121, 120, 180), "owner claim wait 120 s is outside 181..180 s", "OwnerClaimWaitOutOfRange", []any{big.NewInt(120), big.NewInt(181), big.NewInt(180)}},
		"owner claim wait above any-address": {withWaits(60, 181, 180), "owner claim wait 181 s is outside 120..180 s", "OwnerClaimWaitOutOfRange", []any{big.NewInt(181), big.NewInt(120), big.NewInt(180)}},
		"owner claims with the refund":       {withWaits(60, 60, 180), "owner claim wait 60 s is outside 120..180 s", "OwnerClaimWaitOutOfRange", []any{big.NewInt(60), big.NewInt(120), big.NewInt(180)}},
		"zero waits":                         {withWaits(0, 0, 0), "refund wait 0 s is outside 60..2592000 s", "RefundWaitOutOfRange", []any{big.NewInt(0), big.NewInt(60), big.NewInt(2592000)}},
		"refund wait too long":               {withWaits(2592001, 2592061, 2592061), "refund wait 2592001 s is outside 60..2592000 s", "RefundWaitOutOfRange", []any{big.NewInt(2592001), big.NewInt(60), big.NewInt(2592000)}},
		"any-address claim wait too long":    {withWaits(60, 120, 31536001), "any-address claim wait 31536001 s is above 31536000 s", "AnyAddressClaimWaitOutOfRange", []any{big.NewInt(31536001), big.NewInt(120), big.NewInt(31536000)}},
		"zero cost weight":                   {withWeight(new(big.Int)), "cost weight 0 wei is outside 1..", "CostWeightOutOfRange", []any{new(big.Int), big.NewInt(1), maxWeight}},
		"cost weight too large":              {withWeight(tooHeavy), "every deposit must be something and fit in 96 bits", "CostWeightOutOfRange", []any{tooHeavy, big.NewInt(1), maxWeight}},
	}
	for name, tt := range tests {
		// Through trainer.Deploy: refused in Go before anything is sent, so no model is paid for in vain.
		t.Run(name+"/Deploy", func(t *testing.T) {
			c := newTestChain(t)
			_, err := trainer.Deploy(c.ctx, c.tx(owner), trainer.Spec{Model: smallPerceptron(t), Incentive: tt.in})
			errorContains(t, err, tt.goText)
			if n := c.nonce(t, owner); n != 0 {
				t.Errorf("Deploy sent %d transaction(s) before refusing, want none", n)
			}
		})
		// Directly: the constructor refuses too, for a model built for it.
		t.Run(name+"/constructor", func(t *testing.T) {
			c := newTestChain(t)
			trainerAt := crypto.CreateAddress(c.addrs[owner], c.nonce(t, owner)+1)
			modelAddr := deployModel(t, c, smallPerceptron(t), trainerAt)
			args := itDRT.PackConstructor(modelAddr, "n", "d", "e", tt.in.RefundWait, tt.in.OwnerClaimWait, tt.in.AnyAddressClaimWait, costWeightOf(tt.in))
			_, _, err := c.tx(owner).Deploy(c.ctx, common.FromHex(bindings.DepositRefundTakeMetaData.Bin), args)
			wantRevert(t, err, tt.wantName, tt.wantArgs...)
		})
	}
	t.Run("largest cost weight and tightest waits deploy", func(t *testing.T) {
		c := newTestChain(t)
		in := withWeight(maxWeight)
		in.RefundWait, in.OwnerClaimWait, in.AnyAddressClaimWait = trainer.MinRefundWait, trainer.MinRefundWait+trainer.MinRefundWindow, trainer.MinRefundWait+trainer.MinRefundWindow
		deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: in})
	})
	t.Run("longest waits and least cost weight deploy", func(t *testing.T) {
		c := newTestChain(t)
		in := withWeight(big.NewInt(trainer.MinCostWeight))
		in.RefundWait, in.OwnerClaimWait, in.AnyAddressClaimWait = trainer.MaxRefundWait, trainer.MaxClaimWait, trainer.MaxClaimWait
		deployStack(t, c, trainer.Spec{Model: smallPerceptron(t), Incentive: in})
	})
	for name, wait := range map[string]uint32{"zero": 0, "too long": trainer.MaxRefundWait + 1} {
		t.Run("points/"+name+" refund wait", func(t *testing.T) {
			c := newTestChain(t)
			in := pointsIncentive()
			in.RefundWait = wait
			_, err := trainer.Deploy(c.ctx, c.tx(owner), trainer.Spec{Model: smallPerceptron(t), Incentive: in})
			errorContains(t, err, "Trainer.MIN_REFUND_WAIT..MAX_REFUND_WAIT")
			trainerAt := crypto.CreateAddress(c.addrs[owner], c.nonce(t, owner)+1)
			modelAddr := deployModel(t, c, smallPerceptron(t), trainerAt)
			_, _, err = c.tx(owner).Deploy(c.ctx, common.FromHex(bindings.PointsMetaData.Bin), bindings.NewPoints().PackConstructor(modelAddr, "n", "d", "e", wait))
			wantRevert(t, err, "RefundWaitOutOfRange", new(big.Int).SetUint64(uint64(wait)), big.NewInt(trainer.MinRefundWait), big.NewInt(trainer.MaxRefundWait))
		})
	}

	// Directly: a trainer for no model, and one for a model bound to another trainer.
	c := newTestChain(t)
	m := smallPerceptron(t)
	elsewhere := c.addrs[dave]
	bound := deployModel(t, c, m, elsewhere)
	trainers := map[string]func(model common.Address) ([]byte, []byte){
		"deposit-refund-take": func(model common.Address) ([]byte, []byte) {
			return common.FromHex(bindings.DepositRefundTakeMetaData.Bin),
				itDRT.PackConstructor(model, "n", "d", "e", 60, 120, 180, big.NewInt(1))
		},
		"points": func(model common.Address) ([]byte, []byte) {
			return common.FromHex(bindings.PointsMetaData.Bin), bindings.NewPoints().PackConstructor(model, "n", "d", "e", 60)
		},
	}
	for name, trainer := range trainers {
		t.Run(name+"/ZeroModel", func(t *testing.T) {
			code, args := trainer(common.Address{})
			_, _, err := c.tx(owner).Deploy(c.ctx, code, args)
			wantRevert(t, err, "ZeroModel")
		})
		t.Run(name+"/ModelBoundElsewhere", func(t *testing.T) {
			code, args := trainer(bound)
			at := crypto.CreateAddress(c.addrs[owner], c.nonce(t, owner))
			_, _, err := c.tx(owner).Deploy(c.ctx, code, args)
			wantRevert(t, err, "ModelBoundElsewhere", elsewhere, at)
		})
	}
}

// smallModels are one small model of each kind, built in Go.
func smallModels(t *testing.T) map[model.Kind]*model.Model {
	t.Helper()
	ms := []*model.Model{
		smallPerceptron(t),
		{
			Kind:         model.DensePerceptron,
			Classes:      []string{"walk", "run"},
			NumFeatures:  3,
			DenseWeights: []int64{model.One, -model.One, model.One / 2},
			Intercept:    -model.One / 10,
			LearningRate: model.One / 4,
		},
		{
			Kind:        model.NaiveBayes,
			Classes:     []string{"neg", "pos"},
			NumFeatures: 10,
			MaxFeatures: 6,
			Smoothing:   model.One,
			ClassCounts: []uint64{3, 5},
			Counts:      [][]uint32{{5, 1, 1, 1, 1, 0, 2, 3, 0, 1}, {1, 4, 4, 0, 2, 2, 0, 1, 1, 0}},
		},
		{
			Kind:        model.DenseNearestCentroid,
			Classes:     []string{"a", "b"},
			NumFeatures: 5,
			DataCounts:  []uint64{1, 2},
			Sums:        [][]int64{{model.One, 0, 0, 0, model.One / 2}, {0, 2 * model.One, model.One, 0, 0}},
		},
		{
			Kind:        model.SparseNearestCentroid,
			Classes:     []string{"x", "y", "z"},
			NumFeatures: 10,
			MaxFeatures: 5,
			DataCounts:  []uint64{1, 1, 2},
			Sums: [][]int64{
				{model.One, model.One, 0, 0, 0, 0, 0, 0, 0, 0},
				{0, 0, model.One, model.One, 0, 0, 0, 0, 0, 0},
				{0, 0, 0, 0, 2 * model.One, model.One, 0, 0, 0, 2 * model.One},
			},
		},
	}
	out := make(map[model.Kind]*model.Model, len(ms))
	for _, m := range ms {
		if err := m.Validate(); err != nil {
			t.Fatalf("small %s model: Validate() error = %v", m.Kind, err)
		}
		out[m.Kind] = m
	}
	return out
}

// modelCreation returns m's creation code and constructor arguments for a model bound to trainer, with its
// first words, and how to pack a set-words call.
func modelCreation(m *model.Model, trainer common.Address, maxFeatures uint64, first []*big.Int) ([]byte, []byte, func(*big.Int, []*big.Int) []byte) {
	switch m.Kind {
	case model.SparsePerceptron:
		b := bindings.NewSparsePerceptron()
		return common.FromHex(bindings.SparsePerceptronMetaData.Bin),
			b.PackConstructor(trainer, m.Classes, m.NumFeatures, maxFeatures, m.Intercept, m.LearningRate, m.DecayUpdates, m.Updates, first), b.PackSetWeightWords
	case model.DensePerceptron:
		b := bindings.NewDensePerceptron()
		return common.FromHex(bindings.DensePerceptronMetaData.Bin),
			b.PackConstructor(trainer, m.Classes, m.NumFeatures, big.NewInt(m.Intercept), m.LearningRate, m.DecayUpdates, m.Updates, first), b.PackSetWeightWords
	case model.NaiveBayes:
		b := bindings.NewNaiveBayes()
		return common.FromHex(bindings.NaiveBayesMetaData.Bin),
			b.PackConstructor(trainer, m.Classes, m.NumFeatures, maxFeatures, m.Smoothing, m.ClassCounts, first), b.PackSetCountWords
	case model.DenseNearestCentroid:
		b := bindings.NewDenseNearestCentroid()
		return common.FromHex(bindings.DenseNearestCentroidMetaData.Bin),
			b.PackConstructor(trainer, m.Classes, m.NumFeatures, m.DataCounts, first), b.PackSetSumWords
	case model.SparseNearestCentroid:
		b := bindings.NewSparseNearestCentroid()
		return common.FromHex(bindings.SparseNearestCentroidMetaData.Bin),
			b.PackConstructor(trainer, m.Classes, m.NumFeatures, maxFeatures, m.DataCounts, first), b.PackSetSumWords
	}
	panic("unknown model kind " + string(m.Kind))
}

// deployModel deploys m alone, from the owner, bound to trainer, with all its words in the constructor.
func deployModel(t *testing.T, c *testChain, m *model.Model, trainer common.Address) common.Address {
	t.Helper()
	words, err := m.Words()
	if err != nil {
		t.Fatalf("Words() error = %v", err)
	}
	code, args, _ := modelCreation(m, trainer, max(m.MaxFeatures, 1), words)
	addr, _, err := c.tx(owner).Deploy(c.ctx, code, args)
	if err != nil {
		t.Fatalf("deploy %s model: %v", m.Kind, err)
	}
	return addr
}

// TestRevertModelConstructor deploys models with arguments their constructors refuse.
func TestRevertModelConstructor(t *testing.T) {
	models := smallModels(t)
	trainer := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	type args struct {
		trainer     common.Address
		classes     []string
		numFeatures uint64
		maxFeatures uint64
		rate        int64
		smoothing   uint64
		counts      []uint64
		extraWords  int
	}
	// valid returns kind's small model's arguments, which deploy.
	valid := func(kind model.Kind) args {
		m := models[kind]
		counts := m.DataCounts
		if kind == model.NaiveBayes {
			counts = m.ClassCounts
		}
		return args{trainer, m.Classes, m.NumFeatures, max(m.MaxFeatures, 1), m.LearningRate, m.Smoothing, counts, 0}
	}
	with := func(kind model.Kind, change func(*args)) args {
		a := valid(kind)
		change(&a)
		return a
	}
	pack := func(kind model.Kind, a args) ([]byte, []byte) {
		m := models[kind].Clone()
		m.Classes, m.NumFeatures, m.LearningRate, m.Smoothing = a.classes, a.numFeatures, a.rate, a.smoothing
		if kind == model.NaiveBayes {
			m.ClassCounts = a.counts
		} else {
			m.DataCounts = a.counts
		}
		words, err := models[kind].Words()
		if err != nil {
			t.Fatalf("Words() error = %v", err)
		}
		for range a.extraWords {
			words = append(words, new(big.Int))
		}
		code, packed, _ := modelCreation(m, a.trainer, a.maxFeatures, words)
		return code, packed
	}
	pow2 := func(n uint) uint64 { return 1 << n }
	tests := map[string]struct {
		kind     model.Kind
		args     args
		wantName string
		wantArgs []any
	}{
		"sparse-perceptron/zero trainer":             {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.trainer = common.Address{} }), "ZeroTrainer", nil},
		"sparse-perceptron/no classes":               {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.classes = nil }), "NoClasses", nil},
		"sparse-perceptron/three classes":            {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.classes = []string{"a", "b", "c"} }), "TooManyClasses", []any{u256(3), u256(2)}},
		"sparse-perceptron/one class":                {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.classes = []string{"a"} }), "TooManyClasses", []any{u256(1), u256(2)}},
		"sparse-perceptron/zero features":            {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.numFeatures = 0 }), "ZeroFeatures", nil},
		"sparse-perceptron/zero max features":        {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.maxFeatures = 0 }), "ZeroFeatures", nil},
		"sparse-perceptron/2^63 features":            {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.numFeatures = pow2(63) }), "TooManyFeatureIndices", []any{u256(pow2(63)), u256(pow2(63) - 1)}},
		"sparse-perceptron/zero learning rate":       {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.rate = 0 }), "InvalidLearningRate", []any{int64(0)}},
		"sparse-perceptron/too many words":           {model.SparsePerceptron, with(model.SparsePerceptron, func(a *args) { a.extraWords = 1 }), "WordOutOfRange", []any{u256(4), u256(4)}},
		"dense-perceptron/zero trainer":              {model.DensePerceptron, with(model.DensePerceptron, func(a *args) { a.trainer = common.Address{} }), "ZeroTrainer", nil},
		"dense-perceptron/three classes":             {model.DensePerceptron, with(model.DensePerceptron, func(a *args) { a.classes = []string{"a", "b", "c"} }), "TooManyClasses", []any{u256(3), u256(2)}},
		"dense-perceptron/zero features":             {model.DensePerceptron, with(model.DensePerceptron, func(a *args) { a.numFeatures = 0 }), "ZeroFeatures", nil},
		"dense-perceptron/negative rate":             {model.DensePerceptron, with(model.DensePerceptron, func(a *args) { a.rate = -1 }), "InvalidLearningRate", []any{int64(-1)}},
		"dense-perceptron/too many words":            {model.DensePerceptron, with(model.DensePerceptron, func(a *args) { a.extraWords = 2 }), "WordOutOfRange", []any{u256(3), u256(2)}},
		"naive-bayes/no classes":                     {model.NaiveBayes, with(model.NaiveBayes, func(a *args) { a.classes = nil; a.counts = nil }), "NoClasses", nil},
		"naive-bayes/zero smoothing":                 {model.NaiveBayes, with(model.NaiveBayes, func(a *args) { a.smoothing = 0 }), "InvalidSmoothing", []any{uint64(0)}},
		"naive-bayes/smoothing above 2^40":           {model.NaiveBayes, with(model.NaiveBayes, func(a *args) { a.smoothing = pow2(40) + 1 }), "InvalidSmoothing", []any{pow2(40) + 1}},
		"naive-bayes/class counts mismatch":          {model.NaiveBayes, with(model.NaiveBayes, func(a *args) { a.counts = []uint64{3} }), "LengthMismatch", []any{u256(1), u256(2)}},
		"naive-bayes/too many feature kinds":         {model.NaiveBayes, with(model.NaiveBayes, func(a *args) { a.numFeatures = pow2(40) + 1 }), "TooManyFeatureKinds", []any{pow2(40) + 1, u256(pow2(40))}},
		"naive-bayes/too many words":                 {model.NaiveBayes, with(model.NaiveBayes, func(a *args) { a.extraWords = 1 }), "WordOutOfRange", []any{u256(3), u256(3)}},
		"dense-nearest-centroid/zero trainer":        {model.DenseNearestCentroid, with(model.DenseNearestCentroid, func(a *args) { a.trainer = common.Address{} }), "ZeroTrainer", nil},
		"dense-nearest-centroid/empty class":         {model.DenseNearestCentroid, with(model.DenseNearestCentroid, func(a *args) { a.counts = []uint64{1, 0} }), "EmptyClass", []any{u256(1)}},
		"dense-nearest-centroid/counts mismatch":     {model.DenseNearestCentroid, with(model.DenseNearestCentroid, func(a *args) { a.counts = []uint64{1, 2, 3} }), "LengthMismatch", []any{u256(3), u256(2)}},
		"dense-nearest-centroid/count too large":     {model.DenseNearestCentroid, with(model.DenseNearestCentroid, func(a *args) { a.counts = []uint64{pow2(40), 1} }), "CountTooLarge", []any{u256(0), u256(pow2(40))}},
		"dense-nearest-centroid/dimension too large": {model.DenseNearestCentroid, with(model.DenseNearestCentroid, func(a *args) { a.numFeatures = pow2(32) }), "DimensionTooLarge", []any{pow2(32), u256(pow2(32))}},
		"dense-nearest-centroid/too many words":      {model.DenseNearestCentroid, with(model.DenseNearestCentroid, func(a *args) { a.extraWords = 1 }), "WordOutOfRange", []any{u256(4), u256(4)}},
		"sparse-nearest-centroid/zero features":      {model.SparseNearestCentroid, with(model.SparseNearestCentroid, func(a *args) { a.numFeatures = 0 }), "ZeroFeatures", nil},
		"sparse-nearest-centroid/empty class":        {model.SparseNearestCentroid, with(model.SparseNearestCentroid, func(a *args) { a.counts = []uint64{0, 1, 1} }), "EmptyClass", []any{u256(0)}},
		"sparse-nearest-centroid/counts mismatch":    {model.SparseNearestCentroid, with(model.SparseNearestCentroid, func(a *args) { a.counts = []uint64{1, 1} }), "LengthMismatch", []any{u256(2), u256(3)}},
		"sparse-nearest-centroid/count too large":    {model.SparseNearestCentroid, with(model.SparseNearestCentroid, func(a *args) { a.counts = []uint64{1, pow2(40), 1} }), "CountTooLarge", []any{u256(1), u256(pow2(40))}},
		"sparse-nearest-centroid/too many words":     {model.SparseNearestCentroid, with(model.SparseNearestCentroid, func(a *args) { a.extraWords = 1 }), "WordOutOfRange", []any{u256(8), u256(8)}},
	}
	c := newTestChain(t)
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			code, packed := pack(tt.kind, tt.args)
			_, _, err := c.tx(owner).Deploy(c.ctx, code, packed)
			wantRevert(t, err, tt.wantName, tt.wantArgs...)
		})
	}
	for kind := range models {
		t.Run(string(kind)+"/valid arguments deploy", func(t *testing.T) {
			code, packed := pack(kind, valid(kind))
			if _, _, err := c.tx(owner).Deploy(c.ctx, code, packed); err != nil {
				t.Fatalf("deploy with the small model's own arguments: %v", err)
			}
		})
	}
}

// TestRevertModelAccess checks who may change a model: only the trainer updates it, only the owner fills it,
// and only before the trainer exists; words past the model's last are refused.
func TestRevertModelAccess(t *testing.T) {
	for kind, m := range smallModels(t) {
		t.Run(string(kind), func(t *testing.T) {
			c := newTestChain(t)
			s := deployStack(t, c, trainer.Spec{Model: m, Incentive: pointsIncentive()})
			words, err := m.Words()
			if err != nil {
				t.Fatalf("Words() error = %v", err)
			}
			_, _, setWords := modelCreation(m, s.Trainer, 1, nil)
			update := bindings.NewIClassifier().PackUpdate(make([]int64, 1), 0)

			t.Run("NotTrainer", func(t *testing.T) {
				for _, i := range []int{alice, owner} {
					_, err := c.tx(i).Transact(c.ctx, s.Model, update, nil)
					wantRevert(t, err, "NotTrainer", c.addrs[i])
				}
			})
			t.Run("NotOwner", func(t *testing.T) {
				_, err := c.tx(alice).Transact(c.ctx, s.Model, setWords(u256(0), words[:1]), nil)
				wantRevert(t, err, "NotOwner", c.addrs[alice])
			})
			t.Run("AlreadySealed", func(t *testing.T) {
				_, err := c.tx(owner).Transact(c.ctx, s.Model, setWords(u256(0), words[:1]), nil)
				wantRevert(t, err, "AlreadySealed", s.Trainer)
			})
			t.Run("WordOutOfRange", func(t *testing.T) {
				// A model whose trainer never comes stays open to its owner.
				open := deployModel(t, c, m, c.addrs[dave])
				n := uint64(len(words))
				if _, err := c.tx(owner).Transact(c.ctx, open, setWords(u256(n-1), words[n-1:]), nil); err != nil {
					t.Fatalf("set the last word of an open model: %v", err)
				}
				_, err := c.tx(owner).Transact(c.ctx, open, setWords(u256(n), words[:1]), nil)
				wantRevert(t, err, "WordOutOfRange", u256(n), u256(n))
				_, err = c.tx(owner).Transact(c.ctx, open, setWords(u256(n-1), words[:2]), nil)
				wantRevert(t, err, "WordOutOfRange", u256(n), u256(n))
			})
		})
	}
}

// modelInputCase is a sample a model refuses, through the trainer's addData and predict, with the error the
// Go model gives for it.
type modelInputCase struct {
	data     []int64
	label    uint64
	wantName string
	wantArgs []any
	goErr    error
	// updateOnly marks errors of the label, which predict never sees.
	updateOnly bool
}

// TestRevertModelInput sends every model kind samples it refuses, through the trainer's addData and predict,
// and checks that the Go model refuses them with the matching error.
func TestRevertModelInput(t *testing.T) {
	ms := smallModels(t)
	tooMany := func(n int) []int64 {
		out := make([]int64, n)
		for i := range out {
			out[i] = int64(i)
		}
		return out
	}
	sparse := func(m *model.Model) map[string]modelInputCase {
		nf, mf := m.NumFeatures, m.MaxFeatures
		return map[string]modelInputCase{
			"TooManyFeatures":                 {tooMany(int(mf) + 1), 0, "TooManyFeatures", []any{u256(mf + 1), u256(mf)}, model.ErrTooManyFeatures, false},
			"FeatureOutOfRange/past the last": {[]int64{1, int64(nf)}, 0, "FeatureOutOfRange", []any{int64(nf), u256(nf)}, model.ErrFeatureOutOfRange, false},
			"FeatureOutOfRange/negative":      {[]int64{2, -2}, 0, "FeatureOutOfRange", []any{int64(-2), u256(nf)}, model.ErrFeatureOutOfRange, false},
			"FeatureOutOfRange/most negative": {[]int64{math.MinInt64}, 0, "FeatureOutOfRange", []any{int64(math.MinInt64), u256(nf)}, model.ErrFeatureOutOfRange, false},
			"UnknownLabel":                    {[]int64{1}, uint64(m.NumClasses()), "UnknownLabel", []any{uint64(m.NumClasses()), u256(uint64(m.NumClasses()))}, model.ErrUnknownLabel, true},
			"UnknownLabel/before the sample":  {[]int64{-1}, math.MaxUint64, "UnknownLabel", []any{uint64(math.MaxUint64), u256(uint64(m.NumClasses()))}, model.ErrUnknownLabel, true},
			// A word repeated does not weigh more: every sparse model takes a binary bag of words.
			"IndicesNotIncreasing/decreasing": {[]int64{1, 5, 3}, 0, "IndicesNotIncreasing", []any{u256(2)}, model.ErrIndicesNotIncreasing, false},
			"IndicesNotIncreasing/repeated":   {[]int64{4, 4}, 0, "IndicesNotIncreasing", []any{u256(1)}, model.ErrIndicesNotIncreasing, false},
		}
	}
	dense := func(m *model.Model) map[string]modelInputCase {
		nf := m.NumFeatures
		return map[string]modelInputCase{
			"WrongDimension/short": {make([]int64, nf-1), 0, "WrongDimension", []any{u256(nf - 1), u256(nf)}, model.ErrWrongDimension, false},
			"WrongDimension/long":  {make([]int64, nf+1), 1, "WrongDimension", []any{u256(nf + 1), u256(nf)}, model.ErrWrongDimension, false},
			"WrongDimension/empty": {nil, 0, "WrongDimension", []any{u256(0), u256(nf)}, model.ErrWrongDimension, false},
			"UnknownLabel":         {make([]int64, nf), 2, "UnknownLabel", []any{uint64(2), u256(2)}, model.ErrUnknownLabel, true},
		}
	}
	cases := map[model.Kind]map[string]modelInputCase{
		model.SparsePerceptron:      sparse(ms[model.SparsePerceptron]),
		model.NaiveBayes:            sparse(ms[model.NaiveBayes]),
		model.SparseNearestCentroid: sparse(ms[model.SparseNearestCentroid]),
		model.DensePerceptron:       dense(ms[model.DensePerceptron]),
		model.DenseNearestCentroid:  dense(ms[model.DenseNearestCentroid]),
	}
	// A dense centroid entry past +-8.0 could freeze its class's sums; predict, which stores nothing, takes it.
	past := make([]int64, ms[model.DenseNearestCentroid].NumFeatures)
	past[1] = -model.MaxAbsDenseValue - 1
	cases[model.DenseNearestCentroid]["ValueOutOfRange"] = modelInputCase{past, 0, "ValueOutOfRange",
		[]any{u256(1), big.NewInt(-model.MaxAbsDenseValue - 1), big.NewInt(model.MaxAbsDenseValue)}, model.ErrValueOutOfRange, true}

	for kind, kindCases := range cases {
		t.Run(string(kind), func(t *testing.T) {
			m := ms[kind]
			c := newTestChain(t)
			s := deployStack(t, c, trainer.Spec{Model: m, Incentive: pointsIncentive()})
			for name, tt := range kindCases {
				t.Run(name, func(t *testing.T) {
					_, err := s.AddData(c.ctx, c.tx(alice), tt.data, tt.label, nil)
					wantRevert(t, err, tt.wantName, tt.wantArgs...)
					mirror := m.Clone()
					if err := mirror.Update(tt.data, tt.label); !errors.Is(err, tt.goErr) {
						t.Errorf("model.Update(%v, %d) error = %v, want %v", tt.data, tt.label, err, tt.goErr)
					}
					if tt.updateOnly {
						return
					}
					_, err = s.Predict(c.ctx, c.tx(alice), tt.data)
					wantRevert(t, err, tt.wantName, tt.wantArgs...)
					if _, err := m.Predict(tt.data); !errors.Is(err, tt.goErr) {
						t.Errorf("model.Predict(%v) error = %v, want %v", tt.data, err, tt.goErr)
					}
				})
			}
			t.Run("nothing was added", func(t *testing.T) {
				if got := call(t, c, s, itDRT.PackNumContributions(), itDRT.UnpackNumContributions); got.Sign() != 0 {
					t.Errorf("numContributions() = %v after refused samples only, want 0", got)
				}
			})
		})
	}
}

// TestRevertModelOverflow reaches the models' overflow and encoding errors through the trainer: a weight
// leaving int64, counts at their limits, and a dense entry that is not a clean int64 word.
func TestRevertModelOverflow(t *testing.T) {
	perceptron := smallPerceptron(t)
	perceptron.Weights[0], perceptron.Weights[1] = -math.MaxInt64, math.MaxInt64 // score 0: class 0
	perceptron.LearningRate = model.One
	fullClass := smallModels(t)[model.NaiveBayes]
	fullClass.ClassCounts[0] = math.MaxUint64
	centroid := smallModels(t)[model.SparseNearestCentroid]
	centroid.DataCounts[1] = model.MaxSparseCount - 1
	tests := map[string]struct {
		m        *model.Model
		data     []int64
		label    uint64
		wantName string
		wantArgs []any
		goErr    error
	}{
		"LaneOverflow": {m: perceptron, data: []int64{0, 1}, label: 1, wantName: "LaneOverflow", goErr: model.ErrValueOverflow},
		"CountOverflow/class samples": {
			m: fullClass, data: []int64{0}, label: 0, wantName: "CountOverflow", goErr: model.ErrCountOverflow,
		},
		"CountTooLarge": {m: centroid, data: []int64{2}, label: 1, wantName: "CountTooLarge", wantArgs: []any{u256(1), u256(model.MaxSparseCount)}, goErr: model.ErrCountOverflow},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if err := tt.m.Validate(); err != nil {
				t.Fatalf("Validate() error = %v", err)
			}
			if err := tt.m.Clone().Update(tt.data, tt.label); !errors.Is(err, tt.goErr) {
				t.Errorf("model.Update(%v, %d) error = %v, want %v", tt.data, tt.label, err, tt.goErr)
			}
			c := newTestChain(t)
			s := deployStack(t, c, trainer.Spec{Model: tt.m, Incentive: pointsIncentive()})
			_, err := s.AddData(c.ctx, c.tx(alice), tt.data, tt.label, nil)
			wantRevert(t, err, tt.wantName, tt.wantArgs...)
		})
	}

	t.Run("MalformedValue", func(t *testing.T) {
		m := smallModels(t)[model.DensePerceptron]
		c := newTestChain(t)
		s := deployStack(t, c, trainer.Spec{Model: m, Incentive: pointsIncentive()})
		// addData(int64[] data, uint64 label): selector, offset, label, length, then one word per entry. Entry 1
		// gets a bit above its low 64 that sign extension would not give it.
		calldata := itDRT.PackAddData([]int64{1, 2, 3}, 0)
		calldata[4+32*4] = 0x01
		_, err := c.tx(alice).Transact(c.ctx, s.Trainer, calldata, nil)
		wantRevert(t, err, "MalformedValue", u256(1))
		predict := bindings.NewIClassifier().PackPredict([]int64{1, 2, 3})
		predict[4+32*3] = 0x80
		_, err = c.tx(alice).Call(c.ctx, s.Model, predict)
		wantRevert(t, err, "MalformedValue", u256(1))
	})
}

// TestRevertIndexMinusOne sends the sparse index -1, whose calldata word is all ones, to every sparse model:
// the models and model.Predict must refuse it as FeatureOutOfRange like any other negative index.
func TestRevertIndexMinusOne(t *testing.T) {
	ms := smallModels(t)
	for _, kind := range []model.Kind{model.SparsePerceptron, model.NaiveBayes, model.SparseNearestCentroid} {
		t.Run(string(kind), func(t *testing.T) {
			m := ms[kind]
			data := []int64{-1}
			if _, err := m.Predict(data); !errors.Is(err, model.ErrFeatureOutOfRange) {
				t.Errorf("model.Predict(%v) error = %v, want %v", data, err, model.ErrFeatureOutOfRange)
			}
			c := newTestChain(t)
			s := deployStack(t, c, trainer.Spec{Model: m, Incentive: pointsIncentive()})
			_, predictErr := s.Predict(c.ctx, c.tx(alice), data)
			_, addErr := s.AddData(c.ctx, c.tx(alice), data, 0, nil)
			wantRevert(t, predictErr, "FeatureOutOfRange", int64(-1), u256(m.NumFeatures))
			wantRevert(t, addErr, "FeatureOutOfRange", int64(-1), u256(m.NumFeatures))
		})
	}
}
