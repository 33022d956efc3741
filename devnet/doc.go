// Package devnet runs a local Ethereum development chain inside the process: a real go-ethereum node with Osaka
// rules ([chain.OsakaConfig], chain id 1337), JSON-RPC over HTTP, and prefunded dev accounts.
//
// [Start] assembles a go-ethereum node, its eth service and the log filter API, and seals blocks itself in place
// of a consensus client, with the eth service's miner. Blocks are made on demand (automine): whenever transactions
// become executable in the pool, a block holding them is sealed. No blocks are made while the chain is idle. A
// fresh chain starts with one empty block (block 1), sealed by Start so that go-ethereum's transaction indexer is
// live before the first receipt is asked for; until then eth_getTransactionReceipt answers "transaction indexing
// is in progress".
//
// # Block time
//
// Block timestamps follow the chain clock: the wall clock's second plus the jumps made with evm_increaseTime and
// evm_mine(timestamp). Every block is sealed at the chain clock's current second, so chain time is never ahead of
// the wall clock plus the jumps. Timestamps must rise from block to block, so there is at most one block per
// second: a transaction that arrives when the head already has the current second waits for the next one, and
// every transaction arriving in that wait goes into the same block. Receipts therefore come back within about a
// second (a few milliseconds when the chain was idle for a second). A burst of 300 transactions from 30 senders
// takes about ten blocks and ten seconds, and leaves chain time where the wall clock is.
//
// After a restart on a datadir the chain clock carries on from the head's time if that is ahead of the wall
// clock (the jumps are kept), else from the wall clock.
//
// [Config.InstantBlocks] brings back sealing without the wait, for tests that send long runs of transactions
// one after another and do not depend on block time; chain time then runs ahead a second a block.
//
// # Dev accounts
//
// The accounts are derived from the well-known seed phrase [Mnemonic] along [DerivationPath], the same accounts
// Hardhat and Anvil hand out. Each gets [AccountEther] ether at genesis. The node holds no keystore:
// transactions are signed by the client and sent with eth_sendRawTransaction; eth_sendTransaction is not
// served.
//
// # Extra RPC methods
//
// Besides the eth, net, web3 and txpool namespaces the node serves the following. The debug namespace is not
// served: the server answers any web page (CORS "*"), and go-ethereum's debug methods include profilers that
// write files at caller-chosen paths.
//
//   - evm_increaseTime(seconds): mines any executable pending transactions, moves the chain clock seconds ahead,
//     then seals an empty block at its new time (at least one second after the head) and returns that timestamp
//     as a hex quantity. seconds is a JSON number (3600) or a hex quantity string ("0xe10"). Later blocks keep
//     the lead, as in Hardhat and Anvil.
//   - evm_mine() seals a block with whatever is pending, at the chain clock's current second (waiting for the next
//     second if the head has this one), and returns its hash. evm_mine(timestamp) mines what is pending, then
//     seals an empty block at timestamp, which must be later than the head's; the chain clock carries on from
//     there.
//
// [Node.Mine] and [Node.IncreaseTime] do the same from Go. All sealing, automine included, is serialised.
// evm_increaseTime and evm_mine(timestamp) are the only ways to move chain time off the wall clock.
//
// eth_getLogs is served without a log index, by scanning blocks, which is quick at a dev chain's size.
//
// # Persistence
//
// With [Config.DataDir] set the chain is kept on disk and picked up again by the next [Start] on that directory:
// balances, contracts and the block history survive a restart.
//
// Durability: once the devnet has served a transaction's receipt (eth_getTransactionReceipt or
// eth_getBlockReceipts), that transaction, its block and the state after it survive a crash or SIGKILL of the
// process at any instant, and the next Start on the datadir resumes from there. A block that was being sealed
// when the process died is either wholly there or not there at all, and then none of its receipts had been
// served; its transactions are lost with the rest of the pending pool and must be sent again. To get this the
// chain runs as an archive node on go-ethereum's hash state scheme with snapshots off, so each block's whole state
// is written as the block is inserted, and the database is synced to disk before the block's receipts are
// served. [Node.Durable] reports whether this holds. It costs well under a millisecond per block: BenchmarkBlock
// measured 2.9 ms from send to receipt of a one-transfer block on a datadir against 2.3 ms in memory.
//
// A datadir made by an older sumkit (go-ethereum's path state scheme, which keeps recent state in memory until a
// clean stop) keeps working as before, with a warning: a crash or SIGKILL loses its blocks since the last clean
// stop. Its state cannot be converted; start a fresh datadir to have the guarantee.
//
// Restarting with a different account count changes the genesis, which Start refuses with a
// [*GenesisMismatchError] rather than wiping the directory; so is a folder holding any other chain.
package devnet
