package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestStatus(t *testing.T) {
	e := newClaimEnv(t)
	account := e.node.Accounts()[1].Address.Hex()

	wantAll(t, "status before any data", fields(e.run(t, "status")),
		"model:", "(dense-perceptron)", "classes: BIKING (0), RUNNING (1)", "mechanism: deposit-refund-take",
		"refund wait: 100 s", "owner claim wait: 200 s", "anyone claim wait: 300 s", "cost weight: 10000000000000 wei",
		"contributions: 0", "last add: ", "next deposit: ", "trainer balance: 0 wei")

	_, hash := e.add(t, 1, denseSample)
	e.advance(t, 100)
	e.run(t, "refund", "--dev-account", "1", "--tx", hash)

	wantAll(t, "status with an account", fields(e.run(t, "status", "--account", account)),
		"contributions: 1", "good contributions: 1",
		"account: "+account+" good contributions: 1 pending withdrawal: 0 wei")

	var st trainerStatus
	if err := json.Unmarshal([]byte(e.run(t, "status", "--json", "--account", account)), &st); err != nil {
		t.Fatalf("status --json output does not parse: %v", err)
	}
	if st.Mechanism != "deposit-refund-take" || st.Kind != "dense-perceptron" || len(st.Classes) != 2 ||
		st.RefundWait != 100 || st.OwnerClaimWait == nil || *st.OwnerClaimWait != 200 || st.AnyAddressClaimWait == nil ||
		*st.AnyAddressClaimWait != 300 || st.CostWeight != "10000000000000" || st.NumContributions != "1" ||
		st.TotalGood != "1" || st.LastAddTime == 0 || st.NextDeposit == "" || st.TrainerBalance != "0" {
		t.Errorf("status --json = %+v, want the deployment's parameters, one good contribution and nothing held", st)
	}
	if st.Account == nil || st.Account.Address.Hex() != account || st.Account.NumGood != "1" || st.Account.PendingWithdrawal != "0" {
		t.Errorf("status --json account = %+v, want %s with one good contribution", st.Account, account)
	}

	wantAll(t, "status with a bad account", e.fail(t, "status", "--account", "bob"), `--account "bob" is not an address`)
}

// fields is s with every run of white space made one space.
func fields(s string) string { return strings.Join(strings.Fields(s), " ") }
