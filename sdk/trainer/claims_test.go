package trainer_test

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// claimList renders claims as "action author-name label now|at+offset [amount] [condition]", offsets from
// each contribution's time, so expectations read as the rules do.
func claimList(c *testChain, claims []trainer.Claim) []string {
	var out []string
	for _, cl := range claims {
		who := "?"
		for i, a := range c.addrs {
			if a == cl.Contribution.Author {
				who = accountNames[i]
			}
		}
		when := "now"
		if !cl.Now {
			when = fmt.Sprintf("at+%d", int64(cl.AvailableAt)-int64(cl.Contribution.Time))
		}
		s := fmt.Sprintf("%s %s %s %s", cl.Action, who, when, cl.Amount)
		if cl.Condition != "" {
			s += " if " + cl.Condition
		}
		out = append(out, s)
	}
	return out
}

func claimsOf(t *testing.T, c *testChain, s *trainer.Stack, who int) []trainer.Claim {
	t.Helper()
	claims, err := s.Claims(c.ctx, c.tx(who), c.client, c.addrs[who], trainer.HistoryOptions{})
	if err != nil {
		t.Fatalf("Claims(%s) error = %v", accountNames[who], err)
	}
	return claims
}

func wantClaims(t *testing.T, c *testChain, s *trainer.Stack, who int, want []string) {
	t.Helper()
	got := claimList(c, claimsOf(t, c, s, who))
	if !slices.Equal(got, want) {
		t.Errorf("Claims(%s) =\n  %s\nwant\n  %s", accountNames[who], strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestClaimsDepositRefundTake(t *testing.T) {
	c := newTestChain(t)
	s, adds := historyStack(t, c, trainer.DepositRefundTake)
	dep := func(i int) string { return adds[i].deposit.String() }

	// Before the refund wait: alice may refund later; carol's mislabelled data is reportable later, but alice
	// has no good data yet; everything is takeable after the any-address wait.
	wantClaims(t, c, s, alice, []string{
		"refund alice at+100 " + dep(0), "take alice at+300 " + dep(0),
		"report carol at+100 " + dep(1) + " if you have a validated contribution of your own", "take carol at+300 " + dep(1),
		"take bob at+300 " + dep(2),
	})
	// Carol's own refund waits for a model that agrees; the owner's take comes sooner.
	wantClaims(t, c, s, carol, []string{
		"take alice at+300 " + dep(0),
		"refund carol at+100 " + dep(1) + " if the model agrees with the label", "take carol at+300 " + dep(1),
		"take bob at+300 " + dep(2),
	})
	wantClaims(t, c, s, owner, []string{
		"take alice at+200 " + dep(0),
		"report carol at+100 " + dep(1) + " if you have a validated contribution of your own", "take carol at+200 " + dep(1),
		"take bob at+200 " + dep(2),
	})

	// Past the refund wait, alice's refund is due; once she has it, her report of carol's data is too, for the
	// whole deposit: she holds all the good data there is.
	c.advanceTo(t, adds[2].time+100)
	claims := claimsOf(t, c, s, alice)
	if !claims[0].Now || claims[0].Action != trainer.ActionRefund {
		t.Fatalf("Claims(alice)[0] = %+v, want a refund due now", claims[0])
	}
	if _, err := s.Refund(c.ctx, c.tx(alice), adds[0].data, adds[0].label, adds[0].time); err != nil {
		t.Fatalf("alice's refund, which Claims said was due: %v", err)
	}
	wantClaims(t, c, s, alice, []string{
		"report carol now " + dep(1), "take carol at+300 " + dep(1),
		"take bob at+300 " + dep(2),
	})
	claims = claimsOf(t, c, s, alice)
	r, err := s.Report(c.ctx, c.tx(alice), adds[1].data, adds[1].label, adds[1].time, c.addrs[carol])
	if err != nil {
		t.Fatalf("alice's report, which Claims said was due: %v", err)
	}
	if got := reportEvent(t, r).Amount; got.Cmp(claims[0].Amount) != 0 {
		t.Errorf("report paid %s, Claims said %s", got, claims[0].Amount)
	}
	// Reported once, carol's data is no longer alice's to report; what is left goes to the long waits.
	wantClaims(t, c, s, alice, []string{"take bob at+300 " + dep(2)})

	// After the any-address wait anyone takes what is left, dave (no good data) included.
	c.advanceTo(t, adds[2].time+300)
	wantClaims(t, c, s, dave, []string{"take bob now " + dep(2)})
}

func TestClaimsPoints(t *testing.T) {
	c := newTestChain(t)
	s, adds := historyStack(t, c, trainer.Points)
	wantClaims(t, c, s, carol, []string{"refund carol at+100 0 if the model agrees with the label"})
	wantClaims(t, c, s, dave, []string{"report carol at+100 0 if you have a validated contribution of your own"})

	c.advanceTo(t, adds[2].time+100)
	wantClaims(t, c, s, bob, []string{"report carol at+100 0 if you have a validated contribution of your own", "refund bob now 0"})
	if _, err := s.Refund(c.ctx, c.tx(bob), adds[2].data, adds[2].label, adds[2].time); err != nil {
		t.Fatalf("bob's refund: %v", err)
	}
	if _, err := s.Report(c.ctx, c.tx(bob), adds[1].data, adds[1].label, adds[1].time, c.addrs[carol]); err != nil {
		t.Fatalf("bob's report: %v", err)
	}
	// Carol's data is settled by the report: nobody can do anything with it any more.
	wantClaims(t, c, s, carol, nil)
	wantClaims(t, c, s, bob, nil)
}

func TestClaimsBadInput(t *testing.T) {
	c := newTestChain(t)
	s, _ := historyStack(t, c, trainer.DepositRefundTake)
	_, err := s.Claims(c.ctx, c.tx(alice), c.client, c.addrs[alice], trainer.HistoryOptions{FromBlock: 1 << 40, ToBlock: 1})
	errorContains(t, err, "after to block")
}

// TestStateOf checks each standing a record can give, under both mechanisms.
func TestStateOf(t *testing.T) {
	rec := func(id, claimable int64, claims uint16) trainer.Record {
		return trainer.Record{Id: big.NewInt(id), Deposit: big.NewInt(100), Claimable: big.NewInt(claimable), NumClaims: claims}
	}
	for _, tc := range []struct {
		name string
		rec  trainer.Record
		mech trainer.Mechanism
		want trainer.State
	}{
		{"fresh", rec(3, 100, 0), trainer.DepositRefundTake, trainer.StateOpen},
		{"partly reported", rec(3, 40, 2), trainer.DepositRefundTake, trainer.StateOpen},
		{"fully taken", rec(3, 0, 3), trainer.DepositRefundTake, trainer.StateTaken},
		{"refunded: record cleared", rec(0, 0, 0), trainer.DepositRefundTake, trainer.StateSettled},
		{"never added", trainer.Record{}, trainer.DepositRefundTake, trainer.StateSettled},
		{"points, claimed", rec(3, 0, 1), trainer.Points, trainer.StateSettled},
		{"points, unclaimed", rec(3, 0, 0), trainer.Points, trainer.StateOpen},
	} {
		if got := trainer.StateOf(tc.rec, tc.mech); got != tc.want {
			t.Errorf("%s: trainer.StateOf = %s, want %s", tc.name, got, tc.want)
		}
	}
}
