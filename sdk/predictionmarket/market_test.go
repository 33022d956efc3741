package predictionmarket_test

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func TestPhaseString(t *testing.T) {
	for _, tc := range []struct {
		p    predictionmarket.Phase
		want string
	}{
		{predictionmarket.Idle, "Idle"}, {predictionmarket.Committed, "Committed"}, {predictionmarket.Participation, "Participation"},
		{predictionmarket.Revealing, "Revealing"}, {predictionmarket.Rewarding, "Rewarding"}, {predictionmarket.Collecting, "Collecting"},
		{predictionmarket.Phase(9), "Phase(9)"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("Phase(%d).String() = %q, want %q", uint8(tc.p), got, tc.want)
		}
	}
}

func TestSplit(t *testing.T) {
	samples := make([]commitment.Sample, 7)
	for i := range samples {
		samples[i] = commitment.Sample{Data: []int64{int64(i)}}
	}
	for _, tc := range []struct {
		n     int
		sizes []int
	}{
		{2, []int{4, 3}}, {3, []int{3, 2, 2}}, {7, []int{1, 1, 1, 1, 1, 1, 1}}, {1, nil}, {8, nil},
	} {
		pieces, err := predictionmarket.Split(samples, tc.n)
		if tc.sizes == nil {
			if err == nil {
				t.Errorf("Split(7 samples, %d) error = nil, want one", tc.n)
			}
			continue
		}
		if err != nil || len(pieces) != len(tc.sizes) {
			t.Fatalf("Split(7 samples, %d) = %d pieces, %v; want %d", tc.n, len(pieces), err, len(tc.sizes))
		}
		next := int64(0)
		for i, p := range pieces {
			if len(p) != tc.sizes[i] {
				t.Errorf("Split(7, %d) piece %d has %d samples, want %d", tc.n, i, len(p), tc.sizes[i])
			}
			for _, s := range p {
				if s.Data[0] != next {
					t.Errorf("Split(7, %d): sample %d out of order", tc.n, s.Data[0])
				}
				next++
			}
		}
	}
}

// packed is the contract's event encoding of samples.
func packed(samples ...commitment.Sample) []byte {
	var b []byte
	for _, s := range samples {
		b = binary.BigEndian.AppendUint64(b, s.Label)
		b = binary.BigEndian.AppendUint64(b, uint64(len(s.Data)))
		for _, d := range s.Data {
			b = binary.BigEndian.AppendUint64(b, uint64(d))
		}
	}
	return b
}

func TestUnpackSamples(t *testing.T) {
	two := []commitment.Sample{{Data: []int64{3, -1}, Label: 1}, {Data: []int64{7}, Label: 0}}
	for _, tc := range []struct {
		name string
		in   []byte
		want []commitment.Sample
		ok   bool
	}{
		{"two", packed(two...), two, true},
		{"empty", nil, nil, true},
		{"truncated header", packed(two...)[:10], nil, false},
		{"truncated data", packed(two...)[:30], nil, false},
	} {
		got, err := predictionmarket.UnpackSamples(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("%s: error = %v, want ok %v", tc.name, err, tc.ok)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d samples, want %d", tc.name, len(got), len(tc.want))
			continue
		}
		for i := range got {
			if got[i].Label != tc.want[i].Label || len(got[i].Data) != len(tc.want[i].Data) || got[i].Data[0] != tc.want[i].Data[0] {
				t.Errorf("%s: sample %d = %+v, want %+v", tc.name, i, got[i], tc.want[i])
			}
		}
	}
}

