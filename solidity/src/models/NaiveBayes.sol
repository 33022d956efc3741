// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title NaiveBayes
/// @notice Multinomial naive Bayes over sparse samples: `data` lists feature indices, an index listed twice
/// counts twice. Predicts the class that maximises
/// `samples[c] * prod over data of (count[c][f] + alpha) / (total[c] + alpha * numFeatures)`, with Laplace-style
/// smoothing `alpha = smoothing / 1e9`. An update adds the sample's features to its class's counts.
/// @dev 0xDeCA10B multiplied these probabilities in plain integers, which reach 0 after a handful of features.
/// Here each product is a binary floating-point number kept as a 128-bit mantissa and a power-of-two exponent,
/// so it neither underflows nor overflows for any sample within `maxFeatures`, with a relative error near 2^-127
/// per factor. Counts are `uint32`, eight to a storage word: count `f` of class `c` is lane `f % 8` of word
/// `c * wordsPerClass + f / 8`.
contract NaiveBayes is Classifier {
    using Lanes for uint256;

    uint256 private constant MAX_CLASSES = 1 << 16;
    /// @dev Bounds that keep every factor below 2^96, so a 128-bit mantissa times a factor fits in 256 bits.
    uint256 private constant MAX_SMOOTHING = 1 << 40;
    uint256 private constant MAX_NUM_FEATURES = 1 << 40;

    /// @notice The smoothing added to every count, fixed point (1e9 = Laplace smoothing).
    uint64 public immutable smoothing;
    /// @notice Count words per class: `ceil(numFeatures / 8)`.
    uint256 public immutable wordsPerClass;

    /// @dev Per class: number of samples in the low 64 bits, total feature count in the next 64.
    mapping(uint256 class => uint256) private _classes;
    mapping(uint256 word => uint256) private _counts;

    error InvalidSmoothing(uint64 smoothing);
    error CountOverflow();
    error TooManyFeatureKinds(uint64 numFeatures, uint256 max);

    /// @param names The name of each class.
    /// @param numFeatures_ The vocabulary size; indices run below it.
    /// @param maxFeatures_ The most indices a sample may list.
    /// @param smoothing_ The smoothing, fixed point, positive and at most 2^40.
    /// @param classCounts The number of training samples seen for each class.
    /// @param firstWords Packed count words `0 .. firstWords.length - 1` (more with `setCountWords`).
    constructor(
        string[] memory names,
        uint64 numFeatures_,
        uint64 maxFeatures_,
        uint64 smoothing_,
        uint64[] memory classCounts,
        uint256[] memory firstWords
    ) Classifier(names, numFeatures_, maxFeatures_, MAX_CLASSES) {
        if (smoothing_ == 0 || smoothing_ > MAX_SMOOTHING) revert InvalidSmoothing(smoothing_);
        if (numFeatures_ > MAX_NUM_FEATURES) revert TooManyFeatureKinds(numFeatures_, MAX_NUM_FEATURES);
        if (classCounts.length != names.length) revert LengthMismatch(classCounts.length, names.length);
        smoothing = smoothing_;
        uint256 perClass = (uint256(numFeatures_) + 7) / 8;
        wordsPerClass = perClass;
        for (uint256 c; c < classCounts.length; ++c) {
            _classes[c] = classCounts[c];
        }
        _writeCounts(0, firstWords, perClass);
    }

    /// @notice Sets packed count words `firstWord ..` while the model is open; class totals follow.
    /// @param firstWord Index of the first word written (`class * wordsPerClass + feature / 8`).
    /// @param words Eight `uint32` counts per word.
    function setCountWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeCounts(firstWord, words, wordsPerClass);
    }

    /// @notice How often feature `feature` was seen in class `class`.
    function featureCount(uint256 class, uint256 feature) external view returns (uint32) {
        return _counts[class * wordsPerClass + feature / 8].getUint32(feature % 8);
    }

    /// @notice The number of samples of class `class`, and the total of its feature counts.
    function classInfo(uint256 class) external view returns (uint64 samples, uint64 totalFeatures) {
        uint256 info = _classes[class];
        return (uint64(info), uint64(info >> 64));
    }

    /// @inheritdoc IClassifier
    function predict(int64[] calldata data) external view override returns (uint64 best) {
        _checkSparseLength(data.length);
        uint256[] memory features = new uint256[](data.length);
        for (uint256 i; i < data.length; ++i) {
            features[i] = _checkIndex(data[i]);
        }
        uint256 perClass = wordsPerClass;
        uint256 smooth = smoothing;
        uint256 smoothAll = smooth * numFeatures;
        uint256 bestNum;
        uint256 bestDen = 1;
        int256 bestExp;
        for (uint256 c; c < numClasses; ++c) {
            uint256 info = _classes[c];
            // Numerator: samples times each smoothed count; denominator: the smoothed total, once per feature.
            uint256 num = uint64(info);
            uint256 den = 1;
            int256 exp;
            uint256 total = uint256(uint64(info >> 64)) * uint256(ONE) + smoothAll;
            uint256 base = c * perClass;
            for (uint256 i; i < features.length; ++i) {
                uint256 f = features[i];
                uint256 count = _counts[base + f / 8].getUint32(f % 8);
                uint256 shift;
                (num, shift) = _normalise(num * (count * uint256(ONE) + smooth));
                exp += int256(shift);
                (den, shift) = _normalise(den * total);
                exp -= int256(shift);
            }
            if (c == 0 || _greater(num, den, exp, bestNum, bestDen, bestExp)) {
                (best, bestNum, bestDen, bestExp) = (uint64(c), num, den, exp);
            }
        }
    }

    /// @inheritdoc IClassifier
    function update(int64[] calldata data, uint64 label) external override onlyTrainer {
        _checkLabel(label);
        _checkSparseLength(data.length);
        uint256 info = _classes[label];
        uint256 samples = uint64(info) + 1;
        uint256 total = uint64(info >> 64) + data.length;
        if (samples > type(uint64).max || total > type(uint64).max) revert CountOverflow();
        _classes[label] = samples | (total << 64);
        uint256 base = label * wordsPerClass;
        for (uint256 i; i < data.length; ++i) {
            uint256 f = _checkIndex(data[i]);
            uint256 word = _counts[base + f / 8];
            uint32 count = word.getUint32(f % 8);
            if (count == type(uint32).max) revert CountOverflow();
            _counts[base + f / 8] = word.setUint32(f % 8, count + 1);
        }
    }

    /// @dev Keeps a mantissa below 2^128 by dropping low bits; returns how many were dropped.
    function _normalise(uint256 m) private pure returns (uint256, uint256 shift) {
        if (m < 1 << 128) return (m, 0);
        shift = Math.log2(m) - 127;
        return (m >> shift, shift);
    }

    /// @dev Whether `aNum / aDen * 2^aExp > bNum / bDen * 2^bExp`, all mantissas below 2^128.
    function _greater(uint256 aNum, uint256 aDen, int256 aExp, uint256 bNum, uint256 bDen, int256 bExp)
        private
        pure
        returns (bool)
    {
        uint256 left = aNum * bDen;
        uint256 right = bNum * aDen;
        if (left == 0) return false;
        if (right == 0) return true;
        int256 shift = aExp - bExp;
        // Compare left * 2^shift with right through their bit lengths first, then the aligned mantissas.
        int256 leftBits = int256(Math.log2(left)) + shift;
        int256 rightBits = int256(Math.log2(right));
        if (leftBits != rightBits) return leftBits > rightBits;
        if (shift >= 0) {
            uint256 rightShifted = right >> uint256(shift);
            // Equal here means left * 2^shift <= right: the bits right dropped can only add to it.
            return left > rightShifted;
        }
        uint256 drop = uint256(-shift);
        uint256 leftShifted = left >> drop;
        if (leftShifted != right) return leftShifted > right;
        return leftShifted << drop != left; // the bits left dropped make it the larger
    }

    function _writeCounts(uint256 firstWord, uint256[] memory words, uint256 perClass) private {
        uint256 numWords = perClass * numClasses;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        for (uint256 i; i < words.length; ++i) {
            uint256 w = firstWord + i;
            uint256 c = w / perClass;
            uint256 info = _classes[c];
            uint256 total = uint64(info >> 64) + _laneSum(words[i]) - _laneSum(_counts[w]);
            if (total > type(uint64).max) revert CountOverflow();
            _classes[c] = uint64(info) | (total << 64);
            _counts[w] = words[i];
        }
    }

    function _laneSum(uint256 word) private pure returns (uint256 sum) {
        for (uint256 lane; lane < 8; ++lane) {
            sum += word.getUint32(lane);
        }
    }
}
