package devnet

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
)

// counterCode is a contract that adds one to storage slot 0 on every call; counterInitCode deploys it.
const (
	counterCode     = "0x600054600101600055" + "00"
	counterInitCode = "0x600a600c600039600a6000f3" + "600054600101600055" + "00"
)

// childDataDirEnv, when set, makes TestChildDevnet run a dev chain on that datadir until interrupted: the child
// process that TestSIGKILLKeepsReceiptedTransactions kills.
const childDataDirEnv = "SUMKIT_DEVNET_CHILD_DATADIR"

// childAccounts is the number of dev accounts of the child's chain.
const childAccounts = 4

// TestChildDevnet is not a test: run in a child process it serves a dev chain and prints "URL <url>".
func TestChildDevnet(t *testing.T) {
	dir := os.Getenv(childDataDirEnv)
	if dir == "" {
		t.Skip("runs only as the child process of TestSIGKILLKeepsReceiptedTransactions")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	n, err := Start(ctx, Config{Addr: "127.0.0.1:0", DataDir: dir, Accounts: childAccounts, Logger: slog.New(slog.NewTextHandler(os.Stderr, nil))})
	if err != nil {
		fmt.Fprintln(os.Stderr, "start:", err)
		os.Exit(2)
	}
	fmt.Printf("URL %s\n", n.URL())
	<-ctx.Done()
	if err := n.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "close:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// child is a dev chain running in another process.
type child struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedBuffer
}

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startChild runs the test binary's TestChildDevnet on dir and waits for its URL.
func startChild(t *testing.T, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestChildDevnet$", "-test.count=1")
	cmd.Env = append(os.Environ(), childDataDirEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatalf("StdoutPipe() error = %v", err)
	}
	c := &child{cmd: cmd, stderr: &lockedBuffer{}}
	cmd.Stderr = c.stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start child devnet: %v", err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	urls := make(chan string, 1)
	go func() {
		scanner := bufio.NewScanner(stdout)
		for scanner.Scan() {
			if url, ok := strings.CutPrefix(scanner.Text(), "URL "); ok {
				urls <- url
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case c.url = <-urls:
	case <-time.After(30 * time.Second):
		t.Fatalf("child devnet on %s printed no URL within 30s; its log:\n%s", dir, c.stderr)
	}
	return c
}

// sentTx is a transaction the test sent, whether or not it was receipted.
type sentTx struct {
	tx     *types.Transaction
	sender int
}

// ledger records what the burst sent and which receipts the devnet served.
type ledger struct {
	mu        sync.Mutex
	sent      map[common.Hash]sentTx
	receipted map[common.Hash]*types.Receipt
}

func (l *ledger) addSent(tx *types.Transaction, sender int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sent[tx.Hash()] = sentTx{tx: tx, sender: sender}
}

func (l *ledger) addReceipt(r *types.Receipt) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.receipted[r.TxHash] = r
}

// pending returns the hashes sent but not yet receipted.
func (l *ledger) pending() []common.Hash {
	l.mu.Lock()
	defer l.mu.Unlock()
	var hashes []common.Hash
	for h := range l.sent {
		if _, ok := l.receipted[h]; !ok {
			hashes = append(hashes, h)
		}
	}
	return hashes
}

// burst sends transactions from every dev account until ctx ends or the node stops answering: transfers to
// recipients, calls to counter and contract deploys, several per account in flight at once. A poller records
// every receipt the node serves.
func burst(ctx context.Context, client *ethclient.Client, accounts []Account, recipients []common.Address, counter common.Address, l *ledger) {
	var wg sync.WaitGroup
	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	for i, a := range accounts {
		wg.Go(func() {
			nonce, err := client.PendingNonceAt(ctx, a.Address)
			if err != nil {
				return
			}
			for k := 0; ctx.Err() == nil; k++ {
				tx := &types.DynamicFeeTx{
					ChainID:   big.NewInt(ChainID),
					Nonce:     nonce,
					GasTipCap: big.NewInt(params.GWei),
					GasFeeCap: big.NewInt(100 * params.GWei),
				}
				switch {
				case i == 2: // calls to the counter
					tx.To, tx.Gas = &counter, 60_000
				case i == 3 && k%2 == 0: // deploys
					tx.Data, tx.Gas = hexutil.MustDecode(counterInitCode), 120_000
				default: // transfers of a few wei, different each time
					tx.To, tx.Value, tx.Gas = &recipients[i%len(recipients)], big.NewInt(int64(1+rand.IntN(1000))), 21_000
				}
				signed := types.MustSignNewTx(a.Key, signer, tx)
				// Recorded before sending: a transaction may land even when the answer to sending it is lost.
				l.addSent(signed, i)
				if err := client.SendTransaction(ctx, signed); err != nil {
					return
				}
				nonce++
				// A few in flight per account, so that blocks hold many transactions.
				if k%4 == 3 {
					select {
					case <-ctx.Done():
						return
					case <-time.After(time.Duration(rand.IntN(300)) * time.Millisecond):
					}
				}
			}
		})
	}
	wg.Go(func() {
		for ctx.Err() == nil {
			for _, h := range l.pending() {
				r, err := client.TransactionReceipt(ctx, h)
				if err == nil {
					l.addReceipt(r)
				}
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
	wg.Wait()
}

// checkReceipted fails the test unless every receipt the devnet served is still there, in the same block.
func checkReceipted(ctx context.Context, t *testing.T, client *ethclient.Client, l *ledger, when string) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	lost := 0
	for h, want := range l.receipted {
		got, err := client.TransactionReceipt(ctx, h)
		if err != nil {
			lost++
			if lost <= 5 {
				t.Errorf("%s: receipted transaction %s (block %d) is gone: %v", when, h, want.BlockNumber, err)
			}
			continue
		}
		if got.BlockHash != want.BlockHash || got.Status != want.Status {
			t.Errorf("%s: receipt of %s is now block %d %s status %d, was block %d %s status %d",
				when, h, got.BlockNumber, got.BlockHash, got.Status, want.BlockNumber, want.BlockHash, want.Status)
		}
	}
	if lost > 0 {
		t.Fatalf("%s: %d of %d receipted transactions lost", when, lost, len(l.receipted))
	}
}

// TestSIGKILLKeepsReceiptedTransactions runs the devnet in a child process on a datadir, kills it with SIGKILL at
// random instants during bursts of transfers, contract calls and deploys (once after a clean stop), and restarts
// it on the same datadir each time. Every transaction whose receipt the devnet served must still be there, in the
// same block, and balances, nonces, contract code and storage must be exactly what the transactions in the chain
// make them.
func TestSIGKILLKeepsReceiptedTransactions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes for about 20s")
	}
	ctx := t.Context()
	dir := t.TempDir()
	accounts, err := DeriveAccounts(Mnemonic, childAccounts)
	if err != nil {
		t.Fatalf("DeriveAccounts error = %v", err)
	}
	recipients := []common.Address{common.HexToAddress("0xaa01"), common.HexToAddress("0xaa02")}
	l := &ledger{sent: map[common.Hash]sentTx{}, receipted: map[common.Hash]*types.Receipt{}}

	// The counter is deployed and receipted before the first burst so that calls find it.
	c := startChild(t, dir)
	client, err := ethclient.Dial(c.url)
	if err != nil {
		t.Fatalf("ethclient.Dial error = %v", err)
	}
	deploy := send(ctx, t, client, accounts[2].Key, nil, nil, hexutil.MustDecode(counterInitCode))
	counter := deploy.ContractAddress
	l.sent[deploy.TxHash] = sentTx{tx: mustTx(ctx, t, client, deploy.TxHash), sender: 2}
	l.receipted[deploy.TxHash] = deploy

	const rounds = 6
	for round := range rounds {
		if round > 0 {
			c = startChild(t, dir)
			if client, err = ethclient.Dial(c.url); err != nil {
				t.Fatalf("ethclient.Dial error = %v", err)
			}
			checkReceipted(ctx, t, client, l, fmt.Sprintf("restart %d", round))
		}
		burstCtx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			burst(burstCtx, client, accounts, recipients, counter, l)
		}()
		time.Sleep(time.Duration(50+rand.IntN(2450)) * time.Millisecond)
		if round == 1 {
			// The clean stop: the burst ends, every receipt is in, then SIGINT. The next round is killed.
			cancel()
			<-done
			// A send cut short by the cancel may not have reached the node; the rest are mined within a
			// second or two.
			for deadline := time.Now().Add(3 * time.Second); len(l.pending()) > 0 && time.Now().Before(deadline); {
				for _, h := range l.pending() {
					if r, err := client.TransactionReceipt(ctx, h); err == nil {
						l.addReceipt(r)
					}
				}
				time.Sleep(20 * time.Millisecond)
			}
			if err := c.cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatalf("interrupt child: %v", err)
			}
			if err := c.cmd.Wait(); err != nil {
				t.Fatalf("child devnet after SIGINT: %v; its log:\n%s", err, c.stderr)
			}
		} else {
			if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatalf("kill child: %v", err)
			}
			c.cmd.Wait()
			cancel()
			<-done
		}
		client.Close()
		t.Logf("round %d: %d sent, %d receipted so far", round, len(l.sent), len(l.receipted))
	}

	c = startChild(t, dir)
	if client, err = ethclient.Dial(c.url); err != nil {
		t.Fatalf("ethclient.Dial error = %v", err)
	}
	defer client.Close()
	checkReceipted(ctx, t, client, l, "final restart")
	if len(l.receipted) < 50 {
		t.Errorf("only %d transactions receipted over %d rounds; the bursts did not run", len(l.receipted), rounds)
	}
	checkState(ctx, t, client, accounts, recipients, counter, l)
	// The restarted chain still mines.
	send(ctx, t, client, accounts[0].Key, &recipients[0], big.NewInt(1), nil)
}

