//go:build unix

package e2e

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Who does what: account 0 deploys (and owns the trainer), 1 adds honest data, 2 careless data, 3 has no good
// contribution of its own.
const (
	owner = iota
	honestAuthor
	carelessAuthor
	bystander
	numAccounts
)

// refundWait is the trainer's refund wait in seconds; the claim waits follow it.
const refundWait = 60

// drtFlags deploy Deposit-Refund-Take with short waits. A cost weight of 1 gwei makes deposits of a few
// thousand gwei: well below gas, but every check here is exact to the wei.
var drtFlags = []string{"--mechanism", "deposit-refund-take", "--refund-wait", strconv.Itoa(refundWait),
	"--owner-claim-wait", strconv.Itoa(2 * refundWait), "--any-claim-wait", strconv.Itoa(3 * refundWait),
	"--cost-weight", "1000000000"}

// goodLine is plain status's count of good contributions once one is refunded.
var goodLine = regexp.MustCompile(`(?m)^good contributions:\s+1$`)

// deployIMDB deploys m with mechanism flags, sending from the account flags from (address deployer), and
// returns the manifest's path and contents. It checks that the deployer paid exactly the fees deploy reports.
func (n *node) deployIMDB(t *testing.T, m *imdb, deployer common.Address, from []string, mechanism ...string) (string, *deployment.Manifest) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "imdb.json")
	args := append([]string{"--model", fixture(imdbModelRel), "--encoder", "imdb-vocab", "--vocab", fixture(imdbVocabRel),
		"--out", out}, mechanism...)
	before := n.balance(t, deployer)
	r := n.sumkit(t, "deploy", append(args, from...)...)
	if r.code != 0 {
		t.Fatalf("want success:\n%s", r)
	}
	man, err := deployment.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := man.Check(t.Context(), n.client); err != nil {
		t.Fatalf("deployed manifest: %v", err)
	}
	if man.Deployer != deployer {
		t.Errorf("manifest deployer = %s, want %s", man.Deployer, deployer)
	}
	for _, want := range []string{
		fmt.Sprintf("trainer:   %s (%s)\n", man.Trainer, man.Mechanism),
		fmt.Sprintf("chain id:  %d\n", man.ChainID),
		"wrote " + out + "\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("deploy stdout = %q, want it to contain %q", r.stdout, want)
		}
	}
	fees := wei(t, r.stdout, "fees:")
	checkBalance(t, n, "deployer after deploy", deployer, new(big.Int).Sub(before, fees))
	// stderr is progress only: no error or warning, and the last line has every model word written.
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if strings.Contains(r.stderr, "sumkit:") || !strings.Contains(lines[len(lines)-1], strconv.Itoa(m.model.NumWords())) {
		t.Errorf("deploy stderr = %q, want progress only, ending with all %d model words", r.stderr, m.model.NumWords())
	}
	return out, man
}

// wei reads the amount of wei on stdout's line name ("fee:", "deposit:"): the line's first field.
func wei(t *testing.T, stdout, name string) *big.Int {
	t.Helper()
	v := field(t, stdout, name)
	f := strings.Fields(v)
	amount, ok := new(big.Int), len(f) > 0
	if ok {
		amount, ok = amount.SetString(f[0], 10)
	}
	if !ok {
		t.Fatalf("%s %q is not an amount of wei", name, v)
	}
	return amount
}

// mined returns the receipt of the transaction a command printed, checking the fee it printed too.
func (n *node) mined(t *testing.T, stdout string) *types.Receipt {
	t.Helper()
	r := n.receipt(t, field(t, stdout, "tx:"))
	if got := wei(t, stdout, "fee:"); got.Cmp(fee(r)) != 0 {
		t.Errorf("printed fee = %s wei, want %s (gas used times effective gas price)", got, fee(r))
	}
	return r
}

// added is a contribution as the chain recorded it.
type added struct {
	hash    string
	receipt *types.Receipt
	event   *bindings.DepositRefundTakeAddData
}

