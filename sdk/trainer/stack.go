// Package trainer is the Go SDK of sumkit's trainer contracts. It deploys a complete model stack (a model
// contract, filled in chunks and sealed, and the trainer users talk to) in one call, and drives it: add data,
// predict, refund, report, withdraw.
package trainer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
)

// Mechanism names an incentive mechanism, one per trainer contract.
type Mechanism string

const (
	// DepositRefundTake is self-assessment with deposits (solidity/src/trainers/DepositRefundTake.sol).
	DepositRefundTake Mechanism = "deposit-refund-take"
	// Points counts validated contributions and moves no money (solidity/src/trainers/Points.sol).
	Points Mechanism = "points"
)

// Defaults for a Spec's zero fields.
const (
	// DefaultMaxFeatures bounds a sparse sample's length when the spec and the model leave it open. Predicting
	// reads one storage word per index, so it also bounds the gas of every call.
	DefaultMaxFeatures = 512
	// DefaultChunkWords is how many storage words one initialisation transaction writes: about 11M gas, inside
	// the 16.7M per-transaction cap Osaka introduced.
	DefaultChunkWords = 500
)

// Incentive is a trainer's mechanism and its parameters. Waits are in seconds; CostWeight in wei. Points uses
// RefundWait alone.
type Incentive struct {
	Mechanism           Mechanism
	RefundWait          uint32
	OwnerClaimWait      uint32
	AnyAddressClaimWait uint32
	CostWeight          *big.Int
}

// Spec says what to deploy.
type Spec struct {
	// Model is the model with its initial parameters.
	Model *model.Model
	// MaxFeatures is the sparse models' bound on a sample's length. Zero takes Model.MaxFeatures, then
	// min(NumFeatures, DefaultMaxFeatures).
	MaxFeatures uint64
	// Incentive chooses the trainer.
	Incentive Incentive
	// Name, Description and Encoder are the trainer's metadata for clients.
	Name, Description, Encoder string
	// ChunkWords is how many storage words each initialisation transaction writes; zero means
	// DefaultChunkWords.
	ChunkWords int
	// Progress, when set, is told after each initialisation chunk how many words of how many are written.
	Progress func(done, total int)
	// Journal, when set, records the deployment's progress so that a run interrupted midway can be resumed
	// without paying twice; see Journal.
	Journal *Journal
	// Resuming, when set, is told what an earlier run already paid for before Deploy goes on from it.
	Resuming func(Resumption)
}

// Stack is a deployed model and trainer.
type Stack struct {
	// Model and Trainer are the contracts' addresses.
	Model, Trainer common.Address
	// Kind is the model's kind; Mechanism the trainer's.
	Kind      model.Kind
	Mechanism Mechanism
	// Receipts holds every transaction of the deployment, in order.
	Receipts []*types.Receipt
	// Reused is how many of Receipts an earlier, interrupted run of the deployment paid for.
	Reused int

	trainer *bindings.DepositRefundTake
}

// ABIs returns the ABI of every deployable contract, for decoding reverts and logs.
func ABIs() []*abi.ABI {
	return []*abi.ABI{
		abiOf(bindings.NewSparsePerceptron().GetABI()),
		abiOf(bindings.NewDensePerceptron().GetABI()),
		abiOf(bindings.NewNaiveBayes().GetABI()),
		abiOf(bindings.NewDenseNearestCentroid().GetABI()),
		abiOf(bindings.NewSparseNearestCentroid().GetABI()),
		abiOf(bindings.NewDepositRefundTake().GetABI()),
		abiOf(bindings.NewPoints().GetABI()),
		abiOf(bindings.NewPredictionMarket().GetABI()),
		abiOf(bindings.NewModelUpdater().GetABI()),
		abiOf(bindings.NewOracleModel().GetABI()),
	}
}

func abiOf(a abi.ABI) *abi.ABI { return &a }

// Errors decodes the custom errors of every sumkit contract.
func Errors() *chain.Errors { return chain.NewErrors(ABIs()...) }

// NewTransactor is chain.NewTransactor with sumkit's contract errors for decoding reverts.
func NewTransactor(backend chain.Backend, opts *bind.TransactOpts, options ...chain.Option) *chain.Transactor {
	return chain.NewTransactor(backend, opts, append([]chain.Option{chain.WithErrors(Errors())}, options...)...)
}

