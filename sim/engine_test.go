package sim

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

// scripted is a Mechanism that accepts every addition for a fixed deposit, refuses every claim but takes,
// and writes down every call.
type scripted struct {
	params   Params
	deposit  int64
	balances []*big.Int
	calls    []string
	id       uint64
}

func (s *scripted) Params() Params { return s.params }
func (s *scripted) AddData(_ context.Context, t uint64, agent int, x []int64, _ uint64, _ *big.Int) (Added, error) {
	s.calls = append(s.calls, fmt.Sprintf("%d %d add %d", t, agent, x[0]))
	s.id++
	s.balances[agent].Sub(s.balances[agent], big.NewInt(s.deposit))
	return Added{ID: s.id, Deposit: big.NewInt(s.deposit)}, nil
}
func (s *scripted) Claim(_ context.Context, t uint64, agent int, claims []Claim) ([]Outcome, error) {
	out := make([]Outcome, len(claims))
	for i, c := range claims {
		s.calls = append(s.calls, fmt.Sprintf("%d %d %s %d", t, agent, c.Kind, c.C.ID))
		out[i] = refused(TooEarly, true)
		if c.Kind == Take {
			out[i] = Outcome{Amount: new(big.Int)}
		}
	}
	return out, nil
}
func (s *scripted) Balance(_ context.Context, agent int) (*big.Int, error) {
	return new(big.Int).Set(s.balances[agent]), nil
}
func (s *scripted) Finish(context.Context, uint64) error { return nil }

// constant is a Model that always predicts 0.
type constant struct{}

func (constant) Predict(context.Context, []int64) (uint64, error) { return 0, nil }

// runScripted runs the engine with agents of fixed waits (no spread) that always contribute, over samples
// 0..n-1, and returns the calls the mechanism saw.
func runScripted(t *testing.T, p Params, n int, deposit int64, agents ...Agent) []string {
	t.Helper()
	data := &SliceSamples{}
	for i := range n {
		data.X = append(data.X, []int64{int64(i)})
		data.Y = append(data.Y, 0)
	}
	m := &scripted{params: p, deposit: deposit}
	for _, a := range agents {
		m.balances = append(m.balances, new(big.Int).Set(a.StartBalance))
	}
	e := &engine{
		mech: m, model: constant{}, params: p, data: data, test: data, agents: agents, rank: ranks(agents),
		classes: 2, rng: rand.New(rand.NewPCG(1, 2)), accFirst: 1 << 40, accEvery: 1 << 40, res: &Result{},
	}
	if err := e.run(context.Background()); err != nil {
		t.Fatalf("run() error = %v", err)
	}
	return m.calls
}

// agent is a malicious agent (it always contributes) with a fixed wait and a deposit of exactly 1 wei.
func agent(address string, balance int64, wait float64) Agent {
	return Agent{Address: address, StartBalance: big.NewInt(balance), MeanDeposit: 1, MeanUpdateWaitS: wait}
}

// TestEngineTiesGoByAddress checks that simultaneous actions go in address order, whatever the agents'
// order in the config.
func TestEngineTiesGoByAddress(t *testing.T) {
	p := Params{RefundWait: 5, AnyAddressClaimWait: 5, Takes: true, UpdatesModel: true}
	got := runScripted(t, p, 4, 1, agent("b", 100, 10), agent("a", 100, 10))
	want := []string{
		"10 1 add 0", "10 0 add 1",
		"20 1 add 2", "20 1 take 1", "20 1 take 2", "20 0 add 3",
		"30 1 take 3", "30 1 take 4",
	}
	if !slices.Equal(got, want) {
		t.Errorf("calls\n%q\nwant\n%q", got, want)
	}
}

// TestEngineScan pins the scan: oldest first, stopping at the first contribution inside the refund wait;
// once all data is handed out, at the first inside the any-address wait; past it, a take.
func TestEngineScan(t *testing.T) {
	p := Params{RefundWait: 10, AnyAddressClaimWait: 30, Takes: true, UpdatesModel: true}
	got := runScripted(t, p, 4, 1, agent("a", 100, 7))
	want := []string{
		"7 0 add 0", "14 0 add 1",
		"21 0 add 2", "21 0 refund 1", // 14 s old and refused; the next, 7 s old, stops the scan
		"28 0 add 3", // all handed out: only what is past the any-address wait (30 s) is looked at
		"42 0 take 1", "49 0 take 2", "56 0 take 3", "63 0 take 4",
	}
	if !slices.Equal(got, want) {
		t.Errorf("calls\n%q\nwant\n%q", got, want)
	}
}

// TestEngineSpentAgentStops checks 0xDeCA10B's rule that an agent whose balance is spent is not scheduled
// again: with 3 wei and 1 wei a contribution, it adds three samples and stops, leaving the rest.
func TestEngineSpentAgentStops(t *testing.T) {
	p := Params{RefundWait: 1000, AnyAddressClaimWait: 1000, Takes: true, UpdatesModel: true}
	got := runScripted(t, p, 10, 1, agent("a", 3, 5))
	want := []string{"5 0 add 0", "10 0 add 1", "15 0 add 2"}
	if !slices.Equal(got, want) {
		t.Errorf("calls %q, want %q", got, want)
	}
}
