package sim

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

// genData makes IMDB-shaped data for tests: sparse samples of k distinct, increasing indices below d, drawn
// with a skew towards low indices, labelled by a planted perceptron and flipped with probability noise.
func genData(t testing.TB, train, test, d, k int, noise float64, seed uint64) *Data {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 7))
	w := make([]int64, d)
	for i := range w {
		w[i] = r.Int64N(2001) - 1000
	}
	gen := func(n int) *SliceSamples {
		s := &SliceSamples{X: make([][]int64, n), Y: make([]uint64, n)}
		for i := range n {
			x := make([]int64, 0, k)
			for len(x) < k {
				// The square of a uniform draw favours low indices, as word frequencies do.
				u := r.Float64()
				f := int64(u * u * float64(d))
				if !slices.Contains(x, f) {
					x = append(x, f)
				}
			}
			slices.Sort(x)
			var score int64
			for _, f := range x {
				score += w[f]
			}
			y := uint64(0)
			if score > 0 {
				y = 1
			}
			if r.Float64() < noise {
				y ^= 1
			}
			s.X[i], s.Y[i] = x, y
		}
		return s
	}
	return &Data{
		Name:        "generated",
		Classes:     []string{"negative", "positive"},
		NumFeatures: uint64(d),
		Sparse:      true,
		Train:       gen(train),
		Test:        gen(test),
	}
}

// imdbShapedConfig is the IMDB set-up: a sparse perceptron, 8% initial training, an honest agent
// (balance 10,000, deposit 50 ± 10, wait 600 s, mistakes 1e-4) and a malicious one (balance 10,000, deposit
// 100 ± 3, wait 3,600 s), refunds after a day and takes after nine, accuracy every 200,000 s.
func imdbShapedConfig(t testing.TB) *Config {
	t.Helper()
	cfg, err := ParseConfig([]byte(`{
		"name": "imdb-shaped",
		"seed": 1,
		"dataset": {"name": "generated"},
		"model": {"kind": "sparse-perceptron"},
		"init_train_data_portion": 0.08,
		"mechanism": {"kind": "deposit-refund-take", "cost_weight": 0.015,
			"refund_wait_s": 86400, "any_address_claim_wait_s": 777600},
		"unit_wei": "1000000000000",
		"agents": [
			{"address": "Good", "start_balance": 10000, "mean_deposit": 50, "stdev_deposit": 10,
			 "mean_update_wait_s": 600, "prob_mistake": 0.0001},
			{"address": "Bad", "start_balance": 10000, "mean_deposit": 100, "stdev_deposit": 3,
			 "mean_update_wait_s": 3600, "good": false}
		]
	}`))
	if err != nil {
		t.Fatalf("ParseConfig() error = %v", err)
	}
	return cfg
}

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad wei " + s)
	}
	return v
}

// amountOf reads an outcome's amount, nil being nothing paid.
func amountOf(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return b
}
