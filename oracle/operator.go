package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/oracle/gpu"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/oracle/train"
	"github.com/sumkit/sumkit/oracle/weights"
)

// Client is what the operator needs of a node: the event follower's reads and transaction lookups. An
// ethclient.Client and the simulated backend's client are both.
type Client interface {
	ingest.Client
	TxReader
}

// Operator is one oracle operator: its store, its state and its account on one OracleModel.
type Operator struct {
	cfg      *Config
	client   Client
	log      *slog.Logger
	store    *ingest.Store
	follower *ingest.Follower
	state    *state
	c        *contract
	initial  *Samples
	heldOut  *Samples
	config   common.Hash
	metrics  *metrics
	poll     time.Duration

	// noGain is the last training that did not beat the active version: the same active version and cursor
	// give the same result (training is deterministic), so the operator does not train it again.
	noGain *noGainKey
	// measured is the active version's accuracy on this operator's held-out set, when its attested figure
	// was measured another way (see baseline).
	measured *measuredVersion
	// epoch is the committee epoch of the last cycle, so that a change is logged once.
	epoch uint64

	// Train trains a candidate; tests replace it to make a dishonest operator. It defaults to train.Train.
	Train func(ctx context.Context, cfg train.Config, data train.Data, progress func(train.Progress)) (*weights.Weights, error)
}

// Decision is what one cycle did, for logs, status and tests.
type Decision struct {
	// Action is one of "idle" (nothing new), "wait" (a proposal's cursor is not ingested yet), "no-gain" (the
	// candidate does not beat the active version), "committed" (proposed, and active when Active), "disagree"
	// (another operator's proposal does not match this operator's result), "reorged" (a saved version's data
	// was reorganised away before this operator proposed it: dropped, to be trained again), "not-operator" (the
	// committee changed and this account is no longer in it: the operator keeps following contributions, and
	// proposes again if a later committee takes it back).
	Action string
	// Version is the candidate or resumed version, if any.
	Version *weights.Version
	// Active says whether Version is active at the end of the cycle.
	Active bool
}

// Open opens an operator's store and state under cfg.DataDir and checks the deployment: the model must be an
// OracleModel sealed to cfg.Trainer, and t's account one of its operators.
func Open(ctx context.Context, cfg *Config, client Client, t *chain.Transactor, log *slog.Logger) (*Operator, error) {
	if err := errors.Join(cfg.Validate(), cfg.CheckDeployment()); err != nil {
		return nil, fmt.Errorf("oracle config: %w", err)
	}
	if log == nil {
		log = slog.Default()
	}
	poll, _ := cfg.PollInterval()
	// The operator settles the device in its own copy: the caller's config stays as the file says.
	own := *cfg
	o := &Operator{cfg: &own, client: client, log: log.With("operator", t.From()), metrics: newMetrics(), poll: poll, Train: train.Train}
	var err error
	if o.initial, err = LoadSamples(cfg.InitialData); err != nil {
		return nil, fmt.Errorf("initial_data: %w", err)
	}
	if o.heldOut, err = LoadSamples(cfg.HeldOut); err != nil {
		return nil, fmt.Errorf("held_out: %w", err)
	}
	if o.initial.NumFeatures != o.heldOut.NumFeatures || o.initial.NumClasses != o.heldOut.NumClasses {
		return nil, fmt.Errorf("initial_data has %d features and %d classes but held_out %d and %d: both must be encoded for the model",
			o.initial.NumFeatures, o.initial.NumClasses, o.heldOut.NumFeatures, o.heldOut.NumClasses)
	}
	o.c = newContract(t, client, cfg.Model, func(call string, r *types.Receipt) {
		o.metrics.gas.WithLabelValues(call).Add(float64(r.GasUsed))
		if call == "propose" {
			o.metrics.proposals.WithLabelValues(cfg.agreement()).Inc()
		}
	})
	if cfg.PageBlocks > 0 {
		o.c.pageBlocks = cfg.PageBlocks
	}
	if err := o.checkDeployment(ctx, client); err != nil {
		return nil, err
	}
	if err := o.chooseDevice(ctx); err != nil {
		return nil, err
	}
	o.config = o.configHash()

	chainID, err := t.Backend().(interface {
		ChainID(context.Context) (*big.Int, error)
	}).ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the chain id: %w", err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data_dir: %w", err)
	}
	meta := ingest.Meta{ChainID: chainID.Uint64(), Trainer: cfg.Trainer, Depth: cfg.ConfirmationDepth()}
	if o.store, err = ingest.Open(filepath.Join(cfg.DataDir, "events"), meta); err != nil {
		return nil, err
	}
	if o.state, err = openState(filepath.Join(cfg.DataDir, "state"), o.log); err != nil {
		o.store.Close()
		return nil, err
	}
	o.follower = ingest.NewFollower(client, o.store, ingest.Options{
		FromBlock: cfg.FromBlock, PageBlocks: cfg.PageBlocks, NumClasses: uint64(o.heldOut.NumClasses),
		PollInterval: poll, Logger: o.log,
	})
	return o, nil
}

