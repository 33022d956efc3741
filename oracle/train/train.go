// SPDX-License-Identifier: MIT

package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"

	"github.com/sumkit/sumkit/oracle/weights"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

var (
	// ErrData is returned, wrapped with the sample at fault, for training or evaluation data that does not fit
	// the model: a label or feature index out of range, or unequal numbers of samples and labels.
	ErrData = errors.New("invalid training data")
	// ErrDiverged is returned when the loss stops being a finite number; a smaller learning rate helps.
	ErrDiverged = errors.New("training diverged")
)

// PCG streams, one per use of the seed, so that changing one use leaves the others' numbers alone.
const (
	streamInit    = 1
	streamShuffle = 2
)

// Data is what Train learns from: samples of feature indices below NumFeatures with labels below NumClasses.
type Data struct {
	// Samples lists each sample's feature indices; an index listed twice counts twice.
	Samples [][]int64
	// Labels holds each sample's class.
	Labels []uint64
	// NumFeatures is one more than the largest feature index a sample may hold.
	NumFeatures int
	// NumClasses is the number of classes, at least 2.
	NumClasses int
}

// check returns an ErrData error for data no model can be trained on.
func (d *Data) check() error {
	if d.NumFeatures < 1 {
		return fmt.Errorf("number of features is %d; it must be at least 1: %w", d.NumFeatures, ErrData)
	}
	if d.NumClasses < 2 {
		return fmt.Errorf("number of classes is %d; a classifier needs at least 2: %w", d.NumClasses, ErrData)
	}
	if len(d.Samples) == 0 {
		return fmt.Errorf("no samples to train on: %w", ErrData)
	}
	return checkSamples(d.Samples, d.Labels, d.NumFeatures, d.NumClasses)
}

// checkSamples returns an ErrData error naming the first sample with an index or label out of range.
func checkSamples(samples [][]int64, labels []uint64, numFeatures, numClasses int) error {
	if len(samples) != len(labels) {
		return fmt.Errorf("%d samples but %d labels: %w", len(samples), len(labels), ErrData)
	}
	for i, x := range samples {
		if labels[i] >= uint64(numClasses) {
			return fmt.Errorf("sample %d: label %d is not below the number of classes, %d: %w", i, labels[i],
				numClasses, ErrData)
		}
		for _, f := range x {
			if f < 0 || f >= int64(numFeatures) {
				return fmt.Errorf("sample %d: feature index %d is outside [0, %d): %w", i, f, numFeatures,
					ErrData)
			}
		}
	}
	return nil
}

// Progress reports a finished epoch.
type Progress struct {
	// Epoch counts the finished epochs, from 1 to Epochs.
	Epoch, Epochs int
	// Loss is the epoch's mean training loss per sample (cross-entropy, without the L2 term), measured on each
	// batch before its step.
	Loss float64
}

// Train fits the model cfg describes to data and returns its weights. It calls progress, when not nil, after
// every epoch, and checks ctx between batches, returning ctx.Err() once it is done. On the CPU the result is
// bit-deterministic (see the package documentation); Device GPU without a cuda build returns ErrNoCUDA.
func Train(ctx context.Context, cfg Config, data Data, progress func(Progress)) (*weights.Weights, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := data.check(); err != nil {
		return nil, err
	}
	batch := min(cfg.BatchSize, len(data.Samples))
	if bytes := int64(batch) * int64(data.NumFeatures) * 8; bytes > MaxBatchBytes {
		return nil, fmt.Errorf("the dense batch matrix would take %d bytes (%d samples × %d features), over %d; "+
			"lower batch_size: %w", bytes, batch, data.NumFeatures, MaxBatchBytes, ErrConfig)
	}
	w := initWeights(&cfg, &data)
	n, err := newNet(&cfg, w, batch)
	if err != nil {
		return nil, err
	}
	defer n.vm.Close()

	shuffle := rand.NewPCG(cfg.Seed, streamShuffle)
	order := make([]int, len(data.Samples))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		permute(shuffle, order)
		var total float64
		for start := 0; start < len(order); start += batch {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			rows := order[start:min(start+batch, len(order))]
			loss, err := n.step(&data, rows)
			if err != nil {
				return nil, fmt.Errorf("epoch %d, batch at %d: %w", epoch, start, err)
			}
			total += float64(loss * float64(len(rows)))
		}
		if progress != nil {
			progress(Progress{Epoch: epoch, Epochs: cfg.Epochs, Loss: total / float64(len(order))})
		}
	}
	return n.weights()
}

