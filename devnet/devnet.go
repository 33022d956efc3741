package devnet

import (
	"context"
	crand "crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sumkit/sumkit/chain"
)

// ChainID is the dev chain's chain id.
const ChainID = 1337

// DefaultAddr is where the JSON-RPC server listens when [Config.Addr] is empty.
const DefaultAddr = "127.0.0.1:8545"

// DefaultAccounts is the number of dev accounts when [Config.Accounts] is zero.
const DefaultAccounts = 10

// AccountEther is the genesis balance of every dev account, in ether.
const AccountEther = 10_000

// nodeName names the node's instance folder inside [Config.DataDir]. It is fixed so that the CLI and tests,
// whose executables have different names, find the same chain in the same folder.
const nodeName = "sumkit-devnet"

// Config configures [Start]. The zero value is usable.
type Config struct {
	// Addr is the host:port of the JSON-RPC server (HTTP and WebSocket). Empty means [DefaultAddr]; port 0 picks a
	// free port, see [Node.URL]. The host is required: use 0.0.0.0 to listen on every interface.
	Addr string
	// DataDir, when set, keeps the chain on disk there so that it survives restarts. Empty keeps it in memory.
	DataDir string
	// Accounts is the number of prefunded dev accounts. Zero means [DefaultAccounts].
	Accounts int
	// Logger receives the node's own messages (go-ethereum's logging is left as is). Nil means [slog.Default].
	Logger *slog.Logger
	// InstantBlocks seals each block as soon as its transactions arrive, rather than at most one a second at the
	// chain clock's current second. Timestamps still rise by at least a second a block, so a quick run of blocks
	// pushes chain time ahead of the wall clock by a second a block until the chain idles: the behaviour the
	// default replaced. It is for tests that send many transactions one after another and do not depend on
	// block time; the sumkit devnet command never sets it.
	InstantBlocks bool
}

// GenesisMismatchError is returned by [Start] when [Config.DataDir] holds a chain whose genesis differs from the
// one Config describes: another account count, or a folder that is not a sumkit dev chain. The folder is left
// untouched.
type GenesisMismatchError struct {
	// DataDir is the folder holding the other chain.
	DataDir string
	// Stored and Want are the genesis hashes on disk and from Config.
	Stored, Want common.Hash
}

// Error implements error.
func (e *GenesisMismatchError) Error() string {
	return fmt.Sprintf("datadir %s holds a different chain (genesis %x, want %x): restart with the same account count or use a fresh datadir",
		e.DataDir, e.Stored, e.Want)
}

// Node is a running dev chain. Close it when done.
type Node struct {
	stack    *node.Node
	eth      *eth.Ethereum
	accounts []Account
	log      *slog.Logger
	// durable is set when every sealed block is on disk before its receipts are served; see [Node.Durable].
	durable bool
	// instant is [Config.InstantBlocks].
	instant bool

	// sealMu serialises sealing, automine's and the evm_ methods', and guards offset and now.
	sealMu sync.Mutex
	// offset is how many seconds the chain clock runs ahead of the wall clock: the sum of the evm_ jumps.
	// Blocks are sealed at the wall clock's second plus offset, never later.
	offset int64
	// now reads the wall clock. Benchmarks replace it so that blocks need not wait for the next second.
	now func() time.Time
	// published is held for writing from the moment a block becomes the head until it is on disk, and for
	// reading by every RPC method that returns receipts, so none is served for a block a SIGKILL could lose.
	published sync.RWMutex

	quit      chan struct{}
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
}

