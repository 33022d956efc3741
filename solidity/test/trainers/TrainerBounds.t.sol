// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {Points} from "../../src/trainers/Points.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";

/// @notice Every trainer parameter is bounded above and below.
contract TrainerBoundsTest is TrainerTestBase {
    // The contracts' bounds (internal there, but MAX_REFUND_WAIT; every revert below names them).
    uint32 internal constant MIN_REFUND_WAIT = 1 minutes;
    uint32 internal constant MAX_REFUND_WAIT = 30 days;
    uint32 internal constant MIN_REFUND_WINDOW = 1 minutes;
    uint32 internal constant MAX_CLAIM_WAIT = 365 days;
    uint256 internal constant MIN_COST_WEIGHT = 1;
    uint256 internal constant MAX_COST_WEIGHT = type(uint96).max / 1 hours;

    function _drt(uint32 refundWait, uint32 ownerClaimWait, uint32 anyAddressClaimWait, uint256 costWeight)
        internal
        returns (DepositRefundTake)
    {
        SparsePerceptron m = _newModel();
        return new DepositRefundTake(m, "n", "d", "e", refundWait, ownerClaimWait, anyAddressClaimWait, costWeight);
    }

    /// @dev With no refund wait a contract adds and refunds in one transaction: good contributions for free.
    function test_RevertWhen_drt_zeroRefundWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(abi.encodeWithSelector(Trainer.RefundWaitOutOfRange.selector, 0, 60, 30 days));
        new DepositRefundTake(m, "n", "d", "e", 0, 1 days, 2 days, 1e12);
    }

    /// @dev With no owner claim wait the owner takes every deposit the moment it is added.
    function test_RevertWhen_drt_zeroOwnerClaimWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(abi.encodeWithSelector(Trainer.RefundWaitOutOfRange.selector, 0, 60, 30 days));
        new DepositRefundTake(m, "n", "d", "e", 0, 0, 2 days, 1e12);
    }

    /// @dev The owner could take a deposit in the very second its author may first claim it back.
    function test_RevertWhen_drt_ownerClaimWaitEqualsRefundWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(DepositRefundTake.OwnerClaimWaitOutOfRange.selector, 1 days, 1 days + 60, 2 days)
        );
        new DepositRefundTake(m, "n", "d", "e", 1 days, 1 days, 2 days, 1e12);
    }

    /// @dev A refund wait of 136 years locks every deposit for good.
    function test_RevertWhen_drt_refundWaitAboveBound() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(Trainer.RefundWaitOutOfRange.selector, type(uint32).max - 2, 60, 30 days)
        );
        new DepositRefundTake(m, "n", "d", "e", type(uint32).max - 2, type(uint32).max - 1, type(uint32).max, 1e12);
    }

    function test_RevertWhen_drt_anyAddressClaimWaitAboveBound() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(
                DepositRefundTake.AnyAddressClaimWaitOutOfRange.selector, type(uint32).max, 2 days, 365 days
            )
        );
        new DepositRefundTake(m, "n", "d", "e", 1 days, 2 days, type(uint32).max, 1e12);
    }

    /// @dev A deposit of nothing is Points with takes; deploy Points for that.
    function test_RevertWhen_drt_zeroCostWeight() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(DepositRefundTake.CostWeightOutOfRange.selector, 0, 1, type(uint96).max / 3600)
        );
        new DepositRefundTake(m, "n", "d", "e", 1 days, 2 days, 3 days, 0);
    }

    function test_RevertWhen_points_zeroRefundWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(abi.encodeWithSelector(Trainer.RefundWaitOutOfRange.selector, 0, 60, 30 days));
        new Points(m, "n", "d", "e", 0);
    }

    function test_RevertWhen_points_refundWaitAboveBound() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(abi.encodeWithSelector(Trainer.RefundWaitOutOfRange.selector, type(uint32).max, 60, 30 days));
        new Points(m, "n", "d", "e", type(uint32).max);
    }

    /// @dev Any configuration inside the bounds deploys; the bounds are the named constants.
    function testFuzz_drt_deploysInsideBounds(uint32 refundWait, uint32 window, uint32 extra, uint256 costWeight)
        public
    {
        refundWait = uint32(bound(refundWait, MIN_REFUND_WAIT, MAX_REFUND_WAIT));
        uint32 ownerClaimWait = uint32(bound(window, uint256(refundWait) + MIN_REFUND_WINDOW, MAX_CLAIM_WAIT));
        uint32 anyAddressClaimWait = uint32(bound(extra, ownerClaimWait, MAX_CLAIM_WAIT));
        costWeight = bound(costWeight, MIN_COST_WEIGHT, MAX_COST_WEIGHT);
        SparsePerceptron m = _newModel();
        DepositRefundTake t =
            new DepositRefundTake(m, "n", "d", "e", refundWait, ownerClaimWait, anyAddressClaimWait, costWeight);
        assertEq(t.refundWait(), refundWait);
        assertEq(t.ownerClaimWait(), ownerClaimWait);
        assertEq(t.anyAddressClaimWait(), anyAddressClaimWait);
        assertEq(t.costWeight(), costWeight);
    }

    /// @dev Each bound is inclusive: a configuration on every bound at once deploys.
    function test_bounds_areInclusive() public {
        DepositRefundTake t =
            _drt(MIN_REFUND_WAIT, MIN_REFUND_WAIT + MIN_REFUND_WINDOW, MAX_CLAIM_WAIT, MAX_COST_WEIGHT);
        assertEq(t.MAX_REFUND_WAIT(), MAX_REFUND_WAIT);
        t = _drt(MAX_REFUND_WAIT, MAX_CLAIM_WAIT, MAX_CLAIM_WAIT, MIN_COST_WEIGHT);
        assertEq(t.refundWait(), MAX_REFUND_WAIT);
        SparsePerceptron m = _newModel();
        Points p = new Points(m, "n", "d", "e", MIN_REFUND_WAIT);
        assertEq(p.refundWait(), MIN_REFUND_WAIT);
    }
}
