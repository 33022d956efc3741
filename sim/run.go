package sim

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"

	"github.com/sumkit/sumkit/model"
)

// rngStream separates the agents' PCG stream from any other use of the same seed.
const rngStream = 0x73756d6b69742d73 // "sumkit-s"

// mechanismStream is the PCG stream a mechanism factory draws from (a prediction market's revealed piece):
// drawing from the agents' stream would change every agent's schedule.
const mechanismStream = 0x73756d6b69742d6d // "sumkit-m"

// MechanismFactory builds the Go mechanism for a mechanism kind package sim does not implement itself.
type MechanismFactory func(ctx context.Context, env MechanismEnv) (Mechanism, error)

// MechanismEnv is what a MechanismFactory builds from.
type MechanismEnv struct {
	// Config is the run's config (with the run's seed).
	Config *Config
	// Setup is the prepared run: agents, the initial model, the test set.
	Setup *Setup
	// Model is the model the engine measures; a mechanism that trains at Finish trains this one.
	Model *GoModel
	// Balances are the agents' start balances in wei, the mechanism's to keep.
	Balances []*big.Int
	// Rand is seeded from the run's seed on a stream of its own.
	Rand *rand.Rand
}

// Options controls how a run executes, beyond what its config says.
type Options struct {
	// OnChain runs the same schedule as transactions against the contracts on an in-process chain.
	OnChain bool
	// Trace records every operation in Result.Events.
	Trace bool
	// Progress, when set, is told now and then how many of the samples have been handed out.
	Progress func(done, total int)
	// Logger receives what the run logs; nil discards it.
	Logger *slog.Logger
	// Gas, when set, is told the gas and fee of the deployment and of every transaction mined, in order; only
	// runs on a chain (OnChain) have gas.
	Gas func(GasUse)
	// Mechanisms builds the mechanism kinds sim has no Go port of, by kind (marketsim.Factories gives the
	// prediction market's).
	Mechanisms map[string]MechanismFactory
}

// Setup is what a run starts from: the agents in wei, the model trained on the initial part of the data, and
// the data the agents hand out.
type Setup struct {
	Agents []Agent
	// Start is the model before training; Initial is Start trained on the first InitCount samples.
	Start, Initial *model.Model
	InitCount      int
	// Baseline is the accuracy of Start trained on all training data.
	Baseline float64
	// Remaining is the training data after the initial part; Test is the hidden test set (capped).
	Remaining, Test Samples
	Params          DRTParams
}

// Prepare trains the initial model and measures the baseline: the part of a run that does not depend on the
// mechanism or the seed.
func Prepare(ctx context.Context, cfg *Config, data *Data, log *slog.Logger) (*Setup, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := data.validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Setup{}
	var err error
	if s.Agents, err = cfg.agents(); err != nil {
		return nil, err
	}
	if s.Params, err = cfg.drtParams(); err != nil {
		return nil, err
	}
	if s.Start, err = cfg.startModel(data); err != nil {
		return nil, err
	}
	n := data.Train.Len()
	// 0xDeCA10B truncates: int(len(x_train) * init_train_data_portion).
	s.InitCount = int(float64(n) * cfg.InitTrainDataPortion)
	s.Remaining = slice(data.Train, s.InitCount, n)
	s.Test = data.Test
	if cfg.TestSize > 0 && cfg.TestSize < data.Test.Len() {
		s.Test = slice(data.Test, 0, cfg.TestSize)
	}

	s.Initial = s.Start.Clone()
	skipped, err := teach(ctx, s.Initial, slice(data.Train, 0, s.InitCount))
	if err != nil {
		return nil, fmt.Errorf("initial training: %w", err)
	}
	if err := checkTrained(s.Initial); err != nil {
		return nil, err
	}
	log.Info("initial model trained", "samples", s.InitCount, "of", n, "skipped", skipped)

	if cfg.BaselineAccuracy != nil {
		s.Baseline = *cfg.BaselineAccuracy
	} else {
		all := s.Start.Clone()
		if _, err := teach(ctx, all, data.Train); err != nil {
			return nil, fmt.Errorf("baseline training: %w", err)
		}
		if err := checkTrained(all); err != nil {
			return nil, fmt.Errorf("baseline: %w", err)
		}
		if s.Baseline, err = accuracy(ctx, NewGoModel(all), s.Test); err != nil {
			return nil, fmt.Errorf("baseline: %w", err)
		}
		log.Info("baseline measured", "accuracy", s.Baseline)
	}
	return s, nil
}

