package report

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/chain/chaintest"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// TestFromChain adds three contributions from two accounts, refunds one, and reads them back: in chain order,
// named by transaction and log index, authored by their senders, with the refund counted for the contribution
// and its author only when settlements are asked for.
func TestFromChain(t *testing.T) {
	ctx := context.Background()
	c := chaintest.New(t, chaintest.WithAccounts(2))
	tx := []*chain.Transactor{c.Transactor(0, chain.WithErrors(trainer.Errors())), c.Transactor(1, chain.WithErrors(trainer.Errors()))}
	m, err := model.Untrained(model.SparsePerceptron, []string{"bad", "good"}, 8)
	if err != nil {
		t.Fatal(err)
	}
	s, err := trainer.Deploy(ctx, tx[0], trainer.Spec{Model: m, Incentive: trainer.Incentive{Mechanism: trainer.DepositRefundTake,
		RefundWait: 60, OwnerClaimWait: 3600, AnyAddressClaimWait: 7200, CostWeight: big.NewInt(1)}})
	if err != nil {
		t.Fatal(err)
	}
	adds := []struct {
		who   int
		data  []int64
		label uint64
	}{{0, []int64{1, 2}, 1}, {1, []int64{5, 6}, 0}, {0, []int64{3}, 1}}
	var refundTime uint64
	for i, a := range adds {
		r, err := s.AddData(ctx, tx[a.who], a.data, a.label, big.NewInt(params.Ether))
		if err != nil {
			t.Fatalf("add %d: %v", i, err)
		}
		if i == 0 {
			if refundTime, err = s.AddedTime(r); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := chain.AdjustTime(ctx, c.Backend(), 2*time.Minute); err != nil {
		t.Fatal(err)
	}
	c.Commit()
	if _, err := s.Refund(ctx, tx[0], adds[0].data, adds[0].label, refundTime); err != nil {
		t.Fatalf("refund: %v", err)
	}
	for _, settlements := range []bool{false, true} {
		in, err := FromChain(ctx, s, c.Client(), tx[0], trainer.HistoryOptions{}, settlements)
		if err != nil {
			t.Fatal(err)
		}
		if in.Train.Len() != len(adds) || len(in.Names) != len(adds) {
			t.Fatalf("%d contributions, %d names; want %d", in.Train.Len(), len(in.Names), len(adds))
		}
		for i, a := range adds {
			x, y := in.Train.Sample(i)
			if len(x) != len(a.data) || x[0] != a.data[0] || y != a.label || in.Authors[i] != c.Addr(a.who).Hex() {
				t.Errorf("contribution %d: %v label %d by %s; want %v label %d by %s", i, x, y, in.Authors[i], a.data, a.label, c.Addr(a.who).Hex())
			}
		}
		if !settlements {
			if in.Refunded != nil || in.Reported != nil {
				t.Error("settlement counts read without being asked for")
			}
			continue
		}
		if in.Refunded[in.Names[0]] != 1 || in.Refunded[c.Addr(0).Hex()] != 1 || in.Refunded[in.Names[2]] != 0 || len(in.Reported) != 0 {
			t.Errorf("refunded %v, reported %v; want the first contribution and its author refunded once", in.Refunded, in.Reported)
		}
	}
}
