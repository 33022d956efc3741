package chain_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/chain"
)

// Senders that share an account but not a journal (separate programs, or a library user without one) all read
// the same pending nonce; every send must still land, each at a nonce of its own.
func TestConcurrentSendersWithoutJournal(t *testing.T) {
	node, client := startDevnet(t, 2)
	acc := node.Accounts()[1]
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")

	const senders = 8
	var wg sync.WaitGroup
	errs := make([]error, senders)
	nonces := make([]uint64, senders)
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr := chain.NewTransactor(client, bind.NewKeyedTransactor(acc.Key, big1337()))
			r, err := tr.Transact(t.Context(), to, []byte(fmt.Sprintf("sender %d", i)), nil)
			if err != nil {
				errs[i] = err
				return
			}
			tx, _, err := client.TransactionByHash(t.Context(), r.TxHash)
			if err != nil {
				errs[i] = err
				return
			}
			nonces[i] = tx.Nonce()
		}()
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for i, err := range errs {
		if err != nil {
			t.Errorf("sender %d: %v", i, err)
			continue
		}
		if seen[nonces[i]] {
			t.Errorf("sender %d: nonce %d used twice", i, nonces[i])
		}
		seen[nonces[i]] = true
	}
	if n, err := client.NonceAt(t.Context(), acc.Address, nil); err != nil || n != senders {
		t.Errorf("account nonce = %d, %v; want %d: every send mined once", n, err, senders)
	}
}
