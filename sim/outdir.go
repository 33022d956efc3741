// SPDX-License-Identifier: MIT

package sim

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
)

// OutDir is the folder a run or a sweep writes its files to. OpenOutDir checks it before the work starts
// but creates nothing; the folder is made by the first file written, and Discard removes what was written
// and the folders that were made, so a failed run leaves nothing behind, not even an empty folder.
type OutDir struct {
	dir     string
	created []string // folders made here, outermost first
	files   []string
}

// OpenOutDir checks that dir can hold a run's files: that it is a folder, or that the nearest part of its
// path that exists is one. It creates nothing.
func OpenOutDir(dir string) (*OutDir, error) {
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		switch {
		case err == nil && fi.IsDir():
			return &OutDir{dir: dir}, nil
		case err == nil:
			return nil, fmt.Errorf("output folder %s: %s is a file, not a folder; choose another --out", dir, p)
		case !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
			return nil, fmt.Errorf("output folder %s: %w", dir, err)
		}
		if filepath.Dir(p) == p {
			return &OutDir{dir: dir}, nil
		}
	}
}

// Path returns the path of name inside the folder.
func (o *OutDir) Path(name string) string { return filepath.Join(o.dir, name) }

// Make creates the folder and any missing parents, remembering which it made for Discard.
func (o *OutDir) Make() error {
	var missing []string
	for p := filepath.Clean(o.dir); ; p = filepath.Dir(p) {
		if _, err := os.Stat(p); err == nil || filepath.Dir(p) == p {
			break
		}
		missing = append(missing, p)
	}
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return fmt.Errorf("create output folder: %w", err)
	}
	slices.Reverse(missing)
	o.created = append(o.created, missing...)
	return nil
}

// Keep records files written into the folder by others (a plot writer, say), for Discard.
func (o *OutDir) Keep(paths ...string) { o.files = append(o.files, paths...) }

// WriteFile makes the folder if need be, then creates name in it and fills it with write. It returns the
// file's path.
func (o *OutDir) WriteFile(name string, write func(io.Writer) error) (string, error) {
	if err := o.Make(); err != nil {
		return "", err
	}
	path := o.Path(name)
	f, err := os.Create(path)
	if err != nil {
		return "", fmt.Errorf("create %s: %w", path, err)
	}
	o.files = append(o.files, path)
	if err := write(f); err != nil {
		f.Close()
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return path, nil
}

// Discard removes the files written and then the folders Make created, innermost first. A folder that
// holds anything else is left alone, so nothing that was there before is lost.
func (o *OutDir) Discard() {
	for _, f := range o.files {
		os.Remove(f)
	}
	for _, d := range slices.Backward(o.created) {
		os.Remove(d)
	}
	o.files, o.created = nil, nil
}
