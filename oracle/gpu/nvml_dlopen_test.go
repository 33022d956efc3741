//go:build linux && (amd64 || arm64)

package gpu

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestDynamicLibrary loads a real shared library with NVML's C signatures (testdata/fakenvml.c, built here
// with the C compiler) through the same dlopen path Local takes with the driver's libnvidia-ml.so.1. What
// cannot be made real without a GPU is the GPU; the calling convention, the struct layouts and the string
// buffers are real, and List must read the library's values exactly.
func TestDynamicLibrary(t *testing.T) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Skip("no C compiler (cc) to build the stand-in NVML library")
	}
	so := filepath.Join(t.TempDir(), "libfakenvml.so")
	if out, err := exec.Command(cc, "-shared", "-fPIC", "-o", so, "testdata/fakenvml.c").CombinedOutput(); err != nil {
		t.Fatalf("build the stand-in NVML: %v\n%s", err, out)
	}
	devices, err := List(context.Background(), &dynamic{path: so})
	want := []Device{{Index: 0, Name: "NVIDIA H100 80GB HBM3", UUID: "GPU-5d3c1e2f-0000-1111-2222-333344445555",
		MemoryTotal: 85520809984, MemoryUsed: 1610612736, UtilizationGPU: 42, DriverVersion: "550.54.15",
		CUDAVersion: "12.4"}}
	if !reflect.DeepEqual(devices, want) {
		t.Errorf("List() =\n%+v\nwant\n%+v", devices, want)
	}
	if !errors.Is(err, ErrorGPUIsLost) || !strings.Contains(err.Error(), "device 1: memory info: ERROR_GPU_IS_LOST") {
		t.Errorf("List() error = %v, want device 1's lost GPU", err)
	}
}

// TestDynamicLibraryMissing checks the two ways loading fails: no library, and a library without NVML.
func TestDynamicLibraryMissing(t *testing.T) {
	tests := map[string]struct {
		path string
		want Return
	}{
		"no such library": {path: filepath.Join(t.TempDir(), "libnvidia-ml.so.1"), want: ErrorLibraryNotFound},
		"not NVML":        {path: "libc.so.6", want: ErrorFunctionNotFound},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := List(context.Background(), &dynamic{path: tt.path})
			if !errors.Is(err, tt.want) {
				t.Errorf("List() error = %v, want %v", err, tt.want)
			}
		})
	}
}
