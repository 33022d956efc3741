package trainer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
)

// Both trainers share Trainer.sol's functions, so DepositRefundTake's binding packs calls for either.

// AddData adds data labelled label from t's account, sending value wei (at least NextAddDataCost; the excess
// comes back).
func (s *Stack) AddData(ctx context.Context, t *chain.Transactor, data []int64, label uint64, value *big.Int) (*types.Receipt, error) {
	r, err := t.Transact(ctx, s.Trainer, s.trainer.PackAddData(data, label), value)
	if err != nil {
		return nil, fmt.Errorf("add data: %w", err)
	}
	return r, nil
}

// AddBatch adds samples in order in one addDataBatch transaction from t's account, sending value wei (at least
// NextAddDataCostOfBatch(len(samples)); the excess comes back once). The trainer takes 1 to MaxBatchSize samples
// and treats them as that many AddData calls in one block: each gets its own record and AddData event, and a
// sample it refuses reverts the whole batch with BatchSampleRejected naming its index.
func (s *Stack) AddBatch(ctx context.Context, t *chain.Transactor, samples []Sample, value *big.Int) (*types.Receipt, error) {
	r, err := t.Transact(ctx, s.Trainer, s.packBatch(samples), value)
	if err != nil {
		return nil, fmt.Errorf("add batch of %d: %w", len(samples), err)
	}
	return r, nil
}

// packBatch is the addDataBatch call for samples.
func (s *Stack) packBatch(samples []Sample) []byte {
	data := make([][]int64, len(samples))
	labels := make([]uint64, len(samples))
	for i, smp := range samples {
		data[i], labels[i] = smp.Data, smp.Label
	}
	return s.trainer.PackAddDataBatch(data, labels)
}

// NextAddDataCostOfBatch is the deposit AddBatch requires now for size samples, in wei: the first sample's is
// NextAddDataCost, each later one's that of an addition in the same second.
func (s *Stack) NextAddDataCostOfBatch(ctx context.Context, t *chain.Transactor, size int) (*big.Int, error) {
	out, err := t.Call(ctx, s.Trainer, s.trainer.PackNextAddDataCostOfBatch(big.NewInt(int64(size))))
	if err != nil {
		return nil, fmt.Errorf("next add data cost of a batch of %d: %w", size, err)
	}
	return s.trainer.UnpackNextAddDataCostOfBatch(out)
}

// MaxBatchSize is the most samples the trainer takes in one AddBatch (its MAX_BATCH_SIZE).
func (s *Stack) MaxBatchSize(ctx context.Context, t *chain.Transactor) (int, error) {
	out, err := t.Call(ctx, s.Trainer, s.trainer.PackMAXBATCHSIZE())
	if err != nil {
		return 0, fmt.Errorf("read the trainer's MAX_BATCH_SIZE: %w", err)
	}
	n, err := s.trainer.UnpackMAXBATCHSIZE(out)
	if err != nil {
		return 0, fmt.Errorf("read the trainer's MAX_BATCH_SIZE: %w", err)
	}
	if !n.IsInt64() || n.Int64() < 1 {
		return 0, fmt.Errorf("the trainer's MAX_BATCH_SIZE is %s, not a batch size", n)
	}
	return int(n.Int64()), nil
}

// Refund claims back the deposit of t's own contribution added at addedTime.
func (s *Stack) Refund(ctx context.Context, t *chain.Transactor, data []int64, label uint64, addedTime uint64) (*types.Receipt, error) {
	r, err := t.Transact(ctx, s.Trainer, s.trainer.PackRefund(data, label, new(big.Int).SetUint64(addedTime)), nil)
	if err != nil {
		return nil, fmt.Errorf("refund: %w", err)
	}
	return r, nil
}

// Report reports author's contribution added at addedTime, from t's account.
func (s *Stack) Report(ctx context.Context, t *chain.Transactor, data []int64, label uint64, addedTime uint64, author common.Address) (*types.Receipt, error) {
	r, err := t.Transact(ctx, s.Trainer, s.trainer.PackReport(data, label, new(big.Int).SetUint64(addedTime), author), nil)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return r, nil
}

// Withdraw sends t's pending payments to to.
func (s *Stack) Withdraw(ctx context.Context, t *chain.Transactor, to common.Address) (*types.Receipt, error) {
	r, err := t.Transact(ctx, s.Trainer, s.trainer.PackWithdraw(to), nil)
	if err != nil {
		return nil, fmt.Errorf("withdraw: %w", err)
	}
	return r, nil
}

// Predict asks the model, through the trainer, for data's class.
func (s *Stack) Predict(ctx context.Context, t *chain.Transactor, data []int64) (uint64, error) {
	return chain.Read(ctx, t, s.Trainer, "the trainer's prediction", s.trainer.PackPredict(data), s.trainer.UnpackPredict)
}

// NextAddDataCost is the deposit AddData requires now, in wei.
func (s *Stack) NextAddDataCost(ctx context.Context, t *chain.Transactor) (*big.Int, error) {
	return chain.Read(ctx, t, s.Trainer, "the trainer's next add data cost", s.trainer.PackNextAddDataCost(), s.trainer.UnpackNextAddDataCost)
}

// PendingWithdrawal is what account can withdraw after a payment it refused.
func (s *Stack) PendingWithdrawal(ctx context.Context, t *chain.Transactor, account common.Address) (*big.Int, error) {
	return chain.Read(ctx, t, s.Trainer, fmt.Sprintf("the pending withdrawal of %s", account),
		s.trainer.PackPendingWithdrawals(account), s.trainer.UnpackPendingWithdrawals)
}

// AddedTime reads the time of the AddData event in receipt r, which Refund and Report need.
func (s *Stack) AddedTime(r *types.Receipt) (uint64, error) {
	c, err := EventIn(r.Logs, s.Trainer, DecodeAddData)
	if err != nil {
		return 0, fmt.Errorf("transaction %s: %w", r.TxHash, err)
	}
	return c.Time, nil
}
