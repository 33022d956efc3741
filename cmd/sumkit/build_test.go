package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// cleanCgo are the third-party packages with C code that sumkit compiles, each checked to compile without a
// warning under go's default CGO_CFLAGS (GOCACHE=$(mktemp -d) go build ./cmd/sumkit prints nothing). A new one
// must be checked the same way before it joins the list.
var cleanCgo = []string{
	"github.com/DataDog/zstd",
	"github.com/cockroachdb/pebble/internal/manual",
	"github.com/cockroachdb/pebble/v2/internal/manual",
	"github.com/ebitengine/purego/internal/cgo",
	"github.com/ethereum/go-ethereum/crypto/secp256k1",
}

// TestBuildQuiet checks the mechanism that keeps the README's first `go run ./cmd/sumkit` free of compiler
// noise: no package whose C code warns is compiled. go-nvml's bindings printed 147 lines of deprecation
// warnings on a clean build; oracle/gpu now calls NVML without cgo. The build itself is too slow to run here.
func TestBuildQuiet(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if and (not .Standard) .CgoFiles}}{{.ImportPath}}{{end}}",
		".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if !slices.Contains(cleanCgo, pkg) {
			t.Errorf("sumkit compiles the C code of %s: check that a clean build prints no warnings for it, then "+
				"add it to cleanCgo", pkg)
		}
	}
}
