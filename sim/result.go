package sim

import "math/big"

// Agent is one simulated participant. The JSON names are 0xDeCA10B's, so its saved runs and ours read alike.
type Agent struct {
	// Address names the agent in results and plots; on the chain it is replaced by a funded account.
	Address string `json:"address"`
	// StartBalance is what the agent holds at the start, in wei.
	StartBalance *big.Int `json:"start_balance"`
	// MeanDeposit and StdevDeposit give the agent's willingness to pay per contribution, drawn from a normal
	// distribution and redrawn until positive: a ceiling, of which only the required deposit is taken.
	MeanDeposit  float64 `json:"mean_deposit"`
	StdevDeposit float64 `json:"stdev_deposit"`
	// MeanUpdateWaitS and StdevUpdateWaitS give the wait between the agent's actions in seconds, drawn from a
	// normal distribution and redrawn until at least 1.
	MeanUpdateWaitS  float64 `json:"mean_update_wait_s"`
	StdevUpdateWaitS float64 `json:"stdev_update_wait_time"`
	// PayToCall is what a caller pays per prediction, in wei; only for CallsModel agents.
	PayToCall *big.Int `json:"pay_to_call,omitempty"`
	// Good agents label honestly; the others flip every label.
	Good bool `json:"good"`
	// ProbMistake is the chance a good agent mislabels a sample by accident.
	ProbMistake float64 `json:"prob_mistake"`
	// CallsModel agents only ask for predictions.
	CallsModel bool `json:"calls_model"`
}

// Result is what a run produced: 0xDeCA10B's saved-run shape (agents, baselineAccuracy, initTrainDataPortion,
// accuracies, balances) and what a reader needs to name the run.
type Result struct {
	Agents               []Agent    `json:"agents"`
	BaselineAccuracy     *float64   `json:"baselineAccuracy"`
	InitTrainDataPortion float64    `json:"initTrainDataPortion"`
	Accuracies           []Accuracy `json:"accuracies"`
	Balances             []Balance  `json:"balances"`

	// Dataset, Model and Mechanism name what was simulated, for titles and tables.
	Dataset   string `json:"dataset"`
	Model     string `json:"model"`
	Mechanism string `json:"mechanism"`
	// Seed is the seed the run drew its randomness from.
	Seed int64 `json:"seed"`

	// Summary is the end-of-run table: balances, accuracy figures, what became of the contributions.
	Summary *Summary `json:"summary,omitempty"`
	// Events lists every operation in order, when the run was traced.
	Events []Event `json:"events,omitempty"`
}

// Event is one operation of a traced run: an addition or a claim, and what became of it.
type Event struct {
	T     uint64 `json:"t"`
	Agent string `json:"a"`
	// Op is "add", "refund", "report" or "take".
	Op string `json:"op"`
	// ID numbers the contribution: the one added, or the one claimed.
	ID uint64 `json:"id,omitempty"`
	// Reason is empty when the operation went through, else the trainer's error.
	Reason string `json:"reason,omitempty"`
	// Amount is the deposit taken by an addition or what a claim paid, in wei.
	Amount *big.Int `json:"amount,omitempty"`
}

// Accuracy is the model's accuracy on the hidden test set at simulated time T (seconds from the start).
type Accuracy struct {
	T        uint64  `json:"t"`
	Accuracy float64 `json:"accuracy"`
}

// Balance is agent A's balance at simulated time T, in wei, after an action that changed it.
type Balance struct {
	T       uint64   `json:"t"`
	Agent   string   `json:"a"`
	Balance *big.Int `json:"b"`
}
