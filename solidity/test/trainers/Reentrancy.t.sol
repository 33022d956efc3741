// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";
import {EtherSink} from "./EtherSink.sol";
import {ReentrantAttacker} from "./ReentrantAttacker.sol";

/// @notice A contract that re-enters addData, refund, report or withdraw from `receive` whenever it is paid (by
/// addData's excess, a refund, a report or a withdrawal) gains nothing: the reentrant call meets the transient
/// guard, and a payment refused because of it is kept as pending.
contract ReentrancyTest is TrainerTestBase {
    uint32 internal constant REFUND_WAIT = 1 days;
    uint256 internal constant COST_WEIGHT = 1e12;
    uint256 internal constant EXCESS = 777;

    enum Source {
        AddData,
        Refund,
        Report,
        Withdraw
    }

    DepositRefundTake internal trainer;
    ReentrantAttacker internal attacker;
    EtherSink internal sink;

    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    bytes32[] internal _keys;
    uint256 internal _badTime;
    uint256 internal _depositA2;
    uint256 internal _depositA3;
    uint256 internal _depositB;

    function setUp() public {
        vm.warp(T0);
        SparsePerceptron m = _newModelForNextOf(owner);
        vm.prank(owner);
        trainer = new DepositRefundTake(m, "n", "d", "e", REFUND_WAIT, 30 days, 60 days, COST_WEIGHT);
        attacker = new ReentrantAttacker(trainer);
        sink = new EtherSink();

        // At T0: Bob and the attacker add data the model agrees with, Alice adds data it disagrees with.
        (bytes32 kBob,,) = _add(trainer, bob, _one(F_POS), 1);
        (bytes32 kA1,,) = _add(trainer, address(attacker), _repeat(F_POS, 2), 1);
        (bytes32 kA2,, uint256 dA2) = _add(trainer, address(attacker), _repeat(F_POS, 3), 1);
        (bytes32 kA3,, uint256 dA3) = _add(trainer, address(attacker), _repeat(F_POS, 4), 1);
        (bytes32 kB,, uint256 dB) = _add(trainer, alice, _one(F_NEG), 1);
        _keys.push(kBob);
        _keys.push(kA1);
        _keys.push(kA2);
        _keys.push(kA3);
        _keys.push(kB);
        _badTime = T0;
        _depositA2 = dA2;
        _depositA3 = dA3;
        _depositB = dB;

        // After the wait Bob and the attacker validate data: Bob 1 good, the attacker 2 (one refund refused, so
        // it is pending), 3 in all. A2 stays unrefunded for the attack.
        vm.warp(T0 + REFUND_WAIT);
        vm.prank(bob);
        trainer.refund(_one(F_POS), 1, T0);
        attacker.refund(_repeat(F_POS, 2), 1, T0);
        attacker.setRejectAll(true);
        attacker.refund(_repeat(F_POS, 4), 1, T0);
        attacker.setRejectAll(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    function _arm(ReentrantAttacker.Target target, bool swallow) internal {
        if (target == ReentrantAttacker.Target.AddData) {
            attacker.arm(target, swallow, _repeat(F_ZERO, 2), 0, 0, address(0));
        } else if (target == ReentrantAttacker.Target.Refund) {
            attacker.arm(target, swallow, _repeat(F_POS, 3), 1, T0, address(attacker));
        } else if (target == ReentrantAttacker.Target.Report) {
            attacker.arm(target, swallow, _one(F_NEG), 1, _badTime, alice);
        } else {
            attacker.arm(target, swallow, new int64[](0), 0, 0, address(0));
        }
    }

    function _wealth() internal view returns (uint256) {
        return address(attacker).balance + trainer.pendingWithdrawals(address(attacker));
    }

    /// @dev The trainer holds exactly what it owes: every contribution's claimable plus every pending payment.
    function _assertSolvent() internal view {
        uint256 owed = trainer.pendingWithdrawals(address(attacker)) + trainer.pendingWithdrawals(alice)
            + trainer.pendingWithdrawals(bob);
        for (uint256 i; i < _keys.length; ++i) {
            Trainer.Contribution memory c = trainer.contribution(_keys[i]);
            assertLe(c.claimable, c.deposit);
            owed += c.claimable;
        }
        assertEq(address(trainer).balance, owed, "the trainer's balance is what it owes");
    }

    /// @dev Runs one payment with the attacker armed and checks the attacker got exactly the honest amount.
    function _attack(Source source, ReentrantAttacker.Target target, bool swallow) internal {
        _arm(target, swallow);
        uint256 wealthBefore = _wealth();
        uint256 pendingBefore = trainer.pendingWithdrawals(address(attacker));
        uint256 contributionsBefore = trainer.numContributions();
        uint256 totalGoodBefore = trainer.totalGood();
        // What an honest call pays, and how the attacker's wealth should move.
        uint256 payment;
        int256 expectedChange;

        if (source == Source.AddData) {
            uint256 cost = trainer.nextAddDataCost();
            // The test funds the call; the attacker forwards the value, so it ends up with exactly the excess.
            vm.deal(address(this), cost + EXCESS);
            attacker.addData{value: cost + EXCESS}(_one(F_ZERO), 0);
            _keys.push(trainer.contributionKey(_one(F_ZERO), 0, vm.getBlockTimestamp(), address(attacker)));
            payment = EXCESS;
            expectedChange = int256(EXCESS);
            assertEq(trainer.contribution(_keys[_keys.length - 1]).deposit, cost);
            assertEq(trainer.numContributions(), contributionsBefore + 1, "exactly one contribution added");
        } else if (source == Source.Refund) {
            attacker.refund(_repeat(F_POS, 3), 1, T0);
            payment = _depositA2;
            expectedChange = int256(payment);
            assertEq(trainer.totalGood(), totalGoodBefore + 1, "counted good once");
            assertEq(trainer.numGood(address(attacker)), 3);
        } else if (source == Source.Report) {
            // The attacker has 2 of 3 good contributions.
            payment = _depositB * 2 / 3;
            attacker.report(_one(F_NEG), 1, _badTime, alice);
            expectedChange = int256(payment);
            assertEq(trainer.contribution(_keys[4]).claimable, _depositB - payment);
        } else {
            payment = pendingBefore;
            if (!swallow && target != ReentrantAttacker.Target.None) {
                // The reentrant call reverts, so does receive, so the withdrawal fails as a whole.
                vm.expectRevert(
                    abi.encodeWithSelector(Trainer.TransferFailed.selector, address(attacker), pendingBefore)
                );
            }
            attacker.withdraw(payable(address(attacker)));
            expectedChange = 0;
        }

        assertEq(int256(_wealth()) - int256(wealthBefore), expectedChange, "the attacker gains nothing extra");
        if (source != Source.AddData) {
            assertEq(trainer.numContributions(), contributionsBefore, "no contribution added by reentry");
        }
        if (source != Source.Refund) {
            assertEq(trainer.totalGood(), totalGoodBefore, "nothing counted good by reentry");
        }
        assertEq(attacker.reentrySuccesses(), 0, "no reentrant call succeeded");

        if (swallow) {
            assertEq(attacker.reentryAttempts(), 1, "the attacker did try to re-enter");
            assertEq(
                attacker.lastRevertData(),
                abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
            );
            // It accepted the payment itself.
            if (source != Source.Withdraw) {
                assertEq(trainer.pendingWithdrawals(address(attacker)), pendingBefore);
            } else {
                assertEq(trainer.pendingWithdrawals(address(attacker)), 0);
            }
        } else if (source != Source.Withdraw) {
            // receive reverted with the guard's error, so the payment was kept as pending.
            assertEq(trainer.pendingWithdrawals(address(attacker)), pendingBefore + payment);
        } else {
            assertEq(trainer.pendingWithdrawals(address(attacker)), pendingBefore);
        }
        // The state reentry could have doubled stayed single: A2 (id 3) was refunded, and so cleared, only by the
        // refund attack, and never reported; B was reported at most once.
        Trainer.Contribution memory a2 = trainer.contribution(_keys[2]);
        assertEq(a2.numClaims, 0);
        if (source == Source.Refund) {
            assertEq(a2.id, 0, "the refund cleared A2's record");
            assertEq(a2.claimable, 0);
        } else {
            assertEq(a2.id, 3, "A2 is still there");
            assertEq(a2.claimable, _depositA2);
        }
        assertLe(trainer.contribution(_keys[4]).numClaims, 1);
        _assertSolvent();

        // Disarmed, the attacker withdraws everything it is owed to a sink; the trainer still owes the rest.
        attacker.arm(ReentrantAttacker.Target.None, false, new int64[](0), 0, 0, address(0));
        uint256 owed = trainer.pendingWithdrawals(address(attacker));
        if (owed > 0) {
            attacker.withdraw(payable(address(sink)));
            assertEq(address(sink).balance, owed);
        }
        _assertSolvent();
        if (source == Source.Refund) {
            // Settled once: a second refund, now with no guard in the way, finds no contribution.
            vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, _keys[2]));
            attacker.refund(_repeat(F_POS, 3), 1, T0);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tests
    // ---------------------------------------------------------------------------------------------------------

    function test_reentrancy_setupIsSolvent() public view {
        assertEq(trainer.pendingWithdrawals(address(attacker)), _depositA3);
        assertEq(trainer.numGood(address(attacker)), 2);
        assertEq(trainer.totalGood(), 3);
        _assertSolvent();
    }

    function test_reentrancy_refundReenteringRefund_swallowed() public {
        _attack(Source.Refund, ReentrantAttacker.Target.Refund, true);
    }

    function test_reentrancy_refundReenteringRefund_pending() public {
        _attack(Source.Refund, ReentrantAttacker.Target.Refund, false);
    }

    function test_reentrancy_reportReenteringReport_swallowed() public {
        _attack(Source.Report, ReentrantAttacker.Target.Report, true);
    }

    function test_reentrancy_reportReenteringReport_pending() public {
        _attack(Source.Report, ReentrantAttacker.Target.Report, false);
    }

    function test_reentrancy_addDataReenteringAddData_swallowed() public {
        _attack(Source.AddData, ReentrantAttacker.Target.AddData, true);
    }

    function test_reentrancy_addDataReenteringAddData_pending() public {
        _attack(Source.AddData, ReentrantAttacker.Target.AddData, false);
    }

    function test_reentrancy_withdrawReenteringWithdraw_swallowed() public {
        _attack(Source.Withdraw, ReentrantAttacker.Target.Withdraw, true);
    }

    function test_RevertWhen_reentrancy_withdrawReenteringWithdraw_notSwallowed() public {
        _attack(Source.Withdraw, ReentrantAttacker.Target.Withdraw, false);
    }

    function test_reentrancy_refundReenteringWithdrawOfPending() public {
        // While its refund is being paid, the attacker tries to withdraw its older pending payment too.
        _attack(Source.Refund, ReentrantAttacker.Target.Withdraw, true);
    }

    /// @dev Every payment source against every reentrant target, swallowed or not, each from the same state.
    function test_reentrancy_allCombinationsGainNothing() public {
        for (uint256 s; s < 4; ++s) {
            for (uint256 t = 1; t <= 4; ++t) {
                for (uint256 w; w < 2; ++w) {
                    uint256 snapshot = vm.snapshotState();
                    _attack(Source(s), ReentrantAttacker.Target(t), w == 1);
                    vm.revertToState(snapshot);
                }
            }
        }
    }

    function testFuzz_reentrancy_gainsNothing(uint8 source, uint8 target, bool swallow) public {
        _attack(Source(bound(source, 0, 3)), ReentrantAttacker.Target(bound(target, 1, 4)), swallow);
    }

    function test_reentrancy_unarmedPaymentsAreOrdinary() public {
        // Control: with no reentry the attacker is paid like anyone else.
        uint256 before = address(attacker).balance;
        attacker.refund(_repeat(F_POS, 3), 1, T0);
        assertEq(address(attacker).balance - before, _depositA2);
        assertEq(attacker.reentryAttempts(), 0);
        _assertSolvent();
    }
}
