package sim

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// The mechanisms a config can name.
const (
	// MechanismDepositRefundTake is solidity/src/trainers/DepositRefundTake.sol.
	MechanismDepositRefundTake = "deposit-refund-take"
	// MechanismPoints is solidity/src/trainers/Points.sol.
	MechanismPoints = "points"
	// MechanismPredictionMarket is solidity/src/market/PredictionMarket.sol. Package sim only reads its
	// config: it lives in package sim/marketsim, which imports sim, so a run gets it through
	// Options.Mechanisms (marketsim.Factories).
	MechanismPredictionMarket = "prediction-market"
)

// 0xDeCA10B's defaults, for the fields a config leaves out.
const (
	// DefaultRefundWait is a day.
	DefaultRefundWait = 24 * 60 * 60
	// DefaultAnyAddressClaimWait is nine days.
	DefaultAnyAddressClaimWait = 9 * 24 * 60 * 60
	// DefaultAccuracyFirst is when accuracy is first measured after the start, in seconds.
	DefaultAccuracyFirst = 10_000
	// DefaultAccuracyEvery is the step between accuracy measurements, in seconds.
	DefaultAccuracyEvery = 200_000
	// DefaultStdevUpdateWait is the spread of an agent's wait when the config gives none, in seconds.
	DefaultStdevUpdateWait = 1
	// DefaultStall ends a run after a year in which nothing went through.
	DefaultStall = 365 * 24 * 60 * 60
)

// Config is a simulation as a JSON file describes it; see README.md for the schema and examples/ for
// complete files. Amounts are in units of UnitWei wei, exact decimals.
type Config struct {
	// Name names the run in tables and plots.
	Name string `json:"name"`
	// Seed seeds the agents' randomness; the same config and seed give the same output, byte for byte.
	Seed int64 `json:"seed"`
	// Dataset says what data to load.
	Dataset DatasetConfig `json:"dataset"`
	// Model is the model to start from.
	Model ModelConfig `json:"model"`
	// InitTrainDataPortion is the share of the training data, in [0, 1], the model is trained on before
	// the agents start; the rest is handed out to them in order.
	InitTrainDataPortion float64 `json:"init_train_data_portion"`
	// TestSize caps the hidden test set to its first TestSize samples; 0 keeps them all.
	TestSize int `json:"test_size,omitempty"`
	// BaselineAccuracy, when set, is used instead of training a copy of the model on all training data.
	BaselineAccuracy *float64 `json:"baseline_accuracy,omitempty"`
	// Mechanism is the incentive mechanism and its parameters.
	Mechanism MechanismConfig `json:"mechanism"`
	// UnitWei is how many wei one unit of the amounts below is; empty means 1.
	UnitWei Amount `json:"unit_wei"`
	// Agents are the participants, with 0xDeCA10B's field names.
	Agents []AgentConfig `json:"agents"`
	// AccuracyFirstS and AccuracyEveryS schedule the accuracy measurements: at the first event after
	// AccuracyFirstS seconds, then each time the clock passes the next step of AccuracyEveryS. Zero means
	// 0xDeCA10B's 10,000 and 200,000.
	AccuracyFirstS uint64 `json:"accuracy_first_s,omitempty"`
	AccuracyEveryS uint64 `json:"accuracy_every_s,omitempty"`
	// MaxTimeS ends the run at that simulated time; 0 runs until all data is handed out and settled.
	MaxTimeS uint64 `json:"max_time_s,omitempty"`
	// StallS ends the run when nothing has gone through for that long; nil means a year, 0 never.
	StallS *uint64 `json:"stall_s,omitempty"`
}

