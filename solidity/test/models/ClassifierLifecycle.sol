// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";

/// @title TrainerStub
/// @notice Stands in for a trainer contract: deploying it at the model's trainer address seals the model, and it
/// forwards `update` calls so that tests can teach the model through it.
contract TrainerStub {
    function update(IClassifier model, int64[] calldata data, uint64 label) external {
        model.update(data, label);
    }
}

/// @title ClassifierLifecycleTest
/// @notice The life cycle every model shares through `Classifier` (owner, trainer fixed at construction, open
/// initialisation until the trainer is deployed, trainer-only `update`, class names), run once per model: each
/// model's test contract inherits this and says how to deploy the model, how to write its parameter words, and
/// what a valid sample is.
/// @dev The test contract deploys the model, so `address(this)` is its owner. `_seal` gives the trainer address
/// code, as deploying the trainer there would; `vm.prank(trainer)` then stands for calls from the trainer.
abstract contract ClassifierLifecycleTest is Test {
    address internal trainer = makeAddr("trainer");
    address internal stranger = makeAddr("stranger");

    Classifier internal model;

    function setUp() public virtual {
        model = _deploy(trainer);
    }

    /// @dev Deploys a fresh, open model from this contract, bound to `trainer_`, and returns it.
    function _deploy(address trainer_) internal virtual returns (Classifier);

    /// @dev Calls the model's `set*Words(firstWord, words)` and nothing else (a revert expectation precedes it).
    function _setWords(uint256 firstWord, uint256[] memory words) internal virtual;

    /// @dev How many parameter words the model has (`set*Words` accepts word indices below it).
    function _numWords() internal pure virtual returns (uint256);

    /// @dev A sample `predict` and `update` accept.
    function _validSample() internal pure virtual returns (int64[] memory);

    /// @dev The class names `_deploy` passes.
    function _expectedNames() internal pure virtual returns (string[] memory);

    /// @dev Overwrites element `i` of the array argument of ABI-encoded `data`, a call whose first argument is
    /// the array and which has `staticArgs` more static arguments (the update label: 1).
    function _setCalldataElement(bytes memory data, uint256 staticArgs, uint256 i, uint256 value) internal pure {
        // Memory bytes start 32 after the pointer; then selector (4), the head (32 per argument), the array
        // length (32), and 32 per element. Only raw calldata can hold an entry that is not a sign-extended int64.
        uint256 offset = 32 + 4 + 32 * (1 + staticArgs) + 32 + 32 * i;
        assembly ("memory-safe") {
            mstore(add(data, offset), value)
        }
    }

    /// @dev Seals every model bound to `trainer`: the trainer address gets code.
    function _seal() internal {
        vm.etch(trainer, type(TrainerStub).runtimeCode);
    }

    // ---------------------------------------------------------------- read-only state

    function test_owner_isDeployer() public view {
        assertEq(model.owner(), address(this));
    }

    function test_trainer_isFixedAtConstruction() public {
        assertEq(model.trainer(), trainer);
        _seal();
        assertEq(model.trainer(), trainer);
    }

    function test_constructor_revertsOnZeroTrainer() public {
        vm.expectRevert(Classifier.ZeroTrainer.selector);
        _deploy(address(0));
    }

    function test_classNames_areConstructorNamesInOrder() public view {
        string[] memory expected = _expectedNames();
        string[] memory got = model.classNames();
        assertEq(got.length, expected.length);
        for (uint256 i; i < got.length; ++i) {
            assertEq(got[i], expected[i]);
        }
    }

    function test_numClasses_isNumberOfNames() public view {
        assertEq(model.numClasses(), _expectedNames().length);
    }

    function test_predict_isOpenToAnyoneBeforeAndAfterSeal() public {
        int64[] memory sample = _validSample();
        vm.prank(stranger);
        uint64 before = model.predict(sample);
        assertLt(before, model.numClasses());
        _seal();
        vm.prank(stranger);
        assertEq(model.predict(sample), before);
    }

    // ---------------------------------------------------------------- sealing

    function test_isSealed_onlyOnceTrainerHasCode() public {
        assertFalse(model.isSealed());
        _seal();
        assertTrue(model.isSealed());
    }

    /// @dev The deployment the model is built for: the trainer address is the owner's next contract-creation
    /// address after the model, computed up front; deploying the trainer there seals the model.
    function test_isSealed_byDeployingTrainerAtPredictedAddress() public {
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        Classifier m = _deploy(predicted); // _deploy also points _setWords at m
        _setWords(0, new uint256[](1)); // chunks neither create contracts nor move the nonce
        assertFalse(m.isSealed());
        TrainerStub stub = new TrainerStub();
        assertEq(address(stub), predicted);
        assertTrue(m.isSealed());
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, predicted));
        _setWords(0, new uint256[](1));
        stub.update(m, _validSample(), 0);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(this)));
        m.update(_validSample(), 0);
    }

    // ---------------------------------------------------------------- set*Words

    function test_setWords_revertsWhenCallerIsNotOwner() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotOwner.selector, stranger));
        _setWords(0, new uint256[](1));
    }

    function test_setWords_revertsForOwnerAfterSeal() public {
        _seal();
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, trainer));
        _setWords(0, new uint256[](1));
    }

    function test_setWords_revertsForTrainer() public {
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotOwner.selector, trainer));
        _setWords(0, new uint256[](1));
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotOwner.selector, trainer));
        _setWords(0, new uint256[](1));
    }

    function test_setWords_revertsPastLastWord() public {
        uint256 n = _numWords();
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, n, n));
        _setWords(n, new uint256[](1));
    }

    function test_setWords_revertsWhenChunkRunsPastLastWord() public {
        uint256 n = _numWords();
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, n + 1, n));
        _setWords(n - 1, new uint256[](3));
    }

    function test_setWords_acceptsChunksUpToLastWord() public {
        uint256 n = _numWords();
        _setWords(0, new uint256[](n));
        _setWords(n - 1, new uint256[](1));
        _setWords(n, new uint256[](0));
        assertFalse(model.isSealed());
    }

    /// @dev A first word near 2^256 makes `firstWord + count` overflow: the call still reverts, with a
    /// panic rather than `WordOutOfRange` (harmless; noted in the report).
    function test_setWords_revertsOnHugeFirstWord() public {
        vm.expectRevert();
        _setWords(type(uint256).max, new uint256[](1));
    }

    // ---------------------------------------------------------------- update access

    function test_update_revertsForOwnerBeforeAndAfterSeal() public {
        int64[] memory sample = _validSample();
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(this)));
        model.update(sample, 0);
        _seal();
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(this)));
        model.update(sample, 0);
    }

    function test_update_revertsForStrangerBeforeAndAfterSeal() public {
        int64[] memory sample = _validSample();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, stranger));
        model.update(sample, 0);
        _seal();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, stranger));
        model.update(sample, 0);
    }

    function test_update_revertsForZeroAddress() public {
        int64[] memory sample = _validSample();
        vm.prank(address(0));
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(0)));
        model.update(sample, 0);
    }

    /// @dev The model cannot tell whether its trainer address is deployed when that address calls: it relies on
    /// the address being a contract-creation address nobody holds a key for, so that nothing can call from it
    /// before the trainer exists. A test can impersonate it; the call is accepted (pinned; see the report).
    function test_update_acceptsTrainerAddressEvenBeforeItHasCode() public {
        int64[] memory sample = _validSample();
        vm.prank(trainer);
        model.update(sample, 0);
        assertFalse(model.isSealed());
    }

    function test_update_revertsOnUnknownLabel() public {
        _seal();
        int64[] memory sample = _validSample();
        uint64 n = uint64(_expectedNames().length);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.UnknownLabel.selector, n, n));
        model.update(sample, n);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.UnknownLabel.selector, type(uint64).max, n));
        model.update(sample, type(uint64).max);
    }

    function test_update_acceptsEveryLabelFromTrainer() public {
        _seal();
        int64[] memory sample = _validSample();
        uint64 n = uint64(_expectedNames().length);
        for (uint64 label; label < n; ++label) {
            vm.prank(trainer);
            model.update(sample, label);
        }
        assertLt(model.predict(sample), n);
    }
}
