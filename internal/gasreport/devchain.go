package gasreport

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// devChain is an in-process Osaka chain for one measurement, with every key funded.
type devChain struct {
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

// newDevChain starts a chain funding keys with 1000 ether each. The simulated chain stamps a block with the
// wall clock, or its parent's time plus one second if that is later; moving the clock an hour ahead first makes
// every block exactly one second after the last, so that time-dependent costs (the deposit, which depends on
// the time since the last addition) are the same on every run. The caller closes it.
func newDevChain(ctx context.Context, keys ...*ecdsa.PrivateKey) (*devChain, error) {
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: funds}
	}
	sim := chain.NewSimulated(alloc, 0)
	if err := sim.AdjustTime(time.Hour); err != nil {
		sim.Close()
		return nil, fmt.Errorf("set chain clock: %w", err)
	}
	c := &devChain{sim: sim, client: sim.Client()}
	var err error
	if c.chainID, err = c.client.ChainID(ctx); err != nil {
		sim.Close()
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return c, nil
}

func (c *devChain) Close() { c.sim.Close() }

// transactor sends from k and seals a block after each transaction; a nonzero gasLimit replaces the estimate.
func (c *devChain) transactor(k *ecdsa.PrivateKey, gasLimit uint64) *chain.Transactor {
	opts := bind.NewKeyedTransactor(k, c.chainID)
	opts.GasLimit = gasLimit
	return trainer.NewTransactor(c.client, opts, chain.WithMiner(func() { c.sim.Commit() }))
}

// pastWaits moves the clock past every wait of shortestWaits, so that a refund or report that follows takes the
// path it took when the waits were 0 (a report takes everything left, without asking the model).
func (c *devChain) pastWaits(ctx context.Context) error {
	if err := chain.AdjustTime(ctx, c.sim, (trainer.MinRefundWait+trainer.MinRefundWindow)*time.Second); err != nil {
		return fmt.Errorf("move the clock past the waits: %w", err)
	}
	return nil
}

// shortestWaits is Deposit-Refund-Take with the shortest waits its bounds allow and a cost weight of 1e9 wei.
func shortestWaits() trainer.Incentive {
	return trainer.Incentive{Mechanism: trainer.DepositRefundTake, RefundWait: trainer.MinRefundWait,
		OwnerClaimWait: trainer.MinRefundWait + trainer.MinRefundWindow, AnyAddressClaimWait: trainer.MinRefundWait + trainer.MinRefundWindow,
		CostWeight: big.NewInt(1e9)}
}
