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
        SparsePerceptron m = new SparsePerceptron(
            vm.computeCreateAddress(owner, vm.getNonce(owner)), _names(), 3, 4, 0, 1e9, 0, 0, words
        );
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
        bytes4[] memory selectors = new bytes4[](12);
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
        selectors[10] = DepositRefundTakeHandler.resettle.selector;
        selectors[11] = DepositRefundTakeHandler.addDataBatch.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev A refunded record is cleared, so it adds nothing: the trainer holds what live records can still pay
    /// out plus what is pending.
    function invariant_balanceEqualsClaimablePlusPending() public view {
        uint256 owed;
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            uint256 claimable = trainer.contribution(key).claimable;
            if (handler.refunds(key) != 0) assertEq(claimable, 0, "A refunded record adds nothing.");
            owed += claimable;
        }
        for (uint256 i; i < _actors.length; ++i) {
            owed += trainer.pendingWithdrawals(_actors[i]);
        }
        assertEq(address(trainer).balance, owed, "The trainer's balance must equal all claimable plus all pending.");
    }

    /// @dev Checked against the deposit the handler saw taken, since a refund clears the stored one: a live record
    /// has paid what its deposit lacks of its claimable; a refunded one has paid its whole deposit.
    function invariant_noContributionPaysMoreThanDeposit() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            Trainer.Contribution memory c = trainer.contribution(key);
            uint256 deposit = handler.depositOf(key);
            uint256 paid = handler.paidOut(key);
            assertLe(paid, deposit, "No contribution may pay out more than its deposit.");
            if (handler.refunds(key) != 0) {
                assertEq(paid, deposit, "A refunded contribution has paid out its whole deposit.");
            } else {
                assertEq(c.deposit, deposit, "A live record keeps its deposit.");
                assertEq(paid + c.claimable, deposit, "What was paid plus what is claimable must be the deposit.");
            }
        }
    }

    /// @dev The trainer keeps no refunded flag: the handler counts the refunds, each refund must have cleared the
    /// record, and every later refund or report of it must have reverted UnknownContribution.
    function invariant_noRecordRefundedTwice() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key, address author) = handler.record(i);
            uint256 refunds = handler.refunds(key);
            assertLe(refunds, 1, "No contribution may be refunded twice.");
            Trainer.Contribution memory c = trainer.contribution(key);
            if (refunds == 1) {
                assertEq(c.id, 0, "A refund clears the record.");
                assertEq(c.deposit, 0, "A refund clears the deposit.");
                assertEq(c.claimable, 0, "A refund clears the claimable.");
                assertEq(c.numClaims, 0, "A refund clears the claim count.");
            } else {
                assertEq(c.id, i + 1, "An unrefunded record stays, under its id.");
            }
            assertFalse(trainer.hasReported(key, author), "An author never reports its own contribution.");
        }
        assertEq(handler.settledMismatches(), 0, "A refunded contribution must be unknown to refund and report.");
    }

    function invariant_eachReporterReportsAtMostOnce() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            bool live = handler.refunds(key) == 0;
            for (uint256 j; j < _actors.length; ++j) {
                uint256 reports = handler.reports(key, _actors[j]);
                assertLe(reports, 1, "No reporter may report the same contribution twice.");
                assertEq(
                    trainer.hasReported(key, _actors[j]),
                    live && reports == 1,
                    "hasReported must be a share-taking report of a live record."
                );
            }
        }
    }

    /// @dev numClaims counts reports only (shares and takes); a refund clears it with the record.
    function invariant_numClaimsCountsReports() public view {
        uint256 n = handler.numRecords();
        for (uint256 i; i < n; ++i) {
            (bytes32 key,) = handler.record(i);
            uint256 want = handler.refunds(key) == 0 ? handler.claims(key) : 0;
            assertEq(trainer.contribution(key).numClaims, want, "numClaims must count the reports.");
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
        assertEq(handler.addDataMismatches(), 0, "addData and addDataBatch must keep exactly the deposits.");
        assertEq(handler.batchFailures(), 0, "An honest batch must succeed.");
        assertEq(handler.refundMismatches(), 0, "A refund must pay exactly what was claimable.");
        assertEq(handler.reportMismatches(), 0, "A report must pay exactly its share, capped at claimable.");
        assertEq(handler.withdrawMismatches(), 0, "A withdrawal must move exactly the pending amount.");
    }

    function invariant_recordsMatchContributionCount() public view {
        assertEq(trainer.numContributions(), handler.numRecords(), "Every addition is recorded.");
    }
}
