// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title SparsePerceptron
/// @notice A binary perceptron over sparse samples: `data` lists the indices of the features present (an index
/// listed twice counts twice). Predicts 1 when `intercept + sum of weights[i]` is positive, else 0. A wrong
/// prediction moves each listed weight by the learning rate towards the label. As in 0xDeCA10B the intercept is
/// fixed. Weights are `int64` fixed point (1e9 = 1.0), four to a storage word: feature `i` is lane `i % 4` of
/// word `i / 4`.
contract SparsePerceptron is Classifier {
    using Lanes for uint256;

    /// @notice The bias added to every score, fixed point.
    int64 public immutable intercept;
    /// @notice How far one update moves a weight, fixed point.
    int64 public immutable learningRate;

    mapping(uint256 word => uint256) private _weights;

    error InvalidLearningRate(int64 learningRate);

    /// @param names Exactly two class names.
    /// @param numFeatures_ The number of weights.
    /// @param maxFeatures_ The most indices a sample may list.
    /// @param intercept_ The bias, fixed point.
    /// @param learningRate_ The update step, fixed point, positive.
    /// @param firstWords Packed weights for words `0 .. firstWords.length - 1` (more with `setWeightWords`).
    constructor(
        string[] memory names,
        uint64 numFeatures_,
        uint64 maxFeatures_,
        int64 intercept_,
        int64 learningRate_,
        uint256[] memory firstWords
    ) Classifier(names, numFeatures_, maxFeatures_, 2) {
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
    /// @param words Four `int64` weights per word.
    function setWeightWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _checkWords(firstWord, words.length);
        for (uint256 i; i < words.length; ++i) {
            _weights[firstWord + i] = words[i];
        }
    }

    /// @notice The weight of feature `feature`, fixed point.
    function weight(uint256 feature) external view returns (int64) {
        return _weights[feature / 4].getInt64(feature % 4);
    }

    /// @notice The raw score `intercept + sum of weights`, fixed point; the prediction is 1 when it is positive.
    function score(int64[] calldata data) public view returns (int256 s) {
        _checkSparseLength(data.length);
        s = intercept;
        for (uint256 i; i < data.length; ++i) {
            uint256 f = _checkIndex(data[i]);
            s += _weights[f / 4].getInt64(f % 4);
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
        int64 step = label == 1 ? learningRate : -learningRate;
        for (uint256 i; i < data.length; ++i) {
            // score() has checked every index.
            uint256 f = uint64(data[i]);
            uint256 w = _weights[f / 4];
            _weights[f / 4] = w.setInt64(f % 4, w.getInt64(f % 4) + step);
        }
    }

    function _checkWords(uint256 firstWord, uint256 count) private view {
        uint256 numWords = (uint256(numFeatures) + 3) / 4;
        if (firstWord + count > numWords) revert WordOutOfRange(firstWord + count - 1, numWords);
    }
}
