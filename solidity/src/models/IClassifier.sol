// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IClassifier
/// @notice A classification model that lives on-chain: anyone may ask it for a prediction, only its trainer may
/// teach it. Samples are `int64` vectors; real numbers are fixed point with `1e9` meaning 1.0. Dense models read
/// `data` as feature values, sparse models as feature indices.
interface IClassifier {
    /// @notice Predicts the class of `data`.
    /// @return The class index, below `numClasses()`.
    function predict(int64[] calldata data) external view returns (uint64);

    /// @notice Teaches the model that `data` belongs to class `label`. Only the trainer the model was sealed to
    /// may call it.
    function update(int64[] calldata data, uint64 label) external;

    /// @notice The number of classes the model tells apart.
    function numClasses() external view returns (uint64);

    /// @notice The trainer the model is sealed to, or the zero address while it is still being initialised.
    function trainer() external view returns (address);
}
