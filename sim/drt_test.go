package sim

import (
	"context"
	"log/slog"
	"math"
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/model"
)

func TestIsqrt(t *testing.T) {
	check := func(x uint64) {
		t.Helper()
		want := new(big.Int).Sqrt(new(big.Int).SetUint64(x)).Uint64()
		if got := isqrt(x); got != want {
			t.Fatalf("isqrt(%d) = %d, want %d", x, got, want)
		}
	}
	for _, x := range []uint64{0, 1, 2, 3, 4, 5, 8, 9, 10, 15, 16, 17, 99, 100, 101, 1<<52 - 1, 1 << 52, 1<<52 + 1,
		1<<53 - 1, 1 << 53, 1<<53 + 1, 0xfffffffe00000001, 0xfffffffe00000000, 0xffffffff00000000, math.MaxUint64} {
		check(x)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		s := r.Uint64N(1 << 32)
		check(s * s)
		check(s*s - 1)
		check(s*s + 1)
		check(r.Uint64())
	}
}

// TestDepositMatchesContract compares the port's deposit with the contract's nextAddDataCost after pauses of
// 1 second to 2^40: one simulated block per pause, all on top of the deployment.
func TestDepositMatchesContract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain")
	}
	ctx := context.Background()
	p := DRTParams{RefundWait: 60, OwnerClaimWait: 120, AnyAddressClaimWait: 180, CostWeight: big.NewInt(1_000_000_007)}
	m := conformanceModel(1)
	ch, err := newChainRun(ctx, chainSpec{mechanism: MechanismDepositRefundTake, params: p, model: m,
		balances: []*big.Int{big.NewInt(1)}, owner: -1, log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.close()
	port, err := NewDepositRefundTake(p, NewGoModel(m), []*big.Int{big.NewInt(1)}, -1)
	if err != nil {
		t.Fatal(err)
	}
	pauses := []uint64{1, 2, 3, 4, 5, 8, 9, 10, 15, 16, 17, 24, 25, 26, 99, 100, 101, 599, 600, 601, 3599, 3600, 3601,
		86_399, 86_400, 777_600, 1_000_000, 1 << 32, 1<<32 + 1, 1 << 40}
	var blocks []ethclient.SimulateBlock
	for _, d := range pauses {
		blocks = append(blocks, ethclient.SimulateBlock{
			BlockOverrides: &ethereum.BlockOverrides{Time: ch.origin + d},
			Calls:          []ethereum.CallMsg{{To: &ch.trainer, Gas: callGas, Data: ch.drt.PackNextAddDataCost()}},
		})
	}
	res, err := ch.sim.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: blocks}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range pauses {
		got, err := ch.drt.UnpackNextAddDataCost(res[i].Calls[0].ReturnValue)
		if err != nil {
			t.Fatalf("pause %d: %v", d, err)
		}
		if want := port.RequiredDeposit(d); got.Cmp(want) != 0 {
			t.Errorf("deposit after %d s: contract %s, port %s", d, got, want)
		}
	}
}

// parity is a model that predicts a sample's first index modulo 2, so a test picks agreement by the label.
type parity struct{}

func (parity) Predict(_ context.Context, x []int64) (uint64, error) { return uint64(x[0] % 2), nil }
func (parity) Update(context.Context, []int64, uint64) error        { return nil }

