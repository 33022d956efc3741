// SPDX-License-Identifier: MIT

//go:build cuda

package train

import (
	"errors"
	"fmt"

	"gorgonia.org/cu"
	G "gorgonia.org/gorgonia"
)

// CUDA reports whether this binary was built with the cuda tag, so that it can train on a GPU.
const CUDA = true

// ErrNoCUDA is returned by Train for Device GPU when no CUDA device can be used; the caller should log it and
// train on the CPU.
var ErrNoCUDA = errors.New("no usable CUDA device")

// errCPUInCUDABuild is returned for Device CPU in a cuda build, where gorgonia cannot keep work off the GPU.
var errCPUInCUDABuild = errors.New("device cpu in a cuda build")

// newMachine returns the tape machine that runs g on CUDA device 0. Gorgonia v0.9.18's cuda build has no
// per-machine device option: when it compiles g, every operation with a CUDA kernel goes to device 0 and the
// rest stays on the CPU, so this only checks that there is a device. Gorgonia panics when it cannot set up
// the device (a context, or its memory); that becomes an error here, since the caller can still stop cleanly.
func newMachine(g *G.ExprGraph, device string, opts ...G.VMOpt) (vm G.VM, err error) {
	if device != GPU {
		return nil, fmt.Errorf("device %q: %w: gorgonia runs its CUDA operations on the GPU in this build, "+
			"which is not bit-deterministic; use a build without -tags cuda for CPU training", device,
			errCPUInCUDABuild)
	}
	count, err := cu.NumDevices()
	if err != nil {
		return nil, fmt.Errorf("device %q: count CUDA devices: %w: %w", device, err, ErrNoCUDA)
	}
	if count == 0 {
		return nil, fmt.Errorf("device %q: the CUDA driver reports no devices: %w", device, ErrNoCUDA)
	}
	defer func() {
		if r := recover(); r != nil {
			vm, err = nil, fmt.Errorf("device %q: set up CUDA device 0: %v: %w", device, r, ErrNoCUDA)
		}
	}()
	return G.NewTapeMachine(g, opts...), nil
}
