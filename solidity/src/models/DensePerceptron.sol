// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title DensePerceptron
/// @notice A binary perceptron over dense samples of `numFeatures` fixed-point values. Predicts 1 when
/// `intercept + sum of weights[i] * data[i]` is positive, else 0 (0xDeCA10B added the intercept at the wrong
/// scale; here both terms are in the same units). A wrong prediction adds `learningRate * data[i]` to each
/// weight, signed towards the label and truncated towards zero. Weights are `int128` fixed point, two to a
/// storage word: feature `i` is lane `i % 2` of word `i / 2`. With `int128` weights and `int64` inputs no sum or
/// update can overflow for any input.
contract DensePerceptron is Classifier {
    using Lanes for uint256;

    /// @notice The bias, fixed point.
    int128 public immutable intercept;
    /// @notice How far one update moves a weight per unit of input, fixed point.
    int64 public immutable learningRate;

    mapping(uint256 word => uint256) private _weights;

    error InvalidLearningRate(int64 learningRate);

    /// @param names Exactly two class names.
    /// @param numFeatures_ The sample length.
    /// @param intercept_ The bias, fixed point.
    /// @param learningRate_ The update step, fixed point, positive.
    /// @param firstWords Packed weights for words `0 .. firstWords.length - 1` (more with `setWeightWords`).
    constructor(
        string[] memory names,
        uint64 numFeatures_,
        int128 intercept_,
        int64 learningRate_,
        uint256[] memory firstWords
    ) Classifier(names, numFeatures_, numFeatures_, 2) {
        if (names.length != 2) revert TooManyClasses(names.length, 2);
        if (learningRate_ <= 0) revert InvalidLearningRate(learningRate_);
        intercept = intercept_;
        learningRate = learningRate_;
        _checkWords(0, firstWords.length);
        for (uint256 i; i < firstWords.length; ++i) {
            _weights[i] = firstWords[i];
        }
    }

    /// @notice Sets packed weight words `firstWord ..` while the model is open.
    /// @param firstWord Index of the first word written.
    /// @param words Two `int128` weights per word.
    function setWeightWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _checkWords(firstWord, words.length);
        for (uint256 i; i < words.length; ++i) {
            _weights[firstWord + i] = words[i];
        }
    }

    /// @notice The weight of feature `feature`, fixed point.
    function weight(uint256 feature) external view returns (int128) {
        return _weights[feature / 2].getInt128(feature % 2);
    }

    /// @notice The raw score `intercept + weights . data` in 1e18 units; the prediction is 1 when it is positive.
    function score(int64[] calldata data) public view returns (int256 s) {
        _checkDenseLength(data.length);
        s = int256(intercept) * ONE;
        uint256 word;
        for (uint256 i; i < data.length; ++i) {
            if (i % 2 == 0) word = _weights[i / 2];
            s += int256(word.getInt128(i % 2)) * data[i];
        }
    }

    /// @inheritdoc IClassifier
    function predict(int64[] calldata data) external view override returns (uint64) {
        return score(data) > 0 ? 1 : 0;
    }

    /// @inheritdoc IClassifier
    function update(int64[] calldata data, uint64 label) external override onlyTrainer {
        _checkLabel(label);
        uint64 prediction = score(data) > 0 ? 1 : 0;
        if (prediction == label) return;
        int256 rate = label == 1 ? int256(learningRate) : -int256(learningRate);
        uint256 word;
        for (uint256 i; i < data.length; ++i) {
            if (i % 2 == 0) word = _weights[i / 2];
            int256 w = int256(word.getInt128(i % 2)) + (rate * data[i]) / ONE;
            word = word.setInt128(i % 2, SafeCast.toInt128(w));
            if (i % 2 == 1 || i + 1 == data.length) _weights[i / 2] = word;
        }
    }

    function _checkWords(uint256 firstWord, uint256 count) private view {
        uint256 numWords = (uint256(numFeatures) + 1) / 2;
        if (firstWord + count > numWords) revert WordOutOfRange(firstWord + count - 1, numWords);
    }
}
