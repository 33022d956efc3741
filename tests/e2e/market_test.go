//go:build unix

package e2e

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/devnet"
)

// marketRule labels the market test's samples: class 1 when the listed weights sum above zero.
var marketRule = []int64{3, -2, 5, -4, 1, -1, 2, -3, 4, -5, 2, -2, 1, 3, -4, 1}

func ruleLabel(data []int64) uint64 {
	var sum int64
	for _, f := range data {
		sum += marketRule[f]
	}
	if sum > 0 {
		return 1
	}
	return 0
}

// TestMarket runs a whole prediction market through the binary on anvil: the provider commits a bounty and a
// hidden test set, two contributors stake on data (one mislabels), the market ends, the test set is revealed,
// anyone steps the rewards, and everyone collects. Every wei of the pool comes back out, and each account's
// balance moves by exactly what it staked, claimed and paid in fees.
func TestMarket(t *testing.T) {
	t.Parallel()
	n := startNode(t, devnet.ChainID)
	dev, err := devnet.DeriveAccounts(devnet.Mnemonic, 4)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	zeros := strings.TrimSuffix(strings.Repeat("0,", len(marketRule)), ",")
	modelFile := writeFile(t, dir, "model.json", `{"type": "sparse perceptron", "classifications": ["neg", "pos"], "weights": [`+zeros+`], "intercept": 0, "learningRate": 1}`)
	var set []map[string]any
	for i := range 8 {
		data := []int64{int64(i), int64((i + 3) % 16), int64((i + 7) % 16)}
		set = append(set, map[string]any{"data": data, "label": ruleLabel(data)})
	}
	b, err := json.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	testSet := writeFile(t, dir, "test.json", string(b))
	manifest := filepath.Join(dir, "market.json")
	m := []string{"--manifest", manifest}

	before := n.state(t, dev[0].Address, dev[1].Address, dev[2].Address)
	// try runs a market command from dev account who.
	try := func(who int, sub string, args ...string) result {
		t.Helper()
		return runSumkit(t, append([]string{"market", sub, "--rpc", n.url, "--dev-account", fmt.Sprint(who)}, args...)...)
	}
	send := func(who int, sub string, args ...string) string {
		t.Helper()
		r := try(who, sub, args...)
		if r.code != 0 {
			t.Fatalf("want success:\n%s", r)
		}
		return r.stdout
	}

	const bounty, stake = "1000000000000000000", "10000000000000000"
	send(0, "init", "--model", modelFile, "--test-set", testSet, "--pieces", "4", "--bounty", bounty,
		"--min-stake", stake, "--min-contributions", "3", "--out", manifest)
	for range 6 { // the first piece is drawn from a later block's hash
		if err := n.rpc.CallContext(t.Context(), nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	send(0, "reveal", m...)
	for _, c := range []struct {
		who   int
		data  []int64
		wrong bool
	}{{1, []int64{0, 2, 8}, false}, {1, []int64{1, 3, 9}, false}, {2, []int64{2, 4, 14}, true}} {
		label := ruleLabel(c.data)
		if c.wrong {
			label = 1 - label
		}
		send(c.who, "add", append(m, "--label", fmt.Sprint(label), joinInts(c.data))...)
	}
	send(3, "end", m...)
	send(0, "reveal-rest", m...)
	// Anyone steps the rewards, from public data alone.
	if out := send(3, "step", "--market", readMarket(t, manifest), "--manifest", filepath.Join(dir, "none.json")); !strings.Contains(out, "the market is Collecting") {
		t.Fatalf("step output = %q, want the market Collecting", out)
	}

	claimed := map[common.Address]*big.Int{}
	for _, who := range []int{1, 2, 0} {
		// A contributor whose data lowered accuracy may have lost its whole stake: nothing to collect.
		r := try(who, "collect", m...)
		if r.code != 0 && !strings.Contains(r.stderr, "nothing to collect") {
			t.Fatalf("collect by dev account %d:\n%s", who, r)
		}
		total := new(big.Int)
		for _, l := range strings.Split(r.stdout, "\n") {
			var amount string
			if _, err := fmt.Sscanf(l, "claimed %s wei", &amount); err != nil {
				if _, err := fmt.Sscanf(l, "withdrew %s credited", &amount); err != nil {
					continue
				}
			}
			v, ok := new(big.Int).SetString(amount, 10)
			if !ok {
				t.Fatalf("collect printed %q", l)
			}
			total.Add(total, v)
		}
		claimed[dev[who].Address] = total
	}

	pool, _ := new(big.Int).SetString(bounty, 10)
	stakeWei, _ := new(big.Int).SetString(stake, 10)
	pool.Add(pool, new(big.Int).Mul(stakeWei, big.NewInt(3)))
	sum := new(big.Int)
	for _, v := range claimed {
		sum.Add(sum, v)
	}
	if sum.Cmp(pool) != 0 {
		t.Errorf("collected %s wei in all, want the pool (bounty + stakes) %s", sum, pool)
	}
	if bal := n.balance(t, common.HexToAddress(readMarket(t, manifest))); bal.Sign() != 0 {
		t.Errorf("market holds %s wei after collection, want 0", bal)
	}

	// Each account: start - what it put in - fees + what it collected.
	put := map[common.Address]*big.Int{
		dev[0].Address: new(big.Int).Set(pool.Sub(pool, new(big.Int).Mul(stakeWei, big.NewInt(3)))), // the bounty
		dev[1].Address: new(big.Int).Mul(stakeWei, big.NewInt(2)),
		dev[2].Address: new(big.Int).Set(stakeWei),
	}
	fees := n.feesPaid(t)
	for addr, in := range put {
		want := new(big.Int).Sub(before.balances[addr], in)
		want.Sub(want, fees[addr]).Add(want, claimed[addr])
		checkBalance(t, n, "after collection", addr, want)
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// readMarket is the market's address from a market manifest.
func readMarket(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var man struct{ Market common.Address }
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatalf("market manifest %s: %v", path, err)
	}
	return man.Market.Hex()
}

func joinInts(xs []int64) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}

// feesPaid sums, per sender, the fees of every transaction on the node's chain: each test has an anvil of its
// own, so every transaction is the test's, deployments the CLI makes without printing them included.
func (n *node) feesPaid(t *testing.T) map[common.Address]*big.Int {
	t.Helper()
	head, err := n.client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	fees := map[common.Address]*big.Int{}
	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	for i := uint64(0); i <= head; i++ {
		block, err := n.client.BlockByNumber(t.Context(), new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		for _, tx := range block.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatalf("sender of %s: %v", tx.Hash(), err)
			}
			if fees[from] == nil {
				fees[from] = new(big.Int)
			}
			fees[from].Add(fees[from], fee(n.receipt(t, tx.Hash().Hex())))
		}
	}
	return fees
}
