package sim

import (
	"context"
	"fmt"
	"math/big"
	"slices"
)

// ledger is the state Trainer.sol keeps, for the Go ports of its mechanisms: the counters, the contribution
// records keyed as the contract keys them (data, label, time, author), each account's good contributions and
// reports, and the agents' ether.
type ledger struct {
	model     Learner
	owner     int
	lastAdd   uint64
	count     uint64
	totalGood uint64
	numGood   []uint32
	balances  []*big.Int
	// records chains the records whose key hashes alike; a hash is not a key, so lookups compare in full.
	records map[uint64]*record
	// byID finds a live record by its number without hashing the sample: the scan's claims name the
	// contribution, and checking the key's parts against the record is the same lookup.
	byID []*record
	// slab is where new records are cut from, a block at a time: a run adds up to millions, and one
	// allocation each was a tenth of its time. A settled record's block stays alive while any of its
	// neighbours does, which costs little: records are settled roughly in the order they were added.
	slab []record
	// outcomes is Claim's result, reused from call to call: the engine reads it before the next.
	outcomes []Outcome
}

// record is what the contract stores of a contribution, and its key's parts.
type record struct {
	x         []int64
	label     uint64
	time      uint64
	author    int
	deposit   u128
	claimable u128
	id        uint64
	numClaims uint16
	// pred is the model's prediction for x at model version predAt, when predOK.
	pred   uint64
	predAt uint64
	predOK bool
	// reporters holds who has reported it: the contract's per-account report bits, kept with the record
	// since a contribution is reported by few.
	reporters []int
	next      *record
}

func newLedger(m Learner, balances []*big.Int, owner int) *ledger {
	own := make([]*big.Int, len(balances))
	for i, b := range balances {
		own[i] = new(big.Int).Set(b)
	}
	return &ledger{
		model:    m,
		owner:    owner,
		numGood:  make([]uint32, len(balances)),
		balances: own,
		records:  make(map[uint64]*record),
	}
}

