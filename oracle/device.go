// SPDX-License-Identifier: MIT

package oracle

import (
	"errors"
	"fmt"

	"github.com/sumkit/sumkit/oracle/gpu"
	"github.com/sumkit/sumkit/oracle/train"
)

// errCUDABuildNeedsGPU is returned when a binary built with -tags cuda has no GPU to train on: gorgonia places
// operations on the GPU when it compiles a graph, so such a build cannot fall back to the CPU.
var errCUDABuildNeedsGPU = errors.New("a binary built with -tags cuda trains only on a GPU")

// trainDevice decides where an operator whose config asks for want trains, given whether this binary is a
// cuda build and what NVML found. A non-empty fallback says why a GPU request trains on the CPU instead, for
// the log.
func trainDevice(want string, cudaBuild bool, gpus []gpu.Device, gpuErr error) (device, fallback string, err error) {
	found := gpuErr == nil && len(gpus) > 0
	var missing string
	switch {
	case errors.Is(gpuErr, gpu.ErrNoDriver) || (gpuErr == nil && len(gpus) == 0):
		missing = "no NVIDIA GPU found"
	case gpuErr != nil:
		missing = fmt.Sprintf("cannot query the GPUs (%v)", gpuErr)
	}
	switch {
	case want != train.GPU && cudaBuild:
		return "", "", fmt.Errorf("device %q: %w; use a build without -tags cuda, which is also bit-deterministic",
			want, errCUDABuildNeedsGPU)
	case want != train.GPU:
		return want, "", nil
	case !found && cudaBuild:
		return "", "", fmt.Errorf("device %q: %s, and %w; run it on a machine with an NVIDIA GPU and driver, "+
			"or use a build without -tags cuda and device %q", want, missing, errCUDABuildNeedsGPU, train.CPU)
	case !found:
		return train.CPU, missing + ": training on the CPU", nil
	case !cudaBuild:
		return train.CPU, "GPUs found, but this binary was built without -tags cuda: training on the CPU", nil
	}
	return train.GPU, "", nil
}
