// SPDX-License-Identifier: MIT

package quality_test

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/quality"
)

func TestDetectionAUC(t *testing.T) {
	for _, tc := range []struct {
		name    string
		values  []float64
		flagged []bool
		want    float64
	}{
		{"flagged lowest", []float64{-1, 0.5, -2, 3}, []bool{true, false, true, false}, 1},
		{"flagged highest", []float64{-1, 0.5, -2, 3}, []bool{false, true, false, true}, 0},
		{"all tied", []float64{1, 1, 1, 1}, []bool{true, false, false, true}, 0.5},
		// Pairs (flagged value, clean value): (1,1) tie ½, (1,2) below 1, (3,1) and (3,2) above 0: 1.5/4.
		{"mixed", []float64{1, 1, 2, 3}, []bool{false, true, false, true}, 0.375},
		// Flagged 2 ties clean 2 (½) and is below clean 5 (1): 3/4.
		{"tie counts half", []float64{2, 2, 5}, []bool{true, false, false}, 0.75},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := quality.DetectionAUC(tc.values, tc.flagged)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("AUC = %v, want %v", got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name    string
		values  []float64
		flagged []bool
	}{
		{"lengths differ", []float64{1, 2}, []bool{true}},
		{"none flagged", []float64{1, 2}, []bool{false, false}},
		{"all flagged", []float64{1, 2}, []bool{true, true}},
		{"NaN", []float64{math.NaN(), 2}, []bool{true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := quality.DetectionAUC(tc.values, tc.flagged); !errors.Is(err, quality.ErrInput) {
				t.Errorf("error = %v, want ErrInput", err)
			}
		})
	}
}

// TestDetectionAUCBruteForce checks the rank formula against counting every pair.
func TestDetectionAUCBruteForce(t *testing.T) {
	values := []float64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9}
	flagged := []bool{true, false, false, true, false, true, true, false, false, true, false, false, true, false, false}
	var wins float64
	var pairs int
	for i := range values {
		for j := range values {
			if !flagged[i] || flagged[j] {
				continue
			}
			pairs++
			switch {
			case values[i] < values[j]:
				wins++
			case values[i] == values[j]:
				wins += 0.5
			}
		}
	}
	got, err := quality.DetectionAUC(values, flagged)
	if err != nil {
		t.Fatal(err)
	}
	if want := wins / float64(pairs); got != want {
		t.Errorf("AUC = %v, pair count gives %v", got, want)
	}
}

func TestPointRemoval(t *testing.T) {
	// An additive game: u(S) is the sum of its players' weights, which are also their values.
	w := []float64{5, -1, 3, 0, 2, 8, -4, 1, 7, 6}
	g := valuation.Func{N: len(w), F: func(s []int) float64 {
		var t float64
		for _, p := range s {
			t += w[p]
		}
		return t
	}}
	r, err := quality.PointRemoval(context.Background(), g, w, []float64{0, 0.1, 0.2, 0.3})
	if err != nil {
		t.Fatal(err)
	}
	want := quality.Removal{
		Fractions:   []float64{0, 0.1, 0.2, 0.3},
		Removed:     []int{0, 1, 2, 3},
		Full:        27,
		HighRemoved: []float64{27, 19, 12, 6},
		LowRemoved:  []float64{27, 31, 32, 32},
	}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("removal = %+v\nwant      %+v", r, want)
	}
	for _, bad := range []struct {
		name              string
		values, fractions []float64
	}{
		{"too few values", w[:3], []float64{0.1}},
		{"fraction 1", w, []float64{1}},
		{"negative fraction", w, []float64{-0.1}},
	} {
		t.Run(bad.name, func(t *testing.T) {
			if _, err := quality.PointRemoval(context.Background(), g, bad.values, bad.fractions); !errors.Is(err, quality.ErrInput) {
				t.Errorf("error = %v, want ErrInput", err)
			}
		})
	}
}

func TestFlipLabels(t *testing.T) {
	for _, tc := range []struct {
		name    string
		classes int
	}{{"two classes", 2}, {"three classes", 3}} {
		t.Run(tc.name, func(t *testing.T) {
			set := dataset.NewSet(100, 100)
			for i := range 100 {
				set.Append([]int64{int64(i)}, uint64(i%tc.classes))
			}
			noisy, flipped, err := quality.FlipLabels(set, tc.classes, 0.1, 4)
			if err != nil {
				t.Fatal(err)
			}
			count := 0
			for i := range 100 {
				x, y := set.Sample(i)
				nx, ny := noisy.Sample(i)
				if !slices.Equal(x, nx) {
					t.Fatalf("sample %d changed: %v to %v", i, x, nx)
				}
				if flipped[i] {
					count++
				}
				if (y != ny) != flipped[i] || ny >= uint64(tc.classes) {
					t.Errorf("sample %d: label %d became %d, flipped %v", i, y, ny, flipped[i])
				}
			}
			if count != 10 {
				t.Errorf("%d flipped, want 10", count)
			}
			again, flippedAgain, err := quality.FlipLabels(set, tc.classes, 0.1, 4)
			if err != nil || !reflect.DeepEqual(again, noisy) || !slices.Equal(flipped, flippedAgain) {
				t.Error("the same seed flipped differently")
			}
		})
	}
	set := dataset.NewSet(1, 1)
	set.Append([]int64{0}, 5)
	for _, tc := range []struct {
		name     string
		classes  int
		fraction float64
	}{{"one class", 1, 0.1}, {"fraction above 1", 2, 1.5}, {"NaN fraction", 2, math.NaN()}, {"label beyond classes", 2, 0.5}} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := quality.FlipLabels(set, tc.classes, tc.fraction, 1); !errors.Is(err, quality.ErrInput) {
				t.Errorf("error = %v, want ErrInput", err)
			}
		})
	}
}