// Start runs a dev chain as configured by cfg and returns once its JSON-RPC server accepts requests. ctx bounds
// the start-up only; the chain runs until [Node.Close].
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	if cfg.Accounts < 0 {
		return nil, fmt.Errorf("start devnet: account count %d is negative", cfg.Accounts)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	host, port, err := splitAddr(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	accounts, err := DeriveAccounts(Mnemonic, cfg.Accounts)
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	genesis := Genesis(accounts)

	// Any web page may call the node (CORS "*"), which browser dapps need. The debug namespace is therefore left
	// out: besides tracing it holds go-ethereum's profiling methods, which write files at caller-chosen paths.
	modules := []string{"eth", "net", "web3", "txpool", "evm"}
	nodeConf := node.Config{
		Name:    nodeName,
		DataDir: cfg.DataDir,
		// No peers, no discovery, no listening socket: the chain is private to this process's RPC clients.
		P2P:                  p2p.Config{NoDiscovery: true},
		HTTPHost:             host,
		HTTPPort:             port,
		HTTPModules:          modules,
		HTTPCors:             []string{"*"},
		HTTPVirtualHosts:     []string{"*"},
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		WSHost:               host,
		WSPort:               port, // shares the HTTP server
		WSModules:            modules,
		WSOrigins:            []string{"*"},
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		HTTPBodyLimit:        node.DefaultConfig.HTTPBodyLimit,
	}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("start devnet: create node: %w", err)
	}
	n, err := assemble(stack, genesis, cfg)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("start devnet: %w", err), stack.Close())
	}
	n.accounts = accounts
	// A chain that jumped ahead keeps its lead over a restart: the clock resumes at the head's time, not the
	// wall clock's, so blocks never go back in time.
	if lead := int64(n.eth.BlockChain().CurrentBlock().Time) - n.now().Unix(); lead > 0 {
		n.offset = lead
	}
	if err := n.indexFirstBlock(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("start devnet: %w", err), n.Close())
	}
	n.wg.Add(2)
	// Subscribed here, not in watchPool's goroutine: a transaction sent as soon as Start returns would otherwise
	// enter the pool before the subscription and wait for a block nobody seals. The first kick mines whatever
	// reached the pool before it.
	newTxs := make(chan core.NewTxsEvent, 16)
	sub := n.eth.TxPool().SubscribeTransactions(newTxs, true)
	kick := make(chan struct{}, 1)
	kick <- struct{}{}
	go n.watchPool(sub, newTxs, kick)
	go n.automine(kick)
	if err := ctx.Err(); err != nil {
		return nil, errors.Join(fmt.Errorf("start devnet: %w", err), n.Close())
	}
	n.log.Info("Dev chain started", "url", n.URL(), "chainid", ChainID, "accounts", len(accounts), "datadir", cfg.DataDir, "durable", n.durable)
	return n, nil
}

