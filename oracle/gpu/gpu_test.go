package gpu

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// fakeNVML is a Library whose methods are its fields; it counts the calls List's contract is about.
type fakeNVML struct {
	InitFunc                       func() Return
	ShutdownFunc                   func() Return
	DeviceGetCountFunc             func() (int, Return)
	DeviceGetHandleByIndexFunc     func(int) (Handle, Return)
	SystemGetDriverVersionFunc     func() (string, Return)
	SystemGetCudaDriverVersionFunc func() (int, Return)

	inits, shutdowns, handles int
}

func (f *fakeNVML) Init() Return                  { f.inits++; return f.InitFunc() }
func (f *fakeNVML) Shutdown() Return              { f.shutdowns++; return f.ShutdownFunc() }
func (f *fakeNVML) DeviceGetCount() (int, Return) { return f.DeviceGetCountFunc() }
func (f *fakeNVML) DeviceGetHandleByIndex(i int) (Handle, Return) {
	f.handles++
	return f.DeviceGetHandleByIndexFunc(i)
}
func (f *fakeNVML) SystemGetDriverVersion() (string, Return) { return f.SystemGetDriverVersionFunc() }
func (f *fakeNVML) SystemGetCudaDriverVersion() (int, Return) {
	return f.SystemGetCudaDriverVersionFunc()
}

// fakeDevice is a Handle whose methods are its fields.
type fakeDevice struct {
	GetNameFunc             func() (string, Return)
	GetUUIDFunc             func() (string, Return)
	GetMemoryInfoFunc       func() (Memory, Return)
	GetUtilizationRatesFunc func() (Utilization, Return)
}

func (f *fakeDevice) GetName() (string, Return)                  { return f.GetNameFunc() }
func (f *fakeDevice) GetUUID() (string, Return)                  { return f.GetUUIDFunc() }
func (f *fakeDevice) GetMemoryInfo() (Memory, Return)            { return f.GetMemoryInfoFunc() }
func (f *fakeDevice) GetUtilizationRates() (Utilization, Return) { return f.GetUtilizationRatesFunc() }

// fakeGPU describes one fake device; fail names the query that answers failRet instead of SUCCESS.
type fakeGPU struct {
	name, uuid  string
	total, used uint64
	util        uint32
	fail        string
	failRet     Return
}

func (g fakeGPU) ret(query string) Return {
	if g.fail == query {
		return g.failRet
	}
	return Success
}

func (g fakeGPU) device() *fakeDevice {
	return &fakeDevice{
		GetNameFunc: func() (string, Return) { return g.name, g.ret("name") },
		GetUUIDFunc: func() (string, Return) { return g.uuid, g.ret("uuid") },
		GetMemoryInfoFunc: func() (Memory, Return) {
			return Memory{Total: g.total, Used: g.used, Free: g.total - g.used}, g.ret("memory")
		},
		GetUtilizationRatesFunc: func() (Utilization, Return) {
			return Utilization{GPU: g.util, Memory: g.util / 2}, g.ret("util")
		},
	}
}

// fakeLib is a fake NVML with the given devices whose Init and DeviceGetCount answer initRet and countRet.
func fakeLib(initRet, countRet Return, gpus ...fakeGPU) *fakeNVML {
	return &fakeNVML{
		InitFunc:     func() Return { return initRet },
		ShutdownFunc: func() Return { return Success },
		DeviceGetCountFunc: func() (int, Return) {
			return len(gpus), countRet
		},
		DeviceGetHandleByIndexFunc: func(i int) (Handle, Return) {
			if g := gpus[i]; g.fail == "handle" {
				return nil, g.failRet
			}
			return gpus[i].device(), Success
		},
		SystemGetDriverVersionFunc:     func() (string, Return) { return "550.54.15", Success },
		SystemGetCudaDriverVersionFunc: func() (int, Return) { return 12040, Success },
	}
}

var (
	h100 = fakeGPU{name: "NVIDIA H100 80GB HBM3", uuid: "GPU-aaaa", total: 80 << 30, used: 3 << 29, util: 42}
	a10  = fakeGPU{name: "NVIDIA A10", uuid: "GPU-bbbb", total: 24 << 30, used: 0, util: 0}
)

