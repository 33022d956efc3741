// SPDX-License-Identifier: MIT

package dataset_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// raw returns a dense set's samples as reals: fixed point divided by model.One. For file values with at most
// 9 decimals this gives back exactly the float64 the file's text parses to.
func raw(s *dataset.Set) [][]float64 {
	out := make([][]float64, s.Len())
	for i := range s.Len() {
		x, _ := s.Sample(i)
		out[i] = make([]float64, len(x))
		for f, v := range x {
			out[i][f] = float64(v) / model.One
		}
	}
	return out
}

// meanStd returns the mean and population standard deviation of feature f over rows.
func meanStd(rows [][]float64, f int) (mean, std float64) {
	for _, r := range rows {
		mean += r[f]
	}
	mean /= float64(len(rows))
	for _, r := range rows {
		std += (r[f] - mean) * (r[f] - mean)
	}
	return mean, math.Sqrt(std / float64(len(rows)))
}

// TestStandardiseOnTrainOnly checks that the scaler is fitted on the training rows alone: its statistics are
// the training rows' (not all rows'), scaled training features have mean 0 and deviation 1, and test rows
// are scaled with the training statistics.
func TestStandardiseOnTrainOnly(t *testing.T) {
	for _, name := range []string{dataset.WDBC, dataset.Iris, dataset.TicTacToe} {
		t.Run(name, func(t *testing.T) {
			opts := dataset.Options{Root: testdataRoot, Seed: 3}
			scaled := open(t, name, opts)
			opts.Unscaled = true
			plain := open(t, name, opts)
			if plain.Scaler != nil || scaled.Scaler == nil {
				t.Fatalf("Scaler %v unscaled, %v scaled; want nil and set", plain.Scaler, scaled.Scaler)
			}
			trainRaw, testRaw := raw(plain.Train), raw(plain.Test)
			all := append(append([][]float64{}, trainRaw...), testRaw...)
			sc := scaled.Scaler
			differs := false
			for f := range int(scaled.NumFeatures) {
				mean, std := meanStd(trainRaw, f)
				if math.Abs(sc.Mean[f]-mean) > 1e-12*math.Max(1, math.Abs(mean)) ||
					math.Abs(sc.Std[f]-std) > 1e-12*math.Max(1, std) {
					t.Errorf("feature %d: scaler mean %v std %v, training rows have %v, %v", f, sc.Mean[f], sc.Std[f],
						mean, std)
				}
				if allMean, _ := meanStd(all, f); math.Abs(allMean-mean) > 1e-9 {
					differs = true
				}
				gotMean, gotStd := meanStd(raw(scaled.Train), f)
				if math.Abs(gotMean) > 1e-8 || math.Abs(gotStd-1) > 1e-8 {
					t.Errorf("feature %d: scaled training mean %v, std %v; want 0, 1", f, gotMean, gotStd)
				}
			}
			if !differs {
				t.Error("training and all-row means agree on every feature, so the test cannot tell them apart")
			}
			for i, row := range testRaw {
				want, err := sc.Transform(row)
				if err != nil {
					t.Fatal(err)
				}
				got, _ := scaled.Test.Sample(i)
				for f := range want {
					if got[f] != want[f] {
						t.Fatalf("test row %d feature %d = %d, want %d: (raw - train mean) / train std", i, f,
							got[f], want[f])
					}
				}
			}
		})
	}
}

// TestTicTacToeOneHot checks the board encoding: each of the nine cells is three features, exactly one of
// them 1.0, and the first row of the file, "x,x,x,x,o,o,x,o,o,positive", reads back.
func TestTicTacToeOneHot(t *testing.T) {
	d := open(t, dataset.TicTacToe, dataset.Options{Root: testdataRoot, Unscaled: true})
	for _, s := range []*dataset.Set{d.Train, d.Test} {
		for i := range s.Len() {
			x, _ := s.Sample(i)
			for c := range 9 {
				if x[3*c]+x[3*c+1]+x[3*c+2] != model.One || min(x[3*c], x[3*c+1], x[3*c+2]) != 0 {
					t.Fatalf("sample %d cell %d = %v, want one-hot", i, c, x[3*c:3*c+3])
				}
			}
		}
	}
	// Find the file's first row among the shuffled ones: Split says where it went.
	train, test, err := dataset.Split(958, dataset.DefaultTestFraction, 0)
	if err != nil {
		t.Fatal(err)
	}
	set, pos := d.Train, slices.Index(train, 0)
	if pos < 0 {
		set, pos = d.Test, slices.Index(test, 0)
	}
	var want []int64
	for _, cell := range strings.Split("x,x,x,x,o,o,x,o,o", ",") {
		hot := map[string]int{"x": 0, "o": 1, "b": 2}[cell]
		for k := range 3 {
			want = append(want, map[bool]int64{true: model.One}[k == hot])
		}
	}
	if x, label := set.Sample(pos); !slices.Equal(x, want) || label != 1 {
		t.Errorf("first row = (%v, %d), want (%v, 1)", x, label, want)
	}
}

func TestScalerTransform(t *testing.T) {
	s := &dataset.Scaler{Mean: []float64{1, -2}, Std: []float64{2, 1}}
	tests := map[string]struct {
		row     []float64
		want    []int64
		wantErr error
	}{
		"scaled":          {row: []float64{2, -2}, want: []int64{500_000_000, 0}},
		"negative":        {row: []float64{0, -3.5}, want: []int64{-500_000_000, -1_500_000_000}},
		"wrong dimension": {row: []float64{1}, wantErr: model.ErrWrongDimension},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := s.Transform(tt.row)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("Transform(%v) error = %v, want %v", tt.row, err, tt.wantErr)
				}
				return
			}
			if err != nil || len(got) != len(tt.want) || got[0] != tt.want[0] || got[1] != tt.want[1] {
				t.Errorf("Transform(%v) = %v, %v; want %v", tt.row, got, err, tt.want)
			}
		})
	}
	if _, err := s.Transform([]float64{math.Inf(1), 0}); err == nil {
		t.Error("Transform(+Inf) succeeded, want an error")
	}
}

// TestScalerClipsToTheDenseEntryBound checks that standardised outliers come out at +-8.0, the most a dense
// nearest centroid contract takes, and that values within it pass unchanged.
func TestScalerClipsToTheDenseEntryBound(t *testing.T) {
	s := &dataset.Scaler{Mean: []float64{10}, Std: []float64{2}}
	tests := map[string]struct {
		x    float64
		want int64
	}{
		"inside":        {13, 1_500_000_000},
		"at the bound":  {26, model.MaxAbsDenseValue},
		"far above":     {1e6, model.MaxAbsDenseValue},
		"far below":     {-1e6, -model.MaxAbsDenseValue},
		"just past low": {-6.000001, -model.MaxAbsDenseValue},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := s.Transform([]float64{tt.x})
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != tt.want {
				t.Errorf("Transform(%v) = %d, want %d", tt.x, got[0], tt.want)
			}
		})
	}
}
