// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";

/// @notice `Contribution.numClaims` is a uint16 that saturates at 65535: any number of reporters may each take a
/// share, and a counter that reverted on overflow would lock the rest of a deposit in forever. These tests reach
/// the saturated state by writing the counter into the contribution's storage word (65535 real claims would be
/// slow), then check that every kind of claim still works and that the counter stays at 65535.
contract DepositRefundTakeClaimsSaturationTest is TrainerTestBase {
    uint32 internal constant REFUND_WAIT = 1 days;
    uint32 internal constant OWNER_WAIT = 30 days;
    uint32 internal constant ANY_WAIT = 60 days;
    uint16 internal constant MAX = type(uint16).max;

    DepositRefundTake internal trainer;
    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");

    function setUp() public {
        vm.warp(T0);
        SparsePerceptron m = _newModelForNextOf(owner);
        vm.prank(owner);
        trainer = new DepositRefundTake(m, "n", "d", "e", REFUND_WAIT, OWNER_WAIT, ANY_WAIT, 1e12);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------

    /// @dev The storage slot of contribution `key`, found by recording what `contribution(key)` reads.
    function _slotOf(bytes32 key) internal returns (bytes32 slot) {
        vm.record();
        trainer.contribution(key);
        (bytes32[] memory reads,) = vm.accesses(address(trainer));
        assertGt(reads.length, 0);
        slot = reads[0];
        for (uint256 i = 1; i < reads.length; ++i) {
            assertEq(reads[i], slot, "a contribution is one storage word");
        }
    }

    /// @dev Sets contribution `key`'s claim count to `n`, as if that many claims had been paid, after checking the
    /// word's layout (deposit, claimable, id, numClaims from the low bits up, the top 8 bits unused) against the
    /// getter.
    function _setNumClaims(bytes32 key, uint16 n) internal {
        bytes32 slot = _slotOf(key);
        Trainer.Contribution memory c = trainer.contribution(key);
        uint256 w = uint256(vm.load(address(trainer), slot));
        assertEq(uint96(w), c.deposit, "layout: deposit");
        assertEq(uint96(w >> 96), c.claimable, "layout: claimable");
        assertEq(uint40(w >> 192), c.id, "layout: id");
        assertEq(uint16(w >> 232), c.numClaims, "layout: numClaims");
        assertEq(w >> 248, 0, "layout: the top 8 bits are unused");
        w = (w & ~(uint256(type(uint16).max) << 232)) | (uint256(n) << 232);
        vm.store(address(trainer), slot, bytes32(w));
        Trainer.Contribution memory d = trainer.contribution(key);
        assertEq(d.numClaims, n);
        assertEq(d.deposit, c.deposit);
        assertEq(d.claimable, c.claimable);
        assertEq(d.id, c.id);
    }

    /// @dev Bob and Carol get one good contribution each, Dave two: totalGood 4.
    function _reporters() internal {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 1, REFUND_WAIT);
        _makeGood(trainer, dave, 2, REFUND_WAIT);
        assertEq(trainer.totalGood(), 4);
    }

    function _report(address who, uint256 time) internal returns (uint256 got) {
        uint256 before = who.balance;
        vm.prank(who);
        trainer.report(_one(F_NEG), 1, time, alice);
        got = who.balance - before;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tests
    // ---------------------------------------------------------------------------------------------------------

    function test_numClaims_saturatesAndReportsKeepWorking() public {
        _reporters();
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        _setNumClaims(key, MAX - 1);

        assertEq(_report(bob, time), deposit / 4);
        assertEq(trainer.contribution(key).numClaims, MAX, "the 65535th claim");
        // The 65536th claim: the counter stays put and the report pays as usual.
        assertEq(_report(carol, time), deposit / 4);
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.numClaims, MAX, "saturated");
        assertEq(c.claimable, deposit - 2 * (deposit / 4));
        assertTrue(trainer.hasReported(key, bob));
        assertTrue(trainer.hasReported(key, carol));
        assertFalse(trainer.hasReported(key, dave));
        // A reporter still cannot report twice.
        vm.expectRevert(abi.encodeWithSelector(Trainer.AlreadyReported.selector, key, bob));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);

        // The owner takes the remainder: nothing is stuck.
        uint256 left = c.claimable;
        assertGt(left, 0);
        vm.warp(time + OWNER_WAIT);
        vm.prank(owner);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(owner.balance, left);
        c = trainer.contribution(key);
        assertEq(c.numClaims, MAX);
        assertEq(c.claimable, 0);
        assertEq(address(trainer).balance, 0);
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(dave);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_numClaims_saturatedAnyAddressAndAuthorTakes() public {
        _reporters();
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, alice, _one(F_NEG), 1);
        (bytes32 key2, uint256 time2, uint256 deposit2) = _add(trainer, alice, _one(F_ZERO), 1);
        assertEq(time2, time);
        vm.warp(time + REFUND_WAIT);
        uint256 share = _report(dave, time);
        assertEq(share, deposit / 2);
        _setNumClaims(key, MAX);
        _setNumClaims(key2, MAX);

        // After anyAddressClaimWait anyone, the author included, takes what is left of a saturated contribution.
        vm.warp(time + ANY_WAIT);
        assertEq(_report(carol, time), deposit - share);
        assertEq(trainer.contribution(key).numClaims, MAX);
        assertEq(trainer.contribution(key).claimable, 0);

        vm.prank(alice);
        trainer.report(_one(F_ZERO), 1, time2, alice);
        assertEq(alice.balance, deposit2);
        assertEq(trainer.contribution(key2).numClaims, MAX);
        assertEq(trainer.contribution(key2).claimable, 0);
        assertEq(address(trainer).balance, 0);
    }

    function test_numClaims_saturatedRefundStillPays() public {
        _reporters();
        // Alice adds [F_FLIP] labelled 1 while the model agrees; Dave teaches it the opposite, Bob reports.
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, alice, _one(F_FLIP), 1);
        _add(trainer, dave, _one(F_FLIP), 0);
        vm.warp(time + REFUND_WAIT);
        uint256 taken = _reportFlip(bob, time);
        assertEq(taken, deposit / 4);
        // As if 65535 reporters had taken shares; then the model comes round to Alice's label.
        _setNumClaims(key, MAX);
        assertTrue(trainer.hasReported(key, bob));
        _add(trainer, carol, _one(F_FLIP), 1);
        assertEq(trainer.predict(_one(F_FLIP)), 1);
        uint256 goodBefore = trainer.totalGood();
        bytes32 slot = _slotOf(key);
        assertTrue(vm.load(address(trainer), slot) != bytes32(0));

        vm.expectEmit(address(trainer));
        emit Trainer.Refund(alice, key, deposit - taken);
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        assertEq(alice.balance, deposit - taken);
        // The refund cleared the saturated record, counter and all: its storage word is zero again.
        assertEq(vm.load(address(trainer), slot), bytes32(0), "the record's word is cleared");
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.numClaims, 0);
        assertEq(c.claimable, 0);
        assertEq(c.id, 0);
        assertFalse(trainer.hasReported(key, bob));
        assertFalse(trainer.hasReported(key, alice));
        assertEq(trainer.numGood(alice), 1);
        assertEq(trainer.totalGood(), goodBefore + 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        vm.warp(time + ANY_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(carol);
        trainer.report(_one(F_FLIP), 1, time, alice);
    }

    /// @dev An unreported refund clears the word as well (and a reported one, above): nothing of the record stays
    /// in storage, where a stale word would be read back as a live contribution.
    function testFuzz_refund_zeroesTheStorageWord(uint16 numClaims) public {
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, alice, _one(F_POS), 1);
        _setNumClaims(key, numClaims);
        bytes32 slot = _slotOf(key);
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(alice.balance, deposit);
        assertEq(vm.load(address(trainer), slot), bytes32(0));
        assertEq(address(trainer).balance, 0);
    }

    function _reportFlip(address who, uint256 time) internal returns (uint256 got) {
        uint256 before = who.balance;
        vm.prank(who);
        trainer.report(_one(F_FLIP), 1, time, alice);
        got = who.balance - before;
    }

    /// @dev The real thing, once: 65535 reporters and one more account (the whale) validate one contribution
    /// each, so totalGood is 65536 and a report takes deposit / 65536; after 65535 real reports the count is
    /// saturated, and the whale's report, the owner's take and the any-address take all still work. Gas metering
    /// is paused: the setup alone is far beyond a block.
    function test_numClaims_saturatesAfter65535RealReports() public {
        uint256 reporters = MAX;
        address whale = makeAddr("whale");
        vm.pauseGasMetering();
        uint256 cost = trainer.nextAddDataCost();
        int64[] memory good = _one(F_POS);
        for (uint256 i; i <= reporters; ++i) {
            address who = i == reporters ? whale : address(uint160(0x100000 + i));
            vm.deal(who, cost);
            vm.prank(who);
            trainer.addData{value: cost}(good, 1);
        }
        uint256 time = T0 + REFUND_WAIT;
        vm.warp(time);
        for (uint256 i; i <= reporters; ++i) {
            vm.prank(i == reporters ? whale : address(uint160(0x100000 + i)));
            trainer.refund(good, 1, T0);
        }
        assertEq(trainer.totalGood(), reporters + 1);
        (bytes32 key,, uint256 deposit) = _add(trainer, alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        uint256 share = deposit / (reporters + 1);
        assertGt(share, 0);
        for (uint256 i; i < reporters; ++i) {
            vm.prank(address(uint160(0x100000 + i)));
            trainer.report(_one(F_NEG), 1, time, alice);
        }
        vm.resumeGasMetering();

        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.numClaims, MAX);
        assertEq(c.claimable, deposit - reporters * share);
        // The 65536th claim: the whale's own share.
        uint256 whaleBefore = whale.balance;
        vm.prank(whale);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(whale.balance - whaleBefore, share);
        c = trainer.contribution(key);
        assertEq(c.numClaims, MAX);
        uint256 left = deposit - (reporters + 1) * share;
        assertEq(c.claimable, left);
        assertEq(address(trainer).balance, left);
        // And the owner takes what is left: nothing stuck.
        vm.warp(time + OWNER_WAIT);
        vm.prank(owner);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(owner.balance, left);
        assertEq(address(trainer).balance, 0);
        assertEq(trainer.contribution(key).numClaims, MAX);
    }

    /// @dev From any claim count, two more claims count up to 65535 and no further, and pay as usual.
    function testFuzz_numClaims_countsSaturating(uint16 start) public {
        _reporters();
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        _setNumClaims(key, start);
        assertEq(_report(bob, time), deposit / 4);
        uint256 once = uint256(start) + 1 > MAX ? MAX : uint256(start) + 1;
        assertEq(trainer.contribution(key).numClaims, once);
        vm.warp(time + OWNER_WAIT);
        vm.prank(owner);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(owner.balance, deposit - deposit / 4);
        uint256 twice = uint256(start) + 2 > MAX ? MAX : uint256(start) + 2;
        assertEq(trainer.contribution(key).numClaims, twice);
        assertEq(address(trainer).balance, 0);
    }
}
