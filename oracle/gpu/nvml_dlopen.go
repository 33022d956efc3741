//go:build linux && (amd64 || arm64)

package gpu

import (
	"bytes"

	"github.com/ebitengine/purego"
)

// libraryName is the NVML library the NVIDIA driver installs.
const libraryName = "libnvidia-ml.so.1"

// Buffer sizes from nvml.h: NVML_DEVICE_NAME_V2_BUFFER_SIZE, NVML_DEVICE_UUID_V2_BUFFER_SIZE and
// NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE.
const (
	nameBufferSize          = 96
	uuidBufferSize          = 96
	driverVersionBufferSize = 80
)

// dynamic is NVML loaded at run time with dlopen, as go-nvml loads it, but called without cgo: compiling
// go-nvml's C bindings printed some 150 lines of deprecation warnings on every clean build of sumkit, and
// the handful of calls here need no C compiler. Init loads the library; Shutdown unloads it.
type dynamic struct {
	path string
	lib  uintptr

	init          func() Return
	shutdown      func() Return
	getCount      func(count *uint32) Return
	getHandle     func(index uint32, device *uintptr) Return
	getName       func(device uintptr, name *byte, length uint32) Return
	getUUID       func(device uintptr, uuid *byte, length uint32) Return
	getMemory     func(device uintptr, memory *Memory) Return
	getUtil       func(device uintptr, util *Utilization) Return
	driverVersion func(version *byte, length uint32) Return
	cudaVersion   func(version *int32) Return
}

// newLibrary returns the machine's NVML, not yet loaded.
func newLibrary() Library { return &dynamic{path: libraryName} }

// Init loads the library, binds the functions List calls (the versioned ones go-nvml calls), and
// initialises NVML. A library that cannot be loaded, or lacks a function, is ERROR_LIBRARY_NOT_FOUND or
// ERROR_FUNCTION_NOT_FOUND, as in go-nvml.
func (d *dynamic) Init() Return {
	lib, err := purego.Dlopen(d.path, purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return ErrorLibraryNotFound
	}
	for _, f := range []struct {
		fptr any
		name string
	}{
		{&d.init, "nvmlInit_v2"},
		{&d.shutdown, "nvmlShutdown"},
		{&d.getCount, "nvmlDeviceGetCount_v2"},
		{&d.getHandle, "nvmlDeviceGetHandleByIndex_v2"},
		{&d.getName, "nvmlDeviceGetName"},
		{&d.getUUID, "nvmlDeviceGetUUID"},
		{&d.getMemory, "nvmlDeviceGetMemoryInfo"},
		{&d.getUtil, "nvmlDeviceGetUtilizationRates"},
		{&d.driverVersion, "nvmlSystemGetDriverVersion"},
		{&d.cudaVersion, "nvmlSystemGetCudaDriverVersion"},
	} {
		sym, err := purego.Dlsym(lib, f.name)
		if err != nil {
			purego.Dlclose(lib)
			return ErrorFunctionNotFound
		}
		purego.RegisterFunc(f.fptr, sym)
	}
	d.lib = lib
	return d.init()
}

// Shutdown shuts NVML down and unloads the library.
func (d *dynamic) Shutdown() Return {
	ret := d.shutdown()
	purego.Dlclose(d.lib)
	d.lib = 0
	return ret
}

// DeviceGetCount returns the number of devices.
func (d *dynamic) DeviceGetCount() (int, Return) {
	var n uint32
	ret := d.getCount(&n)
	return int(n), ret
}

// DeviceGetHandleByIndex returns device index.
func (d *dynamic) DeviceGetHandleByIndex(index int) (Handle, Return) {
	var h uintptr
	if ret := d.getHandle(uint32(index), &h); ret != Success {
		return nil, ret
	}
	return device{d: d, h: h}, Success
}

// SystemGetDriverVersion returns the driver's version, such as "550.54.15".
func (d *dynamic) SystemGetDriverVersion() (string, Return) {
	buf := make([]byte, driverVersionBufferSize)
	ret := d.driverVersion(&buf[0], uint32(len(buf)))
	return cString(buf), ret
}

// SystemGetCudaDriverVersion returns the newest CUDA version the driver supports, as 1000*major + 10*minor.
func (d *dynamic) SystemGetCudaDriverVersion() (int, Return) {
	var v int32
	ret := d.cudaVersion(&v)
	return int(v), ret
}

// device is a Handle of a dynamic library: nvmlDevice_t, an opaque pointer.
type device struct {
	d *dynamic
	h uintptr
}

func (v device) GetName() (string, Return) {
	buf := make([]byte, nameBufferSize)
	ret := v.d.getName(v.h, &buf[0], uint32(len(buf)))
	return cString(buf), ret
}

func (v device) GetUUID() (string, Return) {
	buf := make([]byte, uuidBufferSize)
	ret := v.d.getUUID(v.h, &buf[0], uint32(len(buf)))
	return cString(buf), ret
}

func (v device) GetMemoryInfo() (Memory, Return) {
	var m Memory
	ret := v.d.getMemory(v.h, &m)
	return m, ret
}

func (v device) GetUtilizationRates() (Utilization, Return) {
	var u Utilization
	ret := v.d.getUtil(v.h, &u)
	return u, ret
}

// cString returns the NUL-terminated string at the start of buf.
func cString(buf []byte) string {
	if i := bytes.IndexByte(buf, 0); i >= 0 {
		buf = buf[:i]
	}
	return string(buf)
}
