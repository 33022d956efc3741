package weights

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/crypto"
)

// On-chain layout constants, as in the OracleModel contract.
const (
	// PageSize is the size of every page of rows but the last.
	PageSize = 16384
	// MaxPageSize is the most bytes one data contract holds (EIP-170's limit less the STOP prefix).
	MaxPageSize = 24575
	// MaxPages is the most pages of rows a version may have.
	MaxPages = 1024
)

// int16Max is the quantised magnitude of the largest weight of a layer.
const int16Max = math.MaxInt16

// Quantised holds the integer parameters the OracleModel contract evaluates: each layer's weights scaled so
// that its largest magnitude is 32767 and rounded to int16; biases scaled alike, in wider integers.
type Quantised struct {
	Kind        Kind
	NumFeatures int
	NumClasses  int
	Hidden      int
	// Scale1 is the first layer's scale: W1q = round(W1 * Scale1), B1q = round(B1 * Scale1).
	Scale1 float64
	// Scale2 is the second layer's scale (MLP): W2q = round(W2 * Scale2), B2q = round(B2 * Scale1 * Scale2).
	Scale2 float64
	// W1 is laid out as Weights.W1: feature f's value for unit r at f*Rows() + r.
	W1 []int16
	B1 []int32
	// W2 is laid out as Weights.W2: unit j's value for class c at j*NumClasses + c. MLP only.
	W2 []int16
	B2 []int64
}

// Quantise scales and rounds w to the contract's integers. It is deterministic: the same weights give the same
// bytes on every machine.
func Quantise(w *Weights) (*Quantised, error) {
	if err := w.Validate(); err != nil {
		return nil, fmt.Errorf("quantise: %w", err)
	}
	q := &Quantised{Kind: w.Kind, NumFeatures: w.NumFeatures, NumClasses: w.NumClasses, Hidden: w.Hidden}
	if pages := q.numPages(); pages > MaxPages {
		return nil, fmt.Errorf("quantise: %d features make %d pages of rows, over the contract's %d: use fewer features",
			w.NumFeatures, pages, MaxPages)
	}
	q.Scale1 = scale(w.W1)
	q.W1 = roundInt16(w.W1, q.Scale1)
	q.B1 = make([]int32, len(w.B1))
	for i, b := range w.B1 {
		q.B1[i] = int32(clamp(math.Round(b*q.Scale1), math.MinInt32, math.MaxInt32))
	}
	if w.Kind == MLP {
		q.Scale2 = scale(w.W2)
		q.W2 = roundInt16(w.W2, q.Scale2)
		q.B2 = make([]int64, len(w.B2))
		for i, b := range w.B2 {
			q.B2[i] = clampInt64(math.Round(b * q.Scale1 * q.Scale2))
		}
	}
	return q, nil
}

// scale maps the largest magnitude of vs to 32767; all-zero values get scale 1.
func scale(vs []float64) float64 {
	var most float64
	for _, v := range vs {
		most = max(most, math.Abs(v))
	}
	if most == 0 {
		return 1
	}
	return int16Max / most
}

