// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title SparseNearestCentroid
/// @notice Nearest centroid over sparse binary samples: `data` lists, in strictly increasing order, the indices
/// of the features whose value is 1.0; all others are 0. Predicts the class whose centroid is closest in
/// Euclidean distance (the lowest class index on a tie). An update moves the label's centroid to the mean of all
/// its samples.
/// @dev Each class keeps the sum `S` of its samples, their number `n`, and `Q = sum of S[f]^2` over every
/// feature. An update then touches only the sample's features (0xDeCA10B rewrote every feature of the centroid),
/// and the squared distance `(k*n^2*1e18 - 2e9*n*sum(S[f] for f in data) + Q) / n^2` (1e18 units, `k` the
/// number of indices) is exact before its final division. Sums are `int64`, four to a word, feature-major: sum
/// `(c, f)` is lane `f * numClasses + c` of the region (see Lanes), so a two-class model reads one word per
/// feature for both classes. A class word holds `n` in its low 64 bits and `Q` above: with int64 sums and
/// fewer than 2^63 features, `Q` stays below 2^189.
contract SparseNearestCentroid is Classifier {
    /// @dev Base slot of the sums: keccak256("sumkit.SparseNearestCentroid.sums") - 1.
    uint256 private constant SUMS = uint256(keccak256("sumkit.SparseNearestCentroid.sums")) - 1;
    /// @dev Base slot of the class words.
    uint256 private constant CLASSES = uint256(keccak256("sumkit.SparseNearestCentroid.classes")) - 1;

    uint256 private constant MAX_CLASSES = 1 << 16;
    /// @notice The most samples a class may hold, its initial count included, plus one: 2^33, so a sum, at most
    /// 1e9 per sample, stays below `2^33 * 1e9 < 2^63` and no sequence of valid updates can make a later one
    /// overflow int64. 2^33 samples of one class is over 10^14 gas of updates.
    uint256 public constant MAX_COUNT = 1 << 33;
    int256 private constant UNIT = 1e9;

    error EmptyClass(uint256 class);
    error CountTooLarge(uint256 class, uint256 count);

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names The name of each class.
    /// @param numFeatures_ The number of features; indices run below it.
    /// @param maxFeatures_ The most indices a sample may list.
    /// @param counts The number of samples behind each class's sum; each at least 1.
    /// @param firstWords Packed sum words `0 .. firstWords.length - 1` (more with `setSumWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        uint64 maxFeatures_,
        uint64[] memory counts,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, maxFeatures_, MAX_CLASSES) {
        if (counts.length != names.length) {
            revert LengthMismatch(counts.length, names.length);
        }
        for (uint256 c; c < counts.length; ++c) {
            if (counts[c] == 0) revert EmptyClass(c);
            if (counts[c] >= MAX_COUNT) revert CountTooLarge(c, counts[c]);
            Lanes.setWord(CLASSES, c, counts[c]);
        }
        _writeSums(0, firstWords);
    }

    /// @notice Sets packed sum words `firstWord ..` while the model is open; each class's `Q` follows.
    /// @param firstWord Index of the first word written.
    /// @param words Four `int64` sums per word, lane `f * numClasses + c` holding class `c`'s sum at feature `f`:
    /// the centroid times the class count, fixed point.
    function setSumWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeSums(firstWord, words);
    }

    /// @notice The number of samples behind class `class`'s centroid.
    function count(uint256 class) external view returns (uint64) {
        return uint64(Lanes.word(CLASSES, class));
    }

    /// @notice The sum of class `class`'s samples at feature `feature`, fixed point; the centroid is sum / count.
    function sum(uint256 class, uint256 feature) external view returns (int64) {
        return int64(Lanes.int64At(SUMS, feature * numClasses + class));
    }

    /// @notice The squared Euclidean distance from `data` to each centroid, in 1e18 units, rounded down.
    function distances(int64[] calldata data) public view returns (uint256[] memory d) {
        _checkSparseLength(data.length);
        uint256 k = numClasses;
        int256[] memory dots = new int256[](k);
        // The hot loop, reading calldata and storage directly (see Classifier._indexAt for the index check). At
        // most maxFeatures int64 terms per class: no sum can overflow.
        (uint256 bad, uint256 badAt) = _checkIndices(data);
        if (bad != 0) _revertIndex(data, bad, badAt);
        uint256 base = SUMS;
        assembly ("memory-safe") {
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let j := mul(calldataload(add(data.offset, i)), k)
                for { let c := 0 } lt(c, k) { c := add(c, 1) } {
                    let lane := add(j, c)
                    let acc := add(dots, shl(5, add(c, 1)))
                    mstore(
                        acc,
                        add(mload(acc), signextend(7, shr(shl(6, and(lane, 3)), sload(add(base, shr(2, lane))))))
                    )
                }
            }
        }
        d = new uint256[](k);
        int256 len = int256(data.length);
        for (uint256 c; c < k; ++c) {
            uint256 info = Lanes.word(CLASSES, c);
            int256 n = int256(uint256(uint64(info)));
            // Exactly sum over features of (x[f]*n*1e9 - S[f])^2 >= 0.
            int256 scaled = len * n * n * UNIT * UNIT - 2 * UNIT * n * dots[c] + int256(info >> 64);
            d[c] = uint256(scaled) / uint256(n * n);
        }
    }

    /// @inheritdoc IClassifier
    function predict(int64[] calldata data) external view override returns (uint64 best) {
        uint256[] memory d = distances(data);
        for (uint256 c = 1; c < d.length; ++c) {
            if (d[c] < d[best]) best = uint64(c);
        }
    }

    /// @inheritdoc IClassifier
    function update(int64[] calldata data, uint64 label) external override onlyTrainer {
        _checkLabel(label);
        _checkSparseLength(data.length);
        uint256 info = Lanes.word(CLASSES, label);
        uint256 n = uint64(info) + 1;
        if (n >= MAX_COUNT) revert CountTooLarge(label, n);
        int256 q = int256(info >> 64);
        uint256 k = numClasses;
        (uint256 bad, uint256 badAt) = _checkIndices(data);
        if (bad != 0) _revertIndex(data, bad, badAt);
        // q stays below 2^189 and each step is below 2^96: nothing here can overflow. A sum leaving
        // int64 reverts the whole update.
        uint256 base = SUMS;
        bool overflow;
        assembly ("memory-safe") {
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let lane := add(mul(calldataload(add(data.offset, i)), k), label)
                let slot := add(base, shr(2, lane))
                let shift := shl(6, and(lane, 3))
                let w := sload(slot)
                let next := add(signextend(7, shr(shift, w)), UNIT)
                overflow := or(overflow, iszero(eq(signextend(7, next), next)))
                // (s + 1e9)^2 - s^2 = 2e9*s + 1e18 with s = next - 1e9.
                q := add(q, sub(mul(mul(2, UNIT), next), mul(UNIT, UNIT)))
                sstore(slot, or(and(w, not(shl(shift, 0xffffffffffffffff))), shl(shift, and(next, 0xffffffffffffffff))))
            }
        }
        if (overflow) revert Lanes.LaneOverflow();
        Lanes.setWord(CLASSES, label, n | (uint256(q) << 64));
    }

    /// @dev Checks the sample's indices: below numFeatures and strictly increasing. Returns 0, or the kind of
    /// the first problem (1: out of range, 2: not increasing) and its position.
    function _checkIndices(int64[] calldata data) private view returns (uint256 bad, uint256 position) {
        uint256 nf = numFeatures;
        assembly ("memory-safe") {
            let previous := 0
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let f := calldataload(add(data.offset, i))
                if iszero(lt(f, nf)) {
                    bad := 1
                    position := shr(5, i)
                    break
                }
                if and(gt(i, 0), iszero(gt(f, previous))) {
                    bad := 2
                    position := shr(5, i)
                    break
                }
                previous := f
            }
        }
    }

    function _revertIndex(int64[] calldata data, uint256 bad, uint256 position) private view {
        if (bad == 1) revert FeatureOutOfRange(int64(int256(uint256(_rawAt(data, position)))), numFeatures);
        revert IndicesNotIncreasing(position);
    }

    function _rawAt(int64[] calldata data, uint256 i) private pure returns (bytes32 raw) {
        assembly ("memory-safe") {
            raw := calldataload(add(data.offset, shl(5, i)))
        }
    }

    function _writeSums(uint256 firstWord, uint256[] memory words) private {
        uint256 k = numClasses;
        uint256 numLanes = uint256(numFeatures) * k;
        uint256 numWords = (numLanes + 3) / 4;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        uint256[] memory q = new uint256[](k);
        for (uint256 c; c < k; ++c) {
            q[c] = Lanes.word(CLASSES, c) >> 64;
        }
        for (uint256 i; i < words.length; ++i) {
            uint256 w = firstWord + i;
            uint256 old = Lanes.word(SUMS, w);
            // Lanes past the last sum (padding in the last word) are never read and count for nothing.
            for (uint256 lane; lane < 4 && w * 4 + lane < numLanes; ++lane) {
                int256 a = int64(uint64(words[i] >> (lane * 64)));
                int256 b = int64(uint64(old >> (lane * 64)));
                uint256 c = (w * 4 + lane) % k;
                q[c] = q[c] + uint256(a * a) - uint256(b * b);
            }
            Lanes.setWord(SUMS, w, words[i]);
        }
        for (uint256 c; c < k; ++c) {
            Lanes.setWord(CLASSES, c, uint64(Lanes.word(CLASSES, c)) | (q[c] << 64));
        }
    }
}
