// SPDX-License-Identifier: MIT

package differential

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/model"
)

// slotBase is the first slot of a contract's storage region called name: keccak256(name) - 1, the constants
// the model contracts declare (e.g. WEIGHTS = uint256(keccak256("sumkit.SparsePerceptron.weights")) - 1).
func slotBase(name string) *big.Int {
	b := new(big.Int).SetBytes(crypto.Keccak256([]byte(name)))
	return b.Sub(b, big.NewInt(1))
}

// region is a run of consecutive storage words from a fixed base slot, with the words Go says it must hold.
type region struct {
	// name says what the region holds, for messages.
	name string
	base *big.Int
	want []*big.Int
	// describe names the parameters of word i whose lanes differ between got and want, with both values.
	describe func(i int, got, want *big.Int) string
}

// layout returns every storage region m's contract keeps its parameters in, with the values m says they hold.
// The immutables (intercept, learning rate, smoothing, shape) live in the contract's code, not its storage,
// and are checked once, through their getters, after deployment.
func layout(m *model.Model) ([]region, error) {
	words, err := m.Words()
	if err != nil {
		return nil, err
	}
	k := len(m.Classes)
	switch m.Kind {
	case model.SparsePerceptron:
		return []region{{
			name: "weights", base: slotBase("sumkit.SparsePerceptron.weights"), want: words,
			describe: lanes(64, true, func(j int) string { return fmt.Sprintf("weight of feature %d", j) }),
		}, updateCount(m)}, nil
	case model.DensePerceptron:
		return []region{{
			name: "weights", base: slotBase("sumkit.DensePerceptron.weights"), want: words,
			describe: lanes(128, true, func(j int) string { return fmt.Sprintf("weight of feature %d", j) }),
		}, updateCount(m)}, nil
	case model.NaiveBayes:
		// Class word c: samples in the low 64 bits, the total of the class's feature counts in the next 64.
		classes := make([]*big.Int, k)
		for c := range classes {
			var total uint64
			for _, v := range m.Counts[c] {
				total += uint64(v) // Validate has checked that the totals fit.
			}
			classes[c] = packClassWord(m.ClassCounts[c], new(big.Int).SetUint64(total))
		}
		return []region{
			{
				name: "counts", base: slotBase("sumkit.NaiveBayes.counts"), want: words,
				describe: lanes(32, false, featureMajor(k, "count")),
			},
			{
				name: "classes", base: slotBase("sumkit.NaiveBayes.classes"), want: classes,
				describe: classWord("samples", "total feature count"),
			},
		}, nil
	case model.DenseNearestCentroid:
		// Four uint64 sample counts a word, class c in lane c%4 of word c/4.
		counts := make([]*big.Int, (k+3)/4)
		for c := range counts {
			counts[c] = new(big.Int)
		}
		for c, n := range m.DataCounts {
			counts[c/4].Or(counts[c/4], new(big.Int).Lsh(new(big.Int).SetUint64(n), uint(64*(c%4))))
		}
		perClass := int(m.NumFeatures+3) / 4 * 4
		return []region{
			{
				name: "sums", base: slotBase("sumkit.DenseNearestCentroid.sums"), want: words,
				describe: lanes(64, true, func(j int) string {
					if j%perClass >= int(m.NumFeatures) {
						return fmt.Sprintf("padding lane after class %d's sums", j/perClass)
					}
					return fmt.Sprintf("sum of class %d, feature %d", j/perClass, j%perClass)
				}),
			},
			{
				name: "counts", base: slotBase("sumkit.DenseNearestCentroid.counts"), want: counts,
				describe: lanes(64, false, func(j int) string { return fmt.Sprintf("sample count of class %d", j) }),
			},
		}, nil
	case model.SparseNearestCentroid:
		// Class word c: the sample count in the low 64 bits, Q = the sum of the class's squared sums above.
		classes := make([]*big.Int, k)
		for c, sums := range m.Sums {
			q := new(big.Int)
			var s big.Int
			for _, v := range sums {
				s.SetInt64(v)
				q.Add(q, s.Mul(&s, &s))
			}
			classes[c] = packClassWord(m.DataCounts[c], q)
		}
		return []region{
			{
				name: "sums", base: slotBase("sumkit.SparseNearestCentroid.sums"), want: words,
				describe: lanes(64, true, featureMajor(k, "sum")),
			},
			{
				name: "classes", base: slotBase("sumkit.SparseNearestCentroid.classes"), want: classes,
				describe: classWord("sample count", "sum of squared sums Q"),
			},
		}, nil
	}
	return nil, fmt.Errorf("layout: unknown kind %q", m.Kind)
}

