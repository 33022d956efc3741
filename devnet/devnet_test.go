package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// answerInitCode deploys a contract whose runtime code, answerCode, returns the word 42 to any call.
const (
	answerCode     = "0x602a60005260206000f3"
	answerInitCode = "0x69602a60005260206000f3600052600a6016f3"
)

// startNode starts a dev chain on a free port and closes it when the test ends.
func startNode(t *testing.T, cfg Config) *Node {
	t.Helper()
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), nil))
	}
	n, err := Start(t.Context(), cfg)
	if err != nil {
		t.Fatalf("Start(%+v) error = %v", cfg, err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("Close() error = %v", err)
		}
	})
	return n
}

// dial connects an ethclient to n and closes it when the test ends.
func dial(t *testing.T, n *Node) *ethclient.Client {
	t.Helper()
	client, err := ethclient.Dial(n.URL())
	if err != nil {
		t.Fatalf("ethclient.Dial(%q) error = %v", n.URL(), err)
	}
	t.Cleanup(client.Close)
	return client
}

// send signs a dynamic-fee transaction from key and waits for its receipt, which must report success.
func send(ctx context.Context, t *testing.T, client *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("PendingNonceAt(%s) error = %v", from, err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	tip := big.NewInt(params.GWei)
	gas, err := client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("EstimateGas error = %v", err)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID:   big.NewInt(ChainID),
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("SendTransaction error = %v", err)
	}
	receipt := waitReceipt(ctx, t, client, tx.Hash())
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt of %s status = %d, want success", tx.Hash(), receipt.Status)
	}
	return receipt
}

// waitReceipt polls for the receipt of hash until ctx ends or thirty seconds pass, failing the test then. The
// bound is generous on purpose, for a CI machine busy with other packages' tests; how promptly receipts come is
// measured by the clock test, not here.
func waitReceipt(ctx context.Context, t *testing.T, client *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		receipt, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("TransactionReceipt(%s) error = %v", hash, err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s (automine): %v", hash, ctx.Err())
		case <-ticker.C:
		}
	}
}

