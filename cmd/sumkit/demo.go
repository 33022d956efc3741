package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/stack"
)

// The demo's incentive parameters: 0xDeCA10B's demo waits, and a cost weight that makes a deposit (a few
// hundredths of an ether when additions are hours apart) outweigh the gas fees of the simulated chain.
const (
	demoRefundWait          = 24 * 60 * 60
	demoOwnerClaimWait      = 7 * 24 * 60 * 60
	demoAnyAddressClaimWait = 14 * 24 * 60 * 60
	demoCostWeight          = 1_000_000_000_000_000 // 1e15 wei
	demoHeldOutEvery        = 5
	demoAccuracyMethod      = "on-chain predict (trainer.predict via eth_call)"
)

// Gas operation names in the demo's summary.
const (
	demoOpDeploy    = "deploy"
	demoOpAdd       = "addData"
	demoOpAddUpdate = "addData_update"
	demoOpRefund    = "refund"
	demoOpReport    = "report"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "simulate contributors training 0xDeCA10B's IMDB sentiment model with Deposit-Refund-Take",
		Description: `Starts an in-process chain (Osaka rules), deploys 0xDeCA10B's IMDB sentiment sparse perceptron with
Deposit-Refund-Take (refund wait 1 day, owner claim wait 7 days, any-address claim wait 14 days, cost weight
1e15 wei), and plays out simulated days: an honest contributor adds sentences of the UCI IMDB sentiment data
with their true label, a careless one mislabels some, each paying the deposit the trainer asks for. After the
refund wait each refunds their contributions the model agrees with, and the honest one reports the careless
one's contributions the model disagrees with. Every 5th sentence is held out; its accuracy is measured with
on-chain predictions before and after. Prints the gas per operation, each contributor's balance change and the
counts of refunds and reports.

Example:
   sumkit demo --models testdata/models --data testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt --days 10 --seed 1`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "models", Value: "testdata/models", Usage: "folder holding imdb-sparse-perceptron.json and imdb.json"},
			&cli.StringFlag{Name: "data", Value: "testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt", Usage: "labelled sentences, one a line: the sentence, a tab, then 0 (negative) or 1 (positive)"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of the contribution order and of the careless contributor's mistakes"},
			&cli.IntFlag{Name: "days", Value: 10, Usage: "simulated days of contributions"},
			&cli.IntFlag{Name: "per-day", Value: 8, Usage: "additions a day, the two contributors taking turns"},
			&cli.Float64Flag{Name: "careless-error", Value: 0.4, Usage: "share of the careless contributor's additions given the wrong label"},
			&cli.BoolFlag{Name: "json", Usage: "print a machine-readable summary instead of the report"},
		},
		Action: func(c *cli.Context) error {
			cfg := demoConfig{
				ModelPath:     filepath.Join(c.String("models"), "imdb-sparse-perceptron.json"),
				VocabPath:     filepath.Join(c.String("models"), "imdb.json"),
				DataPath:      c.String("data"),
				Seed:          c.Uint64("seed"),
				Days:          c.Int("days"),
				PerDay:        c.Int("per-day"),
				CarelessError: c.Float64("careless-error"),
			}
			sum, err := runDemo(c.Context, cfg)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(sum)
			}
			return sum.write(c.App.Writer)
		},
	}
}

type demoConfig struct {
	ModelPath, VocabPath, DataPath string
	Seed                           uint64
	Days, PerDay                   int
	CarelessError                  float64
}

// demoSummary is what --json prints. Amounts in wei are decimal strings.
type demoSummary struct {
	Chain           string             `json:"chain"`
	Seed            uint64             `json:"seed"`
	Days            int                `json:"days"`
	PerDay          int                `json:"perDay"`
	CarelessError   float64            `json:"carelessErrorRate"`
	Incentive       demoIncentive      `json:"incentive"`
	Sentences       int                `json:"sentences"`
	HeldOut         int                `json:"heldOut"`
	Skipped         int                `json:"skippedNoKnownWords"`
	AccuracyMethod  string             `json:"accuracyMethod"`
	AccuracyBefore  float64            `json:"accuracyBefore"`
	AccuracyAfter   float64            `json:"accuracyAfter"`
	ChangedHeldOut  int                `json:"heldOutPredictionsChanged"`
	Additions       int                `json:"additions"`
	Refunds         int                `json:"refunds"`
	Reports         int                `json:"reports"`
	Unsettled       int                `json:"unsettled"`
	DepositsLeftWei string             `json:"depositsLeftWei"`
	Gas             []demoGas          `json:"gas"`
	Contributors    []*demoContributor `json:"contributors"`
	correctBefore   int
	correctAfter    int
	depositsLeft    *big.Int
}