// updateCount is a perceptron's step-schedule word (StepSchedule): the mistakes counted, zero with a constant
// step.
func updateCount(m *model.Model) region {
	return region{
		name: "update count", base: slotBase("sumkit.StepSchedule.updates"),
		want:     []*big.Int{new(big.Int).SetUint64(m.Updates)},
		describe: func(int, *big.Int, *big.Int) string { return " (the step schedule's count)" },
	}
}

// packClassWord is a class word: low in the low 64 bits, high from bit 64 up.
func packClassWord(low uint64, high *big.Int) *big.Int {
	w := new(big.Int).Lsh(high, 64)
	return w.Or(w, new(big.Int).SetUint64(low))
}

// featureMajor names lane j of a feature-major region of k classes: parameter (j%k, j/k).
func featureMajor(k int, what string) func(int) string {
	return func(j int) string { return fmt.Sprintf("%s of class %d, feature %d", what, j%k, j/k) }
}

// lanes returns a describe function for words of width-bit lanes, signed or not, lane j of the region being
// lane j%perWord of word j/perWord and named by name(j).
func lanes(width uint, signed bool, name func(j int) string) func(int, *big.Int, *big.Int) string {
	perWord := int(256 / width)
	return func(i int, got, want *big.Int) string {
		var out string
		for l := range perWord {
			g, w := lane(got, uint(l)*width, width, signed), lane(want, uint(l)*width, width, signed)
			if g.Cmp(w) != 0 {
				out += fmt.Sprintf("; lane %d, %s: chain %v, Go %v", l, name(i*perWord+l), g, w)
			}
		}
		return out
	}
}

// classWord returns a describe function for class words holding two fields: low in bits 0-63, high above.
func classWord(low, high string) func(int, *big.Int, *big.Int) string {
	return func(c int, got, want *big.Int) string {
		mask := new(big.Int).SetUint64(^uint64(0))
		gl, wl := new(big.Int).And(got, mask), new(big.Int).And(want, mask)
		gh, wh := new(big.Int).Rsh(got, 64), new(big.Int).Rsh(want, 64)
		var out string
		if gl.Cmp(wl) != 0 {
			out += fmt.Sprintf("; class %d %s: chain %v, Go %v", c, low, gl, wl)
		}
		if gh.Cmp(wh) != 0 {
			out += fmt.Sprintf("; class %d %s: chain %v, Go %v", c, high, gh, wh)
		}
		return out
	}
}

// lane extracts bits [shift, shift+width) of w, as two's complement when signed.
func lane(w *big.Int, shift, width uint, signed bool) *big.Int {
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))
	v := new(big.Int).Rsh(w, shift)
	v.And(v, mask)
	if signed && v.Bit(int(width)-1) == 1 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), width))
	}
	return v
}

// compareStorage reads every word of m's regions from the contract at addr, and the first word past each
// region (which no update may touch, so it must stay zero), and returns a description of each mismatch.
func compareStorage(c *testChain, addr common.Address, m *model.Model) ([]string, error) {
	regions, err := layout(m)
	if err != nil {
		return nil, err
	}
	var bad []string
	for _, r := range regions {
		for i := 0; i <= len(r.want); i++ {
			slot := new(big.Int).Add(r.base, big.NewInt(int64(i)))
			got, err := c.storageAt(addr, slot)
			if err != nil {
				return nil, fmt.Errorf("%s word %d: %w", r.name, i, err)
			}
			if i == len(r.want) {
				if got.Sign() != 0 {
					bad = append(bad, fmt.Sprintf("%s word %d (slot %#x), one past the region: chain %#x, want 0", r.name, i, slot, got))
				}
				continue
			}
			if got.Cmp(r.want[i]) != 0 {
				bad = append(bad, fmt.Sprintf("%s word %d (slot %#x): chain %#x, Go %#x%s", r.name, i, slot, got, r.want[i], r.describe(i, got, r.want[i])))
			}
		}
	}
	return bad, nil
}

