// SPDX-License-Identifier: MIT

// Command cudacheck type-checks packages as they build with -tags cuda, on a machine without the CUDA
// toolkit. A real cuda build needs cuda.h and cudnn.h for gorgonia.org/cu's cgo code, so without this the
// cuda-only files (oracle/train/device_cuda.go, gorgonia's CUDA back end) would first be compiled on a GPU
// machine. cgo is faked (types.Config.FakeImportC): packages with cgo files are checked too but their errors
// are not reported, since their C names have no types; every other package must check cleanly.
//
// Usage: go run ./scripts/cudacheck [packages]   (default ./...)
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// listed is the part of `go list -json` this command reads.
type listed struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	CgoFiles   []string
	ImportMap  map[string]string
	Standard   bool
	Error      *struct{ Err string }
}

func main() {
	patterns := os.Args[1:]
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	n, err := check(patterns, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cudacheck:", err)
		os.Exit(2)
	}
	if n > 0 {
		fmt.Fprintf(os.Stderr, "cudacheck: %d type errors with -tags cuda\n", n)
		os.Exit(1)
	}
}

// check type-checks patterns and their dependencies in dependency order, writes every reported error to w
// and returns how many there were.
func check(patterns []string, w io.Writer) (int, error) {
	pkgs, err := list(patterns)
	if err != nil {
		return 0, err
	}
	fset := token.NewFileSet()
	checked := map[string]*types.Package{"unsafe": types.Unsafe}
	var count int
	for _, p := range pkgs {
		if p.ImportPath == "unsafe" {
			continue
		}
		if p.Error != nil && !p.Standard {
			return 0, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		var files []*ast.File
		for _, name := range append(p.GoFiles, p.CgoFiles...) {
			f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.SkipObjectResolution)
			if err != nil {
				return 0, err
			}
			files = append(files, f)
		}
		report := !p.Standard && len(p.CgoFiles) == 0
		conf := types.Config{
			FakeImportC: true,
			Importer:    importer{checked, p.ImportMap},
			Error: func(err error) {
				if report {
					count++
					fmt.Fprintln(w, err)
				}
			},
		}
		// The errors went to conf.Error; a package with errors still has types for its dependants.
		pkg, _ := conf.Check(p.ImportPath, fset, files, nil)
		checked[p.ImportPath] = pkg
	}
	return count, nil
}

// list returns the packages matching patterns and all their dependencies, dependencies first.
func list(patterns []string) ([]listed, error) {
	cmd := exec.Command("go", append([]string{"list", "-e", "-deps", "-tags", "cuda", "-json"}, patterns...)...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w: %s", err, stderr.Bytes())
	}
	var pkgs []listed
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs, nil
		} else if err != nil {
			return nil, fmt.Errorf("go list output: %w", err)
		}
		pkgs = append(pkgs, p)
	}
}

// importer hands out packages already checked; go list -deps orders every import before its importer.
type importer struct {
	checked   map[string]*types.Package
	importMap map[string]string
}

func (i importer) Import(path string) (*types.Package, error) {
	if mapped, ok := i.importMap[path]; ok {
		path = mapped
	}
	if p, ok := i.checked[path]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("package %s was not listed before its importer", path)
}
