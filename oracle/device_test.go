// SPDX-License-Identifier: MIT

package oracle

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/oracle/gpu"
	"github.com/sumkit/sumkit/oracle/train"
)

// TestTrainDevice covers both kinds of build, whichever this test binary is: a cuda build can neither train on
// the CPU nor fall back to it, a default build always can.
func TestTrainDevice(t *testing.T) {
	h100 := []gpu.Device{{Name: "NVIDIA H100 80GB HBM3"}}
	queryErr := errors.New("nvml: GPU is lost")
	tests := []struct {
		name      string
		want      string
		cudaBuild bool
		gpus      []gpu.Device
		gpuErr    error
		device    string
		fallback  string // a substring of the fallback line; empty for none
		err       string // a substring of the error; empty for none
	}{
		{name: "cpu", want: train.CPU, device: train.CPU},
		{name: "cpu with a GPU present", want: train.CPU, gpus: h100, device: train.CPU},
		{name: "gpu", want: train.GPU, cudaBuild: true, gpus: h100, device: train.GPU},
		{name: "gpu without a driver", want: train.GPU, gpuErr: fmt.Errorf("init: %w", gpu.ErrNoDriver),
			device: train.CPU, fallback: "no NVIDIA GPU found"},
		{name: "gpu with no devices", want: train.GPU, device: train.CPU, fallback: "no NVIDIA GPU found"},
		{name: "gpu query fails", want: train.GPU, gpuErr: queryErr, device: train.CPU, fallback: "GPU is lost"},
		{name: "gpu without the cuda tag", want: train.GPU, gpus: h100, device: train.CPU, fallback: "without -tags cuda"},
		{name: "cuda build asked for the cpu", want: train.CPU, cudaBuild: true, gpus: h100,
			err: "use a build without -tags cuda"},
		{name: "cuda build without a GPU", want: train.GPU, cudaBuild: true, gpuErr: gpu.ErrNoDriver,
			err: "no NVIDIA GPU found"},
		{name: "cuda build, query fails", want: train.GPU, cudaBuild: true, gpuErr: queryErr, err: "GPU is lost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			device, fallback, err := trainDevice(tt.want, tt.cudaBuild, tt.gpus, tt.gpuErr)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, errCUDABuildNeedsGPU) {
					t.Fatalf("trainDevice() = %q, %q, %v; want an error naming %q", device, fallback, err, tt.err)
				}
				return
			}
			if err != nil || device != tt.device {
				t.Fatalf("trainDevice() = %q, %v; want %q", device, err, tt.device)
			}
			if (tt.fallback == "") != (fallback == "") || !strings.Contains(fallback, tt.fallback) {
				t.Errorf("fallback = %q; want one naming %q", fallback, tt.fallback)
			}
		})
	}
}