// assemble registers the eth service, the filter API, the receipts gate and the evm API on stack and starts it.
func assemble(stack *node.Node, genesis *core.Genesis, cfg Config) (*Node, error) {
	ethConf := ethconfig.Defaults
	ethConf.Genesis = genesis
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// Include every transaction the pool admits (its floor is 1 wei of tip), as geth --dev does; with the default
	// 0.001 gwei floor a cheap transaction would sit in the pool forever.
	ethConf.Miner.GasPrice = big.NewInt(1)
	ethConf.Miner.GasCeil = genesis.GasLimit
	// No log index: eth_getLogs scans block blooms instead, which is quick on a dev chain. Loading the index
	// on a restart costs a fifth of a second, and tens of seconds under the race detector.
	ethConf.LogNoHistory = true

	durable := false
	if cfg.DataDir != "" {
		scheme, err := inspectDataDir(stack, genesis, cfg.DataDir)
		if err != nil {
			return nil, err
		}
		if scheme == rawdb.PathScheme {
			// Made by an older sumkit. Its state cannot be converted, and wiping it would lose the user's chain,
			// so it runs as before, with the loss on a crash spelt out.
			cfg.Logger.Warn("Datadir made by an older sumkit: blocks since the last clean stop are lost on a crash or kill -9; start a fresh --datadir to have every receipted transaction kept",
				"datadir", cfg.DataDir)
		} else {
			// go-ethereum's defaults keep recent state in memory and write it out on a clean stop (path scheme,
			// snapshot journal), so a SIGKILL rewinds the chain to that stop or leaves it unable to mine. An
			// archive node on the hash scheme writes each block's whole state as the block is inserted
			// (core.BlockChain.writeBlockWithState commits the trie when ArchiveMode is set), and without
			// snapshots there is no journal to lose. sealAtLocked then syncs the database before any receipt is
			// served.
			ethConf.StateScheme = rawdb.HashScheme
			ethConf.NoPruning = true
			ethConf.SnapshotCache = 0
			durable = true
		}
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		if mismatch, ok := errors.AsType[*core.GenesisMismatchError](err); ok {
			return nil, &GenesisMismatchError{DataDir: cfg.DataDir, Stored: mismatch.Stored, Want: mismatch.New}
		}
		return nil, fmt.Errorf("create eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	n := &Node{stack: stack, eth: backend, log: cfg.Logger, durable: durable, instant: cfg.InstantBlocks, now: time.Now, quit: make(chan struct{})}
	receipts, err := newReceiptsAPI(n, backend.APIs())
	if err != nil {
		return nil, err
	}
	// Registered after the eth service's own APIs, so these methods replace its receipt methods.
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: receipts},
		{Namespace: "evm", Service: &evmAPI{node: n}},
	})
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("start node on %s: %w", cfg.Addr, err)
	}
	// Blocks come from this package, not a consensus client; tell the eth service the chain is in sync.
	backend.SetSynced()
	return n, nil
}

// indexFirstBlock seals block 1 on a fresh chain and waits until go-ethereum's transaction indexer has indexed it.
// Until the indexer has indexed some block, eth_getTransactionReceipt answers "transaction indexing is in
// progress" instead of null for transactions not yet mined, which clients waiting for their first receipt take
// as a failure.
func (n *Node) indexFirstBlock(ctx context.Context) error {
	chain := n.eth.BlockChain()
	if chain.CurrentBlock().Number.Sign() == 0 {
		n.sealMu.Lock()
		_, err := n.sealLocked(false)
		n.sealMu.Unlock()
		if err != nil {
			return fmt.Errorf("seal block 1: %w", err)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	for !chain.TxIndexDone() {
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for the transaction indexer: %w", ctx.Err())
		case <-ticker.C:
		}
	}
	return nil
}

// inspectDataDir returns the state scheme of the chain in dataDir ("" for a fresh folder), or a
// [*GenesisMismatchError] if the folder holds a chain whose genesis is not genesis. It runs before eth.New, which
// detects a mismatch too but only after opening the state database, which it then does not close: a later Start
// in the same process on that folder would die on the held lock.
func inspectDataDir(stack *node.Node, genesis *core.Genesis, dataDir string) (string, error) {
	if _, err := os.Stat(stack.ResolvePath("chaindata")); errors.Is(err, fs.ErrNotExist) {
		return "", nil // a fresh folder
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true, Cache: 16, Handles: 16})
	if err != nil {
		return "", fmt.Errorf("open chain database in %s: %w", dataDir, err)
	}
	stored := rawdb.ReadCanonicalHash(db, 0)
	scheme := rawdb.ReadStateScheme(db)
	if err := db.Close(); err != nil {
		return "", fmt.Errorf("close chain database in %s: %w", dataDir, err)
	}
	if want := genesis.ToBlock().Hash(); stored != (common.Hash{}) && stored != want {
		return "", &GenesisMismatchError{DataDir: dataDir, Stored: stored, Want: want}
	}
	return scheme, nil
}