func TestDeriveAccounts(t *testing.T) {
	// The first Hardhat/Anvil accounts of Mnemonic, as those tools print them.
	tests := map[string]struct {
		index   int
		address string
		key     string
	}{
		"account 0": {0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		"account 1": {1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
		"account 2": {2, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"},
		"account 9": {9, "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"},
	}
	accounts, err := DeriveAccounts(Mnemonic, DefaultAccounts)
	if err != nil {
		t.Fatalf("DeriveAccounts(Mnemonic, %d) error = %v", DefaultAccounts, err)
	}
	if len(accounts) != DefaultAccounts {
		t.Fatalf("DeriveAccounts(Mnemonic, %d) gave %d accounts", DefaultAccounts, len(accounts))
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			a := accounts[tt.index]
			if a.Address != common.HexToAddress(tt.address) {
				t.Errorf("address = %s, want %s", a.Address, tt.address)
			}
			if got := hexutil.Encode(crypto.FromECDSA(a.Key)); got != tt.key {
				t.Errorf("key = %s, want %s", got, tt.key)
			}
		})
	}
	if _, err := DeriveAccounts(Mnemonic, -1); err == nil {
		t.Error("DeriveAccounts(Mnemonic, -1) error = nil, want an error")
	}
}

func TestStartChainIDAndBalances(t *testing.T) {
	ctx := t.Context()
	n := startNode(t, Config{Accounts: 3})
	client := dial(t, n)

	if !strings.HasPrefix(n.URL(), "http://127.0.0.1:") || strings.HasSuffix(n.URL(), ":0") {
		t.Errorf("URL() = %q, want http://127.0.0.1:<bound port>", n.URL())
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatalf("ChainID() error = %v", err)
	}
	if id.Uint64() != ChainID || n.ChainID() != ChainID {
		t.Errorf("chain id = %d over RPC, %d from Node, want %d", id, n.ChainID(), ChainID)
	}
	accounts := n.Accounts()
	if len(accounts) != 3 {
		t.Fatalf("len(Accounts()) = %d, want 3", len(accounts))
	}
	want := new(big.Int).Mul(big.NewInt(AccountEther), big.NewInt(params.Ether))
	for i, a := range accounts {
		got, err := client.BalanceAt(ctx, a.Address, nil)
		if err != nil {
			t.Fatalf("BalanceAt(%s) error = %v", a.Address, err)
		}
		if got.Cmp(want) != 0 {
			t.Errorf("balance of account %d (%s) = %s, want %s", i, a.Address, got, want)
		}
	}
	// Osaka, not the unscheduled fork after it: the head must not be on Bogota rules.
	if cfg := n.eth.BlockChain().Config(); cfg.OsakaTime == nil || cfg.BogotaTime != nil {
		t.Errorf("chain config OsakaTime = %v, BogotaTime = %v; want Osaka on, Bogota off", cfg.OsakaTime, cfg.BogotaTime)
	}
}

func TestTransferIsAutomined(t *testing.T) {
	ctx := t.Context()
	n := startNode(t, Config{Accounts: 2})
	client := dial(t, n)
	from, to := n.Accounts()[0], n.Accounts()[1]
	value := big.NewInt(params.Ether)

	before, err := client.BalanceAt(ctx, to.Address, nil)
	if err != nil {
		t.Fatalf("BalanceAt error = %v", err)
	}
	receipt := send(ctx, t, client, from.Key, &to.Address, value, nil)
	if receipt.BlockNumber.Sign() <= 0 {
		t.Errorf("receipt block = %v, want a block after genesis", receipt.BlockNumber)
	}
	after, err := client.BalanceAt(ctx, to.Address, nil)
	if err != nil {
		t.Fatalf("BalanceAt error = %v", err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(value) != 0 {
		t.Errorf("recipient balance rose by %s, want %s", got, value)
	}
	// A second transfer right after gets its own block too.
	second := send(ctx, t, client, from.Key, &to.Address, value, nil)
	if second.BlockNumber.Cmp(receipt.BlockNumber) <= 0 {
		t.Errorf("second transfer in block %v, want after %v", second.BlockNumber, receipt.BlockNumber)
	}
}

func TestIncreaseTime(t *testing.T) {
	tests := map[string]struct {
		param   any
		want    uint64 // seconds the head moves forward
		wantErr bool
	}{
		"json number":   {param: 3600, want: 3600},
		"hex string":    {param: "0xe10", want: 3600},
		"zero":          {param: 0, want: 1},
		"one year":      {param: 365 * 24 * 3600, want: 365 * 24 * 3600},
		"negative":      {param: -5, wantErr: true},
		"not a number":  {param: "soon", wantErr: true},
		"duration wrap": {param: uint64(1) << 62, wantErr: true},
	}
	ctx := t.Context()
	n := startNode(t, Config{Accounts: 1})
	client := dial(t, n)
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			before, err := client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatalf("HeaderByNumber(latest) error = %v", err)
			}
			var got hexutil.Uint64
			err = client.Client().CallContext(ctx, &got, "evm_increaseTime", tt.param)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("evm_increaseTime(%v) error = nil, want an error", tt.param)
				}
				return
			}
			if err != nil {
				t.Fatalf("evm_increaseTime(%v) error = %v", tt.param, err)
			}
			after, err := client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatalf("HeaderByNumber(latest) error = %v", err)
			}
			if after.Number.Uint64() != before.Number.Uint64()+1 {
				t.Errorf("head = block %d, want %d", after.Number, before.Number.Uint64()+1)
			}
			// The jump is from the chain clock, which may have moved a second or two past the head since it
			// was sealed.
			if after.Time < before.Time+tt.want || after.Time > before.Time+tt.want+2 || uint64(got) != after.Time {
				t.Errorf("evm_increaseTime(%v) = %d, head time %d; want head time %d+%d (up to 2s more)", tt.param, got, after.Time, before.Time, tt.want)
			}
		})
	}
	// After the jump, automined blocks keep going forward from it.
	before, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	receipt := send(ctx, t, client, n.Accounts()[0].Key, &common.Address{1}, big.NewInt(1), nil)
	block, err := client.HeaderByHash(ctx, receipt.BlockHash)
	if err != nil {
		t.Fatalf("HeaderByHash error = %v", err)
	}
	if block.Time <= before.Time {
		t.Errorf("block after the jump has time %d, want after %d", block.Time, before.Time)
	}
}

