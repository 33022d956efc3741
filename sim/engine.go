package sim

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
)

// honestMargin is added to the last measured accuracy to give the chance that an honest agent contributes:
// 0xDeCA10B's honest agents only work while the model does well, and 85% accuracy is well enough.
const honestMargin = 0.15

// engine is the event loop: 0xDeCA10B's simulator, against any Mechanism and Model.
type engine struct {
	mech   Mechanism
	model  Model
	params Params
	// data is handed out in order; test is the hidden test set.
	data, test Samples
	agents     []Agent
	rank       []int
	classes    uint64
	rng        *rand.Rand
	// Accuracy is measured at the first event after accFirst seconds, then each time the clock passes the
	// next multiple of accEvery after it.
	accFirst, accEvery uint64
	// The run ends early at maxTime, or when nothing succeeded for stallAfter seconds (0: never).
	maxTime, stallAfter uint64
	trace               bool
	progress            func(done, total int)

	res    *Result
	counts Counts

	// The loop's state: the next sample to hand out, the last measured accuracy, when something last went
	// through, and the contributions not yet settled, oldest first (with buffers for the scan).
	next         int
	acc          float64
	lastProgress uint64
	unclaimed    []*Contribution
	claims       []Claim
	closed       []*Contribution
}

// run runs the loop and fills e.res: accuracies, balances, events and the summary.
func (e *engine) run(ctx context.Context) error {
	var err error
	if e.acc, err = accuracy(ctx, e.model, e.test); err != nil {
		return err
	}
	e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: 0, Accuracy: e.acc})
	initialAcc := e.acc

	// 0xDeCA10B shuffles the agents before drawing their first waits.
	order := make([]int, len(e.agents))
	for i := range order {
		order[i] = i
	}
	e.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var q queue
	for _, i := range order {
		q.push(event{t: e.drawWait(i), agent: i, rank: e.rank[i]})
	}
	// About two balance points per contribution (the author's, and a claimant's): growing a slice of
	// millions step by step would copy it over and over.
	e.res.Balances = make([]Balance, 0, len(e.agents)+2*e.data.Len())
	for i := range e.agents {
		e.res.Balances = append(e.res.Balances, Balance{T: 0, Agent: e.agents[i].Address, Balance: new(big.Int).Set(e.agents[i].StartBalance)})
	}

	var (
		n       = e.data.Len()
		nextAcc = e.accFirst
		now     uint64
		end     = EndDone
	)
	for events := 1; q.Len() > 0; events++ {
		if e.next >= n && len(e.unclaimed) == 0 {
			break
		}
		ev := q.pop()
		if e.maxTime > 0 && ev.t > e.maxTime {
			end = EndMaxTime
			break
		}
		if e.stallAfter > 0 && ev.t-e.lastProgress > e.stallAfter {
			end = EndStalled
			break
		}
		now = ev.t
		if events%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if e.progress != nil {
				e.progress(e.next, n)
			}
		}
		if now > nextAcc {
			nextAcc += e.accEvery
			// A mechanism that does not update the model during participation leaves the accuracy where it
			// was: the point is recorded, the measurement skipped.
			if e.params.UpdatesModel {
				if e.acc, err = accuracy(ctx, e.model, e.test); err != nil {
					return fmt.Errorf("at %d s: %w", now, err)
				}
			}
			e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: now, Accuracy: e.acc})
		}

		added, balance, err := e.contribute(ctx, now, ev.agent)
		if err != nil {
			return fmt.Errorf("at %d s: %s: %w", now, e.agents[ev.agent].Address, err)
		}
		// 0xDeCA10B stops scheduling an agent once its balance is spent, even if a refund would follow.
		if balance.Sign() > 0 {
			q.push(event{t: now + e.drawWait(ev.agent), agent: ev.agent, rank: e.rank[ev.agent]})
		}
		claimed, err := e.settle(ctx, now, ev.agent)
		if err != nil {
			return fmt.Errorf("at %d s: %s claims: %w", now, e.agents[ev.agent].Address, err)
		}
		if added || claimed {
			b, err := e.mech.Balance(ctx, ev.agent)
			if err != nil {
				return fmt.Errorf("at %d s: %w", now, err)
			}
			e.res.Balances = append(e.res.Balances, Balance{T: now, Agent: e.agents[ev.agent].Address, Balance: b})
		}
	}
	if q.Len() == 0 && (e.next < n || len(e.unclaimed) > 0) {
		end = EndNoAgents
	}
	if e.progress != nil {
		e.progress(e.next, n)
	}
	return e.finish(ctx, now, end, initialAcc)
}

