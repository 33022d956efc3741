package predictionmarket_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// exampleKeys are the provider's and a contributor's private keys.
var exampleKeys = []string{
	"8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f",
	"b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291",
}

// exampleChain starts an in-process chain with the example accounts funded and returns a transactor for each that
// mines a block after each transaction. Against a real node, use ethclient.Dial and a keystore's TransactOpts,
// and leave out chain.WithMiner.
func exampleChain() (*simulated.Backend, []*chain.Transactor) {
	alloc := types.GenesisAlloc{}
	var keys []*ecdsa.PrivateKey
	for _, h := range exampleKeys {
		key, _ := crypto.HexToECDSA(h)
		keys = append(keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	}
	sim := chain.NewSimulated(alloc, 0)
	id, err := sim.Client().ChainID(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	var ts []*chain.Transactor
	for _, key := range keys {
		ts = append(ts, trainer.NewTransactor(sim.Client(), bind.NewKeyedTransactor(key, id), chain.WithMiner(func() { sim.Commit() })))
	}
	return sim, ts
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
	sim, ts := exampleChain()
	defer sim.Close()
	m, man, err := open(ctx, ts[0])
	if err != nil {
		log.Fatal(err)
	}
	st, err := m.State(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("phase %s, %d pieces committed, bounty %s wei, manifest holds %d pieces\n",
		predictionmarket.Phase(st.Phase), st.NumPieces, st.Bounty, len(man.Pieces))
	// Output: phase Committed, 3 pieces committed, bounty 1000000000000000000 wei, manifest holds 3 pieces
}

// The provider reveals the drawn piece, and a contributor stakes on labelled samples.
func Example_contribute() {
	ctx := context.Background()
	sim, ts := exampleChain()
	defer sim.Close()
	m, man, err := open(ctx, ts[0])
	if err != nil {
		log.Fatal(err)
	}
	if err := revealFirst(ctx, func() { sim.Commit() }, m, ts[0], man); err != nil {
		log.Fatal(err)
	}
	if _, err := m.Send(ctx, ts[1], m.Contribute([]int64{0, 3}, 1, big.NewInt(1e16))); err != nil {
		log.Fatal(err)
	}
	st, err := m.State(ctx)
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
	sim, ts := exampleChain()
	defer sim.Close()
	m, man, err := open(ctx, ts[0])
	if err != nil {
		log.Fatal(err)
	}
	if err := revealFirst(ctx, func() { sim.Commit() }, m, ts[0], man); err != nil {
		log.Fatal(err)
	}
	if err := contribute(ctx, m, ts[0], ts[1], man); err != nil {
		log.Fatal(err)
	}
	res, err := m.Step(ctx, predictionmarket.StepOptions{MaxSteps: 20, Batch: 4, SettleItems: 256}, m.Sender(ts[1]))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("done: %v, phase %s\n", res.Done, res.Phase)
	for i, t := range ts {
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
	sim, ts := exampleChain()
	defer sim.Close()
	m, man, err := open(ctx, ts[0])
	if err != nil {
		log.Fatal(err)
	}
	if err := revealFirst(ctx, func() { sim.Commit() }, m, ts[0], man); err != nil {
		log.Fatal(err)
	}
	s, err := m.Status(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s, %d of %d pieces revealed, deadline given: %v\nwaits for %s\n", s.Phase, s.Revealed, s.NumPieces, s.By != nil, s.WaitsFor)
	// Output:
	// Participation, 1 of 3 pieces revealed, deadline given: true
	// waits for contributions (`sumkit market add`); it may end at 2 contributions (now 0) or at the time below
}
