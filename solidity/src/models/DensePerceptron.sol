// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title DensePerceptron
/// @notice A binary perceptron over dense samples of `numFeatures` fixed-point values. Predicts 1 when
/// `intercept + sum of weights[i] * data[i]` is positive, else 0 (0xDeCA10B added the intercept at the wrong
/// scale; here both terms are in the same units). A wrong prediction adds `learningRate * data[i]` to each
/// weight, signed towards the label and truncated towards zero. Weights are `int128` fixed point, two to a word:
/// weight `f` is lane `f` of the region (see Lanes). With `int128` weights and `int64` inputs no score can
/// overflow, and a weight only after some 2^64 updates (which revert).
contract DensePerceptron is Classifier {
    /// @dev Base slot of the weights: keccak256("sumkit.DensePerceptron.weights") - 1.
    uint256 private constant WEIGHTS = uint256(keccak256("sumkit.DensePerceptron.weights")) - 1;

    /// @notice The bias, fixed point.
    int128 public immutable intercept;
    /// @notice How far one update moves a weight per unit of input, fixed point.
    int64 public immutable learningRate;

    error InvalidLearningRate(int64 learningRate);

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names Exactly two class names.
    /// @param numFeatures_ The sample length.
    /// @param intercept_ The bias, fixed point.
    /// @param learningRate_ The update step, fixed point, positive.
    /// @param firstWords Packed weights for words `0 .. firstWords.length - 1` (more with `setWeightWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        int128 intercept_,
        int64 learningRate_,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, numFeatures_, 2) {
        if (names.length != 2) revert TooManyClasses(names.length, 2);
        if (learningRate_ <= 0) revert InvalidLearningRate(learningRate_);
        intercept = intercept_;
        learningRate = learningRate_;
        _writeWords(0, firstWords);
    }

    /// @notice Sets packed weight words `firstWord ..` while the model is open.
    /// @param firstWord Index of the first word written.
    /// @param words Two `int128` weights per word.
    function setWeightWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeWords(firstWord, words);
    }

    /// @notice The weight of feature `feature`, fixed point.
    function weight(uint256 feature) external view returns (int128) {
        return int128(Lanes.int128At(WEIGHTS, feature));
    }

    /// @notice The raw score `intercept + weights . data` in 1e18 units; the prediction is 1 when it is positive.
    function score(int64[] calldata data) public view returns (int256 s) {
        _checkDenseLength(data.length);
        s = int256(intercept) * ONE;
        // int128 * int64 terms, at most 2^64 of them: the int256 sum cannot overflow.
        unchecked {
            for (uint256 i; i < data.length; ++i) {
                s += Lanes.int128At(WEIGHTS, i) * _valueAt(data, i);
            }
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
        unchecked {
            for (uint256 i; i < data.length; ++i) {
                // |rate * x| < 2^127, and the division truncates towards zero.
                Lanes.addInt128(WEIGHTS, i, (rate * _valueAt(data, i)) / ONE);
            }
        }
    }

    function _writeWords(uint256 firstWord, uint256[] memory words) private {
        uint256 numWords = (uint256(numFeatures) + 1) / 2;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        for (uint256 i; i < words.length; ++i) {
            Lanes.setWord(WEIGHTS, firstWord + i, words[i]);
        }
    }
}