// initWeights returns the starting weights. Logistic regression is convex and starts at zero. The MLP needs
// random first weights to break the symmetry between hidden units: Glorot-uniform, taking the mean number of
// indices per sample as the first layer's fan-in, since only present features feed a hidden unit.
func initWeights(cfg *Config, d *Data) *weights.Weights {
	w := &weights.Weights{NumFeatures: d.NumFeatures, NumClasses: d.NumClasses}
	if cfg.Model == Logistic {
		w.Kind = weights.Linear
		r := w.Rows()
		w.W1 = make([]float64, d.NumFeatures*r)
		w.B1 = make([]float64, r)
		return w
	}
	w.Kind, w.Hidden = weights.MLP, cfg.Hidden
	var indices int
	for _, x := range d.Samples {
		indices += len(x)
	}
	fanIn := max(1, float64(indices)/float64(len(d.Samples)))
	src := rand.NewPCG(cfg.Seed, streamInit)
	w.W1 = uniform(src, d.NumFeatures*cfg.Hidden, math.Sqrt(6/(fanIn+float64(cfg.Hidden))))
	w.B1 = make([]float64, cfg.Hidden)
	w.W2 = uniform(src, cfg.Hidden*d.NumClasses, math.Sqrt(6/float64(cfg.Hidden+d.NumClasses)))
	w.B2 = make([]float64, d.NumClasses)
	return w
}

// uniform returns n values drawn uniformly from [-a, a) with src.
func uniform(src *rand.PCG, n int, a float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		// 53 random bits make a float in [0, 1) exactly; doubling and subtracting 1 are exact too.
		u := float64(src.Uint64()>>11) * 0x1p-53
		v[i] = float64(2*u-1) * a
	}
	return v
}

