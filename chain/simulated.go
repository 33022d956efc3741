package chain

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// OsakaConfig is the dev chain's configuration with every fork up to Osaka, mainnet's rules, and none later.
// go-ethereum's default dev configuration also enables an unscheduled future fork that reprices storage, which
// would make gas figures incomparable with any deployed chain.
func OsakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	return &cfg
}

// NewSimulated starts an in-process chain with Osaka rules and alloc as its genesis accounts. Blocks are made on
// demand with its Commit method. A positive gasLimit sets the block gas limit; configure, when given, adjusts
// the node further (e.g. its RPC gas cap). Close it when done.
func NewSimulated(alloc types.GenesisAlloc, gasLimit uint64, configure ...func(*ethconfig.Config)) *simulated.Backend {
	return simulated.NewBackend(alloc, func(_ *node.Config, eth *ethconfig.Config) {
		eth.Genesis.Config = OsakaConfig()
		if gasLimit > 0 {
			eth.Genesis.GasLimit = gasLimit
			eth.Miner.GasCeil = gasLimit
		}
		for _, f := range configure {
			f(eth)
		}
	})
}

// AdjustTime moves the simulated chain's clock forward by d for the next block. The backend refuses while its
// pending block holds transactions, which it does for a moment after each Commit: the transaction pool drops
// mined transactions only when it catches up with the new head, in the background. AdjustTime waits for that
// rather than mining an extra block, so runs stay deterministic.
func AdjustTime(ctx context.Context, sim *simulated.Backend, d time.Duration) error {
	const pause = 2 * time.Millisecond
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := sim.AdjustTime(d)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("adjust time by %s: %w", d, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("adjust time by %s: %w", d, ctx.Err())
		case <-time.After(pause):
		}
	}
}
