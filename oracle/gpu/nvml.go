package gpu

import "fmt"

// Return is an NVML status code, nvmlReturn_t, with NVML's values. A failed query's error wraps it, so that
// errors.Is(err, ErrorGPUIsLost) tells a lost GPU from other failures.
type Return int32

// The NVML status codes List and its callers tell apart; any other code is still a Return.
const (
	Success               Return = 0
	ErrorUninitialized    Return = 1
	ErrorInvalidArgument  Return = 2
	ErrorNotSupported     Return = 3
	ErrorNoPermission     Return = 4
	ErrorNotFound         Return = 6
	ErrorInsufficientSize Return = 7
	ErrorDriverNotLoaded  Return = 9
	ErrorLibraryNotFound  Return = 12
	ErrorFunctionNotFound Return = 13
	ErrorGPUIsLost        Return = 15
	ErrorUnknown          Return = 999
)

// returnNames are nvml.h's names for the codes above.
var returnNames = map[Return]string{
	Success:               "SUCCESS",
	ErrorUninitialized:    "ERROR_UNINITIALIZED",
	ErrorInvalidArgument:  "ERROR_INVALID_ARGUMENT",
	ErrorNotSupported:     "ERROR_NOT_SUPPORTED",
	ErrorNoPermission:     "ERROR_NO_PERMISSION",
	ErrorNotFound:         "ERROR_NOT_FOUND",
	ErrorInsufficientSize: "ERROR_INSUFFICIENT_SIZE",
	ErrorDriverNotLoaded:  "ERROR_DRIVER_NOT_LOADED",
	ErrorLibraryNotFound:  "ERROR_LIBRARY_NOT_FOUND",
	ErrorFunctionNotFound: "ERROR_FUNCTION_NOT_FOUND",
	ErrorGPUIsLost:        "ERROR_GPU_IS_LOST",
	ErrorUnknown:          "ERROR_UNKNOWN",
}

// Error returns nvml.h's name for r, such as "ERROR_GPU_IS_LOST", or its number.
func (r Return) Error() string {
	if name, ok := returnNames[r]; ok {
		return name
	}
	return fmt.Sprintf("NVML error %d", int32(r))
}

// Memory is nvmlMemory_t: a device's memory in bytes. Its layout is the C struct's.
type Memory struct {
	Total, Free, Used uint64
}

// Utilization is nvmlUtilization_t: the percentage of the last sample period in which kernels ran (GPU) and
// memory was read or written (Memory). Its layout is the C struct's.
type Utilization struct {
	GPU, Memory uint32
}

// Library is the part of NVML that List uses, named as in NVML's C API without the nvml prefix. Local gives
// List the machine's libnvidia-ml; tests give it fakes.
type Library interface {
	Init() Return
	Shutdown() Return
	DeviceGetCount() (int, Return)
	DeviceGetHandleByIndex(index int) (Handle, Return)
	SystemGetDriverVersion() (string, Return)
	// SystemGetCudaDriverVersion returns the newest CUDA version the driver supports, as 1000*major + 10*minor.
	SystemGetCudaDriverVersion() (int, Return)
}

// Handle is one device of a Library.
type Handle interface {
	GetName() (string, Return)
	GetUUID() (string, Return)
	GetMemoryInfo() (Memory, Return)
	GetUtilizationRates() (Utilization, Return)
}
