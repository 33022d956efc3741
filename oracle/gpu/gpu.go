// Package gpu finds the NVIDIA GPUs on this machine through NVML (the library the NVIDIA driver installs) and
// reports each one's name, memory and utilisation, so the oracle can decide whether to train on a GPU or the CPU.
//
// Everything goes through [Library], the few NVML calls used, so tests drive the code with fakes. [Local] loads
// the driver's libnvidia-ml.so.1 at run time and calls it without cgo (see nvml_dlopen.go): the default build
// compiles no C and finds the GPUs wherever the driver is installed. A machine without the driver is not an
// error case to crash on: [List] returns [ErrNoDriver] and the caller falls back to the CPU.
package gpu

import (
	"context"
	"errors"
	"fmt"
)

// ErrNoDriver is returned by [List] when NVML cannot be loaded or the NVIDIA kernel driver is not running: the
// machine has no usable NVIDIA GPU and training should run on the CPU.
var ErrNoDriver = errors.New("no NVIDIA driver found (libnvidia-ml.so.1 missing or driver not loaded)")

// Device is one GPU as NVML saw it when [List] ran.
type Device struct {
	// Index is NVML's device index, the one CUDA_VISIBLE_DEVICES and nvidia-smi use by default.
	Index int
	// Name is the product name, e.g. "NVIDIA H100 80GB HBM3".
	Name string
	// UUID identifies the GPU across reboots and index reorderings, e.g. "GPU-5d3c...".
	UUID string
	// MemoryTotal and MemoryUsed are in bytes.
	MemoryTotal uint64
	MemoryUsed  uint64
	// UtilizationGPU is the percentage of the last sample period (1/6 s to 1 s, depending on the product) in
	// which one or more kernels ran on the GPU.
	UtilizationGPU uint32
	// DriverVersion (e.g. "550.54.15") and CUDAVersion (e.g. "12.4", the newest CUDA the driver supports) are
	// system-wide: every device from one List call carries the same values. Empty when NVML cannot tell.
	DriverVersion string
	CUDAVersion   string
}

// Local lists the GPUs of this machine with the system's NVML library. See [List].
func Local(ctx context.Context) ([]Device, error) {
	return List(ctx, newLibrary())
}

// List initialises lib, queries every device it reports and shuts lib down again.
//
// It returns [ErrNoDriver] (test with errors.Is) when the library or the driver is missing. A machine with a
// driver and no GPU gives an empty list and a nil error.
//
// A device that fails a query (a GPU that has fallen off the bus answers ERROR_GPU_IS_LOST) is left out of the
// list, and List goes on with the others: it returns the devices that answered together with an error joining
// one entry per failed device, each naming the device index and the query that failed. The NVML status stays
// reachable with errors.Is, e.g. errors.Is(err, ErrorGPUIsLost). Callers that can use a partial list
// should therefore look at the devices even when err is not nil.
//
// ctx is checked between devices; NVML calls themselves cannot be interrupted.
func List(ctx context.Context, lib Library) (devices []Device, err error) {
	if ret := lib.Init(); ret != Success {
		if ret == ErrorLibraryNotFound || ret == ErrorDriverNotLoaded {
			return nil, fmt.Errorf("%w: %w", ErrNoDriver, ret)
		}
		return nil, fmt.Errorf("initialise NVML: %w", ret)
	}
	defer func() {
		if ret := lib.Shutdown(); ret != Success {
			err = errors.Join(err, fmt.Errorf("shut NVML down: %w", ret))
		}
	}()

	count, ret := lib.DeviceGetCount()
	if ret != Success {
		return nil, fmt.Errorf("count devices: %w", ret)
	}
	// The versions only decorate the listing; a driver too old to report them is no reason to fail.
	driver, ret := lib.SystemGetDriverVersion()
	if ret != Success {
		driver = ""
	}
	var cuda string
	if v, ret := lib.SystemGetCudaDriverVersion(); ret == Success {
		// NVML encodes the version as 1000*major + 10*minor.
		cuda = fmt.Sprintf("%d.%d", v/1000, v%1000/10)
	}

	var errs []error
	for i := range count {
		if err := ctx.Err(); err != nil {
			return devices, errors.Join(append(errs, err)...)
		}
		d, err := query(lib, i)
		if err != nil {
			errs = append(errs, fmt.Errorf("device %d: %w", i, err))
			continue
		}
		d.DriverVersion, d.CUDAVersion = driver, cuda
		devices = append(devices, d)
	}
	return devices, errors.Join(errs...)
}

// query reads one device's description and usage; the error names the query that failed.
func query(lib Library, index int) (Device, error) {
	d := Device{Index: index}
	dev, ret := lib.DeviceGetHandleByIndex(index)
	if ret != Success {
		return d, fmt.Errorf("get handle: %w", ret)
	}
	if d.Name, ret = dev.GetName(); ret != Success {
		return d, fmt.Errorf("name: %w", ret)
	}
	if d.UUID, ret = dev.GetUUID(); ret != Success {
		return d, fmt.Errorf("UUID: %w", ret)
	}
	mem, ret := dev.GetMemoryInfo()
	if ret != Success {
		return d, fmt.Errorf("memory info: %w", ret)
	}
	d.MemoryTotal, d.MemoryUsed = mem.Total, mem.Used
	util, ret := dev.GetUtilizationRates()
	if ret != Success {
		return d, fmt.Errorf("utilisation: %w", ret)
	}
	d.UtilizationGPU = util.GPU
	return d, nil
}
