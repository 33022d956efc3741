// SPDX-License-Identifier: MIT

// Package differential checks, bit for bit, that package model's Go port of the on-chain models
// ([model.Model.Predict] and [model.Model.Update]) computes what the Solidity models in solidity/src/models
// compute. It has no code of its own: everything is in its tests, which live here rather than in package model
// because they need the chain, and package model must not import it.
//
// For each model kind the test draws a random initial model, deploys its contract on the simulated Osaka
// chain (chain.NewSimulated), and then feeds the same stream of random inputs to the contract and to a Go copy:
//
//   - at least 10,000 predictions (eth_call of predict, compared with Model.Predict), each also compared
//     through the contract's raw view where it has one (score for perceptrons, distances for nearest centroid,
//     against Model.Score and Model.Distances);
//   - at least 10,000 updates (real transactions calling update, applied in Go with Model.Update). An update
//     Go refuses must revert on chain with the matching custom error, and one Go accepts must succeed;
//   - after every block of updates, every storage word the contract keeps its parameters in, read with
//     eth_getStorageAt at the slots the Solidity sources define (the ERC-7201-style bases
//     keccak256("sumkit.<Contract>.<region>") - 1), compared with Model.Words and the per-class words
//     (sample counts, feature totals, sums of squares) Go derives from its fields, plus the first word past
//     each region, which must stay zero; and a sample of parameters read through the view getters (weight,
//     featureCount, classInfo, count, sum).
//
// The models are small (sparse: hundreds to a thousand features and samples of up to 30 indices; dense: 13
// features) so that 10,000 updates fit in seconds, and they are drawn to reach the contracts' corners:
// negative parameters and inputs, ties (zero perceptron scores; identical "twin" classes that are never
// trained, whose equal probabilities or distances go to the lower index), divisions that truncate, and
// parameters one or two steps from a guard (int64 weights and sums at the edge of their range, naive Bayes
// counts at 2^32-1, which saturate, nearest centroid sample counts at their bound), so that some valid
// updates revert with LaneOverflow or CountTooLarge, and dense nearest centroid inputs past its entry bound
// revert with ValueOutOfRange. Sparse samples are ones the contracts accept: at most maxFeatures indices
// below numFeatures, strictly increasing (every sparse contract requires it); dense samples are exactly
// numFeatures int64 fixed-point values. Dense perceptron
// weights stay well inside int64, the range Model keeps the contract's int128 weights in.
//
// Each model contract is deployed directly with a test account as its trainer, which then calls update
// itself: update is the same function a trainer's addData calls, without the trainer's bookkeeping around
// it, so it is the fastest route to the real update path. A trainer that is an account rather than a
// contract never seals the model, which only matters to the owner's initialisation functions, unused after
// deployment. Updates are signed with explicit nonces and a fixed gas limit and sent 200 to a block; an update
// that Go says reverts ends its block early, so that the revert can first be replayed with eth_call on
// exactly the state it meets and its error named.
//
// The random stream comes from math/rand/v2 with a fixed seed; a failing test prints the seed and the flags
// that reproduce it. Flags: -seed, -updates and -predictions (per model; 10,000 each by default, 1,000 with
// -short).
package differential
