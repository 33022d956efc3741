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
// Players may be single contributions or groups of them ([NewGroups], e.g. all contributions of one author).
// Every [Result] reports u(∅), u(N) and how far its values' sum is from u(N) − u(∅); [Normalize] (or
// SamplingOptions.Normalize) projects sampled values onto that sum.
//
// Determinism. Every sampled run is a function of the utility, its seed and its [SamplingOptions] only: sample
// k draws its randomness from a PCG stream seeded with (seed, k), samples are grouped into blocks of a fixed
// size, and block sums are accumulated exactly (in fixed point wide enough for any float64), so the order in
// which workers finish blocks, the number of workers and the split of a run into shards do not change a single
// bit of the output. A sharded run ([Shard], [TMCShapleyPartial], [BanzhafPartial]) returns a [Partial] that
// [Merge] adds to the others.
//
// A run stopped by time is the exception: how many samples it takes depends on the machine, but the result
// reports that number, and a run with MaxSamples set to it gives the same bits anywhere. "Anywhere" includes
// architectures whose compilers fuse multiply-adds (arm64, ppc64le, s390x): every product this package adds is
// rounded first, by an explicit float64 conversion, which the Go specification defines to prevent fusion; a
// utility that wants the same guarantee must do the same. The least core (subpackage leastcore) is
// deterministic on one architecture, but gonum's linear algebra has assembly kernels on some, so its last bits
// may differ between architectures.
package valuation
