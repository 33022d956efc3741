package sim

import (
	"context"
	_ "embed"
	"fmt"
	"math/big"
	"slices"
	"strings"
)

// The operations GasUse names. Claims are named as ClaimKind's String names them: refund, report, take.
const (
	GasOpDeploy  = "deploy"
	GasOpAddData = "addData"
)

// GasUse is one transaction of a run on a chain: the deployment or an agent's operation.
type GasUse struct {
	// Op is GasOpDeploy, GasOpAddData, or a claim's kind (refund, report, take).
	Op string
	// Agent is the sender's index, -1 for the deployer outside the agents.
	Agent int
	// Gas is the gas the transaction used; Fee is what its sender paid for it, in wei.
	Gas uint64
	Fee *big.Int
}

// GasStat sums up the gas of one operation over a run.
type GasStat struct {
	Op    string `json:"op"`
	Count int    `json:"count"`
	Avg   uint64 `json:"avg"`
	Min   uint64 `json:"min"`
	Max   uint64 `json:"max"`
}

// gasRank orders the operations as a reader meets them; others (-1) follow by name.
func gasRank(op string) int {
	return slices.Index([]string{GasOpDeploy, GasOpAddData, Refund.String(), Report.String(), Take.String()}, op)
}

// GasStats sums up uses by operation.
func GasStats(uses []GasUse) []GasStat {
	by := map[string]*GasStat{}
	total := map[string]uint64{}
	var ops []string
	for _, u := range uses {
		s := by[u.Op]
		if s == nil {
			s = &GasStat{Op: u.Op, Min: u.Gas, Max: u.Gas}
			by[u.Op] = s
			ops = append(ops, u.Op)
		}
		s.Count++
		s.Min, s.Max = min(s.Min, u.Gas), max(s.Max, u.Gas)
		total[u.Op] += u.Gas
	}
	slices.SortFunc(ops, func(a, b string) int {
		ia, ib := gasRank(a), gasRank(b)
		switch {
		case ia >= 0 && ib >= 0:
			return ia - ib
		case ia >= 0:
			return -1
		case ib >= 0:
			return 1
		}
		return strings.Compare(a, b)
	})
	out := make([]GasStat, 0, len(ops))
	for _, op := range ops {
		s := by[op]
		s.Avg = total[op] / uint64(s.Count)
		out = append(out, *s)
	}
	return out
}

// AgentTally is one agent's account of a run, from its traced events. Amounts are in wei; Net, the change of
// the agent's balance, equals Refunded + Reclaimed + Taken - Deposits (gas fees are paid apart, see
// Story.Fees).
type AgentTally struct {
	Agent string `json:"agent"`
	// Added counts the agent's contributions that went through, for which it paid Deposits.
	Added    int      `json:"added"`
	Deposits *big.Int `json:"depositsWei"`
	// Refunds counts its refunds, which paid back Refunded.
	Refunds  int      `json:"refunds"`
	Refunded *big.Int `json:"refundedWei"`
	// Reclaims counts its takes of its own contributions past the any-address wait, which paid back
	// Reclaimed: a deposit the model disagreed with and nobody else took.
	Reclaims  int      `json:"reclaims"`
	Reclaimed *big.Int `json:"reclaimedWei"`
	// Claims counts its reports and takes of others' contributions, which paid it Taken.
	Claims int      `json:"claims"`
	Taken  *big.Int `json:"takenWei"`
	// ClaimedAgainst counts its contributions that others reported or took, Lost what they took of them.
	ClaimedAgainst int      `json:"claimedAgainst"`
	Lost           *big.Int `json:"lostWei"`
	// Held is what of its deposits is still in the trainer at the end: Deposits - Refunded - Reclaimed - Lost.
	Held *big.Int `json:"heldWei"`
	// Start and Final are its balances at the start and the end; Net is Final - Start.
	Start *big.Int `json:"startWei"`
	Final *big.Int `json:"finalWei"`
	Net   *big.Int `json:"netWei"`
}