func roundInt16(vs []float64, s float64) []int16 {
	out := make([]int16, len(vs))
	for i, v := range vs {
		out[i] = int16(clamp(math.Round(v*s), math.MinInt16, math.MaxInt16))
	}
	return out
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

// clampInt64 converts v to int64, saturating: float64 cannot represent MaxInt64, so the bound is 2^63.
func clampInt64(v float64) int64 {
	switch {
	case v >= 0x1p63:
		return math.MaxInt64
	case v < -0x1p63:
		return math.MinInt64
	}
	return int64(v)
}

// Rows is the row width R (see Weights.Rows).
func (q *Quantised) Rows() int {
	w := Weights{Kind: q.Kind, NumClasses: q.NumClasses, Hidden: q.Hidden}
	return w.Rows()
}

// RowBytes is the bytes of one feature's row on-chain: R rounded up to a power of two, two bytes a value.
func (q *Quantised) RowBytes() int {
	return 2 << bits.Len(uint(q.Rows()-1))
}

func (q *Quantised) numPages() int {
	return (q.NumFeatures*q.RowBytes() + PageSize - 1) / PageSize
}

// Pages is the rows blob (feature f's row at f*RowBytes(), int16 big-endian, zero padded) split into pages of
// PageSize bytes; the last may be shorter.
func (q *Quantised) Pages() [][]byte {
	r, rb := q.Rows(), q.RowBytes()
	blob := make([]byte, q.NumFeatures*rb)
	for f := range q.NumFeatures {
		for j := range r {
			binary.BigEndian.PutUint16(blob[f*rb+2*j:], uint16(q.W1[f*r+j]))
		}
	}
	pages := make([][]byte, 0, q.numPages())
	for len(blob) > 0 {
		n := min(PageSize, len(blob))
		pages = append(pages, blob[:n:n])
		blob = blob[n:]
	}
	return pages
}

// Tail is B1q (int32 big-endian), then for an MLP W2q (int16, unit-major) and B2q (int64).
func (q *Quantised) Tail() []byte {
	out := make([]byte, 0, 4*len(q.B1)+2*len(q.W2)+8*len(q.B2))
	for _, b := range q.B1 {
		out = binary.BigEndian.AppendUint32(out, uint32(b))
	}
	for _, w := range q.W2 {
		out = binary.BigEndian.AppendUint16(out, uint16(w))
	}
	for _, b := range q.B2 {
		out = binary.BigEndian.AppendUint64(out, uint64(b))
	}
	return out
}

// Params describes q's pages and tail by hash, as a version commits to them.
func (q *Quantised) Params() Params {
	p := Params{Kind: q.Kind, Hidden: uint8(q.Hidden), TailHash: crypto.Keccak256Hash(q.Tail())}
	for _, page := range q.Pages() {
		p.PageHashes = append(p.PageHashes, crypto.Keccak256Hash(page))
	}
	return p
}

// Predict evaluates sample (feature indices; an index listed twice counts twice) exactly as the contract's
// predict does: integer sums, ReLU for an MLP, argmax with ties to the lowest class, and for two-class linear
// models class 1 iff the single logit is above 0.
func (q *Quantised) Predict(sample []int64) (uint64, error) {
	r := q.Rows()
	acc := make([]int64, r)
	for i, f := range sample {
		if f < 0 || f >= int64(q.NumFeatures) {
			return 0, fmt.Errorf("predict: entry %d is feature %d: want 0 to %d", i, f, q.NumFeatures-1)
		}
		for j := range r {
			acc[j] += int64(q.W1[int(f)*r+j])
		}
	}
	for j := range r {
		acc[j] += int64(q.B1[j])
	}
	if q.Kind == Linear {
		if r == 1 {
			if acc[0] > 0 {
				return 1, nil
			}
			return 0, nil
		}
		logits := make([]*big.Int, r)
		for c, a := range acc {
			logits[c] = big.NewInt(a)
		}
		return argmax(logits), nil
	}
	// The second layer can exceed int64 (B2q alone may be near its bound); the contract sums in int256.
	logits := make([]*big.Int, q.NumClasses)
	for c := range logits {
		logits[c] = big.NewInt(q.B2[c])
	}
	var term big.Int
	for j, h := range acc {
		if h <= 0 {
			continue
		}
		for c := range logits {
			term.Mul(big.NewInt(int64(q.W2[j*q.NumClasses+c])), big.NewInt(h))
			logits[c].Add(logits[c], &term)
		}
	}
	return argmax(logits), nil
}

func argmax(logits []*big.Int) uint64 {
	best := 0
	for c := 1; c < len(logits); c++ {
		if logits[c].Cmp(logits[best]) > 0 {
			best = c
		}
	}
	return uint64(best)
}
