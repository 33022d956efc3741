// SPDX-License-Identifier: MIT

package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdataDir is the repository's testdata folder, seen from this package.
func testdataDir(parts ...string) string {
	return filepath.Join(append([]string{"..", "testdata"}, parts...)...)
}

// sharedDir returns ../shared (beside the project root) or skips the test when it is absent.
func sharedDir(t *testing.T, parts ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared files not found at %s (the ../shared folder beside the project root): %v; the testdata copies are tested regardless", dir, err)
	}
	return dir
}

// mustLoad loads a model from testdata/models.
func mustLoad(t testing.TB, name string) *Model {
	t.Helper()
	m, err := Load(testdataDir("models", name))
	if err != nil {
		t.Fatalf("Load(%s) error = %v", name, err)
	}
	return m
}

// wantErr checks that err is non-nil and mentions every fragment.
func wantErr(t *testing.T, err error, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("error = nil, want one mentioning %q", fragments)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error = %q, want it to mention %q", err, f)
		}
	}
}
