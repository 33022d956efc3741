// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DensePerceptron} from "../../src/models/DensePerceptron.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {StepSchedule} from "../../src/models/StepSchedule.sol";
import {Arr} from "./Arr.sol";

/// @dev The perceptrons' step schedule (StepSchedule): both contracts, the constant and the decaying step, the
/// bounds. Every sample is feature 0 alone (sparse) or (1, 0, 0, 0) (dense), so a weight's change is the step.
contract StepScheduleTest is Test {
    uint64 internal constant FEATURES = 4;
    uint256 internal constant UPDATES_SLOT = uint256(keccak256("sumkit.StepSchedule.updates")) - 1;

    address internal trainer = makeAddr("trainer");

    function _sparse(int64 rate, uint64 decay, uint64 updates) internal returns (SparsePerceptron) {
        return new SparsePerceptron(trainer, Arr.names(2), FEATURES, FEATURES, 0, rate, decay, updates, Arr.u256());
    }

    function _dense(int64 rate, uint64 decay, uint64 updates) internal returns (DensePerceptron) {
        return new DensePerceptron(trainer, Arr.names(2), FEATURES, 0, rate, decay, updates, Arr.u256());
    }

    function _seal() internal {
        vm.etch(trainer, hex"00");
    }

    function _denseOne() internal pure returns (int64[] memory) {
        return Arr.i64(1e9, 0, 0, 0);
    }

    /// @dev One mistake on feature 0 of `p`, towards whichever class `p` does not predict; returns the signed
    /// change of weight 0.
    function _mistakeSparse(SparsePerceptron p) internal returns (int256) {
        int64 before = p.weight(0);
        uint64 wrong = 1 - p.predict(Arr.i64(0));
        vm.prank(trainer);
        p.update(Arr.i64(0), wrong);
        return int256(p.weight(0)) - before;
    }

    function _mistakeDense(DensePerceptron p) internal returns (int256) {
        int128 before = p.weight(0);
        uint64 wrong = 1 - p.predict(_denseOne());
        vm.prank(trainer);
        p.update(_denseOne(), wrong);
        return int256(p.weight(0)) - before;
    }

    // ---------------------------------------------------------------- the decaying step

    function test_sparse_decayingStepFollowsSchedule() public {
        SparsePerceptron p = _sparse(1e9, 2, 0);
        _seal();
        // 1e9 * 2 / (2 + t) for t = 0, 1, 2, 3, 4, rounded down; the sign alternates with the label.
        int256[5] memory steps = [int256(1e9), 666_666_666, 5e8, 4e8, 333_333_333];
        for (uint256 t; t < steps.length; ++t) {
            assertEq(p.updates(), t);
            int256 moved = _mistakeSparse(p);
            assertEq(moved < 0 ? -moved : moved, steps[t], string.concat("step ", vm.toString(t)));
        }
        assertEq(p.updates(), 5);
        assertEq(p.decayUpdates(), 2);
        assertEq(p.learningRate(), 1e9);
    }

    function test_dense_decayingStepFollowsSchedule() public {
        DensePerceptron p = _dense(1e9, 2, 0);
        _seal();
        int256[5] memory steps = [int256(1e9), 666_666_666, 5e8, 4e8, 333_333_333];
        for (uint256 t; t < steps.length; ++t) {
            int256 moved = _mistakeDense(p);
            assertEq(moved < 0 ? -moved : moved, steps[t], string.concat("step ", vm.toString(t)));
        }
        assertEq(p.updates(), 5);
    }

    function test_sparse_rightPredictionNeitherMovesNorCounts() public {
        SparsePerceptron p = _sparse(1e9, 3, 0);
        _seal();
        _mistakeSparse(p); // weight 0 is now 1e9: class 1
        vm.prank(trainer);
        p.update(Arr.i64(0), 1);
        assertEq(p.updates(), 1);
        assertEq(p.weight(0), 1e9);
    }

    function test_deployedCountCarriesOn() public {
        // A model trained off-chain with 6 mistakes: the next step is 8e9 * 2 / (2 + 6).
        SparsePerceptron s = _sparse(8e9, 2, 6);
        DensePerceptron d = _dense(8e9, 2, 6);
        _seal();
        assertEq(s.updates(), 6);
        assertEq(_mistakeSparse(s), 2e9);
        assertEq(_mistakeDense(d), 2e9);
        assertEq(s.updates(), 7);
        assertEq(d.updates(), 7);
    }

    // ---------------------------------------------------------------- the constant step

    function test_constantStepWritesNoCount() public {
        SparsePerceptron s = _sparse(5e8, 0, 0);
        DensePerceptron d = _dense(5e8, 0, 0);
        _seal();
        vm.record();
        assertEq(_mistakeSparse(s), 5e8);
        assertEq(_mistakeSparse(s), -5e8);
        assertEq(_mistakeDense(d), 5e8);
        (, bytes32[] memory sparseWrites) = vm.accesses(address(s));
        (, bytes32[] memory denseWrites) = vm.accesses(address(d));
        for (uint256 i; i < sparseWrites.length; ++i) {
            assertTrue(uint256(sparseWrites[i]) != UPDATES_SLOT, "sparse wrote the count");
        }
        for (uint256 i; i < denseWrites.length; ++i) {
            assertTrue(uint256(denseWrites[i]) != UPDATES_SLOT, "dense wrote the count");
        }
        assertEq(s.updates(), 0);
        assertEq(d.updates(), 0);
    }

    // ---------------------------------------------------------------- bounds

    function test_constructor_acceptsEveryBound() public {
        _sparse(1, 1, 0);
        _sparse(1e12, 1 << 32, 1 << 40);
        _dense(1, 1, 0);
        _dense(1e12, 1 << 32, 1 << 40);
    }

    function test_constructor_revertsOnLearningRateOutsideBounds() public {
        int64[4] memory rates = [int64(0), -1, 1e12 + 1, type(int64).max];
        for (uint256 i; i < rates.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidLearningRate.selector, rates[i]));
            _sparse(rates[i], 0, 0);
            vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidLearningRate.selector, rates[i]));
            _dense(rates[i], 0, 0);
        }
    }

    function test_constructor_revertsOnDecayUpdatesAboveMax() public {
        uint64 decay = (1 << 32) + 1;
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidDecayUpdates.selector, decay));
        _sparse(1e9, decay, 0);
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidDecayUpdates.selector, type(uint64).max));
        _dense(1e9, type(uint64).max, 0);
    }

    function test_constructor_revertsOnUpdatesAboveMaxOrWithConstantStep() public {
        uint64 tooMany = (1 << 40) + 1;
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidUpdates.selector, tooMany));
        _sparse(1e9, 10, tooMany);
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidUpdates.selector, tooMany));
        _dense(1e9, 10, tooMany);
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidUpdates.selector, uint64(1)));
        _sparse(1e9, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidUpdates.selector, uint64(1)));
        _dense(1e9, 0, 1);
    }

    // ---------------------------------------------------------------- any schedule within the bounds

    /// @dev Within the bounds, a mistake always succeeds and moves the weight by exactly the scheduled step, and
    /// the step never exceeds the learning rate.
    function testFuzz_mistakeTakesTheScheduledStep(int64 rate, uint64 decay, uint64 updates, bool fixedStep) public {
        rate = int64(bound(rate, 1, 1e12));
        decay = fixedStep ? 0 : uint64(bound(decay, 1, 1 << 32));
        updates = fixedStep ? 0 : uint64(bound(updates, 0, 1 << 40));
        SparsePerceptron s = _sparse(rate, decay, updates);
        DensePerceptron d = _dense(rate, decay, updates);
        _seal();
        int256 want = fixedStep ? int256(rate) : int256((uint256(uint64(rate)) * decay) / (uint256(decay) + updates));
        assertLe(want, int256(rate));
        assertEq(_mistakeSparse(s), want);
        assertEq(_mistakeDense(d), want);
        uint256 counted = fixedStep ? 0 : uint256(updates) + 1;
        assertEq(s.updates(), counted);
        assertEq(d.updates(), counted);
    }
}