type demoIncentive struct {
	Mechanism                  string `json:"mechanism"`
	RefundWaitSeconds          uint32 `json:"refundWaitSeconds"`
	OwnerClaimWaitSeconds      uint32 `json:"ownerClaimWaitSeconds"`
	AnyAddressClaimWaitSeconds uint32 `json:"anyAddressClaimWaitSeconds"`
	CostWeightWei              string `json:"costWeightWei"`
}

type demoGas struct {
	Op    string `json:"op"`
	Count int    `json:"count"`
	Avg   uint64 `json:"avg"`
	Min   uint64 `json:"min"`
	Max   uint64 `json:"max"`
}

// demoContributor is one contributor's account of the demo. NetWei is the balance change, which equals
// RefundedWei + TakenWei - DepositsPaidWei - GasFeesWei.
type demoContributor struct {
	Name            string `json:"name"`
	Address         string `json:"address"`
	Additions       int    `json:"additions"`
	WrongLabels     int    `json:"wrongLabels"`
	Refunds         int    `json:"refunds"`
	Reports         int    `json:"reports"`
	ReportedAgainst int    `json:"reportedAgainst"`
	DepositsPaidWei string `json:"depositsPaidWei"`
	RefundedWei     string `json:"refundedWei"`
	TakenWei        string `json:"takenWei"`
	LostWei         string `json:"lostToReportsWei"`
	GasFeesWei      string `json:"gasFeesWei"`
	NetWei          string `json:"netWei"`

	addr                               common.Address
	tx                                 *chain.Transactor
	paid, refunded, taken, lost, fees  *big.Int
	start                              *big.Int
	net                                *big.Int
	flipProbability                    float64
	honest                             bool
	additions, wrong, refunds, reports int
	reportedAgainst                    int
}

type demoSentence struct {
	text   string
	label  uint64
	sample []int64
}

type demoContribution struct {
	author    *demoContributor
	sample    []int64
	label     uint64
	addedTime uint64
	deposit   *big.Int
	settled   bool
}

// demo holds the running simulation.
type demo struct {
	sim    *simulated.Backend
	client simulated.Client
	s      *stack.Stack
	owner  *chain.Transactor
	gas    map[string][]uint64
	drt    *bindings.DepositRefundTake
}

