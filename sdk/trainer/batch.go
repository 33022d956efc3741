package trainer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
)

// Sample is one labelled sample of a batch.
type Sample struct {
	Data  []int64
	Label uint64
	// Line, when not zero, names the sample in errors: its line in the file it came from.
	Line int
}

// sampleName is how errors call samples[i].
func sampleName(samples []Sample, i int) string {
	if samples[i].Line > 0 {
		return fmt.Sprintf("line %d", samples[i].Line)
	}
	return fmt.Sprintf("sample %d of %d", i+1, len(samples))
}

// DefaultWindow is how many transactions AddAll keeps in flight when BatchOptions leaves it open: the pending
// transactions a geth node's pool guarantees each account (txpool.accountslots), past which a busy node may
// drop them.
const DefaultWindow = 16

// BatchOptions shape AddAll.
type BatchOptions struct {
	// Window is how many transactions may await their receipts at once; zero means DefaultWindow.
	Window int
	// BatchSize is how many samples one transaction adds; zero means DefaultBatchSize, 1 one addData a
	// sample. It is capped at the trainer's MAX_BATCH_SIZE; a trainer deployed before addDataBatch gets 1.
	BatchSize int
	// Progress, when set, is told after each sample how many of how many are on chain.
	Progress func(done, total int)
	// History bounds where AddAll looks for the account's earlier contributions; its Authors are ignored.
	// FromBlock set to the trainer's deployment block saves reading the blocks before it.
	History HistoryOptions
}

// BatchResult is what AddAll did.
type BatchResult struct {
	// Skipped is how many samples were on chain already; Added how many this call added.
	Skipped, Added int
	// Receipts are the transactions this call waited for, in the order they were mined.
	Receipts []*types.Receipt
	// Sent is the wei those transactions sent; Held what the trainer kept as deposits, returning the rest.
	Sent, Held *big.Int
}

// addGasPerIndex and addGasBase pad each add's gas estimate: a transaction estimated against a pending state
// that the earlier ones in flight have not reached yet can cost more when it lands, where the model disagrees and
// updates a weight per index (a cold storage write at most). A batch pads for all its samples' indices; the
// transactor caps the limit at what a transaction may use. Unused gas is not charged.
const (
	addGasPerIndex = 25_000
	addGasBase     = 25_000
)

// DefaultBatchSize is how many samples AddAll sends in one addDataBatch when BatchOptions leaves it open. At 50
// a sample's share of the shared cost (the 21,000 base, the counters, returning the excess) is under 1,000 gas,
// most of what batching saves (a batch of 50 IMDB sentences costs about 39,500 gas a sample on the sparse
// perceptron, against 108,000 for a single addData), while a batch of typical sentences stays near 2M gas, far
// from the 16.7M a transaction may use.
const DefaultBatchSize = 50

