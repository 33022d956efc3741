package sim

import (
	"context"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/model"
)

// conformanceModel is a small sparse perceptron whose predictions flip often as it learns: 12 features,
// samples of at most 3, random weights of about the learning rate.
func conformanceModel(seed uint64) *model.Model {
	r := rand.New(rand.NewPCG(seed, 1))
	m := &model.Model{
		Kind: model.SparsePerceptron, Classes: []string{"no", "yes"}, NumFeatures: 12, MaxFeatures: 3,
		Weights: make([]int64, 12), LearningRate: model.One, Intercept: r.Int64N(model.One) - model.One/2,
	}
	for i := range m.Weights {
		m.Weights[i] = r.Int64N(4*model.One) - 2*model.One
	}
	return m
}

// TestPortMatchesContracts drives the Go port and the contracts on the simulated chain with the same random
// operations (additions in the same second and seconds apart, deposits below, at and above the requirement,
// samples the model refuses, duplicates, refunds by the author and by others, reports and takes by the
// author, the owner and others, before, at and after each wait) and requires the same outcome, amount and
// balances after every one, and at the end the same records in the trainer.
func TestPortMatchesContracts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain")
	}
	every := []string{"add ", "add DepositTooLow", "add DuplicateContribution", "add FeatureOutOfRange",
		"add TooManyFeatures", "refund ", "refund ModelDisagrees", "refund NothingToClaim", "refund TooEarly",
		"refund UnknownContribution", "report ", "report AlreadyReported", "report CannotReportOwnContribution",
		"report ModelAgrees", "report NoGoodContributions", "report NothingToClaim", "report TooEarly",
		"report UnknownContribution"}
	cases := []struct {
		name string
		mech string
		p    DRTParams
		ops  int
		// want lists outcomes the operations must meet at least once, so that the comparison covers them.
		want []string
	}{
		{"deposit-refund-take", MechanismDepositRefundTake, DRTParams{RefundWait: 60, OwnerClaimWait: 600, AnyAddressClaimWait: 900, CostWeight: big.NewInt(7)}, 600, every},
		{"short waits", MechanismDepositRefundTake, DRTParams{RefundWait: 60, OwnerClaimWait: 120, AnyAddressClaimWait: 180, CostWeight: big.NewInt(7)}, 300, nil},
		{"large cost weight", MechanismDepositRefundTake, DRTParams{RefundWait: 60, OwnerClaimWait: 120, AnyAddressClaimWait: 128, CostWeight: wei("1000000000000000")}, 300, nil},
		{"least cost weight", MechanismDepositRefundTake, DRTParams{RefundWait: 60, OwnerClaimWait: 120, AnyAddressClaimWait: 180, CostWeight: big.NewInt(1)}, 200, nil},
		{"shortest waits", MechanismDepositRefundTake, DRTParams{RefundWait: 60, OwnerClaimWait: 120, AnyAddressClaimWait: 120, CostWeight: big.NewInt(1000)}, 200, nil},
		{"points", MechanismPoints, DRTParams{RefundWait: 60, OwnerClaimWait: 180, AnyAddressClaimWait: 180, CostWeight: new(big.Int)}, 400,
			[]string{"add ", "refund ", "refund AlreadySettled", "refund ModelDisagrees", "refund TooEarly", "report ",
				"report AlreadySettled", "report CannotReportOwnContribution", "report ModelAgrees", "report TooEarly"}},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			outcomes := runConformance(t, tc.mech, tc.p, tc.ops, uint64(i+1))
			for _, w := range tc.want {
				if outcomes[w] == 0 {
					t.Errorf("no operation came out as %q; change the seed or the mix so that the comparison covers it", w)
				}
			}
		})
	}
}

