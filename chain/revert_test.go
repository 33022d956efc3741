package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// dataError is an error as a node returns it for a revert: a message and the revert data in hex.
type dataError struct{ data any }

func (e dataError) Error() string          { return "execution reverted" }
func (e dataError) ErrorCode() int         { return 3 }
func (e dataError) ErrorData() interface{} { return e.data }

const testABI = `[{"type":"error","name":"DepositTooLow","inputs":[{"name":"required","type":"uint256"},{"name":"sent","type":"uint256"}]},
{"type":"error","name":"UnknownContribution","inputs":[{"name":"key","type":"bytes32"}]}]`

func TestDecode(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(testABI))
	if err != nil {
		t.Fatal(err)
	}
	errs := NewErrors(&parsed)
	depositTooLow, err := parsed.Errors["DepositTooLow"].Inputs.Pack(big.NewInt(3600), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	id := parsed.Errors["DepositTooLow"].ID
	depositTooLow = append(id[:4:4], depositTooLow...)
	reason, err := abi.Arguments{{Type: mustType(t, "string")}}.Pack("too bad")
	if err != nil {
		t.Fatal(err)
	}
	requireData := append([]byte{0x08, 0xc3, 0x79, 0xa0}, reason...)
	panicData := append([]byte{0x4e, 0x48, 0x7b, 0x71}, make([]byte, 31)...)
	panicData = append(panicData, 0x11)

	tests := map[string]struct {
		err      error
		wantName string
		wantText string
	}{
		"custom error":        {dataError{hexutil.Encode(depositTooLow)}, "DepositTooLow", "DepositTooLow(required: 3600, sent: 1)"},
		"custom error, bytes": {dataError{depositTooLow}, "DepositTooLow", "DepositTooLow(required: 3600, sent: 1)"},
		"require string":      {dataError{hexutil.Encode(requireData)}, "Error", `Error(reason: "too bad")`},
		"panic":               {dataError{hexutil.Encode(panicData)}, "Panic", "Panic(code: 0x11)"},
		"wrapped":             {fmt.Errorf("add data: %w", dataError{hexutil.Encode(depositTooLow)}), "DepositTooLow", "DepositTooLow("},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := errs.Decode(tt.err)
			rev, ok := AsRevert(got)
			if !ok {
				t.Fatalf("Decode(%v) = %v, want a *RevertError", tt.err, got)
			}
			if rev.Name != tt.wantName {
				t.Errorf("Name = %q, want %q", rev.Name, tt.wantName)
			}
			if !strings.Contains(got.Error(), tt.wantText) {
				t.Errorf("Error() = %q, want it to contain %q", got.Error(), tt.wantText)
			}
		})
	}

	rev, _ := AsRevert(errs.Decode(dataError{hexutil.Encode(depositTooLow)}))
	if got := rev.Arg("required"); got.(*big.Int).Int64() != 3600 {
		t.Errorf("Arg(required) = %v, want 3600", got)
	}
	if got := rev.Arg("missing"); got != nil {
		t.Errorf("Arg(missing) = %v, want nil", got)
	}
}

func TestDecodeLeavesOtherErrors(t *testing.T) {
	errs := NewErrors()
	plain := errors.New("connection refused")
	if got := errs.Decode(plain); got != plain {
		t.Errorf("Decode(plain) = %v, want it unchanged", got)
	}
	if got := errs.Decode(nil); got != nil {
		t.Errorf("Decode(nil) = %v, want nil", got)
	}
	unknown := dataError{"0xdeadbeef"}
	got := errs.Decode(unknown)
	if _, ok := AsRevert(got); ok {
		t.Errorf("Decode(unknown selector) = %v, want no *RevertError", got)
	}
	if !errors.Is(got, unknown) || !strings.Contains(got.Error(), "0xdeadbeef") {
		t.Errorf("Decode(unknown selector) = %v, want the original error and the data in hex", got)
	}
}

func mustType(t *testing.T, name string) abi.Type {
	t.Helper()
	typ, err := abi.NewType(name, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}
