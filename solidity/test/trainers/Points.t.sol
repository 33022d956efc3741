// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "../../src/models/IClassifier.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {Points} from "../../src/trainers/Points.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";
import {EtherRejecter} from "./EtherRejecter.sol";
import {EtherSink} from "./EtherSink.sol";

/// @notice Unit tests of the Points mechanism: free data, validation by refund, reports, one settlement each.
contract PointsTest is TrainerTestBase {
    uint32 internal constant REFUND_WAIT = 1 days;

    SparsePerceptron internal model;
    Points internal trainer;

    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public {
        vm.warp(T0);
        (model, trainer) = _deploy(REFUND_WAIT);
    }

    function _deploy(uint32 refundWait) internal returns (SparsePerceptron m, Points t) {
        m = _newModelForNextOf(owner);
        vm.prank(owner);
        t = new Points(m, "Points model", "Free data", "vocab-v2", refundWait);
    }

    /// @dev Adds for free (no ether), returning the key and time.
    function _addFree(address who, int64[] memory data, uint64 label) internal returns (bytes32 key, uint256 time) {
        vm.prank(who);
        trainer.addData(data, label);
        time = vm.getBlockTimestamp();
        key = trainer.contributionKey(data, label, time, who);
    }

    /// @dev Gives `who` one validated contribution (`[F_POS] * k` labelled 1, which the model agrees with).
    function _validate(address who, uint256 k) internal {
        uint256 time = vm.getBlockTimestamp();
        _addFree(who, _repeat(F_POS, k), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(who);
        trainer.refund(_repeat(F_POS, k), 1, time);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Constructor and views
    // ---------------------------------------------------------------------------------------------------------

    function test_constructor_setsParameters() public view {
        assertEq(address(trainer.model()), address(model));
        assertEq(trainer.name(), "Points model");
        assertEq(trainer.description(), "Free data");
        assertEq(trainer.encoder(), "vocab-v2");
        assertEq(trainer.refundWait(), REFUND_WAIT);
        assertEq(trainer.owner(), owner);
        assertEq(trainer.lastAddTime(), T0);
        assertEq(trainer.numContributions(), 0);
        assertEq(trainer.totalGood(), 0);
    }

    function test_RevertWhen_constructor_zeroModel() public {
        vm.expectRevert(abi.encodeWithSelector(Trainer.ZeroModel.selector));
        new Points(IClassifier(address(0)), "n", "d", "e", 60);
    }

    function test_nextAddDataCost_alwaysZero() public {
        assertEq(trainer.nextAddDataCost(), 0);
        _addFree(alice, _one(F_POS), 1);
        assertEq(trainer.nextAddDataCost(), 0);
        vm.warp(T0 + 1);
        assertEq(trainer.nextAddDataCost(), 0);
        vm.warp(T0 + 365 days);
        assertEq(trainer.nextAddDataCost(), 0);
    }

    function test_predict_matchesModel() public view {
        assertEq(trainer.predict(_one(F_POS)), 1);
        assertEq(trainer.predict(_one(F_NEG)), 0);
        assertEq(trainer.predict(_one(F_FLIP)), model.predict(_one(F_FLIP)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // addData
    // ---------------------------------------------------------------------------------------------------------

    function test_addData_freeWithoutEther() public {
        vm.expectEmit(address(trainer));
        emit Trainer.AddData(alice, 1, T0, 0, _packed(_one(F_POS)));
        (bytes32 key,) = _addFree(alice, _one(F_POS), 1);
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.id, 1);
        assertEq(c.deposit, 0);
        assertEq(c.claimable, 0);
        assertEq(trainer.numContributions(), 1);
        assertEq(trainer.lastAddTime(), T0);
    }

    function test_addData_returnsAllEtherSent() public {
        vm.deal(alice, 3 ether);
        vm.expectEmit(address(trainer));
        emit Trainer.AddData(alice, 1, T0, 0, _packed(_one(F_POS)));
        vm.prank(alice);
        trainer.addData{value: 3 ether}(_one(F_POS), 1);
        assertEq(alice.balance, 3 ether);
        assertEq(address(trainer).balance, 0);
        assertEq(trainer.contribution(trainer.contributionKey(_one(F_POS), 1, T0, alice)).deposit, 0);
    }

    function test_addData_etherFromRejectingSenderIsPending() public {
        EtherRejecter rejecter = new EtherRejecter();
        EtherSink sink = new EtherSink();
        vm.deal(address(rejecter), 1 ether);
        vm.expectEmit(address(trainer));
        emit Trainer.WithdrawalPending(address(rejecter), 1 ether);
        vm.prank(address(rejecter));
        trainer.addData{value: 1 ether}(_one(F_POS), 1);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 1 ether);
        assertEq(address(trainer).balance, 1 ether);

        vm.expectEmit(address(trainer));
        emit Trainer.Withdrawal(address(rejecter), address(sink), 1 ether);
        vm.prank(address(rejecter));
        trainer.withdraw(payable(address(sink)));
        assertEq(address(sink).balance, 1 ether);
        assertEq(address(trainer).balance, 0);
    }

    function test_addData_updatesModel() public {
        _addFree(alice, _one(F_FLIP), 0);
        assertEq(trainer.predict(_one(F_FLIP)), 0);
    }

    function test_RevertWhen_addData_duplicateContribution() public {
        (bytes32 key,) = _addFree(alice, _one(F_POS), 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.DuplicateContribution.selector, key));
        vm.prank(alice);
        trainer.addData(_one(F_POS), 1);
    }

    function test_RevertWhen_constructor_modelBoundElsewhere() public {
        SparsePerceptron m = _newModelFor(carol);
        address expected = vm.computeCreateAddress(address(this), vm.getNonce(address(this)));
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelBoundElsewhere.selector, carol, expected));
        new Points(m, "n", "d", "e", 60);
        assertFalse(m.isSealed());
    }

    function test_constructor_sealsModel() public {
        SparsePerceptron m = _newModel();
        assertFalse(m.isSealed());
        Points t = new Points(m, "n", "d", "e", 60);
        assertEq(m.trainer(), address(t));
        assertTrue(m.isSealed());
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, address(t)));
        m.setWeightWords(0, _pack(_defaultWeights()));
    }

    function test_RevertWhen_modelUpdate_notTrainer() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, alice));
        vm.prank(alice);
        model.update(_one(F_FLIP), 0);
        assertEq(trainer.predict(_one(F_FLIP)), 1);
        _addFree(alice, _one(F_FLIP), 0);
        assertEq(trainer.predict(_one(F_FLIP)), 0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // refund (validation)
    // ---------------------------------------------------------------------------------------------------------

    function test_refund_validatesAndCountsGood() public {
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Refund(alice, key, 0);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(trainer.numGood(alice), 1);
        assertEq(trainer.totalGood(), 1);
        // Validation settles the contribution: its record is cleared, and a refund is not a report.
        _assertCleared(key);
        assertFalse(trainer.hasReported(key, alice));
        assertEq(alice.balance, 0);
        assertEq(trainer.pendingWithdrawals(alice), 0);
        assertEq(trainer.numContributions(), 1, "the count of additions stays");
    }

    function _assertCleared(bytes32 key) internal view {
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.id, 0, "cleared: id");
        assertEq(c.deposit, 0, "cleared: deposit");
        assertEq(c.claimable, 0, "cleared: claimable");
        assertEq(c.numClaims, 0, "cleared: numClaims");
    }

    function test_refund_rejectingAuthorGetsNoPending() public {
        EtherRejecter rejecter = new EtherRejecter();
        (, uint256 time) = _addFree(address(rejecter), _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(address(rejecter));
        trainer.refund(_one(F_POS), 1, time);
        assertEq(trainer.numGood(address(rejecter)), 1);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 0);
    }

    function test_refund_afterShortestWait() public {
        (, Points t) = _deploy(60);
        vm.prank(alice);
        t.addData(_one(F_POS), 1);
        vm.warp(T0 + 60);
        vm.prank(alice);
        t.refund(_one(F_POS), 1, T0);
        assertEq(t.numGood(alice), 1);
        assertEq(t.contribution(t.contributionKey(_one(F_POS), 1, T0, alice)).id, 0);
    }

    function test_RevertWhen_refund_tooEarly() public {
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT - 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.TooEarly.selector, key, time + REFUND_WAIT));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
    }

    function test_RevertWhen_refund_modelDisagrees() public {
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelDisagrees.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_NEG), 1, time);
    }

    function test_RevertWhen_refund_unknownContribution() public {
        (, uint256 time) = _addFree(alice, _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        bytes32 bobKey = trainer.contributionKey(_one(F_POS), 1, time, bob);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, bobKey));
        vm.prank(bob);
        trainer.refund(_one(F_POS), 1, time);
    }

    function test_RevertWhen_refund_twice() public {
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        // The refund cleared the record, so the trainer finds no contribution before Points' settlement check.
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(trainer.numGood(alice), 1);
        assertEq(trainer.totalGood(), 1);
    }

    function test_RevertWhen_refund_afterReportAlreadySettled() public {
        _validate(bob, 1);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_FLIP), 1);
        _addFree(carol, _one(F_FLIP), 0); // the model now disagrees with Alice
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_FLIP), 1, time, alice);
        _addFree(carol, _one(F_FLIP), 1); // and agrees again
        assertEq(trainer.predict(_one(F_FLIP)), 1);
        vm.expectRevert(abi.encodeWithSelector(Points.AlreadySettled.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        assertEq(trainer.numGood(alice), 0);
        // A report settles without clearing: the record stays, counting the one report.
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.id, 2);
        assertEq(c.numClaims, 1);
        assertTrue(trainer.hasReported(key, bob));
    }

    // ---------------------------------------------------------------------------------------------------------
    // report
    // ---------------------------------------------------------------------------------------------------------

    function test_report_marksReporterAndPaysNothing() public {
        _validate(bob, 1);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, bob, alice, 0);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertTrue(trainer.hasReported(key, bob));
        assertFalse(trainer.hasReported(key, alice));
        assertFalse(trainer.hasReported(key, carol));
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.numClaims, 1);
        assertEq(c.id, 2, "a report keeps the record");
        assertEq(c.deposit, 0);
        assertEq(c.claimable, 0);
        assertEq(bob.balance, 0);
        assertEq(trainer.numGood(bob), 1);
        assertEq(trainer.numGood(alice), 0);
        assertEq(trainer.totalGood(), 1);
    }

    function test_RevertWhen_report_unknownContribution() public {
        _validate(bob, 1);
        bytes32 key = trainer.contributionKey(_one(F_NEG), 1, T0, alice);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, T0, alice);
    }

    function test_RevertWhen_report_ownContribution() public {
        _validate(alice, 1);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.CannotReportOwnContribution.selector, key));
        vm.prank(alice);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_RevertWhen_report_tooEarly() public {
        _validate(bob, 1);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT - 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.TooEarly.selector, key, time + REFUND_WAIT));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_RevertWhen_report_modelAgrees() public {
        _validate(bob, 1);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_POS), 1, time, alice);
    }

    function test_RevertWhen_report_noGoodContributions() public {
        (, uint256 time) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.NoGoodContributions.selector, bob));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    /// @dev The refund cleared the record, so a report of it finds no contribution (before Points' settlement
    /// check could answer AlreadySettled).
    function test_RevertWhen_report_afterRefundUnknownContribution() public {
        _validate(bob, 1);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_FLIP), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        _addFree(carol, _one(F_FLIP), 0); // the model now disagrees with Alice
        assertEq(trainer.predict(_one(F_FLIP)), 0);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_FLIP), 1, time, alice);
        // Nor after any wait, by anyone, the owner included.
        vm.warp(time + 3650 days);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_FLIP), 1, time, alice);
        assertFalse(trainer.hasReported(key, bob));
        assertEq(trainer.numGood(alice), 1);
        _assertCleared(key);
    }

    function test_RevertWhen_report_afterAnotherReportAlreadySettled() public {
        _validate(bob, 1);
        _validate(carol, 2);
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        vm.expectRevert(abi.encodeWithSelector(Points.AlreadySettled.selector, key));
        vm.prank(carol);
        trainer.report(_one(F_NEG), 1, time, alice);
        // The same reporter again: settled first, so AlreadyReported is never reached here.
        vm.expectRevert(abi.encodeWithSelector(Points.AlreadySettled.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertFalse(trainer.hasReported(key, carol));
        assertTrue(trainer.hasReported(key, bob));
        assertEq(trainer.contribution(key).numClaims, 1, "one settlement");
    }

    function test_report_ownerHasNoSpecialRights() public {
        (bytes32 key, uint256 time) = _addFree(alice, _one(F_POS), 1);
        vm.warp(time + 3650 days);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        (, uint256 time2) = _addFree(alice, _one(F_NEG), 1);
        vm.warp(time2 + 3650 days);
        vm.expectRevert(abi.encodeWithSelector(Trainer.NoGoodContributions.selector, owner));
        vm.prank(owner);
        trainer.report(_one(F_NEG), 1, time2, alice);
    }

    // ---------------------------------------------------------------------------------------------------------
    // withdraw
    // ---------------------------------------------------------------------------------------------------------

    function test_RevertWhen_withdraw_nothingPending() public {
        vm.expectRevert(abi.encodeWithSelector(Trainer.NothingToWithdraw.selector, alice));
        vm.prank(alice);
        trainer.withdraw(payable(alice));
    }

    function test_RevertWhen_withdraw_recipientRejects() public {
        EtherRejecter rejecter = new EtherRejecter();
        vm.deal(address(rejecter), 5);
        vm.prank(address(rejecter));
        trainer.addData{value: 5}(_one(F_POS), 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.TransferFailed.selector, address(rejecter), uint256(5)));
        vm.prank(address(rejecter));
        trainer.withdraw(payable(address(rejecter)));
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 5);
    }
}