// Run simulates cfg on data: agents contribute the training data after the initial part, refund, report and
// take, against a Go port of the mechanism, or with opts.OnChain against the contracts on an in-process
// chain. The same config, data and seed give the same result.
func Run(ctx context.Context, cfg *Config, data *Data, opts Options) (*Result, error) {
	s, err := Prepare(ctx, cfg, data, opts.Logger)
	if err != nil {
		return nil, err
	}
	return RunSetup(ctx, cfg, data.Name, s, opts)
}

// RunSetup runs from a prepared setup, so that several runs (Go and chain, or many seeds) share the
// training.
func RunSetup(ctx context.Context, cfg *Config, dataName string, s *Setup, opts Options) (*Result, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	balances := make([]*big.Int, len(s.Agents))
	for i, a := range s.Agents {
		balances[i] = new(big.Int).Set(a.StartBalance) // a sweep runs one setup in parallel
	}
	var (
		mech Mechanism
		m    Model
	)
	maxTime := cfg.MaxTimeS
	if builtin(cfg.Mechanism.Kind) && opts.OnChain {
		c, err := newChainRun(ctx, chainSpec{
			mechanism: cfg.Mechanism.Kind, params: s.Params, model: s.Initial, balances: balances, owner: -1, log: log,
			gas: opts.Gas,
		})
		if err != nil {
			return nil, err
		}
		defer c.close()
		mech, m = c, c
	} else if !builtin(cfg.Mechanism.Kind) {
		if opts.OnChain {
			return nil, fmt.Errorf("mechanism %q: no on-chain run in the simulator yet; run it without --on-chain", cfg.Mechanism.Kind)
		}
		factory := opts.Mechanisms[cfg.Mechanism.Kind]
		if factory == nil {
			return nil, fmt.Errorf("mechanism %q: this run was given no factory for it", cfg.Mechanism.Kind)
		}
		gm := NewGoModel(s.Initial.Clone())
		var err error
		if mech, err = factory(ctx, MechanismEnv{Config: cfg, Setup: s, Model: gm, Balances: balances,
			Rand: rand.New(rand.NewPCG(uint64(cfg.Seed), mechanismStream))}); err != nil {
			return nil, fmt.Errorf("mechanism %q: %w", cfg.Mechanism.Kind, err)
		}
		m = gm
		if cfg.Mechanism.Kind == MechanismPredictionMarket {
			// The market's own end criterion: participation stops at its duration.
			if d := cfg.Mechanism.DurationS; d > 0 && (maxTime == 0 || d < maxTime) {
				maxTime = d
			}
		}
	} else {
		gm := NewGoModel(s.Initial.Clone())
		var err error
		if mech, err = newGoMechanism(cfg.Mechanism.Kind, s.Params, gm, balances); err != nil {
			return nil, err
		}
		m = gm
	}

	baseline := s.Baseline
	res := &Result{
		Agents:               s.Agents,
		BaselineAccuracy:     &baseline,
		InitTrainDataPortion: cfg.InitTrainDataPortion,
		Dataset:              dataName,
		Model:                string(s.Start.Kind),
		Mechanism:            cfg.Mechanism.Kind,
		Seed:                 cfg.Seed,
	}
	e := &engine{
		mech:       mech,
		model:      m,
		params:     mech.Params(),
		data:       s.Remaining,
		test:       s.Test,
		agents:     s.Agents,
		rank:       ranks(s.Agents),
		classes:    uint64(len(s.Start.Classes)),
		rng:        rand.New(rand.NewPCG(uint64(cfg.Seed), rngStream)),
		accFirst:   cfg.accuracyFirst(),
		accEvery:   cfg.accuracyEvery(),
		maxTime:    maxTime,
		stallAfter: cfg.stall(),
		trace:      opts.Trace,
		progress:   opts.Progress,
		res:        res,
	}
	if err := e.run(ctx); err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	log.Info("run finished", "end", res.Summary.End, "accepted", res.Summary.Counts.Accepted)
	return res, nil
}

// builtin reports whether package sim runs the mechanism kind itself, in Go and on a chain.
func builtin(kind string) bool {
	return kind == MechanismDepositRefundTake || kind == MechanismPoints
}

// newGoMechanism returns the Go port of the named mechanism.
func newGoMechanism(kind string, p DRTParams, m Learner, balances []*big.Int) (Mechanism, error) {
	switch kind {
	case MechanismDepositRefundTake:
		return NewDepositRefundTake(p, m, balances, -1)
	case MechanismPoints:
		return NewPoints(p.RefundWait, uint64(p.AnyAddressClaimWait), m, balances, -1)
	}
	return nil, fmt.Errorf("unknown mechanism %q", kind)
}
