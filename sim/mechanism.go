package sim

import (
	"context"
	"errors"
	"math/big"

	"github.com/sumkit/sumkit/model"
)

// Mechanism is an incentive mechanism as the simulator drives it: the Go ports of the trainer contracts
// (DepositRefundTake, Points) and the same contracts on an in-process chain both satisfy it, and so can a
// mechanism with a different life cycle (a prediction market) through Params.UpdatesModel and Finish.
//
// Agents are numbered from 0 in the order of the run's agents. Time t is in seconds from the mechanism's
// creation and never goes back between calls. Rejections are not errors: they come back as a Reason, as the
// contract's revert would name them; an error means the mechanism itself failed (a chain that stopped, a
// mismatch between a simulated and a mined transaction) and ends the run.
type Mechanism interface {
	// Params says how the mechanism is set up: its waits drive the agents' scan of unclaimed contributions.
	Params() Params
	// AddData offers sample x labelled y from agent at time t, paying at most maxValue wei (the agent's
	// willingness to pay): the mechanism takes what it requires and no more.
	AddData(ctx context.Context, t uint64, agent int, x []int64, y uint64, maxValue *big.Int) (Added, error)
	// Claim makes agent's claims at time t, in order, each seeing the state the previous ones left; there is
	// one Outcome per claim. Batching them lets a chain-backed mechanism check a whole scan in one call. The
	// returned slice may be reused by the next call.
	Claim(ctx context.Context, t uint64, agent int, claims []Claim) ([]Outcome, error)
	// Balance is agent's balance in wei as the incentive sees it: its start balance less deposits plus
	// refunds and rewards. Transaction fees are not part of it.
	Balance(ctx context.Context, agent int) (*big.Int, error)
	// Finish ends participation at time t. Deposit-Refund-Take and Points have nothing to settle; a
	// chain-backed mechanism mines what is pending and checks the chain against its account; a prediction
	// market pays out here.
	Finish(ctx context.Context, t uint64) error
}

// Params describes a mechanism to the engine. Waits are in seconds after a contribution was added.
type Params struct {
	// Name is the mechanism's name, e.g. "deposit-refund-take".
	Name string
	// RefundWait is when the author may claim a refund and others may report.
	RefundWait uint64
	// OwnerClaimWait is when the owner may take what is left.
	OwnerClaimWait uint64
	// AnyAddressClaimWait is when anyone may take what is left. A mechanism without takes (Points) uses it
	// as the horizon after which agents stop looking at a contribution.
	AnyAddressClaimWait uint64
	// Takes says whether a report after AnyAddressClaimWait takes everything left. Without takes, a
	// contribution still unsettled past the horizon is given up.
	Takes bool
	// UpdatesModel says whether an accepted contribution updates the model at once. A prediction market
	// collects data first and trains at Finish.
	UpdatesModel bool
}

// Contribution is an accepted addition, as the agents remember it until it is settled.
type Contribution struct {
	// ID is the trainer's number for it, counted from 1.
	ID uint64
	// Author is the agent that added it.
	Author int
	// Time is when it was added.
	Time uint64
	// X and Label are the sample and the label as added (after any flip).
	X     []int64
	Label uint64
	// Deposit is what the trainer kept of the payment, in wei.
	Deposit *big.Int
}

// ClaimKind says what a claim asks for.
type ClaimKind uint8

// The claims the scan makes. Report and Take are the same trainer call (report); the engine calls it a take
// when the contribution is past the any-address wait, where the trainer gives everything left.
const (
	Refund ClaimKind = iota + 1
	Report
	Take
)

// String returns the claim's name as the trace shows it.
func (k ClaimKind) String() string {
	switch k {
	case Refund:
		return "refund"
	case Report:
		return "report"
	case Take:
		return "take"
	}
	return "unknown"
}

// Claim is one refund, report or take of a contribution.
type Claim struct {
	Kind ClaimKind
	C    *Contribution
}

// Added is what became of an AddData.
type Added struct {
	// Reason is empty when the contribution was accepted, else why the trainer refused it.
	Reason Reason
	// ID numbers the accepted contribution.
	ID uint64
	// Deposit is what was taken, in wei; zero when refused.
	Deposit *big.Int
}

// Outcome is what became of one claim.
type Outcome struct {
	// Reason is empty when the claim went through, else why the trainer refused it.
	Reason Reason
	// Amount is what the claimant received, in wei; nil when the claim was refused.
	Amount *big.Int
	// Open says whether anything may still be claimed on the contribution: Deposit-Refund-Take while some of
	// the deposit is left, Points until it is validated or reported.
	Open bool
}

// Reason is why a trainer refused an operation: the name of the contract's custom error.
type Reason string

// The trainers' and models' refusals, named as the contracts name their errors.
const (
	DepositTooLow               Reason = "DepositTooLow"
	DuplicateContribution       Reason = "DuplicateContribution"
	UnknownContribution         Reason = "UnknownContribution"
	NothingToClaim              Reason = "NothingToClaim"
	TooEarly                    Reason = "TooEarly"
	ModelDisagrees              Reason = "ModelDisagrees"
	ModelAgrees                 Reason = "ModelAgrees"
	CannotReportOwnContribution Reason = "CannotReportOwnContribution"
	NoGoodContributions         Reason = "NoGoodContributions"
	AlreadyReported             Reason = "AlreadyReported"
	AlreadySettled              Reason = "AlreadySettled"
	UnknownLabel                Reason = "UnknownLabel"
	FeatureOutOfRange           Reason = "FeatureOutOfRange"
	TooManyFeatures             Reason = "TooManyFeatures"
	WrongDimension              Reason = "WrongDimension"
	IndicesNotIncreasing        Reason = "IndicesNotIncreasing"
	// ModelReverted stands for any other revert of the model (an overflow): the Go models do not say which of
	// the contract's errors it would be.
	ModelReverted Reason = "ModelReverted"
)

// FromModel reports whether r is a refusal of the sample by the model rather than by the incentive: the
// sample can never be added by anyone, so the agents skip it.
func (r Reason) FromModel() bool {
	switch r {
	case UnknownLabel, FeatureOutOfRange, TooManyFeatures, WrongDimension,
		IndicesNotIncreasing, ModelReverted:
		return true
	}
	return false
}

// modelReason names the contract error a Go model error stands for.
func modelReason(err error) Reason {
	switch {
	case errors.Is(err, model.ErrUnknownLabel):
		return UnknownLabel
	case errors.Is(err, model.ErrFeatureOutOfRange):
		return FeatureOutOfRange
	case errors.Is(err, model.ErrTooManyFeatures):
		return TooManyFeatures
	case errors.Is(err, model.ErrWrongDimension):
		return WrongDimension
	case errors.Is(err, model.ErrIndicesNotIncreasing):
		return IndicesNotIncreasing
	}
	return ModelReverted
}

// chainReason maps a contract's error name to a Reason. The models' overflow errors, which the Go models do
// not tell apart, all become ModelReverted; ok is false for an error no simulated operation should meet.
func chainReason(name string) (r Reason, ok bool) {
	switch r := Reason(name); r {
	case DepositTooLow, DuplicateContribution, UnknownContribution, NothingToClaim, TooEarly, ModelDisagrees,
		ModelAgrees, CannotReportOwnContribution, NoGoodContributions, AlreadyReported, AlreadySettled,
		UnknownLabel, FeatureOutOfRange, TooManyFeatures, WrongDimension, IndicesNotIncreasing:
		return r, true
	}
	switch name {
	case "LaneOverflow", "CountOverflow", "CountTooLarge", "Panic":
		return ModelReverted, true
	}
	return "", false
}
