package weights

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The canonical encoding of Weights, the bytes published in chunks under a version's weights root:
//
//	magic      4 bytes  "SKW\x01" (format version 1)
//	kind       1 byte
//	features   8 bytes  uint64 big-endian
//	classes    4 bytes  uint32 big-endian
//	hidden     4 bytes  uint32 big-endian
//	values     W1, B1, W2, B2 in that order, each value float64 (IEEE 754 bits) big-endian
//
// The lengths of W1 .. B2 follow from the header (see Weights).
const (
	magic      = "SKW\x01"
	headerSize = 4 + 1 + 8 + 4 + 4
)

// ErrMalformed is returned when bytes are not a canonical encoding of Weights.
var ErrMalformed = errors.New("malformed weights encoding")

// Encode returns the canonical encoding of w.
func Encode(w *Weights) ([]byte, error) {
	if err := w.Validate(); err != nil {
		return nil, fmt.Errorf("encode weights: %w", err)
	}
	n := len(w.W1) + len(w.B1) + len(w.W2) + len(w.B2)
	out := make([]byte, 0, headerSize+8*n)
	out = append(out, magic...)
	out = append(out, byte(w.Kind))
	out = binary.BigEndian.AppendUint64(out, uint64(w.NumFeatures))
	out = binary.BigEndian.AppendUint32(out, uint32(w.NumClasses))
	out = binary.BigEndian.AppendUint32(out, uint32(w.Hidden))
	for _, vs := range [][]float64{w.W1, w.B1, w.W2, w.B2} {
		for _, v := range vs {
			out = binary.BigEndian.AppendUint64(out, math.Float64bits(v))
		}
	}
	return out, nil
}

// Decode parses a canonical encoding and checks the weights it holds (Weights.Validate).
func Decode(data []byte) (*Weights, error) {
	if len(data) < headerSize || string(data[:4]) != magic {
		return nil, fmt.Errorf("%w: no %q header", ErrMalformed, magic)
	}
	features := binary.BigEndian.Uint64(data[5:])
	w := &Weights{
		Kind:       Kind(data[4]),
		NumClasses: int(binary.BigEndian.Uint32(data[13:])),
		Hidden:     int(binary.BigEndian.Uint32(data[17:])),
	}
	// Check the shape before sizing anything by it: the header is untrusted.
	if w.NumClasses > MaxClasses || w.Hidden > MaxHidden {
		return nil, fmt.Errorf("%w: %d classes, %d hidden units", ErrMalformed, w.NumClasses, w.Hidden)
	}
	values := uint64(len(data)-headerSize) / 8
	r := uint64((&Weights{Kind: w.Kind, NumClasses: w.NumClasses, Hidden: w.Hidden}).Rows())
	if r == 0 || features > values/r {
		return nil, fmt.Errorf("%w: %d features do not fit %d bytes", ErrMalformed, features, len(data))
	}
	w.NumFeatures = int(features)
	sizes := []int{w.NumFeatures * int(r), int(r), 0, 0}
	if w.Kind == MLP {
		sizes[2], sizes[3] = w.Hidden*w.NumClasses, w.NumClasses
	}
	want := headerSize
	for _, s := range sizes {
		want += 8 * s
	}
	if len(data) != want {
		return nil, fmt.Errorf("%w: %d bytes, want %d for this header", ErrMalformed, len(data), want)
	}
	rest := data[headerSize:]
	next := func(n int) []float64 {
		if n == 0 {
			return nil
		}
		vs := make([]float64, n)
		for i := range vs {
			vs[i] = math.Float64frombits(binary.BigEndian.Uint64(rest[8*i:]))
		}
		rest = rest[8*n:]
		return vs
	}
	w.W1, w.B1, w.W2, w.B2 = next(sizes[0]), next(sizes[1]), next(sizes[2]), next(sizes[3])
	if err := w.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return w, nil
}
