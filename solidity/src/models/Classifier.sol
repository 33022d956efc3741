// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "./IClassifier.sol";

/// @title Classifier
/// @notice What every on-chain model shares: its classes, its input bounds, and its life cycle. A model is
/// deployed by an owner for one trainer, whose address is fixed at construction, and filled in chunks (models
/// too big for one transaction) until that trainer is deployed. The trainer's deployment seals the model: from
/// then on nobody, the owner included, can set parameters; they change only through `update`, which only the
/// trainer may call.
/// @dev The trainer's address is computed before it exists (the owner's next contract-creation address after
/// the last chunk) so that it can be immutable: `update`, on every `addData`, then checks its caller without a
/// storage read. A trainer deployed anywhere else finds `trainer()` is not itself and reverts. Parameters are
/// packed several to a storage word (see Lanes), so that a chunk writes whole words and a sample touches as
/// few words as it can.
abstract contract Classifier is IClassifier {
    /// @dev Fixed-point scale: 1e9 means 1.0.
    int256 internal constant ONE = 1e9;
    /// @dev The most features a model may have: int64 indices below it are exactly the words below it.
    uint256 internal constant MAX_NUM_FEATURES = uint256(uint64(type(int64).max));

    /// @notice The account that deployed the model and may initialise it until it is sealed.
    address public immutable owner;
    /// @inheritdoc IClassifier
    uint64 public immutable override numClasses;
    /// @notice The number of features: the length of a dense sample, one more than the largest sparse index.
    uint64 public immutable numFeatures;
    /// @notice The most entries a sample may have; longer samples revert so no call's gas is unbounded.
    uint64 public immutable maxFeatures;
    /// @inheritdoc IClassifier
    address public immutable override trainer;

    string[] private _classNames;

    error NotOwner(address caller);
    error NotTrainer(address caller);
    error AlreadySealed(address trainer);
    error ZeroTrainer();
    error NoClasses();
    error TooManyClasses(uint256 count, uint256 max);
    error ZeroFeatures();
    error TooManyFeatureIndices(uint256 numFeatures, uint256 max);
    error TooManyFeatures(uint256 length, uint256 max);
    error WrongDimension(uint256 length, uint256 expected);
    error FeatureOutOfRange(int64 index, uint256 numFeatures);
    error MalformedValue(uint256 position);
    error UnknownLabel(uint64 label, uint256 numClasses);
    error WordOutOfRange(uint256 word, uint256 numWords);
    error LengthMismatch(uint256 got, uint256 expected);
    error IndicesNotIncreasing(uint256 position);

    /// @param trainer_ The address the trainer will be deployed at; its deployment seals the model.
    /// @param names The name of each class, in class-index order.
    /// @param numFeatures_ The number of features (dense length, or sparse index bound).
    /// @param maxFeatures_ The most entries a sample may have.
    /// @param maxClasses The most classes this kind of model supports.
    constructor(address trainer_, string[] memory names, uint64 numFeatures_, uint64 maxFeatures_, uint256 maxClasses) {
        if (trainer_ == address(0)) revert ZeroTrainer();
        if (names.length == 0) revert NoClasses();
        if (names.length > maxClasses) revert TooManyClasses(names.length, maxClasses);
        if (numFeatures_ == 0 || maxFeatures_ == 0) revert ZeroFeatures();
        // Sparse indices are checked as unsigned words below numFeatures; a bound at or past 2^63 would let a
        // malformed word through.
        if (numFeatures_ > MAX_NUM_FEATURES) revert TooManyFeatureIndices(numFeatures_, MAX_NUM_FEATURES);
        owner = msg.sender;
        trainer = trainer_;
        numClasses = uint64(names.length);
        numFeatures = numFeatures_;
        maxFeatures = maxFeatures_;
        _classNames = names;
    }

    /// @dev Callers that may still set parameters: the owner, before sealing.
    modifier onlyInitialising() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (isSealed()) revert AlreadySealed(trainer);
        _;
    }

    /// @dev Before sealing the trainer has no code, so it cannot call; after it, only it passes.
    modifier onlyTrainer() {
        if (msg.sender != trainer) revert NotTrainer(msg.sender);
        _;
    }

    /// @notice Whether the model is sealed: its trainer is deployed and parameters change only through `update`.
    function isSealed() public view returns (bool) {
        return trainer.code.length != 0;
    }

    /// @notice The names of the classes, in class-index order.
    function classNames() external view returns (string[] memory) {
        return _classNames;
    }

    function _checkLabel(uint64 label) internal view {
        if (label >= numClasses) revert UnknownLabel(label, numClasses);
    }

    /// @dev Feature index `i` of a sparse sample, checked to be a feature the model has. `i` must be below
    /// `data.length`. Reads calldata directly: a negative or malformed entry, read as a uint256, is never below
    /// `numFeatures`, so one comparison checks all three.
    function _indexAt(int64[] calldata data, uint256 i) internal view returns (uint256 f) {
        uint256 n = numFeatures;
        bool bad;
        assembly ("memory-safe") {
            f := calldataload(add(data.offset, shl(5, i)))
            bad := iszero(lt(f, n))
        }
        if (bad) revert FeatureOutOfRange(int64(int256(f)), n);
    }

    /// @dev Value `i` of a dense sample; `i` must be below `data.length`. Reverts on an entry that is not a
    /// sign-extended int64, as the ABI decoder would.
    function _valueAt(int64[] calldata data, uint256 i) internal pure returns (int256 v) {
        bool bad;
        assembly ("memory-safe") {
            v := calldataload(add(data.offset, shl(5, i)))
            bad := iszero(eq(v, signextend(7, v)))
        }
        if (bad) revert MalformedValue(i);
    }

    function _checkSparseLength(uint256 length) internal view {
        if (length > maxFeatures) revert TooManyFeatures(length, maxFeatures);
    }

    function _checkDenseLength(uint256 length) internal view {
        if (length != numFeatures) revert WrongDimension(length, numFeatures);
    }
}
