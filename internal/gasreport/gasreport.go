// Package gasreport measures the gas of every sumkit model stack with Deposit-Refund-Take, on an in-process
// chain with Osaka rules, and sets each figure beside 0xDeCA10B's for the same model, sample and sequence
// (shared/anchors/upstream-gas.md). It also measures one whole prediction market run (MeasureMarket), which
// 0xDeCA10B never ran on-chain and so has no figure to compare with.
package gasreport

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// The operations measured, in the order of upstream's table.
const (
	OpDeploy        = "deploy"
	OpAddData       = "addData"
	OpAddDataUpdate = "addData_update"
	OpRefund        = "refund"
	OpReport        = "report"
	OpPredict       = "predict"
)

// Ops lists the operations in report order.
func Ops() []string {
	return []string{OpDeploy, OpAddData, OpAddDataUpdate, OpRefund, OpReport, OpPredict}
}

// Row is one measured figure, as gas-report.json lists it.
type Row struct {
	Model string `json:"model"`
	Op    string `json:"op"`
	Gas   uint64 `json:"gas"`
}

// Case is one model of the comparison: its file and the sample upstream used with it.
type Case struct {
	// Name is the row name in the report.
	Name string
	// File is the model file's name in the models folder.
	File string
	// Sample is the sample the sequence adds.
	Sample []int64
	// Upstream is 0xDeCA10B's gas per operation (solc 0.6.2, optimizer on, runs 200, same chain rules).
	Upstream map[string]uint64
	// DecayUpdates and Updates, when DecayUpdates is not 0, deploy a perceptron with a decaying step that has
	// counted Updates mistakes already (model.Model's fields), instead of the file's schedule.
	DecayUpdates, Updates uint64
	// Batch adds the OpAddDataBatch row: IMDB sentences for a sparse model, samples near Sample for a dense one.
	Batch bool
}

// Cases returns the five models of shared/anchors/upstream-gas.md with upstream's optimizer-on figures, and
// the two perceptrons again with a decaying step.
func Cases() []Case {
	sparseSample := []int64{1, 2, 3, 14, 15, 26, 37, 48, 59, 110, 111, 112, 213, 314, 515, 616, 717, 818, 919, 920}
	// [1,1,1,1,1,1,1,0,0] scaled to unit L2 norm in 1e9 fixed point.
	denseSample := []int64{377964473, 377964473, 377964473, 377964473, 377964473, 377964473, 377964473, 0, 0}
	return []Case{
		{"sparse-perceptron", "imdb-sparse-perceptron.json", sparseSample, upstream(27867689, 271387, 304052, 216154, 176138, 81824), 0, 0, true},
		{"naive-bayes", "imdb-like-naive-bayes.json", sparseSample, upstream(54252212, 319955, 322516, 294575, 254556, 160568), 0, 0, true},
		{"sparse-nearest-centroid", "imdb-like-sparse-ncc.json", sparseSample, upstream(54721683, 350637, 313374, 291538, 251495, 157507), 0, 0, true},
		{"dense-perceptron", "fitness-like-dense-perceptron.json", denseSample, upstream(5053803, 229968, 205494, 174341, 134297, 42768), 0, 0, true},
		{"dense-nearest-centroid", "fitness-like-dense-ncc.json", denseSample, upstream(5541774, 250011, 212748, 190991, 150947, 59860), 0, 0, true},
		// The perceptrons again with the paper configs' decaying step, as deployed after an initial training
		// (a non-zero count, so an update rewrites the count rather than creating it). Upstream's perceptron
		// has a constant step; its figures are the comparison still.
		{"sparse-perceptron-decaying", "imdb-sparse-perceptron.json", sparseSample, upstream(27867689, 271387, 304052, 216154, 176138, 81824), 10, 744, false},
		{"dense-perceptron-decaying", "fitness-like-dense-perceptron.json", denseSample, upstream(5053803, 229968, 205494, 174341, 134297, 42768), 10, 744, false},
	}
}

func upstream(deploy, add, addUpdate, refund, report, predict uint64) map[string]uint64 {
	return map[string]uint64{OpDeploy: deploy, OpAddData: add, OpAddDataUpdate: addUpdate, OpRefund: refund, OpReport: report, OpPredict: predict}
}

// Goal is the largest share of upstream's gas an operation may use; predict has none.
func Goal(op string) (float64, bool) {
	switch op {
	case OpDeploy:
		return 0.30, true
	case OpAddData, OpAddDataUpdate, OpRefund, OpReport:
		return 0.50, true
	case OpAddDataBatch:
		return batchGoal, true
	}
	return 0, false
}

