// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title StepSchedule
/// @notice A perceptron's step schedule, fixed at deployment. With `decayUpdates` zero the step is always
/// `learningRate`. Otherwise the step of an update is `learningRate * decayUpdates / (decayUpdates + updates)`,
/// rounded down, where `updates` counts the updates that changed the model (its mispredictions) so far: the step
/// halves after `decayUpdates` such updates and keeps falling like `1 / t`, in the spirit of scikit-learn's
/// `optimal` schedule `1 / (alpha * (t + t0))`. Late contributions then move the model less than early ones, so
/// a contributor who floods it with flipped labels cannot undo what it learnt before; with a constant step the
/// model learns whatever came last, and a malicious contributor's samples end up agreeing with it.
/// @dev Mistakes, not calls, are counted: a sample the model already predicts costs no storage write, and only
/// samples that move the model age it.
abstract contract StepSchedule {
    // The bounds are internal, not public: every getter lengthens the selector dispatch of every call, and the
    // constant step must cost what it did before the schedule existed. Go mirrors them in package model.

    /// @dev The smallest learning rate, fixed point (1e-9).
    int64 internal constant MIN_LEARNING_RATE = 1;
    /// @dev The largest learning rate, fixed point (1000): a step far above any weight a model file holds, and
    /// small enough that 2^23 updates of one weight in one direction stay within int64.
    int64 internal constant MAX_LEARNING_RATE = 1e12;
    /// @dev The smallest non-zero `decayUpdates`: the step halves after the first mistake.
    uint64 internal constant MIN_DECAY_UPDATES = 1;
    /// @dev The largest `decayUpdates`: beyond it the step would not halve within any affordable number of
    /// updates, which is what `decayUpdates` zero (a constant step) says.
    uint64 internal constant MAX_DECAY_UPDATES = 1 << 32;
    /// @dev The largest update count a model is deployed with (one trained off-chain carries its count on).
    uint64 internal constant MAX_UPDATES = 1 << 40;

    /// @dev Slot of the update count: keccak256("sumkit.StepSchedule.updates") - 1. A word of its own: it is
    /// written on every mistake, and no weight word is written by every mistake.
    uint256 private constant UPDATES = uint256(keccak256("sumkit.StepSchedule.updates")) - 1;

    /// @notice The first step, fixed point; the step of every update when `decayUpdates` is zero.
    int64 public immutable learningRate;
    /// @notice The number of updates after which the step has halved; zero keeps the step constant.
    uint64 public immutable decayUpdates;

    /// @notice The learning rate is outside [MIN_LEARNING_RATE, MAX_LEARNING_RATE]; deploy with one inside.
    error InvalidLearningRate(int64 learningRate);
    /// @notice `decayUpdates` is neither 0 (a constant step) nor in [MIN_DECAY_UPDATES, MAX_DECAY_UPDATES];
    /// pick one of those.
    error InvalidDecayUpdates(uint64 decayUpdates);
    /// @notice The initial update count is above MAX_UPDATES, or not 0 with a constant step (which keeps no
    /// count); deploy with 0, or with the count of the model's off-chain training and a non-zero `decayUpdates`.
    error InvalidUpdates(uint64 updates);

    /// @param learningRate_ The first step, fixed point, in [MIN_LEARNING_RATE, MAX_LEARNING_RATE].
    /// @param decayUpdates_ 0 for a constant step, else in [MIN_DECAY_UPDATES, MAX_DECAY_UPDATES].
    /// @param updates_ The mistakes the deployed weights were trained with (0 unless trained off-chain with the
    /// same schedule), at most MAX_UPDATES; 0 with a constant step.
    constructor(int64 learningRate_, uint64 decayUpdates_, uint64 updates_) {
        if (learningRate_ < MIN_LEARNING_RATE || learningRate_ > MAX_LEARNING_RATE) {
            revert InvalidLearningRate(learningRate_);
        }
        if (decayUpdates_ != 0 && (decayUpdates_ < MIN_DECAY_UPDATES || decayUpdates_ > MAX_DECAY_UPDATES)) {
            revert InvalidDecayUpdates(decayUpdates_);
        }
        if (updates_ > MAX_UPDATES || (decayUpdates_ == 0 && updates_ != 0)) revert InvalidUpdates(updates_);
        learningRate = learningRate_;
        decayUpdates = decayUpdates_;
        if (updates_ != 0) _setUpdates(updates_);
    }

    /// @notice The mistakes counted so far (always 0 with a constant step). The next step is
    /// `learningRate * decayUpdates / (decayUpdates + updates())`, or `learningRate` when `decayUpdates` is 0.
    function updates() public view returns (uint256 t) {
        uint256 slot = UPDATES;
        assembly ("memory-safe") {
            t := sload(slot)
        }
    }

    /// @dev The step of this mistake, counting it. A constant step reads and writes nothing.
    function _takeStep() internal returns (int256 s) {
        if (decayUpdates == 0) return learningRate;
        uint256 t = updates();
        s = _decayed(t);
        // t stays far below 2^256: it grows by one per update.
        unchecked {
            _setUpdates(t + 1);
        }
    }

    function _setUpdates(uint256 t) private {
        uint256 slot = UPDATES;
        assembly ("memory-safe") {
            sstore(slot, t)
        }
    }

    /// @dev learningRate * decayUpdates / (decayUpdates + t): below 2^40 * 2^32 over a positive divisor, and at
    /// most learningRate.
    function _decayed(uint256 t) private view returns (int256) {
        uint256 d = decayUpdates;
        return int256((uint256(uint64(learningRate)) * d) / (d + t));
    }
}
