package oracle

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sumkit/sumkit/chain"
)

// TestCommitteeChange has the committee drop operator 3 by its own quorum. The change waits the trainer's refund
// wait plus a day; after it, operator 3 stands by, the votes of the old epoch are gone, and the remaining two
// operators activate the next version together.
func TestCommitteeChange(t *testing.T) {
	w := newWorld(t)
	w.contribute(t, 40)
	op1, op2, op3 := w.operator(t, 1), w.operator(t, 2), w.operator(t, 3)
	if d, err := op3.Step(w.ctx); err != nil || d.Action != "committed" || d.Active {
		t.Fatalf("op3.Step() = %+v, %v; want a proposal that is not active", d, err)
	}

	// Given in any order, the next committee is voted for sorted.
	next := Committee{Operators: []common.Address{w.addr(2), w.addr(1)}, Threshold: 2}
	if _, _, err := ProposeCommittee(w.ctx, w.tx(4), w.dep.Model, next); !errors.Is(err, errNotOperator) {
		t.Fatalf("ProposeCommittee() from a contributor error = %v, want %v", err, errNotOperator)
	}
	d1, p, err := ProposeCommittee(w.ctx, w.tx(1), w.dep.Model, next)
	if err != nil || p.Digest != (common.Hash{}) {
		t.Fatalf("ProposeCommittee(operator 1) = %s, %+v, %v; want one vote, nothing scheduled", d1, p, err)
	}
	d2, p, err := ProposeCommittee(w.ctx, w.tx(2), w.dep.Model, next.Sorted())
	if err != nil || d2 != d1 || p.Digest != d1 || p.Votes != 2 {
		t.Fatalf("ProposeCommittee(operator 2) = %s, %+v, %v; want change %s scheduled with 2 votes", d2, p, err, d1)
	}
	status, err := ReadStatus(w.ctx, w.client, w.dep.Model)
	if err != nil {
		t.Fatal(err)
	}
	if want := 60*time.Second + 24*time.Hour; status.CommitteeDelay != want {
		t.Errorf("CommitteeDelay = %s, want the refund wait plus a day, %s", status.CommitteeDelay, want)
	}
	if status.Pending != p || status.Epoch != 1 {
		t.Errorf("ReadStatus() = %+v, want epoch 1 and pending %+v", status, p)
	}

	if err := ExecuteCommittee(w.ctx, w.tx(0), w.dep.Model, next); err == nil || !strings.Contains(err.Error(), "run this again then") {
		t.Fatalf("ExecuteCommittee() before the delay error = %v, want it refused until then", err)
	}
	other := Committee{Operators: []common.Address{w.addr(1), w.addr(3)}, Threshold: 2}
	if err := ExecuteCommittee(w.ctx, w.tx(0), w.dep.Model, other); err == nil || !strings.Contains(err.Error(), "the scheduled change is "+d1.Hex()) {
		t.Fatalf("ExecuteCommittee(another committee) error = %v, want the scheduled change named", err)
	}
	if err := chain.AdjustTime(w.ctx, w.sim, status.CommitteeDelay); err != nil {
		t.Fatal(err)
	}
	if err := ExecuteCommittee(w.ctx, w.tx(0), w.dep.Model, next); err != nil {
		t.Fatalf("ExecuteCommittee() after the delay error = %v", err)
	}
	status, err = ReadStatus(w.ctx, w.client, w.dep.Model)
	if err != nil {
		t.Fatal(err)
	}
	if status.Epoch != 2 || status.Threshold != 2 || len(status.Operators) != 2 || status.Pending.Digest != (common.Hash{}) {
		t.Fatalf("ReadStatus() after the change = %+v, want epoch 2, 2 of 2, nothing pending", status)
	}
	for i, op := range next.Sorted().Operators {
		if status.Operators[i] != op {
			t.Errorf("operator %d = %s, want %s (sorted)", i, status.Operators[i], op)
		}
	}

	if d, err := op3.Step(w.ctx); err != nil || d.Action != "not-operator" {
		t.Errorf("op3.Step() after leaving = %+v, %v; want not-operator", d, err)
	}
	if got := testutil.ToFloat64(op3.metrics.epoch); got != 2 {
		t.Errorf("op3's epoch metric = %v, want 2", got)
	}
	if d, err := op1.Step(w.ctx); err != nil || d.Action != "committed" || d.Active {
		t.Fatalf("op1.Step() = %+v, %v; want a proposal in the new epoch, not active alone", d, err)
	}
	d, err := op2.Step(w.ctx)
	if err != nil || !d.Active || d.Version.Number != 1 {
		t.Fatalf("op2.Step() = %+v, %v; want version 1 active", d, err)
	}
}

// TestCommitteeCheck refuses what OracleModel refuses, before anything is sent.
func TestCommitteeCheck(t *testing.T) {
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	many := make([]common.Address, 33)
	for i := range many {
		many[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
	}
	tests := map[string]struct {
		cm   Committee
		want string
	}{
		"2 of 3":            {Committee{[]common.Address{a, b, c}, 2}, ""},
		"1 of 1":            {Committee{[]common.Address{a}, 1}, ""},
		"half is no quorum": {Committee{[]common.Address{a, b}, 1}, "threshold above half"},
		"above all":         {Committee{[]common.Address{a, b}, 3}, "threshold above half"},
		"empty":             {Committee{nil, 0}, "1 to 32 operators"},
		"too many":          {Committee{many, 20}, "1 to 32 operators"},
		"zero operator":     {Committee{[]common.Address{a, {}}, 2}, "zero or listed twice"},
		"listed twice":      {Committee{[]common.Address{a, a, b}, 2}, "zero or listed twice"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.cm.Check()
			if tt.want == "" {
				if err != nil {
					t.Errorf("Check() error = %v, want none", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check() error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}