// DatasetConfig names the data: one of package dataset's sets, its IMDB-shaped synthetic generator, or a
// file of the user's (Path).
type DatasetConfig struct {
	// Name is "synthetic" or a name dataset.Open takes (imdb, sms, liar, tic-tac-toe, wdbc, iris). With Path
	// it is the name results give the data instead, and may be empty for the file's base name; a built-in
	// name is refused there, since the results would pass the file off as that dataset.
	Name string `json:"name"`
	// Path is a file of labelled data to run on instead of a built-in set (dataset.OpenFile); a relative path
	// is from the working directory.
	Path string `json:"path,omitempty"`
	// Format is Path's format: tsv (text<TAB>label), csv (numeric features and a label column) or jsonl
	// ({"text" or "features", "label"} a line); empty means the one the file's extension names.
	Format string `json:"format,omitempty"`
	// LabelColumn is a csv file's label column, counted from 1; 0 means the last.
	LabelColumn int `json:"label_column,omitempty"`
	// Header says that a csv file's first row names the columns.
	Header bool `json:"header,omitempty"`
	// Root is the datasets folder; empty means ../shared/datasets beside the repository.
	Root string `json:"root,omitempty"`
	// Seed seeds the split (or the synthetic generator), apart from the run's seed: the data stays the same
	// when only the agents' randomness changes.
	Seed uint64 `json:"seed,omitempty"`
	// TestFraction is the share held out for the test set; 0 means dataset.DefaultTestFraction.
	TestFraction float64 `json:"test_fraction,omitempty"`
	// HashFeatures is the number of feature-hashing buckets for text sets without Vocabulary.
	HashFeatures uint64 `json:"hash_features,omitempty"`
	// Encoder is an encoder spec for text sets instead of HashFeatures (dataset.TextOptions.Encoder), such as
	// "sklearn-hashing:1000" for scikit-learn's HashingVectorizer features.
	Encoder string `json:"encoder,omitempty"`
	// Vocabulary is a word-index JSON file (testdata/models/imdb.json) for text sets, whose text is split
	// into words as that vocabulary was built (encoder.Vocabulary).
	Vocabulary string `json:"vocabulary,omitempty"`
	// WordTokens is accepted for old configurations and changes nothing (dataset.TextOptions.WordTokens).
	WordTokens bool `json:"word_tokens,omitempty"`
	// MaxFeatures caps a text sample's distinct indices; 0 keeps all.
	MaxFeatures int `json:"max_features,omitempty"`

	// Samples, TestSamples, Features, NonZeros, Noise and Uniform shape the synthetic set.
	Samples     int     `json:"samples,omitempty"`
	TestSamples int     `json:"test_samples,omitempty"`
	Features    int     `json:"features,omitempty"`
	NonZeros    int     `json:"non_zeros,omitempty"`
	Noise       float64 `json:"noise,omitempty"`
	Uniform     bool    `json:"uniform,omitempty"`
}

// ModelConfig is the model before any training: a kind with zero parameters, or a model file.
type ModelConfig struct {
	// Kind is one of package model's kinds; with File it must match the file (or be empty).
	Kind model.Kind `json:"kind"`
	// File is a model in 0xDeCA10B's JSON format to start from instead of zero parameters.
	File string `json:"file,omitempty"`
	// LearningRate is a perceptron's (first) step, a real number; nil means 1.
	LearningRate *float64 `json:"learning_rate,omitempty"`
	// DecayUpdates is a perceptron's step schedule (model.Model.DecayUpdates): the step halves after this
	// many updates; 0 keeps it constant. With File it replaces the file's schedule when set.
	DecayUpdates uint64 `json:"decay_updates,omitempty"`
	// Intercept is a perceptron's starting bias, a real number.
	Intercept float64 `json:"intercept,omitempty"`
	// Smoothing is naive Bayes's additive smoothing, a real number; nil means 1 (Laplace).
	Smoothing *float64 `json:"smoothing,omitempty"`
	// MaxFeatures is a sparse model's bound on a sample's length; 0 means the longest sample in the data.
	MaxFeatures uint64 `json:"max_features,omitempty"`
}

