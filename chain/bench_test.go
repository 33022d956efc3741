package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
)

// BenchmarkTransact is one call sent and mined on a devnet, with and without the journal: what recording,
// locking and settling cost per send.
func BenchmarkTransact(b *testing.B) {
	node, client := startDevnet(b, 1)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	j, err := chain.OpenJournal(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	for name, options := range map[string][]chain.Option{"plain": nil, "journal": {chain.WithJournal(j)}} {
		b.Run(name, func(b *testing.B) {
			tr := chain.NewTransactor(client, bind.NewKeyedTransactor(node.Accounts()[0].Key, big.NewInt(devnet.ChainID)), options...)
			i := 0
			for b.Loop() {
				i++
				if _, err := tr.Transact(b.Context(), to, big.NewInt(int64(i)).Bytes(), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
