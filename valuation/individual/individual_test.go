package individual

import (
	"errors"
	"math"
	"testing"
)

// TestValues checks the method against a table computed by hand.
func TestValues(t *testing.T) {
	providers := []Provider{
		// ϖ = (3+1)/(3+1+2) = 2/3; mean x = 3/4; φ = 2/3 · 3/4 / 3 = 1/6.
		{Name: "a", Uses: []float64{1, 1, 0, 1}, Refunded: 3, Reported: 1},
		// ϖ = 1/2 (no history); mean x = 1; φ = 1/2 · 1 / 3 = 1/6.
		{Name: "b", Uses: []float64{1}},
		// ϖ = 1/12; mean x = 1/2; φ = 1/12 · 1/2 / 3 = 1/72.
		{Name: "c", Uses: []float64{0, 1}, Reported: 10},
	}
	for _, tc := range []struct {
		name string
		opts Options
		want []float64
	}{
		{"defaults", Options{}, []float64{1.0 / 6, 1.0 / 6, 1.0 / 72}},
		{"κ = 3", Options{Kappa: 3}, []float64{0.5, 0.5, 1.0 / 24}},
		{"flat reputation", Options{Reputation: func(Provider) float64 { return 1 }}, []float64{0.25, 1.0 / 3, 1.0 / 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Values(providers, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for i := range tc.want {
				if math.Abs(got[i]-tc.want[i]) > 1e-15 {
					t.Errorf("provider %s: %.17g, want %.17g", providers[i].Name, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestUnused checks that a provider whose data was never used is worth 0 and counts among the n.
func TestUnused(t *testing.T) {
	got, err := Values([]Provider{{Uses: []float64{1}}, {}}, Options{Reputation: func(Provider) float64 { return 1 }})
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != 0.5 || got[1] != 0 {
		t.Errorf("values %v, want [0.5 0]", got)
	}
}

// TestBadInput checks that each bad input is refused with ErrInput.
func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name      string
		providers []Provider
		opts      Options
	}{
		{"negative κ", []Provider{{Uses: []float64{1}}}, Options{Kappa: -1}},
		{"NaN κ", []Provider{{Uses: []float64{1}}}, Options{Kappa: math.NaN()}},
		{"use above 1", []Provider{{Uses: []float64{1.5}}}, Options{}},
		{"negative count", []Provider{{Refunded: -1}}, Options{}},
		{"reputation above 1", []Provider{{Uses: []float64{1}}}, Options{Reputation: func(Provider) float64 { return 2 }}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Values(tc.providers, tc.opts); !errors.Is(err, ErrInput) {
				t.Errorf("error = %v, want ErrInput", err)
			}
		})
	}
}

func TestAgreement(t *testing.T) {
	if Agreement(1, 1) != 1 || Agreement(0, 1) != 0 {
		t.Error("Agreement: want 1 for a match and 0 otherwise")
	}
}
