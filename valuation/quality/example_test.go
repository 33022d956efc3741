// SPDX-License-Identifier: MIT

package quality_test

import (
	"context"
	"fmt"

	"github.com/sumkit/sumkit/valuation"
	"github.com/sumkit/sumkit/valuation/quality"
)

// Four points, two with flipped labels; the valuation ranks one of them lowest and the other third: of the
// four (flipped, clean) pairs, three have the flipped point valued lower.
func ExampleDetectionAUC() {
	values := []float64{0.3, -0.2, 0.35, 0.4}
	flipped := []bool{false, true, true, false}
	auc, err := quality.DetectionAUC(values, flipped)
	if err != nil {
		panic(err)
	}
	fmt.Println(auc)
	// Output:
	// 0.75
}

// Point removal on an additive game, where a point's value is its weight: removing the top points costs most.
// Of the two points worth 1, the lower index goes first from the bottom.
func ExamplePointRemoval() {
	w := []float64{4, 1, 3, 2, -1, 0, 5, 2, 1, 3}
	g := valuation.Func{N: len(w), F: func(s []int) float64 {
		var t float64
		for _, p := range s {
			t += w[p]
		}
		return t
	}}
	r, err := quality.PointRemoval(context.Background(), g, w, []float64{0.1, 0.2, 0.3})
	if err != nil {
		panic(err)
	}
	fmt.Println("all:", r.Full)
	fmt.Println("top removed:", r.HighRemoved)
	fmt.Println("bottom removed:", r.LowRemoved)
	// Output:
	// all: 20
	// top removed: [15 11 8]
	// bottom removed: [21 21 20]
}