// permute shuffles order in place with src (Fisher–Yates), with the integer arithmetic spelt out here so that
// no Go release can change the order a seed gives.
func permute(src *rand.PCG, order []int) {
	for i := len(order) - 1; i > 0; i-- {
		j := below(src, uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
}

// below returns a uniform integer in [0, n) by Lemire's multiply-and-reject method.
func below(src *rand.PCG, n uint64) uint64 {
	threshold := -n % n
	for {
		hi, lo := bits.Mul64(src.Uint64(), n)
		if lo >= threshold {
			return hi
		}
	}
}

// net is a model's gorgonia graph, compiled for one batch size, with its inputs and parameters.
type net struct {
	cfg   *Config
	shape *weights.Weights // Kind and sizes; the values live in the parameter nodes
	batch int
	vm    G.VM
	// x is the dense batch matrix, batch × NumFeatures; target holds what the loss compares with (see
	// newNet), and scale each row's share of the batch mean: 1/n for the n real rows, 0 for padding.
	x, target, scale       *G.Node
	xBuf, targetBuf, scBuf []float64
	xVal, targetVal, scVal *tensor.Dense
	// params are W1, B1 and for the MLP W2, B2, in that order.
	params                []*G.Node
	loss                  *G.Node
	weightStep, biasStep  G.Solver
	weightNodes, biasNode G.Nodes
	// filled lists, per batch row, the indices set in xBuf, so that clearing it costs what filling did.
	filled [][]int64
}

// newNet builds the graph of the model w describes for batches of batch rows, its parameters starting at w.
//
// Two-class logistic regression has one logit z per row and target s = ±1 (class 1 or 0): the loss is
// Σ scale × softplus(-s·z), the binary cross-entropy. The softmax models have target the one-hot labels times
// scale, and loss −Σ target ⊙ logsoftmax(z). A batch smaller than batch is padded with zero rows whose scale is
// 0, so one compiled graph serves every batch.
func newNet(cfg *Config, w *weights.Weights, batch int) (*net, error) {
	g := G.NewGraph()
	n := &net{cfg: cfg, shape: w, batch: batch, filled: make([][]int64, batch)}
	f, r, c := w.NumFeatures, w.Rows(), w.NumClasses
	binary := w.Kind == weights.Linear && r == 1
	width := c
	if binary {
		width = 1
	}
	input := func(name string, cols int) (*G.Node, []float64, *tensor.Dense) {
		buf := make([]float64, batch*cols)
		val := tensor.New(tensor.WithShape(batch, cols), tensor.WithBacking(buf))
		// Inputs of equal shape without a name are merged into one node; the names keep them apart.
		return G.NewMatrix(g, tensor.Float64, G.WithShape(batch, cols), G.WithName(name)), buf, val
	}
	n.x, n.xBuf, n.xVal = input("x", f)
	n.target, n.targetBuf, n.targetVal = input("target", width)
	n.scale, n.scBuf, n.scVal = input("scale", 1)

	param := func(name string, rows, cols int, v []float64) *G.Node {
		val := tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(append([]float64(nil), v...)))
		return G.NewMatrix(g, tensor.Float64, G.WithShape(rows, cols), G.WithName(name), G.WithValue(val))
	}
	// affine returns in × weight + bias, the bias (a 1 × cols matrix) repeated down the batch.
	affine := func(in, weight, bias *G.Node) (*G.Node, error) {
		prod, err := G.Mul(in, weight)
		if err != nil {
			return nil, err
		}
		return G.BroadcastAdd(prod, bias, nil, []byte{0})
	}

	w1, b1 := param("w1", f, r, w.W1), param("b1", 1, r, w.B1)
	n.params = []*G.Node{w1, b1}
	n.weightNodes, n.biasNode = G.Nodes{w1}, G.Nodes{b1}
	z, err := affine(n.x, w1, b1)
	if err != nil {
		return nil, fmt.Errorf("build first layer: %w", err)
	}
	if w.Kind == weights.MLP {
		h, err := G.Rectify(z)
		if err != nil {
			return nil, fmt.Errorf("build hidden layer: %w", err)
		}
		w2, b2 := param("w2", r, c, w.W2), param("b2", 1, c, w.B2)
		n.params = append(n.params, w2, b2)
		n.weightNodes, n.biasNode = append(n.weightNodes, w2), append(n.biasNode, b2)
		if z, err = affine(h, w2, b2); err != nil {
			return nil, fmt.Errorf("build output layer: %w", err)
		}
	}
	if binary {
		n.loss, err = binaryLoss(z, n.target, n.scale)
	} else {
		n.loss, err = softmaxLoss(z, n.target)
	}
	if err != nil {
		return nil, fmt.Errorf("build loss: %w", err)
	}
	grads, err := G.Grad(n.loss, n.params...)
	if err != nil {
		return nil, fmt.Errorf("differentiate loss: %w", err)
	}
	// Differentiating x × w1 also builds the gradient for x, a batch × NumFeatures product nobody reads:
	// compiling only what the loss and the parameters' gradients need leaves it out.
	needed := g.SubgraphRoots(append(G.Nodes{n.loss}, grads...)...)
	if n.vm, err = newMachine(needed, cfg.device(), G.BindDualValues(n.params...)); err != nil {
		return nil, err
	}
	n.weightStep = G.NewAdamSolver(G.WithLearnRate(cfg.LearningRate), G.WithL2Reg(cfg.L2))
	n.biasStep = G.NewAdamSolver(G.WithLearnRate(cfg.LearningRate))
	return n, nil
}

// binaryLoss is Σ scale ⊙ softplus(−sign ⊙ z): log(1 + e^−z) for class 1 (sign +1), log(1 + e^z) for class 0.
func binaryLoss(z, sign, scale *G.Node) (*G.Node, error) {
	sz, err := G.HadamardProd(sign, z)
	if err != nil {
		return nil, err
	}
	neg, err := G.Neg(sz)
	if err != nil {
		return nil, err
	}
	sp, err := G.Softplus(neg)
	if err != nil {
		return nil, err
	}
	weighted, err := G.HadamardProd(scale, sp)
	if err != nil {
		return nil, err
	}
	return G.Sum(weighted)
}

// softmaxLoss is −Σ target ⊙ logsoftmax(z), with target the one-hot labels already scaled.
//
// Gorgonia v0.9.18's log-softmax shifts each row by the batch's very first logit (or a larger one among the
// row's others) rather than by the row's own maximum, so it overflows once logits in different rows lie more than about 700 apart; the loss is then
// not finite and step returns ErrDiverged instead of letting NaN reach the weights.
func softmaxLoss(z, target *G.Node) (*G.Node, error) {
	lsm, err := G.LogSoftMax(z)
	if err != nil {
		return nil, err
	}
	prod, err := G.HadamardProd(target, lsm)
	if err != nil {
		return nil, err
	}
	sum, err := G.Sum(prod)
	if err != nil {
		return nil, err
	}
	return G.Neg(sum)
}

// step loads the samples at rows into the batch, runs the graph forwards and backwards, updates the
// parameters and returns the batch's mean loss.
func (n *net) step(d *Data, rows []int) (float64, error) {
	binary := len(n.targetBuf) == n.batch
	clear(n.targetBuf)
	clear(n.scBuf)
	share := 1 / float64(len(rows))
	f := n.shape.NumFeatures
	for i := range n.batch {
		row := n.xBuf[i*f : (i+1)*f]
		for _, x := range n.filled[i] {
			row[x] = 0
		}
		n.filled[i] = nil
		if i >= len(rows) {
			continue
		}
		x, y := d.Samples[rows[i]], d.Labels[rows[i]]
		for _, idx := range x {
			row[idx]++
		}
		n.filled[i] = x
		n.scBuf[i] = share
		if binary {
			n.targetBuf[i] = float64(2*int(y) - 1)
		} else {
			n.targetBuf[i*n.shape.NumClasses+int(y)] = share
		}
	}
	for _, in := range []struct {
		node *G.Node
		val  *tensor.Dense
	}{{n.x, n.xVal}, {n.target, n.targetVal}, {n.scale, n.scVal}} {
		if err := G.Let(in.node, in.val); err != nil {
			return 0, fmt.Errorf("load %s: %w", in.node.Name(), err)
		}
	}
	defer n.vm.Reset()
	if err := n.vm.RunAll(); err != nil {
		return 0, fmt.Errorf("run graph: %w", err)
	}
	loss, ok := n.loss.Value().Data().(float64)
	if !ok {
		return 0, fmt.Errorf("loss is a %T, not a float64", n.loss.Value().Data())
	}
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return 0, fmt.Errorf("loss is %v; lower learning_rate (now %v): %w", loss, n.cfg.LearningRate, ErrDiverged)
	}
	if err := n.weightStep.Step(G.NodesToValueGrads(n.weightNodes)); err != nil {
		return 0, fmt.Errorf("update weights: %w", err)
	}
	if err := n.biasStep.Step(G.NodesToValueGrads(n.biasNode)); err != nil {
		return 0, fmt.Errorf("update biases: %w", err)
	}
	return loss, nil
}

// weights copies the parameters' current values out of the graph.
func (n *net) weights() (*weights.Weights, error) {
	w := *n.shape
	dst := []*[]float64{&w.W1, &w.B1, &w.W2, &w.B2}
	for i, p := range n.params {
		v, ok := p.Value().Data().([]float64)
		if !ok {
			return nil, fmt.Errorf("parameter %s holds %T, not []float64", p.Name(), p.Value().Data())
		}
		*dst[i] = append([]float64(nil), v...)
	}
	return &w, nil
}
