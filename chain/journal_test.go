package chain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/chain/chaintest"
	"github.com/sumkit/sumkit/devnet"
)

func TestJournalRerun(t *testing.T) {
	accs, err := devnet.DeriveAccounts(devnet.Mnemonic, 1)
	if err != nil {
		t.Fatal(err)
	}
	acc := accs[0]
	c := chaintest.New(t, chaintest.WithKeys(acc.Key), chaintest.WithBalance(new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))))
	client := c.Client()
	dir := t.TempDir()
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	data := []byte("the same action")

	var earlier []chain.Earlier
	transactor := func(t *testing.T, options ...chain.Option) *chain.Transactor {
		t.Helper()
		j, err := chain.OpenJournal(dir)
		if err != nil {
			t.Fatal(err)
		}
		return chain.NewTransactor(client, c.Opts(0), append([]chain.Option{chain.WithJournal(j), chain.WithEarlier(func(e chain.Earlier) { earlier = append(earlier, e) })}, options...)...)
	}
	nonce := func(t *testing.T) uint64 {
		t.Helper()
		n, err := client.PendingNonceAt(t.Context(), acc.Address)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	// A send that times out on a chain that does not mine: the transaction stays pending.
	_, err = transactor(t, chain.WithTimeout(200*time.Millisecond)).Transact(t.Context(), to, data, nil)
	nm, ok := chain.AsNotMined(err)
	if !ok {
		t.Fatalf("Transact on a stalled chain error = %v, want a *NotMinedError", err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("NotMinedError = %v, want it to wrap the deadline", err)
	}
	if s, err := chain.Lookup(t.Context(), client, nm.Hash); err != nil || s.State != chain.TxPending {
		t.Fatalf("Lookup(%s) = %+v, %v; want pending", nm.Hash, s, err)
	}

	// The re-run waits for the pending transaction instead of sending another.
	r, err := transactor(t, c.Miner()).Transact(t.Context(), to, data, nil)
	if err != nil {
		t.Fatalf("re-run: %v", err)
	}
	if r.TxHash != nm.Hash || len(earlier) != 1 || earlier[0].Hash != nm.Hash || earlier[0].Receipt != nil {
		t.Fatalf("re-run mined %s, told %+v; want it to wait for the pending %s", r.TxHash, earlier, nm.Hash)
	}
	if n := nonce(t); n != 1 {
		t.Fatalf("nonce after the re-run = %d, want 1: one transaction", n)
	}

	// Its receipt was seen: the same action again is a new one, and is sent.
	r2, err := transactor(t, c.Miner()).Transact(t.Context(), to, data, nil)
	if err != nil || r2.TxHash == nm.Hash || nonce(t) != 2 || len(earlier) != 1 {
		t.Fatalf("same action after a seen receipt = %v, %v (nonce %d, told %+v); want a new transaction", r2, err, nonce(t), earlier)
	}

	// A send that times out but is mined meanwhile: the re-run sends nothing and returns the earlier receipt.
	_, err = transactor(t, chain.WithTimeout(200*time.Millisecond)).Transact(t.Context(), to, data, nil)
	nm, ok = chain.AsNotMined(err)
	if !ok {
		t.Fatalf("second stalled send error = %v, want a *NotMinedError", err)
	}
	c.Commit()
	r3, err := transactor(t, c.Miner()).Transact(t.Context(), to, data, nil)
	if err != nil || r3.TxHash != nm.Hash || nonce(t) != 3 {
		t.Fatalf("re-run after the earlier one was mined = %v, %v (nonce %d); want its receipt and nothing sent", r3, err, nonce(t))
	}
	if last := earlier[len(earlier)-1]; last.Hash != nm.Hash || last.Receipt == nil {
		t.Errorf("told %+v, want the earlier transaction with its receipt", last)
	}

	// --again: the same stalled situation, but the caller wants a second one on purpose.
	_, err = transactor(t, chain.WithTimeout(200*time.Millisecond)).Transact(t.Context(), to, data, nil)
	if _, ok := chain.AsNotMined(err); !ok {
		t.Fatalf("third stalled send error = %v, want a *NotMinedError", err)
	}
	if _, err := transactor(t, c.Miner(), chain.WithAgain()).Transact(t.Context(), to, data, nil); err != nil {
		t.Fatalf("re-run with WithAgain: %v", err)
	}
	if n := nonce(t); n != 5 {
		t.Errorf("nonce after WithAgain = %d, want 5: both the stalled and the new transaction", n)
	}
}

// Goroutines with transactors of their own and one journal folder stand for processes: the journal's lock makes
// each read a nonce the others have not taken, so none needs a retry.
func TestJournalConcurrentSenders(t *testing.T) {
	node, err := devnet.Start(t.Context(), devnet.Config{Addr: "127.0.0.1:0", Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	acc := node.Accounts()[1]
	dir := t.TempDir()
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	const senders = 8
	var wg sync.WaitGroup
	errs := make([]error, senders)
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client, err := ethclient.Dial(node.URL())
			if err != nil {
				errs[i] = err
				return
			}
			defer client.Close()
			j, err := chain.OpenJournal(dir)
			if err != nil {
				errs[i] = err
				return
			}
			tr := chain.NewTransactor(client, bind.NewKeyedTransactor(acc.Key, big.NewInt(1337)), chain.WithJournal(j))
			_, errs[i] = tr.Transact(t.Context(), to, []byte{byte(i)}, nil)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("sender %d: %v", i, err)
		}
	}
	client, err := ethclient.Dial(node.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if n, err := client.NonceAt(t.Context(), acc.Address, nil); err != nil || n != senders {
		t.Errorf("account nonce = %d, %v; want %d", n, err, senders)
	}
}
