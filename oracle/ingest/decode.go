package ingest

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Decoder turns a trainer's logs into contributions and outcomes, refusing malformed ones. It picks the event
// by its signature and leaves the decoding to the trainer SDK's decoders, the one decoder of each event.
type Decoder struct {
	trainer                 common.Address
	numClasses              uint64
	addData, refund, report common.Hash
}

// NewDecoder returns a decoder for trainer's logs. A positive numClasses also refuses labels the model cannot
// have (label >= numClasses); zero leaves labels unchecked.
func NewDecoder(trainer common.Address, numClasses uint64) *Decoder {
	// Both trainers emit Trainer.sol's events, so DepositRefundTake's ABI names either's.
	events := bindings.NewDepositRefundTake().GetABI().Events
	return &Decoder{
		trainer: trainer, numClasses: numClasses,
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
	at := func(err error) error {
		return fmt.Errorf("block %d log %d (transaction %s): %w", l.BlockNumber, l.Index, l.TxHash, err)
	}
	if l.Address != d.trainer {
		return nil, at(fmt.Errorf("log of %s, not of trainer %s", l.Address, d.trainer))
	}
	if len(l.Topics) == 0 {
		return nil, at(errors.New("anonymous log"))
	}
	if l.Index > uint(^uint32(0)) {
		return nil, at(fmt.Errorf("log index %d out of range", l.Index))
	}
	pos := Position{Block: l.BlockNumber, Index: uint32(l.Index)}
	// The SDK's decoders name the log themselves.
	switch l.Topics[0] {
	case d.addData:
		ev, err := trainer.DecodeAddData(l, d.trainer)
		if err != nil {
			return nil, err
		}
		if d.numClasses > 0 && ev.Label >= d.numClasses {
			return nil, at(fmt.Errorf("AddData: label %d out of range for a model of %d classes", ev.Label, d.numClasses))
		}
		return &Contribution{
			Position: pos, BlockHash: l.BlockHash, TxHash: l.TxHash, Contributor: ev.Author, Label: ev.Label,
			Time: ev.Time, Deposit: ev.Deposit, Sample: ev.Data, Key: ev.Key,
		}, nil
	case d.refund:
		ev, err := trainer.DecodeRefund(l, d.trainer)
		if err != nil {
			return nil, err
		}
		return &Outcome{
			Position: pos, BlockHash: l.BlockHash, TxHash: l.TxHash, Kind: Refunded, Key: ev.Key,
			Account: ev.Author, Author: ev.Author, Amount: ev.Amount,
		}, nil
	case d.report:
		ev, err := trainer.DecodeReport(l, d.trainer)
		if err != nil {
			return nil, err
		}
		return &Outcome{
			Position: pos, BlockHash: l.BlockHash, TxHash: l.TxHash, Kind: Reported, Key: ev.Key,
			Account: ev.Reporter, Author: ev.Author, Amount: ev.Amount,
		}, nil
	}
	return nil, at(fmt.Errorf("unexpected event %s", l.Topics[0]))
}