// mustTx fetches the transaction hash.
func mustTx(ctx context.Context, t *testing.T, client *ethclient.Client, hash common.Hash) *types.Transaction {
	t.Helper()
	tx, _, err := client.TransactionByHash(ctx, hash)
	if err != nil {
		t.Fatalf("TransactionByHash(%s) error = %v", hash, err)
	}
	return tx
}

// checkState compares the chain's state with what the landed transactions (those sent that have a receipt
// now) make it: sender balances and nonces, recipient balances, the counter's count and deployed code.
func checkState(ctx context.Context, t *testing.T, client *ethclient.Client, accounts []Account, recipients []common.Address, counter common.Address, l *ledger) {
	t.Helper()
	genesis := new(big.Int).Mul(big.NewInt(AccountEther), big.NewInt(params.Ether))
	spent := make([]*big.Int, len(accounts))
	nonces := make([]uint64, len(accounts))
	for i := range spent {
		spent[i] = new(big.Int)
	}
	received := map[common.Address]*big.Int{}
	for _, r := range recipients {
		received[r] = new(big.Int)
	}
	var calls int64
	deployed := map[common.Address]bool{}
	landed := 0
	for h, s := range l.sent {
		r, err := client.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			t.Fatalf("TransactionReceipt(%s) error = %v", h, err)
		}
		landed++
		nonces[s.sender]++
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		spent[s.sender].Add(spent[s.sender], fee)
		switch to := s.tx.To(); {
		case to == nil:
			deployed[r.ContractAddress] = true
		case *to == counter:
			calls++
		default:
			spent[s.sender].Add(spent[s.sender], s.tx.Value())
			received[*to].Add(received[*to], s.tx.Value())
		}
	}
	for i, a := range accounts {
		want := new(big.Int).Sub(genesis, spent[i])
		if got, err := client.BalanceAt(ctx, a.Address, nil); err != nil || got.Cmp(want) != 0 {
			t.Errorf("balance of account %d = %v, %v; want %s", i, got, err, want)
		}
		if got, err := client.NonceAt(ctx, a.Address, nil); err != nil || got != nonces[i] {
			t.Errorf("nonce of account %d = %d, %v; want %d", i, got, err, nonces[i])
		}
	}
	for addr, want := range received {
		if got, err := client.BalanceAt(ctx, addr, nil); err != nil || got.Cmp(want) != 0 {
			t.Errorf("balance of recipient %s = %v, %v; want %s", addr, got, err, want)
		}
	}
	slot, err := client.StorageAt(ctx, counter, common.Hash{}, nil)
	if err != nil || new(big.Int).SetBytes(slot).Int64() != calls {
		t.Errorf("counter = %x, %v; want %d calls", slot, err, calls)
	}
	for addr := range deployed {
		if code, err := client.CodeAt(ctx, addr, nil); err != nil || hexutil.Encode(code) != counterCode {
			t.Errorf("code at deployed %s = %x, %v; want %s", addr, code, err, counterCode)
		}
	}
	// Nothing else is in the chain: its blocks hold exactly the landed transactions.
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("BlockNumber error = %v", err)
	}
	inBlocks := 0
	for number := uint64(1); number <= head; number++ {
		block, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(number))
		if err != nil {
			t.Fatalf("BlockByNumber(%d) error = %v", number, err)
		}
		inBlocks += len(block.Transactions())
	}
	if inBlocks != landed {
		t.Errorf("blocks 1..%d hold %d transactions, want the %d landed", head, inBlocks, landed)
	}
	t.Logf("%d sent, %d receipted, %d landed in %d blocks; %d calls, %d deploys", len(l.sent), len(l.receipted), landed, head, calls, len(deployed))
}