// Close closes the store and the state.
func (o *Operator) Close() error {
	return errors.Join(o.state.close(), o.store.Close())
}

// Registry returns the operator's Prometheus registry, for the metrics endpoint.
func (o *Operator) Registry() *prometheus.Registry { return o.metrics.registry }

// checkDeployment refuses a model that is not an OracleModel sealed to the configured trainer, data encoded
// for another model, and an account outside the committee.
func (o *Operator) checkDeployment(ctx context.Context, client Client) error {
	b := o.c.binding
	// An account without code answers every call with nothing, which does not decode.
	trainer, err := read(ctx, o.c, "the model's trainer", b.PackTrainer(), b.UnpackTrainer)
	if err != nil {
		return fmt.Errorf("model %s does not answer as an OracleModel (%v): check the model address and the --rpc node", o.cfg.Model, err)
	}
	if trainer != o.cfg.Trainer {
		return fmt.Errorf("model %s is sealed to trainer %s, not the configured %s: use the deployment's trainer address", o.cfg.Model, trainer, o.cfg.Trainer)
	}
	if _, err := o.c.active(ctx); err != nil {
		return fmt.Errorf("model %s is not an OracleModel with an initial version: %w", o.cfg.Model, err)
	}
	nf, err := read(ctx, o.c, "the model's features", b.PackNumFeatures(), b.UnpackNumFeatures)
	if err != nil {
		return err
	}
	if nf != uint64(o.heldOut.NumFeatures) {
		return fmt.Errorf("the model takes %d features but the samples files have %d: encode them for this model", nf, o.heldOut.NumFeatures)
	}
	ok, err := o.c.isOperator(ctx, o.c.t.From())
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("account %s is %w of model %s: use an operator's account, or have the committee vote it in (sumkit oracle committee propose)", o.c.t.From(), errNotOperator, o.cfg.Model)
	}
	return nil
}

// checkCommittee reads the committee, logs a change of epoch once, and says whether this account is in it. A
// change drops every vote of the old epoch: a version this operator had proposed is proposed again (resume finds
// no vote of its own), and proposals are read for the new epoch only.
func (o *Operator) checkCommittee(ctx context.Context) (bool, error) {
	cm, err := o.c.committee(ctx)
	if err != nil {
		return false, err
	}
	member := slices.Contains(cm.Operators, o.c.t.From())
	if cm.Epoch != o.epoch {
		if o.epoch != 0 {
			o.log.Info("the committee changed", "epoch", cm.Epoch, "operators", len(cm.Operators), "threshold", cm.Threshold, "member", member)
		}
		if !member {
			o.log.Warn("this account is not in the current committee: following contributions without proposing", "epoch", cm.Epoch)
		}
		o.epoch = cm.Epoch
		o.metrics.epoch.Set(float64(cm.Epoch))
	}
	return member, nil
}

