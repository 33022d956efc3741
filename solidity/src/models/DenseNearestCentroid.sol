// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title DenseNearestCentroid
/// @notice Nearest centroid over dense samples of `numFeatures` fixed-point values: predicts the class whose
/// centroid is closest in Euclidean distance (the lowest class index on a tie). An update moves the label's
/// centroid to the mean of all its samples.
/// @dev Each class keeps the sum of its samples and their number `n`, not the mean: an update then costs one
/// addition per feature and no rounding, where 0xDeCA10B's running mean rounded at every step. The squared
/// distance `sum (x*n - S)^2 / n^2` (1e18 units) is exact before its final division. Sums are `int128`, two to a
/// word, feature-major: sum `(c, f)` is lane `f * numClasses + c` of the region (see Lanes), so a two-class
/// model reads one word per feature.
contract DenseNearestCentroid is Classifier {
    /// @dev Base slot of the sums: keccak256("sumkit.DenseNearestCentroid.sums") - 1.
    uint256 private constant SUMS = uint256(keccak256("sumkit.DenseNearestCentroid.sums")) - 1;
    /// @dev Base slot of the per-class sample counts.
    uint256 private constant COUNTS = uint256(keccak256("sumkit.DenseNearestCentroid.counts")) - 1;

    uint256 private constant MAX_CLASSES = 1 << 16;
    /// @dev Keeps `x * n` below 2^103, so that sums built by updates keep every squared distance in 256 bits.
    uint256 private constant MAX_COUNT = 1 << 40;

    error EmptyClass(uint256 class);
    error CountTooLarge(uint256 class, uint256 count);

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names The name of each class.
    /// @param numFeatures_ The sample length.
    /// @param counts The number of samples behind each class's sum; each at least 1.
    /// @param firstWords Packed sum words `0 .. firstWords.length - 1` (more with `setSumWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        uint64[] memory counts,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, numFeatures_, MAX_CLASSES) {
        if (counts.length != names.length) {
            revert LengthMismatch(counts.length, names.length);
        }
        for (uint256 c; c < counts.length; ++c) {
            if (counts[c] == 0) revert EmptyClass(c);
            if (counts[c] >= MAX_COUNT) revert CountTooLarge(c, counts[c]);
            Lanes.setWord(COUNTS, c, counts[c]);
        }
        _writeWords(0, firstWords);
    }

    /// @notice Sets packed sum words `firstWord ..` while the model is open.
    /// @param firstWord Index of the first word written.
    /// @param words Two `int128` sums per word, lane `f * numClasses + c` holding class `c`'s sum at feature `f`:
    /// the centroid times the class count, fixed point.
    function setSumWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeWords(firstWord, words);
    }

    /// @notice The number of samples behind class `class`'s centroid.
    function count(uint256 class) external view returns (uint64) {
        return uint64(Lanes.word(COUNTS, class));
    }

    /// @notice The sum of class `class`'s samples at feature `feature`, fixed point; the centroid is sum / count.
    function sum(uint256 class, uint256 feature) external view returns (int128) {
        return int128(Lanes.int128At(SUMS, feature * numClasses + class));
    }

    /// @notice The squared Euclidean distance from `data` to each centroid, in 1e18 units, rounded down.
    function distances(int64[] calldata data) public view returns (uint256[] memory d) {
        _checkDenseLength(data.length);
        uint256 k = numClasses;
        d = new uint256[](k);
        for (uint256 c; c < k; ++c) {
            int256 n = int256(Lanes.word(COUNTS, c));
            uint256 total;
            for (uint256 i; i < data.length; ++i) {
                // Checked: sums set at initialisation are not bounded, and an overflow must revert, not wrap.
                int256 diff = _valueAt(data, i) * n - Lanes.int128At(SUMS, i * k + c);
                total += uint256(diff * diff);
            }
            d[c] = total / uint256(n * n);
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
        _checkDenseLength(data.length);
        uint256 n = Lanes.word(COUNTS, label) + 1;
        if (n >= MAX_COUNT) revert CountTooLarge(label, n);
        Lanes.setWord(COUNTS, label, n);
        uint256 k = numClasses;
        unchecked {
            for (uint256 i; i < data.length; ++i) {
                Lanes.addInt128(SUMS, i * k + label, _valueAt(data, i));
            }
        }
    }

    function _writeWords(uint256 firstWord, uint256[] memory words) private {
        uint256 numWords = (uint256(numFeatures) * numClasses + 1) / 2;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        for (uint256 i; i < words.length; ++i) {
            Lanes.setWord(SUMS, firstWord + i, words[i]);
        }
    }
}