// add adds c from account who of w, and checks the output, the AddData event and that the ether moved exactly:
// the author pays the deposit and the gas, the trainer keeps the deposit, any excess comes back.
func (n *node) add(t *testing.T, dep string, man *deployment.Manifest, w *wallet, who int, c contribution) added {
	t.Helper()
	author := w.addr(who)
	authorBefore, trainerBefore := n.balance(t, author), n.balance(t, man.Trainer)
	r := n.sumkit(t, "add", append(append([]string{"--deployment", dep, "--label", man.Classes[c.label]}, w.as(who)...), c.text)...)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("want success and nothing on stderr:\n%s", r)
	}
	if want := fmt.Sprintf("added as %s (class %d) from %s\n", man.Classes[c.label], c.label, author); !strings.HasPrefix(r.stdout, want) {
		t.Errorf("add stdout = %q, want it to start with %q", r.stdout, want)
	}
	a := added{hash: field(t, r.stdout, "tx:"), receipt: n.mined(t, r.stdout)}
	a.event = event(t, a.receipt, man.Trainer, bindings.NewDepositRefundTake().UnpackAddDataEvent)
	sample, err := trainer.UnpackSample(a.event.Data)
	if err != nil {
		t.Fatal(err)
	}
	if a.event.Sender != author || a.event.Label != c.label || !slices.Equal(sample, c.sample) {
		t.Errorf("AddData = sender %s, label %d, sample %v; want %s, %d, %v", a.event.Sender, a.event.Label, sample,
			author, c.label, c.sample)
	}
	// The CLI reports the deposit the trainer held, which its AddData event records.
	if held := wei(t, r.stdout, "deposit:"); a.event.Deposit.Cmp(held) != 0 {
		t.Errorf("AddData deposit = %s wei, add says %s wei held", a.event.Deposit, held)
	}
	wantAuthor := new(big.Int).Sub(authorBefore, a.event.Deposit)
	checkBalance(t, n, "author after add", author, wantAuthor.Sub(wantAuthor, fee(a.receipt)))
	checkBalance(t, n, "trainer after add", man.Trainer, new(big.Int).Add(trainerBefore, a.event.Deposit))
	return a
}

// checkBalance checks that addr holds want wei.
func checkBalance(t *testing.T, n *node, what string, addr common.Address, want *big.Int) {
	t.Helper()
	if got := n.balance(t, addr); got.Cmp(want) != 0 {
		t.Errorf("%s: balance of %s = %s, want %s (off by %s)", what, addr, got, want, new(big.Int).Sub(got, want))
	}
}

// checkPredict checks that predict, plain and --json, gives class want for text.
func (n *node) checkPredict(t *testing.T, dep string, man *deployment.Manifest, text string, want uint64) {
	t.Helper()
	if got, w := n.ok(t, "predict", "--deployment", dep, text), fmt.Sprintf("%s (class %d)\n", man.Classes[want], want); got != w {
		t.Errorf("predict %q = %q, want %q", text, got, w)
	}
	var p struct {
		Class uint64 `json:"class"`
		Name  string `json:"name"`
	}
	out := n.ok(t, "predict", "--deployment", dep, "--json", text)
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("predict --json printed %q: %v", out, err)
	}
	if p.Class != want || p.Name != man.Classes[want] {
		t.Errorf("predict --json %q = %+v, want class %d (%s)", text, p, want, man.Classes[want])
	}
}

// status is the part of `status --json` the tests read.
type status struct {
	Mechanism        string  `json:"mechanism"`
	RefundWait       uint32  `json:"refundWait"`
	OwnerClaimWait   *uint32 `json:"ownerClaimWait"`
	NumContributions string  `json:"numContributions"`
	TotalGood        string  `json:"totalGood"`
	TrainerBalance   string  `json:"trainerBalance"`
	Account          *struct {
		Address           common.Address `json:"address"`
		NumGood           string         `json:"numGood"`
		PendingWithdrawal string         `json:"pendingWithdrawal"`
	} `json:"account"`
}

func (n *node) status(t *testing.T, dep string, account common.Address) status {
	t.Helper()
	out := n.ok(t, "status", "--deployment", dep, "--json", "--account", account.Hex())
	var st status
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("status --json printed %q: %v", out, err)
	}
	if st.Account == nil || st.Account.Address != account {
		t.Fatalf("status --json --account %s has no such account: %q", account, out)
	}
	return st
}

