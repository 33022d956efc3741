package devnet

import (
	"io"
	"log/slog"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// BenchmarkBlock measures one transfer from eth_sendRawTransaction to its receipt, one block each, on a chain in
// memory, on a datadir (durable: each block's state committed and synced before its receipt is served), and on
// a datadir without the sync, to split the cost between writing the state and syncing it. The chain clock is
// replaced by one that moves a second each time it is read, so blocks do not wait for the wall clock.
func BenchmarkBlock(b *testing.B) {
	for _, bc := range []struct {
		name    string
		datadir bool
		sync    bool
	}{
		{"memory", false, false},
		{"datadir", true, true},
		{"datadir-unsynced", true, false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			cfg := Config{Addr: "127.0.0.1:0", Accounts: 1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
			if bc.datadir {
				cfg.DataDir = b.TempDir()
			}
			n, err := Start(b.Context(), cfg)
			if err != nil {
				b.Fatalf("Start error = %v", err)
			}
			defer n.Close()
			var ticks atomic.Int64
			base := time.Now()
			n.sealMu.Lock()
			n.now = func() time.Time { return base.Add(time.Duration(ticks.Add(1)) * time.Second) }
			n.durable = bc.sync
			n.sealMu.Unlock()

			client, err := ethclient.Dial(n.URL())
			if err != nil {
				b.Fatalf("Dial error = %v", err)
			}
			defer client.Close()
			heads := make(chan core.ChainHeadEvent, 16)
			sub := n.eth.BlockChain().SubscribeChainHeadEvent(heads)
			defer sub.Unsubscribe()
			key := n.Accounts()[0].Key
			signer := types.LatestSignerForChainID(big.NewInt(ChainID))
			to := common.HexToAddress("0xbe4c")
			var nonce uint64
			for b.Loop() {
				tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
					ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
					GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000, To: &to, Value: big.NewInt(1),
				})
				nonce++
				if err := client.SendTransaction(b.Context(), tx); err != nil {
					b.Fatalf("SendTransaction error = %v", err)
				}
				for {
					// The receipt is served once the block is synced; the head event comes before that.
					<-heads
					if _, err := client.TransactionReceipt(b.Context(), tx.Hash()); err == nil {
						break
					}
				}
			}
		})
	}
}
