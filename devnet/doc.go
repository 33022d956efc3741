// Package devnet runs a local Ethereum development chain inside the process: a real go-ethereum node with Osaka
// rules ([chain.OsakaConfig], chain id 1337), JSON-RPC over HTTP, and prefunded dev accounts.
//
// [Start] assembles a go-ethereum node, its eth service, the log filter API and a catalyst SimulatedBeacon in
// place of a consensus client. Blocks are made on demand: whenever a transaction becomes executable in the pool,
// a block holding it is sealed at once (automine), so its receipt is there a few milliseconds after
// eth_sendRawTransaction returns. No blocks are made while the chain is idle. A fresh chain starts with one empty
// block (block 1), sealed by Start so that go-ethereum's transaction indexer is live before the first receipt
// is asked for; until then eth_getTransactionReceipt answers "transaction indexing is in progress".
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
//   - evm_increaseTime(seconds): mines any executable pending transactions, then seals an empty block whose
//     timestamp is the head's plus seconds (at least one second later) and returns that timestamp as a hex
//     quantity. seconds is a JSON number (3600) or a hex quantity string ("0xe10").
//   - evm_mine() seals a block with whatever is pending, at the current time, and returns its hash.
//     evm_mine(timestamp) mines what is pending, then seals an empty block at timestamp, which must be later
//     than the head's.
//
// [Node.IncreaseTime] and [Node.Mine] do the same from Go. All sealing, automine included, is serialised.
//
// Unlike Hardhat, evm_increaseTime mines the block itself rather than shifting the clock for the next one. Block
// timestamps never go backwards: after a jump into the future, later blocks are one second apart until the wall
// clock catches up.
//
// eth_getLogs is served without a log index, by scanning blocks, which is quick at a dev chain's size.
//
// # Persistence
//
// With [Config.DataDir] set the chain is kept on disk and picked up again by the next [Start] on that
// directory: balances, contracts and the block history survive a restart after [Node.Close]. Restarting with a
// different account count changes the genesis, which Start refuses with a [*GenesisMismatchError] rather than
// wiping the directory; so is a folder holding any other chain.
package devnet