// MechanismConfig is the incentive mechanism and its constructor's parameters.
type MechanismConfig struct {
	// Kind is "deposit-refund-take" or "points".
	Kind string `json:"kind"`
	// CostWeight scales Deposit-Refund-Take's deposit, costWeight * 3600 / isqrt(seconds since the last
	// addition), in units.
	CostWeight Amount `json:"cost_weight"`
	// RefundWaitS, OwnerClaimWaitS and AnyAddressClaimWaitS are the waits in seconds; nil means a day, the
	// any-address wait, and nine days. Points has no takes: its any-address wait is how long agents keep
	// looking at a contribution nobody could settle.
	RefundWaitS          *uint32 `json:"refund_wait_s,omitempty"`
	OwnerClaimWaitS      *uint32 `json:"owner_claim_wait_s,omitempty"`
	AnyAddressClaimWaitS *uint32 `json:"any_address_claim_wait_s,omitempty"`

	// The prediction market's fields; the other kinds refuse them.

	// Bounty is what the provider deposits, in units: the pool the rounds pay from.
	Bounty Amount `json:"bounty"`
	// MinStake is the least stake a contribution takes, in units; empty means 1 wei.
	MinStake Amount `json:"min_stake"`
	// GroupByContributor scores and pays each contributor's contributions together.
	GroupByContributor bool `json:"group_by_contributor,omitempty"`
	// AllowGreaterStake stakes an agent's whole offer rather than the minimum stake.
	AllowGreaterStake bool `json:"allow_greater_stake,omitempty"`
	// Retrain re-walks the contributions still in the rounds from the initial model at every iteration, as
	// 0xDeCA10B's simulator does; the contract walks once. Simulator only.
	Retrain bool `json:"retrain,omitempty"`
	// TestPieces is how many pieces the hidden test set is committed in (at least 2); 0 means 10.
	TestPieces int `json:"test_pieces,omitempty"`
	// Provider is the address of the agent that deposits the bounty; empty means a provider outside the
	// agents, whose refund the summary reports apart.
	Provider string `json:"provider,omitempty"`
	// DurationS ends participation that many seconds after the start; 0 ends it when the training data
	// runs out (or at max_time_s).
	DurationS uint64 `json:"duration_s,omitempty"`
}

// DefaultTestPieces is the number of test-set pieces of a prediction market whose config gives none, as in
// 0xDeCA10B's simulation.
const DefaultTestPieces = 10

// MarketParams is a prediction market's set-up in wei, from a config's mechanism fields.
type MarketParams struct {
	Bounty, MinStake                      *big.Int
	GroupByContributor, AllowGreaterStake bool
	// Retrain re-walks the surviving contributions at each iteration (simulator only).
	Retrain bool
	// Pieces is the number of test-set pieces.
	Pieces int
	// Provider is the providing agent's index, or -1 for a provider outside the agents.
	Provider int
	// DurationS is when participation ends, 0 for when the data runs out.
	DurationS uint64
}

// MarketParams returns the prediction market's parameters in wei, with the defaults filled in.
func (c *Config) MarketParams() (MarketParams, error) {
	m := c.Mechanism
	if m.Kind != MechanismPredictionMarket {
		return MarketParams{}, fmt.Errorf("mechanism.kind %q is not %q", m.Kind, MechanismPredictionMarket)
	}
	if !m.CostWeight.IsZero() || m.RefundWaitS != nil || m.OwnerClaimWaitS != nil || m.AnyAddressClaimWaitS != nil {
		return MarketParams{}, errors.New("mechanism: a prediction market takes no cost_weight or waits; it pays at the end")
	}
	unit, err := c.unit()
	if err != nil {
		return MarketParams{}, err
	}
	p := MarketParams{GroupByContributor: m.GroupByContributor, AllowGreaterStake: m.AllowGreaterStake,
		Retrain: m.Retrain, Pieces: m.TestPieces, Provider: -1, DurationS: m.DurationS}
	if p.Bounty, err = m.Bounty.wei(unit, "mechanism.bounty"); err != nil {
		return MarketParams{}, err
	}
	if p.Bounty.Sign() <= 0 {
		return MarketParams{}, errors.New("mechanism.bounty must be positive")
	}
	p.MinStake = big.NewInt(1)
	if !m.MinStake.IsZero() {
		if p.MinStake, err = m.MinStake.wei(unit, "mechanism.min_stake"); err != nil {
			return MarketParams{}, err
		}
		if p.MinStake.Sign() <= 0 {
			return MarketParams{}, errors.New("mechanism.min_stake must be positive")
		}
	}
	if p.Pieces == 0 {
		p.Pieces = DefaultTestPieces
	}
	if p.Pieces < 2 {
		return MarketParams{}, fmt.Errorf("mechanism.test_pieces %d: the market reveals one piece and evaluates on the rest, so it needs at least 2", p.Pieces)
	}
	if m.Provider != "" {
		for i, a := range c.Agents {
			if a.Address == m.Provider {
				p.Provider = i
			}
		}
		if p.Provider < 0 {
			return MarketParams{}, fmt.Errorf("mechanism.provider %q is none of the agents' addresses", m.Provider)
		}
	}
	return p, nil
}

// hasMarketFields reports whether any of the prediction market's fields is set.
func (m *MechanismConfig) hasMarketFields() bool {
	return !m.Bounty.IsZero() || !m.MinStake.IsZero() || m.GroupByContributor || m.AllowGreaterStake ||
		m.Retrain || m.TestPieces != 0 || m.Provider != "" || m.DurationS != 0
}

