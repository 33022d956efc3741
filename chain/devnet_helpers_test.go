package chain_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/devnet"
)

// startDevnet runs a dev chain with accounts funded accounts for the test and dials it; both close with the test.
func startDevnet(tb testing.TB, accounts int) (*devnet.Node, *ethclient.Client) {
	tb.Helper()
	node, err := devnet.Start(tb.Context(), devnet.Config{Addr: "127.0.0.1:0", Accounts: accounts})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { node.Close() })
	client, err := ethclient.Dial(node.URL())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(client.Close)
	return node, client
}