// Genesis returns the dev chain's genesis block: Osaka rules with chain id [ChainID], the system contracts those
// forks need, and [AccountEther] ether for each of accounts.
func Genesis(accounts []Account) *core.Genesis {
	config := chain.OsakaConfig()
	config.ChainID = big.NewInt(ChainID)
	alloc := core.SystemContractAllocs()
	balance := new(big.Int).Mul(big.NewInt(AccountEther), big.NewInt(params.Ether))
	funded := make(types.GenesisAlloc, len(accounts))
	for _, a := range accounts {
		funded[a.Address] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	maps.Copy(alloc, funded)
	return &core.Genesis{
		Config:     config,
		GasLimit:   ethconfig.Defaults.Miner.GasCeil,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}

// splitAddr splits a host:port listening address, requiring a host and a port in 0..65535.
func splitAddr(addr string) (host string, port int, err error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("rpc address %q: %w", addr, err)
	}
	if host == "" {
		return "", 0, fmt.Errorf("rpc address %q: host is missing (use 0.0.0.0 for every interface)", addr)
	}
	port, err = strconv.Atoi(p)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("rpc address %q: port %q is not in 0..65535", addr, p)
	}
	return host, port, nil
}

// URL returns the HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:8545, with the port actually bound.
func (n *Node) URL() string {
	return n.stack.HTTPEndpoint()
}

// WSURL returns the WebSocket JSON-RPC endpoint, served on the same port as [Node.URL].
func (n *Node) WSURL() string {
	return n.stack.WSEndpoint()
}

// ChainID returns the chain id, [ChainID].
func (n *Node) ChainID() uint64 {
	return n.eth.BlockChain().Config().ChainID.Uint64()
}

// InstantBlocks reports whether the node seals each transaction at once ([Config.InstantBlocks]) rather than
// keeping blocks on the wall clock.
func (n *Node) InstantBlocks() bool { return n.instant }

// Accounts returns the prefunded dev accounts, in derivation order. The slice is a copy; the keys are shared.
func (n *Node) Accounts() []Account {
	return append([]Account(nil), n.accounts...)
}

// Durable reports whether the chain is kept on disk such that every transaction whose receipt was served
// survives a crash or SIGKILL of the process. It is false for an in-memory chain and for a datadir made by an
// older sumkit.
func (n *Node) Durable() bool {
	return n.durable
}

// Mine seals a block holding every executable pending transaction and returns its header. The block takes the
// chain clock's current second, waiting for the next one if the head already has it. With a non-nil timestamp it
// first mines what is pending, then seals an empty block at *timestamp, which must be later than the head's; the
// chain clock then carries on from there.
func (n *Node) Mine(ctx context.Context, timestamp *uint64) (*types.Header, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("mine: %w", err)
	}
	n.sealMu.Lock()
	defer n.sealMu.Unlock()
	if timestamp == nil {
		head, err := n.sealLocked(false)
		if err != nil {
			return nil, fmt.Errorf("mine: %w", err)
		}
		return head, nil
	}
	if err := n.mineExecutableLocked(); err != nil {
		return nil, fmt.Errorf("mine at %d: %w", *timestamp, err)
	}
	head := n.eth.BlockChain().CurrentBlock()
	if *timestamp <= head.Time {
		return nil, fmt.Errorf("mine at %d: not after the head's timestamp %d", *timestamp, head.Time)
	}
	if *timestamp > uint64(maxTimestamp) {
		return nil, fmt.Errorf("mine at %d: exceeds the maximum timestamp %d", *timestamp, uint64(maxTimestamp))
	}
	h, err := n.jumpLocked(*timestamp)
	if err != nil {
		return nil, fmt.Errorf("mine at %d: %w", *timestamp, err)
	}
	return h, nil
}

// maxTimestamp bounds the timestamps the evm_ methods seal at, so that the chain clock's arithmetic on int64
// seconds cannot overflow. It is about 292 billion years.
const maxTimestamp = int64(1<<63-1) / 2