// TestDepositRefundTakeRules pins the contract's rules in the port, scenario by scenario: agents 0-3 hold
// 10^6 wei each, agent 3 owns the trainer, the cost weight is 1 wei (deposit 3600 / isqrt(pause)), the
// waits are 10, 20 and 30 s.
func TestDepositRefundTakeRules(t *testing.T) {
	type step struct {
		t     uint64
		agent int
		// add adds sample {x} labelled y; otherwise the step claims contribution c (1-based) as kind.
		add    bool
		x      int64
		y      uint64
		value  int64
		c      int
		kind   ClaimKind
		reason Reason
		amount int64
	}
	add := func(t uint64, agent int, x int64, y uint64, value int64, reason Reason, deposit int64) step {
		return step{t: t, agent: agent, add: true, x: x, y: y, value: value, reason: reason, amount: deposit}
	}
	claim := func(t uint64, agent, c int, kind ClaimKind, reason Reason, amount int64) step {
		return step{t: t, agent: agent, c: c, kind: kind, reason: reason, amount: amount}
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"deposit after pauses of 1, 2, 4 and 100 s", []step{
			add(1, 0, 1, 1, 5000, "", 3600),  // 1 s after the deployment: divided by 1
			add(3, 0, 3, 1, 5000, "", 3600),  // 2 s: isqrt(2) = 1
			add(7, 0, 5, 1, 5000, "", 1800),  // 4 s: 3600 / 2
			add(107, 0, 7, 1, 5000, "", 360), // 100 s: 3600 / 10
		}},
		{"two additions in one second", []step{
			add(100, 0, 1, 1, 5000, "", 360),
			add(100, 1, 3, 1, 3599, DepositTooLow, 0), // 0 s since the last: the full 3600
			add(100, 1, 3, 1, 3600, "", 3600),
			add(100, 1, 3, 1, 3600, DuplicateContribution, 0), // same data, label, time and author
			add(100, 2, 3, 1, 3600, "", 3600),                 // another author: another key
		}},
		{"refund waits, needs agreement and settles", []step{
			add(100, 0, 1, 1, 5000, "", 360),
			add(101, 1, 2, 1, 5000, "", 3600),                // the model (parity) disagrees: 2 is even
			claim(109, 0, 1, Refund, TooEarly, 0),            // 9 s < 10
			claim(110, 0, 1, Refund, "", 360),                // at the wait exactly
			claim(110, 0, 1, Refund, UnknownContribution, 0), // settled: the record is gone
			claim(111, 0, 2, Refund, UnknownContribution, 0), // not the author's key
			claim(111, 1, 2, Refund, ModelDisagrees, 0),
		}},
		{"report shares round down and the last takes what is left", []step{
			// Agents 0 and 1 earn 1 and 2 good contributions: totalGood 3.
			add(100, 0, 1, 1, 5000, "", 360),
			add(200, 1, 3, 1, 5000, "", 360),
			add(300, 1, 5, 1, 5000, "", 360),
			claim(310, 0, 1, Refund, "", 360),
			claim(310, 1, 2, Refund, "", 360),
			claim(310, 1, 3, Refund, "", 360),
			add(400, 2, 8, 1, 5000, "", 360), // 8 is even: the model disagrees
			claim(409, 0, 4, Report, TooEarly, 0),
			claim(410, 2, 4, Report, CannotReportOwnContribution, 0),
			claim(410, 0, 4, Report, "", 120), // 360 * 1 / 3
			claim(411, 0, 4, Report, AlreadyReported, 0),
			claim(411, 1, 4, Report, "", 240), // 360 * 2 / 3: all that is left
			claim(412, 1, 4, Report, NothingToClaim, 0),
		}},
		{"a share above what is left takes the rest", []step{
			add(100, 0, 1, 1, 5000, "", 360),
			add(101, 1, 3, 1, 5000, "", 3600),
			add(102, 1, 5, 1, 5000, "", 3600),
			add(103, 1, 7, 1, 5000, "", 3600),
			add(104, 2, 6, 1, 5000, "", 3600),  // the model disagrees
			claim(111, 0, 1, Refund, "", 360),  // agent 0: 1 good of 1
			claim(111, 1, 2, Refund, "", 3600), // agent 1: 1 of 2
			claim(114, 3, 5, Report, NoGoodContributions, 0),
			claim(114, 0, 5, Report, "", 1800), // 3600 * 1 / 2
			claim(114, 1, 3, Refund, "", 3600),
			claim(114, 1, 4, Refund, "", 3600), // agent 1: 3 of 4
			claim(114, 1, 5, Report, "", 1800), // 3600 * 3 / 4 = 2700 > 1800 left
		}},
		{"a share of zero takes the rest", []step{
			add(100, 0, 1, 1, 5000, "", 360),
			add(200, 1, 3, 1, 5000, "", 360),
			claim(300, 0, 1, Refund, "", 360),
			claim(300, 1, 2, Refund, "", 360),
			add(10_000_300, 2, 6, 1, 5000, "", 1),  // 3600 / isqrt(10,000,100) = 3600 / 3162 = 1 wei
			claim(10_000_310, 0, 3, Report, "", 1), // 1 * 1 / 2 = 0: takes the 1 left
		}},
		{"takes after the long waits", []step{
			add(100, 0, 1, 1, 5000, "", 360),
			add(100, 1, 2, 1, 5000, "", 3600),
			claim(119, 3, 1, Report, ModelAgrees, 0), // the owner before its wait reports like anyone
			claim(120, 3, 1, Take, "", 360),          // the owner at its wait takes all, model or not
			claim(129, 1, 2, Take, CannotReportOwnContribution, 0),
			claim(130, 1, 2, Take, "", 3600), // anyone at the any-address wait, the author too
			claim(131, 0, 2, Take, NothingToClaim, 0),
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			balances := make([]*big.Int, 4)
			for i := range balances {
				balances[i] = big.NewInt(1_000_000)
			}
			d, err := NewDepositRefundTake(DRTParams{RefundWait: 10, OwnerClaimWait: 20, AnyAddressClaimWait: 30, CostWeight: big.NewInt(1)}, parity{}, balances, 3)
			if err != nil {
				t.Fatal(err)
			}
			var added []*Contribution
			for i, s := range tc.steps {
				if s.add {
					got, err := d.AddData(ctx, s.t, s.agent, []int64{s.x}, s.y, big.NewInt(s.value))
					if err != nil {
						t.Fatalf("step %d: AddData() error = %v", i, err)
					}
					if got.Reason != s.reason || got.Deposit.Int64() != s.amount {
						t.Fatalf("step %d: add = %s, deposit %s; want %q, %d", i, got.Reason, got.Deposit, s.reason, s.amount)
					}
					if got.Reason == "" {
						added = append(added, &Contribution{ID: got.ID, Author: s.agent, Time: s.t, X: []int64{s.x}, Label: s.y, Deposit: got.Deposit})
					}
					continue
				}
				out, err := d.Claim(ctx, s.t, s.agent, []Claim{{Kind: s.kind, C: added[s.c-1]}})
				if err != nil {
					t.Fatalf("step %d: Claim() error = %v", i, err)
				}
				if out[0].Reason != s.reason || amountOf(out[0].Amount).Int64() != s.amount {
					t.Fatalf("step %d: %s of %d by %d = %q, %s; want %q, %d", i, s.kind, s.c, s.agent, out[0].Reason, out[0].Amount, s.reason, s.amount)
				}
			}
		})
	}
}

