package trainer_test

import (
	"context"
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/sdk/trainer"
)

// Add a batch of samples without waiting for each to be mined before sending the next, run the same batch
// again (it adds nothing: what is on chain is skipped), and score the model on them.
func ExampleStack_AddAll() {
	ctx := context.Background()
	sim, t := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, t, trainer.Spec{Model: exampleModel(), Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60}})
	if err != nil {
		log.Fatal(err)
	}
	batch := []trainer.Sample{{Data: []int64{0, 1}, Label: 1}, {Data: []int64{4, 5}, Label: 0}, {Data: []int64{0, 5}, Label: 0}, {Data: []int64{0, 5}, Label: 0}}
	for range 2 {
		res, err := s.AddAll(ctx, t, sim.Client(), batch, trainer.BatchOptions{})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("added", res.Added, "skipped", res.Skipped)
	}

	data := make([][]int64, len(batch))
	labels := make([]uint64, len(batch))
	for i, smp := range batch {
		data[i], labels[i] = smp.Data, smp.Label
	}
	predicted, err := s.PredictAll(ctx, t, data, 0, nil)
	if err != nil {
		log.Fatal(err)
	}
	score := trainer.ScorePredictions(predicted, labels, 2)
	fmt.Printf("accuracy %.2f (%d of %d)\n", score.Accuracy(), score.Correct, score.Total)
	// Output:
	// added 4 skipped 0
	// added 0 skipped 4
	// accuracy 1.00 (4 of 4)
}

// Add several samples in one transaction: each gets its own contribution and AddData event, as if added one by
// one in the same block, for one transaction's base cost.
func ExampleStack_AddBatch() {
	ctx := context.Background()
	sim, t := exampleChain()
	defer sim.Close()
	s, err := trainer.Deploy(ctx, t, trainer.Spec{Model: exampleModel(), Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: 60}})
	if err != nil {
		log.Fatal(err)
	}
	batch := []trainer.Sample{{Data: []int64{0, 1}, Label: 1}, {Data: []int64{4, 5}, Label: 0}, {Data: []int64{0, 5}, Label: 0}}
	most, err := s.MaxBatchSize(ctx, t)
	if err != nil {
		log.Fatal(err)
	}
	value, err := s.NextAddDataCostOfBatch(ctx, t, len(batch))
	if err != nil {
		log.Fatal(err)
	}
	r, err := s.AddBatch(ctx, t, batch, value)
	if err != nil {
		log.Fatal(err)
	}
	events := 0
	for _, l := range r.Logs {
		if _, err := s.AddedTime(&types.Receipt{Logs: []*types.Log{l}, TxHash: r.TxHash}); err == nil {
			events++
		}
	}
	fmt.Println("at most", most, "a batch; deposit", value, "wei; AddData events:", events)
	// Output:
	// at most 100 a batch; deposit 0 wei; AddData events: 3
}