// chooseDevice settles where the operator trains (see trainDevice) and logs it.
func (o *Operator) chooseDevice(ctx context.Context) error {
	want := o.cfg.Train.Device
	var gpus []gpu.Device
	var gpuErr error
	if want == train.GPU {
		gpus, gpuErr = gpu.Local(ctx)
	}
	device, fallback, err := trainDevice(want, train.CUDA, gpus, gpuErr)
	if err != nil {
		return fmt.Errorf("oracle config: train: %w", err)
	}
	switch {
	case fallback != "":
		o.log.Warn(fallback, "gpus", len(gpus), "err", gpuErr)
	case device == train.GPU:
		o.log.Info("training on the GPU", "gpus", len(gpus), "first", gpus[0].Name, "memory_bytes", gpus[0].MemoryTotal)
	}
	o.cfg.Train.Device = device
	return nil
}

// configHash is ConfigHash of the operator's config, after the device choice.
func (o *Operator) configHash() common.Hash {
	return ConfigHash(o.cfg.Train, o.initial, o.heldOut)
}

// ConfigHash covers what makes two operators train and measure the same: the training config and both samples
// files. Versions record it; an operator takes a version's attested accuracy as its own measurement only under
// the same hash. A deployment's version 0 should carry it too.
func ConfigHash(cfg train.Config, initial, heldOut *Samples) common.Hash {
	t := cfg.Hash()
	i := initial.Hash()
	h := heldOut.Hash()
	return crypto.Keccak256Hash(t[:], i[:], h[:])
}

