package main

import (
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/devnet"
)

// The timeout paths: every phase a provider can walk away from has an exit anyone can take, and the CLI takes it.
// Each test has a devnet of its own, so every transaction on it is the test's and fees can be summed per sender.

// window is the shortest window the market accepts; the tests jump one second past it.
const window = 3600

// rewardWindow is the shortest reward window the market accepts.
const rewardWindow = 86400

// initTimeoutMarket starts run 0 from dev account 0 with windows of one hour and the extra flags, and returns
// the market's address.
func initTimeoutMarket(t *testing.T, e *marketEnv, bounty string, extra ...string) common.Address {
	t.Helper()
	args := []string{"--dev-account", "0", "--model", filepath.Join(e.dir, "model.json"), "--test-set", filepath.Join(e.dir, "test.json"),
		"--pieces", "4", "--bounty", bounty, "--min-stake", "10000000000000000",
		"--first-reveal-window", fmt.Sprint(window), "--reveal-window", fmt.Sprint(window), "--reward-window", fmt.Sprint(rewardWindow),
		"--out", e.manifest}
	wantAll(t, "init", e.run(t, "init", append(args, extra...)...), "committed run 0: 4 pieces")
	man, err := readMarketManifest(e.manifest)
	if err != nil {
		t.Fatal(err)
	}
	return man.Market
}

// travel seals a block seconds after the head.
func (e *marketEnv) travel(t *testing.T, seconds uint64) {
	t.Helper()
	if _, err := e.node.IncreaseTime(t.Context(), seconds); err != nil {
		t.Fatal(err)
	}
}

// client is a client of e's node, closed when t ends.
func (e *marketEnv) client(t *testing.T) *ethclient.Client { return dialNode(t, e.url) }

// addr is dev account i's address.
func (e *marketEnv) addr(i int) common.Address { return e.node.Accounts()[i].Address }

// wantPhase checks what `market status --json` says: the phase, what it waits for, and whether it names a time.
func (e *marketEnv) wantPhase(t *testing.T, when, phase, waitsFor string, by bool) marketStatus {
	t.Helper()
	s := e.status(t)
	if s.Phase != phase || !strings.Contains(s.WaitsFor, waitsFor) || (s.By != nil) != by || (s.InSeconds != nil) != by {
		t.Errorf("status %s = phase %s, waits for %q, by %v; want phase %s, waits for %q, a time: %v", when, s.Phase, s.WaitsFor, s.By, phase, waitsFor, by)
	}
	if by && s.InSeconds != nil && *s.InSeconds < 0 {
		t.Errorf("status %s: by is %d s in the past", when, -*s.InSeconds)
	}
	return s
}

// wantLastRun checks what status says of the closed run 0: its outcome, what went back to its provider (dev
// account 0), and the provider's credit.
func (e *marketEnv) wantLastRun(t *testing.T, when, outcome string, swept, credit *big.Int) {
	t.Helper()
	l := e.status(t).LastRun
	if l == nil {
		t.Fatalf("status %s says nothing of the last run", when)
	}
	if l.Run != 0 || l.Provider != e.addr(0) || l.Outcome != outcome || l.Swept != swept.String() || l.ProviderCredit != credit.String() {
		t.Errorf("status %s: last run %+v; want run 0 by %s %s, %s swept, credit %s", when, *l, e.addr(0), outcome, swept, credit)
	}
}

// collect runs `market collect` from dev account who and returns what it paid out (claims and withdrawals) and
// the fees it printed.
func (e *marketEnv) collect(t *testing.T, who int) (paid, fees *big.Int) {
	t.Helper()
	out := e.run(t, "collect", "--manifest", e.manifest, "--dev-account", fmt.Sprint(who))
	paid, fees = new(big.Int), new(big.Int)
	for _, l := range strings.Split(out, "\n") {
		var amount string
		switch {
		case strings.HasPrefix(l, "claimed "):
			fmt.Sscanf(l, "claimed %s wei", &amount)
			paid.Add(paid, bigOf(t, amount))
		case strings.HasPrefix(l, "withdrew "):
			fmt.Sscanf(l, "withdrew %s credited", &amount)
			paid.Add(paid, bigOf(t, amount))
		case strings.HasPrefix(l, "fee:"):
			fmt.Sscanf(l, "fee: %s wei", &amount)
			fees.Add(fees, bigOf(t, amount))
		}
	}
	return paid, fees
}

