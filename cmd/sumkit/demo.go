package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/sim"
	"github.com/sumkit/sumkit/sim/chart"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "simulate an honest and a careless contributor training an IMDB sentiment model with Deposit-Refund-Take",
		Description: `Runs the simulator's demo scenario (sim/examples/demo.json) as transactions on an in-process chain (Osaka
rules): a sparse perceptron with 0xDeCA10B's IMDB vocabulary, started from 2% of the UCI IMDB sentences, its
step halving every 128 updates, under Deposit-Refund-Take (refund wait 1 day, owner claim wait 7 days,
any-address claim wait 14 days). An honest contributor and a careless one, who mislabels a quarter of its
sentences, add the rest, each paying the deposit the trainer asks; after the refund wait each refunds what the
model agrees with and reports what of the other's it disagrees with, and the run goes on until every deposit is
refunded or taken. A fifth of the sentences is held out to measure accuracy over time.

Prints the gas of each operation, each contributor's account, held-out accuracy before and after, and a verdict:
who ended ahead and why. Writes a plot of accuracy and each contributor's balance over simulated time to --out.
The same seed gives the same numbers.

Example:
   sumkit demo --seed 1 --out demo.png`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "models", Value: "testdata/models", Usage: "folder holding imdb.json, 0xDeCA10B's IMDB vocabulary"},
			&cli.StringFlag{Name: "data", Value: "testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt", Usage: "labelled sentences, one a line: the sentence, a tab, then 0 (negative) or 1 (positive)"},
			&cli.Int64Flag{Name: "seed", Value: 1, Usage: "seed of the contributors' choices and of the careless contributor's mistakes"},
			&cli.Float64Flag{Name: "careless-error", Value: 0.25, Usage: "share of the careless contributor's sentences given the wrong label"},
			&cli.StringFlag{Name: "out", Value: "demo.png", Usage: "`PATH` of the plot, .png or .svg"},
			&cli.BoolFlag{Name: "json", Usage: "print a machine-readable summary instead of the report"},
		},
		Action: func(c *cli.Context) error {
			if e := c.Float64("careless-error"); e < 0 || e > 1 {
				return usagef("--careless-error must lie in [0, 1], not %g", e)
			}
			if ext := filepath.Ext(c.String("out")); ext != ".png" && ext != ".svg" {
				return usagef("--out %q must end in .png or .svg", c.String("out"))
			}
			cfg, err := sim.DemoConfig()
			if err != nil {
				return err
			}
			cfg.Seed = c.Int64("seed")
			cfg.Dataset.Path = c.String("data")
			cfg.Dataset.Vocabulary = filepath.Join(c.String("models"), "imdb.json")
			careless := slices.IndexFunc(cfg.Agents, func(a sim.AgentConfig) bool { return a.Address == "careless" })
			if careless < 0 {
				return fmt.Errorf("the demo scenario has no careless contributor")
			}
			cfg.Agents[careless].ProbMistake = c.Float64("careless-error")
			data, err := sim.LoadData(cfg.Dataset)
			if err != nil {
				return err
			}
			start := time.Now()
			story, err := sim.RunStory(c.Context, cfg, data, sim.Options{OnChain: true})
			if err != nil {
				return err
			}
			p, err := chart.Run(story.Result, chart.Options{})
			if err != nil {
				return err
			}
			if err := chart.Save(p, c.String("out"), chart.DefaultWidth, chart.DefaultHeight); err != nil {
				return err
			}
			sum := newDemoSummary(cfg, story, c.String("out"))
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(sum)
			}
			return sum.write(c.App.Writer, time.Since(start))
		},
	}
}

