package trainer_test

import (
	"bufio"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// These tests check that what the chain predicts is what sumkit's Go models say it predicts: bit for bit against
// model.Predict (the port of the contracts' arithmetic) for every input, and against model.PredictFloat (a
// float64 evaluation of the same parameters) wherever the float margin is wide enough for float64 to be right.

// compatMarginBound is the float margin above which model.PredictFloat's class must be the chain's. The chain
// is exact, or nearly: perceptron scores and nearest centroid distances are integer arithmetic (distances
// floored to 1e-18), and naive Bayes products carry a relative error near 2^-90. PredictFloat's error is that of
// a float64 sum of n terms, at most (n+1) * 2^-53 * (sum of |term|). For the inputs here that is below 1e-8:
// perceptrons at most 513 terms of |w| < 18 (about 1e-9); naive Bayes at most 513 log terms above -25 nats
// (about 1e-9); the sparse centroids' 1000-feature sums of squares below 1000 (about 1e-10); the dense
// centroids 9 terms below 1e7, the largest inputs being 1000 in real units (about 1e-8). A margin above 1e-6
// (real units for perceptrons and squared distances, nats for naive Bayes) is far beyond any rounding.
const compatMarginBound = 1e-6

var (
	compatModels   = filepath.Join("..", "..", "testdata", "models")
	compatIMDBPath = filepath.Join("..", "..", "testdata", "datasets", "sentiment_labelled_sentences", "imdb_labelled.txt")
	// compatAnchorSample is the sparse sample the gas anchors use (gasreport).
	compatAnchorSample = []int64{1, 2, 3, 14, 15, 26, 37, 48, 59, 110, 111, 112, 213, 314, 515, 616, 717, 818, 919, 920}
)

// compatChain starts a simulated Osaka chain with one funded account and returns a transactor for it that
// mines a block after every transaction, and the chain.
func compatChain(t *testing.T) (*chain.Transactor, *simulated.Backend) {
	t.Helper()
	seed := make([]byte, 32)
	seed[31] = 7 // A fixed, well-known key: the account exists only on this throwaway chain.
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	sim := chain.NewSimulated(types.GenesisAlloc{from: {Balance: funds}}, 0)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(t.Context())
	if err != nil {
		t.Fatalf("ChainID() error = %v", err)
	}
	return trainer.NewTransactor(client, bind.NewKeyedTransactor(key, chainID), chain.WithMiner(func() { sim.Commit() })), sim
}

// compatDeploy deploys m with small initialisation chunks, so that models of more than 100 words take the
// chunked path, and checks that they did.
func compatDeploy(t *testing.T, tx *chain.Transactor, m *model.Model, mechanism trainer.Mechanism, maxFeatures uint64) *trainer.Stack {
	t.Helper()
	const chunk = 100
	s, err := trainer.Deploy(t.Context(), tx, trainer.Spec{
		Model:       m,
		MaxFeatures: maxFeatures,
		Incentive:   compatIncentive(mechanism),
		Name:        "compat",
		ChunkWords:  chunk,
	})
	if err != nil {
		t.Fatalf("Deploy(%s, %s) error = %v", m.Kind, mechanism, err)
	}
	// The model creation carries the first chunk, each further chunk is one transaction, then the trainer.
	words := m.NumWords()
	want := 1 + (max(words-chunk, 0)+chunk-1)/chunk + 1
	if len(s.Receipts) != want {
		t.Fatalf("Deploy(%s) sent %d transactions for %d words in chunks of %d, want %d", m.Kind, len(s.Receipts), words, chunk, want)
	}
	return s
}

// compatLoad loads a model from testdata/models.
func compatLoad(t *testing.T, name string) *model.Model {
	t.Helper()
	m, err := model.Load(filepath.Join(compatModels, name))
	if err != nil {
		t.Fatalf("Load(%s) error = %v", name, err)
	}
	return m
}

// compatSentence is one line of the UCI IMDB sentences.
type compatSentence struct {
	text  string
	label uint64
}

// compatSentences reads imdb_labelled.txt: text, a tab, then the label 0 (negative) or 1 (positive).
func compatSentences(t *testing.T) []compatSentence {
	t.Helper()
	f, err := os.Open(compatIMDBPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []compatSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text, label, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab between text and label", compatIMDBPath, line)
		}
		l, err := strconv.ParseUint(strings.TrimSpace(label), 10, 64)
		if err != nil || l > 1 {
			t.Fatalf("%s:%d: label %q is not 0 or 1", compatIMDBPath, line, label)
		}
		out = append(out, compatSentence{text, l})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) != 1000 {
		t.Fatalf("%s has %d sentences, want 1000", compatIMDBPath, len(out))
	}
	return out
}

