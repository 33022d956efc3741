package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// addMislabelled adds sample from dev account n with the label the model does not predict, and returns the
// transaction's hash.
func (e *claimEnv) addMislabelled(t *testing.T, n int, sample string) string {
	t.Helper()
	var p struct{ Class uint64 }
	if err := json.Unmarshal([]byte(e.run(t, "predict", "--json", sample)), &p); err != nil {
		t.Fatalf("predict --json output: %v", err)
	}
	out := e.run(t, "add", "--dev-account", strconv.Itoa(n), "--label", strconv.FormatUint(1-p.Class, 10), sample)
	for _, l := range strings.Split(out, "\n") {
		if h, ok := strings.CutPrefix(l, "tx:"); ok {
			return strings.TrimSpace(h)
		}
	}
	t.Fatalf("add output has no tx line:\n%s", out)
	return ""
}

// jsonLines decodes one JSON object per line.
func jsonLines[T any](t *testing.T, out string) []T {
	t.Helper()
	var rows []T
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r T
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %q is not JSON: %v", l, err)
		}
		rows = append(rows, r)
	}
	return rows
}

func TestContributionsCommand(t *testing.T) {
	e := newClaimEnv(t)
	_, good := e.add(t, 1, denseSample)
	bad := e.addMislabelled(t, 2, "5,5,5,5,5,5,5,5,5")
	author2 := e.node.Accounts()[2].Address.Hex()

	out := e.run(t, "contributions")
	wantAll(t, "contributions", out, "BLOCK", "AUTHOR", good, bad, e.node.Accounts()[1].Address.Hex(), author2, "2 contribution(s)")

	type row struct {
		Author, TxHash, Class, State, Claimable string
		Deposit                                 json.Number
		Data                                    []int64
	}
	rows := jsonLines[row](t, e.run(t, "contributions", "--json", "--state", "--page-blocks", "1"))
	if len(rows) != 2 || rows[0].TxHash != good || rows[1].TxHash != bad {
		t.Fatalf("contributions --json = %+v, want the two additions in order", rows)
	}
	for _, r := range rows {
		if r.State != "open" || r.Claimable != r.Deposit.String() || len(r.Data) != 9 || r.Class == "" {
			t.Errorf("contributions --json --state row = %+v, want open with its whole deposit claimable and 9 features", r)
		}
	}

	byAuthor := jsonLines[row](t, e.run(t, "contributions", "--json", "--author", author2))
	if len(byAuthor) != 1 || byAuthor[0].TxHash != bad {
		t.Errorf("contributions --author %s = %+v, want only its addition", author2, byAuthor)
	}
	wantAll(t, "contributions --limit 1", e.run(t, "contributions", "--limit", "1"), good, "1 contribution(s)")

	e.advance(t, 100)
	e.run(t, "refund", "--dev-account", "1", "--tx", good)
	wantAll(t, "contributions --state after a refund", fields(e.run(t, "contributions", "--state")), "settled 0", "open")

	bad2 := map[string]struct {
		args []string
		want string
	}{
		"bad author":       {[]string{"--author", "bob"}, `--author "bob" is not an address`},
		"to before from":   {[]string{"--from-block", "5", "--to-block", "2"}, "--to-block 2 is before the first block read, 5"},
		"zero page":        {[]string{"--page-blocks", "0"}, "--page-blocks 0"},
		"negative limit":   {[]string{"--limit", "-1"}, "--limit -1"},
		"unknown rpc":      {[]string{"--rpc", "http://127.0.0.1:1"}, "cannot reach node"},
		"missing manifest": {[]string{"--deployment", "nope.json"}, "nope.json"},
	}
	for name, tc := range bad2 {
		t.Run(name, func(t *testing.T) {
			wantAll(t, "contributions "+name, e.fail(t, "contributions", tc.args...), tc.want)
		})
	}
}

func TestClaimsCommand(t *testing.T) {
	e := newClaimEnv(t)
	_, good := e.add(t, 1, denseSample)
	bad := e.addMislabelled(t, 2, "5,5,5,5,5,5,5,5,5")

	// Before the refund wait nothing is due; account 1's refund and take come later.
	out := fields(e.run(t, "claims", "--dev-account", "1"))
	wantAll(t, "claims before the wait", out, "due now: 0", "later: ", "refund", "take", "(in ", "m",
		"once you have a validated contribution of your own")

	// Account 2's mislabelled data cannot be refunded, and reporting it needs good data.
	e.advance(t, 100)
	wantAll(t, "refund of mislabelled data", e.fail(t, "refund", "--dev-account", "2", "--tx", bad),
		"ModelDisagrees(", "the model does not agree with this label now")
	wantAll(t, "report without good data", e.fail(t, "report", "--dev-account", "3", "--tx", bad),
		"NoGoodContributions(", "refund one first")

	var rep claimsReport
	if err := json.Unmarshal([]byte(e.run(t, "claims", "--dev-account", "1", "--json")), &rep); err != nil {
		t.Fatalf("claims --json does not parse: %v", err)
	}
	if len(rep.Claims) == 0 || !rep.Claims[0].Now || rep.Claims[0].Action != "refund" || rep.Claims[0].Contribution.TxHash.Hex() != good {
		t.Fatalf("claims --json = %+v, want account 1's refund due now first", rep)
	}
	e.run(t, "refund", "--dev-account", "1", "--tx", good)

	// With good data of its own, account 1 may report account 2's for its whole deposit (all good data is its).
	if err := json.Unmarshal([]byte(e.run(t, "claims", "--account", e.node.Accounts()[1].Address.Hex(), "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Claims) == 0 || !rep.Claims[0].Now || rep.Claims[0].Action != "report" || rep.Claims[0].Contribution.TxHash.Hex() != bad {
		t.Fatalf("claims after the refund = %+v, want the report of account 2's data due now", rep)
	}
	wantAll(t, "report as claims said", e.run(t, "report", "--dev-account", "1", "--tx", bad), "took "+rep.Claims[0].Amount.String()+" wei")

	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"no account":   {nil, "name one account"},
		"two accounts": {[]string{"--dev-account", "1", "--account", e.node.Accounts()[1].Address.Hex()}, "name one account"},
		"bad account":  {[]string{"--account", "bob"}, `--account "bob" is not an address`},
	} {
		t.Run(name, func(t *testing.T) {
			wantAll(t, "claims "+name, e.fail(t, "claims", tc.args...), tc.want)
		})
	}
}