// Deploy deploys spec's model, fills it chunk by chunk, and deploys the trainer, which seals the model. Every
// transaction is sent from t's account, which owns both contracts; nothing else may send from it meanwhile.
//
// With spec.Journal set, Deploy first asks the node about the transactions the journal recorded: those that
// landed are taken as they are, one still pending is waited for, and the deployment goes on from the first that
// did not land, so that nothing is paid twice. The journal must also be t's chain.WithSigned hook.
func Deploy(ctx context.Context, t *chain.Transactor, spec Spec) (*Stack, error) {
	m := spec.Model
	if m == nil {
		return nil, errors.New("deploy: no model given")
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	// Check the trainer's arguments before anything is sent: a bad mechanism found after the model is filled
	// would leave a paid-for model that no trainer can seal.
	if _, _, err := trainerDeployment(common.Address{}, spec); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	p, err := newPlan(spec)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	j := spec.Journal
	if j == nil {
		j = &Journal{step: -1} // kept in memory only
	}
	receipts, err := p.resume(ctx, t, j, spec.Resuming)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	s := &Stack{Kind: m.Kind, Mechanism: spec.Incentive.Mechanism, Model: j.rec.Model, Receipts: receipts, Reused: len(receipts)}
	if spec.Progress != nil && len(receipts) > 0 {
		spec.Progress(p.wordsAfter(len(receipts)), len(p.words))
	}
	for i := len(receipts); i < len(j.rec.Steps); i++ {
		r, err := p.send(ctx, t, j, i)
		if r != nil {
			s.Receipts = append(s.Receipts, r)
		}
		if err != nil {
			return s, fmt.Errorf("deploy: %w", err)
		}
		if spec.Progress != nil && i < len(j.rec.Steps)-1 {
			spec.Progress(p.wordsAfter(i+1), len(p.words))
		}
	}
	s.Trainer = j.rec.Trainer
	s.trainer = bindings.NewDepositRefundTake()
	return s, nil
}

// ErrUnsealable is in the error of a deployment that can no longer be finished: a model that only a trainer at a
// now unreachable address could seal. Running it again would not help; deploying afresh does.
var ErrUnsealable = errors.New("can no longer be sealed")

// unsealable is ErrUnsealable naming the model.
func unsealable(model common.Address) error {
	return fmt.Errorf("the model at %s %w", model, ErrUnsealable)
}

// plan is what a deployment sends: the model's creation with its first words, one transaction per further chunk,
// and the trainer's creation.
type plan struct {
	spec  Spec
	words []*big.Int
	chunk int
}

func newPlan(spec Spec) (*plan, error) {
	words, err := spec.Model.Words()
	if err != nil {
		return nil, fmt.Errorf("pack model: %w", err)
	}
	// A contract's storage starts at zero, so trailing zero words need not be sent: an untrained model is created
	// in one transaction whatever its size, rather than paying to write zeros over zeros.
	for len(words) > 0 && words[len(words)-1].Sign() == 0 {
		words = words[:len(words)-1]
	}
	chunk := spec.ChunkWords
	if chunk <= 0 {
		chunk = DefaultChunkWords
	}
	return &plan{spec: spec, words: words, chunk: chunk}, nil
}

// steps is the number of transactions: the model, its further chunks, the trainer.
func (p *plan) steps() int { return 2 + (max(len(p.words)-p.chunk, 0)+p.chunk-1)/p.chunk }

// wordsAfter is how many words the first n steps write.
func (p *plan) wordsAfter(n int) int {
	if n == 0 {
		return 0
	}
	return min(p.chunk*n, len(p.words))
}

// what names step i for people.
func (p *plan) what(i int) string {
	switch {
	case i == 0:
		return fmt.Sprintf("create the %s model", p.spec.Model.Kind)
	case i == p.steps()-1:
		return fmt.Sprintf("deploy the %s trainer", p.spec.Incentive.Mechanism)
	}
	start := p.wordsAfter(i)
	return fmt.Sprintf("initialise words %d-%d of %d", start, p.wordsAfter(i+1)-1, len(p.words))
}

// tx is step i's destination (nil for a creation) and input, for a model at modelAddr and trainer at trainerAt.
func (p *plan) tx(i int, modelAddr, trainerAt common.Address) (*common.Address, []byte, error) {
	m := p.spec.Model
	first := p.words[:p.wordsAfter(1)]
	code, args, setWords, err := modelDeployment(m, trainerAt, p.spec.maxFeatures(), first)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case i == 0:
		return nil, append(code, args...), nil
	case i == p.steps()-1:
		code, args, err := trainerDeployment(modelAddr, p.spec)
		return nil, append(code, args...), err
	}
	start, end := p.wordsAfter(i), p.wordsAfter(i+1)
	return &modelAddr, setWords(big.NewInt(int64(start)), p.words[start:end]), nil
}

