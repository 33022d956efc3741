package trainer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
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
// updates a weight per index (a cold storage write at most). Unused gas is not charged.
const (
	addGasPerIndex = 25_000
	addGasBase     = 25_000
)

// AddAll adds every sample from t's account, sending one transaction each without waiting for the one before
// (each at the next nonce, up to opts.Window in flight), so that a batch takes a few blocks rather than a block
// a sample.
//
// It can be resumed: first it reads the account's contributions to the trainer from node and skips what is on
// chain already. Samples are matched by content: the n-th sample in samples with a given sample and label counts
// as done when the account has n contributions of that sample and label (the trainer cannot tell two texts that
// encode to the same sample apart either). So a batch with a sample twice adds it twice, and a batch run again
// adds nothing. A transaction the previous run sent but did not see mined (the process was killed) is found
// through t's journal (chain.WithJournal) and waited for instead of being sent again: with a journal, a run
// killed at any point and run again adds each sample exactly once. Without one, wait for the account's pending
// transactions to be mined before running it again.
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
	// Wave w holds each sample's w-th copy still to add: identical transactions may not share a block (the
	// trainer keys a contribution by its block time) and the journal answers an identical call with the one in
	// flight, so each copy waits for the one before.
	var waves [][]int
	seen := make(map[string]int)
	for i, smp := range samples {
		k := string(s.trainer.PackAddData(smp.Data, smp.Label))
		n := seen[k]
		seen[k]++
		if n < len(onChain[k]) {
			res.Skipped++
			continue
		}
		w := n - len(onChain[k])
		if w == len(waves) {
			waves = append(waves, nil)
		}
		waves[w] = append(waves[w], i)
		if w == 0 {
			// The journal may hold one of these, mined while nobody watched, as the answer to this call: it was
			// counted above, so it must not answer a copy still to add.
			for _, hash := range onChain[k] {
				if err := t.Seen(ctx, hash); err != nil {
					return res, fmt.Errorf("add batch: %w", err)
				}
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
		if err := s.addWave(ctx, t, samples, wave, value, window, res, func() {
			if opts.Progress != nil {
				opts.Progress(res.Skipped+res.Added, len(samples))
			}
		}); err != nil {
			return res, err
		}
	}
	return res, nil
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

// addWave sends the samples at indices idx, at most window awaiting receipts at once, and waits for them all.
// It stops sending at the first failure and returns it once the ones in flight are done.
func (s *Stack) addWave(ctx context.Context, t *chain.Transactor, samples []Sample, idx []int, value *big.Int, window int, res *BatchResult, progress func()) error {
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
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
	for _, i := range idx {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			fail(ctx.Err())
		}
		if failed() {
			break
		}
		smp := samples[i]
		p, err := t.Send(ctx, s.Trainer, s.trainer.PackAddData(smp.Data, smp.Label), value, addGasBase+addGasPerIndex*uint64(len(smp.Data)))
		if err != nil {
			<-slots
			fail(fmt.Errorf("add %s: %w", sampleName(samples, i), err))
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			r, err := p.Wait(ctx)
			if err != nil {
				fail(fmt.Errorf("add %s: %w", sampleName(samples, i), err))
				return
			}
			mu.Lock()
			res.Added++
			res.Receipts = append(res.Receipts, r)
			// A re-run's transaction answered by the journal sent what that one sent.
			res.Sent.Add(res.Sent, p.Value())
			for _, l := range r.Logs {
				if ev, err := s.trainer.UnpackAddDataEvent(l); err == nil && l.Address == s.Trainer {
					res.Held.Add(res.Held, ev.Deposit)
				}
			}
			progress()
			mu.Unlock()
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return fmt.Errorf("add batch: %w", firstErr)
	}
	return nil
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