// Tally accounts for each agent of a traced run (Options.Trace) from its events, and checks that the
// accounts add up to the balances the summary gives.
func Tally(r *Result) ([]AgentTally, error) {
	if r == nil || r.Summary == nil {
		return nil, fmt.Errorf("tally: the result has no summary")
	}
	if len(r.Events) == 0 && r.Summary.Counts.Accepted > 0 {
		return nil, fmt.Errorf("tally: the result has no events; run it with Options.Trace")
	}
	index := map[string]int{}
	out := make([]AgentTally, len(r.Summary.Agents))
	for i, a := range r.Summary.Agents {
		index[a.Address] = i
		out[i] = AgentTally{Agent: a.Address, Deposits: new(big.Int), Refunded: new(big.Int), Reclaimed: new(big.Int),
			Taken: new(big.Int), Lost: new(big.Int), Start: new(big.Int).Set(a.Start), Final: new(big.Int).Set(a.Final)}
	}
	author := map[uint64]int{}
	claimedAgainst := map[uint64]bool{}
	for _, ev := range r.Events {
		if ev.Reason != "" {
			continue
		}
		i, ok := index[ev.Agent]
		if !ok {
			return nil, fmt.Errorf("tally: event of unknown agent %q", ev.Agent)
		}
		amount := ev.Amount
		if amount == nil {
			amount = new(big.Int)
		}
		a := &out[i]
		switch ev.Op {
		case "add":
			author[ev.ID] = i
			a.Added++
			a.Deposits.Add(a.Deposits, amount)
		case Refund.String():
			a.Refunds++
			a.Refunded.Add(a.Refunded, amount)
		case Report.String(), Take.String():
			by, ok := author[ev.ID]
			if !ok {
				return nil, fmt.Errorf("tally: %s of contribution %d, which was never added", ev.Op, ev.ID)
			}
			if by == i {
				a.Reclaims++
				a.Reclaimed.Add(a.Reclaimed, amount)
				continue
			}
			a.Claims++
			a.Taken.Add(a.Taken, amount)
			o := &out[by]
			o.Lost.Add(o.Lost, amount)
			if !claimedAgainst[ev.ID] {
				claimedAgainst[ev.ID] = true
				o.ClaimedAgainst++
			}
		default:
			return nil, fmt.Errorf("tally: unknown operation %q", ev.Op)
		}
	}
	for i := range out {
		a := &out[i]
		a.Held = new(big.Int).Sub(a.Deposits, a.Refunded)
		a.Held.Sub(a.Held, a.Reclaimed).Sub(a.Held, a.Lost)
		a.Net = new(big.Int).Sub(a.Final, a.Start)
		want := new(big.Int).Add(a.Refunded, a.Reclaimed)
		want.Add(want, a.Taken)
		want.Sub(want, a.Deposits)
		if want.Cmp(a.Net) != 0 {
			return nil, fmt.Errorf("tally: %s's balance changed by %s wei, but its deposits, refunds and claims add up to %s wei", a.Agent, a.Net, want)
		}
	}
	return out, nil
}

// Verdict says in plain words who ended ahead and why, from the tallies: the agents from best to worst
// net, what each got back of its deposits and what it took from or lost to the others. Amounts are in
// ether.
func Verdict(tallies []AgentTally) string {
	if len(tallies) == 0 {
		return "No agent took part."
	}
	order := make([]int, len(tallies))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return tallies[b].Net.Cmp(tallies[a].Net) })
	var b strings.Builder
	best, worst := tallies[order[0]], tallies[order[len(order)-1]]
	switch {
	case len(tallies) == 1:
		fmt.Fprintf(&b, "%s, the only contributor, ended %s.", best.Agent, signedEther(best.Net))
	case best.Net.Cmp(worst.Net) == 0:
		fmt.Fprintf(&b, "Nobody ended ahead: every contributor ended %s.", signedEther(best.Net))
	default:
		var behind []string
		for _, i := range order[1:] {
			if tallies[i].Net.Cmp(best.Net) < 0 {
				behind = append(behind, fmt.Sprintf("%s (%s)", tallies[i].Agent, signedEther(tallies[i].Net)))
			}
		}
		fmt.Fprintf(&b, "%s ended ahead at %s, against %s.", best.Agent, signedEther(best.Net), strings.Join(behind, ", "))
	}
	b.WriteString(" A contributor's net is what it took of the others' contributions less what they took of its own and" +
		" what it still has held in the trainer:")
	for k, i := range order {
		a := tallies[i]
		sep := ";"
		if k == len(order)-1 {
			sep = "."
		}
		fmt.Fprintf(&b, " %s took %s ether in %d reports and lost %s ether on %d of its %d contributions that the model disagreed with"+
			" (it had %s refunded", a.Agent, etherText(a.Taken), a.Claims, etherText(a.Lost), a.ClaimedAgainst, a.Added, share(a.Refunds, a.Added))
		if a.Reclaims > 0 {
			fmt.Fprintf(&b, " and took %d back itself when nobody else did", a.Reclaims)
		}
		b.WriteString(")" + sep)
	}
	var held []string
	for _, a := range tallies {
		if a.Held.Sign() != 0 {
			held = append(held, fmt.Sprintf("%s (%s ether)", a.Agent, etherText(a.Held)))
		}
	}
	if len(held) > 0 {
		fmt.Fprintf(&b, " Deposits still held in the trainer: %s, so not every balance is final.", strings.Join(held, ", "))
	}
	return b.String()
}

