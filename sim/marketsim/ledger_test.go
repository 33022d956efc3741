package marketsim

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/predictionmarket/reward"
	"github.com/sumkit/sumkit/sim"
)

var _ sim.Mechanism = (*Ledger)(nil)

// numFeatures is the test model's feature count.
const numFeatures = 16

// drawSample draws 3 to 6 strictly increasing indices (the sparse perceptron refuses others), labelled 1 when
// most of them are even, so that the model has something to learn.
func drawSample(r *rand.Rand) commitment.Sample {
	idx := r.Perm(numFeatures)[:3+r.IntN(4)]
	slices.Sort(idx)
	data := make([]int64, len(idx))
	even := 0
	for i, f := range idx {
		data[i] = int64(f)
		if f%2 == 0 {
			even++
		}
	}
	var label uint64
	if 2*even > len(idx) {
		label = 1
	}
	return commitment.Sample{Data: data, Label: label}
}

func newTestLedger(t *testing.T, provider int) (*Ledger, [][]commitment.Sample) {
	t.Helper()
	r := rand.New(rand.NewPCG(9, 9))
	pieces := make([][]commitment.Sample, 5)
	for i := range pieces {
		for range 10 {
			pieces[i] = append(pieces[i], drawSample(r))
		}
	}
	initial := &model.Model{Kind: model.SparsePerceptron, Classes: []string{"neg", "pos"}, NumFeatures: numFeatures,
		MaxFeatures: 8, Weights: make([]int64, numFeatures), LearningRate: model.One}
	balances := []*big.Int{big.NewInt(1e6), big.NewInt(1e6), big.NewInt(1e6), big.NewInt(1e6)}
	m, err := NewLedger(initial, big.NewInt(10_007), reward.Config{MinStake: big.NewInt(100)}, pieces, 2, balances, provider)
	if err != nil {
		t.Fatal(err)
	}
	return m, pieces
}

// TestLedger runs markets through the simulator's interface and checks that Finish pays what Settle
// computes and that no wei is created or lost.
func TestLedger(t *testing.T) {
	tests := []struct {
		name     string
		provider int
		adds     int
	}{
		{name: "provider is an agent", provider: 3, adds: 40},
		{name: "provider outside", provider: -1, adds: 40},
		{name: "no contributions", provider: 3, adds: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			m, _ := newTestLedger(t, tc.provider)
			if p := m.Params(); p.UpdatesModel || p.Name != MechanismName {
				t.Errorf("params %+v", p)
			}
			r := rand.New(rand.NewPCG(1, 2))
			for i := range tc.adds {
				agent := i % 3
				s := drawSample(r)
				if agent == 2 {
					s.Label = 1 - s.Label
				}
				added, err := m.AddData(ctx, uint64(i), agent, s.Data, s.Label, big.NewInt(150))
				if err != nil || added.Reason != "" || added.Deposit.Int64() != 100 || added.ID != uint64(i+1) {
					t.Fatalf("add %d: %+v, %v", i, added, err)
				}
			}
			out, err := m.Claim(ctx, 1, 0, []sim.Claim{{Kind: sim.Refund}})
			if err != nil || out[0].Reason != sim.NothingToClaim {
				t.Errorf("claim before finish: %+v, %v", out, err)
			}
			if err := m.Finish(ctx, 100); err != nil {
				t.Fatal(err)
			}
			if err := m.Finish(ctx, 101); !errors.Is(err, ErrFinished) {
				t.Errorf("second finish: %v, want ErrFinished", err)
			}
			total := new(big.Int)
			for i := range 4 {
				b, err := m.Balance(ctx, i)
				if err != nil {
					t.Fatal(err)
				}
				total.Add(total, b)
				if res := m.Result(); res != nil {
					want := big.NewInt(1e6)
					if i == tc.provider {
						want.Sub(want, m.mk.Bounty)
					}
					for _, c := range m.mk.Contributions {
						if c.Contributor == Agent(i) {
							want.Sub(want, c.Stake)
						}
					}
					if p, ok := res.Payouts[Agent(i)]; ok {
						want.Add(want, p)
					}
					if b.Cmp(want) != 0 {
						t.Errorf("agent %d: balance %s, want %s", i, b, want)
					}
				}
			}
			want := big.NewInt(4e6)
			if tc.provider < 0 && m.Result() != nil {
				// The outside provider's bounty came in, its refund went out.
				want.Add(want, m.mk.Bounty).Sub(want, m.Result().Payouts[outsider])
			}
			if total.Cmp(want) != 0 {
				t.Errorf("agents hold %s in all, want %s", total, want)
			}
		})
	}
}

func TestLedgerRefusals(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		label  uint64
		value  int64
		finish bool
		want   sim.Reason
	}{
		{name: "unknown label", label: 2, value: 100, want: sim.UnknownLabel},
		{name: "stake too low", label: 1, value: 99, want: StakeTooLow},
		{name: "after finish", label: 1, value: 100, finish: true, want: WrongPhase},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := newTestLedger(t, 3)
			if tc.finish {
				if err := m.Finish(ctx, 0); err != nil {
					t.Fatal(err)
				}
			}
			added, err := m.AddData(ctx, 1, 0, []int64{1, 2}, tc.label, big.NewInt(tc.value))
			if err != nil || added.Reason != tc.want {
				t.Errorf("add: %+v, %v; want %s", added, err, tc.want)
			}
			if b, _ := m.Balance(ctx, 0); b.Int64() != 1e6 {
				t.Errorf("refused addition took %s wei", new(big.Int).Sub(big.NewInt(1e6), b))
			}
		})
	}
	if _, err := NewLedger(&model.Model{}, big.NewInt(1), reward.Config{MinStake: big.NewInt(1)}, make([][]commitment.Sample, 2), 2, nil, -1); !errors.Is(err, reward.ErrInvalid) {
		t.Errorf("first piece out of range: %v", err)
	}
}
