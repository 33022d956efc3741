package trainer_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// exampleChain starts an in-process chain with one funded account and returns a transactor for it that mines a
// block after each transaction. Against a real node, use ethclient.Dial and a keystore's TransactOpts instead,
// and leave out chain.WithMiner.
func exampleChain(options ...chain.Option) (*simulated.Backend, *chain.Transactor) {
	key, _ := crypto.HexToECDSA(exampleKey)
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := chain.NewSimulated(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}}, 0)
	return sim, exampleTransactor(sim, options...)
}

// exampleKey is the example account's private key.
const exampleKey = "8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f"

// exampleTransactor is another transactor for exampleChain's account, with options.
func exampleTransactor(sim *simulated.Backend, options ...chain.Option) *chain.Transactor {
	key, _ := crypto.HexToECDSA(exampleKey)
	id, err := sim.Client().ChainID(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	return trainer.NewTransactor(sim.Client(), bind.NewKeyedTransactor(key, id), append([]chain.Option{chain.WithMiner(func() { sim.Commit() })}, options...)...)
}

// exampleModel is a sparse perceptron over 8 features: features 0-3 vote "good", 4-7 vote "bad".
func exampleModel() *model.Model {
	m := &model.Model{
		Kind: model.SparsePerceptron, Classes: []string{"bad", "good"},
		NumFeatures: 8, MaxFeatures: 4, Weights: make([]int64, 8), LearningRate: model.One,
	}
	for f := range m.Weights {
		m.Weights[f] = model.One
		if f >= 4 {
			m.Weights[f] = -model.One
		}
	}
	return m
}

// Deploy a model with the Points mechanism, ask it for predictions, and teach it.
func ExampleDeploy() {
	ctx := context.Background()
	sim, t := exampleChain()
	defer sim.Close()

	s, err := trainer.Deploy(ctx, t, trainer.Spec{
		Model:     exampleModel(),
		Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60},
		Name:      "example",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("deployed a", s.Kind, "with", s.Mechanism, "in", len(s.Receipts), "transactions")

	class, err := s.Predict(ctx, t, []int64{0, 1, 5})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("features 0, 1, 5 are class", class)
	// Output:
	// deployed a sparse-perceptron with points in 2 transactions
	// features 0, 1, 5 are class 1
}

// Deploy with a journal, so that a deployment stopped midway (a killed process, a failed transaction, a node gone)
// is finished by running it again, paying only for what did not land. Here the first run stops before its second
// transaction; the second, which could be another process, reads the same file and sends the rest.
func ExampleJournal() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sumkit-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "deployment.json.partial")

	j, err := trainer.OpenJournal(path)
	if err != nil {
		log.Fatal(err)
	}
	sends := 0
	stopAtSecond := func(ctx context.Context, tx *types.Transaction) error {
		if sends++; sends == 2 {
			return errors.New("stopped")
		}
		return j.Signed(ctx, tx)
	}
	sim, t := exampleChain(chain.WithSigned(stopAtSecond))
	defer sim.Close()
	spec := trainer.Spec{
		Model:      exampleModel(),
		Incentive:  trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60},
		ChunkWords: 1, // one word a transaction, so that this small model takes three
		Journal:    j,
	}
	if _, err := trainer.Deploy(ctx, t, spec); err != nil {
		fmt.Println("the first run stopped")
	}

	if spec.Journal, err = trainer.OpenJournal(path); err != nil {
		log.Fatal(err)
	}
	spec.Resuming = func(r trainer.Resumption) {
		fmt.Println("resuming:", r.Landed, "of", r.Total, "transactions landed")
	}
	s, err := trainer.Deploy(ctx, exampleTransactor(sim, chain.WithSigned(spec.Journal.Signed)), spec)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("deployed in", len(s.Receipts), "transactions,", s.Reused, "of them paid by the first run")
	// Once the stack's addresses are stored elsewhere (a deployment manifest), the journal can go.
	if err := spec.Journal.Remove(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// the first run stopped
	// resuming: 1 of 3 transactions landed
	// deployed in 3 transactions, 1 of them paid by the first run
}

// Add data under Deposit-Refund-Take, then read the trainer's history of additions.
func ExampleStack_Contributions() {
	ctx := context.Background()
	sim, t := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, t, trainer.Spec{
		Model: exampleModel(),
		Incentive: trainer.Incentive{Mechanism: trainer.DepositRefundTake, RefundWait: 60, OwnerClaimWait: 120,
			AnyAddressClaimWait: 180, CostWeight: big.NewInt(1e9)},
	})
	if err != nil {
		log.Fatal(err)
	}

	for _, sample := range [][]int64{{0, 1}, {4, 5, 6}} {
		deposit, err := s.NextAddDataCost(ctx, t)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := s.AddData(ctx, t, sample, 1, deposit); err != nil {
			log.Fatal(err)
		}
	}

	for c, err := range s.Contributions(ctx, sim.Client(), trainer.HistoryOptions{}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("sample", c.Data, "labelled", c.Label, "by the deployer:", c.Author == t.From())
	}
	// Output:
	// sample [0 1] labelled 1 by the deployer: true
	// sample [4 5 6] labelled 1 by the deployer: true
}

// List what an account may claim: right after adding, its refund waits for the refund wait to pass.
func ExampleStack_Claims() {
	ctx := context.Background()
	sim, t := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, t, trainer.Spec{
		Model: exampleModel(),
		Incentive: trainer.Incentive{Mechanism: trainer.DepositRefundTake, RefundWait: 60, OwnerClaimWait: 120,
			AnyAddressClaimWait: 180, CostWeight: big.NewInt(1e9)},
	})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := s.AddData(ctx, t, []int64{0, 1}, 1, big.NewInt(1e18)); err != nil {
		log.Fatal(err)
	}

	claims, err := s.Claims(ctx, t, sim.Client(), t.From(), trainer.HistoryOptions{})
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range claims {
		fmt.Printf("%s due now: %v, from %d s after adding\n", c.Action, c.Now, c.AvailableAt-c.Contribution.Time)
	}
	// Output:
	// refund due now: false, from 60 s after adding
	// take due now: false, from 120 s after adding
}
