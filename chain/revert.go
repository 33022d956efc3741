package chain

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a contract revert decoded against known ABIs.
type RevertError struct {
	// Name is the custom error's name, "Error" for require-style strings, or "Panic".
	Name string
	// Args are the error's arguments, in order, named as the contract names them.
	Args []Arg
	// Data is the raw revert data.
	Data []byte
}

// Arg is one argument of a decoded revert.
type Arg struct {
	Name  string
	Value any
}

// Error renders the revert as the contract declares it, e.g. "DepositTooLow(required: 3600, sent: 1)".
func (e *RevertError) Error() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprintf("%s: %s", a.Name, formatValue(a.Value))
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

// Arg returns the value of the argument called name, or nil.
func (e *RevertError) Arg(name string) any {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

func formatValue(v any) string {
	switch x := v.(type) {
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case [32]byte:
		return "0x" + hex.EncodeToString(x[:])
	case string:
		return fmt.Sprintf("%q", x)
	default:
		return fmt.Sprint(x)
	}
}

// PanicCode is the code of a Solidity panic, e.g. 0x11 for an arithmetic overflow and 0x12 for a division by
// zero; it prints in hex, as Solidity documents them.
type PanicCode uint64

func (c PanicCode) String() string { return fmt.Sprintf("0x%x", uint64(c)) }

// Errors decodes revert data against the custom errors of a set of contract ABIs.
type Errors struct {
	bySelector map[[4]byte]abi.Error
}

// NewErrors collects the custom errors of abis. Errors with the same selector are the same declaration.
func NewErrors(abis ...*abi.ABI) *Errors {
	e := &Errors{bySelector: make(map[[4]byte]abi.Error)}
	for _, a := range abis {
		for _, abiErr := range a.Errors {
			var sel [4]byte
			copy(sel[:], abiErr.ID[:4])
			e.bySelector[sel] = abiErr
		}
	}
	return e
}

// The selectors of Solidity's built-in reverts: require's Error(string) and Panic(uint256).
const (
	errorStringSelector = 0x08c379a0
	panicSelector       = 0x4e487b71
)

// Decode returns err with any revert data in it decoded into a *RevertError, which it wraps. Errors without
// revert data, or with data matching no known error, come back as they were (the data in hex).
func (e *Errors) Decode(err error) error {
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	if rev := e.decodeData(data); rev != nil {
		return rev
	}
	return fmt.Errorf("%w (unknown revert data 0x%x)", err, data)
}

// DecodeData decodes revert data itself, such as the reason a wrapping error carries; nil where it matches
// no known error.
func (e *Errors) DecodeData(data []byte) *RevertError { return e.decodeData(data) }

func (e *Errors) decodeData(data []byte) *RevertError {
	if len(data) < 4 {
		return nil
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch binary.BigEndian.Uint32(data[:4]) {
	case errorStringSelector:
		if reason, err := abi.UnpackRevert(data); err == nil {
			return &RevertError{Name: "Error", Args: []Arg{{Name: "reason", Value: reason}}, Data: data}
		}
		return nil
	case panicSelector:
		if len(data) == 36 {
			code := new(big.Int).SetBytes(data[4:])
			return &RevertError{Name: "Panic", Args: []Arg{{Name: "code", Value: PanicCode(code.Uint64())}}, Data: data}
		}
		return nil
	}
	if e == nil {
		return nil
	}
	abiErr, ok := e.bySelector[sel]
	if !ok {
		return nil
	}
	values, err := abiErr.Inputs.Unpack(data[4:])
	if err != nil {
		return nil
	}
	args := make([]Arg, len(values))
	for i, v := range values {
		args[i] = Arg{Name: abiErr.Inputs[i].Name, Value: v}
	}
	return &RevertError{Name: abiErr.Name, Args: args, Data: data}
}

// RevertData extracts the revert data a node attached to err, if any.
func RevertData(err error) ([]byte, bool) {
	var dataErr rpc.DataError
	if !errors.As(err, &dataErr) {
		return nil, false
	}
	switch d := dataErr.ErrorData().(type) {
	case string:
		b, decodeErr := hex.DecodeString(strings.TrimPrefix(d, "0x"))
		return b, decodeErr == nil && len(b) > 0
	case []byte:
		return d, len(d) > 0
	}
	return nil, false
}

// AsRevert reports whether err carries a decoded revert, and returns it.
func AsRevert(err error) (*RevertError, bool) {
	var rev *RevertError
	ok := errors.As(err, &rev)
	return rev, ok
}