// TestDepositModelRefusal checks that a sample the model refuses is refused before anything changes.
func TestDepositModelRefusal(t *testing.T) {
	ctx := context.Background()
	m := &model.Model{Kind: model.SparsePerceptron, Classes: []string{"a", "b"}, NumFeatures: 4, MaxFeatures: 2, Weights: make([]int64, 4), LearningRate: model.One}
	d, err := NewDepositRefundTake(DRTParams{CostWeight: big.NewInt(1)}, NewGoModel(m), []*big.Int{big.NewInt(10_000)}, -1)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		x    []int64
		y    uint64
		want Reason
	}{
		{[]int64{4}, 1, FeatureOutOfRange},
		{[]int64{0, 1, 2}, 1, TooManyFeatures},
		{[]int64{1}, 2, UnknownLabel},
	} {
		got, err := d.AddData(ctx, 5, 0, tc.x, tc.y, big.NewInt(10_000))
		if err != nil {
			t.Fatal(err)
		}
		if got.Reason != tc.want || !got.Reason.FromModel() {
			t.Errorf("AddData(%v, %d) = %q, want %q", tc.x, tc.y, got.Reason, tc.want)
		}
	}
	if b, _ := d.Balance(ctx, 0); b.Int64() != 10_000 || d.tr.count != 0 || d.tr.lastAdd != 0 {
		t.Errorf("after refusals: balance %s, %d contributions, last addition %d; want nothing changed", b, d.tr.count, d.tr.lastAdd)
	}
}

func TestU128(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	max96 := new(big.Int).Lsh(big.NewInt(1), 96)
	for i := range 10_000 {
		a := new(big.Int).Rand(r2big(r), max96)
		if i%10 == 0 {
			a.Sub(max96, big.NewInt(1))
		}
		m := uint64(r.Uint32())
		d := max(1, r.Uint64N(1<<40))
		if i%7 == 0 {
			d = max(1, m-r.Uint64N(m+1))
		}
		want := new(big.Int).Mul(a, new(big.Int).SetUint64(m))
		want.Quo(want, new(big.Int).SetUint64(d))
		if got := u128From(a).mulDiv(m, d).big(); got.Cmp(want) != 0 {
			t.Fatalf("%s * %d / %d = %s, want %s", a, m, d, got, want)
		}
		if got := u128From(a).big(); got.Cmp(a) != 0 {
			t.Fatalf("u128From(%s).big() = %s", a, got)
		}
		b := new(big.Int).Rand(r2big(r), new(big.Int).Add(a, big.NewInt(1)))
		if got := u128From(a).sub(u128From(b)).big(); got.Cmp(new(big.Int).Sub(a, b)) != 0 {
			t.Fatalf("%s - %s = %s", a, b, got)
		}
		if u128From(b).less(u128From(a)) != (b.Cmp(a) < 0) {
			t.Fatalf("%s < %s wrong", b, a)
		}
	}
}

// r2big adapts a PCG stream to the source big.Int.Rand takes.
func r2big(r *rand.Rand) *mrand.Rand { return mrand.New(mrand.NewSource(r.Int64())) }