// hash identifies the deployment's inputs: every transaction's destination kind and input, with zero addresses
// in place of the ones the nonce decides.
func (p *plan) hash() (common.Hash, error) {
	h := crypto.NewKeccakState()
	for i := range p.steps() {
		_, input, err := p.tx(i, common.Address{}, common.Address{})
		if err != nil {
			return common.Hash{}, err
		}
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(input)))
		h.Write(n[:])
		h.Write(input)
	}
	var out common.Hash
	h.Read(out[:])
	return out, nil
}

// resume returns the receipts of the steps j recorded that landed, and leaves in j the record to go on with:
// the old one where something landed, else a new one planned from t's next nonce.
func (p *plan) resume(ctx context.Context, t *chain.Transactor, j *Journal, told func(Resumption)) ([]*types.Receipt, error) {
	hash, err := p.hash()
	if err != nil {
		return nil, err
	}
	var chainID uint64
	if cr, ok := t.Backend().(chainIDReader); ok {
		id, err := cr.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("read chain id: %w", err)
		}
		chainID = id.Uint64()
	}
	if rec := j.rec; rec != nil {
		switch {
		case rec.SpecHash != hash:
			return nil, fmt.Errorf("%s records the deployment of other inputs (the model file, a flag or the contracts changed): run it with the same inputs to finish it, or delete %s to deploy afresh (the model it paid for at %s stays unsealed)",
				j.path, j.path, rec.Model)
		case rec.Deployer != t.From():
			return nil, fmt.Errorf("%s records a deployment from %s, not %s: finish it from %s, or delete %s to deploy afresh", j.path, rec.Deployer, t.From(), rec.Deployer, j.path)
		case rec.ChainID != 0 && chainID != 0 && rec.ChainID != chainID:
			return nil, fmt.Errorf("%s records a deployment on chain %d, but the node is on chain %d: use that chain's node, or delete %s to deploy afresh", j.path, rec.ChainID, chainID, j.path)
		}
		receipts, err := j.landed(ctx, t, chain.DefaultTimeout)
		if err != nil && (len(receipts) > 0 || !errors.Is(err, errNonceTaken)) {
			if errors.Is(err, errNonceTaken) {
				return nil, fmt.Errorf("%v: %w: it was built for a trainer at %s; delete %s and deploy afresh",
					err, unsealable(rec.Model), rec.Trainer, j.path)
			}
			return nil, fmt.Errorf("resume %s: %w", j.path, err)
		}
		if len(receipts) > 0 {
			if len(receipts) < len(rec.Steps) {
				next, err := t.Backend().PendingNonceAt(ctx, rec.Deployer)
				if err != nil {
					return nil, fmt.Errorf("read nonce of %s: %w", rec.Deployer, err)
				}
				if step := rec.Steps[len(receipts)]; next != step.Nonce {
					return nil, fmt.Errorf("%s: the next nonce of %s is %d, not the %d planned: another transaction from it was sent meanwhile, so %w: it was built for a trainer at %s; delete %s and deploy afresh",
						step.What, rec.Deployer, next, step.Nonce, unsealable(rec.Model), rec.Trainer, j.path)
				}
			}
			if err := j.save(); err != nil {
				return nil, err
			}
			if told != nil {
				told(Resumption{Path: j.path, Landed: len(receipts), Total: len(rec.Steps), GasUsed: chain.GasUsed(receipts), Model: rec.Model})
			}
			return receipts, nil
		}
		// Nothing landed: nothing was paid, and the nonce may have moved on, so plan afresh.
	}
	nonce, err := t.Backend().PendingNonceAt(ctx, t.From())
	if err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", t.From(), err)
	}
	n := p.steps()
	rec := &DeployProgress{Format: JournalFormat, SpecHash: hash, ChainID: chainID, Deployer: t.From(), Nonce: nonce,
		Model: crypto.CreateAddress(t.From(), nonce), Trainer: crypto.CreateAddress(t.From(), nonce+uint64(n)-1)}
	for i := range n {
		rec.Steps = append(rec.Steps, Step{What: p.what(i), Nonce: nonce + uint64(i)})
	}
	j.rec = rec
	if j.path != "" {
		if err := j.save(); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// send sends step i, recording its transaction in j before it goes and its receipt after.
func (p *plan) send(ctx context.Context, t *chain.Transactor, j *Journal, i int) (*types.Receipt, error) {
	rec := j.rec
	to, input, err := p.tx(i, rec.Model, rec.Trainer)
	if err != nil {
		return nil, err
	}
	// The model is built for the trainer's address, which the nonces fix; a transaction from the deployer sent
	// by anyone else would move it, so each step checks its nonce before sending.
	next, err := t.Backend().PendingNonceAt(ctx, rec.Deployer)
	if err != nil {
		return nil, fmt.Errorf("%s: read nonce of %s: %w", rec.Steps[i].What, rec.Deployer, err)
	}
	if next != rec.Steps[i].Nonce {
		return nil, fmt.Errorf("%s: the next nonce of %s is %d, not the %d the deployment planned: another transaction from it was sent meanwhile, so %w; deploy afresh from an account nothing else uses",
			rec.Steps[i].What, rec.Deployer, next, rec.Steps[i].Nonce, unsealable(rec.Model))
	}
	j.step = i
	defer func() { j.step = -1 }()
	var r *types.Receipt
	var addr common.Address
	if to == nil {
		// A creation's input is its code followed by its arguments; t.Deploy joins them again.
		addr, r, err = t.Deploy(ctx, input, nil)
	} else {
		r, err = t.Transact(ctx, *to, input, nil)
	}
	if err != nil {
		return r, fmt.Errorf("%s: %w", rec.Steps[i].What, err)
	}
	if want := rec.Model; to == nil && (i == 0 && addr != want || i > 0 && addr != rec.Trainer) {
		if i > 0 {
			want = rec.Trainer
		}
		return r, fmt.Errorf("%s: contract landed at %s, not %s: another transaction from %s was sent during the deployment; deploy again from an account nothing else uses meanwhile",
			rec.Steps[i].What, addr, want, rec.Deployer)
	}
	hash := r.TxHash
	rec.Steps[i].Mined = &hash
	if j.path != "" {
		if err := j.save(); err != nil {
			return r, fmt.Errorf("%s: %w", rec.Steps[i].What, err)
		}
	}
	return r, nil
}

// DeployModel deploys m bound to trainer, the one address that may update it, and fills its parameters chunk
// words a transaction (zero: DefaultChunkWords), telling progress (when set) after each. The model stays open to
// further words until trainer has code. It returns the receipts sent so far, also on an error.
func DeployModel(ctx context.Context, t *chain.Transactor, m *model.Model, trainer common.Address, maxFeatures uint64, chunk int, progress func(done, total int)) (common.Address, []*types.Receipt, error) {
	words, err := m.Words()
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("pack model: %w", err)
	}
	if chunk <= 0 {
		chunk = DefaultChunkWords
	}
	first := words[:min(chunk, len(words))]
	code, args, setWords, err := modelDeployment(m, trainer, maxFeatures, first)
	if err != nil {
		return common.Address{}, nil, err
	}
	addr, receipt, err := t.Deploy(ctx, code, args)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("create the %s model: %w", m.Kind, err)
	}
	receipts := []*types.Receipt{receipt}
	if progress != nil {
		progress(len(first), len(words))
	}
	for start := len(first); start < len(words); start += chunk {
		end := min(start+chunk, len(words))
		receipt, err := t.Transact(ctx, addr, setWords(big.NewInt(int64(start)), words[start:end]), nil)
		if err != nil {
			return addr, receipts, fmt.Errorf("initialise words %d-%d of %d: %w", start, end-1, len(words), err)
		}
		receipts = append(receipts, receipt)
		if progress != nil {
			progress(end, len(words))
		}
	}
	return addr, receipts, nil
}