// IncreaseTime first mines any executable pending transactions, then moves the chain clock seconds ahead and seals
// an empty block at its new time (at least one second after the head), and returns that block's header. Later
// blocks keep the lead: they are sealed at the wall clock plus every jump so far.
func (n *Node) IncreaseTime(ctx context.Context, seconds uint64) (*types.Header, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("increase time by %ds: %w", seconds, err)
	}
	// time.Duration holds about 292 years, and go-ethereum and clients convert timestamps to it.
	const maxSeconds = uint64(1<<63-1) / uint64(time.Second)
	if seconds > maxSeconds {
		return nil, fmt.Errorf("increase time by %ds: exceeds the maximum of %d", seconds, maxSeconds)
	}
	n.sealMu.Lock()
	defer n.sealMu.Unlock()
	if err := n.mineExecutableLocked(); err != nil {
		return nil, fmt.Errorf("increase time by %ds: %w", seconds, err)
	}
	head := n.eth.BlockChain().CurrentBlock()
	ts := max(n.clockLocked(), int64(head.Time)) + int64(seconds)
	ts = max(ts, int64(head.Time)+1)
	if ts > maxTimestamp {
		return nil, fmt.Errorf("increase time by %ds: the chain clock would pass the maximum timestamp %d", seconds, maxTimestamp)
	}
	h, err := n.jumpLocked(uint64(ts))
	if err != nil {
		return nil, fmt.Errorf("increase time by %ds: %w", seconds, err)
	}
	return h, nil
}

// clockLocked returns the chain clock: the wall clock's second plus the jumps. The caller holds sealMu.
func (n *Node) clockLocked() int64 {
	return n.now().Unix() + n.offset
}

// jumpLocked seals an empty block at ts and sets the chain clock to carry on from ts. The caller holds sealMu.
func (n *Node) jumpLocked(ts uint64) (*types.Header, error) {
	h, err := n.sealAtLocked(ts, true)
	if err != nil {
		return nil, err
	}
	n.offset = int64(ts) - n.now().Unix()
	return h, nil
}

// sealLocked seals a block at the chain clock's current second, holding the pool's executable transactions
// unless empty is set. If the head already has that second it first waits for the next one: timestamps must
// rise from block to block, and sealing ahead of the clock instead is what let a burst of transactions push the
// chain minutes ahead of the wall clock. Transactions arriving during the wait go into the same block. The caller
// holds sealMu.
func (n *Node) sealLocked(empty bool) (*types.Header, error) {
	head := n.eth.BlockChain().CurrentBlock()
	if n.instant {
		return n.sealAtLocked(uint64(max(n.clockLocked(), int64(head.Time)+1)), empty)
	}
	for {
		ts := n.clockLocked()
		if ts > int64(head.Time) {
			return n.sealAtLocked(uint64(ts), empty)
		}
		next := time.Unix(int64(head.Time)-n.offset+1, 0)
		timer := time.NewTimer(next.Sub(n.now()))
		select {
		case <-n.quit:
			timer.Stop()
			return nil, errClosed
		case <-timer.C:
		}
	}
}

// errClosed is returned by sealing that [Node.Close] interrupted.
var errClosed = errors.New("devnet is closing")