// Run runs cycles until ctx is done, waiting the poll interval between them. A failed cycle is logged and
// retried at the next poll: the node may be down, and every cycle starts from what the chain and store show.
func (o *Operator) Run(ctx context.Context) error {
	for {
		if _, err := o.Step(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			o.metrics.errors.Inc()
			o.log.Error("cycle failed; retrying at the next poll", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(o.poll):
		}
	}
}

// Step runs one cycle (see the package documentation).
func (o *Operator) Step(ctx context.Context) (Decision, error) {
	if err := o.ingest(ctx); err != nil {
		return Decision{}, err
	}
	active, err := o.c.active(ctx)
	if err != nil {
		return Decision{}, err
	}
	o.metrics.activeVersion.Set(float64(active.Number))
	o.metrics.accuracy.Set(float64(active.AccuracyPPM))
	if member, err := o.checkCommittee(ctx); err != nil || !member {
		return Decision{Action: "not-operator"}, err
	}
	if err := o.state.dropIntentsThrough(active.Number); err != nil {
		return Decision{}, err
	}
	next := active.Number + 1

	if in, err := o.state.intent(next); err != nil {
		return Decision{}, err
	} else if in != nil {
		return o.resume(ctx, in)
	}
	mine, err := o.c.proposalOf(ctx, o.c.t.From(), next)
	if err != nil {
		return Decision{}, err
	}
	if mine != (common.Hash{}) {
		// Proposed, and the state that would resume it is gone (a new data directory): wait for the committee.
		o.log.Warn("already proposed this version but have no saved copy; waiting for the committee", "version", next, "digest", mine)
		return Decision{Action: "wait"}, nil
	}

	// A proposal for the next version comes after the active version's activation, so after its cursor block.
	props, err := o.c.proposals(ctx, next, max(o.cfg.FromBlock, active.CursorBlock))
	if err != nil {
		return Decision{}, err
	}
	cursor, ok, err := o.store.Cursor()
	if err != nil {
		return Decision{}, err
	}
	if !ok {
		return Decision{Action: "wait"}, nil
	}
	for _, p := range props {
		if p.Version.Parent != active.Number {
			continue
		}
		if p.Version.CursorBlock > cursor.Block {
			o.log.Info("a proposal's cursor is not ingested yet", "version", next, "operator", p.Operator, "cursor_block", p.Version.CursorBlock, "ingested", cursor.Block)
			return Decision{Action: "wait"}, nil
		}
		if o.cfg.agreement() == Attest {
			return o.attest(ctx, active, p)
		}
		return o.candidate(ctx, active, ingest.Position{Block: p.Version.CursorBlock, Index: uint32(p.Version.CursorLogIndex)}, &p)
	}
	last, any, err := o.store.LastContribution()
	if err != nil {
		return Decision{}, err
	}
	if !any || !activeCursor(active).Less(last) {
		return Decision{Action: "idle"}, nil
	}
	return o.candidate(ctx, active, last, nil)
}

// noGainKey identifies a training by what decides its result: the active version it must beat and the cursor.
type noGainKey struct {
	active common.Hash
	cursor ingest.Position
}

func activeCursor(v weights.Version) ingest.Position {
	return ingest.Position{Block: v.CursorBlock, Index: uint32(v.CursorLogIndex)}
}

// ingest reads the store up to the confirmation depth.
func (o *Operator) ingest(ctx context.Context) error {
	before := o.follower.Progress().Events
	for {
		caughtUp, err := o.follower.Step(ctx)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		if caughtUp {
			break
		}
	}
	p := o.follower.Progress()
	o.metrics.events.Add(float64(p.Events - before))
	o.metrics.lag.Set(float64(p.Lag))
	o.metrics.ingestedBlock.Set(float64(p.Block))
	return nil
}

// trainingData is the initial data, then every stored contribution up to cursor in chain order except those
// reported (a Report event at or before the cursor's block: their deposit was taken as bad data). Refunded and
// unsettled contributions count. It returns the data, how many contributions it holds, and the hash of the
// cursor's block.
func (o *Operator) trainingData(cursor ingest.Position) (train.Data, uint64, common.Hash, error) {
	d := train.Data{NumFeatures: o.initial.NumFeatures, NumClasses: o.initial.NumClasses}
	d.Samples = append(d.Samples, o.initial.Samples...)
	d.Labels = append(d.Labels, o.initial.Labels...)
	var n uint64
	var cursorHash common.Hash
	for e, err := range o.store.Contributions(cursor, cursor.Block) {
		if err != nil {
			return d, 0, common.Hash{}, err
		}
		if e.Block == cursor.Block {
			cursorHash = e.BlockHash
		}
		if e.Reported {
			continue
		}
		d.Samples = append(d.Samples, e.Sample)
		d.Labels = append(d.Labels, e.Label)
		n++
	}
	return d, n, cursorHash, nil
}

// candidate trains at cursor and commits the result if it beats the active version; with p, it votes for p
// only if its own result is identical.
func (o *Operator) candidate(ctx context.Context, active weights.Version, cursor ingest.Position, p *proposal) (Decision, error) {
	key := noGainKey{active: active.Digest(), cursor: cursor}
	if o.noGain != nil && *o.noGain == key {
		return Decision{Action: "no-gain"}, nil
	}
	base, err := o.baseline(ctx, active)
	if err != nil {
		return Decision{}, err
	}
	data, n, cursorHash, err := o.trainingData(cursor)
	if err != nil {
		return Decision{}, err
	}
	start := time.Now()
	w, err := o.Train(ctx, o.cfg.Train, data, nil)
	if err != nil {
		return Decision{}, fmt.Errorf("train version %d: %w", active.Number+1, err)
	}
	r, err := weights.NewRelease(w, o.cfg.ChunkSize)
	if err != nil {
		return Decision{}, err
	}
	acc, err := o.accuracy(r.Quantised)
	if err != nil {
		return Decision{}, err
	}
	o.metrics.trainSeconds.Observe(time.Since(start).Seconds())
	v := r.Version(weights.Version{
		Number: active.Number + 1, Parent: active.Number, CursorBlock: cursor.Block, CursorLogIndex: uint64(cursor.Index),
		TrainedCount: n, AccuracyPPM: acc, HeldOutSize: uint32(len(o.heldOut.Samples)), ConfigHash: o.config,
	})
	log := o.log.With("version", v.Number, "cursor_block", cursor.Block, "contributions", n, "accuracy_ppm", acc,
		"active_ppm", base, "seconds", time.Since(start).Seconds())
	if p != nil && p.Version.Digest() != v.Digest() {
		log.Warn("another operator's proposal differs from this operator's result; proposing its own",
			"their_operator", p.Operator, "their_digest", p.Version.Digest(), "their_accuracy_ppm", p.Version.AccuracyPPM, "digest", v.Digest())
	}
	if uint64(acc) < uint64(base)+uint64(o.cfg.MarginPPM) {
		log.Info("candidate does not beat the active version by the margin; not proposing", "margin_ppm", o.cfg.MarginPPM)
		o.noGain = &key
		return Decision{Action: "no-gain", Version: &v}, nil
	}
	enc, err := weights.Encode(w)
	if err != nil {
		return Decision{}, err
	}
	in := &intent{Version: v, Encoded: enc, ChunkSize: o.cfg.ChunkSize, CursorHash: cursorHash}
	if err := o.state.saveIntent(in); err != nil {
		return Decision{}, err
	}
	log.Info("committing version", "digest", v.Digest())
	return o.commit(ctx, in, r)
}

// resume carries on committing a saved version.
func (o *Operator) resume(ctx context.Context, in *intent) (Decision, error) {
	r, err := in.release()
	if err != nil {
		return Decision{}, err
	}
	if in.CursorHash != (common.Hash{}) {
		// A reorg deeper than the depth may have replaced the data the version was trained on. Before this
		// operator's vote is on chain, the version can still be dropped and trained again.
		mine, err := o.c.proposalOf(ctx, o.c.t.From(), in.Version.Number)
		if err != nil {
			return Decision{}, err
		}
		if mine == (common.Hash{}) {
			h, err := o.client.HeaderByNumber(ctx, new(big.Int).SetUint64(in.Version.CursorBlock))
			if err != nil {
				return Decision{}, fmt.Errorf("check the saved version's cursor block %d: %w", in.Version.CursorBlock, err)
			}
			if h.Hash() != in.CursorHash {
				o.log.Warn("the saved version's cursor block was reorganised away; dropping it to train again",
					"version", in.Version.Number, "cursor_block", in.Version.CursorBlock, "was", in.CursorHash, "now", h.Hash())
				if err := o.state.dropIntentsThrough(in.Version.Number); err != nil {
					return Decision{}, err
				}
				v := in.Version
				return Decision{Action: "reorged", Version: &v}, nil
			}
		}
	}
	o.log.Info("resuming a saved version", "version", in.Version.Number, "digest", in.Version.Digest())
	return o.commit(ctx, in, r)
}

func (o *Operator) commit(ctx context.Context, in *intent, r *weights.Release) (Decision, error) {
	active, err := o.c.commit(ctx, in.Version, r)
	if err != nil {
		return Decision{}, err
	}
	if active {
		o.log.Info("version active", "version", in.Version.Number, "digest", in.Version.Digest())
		o.metrics.activeVersion.Set(float64(in.Version.Number))
		if err := o.state.dropIntentsThrough(in.Version.Number); err != nil {
			return Decision{}, err
		}
	}
	v := in.Version
	return Decision{Action: "committed", Version: &v, Active: active}, nil
}

// measuredVersion is a version's accuracy as this operator measured it.
type measuredVersion struct {
	digest common.Hash
	ppm    uint32
}

// baseline is the accuracy a candidate must beat. The active version's attested figure serves when it was
// measured as this operator measures: the same config hash, which covers the training config and both samples
// files. Otherwise (a version 0 deployed by hand, or a committee that changed its held-out set) the figure may
// come from another held-out set, which could let a regression through or hold a gain back, so the operator
// rebuilds the active version's published weights and measures them on its own held-out set, once per version.
func (o *Operator) baseline(ctx context.Context, active weights.Version) (uint32, error) {
	if active.ConfigHash == o.config {
		return active.AccuracyPPM, nil
	}
	if o.measured != nil && o.measured.digest == active.Digest() {
		return o.measured.ppm, nil
	}
	chunks, err := o.c.weightChunks(ctx, active.WeightsRoot, int(active.WeightChunks), o.cfg.FromBlock)
	if err != nil {
		return 0, fmt.Errorf("measure active version %d: fetch its weights: %w", active.Number, err)
	}
	w, err := weights.Rebuild(active.WeightsRoot, chunks)
	if err != nil {
		return 0, fmt.Errorf("measure active version %d: %w", active.Number, err)
	}
	acc, err := Accuracy(w, o.heldOut)
	if err != nil {
		return 0, fmt.Errorf("measure active version %d: %w", active.Number, err)
	}
	o.log.Info("the active version's accuracy was attested under another config; measured it on this operator's held-out set",
		"version", active.Number, "attested_ppm", active.AccuracyPPM, "measured_ppm", acc)
	o.measured = &measuredVersion{digest: active.Digest(), ppm: acc}
	return acc, nil
}

// accuracy is the quantised model's accuracy on the held-out set in parts per million.
func (o *Operator) accuracy(q *weights.Quantised) (uint32, error) {
	return accuracyPPM(q, o.heldOut)
}

// accuracyPPM is q's accuracy on s in parts per million: what predict on chain gets, computed with the
// contract's integer arithmetic.
func accuracyPPM(q *weights.Quantised, s *Samples) (uint32, error) {
	right := 0
	for i, x := range s.Samples {
		y, err := q.Predict(x)
		if err != nil {
			return 0, fmt.Errorf("held-out sample %d: %w", i, err)
		}
		if y == s.Labels[i] {
			right++
		}
	}
	return uint32(uint64(right) * 1_000_000 / uint64(len(s.Samples))), nil
}

// attest votes for p if its published weights verify against its root and parameters and their quantised
// accuracy on this operator's held-out set is what p attests and beats the active version.
func (o *Operator) attest(ctx context.Context, active weights.Version, p proposal) (Decision, error) {
	v := p.Version
	log := o.log.With("version", v.Number, "their_operator", p.Operator, "digest", v.Digest())
	// The proposal's weights were trained at or after the active version's cursor, so published after it.
	chunks, err := o.c.weightChunks(ctx, v.WeightsRoot, int(v.WeightChunks), max(o.cfg.FromBlock, active.CursorBlock))
	if err != nil {
		log.Info("the proposal's weights are not all published yet", "err", err)
		return Decision{Action: "wait"}, nil
	}
	w, err := weights.Rebuild(v.WeightsRoot, chunks)
	if err != nil {
		log.Warn("the proposal's weights do not match its root; not voting", "err", err)
		return Decision{Action: "disagree", Version: &v}, nil
	}
	r, err := weights.NewRelease(w, len(chunks[0]))
	if err != nil {
		return Decision{}, err
	}
	if r.Params.Hash() != v.ParamsHash {
		log.Warn("the proposal's parameters are not its weights quantised; not voting")
		return Decision{Action: "disagree", Version: &v}, nil
	}
	acc, err := o.accuracy(r.Quantised)
	if err != nil {
		return Decision{}, err
	}
	base, err := o.baseline(ctx, active)
	if err != nil {
		return Decision{}, err
	}
	if acc != v.AccuracyPPM || uint64(acc) < uint64(base)+uint64(o.cfg.MarginPPM) {
		log.Warn("the proposal's accuracy does not hold on this operator's held-out set; not voting",
			"measured_ppm", acc, "attested_ppm", v.AccuracyPPM, "active_ppm", base)
		return Decision{Action: "disagree", Version: &v}, nil
	}
	enc, err := weights.Encode(w)
	if err != nil {
		return Decision{}, err
	}
	in := &intent{Version: v, Encoded: enc, ChunkSize: len(chunks[0])}
	if err := o.state.saveIntent(in); err != nil {
		return Decision{}, err
	}
	return o.commit(ctx, in, r)
}

// Accuracy is w's quantised accuracy on s in parts per million: what the chain's predict would score.
func Accuracy(w *weights.Weights, s *Samples) (uint32, error) {
	q, err := weights.Quantise(w)
	if err != nil {
		return 0, err
	}
	return accuracyPPM(q, s)
}