func runDemo(ctx context.Context, cfg demoConfig) (*demoSummary, error) {
	if cfg.Days < 1 || cfg.PerDay < 1 || cfg.PerDay > 24*60 {
		return nil, usagef("--days must be at least 1 and --per-day from 1 to 1440, not %d and %d", cfg.Days, cfg.PerDay)
	}
	if cfg.CarelessError < 0 || cfg.CarelessError > 1 {
		return nil, usagef("--careless-error must lie in [0, 1], not %g", cfg.CarelessError)
	}
	m, err := model.Load(cfg.ModelPath)
	if err != nil {
		return nil, err
	}
	if m.Kind != model.SparsePerceptron {
		return nil, fmt.Errorf("%s is a %s model; the demo needs the IMDB sparse perceptron", cfg.ModelPath, m.Kind)
	}
	vocab, err := model.LoadVocabulary(cfg.VocabPath)
	if err != nil {
		return nil, err
	}
	enc, err := encoder.NewVocabulary(vocab, encoder.ForModel(m))
	if err != nil {
		return nil, err
	}
	sentences, err := readDemoSentences(cfg.DataPath)
	if err != nil {
		return nil, err
	}
	// Every 5th sentence is held out; the rest, in an order the seed fixes, are contributed.
	var heldOut, pool []demoSentence
	skipped := 0
	for i, st := range sentences {
		sample, _, err := enc.EncodeReport(st.text)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", cfg.DataPath, i+1, err)
		}
		if len(sample) == 0 {
			skipped++
			continue
		}
		st.sample = sample
		if i%demoHeldOutEvery == demoHeldOutEvery-1 {
			heldOut = append(heldOut, st)
		} else {
			pool = append(pool, st)
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	total := cfg.Days * cfg.PerDay
	if total > len(pool) {
		return nil, fmt.Errorf("%d days of %d additions need %d sentences; %s has %d to contribute", cfg.Days, cfg.PerDay, total, cfg.DataPath, len(pool))
	}
	if len(heldOut) == 0 {
		return nil, fmt.Errorf("%s holds no sentence to hold out", cfg.DataPath)
	}

	ownerKey, honestKey, carelessKey := demoKey(1), demoKey(2), demoKey(3)
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{ownerKey, honestKey, carelessKey} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: funds}
	}
	sim := chain.NewSimulated(alloc, 0)
	defer sim.Close()
	// Blocks are stamped with the wall clock or their parent's time plus one second, whichever is later: with
	// the clock moved ahead, every block is one second after the last and every run makes the same chain.
	if err := chain.AdjustTime(ctx, sim, time.Hour); err != nil {
		return nil, fmt.Errorf("set chain clock: %w", err)
	}
	d := &demo{sim: sim, client: sim.Client(), gas: map[string][]uint64{}, drt: bindings.NewDepositRefundTake()}
	chainID, err := d.client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	mine := chain.WithMiner(func() { sim.Commit() })
	d.owner = stack.NewTransactor(d.client, bind.NewKeyedTransactor(ownerKey, chainID), mine)
	honest := &demoContributor{Name: "honest", honest: true}
	careless := &demoContributor{Name: "careless", flipProbability: cfg.CarelessError}
	for _, p := range []struct {
		c   *demoContributor
		key *ecdsa.PrivateKey
	}{{honest, honestKey}, {careless, carelessKey}} {
		p.c.addr = crypto.PubkeyToAddress(p.key.PublicKey)
		p.c.tx = stack.NewTransactor(d.client, bind.NewKeyedTransactor(p.key, chainID), mine)
		p.c.paid, p.c.refunded, p.c.taken, p.c.lost, p.c.fees = new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int)
		if p.c.start, err = d.client.BalanceAt(ctx, p.c.addr, nil); err != nil {
			return nil, fmt.Errorf("balance of %s: %w", p.c.addr, err)
		}
	}

	inc := stack.Incentive{
		Mechanism:           stack.DepositRefundTake,
		RefundWait:          demoRefundWait,
		OwnerClaimWait:      demoOwnerClaimWait,
		AnyAddressClaimWait: demoAnyAddressClaimWait,
		CostWeight:          big.NewInt(demoCostWeight),
	}
	d.s, err = stack.Deploy(ctx, d.owner, stack.Spec{
		Model: m, Incentive: inc, Name: "IMDB sentiment (sumkit demo)", Encoder: enc.Spec(),
	})
	if err != nil {
		return nil, err
	}
	d.gas[demoOpDeploy] = append(d.gas[demoOpDeploy], d.s.GasUsed())

	sum := &demoSummary{
		Chain: "in-process simulated chain, Osaka rules", Seed: cfg.Seed, Days: cfg.Days, PerDay: cfg.PerDay,
		CarelessError: cfg.CarelessError, Sentences: len(sentences), HeldOut: len(heldOut), Skipped: skipped,
		AccuracyMethod: demoAccuracyMethod,
		Incentive: demoIncentive{
			Mechanism: string(inc.Mechanism), RefundWaitSeconds: inc.RefundWait, OwnerClaimWaitSeconds: inc.OwnerClaimWait,
			AnyAddressClaimWaitSeconds: inc.AnyAddressClaimWait, CostWeightWei: inc.CostWeight.String(),
		},
	}
	before, err := d.predictAll(ctx, heldOut)
	if err != nil {
		return nil, err
	}

	step := 24 * time.Hour / time.Duration(cfg.PerDay)
	var contributions []*demoContribution
	next := 0
	for day := range cfg.Days {
		if day > 0 {
			if err := d.settle(ctx, contributions, honest); err != nil {
				return nil, fmt.Errorf("day %d: %w", day+1, err)
			}
		}
		for k := range cfg.PerDay {
			if err := chain.AdjustTime(ctx, sim, step); err != nil {
				return nil, fmt.Errorf("advance chain clock: %w", err)
			}
			who := honest
			if k%2 == 1 {
				who = careless
			}
			st := pool[next]
			next++
			label := st.label
			if who.flipProbability > 0 && rng.Float64() < who.flipProbability {
				label = 1 - label
				who.wrong++
			}
			c, err := d.add(ctx, who, st.sample, label)
			if err != nil {
				return nil, fmt.Errorf("day %d: %s contributor: %w", day+1, who.Name, err)
			}
			contributions = append(contributions, c)
		}
	}
	// Wait out the refund wait of the last additions, then settle once more.
	if err := chain.AdjustTime(ctx, sim, time.Duration(demoRefundWait)*time.Second); err != nil {
		return nil, fmt.Errorf("advance chain clock: %w", err)
	}
	if err := d.settle(ctx, contributions, honest); err != nil {
		return nil, fmt.Errorf("final settlement: %w", err)
	}
	after, err := d.predictAll(ctx, heldOut)
	if err != nil {
		return nil, err
	}
	for i, st := range heldOut {
		if before[i] == st.label {
			sum.correctBefore++
		}
		if after[i] == st.label {
			sum.correctAfter++
		}
		if before[i] != after[i] {
			sum.ChangedHeldOut++
		}
	}

	sum.AccuracyBefore = float64(sum.correctBefore) / float64(len(heldOut))
	sum.AccuracyAfter = float64(sum.correctAfter) / float64(len(heldOut))
	sum.Additions = len(contributions)
	sum.depositsLeft = new(big.Int)
	for _, c := range contributions {
		if !c.settled {
			sum.Unsettled++
		}
	}
	for _, who := range []*demoContributor{honest, careless} {
		end, err := d.client.BalanceAt(ctx, who.addr, nil)
		if err != nil {
			return nil, fmt.Errorf("balance of %s: %w", who.addr, err)
		}
		who.net = new(big.Int).Sub(end, who.start)
		want := new(big.Int).Add(who.refunded, who.taken)
		want.Sub(want, who.paid).Sub(want, who.fees)
		if want.Cmp(who.net) != 0 {
			return nil, fmt.Errorf("%s contributor's balance changed by %s wei, but its deposits, refunds, takings and fees add up to %s wei", who.Name, who.net, want)
		}
		sum.Refunds += who.refunds
		sum.Reports += who.reports
		sum.depositsLeft.Add(sum.depositsLeft, who.paid).Sub(sum.depositsLeft, who.refunded).Sub(sum.depositsLeft, who.lost)
		who.Address, who.Additions, who.WrongLabels = who.addr.Hex(), who.additions, who.wrong
		who.Refunds, who.Reports, who.ReportedAgainst = who.refunds, who.reports, who.reportedAgainst
		who.DepositsPaidWei, who.RefundedWei, who.TakenWei = who.paid.String(), who.refunded.String(), who.taken.String()
		who.LostWei, who.GasFeesWei, who.NetWei = who.lost.String(), who.fees.String(), who.net.String()
		sum.Contributors = append(sum.Contributors, who)
	}
	sum.DepositsLeftWei = sum.depositsLeft.String()
	for _, op := range []string{demoOpDeploy, demoOpAdd, demoOpAddUpdate, demoOpRefund, demoOpReport} {
		if g := d.gas[op]; len(g) > 0 {
			sum.Gas = append(sum.Gas, gasStats(op, g))
		}
	}
	return sum, nil
}

