// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";
import {EtherRejecter} from "./EtherRejecter.sol";
import {DepositRefundTakeHandler} from "./DepositRefundTakeHandler.sol";

/// @notice Stateful invariants of DepositRefundTake under random sequences of every operation.
contract DepositRefundTakeInvariantTest is TrainerTestBase {
    DepositRefundTake internal trainer;
    DepositRefundTakeHandler internal handler;
    address[] internal _actors;

    function setUp() public {
        vm.warp(T0);
        // Three features, weights 0.5, -0.5 and 0, learning rate 1: most additions flip some prediction.
        int64[] memory w = new int64[](3);
        w[0] = 5e8;
        w[1] = -5e8;
        uint256[] memory words = _pack(w);
        address owner = makeAddr("owner");
        SparsePerceptron m =
            new SparsePerceptron(vm.computeCreateAddress(owner, vm.getNonce(owner)), _names(), 3, 4, 0, 1e9, words);
        vm.prank(owner);
        trainer = new DepositRefundTake(m, "n", "d", "e", 10 minutes, 6 hours, 12 hours, 1e12);
        assertEq(m.trainer(), address(trainer));

        _actors.push(makeAddr("alice"));
        _actors.push(makeAddr("bob"));
        _actors.push(makeAddr("carol"));
        _actors.push(owner);
        _actors.push(address(new EtherRejecter()));
        handler = new DepositRefundTakeHandler(trainer, _actors, makeAddr("sink"));

        targetContract(address(handler));
        // Weighted: reports need refunds first, and both need time to pass.
        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = DepositRefundTakeHandler.addData.selector;
        selectors[1] = DepositRefundTakeHandler.addData.selector;
        selectors[2] = DepositRefundTakeHandler.refund.selector;
        selectors[3] = DepositRefundTakeHandler.refund.selector;
        selectors[4] = DepositRefundTakeHandler.report.selector;
        selectors[5] = DepositRefundTakeHandler.report.selector;
        selectors[6] = DepositRefundTakeHandler.report.selector;
        selectors[7] = DepositRefundTakeHandler.withdraw.selector;
        selectors[8] = DepositRefundTakeHandler.warp.selector;
        selectors[9] = DepositRefundTakeHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_balanceEqualsClaimablePlusPending() public view {
        uint256 owed;
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            owed += trainer.contribution(key).claimable;
        }
        for (uint256 i; i < _actors.length; ++i) {
            owed += trainer.pendingWithdrawals(_actors[i]);
        }
        assertEq(address(trainer).balance, owed, "The trainer's balance must equal all claimable plus all pending.");
    }

    function invariant_noContributionPaysMoreThanDeposit() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            Trainer.Contribution memory c = trainer.contribution(key);
            uint256 paid = handler.paidOut(key);
            assertLe(paid, c.deposit, "No contribution may pay out more than its deposit.");
            assertEq(paid + c.claimable, c.deposit, "What was paid plus what is claimable must be the deposit.");
        }
    }

    function invariant_noRecordRefundedTwice() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key, address author) = handler.record(i);
            uint256 refunds = handler.refunds(key);
            assertLe(refunds, 1, "No contribution may be refunded twice.");
            assertEq(trainer.contribution(key).refunded, refunds == 1, "The refunded flag must match the refunds.");
            assertEq(trainer.hasClaimed(key, author, author), refunds == 1, "hasClaimed must match the refund.");
        }
    }

    function invariant_eachReporterReportsAtMostOnce() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key, address author) = handler.record(i);
            for (uint256 j; j < _actors.length; ++j) {
                uint256 reports = handler.reports(key, _actors[j]);
                assertLe(reports, 1, "No reporter may report the same contribution twice.");
                if (reports == 1) assertTrue(trainer.hasClaimed(key, _actors[j], author), "A report is remembered.");
            }
        }
    }

    function invariant_numClaimsCountsClaims() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            assertEq(trainer.contribution(key).numClaims, handler.claims(key), "numClaims must count the claims.");
        }
    }

    function invariant_totalGoodIsSumOfNumGood() public view {
        uint256 sum;
        for (uint256 i; i < _actors.length; ++i) {
            sum += trainer.numGood(_actors[i]);
        }
        assertEq(trainer.totalGood(), sum, "totalGood must be the sum of every account's numGood.");
        uint256 refunds;
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            refunds += handler.refunds(key);
        }
        assertEq(trainer.totalGood(), refunds, "totalGood must count the refunds.");
    }

    function invariant_paymentsFollowTheMechanism() public view {
        assertEq(handler.addDataMismatches(), 0, "addData must keep exactly the deposit.");
        assertEq(handler.refundMismatches(), 0, "A refund must pay exactly what was claimable.");
        assertEq(handler.reportMismatches(), 0, "A report must pay exactly its share, capped at claimable.");
        assertEq(handler.withdrawMismatches(), 0, "A withdrawal must move exactly the pending amount.");
    }

    function invariant_recordsMatchContributionCount() public view {
        assertEq(trainer.numContributions(), handler.numRecords(), "Every addition is recorded.");
    }
}