func TestMine(t *testing.T) {
	ctx := t.Context()
	n := startNode(t, Config{Accounts: 1})
	client := dial(t, n)

	start, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("BlockNumber() error = %v", err)
	}
	var hash common.Hash
	if err := client.Client().CallContext(ctx, &hash, "evm_mine"); err != nil {
		t.Fatalf("evm_mine() error = %v", err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	if head.Number.Uint64() != start+1 || head.Hash() != hash {
		t.Errorf("after evm_mine() head = %d %s, want block %d %s", head.Number, head.Hash(), start+1, hash)
	}
	at := head.Time + 1000
	if err := client.Client().CallContext(ctx, &hash, "evm_mine", at); err != nil {
		t.Fatalf("evm_mine(%d) error = %v", at, err)
	}
	head, err = client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	if head.Time != at || head.Hash() != hash {
		t.Errorf("after evm_mine(%d) head time = %d hash %s, want %d %s", at, head.Time, head.Hash(), at, hash)
	}
	if err := client.Client().CallContext(ctx, &hash, "evm_mine", at); err == nil {
		t.Errorf("evm_mine(%d) at the head's own timestamp error = nil, want an error", at)
	}
}

func TestRestartKeepsState(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	recipient := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	value := big.NewInt(12345)

	n, err := Start(ctx, Config{Addr: "127.0.0.1:0", DataDir: dir, Accounts: 2})
	if err != nil {
		t.Fatalf("Start(datadir) error = %v", err)
	}
	client := dial(t, n)
	key := n.Accounts()[0].Key
	send(ctx, t, client, key, &recipient, value, nil)
	deployed := send(ctx, t, client, key, nil, nil, hexutil.MustDecode(answerInitCode))
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) error = %v", err)
	}
	client.Close()
	if err := n.Close(); err != nil {
		t.Fatalf("Close() error = %v", err)
	}

	n = startNode(t, Config{DataDir: dir, Accounts: 2})
	client = dial(t, n)
	restarted, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber(latest) after restart error = %v", err)
	}
	if restarted.Hash() != head.Hash() {
		t.Errorf("head after restart = %d %s, want %d %s", restarted.Number, restarted.Hash(), head.Number, head.Hash())
	}
	if got, err := client.BalanceAt(ctx, recipient, nil); err != nil || got.Cmp(value) != 0 {
		t.Errorf("BalanceAt(recipient) after restart = %v, %v; want %s", got, err, value)
	}
	code, err := client.CodeAt(ctx, deployed.ContractAddress, nil)
	if err != nil || hexutil.Encode(code) != answerCode {
		t.Errorf("CodeAt(contract) after restart = %x, %v; want %s", code, err, answerCode)
	}
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &deployed.ContractAddress}, nil)
	if err != nil || new(big.Int).SetBytes(out).Uint64() != 42 {
		t.Errorf("call contract after restart = %x, %v; want 42", out, err)
	}
	// The restarted chain still mines, on top of the old head, and nonces carry on.
	next := send(ctx, t, client, key, &recipient, value, nil)
	if next.BlockNumber.Cmp(head.Number) <= 0 {
		t.Errorf("transfer after restart in block %v, want after %v", next.BlockNumber, head.Number)
	}
}

func TestRestartWithOtherAccountsIsRefused(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	n, err := Start(ctx, Config{Addr: "127.0.0.1:0", DataDir: dir, Accounts: 2})
	if err != nil {
		t.Fatalf("Start(datadir) error = %v", err)
	}
	if _, err := n.Mine(ctx, nil); err != nil {
		t.Fatalf("Mine() error = %v", err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("Close() error = %v", err)
	}

	_, err = Start(ctx, Config{Addr: "127.0.0.1:0", DataDir: dir, Accounts: 3})
	if mismatch, ok := errors.AsType[*GenesisMismatchError](err); !ok || mismatch.DataDir != dir {
		t.Fatalf("Start(datadir, 3 accounts) error = %v, want a *GenesisMismatchError for %s", err, dir)
	}
	// The refused start left the chain alone.
	n = startNode(t, Config{DataDir: dir, Accounts: 2})
	if got := n.eth.BlockChain().CurrentBlock().Number.Uint64(); got != 2 {
		t.Errorf("head after the refused start = block %d, want 2 (start-up block and Mine)", got)
	}
}

func TestStartErrors(t *testing.T) {
	dir := t.TempDir()
	busy := startNode(t, Config{Accounts: 1, DataDir: dir})
	tests := map[string]Config{
		"datadir in use":    {Addr: "127.0.0.1:0", DataDir: dir},
		"no port":           {Addr: "127.0.0.1"},
		"no host":           {Addr: ":0"},
		"port out of range": {Addr: "127.0.0.1:70000"},
		"negative accounts": {Addr: "127.0.0.1:0", Accounts: -1},
		"port in use":       {Addr: strings.TrimPrefix(busy.URL(), "http://")},
	}
	for name, cfg := range tests {
		t.Run(name, func(t *testing.T) {
			n, err := Start(t.Context(), cfg)
			if err == nil {
				n.Close()
				t.Fatalf("Start(%+v) error = nil, want an error", cfg)
			}
		})
	}
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := Start(ctx, Config{Addr: "127.0.0.1:0"}); !errors.Is(err, context.Canceled) {
			t.Errorf("Start(cancelled) error = %v, want context.Canceled", err)
		}
	})
}

