package predictionmarket_test

import (
	"context"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/chain/chaintest"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// exampleRun is a market on an in-process chain with two funded accounts: the provider, who opened it, and a
// contributor. Each transactor mines a block after each transaction. Against a real node, use ethclient.Dial and
// a keystore's TransactOpts, and leave out the miner.
type exampleRun struct {
	chain                 *chaintest.Chain
	provider, contributor *chain.Transactor
	m                     *predictionmarket.Market
	man                   *predictionmarket.Manifest
}

// startExample starts a chain, has the provider open a market on it (open), and takes the run as far as phase:
// Committed, Participation (revealFirst) or Rewarding (then contribute). The caller closes the chain.
func startExample(ctx context.Context, phase predictionmarket.Phase) *exampleRun {
	c, err := chaintest.Start(ctx, chaintest.WithAccounts(2), chaintest.WithBalance(new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))))
	if err != nil {
		log.Fatal(err)
	}
	r := &exampleRun{chain: c, provider: exampleTransactor(c, 0), contributor: exampleTransactor(c, 1)}
	if r.m, r.man, err = open(ctx, r.provider); err != nil {
		log.Fatal(err)
	}
	if phase >= predictionmarket.Participation {
		if err := revealFirst(ctx, func() { c.Commit() }, r.m, r.provider, r.man); err != nil {
			log.Fatal(err)
		}
	}
	if phase >= predictionmarket.Rewarding {
		if err := contribute(ctx, r.m, r.provider, r.contributor, r.man); err != nil {
			log.Fatal(err)
		}
	}
	return r
}

// exampleTransactor is a transactor for c's account i that decodes sumkit's reverts.
func exampleTransactor(c *chaintest.Chain, i int) *chain.Transactor {
	return c.Transactor(i, chain.WithErrors(trainer.Errors()))
}

// exampleModel is an untrained sparse perceptron over 8 features.
func exampleModel() *model.Model {
	return &model.Model{Kind: model.SparsePerceptron, Classes: []string{"bad", "good"},
		NumFeatures: 8, MaxFeatures: 4, Weights: make([]int64, 8), LearningRate: model.One}
}

// exampleTestSet is the provider's hidden test set: features 0-3 mean "good" (1), 4-7 "bad" (0).
func exampleTestSet() []commitment.Sample {
	return []commitment.Sample{
		{Data: []int64{0, 1}, Label: 1}, {Data: []int64{4, 5}, Label: 0},
		{Data: []int64{2, 3}, Label: 1}, {Data: []int64{6, 7}, Label: 0},
		{Data: []int64{1, 2}, Label: 1}, {Data: []int64{5, 6}, Label: 0},
	}
}

// open deploys a market and starts a run on it as the provider t, with a bounty of 1 ether, and returns the
// market and the provider's manifest.
func open(ctx context.Context, t *chain.Transactor) (*predictionmarket.Market, *predictionmarket.Manifest, error) {
	m, _, err := predictionmarket.Deploy(ctx, t)
	if err != nil {
		return nil, nil, err
	}
	pieces, err := predictionmarket.Split(exampleTestSet(), 3)
	if err != nil {
		return nil, nil, err
	}
	cfg := bindings.IPredictionMarketConfig{
		MinStake: big.NewInt(1e16), MinContributions: 2, MinDuration: 3600, FirstRevealWindow: 3600,
		RevealWindow: 3600, RewardWindow: 86400, MaxPieceSamples: 2, MaxSampleLength: 4,
		ModelGasLimit: 300_000, MaxContributions: 10,
	}
	man, _, err := m.Open(ctx, t, predictionmarket.OpenSpec{Model: exampleModel(), Pieces: pieces, Config: cfg, Bounty: big.NewInt(params.Ether)}, m.Sender(t))
	if err != nil {
		return nil, nil, err
	}
	return m, man, nil
}

