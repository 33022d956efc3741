// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";
import {StepSchedule} from "./StepSchedule.sol";

/// @title DensePerceptron
/// @notice A binary perceptron over dense samples of `numFeatures` fixed-point values. Predicts 1 when
/// `intercept + sum of weights[i] * data[i]` is positive, else 0 (0xDeCA10B added the intercept at the wrong
/// scale; here both terms are in the same units). A wrong prediction adds `step * data[i]` to each weight, signed
/// towards the label and truncated towards zero; the step is constant or decays with the number of mistakes (see
/// StepSchedule). Weights are `int128` fixed point, two to a word:
/// weight `f` is lane `f` of the region (see Lanes). With `int128` weights and `int64` inputs no score can
/// overflow, and a weight only after some 2^64 updates (which revert).
contract DensePerceptron is Classifier, StepSchedule {
    /// @dev Base slot of the weights: keccak256("sumkit.DensePerceptron.weights") - 1.
    uint256 private constant WEIGHTS = uint256(keccak256("sumkit.DensePerceptron.weights")) - 1;

    /// @notice The bias, fixed point.
    int128 public immutable intercept;

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names Exactly two class names.
    /// @param numFeatures_ The sample length.
    /// @param intercept_ The bias, fixed point.
    /// @param learningRate_ The first update step, fixed point (see StepSchedule for this and the next two).
    /// @param decayUpdates_ The mistakes after which the step has halved; 0 for a constant step.
    /// @param updates_ The mistakes the weights were trained with off-chain; 0 for a new model.
    /// @param firstWords Packed weights for words `0 .. firstWords.length - 1` (more with `setWeightWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        int128 intercept_,
        int64 learningRate_,
        uint64 decayUpdates_,
        uint64 updates_,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, numFeatures_, 2) StepSchedule(learningRate_, decayUpdates_, updates_) {
        if (names.length != 2) revert TooManyClasses(names.length, 2);
        intercept = intercept_;
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
        int256 rate = _takeStep();
        if (label == 0) rate = -rate;
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