func TestCloseTwice(t *testing.T) {
	n, err := Start(t.Context(), Config{Addr: "127.0.0.1:0", Accounts: 1})
	if err != nil {
		t.Fatalf("Start error = %v", err)
	}
	url := n.URL()
	if err := n.Close(); err != nil {
		t.Fatalf("first Close() error = %v", err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close() error = %v", err)
	}
	// The RPC server is gone.
	client, err := rpc.Dial(url)
	if err != nil {
		return // refused outright is fine too
	}
	defer client.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	var id hexutil.Big
	if err := client.CallContext(ctx, &id, "eth_chainId"); err == nil {
		t.Errorf("eth_chainId after Close() answered %v, want an error", &id)
	}
}

func TestQuantityUnmarshal(t *testing.T) {
	tests := map[string]struct {
		in      string
		want    uint64
		wantErr bool
	}{
		"number":   {in: `60`, want: 60},
		"hex":      {in: `"0x3c"`, want: 60},
		"negative": {in: `-1`, wantErr: true},
		"fraction": {in: `1.5`, wantErr: true},
		"decimal":  {in: `"60"`, wantErr: true},
		"null":     {in: `null`, wantErr: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var q quantity
			err := q.UnmarshalJSON([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("UnmarshalJSON(%s) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			}
			if !tt.wantErr && uint64(q) != tt.want {
				t.Errorf("UnmarshalJSON(%s) = %d, want %d", tt.in, q, tt.want)
			}
		})
	}
}

// TestWebSocketNewHeads checks the WebSocket endpoint serves subscriptions, which dapps use for new blocks.
func TestWebSocketNewHeads(t *testing.T) {
	ctx := t.Context()
	n := startNode(t, Config{Accounts: 1})
	client, err := ethclient.Dial(n.WSURL())
	if err != nil {
		t.Fatalf("ethclient.Dial(%q) error = %v", n.WSURL(), err)
	}
	defer client.Close()
	heads := make(chan *types.Header, 1)
	sub, err := client.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("SubscribeNewHead error = %v", err)
	}
	defer sub.Unsubscribe()
	mined, err := n.Mine(ctx, nil)
	if err != nil {
		t.Fatalf("Mine() error = %v", err)
	}
	select {
	case h := <-heads:
		if h.Hash() != mined.Hash() {
			t.Errorf("new head %s, want %s", h.Hash(), mined.Hash())
		}
	case err := <-sub.Err():
		t.Fatalf("subscription error = %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("no new head within 5s")
	}
}

// TestLogs checks eth_getLogs, which scans blocks since the node keeps no log index.
func TestLogs(t *testing.T) {
	// The runtime code emits one LOG0 with empty data; the init code returns it.
	const emitterInitCode = "0x6560006000a0006000526006601af3"
	ctx := t.Context()
	n := startNode(t, Config{Accounts: 1})
	client := dial(t, n)
	key := n.Accounts()[0].Key
	deployed := send(ctx, t, client, key, nil, nil, hexutil.MustDecode(emitterInitCode))
	emitted := send(ctx, t, client, key, &deployed.ContractAddress, nil, nil)
	if len(emitted.Logs) != 1 {
		t.Fatalf("receipt has %d logs, want 1", len(emitted.Logs))
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{deployed.ContractAddress}})
	if err != nil {
		t.Fatalf("FilterLogs error = %v", err)
	}
	if len(logs) != 1 || logs[0].TxHash != emitted.TxHash {
		t.Errorf("FilterLogs = %d logs (%v), want 1 from %s", len(logs), logs, emitted.TxHash)
	}
}

// TestDebugNotServed checks the file-writing debug namespace stays off the CORS-open server.
func TestDebugNotServed(t *testing.T) {
	n := startNode(t, Config{Accounts: 1})
	client := dial(t, n)
	path := t.TempDir() + "/profile"
	err := client.Client().CallContext(t.Context(), nil, "debug_writeMemProfile", path)
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("debug_writeMemProfile error = %v, want method not found", err)
	}
}