// compatVocabulary loads 0xDeCA10B's IMDB vocabulary.
func compatVocabulary(t *testing.T) *model.Vocabulary {
	t.Helper()
	v, err := model.LoadVocabulary(filepath.Join(compatModels, "imdb.json"))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// compatCheck asks the chain for data's class and compares it with m.Predict (always) and m.PredictFloat
// (where the float margin exceeds compatMarginBound). It returns the chain's class, PredictFloat's class and
// its margin.
func compatCheck(t *testing.T, s *trainer.Stack, tx *chain.Transactor, m *model.Model, data []int64, what string) (got, float uint64, margin float64) {
	t.Helper()
	got, err := s.Predict(t.Context(), tx, data)
	if err != nil {
		t.Fatalf("%s: on-chain Predict(%v) error = %v", what, data, err)
	}
	exact, err := m.Predict(data)
	if err != nil {
		t.Fatalf("%s: model.Predict(%v) error = %v", what, data, err)
	}
	if got != exact {
		t.Errorf("%s: on-chain Predict(%v) = %d, model.Predict = %d", what, data, got, exact)
	}
	float, margin, err = m.PredictFloat(data)
	if err != nil {
		t.Fatalf("%s: PredictFloat(%v) error = %v", what, data, err)
	}
	if margin > compatMarginBound && got != float {
		t.Errorf("%s: on-chain Predict(%v) = %d, PredictFloat = %d with margin %g", what, data, got, float, margin)
	}
	return got, float, margin
}

// TestCompatIMDBPerceptron runs 0xDeCA10B's IMDB sentiment perceptron on chain over every sentence of the UCI
// IMDB set, encoded with its vocabulary as its demo encodes text, and checks each prediction against float64.
func TestCompatIMDBPerceptron(t *testing.T) {
	m := compatLoad(t, "imdb-sparse-perceptron.json")
	vocab := compatVocabulary(t)
	sentences := compatSentences(t)
	if vocab.NumFeatures() != m.NumFeatures {
		t.Fatalf("vocabulary has %d features, model %d", vocab.NumFeatures(), m.NumFeatures)
	}

	samples := make([][]int64, len(sentences))
	longest, longestAt := 0, 0
	for i, sent := range sentences {
		samples[i] = model.SortedUnique(vocab.Encode(sent.text))
		if len(samples[i]) > longest {
			longest, longestAt = len(samples[i]), i
		}
	}
	maxFeatures := max(uint64(longest), trainer.DefaultMaxFeatures)
	t.Logf("longest encoded sentence: %d indices (sentence %d); deployed maxFeatures %d", longest, longestAt+1, maxFeatures)

	tx, _ := compatChain(t)
	s := compatDeploy(t, tx, m, trainer.DepositRefundTake, maxFeatures)
	t.Logf("deployed in %d transactions, %d gas", len(s.Receipts), s.GasUsed())

	var correct, narrow, empty int
	minMargin := math.Inf(1)
	for i, data := range samples {
		if len(data) == 0 {
			empty++
		}
		got, float, margin := compatCheck(t, s, tx, m, data, "sentence "+strconv.Itoa(i+1))
		// Every sentence, however narrow its margin: the criterion is agreement on the whole data set.
		if margin <= compatMarginBound {
			narrow++
			if got != float {
				t.Errorf("sentence %d: on-chain Predict = %d, PredictFloat = %d (margin %g)", i+1, got, float, margin)
			}
		}
		minMargin = min(minMargin, margin)
		if got == sentences[i].label {
			correct++
		}
	}
	// Float-only, for comparison: the word tokenisation the vocabulary was likely built with.
	var wordsCorrect int
	for _, sent := range sentences {
		if c, _, err := m.PredictFloat(model.SortedUnique(vocab.EncodeWords(sent.text))); err == nil && c == sent.label {
			wordsCorrect++
		}
	}
	t.Logf("on-chain accuracy %d/%d = %.1f%% (demo tokenisation; %d sentences encode to nothing); %d margins at or below %g, smallest %.3g",
		correct, len(samples), 100*float64(correct)/float64(len(samples)), empty, narrow, compatMarginBound, minMargin)
	t.Logf("float accuracy with the word tokenisation (EncodeWords) for comparison: %.1f%%", 100*float64(wordsCorrect)/float64(len(sentences)))
}

// compatUpstreamNaiveBayes is 0xDeCA10B's NaiveBayesClassifier.predict: per class, numSamples * 1e9 multiplied by
// each (1e9*count + smoothing) and divided, in integers, by 1e9*total + smoothing*numFeatures, feature by
// feature; the first class with the largest product wins, class 0 when every product is 0. zero reports that
// every product reached 0.
func compatUpstreamNaiveBayes(m *model.Model, data []int64) (class uint64, zero bool) {
	one := big.NewInt(model.One)
	smooth := new(big.Int).SetUint64(m.Smoothing)
	smoothAll := new(big.Int).Mul(smooth, new(big.Int).SetUint64(m.NumFeatures))
	best := new(big.Int)
	for c, counts := range m.Counts {
		var total uint64
		for _, v := range counts {
			total += uint64(v)
		}
		den := new(big.Int).Mul(new(big.Int).SetUint64(total), one)
		den.Add(den, smoothAll)
		prob := new(big.Int).Mul(new(big.Int).SetUint64(m.ClassCounts[c]), one)
		for _, f := range data {
			factor := new(big.Int).Mul(big.NewInt(int64(counts[f])), one)
			prob.Mul(prob, factor.Add(factor, smooth))
			prob.Quo(prob, den)
		}
		if prob.Cmp(best) > 0 {
			best, class = prob, uint64(c)
		}
	}
	return class, best.Sign() == 0
}

// TestCompatNaiveBayesNoUnderflow checks that the naive Bayes contract's products do not underflow where
// 0xDeCA10B's integer products did: on chain it predicts what float64 log-probabilities predict, on the gas
// anchor model as it learns, and on a model counted from the IMDB sentences over every held-out sentence.
func TestCompatNaiveBayesNoUnderflow(t *testing.T) {
	t.Run("anchor", func(t *testing.T) {
		m := compatLoad(t, "imdb-like-naive-bayes.json")
		tx, sim := compatChain(t)
		s := compatDeploy(t, tx, m, trainer.Points, 0)
		sample := compatAnchorSample
		if c, zero := compatUpstreamNaiveBayes(m, sample); zero {
			t.Logf("0xDeCA10B's integer products: every class reaches 0 on the anchor sample, class %d by default", c)
		}

		// Teach the sample as class 1 until the chain flips to 1, then as class 0 until it flips back, checking
		// the chain against Predict and PredictFloat before every step. Model.Update mirrors each update.
		ctx := t.Context()
		steps := 0
		for _, label := range []uint64{1, 0} {
			for n := 0; ; n++ {
				got, float, margin := compatCheck(t, s, tx, m, sample, "anchor after "+strconv.Itoa(steps)+" updates")
				if got != float {
					t.Errorf("anchor after %d updates: on-chain Predict = %d, PredictFloat = %d (margin %g)", steps, got, float, margin)
				}
				if got == label {
					t.Logf("predicts %d after %d more updates labelled %d (margin %.3g nats)", label, n, label, margin)
					break
				}
				if n == 400 {
					t.Fatalf("still predicts %d after %d updates labelled %d", got, n, label)
				}
				// The node estimates gas against the latest block, whose time is that of the previous AddData:
				// the same sample, label and author would be a DuplicateContribution there. An empty block moves
				// the time on, as the chain's own block production would.
				sim.Commit()
				if _, err := s.AddData(ctx, tx, sample, label, compatMaxDeposit); err != nil {
					t.Fatalf("AddData(anchor sample, %d) error = %v", label, err)
				}
				if err := m.Update(sample, label); err != nil {
					t.Fatalf("Update(anchor sample, %d) error = %v", label, err)
				}
				steps++
			}
		}
	})

	t.Run("imdb", func(t *testing.T) {
		vocab := compatVocabulary(t)
		sentences := compatSentences(t)
		n := int(vocab.NumFeatures())
		m := &model.Model{
			Kind:        model.NaiveBayes,
			Classes:     []string{"Negative", "Positive"},
			NumFeatures: vocab.NumFeatures(),
			Smoothing:   model.One, // Laplace
			ClassCounts: make([]uint64, 2),
			Counts:      [][]uint32{make([]uint32, n), make([]uint32, n)},
		}
		// Every fifth sentence is held out; the others are counted, each word as often as it occurs.
		var heldOut []compatSentence
		longest := 0
		for i, sent := range sentences {
			data := model.SortedUnique(vocab.Encode(sent.text))
			longest = max(longest, len(data))
			if i%5 == 4 {
				heldOut = append(heldOut, sent)
				continue
			}
			m.ClassCounts[sent.label]++
			for _, f := range data {
				m.Counts[sent.label][f]++
			}
		}
		tx, _ := compatChain(t)
		s := compatDeploy(t, tx, m, trainer.DepositRefundTake, uint64(max(longest, trainer.DefaultMaxFeatures)))

		var correct, upstreamCorrect, upstreamDiffers, upstreamZero, narrow int
		minMargin := math.Inf(1)
		for i, sent := range heldOut {
			data := model.SortedUnique(vocab.Encode(sent.text))
			got, float, margin := compatCheck(t, s, tx, m, data, "held-out sentence "+strconv.Itoa(5*i+5))
			// Every held-out sentence, however narrow its margin.
			if margin <= compatMarginBound {
				narrow++
				if got != float {
					t.Errorf("held-out sentence %d: on-chain Predict = %d, PredictFloat = %d (margin %g)", 5*i+5, got, float, margin)
				}
			}
			minMargin = min(minMargin, margin)
			if got == sent.label {
				correct++
			}
			up, zero := compatUpstreamNaiveBayes(m, data)
			if zero {
				upstreamZero++
			}
			if up != got {
				upstreamDiffers++
			}
			if up == sent.label {
				upstreamCorrect++
			}
		}
		total := float64(len(heldOut))
		t.Logf("%d held-out sentences: on-chain accuracy %.1f%%, %d margins at or below %g nats, smallest %.3g", len(heldOut), 100*float64(correct)/total, narrow, compatMarginBound, minMargin)
		t.Logf("0xDeCA10B's integer products: every class 0 on %d sentences, %d predictions differ from the chain's, accuracy %.1f%%",
			upstreamZero, upstreamDiffers, 100*float64(upstreamCorrect)/total)
		if upstreamDiffers == 0 {
			t.Errorf("0xDeCA10B's integer products agree with the chain on every held-out sentence; the underflow this test shows is gone")
		}
	})
}

// compatCase is one model kind of TestCompatPredictMatchesFloat.
type compatCase struct {
	file      string
	mechanism trainer.Mechanism
}

// TestCompatPredictMatchesFloat deploys each gas anchor model and checks random inputs within its bounds: the
// chain must agree with model.Predict on every one, and with model.PredictFloat wherever the float margin
// exceeds compatMarginBound.
func TestCompatPredictMatchesFloat(t *testing.T) {
	inputs := 1000
	if testing.Short() {
		inputs = 200
	}
	cases := []compatCase{
		{"imdb-sparse-perceptron.json", trainer.DepositRefundTake},
		{"imdb-like-naive-bayes.json", trainer.Points},
		{"imdb-like-sparse-ncc.json", trainer.DepositRefundTake},
		{"fitness-like-dense-perceptron.json", trainer.Points},
		{"fitness-like-dense-ncc.json", trainer.DepositRefundTake},
	}
	for i, c := range cases {
		t.Run(strings.TrimSuffix(c.file, ".json"), func(t *testing.T) {
			m := compatLoad(t, c.file)
			tx, _ := compatChain(t)
			s := compatDeploy(t, tx, m, c.mechanism, 0)
			r := rand.New(rand.NewPCG(2026, uint64(i)))
			var narrow, boundary int
			minWide := math.Inf(1) // the smallest margin above the bound, where float and chain must agree
			classes := make([]int, m.NumClasses())
			for j := range inputs {
				var data []int64
				switch m.Kind {
				case model.DensePerceptron, model.DenseNearestCentroid:
					var near bool
					data, near = compatDenseInput(t, r, m, j)
					if near {
						boundary++
					}
				default:
					data = compatSparseInput(r, m.NumFeatures)
				}
				got, _, margin := compatCheck(t, s, tx, m, data, "input "+strconv.Itoa(j))
				classes[got]++
				if margin <= compatMarginBound {
					narrow++
				} else {
					minWide = min(minWide, margin)
				}
			}
			for k, n := range classes {
				if n == 0 {
					t.Errorf("no input was predicted class %d (%s); the inputs do not exercise it", k, m.Classes[k])
				}
			}
			t.Logf("%s: %d inputs (%d built on a decision boundary), classes %v, %d with a float margin at or below %g; smallest margin above it %.3g",
				m.Kind, inputs, boundary, classes, narrow, compatMarginBound, minWide)
		})
	}
}

// compatSparseInput returns 1 to 40 distinct feature indices below numFeatures, in increasing order.
func compatSparseInput(r *rand.Rand, numFeatures uint64) []int64 {
	n := 1 + r.IntN(40)
	seen := make(map[int64]bool, n)
	data := make([]int64, 0, n)
	for len(data) < n {
		f := int64(r.Uint64N(numFeatures))
		if !seen[f] {
			seen[f] = true
			data = append(data, f)
		}
	}
	slices.Sort(data)
	return data
}

// compatDenseInput returns input j of a dense model, in 1e9 fixed point. Most are unit vectors (nonnegative,
// like the accelerometer data the fitness models were fitted to, or of any sign); every fifth is scaled by up to
// 1000; every tenth lies on a decision boundary, found by bisecting between two inputs of different classes
// until they are one fixed-point step apart, so that its float margin is tiny. near reports the last kind.
func compatDenseInput(t *testing.T, r *rand.Rand, m *model.Model, j int) (data []int64, near bool) {
	t.Helper()
	dim := int(m.NumFeatures)
	switch {
	case j%10 == 9:
		if data, ok := compatBoundaryInput(t, r, m); ok {
			return data, true
		}
		return compatFixed(compatUnitVector(r, dim, false), 1), false
	case j%5 == 4:
		return compatFixed(compatUnitVector(r, dim, false), 1+999*r.Float64()), false
	case j%2 == 0:
		return compatFixed(compatUnitVector(r, dim, true), 1), false
	default:
		return compatFixed(compatUnitVector(r, dim, false), 1), false
	}
}

// compatUnitVector returns a random direction of dim dimensions with unit L2 norm, every component
// nonnegative if asked.
func compatUnitVector(r *rand.Rand, dim int, nonNegative bool) []float64 {
	v := make([]float64, dim)
	var norm float64
	for norm == 0 {
		norm = 0
		for i := range v {
			v[i] = r.NormFloat64()
			if nonNegative {
				v[i] = math.Abs(v[i])
			}
			norm += v[i] * v[i]
		}
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i] /= norm
	}
	return v
}