// TestDepositRefundTake runs a contribution's whole life under Deposit-Refund-Take: deploy, predict, add
// honest and careless data, wait, refund the honest one and report the careless one, and checks every wei.
func TestDepositRefundTake(t *testing.T) {
	t.Parallel()
	n := startNode(t, anvilChainID)
	w := newWallet(t, numAccounts)
	m := loadIMDB(t)
	honest, careless := m.pick(t)
	dep, man := n.deployIMDB(t, m, w.addr(owner), w.as(owner), drtFlags...)
	if man.ChainID != anvilChainID || man.Mechanism != trainer.DepositRefundTake {
		t.Errorf("manifest = chain %d, mechanism %s; want %d, %s", man.ChainID, man.Mechanism, anvilChainID, trainer.DepositRefundTake)
	}

	// Both sentences are ones the model gets right; the careless author labels its own wrongly.
	n.checkPredict(t, dep, man, honest.text, honest.label)
	n.checkPredict(t, dep, man, careless.text, 1-careless.label)

	t.Run("dry run", func(t *testing.T) {
		before := n.state(t, w.addr(honestAuthor), man.Trainer)
		args := append([]string{"--deployment", dep, "--label", man.Classes[honest.label], "--dry-run"}, w.as(honestAuthor)...)
		if out := n.ok(t, "add", append(args, honest.text)...); !strings.HasPrefix(out, "dry run: ") {
			t.Errorf("add --dry-run stdout = %q, want it to start with \"dry run: \"", out)
		}
		if diff := before.changes(n.state(t, w.addr(honestAuthor), man.Trainer)); len(diff) > 0 {
			t.Errorf("add --dry-run changed the chain: %s", strings.Join(diff, "; "))
		}
	})

	good := n.add(t, dep, man, w, honestAuthor, honest)
	bad := n.add(t, dep, man, w, carelessAuthor, careless)
	if good.event.Deposit.Sign() <= 0 || bad.event.Deposit.Sign() <= 0 {
		t.Errorf("deposits = %s and %s wei, want both above 0", good.event.Deposit, bad.event.Deposit)
	}
	// The careless label taught the model, but not enough to change its mind on either sentence.
	n.checkPredict(t, dep, man, honest.text, honest.label)
	n.checkPredict(t, dep, man, careless.text, 1-careless.label)

	n.advance(t, refundWait+1)

	t.Run("refund", func(t *testing.T) {
		author := w.addr(honestAuthor)
		authorBefore, trainerBefore := n.balance(t, author), n.balance(t, man.Trainer)
		out := n.ok(t, "refund", append([]string{"--deployment", dep, "--tx", good.hash}, w.as(honestAuthor)...)...)
		r := n.mined(t, out)
		ev := event(t, r, man.Trainer, bindings.NewDepositRefundTake().UnpackRefundEvent)
		if ev.Author != author || ev.Amount.Cmp(good.event.Deposit) != 0 {
			t.Errorf("Refund = author %s, amount %s; want %s, the whole deposit %s", ev.Author, ev.Amount, author, good.event.Deposit)
		}
		if want := fmt.Sprintf("refunded %s wei to %s\n", ev.Amount, author); !strings.HasPrefix(out, want) {
			t.Errorf("refund stdout = %q, want it to start with %q", out, want)
		}
		checkBalance(t, n, "trainer after refund", man.Trainer, new(big.Int).Sub(trainerBefore, ev.Amount))
		wantAuthor := new(big.Int).Add(authorBefore, ev.Amount)
		checkBalance(t, n, "author after refund", author, wantAuthor.Sub(wantAuthor, fee(r)))
	})

	t.Run("report", func(t *testing.T) {
		reporter := w.addr(honestAuthor)
		reporterBefore, trainerBefore := n.balance(t, reporter), n.balance(t, man.Trainer)
		out := n.ok(t, "report", append([]string{"--deployment", dep, "--tx", bad.hash}, w.as(honestAuthor)...)...)
		r := n.mined(t, out)
		ev := event(t, r, man.Trainer, bindings.NewDepositRefundTake().UnpackReportEvent)
		// The reporter holds every good contribution there is, so it takes the whole deposit.
		if ev.Reporter != reporter || ev.Author != w.addr(carelessAuthor) || ev.Amount.Cmp(bad.event.Deposit) != 0 {
			t.Errorf("Report = reporter %s, author %s, amount %s; want %s, %s, the whole deposit %s",
				ev.Reporter, ev.Author, ev.Amount, reporter, w.addr(carelessAuthor), bad.event.Deposit)
		}
		if want := fmt.Sprintf("took %s wei of %s's contribution, to %s\n", ev.Amount, w.addr(carelessAuthor), reporter); !strings.HasPrefix(out, want) {
			t.Errorf("report stdout = %q, want it to start with %q", out, want)
		}
		checkBalance(t, n, "trainer after report", man.Trainer, new(big.Int).Sub(trainerBefore, ev.Amount))
		wantReporter := new(big.Int).Add(reporterBefore, ev.Amount)
		checkBalance(t, n, "reporter after report", reporter, wantReporter.Sub(wantReporter, fee(r)))
	})

	t.Run("status", func(t *testing.T) {
		st := n.status(t, dep, w.addr(honestAuthor))
		want := status{Mechanism: string(trainer.DepositRefundTake), RefundWait: refundWait, NumContributions: "2",
			TotalGood: "1", TrainerBalance: n.balance(t, man.Trainer).String()}
		if st.Mechanism != want.Mechanism || st.RefundWait != want.RefundWait || st.NumContributions != want.NumContributions ||
			st.TotalGood != want.TotalGood || st.TrainerBalance != want.TrainerBalance || st.TrainerBalance != "0" {
			t.Errorf("status = %+v, want %+v with the trainer emptied", st, want)
		}
		if st.OwnerClaimWait == nil || *st.OwnerClaimWait != 2*refundWait {
			t.Errorf("status ownerClaimWait = %v, want %d", st.OwnerClaimWait, 2*refundWait)
		}
		if st.Account.NumGood != "1" || st.Account.PendingWithdrawal != "0" {
			t.Errorf("status account = %+v, want numGood 1, pendingWithdrawal 0", *st.Account)
		}
		if out := n.ok(t, "status", "--deployment", dep); !goodLine.MatchString(out) {
			t.Errorf("status = %q, want a line matching %s", out, goodLine)
		}
	})
}

