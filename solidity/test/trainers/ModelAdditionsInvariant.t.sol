// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {ModelAdditionsHandler} from "./ModelAdditionsHandler.sol";

/// @notice "An honest addData or addDataBatch within the declared bounds always succeeds", for every model
/// kind: whatever valid additions came first (adversarial ones at the bounds included) and whatever configuration
/// (features, classes, a starting state at the bounds), the next valid addition or batch is accepted, and a
/// malformed one, alone or in a batch, reverts with its error and costs nothing. One suite per kind, so that every
/// kind gets the full run budget.
abstract contract ModelAdditionsInvariantBase is Test {
    ModelAdditionsHandler internal handler;

    function _kind() internal pure virtual returns (ModelAdditionsHandler.Kind);

    function setUp() public {
        vm.warp(1_700_000_000);
        handler = new ModelAdditionsHandler(_kind());
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = ModelAdditionsHandler.configure.selector;
        selectors[1] = ModelAdditionsHandler.honestAdd.selector;
        selectors[2] = ModelAdditionsHandler.adversarialAdd.selector;
        selectors[3] = ModelAdditionsHandler.malformedAdd.selector;
        selectors[4] = ModelAdditionsHandler.honestBatch.selector;
        selectors[5] = ModelAdditionsHandler.malformedBatch.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev Both properties in one campaign: the deep profile's budget goes to one run per kind.
    function invariant_validAdditionsSucceedAndMalformedOnesCostNothing() public view {
        assertEq(
            handler.validFailures(), 0, string.concat("a valid addition reverted: ", vm.toString(handler.lastFailure()))
        );
        assertEq(handler.badInputMismatches(), 0, "a malformed addition was accepted, misnamed or cost something");
    }
}

contract SparsePerceptronAdditionsInvariantTest is ModelAdditionsInvariantBase {
    function _kind() internal pure override returns (ModelAdditionsHandler.Kind) {
        return ModelAdditionsHandler.Kind.SparsePerceptron;
    }
}

contract DensePerceptronAdditionsInvariantTest is ModelAdditionsInvariantBase {
    function _kind() internal pure override returns (ModelAdditionsHandler.Kind) {
        return ModelAdditionsHandler.Kind.DensePerceptron;
    }
}

contract NaiveBayesAdditionsInvariantTest is ModelAdditionsInvariantBase {
    function _kind() internal pure override returns (ModelAdditionsHandler.Kind) {
        return ModelAdditionsHandler.Kind.NaiveBayes;
    }
}

contract DenseNearestCentroidAdditionsInvariantTest is ModelAdditionsInvariantBase {
    function _kind() internal pure override returns (ModelAdditionsHandler.Kind) {
        return ModelAdditionsHandler.Kind.DenseNearestCentroid;
    }
}

contract SparseNearestCentroidAdditionsInvariantTest is ModelAdditionsInvariantBase {
    function _kind() internal pure override returns (ModelAdditionsHandler.Kind) {
        return ModelAdditionsHandler.Kind.SparseNearestCentroid;
    }
}
