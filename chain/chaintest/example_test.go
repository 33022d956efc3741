package chaintest_test

import (
	"context"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain/chaintest"
)

// Account 0 pays account 1 one ether; the transactor mines the block it lands in. A test would call
// chaintest.New(t, …), which closes the chain when the test ends.
func Example() {
	ctx := context.Background()
	c, err := chaintest.Start(ctx, chaintest.WithAccounts(2), chaintest.WithBalance(big.NewInt(5*params.Ether)))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	r, err := c.Transactor(0).Transact(ctx, c.Addr(1), nil, big.NewInt(params.Ether))
	if err != nil {
		log.Fatal(err)
	}
	balance, err := c.Client().BalanceAt(ctx, c.Addr(1), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("block:", r.BlockNumber, "balance:", new(big.Int).Div(balance, big.NewInt(params.Ether)), "ether")
	// Output:
	// block: 1 balance: 6 ether
}