// contribute is the agent's action: while data is left and its balance is positive, it takes the next
// sample, labels it (flipped if malicious, or by mistake), and offers it if it wants to and can pay its
// drawn willingness. It returns whether a contribution went through and the agent's balance after.
func (e *engine) contribute(ctx context.Context, now uint64, agent int) (bool, *big.Int, error) {
	a := &e.agents[agent]
	balance, err := e.mech.Balance(ctx, agent)
	if err != nil {
		return false, nil, err
	}
	if balance.Sign() <= 0 || e.next >= e.data.Len() {
		return false, balance, nil
	}
	x, y := e.data.Sample(e.next)
	if a.CallsModel {
		// Predictions are free with these mechanisms: calling changes no balance.
		if e.rng.Float64() < e.acc {
			if _, err := e.model.Predict(ctx, x); err != nil {
				return false, nil, fmt.Errorf("predict: %w", err)
			}
		}
		return false, balance, nil
	}
	if !a.Good {
		y = e.flip(y)
	}
	if a.ProbMistake > 0 && e.rng.Float64() < a.ProbMistake {
		y = e.flip(y)
	}
	// A malicious agent always contributes; an honest one while the model does well enough.
	if a.Good && e.rng.Float64() >= e.acc+honestMargin {
		return false, balance, nil
	}
	value := e.drawDeposit(agent)
	if value.Cmp(balance) > 0 {
		return false, balance, nil
	}
	added, err := e.mech.AddData(ctx, now, agent, x, y, value)
	if err != nil {
		return false, nil, fmt.Errorf("add sample %d: %w", e.next, err)
	}
	e.counts.Offered++
	e.record(now, agent, "add", added.ID, added.Reason, added.Deposit)
	switch {
	case added.Reason == "":
		e.counts.Accepted++
		e.lastProgress = now
		e.next++
		if balance, err = e.mech.Balance(ctx, agent); err != nil {
			return false, nil, err
		}
		if !e.params.UpdatesModel {
			// Nothing is claimed before Finish (a prediction market pays then): nothing to remember.
			return true, balance, nil
		}
		e.unclaimed = append(e.unclaimed, &Contribution{ID: added.ID, Author: agent, Time: now, X: x, Label: y, Deposit: added.Deposit})
		return true, balance, nil
	case added.Reason.FromModel():
		// No deposit makes the model take this sample: nobody can ever add it.
		e.counts.Skipped++
		e.next++
	default:
		e.counts.Rejected++
	}
	return false, balance, nil
}

// settle makes the claims of the agent's scan and drops the contributions that are settled (or, without
// takes, past the horizon). It returns whether any claim went through.
func (e *engine) settle(ctx context.Context, now uint64, agent int) (bool, error) {
	e.claims = e.scan(e.claims[:0], e.unclaimed, now, agent, e.next >= e.data.Len())
	if len(e.claims) == 0 {
		return false, nil
	}
	outcomes, err := e.mech.Claim(ctx, now, agent, e.claims)
	if err != nil {
		return false, err
	}
	claimed := false
	e.closed = e.closed[:0]
	for i, o := range outcomes {
		c := e.claims[i]
		e.record(now, agent, c.Kind.String(), c.C.ID, o.Reason, o.Amount)
		if o.Reason == "" {
			claimed = true
			e.lastProgress = now
			switch c.Kind {
			case Refund:
				e.counts.Refunded++
			case Report:
				e.counts.Reported++
			case Take:
				e.counts.Taken++
			}
		} else {
			e.counts.Refused++
		}
		switch {
		case !o.Open:
			e.closed = append(e.closed, c.C)
		case c.Kind == Take && !e.params.Takes:
			// Nobody can take it: past the horizon the agents stop trying.
			e.counts.Abandoned++
			e.closed = append(e.closed, c.C)
		}
	}
	if len(e.closed) > 0 {
		e.unclaimed = removeScanned(e.unclaimed, len(e.claims), e.closed)
	}
	return claimed, nil
}

