// SPDX-License-Identifier: MIT

package dataset_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// testdataRoot holds the small copies CI reads; see testdata/README.md.
var testdataRoot = filepath.Join("..", "testdata", "datasets")

// sharedRoot returns the full datasets beside the repository, or skips the test when they are absent.
func sharedRoot(t *testing.T) string {
	t.Helper()
	root, err := dataset.DefaultRoot()
	if err != nil {
		t.Skipf("full datasets not found (%v); they live in ../shared/datasets beside the repository", err)
	}
	if _, err := os.Stat(root); err != nil {
		t.Skipf("full datasets not found at %s (%v): this test needs ../shared/datasets beside the repository",
			root, err)
	}
	return root
}

// imdbVocabulary loads 0xDeCA10B's IMDB vocabulary from testdata.
func imdbVocabulary(t *testing.T) *model.Vocabulary {
	t.Helper()
	v, err := model.LoadVocabulary(filepath.Join("..", "testdata", "models", "imdb.json"))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// open calls dataset.Open and fails the test on error.
func open(t *testing.T, name string, opts dataset.Options) *dataset.Dataset {
	t.Helper()
	d, err := dataset.Open(name, opts)
	if err != nil {
		t.Fatalf("Open(%q) error = %v", name, err)
	}
	return d
}

// checkSparse fails t unless every sample of s is strictly increasing and below numFeatures.
func checkSparse(t *testing.T, s *dataset.Set, numFeatures uint64) {
	t.Helper()
	for i := range s.Len() {
		x, _ := s.Sample(i)
		for j, f := range x {
			if f < 0 || uint64(f) >= numFeatures || (j > 0 && f <= x[j-1]) {
				t.Fatalf("sample %d = %v: index %d is not strictly increasing in [0, %d)", i, x, f, numFeatures)
			}
		}
	}
}

// equalSets reports whether two sets hold the same samples and labels in the same order.
func equalSets(a, b *dataset.Set) bool {
	if a.Len() != b.Len() {
		return false
	}
	for i := range a.Len() {
		x, l := a.Sample(i)
		y, m := b.Sample(i)
		if l != m || !slices.Equal(x, y) {
			return false
		}
	}
	return true
}

// classTotals returns the class counts of all the dataset's sets together.
func classTotals(d *dataset.Dataset) []int {
	total := make([]int, len(d.Classes))
	for _, s := range []*dataset.Set{d.Train, d.Valid, d.Test} {
		for c, n := range s.ClassCounts(len(d.Classes)) {
			total[c] += n
		}
	}
	return total
}
