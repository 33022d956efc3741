// Package valuation values the players of a cooperative game: contributions of data or model updates, or groups
// of them such as all contributions of one author.
//
// A game is n players, numbered 0..n-1, and a [Utility] that scores any coalition of them, typically the held-out
// score of a model trained on the coalition. Utilities that can be grown one player at a time implement
// [Incremental]; [NewWalker] falls back to re-evaluating the whole coalition for those that cannot.
//
// Methods:
//   - [LeaveOneOut]: u(N) − u(N∖{i}); n+1 evaluations.
//   - [ExactShapley] and [ExactBanzhaf]: enumeration of all 2ⁿ coalitions, for n ≤ [MaxExactPlayers].
//   - [TMCShapley]: permutation sampling with truncation, with a standard error per value.
//   - [Banzhaf]: Data Banzhaf with maximum sample reuse (MSR), with a standard error per value.
//   - The least core, in subpackage leastcore.
//
// Determinism. Every sampled run is a function of its seed and its [SamplingOptions] only: sample k draws its
// randomness from a PCG stream seeded with (seed, k), samples are grouped into blocks of a fixed size, and block
// sums are accumulated exactly (in fixed point wide enough for any float64), so the order in which workers finish
// blocks, the number of workers and the split of a run into shards do not change a single bit of the output.
// A run stopped by time is the exception: how many samples it takes depends on the machine, but the result
// reports that number, and a run with MaxSamples set to it gives the same bits anywhere.
package valuation
