// SPDX-License-Identifier: MIT

package modelgame_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/modelgame"
)

// newGame builds the game of a case or fails the test.
func newGame(t testing.TB, c kindCase) *modelgame.Utility {
	t.Helper()
	u, err := modelgame.New(c.initial, c.train, c.test)
	if err != nil {
		t.Fatalf("New(%s) error = %v", c.name, err)
	}
	return u
}

// TestWalkerMatchesRetraining is the walker's property test: along random orders of random coalitions, every
// utility a walker returns equals, bit for bit, retraining from scratch on the same prefix in the same order;
// for kinds whose training ignores order, it also equals Value of the prefix sorted.
func TestWalkerMatchesRetraining(t *testing.T) {
	ctx := context.Background()
	for _, c := range kindCases(t, 60, 40) {
		t.Run(c.name, func(t *testing.T) {
			u := newGame(t, c)
			w := u.NewWalker()
			rng := rand.New(rand.NewPCG(1, 2))
			for trial := range 12 {
				order := rng.Perm(u.Players())[:rng.IntN(u.Players()+1)]
				if trial == 0 {
					order = rng.Perm(u.Players()) // one whole permutation
				}
				got, err := w.Reset(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; ; i++ {
					want, err := u.ValueOrdered(ctx, order[:i])
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Fatalf("trial %d, after %d adds: walker %v, retraining %v", trial, i, got, want)
					}
					if c.orderFree {
						sorted := slices.Sorted(slices.Values(order[:i]))
						if v, err := u.Value(ctx, sorted); err != nil || v != got {
							t.Fatalf("trial %d, after %d adds: walker %v, Value of the sorted prefix %v (%v)", trial, i, got, v, err)
						}
					}
					if i == len(order) {
						break
					}
					if got, err = w.Add(ctx, order[i]); err != nil {
						t.Fatal(err)
					}
				}
			}
			// In ascending order the walker trains as Value does.
			if _, err := w.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			all := make([]int, u.Players())
			var got float64
			for i := range all {
				all[i] = i
				var err error
				if got, err = w.Add(ctx, i); err != nil {
					t.Fatal(err)
				}
			}
			if want, err := u.Value(ctx, all); err != nil || got != want {
				t.Fatalf("ascending walk %v, Value(all) %v (%v)", got, want, err)
			}
		})
	}
}

// TestRefusedSamplesSkipped checks that the samples a model refuses are counted, by Train and by the walker,
// and leave the model as it was.
func TestRefusedSamplesSkipped(t *testing.T) {
	ctx := context.Background()
	for _, c := range kindCases(t, 40, 10) {
		t.Run(c.name, func(t *testing.T) {
			u := newGame(t, c)
			all := make([]int, u.Players())
			for i := range all {
				all[i] = i
			}
			m, refused, err := u.Train(ctx, all)
			if err != nil {
				t.Fatal(err)
			}
			// helpers' sets make every tenth sample one no model accepts.
			if refused != u.Players()/10 {
				t.Errorf("Train refused %d samples, want %d", refused, u.Players()/10)
			}
			clean := slices.DeleteFunc(slices.Clone(all), func(p int) bool { return p%10 == 9 })
			m2, refused2, err := u.Train(ctx, clean)
			if err != nil || refused2 != 0 {
				t.Fatalf("Train(clean) refused %d, error %v", refused2, err)
			}
			if !reflect.DeepEqual(m, m2) {
				t.Error("training with the refused samples left a different model than without them")
			}
			w := u.NewWalker().(*modelgame.Walker)
			if _, err := w.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			for _, p := range all {
				if _, err := w.Add(ctx, p); err != nil {
					t.Fatal(err)
				}
			}
			if w.Refused() != refused {
				t.Errorf("walker refused %d, Train %d", w.Refused(), refused)
			}
			if !reflect.DeepEqual(w.Model(), m) {
				t.Error("the walker's model differs from Train's")
			}
		})
	}
}

