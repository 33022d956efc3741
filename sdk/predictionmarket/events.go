package predictionmarket

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

// RevealedPiece is a PieceRevealed event: evaluation piece Index of run Run, its samples unpacked.
type RevealedPiece struct {
	Run, Index *big.Int
	Hash       common.Hash
	Samples    []commitment.Sample
}

// Contribution is a Contributed event: contribution ID of run Run, its sample unpacked.
type Contribution struct {
	Run, ID     *big.Int
	Contributor common.Address
	Stake       *big.Int
	Sample      commitment.Sample
}

// DecodePieceRevealed decodes l, a PieceRevealed event of the market at market: the one decoder of that event.
// A log of another contract or event is refused with chain.ErrOtherLog in the error.
func DecodePieceRevealed(l *types.Log, market common.Address) (*RevealedPiece, error) {
	ev, err := decodeEvent(l, market, "PieceRevealed", (*bindings.PredictionMarket).UnpackPieceRevealedEvent)
	if err != nil {
		return nil, err
	}
	s, err := UnpackSamples(ev.Samples)
	if err != nil {
		return nil, fmt.Errorf("%s: piece %s: %w", where(l), ev.Index, err)
	}
	return &RevealedPiece{Run: ev.RunId, Index: ev.Index, Hash: ev.PieceHash, Samples: s}, nil
}

// DecodeContributed decodes l, a Contributed event of the market at market: the one decoder of that event. A
// log of another contract or event is refused with chain.ErrOtherLog in the error.
func DecodeContributed(l *types.Log, market common.Address) (*Contribution, error) {
	ev, err := decodeEvent(l, market, "Contributed", (*bindings.PredictionMarket).UnpackContributedEvent)
	if err != nil {
		return nil, err
	}
	s, err := UnpackSamples(ev.Sample)
	if err != nil {
		return nil, fmt.Errorf("%s: contribution %s: %w", where(l), ev.Id, err)
	}
	if len(s) != 1 {
		return nil, fmt.Errorf("%s: contribution %s: %d samples packed, want one", where(l), ev.Id, len(s))
	}
	return &Contribution{Run: ev.RunId, ID: ev.Id, Contributor: ev.Contributor, Stake: ev.Stake, Sample: s[0]}, nil
}

// decodeEvent checks that l is the event name of the market at market and unpacks it with unpack, the binding's
// decoder.
func decodeEvent[T any](l *types.Log, market common.Address, name string, unpack func(*bindings.PredictionMarket, *types.Log) (*T, error)) (*T, error) {
	if l.Address != market {
		return nil, fmt.Errorf("%s: log of %s, not of market %s: %w", where(l), l.Address, market, chain.ErrOtherLog)
	}
	b := bindings.NewPredictionMarket()
	if len(l.Topics) == 0 || l.Topics[0] != b.GetABI().Events[name].ID {
		return nil, fmt.Errorf("%s: not a %s event: %w", where(l), name, chain.ErrOtherLog)
	}
	// The binding leaves every data field unset, nil numbers included, when the data is empty.
	if len(l.Data) == 0 {
		return nil, fmt.Errorf("%s: decode %s: no data", where(l), name)
	}
	ev, err := unpack(b, l)
	if err != nil {
		return nil, fmt.Errorf("%s: decode %s: %w", where(l), name, err)
	}
	return ev, nil
}

// where names a log in errors.
func where(l *types.Log) string {
	return fmt.Sprintf("block %d log %d (transaction %s)", l.BlockNumber, l.Index, l.TxHash)
}