// The bindings the getters are called through.
var (
	sparsePerceptronABI = bindings.NewSparsePerceptron()
	densePerceptronABI  = bindings.NewDensePerceptron()
	naiveBayesABI       = bindings.NewNaiveBayes()
	denseCentroidABI    = bindings.NewDenseNearestCentroid()
	sparseCentroidABI   = bindings.NewSparseNearestCentroid()
	classifierABI       = bindings.NewIClassifier()
)

// getterCheck is one value read through a contract getter and the value Go holds for it.
type getterCheck struct {
	what      string
	got, want any
	err       error
}

// parameter is a (class, feature) pair; perceptrons have class 0 only.
type parameter struct{ class, feature int }

// randomParameters draws n parameters of m.
func randomParameters(rng *rand.Rand, m *model.Model, n int) []parameter {
	out := make([]parameter, n)
	for i := range out {
		out[i] = parameter{rng.IntN(len(m.Classes)), rng.IntN(int(m.NumFeatures))}
		if m.Kind == model.SparsePerceptron || m.Kind == model.DensePerceptron {
			out[i].class = 0
		}
	}
	return out
}

// compareGetters reads through the contract's view getters every class-level value and the given parameters,
// and returns a description of each mismatch.
func compareGetters(c *testChain, addr common.Address, m *model.Model, params []parameter) []string {
	var checks []getterCheck
	add := func(what string, got, want any, err error) {
		checks = append(checks, getterCheck{what, got, want, err})
	}
	u := func(v int) *big.Int { return big.NewInt(int64(v)) }
	k := len(m.Classes)
	for _, p := range params {
		class, f := p.class, p.feature
		switch m.Kind {
		case model.SparsePerceptron:
			got, err := callAndUnpack(c, addr, sparsePerceptronABI.PackWeight(u(f)), sparsePerceptronABI.UnpackWeight)
			add(fmt.Sprintf("weight(%d)", f), got, m.Weights[f], err)
		case model.DensePerceptron:
			got, err := callAndUnpack(c, addr, densePerceptronABI.PackWeight(u(f)), densePerceptronABI.UnpackWeight)
			add(fmt.Sprintf("weight(%d)", f), bigString(got), big.NewInt(m.DenseWeights[f]).String(), err)
		case model.NaiveBayes:
			got, err := callAndUnpack(c, addr, naiveBayesABI.PackFeatureCount(u(class), u(f)), naiveBayesABI.UnpackFeatureCount)
			add(fmt.Sprintf("featureCount(%d, %d)", class, f), got, m.Counts[class][f], err)
		case model.DenseNearestCentroid:
			got, err := callAndUnpack(c, addr, denseCentroidABI.PackSum(u(class), u(f)), denseCentroidABI.UnpackSum)
			add(fmt.Sprintf("sum(%d, %d)", class, f), got, m.Sums[class][f], err)
		case model.SparseNearestCentroid:
			got, err := callAndUnpack(c, addr, sparseCentroidABI.PackSum(u(class), u(f)), sparseCentroidABI.UnpackSum)
			add(fmt.Sprintf("sum(%d, %d)", class, f), got, m.Sums[class][f], err)
		}
	}
	for class := range k {
		switch m.Kind {
		case model.NaiveBayes:
			got, err := callAndUnpack(c, addr, naiveBayesABI.PackClassInfo(u(class)), naiveBayesABI.UnpackClassInfo)
			var total uint64
			for _, v := range m.Counts[class] {
				total += uint64(v)
			}
			add(fmt.Sprintf("classInfo(%d)", class), got, bindings.ClassInfoOutput{Samples: m.ClassCounts[class], TotalFeatures: total}, err)
		case model.DenseNearestCentroid:
			got, err := callAndUnpack(c, addr, denseCentroidABI.PackCount(u(class)), denseCentroidABI.UnpackCount)
			add(fmt.Sprintf("count(%d)", class), got, m.DataCounts[class], err)
		case model.SparseNearestCentroid:
			got, err := callAndUnpack(c, addr, sparseCentroidABI.PackCount(u(class)), sparseCentroidABI.UnpackCount)
			add(fmt.Sprintf("count(%d)", class), got, m.DataCounts[class], err)
		}
	}
	return mismatches(checks)
}