// TestRefusals runs commands that must be refused: each exits 1 with one line on stderr naming the problem and
// the fix, and changes nothing on the chain: no block, no balance, no nonce.
func TestRefusals(t *testing.T) {
	t.Parallel()
	n := startNode(t, anvilChainID)
	w := newWallet(t, numAccounts)
	m := loadIMDB(t)
	honest, careless := m.pick(t)
	dep, man := n.deployIMDB(t, m, w.addr(owner), w.as(owner), drtFlags...)
	good := n.add(t, dep, man, w, honestAuthor, honest)
	bad := n.add(t, dep, man, w, carelessAuthor, careless)

	wrongPassword := filepath.Join(t.TempDir(), "wrong-password")
	if err := os.WriteFile(wrongPassword, []byte("not "+password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	otherChain := filepath.Join(t.TempDir(), "other-chain.json")
	moved := *man
	moved.ChainID = 1
	if err := moved.Save(otherChain); err != nil {
		t.Fatal(err)
	}
	closed := fmt.Sprintf("http://127.0.0.1:%d", closedPort(t))
	// add is add's arguments for the honest text against node url and deployment manifest, with account flags.
	add := func(url, manifest string, flags ...string) []string {
		args := append([]string{"add", "--rpc", url, "--deployment", manifest, "--label", man.Classes[honest.label]}, flags...)
		return append(args, honest.text)
	}
	claim := func(command string, who int, tx string) []string {
		return append([]string{command, "--rpc", n.url, "--deployment", dep, "--tx", tx}, w.as(who)...)
	}
	watched := append(slices.Clone(w.addrs()), man.Trainer)

	type refusal struct {
		name string
		args []string
		// want are parts of the message: the problem, then the fix.
		want []string
	}
	check := func(t *testing.T, tc refusal) {
		before := n.state(t, watched...)
		checkRefused(t, runSumkit(t, tc.args...), tc.want...)
		if diff := before.changes(n.state(t, watched...)); len(diff) > 0 {
			t.Errorf("the refused command changed the chain: %s", strings.Join(diff, "; "))
		}
	}

	for _, tc := range []refusal{
		{"refund before the wait", claim("refund", honestAuthor, good.hash),
			[]string{"TooEarly", "the wait ends at"}},
		{"refund of someone else's contribution", claim("refund", carelessAuthor, good.hash),
			[]string{"added by " + w.addr(honestAuthor).Hex(), "only its author can refund it", "send from that account"}},
		{"report of your own contribution", claim("report", carelessAuthor, bad.hash),
			[]string{"CannotReportOwnContribution", "use `sumkit refund`"}},
		{"wrong keystore password",
			add(n.url, dep, "--keystore", w.dir, "--account", w.addr(honestAuthor).Hex(), "--password-file", wrongPassword),
			[]string{"wrong password for account " + w.addr(honestAuthor).Hex(), "check --password-file " + wrongPassword}},
		{"deposit too low", add(n.url, dep, append(w.as(honestAuthor), "--value", "1")...),
			[]string{"DepositTooLow", "sent: 1", "send at least", "with --value"}},
		{"no node at --rpc", add(closed, dep, w.as(honestAuthor)...),
			[]string{"cannot reach node at " + closed, "connection refused", "pass --rpc"}},
		{"deployment on another chain", add(n.url, otherChain, w.as(honestAuthor)...),
			[]string{fmt.Sprintf("the node is on chain %d but the deployment is on chain 1", anvilChainID), "use the right --rpc, or redeploy"}},
		{"dev account off the dev chain", add(n.url, dep, "--dev-account", "1"),
			[]string{fmt.Sprintf("on chain %d, not the dev chain %d", anvilChainID, devnet.ChainID), "use --keystore"}},
	} {
		t.Run(tc.name, func(t *testing.T) { check(t, tc) })
	}

	// From here the wait is over and the honest contribution is refunded, which makes the next refusals.
	n.advance(t, refundWait+1)
	n.ok(t, "refund", append([]string{"--deployment", dep, "--tx", good.hash}, w.as(honestAuthor)...)...)

	for _, tc := range []refusal{
		{"refund twice", claim("refund", honestAuthor, good.hash),
			[]string{"UnknownContribution", "already refunded"}},
		{"report without good contributions", claim("report", bystander, bad.hash),
			[]string{"NoGoodContributions", "refund one first"}},
	} {
		t.Run(tc.name, func(t *testing.T) { check(t, tc) })
	}
}

// TestPoints runs a contribution under Points, which moves no ether: deploy, add, wait, refund, and the
// author's good contribution counted.
func TestPoints(t *testing.T) {
	t.Parallel()
	n := startNode(t, anvilChainID)
	w := newWallet(t, numAccounts)
	m := loadIMDB(t)
	honest, _ := m.pick(t)
	dep, man := n.deployIMDB(t, m, w.addr(owner), w.as(owner), "--mechanism", "points", "--refund-wait", strconv.Itoa(refundWait))
	if man.Mechanism != trainer.Points {
		t.Errorf("manifest mechanism = %s, want %s", man.Mechanism, trainer.Points)
	}
	a := n.add(t, dep, man, w, honestAuthor, honest)
	if a.event.Deposit.Sign() != 0 {
		t.Errorf("AddData deposit = %s, want 0 under Points", a.event.Deposit)
	}

	refund := append([]string{"--deployment", dep, "--tx", a.hash}, w.as(honestAuthor)...)
	checkRefused(t, n.sumkit(t, "refund", refund...), "TooEarly")
	n.advance(t, refundWait+1)
	out := n.ok(t, "refund", refund...)
	ev := event(t, n.mined(t, out), man.Trainer, bindings.NewDepositRefundTake().UnpackRefundEvent)
	if ev.Author != w.addr(honestAuthor) || ev.Amount.Sign() != 0 {
		t.Errorf("Refund = author %s, amount %s; want %s, 0", ev.Author, ev.Amount, w.addr(honestAuthor))
	}
	if want := fmt.Sprintf("refunded 0 wei to %s\n", w.addr(honestAuthor)); !strings.HasPrefix(out, want) {
		t.Errorf("refund stdout = %q, want it to start with %q", out, want)
	}

	st := n.status(t, dep, w.addr(honestAuthor))
	if st.Mechanism != string(trainer.Points) || st.OwnerClaimWait != nil || st.NumContributions != "1" || st.TotalGood != "1" ||
		st.TrainerBalance != "0" || st.Account.NumGood != "1" {
		t.Errorf("status = %+v (account %+v), want points, no claim waits, 1 contribution, 1 good, balance 0, numGood 1",
			st, *st.Account)
	}
}

// TestDevAccounts uses --dev-account on an anvil with `sumkit devnet`'s chain id, the one chain where the CLI
// takes the public dev keys: anvil derives the same accounts from the same phrase.
func TestDevAccounts(t *testing.T) {
	t.Parallel()
	n := startNode(t, devnet.ChainID)
	dev, err := devnet.DeriveAccounts(devnet.Mnemonic, 2)
	if err != nil {
		t.Fatal(err)
	}
	m := loadIMDB(t)
	honest, _ := m.pick(t)
	dep, man := n.deployIMDB(t, m, dev[0].Address, []string{"--dev-account", "0"}, drtFlags...)
	if man.ChainID != devnet.ChainID {
		t.Errorf("manifest chain = %d, want %d", man.ChainID, devnet.ChainID)
	}
	r := n.sumkit(t, "add", "--deployment", dep, "--dev-account", "1", "--label", man.Classes[honest.label], honest.text)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("want success and nothing on stderr:\n%s", r)
	}
	ev := event(t, n.mined(t, r.stdout), man.Trainer, bindings.NewDepositRefundTake().UnpackAddDataEvent)
	if ev.Sender != dev[1].Address || ev.Label != honest.label {
		t.Errorf("AddData = sender %s, label %d; want %s, %d", ev.Sender, ev.Label, dev[1].Address, honest.label)
	}
	n.checkPredict(t, dep, man, honest.text, honest.label)
}