func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q is not a number", s)
	}
	return v
}

// ledger is every account's balance before the test sent anything.
type ledger map[common.Address]*big.Int

func (e *marketEnv) ledger(t *testing.T, c *ethclient.Client) ledger {
	t.Helper()
	l := ledger{}
	for _, a := range e.node.Accounts() {
		b, err := c.BalanceAt(t.Context(), a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		l[a.Address] = b
	}
	return l
}

// check asserts that each account's balance is its start minus the fees it paid (from the receipts of every
// transaction on the chain) plus net, what the market paid it less what it sent the market.
func (l ledger) check(t *testing.T, c *ethclient.Client, net map[common.Address]*big.Int) {
	t.Helper()
	fees := feesPaid(t, c)
	for a, start := range l {
		want := new(big.Int).Set(start)
		if f := fees[a]; f != nil {
			want.Sub(want, f)
		}
		if n := net[a]; n != nil {
			want.Add(want, n)
		}
		got, err := c.BalanceAt(t.Context(), a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(want) != 0 {
			t.Errorf("balance of %s = %s, want %s (start %s, fees %v, net %v)", a, got, want, start, fees[a], net[a])
		}
	}
}

// feesPaid sums, per sender, the fees of every transaction on the chain.
func feesPaid(t *testing.T, c *ethclient.Client) map[common.Address]*big.Int {
	t.Helper()
	head, err := c.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	fees := map[common.Address]*big.Int{}
	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	for i := uint64(0); i <= head; i++ {
		block, err := c.BlockByNumber(t.Context(), new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		for _, tx := range block.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.TransactionReceipt(t.Context(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if fees[from] == nil {
				fees[from] = new(big.Int)
			}
			fees[from].Add(fees[from], fee(r))
		}
	}
	return fees
}

func marketBalance(t *testing.T, c *ethclient.Client, market common.Address) *big.Int {
	t.Helper()
	b, err := c.BalanceAt(t.Context(), market, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func claimableOf(t *testing.T, c *ethclient.Client, market, who common.Address) *big.Int {
	t.Helper()
	pm := bindings.NewPredictionMarket()
	out, err := c.CallContract(t.Context(), ethereum.CallMsg{To: &market, Data: pm.PackClaimable(who)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := pm.UnpackClaimable(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// sendsNothing runs a --dry-run command from dev account who and checks that it printed a dry run and that
// neither the chain nor the account's nonce moved.
func (e *marketEnv) sendsNothing(t *testing.T, c *ethclient.Client, who int, sub string, args ...string) {
	t.Helper()
	head, err := c.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(t.Context(), e.addr(who))
	if err != nil {
		t.Fatal(err)
	}
	out := e.run(t, sub, append(args, "--dev-account", fmt.Sprint(who), "--dry-run")...)
	wantAll(t, sub+" --dry-run", out, "dry run: ", "nothing was sent", "from:      "+e.addr(who).Hex(), "max fee:")
	if strings.Contains(out, "tx:") {
		t.Errorf("%s --dry-run printed a receipt:\n%s", sub, out)
	}
	after, err := c.PendingNonceAt(t.Context(), e.addr(who))
	if err != nil {
		t.Fatal(err)
	}
	if h, err := c.BlockNumber(t.Context()); err != nil || h != head || after != nonce {
		t.Errorf("after %s --dry-run: head %d (was %d), nonce %d (was %d), err %v; want both unchanged", sub, h, head, after, nonce, err)
	}
}

// The provider commits and never reveals: after the first-reveal deadline anyone cancels and the provider gets
// the whole bounty back.
func TestMarketCancel(t *testing.T) {
	t.Parallel()
	e := newMarketEnv(t)
	c := e.client(t)
	start := e.ledger(t, c)
	bounty := bigOf(t, "1000000000000000003")
	addr := initTimeoutMarket(t, e, bounty.String())
	m := []string{"--manifest", e.manifest}

	e.wantPhase(t, "after init", "Committed", "for the draw", true)
	wantAll(t, "step before the deadline", e.fail(t, "step", append(m, "--dev-account", "3")...), "the market is Committed", "no step to take now")
	e.mine(t, 6)
	e.wantPhase(t, "after the draw block", "Committed", "the provider to reveal the drawn piece", true)

	e.travel(t, window+1)
	e.wantPhase(t, "after the deadline", "Committed", "anyone to cancel", false)
	wantAll(t, "reveal after the deadline", e.fail(t, "reveal", append(m, "--dev-account", "0")...), "DeadlinePassed", "`sumkit market step` takes the exit")
	e.sendsNothing(t, c, 3, "step", m...)
	e.wantPhase(t, "after step --dry-run", "Committed", "anyone to cancel", false)

	// A third party takes the exit; the step does not need the provider's manifest.
	wantAll(t, "step", e.run(t, "step", "--market", addr.Hex(), "--manifest", filepath.Join(e.dir, "none.json"), "--dev-account", "3"),
		"cancelled the run: the first piece was not revealed in time", "done: the market is Idle")
	if s := e.wantPhase(t, "after cancel", "Idle", "a provider to start a run", false); s.Run != 1 {
		t.Errorf("status after cancel: run %d, want 1 (run 0 closed)", s.Run)
	}
	wantAll(t, "step after cancel", e.fail(t, "step", append(m, "--dev-account", "3")...), "the market is Idle", "no step to take now")
	wantAll(t, "third party collects", e.fail(t, "collect", append(m, "--dev-account", "3")...), "nothing to collect")
	e.wantLastRun(t, "after cancel", "cancelled", bounty, bounty)
	wantAll(t, "status after cancel", e.run(t, "status", m...), "last run:      0 by", "cancelled: the first piece was not revealed in time",
		"credit:        "+bounty.String()+" wei for the provider to withdraw")

	before, err := c.BalanceAt(t.Context(), e.addr(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	paid, withdrawFee := e.collect(t, 0)
	if paid.Cmp(bounty) != 0 {
		t.Errorf("provider collected %s wei, want the bounty %s", paid, bounty)
	}
	e.wantLastRun(t, "after the provider collected", "cancelled", bounty, new(big.Int))
	after, err := c.BalanceAt(t.Context(), e.addr(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := new(big.Int).Sub(after, before), new(big.Int).Sub(bounty, withdrawFee); got.Cmp(want) != 0 {
		t.Errorf("provider balance moved by %s wei on collect, want bounty - fee = %s", got, want)
	}
	// The bounty came back in full: everyone is down by exactly its fees, deployments included.
	start.check(t, c, nil)
	if b := marketBalance(t, c, addr); b.Sign() != 0 {
		t.Errorf("market balance = %s, want 0", b)
	}
	wantAll(t, "collect twice", e.fail(t, "collect", append(m, "--dev-account", "0")...), "nothing to collect")
}

// The provider ends up not revealing the remaining pieces: after the reveal deadline anyone forfeits. Half the
// bounty is lost for good (FORFEIT_BURN_BPS), so stakes the provider placed through other accounts cannot win it
// back; each contributor collects its stakes plus the other half × staked / totalStaked; the provider gets
// nothing, and its collect closes the run.
func TestMarketForfeit(t *testing.T) {
	t.Parallel()
	e := newMarketEnv(t)
	c := e.client(t)
	start := e.ledger(t, c)
	bounty := bigOf(t, "1000000000000000009")
	addr := initTimeoutMarket(t, e, bounty.String(), "--allow-greater-stake", "--min-contributions", "3")
	m := []string{"--manifest", e.manifest}
	e.mine(t, 6)
	e.run(t, "reveal", append(m, "--dev-account", "0")...)
	e.wantPhase(t, "after reveal", "Participation", "it may end at 3 contributions (now 0)", true)

	stakes := map[int][]string{1: {"10000000000000000", "30000000000000000"}, 2: {"20000000000000000"}}
	staked := map[common.Address]*big.Int{}
	total := new(big.Int)
	for _, who := range []int{1, 2} {
		staked[e.addr(who)] = new(big.Int)
		for i, s := range stakes[who] {
			d := []int64{int64(who), int64(who + 4 + i), 12}
			e.run(t, "add", append(m, "--dev-account", fmt.Sprint(who), "--label", fmt.Sprint(teacherLabel(d)), "--stake", s, joinInts(d))...)
			staked[e.addr(who)].Add(staked[e.addr(who)], bigOf(t, s))
			total.Add(total, bigOf(t, s))
		}
	}
	e.wantPhase(t, "with 3 contributions", "Participation", "it may end now", false)
	e.run(t, "end", append(m, "--dev-account", "3")...)
	e.wantPhase(t, "after end", "Revealing", "the provider to reveal the remaining 3 pieces", true)
	wantAll(t, "step before the deadline", e.fail(t, "step", append(m, "--dev-account", "3")...), "the market is Revealing", "no step to take now")

	e.travel(t, window+1)
	e.wantPhase(t, "after the reveal deadline", "Revealing", "anyone to forfeit", false)
	wantAll(t, "reveal-rest after the deadline", e.fail(t, "reveal-rest", append(m, "--dev-account", "0")...), "DeadlinePassed", "takes the exit")
	wantAll(t, "step", e.run(t, "step", append(m, "--dev-account", "3")...), "forfeited: the pieces were not revealed in time", "done: the market is Collecting")
	e.wantPhase(t, "after forfeit", "Collecting", "contributors and the provider to claim", false)

	burned := new(big.Int).Div(bounty, big.NewInt(2))
	pool := new(big.Int).Sub(bounty, burned)
	net := map[common.Address]*big.Int{e.addr(0): new(big.Int).Neg(bounty)}
	owed := new(big.Int)
	for _, who := range []int{1, 2} {
		a := e.addr(who)
		share := new(big.Int).Div(new(big.Int).Mul(pool, staked[a]), total)
		if got := claimableOf(t, c, addr, a); got.Cmp(new(big.Int).Add(staked[a], share)) != 0 {
			t.Errorf("claimable(%d) = %s, want stake %s + share %s", who, got, staked[a], share)
		}
		if who == 2 {
			continue // collects after the run closed
		}
		paid, _ := e.collect(t, who)
		if want := new(big.Int).Add(staked[a], share); paid.Cmp(want) != 0 {
			t.Errorf("contributor %d collected %s wei, want staked %s + half the bounty × %s / %s = %s", who, paid, staked[a], staked[a], total, want)
		}
		net[a] = share // its stakes went in and came back
		owed.Add(owed, paid)
	}
	// The provider is owed nothing; its collect closes the run, and contributor 2's claim survives it.
	out := e.run(t, "collect", append(m, "--dev-account", "0")...)
	wantAll(t, "provider collects", out, "swept the run closed")
	if strings.Contains(out, "claimed ") || strings.Contains(out, "withdrew ") {
		t.Errorf("the forfeiting provider was paid:\n%s", out)
	}
	e.wantPhase(t, "after the sweep", "Idle", "a provider to start a run", false)
	e.wantLastRun(t, "after the sweep", "forfeited", new(big.Int), new(big.Int))
	a2 := e.addr(2)
	paid, _ := e.collect(t, 2)
	share2 := new(big.Int).Div(new(big.Int).Mul(pool, staked[a2]), total)
	if want := new(big.Int).Add(staked[a2], share2); paid.Cmp(want) != 0 {
		t.Errorf("contributor 2 collected %s wei after the run closed, want %s", paid, want)
	}
	net[a2] = share2
	owed.Add(owed, paid)
	dust := new(big.Int).Sub(new(big.Int).Add(pool, total), owed)
	if dust.Sign() < 0 || dust.Cmp(big.NewInt(2)) >= 0 {
		t.Fatalf("dust = %s wei, want below one wei a contributor", dust)
	}
	start.check(t, c, net)
	if b, want := marketBalance(t, c, addr), new(big.Int).Add(burned, dust); b.Cmp(want) != 0 {
		t.Errorf("market balance = %s, want the burnt half %s plus the dust %s", b, burned, dust)
	}
}

// A completed run where one contributor does not collect before the provider closes the run: the provider gets
// only its own, the contributor's amount stays claimable after the run closed, and the market takes a new run.
func TestMarketSweepAndRestart(t *testing.T) {
	t.Parallel()
	e := newMarketEnv(t)
	c := e.client(t)
	start := e.ledger(t, c)
	bounty := bigOf(t, "1000000000000000000")
	addr := initTimeoutMarket(t, e, bounty.String(), "--min-contributions", "3")
	m := []string{"--manifest", e.manifest}
	e.mine(t, 6)
	e.run(t, "reveal", append(m, "--dev-account", "0")...)
	stake := bigOf(t, "10000000000000000")
	// Contributor 2, who collects late, must be owed something whichever piece the block hash draws. Its first
	// sample is one the initial all-zero perceptron already classifies right (class 0), so that update changes
	// nothing: its score is 0 on any evaluation set and it is owed at least that stake.
	for _, c := range []struct {
		who  string
		data []int64
	}{{"2", []int64{1, 3, 5}}, {"1", []int64{2, 5, 13}}, {"2", []int64{0, 2, 8}}} {
		e.run(t, "add", append(m, "--dev-account", c.who, "--label", fmt.Sprint(teacherLabel(c.data)), joinInts(c.data))...)
	}
	e.run(t, "end", append(m, "--dev-account", "3")...)
	e.run(t, "reveal-rest", append(m, "--dev-account", "0")...)
	e.wantPhase(t, "after reveal-rest", "Rewarding", "anyone to step the walk", true)
	wantAll(t, "step", e.run(t, "step", append(m, "--dev-account", "3")...), "done: the market is Collecting")
	e.wantPhase(t, "after the rewards", "Collecting", "contributors and the provider to claim", false)

	unpaid := claimableOf(t, c, addr, e.addr(2))
	if unpaid.Sign() == 0 {
		t.Fatal("contributor 2 is owed nothing: the test needs it to leave something unclaimed")
	}
	providerShare := claimableOf(t, c, addr, e.addr(0))
	net := map[common.Address]*big.Int{}
	for _, who := range []int{1, 0} {
		// Contributor 1's one contribution may have lowered accuracy on the drawn evaluation set and lost it all.
		if who == 1 && claimableOf(t, c, addr, e.addr(1)).Sign() == 0 {
			net[e.addr(who)] = new(big.Int)
			continue
		}
		paid, _ := e.collect(t, who)
		net[e.addr(who)] = paid
	}
	net[e.addr(0)].Sub(net[e.addr(0)], bounty)
	net[e.addr(1)].Sub(net[e.addr(1)], stake)
	if s := e.wantPhase(t, "after the provider collected", "Idle", "a provider to start a run", false); s.Run != 1 {
		t.Errorf("status after the provider's collect: run %d, want 1 (its collect closed run 0)", s.Run)
	}
	e.wantLastRun(t, "after the sweep", "rewarded", providerShare, new(big.Int))
	if b := marketBalance(t, c, addr); b.Cmp(unpaid) != 0 {
		t.Errorf("market balance after the run closed = %s, want contributor 2's unclaimed %s", b, unpaid)
	}
	// The sweep did not take contributor 2's amount: it collects it from the closed run.
	paid, _ := e.collect(t, 2)
	if paid.Cmp(unpaid) != 0 {
		t.Errorf("contributor 2 collected %s wei after the run closed, want %s", paid, unpaid)
	}
	net[e.addr(2)] = new(big.Int).Sub(paid, new(big.Int).Mul(stake, big.NewInt(2)))
	wantAll(t, "collect twice", e.fail(t, "collect", append(m, "--dev-account", "2")...), "nothing to collect")
	start.check(t, c, net)
	if b := marketBalance(t, c, addr); b.Sign() != 0 {
		t.Errorf("market balance = %s, want 0", b)
	}

	// Restart: run 1 on the same market, with a model built for run 1's updater.
	second := filepath.Join(e.dir, "run1.json")
	wantAll(t, "restart", e.run(t, "init", "--market", addr.Hex(), "--dev-account", "1", "--model", filepath.Join(e.dir, "model.json"),
		"--test-set", filepath.Join(e.dir, "test.json"), "--pieces", "2", "--bounty", "100000", "--min-stake", "10", "--out", second),
		"committed run 1: 2 pieces")
	man, err := readMarketManifest(second)
	if err != nil || man.Run != 1 || man.Market != addr {
		t.Fatalf("run 1 manifest = %+v, %v", man, err)
	}
	e.manifest = second
	if s := e.wantPhase(t, "after the restart", "Committed", "for the draw", true); s.Run != 1 || s.Bounty != "100000" {
		t.Errorf("status after the restart = %+v, want run 1 with bounty 100000", s)
	}
	e.mine(t, 6)
	e.run(t, "reveal", "--manifest", second, "--dev-account", "1")
	e.wantPhase(t, "run 1 revealed", "Participation", "contributions", true)
}

// Nobody steps the rewards: after the reward deadline anyone abandons the run, every contributor collects its
// stakes and the provider its bounty, and the step's other exit, --close, closes the run.
func TestMarketAbandon(t *testing.T) {
	t.Parallel()
	e := newMarketEnv(t)
	c := e.client(t)
	start := e.ledger(t, c)
	bounty := bigOf(t, "1000000000000000000")
	addr := initTimeoutMarket(t, e, bounty.String(), "--min-contributions", "2")
	m := []string{"--manifest", e.manifest}
	e.mine(t, 6)
	e.run(t, "reveal", append(m, "--dev-account", "0")...)
	for _, who := range []int{1, 2} {
		d := []int64{int64(who), int64(who + 4), 12}
		e.run(t, "add", append(m, "--dev-account", fmt.Sprint(who), "--label", fmt.Sprint(teacherLabel(d)), joinInts(d))...)
	}
	e.run(t, "end", append(m, "--dev-account", "3")...)
	e.run(t, "reveal-rest", append(m, "--dev-account", "0")...)
	e.wantPhase(t, "after reveal-rest", "Rewarding", "anyone to step the walk", true)

	e.travel(t, rewardWindow+1)
	e.wantPhase(t, "after the reward deadline", "Rewarding", "anyone to abandon the run", false)
	wantAll(t, "step", e.run(t, "step", append(m, "--dev-account", "3")...), "abandoned: the rewards were not final", "done: the market is Collecting")
	stake := bigOf(t, "10000000000000000")
	for _, who := range []int{1, 2} {
		if got := claimableOf(t, c, addr, e.addr(who)); got.Cmp(stake) != 0 {
			t.Errorf("claimable(%d) = %s after abandon, want its stake %s", who, got, stake)
		}
	}
	if got := claimableOf(t, c, addr, e.addr(0)); got.Cmp(bounty) != 0 {
		t.Errorf("claimable(provider) = %s after abandon, want the bounty %s", got, bounty)
	}
	wantAll(t, "step --close", e.run(t, "step", append(m, "--dev-account", "3", "--close")...), "swept the run closed", "done: the market is Idle")
	e.wantLastRun(t, "after the close", "abandoned", bounty, bounty)
	for _, who := range []int{1, 2, 0} {
		e.collect(t, who)
	}
	start.check(t, c, nil)
	if b := marketBalance(t, c, addr); b.Sign() != 0 {
		t.Errorf("market balance = %s, want 0", b)
	}
}

// A parameter out of its bounds is refused with the flag to change and its range.
func TestMarketInitOutOfRange(t *testing.T) {
	t.Parallel()
	e := newMarketEnv(t)
	args := []string{"--dev-account", "0", "--model", filepath.Join(e.dir, "model.json"), "--test-set", filepath.Join(e.dir, "test.json"),
		"--pieces", "4", "--bounty", "1000000000000000000", "--min-stake", "1", "--out", e.manifest}
	for _, c := range []struct {
		flags []string
		want  string
	}{
		{[]string{"--reveal-window", "4294967295"}, "--reveal-window must be 3600 to 604800"},
		{[]string{"--first-reveal-window", "60"}, "--first-reveal-window must be 3600 to 86400"},
		{[]string{"--max-contributions", "5000"}, "--max-contributions must be 1 to 1000"},
		{[]string{"--min-contributions", "20", "--max-contributions", "10"}, "--min-contributions must be 0 to 10"},
	} {
		wantAll(t, strings.Join(c.flags, " "), e.fail(t, "init", append(args, c.flags...)...), "OutOfRange", c.want)
	}
	wantAll(t, "a bounty below the minimum", e.fail(t, "init", append(args[:len(args)-2:len(args)-2], "--bounty", "1", "--out", e.manifest)...),
		"--bounty must be 100000 to")
}