// Open returns the stack whose trainer is at trainer and model at modelAddr, for driving an existing deployment.
func Open(trainer, modelAddr common.Address, kind model.Kind, mechanism Mechanism) *Stack {
	return &Stack{Model: modelAddr, Trainer: trainer, Kind: kind, Mechanism: mechanism, trainer: bindings.NewDepositRefundTake()}
}

// GasUsed is the gas of the whole deployment: every contract, chunk and set-up transaction.
func (s *Stack) GasUsed() uint64 { return chain.GasUsed(s.Receipts) }

func (spec Spec) maxFeatures() uint64 {
	switch {
	case spec.MaxFeatures > 0:
		return spec.MaxFeatures
	case spec.Model.MaxFeatures > 0:
		return spec.Model.MaxFeatures
	default:
		return min(spec.Model.NumFeatures, DefaultMaxFeatures)
	}
}

// modelDeployment returns the model's creation code, its constructor arguments with the first words, and how to
// pack a later chunk.
func modelDeployment(m *model.Model, trainer common.Address, maxFeatures uint64, first []*big.Int) ([]byte, []byte, func(*big.Int, []*big.Int) []byte, error) {
	switch m.Kind {
	case model.SparsePerceptron:
		b := bindings.NewSparsePerceptron()
		args := b.PackConstructor(trainer, m.Classes, m.NumFeatures, maxFeatures, m.Intercept, m.LearningRate, m.DecayUpdates, m.Updates, first)
		return code(&bindings.SparsePerceptronMetaData), args, b.PackSetWeightWords, nil
	case model.DensePerceptron:
		b := bindings.NewDensePerceptron()
		args := b.PackConstructor(trainer, m.Classes, m.NumFeatures, big.NewInt(m.Intercept), m.LearningRate, m.DecayUpdates, m.Updates, first)
		return code(&bindings.DensePerceptronMetaData), args, b.PackSetWeightWords, nil
	case model.NaiveBayes:
		b := bindings.NewNaiveBayes()
		args := b.PackConstructor(trainer, m.Classes, m.NumFeatures, maxFeatures, m.Smoothing, m.ClassCounts, first)
		return code(&bindings.NaiveBayesMetaData), args, b.PackSetCountWords, nil
	case model.DenseNearestCentroid:
		b := bindings.NewDenseNearestCentroid()
		args := b.PackConstructor(trainer, m.Classes, m.NumFeatures, m.DataCounts, first)
		return code(&bindings.DenseNearestCentroidMetaData), args, b.PackSetSumWords, nil
	case model.SparseNearestCentroid:
		b := bindings.NewSparseNearestCentroid()
		args := b.PackConstructor(trainer, m.Classes, m.NumFeatures, maxFeatures, m.DataCounts, first)
		return code(&bindings.SparseNearestCentroidMetaData), args, b.PackSetSumWords, nil
	}
	return nil, nil, nil, fmt.Errorf("unknown model kind %q: use one of %s, %s, %s, %s, %s", m.Kind,
		model.SparsePerceptron, model.DensePerceptron, model.NaiveBayes, model.DenseNearestCentroid, model.SparseNearestCentroid)
}