// compatFixed returns v times scale in 1e9 fixed point, rounded.
func compatFixed(v []float64, scale float64) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(math.Round(x * scale * model.One))
	}
	return out
}

// compatBoundaryInput bisects the segment between two random inputs the model puts in different classes (as
// model.Predict says) down to adjacent fixed-point points, and returns one of the two. ok is false if no such
// pair turned up.
func compatBoundaryInput(t *testing.T, r *rand.Rand, m *model.Model) ([]int64, bool) {
	t.Helper()
	predict := func(x []int64) uint64 {
		c, err := m.Predict(x)
		if err != nil {
			t.Fatalf("model.Predict(%v) error = %v", x, err)
		}
		return c
	}
	dim := int(m.NumFeatures)
	for range 100 {
		a := compatFixed(compatUnitVector(r, dim, r.IntN(2) == 0), 1)
		b := compatFixed(compatUnitVector(r, dim, r.IntN(2) == 0), 1)
		ca := predict(a)
		if predict(b) == ca {
			continue
		}
		// Invariant: a is class ca, b is not. Halve the segment until no coordinate differs by more than 1.
		for {
			mid := make([]int64, dim)
			far := false
			for i := range mid {
				mid[i] = a[i] + (b[i]-a[i])/2
				far = far || b[i]-a[i] > 1 || a[i]-b[i] > 1
			}
			if !far {
				break
			}
			if predict(mid) == ca {
				a = mid
			} else {
				b = mid
			}
		}
		if r.IntN(2) == 0 {
			return a, true
		}
		return b, true
	}
	return nil, false
}

// compatMaxDeposit covers any deposit compatIncentive asks: its cost weight of 1 wei times 3600; the excess
// comes back.
var compatMaxDeposit = big.NewInt(3600)

// compatIncentive is mechanism with the shortest waits and the least cost weight its bounds allow.
func compatIncentive(mechanism trainer.Mechanism) trainer.Incentive {
	in := trainer.Incentive{Mechanism: mechanism, RefundWait: trainer.MinRefundWait}
	if mechanism == trainer.DepositRefundTake {
		in.OwnerClaimWait = trainer.MinRefundWait + trainer.MinRefundWindow
		in.AnyAddressClaimWait = in.OwnerClaimWait
		in.CostWeight = big.NewInt(trainer.MinCostWeight)
	}
	return in
}
