package gpu

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// gib is the number of bytes in a GiB, the unit nvidia-smi's users think in.
const gib = 1 << 30

// WriteTable writes devices to w as an aligned table with one row per device: index, name, memory used and
// total in GiB, GPU utilisation, and UUID. A line with the driver and CUDA versions comes first when the
// devices carry them. With no devices it writes a single line saying so, so the output is never empty.
func WriteTable(w io.Writer, devices []Device) error {
	if len(devices) == 0 {
		_, err := fmt.Fprintln(w, "no NVIDIA GPU found")
		return err
	}
	if d := devices[0]; d.DriverVersion != "" || d.CUDAVersion != "" {
		if _, err := fmt.Fprintf(w, "driver %s, CUDA %s\n", orUnknown(d.DriverVersion), orUnknown(d.CUDAVersion)); err != nil {
			return err
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tNAME\tMEMORY (GiB)\tUTIL\tUUID")
	for _, d := range devices {
		fmt.Fprintf(tw, "%d\t%s\t%.1f / %.1f\t%d%%\t%s\n", d.Index, d.Name,
			float64(d.MemoryUsed)/gib, float64(d.MemoryTotal)/gib, d.UtilizationGPU, d.UUID)
	}
	// tabwriter buffers everything and reports the first write error on Flush.
	return tw.Flush()
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
