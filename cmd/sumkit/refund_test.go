package main

import (
	"bytes"
	"encoding/json"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/devnet"
)

// claimEnv is a devnet with the dense perceptron deployed under Deposit-Refund-Take, with waits of 100, 200 and
// 300 s and a deposit large enough to outweigh gas.
type claimEnv struct {
	node *devnet.Node
	url  string
	dep  string
}

func newClaimEnv(t *testing.T) *claimEnv {
	t.Helper()
	node := startNode(t)
	dep := deploy(t, node.URL(), "--model", denseModel, "--encoder", "none", "--mechanism", "deposit-refund-take",
		"--refund-wait", "100", "--owner-claim-wait", "200", "--any-claim-wait", "300", "--cost-weight", "10000000000000")
	return &claimEnv{node: node, url: node.URL(), dep: dep}
}

// runClaimCLI runs, in-process, an app with the commands these tests need.
func runClaimCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := appWith(deployCommand(), predictCommand(), addCommand(), refundCommand(), reportCommand(), withdrawCommand(),
		statusCommand(), claimsCommand(), contributionsCommand())
	// ErrWriter too, so that nothing reaches the test's stderr.
	app.Writer, app.ErrWriter = &out, &errOut
	err = app.RunContext(t.Context(), append([]string{"sumkit"}, args...))
	return out.String(), errOut.String(), err
}

// run runs the CLI with --rpc and --deployment of e after the command, failing the test on an error.
func (e *claimEnv) run(t *testing.T, command string, args ...string) string {
	t.Helper()
	stdout, stderr, err := runClaimCLI(t, append([]string{command, "--rpc", e.url, "--deployment", e.dep}, args...)...)
	if err != nil {
		t.Fatalf("%s %v error = %v\nstderr:\n%s", command, args, err, stderr)
	}
	return stdout
}

// fail runs the CLI like run and returns its error, failing the test where there is none or it spans lines.
func (e *claimEnv) fail(t *testing.T, command string, args ...string) string {
	t.Helper()
	_, _, err := runClaimCLI(t, append([]string{command, "--rpc", e.url, "--deployment", e.dep}, args...)...)
	if err == nil {
		t.Fatalf("%s %v error = nil, want one", command, args)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("%s %v error spans lines: %q", command, args, err)
	}
	return err.Error()
}

// add adds sample from dev account n with the label the model predicts for it, so that a refund can succeed,
// and returns the label and the transaction's hash.
func (e *claimEnv) add(t *testing.T, n int, sample string) (label, hash string) {
	t.Helper()
	var p struct{ Class uint64 }
	if err := json.Unmarshal([]byte(e.run(t, "predict", "--json", sample)), &p); err != nil {
		t.Fatalf("predict --json output: %v", err)
	}
	label = strconv.FormatUint(p.Class, 10)
	out := e.run(t, "add", "--dev-account", strconv.Itoa(n), "--label", label, sample)
	for _, l := range strings.Split(out, "\n") {
		if h, ok := strings.CutPrefix(l, "tx:"); ok {
			return label, strings.TrimSpace(h)
		}
	}
	t.Fatalf("add output has no tx line:\n%s", out)
	return "", ""
}

func (e *claimEnv) advance(t *testing.T, seconds uint64) {
	t.Helper()
	if _, err := e.node.IncreaseTime(t.Context(), seconds); err != nil {
		t.Fatal(err)
	}
}

func (e *claimEnv) balance(t *testing.T, n int) *big.Int {
	t.Helper()
	client := dialNode(t, e.url)
	b, err := client.BalanceAt(t.Context(), e.node.Accounts()[n].Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func wantAll(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(got, want) {
			t.Errorf("%s = %q, want it to contain %q", what, got, want)
		}
	}
}

func TestRefund(t *testing.T) {
	e := newClaimEnv(t)
	_, hash := e.add(t, 1, denseSample)

	wantAll(t, "refund before the wait", e.fail(t, "refund", "--dev-account", "1", "--tx", hash),
		"TooEarly(", "the wait ends at ", " chain time (in 1m", "s of chain time; about ", "by this computer's clock); retry then")

	e.advance(t, 100)
	wantAll(t, "refund of another's contribution", e.fail(t, "refund", "--dev-account", "2", "--tx", hash),
		"added by "+e.node.Accounts()[1].Address.Hex(), "only its author can refund it")

	before := e.balance(t, 1)
	out := e.run(t, "refund", "--dev-account", "1", "--tx", hash)
	wantAll(t, "refund output", out, "refunded ", " wei to "+e.node.Accounts()[1].Address.Hex(), "tx:        0x")
	if strings.HasPrefix(out, "refunded 0 ") {
		t.Errorf("refund output = %q, want a deposit back", out)
	}
	if after := e.balance(t, 1); after.Cmp(before) <= 0 {
		t.Errorf("balance after refund = %s, want more than %s", after, before)
	}

	refundTx := regexp.MustCompile(`tx: +(0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if refundTx == nil {
		t.Fatalf("refund output has no tx line:\n%s", out)
	}
	wantAll(t, "refund twice", e.fail(t, "refund", "--dev-account", "1", "--tx", hash),
		"refund: the contract refused: UnknownContribution(key: 0x", "the contribution is settled: already refunded to its author in tx "+refundTx[1]+" (block ")
	wantAll(t, "report after the refund", e.fail(t, "report", "--dev-account", "2", "--tx", hash),
		"report: the contract refused: UnknownContribution(", "already refunded to its author in tx "+refundTx[1])
}

func TestRefundByText(t *testing.T) {
	e := newClaimEnv(t)
	sample := "5,5,5,5,5,5,5,5,5"
	label, _ := e.add(t, 3, sample)
	var st struct{ LastAddTime uint64 }
	if err := json.Unmarshal([]byte(e.run(t, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	e.advance(t, 100)
	added := strconv.FormatUint(st.LastAddTime, 10)
	wantAll(t, "refund with the wrong time", e.fail(t, "refund", "--dev-account", "3", "--time", "1", "--label", label, sample),
		"UnknownContribution(")
	out := e.run(t, "refund", "--dev-account", "3", "--time", added, "--label", label, sample)
	wantAll(t, "refund output", out, "refunded ", e.node.Accounts()[3].Address.Hex())
}

func TestRefundBadInput(t *testing.T) {
	e := newClaimEnv(t)
	_, hash := e.add(t, 1, denseSample)
	tests := map[string]struct {
		args []string
		want string
	}{
		"nothing named":    {[]string{"--dev-account", "1"}, "pass --tx HASH, or --time, --label"},
		"tx and text":      {[]string{"--dev-account", "1", "--tx", hash, "--label", "0", denseSample}, "--tx names the contribution by itself"},
		"bad hash":         {[]string{"--dev-account", "1", "--tx", "0x1234"}, "is not a transaction hash"},
		"unknown tx":       {[]string{"--dev-account", "1", "--tx", "0x" + strings.Repeat("ab", 32)}, "read the receipt"},
		"no account":       {[]string{"--tx", hash}, "no account to send from"},
		"unknown label":    {[]string{"--dev-account", "1", "--time", "1", "--label", "SWIMMING", denseSample}, `unknown label "SWIMMING"`},
		"missing manifest": {[]string{"--dev-account", "1", "--tx", hash, "--deployment", "nope.json"}, "nope.json"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			wantAll(t, "refund "+name, e.fail(t, "refund", tc.args...), tc.want)
		})
	}
}
