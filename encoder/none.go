// SPDX-License-Identifier: MIT

package encoder

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// None takes text that already is a sample: base-10 int64 values separated by commas, whitespace or both,
// such as "1, 5, 42" or "377964473 0 -12". Sparse models read them as feature indices, dense ones as
// fixed-point values (1000000000 is 1.0). An empty text is an empty sample. Its spec is "none".
type None struct {
	cfg *config
}

// NewNone returns the none encoder. It is the only encoder that takes WithDimension, for dense models.
func NewNone(opts ...Option) (*None, error) {
	c, err := newConfig(opts)
	if err != nil {
		return nil, fmt.Errorf("%s encoder: %w", NameNone, err)
	}
	if c.vocab != nil {
		return nil, fmt.Errorf("%s encoder: %s takes no vocabulary: %w", NameNone, NameNone, ErrInvalidSpec)
	}
	return &None{cfg: c}, nil
}

// Name returns NameNone.
func (e *None) Name() string { return NameNone }

// Spec returns "none".
func (e *None) Spec() string { return NameNone }

// Encode parses text into a sample. An error wrapping ErrInvalidNumber names the first bad token and its
// position in the sample.
func (e *None) Encode(text string) ([]int64, error) {
	sample, _, err := e.EncodeReport(text)
	return sample, err
}

// EncodeReport is Encode with a Report; the none encoder drops no tokens.
func (e *None) EncodeReport(text string) ([]int64, Report, error) {
	tokens, err := numberTokens(text)
	if err != nil {
		return nil, Report{}, fmt.Errorf("%s: %w", NameNone, err)
	}
	r := Report{Tokens: len(tokens)}
	sample := make([]int64, len(tokens))
	for i, t := range tokens {
		v, err := strconv.ParseInt(t, 10, 64)
		if err == nil {
			sample[i] = v
			continue
		}
		why := "is not a base-10 integer"
		switch {
		case errors.Is(err, strconv.ErrRange):
			why = "is outside int64"
		case strings.ContainsAny(t, ".eE"):
			why = "is not an integer (dense values are fixed point: 1.5 is 1500000000)"
		}
		return nil, r, fmt.Errorf("%s: sample[%d] %q %s: %w", NameNone, i, t, why, ErrInvalidNumber)
	}
	sample, err = e.cfg.finish(NameNone, sample, &r)
	if err != nil {
		return nil, r, err
	}
	return sample, r, nil
}

// numberTokens splits text on commas and whitespace. A comma with no value before or after it (",5", "5,",
// "1,,2") is an error: a value was probably left out.
func numberTokens(text string) ([]string, error) {
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	parts := strings.Split(text, ",")
	var out []string
	for i, p := range parts {
		fields := strings.Fields(p)
		if len(fields) == 0 {
			switch {
			case i == 0:
				return nil, fmt.Errorf("the text starts with a comma: %w", ErrInvalidNumber)
			case i == len(parts)-1:
				return nil, fmt.Errorf("the text ends with a comma: %w", ErrInvalidNumber)
			}
			return nil, fmt.Errorf("two commas with no value between them after sample[%d] %q: %w", len(out)-1,
				out[len(out)-1], ErrInvalidNumber)
		}
		out = append(out, fields...)
	}
	return out, nil
}