// AddAll adds every sample from t's account, opts.BatchSize samples a transaction (addDataBatch; one sample a
// transaction goes as addData), sending each transaction without waiting for the one before (each at the next
// nonce, up to opts.Window in flight), so that a file takes a few blocks and a fraction of the gas of a
// transaction a sample.
//
// It can be resumed: first it reads the account's contributions to the trainer from node and skips what is on
// chain already. Samples are matched by content: the n-th sample in samples with a given sample and label counts
// as done when the account has n contributions of that sample and label (the trainer cannot tell two texts that
// encode to the same sample apart either). So a batch with a sample twice adds it twice, and a batch run again
// adds nothing. Batches are cut from samples the same way on every run, whatever is on chain, so a run killed
// with a batch in flight sends the same calldata again: a transaction the previous run sent but did not see mined
// is found through t's journal (chain.WithJournal) and waited for instead of being sent again. With a journal, a
// run killed at any point and run again with the same samples and batch size adds each sample exactly once.
// Without one, wait for the account's pending transactions to be mined before running it again. A batch is all
// or nothing on chain; where an earlier run with another batch size added part of one, the rest goes as a batch
// of its own.
//
// A batch that the trainer refuses for one of its samples (BatchSampleRejected) is sent again without that
// sample and the ones after it, and AddAll stops with the sample's own error, as one transaction a sample
// would have.
//
// A Deposit-Refund-Take trainer asks a deposit that falls with the time since the last addition; samples in one
// block find no time passed, so each is sent with the largest deposit (costWeight * 3600) and the trainer returns
// what it did not need in the same transaction.
func (s *Stack) AddAll(ctx context.Context, t *chain.Transactor, node LogReader, samples []Sample, opts BatchOptions) (*BatchResult, error) {
	if t.DryRun() {
		return nil, errors.New("add batch: a dry run cannot simulate a batch, whose samples change the model for the ones after them; dry-run one sample with AddData")
	}
	res := &BatchResult{Sent: new(big.Int), Held: new(big.Int)}
	value, err := s.batchDeposit(ctx, t)
	if err != nil {
		return res, err
	}
	size, err := s.batchSize(ctx, t, opts.BatchSize)
	if err != nil {
		return res, err
	}
	// onChain holds, per calldata, the account's contributions of that sample and label.
	onChain := make(map[string][]common.Hash)
	h := opts.History
	h.Authors = []common.Address{t.From()}
	for c, err := range s.Contributions(ctx, node, h) {
		if err != nil {
			return res, fmt.Errorf("add batch: read what is on chain already: %w", err)
		}
		k := string(s.trainer.PackAddData(c.Data, c.Label))
		onChain[k] = append(onChain[k], c.TxHash)
	}
	// Wave w holds each sample's w-th copy, on chain or not: identical samples may not share a block (the
	// trainer keys a contribution by its block time) nor a batch, and the journal answers an identical call
	// with the one in flight, so each copy waits for the one before. Counting copies from the file's first
	// rather than from the first still to add keeps every batch the same from run to run.
	var waves [][]int
	done := make([]bool, len(samples))
	seen := make(map[string]int)
	settled := make(map[common.Hash]bool)
	for i, smp := range samples {
		k := string(s.trainer.PackAddData(smp.Data, smp.Label))
		n := seen[k]
		seen[k]++
		if n == len(waves) {
			waves = append(waves, nil)
		}
		waves[n] = append(waves[n], i)
		if n < len(onChain[k]) {
			done[i] = true
			res.Skipped++
			continue
		}
		// The journal may hold one of these, mined while nobody watched, as the answer to this call: it was
		// counted above, so it must not answer a copy still to add.
		for _, hash := range onChain[k] {
			if settled[hash] {
				continue
			}
			settled[hash] = true
			if err := t.Seen(ctx, hash); err != nil {
				return res, fmt.Errorf("add batch: %w", err)
			}
		}
	}
	if opts.Progress != nil {
		opts.Progress(res.Skipped, len(samples))
	}
	window := opts.Window
	if window <= 0 {
		window = DefaultWindow
	}
	for _, wave := range waves {
		var batches [][]int
		for start := 0; start < len(wave); start += size {
			var todo []int
			for _, i := range wave[start:min(start+size, len(wave))] {
				if !done[i] {
					todo = append(todo, i)
				}
			}
			if len(todo) > 0 {
				batches = append(batches, todo)
			}
		}
		if err := s.addWave(ctx, t, samples, batches, value, window, res, func() {
			if opts.Progress != nil {
				opts.Progress(res.Skipped+res.Added, len(samples))
			}
		}); err != nil {
			return res, err
		}
	}
	return res, nil
}

// batchSize is the number of samples AddAll sends a transaction: want (zero: DefaultBatchSize) capped at the
// trainer's MAX_BATCH_SIZE, or 1 for a trainer deployed before addDataBatch, which has no MAX_BATCH_SIZE.
func (s *Stack) batchSize(ctx context.Context, t *chain.Transactor, want int) (int, error) {
	if want <= 0 {
		want = DefaultBatchSize
	}
	if want == 1 {
		return 1, nil
	}
	most, err := s.MaxBatchSize(ctx, t)
	if err != nil {
		if _, reverted := chain.RevertData(err); reverted || strings.Contains(err.Error(), "execution reverted") {
			return 1, nil
		}
		return 0, fmt.Errorf("add batch: %w", err)
	}
	return min(want, most), nil
}

// batchDeposit is the value each add of a batch sends: the trainer's largest deposit, or nothing for Points.
func (s *Stack) batchDeposit(ctx context.Context, t *chain.Transactor) (*big.Int, error) {
	if s.Mechanism != DepositRefundTake {
		return nil, nil
	}
	out, err := t.Call(ctx, s.Trainer, s.trainer.PackCostWeight())
	if err != nil {
		return nil, fmt.Errorf("add batch: read the cost weight: %w", err)
	}
	w, err := s.trainer.UnpackCostWeight(out)
	if err != nil {
		return nil, fmt.Errorf("add batch: read the cost weight: %w", err)
	}
	return w.Mul(w, big.NewInt(3600)), nil
}

// addWave sends each batch (indices into samples) as one transaction, at most window awaiting receipts at
// once, and waits for them all. It stops sending at the first failure and returns it once the ones in flight are
// done; a batch refused for one of its samples first sends the samples before that one.
func (s *Stack) addWave(ctx context.Context, t *chain.Transactor, samples []Sample, batches [][]int, value *big.Int, window int, res *BatchResult, progress func()) error {
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
		// refused is the error of a sample the trainer refused in a batch, returned once the samples before it
		// are added.
		refused error
	)
	slots := make(chan struct{}, window)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
		}
	}
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return firstErr != nil
	}
	for len(batches) > 0 {
		batch := batches[0]
		batches = batches[1:]
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			fail(ctx.Err())
		}
		if failed() {
			break
		}
		p, err := s.sendBatch(ctx, t, samples, batch, value)
		if err != nil {
			<-slots
			at, inner, ok := s.rejectedSample(t, err)
			if !ok || at >= len(batch) {
				fail(fmt.Errorf("add %s: %w", batchName(samples, batch), err))
				break
			}
			// Add what comes before the refused sample, then stop with its own error, as single adds would.
			refused = fmt.Errorf("add %s: %w", sampleName(samples, batch[at]), inner)
			batches = nil
			if at > 0 {
				batches = [][]int{batch[:at]}
			}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			r, err := p.Wait(ctx)
			if err != nil {
				fail(fmt.Errorf("add %s: %w", batchName(samples, batch), err))
				return
			}
			mu.Lock()
			res.Added += len(batch)
			res.Receipts = append(res.Receipts, r)
			// A re-run's transaction answered by the journal sent what that one sent.
			res.Sent.Add(res.Sent, p.Value())
			for _, l := range r.Logs {
				if c, err := DecodeAddData(l, s.Trainer); err == nil {
					res.Held.Add(res.Held, c.Deposit)
				}
			}
			progress()
			mu.Unlock()
		}()
	}
	wg.Wait()
	if firstErr == nil {
		firstErr = refused
	}
	if firstErr != nil {
		return fmt.Errorf("add batch: %w", firstErr)
	}
	return nil
}