func trainerDeployment(modelAddr common.Address, spec Spec) ([]byte, []byte, error) {
	in := spec.Incentive
	switch in.Mechanism {
	case DepositRefundTake:
		if err := in.Check(); err != nil {
			return nil, nil, err
		}
		args := bindings.NewDepositRefundTake().PackConstructor(modelAddr, spec.Name, spec.Description, spec.Encoder,
			in.RefundWait, in.OwnerClaimWait, in.AnyAddressClaimWait, in.CostWeight)
		return code(&bindings.DepositRefundTakeMetaData), args, nil
	case Points:
		if err := in.Check(); err != nil {
			return nil, nil, err
		}
		args := bindings.NewPoints().PackConstructor(modelAddr, spec.Name, spec.Description, spec.Encoder, in.RefundWait)
		return code(&bindings.PointsMetaData), args, nil
	}
	return nil, nil, fmt.Errorf("unknown incentive mechanism %q: use %s or %s", in.Mechanism, DepositRefundTake, Points)
}

func code(meta *bind.MetaData) []byte { return common.FromHex(meta.Bin) }

// DeployTrainer deploys the trainer spec's incentive describes (spec.Model is not read) for the model at
// modelAddr. The model must have been built for the address the trainer lands at, the sender's next contract
// address: the trainer's deployment seals it. Models that Deploy cannot build (the oracle's) use it.
func DeployTrainer(ctx context.Context, t *chain.Transactor, modelAddr common.Address, spec Spec) (common.Address, *types.Receipt, error) {
	code, args, err := trainerDeployment(modelAddr, spec)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy trainer: %w", err)
	}
	addr, receipt, err := t.Deploy(ctx, code, args)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s trainer: %w", spec.Incentive.Mechanism, err)
	}
	return addr, receipt, nil
}

