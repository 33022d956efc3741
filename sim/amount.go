package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
)

// Amount is an exact decimal written as a JSON number or string ("10000", 0.5, "1e3", "1/60"): a quantity
// of the config's unit, converted to wei without rounding.
type Amount struct {
	r *big.Rat
}

// NewAmount returns the amount s, a decimal or fraction as big.Rat.SetString reads it.
func NewAmount(s string) (Amount, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return Amount{}, fmt.Errorf("%q is not a number", s)
	}
	return Amount{r: r}, nil
}

// IsZero reports whether the amount is unset or zero.
func (a Amount) IsZero() bool { return a.r == nil || a.r.Sign() == 0 }

// Rat returns the amount as a fraction; zero when unset.
func (a Amount) Rat() *big.Rat {
	if a.r == nil {
		return new(big.Rat)
	}
	return new(big.Rat).Set(a.r)
}

// UnmarshalJSON reads a number or a string holding one.
func (a *Amount) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		a.r = nil
		return nil
	}
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	v, err := NewAmount(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// MarshalJSON writes the amount as a string: exact, with no float rounding.
func (a Amount) MarshalJSON() ([]byte, error) {
	if a.r == nil {
		return []byte("null"), nil
	}
	return json.Marshal(a.String())
}

// String renders the amount as an integer or a fraction.
func (a Amount) String() string {
	if a.r == nil {
		return "0"
	}
	return a.r.RatString()
}

// wei converts units of unit wei to wei, which must come out whole.
func (a Amount) wei(unit *big.Int, field string) (*big.Int, error) {
	r := a.Rat()
	r.Mul(r, new(big.Rat).SetInt(unit))
	if !r.IsInt() {
		return nil, fmt.Errorf("%s: %s units of %s wei is not a whole number of wei", field, a, unit)
	}
	return new(big.Int).Set(r.Num()), nil
}

// weiFloat converts units of unit wei to wei as a float64, for the mean and spread of a normal draw.
func (a Amount) weiFloat(unit *big.Int) float64 {
	r := a.Rat()
	f, _ := r.Mul(r, new(big.Rat).SetInt(unit)).Float64()
	return f
}
