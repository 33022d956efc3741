// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {Points} from "../../src/trainers/Points.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";
import {EtherRejecter} from "./EtherRejecter.sol";

/// @notice addDataBatch against its definition: the same as addData for each sample in turn within one block.
/// Each test that compares runs the single adds, snapshots what they left, rolls the chain back and runs the
/// batch, so both start from the same state and the same block.
contract AddDataBatchTest is TrainerTestBase {
    uint32 internal constant REFUND_WAIT = 1 days;
    uint32 internal constant OWNER_WAIT = 30 days;
    uint32 internal constant ANY_WAIT = 60 days;
    uint256 internal constant COST_WEIGHT = 1e12;
    /// @dev What a sample added in the same second as the last one deposits: costWeight * 3600 / 1.
    uint256 internal constant SAME_SECOND = COST_WEIGHT * 3600;

    SparsePerceptron internal model;
    DepositRefundTake internal trainer;
    SparsePerceptron internal pointsModel;
    Points internal points;

    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    /// @dev Everything addData leaves behind that a batch must leave the same.
    struct Outcome {
        bytes32[] keys;
        Trainer.Contribution[] records;
        Vm.Log[] logs;
        int256[] weights;
        uint256 numContributions;
        uint256 lastAddTime;
        uint256 trainerBalance;
        uint256 senderBalance;
        uint256 senderPending;
    }

    function setUp() public {
        vm.warp(T0);
        model = _newModelForNextOf(owner);
        vm.prank(owner);
        trainer = new DepositRefundTake(
            model, "Sentiment", "Positive or negative", "vocab-v1", REFUND_WAIT, OWNER_WAIT, ANY_WAIT, COST_WEIGHT
        );
        pointsModel = _newModelForNextOf(owner);
        vm.prank(owner);
        points = new Points(pointsModel, "Points", "Free data", "vocab-v1", REFUND_WAIT);
        // Some time since deployment, so that the first sample's deposit differs from the rest's.
        vm.warp(T0 + 400);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Samples
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Four samples whose outcome depends on their order: the first teaches F_FLIP towards 0, so the third,
    /// which lists F_FLIP with label 1, finds the model disagreeing and teaches it back; the second agrees and
    /// the fourth disagrees without moving the prediction.
    function _orderedSamples() internal pure returns (int64[][] memory data, uint64[] memory labels) {
        data = new int64[][](4);
        labels = new uint64[](4);
        (data[0], labels[0]) = (_one(F_FLIP), 0);
        (data[1], labels[1]) = (_one(F_POS), 1);
        (data[2], labels[2]) = (_repeat(F_FLIP, 2), 1);
        (data[3], labels[3]) = (_one(F_NEG), 1);
    }

    /// @dev `size` distinct (sample, label) pairs drawn from `seed`: each sample a non-empty subset of the 8
    /// features, strictly increasing. 255 subsets times 2 labels leave room for any batch up to MAX_BATCH_SIZE.
    function _randomSamples(uint256 seed, uint256 size)
        internal
        pure
        returns (int64[][] memory data, uint64[] memory labels)
    {
        data = new int64[][](size);
        labels = new uint64[](size);
        bool[510] memory used;
        for (uint256 i; i < size; ++i) {
            uint256 pick = uint256(keccak256(abi.encode(seed, i))) % 510;
            while (used[pick]) {
                pick = (pick + 1) % 510;
            }
            used[pick] = true;
            uint256 mask = pick / 2 + 1;
            labels[i] = uint64(pick % 2);
            uint256 n;
            for (uint256 f; f < NUM_FEATURES; ++f) {
                if (mask & (1 << f) != 0) ++n;
            }
            data[i] = new int64[](n);
            n = 0;
            for (uint256 f; f < NUM_FEATURES; ++f) {
                if (mask & (1 << f) != 0) data[i][n++] = int64(int256(f));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Running both ways
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Adds each sample with addData as `who`, each sending exactly what it requires plus `extra` on the last.
    function _addEach(Trainer t, address who, int64[][] memory data, uint64[] memory labels, uint256 extra)
        internal
        returns (Outcome memory o)
    {
        vm.recordLogs();
        for (uint256 i; i < data.length; ++i) {
            uint256 value = t.nextAddDataCost() + (i == data.length - 1 ? extra : 0);
            vm.prank(who);
            t.addData{value: value}(data[i], labels[i]);
        }
        o = _outcome(t, who, data, labels);
    }

    function _addBatch(Trainer t, address who, int64[][] memory data, uint64[] memory labels, uint256 extra)
        internal
        returns (Outcome memory o)
    {
        uint256 value = t.nextAddDataCostOfBatch(data.length) + extra;
        vm.recordLogs();
        vm.prank(who);
        t.addDataBatch{value: value}(data, labels);
        o = _outcome(t, who, data, labels);
    }

    function _outcome(Trainer t, address who, int64[][] memory data, uint64[] memory labels)
        internal
        returns (Outcome memory o)
    {
        o.logs = vm.getRecordedLogs();
        o.keys = new bytes32[](data.length);
        o.records = new Trainer.Contribution[](data.length);
        for (uint256 i; i < data.length; ++i) {
            o.keys[i] = t.contributionKey(data[i], labels[i], vm.getBlockTimestamp(), who);
            o.records[i] = t.contribution(o.keys[i]);
        }
        SparsePerceptron m = SparsePerceptron(address(t.model()));
        o.weights = new int256[](NUM_FEATURES);
        for (uint256 f; f < NUM_FEATURES; ++f) {
            o.weights[f] = m.weight(f);
        }
        o.numContributions = t.numContributions();
        o.lastAddTime = t.lastAddTime();
        o.trainerBalance = address(t).balance;
        o.senderBalance = who.balance;
        o.senderPending = t.pendingWithdrawals(who);
    }

    /// @dev The single adds' outcome and the batch's, from the same starting state; `who` holds `funds`.
    function _bothWays(Trainer t, address who, uint256 funds, int64[][] memory data, uint64[] memory labels)
        internal
        returns (Outcome memory each, Outcome memory batch)
    {
        vm.deal(who, funds);
        uint256 start = vm.snapshotState();
        each = _addEach(t, who, data, labels, 0);
        assertTrue(vm.revertToState(start));
        batch = _addBatch(t, who, data, labels, 0);
    }

    function _assertSame(Outcome memory each, Outcome memory batch) internal pure {
        assertEq(batch.keys.length, each.keys.length, "samples");
        for (uint256 i; i < each.keys.length; ++i) {
            assertEq(batch.keys[i], each.keys[i], "key");
            assertNotEq(each.records[i].id, 0, "every sample has a record");
            assertEq(batch.records[i].id, each.records[i].id, "id");
            assertEq(batch.records[i].deposit, each.records[i].deposit, "deposit");
            assertEq(batch.records[i].claimable, each.records[i].claimable, "claimable");
            assertEq(batch.records[i].numClaims, each.records[i].numClaims, "numClaims");
        }
        assertEq(batch.logs.length, each.logs.length, "events");
        for (uint256 i; i < each.logs.length; ++i) {
            assertEq(batch.logs[i].emitter, each.logs[i].emitter, "event emitter");
            assertEq(batch.logs[i].topics, each.logs[i].topics, "event topics");
            assertEq(batch.logs[i].data, each.logs[i].data, "event data");
        }
        assertEq(batch.weights, each.weights, "model weights");
        assertEq(batch.numContributions, each.numContributions, "numContributions");
        assertEq(batch.lastAddTime, each.lastAddTime, "lastAddTime");
        assertEq(batch.trainerBalance, each.trainerBalance, "deposits held");
        assertEq(batch.senderBalance, each.senderBalance, "sender's balance");
        assertEq(batch.senderPending, each.senderPending, "sender's pending");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Equal to single adds
    // ---------------------------------------------------------------------------------------------------------

    function test_addDataBatch_equalsSingleAddsInOneBlock() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        (Outcome memory each, Outcome memory batch) = _bothWays(trainer, alice, 1 ether, data, labels);
        _assertSame(each, batch);
        // The order mattered: F_FLIP went to -1 + 1e-9 and back to 1e-9; F_NEG moved by one step.
        assertEq(batch.weights[uint64(F_FLIP)], 1);
        assertEq(batch.weights[uint64(F_NEG)], -STRONG + LEARNING_RATE);
        assertEq(batch.weights[uint64(F_ZERO)], LEARNING_RATE, "taught by the third sample only");
        // The first pays for the 400 s since deployment, each later one for none, as single adds in one block.
        assertEq(batch.records[0].deposit, _expectedDeposit(COST_WEIGHT, 400));
        for (uint256 i = 1; i < 4; ++i) {
            assertEq(batch.records[i].deposit, SAME_SECOND);
            assertEq(batch.records[i].id, i + 1);
        }
        assertEq(batch.logs.length, 4, "one AddData each, nothing else");
        assertEq(batch.logs[2].topics[0], Trainer.AddData.selector);
        assertEq(batch.logs[2].topics[1], bytes32(uint256(uint160(alice))));
        assertEq(
            batch.logs[2].data, abi.encode(uint64(1), T0 + 400, SAME_SECOND, _packed(_repeat(F_FLIP, 2))), "sample 2"
        );
        assertEq(batch.lastAddTime, T0 + 400);
        assertEq(batch.trainerBalance, _expectedDeposit(COST_WEIGHT, 400) + 3 * SAME_SECOND);
    }

    function test_addDataBatch_pointsEqualsSingleAdds() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        (Outcome memory each, Outcome memory batch) = _bothWays(points, alice, 0, data, labels);
        _assertSame(each, batch);
        assertEq(batch.records[3].deposit, 0);
        assertEq(batch.numContributions, 4);
    }

    function test_addDataBatch_afterSingleAddInSameBlockPaysSameSecond() public {
        _add(trainer, bob, _one(F_POS), 1);
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        assertEq(trainer.nextAddDataCostOfBatch(4), 4 * SAME_SECOND);
        (Outcome memory each, Outcome memory batch) = _bothWays(trainer, alice, 1 ether, data, labels);
        _assertSame(each, batch);
        assertEq(batch.records[0].deposit, SAME_SECOND);
        assertEq(batch.records[0].id, 2, "ids run on from the single add");
    }

    function test_addDataBatch_ofOneEqualsAddData() public {
        int64[][] memory data = new int64[][](1);
        uint64[] memory labels = new uint64[](1);
        (data[0], labels[0]) = (_one(F_NEG), 1);
        (Outcome memory each, Outcome memory batch) = _bothWays(trainer, alice, 1 ether, data, labels);
        _assertSame(each, batch);
        assertEq(batch.records[0].deposit, _expectedDeposit(COST_WEIGHT, 400));
    }

    function test_addDataBatch_maxBatchSucceeds() public {
        uint256 max = trainer.MAX_BATCH_SIZE();
        assertEq(max, 100);
        (int64[][] memory data, uint64[] memory labels) = _randomSamples(7, max);
        (Outcome memory each, Outcome memory batch) = _bothWays(trainer, alice, 1000 ether, data, labels);
        _assertSame(each, batch);
        assertEq(batch.numContributions, max);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deposits and excess
    // ---------------------------------------------------------------------------------------------------------

    function test_nextAddDataCostOfBatch_firstAtElapsedRestAtSameSecond() public {
        assertEq(trainer.nextAddDataCostOfBatch(1), trainer.nextAddDataCost());
        assertEq(trainer.nextAddDataCostOfBatch(1), _expectedDeposit(COST_WEIGHT, 400));
        assertEq(trainer.nextAddDataCostOfBatch(3), _expectedDeposit(COST_WEIGHT, 400) + 2 * SAME_SECOND);
        assertEq(trainer.nextAddDataCostOfBatch(100), _expectedDeposit(COST_WEIGHT, 400) + 99 * SAME_SECOND);
        assertEq(points.nextAddDataCostOfBatch(100), 0);
    }

    function test_RevertWhen_nextAddDataCostOfBatch_sizeOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(Trainer.BatchSizeOutOfRange.selector, 0, 1, 100));
        trainer.nextAddDataCostOfBatch(0);
        vm.expectRevert(abi.encodeWithSelector(Trainer.BatchSizeOutOfRange.selector, 101, 1, 100));
        trainer.nextAddDataCostOfBatch(101);
    }

    function test_addDataBatch_returnsExcessOnce() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        uint256 cost = trainer.nextAddDataCostOfBatch(4);
        vm.deal(alice, cost + 1 ether);
        vm.recordLogs();
        vm.prank(alice);
        trainer.addDataBatch{value: cost + 1 ether}(data, labels);
        assertEq(alice.balance, 1 ether, "the excess came back");
        assertEq(address(trainer).balance, cost, "the trainer keeps the deposits");
        assertEq(trainer.pendingWithdrawals(alice), 0);
        assertEq(vm.getRecordedLogs().length, 4, "no WithdrawalPending");
    }

    function test_addDataBatch_excessToRejectingSenderIsPending() public {
        address rejecter = address(new EtherRejecter());
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        uint256 cost = trainer.nextAddDataCostOfBatch(4);
        vm.deal(rejecter, cost + 5);
        vm.expectEmit(address(trainer));
        emit Trainer.WithdrawalPending(rejecter, 5);
        vm.prank(rejecter);
        trainer.addDataBatch{value: cost + 5}(data, labels);
        assertEq(trainer.pendingWithdrawals(rejecter), 5, "one pending credit for the whole excess");
        assertEq(address(trainer).balance, cost + 5);
    }

    function test_addDataBatch_pointsReturnsAllEther() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        vm.deal(alice, 3 ether);
        vm.prank(alice);
        points.addDataBatch{value: 3 ether}(data, labels);
        assertEq(alice.balance, 3 ether);
        assertEq(address(points).balance, 0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Settling batched samples
    // ---------------------------------------------------------------------------------------------------------

    function test_addDataBatch_samplesRefundAndReportLikeSingleOnes() public {
        // Bob earns a good contribution to report with, in an earlier block.
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        uint256 time = vm.getBlockTimestamp();
        int64[][] memory data = new int64[][](2);
        uint64[] memory labels = new uint64[](2);
        (data[0], labels[0]) = (_repeat(F_POS, 2), 1); // the model agrees: alice may refund it
        (data[1], labels[1]) = (_one(F_NEG), 1); // the model disagrees: bob may report it
        uint256 cost = trainer.nextAddDataCostOfBatch(2);
        vm.deal(alice, cost);
        vm.prank(alice);
        trainer.addDataBatch{value: cost}(data, labels);
        bytes32 good = trainer.contributionKey(data[0], 1, time, alice);
        bytes32 bad = trainer.contributionKey(data[1], 1, time, alice);
        uint256 firstDeposit = trainer.contribution(good).deposit;
        assertEq(trainer.contribution(bad).deposit, SAME_SECOND);

        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(data[0], 1, time);
        assertEq(alice.balance, firstDeposit, "the refund pays the first sample's deposit");
        assertEq(trainer.contribution(good).id, 0, "and clears its record");
        assertEq(trainer.numGood(alice), 1);

        vm.expectEmit(address(trainer));
        // Bob has 1 good of 2 in all: half of the deposit.
        emit Trainer.Report(bad, bob, alice, SAME_SECOND / 2);
        vm.prank(bob);
        trainer.report(data[1], 1, time, alice);
        assertEq(trainer.contribution(bad).claimable, SAME_SECOND - SAME_SECOND / 2);
        assertTrue(trainer.hasReported(bad, bob));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Refusals: each reverts with its error and changes nothing
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Sends the batch with `value` and expects `err`; checks that no state or balance moved.
    function _expectRefused(int64[][] memory data, uint64[] memory labels, uint256 value, bytes memory err) internal {
        vm.deal(alice, value);
        uint256 numBefore = trainer.numContributions();
        uint256 lastBefore = trainer.lastAddTime();
        uint256 balanceBefore = address(trainer).balance;
        int64 flipBefore = model.weight(uint64(F_FLIP));
        uint256 n = data.length < labels.length ? data.length : labels.length;
        bytes32[] memory keys = new bytes32[](n);
        uint256[] memory idsBefore = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            keys[i] = trainer.contributionKey(data[i], labels[i], vm.getBlockTimestamp(), alice);
            idsBefore[i] = trainer.contribution(keys[i]).id;
        }
        vm.expectRevert(err);
        vm.prank(alice);
        trainer.addDataBatch{value: value}(data, labels);
        assertEq(trainer.numContributions(), numBefore, "no contribution counted");
        assertEq(trainer.lastAddTime(), lastBefore, "clock untouched");
        assertEq(address(trainer).balance, balanceBefore, "no ether kept");
        assertEq(alice.balance, value, "sender keeps every wei");
        assertEq(model.weight(uint64(F_FLIP)), flipBefore, "model untouched");
        for (uint256 i; i < n; ++i) {
            assertEq(trainer.contribution(keys[i]).id, idsBefore[i], "no record added");
        }
    }

    function test_RevertWhen_addDataBatch_empty() public {
        _expectRefused(
            new int64[][](0),
            new uint64[](0),
            1 ether,
            abi.encodeWithSelector(Trainer.BatchSizeOutOfRange.selector, 0, 1, 100)
        );
    }

    function test_RevertWhen_addDataBatch_tooMany() public {
        (int64[][] memory data, uint64[] memory labels) = _randomSamples(1, 101);
        _expectRefused(
            data, labels, 1000 ether, abi.encodeWithSelector(Trainer.BatchSizeOutOfRange.selector, 101, 1, 100)
        );
    }

    function test_RevertWhen_addDataBatch_lengthsDiffer() public {
        (int64[][] memory data,) = _orderedSamples();
        _expectRefused(
            data, new uint64[](3), 1 ether, abi.encodeWithSelector(Trainer.BatchLengthMismatch.selector, 4, 3)
        );
        (, uint64[] memory labels) = _orderedSamples();
        _expectRefused(
            new int64[][](0), labels, 1 ether, abi.encodeWithSelector(Trainer.BatchLengthMismatch.selector, 0, 4)
        );
    }

    function test_RevertWhen_addDataBatch_depositTooLow() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        uint256 cost = trainer.nextAddDataCostOfBatch(4);
        _expectRefused(data, labels, cost - 1, abi.encodeWithSelector(Trainer.DepositTooLow.selector, cost, cost - 1));
    }

    function test_RevertWhen_addDataBatch_duplicateWithinBatch() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        (data[3], labels[3]) = (data[1], labels[1]);
        bytes32 key = trainer.contributionKey(data[1], labels[1], vm.getBlockTimestamp(), alice);
        bytes memory inner = abi.encodeWithSelector(Trainer.DuplicateContribution.selector, key);
        _expectRefused(data, labels, 1 ether, abi.encodeWithSelector(Trainer.BatchSampleRejected.selector, 3, inner));
    }

    function test_RevertWhen_addDataBatch_duplicateOfSingleAddInSameBlock() public {
        _add(trainer, alice, _one(F_POS), 1);
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        bytes32 key = trainer.contributionKey(data[1], labels[1], vm.getBlockTimestamp(), alice);
        bytes memory inner = abi.encodeWithSelector(Trainer.DuplicateContribution.selector, key);
        _expectRefused(data, labels, 1 ether, abi.encodeWithSelector(Trainer.BatchSampleRejected.selector, 1, inner));
    }

    function test_RevertWhen_addDataBatch_modelRejectsSample() public {
        (int64[][] memory data, uint64[] memory labels) = _orderedSamples();
        labels[2] = 2;
        bytes memory inner = abi.encodeWithSelector(Classifier.UnknownLabel.selector, 2, 2);
        _expectRefused(data, labels, 1 ether, abi.encodeWithSelector(Trainer.BatchSampleRejected.selector, 2, inner));

        (data, labels) = _orderedSamples();
        data[0] = _one(int64(int256(uint256(NUM_FEATURES))));
        inner = abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(8), NUM_FEATURES);
        _expectRefused(data, labels, 1 ether, abi.encodeWithSelector(Trainer.BatchSampleRejected.selector, 0, inner));

        (data, labels) = _orderedSamples();
        data[3] = new int64[](2);
        (data[3][0], data[3][1]) = (F_ZERO, F_ZERO);
        inner = abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1);
        _expectRefused(data, labels, 1 ether, abi.encodeWithSelector(Trainer.BatchSampleRejected.selector, 3, inner));
    }

    function test_RevertWhen_addData_errorsStayUnwrapped() public {
        // addData shares the batch's path; alone, a sample's errors are the ones addData always gave.
        uint256 cost = trainer.nextAddDataCost();
        vm.deal(alice, cost);
        vm.expectRevert(abi.encodeWithSelector(Classifier.UnknownLabel.selector, 2, 2));
        vm.prank(alice);
        trainer.addData{value: cost}(_one(F_POS), 2);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fuzz
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Any batch size within bounds, any distinct samples and labels, any time since the last addition:
    /// the batch leaves what the single adds leave.
    function testFuzz_addDataBatch_equalsSingleAdds(uint256 seed, uint256 size, uint256 elapsed, bool usePoints)
        public
    {
        size = bound(size, 1, 100);
        vm.warp(T0 + bound(elapsed, 0, 365 days));
        (int64[][] memory data, uint64[] memory labels) = _randomSamples(seed, size);
        Trainer t = usePoints ? Trainer(points) : Trainer(trainer);
        (Outcome memory each, Outcome memory batch) = _bothWays(t, alice, 1000 ether, data, labels);
        _assertSame(each, batch);
        assertEq(batch.numContributions, size);
    }
}
