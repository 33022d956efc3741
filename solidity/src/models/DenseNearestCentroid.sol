// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
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
/// word: feature `f` of class `c` is lane `f % 2` of word `c * wordsPerClass + f / 2`.
contract DenseNearestCentroid is Classifier {
    using Lanes for uint256;

    uint256 private constant MAX_CLASSES = 1 << 16;
    /// @dev Keeps `x * n - S` below 2^104 and so every squared distance inside 256 bits.
    uint256 private constant MAX_COUNT = 1 << 40;

    /// @notice Sum words per class: `ceil(numFeatures / 2)`.
    uint256 public immutable wordsPerClass;

    mapping(uint256 class => uint256) private _counts;
    mapping(uint256 word => uint256) private _sums;

    error EmptyClass(uint256 class);
    error CountTooLarge(uint256 class, uint256 count);

    /// @param names The name of each class.
    /// @param numFeatures_ The sample length.
    /// @param counts The number of samples behind each class's sum; each at least 1.
    /// @param firstWords Packed sum words `0 .. firstWords.length - 1` (more with `setSumWords`).
    constructor(string[] memory names, uint64 numFeatures_, uint64[] memory counts, uint256[] memory firstWords)
        Classifier(names, numFeatures_, numFeatures_, MAX_CLASSES)
    {
        if (counts.length != names.length) revert LengthMismatch(counts.length, names.length);
        for (uint256 c; c < counts.length; ++c) {
            if (counts[c] == 0) revert EmptyClass(c);
            if (counts[c] >= MAX_COUNT) revert CountTooLarge(c, counts[c]);
            _counts[c] = counts[c];
        }
        uint256 perClass = (uint256(numFeatures_) + 1) / 2;
        wordsPerClass = perClass;
        _checkWords(0, firstWords.length, perClass);
        for (uint256 i; i < firstWords.length; ++i) {
            _sums[i] = firstWords[i];
        }
    }

    /// @notice Sets packed sum words `firstWord ..` while the model is open.
    /// @param firstWord Index of the first word written (`class * wordsPerClass + feature / 2`).
    /// @param words Two `int128` sums per word: the class centroid times its count, fixed point.
    function setSumWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _checkWords(firstWord, words.length, wordsPerClass);
        for (uint256 i; i < words.length; ++i) {
            _sums[firstWord + i] = words[i];
        }
    }

    /// @notice The number of samples behind class `class`'s centroid.
    function count(uint256 class) external view returns (uint64) {
        return uint64(_counts[class]);
    }

    /// @notice The sum of class `class`'s samples at feature `feature`, fixed point; the centroid is sum / count.
    function sum(uint256 class, uint256 feature) external view returns (int128) {
        return _sums[class * wordsPerClass + feature / 2].getInt128(feature % 2);
    }

    /// @notice The squared Euclidean distance from `data` to each centroid, in 1e18 units, rounded down.
    function distances(int64[] calldata data) public view returns (uint256[] memory d) {
        _checkDenseLength(data.length);
        uint256 perClass = wordsPerClass;
        d = new uint256[](numClasses);
        for (uint256 c; c < d.length; ++c) {
            int256 n = int256(_counts[c]);
            uint256 base = c * perClass;
            uint256 word;
            uint256 total;
            for (uint256 i; i < data.length; ++i) {
                if (i % 2 == 0) word = _sums[base + i / 2];
                int256 diff = int256(data[i]) * n - word.getInt128(i % 2);
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
        uint256 n = _counts[label] + 1;
        if (n >= MAX_COUNT) revert CountTooLarge(label, n);
        _counts[label] = n;
        uint256 base = label * wordsPerClass;
        uint256 word;
        for (uint256 i; i < data.length; ++i) {
            if (i % 2 == 0) word = _sums[base + i / 2];
            word = word.setInt128(i % 2, SafeCast.toInt128(int256(word.getInt128(i % 2)) + data[i]));
            if (i % 2 == 1 || i + 1 == data.length) _sums[base + i / 2] = word;
        }
    }

    function _checkWords(uint256 firstWord, uint256 count_, uint256 perClass) private view {
        uint256 numWords = perClass * numClasses;
        if (firstWord + count_ > numWords) revert WordOutOfRange(firstWord + count_ - 1, numWords);
    }
}