// share renders n of total as a percentage.
func share(n, total int) string {
	if total == 0 {
		return "none"
	}
	return fmt.Sprintf("%d (%.0f%%)", n, 100*float64(n)/float64(total))
}

// etherText renders wei in ether with 4 decimals.
func etherText(wei *big.Int) string {
	return new(big.Rat).SetFrac(wei, big.NewInt(1e18)).FloatString(4)
}

// signedEther renders wei as a signed amount of ether.
func signedEther(wei *big.Int) string {
	if wei.Sign() > 0 {
		return "+" + etherText(wei) + " ether"
	}
	return etherText(wei) + " ether"
}

//go:embed examples/demo.json
var demoConfig []byte

// DemoConfig returns the scenario `sumkit demo` runs (examples/demo.json): 0xDeCA10B's IMDB sentences with
// its vocabulary, a sparse perceptron started from 2% of the data with a decaying step, and an honest and a
// careless contributor under Deposit-Refund-Take with 0xDeCA10B's waits, run until every deposit is settled.
// Its paths are relative to the repository's root; a caller elsewhere sets Dataset.Path and
// Dataset.Vocabulary.
func DemoConfig() (*Config, error) {
	cfg, err := ParseConfig(demoConfig)
	if err != nil {
		return nil, fmt.Errorf("demo config: %w", err)
	}
	return cfg, nil
}

// Story is a run told for a reader: its result, each agent's account, the gas of each operation and a
// verdict.
type Story struct {
	Result *Result
	// Train and Test count the training samples (the initial part included) and the hidden test set.
	Train, Test int
	// Agents are the agents' accounts, in the config's order.
	Agents []AgentTally
	// Gas sums up each operation's gas; Fees is what each agent paid for gas, in wei (on a chain only).
	Gas  []GasStat
	Fees []*big.Int
	// Verdict says who ended ahead and why.
	Verdict string
}

// RunStory runs cfg on data with events traced (on a chain when opts.OnChain, recording the gas) and tells
// the story: each agent's tally and the verdict.
func RunStory(ctx context.Context, cfg *Config, data *Data, opts Options) (*Story, error) {
	var uses []GasUse
	outer := opts.Gas
	opts.Gas = func(u GasUse) {
		uses = append(uses, u)
		if outer != nil {
			outer(u)
		}
	}
	opts.Trace = true
	res, err := Run(ctx, cfg, data, opts)
	if err != nil {
		return nil, err
	}
	tallies, err := Tally(res)
	if err != nil {
		return nil, err
	}
	s := &Story{Result: res, Train: data.Train.Len(), Test: data.Test.Len(), Agents: tallies,
		Gas: GasStats(uses), Verdict: Verdict(tallies)}
	if opts.OnChain {
		s.Fees = make([]*big.Int, len(tallies))
		for i := range s.Fees {
			s.Fees[i] = new(big.Int)
		}
		for _, u := range uses {
			if u.Agent >= 0 && u.Agent < len(s.Fees) {
				s.Fees[u.Agent].Add(s.Fees[u.Agent], u.Fee)
			}
		}
	}
	return s, nil
}
