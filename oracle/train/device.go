// SPDX-License-Identifier: MIT

//go:build !cuda

package train

import (
	"errors"
	"fmt"

	G "gorgonia.org/gorgonia"
)

// CUDA reports whether this binary was built with the cuda tag, so that it can train on a GPU.
const CUDA = false

// ErrNoCUDA is returned by Train for Device GPU in a binary built without the cuda build tag; the caller should
// log it and train on the CPU.
var ErrNoCUDA = errors.New("built without the cuda build tag")

// newMachine returns the tape machine that runs g on the CPU, or ErrNoCUDA for the GPU.
func newMachine(g *G.ExprGraph, device string, opts ...G.VMOpt) (G.VM, error) {
	if device == GPU {
		return nil, fmt.Errorf("device %q: this binary was %w; rebuild with -tags cuda (needs the CUDA toolkit) "+
			"or set device to %q", device, ErrNoCUDA, CPU)
	}
	return G.NewTapeMachine(g, opts...), nil
}
