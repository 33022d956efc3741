package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/chain/chaintest"
	"github.com/sumkit/sumkit/devnet"
)

// A send times out on a chain that has stopped mining; re-running it with the same journal waits for the earlier
// transaction instead of sending a second one.
func ExampleWithJournal() {
	ctx := context.Background()
	accs, _ := devnet.DeriveAccounts(devnet.Mnemonic, 1)
	node, err := chaintest.Start(ctx, chaintest.WithKeys(accs[0].Key), chaintest.WithBalance(big.NewInt(params.Ether)))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer node.Close()
	dir, _ := os.MkdirTemp("", "journal")
	defer os.RemoveAll(dir)
	journal, _ := chain.OpenJournal(dir)
	opts := node.Opts(0)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")

	// No miner: the chain makes no block, so the receipt never comes.
	first := chain.NewTransactor(node.Client(), opts, chain.WithJournal(journal), chain.WithTimeout(100*time.Millisecond))
	_, err = first.Transact(ctx, to, []byte("hello"), nil)
	stalled, _ := chain.AsNotMined(err)

	rerun := chain.NewTransactor(node.Client(), opts, chain.WithJournal(journal), node.Miner(),
		chain.WithEarlier(func(e chain.Earlier) { fmt.Println("waiting for the earlier transaction:", e.Hash == stalled.Hash) }))
	r, err := rerun.Transact(ctx, to, []byte("hello"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	nonce, _ := node.Client().NonceAt(ctx, accs[0].Address, nil)
	fmt.Println("mined the earlier one:", r.TxHash == stalled.Hash, "transactions sent:", nonce)
	// Output:
	// waiting for the earlier transaction: true
	// mined the earlier one: true transactions sent: 1
}
