package gasreport

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/oracle"
	"github.com/sumkit/sumkit/oracle/weights"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// OracleTxCap is the most gas any oracle transaction the report makes may need: a page of 16,384 bytes, the
// largest, costs about 3.6M (solidity/src/oracle/README.md, "What it costs").
const OracleTxCap = 10_000_000

// The oracle's operations. Deploy is the whole oracle.Deploy; OpOracleDeployTransactions is its number of
// transactions, a count rather than gas. A commit cycle is one new version made by a committee of three with
// threshold two: the first operator stages every page (OracleStagePageOp) and the tail, publishes every chunk of
// the weights (OracleChunkOp) and proposes; the second operator's proposal reaches the threshold and activates.
// The cycle row is the sum of those transactions. Predict is eth_estimateGas of the model's predict.
const (
	OpOracleDeploy             = "oracle_deploy"
	OpOracleDeployTransactions = "oracle_deploy_transactions"
	OpOracleStageTail          = "oracle_stagePage_tail"
	OpOraclePropose            = "oracle_propose"
	OpOracleProposeActivating  = "oracle_propose_activating"
	OpOracleCommitCycle        = "oracle_commit_cycle"
	OpOracleAddData            = "oracle_addData"
	OpOracleRefund             = "oracle_refund"
	OpOraclePredict            = "oracle_predict"
	OpOracleLargestTransaction = "oracle_largest_transaction"
)

// OracleStagePageOp is the operation of staging page i (from 0) of a version's rows.
func OracleStagePageOp(i int) string { return fmt.Sprintf("oracle_stagePage_%d", i) }

// OracleChunkOp is the operation of publishing chunk i (from 0) of a version's full weights.
func OracleChunkOp(i int) string { return fmt.Sprintf("oracle_publishWeights_%d", i) }

// OracleCase is one oracle model the report measures. Its weights are random, drawn from a fixed seed.
type OracleCase struct {
	// Name is the row name in the report.
	Name                      string
	Kind                      weights.Kind
	Features, Classes, Hidden int
}

// OracleCases returns the oracle models measured: a two-class linear model and a 16-unit MLP, both over 1,000
// features, the sparse cases' vocabulary.
func OracleCases() []OracleCase {
	return []OracleCase{
		{Name: "oracle-linear-1000", Kind: weights.Linear, Features: 1000, Classes: 2},
		{Name: "oracle-mlp16-1000", Kind: weights.MLP, Features: 1000, Classes: 2, Hidden: 16},
	}
}

// oracleSample is the sparse cases' sample (Cases), so that the oracle's predict and refund rows can be set
// beside theirs.
var oracleSample = []int64{1, 2, 3, 14, 15, 26, 37, 48, 59, 110, 111, 112, 213, 314, 515, 616, 717, 818, 919, 920}

// weights returns the case's weights for version n: the same on every run.
func (c OracleCase) weights(n uint64) *weights.Weights {
	rng := rand.New(rand.NewPCG(uint64(c.Features)<<16|uint64(c.Hidden), n))
	w := &weights.Weights{Kind: c.Kind, NumFeatures: c.Features, NumClasses: c.Classes, Hidden: c.Hidden}
	draw := func(k int) []float64 {
		out := make([]float64, k)
		for i := range out {
			out[i] = rng.NormFloat64()
		}
		return out
	}
	rows := w.Rows()
	w.W1, w.B1 = draw(c.Features*rows), draw(rows)
	if c.Kind == weights.MLP {
		w.W2, w.B2 = draw(c.Hidden*c.Classes), draw(c.Classes)
	}
	return w
}

// release returns the release of the case's version n, in default chunks.
func (c OracleCase) release(n uint64) (*weights.Release, error) {
	r, err := weights.NewRelease(c.weights(n), 0)
	if err != nil {
		return nil, fmt.Errorf("%s version %d: %w", c.Name, n, err)
	}
	return r, nil
}

