package individual_test

import (
	"fmt"

	"github.com/sumkit/sumkit/valuation/individual"
)

// Two providers: one whose data the model agreed with at three of its four uses and whose contributions
// were mostly refunded, and one whose data it agreed with once in two and who was often reported.
func Example() {
	providers := []individual.Provider{
		{Name: "careful", Uses: []float64{1, 1, 0, 1}, Refunded: 8, Reported: 0},
		{Name: "careless", Uses: []float64{individual.Agreement(0, 1), individual.Agreement(1, 1)}, Refunded: 2, Reported: 6},
	}
	values, err := individual.Values(providers, individual.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, v := range values {
		fmt.Printf("%s: %.4f\n", providers[i].Name, v)
	}
	// Output:
	// careful: 0.3375
	// careless: 0.0750
}
