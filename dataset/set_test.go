// SPDX-License-Identifier: MIT

package dataset_test

import (
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

func TestSet(t *testing.T) {
	samples := []struct {
		x     []int64
		label uint64
	}{{[]int64{1, 4, 9}, 1}, {nil, 0}, {[]int64{2}, 2}, {[]int64{0, 5, 6, 7}, 1}}
	s := dataset.NewSet(2, 3) // too small on purpose: Append grows it
	for _, sm := range samples {
		s.Append(sm.x, sm.label)
	}
	if s.Len() != 4 || s.NumValues() != 8 || s.MaxLen() != 4 {
		t.Errorf("Len %d, NumValues %d, MaxLen %d; want 4, 8, 4", s.Len(), s.NumValues(), s.MaxLen())
	}
	for i, sm := range samples {
		x, label := s.Sample(i)
		if !slices.Equal(x, sm.x) || label != sm.label || s.Label(i) != sm.label {
			t.Errorf("Sample(%d) = %v, %d; want %v, %d", i, x, label, sm.x, sm.label)
		}
	}
	if got := s.ClassCounts(2); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("ClassCounts(2) = %v, want [1 2] (label 2 not counted)", got)
	}

	// Appending to a returned sample must not overwrite the next one.
	x, _ := s.Sample(0)
	_ = append(x, 99)
	if y, _ := s.Sample(1); len(y) != 0 {
		t.Fatalf("sample 1 = %v after appending to sample 0", y)
	}
	if y, _ := s.Sample(2); !slices.Equal(y, []int64{2}) {
		t.Fatalf("sample 2 = %v after appending to sample 0", y)
	}

	sub := s.Subset([]int{3, 0, 3})
	want := dataset.NewSet(0, 0)
	want.Append([]int64{0, 5, 6, 7}, 1)
	want.Append([]int64{1, 4, 9}, 1)
	want.Append([]int64{0, 5, 6, 7}, 1)
	if !equalSets(sub, want) {
		t.Error("Subset(3, 0, 3) does not hold samples 3, 0 and 3")
	}

	var zero dataset.Set
	zero.Append([]int64{3}, 0)
	if x, _ := zero.Sample(0); zero.Len() != 1 || !slices.Equal(x, []int64{3}) {
		t.Error("a zero Set does not take an Append")
	}
	var none *dataset.Set
	if none.Len() != 0 || none.NumValues() != 0 || none.MaxLen() != 0 || len(none.ClassCounts(3)) != 3 {
		t.Error("a nil Set is not empty")
	}
}

func TestSetLabelPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Append with label 65536 did not panic")
		}
	}()
	dataset.NewSet(1, 1).Append([]int64{1}, 1<<16)
}