// demoSummary is what --json prints. Amounts in wei are decimal strings.
type demoSummary struct {
	Scenario        string            `json:"scenario"`
	Chain           string            `json:"chain"`
	Seed            int64             `json:"seed"`
	CarelessError   float64           `json:"carelessErrorRate"`
	Incentive       demoIncentive     `json:"incentive"`
	Train           int               `json:"trainSentences"`
	InitialTrain    float64           `json:"initialTrainPortion"`
	HeldOut         int               `json:"heldOut"`
	AccuracyMethod  string            `json:"accuracyMethod"`
	AccuracyBefore  float64           `json:"accuracyBefore"`
	AccuracyLowest  float64           `json:"accuracyLowest"`
	AccuracyAfter   float64           `json:"accuracyAfter"`
	Baseline        float64           `json:"accuracyAllData"`
	Counts          sim.Counts        `json:"counts"`
	End             string            `json:"end"`
	Days            float64           `json:"simulatedDays"`
	DepositsLeftWei string            `json:"depositsLeftWei"`
	Gas             []sim.GasStat     `json:"gas"`
	Contributors    []demoContributor `json:"contributors"`
	Verdict         string            `json:"verdict"`
	Plot            string            `json:"plot"`
}

type demoIncentive struct {
	Mechanism                  string `json:"mechanism"`
	RefundWaitSeconds          uint32 `json:"refundWaitSeconds"`
	OwnerClaimWaitSeconds      uint32 `json:"ownerClaimWaitSeconds"`
	AnyAddressClaimWaitSeconds uint32 `json:"anyAddressClaimWaitSeconds"`
	CostWeightWei              string `json:"costWeightWei"`
}

// demoContributor is one contributor's account: NetWei, its balance change before gas, equals RefundedWei +
// ReclaimedWei + TakenWei - DepositsPaidWei; GasFeesWei was paid apart.
type demoContributor struct {
	Name            string `json:"name"`
	Additions       int    `json:"additions"`
	Refunds         int    `json:"refunds"`
	Reports         int    `json:"reports"`
	ReportedAgainst int    `json:"reportedAgainst"`
	DepositsPaidWei string `json:"depositsPaidWei"`
	RefundedWei     string `json:"refundedWei"`
	ReclaimedWei    string `json:"reclaimedWei"`
	TakenWei        string `json:"takenWei"`
	LostWei         string `json:"lostToReportsWei"`
	HeldWei         string `json:"heldWei"`
	NetWei          string `json:"netWei"`
	GasFeesWei      string `json:"gasFeesWei"`
}

func newDemoSummary(cfg *sim.Config, st *sim.Story, plot string) *demoSummary {
	r, s := st.Result, st.Result.Summary
	unit := cfg.UnitWei.Rat()
	if unit.Sign() == 0 {
		unit.SetInt64(1) // an unset unit is a wei
	}
	mc := cfg.Mechanism
	cost := new(big.Rat).Mul(mc.CostWeight.Rat(), unit)
	sum := &demoSummary{
		Scenario: cfg.Name, Chain: "in-process simulated chain, Osaka rules", Seed: cfg.Seed,
		Incentive: demoIncentive{Mechanism: mc.Kind, RefundWaitSeconds: deref(mc.RefundWaitS), OwnerClaimWaitSeconds: deref(mc.OwnerClaimWaitS),
			AnyAddressClaimWaitSeconds: deref(mc.AnyAddressClaimWaitS), CostWeightWei: cost.FloatString(0)},
		Train: st.Train, InitialTrain: cfg.InitTrainDataPortion, HeldOut: st.Test,
		AccuracyMethod: "the deployed model's predictions on chain",
		AccuracyBefore: s.AccuracyInitial, AccuracyLowest: s.AccuracyMin, AccuracyAfter: s.AccuracyFinal,
		Counts: s.Counts, End: s.End, Days: float64(s.EndTime) / 86400, Gas: st.Gas, Verdict: st.Verdict, Plot: plot,
	}
	if r.BaselineAccuracy != nil {
		sum.Baseline = *r.BaselineAccuracy
	}
	for _, a := range cfg.Agents {
		if a.Address == "careless" {
			sum.CarelessError = a.ProbMistake
		}
	}
	left := new(big.Int)
	for i, a := range st.Agents {
		left.Add(left, a.Held)
		fees := new(big.Int)
		if i < len(st.Fees) {
			fees = st.Fees[i]
		}
		sum.Contributors = append(sum.Contributors, demoContributor{
			Name: a.Agent, Additions: a.Added, Refunds: a.Refunds, Reports: a.Claims, ReportedAgainst: a.ClaimedAgainst,
			DepositsPaidWei: a.Deposits.String(), RefundedWei: a.Refunded.String(), ReclaimedWei: a.Reclaimed.String(), TakenWei: a.Taken.String(),
			LostWei: a.Lost.String(), HeldWei: a.Held.String(), NetWei: a.Net.String(), GasFeesWei: fees.String(),
		})
	}
	sum.DepositsLeftWei = left.String()
	return sum
}