// add adds sample with label from who, paying the deposit the trainer asks for now.
func (d *demo) add(ctx context.Context, who *demoContributor, sample []int64, label uint64) (*demoContribution, error) {
	predicted, err := d.s.Predict(ctx, who.tx, sample)
	if err != nil {
		return nil, err
	}
	cost, err := d.s.NextAddDataCost(ctx, who.tx)
	if err != nil {
		return nil, err
	}
	r, err := d.s.AddData(ctx, who.tx, sample, label, cost)
	if err != nil {
		return nil, err
	}
	op := demoOpAdd
	if predicted != label {
		op = demoOpAddUpdate // the perceptron learns only from samples it gets wrong
	}
	d.gas[op] = append(d.gas[op], r.GasUsed)
	who.fees.Add(who.fees, fee(r))
	who.additions++
	for _, l := range r.Logs {
		if l.Address != d.s.Trainer {
			continue
		}
		if ev, err := d.drt.UnpackAddDataEvent(l); err == nil {
			who.paid.Add(who.paid, ev.Deposit)
			return &demoContribution{author: who, sample: sample, label: label, addedTime: ev.Time.Uint64(), deposit: ev.Deposit}, nil
		}
	}
	return nil, fmt.Errorf("no AddData event in transaction %s", r.TxHash)
}

