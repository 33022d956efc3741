package ingest_test

import (
	"context"
	"fmt"
	"log"
	"math"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Follow a trainer into a store and list what was added. Against a real node, dial it with ethclient.Dial,
// pick a depth of a few blocks, and run Follow in the background instead of stepping.
func ExampleFollower() {
	ctx := context.Background()
	key, _ := crypto.HexToECDSA("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	sim := chain.NewSimulated(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(params.Ether)}}, 0)
	defer sim.Close()
	id, err := sim.Client().ChainID(ctx)
	if err != nil {
		log.Fatal(err)
	}
	t := trainer.NewTransactor(sim.Client(), bind.NewKeyedTransactor(key, id), chain.WithMiner(func() { sim.Commit() }))
	m := &model.Model{Kind: model.SparsePerceptron, Classes: []string{"bad", "good"}, NumFeatures: 8, MaxFeatures: 4,
		Weights: make([]int64, 8), LearningRate: model.One}
	s, err := trainer.Deploy(ctx, t, trainer.Spec{Model: m, Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60}})
	if err != nil {
		log.Fatal(err)
	}
	for _, sample := range [][]int64{{0, 1}, {4, 5, 6}} {
		if _, err := s.AddData(ctx, t, sample, 1, nil); err != nil {
			log.Fatal(err)
		}
	}

	dir, err := os.MkdirTemp("", "ingest-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	store, err := ingest.Open(dir, ingest.Meta{ChainID: id.Uint64(), Trainer: s.Trainer, Depth: 0})
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()
	f := ingest.NewFollower(sim.Client(), store, ingest.Options{NumClasses: uint64(len(m.Classes))})
	for caughtUp := false; !caughtUp; {
		if caughtUp, err = f.Step(ctx); err != nil {
			log.Fatal(err)
		}
	}

	for e, err := range store.Contributions(ingest.Position{Block: math.MaxUint64}, math.MaxUint64) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("sample", e.Sample, "labelled", e.Label, "reported:", e.Reported)
	}
	fmt.Println("lag:", f.Progress().Lag, "blocks")
	// Output:
	// sample [0 1] labelled 1 reported: false
	// sample [4 5 6] labelled 1 reported: false
	// lag: 0 blocks
}