func deref(p *uint32) uint32 {
	if p == nil {
		return 0
	}
	return *p
}

func (s *demoSummary) write(w io.Writer, took time.Duration) error {
	fmt.Fprintf(w, "sumkit demo: %s\n", s.Scenario)
	fmt.Fprintf(w, "chain: %s, run through package sim (sim/examples/demo.json), seed %d\n", s.Chain, s.Seed)
	fmt.Fprintf(w, "incentive: %s, refund wait %s, owner claim wait %s, any-address claim wait %s, cost weight %s wei\n",
		s.Incentive.Mechanism, days(s.Incentive.RefundWaitSeconds), days(s.Incentive.OwnerClaimWaitSeconds),
		days(s.Incentive.AnyAddressClaimWaitSeconds), s.Incentive.CostWeightWei)
	fmt.Fprintf(w, "           (deposit = cost weight * 3600 / isqrt(seconds since the last addition))\n")
	fmt.Fprintf(w, "data: %d training sentences, the model started from the first %.0f%%; %d held out; the careless contributor mislabels %.0f%%\n",
		s.Train, s.InitialTrain*100, s.HeldOut, s.CarelessError*100)
	fmt.Fprintf(w, "held-out accuracy before: %5.1f%% (%s)\n", s.AccuracyBefore*100, s.AccuracyMethod)
	fmt.Fprintf(w, "held-out accuracy after:  %5.1f%% (lowest %.1f%%; %.1f%% when trained on all the training sentences)\n",
		s.AccuracyAfter*100, s.AccuracyLowest*100, s.Baseline*100)
	c := s.Counts
	fmt.Fprintf(w, "contributions: %d added (%d refused for too low a deposit), %d refunded, %d reported, %d taken; %d still open, deposits left in the trainer: %s ether\n",
		c.Accepted, c.Rejected, c.Refunded, c.Reported, c.Taken, c.Unclaimed, ether(s.DepositsLeftWei))
	fmt.Fprintf(w, "ended: %s after %.1f simulated days (%.1f s of wall time)\n\n", s.End, s.Days, took.Seconds())

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
	fmt.Fprintln(tw, "contributor\tadded\trefunds\treports\treported\tdeposits paid\trefunded\ttaken back\ttaken\tlost to reports\tnet (ether)\tgas fees\t")
	for _, c := range s.Contributors {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t-%s\t+%s\t+%s\t+%s\t-%s\t%s\t-%s\t\n", c.Name, c.Additions, c.Refunds, c.Reports, c.ReportedAgainst,
			ether(c.DepositsPaidWei), ether(c.RefundedWei), ether(c.ReclaimedWei), ether(c.TakenWei), ether(c.LostWei), ether(c.NetWei), ether(c.GasFeesWei))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nverdict: %s\n", s.Verdict)
	_, err := fmt.Fprintf(w, "plot: %s (held-out accuracy and each contributor's balance over simulated days)\n", s.Plot)
	return err
}

// ether renders an amount of wei, given in decimal, in ether.
func ether(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	return new(big.Rat).SetFrac(v, big.NewInt(1e18)).FloatString(4)
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