// The trainers' bounds, as the contracts declare them (Trainer.MIN_REFUND_WAIT and MAX_REFUND_WAIT,
// DepositRefundTake.MIN_REFUND_WINDOW, MAX_CLAIM_WAIT and MIN_COST_WEIGHT; MaxCostWeight below). Go checks them
// before the model is paid for; a test reads them back from deployed contracts.
const (
	// MinRefundWait is the shortest refund wait, in seconds: adding and refunding never share a block.
	MinRefundWait = 60
	// MaxRefundWait is the longest refund wait, in seconds (30 days).
	MaxRefundWait = 30 * 24 * 60 * 60
	// MinRefundWindow is the least time, in seconds, between the refund wait and the owner claim wait.
	MinRefundWindow = 60
	// MaxClaimWait is the longest any-address claim wait, in seconds (365 days).
	MaxClaimWait = 365 * 24 * 60 * 60
	// MinCostWeight is the smallest cost weight, in wei: a Deposit-Refund-Take without deposits is Points.
	MinCostWeight = 1
)

// Check refuses an incentive the trainer's constructor would refuse, naming the bound, so that nothing is sent
// (the model is deployed and paid for before the trainer).
func (in Incentive) Check() error {
	if in.RefundWait < MinRefundWait || in.RefundWait > MaxRefundWait {
		return fmt.Errorf("refund wait %d s is outside %d..%d s (Trainer.MIN_REFUND_WAIT..MAX_REFUND_WAIT): with no wait, adding and refunding in one transaction earns good contributions for free",
			in.RefundWait, MinRefundWait, MaxRefundWait)
	}
	if in.Mechanism != DepositRefundTake {
		return nil
	}
	if in.AnyAddressClaimWait > MaxClaimWait {
		return fmt.Errorf("any-address claim wait %d s is above %d s (DepositRefundTake.MAX_CLAIM_WAIT)", in.AnyAddressClaimWait, MaxClaimWait)
	}
	if earliest := uint64(in.RefundWait) + MinRefundWindow; uint64(in.OwnerClaimWait) < earliest || in.OwnerClaimWait > in.AnyAddressClaimWait {
		return fmt.Errorf("owner claim wait %d s is outside %d..%d s: give authors at least %d s (DepositRefundTake.MIN_REFUND_WINDOW) after the refund wait before the owner may take, and let the owner take no later than anyone (the any-address claim wait)",
			in.OwnerClaimWait, earliest, in.AnyAddressClaimWait, MinRefundWindow)
	}
	if in.CostWeight == nil || in.CostWeight.Cmp(big.NewInt(MinCostWeight)) < 0 || in.CostWeight.Cmp(MaxCostWeight()) > 0 {
		return fmt.Errorf("cost weight %v wei is outside %d..%s (DepositRefundTake.MIN_COST_WEIGHT..MAX_COST_WEIGHT): every deposit must be something and fit in 96 bits; for free contributions use points",
			in.CostWeight, MinCostWeight, MaxCostWeight())
	}
	return nil
}

// MaxCostWeight is the largest cost weight DepositRefundTake accepts: (2^96 - 1) / 3600 wei, so that the largest
// deposit, costWeight * 3600, fits in the 96 bits a contribution stores.
func MaxCostWeight() *big.Int {
	maxDeposit := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	return maxDeposit.Div(maxDeposit, big.NewInt(3600))
}