func TestList(t *testing.T) {
	lost := a10
	lost.fail, lost.failRet = "memory", ErrorGPUIsLost
	noHandle := a10
	noHandle.fail, noHandle.failRet = "handle", ErrorUnknown

	tests := map[string]struct {
		lib         *fakeNVML
		wantIndexes []int
		wantErrIs   []error
		wantErrText []string
		wantInits   int
		// wantShutdown: Shutdown must follow every successful Init and only those.
		wantShutdown int
	}{
		"two devices": {
			lib:          fakeLib(Success, Success, h100, a10),
			wantIndexes:  []int{0, 1},
			wantInits:    1,
			wantShutdown: 1,
		},
		"driver but no device": {
			lib:          fakeLib(Success, Success),
			wantInits:    1,
			wantShutdown: 1,
		},
		"no library": {
			lib:         fakeLib(ErrorLibraryNotFound, Success, h100),
			wantErrIs:   []error{ErrNoDriver, ErrorLibraryNotFound},
			wantInits:   1,
			wantErrText: []string{"ERROR_LIBRARY_NOT_FOUND"},
		},
		"driver not loaded": {
			lib:       fakeLib(ErrorDriverNotLoaded, Success, h100),
			wantErrIs: []error{ErrNoDriver, ErrorDriverNotLoaded},
			wantInits: 1,
		},
		"init fails otherwise": {
			lib:         fakeLib(ErrorNoPermission, Success, h100),
			wantErrIs:   []error{ErrorNoPermission},
			wantErrText: []string{"initialise NVML"},
			wantInits:   1,
		},
		"count fails": {
			lib:          fakeLib(Success, ErrorUnknown, h100),
			wantErrIs:    []error{ErrorUnknown},
			wantErrText:  []string{"count devices"},
			wantInits:    1,
			wantShutdown: 1,
		},
		"device lost mid-query": {
			lib:          fakeLib(Success, Success, h100, lost, h100),
			wantIndexes:  []int{0, 2},
			wantErrIs:    []error{ErrorGPUIsLost},
			wantErrText:  []string{"device 1: memory info: ERROR_GPU_IS_LOST"},
			wantInits:    1,
			wantShutdown: 1,
		},
		"two devices fail": {
			lib:          fakeLib(Success, Success, noHandle, h100, lost),
			wantIndexes:  []int{1},
			wantErrIs:    []error{ErrorGPUIsLost, ErrorUnknown},
			wantErrText:  []string{"device 0: get handle", "device 2: memory info"},
			wantInits:    1,
			wantShutdown: 1,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			devices, err := List(context.Background(), tt.lib)

			var gotIndexes []int
			for _, d := range devices {
				gotIndexes = append(gotIndexes, d.Index)
			}
			if !reflect.DeepEqual(gotIndexes, tt.wantIndexes) {
				t.Errorf("List() device indexes = %v, want %v", gotIndexes, tt.wantIndexes)
			}
			if len(tt.wantErrIs) == 0 && err != nil {
				t.Errorf("List() error = %v, want nil", err)
			}
			for _, target := range tt.wantErrIs {
				if !errors.Is(err, target) {
					t.Errorf("List() error = %v, want errors.Is %v", err, target)
				}
			}
			for _, text := range tt.wantErrText {
				if err == nil || !strings.Contains(err.Error(), text) {
					t.Errorf("List() error = %v, want it to contain %q", err, text)
				}
			}
			if got := tt.lib.inits; got != tt.wantInits {
				t.Errorf("Init called %d times, want %d", got, tt.wantInits)
			}
			if got := tt.lib.shutdowns; got != tt.wantShutdown {
				t.Errorf("Shutdown called %d times, want %d", got, tt.wantShutdown)
			}
		})
	}
}

func TestListFields(t *testing.T) {
	devices, err := List(context.Background(), fakeLib(Success, Success, h100, a10))
	if err != nil {
		t.Fatalf("List() error = %v", err)
	}
	want := []Device{
		{Index: 0, Name: h100.name, UUID: h100.uuid, MemoryTotal: h100.total, MemoryUsed: h100.used,
			UtilizationGPU: h100.util, DriverVersion: "550.54.15", CUDAVersion: "12.4"},
		{Index: 1, Name: a10.name, UUID: a10.uuid, MemoryTotal: a10.total, MemoryUsed: a10.used,
			UtilizationGPU: a10.util, DriverVersion: "550.54.15", CUDAVersion: "12.4"},
	}
	if !reflect.DeepEqual(devices, want) {
		t.Errorf("List() =\n%+v\nwant\n%+v", devices, want)
	}
}

