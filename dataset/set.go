// SPDX-License-Identifier: MIT

package dataset

import (
	"fmt"
	"math"
)

// Set is a list of labelled samples. All values share one backing array and labels are 16 bits (a model has
// at most model.MaxClasses classes), so a million sparse samples of 20 indices take about 170 MB in 3
// allocations instead of a million slices. Sample returns views into that array, valid until the next
// Append; callers must not modify them. A nil *Set is empty.
type Set struct {
	values  []int64
	offsets []int // sample i is values[offsets[i]:offsets[i+1]]; len(offsets) == Len()+1
	labels  []uint16
}

// NewSet returns an empty set with room for samples samples of values values in all, so that filling it
// does not reallocate.
func NewSet(samples, values int) *Set {
	s := &Set{
		values:  make([]int64, 0, max(values, 0)),
		offsets: make([]int, 1, max(samples, 0)+1),
		labels:  make([]uint16, 0, max(samples, 0)),
	}
	return s
}

// Append adds a sample, copying x. It panics for a label above 65535, which no model's class count allows:
// that is a bug in the caller, not a data error.
func (s *Set) Append(x []int64, label uint64) {
	if label > math.MaxUint16 {
		panic(fmt.Sprintf("dataset: label %d exceeds the 65536 classes a model can have", label))
	}
	if len(s.offsets) == 0 {
		s.offsets = append(s.offsets, 0)
	}
	s.values = append(s.values, x...)
	s.offsets = append(s.offsets, len(s.values))
	s.labels = append(s.labels, uint16(label))
}

// Len returns the number of samples.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.labels)
}

// Sample returns sample i and its label. The slice is a view into the set's storage: read it, do not modify
// or append to it (its capacity ends with it, so an append copies instead of overwriting the next sample).
func (s *Set) Sample(i int) ([]int64, uint64) {
	lo, hi := s.offsets[i], s.offsets[i+1]
	return s.values[lo:hi:hi], uint64(s.labels[i])
}

// Label returns the label of sample i.
func (s *Set) Label(i int) uint64 { return uint64(s.labels[i]) }

// NumValues returns the number of values in all samples together: indices for sparse data.
func (s *Set) NumValues() int {
	if s == nil {
		return 0
	}
	return len(s.values)
}

// MaxLen returns the length of the longest sample: for sparse data, the smallest maxFeatures a model must be
// deployed with to take every sample.
func (s *Set) MaxLen() int {
	longest := 0
	for i := range s.Len() {
		longest = max(longest, s.offsets[i+1]-s.offsets[i])
	}
	return longest
}

// ClassCounts returns how many samples carry each label from 0 to numClasses-1. Labels at or above numClasses
// are not counted.
func (s *Set) ClassCounts(numClasses int) []int {
	counts := make([]int, max(numClasses, 0))
	for i := range s.Len() {
		if l := int(s.labels[i]); l < len(counts) {
			counts[l]++
		}
	}
	return counts
}

// Subset returns a new set holding the samples at the given positions, in that order, copied.
func (s *Set) Subset(indices []int) *Set {
	n := 0
	for _, i := range indices {
		n += s.offsets[i+1] - s.offsets[i]
	}
	out := NewSet(len(indices), n)
	for _, i := range indices {
		x, label := s.Sample(i)
		out.Append(x, label)
	}
	return out
}
