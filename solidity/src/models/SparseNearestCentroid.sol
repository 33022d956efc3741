// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

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
/// number of indices) is exact before its final division. Sums are `int64`, four to a word: feature `f` of class
/// `c` is lane `f % 4` of word `c * wordsPerClass + f / 4`. The class word holds `n` in its low 64 bits and `Q`
/// above.
contract SparseNearestCentroid is Classifier {
    using Lanes for uint256;

    uint256 private constant MAX_CLASSES = 1 << 16;
    uint256 private constant MAX_COUNT = 1 << 40;
    uint256 private constant UNIT = 1e9;

    /// @notice Sum words per class: `ceil(numFeatures / 4)`.
    uint256 public immutable wordsPerClass;

    mapping(uint256 class => uint256) private _classes;
    mapping(uint256 word => uint256) private _sums;

    error EmptyClass(uint256 class);
    error CountTooLarge(uint256 class, uint256 count);
    error IndicesNotIncreasing(uint256 position);
    error MagnitudeOverflow(uint256 class);

    /// @param names The name of each class.
    /// @param numFeatures_ The number of features; indices run below it.
    /// @param maxFeatures_ The most indices a sample may list.
    /// @param counts The number of samples behind each class's sum; each at least 1.
    /// @param firstWords Packed sum words `0 .. firstWords.length - 1` (more with `setSumWords`).
    constructor(
        string[] memory names,
        uint64 numFeatures_,
        uint64 maxFeatures_,
        uint64[] memory counts,
        uint256[] memory firstWords
    ) Classifier(names, numFeatures_, maxFeatures_, MAX_CLASSES) {
        if (counts.length != names.length) revert LengthMismatch(counts.length, names.length);
        for (uint256 c; c < counts.length; ++c) {
            if (counts[c] == 0) revert EmptyClass(c);
            if (counts[c] >= MAX_COUNT) revert CountTooLarge(c, counts[c]);
            _classes[c] = counts[c];
        }
        uint256 perClass = (uint256(numFeatures_) + 3) / 4;
        wordsPerClass = perClass;
        _writeSums(0, firstWords, perClass);
    }

    /// @notice Sets packed sum words `firstWord ..` while the model is open; each class's `Q` follows.
    /// @param firstWord Index of the first word written (`class * wordsPerClass + feature / 4`).
    /// @param words Four `int64` sums per word: the class centroid times its count, fixed point.
    function setSumWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeSums(firstWord, words, wordsPerClass);
    }

    /// @notice The number of samples behind class `class`'s centroid.
    function count(uint256 class) external view returns (uint64) {
        return uint64(_classes[class]);
    }

    /// @notice The sum of class `class`'s samples at feature `feature`, fixed point; the centroid is sum / count.
    function sum(uint256 class, uint256 feature) external view returns (int64) {
        return _sums[class * wordsPerClass + feature / 4].getInt64(feature % 4);
    }

    /// @notice The squared Euclidean distance from `data` to each centroid, in 1e18 units, rounded down.
    function distances(int64[] calldata data) public view returns (uint256[] memory d) {
        _checkSparseLength(data.length);
        uint256[] memory features = new uint256[](data.length);
        for (uint256 i; i < data.length; ++i) {
            features[i] = _checkIndex(data[i]);
            if (i > 0 && features[i] <= features[i - 1]) revert IndicesNotIncreasing(i);
        }
        uint256 perClass = wordsPerClass;
        d = new uint256[](numClasses);
        for (uint256 c; c < d.length; ++c) {
            uint256 info = _classes[c];
            int256 n = int256(uint256(uint64(info)));
            uint256 base = c * perClass;
            int256 dot;
            for (uint256 i; i < features.length; ++i) {
                uint256 f = features[i];
                dot += _sums[base + f / 4].getInt64(f % 4);
            }
            int256 k = int256(features.length);
            int256 scaled = k * n * n * int256(UNIT * UNIT) - 2 * int256(UNIT) * n * dot + int256(info >> 64);
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
        uint256 info = _classes[label];
        uint256 n = uint64(info) + 1;
        if (n >= MAX_COUNT) revert CountTooLarge(label, n);
        uint256 q = info >> 64;
        uint256 base = label * wordsPerClass;
        uint256 previous;
        for (uint256 i; i < data.length; ++i) {
            uint256 f = _checkIndex(data[i]);
            if (i > 0 && f <= previous) revert IndicesNotIncreasing(i);
            previous = f;
            uint256 word = _sums[base + f / 4];
            int64 s = word.getInt64(f % 4);
            int64 next = s + int64(int256(UNIT));
            // (s + 1e9)^2 - s^2 = 2e9*s + 1e18, kept exact in signed arithmetic.
            q = uint256(int256(q) + 2 * int256(UNIT) * s + int256(UNIT * UNIT));
            _sums[base + f / 4] = word.setInt64(f % 4, next);
        }
        if (q >> 192 != 0) revert MagnitudeOverflow(label);
        _classes[label] = n | (q << 64);
    }

    function _writeSums(uint256 firstWord, uint256[] memory words, uint256 perClass) private {
        uint256 numWords = perClass * numClasses;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        for (uint256 i; i < words.length; ++i) {
            uint256 w = firstWord + i;
            uint256 c = w / perClass;
            uint256 info = _classes[c];
            uint256 q = (info >> 64) + _squares(words[i]) - _squares(_sums[w]);
            if (q >> 192 != 0) revert MagnitudeOverflow(c);
            _classes[c] = uint64(info) | (q << 64);
            _sums[w] = words[i];
        }
    }

    function _squares(uint256 word) private pure returns (uint256 total) {
        for (uint256 lane; lane < 4; ++lane) {
            int256 s = word.getInt64(lane);
            total += uint256(s * s);
        }
    }
}