// Ops lists the case's operations in report order; how many pages and chunks a version has depends on its shape.
func (c OracleCase) Ops() ([]string, error) {
	r, err := c.release(1)
	if err != nil {
		return nil, err
	}
	ops := []string{OpOracleDeploy, OpOracleDeployTransactions}
	for i := range r.Pages {
		ops = append(ops, OracleStagePageOp(i))
	}
	ops = append(ops, OpOracleStageTail)
	for i := range r.Chunks {
		ops = append(ops, OracleChunkOp(i))
	}
	return append(ops, OpOraclePropose, OpOracleProposeActivating, OpOracleCommitCycle, OpOracleAddData,
		OpOracleRefund, OpOraclePredict, OpOracleLargestTransaction), nil
}

// MeasureOracle measures every oracle case (MeasureOracleCase).
func MeasureOracle(ctx context.Context) ([]Row, error) {
	var rows []Row
	for _, c := range OracleCases() {
		r, err := MeasureOracleCase(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("gas report for %s: %w", c.Name, err)
		}
		rows = append(rows, r...)
	}
	return rows, nil
}

// MeasureOracleCase runs the oracle's sequence for c on a fresh chain and returns its rows in Ops order: the
// owner deploys the model with version 0, a committee of three with threshold two and a Deposit-Refund-Take
// trainer (costWeight 1e9, the shortest waits); account A adds the sample with the label the model predicts,
// sending 1e17 wei, and refunds it after the waits; then the committee commits version 1, trained up to A's contribution. Predict is
// estimated on version 1. The figures are receipt gas.
func MeasureOracleCase(ctx context.Context, c OracleCase) ([]Row, error) {
	ops, err := c.Ops()
	if err != nil {
		return nil, err
	}
	owner, keyA := devKey(1), devKey(2)
	operators := []*ecdsa.PrivateKey{devKey(4), devKey(5), devKey(6)}
	dc, err := newDevChain(ctx, append([]*ecdsa.PrivateKey{owner, keyA}, operators...)...)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	transactor := func(k *ecdsa.PrivateKey) *chain.Transactor { return dc.transactor(k, 0) }
	r := &oracleRun{c: c, b: bindings.NewOracleModel(), dc: dc, gas: map[string]uint64{}}
	r.owner, r.a = transactor(owner), transactor(keyA)
	for _, k := range operators {
		r.operators = append(r.operators, transactor(k))
	}
	if err := r.run(ctx); err != nil {
		return nil, err
	}
	rows := make([]Row, 0, len(ops))
	for _, op := range ops {
		g, ok := r.gas[op]
		if !ok {
			return nil, fmt.Errorf("no figure for %s", op)
		}
		rows = append(rows, Row{c.Name, op, g})
	}
	return rows, nil
}

// oracleRun drives one oracle case and collects its figures.
type oracleRun struct {
	c         OracleCase
	b         *bindings.OracleModel
	dc        *devChain
	owner, a  *chain.Transactor
	operators []*chain.Transactor
	model     common.Address
	gas       map[string]uint64
}

// keep records a receipt's gas under op, if op is not empty, and as the largest transaction if it is.
func (r *oracleRun) keep(op string, receipt *types.Receipt) uint64 {
	if op != "" {
		r.gas[op] = receipt.GasUsed
	}
	r.gas[OpOracleLargestTransaction] = max(r.gas[OpOracleLargestTransaction], receipt.GasUsed)
	return receipt.GasUsed
}

