package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A contribution whose whole deposit reports took lists as "taken", with nothing claimable, not as open.
func TestContributionsTaken(t *testing.T) {
	e := newClaimEnv(t)
	_, good := e.add(t, 1, denseSample)
	bad := e.addMislabelled(t, 2, "5,5,5,5,5,5,5,5,5")
	e.advance(t, 100)
	e.run(t, "refund", "--dev-account", "1", "--tx", good)
	e.run(t, "report", "--dev-account", "1", "--tx", bad) // all good data is account 1's: it takes the whole deposit

	type row struct{ TxHash, State, Claimable string }
	for _, r := range jsonLines[row](t, e.run(t, "contributions", "--json", "--state")) {
		want := map[string]string{good: "settled", bad: "taken"}[r.TxHash]
		if r.State != want || r.Claimable != "0" {
			t.Errorf("contribution %s: state %q, claimable %q; want %q, 0", r.TxHash, r.State, r.Claimable, want)
		}
	}
	wantAll(t, "contributions --state", fields(e.run(t, "contributions", "--state")), "settled 0", "taken 0")
}

// claims counts waits in chain time and says so, with when this computer's clock will show their end; a chain
// clock that runs ahead of the computer's is pointed out, and the wall-clock estimate comes that much sooner.
func TestClaimsCountChainTime(t *testing.T) {
	e := newClaimEnv(t)
	e.add(t, 1, denseSample)
	const lead = 60
	e.advance(t, lead) // the devnet keeps a jump's lead over the wall clock

	var rep claimsReport
	if err := json.Unmarshal([]byte(e.run(t, "claims", "--dev-account", "1", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().Unix())
	if rep.WallTime+5 < now || rep.WallTime > now || rep.Time < rep.WallTime+lead-5 {
		t.Fatalf("claims --json: time %d, wall_time %d; want wall_time this computer's clock (%d) and time %d s or more ahead of it",
			rep.Time, rep.WallTime, now, lead)
	}
	var refundAt uint64
	for _, cl := range rep.Claims {
		if cl.Action == "refund" {
			refundAt = cl.AvailableAt
		}
	}
	if refundAt == 0 {
		t.Fatalf("claims --json = %+v, want account 1's refund", rep)
	}

	out := e.run(t, "claims", "--dev-account", "1")
	ahead := rep.Time - rep.WallTime
	wantAll(t, "claims", out, "the chain's clock is ", " s ahead of this computer's: waits count chain time",
		"from "+utc(refundAt)+" chain time (in ", " of chain time; about "+utc(refundAt - ahead)[:15])

	for name, tc := range map[string]struct {
		at, head, now, want uint64
	}{
		"chain on time":       {1100, 1000, 1000, 1100},
		"chain ahead":         {1100, 1060, 1000, 1040},
		"chain ahead, passed": {1050, 1060, 1000, 1000},
		"chain behind":        {1100, 900, 1000, 1100},
		"behind, passed":      {950, 900, 1000, 1000},
	} {
		if got := wallTime(tc.at, tc.head, tc.now); got != tc.want {
			t.Errorf("%s: wallTime(%d, %d, %d) = %d, want %d", name, tc.at, tc.head, tc.now, got, tc.want)
		}
	}
	if note := clockNote(1000, 1003); note != "" {
		t.Errorf("clockNote for a 3 s old block = %q, want none", note)
	}
	if note := clockNote(1000, 1100); !strings.Contains(note, "100 s older") {
		t.Errorf("clockNote for a 100 s old block = %q, want it to say so", note)
	}
}
