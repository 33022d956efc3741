package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/oracle/weights"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// DeploySpec describes an oracle-backed deployment: an OracleModel with its initial version and committee,
// and the trainer it is sealed to.
type DeploySpec struct {
	// Classes names the classes in index order.
	Classes []string
	// MaxFeatures is the most indices a sample may list; 0 means trainer.DefaultMaxFeatures.
	MaxFeatures uint64
	// Initial is the initial model's weights; its NumFeatures is the model's.
	Initial *weights.Weights
	// Version carries the initial version's metrics and config hash (number, parent and what the release
	// commits to are filled in).
	Version weights.Version
	// ChunkSize is the published weights' chunk size; 0 means weights.DefaultChunkSize.
	ChunkSize int
	// Operators and Threshold are the initial committee: Threshold of the Operators must propose a version.
	// It is set before the trainer seals the model; after that only the committee's own quorum changes it
	// (ProposeCommittee), after the model's committee delay.
	Operators []common.Address
	Threshold uint8
	// Trainer describes the trainer (its Incentive, Name, Description, Encoder; Model is not read).
	Trainer trainer.Spec
}

// Deployment is a deployed oracle model and its trainer.
type Deployment struct {
	Model, Trainer common.Address
	// Block is the block of the model's creation, where an operator's follower starts reading.
	Block    uint64
	Receipts []*types.Receipt
}

// GasUsed is the gas of the whole deployment.
func (d *Deployment) GasUsed() uint64 { return chain.GasUsed(d.Receipts) }

// Deploy deploys spec from t's account: the model, its initial version's pages and weights, the initial
// version, the committee, and the trainer, which seals the model. Nothing else may send from the account
// meanwhile: the model is built for the trainer's precomputed address.
func Deploy(ctx context.Context, t *chain.Transactor, spec DeploySpec) (*Deployment, error) {
	if spec.Initial == nil {
		return nil, errors.New("deploy oracle model: no initial weights")
	}
	if err := (Committee{Operators: spec.Operators, Threshold: spec.Threshold}).Check(); err != nil {
		return nil, fmt.Errorf("deploy oracle model: %w", err)
	}
	if err := spec.Trainer.Incentive.Check(); err != nil {
		return nil, fmt.Errorf("deploy oracle model: %w", err)
	}
	if len(spec.Classes) != spec.Initial.NumClasses {
		return nil, fmt.Errorf("deploy oracle model: %d class names for a model of %d classes", len(spec.Classes), spec.Initial.NumClasses)
	}
	r, err := weights.NewRelease(spec.Initial, spec.ChunkSize)
	if err != nil {
		return nil, fmt.Errorf("deploy oracle model: %w", err)
	}
	maxFeatures := spec.MaxFeatures
	if maxFeatures == 0 {
		maxFeatures = trainer.DefaultMaxFeatures
	}
	nonce, err := t.Backend().PendingNonceAt(ctx, t.From())
	if err != nil {
		return nil, fmt.Errorf("deploy oracle model: read nonce of %s: %w", t.From(), err)
	}
	// model, one stagePage per page and the tail, one publishWeights per chunk, setInitialVersion,
	// setCommittee (the initial committee, while the model is not sealed): the trainer comes next.
	txs := 1 + uint64(len(r.Pages)+1) + uint64(len(r.Chunks)) + 2
	trainerAt := crypto.CreateAddress(t.From(), nonce+txs)

	b := bindings.NewOracleModel()
	d := &Deployment{}
	code := common.FromHex(bindings.OracleModelMetaData.Bin)
	args := b.PackConstructor(trainerAt, spec.Classes, uint64(spec.Initial.NumFeatures), maxFeatures)
	addr, receipt, err := t.Deploy(ctx, code, args)
	if err != nil {
		return nil, fmt.Errorf("deploy oracle model: %w", err)
	}
	d.Model, d.Block = addr, receipt.BlockNumber.Uint64()
	d.Receipts = append(d.Receipts, receipt)
	send := func(what string, data []byte) error {
		receipt, err := t.Transact(ctx, addr, data, nil)
		if err != nil {
			return fmt.Errorf("deploy oracle model: %s: %w", what, err)
		}
		d.Receipts = append(d.Receipts, receipt)
		return nil
	}
	for i, page := range append(append([][]byte{}, r.Pages...), r.Tail) {
		if err := send(fmt.Sprintf("stage page %d", i), b.PackStagePage(page)); err != nil {
			return nil, err
		}
	}
	n := big.NewInt(int64(len(r.Chunks)))
	for i, chunk := range r.Chunks {
		proof := make([][32]byte, len(r.Proofs[i]))
		for j, h := range r.Proofs[i] {
			proof[j] = h
		}
		if err := send(fmt.Sprintf("publish chunk %d", i), b.PackPublishWeights(r.Root, n, big.NewInt(int64(i)), chunk, proof)); err != nil {
			return nil, err
		}
	}
	v := spec.Version
	v.Number, v.Parent = 0, 0
	v = r.Version(v)
	if err := send("set the initial version", b.PackSetInitialVersion(v.Binding(), r.Params.Binding())); err != nil {
		return nil, err
	}
	if err := send("set the initial committee", b.PackSetCommittee(spec.Operators, spec.Threshold)); err != nil {
		return nil, err
	}
	trainer, receipt, err := trainer.DeployTrainer(ctx, t, addr, spec.Trainer)
	if err != nil {
		return nil, fmt.Errorf("deploy oracle model: %w", err)
	}
	d.Receipts = append(d.Receipts, receipt)
	if trainer != trainerAt {
		return nil, fmt.Errorf("deploy oracle model: trainer landed at %s, not %s: another transaction from %s was sent during the deployment; deploy again from an account nothing else uses meanwhile", trainer, trainerAt, t.From())
	}
	d.Trainer = trainer
	return d, nil
}
