package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
)

// A send times out on a chain that has stopped mining; re-running it with the same journal waits for the earlier
// transaction instead of sending a second one.
func ExampleWithJournal() {
	ctx := context.Background()
	accs, _ := devnet.DeriveAccounts(devnet.Mnemonic, 1)
	sim := chain.NewSimulated(types.GenesisAlloc{accs[0].Address: {Balance: big.NewInt(params.Ether)}}, 0)
	defer sim.Close()
	dir, _ := os.MkdirTemp("", "journal")
	defer os.RemoveAll(dir)
	journal, _ := chain.OpenJournal(dir)
	opts := bind.NewKeyedTransactor(accs[0].Key, big.NewInt(1337))
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")

	// No miner: the chain makes no block, so the receipt never comes.
	first := chain.NewTransactor(sim.Client(), opts, chain.WithJournal(journal), chain.WithTimeout(100*time.Millisecond))
	_, err := first.Transact(ctx, to, []byte("hello"), nil)
	stalled, _ := chain.AsNotMined(err)

	rerun := chain.NewTransactor(sim.Client(), opts, chain.WithJournal(journal), chain.WithMiner(func() { sim.Commit() }),
		chain.WithEarlier(func(e chain.Earlier) { fmt.Println("waiting for the earlier transaction:", e.Hash == stalled.Hash) }))
	r, err := rerun.Transact(ctx, to, []byte("hello"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	nonce, _ := sim.Client().NonceAt(ctx, accs[0].Address, nil)
	fmt.Println("mined the earlier one:", r.TxHash == stalled.Hash, "transactions sent:", nonce)
	// Output:
	// waiting for the earlier transaction: true
	// mined the earlier one: true transactions sent: 1
}