// sealAtLocked seals a block at timestamp ts on the head, holding the pool's executable transactions unless empty
// is set, and makes it the head. On a durable chain the block and its state are synced to disk before the head's
// receipts can be served. The caller holds sealMu.
func (n *Node) sealAtLocked(ts uint64, empty bool) (*types.Header, error) {
	chain := n.eth.BlockChain()
	parent := chain.CurrentBlock()
	// The pool resets on a background goroutine after each block; without waiting for it the builder could
	// offer transactions the parent already holds.
	if err := n.eth.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("sync transaction pool: %w", err)
	}
	// What a consensus client would supply, as catalyst.SimulatedBeacon does: a random mix and an empty beacon
	// root and withdrawal list.
	var random common.Hash
	crand.Read(random[:])
	args := &miner.BuildPayloadArgs{
		Parent:      parent.Hash(),
		Timestamp:   ts,
		Random:      random,
		Withdrawals: types.Withdrawals{},
		BeaconRoot:  &common.Hash{},
		Version:     engine.PayloadV3,
	}
	// Built in one synchronous pass over the pool (nil transactions means "from the pool"). Payloads built for
	// a consensus client are refined in the background and may be resolved before the first pass holds
	// anything.
	block, _, err := n.eth.Miner().BuildTestingPayload(args, nil, empty, nil)
	if err != nil {
		return nil, fmt.Errorf("build block %d: %w", parent.Number.Uint64()+1, err)
	}
	if _, err := chain.InsertBlockWithoutSetHead(context.Background(), block, false); err != nil {
		return nil, fmt.Errorf("insert block %d: %w", block.NumberU64(), err)
	}
	n.published.Lock()
	defer n.published.Unlock()
	if _, err := chain.SetCanonical(block); err != nil {
		return nil, fmt.Errorf("make block %d the head: %w", block.NumberU64(), err)
	}
	// A dev chain never reorganises, so each block is final at once (finalized and safe are what clients ask
	// for with those tags).
	chain.SetFinalized(block.Header())
	chain.SetSafe(block.Header())
	if n.durable {
		// go-ethereum writes to pebble without syncing, and pebble may hold those writes in a user-space WAL
		// buffer: a SIGKILL then loses them. A synced write flushes everything written before it, in order.
		if err := n.eth.ChainDb().SyncKeyValue(); err != nil {
			return nil, fmt.Errorf("sync block %d to disk: %w", block.NumberU64(), err)
		}
	}
	return block.Header(), nil
}

// mineExecutableLocked seals blocks until the pool holds no executable transaction. The caller holds sealMu.
func (n *Node) mineExecutableLocked() error {
	pool := n.eth.TxPool()
	for {
		select {
		case <-n.quit:
			return nil // Close is under way; what is pending stays pending
		default:
		}
		// The pool resets on a background goroutine after each block; wait for it so Stats is current.
		if err := pool.Sync(); err != nil {
			return fmt.Errorf("sync transaction pool: %w", err)
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return nil
		}
		head, err := n.sealLocked(false)
		if errors.Is(err, errClosed) {
			return nil
		}
		if err != nil {
			return err
		}
		if head.TxHash == types.EmptyTxsHash {
			// The miner left every executable transaction out (fee too low for the block, say). Sealing again
			// would spin, so leave them until the next transaction or evm_mine.
			executable, _ := pool.Stats()
			return fmt.Errorf("%d executable transactions left out of block %d", executable, head.Number)
		}
	}
}

// watchPool signals kick whenever transactions enter the pool. It only forwards, never blocks the pool's feed.
func (n *Node) watchPool(sub event.Subscription, newTxs <-chan core.NewTxsEvent, kick chan<- struct{}) {
	defer n.wg.Done()
	defer sub.Unsubscribe()
	for {
		select {
		case <-n.quit:
			return
		case err := <-sub.Err():
			if err != nil {
				n.log.Error("Transaction pool subscription failed; automine stopped", "err", err)
			}
			return
		case <-newTxs:
			select {
			case kick <- struct{}{}:
			default: // a round is already due and will see these too
			}
		}
	}
}

// automine seals blocks for executable pending transactions each time kick fires.
func (n *Node) automine(kick <-chan struct{}) {
	defer n.wg.Done()
	for {
		select {
		case <-n.quit:
			return
		case <-kick:
			n.sealMu.Lock()
			err := n.mineExecutableLocked()
			n.sealMu.Unlock()
			if err != nil {
				n.log.Warn("Automine failed", "err", err)
			}
		}
	}
}

// Close stops block production, the RPC servers and the node, flushing the chain to [Config.DataDir] if set.
// Calling it again returns the first call's result.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		close(n.quit)
		n.wg.Wait()
		if err := n.stack.Close(); err != nil {
			n.closeErr = fmt.Errorf("close devnet: %w", err)
		}
	})
	return n.closeErr
}
