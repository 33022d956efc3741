//go:build !(linux && (amd64 || arm64))

package gpu

// newLibrary returns an NVML that is never found: sumkit loads libnvidia-ml only on Linux on amd64 and arm64.
func newLibrary() Library { return missing{} }

// missing is an NVML whose library cannot be loaded.
type missing struct{}

func (missing) Init() Return                                { return ErrorLibraryNotFound }
func (missing) Shutdown() Return                            { return ErrorUninitialized }
func (missing) DeviceGetCount() (int, Return)               { return 0, ErrorUninitialized }
func (missing) DeviceGetHandleByIndex(int) (Handle, Return) { return nil, ErrorUninitialized }
func (missing) SystemGetDriverVersion() (string, Return)    { return "", ErrorUninitialized }
func (missing) SystemGetCudaDriverVersion() (int, Return)   { return 0, ErrorUninitialized }