// finish ends participation, measures the accuracy once more if the clock moved since the last measurement,
// and writes the summary.
func (e *engine) finish(ctx context.Context, now uint64, end string, initialAcc float64) error {
	if err := e.mech.Finish(ctx, now); err != nil {
		return fmt.Errorf("finish at %d s: %w", now, err)
	}
	if !e.params.UpdatesModel {
		// The mechanism trained the model and paid out at Finish: measure the trained model and record
		// every agent's balance after the payouts, both at the end time.
		acc, err := accuracy(ctx, e.model, e.test)
		if err != nil {
			return fmt.Errorf("after finish, %d s: %w", now, err)
		}
		e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: now, Accuracy: acc})
		for i := range e.agents {
			b, err := e.mech.Balance(ctx, i)
			if err != nil {
				return fmt.Errorf("after finish: %w", err)
			}
			e.res.Balances = append(e.res.Balances, Balance{T: now, Agent: e.agents[i].Address, Balance: b})
		}
	} else if last := e.res.Accuracies[len(e.res.Accuracies)-1]; last.T < now {
		acc, err := accuracy(ctx, e.model, e.test)
		if err != nil {
			return fmt.Errorf("at the end, %d s: %w", now, err)
		}
		e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: now, Accuracy: acc})
	}
	e.counts.Unclaimed = len(e.unclaimed)
	e.counts.NotHandedOut = e.data.Len() - e.next
	return e.summarise(ctx, now, end, initialAcc)
}

// scan is the agent's look through the unclaimed contributions, oldest first, after its action: its own are
// refunded, others' reported, and anything past the any-address wait taken. It stops at the first one still
// inside the refund wait and, once all data is handed out, at the first one inside the any-address wait.
func (e *engine) scan(claims []Claim, unclaimed []*Contribution, now uint64, agent int, allHandedOut bool) []Claim {
	for _, c := range unclaimed {
		age := now - c.Time
		if age < e.params.RefundWait || (allHandedOut && age < e.params.AnyAddressClaimWait) {
			break
		}
		kind := Report
		switch {
		case age > e.params.AnyAddressClaimWait:
			kind = Take
		case c.Author == agent:
			kind = Refund
		}
		claims = append(claims, Claim{Kind: kind, C: c})
	}
	return claims
}

// removeScanned removes closed from list, where the scan's claims were list[:scanned] in order and closed
// is a subsequence of them. The survivors of the scanned part are moved up against the rest and the list
// starts later: the work is the scan's, not the list's length.
func removeScanned(list []*Contribution, scanned int, closed []*Contribution) []*Contribution {
	w, d := scanned, len(closed)-1
	for i := scanned - 1; i >= 0; i-- {
		if d >= 0 && list[i] == closed[d] {
			d--
			continue
		}
		w--
		list[w] = list[i]
	}
	clear(list[:w])
	return list[w:]
}

// record adds an operation to the trace when the run is traced.
func (e *engine) record(t uint64, agent int, op string, id uint64, reason Reason, amount *big.Int) {
	if !e.trace {
		return
	}
	ev := Event{T: t, Agent: e.agents[agent].Address, Op: op, ID: id, Reason: string(reason)}
	if amount != nil && amount.Sign() != 0 {
		ev.Amount = new(big.Int).Set(amount)
	}
	e.res.Events = append(e.res.Events, ev)
}

// flip changes a label: to the other class of two, else to the next class.
func (e *engine) flip(y uint64) uint64 {
	if e.classes == 2 {
		return 1 - y
	}
	return (y + 1) % e.classes
}

// drawDeposit is the agent's willingness to pay for one contribution, in wei: a normal draw truncated to an
// integer and redrawn until positive.
func (e *engine) drawDeposit(agent int) *big.Int {
	a := &e.agents[agent]
	for {
		v := math.Trunc(a.MeanDeposit + a.StdevDeposit*e.rng.NormFloat64())
		if v >= 1 {
			return floatWei(v)
		}
	}
}

// drawWait is the time to the agent's next action: a normal draw truncated to whole seconds and redrawn
// until at least 1.
func (e *engine) drawWait(agent int) uint64 {
	a := &e.agents[agent]
	for {
		v := math.Trunc(a.MeanUpdateWaitS + a.StdevUpdateWaitS*e.rng.NormFloat64())
		if v >= 1 && v < 1<<53 {
			return uint64(v)
		}
	}
}

// floatWei converts a whole, positive float64 to wei exactly.
func floatWei(v float64) *big.Int {
	if v < 1<<62 {
		return big.NewInt(int64(v))
	}
	i, _ := new(big.Float).SetFloat64(v).Int(nil)
	return i
}