// Measure runs upstream's sequence for c on a fresh chain: deploy; account A adds the sample with the label the
// model predicts, sending 1e17 wei; A refunds it; B adds it with the other label, forcing an update; A reports
// B's contribution. Waits are the shortest the trainer allows (see shortestWaits), the chain's clock moved past
// all of them before each refund and report (so the report takes all, as with the 0 waits the figures were first
// measured with), and costWeight 1e9. Predict is eth_estimateGas of the model's view. A Batch case then adds
// BatchSize samples from A in one addDataBatch (for a sparse model, IMDB sentences from the file sentences;
// see OpAddDataBatch).
func Measure(ctx context.Context, modelsDir, sentences string, c Case) ([]Row, error) {
	m, err := model.Load(filepath.Join(modelsDir, c.File))
	if err != nil {
		return nil, err
	}
	if c.DecayUpdates != 0 {
		m.DecayUpdates, m.Updates = c.DecayUpdates, c.Updates
	}
	keyA, keyB := devKey(1), devKey(2)
	addrB := crypto.PubkeyToAddress(keyB.PublicKey)
	dc, err := newDevChain(ctx, keyA, keyB)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	txA, txB := dc.transactor(keyA, 0), dc.transactor(keyB, 0)

	s, err := trainer.Deploy(ctx, txA, trainer.Spec{
		Model:     m,
		Incentive: shortestWaits(),
		Name:      c.Name,
	})
	if err != nil {
		return nil, err
	}
	rows := []Row{{c.Name, OpDeploy, s.GasUsed()}}

	classifier := bindings.NewIClassifier()
	label, err := chain.Read(ctx, txA, s.Model, "the model's prediction", classifier.PackPredict(c.Sample), classifier.UnpackPredict)
	if err != nil {
		return nil, err
	}
	other := 1 - label
	value := big.NewInt(1e17)

	added, err := s.AddData(ctx, txA, c.Sample, label, value)
	if err != nil {
		return nil, err
	}
	timeA, err := s.AddedTime(added)
	if err != nil {
		return nil, err
	}
	if err := dc.pastWaits(ctx); err != nil {
		return nil, err
	}
	refunded, err := s.Refund(ctx, txA, c.Sample, label, timeA)
	if err != nil {
		return nil, err
	}
	updated, err := s.AddData(ctx, txB, c.Sample, other, value)
	if err != nil {
		return nil, err
	}
	timeB, err := s.AddedTime(updated)
	if err != nil {
		return nil, err
	}
	if err := dc.pastWaits(ctx); err != nil {
		return nil, err
	}
	reported, err := s.Report(ctx, txA, c.Sample, other, timeB, addrB)
	if err != nil {
		return nil, err
	}
	predictGas, err := txA.EstimateGas(ctx, s.Model, classifier.PackPredict(c.Sample), nil)
	if err != nil {
		return nil, fmt.Errorf("estimate predict: %w", err)
	}
	rows = append(rows,
		Row{c.Name, OpAddData, added.GasUsed},
		Row{c.Name, OpAddDataUpdate, updated.GasUsed},
		Row{c.Name, OpRefund, refunded.GasUsed},
		Row{c.Name, OpReport, reported.GasUsed},
		Row{c.Name, OpPredict, predictGas},
	)
	if !c.Batch {
		return rows, nil
	}
	var batch []trainer.Sample
	switch m.Kind {
	case model.SparsePerceptron, model.NaiveBayes, model.SparseNearestCentroid:
		if batch, err = IMDBBatch(modelsDir, sentences, BatchSize); err != nil {
			return nil, err
		}
	default:
		batch = denseBatch(c.Sample, BatchSize)
	}
	r, err := measureBatch(ctx, s, txA, c.Name, batch)
	if err != nil {
		return nil, err
	}
	return append(rows, r), nil
}

// MeasureAll measures every case (the batch rows read the IMDB sentences file sentences), then the prediction market, then the oracle's models.
func MeasureAll(ctx context.Context, modelsDir, sentences string) ([]Row, error) {
	var rows []Row
	for _, c := range Cases() {
		r, err := Measure(ctx, modelsDir, sentences, c)
		if err != nil {
			return nil, fmt.Errorf("gas report for %s: %w", c.Name, err)
		}
		rows = append(rows, r...)
	}
	for _, measure := range []func(context.Context) ([]Row, error){MeasureMarket, MeasureOracle} {
		r, err := measure(ctx)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	return rows, nil
}

// WriteJSON writes rows as gas-report.json lists them.
func WriteJSON(w io.Writer, rows []Row) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}

// Misses returns the rows above their goal.
func Misses(rows []Row) []Row {
	var misses []Row
	for _, r := range rows {
		if ratio, goal, ok := compare(r); ok && ratio > goal {
			misses = append(misses, r)
		}
	}
	return misses
}

// upstreamGas is 0xDeCA10B's figure for r's model and operation, 0 where there is none. A batched sample is
// compared with upstream's single addData: upstream has no batch.
func upstreamGas(r Row) uint64 {
	op := r.Op
	if op == OpAddDataBatch {
		op = OpAddData
	}
	for _, c := range Cases() {
		if c.Name == r.Model {
			return c.Upstream[op]
		}
	}
	return 0
}

func compare(r Row) (ratio, goal float64, ok bool) {
	base := upstreamGas(r)
	if base == 0 {
		return 0, 0, false
	}
	goal, ok = Goal(r.Op)
	return float64(r.Gas) / float64(base), goal, ok
}

// WriteTable prints each row with 0xDeCA10B's figure, the ratio and whether it meets its goal; a row
// 0xDeCA10B has no figure for (the market's) shows "-" in those columns.
func WriteTable(w io.Writer, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "model\top\tsumkit\t0xDeCA10B\tratio\tgoal\t")
	for _, r := range rows {
		base := upstreamGas(r)
		if base == 0 {
			fmt.Fprintf(tw, "%s\t%s\t%d\t-\t-\t-\t\n", r.Model, r.Op, r.Gas)
			continue
		}
		ratio, goal, hasGoal := compare(r)
		verdict := "-"
		if hasGoal {
			verdict = fmt.Sprintf("<= %.0f%% ok", goal*100)
			if ratio > goal {
				verdict = fmt.Sprintf("<= %.0f%% MISS", goal*100)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.1f%%\t%s\t\n", r.Model, r.Op, r.Gas, base, ratio*100, verdict)
	}
	return tw.Flush()
}

// devKey is a fixed, well-known key: these accounts exist only on the throwaway chain of a measurement.
func devKey(n byte) *ecdsa.PrivateKey {
	seed := make([]byte, 32)
	seed[31] = n
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // 1 and 2 are valid secp256k1 keys
	}
	return key
}