func TestListVersionsUnavailable(t *testing.T) {
	lib := fakeLib(Success, Success, h100)
	lib.SystemGetDriverVersionFunc = func() (string, Return) { return "", ErrorNotSupported }
	lib.SystemGetCudaDriverVersionFunc = func() (int, Return) { return 0, ErrorFunctionNotFound }
	devices, err := List(context.Background(), lib)
	if err != nil {
		t.Fatalf("List() error = %v, want nil: versions are optional", err)
	}
	if len(devices) != 1 || devices[0].DriverVersion != "" || devices[0].CUDAVersion != "" {
		t.Errorf("List() = %+v, want one device with empty versions", devices)
	}
}

func TestListShutdownError(t *testing.T) {
	lib := fakeLib(Success, Success, h100)
	lib.ShutdownFunc = func() Return { return ErrorUnknown }
	devices, err := List(context.Background(), lib)
	if len(devices) != 1 {
		t.Errorf("List() returned %d devices, want 1", len(devices))
	}
	if !errors.Is(err, ErrorUnknown) || !strings.Contains(err.Error(), "shut NVML down") {
		t.Errorf("List() error = %v, want the shutdown failure", err)
	}
}

func TestListCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	lib := fakeLib(Success, Success, h100, a10)
	devices, err := List(ctx, lib)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("List() error = %v, want context.Canceled", err)
	}
	if len(devices) != 0 || lib.handles != 0 {
		t.Errorf("List() queried %d devices after cancellation", lib.handles)
	}
	if got := lib.shutdowns; got != 1 {
		t.Errorf("Shutdown called %d times, want 1", got)
	}
}

// TestLocal runs against this machine's NVML: a machine without an NVIDIA driver must give ErrNoDriver, one with
// a driver a list whose entries are filled in.
func TestLocal(t *testing.T) {
	devices, err := Local(context.Background())
	if errors.Is(err, ErrNoDriver) {
		t.Logf("no NVIDIA driver on this machine: %v", err)
		return
	}
	if err != nil {
		t.Fatalf("Local() error = %v, want nil or ErrNoDriver", err)
	}
	for _, d := range devices {
		if d.Name == "" || !strings.HasPrefix(d.UUID, "GPU-") || d.MemoryTotal == 0 || d.MemoryUsed > d.MemoryTotal ||
			d.UtilizationGPU > 100 {
			t.Errorf("Local() device %+v has an empty or impossible field", d)
		}
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, devices); err != nil {
		t.Fatalf("WriteTable() error = %v", err)
	}
	t.Logf("%d device(s):\n%s", len(devices), buf.String())
}

func TestWriteTable(t *testing.T) {
	devices, err := List(context.Background(), fakeLib(Success, Success, h100, a10))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, devices); err != nil {
		t.Fatalf("WriteTable() error = %v", err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("WriteTable() wrote %d lines, want version line, header and 2 rows:\n%s", len(lines), buf.String())
	}
	if lines[0] != "driver 550.54.15, CUDA 12.4" {
		t.Errorf("version line = %q", lines[0])
	}
	// h100 uses 1.5 of 80 GiB.
	for i, want := range [][]string{
		{"INDEX", "NAME", "MEMORY", "UTIL", "UUID"},
		{"0", "NVIDIA H100 80GB HBM3", "1.5 / 80.0", "42%", "GPU-aaaa"},
		{"1", "NVIDIA A10", "0.0 / 24.0", "0%", "GPU-bbbb"},
	} {
		for _, cell := range want {
			if !strings.Contains(lines[i+1], cell) {
				t.Errorf("line %d = %q, want it to contain %q", i+1, lines[i+1], cell)
			}
		}
	}
	// The columns line up: every row starts its name column at the header's NAME.
	col := strings.Index(lines[1], "NAME")
	for _, l := range lines[2:] {
		if l[col-1] != ' ' || l[col] == ' ' {
			t.Errorf("row %q does not start its name at column %d", l, col)
		}
	}
}

func TestWriteTableEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTable(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "no NVIDIA GPU found\n" {
		t.Errorf("WriteTable(nil) = %q", got)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteTableWriteError(t *testing.T) {
	devices, _ := List(context.Background(), fakeLib(Success, Success, h100))
	devices[0].DriverVersion, devices[0].CUDAVersion = "", ""
	if err := WriteTable(failWriter{}, devices); err == nil {
		t.Error("WriteTable() to a failing writer returned nil, want the write error")
	}
}
