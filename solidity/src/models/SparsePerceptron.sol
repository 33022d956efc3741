// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";
import {StepSchedule} from "./StepSchedule.sol";

/// @title SparsePerceptron
/// @notice A binary perceptron over sparse samples: `data` lists the indices of the features present, in strictly
/// increasing order (a binary bag of words: a repeated index would multiply one sample's weight; it reverts
/// `IndicesNotIncreasing`). Predicts 1 when `intercept + sum of weights[i]` is positive, else 0. A wrong
/// prediction moves each listed weight by the step towards the label; the step is constant or decays with the
/// number of mistakes (see StepSchedule). As in 0xDeCA10B the intercept is fixed. Weights are `int64` fixed
/// point (1e9 = 1.0), four to a word: weight `f` is lane `f` of the region (see Lanes).
contract SparsePerceptron is Classifier, StepSchedule {
    /// @dev Base slot of the weights: keccak256("sumkit.SparsePerceptron.weights") - 1.
    uint256 private constant WEIGHTS = uint256(keccak256("sumkit.SparsePerceptron.weights")) - 1;

    /// @notice The bias added to every score, fixed point.
    int64 public immutable intercept;

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names Exactly two class names.
    /// @param numFeatures_ The number of weights.
    /// @param maxFeatures_ The most indices a sample may list.
    /// @param intercept_ The bias, fixed point.
    /// @param learningRate_ The first update step, fixed point (see StepSchedule for this and the next two).
    /// @param decayUpdates_ The mistakes after which the step has halved; 0 for a constant step.
    /// @param updates_ The mistakes the weights were trained with off-chain; 0 for a new model.
    /// @param firstWords Packed weights for words `0 .. firstWords.length - 1` (more with `setWeightWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        uint64 maxFeatures_,
        int64 intercept_,
        int64 learningRate_,
        uint64 decayUpdates_,
        uint64 updates_,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, maxFeatures_, 2) StepSchedule(learningRate_, decayUpdates_, updates_) {
        if (names.length != 2) revert TooManyClasses(names.length, 2);
        intercept = intercept_;
        _writeWords(0, firstWords);
    }

    /// @notice Sets packed weight words `firstWord ..` while the model is open.
    /// @param firstWord Index of the first word written.
    /// @param words Four `int64` weights per word.
    function setWeightWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeWords(firstWord, words);
    }

    /// @notice The weight of feature `feature`, fixed point.
    function weight(uint256 feature) external view returns (int64) {
        return int64(Lanes.int64At(WEIGHTS, feature));
    }

    /// @notice The raw score `intercept + sum of weights`, fixed point; the prediction is 1 when it is positive.
    function score(int64[] calldata data) public view returns (int256 s) {
        _checkSparseLength(data.length);
        s = intercept;
        // The hot loop of every predict and update, so it reads calldata and storage directly. An entry that is
        // negative or malformed, read as a uint256, is never below numFeatures. At most maxFeatures int64 terms:
        // the sum cannot overflow. `next` is the least index allowed at the next position, so one comparison
        // enforces strictly increasing indices.
        uint256 n = numFeatures;
        uint256 bad;
        bool found;
        uint256 unordered = type(uint256).max;
        uint256 base = WEIGHTS;
        assembly ("memory-safe") {
            let next := 0
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let f := calldataload(add(data.offset, i))
                if iszero(lt(f, n)) {
                    bad := f
                    found := 1
                    break
                }
                if lt(f, next) {
                    unordered := shr(5, i)
                    break
                }
                next := add(f, 1)
                s := add(s, signextend(7, shr(shl(6, and(f, 3)), sload(add(base, shr(2, f))))))
            }
        }
        if (found) revert FeatureOutOfRange(int64(int256(bad)), n);
        if (unordered != type(uint256).max) revert IndicesNotIncreasing(unordered);
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
        int256 delta = _takeStep();
        if (label == 0) delta = -delta;
        // score() has checked every index. A weight that would leave int64 reverts the whole update.
        bool overflow;
        uint256 base = WEIGHTS;
        assembly ("memory-safe") {
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let f := calldataload(add(data.offset, i))
                let slot := add(base, shr(2, f))
                let shift := shl(6, and(f, 3))
                let w := sload(slot)
                let v := add(signextend(7, shr(shift, w)), delta)
                overflow := or(overflow, iszero(eq(signextend(7, v), v)))
                sstore(slot, or(and(w, not(shl(shift, 0xffffffffffffffff))), shl(shift, and(v, 0xffffffffffffffff))))
            }
        }
        if (overflow) revert Lanes.LaneOverflow();
    }

    function _writeWords(uint256 firstWord, uint256[] memory words) private {
        uint256 numWords = (uint256(numFeatures) + 3) / 4;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        for (uint256 i; i < words.length; ++i) {
            Lanes.setWord(WEIGHTS, firstWord + i, words[i]);
        }
    }
}
