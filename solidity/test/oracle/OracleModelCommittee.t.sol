// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {OracleModel} from "../../src/oracle/OracleModel.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {OracleModelTestBase} from "./OracleModelTestBase.sol";

/// @notice The committee of an OracleModel used by a real trainer: the owner cannot replace it, and a change that
/// the committee itself votes for waits longer than the trainer's refund wait.
contract OracleModelCommitteeTest is OracleModelTestBase {
    uint64 internal constant FEATURES = 10;
    uint32 internal constant REFUND_WAIT = 1 days;

    OracleModel internal om;
    DepositRefundTake internal drt;
    Q internal lin;
    address internal alice = makeAddr("alice");

    function setUp() public {
        // The model is the next contract this test deploys, the trainer the one after (staging deploys from
        // the model, not from here).
        trainer = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        om = _deployModel(2, FEATURES);
        lin = _random(1, 0, 2, FEATURES, 7);
        _committee(om, 3, 2);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "weights 0");
        om.setInitialVersion(v, p);
        drt = new DepositRefundTake(
            IClassifier(address(om)), "n", "d", "e", REFUND_WAIT, 2 * REFUND_WAIT, 3 * REFUND_WAIT, 1e12
        );
        assertTrue(om.isSealed());
        vm.deal(alice, 100 ether);
    }

    /// @dev Alice adds a sample labelled as version 0 predicts it, so that she is owed her deposit back.
    function _aliceAdds() internal returns (int64[] memory sample, uint64 label, uint256 addedTime) {
        sample = _sample(11, 5, FEATURES);
        label = om.predict(sample);
        addedTime = block.timestamp;
        vm.prank(alice);
        drt.addData{value: 1 ether}(sample, label);
    }

    function _self() internal view returns (address[] memory a) {
        a = new address[](1);
        a[0] = address(this);
    }

    /// @dev The owner made itself a 1-of-1 committee after sealing and activated any version it liked.
    function test_owner_cannotSwapInOwnCommitteeAfterSealing() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, address(drt)));
        om.setCommittee(_self(), 1);
        assertFalse(om.isOperator(address(this)));
    }

    /// @dev The trainer attack: the owner flips the model under a pending deposit so that the author's refund
    /// fails and a report takes it. The owner has no lever, and the author's refund goes through.
    function test_owner_cannotFlipModelUnderPendingDeposit() public {
        (int64[] memory sample, uint64 label, uint256 addedTime) = _aliceAdds();
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, address(drt)));
        om.setCommittee(_self(), 1);
        vm.warp(addedTime + REFUND_WAIT);
        vm.prank(alice);
        drt.refund(sample, label, addedTime);
        assertEq(alice.balance, 100 ether, "the whole deposit came back");
    }

    // ---------------------------------------------------------------- committee changes by quorum

    /// @dev Every operator but the last votes for `next` with `threshold`.
    function _quorumVotes(address[] memory next, uint8 threshold) internal {
        for (uint256 i; i + 1 < ops.length; ++i) {
            vm.prank(ops[i]);
            om.proposeCommittee(next, threshold);
        }
    }

    /// @dev The committee's own quorum can hand the model to the owner, but only after the refund wait and the
    /// notice: every deposit pending when the change was scheduled is refunded under the old committee first.
    function test_trainerAttack_quorumChangeWaitsPastEveryPendingRefund() public {
        (int64[] memory sample, uint64 label, uint256 addedTime) = _aliceAdds();
        _quorumVotes(_self(), 1);
        (bytes32 d, uint64 executableAt,) = om.pendingCommittee();
        assertEq(executableAt, addedTime + REFUND_WAIT + om.COMMITTEE_NOTICE());
        vm.warp(addedTime + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.CommitteeChangeTooEarly.selector, d, executableAt));
        om.executeCommittee(_self(), 1);
        vm.warp(executableAt - 1);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.CommitteeChangeTooEarly.selector, d, executableAt));
        om.executeCommittee(_self(), 1);
        vm.prank(alice);
        drt.refund(sample, label, addedTime);
        assertEq(alice.balance, 100 ether, "the whole deposit came back");
    }

    function test_proposeCommittee_executesAfterDelayAndStartsEpoch() public {
        address[] memory next = new address[](2);
        (next[0], next[1]) = (stranger, ops[2]);
        assertEq(om.committeeDelay(), REFUND_WAIT + om.COMMITTEE_NOTICE());
        bytes32 d = om.committeeDigest(next, 2);
        assertEq(d, keccak256(abi.encode(uint64(1), next, uint8(2))));
        vm.prank(ops[0]);
        vm.expectEmit(address(om));
        emit OracleModel.CommitteeVote(1, d, ops[0], 1);
        om.proposeCommittee(next, 2);
        (bytes32 pending,,) = om.pendingCommittee();
        assertEq(pending, bytes32(0), "one vote of two schedules nothing");
        vm.expectRevert(abi.encodeWithSelector(OracleModel.CommitteeChangeNotScheduled.selector, d, bytes32(0)));
        om.executeCommittee(next, 2);
        uint64 when = uint64(block.timestamp + REFUND_WAIT + om.COMMITTEE_NOTICE());
        vm.prank(ops[1]);
        vm.expectEmit(address(om));
        emit OracleModel.CommitteeChangeScheduled(1, d, when);
        om.proposeCommittee(next, 2);
        (bytes32 got, uint64 executableAt, uint256 votes_) = om.pendingCommittee();
        assertEq(got, d);
        assertEq(executableAt, when);
        assertEq(votes_, 2);
        vm.warp(when);
        vm.prank(stranger); // anyone may execute
        vm.expectEmit(address(om));
        emit OracleModel.CommitteeSet(2, next, 2);
        om.executeCommittee(next, 2);
        (address[] memory operators, uint8 threshold, uint64 epoch) = om.committee();
        assertEq(operators, next);
        assertEq(threshold, 2);
        assertEq(epoch, 2);
        assertTrue(om.isOperator(stranger));
        assertFalse(om.isOperator(ops[0]));
        (pending,,) = om.pendingCommittee();
        assertEq(pending, bytes32(0));
        assertEq(om.committeeVoteOf(ops[0]), bytes32(0), "votes of the old epoch are gone");
        // Executing again is a change of the new epoch, which nobody voted for.
        vm.expectRevert(
            abi.encodeWithSelector(OracleModel.CommitteeChangeNotScheduled.selector, om.committeeDigest(next, 2), 0)
        );
        om.executeCommittee(next, 2);
    }

    function test_proposeCommittee_newCommitteeActivatesOldOnesCannot() public {
        _quorumVotes(_self(), 1);
        vm.warp(block.timestamp + om.committeeDelay());
        om.executeCommittee(_self(), 1);
        (OracleModel.Version memory v, OracleModel.Params memory p) =
            _prepare(om, _random(1, 0, 2, FEATURES, 9), 1, "weights 1");
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NotOperator.selector, ops[0]));
        om.propose(v, p);
        om.propose(v, p);
        (OracleModel.Version memory active,) = om.activeVersion();
        assertEq(active.number, 1);
    }

    function test_proposeCommittee_revertsForOwnerAndStrangers() public {
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NotOperator.selector, address(this)));
        om.proposeCommittee(_self(), 1);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NotOperator.selector, stranger));
        om.proposeCommittee(_self(), 1);
    }

    function test_proposeCommittee_revertsOnBadCommittee() public {
        address[] memory next = new address[](2);
        (next[0], next[1]) = (stranger, stranger);
        vm.startPrank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidOperator.selector, stranger));
        om.proposeCommittee(next, 2);
        next[1] = address(0);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidOperator.selector, address(0)));
        om.proposeCommittee(next, 2);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidCommittee.selector, 2, 1));
        om.proposeCommittee(next, 1);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidCommittee.selector, 0, 0));
        om.proposeCommittee(new address[](0), 0);
        vm.stopPrank();
    }

    function test_proposeCommittee_voteMovesAndWithdraws() public {
        address[] memory a = _self();
        address[] memory b = new address[](1);
        b[0] = stranger;
        bytes32 da = om.committeeDigest(a, 1);
        bytes32 db = om.committeeDigest(b, 1);
        vm.prank(ops[0]);
        om.proposeCommittee(a, 1);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.AlreadyVotedCommittee.selector, ops[0], da));
        om.proposeCommittee(a, 1);
        vm.prank(ops[0]);
        om.proposeCommittee(b, 1); // moves the vote
        assertEq(om.committeeVotes(da), 0);
        assertEq(om.committeeVotes(db), 1);
        vm.prank(ops[1]);
        om.proposeCommittee(b, 1);
        (bytes32 pending, uint64 when,) = om.pendingCommittee();
        assertEq(pending, db);
        // The quorum changes its mind: the scheduled change cannot be executed without it.
        vm.prank(ops[1]);
        om.withdrawCommitteeVote();
        vm.prank(ops[1]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NoCommitteeVote.selector, ops[1]));
        om.withdrawCommitteeVote();
        vm.warp(when);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NoQuorum.selector, db, 1, 2));
        om.executeCommittee(b, 1);
        // Another change reaching quorum replaces it, with a fresh delay.
        vm.prank(ops[1]);
        om.proposeCommittee(a, 1);
        vm.prank(ops[2]);
        om.proposeCommittee(a, 1);
        (pending, when,) = om.pendingCommittee();
        assertEq(pending, da);
        assertEq(when, block.timestamp + om.committeeDelay());
        vm.expectRevert(abi.encodeWithSelector(OracleModel.CommitteeChangeNotScheduled.selector, db, da));
        om.executeCommittee(b, 1);
    }

    function test_proposeCommittee_dropsVersionVotesOfOldEpoch() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) =
            _prepare(om, _random(1, 0, 2, FEATURES, 9), 1, "weights 1");
        vm.prank(ops[0]);
        om.propose(v, p);
        address[] memory same = ops;
        _quorumVotes(same, 2);
        vm.warp(block.timestamp + om.committeeDelay());
        om.executeCommittee(same, 2);
        assertEq(om.votes(om.digest(v)), 0);
        vm.prank(ops[1]);
        om.propose(v, p);
        (OracleModel.Version memory active,) = om.activeVersion();
        assertEq(active.number, 0, "one vote of the new epoch is not a quorum");
    }

    /// @dev A model whose trainer does not say its refund wait (not deployed, or not a Trainer) waits the most.
    function test_committeeDelay_isMostForSilentTrainer() public {
        trainer = makeAddr("nobody");
        OracleModel m = _deployModel(2, FEATURES);
        assertEq(m.committeeDelay(), m.MAX_COMMITTEE_DELAY());
    }

    /// @dev The cap on the delay never cuts the notice short, whatever refund wait a Trainer may have.
    function test_maxCommitteeDelay_coversEveryRefundWait() public view {
        assertGe(om.MAX_COMMITTEE_DELAY(), uint256(drt.MAX_REFUND_WAIT()) + om.COMMITTEE_NOTICE());
    }

    /// @dev For any refund wait a trainer may have and any times of adding and of scheduling, a contribution
    /// added before a change was scheduled can be refunded under the old committee for at least the notice.
    function testFuzz_committeeChange_neverBeforePendingRefunds(uint32 refundWait, uint32 addedAfter, uint32 gap)
        public
    {
        refundWait = uint32(bound(refundWait, 1 minutes, drt.MAX_REFUND_WAIT()));
        trainer = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        om = _deployModel(2, FEATURES);
        _committee(om, 3, 2);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "weights 0");
        om.setInitialVersion(v, p);
        drt = new DepositRefundTake(
            IClassifier(address(om)), "n", "d", "e", refundWait, refundWait + 1 minutes, refundWait + 1 minutes, 1e12
        );
        vm.warp(block.timestamp + addedAfter);
        (int64[] memory sample, uint64 label, uint256 addedTime) = _aliceAdds();
        vm.warp(block.timestamp + gap);
        _quorumVotes(_self(), 1);
        (, uint64 executableAt,) = om.pendingCommittee();
        assertGe(executableAt, addedTime + refundWait + om.COMMITTEE_NOTICE());
        vm.warp(executableAt - 1);
        vm.prank(alice);
        drt.refund(sample, label, addedTime);
        vm.warp(executableAt);
        om.executeCommittee(_self(), 1);
        assertTrue(om.isOperator(address(this)));
    }
}
