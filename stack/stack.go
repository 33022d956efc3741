// Package stack deploys a complete sumkit model stack (a model contract, filled in chunks and sealed, and the
// trainer users talk to) in one call, and drives it: add data, predict, refund, report, withdraw.
package stack

import (
	"context"
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
	words, err := m.Words()
	if err != nil {
		return nil, fmt.Errorf("deploy: pack model: %w", err)
	}
	chunk := spec.ChunkWords
	if chunk <= 0 {
		chunk = DefaultChunkWords
	}
	first := words[:min(chunk, len(words))]
	s := &Stack{Kind: m.Kind, Mechanism: spec.Incentive.Mechanism}

	// The model is built for the trainer's address, which is fixed by t's nonce: the model creation, then one
	// transaction per further chunk, then the trainer. Deploying the trainer seals the model.
	nonce, err := t.Backend().PendingNonceAt(ctx, t.From())
	if err != nil {
		return nil, fmt.Errorf("deploy: read nonce of %s: %w", t.From(), err)
	}
	chunks := uint64((len(words) - len(first) + chunk - 1) / chunk)
	trainerAt := crypto.CreateAddress(t.From(), nonce+1+chunks)

	addr, receipts, err := DeployModel(ctx, t, m, trainerAt, spec.maxFeatures(), chunk, spec.Progress)
	s.Receipts = append(s.Receipts, receipts...)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	s.Model = addr

	code, args, err := trainerDeployment(addr, spec)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	trainerAddr, receipt, err := t.Deploy(ctx, code, args)
	if err != nil {
		return nil, fmt.Errorf("deploy %s trainer: %w", spec.Incentive.Mechanism, err)
	}
	if trainerAddr != trainerAt {
		return nil, fmt.Errorf("deploy: trainer landed at %s, not %s: another transaction from %s was sent during the deployment; deploy again from an account nothing else uses meanwhile", trainerAddr, trainerAt, t.From())
	}
	s.Trainer = trainerAddr
	s.Receipts = append(s.Receipts, receipt)
	s.trainer = bindings.NewDepositRefundTake()
	return s, nil
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
