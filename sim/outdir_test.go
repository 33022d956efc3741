// SPDX-License-Identifier: MIT

package sim

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOutDir checks that OutDir creates nothing until a file is written, and that Discard removes what it
// wrote and the folders it made but nothing that was there before.
func TestOutDir(t *testing.T) {
	tests := map[string]struct {
		existing bool // the output folder exists already, holding old.txt
		sub      string
	}{
		"new nested folder": {sub: "a/b/c"},
		"existing folder":   {existing: true, sub: "out"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, tt.sub)
			if tt.existing {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "old.txt"), []byte("keep"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			o, err := OpenOutDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(dir); !tt.existing && err == nil {
				t.Fatalf("OpenOutDir created %s", dir)
			}
			if _, err := o.WriteFile("x.json", func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }); err != nil {
				t.Fatal(err)
			}
			boom := errors.New("boom")
			if _, err := o.WriteFile("y.csv", func(io.Writer) error { return boom }); !errors.Is(err, boom) {
				t.Fatalf("WriteFile error = %v, want boom", err)
			}
			o.Discard()
			entries, _ := os.ReadDir(root)
			switch {
			case !tt.existing && len(entries) != 0:
				t.Errorf("after Discard %s holds %d entries, want none", root, len(entries))
			case tt.existing:
				got, err := os.ReadDir(dir)
				if err != nil || len(got) != 1 || got[0].Name() != "old.txt" {
					t.Errorf("after Discard %s holds %v (%v), want only old.txt", dir, got, err)
				}
			}
		})
	}
}