// runConformance runs ops random operations both ways and returns how often each outcome ("op reason")
// occurred.
func runConformance(t *testing.T, mech string, p DRTParams, ops int, seed uint64) map[string]int {
	ctx := context.Background()
	const agents = 4
	balances := make([]*big.Int, agents)
	for i := range balances {
		balances[i] = wei("100000000000000000000") // 100 ether: room for the large cost weight's deposits
	}
	m := conformanceModel(seed)
	goMech, err := newGoMechanism(mech, p, NewGoModel(m.Clone()), balances)
	if err != nil {
		t.Fatal(err)
	}
	// Agent 0 owns the trainer in both.
	switch g := goMech.(type) {
	case *DepositRefundTake:
		g.tr.owner = 0
	case *Points:
		g.tr.owner = 0
	}
	ch, err := newChainRun(ctx, chainSpec{mechanism: mech, params: p, model: m, balances: balances, owner: 0, log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.close()

	r := rand.New(rand.NewPCG(seed, 2))
	var (
		now   = uint64(1)
		added []*Contribution
		last  *Contribution
		// lastReport is the contribution last reported, to report again.
		lastReport *Contribution
		outcomes   = map[string]int{}
	)
	steps := []uint64{0, 0, 0, 1, 1, 2, 3, 4, 5, 59, 60, 61, 119, 120, 121, 179, 180, 181}
	for op := range ops {
		if op > 0 {
			dt := uint64(r.IntN(3))
			if r.IntN(10) < 3 {
				dt = steps[r.IntN(len(steps))]
			}
			switch r.IntN(40) {
			case 0:
				dt = uint64(r.IntN(100_000)) // long pauses: small deposits, everything past its waits
			case 1:
				dt = uint64(r.IntN(1 << 20))
			}
			now += dt
		}
		agent := r.IntN(agents)
		switch k := r.IntN(20); {
		case k < 8:
			x, y := conformanceSample(r)
			if last != nil && last.Time == now && r.IntN(3) == 0 {
				// The same sample, label and author in the same second: the same key.
				agent, x, y = last.Author, last.X, last.Label
			}
			bal, _ := goMech.Balance(ctx, agent)
			value := conformanceValue(r, goMech, now, bal)
			want, err := goMech.AddData(ctx, now, agent, x, y, value)
			if err != nil {
				t.Fatalf("op %d: Go AddData() error = %v", op, err)
			}
			got, err := ch.AddData(ctx, now, agent, x, y, value)
			if err != nil {
				t.Fatalf("op %d: chain AddData() error = %v", op, err)
			}
			if got.Reason != want.Reason || got.ID != want.ID || got.Deposit.Cmp(want.Deposit) != 0 {
				t.Fatalf("op %d at %d s: add by %d of %v/%d with %s wei: chain %+v, Go %+v", op, now, agent, x, y, value, got, want)
			}
			outcomes["add "+string(want.Reason)]++
			if want.Reason == "" {
				last = &Contribution{ID: want.ID, Author: agent, Time: now, X: x, Label: y, Deposit: want.Deposit}
				added = append(added, last)
			}
		default:
			if len(added) == 0 {
				continue
			}
			// Mostly recent contributions, which are inside their waits.
			c := added[r.IntN(len(added))]
			if r.IntN(10) < 7 {
				c = added[max(0, len(added)-1-r.IntN(6))]
			}
			kind := Report
			if k >= 13 && lastReport != nil && r.IntN(3) == 0 {
				c = lastReport // again: AlreadyReported, or a share of what is left, or a take
			}
			if k < 13 {
				kind = Refund
				if r.IntN(5) > 0 {
					agent = c.Author
				}
			}
			if kind == Report {
				lastReport = c
			}
			claims := []Claim{{Kind: kind, C: c}}
			if r.IntN(4) == 0 {
				// A batch, the second claim seeing the first's effect.
				claims = append(claims, Claim{Kind: Report, C: added[r.IntN(len(added))]})
			}
			want, err := goMech.Claim(ctx, now, agent, claims)
			if err != nil {
				t.Fatalf("op %d: Go Claim() error = %v", op, err)
			}
			got, err := ch.Claim(ctx, now, agent, claims)
			if err != nil {
				t.Fatalf("op %d: chain Claim() error = %v", op, err)
			}
			for i := range want {
				if got[i].Reason != want[i].Reason || amountOf(got[i].Amount).Cmp(amountOf(want[i].Amount)) != 0 || got[i].Open != want[i].Open {
					t.Fatalf("op %d at %d s: %s of %d (added %d s by %d) by %d: chain %+v, Go %+v",
						op, now, claims[i].Kind, claims[i].C.ID, claims[i].C.Time, claims[i].C.Author, agent, got[i], want[i])
				}
				outcomes[claims[i].Kind.String()+" "+string(want[i].Reason)]++
			}
		}
		for a := range agents {
			want, _ := goMech.Balance(ctx, a)
			got, _ := ch.Balance(ctx, a)
			if got.Cmp(want) != 0 {
				t.Fatalf("op %d: agent %d balance: chain %s, Go %s", op, a, got, want)
			}
		}
	}
	if err := ch.Finish(ctx, now); err != nil {
		t.Fatalf("chain Finish() error = %v", err)
	}
	keys := make([]string, 0, len(outcomes))
	for k := range outcomes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		t.Logf("%-40s %d", k, outcomes[k])
	}
	return outcomes
}

// conformanceSample is usually a valid sample; now and then one the model refuses.
func conformanceSample(r *rand.Rand) ([]int64, uint64) {
	y := uint64(r.IntN(2))
	switch r.IntN(40) {
	case 0:
		return []int64{1, 2, 3, 4}, y // TooManyFeatures
	case 1:
		return []int64{12}, y // FeatureOutOfRange
	case 2:
		return []int64{-1}, y // FeatureOutOfRange
	case 3:
		return []int64{5}, 2 // UnknownLabel
	}
	n := 1 + r.IntN(3)
	x := make([]int64, n)
	for i := range x {
		x[i] = int64(r.IntN(12)) // repeats allowed: a perceptron counts a repeated index twice
	}
	return x, y
}

// conformanceValue offers one wei short of the deposit, the deposit exactly, more, or everything.
func conformanceValue(r *rand.Rand, m Mechanism, now uint64, balance *big.Int) *big.Int {
	var required *big.Int
	switch g := m.(type) {
	case *DepositRefundTake:
		required = g.RequiredDeposit(now)
	default:
		required = new(big.Int)
	}
	var v *big.Int
	switch r.IntN(4) {
	case 0:
		v = new(big.Int).Sub(required, big.NewInt(1))
	case 1:
		v = new(big.Int).Set(required)
	case 2:
		v = new(big.Int).Add(required, big.NewInt(r.Int64N(1000)))
	default:
		v = new(big.Int).Set(balance)
	}
	if v.Sign() < 0 {
		v.SetInt64(0)
	}
	if v.Cmp(balance) > 0 {
		v.Set(balance)
	}
	return v
}