func (r *oracleRun) run(ctx context.Context) error {
	initial := r.c.weights(0)
	classes := make([]string, r.c.Classes)
	for i := range classes {
		classes[i] = fmt.Sprintf("class %d", i)
	}
	var ops []common.Address
	for _, t := range r.operators {
		ops = append(ops, t.From())
	}
	d, err := oracle.Deploy(ctx, r.owner, oracle.DeploySpec{
		Classes: classes, Initial: initial,
		Version:   weights.Version{AccuracyPPM: 800_000, HeldOutSize: 1000, ConfigHash: crypto.Keccak256Hash([]byte(r.c.Name))},
		Operators: ops, Threshold: 2,
		Trainer: trainer.Spec{
			Incentive: shortestWaits(),
			Name:      r.c.Name,
		},
	})
	if err != nil {
		return err
	}
	r.model = d.Model
	var total uint64
	for _, receipt := range d.Receipts {
		total += r.keep("", receipt)
	}
	r.gas[OpOracleDeploy], r.gas[OpOracleDeployTransactions] = total, uint64(len(d.Receipts))

	s := trainer.Open(d.Trainer, d.Model, model.Oracle, trainer.DepositRefundTake)
	label, err := s.Predict(ctx, r.a, oracleSample)
	if err != nil {
		return err
	}
	added, err := s.AddData(ctx, r.a, oracleSample, label, big.NewInt(1e17))
	if err != nil {
		return err
	}
	r.keep(OpOracleAddData, added)
	addedTime, err := s.AddedTime(added)
	if err != nil {
		return err
	}
	if err := r.dc.pastWaits(ctx); err != nil {
		return err
	}
	refunded, err := s.Refund(ctx, r.a, oracleSample, label, addedTime)
	if err != nil {
		return err
	}
	r.keep(OpOracleRefund, refunded)

	if err := r.commit(ctx, d.Trainer, added); err != nil {
		return err
	}
	predict, err := r.a.EstimateGas(ctx, r.model, r.b.PackPredict(oracleSample), nil)
	if err != nil {
		return fmt.Errorf("estimate predict: %w", err)
	}
	r.gas[OpOraclePredict] = predict
	return nil
}

// commit makes version 1, trained up to the contribution trainer logged in added, as the oracle's operators
// would: the first stages, publishes and proposes; the second proposes and so activates it.
func (r *oracleRun) commit(ctx context.Context, trainer common.Address, added *types.Receipt) error {
	rel, err := r.c.release(1)
	if err != nil {
		return err
	}
	var cursor *types.Log
	for _, l := range added.Logs {
		if l.Address == trainer {
			cursor = l
		}
	}
	if cursor == nil {
		return fmt.Errorf("commit version 1: no event of the trainer in transaction %s", added.TxHash)
	}
	v := rel.Version(weights.Version{Number: 1, Parent: 0, CursorBlock: cursor.BlockNumber, CursorLogIndex: uint64(cursor.Index),
		TrainedCount: 1, AccuracyPPM: 810_000, HeldOutSize: 1000, ConfigHash: crypto.Keccak256Hash([]byte(r.c.Name))})
	first, second := r.operators[0], r.operators[1]
	var cycle uint64
	send := func(t *chain.Transactor, op string, data []byte) error {
		receipt, err := t.Transact(ctx, r.model, data, nil)
		if err != nil {
			return fmt.Errorf("commit version 1: %s: %w", op, err)
		}
		cycle += r.keep(op, receipt)
		return nil
	}
	for i, page := range rel.Pages {
		if err := send(first, OracleStagePageOp(i), r.b.PackStagePage(page)); err != nil {
			return err
		}
	}
	if err := send(first, OpOracleStageTail, r.b.PackStagePage(rel.Tail)); err != nil {
		return err
	}
	n := big.NewInt(int64(len(rel.Chunks)))
	for i, chunk := range rel.Chunks {
		proof := make([][32]byte, len(rel.Proofs[i]))
		for j, h := range rel.Proofs[i] {
			proof[j] = h
		}
		if err := send(first, OracleChunkOp(i), r.b.PackPublishWeights(rel.Root, n, big.NewInt(int64(i)), chunk, proof)); err != nil {
			return err
		}
	}
	propose := r.b.PackPropose(v.Binding(), rel.Params.Binding())
	if err := send(first, OpOraclePropose, propose); err != nil {
		return err
	}
	if err := send(second, OpOracleProposeActivating, propose); err != nil {
		return err
	}
	r.gas[OpOracleCommitCycle] = cycle

	// The activating row is only that if the second vote did activate.
	out, err := r.a.Call(ctx, r.model, r.b.PackActiveVersion())
	if err != nil {
		return fmt.Errorf("read the active version: %w", err)
	}
	active, err := r.b.UnpackActiveVersion(out)
	if err != nil {
		return fmt.Errorf("read the active version: %w", err)
	}
	if common.Hash(active.VersionDigest) != v.Digest() {
		return fmt.Errorf("commit version 1: the second proposal left version %d active, not version 1", active.Version.Number)
	}
	return nil
}
