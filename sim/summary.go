package sim

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
)

// Why a run ended.
const (
	// EndDone: all data was handed out and every contribution settled, as in 0xDeCA10B.
	EndDone = "done"
	// EndNoAgents: every agent spent its balance, so nobody was left to act.
	EndNoAgents = "no-agents"
	// EndStalled: nothing went through for the configured stall time (agents too poor to pay, or only
	// refusals).
	EndStalled = "stalled"
	// EndMaxTime: the configured end time was reached.
	EndMaxTime = "max-time"
)

// Summary is what a run came to.
type Summary struct {
	// End says why the run ended; EndTime is the time of its last event.
	End     string `json:"end"`
	EndTime uint64 `json:"endTime"`
	// Agents holds each agent's start and final balance, in the run's agent order.
	Agents []AgentSummary `json:"agents"`
	// AccuracyInitial, AccuracyMin and AccuracyFinal summarise the accuracy series.
	AccuracyInitial float64 `json:"accuracyInitial"`
	AccuracyMin     float64 `json:"accuracyMin"`
	AccuracyFinal   float64 `json:"accuracyFinal"`
	// Counts says what became of the contributions.
	Counts Counts `json:"counts"`
	// Provider is a bounty provider outside the agents (a prediction market's): its bounty and what it got
	// back. Nil for mechanisms without one.
	Provider *AgentSummary `json:"provider,omitempty"`
}

// Provided is a Mechanism with a bounty provider outside the agents: the summary reports it beside them.
type Provided interface {
	// Provider returns the provider's address, what it put in and what it holds of it after Finish, in wei.
	Provider() (address string, start, final *big.Int)
}

// AgentSummary is one agent's balance at the start and at the end, in wei.
type AgentSummary struct {
	Address string   `json:"address"`
	Start   *big.Int `json:"start"`
	Final   *big.Int `json:"final"`
	// ChangePercent is (Final - Start) / Start * 100.
	ChangePercent float64 `json:"changePercent"`
}

// Counts tallies the operations of a run.
type Counts struct {
	// Offered additions, of which Accepted went through and Rejected were refused by the incentive (too low
	// a deposit); Skipped samples were refused by the model and passed over.
	Offered  int `json:"offered"`
	Accepted int `json:"accepted"`
	Rejected int `json:"rejected"`
	Skipped  int `json:"skipped"`
	// Refunded, Reported and Taken count the claims that went through; Refused those that did not.
	Refunded int `json:"refunded"`
	Reported int `json:"reported"`
	Taken    int `json:"taken"`
	Refused  int `json:"refused"`
	// Abandoned contributions were past the horizon of a mechanism without takes.
	Abandoned int `json:"abandoned"`
	// Unclaimed were still open at the end; NotHandedOut samples were never added.
	Unclaimed    int `json:"unclaimed"`
	NotHandedOut int `json:"notHandedOut"`
}

// summarise fills e.res.Summary from the mechanism's final balances and the accuracy series.
func (e *engine) summarise(ctx context.Context, now uint64, end string, initialAcc float64) error {
	s := &Summary{End: end, EndTime: now, Counts: e.counts, AccuracyInitial: initialAcc, AccuracyMin: initialAcc}
	for _, a := range e.res.Accuracies {
		s.AccuracyMin = min(s.AccuracyMin, a.Accuracy)
		s.AccuracyFinal = a.Accuracy
	}
	for i, a := range e.agents {
		final, err := e.mech.Balance(ctx, i)
		if err != nil {
			return fmt.Errorf("summary: %w", err)
		}
		s.Agents = append(s.Agents, AgentSummary{
			Address: a.Address, Start: new(big.Int).Set(a.StartBalance), Final: final,
			ChangePercent: percentChange(a.StartBalance, final),
		})
	}
	if p, ok := e.mech.(Provided); ok {
		if addr, start, final := p.Provider(); start != nil {
			s.Provider = &AgentSummary{Address: addr, Start: start, Final: final, ChangePercent: percentChange(start, final)}
		}
	}
	e.res.Summary = s
	return nil
}

// percentChange is (final - start) / start * 100, rounded once from the exact ratio.
func percentChange(start, final *big.Int) float64 {
	if start.Sign() == 0 {
		return 0
	}
	r := new(big.Rat).SetFrac(new(big.Int).Sub(final, start), start)
	f, _ := r.Mul(r, big.NewRat(100, 1)).Float64()
	return f
}

// WriteSummary prints r's summary as a table: each agent's final balance and change, the accuracy figures,
// and what became of the contributions. unit scales the balances (wei per unit, 1 for wei) and unitName
// names it.
func WriteSummary(w io.Writer, r *Result, unit *big.Int, unitName string) error {
	s := r.Summary
	if s == nil {
		return fmt.Errorf("write summary: the result has none")
	}
	if unit == nil || unit.Sign() <= 0 {
		unit, unitName = big.NewInt(1), "wei"
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "agent\tstart (%s)\tfinal (%s)\tchange\t\n", unitName, unitName)
	for _, a := range s.Agents {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%+.2f%%\t\n", a.Address, inUnits(a.Start, unit), inUnits(a.Final, unit), a.ChangePercent)
	}
	if p := s.Provider; p != nil {
		fmt.Fprintf(tw, "%s (provider)\t%s\t%s\t%+.2f%%\t\n", p.Address, inUnits(p.Start, unit), inUnits(p.Final, unit), p.ChangePercent)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\naccuracy: initial %.2f%%, min %.2f%%, final %.2f%%", 100*s.AccuracyInitial, 100*s.AccuracyMin, 100*s.AccuracyFinal)
	if r.BaselineAccuracy != nil {
		fmt.Fprintf(&b, ", baseline (all data) %.2f%%", 100**r.BaselineAccuracy)
	}
	c := s.Counts
	fmt.Fprintf(&b, "\ncontributions: %d accepted of %d offered (%d refused for the deposit, %d samples skipped), %d refunded, %d reported, %d taken",
		c.Accepted, c.Offered, c.Rejected, c.Skipped, c.Refunded, c.Reported, c.Taken)
	if c.Abandoned > 0 {
		fmt.Fprintf(&b, ", %d abandoned", c.Abandoned)
	}
	fmt.Fprintf(&b, "; %d claims refused; %d still open, %d samples not handed out\n", c.Refused, c.Unclaimed, c.NotHandedOut)
	fmt.Fprintf(&b, "ended: %s after %.1f simulated days\n", s.End, float64(s.EndTime)/86400)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	return nil
}

// inUnits renders wei in units, with up to 4 decimals.
func inUnits(wei, unit *big.Int) string {
	if unit.Cmp(big.NewInt(1)) == 0 {
		return wei.String()
	}
	return new(big.Rat).SetFrac(wei, unit).FloatString(4)
}