// AgentConfig is one agent, with 0xDeCA10B's field names; amounts are in units.
type AgentConfig struct {
	Address      string `json:"address"`
	StartBalance Amount `json:"start_balance"`
	// MeanDeposit and StdevDeposit: each contribution's willingness to pay is drawn from this normal
	// distribution, truncated to whole wei and redrawn until positive; only the required deposit is taken.
	MeanDeposit  Amount `json:"mean_deposit"`
	StdevDeposit Amount `json:"stdev_deposit"`
	// MeanUpdateWaitS and StdevUpdateWaitS: the wait between actions is drawn from this normal distribution,
	// truncated to whole seconds and redrawn until at least 1. The spread defaults to 1 s, as in 0xDeCA10B.
	MeanUpdateWaitS  float64  `json:"mean_update_wait_s"`
	StdevUpdateWaitS *float64 `json:"stdev_update_wait_time,omitempty"`
	// Good agents label honestly (nil means true); the others flip every label.
	Good *bool `json:"good,omitempty"`
	// ProbMistake is the chance that an agent flips a label by accident.
	ProbMistake float64 `json:"prob_mistake,omitempty"`
	// CallsModel agents only ask the model for predictions, which are free with these mechanisms.
	CallsModel bool `json:"calls_model,omitempty"`
	// PayToCall is what a caller would pay per prediction; the trainers take no payment for predictions,
	// so it must be zero.
	PayToCall Amount `json:"pay_to_call"`
}

// LoadConfig reads a config file. Unknown fields are errors: a misspelt field would otherwise be a silent
// default.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load sim config: %w", err)
	}
	cfg, err := ParseConfig(b)
	if err != nil {
		return nil, fmt.Errorf("load sim config %s: %w", path, err)
	}
	return cfg, nil
}

// ParseConfig reads a config from JSON and validates it.
func ParseConfig(b []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var cfg Config
	if err := dec.Decode(&cfg); err != nil {
		return nil, fmt.Errorf("parse sim config: %w", decodeError(b, err))
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &cfg, nil
}

// decodeError rewrites the JSON decoder's errors for a person editing the file: a value of the wrong type or
// out of range (a negative wait, say) names the field, the value, its line and what the field takes, instead
// of the Go type it is stored in.
func decodeError(b []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			field = "the config"
		}
		got, _ := strings.CutPrefix(te.Value, "number ")
		return fmt.Errorf("%s is %s (line %d): want %s", field, got, lineOf(b, te.Offset), wantOf(field, te.Type))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("line %d: %w", lineOf(b, se.Offset), err)
	}
	return err
}

// lineOf returns the 1-based line of byte offset off in b.
func lineOf(b []byte, off int64) int {
	off = min(max(off, 0), int64(len(b)))
	return bytes.Count(b[:off], []byte("\n")) + 1
}

// wantOf describes the values a field of type t takes; fields ending in _s are seconds.
func wantOf(field string, t reflect.Type) string {
	whole := "a whole number"
	if strings.HasSuffix(field, "_s") {
		whole += " of seconds"
	}
	switch t.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("%s from 0 to %d", whole, uint64(1)<<t.Bits()-1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("%s from %d to %d", whole, -(int64(1) << (t.Bits() - 1)), int64(1)<<(t.Bits()-1)-1)
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string in quotes"
	case reflect.Slice, reflect.Array:
		return "a list [...]"
	case reflect.Struct, reflect.Map:
		return "an object {...}"
	}
	return "a " + t.String()
}

// unit returns UnitWei in wei.
func (c *Config) unit() (*big.Int, error) {
	if c.UnitWei.IsZero() {
		return big.NewInt(1), nil
	}
	u, err := c.UnitWei.wei(big.NewInt(1), "unit_wei")
	if err != nil {
		return nil, err
	}
	if u.Sign() <= 0 {
		return nil, fmt.Errorf("unit_wei %s must be positive", c.UnitWei)
	}
	return u, nil
}

