package trainer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
)

// This file holds the one decoder of each trainer event. Everything that reads a trainer's logs (the CLI, the
// SDK's history and claims, the oracle's ingest, the simulator's chain run) decodes through these, so a log is
// refused, or accepted, for the same reasons everywhere.

// ErrNoEvent is in EventIn's error when no log is the event asked for.
var ErrNoEvent = errors.New("no such event")

// LogPosition is where an event is on the chain.
type LogPosition struct {
	BlockNumber uint64      `json:"blockNumber"`
	BlockHash   common.Hash `json:"blockHash"`
	TxHash      common.Hash `json:"txHash"`
	// LogIndex is the log's index in its block.
	LogIndex uint `json:"logIndex"`
}

func positionOf(l *types.Log) LogPosition {
	return LogPosition{BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
}

// where names the log at p in errors: block, index and transaction. It is not a String method, which the types
// embedding LogPosition would take over for printing.
func where(p LogPosition) string {
	return fmt.Sprintf("block %d log %d (transaction %s)", p.BlockNumber, p.LogIndex, p.TxHash)
}

// Refunded is a Refund event: the author of the contribution stored under Key took Amount back.
type Refunded struct {
	Author common.Address `json:"author"`
	Key    common.Hash    `json:"key"`
	Amount *big.Int       `json:"amount"`
	LogPosition
}

// Reported is a Report event: Reporter took Amount of Author's contribution stored under Key.
type Reported struct {
	Key      common.Hash    `json:"key"`
	Reporter common.Address `json:"reporter"`
	Author   common.Address `json:"author"`
	Amount   *big.Int       `json:"amount"`
	LogPosition
}

// WithdrawalPending is a WithdrawalPending event: a payment of Amount to Account failed and waits for Withdraw.
type WithdrawalPending struct {
	Account common.Address `json:"account"`
	Amount  *big.Int       `json:"amount"`
	LogPosition
}

// Withdrawn is a Withdrawal event: Account's pending Amount went to To.
type Withdrawn struct {
	Account common.Address `json:"account"`
	To      common.Address `json:"to"`
	Amount  *big.Int       `json:"amount"`
	LogPosition
}

// DecodeAddData decodes l, an AddData event of the trainer at trainer, into the contribution it records: the
// sample unpacked (UnpackSample), the time checked to fit 64 bits, the key computed (ContributionKey).
func DecodeAddData(l *types.Log, trainer common.Address) (*Contribution, error) {
	ev, err := decodeEvent(l, trainer, "AddData", (*bindings.DepositRefundTake).UnpackAddDataEvent)
	if err != nil {
		return nil, err
	}
	pos := positionOf(l)
	data, err := UnpackSample(ev.Data)
	if err != nil {
		return nil, fmt.Errorf("%s: AddData: %w", where(pos), err)
	}
	if !ev.Time.IsUint64() {
		return nil, fmt.Errorf("%s: AddData: time %s out of range", where(pos), ev.Time)
	}
	c := &Contribution{
		Author: ev.Sender, Label: ev.Label, Time: ev.Time.Uint64(), Deposit: ev.Deposit, Data: data, LogPosition: pos,
	}
	c.Key = ContributionKey(data, c.Label, c.Time, c.Author)
	return c, nil
}

// DecodeRefund decodes l, a Refund event of the trainer at trainer.
func DecodeRefund(l *types.Log, trainer common.Address) (*Refunded, error) {
	ev, err := decodeEvent(l, trainer, "Refund", (*bindings.DepositRefundTake).UnpackRefundEvent)
	if err != nil {
		return nil, err
	}
	return &Refunded{Author: ev.Author, Key: ev.Key, Amount: ev.Amount, LogPosition: positionOf(l)}, nil
}

// DecodeReport decodes l, a Report event of the trainer at trainer.
func DecodeReport(l *types.Log, trainer common.Address) (*Reported, error) {
	ev, err := decodeEvent(l, trainer, "Report", (*bindings.DepositRefundTake).UnpackReportEvent)
	if err != nil {
		return nil, err
	}
	return &Reported{Key: ev.Key, Reporter: ev.Reporter, Author: ev.Author, Amount: ev.Amount, LogPosition: positionOf(l)}, nil
}

// DecodeWithdrawalPending decodes l, a WithdrawalPending event of the trainer at trainer.
func DecodeWithdrawalPending(l *types.Log, trainer common.Address) (*WithdrawalPending, error) {
	ev, err := decodeEvent(l, trainer, "WithdrawalPending", (*bindings.DepositRefundTake).UnpackWithdrawalPendingEvent)
	if err != nil {
		return nil, err
	}
	return &WithdrawalPending{Account: ev.Account, Amount: ev.Amount, LogPosition: positionOf(l)}, nil
}

// DecodeWithdrawal decodes l, a Withdrawal event of the trainer at trainer.
func DecodeWithdrawal(l *types.Log, trainer common.Address) (*Withdrawn, error) {
	ev, err := decodeEvent(l, trainer, "Withdrawal", (*bindings.DepositRefundTake).UnpackWithdrawalEvent)
	if err != nil {
		return nil, err
	}
	return &Withdrawn{Account: ev.Account, To: ev.To, Amount: ev.Amount, LogPosition: positionOf(l)}, nil
}

// EventIn returns the first of logs that decode accepts as the trainer's event (DecodeAddData, DecodeRefund, ...),
// skipping other contracts' logs and other events. Where none is there (ErrNoEvent), or one of the event does not
// decode, the error says so.
func EventIn[T any](logs []*types.Log, trainer common.Address, decode func(*types.Log, common.Address) (T, error)) (T, error) {
	var zero T
	for _, l := range logs {
		ev, err := decode(l, trainer)
		if errors.Is(err, chain.ErrOtherLog) {
			continue
		}
		return ev, err
	}
	return zero, fmt.Errorf("%w: no %s event of trainer %s among %d logs", ErrNoEvent, eventName(zero), trainer, len(logs))
}

// eventName is the name of the event whose decoded type is v's.
func eventName(v any) string {
	switch v.(type) {
	case *Contribution:
		return "AddData"
	case *Refunded:
		return "Refund"
	case *Reported:
		return "Report"
	case *WithdrawalPending:
		return "WithdrawalPending"
	case *Withdrawn:
		return "Withdrawal"
	}
	return fmt.Sprintf("%T", v)
}

// decodeEvent checks that l is the event name of the trainer at trainer and unpacks it with unpack, the
// binding's decoder. Both trainers emit Trainer.sol's events, so DepositRefundTake's binding decodes either's.
func decodeEvent[T any](l *types.Log, trainer common.Address, name string, unpack func(*bindings.DepositRefundTake, *types.Log) (*T, error)) (*T, error) {
	pos := where(positionOf(l))
	if l.Address != trainer {
		return nil, fmt.Errorf("%s: log of %s, not of trainer %s: %w", pos, l.Address, trainer, chain.ErrOtherLog)
	}
	b := bindings.NewDepositRefundTake()
	if len(l.Topics) == 0 || l.Topics[0] != b.GetABI().Events[name].ID {
		return nil, fmt.Errorf("%s: not a %s event: %w", pos, name, chain.ErrOtherLog)
	}
	// The binding leaves every data field unset, nil amounts included, when the data is empty; each trainer
	// event has data fields, so empty data is a truncated event.
	if len(l.Data) == 0 {
		return nil, fmt.Errorf("%s: decode %s: no data", pos, name)
	}
	ev, err := unpack(b, l)
	if err != nil {
		return nil, fmt.Errorf("%s: decode %s: %w", pos, name, err)
	}
	return ev, nil
}

// UnpackSample decodes the data field of an AddData event: each entry is 8 big-endian bytes, two's complement.
// It is the one unpacker of that encoding: the oracle's store keeps samples packed this way too.
func UnpackSample(packed []byte) ([]int64, error) {
	if len(packed)%8 != 0 {
		return nil, fmt.Errorf("unpack sample: %d bytes is not a whole number of 8-byte entries", len(packed))
	}
	out := make([]int64, len(packed)/8)
	for i := range out {
		out[i] = int64(binary.BigEndian.Uint64(packed[8*i:]))
	}
	return out, nil
}

// PackSample is UnpackSample's inverse: the entries as 8 big-endian bytes each.
func PackSample(sample []int64) []byte {
	out := make([]byte, 0, 8*len(sample))
	for _, x := range sample {
		out = binary.BigEndian.AppendUint64(out, uint64(x))
	}
	return out
}