// settle lets every author refund their contributions past the refund wait that the model agrees with, then
// lets the honest contributor report the others' contributions it disagrees with. A contribution neither
// refunded nor reported stays open for a later pass.
func (d *demo) settle(ctx context.Context, contributions []*demoContribution, reporter *demoContributor) error {
	head, err := d.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	due := func(c *demoContribution) bool { return !c.settled && c.addedTime+demoRefundWait <= head.Time }
	for _, c := range contributions {
		if !due(c) {
			continue
		}
		agrees, err := d.agrees(ctx, c)
		if err != nil {
			return err
		}
		if !agrees {
			continue
		}
		gained, r, err := d.transfer(ctx, c.author, func() (*types.Receipt, error) {
			return d.s.Refund(ctx, c.author.tx, c.sample, c.label, c.addedTime)
		})
		if err != nil {
			return fmt.Errorf("%s contributor: %w", c.author.Name, err)
		}
		d.gas[demoOpRefund] = append(d.gas[demoOpRefund], r.GasUsed)
		c.author.refunded.Add(c.author.refunded, gained)
		c.author.refunds++
		c.settled = true
	}
	if reporter.refunds == 0 {
		return nil // a reporter needs a validated contribution of its own
	}
	for _, c := range contributions {
		if !due(c) || c.author == reporter {
			continue
		}
		agrees, err := d.agrees(ctx, c)
		if err != nil {
			return err
		}
		if agrees {
			continue
		}
		gained, r, err := d.transfer(ctx, reporter, func() (*types.Receipt, error) {
			return d.s.Report(ctx, reporter.tx, c.sample, c.label, c.addedTime, c.author.addr)
		})
		if err != nil {
			return fmt.Errorf("%s contributor: %w", reporter.Name, err)
		}
		d.gas[demoOpReport] = append(d.gas[demoOpReport], r.GasUsed)
		reporter.taken.Add(reporter.taken, gained)
		reporter.reports++
		c.author.lost.Add(c.author.lost, gained)
		c.author.reportedAgainst++
		c.settled = true
	}
	return nil
}

func (d *demo) agrees(ctx context.Context, c *demoContribution) (bool, error) {
	p, err := d.s.Predict(ctx, c.author.tx, c.sample)
	if err != nil {
		return false, err
	}
	return p == c.label, nil
}

// transfer sends who's transaction and returns what it paid who, net of the transaction's fee.
func (d *demo) transfer(ctx context.Context, who *demoContributor, send func() (*types.Receipt, error)) (*big.Int, *types.Receipt, error) {
	before, err := d.client.BalanceAt(ctx, who.addr, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("balance of %s: %w", who.addr, err)
	}
	r, err := send()
	if err != nil {
		return nil, nil, err
	}
	after, err := d.client.BalanceAt(ctx, who.addr, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("balance of %s: %w", who.addr, err)
	}
	f := fee(r)
	who.fees.Add(who.fees, f)
	gained := new(big.Int).Sub(after, before)
	return gained.Add(gained, f), r, nil
}

// predictAll asks the deployed model for the class of every held-out sentence.
func (d *demo) predictAll(ctx context.Context, heldOut []demoSentence) ([]uint64, error) {
	out := make([]uint64, len(heldOut))
	for i, st := range heldOut {
		p, err := d.s.Predict(ctx, d.owner, st.sample)
		if err != nil {
			return nil, fmt.Errorf("held-out accuracy: %w", err)
		}
		out[i] = p
	}
	return out, nil
}