// Validate checks the config without loading any data.
func (c *Config) Validate() error {
	if !(c.InitTrainDataPortion >= 0 && c.InitTrainDataPortion <= 1) {
		return fmt.Errorf("init_train_data_portion %v is not in [0, 1]", c.InitTrainDataPortion)
	}
	if c.TestSize < 0 {
		return fmt.Errorf("test_size %d is negative", c.TestSize)
	}
	if err := c.Dataset.validate(); err != nil {
		return err
	}
	if c.Model.Kind == "" && c.Model.File == "" {
		return errors.New("model: give a kind or a file")
	}
	if _, err := c.agents(); err != nil {
		return err
	}
	if _, err := c.drtParams(); err != nil {
		return err
	}
	if (c.AccuracyFirstS != 0 || c.AccuracyEveryS != 0) && c.accuracyEvery() == 0 {
		return errors.New("accuracy_every_s must be positive")
	}
	return nil
}

// validate checks that d names its data one way: a built-in set or the generator by name, or a file by path.
func (d *DatasetConfig) validate() error {
	builtIn := append(dataset.Names(), dataset.SyntheticName)
	if d.Path == "" {
		switch {
		case d.Name == "":
			return fmt.Errorf("dataset.name is empty: name a dataset (%s) or \"synthetic\", or give your own "+
				"file as dataset.path", strings.Join(dataset.Names(), ", "))
		case d.Format != "" || d.LabelColumn != 0 || d.Header:
			return errors.New("dataset.format, label_column and header describe a file: give it as dataset.path")
		}
		return nil
	}
	switch {
	case slices.Contains(builtIn, d.Name):
		return fmt.Errorf("dataset.name %q is a built-in dataset, but dataset.path gives a file: name the file's "+
			"data otherwise, or leave dataset.name out to use the file's name", d.Name)
	case d.Root != "":
		return errors.New("dataset.root is where the built-in datasets are; with dataset.path leave it out")
	case d.Samples != 0 || d.TestSamples != 0 || d.Features != 0 || d.NonZeros != 0 || d.Noise != 0 || d.Uniform:
		return errors.New("dataset.samples, test_samples, features, non_zeros, noise and uniform shape the " +
			"synthetic set; with dataset.path leave them out")
	case d.Format != "" && !slices.Contains(dataset.Formats(), d.Format):
		return fmt.Errorf("dataset.format %q is not a format: use %s", d.Format, strings.Join(dataset.Formats(), ", "))
	case d.Format == "" && dataset.FormatFor(d.Path) == "":
		return fmt.Errorf("dataset.format is missing and the extension of dataset.path %q names none: set it to "+
			"%s", d.Path, strings.Join(dataset.Formats(), ", "))
	case d.LabelColumn < 0:
		return fmt.Errorf("dataset.label_column %d: count columns from 1, or leave it out for the last", d.LabelColumn)
	}
	return nil
}

func (c *Config) accuracyFirst() uint64 {
	if c.AccuracyFirstS == 0 {
		return DefaultAccuracyFirst
	}
	return c.AccuracyFirstS
}

func (c *Config) accuracyEvery() uint64 {
	if c.AccuracyEveryS == 0 {
		return DefaultAccuracyEvery
	}
	return c.AccuracyEveryS
}

func (c *Config) stall() uint64 {
	if c.StallS == nil {
		return DefaultStall
	}
	return *c.StallS
}

// drtParams returns the mechanism's parameters in wei and seconds, with the defaults filled in.
func (c *Config) drtParams() (DRTParams, error) {
	m := c.Mechanism
	switch m.Kind {
	case MechanismDepositRefundTake, MechanismPoints:
		if m.hasMarketFields() {
			return DRTParams{}, fmt.Errorf("mechanism: bounty, min_stake, group_by_contributor, allow_greater_stake, retrain, test_pieces, provider and duration_s are the prediction market's; %s takes none", m.Kind)
		}
	case MechanismPredictionMarket:
		// The market has no waits: its parameters are MarketParams.
		if _, err := c.MarketParams(); err != nil {
			return DRTParams{}, err
		}
		return DRTParams{}, nil
	default:
		return DRTParams{}, fmt.Errorf("mechanism.kind %q: use %q, %q or %q", m.Kind, MechanismDepositRefundTake, MechanismPoints, MechanismPredictionMarket)
	}
	p := DRTParams{RefundWait: DefaultRefundWait, AnyAddressClaimWait: DefaultAnyAddressClaimWait}
	if m.RefundWaitS != nil {
		p.RefundWait = *m.RefundWaitS
	}
	if m.AnyAddressClaimWaitS != nil {
		p.AnyAddressClaimWait = *m.AnyAddressClaimWaitS
	}
	p.OwnerClaimWait = p.AnyAddressClaimWait
	if m.OwnerClaimWaitS != nil {
		p.OwnerClaimWait = *m.OwnerClaimWaitS
	}
	unit, err := c.unit()
	if err != nil {
		return DRTParams{}, err
	}
	if p.CostWeight, err = m.CostWeight.wei(unit, "mechanism.cost_weight"); err != nil {
		return DRTParams{}, err
	}
	if m.Kind == MechanismPoints {
		if p.CostWeight.Sign() != 0 {
			return DRTParams{}, errors.New("mechanism.cost_weight: points takes no deposit; leave it out")
		}
		if p.AnyAddressClaimWait < p.RefundWait {
			return DRTParams{}, fmt.Errorf("mechanism: the any-address wait %d s (the horizon for points) is shorter than the refund wait %d s",
				p.AnyAddressClaimWait, p.RefundWait)
		}
		return p, nil
	}
	if err := p.validate(); err != nil {
		return DRTParams{}, fmt.Errorf("mechanism: %w", err)
	}
	return p, nil
}