// revealFirst mines (with mine) past the draw block, draws, and reveals the drawn piece, opening participation.
func revealFirst(ctx context.Context, mine func(), m *predictionmarket.Market, t *chain.Transactor, man *predictionmarket.Manifest) error {
	st, err := m.State(ctx)
	if err != nil {
		return err
	}
	for {
		head, err := t.Backend().HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if head.Number.Uint64() > st.DrawBlock {
			break
		}
		mine()
	}
	if _, err := m.Send(ctx, t, m.Draw()); err != nil {
		return err
	}
	if st, err = m.State(ctx); err != nil {
		return err
	}
	tree, err := man.Check(st.PiecesRoot)
	if err != nil {
		return err
	}
	a, err := m.RevealFirst(man, tree, int(st.RevealIndex))
	if err != nil {
		return err
	}
	_, err = m.Send(ctx, t, a)
	return err
}

// contribute has the contributor stake on two correctly labelled samples, ends participation and has the
// provider reveal the rest: the run is then Rewarding.
func contribute(ctx context.Context, m *predictionmarket.Market, provider, contributor *chain.Transactor, man *predictionmarket.Manifest) error {
	for _, s := range []commitment.Sample{{Data: []int64{0, 3}, Label: 1}, {Data: []int64{4, 7}, Label: 0}} {
		if _, err := m.Send(ctx, contributor, m.Contribute(s.Data, s.Label, big.NewInt(1e16))); err != nil {
			return err
		}
	}
	st, err := m.State(ctx)
	if err != nil {
		return err
	}
	if _, err := m.Send(ctx, contributor, m.End(st.NumContributions)); err != nil {
		return err
	}
	return m.RevealRest(ctx, man, 8, m.Sender(provider))
}

// A provider opens a market: deploys it, deploys an untrained model for it, and commits to a hidden test set and
// a bounty. The manifest it keeps holds the test set.
func Example_open() {
	ctx := context.Background()
	r := startExample(ctx, predictionmarket.Committed)
	defer r.chain.Close()
	st, err := r.m.State(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("phase %s, %d pieces committed, bounty %s wei, manifest holds %d pieces\n",
		predictionmarket.Phase(st.Phase), st.NumPieces, st.Bounty, len(r.man.Pieces))
	// Output: phase Committed, 3 pieces committed, bounty 1000000000000000000 wei, manifest holds 3 pieces
}

// The provider reveals the drawn piece, and a contributor stakes on labelled samples.
func Example_contribute() {
	ctx := context.Background()
	r := startExample(ctx, predictionmarket.Participation)
	defer r.chain.Close()
	if _, err := r.m.Send(ctx, r.contributor, r.m.Contribute([]int64{0, 3}, 1, big.NewInt(1e16))); err != nil {
		log.Fatal(err)
	}
	st, err := r.m.State(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("phase %s, %d contribution, %s wei staked\n", predictionmarket.Phase(st.Phase), st.NumContributions, st.TotalStaked)
	// Output: phase Participation, 1 contribution, 10000000000000000 wei staked
}

// Once every piece is revealed, anyone steps the rewards to the end from the market's public events, and each
// account collects what it is owed.
func ExampleMarket_Step() {
	ctx := context.Background()
	r := startExample(ctx, predictionmarket.Rewarding)
	defer r.chain.Close()
	m := r.m
	res, err := m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 20, Batch: 4, SettleItems: 256}, m.Sender(r.contributor))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("done: %v, phase %s\n", res.Done, res.Phase)
	for i, t := range []*chain.Transactor{r.provider, r.contributor} {
		did, _, err := m.Collect(ctx, t.From(), m.Sender(t))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("account %d collected: %v\n", i, did)
	}
	st, err := m.State(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("phase %s\n", predictionmarket.Phase(st.Phase))
	// Output:
	// done: true, phase Collecting
	// account 0 collected: true
	// account 1 collected: true
	// phase Idle
}

// Status says where a market stands, what it waits for, and by when (in chain time).
func ExampleMarket_Status() {
	ctx := context.Background()
	r := startExample(ctx, predictionmarket.Participation)
	defer r.chain.Close()
	s, err := r.m.Status(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s, %d of %d pieces revealed, deadline given: %v\nwaits for %s\n", s.Phase, s.Revealed, s.NumPieces, s.By != nil, s.WaitsFor)
	// Output:
	// Participation, 1 of 3 pieces revealed, deadline given: true
	// waits for contributions (`sumkit market add`); it may end at 2 contributions (now 0) or at the time below
}
