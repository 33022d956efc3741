// SPDX-License-Identifier: MIT

//go:build !cuda

package train

import (
	"errors"
	"strings"
	"testing"
)

func TestTrainGPUWithoutCUDA(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Device = GPU
	d := Data{Samples: [][]int64{{0}, {1}}, Labels: []uint64{0, 1}, NumFeatures: 2, NumClasses: 2}
	_, err := Train(t.Context(), cfg, d, nil)
	if !errors.Is(err, ErrNoCUDA) || !strings.Contains(err.Error(), "-tags cuda") {
		t.Fatalf("Train on the GPU without the cuda tag: error = %v, want ErrNoCUDA saying how to rebuild", err)
	}
}