// agents converts the agents to wei and checks them.
func (c *Config) agents() ([]Agent, error) {
	if len(c.Agents) == 0 {
		return nil, errors.New("no agents")
	}
	unit, err := c.unit()
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(c.Agents))
	out := make([]Agent, len(c.Agents))
	for i, a := range c.Agents {
		field := func(name string) string { return fmt.Sprintf("agents[%d] (%s).%s", i, a.Address, name) }
		if a.Address == "" {
			return nil, fmt.Errorf("agents[%d]: empty address", i)
		}
		if seen[a.Address] {
			return nil, fmt.Errorf("agents[%d]: address %q is used twice; addresses order simultaneous actions, so they must differ", i, a.Address)
		}
		seen[a.Address] = true
		start, err := a.StartBalance.wei(unit, "start_balance")
		if err != nil {
			return nil, fmt.Errorf("agents[%d]: %w", i, err)
		}
		if start.Sign() <= 0 {
			return nil, fmt.Errorf("%s must be positive", field("start_balance"))
		}
		if !a.PayToCall.IsZero() {
			return nil, fmt.Errorf("%s: deposit-refund-take and points predict for free; leave it out", field("pay_to_call"))
		}
		stdevWait := float64(DefaultStdevUpdateWait)
		if a.StdevUpdateWaitS != nil {
			stdevWait = *a.StdevUpdateWaitS
		}
		good := a.Good == nil || *a.Good
		ag := Agent{
			Address:          a.Address,
			StartBalance:     start,
			MeanDeposit:      a.MeanDeposit.weiFloat(unit),
			StdevDeposit:     a.StdevDeposit.weiFloat(unit),
			MeanUpdateWaitS:  a.MeanUpdateWaitS,
			StdevUpdateWaitS: stdevWait,
			Good:             good,
			ProbMistake:      a.ProbMistake,
			CallsModel:       a.CallsModel,
		}
		switch {
		case !(ag.MeanUpdateWaitS >= 1 && ag.MeanUpdateWaitS < 1<<50):
			return nil, fmt.Errorf("%s %v must be at least 1 s", field("mean_update_wait_s"), ag.MeanUpdateWaitS)
		case !(ag.StdevUpdateWaitS >= 0 && ag.StdevUpdateWaitS < 1<<50):
			return nil, fmt.Errorf("%s %v must be a non-negative number", field("stdev_update_wait_time"), ag.StdevUpdateWaitS)
		case !(ag.ProbMistake >= 0 && ag.ProbMistake <= 1):
			return nil, fmt.Errorf("%s %v is not a probability", field("prob_mistake"), ag.ProbMistake)
		case !ag.CallsModel && !(ag.MeanDeposit >= 1):
			return nil, fmt.Errorf("%s must be at least 1 wei for an agent that contributes", field("mean_deposit"))
		case a.StdevDeposit.Rat().Sign() < 0:
			return nil, fmt.Errorf("%s is negative", field("stdev_deposit"))
		}
		out[i] = ag
	}
	return out, nil
}

// ranks orders agents by address, the queue's tie-break.
func ranks(agents []Agent) []int {
	idx := make([]int, len(agents))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return agents[idx[a]].Address < agents[idx[b]].Address })
	rank := make([]int, len(agents))
	for r, i := range idx {
		rank[i] = r
	}
	return rank
}
