// SPDX-License-Identifier: MIT

package differential

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/model"
)

// perturbation changes one parameter of a Go model and returns the fragments a report of the difference must
// contain: the storage word or getter, the parameter's name, and the chain's and Go's values.
type perturbation struct {
	name string
	// at is the parameter changed, whose getter is read.
	at    parameter
	apply func(m *model.Model) []string
}

// perturbations are, per kind, the changes TestComparisonsCatchDifferences makes to the Go copy.
var perturbations = map[model.Kind][]perturbation{
	model.SparsePerceptron: {{"weight", parameter{0, 517}, func(m *model.Model) []string {
		const f = 517
		m.Weights[f]++
		return []string{
			fmt.Sprintf("weight of feature %d: chain %d, Go %d", f, m.Weights[f]-1, m.Weights[f]),
			fmt.Sprintf("weight(%d): chain %d, Go %d", f, m.Weights[f]-1, m.Weights[f]),
		}
	}}, {"update count", parameter{0, 0}, func(m *model.Model) []string {
		m.Updates++
		return []string{"update count word 0", fmt.Sprintf("Go %#x (the step schedule's count)", m.Updates)}
	}}},
	model.DensePerceptron: {{"weight", parameter{0, 12}, func(m *model.Model) []string {
		const f = 12 // the last weight, next to the padding lane
		m.DenseWeights[f]--
		return []string{
			fmt.Sprintf("weight of feature %d: chain %d, Go %d", f, m.DenseWeights[f]+1, m.DenseWeights[f]),
			fmt.Sprintf("weight(%d): chain %d, Go %d", f, m.DenseWeights[f]+1, m.DenseWeights[f]),
		}
	}}, {"update count", parameter{0, 0}, func(m *model.Model) []string {
		m.Updates++
		return []string{"update count word 0", fmt.Sprintf("Go %#x (the step schedule's count)", m.Updates)}
	}}},
	model.NaiveBayes: {
		{"count", parameter{3, 998}, func(m *model.Model) []string {
			const c, f = 3, 998
			m.Counts[c][f]++
			return []string{
				fmt.Sprintf("count of class %d, feature %d: chain %d, Go %d", c, f, m.Counts[c][f]-1, m.Counts[c][f]),
				fmt.Sprintf("class %d total feature count", c),
				fmt.Sprintf("featureCount(%d, %d)", c, f),
			}
		}},
		{"samples", parameter{1, 0}, func(m *model.Model) []string {
			m.ClassCounts[1] += 1 << 20
			return []string{fmt.Sprintf("class 1 samples: chain %d, Go %d", m.ClassCounts[1]-1<<20, m.ClassCounts[1]), "classInfo(1)"}
		}},
	},
	model.DenseNearestCentroid: {
		{"sum", parameter{5, 7}, func(m *model.Model) []string {
			const c, f = 5, 7
			m.Sums[c][f] -= model.One
			return []string{fmt.Sprintf("sum of class %d, feature %d: chain %d, Go %d", c, f, m.Sums[c][f]+model.One, m.Sums[c][f])}
		}},
		{"count", parameter{5, 0}, func(m *model.Model) []string {
			// Class 5 is lane 1 of the second count word.
			m.DataCounts[5]++
			return []string{
				fmt.Sprintf("counts word 1 (slot %#x)", new(big.Int).Add(slotBase("sumkit.DenseNearestCentroid.counts"), big.NewInt(1))),
				fmt.Sprintf("sample count of class 5: chain %d, Go %d", m.DataCounts[5]-1, m.DataCounts[5]),
				"count(5)",
			}
		}},
	},
	model.SparseNearestCentroid: {
		{"sum", parameter{1, 499}, func(m *model.Model) []string {
			const c, f = 1, 499
			m.Sums[c][f]++
			return []string{
				fmt.Sprintf("sum of class %d, feature %d: chain %d, Go %d", c, f, m.Sums[c][f]-1, m.Sums[c][f]),
				fmt.Sprintf("class %d sum of squared sums Q", c),
			}
		}},
		{"count", parameter{0, 0}, func(m *model.Model) []string {
			m.DataCounts[0]++
			return []string{fmt.Sprintf("class 0 sample count: chain %d, Go %d", m.DataCounts[0]-1, m.DataCounts[0]), "count(0)"}
		}},
	},
}

// TestComparisonsCatchDifferences makes sure the state comparison of TestDifferential can fail, and says
// where: for each kind it deploys the drawn model, requires the comparison to find no difference, then changes
// one parameter of the Go copy and requires a report naming the storage word or getter, the parameter and both
// values.
func TestComparisonsCatchDifferences(t *testing.T) {
	for i, tc := range cases {
		t.Run(string(tc.kind), func(t *testing.T) {
			t.Parallel()
			rng := rand.New(rand.NewPCG(*seedFlag, uint64(i)))
			fx := tc.build(rng)
			c := newTestChain(t)
			addr := c.deploy(t, fx.m)
			if bad, err := compareStorage(c, addr, fx.m); err != nil || len(bad) > 0 {
				t.Fatalf("%s: unperturbed model: compareStorage() = %q, %v; want no difference", tc.kind, bad, err)
			}
			if bad := compareImmutables(c, addr, fx.m); len(bad) > 0 {
				t.Fatalf("%s: compareImmutables() = %q, want no difference", tc.kind, bad)
			}
			for _, p := range perturbations[tc.kind] {
				m := fx.m.Clone()
				want := p.apply(m)
				bad, err := compareStorage(c, addr, m)
				if err != nil {
					t.Fatalf("%s, %s perturbed: compareStorage() error = %v", tc.kind, p.name, err)
				}
				bad = append(bad, compareGetters(c, addr, m, []parameter{p.at})...)
				report := strings.Join(bad, "\n")
				t.Logf("%s, %s perturbed, the report:\n%s", tc.kind, p.name, report)
				for _, fragment := range want {
					if !strings.Contains(report, fragment) {
						t.Errorf("%s, %s perturbed: the report does not mention %q:\n%s", tc.kind, p.name, fragment, report)
					}
				}
			}
		})
	}
}