// compareImmutables reads the values a contract fixes at deployment through their getters.
func compareImmutables(c *testChain, addr common.Address, m *model.Model) []string {
	var checks []getterCheck
	add := func(what string, got, want any, err error) {
		checks = append(checks, getterCheck{what, got, want, err})
	}
	// Classifier's getters are the same in every model; the sparse perceptron's binding packs them.
	sp := sparsePerceptronABI
	got, err := callAndUnpack(c, addr, sp.PackNumClasses(), sp.UnpackNumClasses)
	add("numClasses()", got, uint64(len(m.Classes)), err)
	got, err = callAndUnpack(c, addr, sp.PackNumFeatures(), sp.UnpackNumFeatures)
	add("numFeatures()", got, m.NumFeatures, err)
	maxFeatures := m.MaxFeatures
	if m.Kind == model.DensePerceptron || m.Kind == model.DenseNearestCentroid {
		maxFeatures = m.NumFeatures // dense contracts set maxFeatures to numFeatures
	}
	got, err = callAndUnpack(c, addr, sp.PackMaxFeatures(), sp.UnpackMaxFeatures)
	add("maxFeatures()", got, maxFeatures, err)
	trainer, err := callAndUnpack(c, addr, classifierABI.PackTrainer(), classifierABI.UnpackTrainer)
	add("trainer()", trainer, c.from, err)
	sealed, err := callAndUnpack(c, addr, sp.PackIsSealed(), sp.UnpackIsSealed)
	add("isSealed() (an account trainer never seals)", sealed, false, err)
	names, err := callAndUnpack(c, addr, sp.PackClassNames(), sp.UnpackClassNames)
	add("classNames()", strings.Join(names, ", "), strings.Join(m.Classes, ", "), err)
	switch m.Kind {
	case model.SparsePerceptron:
		v, err := callAndUnpack(c, addr, sp.PackIntercept(), sp.UnpackIntercept)
		add("intercept()", v, m.Intercept, err)
		v, err = callAndUnpack(c, addr, sp.PackLearningRate(), sp.UnpackLearningRate)
		add("learningRate()", v, m.LearningRate, err)
		d, err := callAndUnpack(c, addr, sp.PackDecayUpdates(), sp.UnpackDecayUpdates)
		add("decayUpdates()", d, m.DecayUpdates, err)
		n, err := callAndUnpack(c, addr, sp.PackUpdates(), sp.UnpackUpdates)
		add("updates()", bigString(n), fmt.Sprint(m.Updates), err)
	case model.DensePerceptron:
		dp := densePerceptronABI
		v, err := callAndUnpack(c, addr, dp.PackIntercept(), dp.UnpackIntercept)
		add("intercept()", bigString(v), big.NewInt(m.Intercept).String(), err)
		r, err := callAndUnpack(c, addr, dp.PackLearningRate(), dp.UnpackLearningRate)
		add("learningRate()", r, m.LearningRate, err)
		d, err := callAndUnpack(c, addr, dp.PackDecayUpdates(), dp.UnpackDecayUpdates)
		add("decayUpdates()", d, m.DecayUpdates, err)
		n, err := callAndUnpack(c, addr, dp.PackUpdates(), dp.UnpackUpdates)
		add("updates()", bigString(n), fmt.Sprint(m.Updates), err)
	case model.NaiveBayes:
		v, err := callAndUnpack(c, addr, naiveBayesABI.PackSmoothing(), naiveBayesABI.UnpackSmoothing)
		add("smoothing()", v, m.Smoothing, err)
	case model.DenseNearestCentroid:
		v, err := callAndUnpack(c, addr, denseCentroidABI.PackWordsPerClass(), denseCentroidABI.UnpackWordsPerClass)
		add("wordsPerClass()", bigString(v), fmt.Sprint((m.NumFeatures+3)/4), err)
	}
	return mismatches(checks)
}

// bigString renders a possibly nil big.Int, so that getters returning one compare as strings.
func bigString(b *big.Int) string {
	if b == nil {
		return "<nil>"
	}
	return b.String()
}

func mismatches(checks []getterCheck) []string {
	var bad []string
	for _, ch := range checks {
		switch {
		case ch.err != nil:
			bad = append(bad, fmt.Sprintf("%s: %v", ch.what, ch.err))
		case ch.got != ch.want:
			bad = append(bad, fmt.Sprintf("%s: chain %v, Go %v", ch.what, ch.got, ch.want))
		}
	}
	return bad
}
