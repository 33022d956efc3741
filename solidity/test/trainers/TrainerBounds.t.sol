// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
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
        vm.expectRevert();
        new DepositRefundTake(m, "n", "d", "e", 0, 1 days, 2 days, 1e12);
    }

    /// @dev With no owner claim wait the owner takes every deposit the moment it is added.
    function test_RevertWhen_drt_zeroOwnerClaimWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new DepositRefundTake(m, "n", "d", "e", 0, 0, 2 days, 1e12);
    }

    /// @dev The owner could take a deposit in the very second its author may first claim it back.
    function test_RevertWhen_drt_ownerClaimWaitEqualsRefundWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new DepositRefundTake(m, "n", "d", "e", 1 days, 1 days, 2 days, 1e12);
    }

    /// @dev A refund wait of 136 years locks every deposit for good.
    function test_RevertWhen_drt_refundWaitAboveBound() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new DepositRefundTake(m, "n", "d", "e", type(uint32).max - 2, type(uint32).max - 1, type(uint32).max, 1e12);
    }

    function test_RevertWhen_drt_anyAddressClaimWaitAboveBound() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new DepositRefundTake(m, "n", "d", "e", 1 days, 2 days, type(uint32).max, 1e12);
    }

    /// @dev A deposit of nothing is Points with takes; deploy Points for that.
    function test_RevertWhen_drt_zeroCostWeight() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new DepositRefundTake(m, "n", "d", "e", 1 days, 2 days, 3 days, 0);
    }

    function test_RevertWhen_points_zeroRefundWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new Points(m, "n", "d", "e", 0);
    }

    function test_RevertWhen_points_refundWaitAboveBound() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert();
        new Points(m, "n", "d", "e", type(uint32).max);
    }
}