// devnetRun starts a devnet and takes a run to Rewarding: provider account 0, contributor account 1.
func devnetRun(t *testing.T) (*predictionmarket.Market, *predictionmarket.Manifest, []*chain.Transactor) {
	t.Helper()
	ctx := t.Context()
	node, err := devnet.Start(ctx, devnet.Config{Addr: "127.0.0.1:0", Accounts: 2, InstantBlocks: true})
	if err != nil {
		t.Fatalf("devnet.Start() error = %v", err)
	}
	t.Cleanup(func() { node.Close() })
	client, err := ethclient.Dial(node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	var ts []*chain.Transactor
	for _, a := range node.Accounts() {
		ts = append(ts, trainer.NewTransactor(client, bind.NewKeyedTransactor(a.Key, new(big.Int).SetUint64(node.ChainID()))))
	}
	m, man, err := open(ctx, ts[0])
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if err := revealFirst(ctx, func() {
		if _, err := node.Mine(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}, m, ts[0], man); err != nil {
		t.Fatalf("reveal first: %v", err)
	}
	// Revealing the rest in Participation is refused before anything is sent.
	var pe *predictionmarket.PhaseError
	if err := m.RevealRest(ctx, man, 8, m.Sender(ts[0])); !errors.As(err, &pe) || pe.Have != predictionmarket.Participation {
		t.Fatalf("RevealRest in Participation error = %v, want a PhaseError", err)
	}
	if err := contribute(ctx, m, ts[0], ts[1], man); err != nil {
		t.Fatalf("contribute: %v", err)
	}
	return m, man, ts
}

func TestReadRevealed(t *testing.T) {
	m, man, _ := devnetRun(t)
	st, err := m.State(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.ReadRevealed(t.Context(), big.NewInt(0), st.RevealIndex)
	if err != nil {
		t.Fatalf("ReadRevealed() error = %v", err)
	}
	if len(got.Eval) != len(man.Pieces)-1 || len(got.Contributions) != 2 {
		t.Fatalf("ReadRevealed() = %d eval pieces, %d contributions; want %d and 2", len(got.Eval), len(got.Contributions), len(man.Pieces)-1)
	}
	// Evaluation pieces are the manifest's in index order, less the one revealed first.
	j := 0
	for i, p := range man.Pieces {
		if i == int(st.RevealIndex) {
			continue
		}
		if len(got.Eval[j]) != len(p) || got.Eval[j][0].Label != p[0].Label || got.Eval[j][0].Data[0] != p[0].Data[0] {
			t.Errorf("eval piece %d = %+v, want piece %d %+v", j, got.Eval[j], i, p)
		}
		j++
	}
	if c := got.Contributions[1]; c.Label != 0 || c.Data[0] != 4 || c.Data[1] != 7 {
		t.Errorf("contribution 2 = %+v, want {[4 7] 0}", c)
	}
}

func TestStep(t *testing.T) {
	ctx := t.Context()
	m, _, ts := devnetRun(t)
	send := m.Sender(ts[1])
	if _, err := m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 5, Batch: 0, SettleItems: 1}, send); err == nil {
		t.Error("Step with a batch of 0 error = nil, want one")
	}
	// A SendFunc that stops (a dry run, say) ends the flow after the action it was given, sending nothing.
	var seen []string
	res, err := m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 5, Batch: 1, SettleItems: 256}, func(_ context.Context, a predictionmarket.Action) (bool, error) {
		seen = append(seen, a.What)
		return true, nil
	})
	if err != nil || res.Sent != 1 || res.Done || len(seen) != 1 || seen[0] != "walked contributions 1-1 of 2" {
		t.Fatalf("Step stopped by its SendFunc = %+v, %v, saw %q; want one walk, not done", res, err, seen)
	}
	if res, err = m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 1, Batch: 1, SettleItems: 256}, send); err != nil || res.Sent != 1 || res.Done {
		t.Fatalf("Step with MaxSteps 1 = %+v, %v; want one sent, not done", res, err)
	}
	if res, err = m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 50, Batch: 1, SettleItems: 256}, send); err != nil || !res.Done || res.Phase != predictionmarket.Collecting {
		t.Fatalf("Step to the end = %+v, %v; want done in Collecting", res, err)
	}
	if res, err = m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 50, Batch: 1, SettleItems: 256}, send); err != nil || !res.Done || res.Sent != 0 {
		t.Fatalf("Step in Collecting = %+v, %v; want done with nothing sent", res, err)
	}
	// The contributor labelled both samples right: it gets back at least its stake.
	owed, err := m.Claimable(ctx, ts[1].From())
	if err != nil || owed.Cmp(big.NewInt(2e16)) < 0 {
		t.Errorf("Claimable(contributor) = %v, %v; want at least its 2e16 wei staked", owed, err)
	}
	did, phase, err := m.Collect(ctx, ts[1].From(), m.Sender(ts[1]))
	if err != nil || !did || phase != predictionmarket.Collecting {
		t.Errorf("Collect(contributor) = %v, %s, %v; want done in Collecting", did, phase, err)
	}
	if did, _, err := m.Collect(ctx, ts[1].From(), m.Sender(ts[1])); err != nil || did {
		t.Errorf("Collect(contributor) again = %v, %v; want nothing to do", did, err)
	}
}
