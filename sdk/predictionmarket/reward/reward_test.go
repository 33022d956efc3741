package reward

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

// TestRounds checks the rounds against cases worked by hand from the contract's README.
func TestRounds(t *testing.T) {
	a, b, p := common.Address{0xa}, common.Address{0xb}, common.Address{0xf}
	eval := make([]commitment.Sample, 10) // T = 10; the walk is given, so the samples are never read
	stake := func(v int64) *big.Int { return big.NewInt(v) }
	tests := []struct {
		name       string
		grouped    bool
		who        []common.Address
		acc        []uint32
		iterations string
		payouts    map[common.Address]int64
	}{
		{
			// Scores +2, -3, +2; B affords 10/3 = 3 rounds of the 10. Then A +2, C 6-7 = -1 affords 16 >= 7.
			name: "per contribution", who: []common.Address{a, b, a}, acc: []uint32{5, 7, 4, 6},
			iterations: "[{3 false} {7 true}]", payouts: map[common.Address]int64{a: 30 + 9, b: 1, p: 90},
		},
		{
			// A scores 2 + 2 = 4, B -3: 3 rounds, B drops with 1. Then A alone: 2 - 1 = 1, final 7 rounds.
			name: "grouped", grouped: true, who: []common.Address{a, b, a}, acc: []uint32{5, 7, 4, 6},
			iterations: "[{3 false} {7 true}]", payouts: map[common.Address]int64{a: 39, b: 1, p: 90},
		},
		{
			// Nobody negative: one final iteration of all 10 rounds, A +1 and B +2 per round.
			name: "no negative", who: []common.Address{a, b}, acc: []uint32{5, 6, 8},
			iterations: "[{10 true}]", payouts: map[common.Address]int64{a: 20, b: 30, p: 120 - 50},
		},
		{
			// B affords 10/10 = 1 round: A 10+10, B 0 dropped; A alone then takes the remaining 9.
			name: "zero balance", who: []common.Address{a, b}, acc: []uint32{0, 10, 0},
			iterations: "[{1 false} {9 true}]", payouts: map[common.Address]int64{a: 20 + 90, b: 0, p: 10},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mk := &Market{Provider: p, Bounty: big.NewInt(100), Model: &model.Model{}, Eval: eval,
				Config: Config{MinStake: stake(10), GroupByContributor: tc.grouped}}
			for _, w := range tc.who {
				mk.Contributions = append(mk.Contributions, Contribution{Contributor: w, Stake: stake(10)})
			}
			res, err := mk.settle(context.Background(), tc.acc, make([]bool, len(tc.who)))
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(res.Iterations); got != tc.iterations {
				t.Errorf("iterations %s, want %s", got, tc.iterations)
			}
			total := new(big.Int)
			for who, want := range tc.payouts {
				if got := res.Payouts[who]; got == nil || got.Int64() != want {
					t.Errorf("payout to %s: %v, want %d", who, got, want)
				}
			}
			for _, v := range res.Payouts {
				total.Add(total, v)
			}
			if pool := int64(100 + 10*len(tc.who)); total.Int64() != pool {
				t.Errorf("paid %s, want the pool %d", total, pool)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	base := func() *Market {
		return &Market{Bounty: big.NewInt(1), Model: &model.Model{}, Eval: make([]commitment.Sample, 1),
			Config:        Config{MinStake: big.NewInt(10)},
			Contributions: []Contribution{{Stake: big.NewInt(10)}}}
	}
	tests := map[string]func(*Market){
		"no bounty":     func(m *Market) { m.Bounty = new(big.Int) },
		"no eval":       func(m *Market) { m.Eval = nil },
		"zero stake":    func(m *Market) { m.Config.MinStake = new(big.Int) },
		"stake too low": func(m *Market) { m.Contributions[0].Stake = big.NewInt(9) },
		"greater stake": func(m *Market) { m.Contributions[0].Stake = big.NewInt(11) },
	}
	if err := base().Validate(); err != nil {
		t.Fatalf("valid market: %v", err)
	}
	for name, change := range tests {
		t.Run(name, func(t *testing.T) {
			m := base()
			change(m)
			if err := m.Validate(); !errors.Is(err, ErrInvalid) {
				t.Errorf("Validate: %v, want ErrInvalid", err)
			}
		})
	}
}

// TestRetrain checks that a retraining market re-walks without the dropped contributions, so a contribution
// after a dropped one is scored by its own effect, where the single walk charges it the dropped one's.
func TestRetrain(t *testing.T) {
	a, b, p := common.Address{0xa}, common.Address{0xb}, common.Address{0xf}
	// A zero perceptron predicts class 0 everywhere: half of the evaluation set is right at the start.
	eval := []commitment.Sample{{Data: []int64{0}, Label: 1}, {Data: []int64{1}, Label: 0}, {Data: []int64{2}, Label: 1}, {Data: []int64{3}, Label: 0}}
	for _, tc := range []struct {
		retrain bool
		// A's second contribution: +1 on a re-walk without B, 0 when it is charged B's -1.
		secondA int64
	}{{retrain: false, secondA: 10 + 10*1}, {retrain: true, secondA: 10 + 10*1 + 15*1}} {
		m := &model.Model{Kind: model.SparsePerceptron, Classes: []string{"0", "1"}, NumFeatures: 4, MaxFeatures: 4,
			Weights: make([]int64, 4), LearningRate: 1e9}
		mk := &Market{Provider: p, Bounty: big.NewInt(100), Model: m, Eval: eval,
			Config: Config{MinStake: big.NewInt(10), Retrain: tc.retrain}}
		for _, c := range []struct {
			who   common.Address
			x     int64
			label uint64
		}{{a, 0, 1}, {b, 0, 0}, {a, 2, 1}} {
			mk.Contributions = append(mk.Contributions, Contribution{Contributor: c.who, Stake: big.NewInt(10),
				Sample: commitment.Sample{Data: []int64{c.x}, Label: c.label}})
		}
		res, err := mk.Settle(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		// Scores +1, -1, +1 of R = 25: B affords 10 rounds and drops; the rest are 15 rounds.
		if got := fmt.Sprint(res.Iterations); got != "[{10 false} {15 true}]" {
			t.Errorf("retrain %v: iterations %s", tc.retrain, got)
		}
		want := []int64{10 + 10 + 15, 0, tc.secondA}
		for k, u := range res.Contributions {
			if u.Balance.Int64() != want[k] {
				t.Errorf("retrain %v: contribution %d paid %s, want %d", tc.retrain, k+1, u.Balance, want[k])
			}
		}
	}
}
