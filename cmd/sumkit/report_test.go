package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	e := newClaimEnv(t)
	_, hash := e.add(t, 1, denseSample)

	wantAll(t, "report own data", e.fail(t, "report", "--dev-account", "1", "--tx", hash),
		"CannotReportOwnContribution(", "use `sumkit refund` instead")
	wantAll(t, "report before the wait", e.fail(t, "report", "--dev-account", "2", "--tx", hash),
		"TooEarly(", "the wait ends at ")
	e.advance(t, 100)
	wantAll(t, "report data the model agrees with", e.fail(t, "report", "--dev-account", "2", "--tx", hash),
		"ModelAgrees(", "nothing to report")
	wantAll(t, "report without --tx", e.fail(t, "report", "--dev-account", "2"), "tx")

	// After the owner's wait, the owner (dev account 0) takes what is left.
	e.advance(t, 100)
	out := e.run(t, "report", "--dev-account", "0", "--tx", hash)
	wantAll(t, "owner's report", out, "took ", " wei of "+e.node.Accounts()[1].Address.Hex()+"'s contribution", "tx:        0x")
	if strings.HasPrefix(out, "took 0 ") {
		t.Errorf("owner's report output = %q, want the deposit taken", out)
	}
	took := regexp.MustCompile(`tx: +(0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if took == nil {
		t.Fatalf("owner's report output has no tx line:\n%s", out)
	}
	wantAll(t, "refund after the owner took it", e.fail(t, "refund", "--dev-account", "1", "--tx", hash),
		"NothingToClaim(", "the contribution is settled: ", " wei taken by "+e.node.Accounts()[0].Address.Hex()+" in tx "+took[1]+" (block ")
}
