package ingest

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Decoder turns a trainer's logs into contributions and outcomes, refusing malformed ones.
type Decoder struct {
	trainer    common.Address
	numClasses uint64
	// Both trainers emit Trainer.sol's events, so DepositRefundTake's binding decodes either's.
	abi                     *bindings.DepositRefundTake
	addData, refund, report common.Hash
}

// NewDecoder returns a decoder for trainer's logs. A positive numClasses also refuses labels the model cannot
// have (label >= numClasses); zero leaves labels unchecked.
func NewDecoder(trainer common.Address, numClasses uint64) *Decoder {
	b := bindings.NewDepositRefundTake()
	events := b.GetABI().Events
	return &Decoder{
		trainer: trainer, numClasses: numClasses, abi: b,
		addData: events["AddData"].ID, refund: events["Refund"].ID, report: events["Report"].ID,
	}
}

// Topics are the event signatures the decoder reads, as the first topic of a log filter.
func (d *Decoder) Topics() []common.Hash { return []common.Hash{d.addData, d.refund, d.report} }

// Event is a decoded log: a *Contribution or an *Outcome.
type Event interface {
	position() Position
}

func (c *Contribution) position() Position { return c.Position }
func (o *Outcome) position() Position      { return o.Position }

// Decode decodes l into a *Contribution (AddData) or an *Outcome (Refund, Report). The error names the log's
// block and index.
func (d *Decoder) Decode(l *types.Log) (Event, error) {
	ev, err := d.decode(l)
	if err != nil {
		return nil, fmt.Errorf("block %d log %d (transaction %s): %w", l.BlockNumber, l.Index, l.TxHash, err)
	}
	return ev, nil
}

func (d *Decoder) decode(l *types.Log) (Event, error) {
	if l.Address != d.trainer {
		return nil, fmt.Errorf("log of %s, not of trainer %s", l.Address, d.trainer)
	}
	if len(l.Topics) == 0 {
		return nil, errors.New("anonymous log")
	}
	if l.Index > uint(^uint32(0)) {
		return nil, fmt.Errorf("log index %d out of range", l.Index)
	}
	pos := Position{Block: l.BlockNumber, Index: uint32(l.Index)}
	switch l.Topics[0] {
	case d.addData:
		ev, err := d.abi.UnpackAddDataEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode AddData: %w", err)
		}
		sample, err := trainer.UnpackSample(ev.Data)
		if err != nil {
			return nil, fmt.Errorf("AddData: %w", err)
		}
		if !ev.Time.IsUint64() {
			return nil, fmt.Errorf("AddData: time %s out of range", ev.Time)
		}
		if d.numClasses > 0 && ev.Label >= d.numClasses {
			return nil, fmt.Errorf("AddData: label %d out of range for a model of %d classes", ev.Label, d.numClasses)
		}
		c := &Contribution{
			Position: pos, BlockHash: l.BlockHash, TxHash: l.TxHash, Contributor: ev.Sender, Label: ev.Label,
			Time: ev.Time.Uint64(), Deposit: ev.Deposit, Sample: sample,
		}
		c.Key = trainer.ContributionKey(sample, c.Label, c.Time, c.Contributor)
		return c, nil
	case d.refund:
		ev, err := d.abi.UnpackRefundEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode Refund: %w", err)
		}
		return &Outcome{
			Position: pos, BlockHash: l.BlockHash, TxHash: l.TxHash, Kind: Refunded, Key: ev.Key,
			Account: ev.Author, Author: ev.Author, Amount: ev.Amount,
		}, nil
	case d.report:
		ev, err := d.abi.UnpackReportEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode Report: %w", err)
		}
		return &Outcome{
			Position: pos, BlockHash: l.BlockHash, TxHash: l.TxHash, Kind: Reported, Key: ev.Key,
			Account: ev.Reporter, Author: ev.Author, Amount: ev.Amount,
		}, nil
	}
	return nil, fmt.Errorf("unexpected event %s", l.Topics[0])
}