// keyHash mixes a contribution key's parts (FNV-1a over 64-bit words, then a finaliser) into a map key.
func keyHash(x []int64, label, time uint64, author int) uint64 {
	const prime = 0x100000001b3
	h := uint64(0xcbf29ce484222325)
	h = (h ^ label) * prime
	h = (h ^ time) * prime
	h = (h ^ uint64(author)) * prime
	for _, v := range x {
		h = (h ^ uint64(v)) * prime
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// find returns the record a claim on c by claimant finds under the key (c's data, label and time, and
// claimant as the author for a refund, c's author for a report), or nil as the contract's
// UnknownContribution.
func (tr *ledger) find(c *Contribution, author int) *record {
	if c.ID >= 1 && c.ID <= uint64(len(tr.byID)) {
		if r := tr.byID[c.ID-1]; r != nil && r.matches(c.X, c.Label, c.Time, author) {
			return r
		}
	}
	return tr.lookup(c.X, c.Label, c.Time, author)
}

func (r *record) matches(x []int64, label, time uint64, author int) bool {
	return r.label == label && r.time == time && r.author == author && sameSample(r.x, x)
}

// sameSample compares two samples; a claim mostly names the very slice the record holds, which needs no
// comparison of the entries.
func sameSample(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || &a[0] == &b[0] {
		return true
	}
	return slices.Equal(a, b)
}

// lookup returns the record under the key (x, label, time, author), or nil as the contract's
// UnknownContribution.
func (tr *ledger) lookup(x []int64, label, time uint64, author int) *record {
	for r := tr.records[keyHash(x, label, time, author)]; r != nil; r = r.next {
		if r.matches(x, label, time, author) {
			return r
		}
	}
	return nil
}

// remove deletes r's record, as a refund does.
func (tr *ledger) remove(r *record) {
	tr.byID[r.id-1] = nil
	h := keyHash(r.x, r.label, r.time, r.author)
	if head := tr.records[h]; head == r {
		if r.next == nil {
			delete(tr.records, h)
		} else {
			tr.records[h] = r.next
		}
		return
	}
	for p := tr.records[h]; p != nil; p = p.next {
		if p.next == r {
			p.next = r.next
			return
		}
	}
}

// checkAgent fails for an agent the mechanism does not know.
func (tr *ledger) checkAgent(agent int) error {
	if agent < 0 || agent >= len(tr.balances) {
		return fmt.Errorf("agent %d of %d", agent, len(tr.balances))
	}
	return nil
}

// add is Trainer.addData with the deposit the mechanism requires for the time since the last addition.
func (tr *ledger) add(ctx context.Context, t uint64, agent int, x []int64, y uint64, value, required *big.Int) (Added, error) {
	if err := tr.checkAgent(agent); err != nil {
		return Added{}, fmt.Errorf("add data: %w", err)
	}
	if value.Cmp(tr.balances[agent]) > 0 {
		return Added{}, fmt.Errorf("add data: agent %d offers %s wei but holds %s", agent, value, tr.balances[agent])
	}
	if value.Cmp(required) < 0 {
		return Added{Reason: DepositTooLow, Deposit: new(big.Int)}, nil
	}
	if tr.lookup(x, y, t, agent) != nil {
		return Added{Reason: DuplicateContribution, Deposit: new(big.Int)}, nil
	}
	// The model checks the sample as it updates; its revert undoes the whole addition.
	if err := tr.model.Update(ctx, x, y); err != nil {
		return Added{Reason: modelReason(err), Deposit: new(big.Int)}, nil
	}
	tr.count++
	tr.lastAdd = t
	h := keyHash(x, y, t, agent)
	if len(tr.slab) == 0 {
		tr.slab = make([]record, 1024)
	}
	r := &tr.slab[0]
	tr.slab = tr.slab[1:]
	*r = record{x: x, label: y, time: t, author: agent, deposit: u128From(required), claimable: u128From(required),
		id: tr.count, next: tr.records[h]}
	tr.records[h] = r
	tr.byID = append(tr.byID, r)
	tr.balances[agent].Sub(tr.balances[agent], required)
	return Added{ID: tr.count, Deposit: new(big.Int).Set(required)}, nil
}

// settle pays a refund of r to its author, which validates it: the record is cleared and counted good.
func (tr *ledger) settle(r *record, agent int) *big.Int {
	amount := r.claimable.big()
	tr.remove(r)
	tr.numGood[agent]++
	tr.totalGood++
	tr.balances[agent].Add(tr.balances[agent], amount)
	return amount
}

// pay moves amount of r's claimable to the reporter and counts the claim, saturating as the contract does.
func (tr *ledger) pay(r *record, agent int, amount u128) *big.Int {
	r.claimable = r.claimable.sub(amount)
	if r.numClaims != ^uint16(0) {
		r.numClaims++
	}
	paid := amount.big()
	tr.balances[agent].Add(tr.balances[agent], paid)
	return paid
}

// markReported records agent's report of r, or says it has reported it before (AlreadyReported).
func (r *record) markReported(agent int) bool {
	if slices.Contains(r.reporters, agent) {
		return false
	}
	r.reporters = append(r.reporters, agent)
	return true
}

// agrees is Trainer._modelAgrees; a model revert comes back as its reason. With a Versioned model the
// prediction is kept until the model changes: the scan asks again about the same contributions at every
// event, and the model mostly has not changed in between.
func (tr *ledger) agrees(ctx context.Context, r *record) (bool, Reason) {
	v, versioned := tr.model.(Versioned)
	if versioned && r.predOK && r.predAt == v.Version() {
		return r.pred == r.label, ""
	}
	p, err := tr.model.Predict(ctx, r.x)
	if err != nil {
		return false, modelReason(err)
	}
	if versioned {
		r.pred, r.predAt, r.predOK = p, v.Version(), true
	}
	return p == r.label, ""
}

// balance returns a copy of agent's balance.
func (tr *ledger) balance(agent int) (*big.Int, error) {
	if err := tr.checkAgent(agent); err != nil {
		return nil, fmt.Errorf("balance: %w", err)
	}
	return new(big.Int).Set(tr.balances[agent]), nil
}

// claimAll runs claims in order through one refund and one report rule.
func (tr *ledger) claimAll(ctx context.Context, t uint64, agent int, claims []Claim,
	refund, report func(context.Context, uint64, int, *Contribution) Outcome) ([]Outcome, error) {
	if err := tr.checkAgent(agent); err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	out := tr.outcomes[:0]
	for _, c := range claims {
		if c.Kind == Refund {
			out = append(out, refund(ctx, t, agent, c.C))
		} else {
			out = append(out, report(ctx, t, agent, c.C))
		}
	}
	tr.outcomes = out
	return out, nil
}

// refused is a refusal that leaves the contribution as open as open says.
func refused(reason Reason, open bool) Outcome {
	return Outcome{Reason: reason, Open: open}
}