// TestOlderDatadirKeepsWorking makes a datadir the way sumkit did before the chain was made crash-safe (go-ethereum's
// default path state scheme) and starts on it: the chain must come up on that datadir, untouched, say it is not
// crash-safe, warn how to get a crash-safe one, and keep mining and keeping blocks across a clean restart.
func TestOlderDatadirKeepsWorking(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	accounts, err := DeriveAccounts(Mnemonic, 2)
	if err != nil {
		t.Fatalf("DeriveAccounts error = %v", err)
	}
	stack, err := node.New(&node.Config{Name: nodeName, DataDir: dir, P2P: p2p.Config{NoDiscovery: true}})
	if err != nil {
		t.Fatalf("node.New error = %v", err)
	}
	ethConf := ethconfig.Defaults
	ethConf.Genesis = Genesis(accounts)
	if _, err := eth.New(stack, &ethConf); err != nil {
		t.Fatalf("eth.New error = %v", err)
	}
	if err := stack.Start(); err != nil {
		t.Fatalf("start old-style node: %v", err)
	}
	if err := stack.Close(); err != nil {
		t.Fatalf("close old-style node: %v", err)
	}

	var logs lockedBuffer
	var head *types.Header
	for run := range 2 {
		n, err := Start(ctx, Config{Addr: "127.0.0.1:0", DataDir: dir, Accounts: 2, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
		if err != nil {
			t.Fatalf("run %d: Start on an older datadir error = %v", run, err)
		}
		if n.Durable() {
			t.Errorf("run %d: Durable() = true on a path-scheme datadir, want false", run)
		}
		client, err := ethclient.Dial(n.URL())
		if err != nil {
			t.Fatalf("Dial error = %v", err)
		}
		if head != nil {
			if got, err := client.HeaderByNumber(ctx, nil); err != nil || got.Hash() != head.Hash() {
				t.Errorf("run %d: head = %v, %v; want the first run's block %d", run, got, err, head.Number)
			}
		}
		r := send(ctx, t, client, accounts[0].Key, &common.Address{0xaa}, big.NewInt(1), nil)
		if head, err = client.HeaderByHash(ctx, r.BlockHash); err != nil {
			t.Fatalf("HeaderByHash error = %v", err)
		}
		client.Close()
		if err := n.Close(); err != nil {
			t.Fatalf("Close error = %v", err)
		}
	}
	if !strings.Contains(logs.String(), "older sumkit") || !strings.Contains(logs.String(), "fresh --datadir") {
		t.Errorf("log lacks the warning about the older datadir; log:\n%s", logs.String())
	}
}
