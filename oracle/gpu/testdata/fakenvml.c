// A stand-in for the driver's libnvidia-ml.so.1 with NVML's C signatures, for TestDynamicLibrary: two
// devices, the second of which has fallen off the bus when its memory is read. It checks its arguments the
// way NVML does, so a wrong buffer size or handle from the Go side shows as an error.
#include <string.h>

typedef int nvmlReturn_t;
typedef struct { unsigned long long total, free, used; } nvmlMemory_t;
typedef struct { unsigned int gpu, memory; } nvmlUtilization_t;
typedef struct { const char *name, *uuid; unsigned long long total, used; unsigned int util; int lost; } dev_t_;
typedef dev_t_ *nvmlDevice_t;

static dev_t_ devs[2] = {
	{"NVIDIA H100 80GB HBM3", "GPU-5d3c1e2f-0000-1111-2222-333344445555", 85520809984ULL, 1610612736ULL, 42, 0},
	{"NVIDIA A10", "GPU-bbbb", 25769803776ULL, 0, 0, 1},
};
static int initialised;

static nvmlReturn_t copy(char *dst, unsigned int len, const char *src) {
	if (!dst) return 2;                  /* NVML_ERROR_INVALID_ARGUMENT */
	if (strlen(src) + 1 > len) return 7; /* NVML_ERROR_INSUFFICIENT_SIZE */
	strcpy(dst, src);
	return 0;
}
static int valid(nvmlDevice_t d) { return d == &devs[0] || d == &devs[1]; }

nvmlReturn_t nvmlInit_v2(void) { initialised++; return 0; }
nvmlReturn_t nvmlShutdown(void) { if (!initialised) return 1; initialised--; return 0; }
nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *n) { if (!initialised) return 1; *n = 2; return 0; }
nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int i, nvmlDevice_t *d) {
	if (!initialised) return 1;
	if (i >= 2) return 2;
	*d = &devs[i];
	return 0;
}
nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t d, char *name, unsigned int len) {
	return valid(d) ? copy(name, len, d->name) : 2;
}
nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t d, char *uuid, unsigned int len) {
	return valid(d) ? copy(uuid, len, d->uuid) : 2;
}
nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t d, nvmlMemory_t *m) {
	if (!valid(d)) return 2;
	if (d->lost) return 15; /* NVML_ERROR_GPU_IS_LOST */
	m->total = d->total; m->used = d->used; m->free = d->total - d->used;
	return 0;
}
nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t d, nvmlUtilization_t *u) {
	if (!valid(d)) return 2;
	u->gpu = d->util; u->memory = d->util / 2;
	return 0;
}
nvmlReturn_t nvmlSystemGetDriverVersion(char *v, unsigned int len) { return copy(v, len, "550.54.15"); }
nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *v) { *v = 12040; return 0; }
