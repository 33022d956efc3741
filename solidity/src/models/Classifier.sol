// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "./IClassifier.sol";

/// @title Classifier
/// @notice What every on-chain model shares: its classes, its input bounds, and its life cycle. A model is
/// deployed by an owner, filled in chunks while open (models too big for one transaction), then sealed to the
/// one trainer that may update it. Sealing is final: after it nobody, the owner included, can set parameters;
/// they change only through `update`.
/// @dev Parameters are packed several to a storage word (see each model), so that a chunk writes whole words
/// and a sample touches as few words as it can.
abstract contract Classifier is IClassifier {
    /// @dev Fixed-point scale: 1e9 means 1.0.
    int256 internal constant ONE = 1e9;

    /// @notice The account that deployed the model and may initialise it until it is sealed.
    address public immutable owner;
    /// @inheritdoc IClassifier
    uint64 public immutable override numClasses;
    /// @notice The number of features: the length of a dense sample, one more than the largest sparse index.
    uint64 public immutable numFeatures;
    /// @notice The most entries a sample may have; longer samples revert so no call's gas is unbounded.
    uint64 public immutable maxFeatures;
    /// @inheritdoc IClassifier
    address public override trainer;

    string[] private _classNames;

    /// @notice The model is complete and bound to `trainer`; only it may update the model from now on.
    event Sealed(address indexed trainer);

    error NotOwner(address caller);
    error NotTrainer(address caller);
    error AlreadySealed(address trainer);
    error ZeroTrainer();
    error NoClasses();
    error TooManyClasses(uint256 count, uint256 max);
    error ZeroFeatures();
    error TooManyFeatures(uint256 length, uint256 max);
    error WrongDimension(uint256 length, uint256 expected);
    error FeatureOutOfRange(int64 index, uint256 numFeatures);
    error UnknownLabel(uint64 label, uint256 numClasses);
    error WordOutOfRange(uint256 word, uint256 numWords);
    error LengthMismatch(uint256 got, uint256 expected);

    /// @param names The name of each class, in class-index order.
    /// @param numFeatures_ The number of features (dense length, or sparse index bound).
    /// @param maxFeatures_ The most entries a sample may have.
    /// @param maxClasses The most classes this kind of model supports.
    constructor(string[] memory names, uint64 numFeatures_, uint64 maxFeatures_, uint256 maxClasses) {
        if (names.length == 0) revert NoClasses();
        if (names.length > maxClasses) revert TooManyClasses(names.length, maxClasses);
        if (numFeatures_ == 0 || maxFeatures_ == 0) revert ZeroFeatures();
        owner = msg.sender;
        numClasses = uint64(names.length);
        numFeatures = numFeatures_;
        maxFeatures = maxFeatures_;
        _classNames = names;
    }

    /// @dev Callers that may still set parameters: the owner, before sealing.
    modifier onlyInitialising() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (trainer != address(0)) revert AlreadySealed(trainer);
        _;
    }

    /// @dev An unsealed model has no trainer, so nobody passes this check before sealing.
    modifier onlyTrainer() {
        if (msg.sender != trainer || msg.sender == address(0)) revert NotTrainer(msg.sender);
        _;
    }

    /// @notice Ends initialisation and binds the model to `trainer_`, the only caller `update` will accept.
    /// @param trainer_ The trainer contract that will own updates.
    function seal(address trainer_) external onlyInitialising {
        if (trainer_ == address(0)) revert ZeroTrainer();
        trainer = trainer_;
        emit Sealed(trainer_);
    }

    /// @notice The names of the classes, in class-index order.
    function classNames() external view returns (string[] memory) {
        return _classNames;
    }

    function _checkLabel(uint64 label) internal view {
        if (label >= numClasses) revert UnknownLabel(label, numClasses);
    }

    /// @dev Sparse samples: a bounded number of indices, each a feature the model has.
    function _checkIndex(int64 index) internal view returns (uint256) {
        if (index < 0 || uint64(index) >= numFeatures) revert FeatureOutOfRange(index, numFeatures);
        return uint64(index);
    }

    function _checkSparseLength(uint256 length) internal view {
        if (length > maxFeatures) revert TooManyFeatures(length, maxFeatures);
    }

    function _checkDenseLength(uint256 length) internal view {
        if (length != numFeatures) revert WrongDimension(length, numFeatures);
    }
}