// TestInitialModelUntouched checks that neither New, Value nor a walk changes the caller's model.
func TestInitialModelUntouched(t *testing.T) {
	ctx := context.Background()
	for _, c := range kindCases(t, 30, 10) {
		t.Run(c.name, func(t *testing.T) {
			before := c.initial.Clone()
			u := newGame(t, c)
			if _, err := valuation.TMCShapley(ctx, u, valuation.SamplingOptions{MaxSamples: 4, Workers: 2}); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(before, c.initial) {
				t.Error("the initial model changed")
			}
		})
	}
}

// hidden hides a utility's walker, so valuation falls back to re-evaluating every coalition with Value.
type hidden struct{ valuation.Utility }

// TestTMCAgreesWithFallback checks, for kinds whose training ignores order, that TMC through the incremental
// walker gives the same bits as through the fallback walker, which calls Value on every prefix.
func TestTMCAgreesWithFallback(t *testing.T) {
	ctx := context.Background()
	for _, c := range kindCases(t, 30, 20) {
		if !c.orderFree {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			u := newGame(t, c)
			opts := valuation.SamplingOptions{MaxSamples: 8, Seed: 3, Truncation: 0.01}
			inc, err := valuation.TMCShapley(ctx, u, opts)
			if err != nil {
				t.Fatal(err)
			}
			naive, err := valuation.TMCShapley(ctx, hidden{u}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(inc.Values, naive.Values) || !reflect.DeepEqual(inc.StdErrs, naive.StdErrs) {
				t.Errorf("incremental %v, fallback %v", inc.Values, naive.Values)
			}
		})
	}
}

// TestNewRejects checks the inputs New refuses.
func TestNewRejects(t *testing.T) {
	c := kindCases(t, 5, 5)[0]
	bad := dataset.NewSet(1, 1)
	bad.Append([]int64{testFeatures}, 0)
	badLabel := dataset.NewSet(1, 1)
	badLabel.Append([]int64{1}, 2)
	invalid := c.initial.Clone()
	invalid.LearningRate = 0
	for _, tc := range []struct {
		name    string
		initial *model.Model
		test    *dataset.Set
		want    error
	}{
		{"no model", nil, c.test, modelgame.ErrInput},
		{"invalid model", invalid, c.test, model.ErrInvalidModel},
		{"empty test set", c.initial, dataset.NewSet(0, 0), modelgame.ErrInput},
		{"test point out of range", c.initial, bad, model.ErrFeatureOutOfRange},
		{"test label no class", c.initial, badLabel, modelgame.ErrInput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := modelgame.New(tc.initial, c.train, tc.test); !errors.Is(err, tc.want) {
				t.Errorf("New error = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestBadCoalitions checks that Value, Train and a walker refuse players out of range or repeated.
func TestBadCoalitions(t *testing.T) {
	ctx := context.Background()
	u := newGame(t, kindCases(t, 5, 5)[0])
	for _, tc := range []struct {
		name      string
		coalition []int
	}{
		{"descending", []int{2, 1}},
		{"repeated", []int{1, 1}},
		{"out of range", []int{5}},
		{"negative", []int{-1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := u.Value(ctx, tc.coalition); !errors.Is(err, modelgame.ErrInput) {
				t.Errorf("Value error = %v, want ErrInput", err)
			}
			w := u.NewWalker()
			if _, err := w.Reset(ctx); err != nil {
				t.Fatal(err)
			}
			var err error
			for _, p := range tc.coalition {
				if _, err = w.Add(ctx, p); err != nil {
					break
				}
			}
			if tc.name != "descending" && !errors.Is(err, modelgame.ErrInput) {
				t.Errorf("walker error = %v, want ErrInput", err)
			}
		})
	}
	if _, err := u.NewWalker().Add(ctx, 0); !errors.Is(err, modelgame.ErrInput) {
		t.Errorf("Add before Reset error = %v, want ErrInput", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := u.Value(cancelled, []int{0}); !errors.Is(err, context.Canceled) {
		t.Errorf("Value with a cancelled context error = %v", err)
	}
}
