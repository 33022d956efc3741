// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {Arr} from "../models/Arr.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";
import {EtherRejecter} from "./EtherRejecter.sol";

/// @notice Fuzz tests of the Deposit-Refund-Take deposit formula and of refund and report accounting.
contract DepositRefundTakeFuzzTest is TrainerTestBase {
    uint32 internal constant REFUND_WAIT = 1 days;
    uint32 internal constant OWNER_WAIT = 30 days;
    uint32 internal constant ANY_WAIT = 60 days;
    uint256 internal constant MAX_COST_WEIGHT = uint256(type(uint96).max) / 3600;
    uint256 internal constant MAX_ELAPSED = 100 * 365 days;

    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public {
        vm.warp(T0);
    }

    function _deploy(uint256 costWeight) internal returns (DepositRefundTake t) {
        SparsePerceptron m = _newModelForNextOf(owner);
        vm.prank(owner);
        t = new DepositRefundTake(m, "n", "d", "e", REFUND_WAIT, OWNER_WAIT, ANY_WAIT, costWeight);
        assertTrue(m.isSealed());
    }

    /// @dev A trainer over a model with 2^63 - 1 features, so that any int64 from 0 to 2^63 - 2 is a valid sample entry.
    function _deployWide() internal returns (DepositRefundTake t) {
        SparsePerceptron m = new SparsePerceptron(
            vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1),
            _names(),
            type(uint64).max >> 1,
            16,
            0,
            1e9,
            0,
            0,
            new uint256[](0)
        );
        t = new DepositRefundTake(m, "n", "d", "e", REFUND_WAIT, OWNER_WAIT, ANY_WAIT, 1e12);
    }

    /// @dev The key the trainer hashes from calldata words is the documented packed hash, for any clean data.
    function testFuzz_contributionKey_equalsPackedHash(int64[] calldata data, uint64 label, uint256 time, address who)
        public
    {
        DepositRefundTake t = _deploy(1);
        assertEq(t.contributionKey(data, label, time, who), keccak256(abi.encodePacked(data, label, time, who)));
    }

    /// @dev addData stores under the packed-hash key and emits the sample as 8 big-endian bytes an entry,
    /// whatever the entries (any int64 from 0 to 2^62 on the wide model).
    function testFuzz_addData_keyAndPackedEvent(uint64[] memory raw, uint64 label, uint256 elapsed) public {
        vm.assume(raw.length <= 16);
        label = label % 2;
        elapsed = bound(elapsed, 0, MAX_ELAPSED);
        DepositRefundTake t = _deployWide();
        int64[] memory data = new int64[](raw.length);
        for (uint256 i; i < raw.length; ++i) {
            data[i] = int64(raw[i] >> 2);
        }
        data = Arr.sortedUnique(data); // the form every model takes
        bytes memory viaEncodePacked;
        for (uint256 i; i < data.length; ++i) {
            viaEncodePacked = abi.encodePacked(viaEncodePacked, data[i]);
        }
        assertEq(_packed(data), viaEncodePacked, "two independent packings agree");
        vm.warp(T0 + elapsed);
        uint256 time = vm.getBlockTimestamp();
        uint256 deposit = t.nextAddDataCost();
        vm.deal(alice, deposit);
        vm.expectEmit(address(t));
        emit Trainer.AddData(alice, label, time, deposit, _packed(data));
        vm.prank(alice);
        t.addData{value: deposit}(data, label);
        bytes32 key = keccak256(abi.encodePacked(data, label, time, alice));
        assertEq(t.contributionKey(data, label, time, alice), key);
        Trainer.Contribution memory c = t.contribution(key);
        assertEq(c.id, 1);
        assertEq(c.deposit, deposit);
    }

    /// @dev A calldata word that is not a feature index of the model (a dirty, negative or too large entry) is
    /// refused by the model the trainer forwards it to, and nothing is stored or taken.
    function testFuzz_addData_rejectsBadWord(uint256 word, uint256 position) public {
        vm.assume(word >= NUM_FEATURES);
        DepositRefundTake t = _deploy(1e12);
        int64[] memory data = _repeat(F_POS, 3);
        position = bound(position, 0, 2);
        bytes memory callData = abi.encodeCall(Trainer.addData, (data, 1));
        // Layout: selector, offset, label, length, then the entries.
        uint256 offset = 4 + 32 * 3 + 32 * position;
        assembly ("memory-safe") {
            mstore(add(add(callData, 32), offset), word)
        }
        uint256 deposit = t.nextAddDataCost();
        vm.deal(alice, deposit);
        vm.prank(alice);
        (bool ok, bytes memory ret) = address(t).call{value: deposit}(callData);
        assertFalse(ok);
        assertEq(
            ret,
            abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(int256(word)), uint256(NUM_FEATURES))
        );
        assertEq(t.numContributions(), 0);
        assertEq(alice.balance, deposit);
        assertEq(address(t).balance, 0);
    }

    function testFuzz_isqrtRef_isFloorOfSquareRoot(uint256 x) public pure {
        uint256 r = _isqrtRef(x);
        assertLe(r * r, x);
        if (r < type(uint128).max) assertGt((r + 1) * (r + 1), x);
    }

    function testFuzz_nextAddDataCost_matchesFormula(uint256 costWeight, uint256 elapsed) public {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        elapsed = bound(elapsed, 0, MAX_ELAPSED);
        DepositRefundTake t = _deploy(costWeight);
        vm.warp(T0 + elapsed);
        assertEq(t.nextAddDataCost(), _expectedDeposit(costWeight, elapsed));
    }

    /// @dev Over every elapsed time a uint40 clock can hold (2^40 s, some 35,000 years), addData takes exactly
    /// the deposit the independent isqrt gives, and nextAddDataCost agrees. Deployed at time 1 so that every
    /// block time stays inside the 40 bits the trainer stores.
    function testFuzz_addData_depositMatchesFormulaUpTo2Pow40(uint256 costWeight, uint256 elapsed) public {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        elapsed = bound(elapsed, 0, (uint256(1) << 40) - 2);
        vm.warp(1);
        DepositRefundTake t = _deploy(costWeight);
        assertEq(t.lastAddTime(), 1);
        vm.warp(1 + elapsed);
        uint256 deposit = _expectedDeposit(costWeight, elapsed);
        assertEq(t.nextAddDataCost(), deposit);
        vm.deal(alice, deposit);
        if (deposit > 0) {
            vm.expectRevert(abi.encodeWithSelector(Trainer.DepositTooLow.selector, deposit, deposit - 1));
            vm.prank(alice);
            t.addData{value: deposit - 1}(_one(F_POS), 1);
        }
        vm.prank(alice);
        t.addData{value: deposit}(_one(F_POS), 1);
        assertEq(t.contribution(t.contributionKey(_one(F_POS), 1, 1 + elapsed, alice)).deposit, deposit);
        assertEq(t.lastAddTime(), 1 + elapsed);
        assertEq(address(t).balance, deposit);
    }

    /// @dev The square root's hard cases: elapsed times next to perfect squares, k^2 - 1, k^2 and k^2 + 1, for
    /// every root below 2^32 (elapsed below 2^64, where the constant-step root is used). With the largest cost
    /// weight the numerator is about 2^96, so a root off by one changes the deposit.
    function testFuzz_nextAddDataCost_nearPerfectSquares(uint256 k, uint256 offset) public {
        k = bound(k, 1, (uint256(1) << 32) - 1);
        offset = bound(offset, 0, 2);
        uint256 elapsed = k * k + offset - 1;
        DepositRefundTake t = _deploy(MAX_COST_WEIGHT);
        vm.warp(T0 + elapsed);
        uint256 got = t.nextAddDataCost();
        assertEq(got, _expectedDeposit(MAX_COST_WEIGHT, elapsed));
        uint256 root = offset == 0 ? k - 1 : k;
        assertEq(got, MAX_COST_WEIGHT * 3600 / (root == 0 ? 1 : root));
    }

    /// @dev Any elapsed time at all, past 2^64 too (where the general square root takes over): the view always
    /// matches the formula.
    function testFuzz_nextAddDataCost_anyElapsed(uint256 costWeight, uint256 elapsed) public {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        elapsed = bound(elapsed, 0, type(uint256).max - T0);
        DepositRefundTake t = _deploy(costWeight);
        vm.warp(T0 + elapsed);
        assertEq(t.nextAddDataCost(), _expectedDeposit(costWeight, elapsed));
    }

    /// @dev Every elapsed time up to 5000 s, the edges of every power of two up to 2^80, around the squares
    /// (2^l + 1)^2 for l up to 40, and the edges of 2^64 (where the root switches to the general one), against
    /// the independent isqrt.
    function test_nextAddDataCost_edges() public {
        DepositRefundTake t = _deploy(MAX_COST_WEIGHT);
        for (uint256 e; e <= 5000; ++e) {
            _checkCostAt(t, e);
        }
        for (uint256 l = 1; l <= 80; ++l) {
            _checkCostAt(t, (uint256(1) << l) - 1);
            _checkCostAt(t, uint256(1) << l);
            _checkCostAt(t, (uint256(1) << l) + 1);
        }
        for (uint256 l = 1; l <= 40; ++l) {
            uint256 sq = uint256(1) << (2 * l);
            _checkCostAt(t, sq - 1);
            _checkCostAt(t, sq + (uint256(1) << (l + 1)));
            _checkCostAt(t, sq + (uint256(1) << (l + 1)) + 1);
        }
        _checkCostAt(t, type(uint64).max);
        _checkCostAt(t, uint256(type(uint64).max) + 1);
        _checkCostAt(t, uint256(type(uint32).max) * type(uint32).max);
    }

    function _checkCostAt(DepositRefundTake t, uint256 elapsed) internal {
        vm.warp(T0 + elapsed);
        assertEq(t.nextAddDataCost(), _expectedDeposit(MAX_COST_WEIGHT, elapsed), vm.toString(elapsed));
    }

    function testFuzz_nextAddDataCost_measuredFromLastAddition(uint256 costWeight, uint256 first, uint256 second)
        public
    {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        first = bound(first, 0, MAX_ELAPSED);
        second = bound(second, 0, MAX_ELAPSED);
        DepositRefundTake t = _deploy(costWeight);
        vm.warp(T0 + first);
        _add(t, alice, _one(F_POS), 1);
        vm.warp(T0 + first + second);
        assertEq(t.nextAddDataCost(), _expectedDeposit(costWeight, second));
    }

    function testFuzz_addData_takesExactDepositAndReturnsExcess(uint256 costWeight, uint256 elapsed, uint256 extra)
        public
    {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        elapsed = bound(elapsed, 0, MAX_ELAPSED);
        extra = bound(extra, 0, 1e30);
        DepositRefundTake t = _deploy(costWeight);
        vm.warp(T0 + elapsed);
        uint256 deposit = _expectedDeposit(costWeight, elapsed);
        vm.deal(alice, deposit + extra);

        if (deposit > 0) {
            vm.expectRevert(abi.encodeWithSelector(Trainer.DepositTooLow.selector, deposit, deposit - 1));
            vm.prank(alice);
            t.addData{value: deposit - 1}(_one(F_POS), 1);
        }

        vm.expectEmit(address(t));
        emit Trainer.AddData(alice, 1, T0 + elapsed, deposit, _packed(_one(F_POS)));
        vm.prank(alice);
        t.addData{value: deposit + extra}(_one(F_POS), 1);

        assertEq(alice.balance, extra, "the excess comes back exactly");
        assertEq(address(t).balance, deposit, "the trainer keeps exactly the deposit");
        Trainer.Contribution memory c = t.contribution(t.contributionKey(_one(F_POS), 1, T0 + elapsed, alice));
        assertEq(c.deposit, deposit);
        assertEq(c.claimable, deposit);
        assertEq(t.pendingWithdrawals(alice), 0);
    }

    function testFuzz_addData_excessToRejecterIsPendingExactly(uint256 costWeight, uint256 elapsed, uint256 extra)
        public
    {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        elapsed = bound(elapsed, 0, MAX_ELAPSED);
        extra = bound(extra, 0, 1e30);
        DepositRefundTake t = _deploy(costWeight);
        EtherRejecter rejecter = new EtherRejecter();
        vm.warp(T0 + elapsed);
        uint256 deposit = _expectedDeposit(costWeight, elapsed);
        vm.deal(address(rejecter), deposit + extra);
        vm.prank(address(rejecter));
        t.addData{value: deposit + extra}(_one(F_POS), 1);
        assertEq(t.pendingWithdrawals(address(rejecter)), extra);
        assertEq(address(t).balance, deposit + extra);
        if (extra > 0) {
            vm.prank(address(rejecter));
            t.withdraw(payable(carol));
            assertEq(carol.balance, extra);
        }
        assertEq(address(t).balance, deposit);
    }

    function testFuzz_refund_accounting(uint256 costWeight, uint256 elapsed, uint256 extra, uint256 wait) public {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        elapsed = bound(elapsed, 0, MAX_ELAPSED);
        extra = bound(extra, 0, 1e30);
        wait = bound(wait, 0, 2 * uint256(ANY_WAIT));
        DepositRefundTake t = _deploy(costWeight);
        vm.warp(T0 + elapsed);
        uint256 time = T0 + elapsed;
        uint256 deposit = _expectedDeposit(costWeight, elapsed);
        vm.deal(alice, deposit + extra);
        vm.prank(alice);
        t.addData{value: deposit + extra}(_one(F_POS), 1);
        bytes32 key = t.contributionKey(_one(F_POS), 1, time, alice);

        vm.warp(time + wait);
        if (wait < REFUND_WAIT) {
            vm.expectRevert(abi.encodeWithSelector(Trainer.TooEarly.selector, key, time + REFUND_WAIT));
            vm.prank(alice);
            t.refund(_one(F_POS), 1, time);
            assertEq(address(t).balance, deposit);
            assertEq(t.contribution(key).claimable, deposit);
            return;
        }
        vm.expectEmit(address(t));
        emit Trainer.Refund(alice, key, deposit);
        vm.prank(alice);
        t.refund(_one(F_POS), 1, time);

        assertEq(alice.balance, deposit + extra, "the author ends where it started");
        assertEq(address(t).balance, 0);
        // The refund settled the contribution and cleared its record.
        Trainer.Contribution memory c = t.contribution(key);
        assertEq(c.id, 0);
        assertEq(c.deposit, 0);
        assertEq(c.claimable, 0);
        assertEq(c.numClaims, 0);
        assertEq(t.numGood(alice), 1);
        assertEq(t.totalGood(), 1);
        // Refunded once only, whenever the author tries again.
        vm.warp(time + wait + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        t.refund(_one(F_POS), 1, time);
        assertEq(alice.balance, deposit + extra);
        assertEq(t.numGood(alice), 1);
    }

    /// @dev Whatever reports took first, the refund pays exactly what is left and clears the record; after it
    /// every report of the contribution, by anyone at any time, finds no contribution.
    function testFuzz_refund_afterReportsPaysRestAndClears(
        uint256 costWeight,
        uint256 bobGood,
        uint256 carolGood,
        bool carolReports,
        uint256 later
    ) public {
        costWeight = bound(costWeight, 1, MAX_COST_WEIGHT);
        bobGood = bound(bobGood, 1, 4);
        carolGood = bound(carolGood, 1, 4);
        later = bound(later, 0, 2 * uint256(ANY_WAIT));
        DepositRefundTake t = _deploy(costWeight);
        _makeGood(t, bob, bobGood, REFUND_WAIT);
        _makeGood(t, carol, carolGood, REFUND_WAIT);
        // Alice adds [F_FLIP] labelled 1 while the model agrees; Bob's sample turns the model against it.
        uint256 time = vm.getBlockTimestamp();
        uint256 deposit = t.nextAddDataCost();
        vm.deal(alice, deposit);
        vm.prank(alice);
        t.addData{value: deposit}(_one(F_FLIP), 1);
        bytes32 key = t.contributionKey(_one(F_FLIP), 1, time, alice);
        (,, uint256 bobDeposit) = _add(t, bob, _one(F_FLIP), 0);
        vm.warp(time + REFUND_WAIT);
        uint256 paid = _reportFlip(t, bob, time);
        uint256 reports = 1;
        if (carolReports && t.contribution(key).claimable > 0) {
            paid += _reportFlip(t, carol, time);
            reports++;
        }
        uint256 left = deposit - paid;
        assertEq(t.contribution(key).claimable, left);
        assertEq(t.contribution(key).numClaims, reports, "numClaims counts the reports");

        // Carol's sample turns the model back, and Alice takes the rest.
        (,, uint256 carolDeposit) = _add(t, carol, _one(F_FLIP), 1);
        uint256 held = address(t).balance;
        vm.warp(time + REFUND_WAIT + later);
        if (left == 0) {
            vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
            vm.prank(alice);
            t.refund(_one(F_FLIP), 1, time);
            return;
        }
        uint256 balanceBefore = address(t).balance;
        vm.expectEmit(address(t));
        emit Trainer.Refund(alice, key, left);
        vm.prank(alice);
        t.refund(_one(F_FLIP), 1, time);
        assertEq(alice.balance, left);
        assertEq(balanceBefore - address(t).balance, left);
        assertEq(address(t).balance, held - left);
        assertEq(address(t).balance, bobDeposit + carolDeposit, "only Bob's and Carol's deposits stay");
        Trainer.Contribution memory c = t.contribution(key);
        assertEq(c.id, 0);
        assertEq(c.deposit, 0);
        assertEq(c.claimable, 0);
        assertEq(c.numClaims, 0);
        assertFalse(t.hasReported(key, bob));
        assertFalse(t.hasReported(key, carol));

        address[4] memory who = [bob, carol, owner, alice];
        for (uint256 i; i < who.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
            vm.prank(who[i]);
            t.report(_one(F_FLIP), 1, time, alice);
        }
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        t.refund(_one(F_FLIP), 1, time);
    }

    function _reportFlip(DepositRefundTake t, address who, uint256 time) internal returns (uint256 got) {
        uint256 before = who.balance;
        vm.prank(who);
        t.report(_one(F_FLIP), 1, time, alice);
        got = who.balance - before;
    }

    struct ReportCase {
        uint256 costWeight;
        uint256 elapsed;
        uint256 bobGood;
        uint256 carolGood;
        uint256 wait;
    }

    function testFuzz_report_accounting(
        uint256 costWeight,
        uint256 elapsed,
        uint256 bobGood,
        uint256 carolGood,
        uint256 wait,
        uint256 extra
    ) public {
        ReportCase memory rc = ReportCase({
            costWeight: bound(costWeight, 1, MAX_COST_WEIGHT),
            elapsed: bound(elapsed, 0, MAX_ELAPSED),
            bobGood: bound(bobGood, 1, 4),
            carolGood: bound(carolGood, 0, 4),
            wait: bound(wait, REFUND_WAIT, OWNER_WAIT - 1)
        });
        extra = bound(extra, 0, 1e30);
        DepositRefundTake t = _deploy(rc.costWeight);
        _makeGood(t, bob, rc.bobGood, REFUND_WAIT);
        if (rc.carolGood > 0) _makeGood(t, carol, rc.carolGood, REFUND_WAIT);
        uint256 total = rc.bobGood + rc.carolGood;
        assertEq(t.totalGood(), total);
        assertEq(address(t).balance, 0);

        // Alice adds a sample the model will keep disagreeing with.
        uint256 time = t.lastAddTime() + rc.elapsed;
        vm.warp(time);
        uint256 deposit = _expectedDeposit(rc.costWeight, rc.elapsed);
        vm.deal(alice, deposit + extra);
        vm.prank(alice);
        t.addData{value: deposit + extra}(_one(F_NEG), 1);
        assertEq(alice.balance, extra);
        bytes32 key = t.contributionKey(_one(F_NEG), 1, time, alice);
        vm.warp(time + rc.wait);

        if (deposit == 0) {
            vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
            vm.prank(bob);
            t.report(_one(F_NEG), 1, time, alice);
            return;
        }

        uint256 paid = _reportAndCheck(t, key, bob, time, deposit, rc.bobGood, total);
        if (rc.carolGood > 0 && t.contribution(key).claimable > 0) {
            paid += _reportAndCheck(t, key, carol, time, deposit, rc.carolGood, total);
        }
        uint256 left = t.contribution(key).claimable;
        assertEq(paid + left, deposit, "reports never pay more than the deposit");
        assertEq(address(t).balance, left);

        // The owner takes what is left; the contract ends empty.
        vm.warp(time + OWNER_WAIT);
        if (left > 0) {
            uint256 ownerBefore = owner.balance;
            vm.prank(owner);
            t.report(_one(F_NEG), 1, time, alice);
            assertEq(owner.balance - ownerBefore, left);
        } else {
            vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
            vm.prank(owner);
            t.report(_one(F_NEG), 1, time, alice);
        }
        assertEq(address(t).balance, 0);
        assertEq(t.contribution(key).claimable, 0);
    }

    function _reportAndCheck(
        DepositRefundTake t,
        bytes32 key,
        address reporter,
        uint256 time,
        uint256 deposit,
        uint256 good,
        uint256 total
    ) internal returns (uint256 amount) {
        uint256 claimable = t.contribution(key).claimable;
        amount = deposit * good / total;
        if (amount == 0 || amount > claimable) amount = claimable;
        uint256 before = reporter.balance;
        uint256 contractBefore = address(t).balance;
        vm.expectEmit(address(t));
        emit Trainer.Report(key, reporter, alice, amount);
        vm.prank(reporter);
        t.report(_one(F_NEG), 1, time, alice);
        assertEq(reporter.balance - before, amount, "the reporter gets its share");
        assertEq(contractBefore - address(t).balance, amount);
        assertEq(t.contribution(key).claimable, claimable - amount);
        assertTrue(t.hasReported(key, reporter));
        assertFalse(t.hasReported(key, alice));
        // Reporting again is refused: for the double report, or because nothing is left.
        if (claimable == amount) {
            vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        } else {
            vm.expectRevert(abi.encodeWithSelector(Trainer.AlreadyReported.selector, key, reporter));
        }
        vm.prank(reporter);
        t.report(_one(F_NEG), 1, time, alice);
    }
}
