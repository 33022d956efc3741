// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title DenseNearestCentroid
/// @notice Nearest centroid over dense samples of `numFeatures` fixed-point values: predicts the class whose
/// centroid is closest in Euclidean distance (the lowest class index on a tie). An update moves the label's
/// centroid to the mean of all its samples.
/// @dev Each class keeps the sum of its samples and their number `n`, not the mean: an update then costs one
/// addition per feature and no rounding, where 0xDeCA10B's running mean rounded at every step. The squared
/// distance `sum (x*n - S)^2 / n^2` (1e18 units) is exact before its final division. Sums are `int64`, four to
/// a word, class-major: class `c` owns words `c * wordsPerClass ..`, its sum at feature `f` in lane `f` of them
/// (see Lanes). An update rewrites a whole class, so keeping a class together minimises the words it writes.
/// An update takes entries within +-`MAX_ABS_VALUE` (8.0) and a class holds fewer than `MAX_COUNT` (2^30)
/// samples, so a sum that starts as its class's samples' sum stays within `(2^30 - 1) * 8e9 < 2^63`: no sequence
/// of valid updates can take a sum out of int64 and make a later valid update revert (one entry near int64.max
/// would otherwise freeze its class). 2^30 samples of one class is over 10^13 gas of updates. Standardised
/// features (z-scores) fit the bound; the dataset package clips the rare ones past it. `predict` takes any
/// int64: `|x*n - S| < 2^94` and a distance stays below 2^220.
contract DenseNearestCentroid is Classifier {
    /// @dev Base slot of the sums: keccak256("sumkit.DenseNearestCentroid.sums") - 1.
    uint256 private constant SUMS = uint256(keccak256("sumkit.DenseNearestCentroid.sums")) - 1;
    /// @dev Base slot of the per-class sample counts, four `uint64` lanes to a word: one read serves a model of up
    /// to four classes.
    uint256 private constant COUNTS = uint256(keccak256("sumkit.DenseNearestCentroid.counts")) - 1;

    uint256 private constant MAX_CLASSES = 1 << 16;
    /// @notice The most samples a class may hold, its initial count included, plus one.
    uint256 public constant MAX_COUNT = 1 << 30;
    /// @notice The largest magnitude of an entry `update` takes, fixed point: 8.0.
    int256 public constant MAX_ABS_VALUE = 8e9;
    uint256 private constant MAX_DIMENSION = 1 << 32;

    /// @notice Sum words per class: `ceil(numFeatures / 4)`.
    uint256 public immutable wordsPerClass;

    error EmptyClass(uint256 class);
    error CountTooLarge(uint256 class, uint256 count);
    error DimensionTooLarge(uint64 numFeatures, uint256 max);
    /// @notice Entry `position` of a training sample is `value`, outside +-`max` (`MAX_ABS_VALUE`). Scale the
    /// features (standardise them, or clip outliers) so that every entry lies within the bound.
    error ValueOutOfRange(uint256 position, int256 value, int256 max);

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names The name of each class.
    /// @param numFeatures_ The sample length, below 2^32.
    /// @param counts The number of samples behind each class's sum; each at least 1.
    /// @param firstWords Packed sum words `0 .. firstWords.length - 1` (more with `setSumWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        uint64[] memory counts,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, numFeatures_, MAX_CLASSES) {
        if (numFeatures_ >= MAX_DIMENSION) {
            revert DimensionTooLarge(numFeatures_, MAX_DIMENSION);
        }
        if (counts.length != names.length) revert LengthMismatch(counts.length, names.length);
        for (uint256 c; c < counts.length; ++c) {
            if (counts[c] == 0) revert EmptyClass(c);
            if (counts[c] >= MAX_COUNT) revert CountTooLarge(c, counts[c]);
            _setCount(c, counts[c]);
        }
        wordsPerClass = (uint256(numFeatures_) + 3) / 4;
        _writeWords(0, firstWords, (uint256(numFeatures_) + 3) / 4);
    }

    /// @notice Sets packed sum words `firstWord ..` while the model is open.
    /// @param firstWord Index of the first word written.
    /// @param words Four `int64` sums per word: class `c`'s sum at feature `f` (its centroid times its count,
    /// fixed point) is lane `f` of words `c * wordsPerClass ..`.
    function setSumWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeWords(firstWord, words, wordsPerClass);
    }

    /// @notice The number of samples behind class `class`'s centroid.
    function count(uint256 class) external view returns (uint64) {
        return uint64(_count(class));
    }

    /// @notice The sum of class `class`'s samples at feature `feature`, fixed point; the centroid is sum / count.
    function sum(uint256 class, uint256 feature) external view returns (int64) {
        return int64(Lanes.int64At(SUMS + class * wordsPerClass, feature));
    }

    /// @notice The squared Euclidean distance from `data` to each centroid, in 1e18 units, rounded down.
    function distances(int64[] calldata data) public view returns (uint256[] memory d) {
        _checkDenseLength(data.length);
        uint256 k = numClasses;
        uint256 perClass = wordsPerClass;
        d = new uint256[](k);
        for (uint256 c; c < k; ++c) {
            int256 n = int256(_count(c));
            uint256 base = SUMS + c * perClass;
            uint256 total;
            // Within the contract's bounds (see above) none of this can overflow.
            unchecked {
                for (uint256 i; i < data.length; ++i) {
                    int256 diff = _valueAt(data, i) * n - Lanes.int64At(base, i);
                    total += uint256(diff * diff);
                }
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
        uint256 n = _count(label) + 1;
        if (n >= MAX_COUNT) revert CountTooLarge(label, n);
        _setCount(label, n);
        uint256 base = SUMS + label * wordsPerClass;
        for (uint256 i; i < data.length; ++i) {
            int256 v = _valueAt(data, i);
            if (v > MAX_ABS_VALUE || v < -MAX_ABS_VALUE) revert ValueOutOfRange(i, v, MAX_ABS_VALUE);
            Lanes.addInt64(base, i, v);
        }
    }

    function _count(uint256 class) private view returns (uint256) {
        return uint64(Lanes.word(COUNTS, class / 4) >> ((class % 4) * 64));
    }

    function _setCount(uint256 class, uint256 n) private {
        uint256 shift = (class % 4) * 64;
        uint256 w = Lanes.word(COUNTS, class / 4);
        Lanes.setWord(COUNTS, class / 4, (w & ~(uint256(type(uint64).max) << shift)) | (n << shift));
    }

    function _writeWords(uint256 firstWord, uint256[] memory words, uint256 perClass) private {
        uint256 numWords = perClass * numClasses;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        for (uint256 i; i < words.length; ++i) {
            Lanes.setWord(SUMS, firstWord + i, words[i]);
        }
    }
}