func gasStats(op string, gas []uint64) demoGas {
	g := demoGas{Op: op, Count: len(gas), Min: gas[0], Max: gas[0]}
	var total uint64
	for _, v := range gas {
		total += v
		g.Min, g.Max = min(g.Min, v), max(g.Max, v)
	}
	g.Avg = total / uint64(len(gas))
	return g
}

// readDemoSentences reads the UCI sentiment format: a sentence, a tab, and 0 (negative) or 1 (positive).
func readDemoSentences(path string) ([]demoSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read sentences: %w", err)
	}
	defer f.Close()
	var out []demoSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return nil, fmt.Errorf("%s line %d: no tab before the label", path, n)
		}
		var label uint64
		switch strings.TrimSpace(line[i+1:]) {
		case "0":
		case "1":
			label = 1
		default:
			return nil, fmt.Errorf("%s line %d: label %q is neither 0 nor 1", path, n, line[i+1:])
		}
		out = append(out, demoSentence{text: strings.TrimSpace(line[:i]), label: label})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, errors.New("read sentences: " + path + " holds none")
	}
	return out, nil
}

// demoKey is a fixed, well-known key: these accounts exist only on the demo's throwaway chain.
func demoKey(n byte) *ecdsa.PrivateKey {
	seed := make([]byte, 32)
	seed[31] = n
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // small positive numbers are valid secp256k1 keys
	}
	return key
}

func ether(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether))
	return f.Text('f', 6)
}

func (s *demoSummary) write(w io.Writer) error {
	fmt.Fprintf(w, "sumkit demo: 0xDeCA10B's IMDB sentiment perceptron with Deposit-Refund-Take on an %s\n", s.Chain)
	fmt.Fprintf(w, "incentive: refund wait %s, owner claim wait %s, any-address claim wait %s, cost weight %s wei\n",
		days(s.Incentive.RefundWaitSeconds), days(s.Incentive.OwnerClaimWaitSeconds),
		days(s.Incentive.AnyAddressClaimWaitSeconds), s.Incentive.CostWeightWei)
	fmt.Fprintf(w, "           (deposit = cost weight * 3600 / isqrt(seconds since the last addition))\n")
	fmt.Fprintf(w, "run: seed %d, %d days, %d additions a day, careless contributor mislabels with probability %.0f%%\n",
		s.Seed, s.Days, s.PerDay, s.CarelessError*100)
	fmt.Fprintf(w, "data: %d sentences, %d without a known word skipped, every %dth held out (%d)\n",
		s.Sentences, s.Skipped, demoHeldOutEvery, s.HeldOut)
	fmt.Fprintf(w, "held-out accuracy before: %5.1f%% (%d/%d, %s)\n", s.AccuracyBefore*100, s.correctBefore, s.HeldOut, s.AccuracyMethod)
	fmt.Fprintf(w, "held-out accuracy after:  %5.1f%% (%d/%d, %s; %d predictions changed)\n",
		s.AccuracyAfter*100, s.correctAfter, s.HeldOut, s.AccuracyMethod, s.ChangedHeldOut)
	fmt.Fprintf(w, "additions: %d, refunds: %d, reports: %d, unsettled: %d (deposits left in the trainer: %s ether, for the owner after 7 days or anyone after 14)\n\n",
		s.Additions, s.Refunds, s.Reports, s.Unsettled, ether(s.depositsLeft))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "op\tcount\tavg gas\tmin gas\tmax gas\t")
	for _, g := range s.Gas {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t\n", g.Op, g.Count, g.Avg, g.Min, g.Max)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "contributor\tadded\tmislabelled\trefunds\treports\treported\tdeposits paid\trefunded\ttaken\tlost to reports\tgas fees\tnet (ether)\t")
	for _, c := range s.Contributors {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t-%s\t+%s\t+%s\t%s\t-%s\t%s\t\n", c.Name, c.additions, c.wrong, c.refunds, c.reports,
			c.reportedAgainst, ether(c.paid), ether(c.refunded), ether(c.taken), ether(c.lost), ether(c.fees), ether(c.net))
	}
	return tw.Flush()
}

func days(seconds uint32) string {
	if seconds%86400 == 0 {
		if seconds == 86400 {
			return "1 day"
		}
		return fmt.Sprintf("%d days", seconds/86400)
	}
	return (time.Duration(seconds) * time.Second).String()
}