// sendBatch sends samples[i] for every i in batch in one transaction: addData for one sample, addDataBatch for
// more, with value wei for each (nil for none).
func (s *Stack) sendBatch(ctx context.Context, t *chain.Transactor, samples []Sample, batch []int, value *big.Int) (*chain.Pending, error) {
	extra := uint64(addGasBase)
	picked := make([]Sample, len(batch))
	for j, i := range batch {
		picked[j] = samples[i]
		extra += addGasPerIndex * uint64(len(samples[i].Data))
	}
	var total *big.Int
	if value != nil {
		total = new(big.Int).Mul(value, big.NewInt(int64(len(batch))))
	}
	data := s.packBatch(picked)
	if len(batch) == 1 {
		data = s.trainer.PackAddData(picked[0].Data, picked[0].Label)
	}
	return t.Send(ctx, s.Trainer, data, total, extra)
}

// rejectedSample reads a BatchSampleRejected revert in err: the refused sample's place in its batch and its own
// error, decoded where t knows it.
func (s *Stack) rejectedSample(t *chain.Transactor, err error) (int, error, bool) {
	rev, ok := chain.AsRevert(err)
	if !ok || rev.Name != "BatchSampleRejected" {
		return 0, nil, false
	}
	index, ok := rev.Arg("index").(*big.Int)
	if !ok || !index.IsInt64() {
		return 0, nil, false
	}
	reason, _ := rev.Arg("reason").([]byte)
	var inner error = fmt.Errorf("execution reverted (revert data 0x%x)", reason)
	if decoded := t.Errors().DecodeData(reason); decoded != nil {
		inner = decoded
	}
	return int(index.Int64()), inner, true
}

// batchName is how errors call the samples of batch.
func batchName(samples []Sample, batch []int) string {
	if len(batch) == 1 {
		return sampleName(samples, batch[0])
	}
	return fmt.Sprintf("the batch of %d from %s to %s", len(batch), sampleName(samples, batch[0]), sampleName(samples, batch[len(batch)-1]))
}

// PredictAll asks the model for the class of every sample, up to workers calls at once (zero: 8), telling
// progress (when set) after each.
func (s *Stack) PredictAll(ctx context.Context, t *chain.Transactor, samples [][]int64, workers int, progress func(done, total int)) ([]uint64, error) {
	if workers <= 0 {
		workers = 8
	}
	out := make([]uint64, len(samples))
	errs := make([]error, len(samples))
	next := make(chan int)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for range min(workers, len(samples)) {
		wg.Go(func() {
			for i := range next {
				out[i], errs[i] = s.Predict(ctx, t, samples[i])
				mu.Lock()
				done++
				if progress != nil {
					progress(done, len(samples))
				}
				mu.Unlock()
			}
		})
	}
	for i := range samples {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("predict batch: %w", err)
	}
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("predict batch: sample %d of %d: %w", i+1, len(samples), err)
		}
	}
	return out, nil
}

// Score is how predictions compare with labels: overall and per class.
type Score struct {
	// Total and Correct count every labelled sample and those predicted right.
	Total, Correct int
	// Classes holds, per class index, how many samples have that label and how many of them were predicted
	// right, and how many samples were predicted as that class.
	Classes []ClassScore
}

// ClassScore is Score for one class.
type ClassScore struct {
	Labelled, Correct, Predicted int
}

// Accuracy is Correct / Total, or 0 with nothing scored.
func (s Score) Accuracy() float64 {
	if s.Total == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Total)
}

// ScorePredictions compares predicted with labels, index by index, for a model of numClasses classes. Classes
// beyond numClasses grow the per-class table.
func ScorePredictions(predicted, labels []uint64, numClasses int) Score {
	s := Score{Classes: make([]ClassScore, numClasses)}
	grow := func(c uint64) {
		for uint64(len(s.Classes)) <= c {
			s.Classes = append(s.Classes, ClassScore{})
		}
	}
	for i, p := range predicted {
		if i >= len(labels) {
			break
		}
		l := labels[i]
		grow(max(p, l))
		s.Total++
		s.Classes[l].Labelled++
		s.Classes[p].Predicted++
		if p == l {
			s.Correct++
			s.Classes[l].Correct++
		}
	}
	return s
}
