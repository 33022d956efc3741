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
}

// run runs the loop and fills e.res: accuracies, balances, events and the summary.
func (e *engine) run(ctx context.Context) error {
	acc, err := accuracy(ctx, e.model, e.test)
	if err != nil {
		return err
	}
	e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: 0, Accuracy: acc})
	initialAcc := acc

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
		unclaimed    []*Contribution
		claims       []Claim
		closed       []*Contribution
		next         int
		n            = e.data.Len()
		nextAcc      = e.accFirst
		now          uint64
		lastProgress uint64
		end          = EndDone
		events       int
	)
	for q.Len() > 0 {
		if next >= n && len(unclaimed) == 0 {
			break
		}
		ev := q.pop()
		if e.maxTime > 0 && ev.t > e.maxTime {
			end = EndMaxTime
			break
		}
		if e.stallAfter > 0 && ev.t-lastProgress > e.stallAfter {
			end = EndStalled
			break
		}
		now = ev.t
		if events++; events%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if e.progress != nil {
				e.progress(next, n)
			}
		}
		if now > nextAcc {
			nextAcc += e.accEvery
			if acc, err = accuracy(ctx, e.model, e.test); err != nil {
				return fmt.Errorf("at %d s: %w", now, err)
			}
			e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: now, Accuracy: acc})
		}

		a := &e.agents[ev.agent]
		changed := false
		balance, err := e.mech.Balance(ctx, ev.agent)
		if err != nil {
			return fmt.Errorf("at %d s: %w", now, err)
		}
		if balance.Sign() > 0 && next < n {
			x, y := e.data.Sample(next)
			if a.CallsModel {
				// Predictions are free with these mechanisms: calling changes no balance.
				if e.rng.Float64() < acc {
					if _, err := e.model.Predict(ctx, x); err != nil {
						return fmt.Errorf("at %d s: %s predicts: %w", now, a.Address, err)
					}
				}
			} else {
				if !a.Good {
					y = e.flip(y)
				}
				if a.ProbMistake > 0 && e.rng.Float64() < a.ProbMistake {
					y = e.flip(y)
				}
				if !a.Good || e.rng.Float64() < acc+honestMargin {
					value := e.drawDeposit(ev.agent)
					if value.Cmp(balance) <= 0 {
						added, err := e.mech.AddData(ctx, now, ev.agent, x, y, value)
						if err != nil {
							return fmt.Errorf("at %d s: %s adds sample %d: %w", now, a.Address, next, err)
						}
						e.counts.Offered++
						e.record(now, ev.agent, "add", added.ID, added.Reason, added.Deposit)
						switch {
						case added.Reason == "":
							e.counts.Accepted++
							changed = true
							lastProgress = now
							unclaimed = append(unclaimed, &Contribution{ID: added.ID, Author: ev.agent, Time: now, X: x, Label: y, Deposit: added.Deposit})
							next++
							if balance, err = e.mech.Balance(ctx, ev.agent); err != nil {
								return fmt.Errorf("at %d s: %w", now, err)
							}
						case added.Reason.FromModel():
							// No deposit makes the model take this sample: nobody can ever add it.
							e.counts.Skipped++
							next++
						default:
							e.counts.Rejected++
						}
					}
				}
			}
		}
		// 0xDeCA10B stops scheduling an agent once its balance is spent, even if a refund would follow.
		if balance.Sign() > 0 {
			q.push(event{t: now + e.drawWait(ev.agent), agent: ev.agent, rank: e.rank[ev.agent]})
		}

		claims = e.scan(claims[:0], unclaimed, now, ev.agent, next >= n)
		if len(claims) > 0 {
			outcomes, err := e.mech.Claim(ctx, now, ev.agent, claims)
			if err != nil {
				return fmt.Errorf("at %d s: %s claims: %w", now, a.Address, err)
			}
			closed = closed[:0]
			for i, o := range outcomes {
				c := claims[i]
				e.record(now, ev.agent, c.Kind.String(), c.C.ID, o.Reason, o.Amount)
				if o.Reason == "" {
					changed = true
					lastProgress = now
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
					closed = append(closed, c.C)
				case c.Kind == Take && !e.params.Takes:
					// Nobody can take it: past the horizon the agents stop trying.
					e.counts.Abandoned++
					closed = append(closed, c.C)
				}
			}
			if len(closed) > 0 {
				unclaimed = removeScanned(unclaimed, len(claims), closed)
			}
		}
		if changed {
			b, err := e.mech.Balance(ctx, ev.agent)
			if err != nil {
				return fmt.Errorf("at %d s: %w", now, err)
			}
			e.res.Balances = append(e.res.Balances, Balance{T: now, Agent: a.Address, Balance: b})
		}
	}
	if q.Len() == 0 && (next < n || len(unclaimed) > 0) {
		end = EndNoAgents
	}
	if e.progress != nil {
		e.progress(next, n)
	}

	if err := e.mech.Finish(ctx, now); err != nil {
		return fmt.Errorf("finish at %d s: %w", now, err)
	}
	if last := e.res.Accuracies[len(e.res.Accuracies)-1]; last.T < now {
		if acc, err = accuracy(ctx, e.model, e.test); err != nil {
			return fmt.Errorf("at the end, %d s: %w", now, err)
		}
		e.res.Accuracies = append(e.res.Accuracies, Accuracy{T: now, Accuracy: acc})
	}
	e.counts.Unclaimed = len(unclaimed)
	e.counts.NotHandedOut = n - next
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
