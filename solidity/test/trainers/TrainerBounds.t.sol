// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {Points} from "../../src/trainers/Points.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";

/// @notice Every trainer parameter is bounded above and below.
contract TrainerBoundsTest is TrainerTestBase {
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
        DepositRefundTake probe = _drt(60, 120, 180, 1);
        refundWait = uint32(bound(refundWait, probe.MIN_REFUND_WAIT(), probe.MAX_REFUND_WAIT()));
        uint32 ownerClaimWait =
            uint32(bound(window, uint256(refundWait) + probe.MIN_REFUND_WINDOW(), probe.MAX_CLAIM_WAIT()));
        uint32 anyAddressClaimWait = uint32(bound(extra, ownerClaimWait, probe.MAX_CLAIM_WAIT()));
        costWeight = bound(costWeight, probe.MIN_COST_WEIGHT(), probe.MAX_COST_WEIGHT());
        SparsePerceptron m = _newModel();
        DepositRefundTake t =
            new DepositRefundTake(m, "n", "d", "e", refundWait, ownerClaimWait, anyAddressClaimWait, costWeight);
        assertEq(t.refundWait(), refundWait);
        assertEq(t.ownerClaimWait(), ownerClaimWait);
        assertEq(t.anyAddressClaimWait(), anyAddressClaimWait);
        assertEq(t.costWeight(), costWeight);
    }

    /// @dev The bounds themselves: MIN_REFUND_WAIT = 1 minute, MAX_REFUND_WAIT = 30 days, MIN_REFUND_WINDOW = 1
    /// minute, MAX_CLAIM_WAIT = 365 days, cost weight 1 wei to (2^96 - 1) / 3600.
    function test_bounds_values() public {
        DepositRefundTake t = _drt(60, 120, 180, 1);
        assertEq(t.MIN_REFUND_WAIT(), 1 minutes);
        assertEq(t.MAX_REFUND_WAIT(), 30 days);
        assertEq(t.MIN_REFUND_WINDOW(), 1 minutes);
        assertEq(t.MAX_CLAIM_WAIT(), 365 days);
        assertEq(t.MIN_COST_WEIGHT(), 1);
        assertEq(t.MAX_COST_WEIGHT(), type(uint96).max / 1 hours);
    }
}
