// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {TrainerTestBase} from "./TrainerTestBase.sol";
import {EtherRejecter} from "./EtherRejecter.sol";
import {EtherSink} from "./EtherSink.sol";

/// @notice Unit tests of Trainer through DepositRefundTake: every external function and every revert path.
contract DepositRefundTakeTest is TrainerTestBase {
    uint32 internal constant REFUND_WAIT = 1 days;
    uint32 internal constant OWNER_WAIT = 30 days;
    uint32 internal constant ANY_WAIT = 60 days;
    uint256 internal constant COST_WEIGHT = 1e12;
    uint256 internal constant MAX_COST_WEIGHT = uint256(type(uint96).max) / 3600;
    /// @dev A quiet spell after which the least cost weight, 1 wei, asks a deposit of nothing: 3600 / 3601.
    uint256 internal constant QUIET = 3601 * 3601;

    SparsePerceptron internal model;
    DepositRefundTake internal trainer;

    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");

    function setUp() public {
        vm.warp(T0);
        (model, trainer) = _deploy(COST_WEIGHT);
    }

    function _deploy(uint256 costWeight) internal returns (SparsePerceptron m, DepositRefundTake t) {
        m = _newModelForNextOf(owner);
        vm.prank(owner);
        t = new DepositRefundTake(
            m, "Sentiment", "Positive or negative", "vocab-v1", REFUND_WAIT, OWNER_WAIT, ANY_WAIT, costWeight
        );
        assertEq(m.trainer(), address(t), "the model was built for the trainer's address");
    }

    /// @dev Alice adds `[F_NEG]` labelled 1, which the model predicts 0 and keeps predicting 0.
    function _addBad(DepositRefundTake t) internal returns (bytes32 key, uint256 time, uint256 deposit) {
        return _add(t, alice, _one(F_NEG), 1);
    }

    /// @dev Alice adds `[F_POS]` labelled 1, which the model agrees with.
    function _addGood(DepositRefundTake t) internal returns (bytes32 key, uint256 time, uint256 deposit) {
        return _add(t, alice, _one(F_POS), 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Constructor and parameters
    // ---------------------------------------------------------------------------------------------------------

    function test_constructor_setsParameters() public view {
        assertEq(address(trainer.model()), address(model));
        assertEq(trainer.name(), "Sentiment");
        assertEq(trainer.description(), "Positive or negative");
        assertEq(trainer.encoder(), "vocab-v1");
        assertEq(trainer.refundWait(), REFUND_WAIT);
        assertEq(trainer.ownerClaimWait(), OWNER_WAIT);
        assertEq(trainer.anyAddressClaimWait(), ANY_WAIT);
        assertEq(trainer.costWeight(), COST_WEIGHT);
        assertEq(trainer.owner(), owner);
        assertEq(trainer.lastAddTime(), T0);
        assertEq(trainer.numContributions(), 0);
        assertEq(trainer.totalGood(), 0);
        assertEq(model.trainer(), address(trainer));
        assertTrue(model.isSealed());
    }

    function test_RevertWhen_constructor_modelBoundElsewhere() public {
        SparsePerceptron m = _newModelFor(carol);
        address expected = vm.computeCreateAddress(address(this), vm.getNonce(address(this)));
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelBoundElsewhere.selector, carol, expected));
        new DepositRefundTake(m, "n", "d", "e", 60, 120, 180, 1);
        // Nothing was deployed at carol's address, so the model is still open to its owner.
        assertFalse(m.isSealed());
        m.setWeightWords(0, _pack(_defaultWeights()));
    }

    function test_RevertWhen_constructor_deployedAtUnpredictedAddress() public {
        SparsePerceptron m = _newModel();
        address predicted = m.trainer();
        // Another creation takes the predicted address's nonce; the trainer lands elsewhere and refuses the model.
        EtherSink squatter = new EtherSink();
        assertEq(address(squatter), predicted);
        address landed = vm.computeCreateAddress(address(this), vm.getNonce(address(this)));
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelBoundElsewhere.selector, predicted, landed));
        new DepositRefundTake(m, "n", "d", "e", 60, 120, 180, 1);
        // Code now exists at the predicted address, so the model counts as sealed: it can never be trained.
        assertTrue(m.isSealed());
    }

    function test_constructor_sealsModel() public {
        SparsePerceptron m = _newModel();
        address predicted = m.trainer();
        assertFalse(m.isSealed());
        uint256[] memory words = new uint256[](1);
        words[0] = 5;
        m.setWeightWords(1, words);
        assertEq(m.weight(4), 5);
        DepositRefundTake t = new DepositRefundTake(m, "n", "d", "e", 60, 120, 180, 1);
        assertEq(address(t), predicted);
        assertTrue(m.isSealed());
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, address(t)));
        m.setWeightWords(1, words);
        assertEq(m.weight(4), 5);
    }

    function test_RevertWhen_modelUpdate_notTrainer() public {
        // Only the trainer may teach the model: its owner and users are refused.
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(this)));
        model.update(_one(F_FLIP), 0);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, alice));
        vm.prank(alice);
        model.update(_one(F_FLIP), 0);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, owner));
        vm.prank(owner);
        model.update(_one(F_FLIP), 0);
        assertEq(model.weight(uint64(F_FLIP)), 1);
        // Through the trainer it learns.
        _add(trainer, alice, _one(F_FLIP), 0);
        assertEq(model.weight(uint64(F_FLIP)), 1 - LEARNING_RATE);
    }

    function test_RevertWhen_modelUpdate_modelBuiltForAnotherAddress() public {
        // A model built for carol's address answers only to carol, and no trainer can adopt it.
        SparsePerceptron m = _newModelFor(carol);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(trainer)));
        vm.prank(address(trainer));
        m.update(_one(F_FLIP), 0);
        vm.prank(carol);
        m.update(_one(F_FLIP), 0);
        assertEq(m.weight(uint64(F_FLIP)), 1 - LEARNING_RATE);
    }

    function test_RevertWhen_constructor_zeroModel() public {
        vm.expectRevert(abi.encodeWithSelector(Trainer.ZeroModel.selector));
        new DepositRefundTake(IClassifier(address(0)), "n", "d", "e", 60, 120, 180, 1);
    }

    function test_RevertWhen_constructor_refundWaitAboveOwnerClaimWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(DepositRefundTake.OwnerClaimWaitOutOfRange.selector, 1 hours, 2 hours + 60, 3 hours)
        );
        new DepositRefundTake(m, "n", "d", "e", 2 hours, 1 hours, 3 hours, 1);
    }

    function test_RevertWhen_constructor_ownerClaimWaitAboveAnyAddressClaimWait() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(DepositRefundTake.OwnerClaimWaitOutOfRange.selector, 3 hours, 1 hours + 60, 2 hours)
        );
        new DepositRefundTake(m, "n", "d", "e", 1 hours, 3 hours, 2 hours, 1);
    }

    /// @dev The shortest waits: the owner and anyone may take together, one refund window after the refund wait.
    function test_constructor_acceptsTightestWaits() public {
        DepositRefundTake t = new DepositRefundTake(_newModel(), "n", "d", "e", 60, 120, 120, 1);
        assertEq(t.refundWait(), 60);
        assertEq(t.ownerClaimWait(), 120);
        assertEq(t.anyAddressClaimWait(), 120);
    }

    function test_RevertWhen_constructor_costWeightTooLarge() public {
        SparsePerceptron m = _newModel();
        vm.expectRevert(
            abi.encodeWithSelector(
                DepositRefundTake.CostWeightOutOfRange.selector, MAX_COST_WEIGHT + 1, 1, MAX_COST_WEIGHT
            )
        );
        new DepositRefundTake(m, "n", "d", "e", 60, 120, 180, MAX_COST_WEIGHT + 1);
    }

    function test_constructor_acceptsMaxCostWeight() public {
        vm.warp(T0 + 1000);
        (SparsePerceptron m, DepositRefundTake t) = _deploy(MAX_COST_WEIGHT);
        assertEq(t.costWeight(), MAX_COST_WEIGHT);
        // The largest deposit still fits the 96 bits a contribution stores.
        uint256 cost = t.nextAddDataCost();
        assertEq(cost, MAX_COST_WEIGHT * 3600);
        assertLe(cost, type(uint96).max);
        (bytes32 key,, uint256 deposit) = _add(t, alice, _one(F_POS), 1);
        assertEq(t.contribution(key).deposit, deposit);
        assertEq(t.contribution(key).deposit, cost);
        assertEq(address(m).balance, 0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Ownership
    // ---------------------------------------------------------------------------------------------------------

    function test_owner_isDeployer() public view {
        assertEq(trainer.owner(), owner);
    }

    function test_transferOwnership_byOwner() public {
        vm.expectEmit(address(trainer));
        emit Ownable.OwnershipTransferred(owner, carol);
        vm.prank(owner);
        trainer.transferOwnership(carol);
        assertEq(trainer.owner(), carol);
    }

    function test_RevertWhen_transferOwnership_notOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        trainer.transferOwnership(alice);
    }

    function test_RevertWhen_transferOwnership_toZero() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        vm.prank(owner);
        trainer.transferOwnership(address(0));
    }

    function test_renounceOwnership_clearsOwner() public {
        vm.prank(owner);
        trainer.renounceOwnership();
        assertEq(trainer.owner(), address(0));
    }

    function test_RevertWhen_renounceOwnership_notOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, bob));
        vm.prank(bob);
        trainer.renounceOwnership();
    }

    // ---------------------------------------------------------------------------------------------------------
    // nextAddDataCost, lastAddTime, numContributions
    // ---------------------------------------------------------------------------------------------------------

    function test_nextAddDataCost_fullWeightAtZeroElapsed() public view {
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 3600);
    }

    function test_nextAddDataCost_divisorIsIntegerSqrtOfElapsed() public {
        vm.warp(T0 + 1);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 3600);
        vm.warp(T0 + 3);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 3600); // isqrt(3) == 1
        vm.warp(T0 + 4);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 1800);
        vm.warp(T0 + 3599);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 3600 / 59);
        vm.warp(T0 + 3600);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 60);
        vm.warp(T0 + 3600 * 3600);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT);
    }

    function test_nextAddDataCost_measuredFromLastAdd() public {
        vm.warp(T0 + 100);
        _addGood(trainer);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 3600);
        vm.warp(T0 + 100 + 16);
        assertEq(trainer.nextAddDataCost(), COST_WEIGHT * 900);
    }

    function test_nextAddDataCost_zeroWithLeastCostWeightAfterQuietSpell() public {
        (, DepositRefundTake t) = _deploy(1);
        vm.warp(T0 + QUIET - 1);
        assertEq(t.nextAddDataCost(), 1);
        vm.warp(T0 + QUIET);
        assertEq(t.nextAddDataCost(), 0);
    }

    function test_nextAddDataCost_roundsToZeroAfterLongWait() public {
        (, DepositRefundTake t) = _deploy(1);
        vm.warp(T0 + 3601 * 3601);
        assertEq(t.nextAddDataCost(), 0);
    }

    function test_lastAddTime_tracksLatestAddition() public {
        assertEq(trainer.lastAddTime(), T0);
        vm.warp(T0 + 77);
        _addGood(trainer);
        assertEq(trainer.lastAddTime(), T0 + 77);
        vm.warp(T0 + 99);
        assertEq(trainer.lastAddTime(), T0 + 77);
        _addBad(trainer);
        assertEq(trainer.lastAddTime(), T0 + 99);
    }

    function test_numContributions_countsAdditions() public {
        assertEq(trainer.numContributions(), 0);
        (bytes32 k1,,) = _addGood(trainer);
        (bytes32 k2,,) = _addBad(trainer);
        (bytes32 k3,,) = _add(trainer, bob, _one(F_POS), 1);
        assertEq(trainer.numContributions(), 3);
        assertEq(trainer.contribution(k1).id, 1);
        assertEq(trainer.contribution(k2).id, 2);
        assertEq(trainer.contribution(k3).id, 3);
    }

    // ---------------------------------------------------------------------------------------------------------
    // addData
    // ---------------------------------------------------------------------------------------------------------

    function test_addData_storesContributionAndEmits() public {
        vm.warp(T0 + 400);
        uint256 deposit = COST_WEIGHT * 3600 / 20;
        int64[] memory data = _one(F_POS);
        vm.deal(alice, deposit);
        vm.expectEmit(address(trainer));
        emit Trainer.AddData(alice, 1, T0 + 400, deposit, _packed(data));
        vm.prank(alice);
        trainer.addData{value: deposit}(data, 1);

        bytes32 key = trainer.contributionKey(data, 1, T0 + 400, alice);
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.deposit, deposit);
        assertEq(c.claimable, deposit);
        assertEq(c.id, 1);
        assertEq(c.numClaims, 0);
        assertEq(address(trainer).balance, deposit);
        assertEq(alice.balance, 0);
        assertEq(trainer.numContributions(), 1);
        assertEq(trainer.lastAddTime(), T0 + 400);
    }

    function test_addData_returnsExcessToSender() public {
        uint256 deposit = trainer.nextAddDataCost();
        vm.deal(alice, 10 ether);
        vm.prank(alice);
        trainer.addData{value: 10 ether}(_one(F_POS), 1);
        assertEq(alice.balance, 10 ether - deposit);
        assertEq(address(trainer).balance, deposit);
        assertEq(trainer.pendingWithdrawals(alice), 0);
    }

    function test_addData_excessToRejectingSenderIsPending() public {
        EtherRejecter rejecter = new EtherRejecter();
        uint256 deposit = trainer.nextAddDataCost();
        vm.deal(address(rejecter), deposit + 5);
        vm.expectEmit(address(trainer));
        emit Trainer.WithdrawalPending(address(rejecter), 5);
        vm.prank(address(rejecter));
        trainer.addData{value: deposit + 5}(_one(F_POS), 1);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 5);
        assertEq(address(trainer).balance, deposit + 5);
        assertEq(address(rejecter).balance, 0);
    }

    function test_addData_updatesModel() public {
        int64[] memory flip = _one(F_FLIP);
        assertEq(trainer.predict(flip), 1);
        _add(trainer, alice, flip, 0);
        assertEq(trainer.predict(flip), 0);
        assertEq(model.weight(uint64(F_FLIP)), 1 - LEARNING_RATE);
        vm.warp(vm.getBlockTimestamp() + 1);
        _add(trainer, alice, flip, 1);
        assertEq(trainer.predict(flip), 1);
        assertEq(model.weight(uint64(F_FLIP)), 1);
    }

    function test_RevertWhen_addData_depositTooLow() public {
        uint256 required = trainer.nextAddDataCost();
        vm.deal(alice, required);
        vm.expectRevert(abi.encodeWithSelector(Trainer.DepositTooLow.selector, required, required - 1));
        vm.prank(alice);
        trainer.addData{value: required - 1}(_one(F_POS), 1);
    }

    function test_RevertWhen_addData_noValue() public {
        vm.warp(T0 + 10_000);
        uint256 required = COST_WEIGHT * 3600 / 100;
        vm.expectRevert(abi.encodeWithSelector(Trainer.DepositTooLow.selector, required, 0));
        vm.prank(alice);
        trainer.addData(_one(F_POS), 1);
    }

    function test_RevertWhen_addData_duplicateContribution() public {
        (bytes32 key,,) = _addGood(trainer);
        uint256 required = trainer.nextAddDataCost();
        vm.deal(alice, required);
        vm.expectRevert(abi.encodeWithSelector(Trainer.DuplicateContribution.selector, key));
        vm.prank(alice);
        trainer.addData{value: required}(_one(F_POS), 1);
    }

    function test_addData_sameDataOtherTimeOrSenderIsNotDuplicate() public {
        (bytes32 k1,,) = _addGood(trainer);
        (bytes32 k2,,) = _add(trainer, bob, _one(F_POS), 1);
        (bytes32 k3,,) = _add(trainer, alice, _one(F_POS), 0);
        vm.warp(vm.getBlockTimestamp() + 1);
        (bytes32 k4,,) = _addGood(trainer);
        assertTrue(k1 != k2 && k1 != k3 && k1 != k4 && k2 != k3 && k2 != k4 && k3 != k4);
        assertEq(trainer.numContributions(), 4);
        assertEq(trainer.contribution(k4).id, 4);
    }

    function test_RevertWhen_addData_modelRejectsLabel() public {
        uint256 required = trainer.nextAddDataCost();
        vm.deal(alice, required);
        vm.expectRevert(abi.encodeWithSelector(Classifier.UnknownLabel.selector, uint64(2), uint256(2)));
        vm.prank(alice);
        trainer.addData{value: required}(_one(F_POS), 2);
    }

    function test_addData_zeroDepositAcceptsNoValue() public {
        (, DepositRefundTake t) = _deploy(1);
        vm.warp(T0 + QUIET);
        vm.prank(alice);
        t.addData(_one(F_POS), 1);
        bytes32 key = t.contributionKey(_one(F_POS), 1, vm.getBlockTimestamp(), alice);
        assertEq(t.contribution(key).id, 1);
        assertEq(t.contribution(key).deposit, 0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // predict, contributionKey, contribution
    // ---------------------------------------------------------------------------------------------------------

    function test_predict_matchesModel() public view {
        assertEq(trainer.predict(_one(F_POS)), 1);
        assertEq(trainer.predict(_one(F_NEG)), 0);
        assertEq(trainer.predict(_one(F_ZERO)), 0);
        assertEq(trainer.predict(_one(F_FLIP)), 1);
        int64[] memory mixed = new int64[](2);
        mixed[0] = F_NEG;
        mixed[1] = F_POS;
        assertEq(trainer.predict(mixed), model.predict(mixed));
    }

    function test_RevertWhen_predict_featureOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(8), uint256(8)));
        trainer.predict(_one(8));
    }

    function test_contributionKey_isPackedHash() public view {
        int64[] memory data = new int64[](3);
        data[0] = -5;
        data[1] = 7;
        data[2] = type(int64).max;
        bytes32 expected = keccak256(abi.encodePacked(data, uint64(1), uint256(42), alice));
        assertEq(trainer.contributionKey(data, 1, 42, alice), expected);
        assertTrue(trainer.contributionKey(data, 0, 42, alice) != expected);
        assertTrue(trainer.contributionKey(data, 1, 43, alice) != expected);
        assertTrue(trainer.contributionKey(data, 1, 42, bob) != expected);
        data[2] = 0;
        assertTrue(trainer.contributionKey(data, 1, 42, alice) != expected);
    }

    function test_contributionKey_matchesStoredKeyOfAddData() public {
        int64[] memory data = new int64[](3);
        data[0] = F_POS;
        data[1] = F_ZERO;
        data[2] = F_ZERO + 1;
        (bytes32 key, uint256 time,) = _add(trainer, alice, data, 1);
        assertEq(key, keccak256(abi.encodePacked(data, uint64(1), time, alice)));
        assertEq(trainer.contribution(key).id, 1);
    }

    /// @dev A trainer over a model with 2^63 - 1 features: every non-negative int64 is a feature index, so the
    /// AddData payload can be checked with large entries.
    function _deployWide() internal returns (DepositRefundTake t) {
        SparsePerceptron m = new SparsePerceptron(
            vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1),
            _names(),
            type(uint64).max >> 1,
            16,
            0,
            LEARNING_RATE,
            0,
            0,
            new uint256[](0)
        );
        t = new DepositRefundTake(m, "n", "d", "e", REFUND_WAIT, OWNER_WAIT, ANY_WAIT, COST_WEIGHT);
    }

    function test_addData_eventPacksEntriesBigEndian() public {
        DepositRefundTake t = _deployWide();
        int64[] memory data = new int64[](5);
        data[0] = 0;
        data[1] = 1;
        data[2] = 0x00ff;
        data[3] = 0x0102030405060708;
        data[4] = type(int64).max - 1;
        bytes memory expected = hex"0000000000000000" hex"0000000000000001" hex"00000000000000ff" hex"0102030405060708"
            hex"7ffffffffffffffe";
        assertEq(_packed(data), expected);
        uint256 deposit = t.nextAddDataCost();
        vm.deal(alice, deposit);
        vm.expectEmit(address(t));
        emit Trainer.AddData(alice, 1, T0, deposit, expected);
        vm.recordLogs();
        vm.prank(alice);
        t.addData{value: deposit}(data, 1);
        // The raw log: the sender indexed, then the ABI encoding of (label, time, deposit, data), its 40 bytes of
        // data zero-padded to 64.
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].topics.length, 2);
        assertEq(logs[0].topics[0], Trainer.AddData.selector);
        assertEq(logs[0].topics[1], bytes32(uint256(uint160(alice))));
        assertEq(logs[0].data, abi.encode(uint64(1), T0, deposit, expected));
        assertEq(logs[0].data.length, 0xa0 + 64);
        assertEq(t.contribution(keccak256(abi.encodePacked(data, uint64(1), T0, alice))).id, 1);
    }

    function test_addData_eventWithEmptySample() public {
        uint256 deposit = trainer.nextAddDataCost();
        vm.deal(alice, deposit);
        vm.recordLogs();
        vm.prank(alice);
        trainer.addData{value: deposit}(new int64[](0), 0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].data, abi.encode(uint64(0), T0, deposit, ""));
        assertEq(logs[0].data.length, 0xa0);
        assertEq(trainer.contribution(keccak256(abi.encodePacked(new int64[](0), uint64(0), T0, alice))).id, 1);
    }

    /// @dev The trainer passes the calldata words to the model as they are; the model must refuse a word that is
    /// not a clean int64 index, and nothing may be stored.
    function test_RevertWhen_addData_dirtyEntry() public {
        bytes memory callData = abi.encodeCall(Trainer.addData, (_one(F_POS), 1));
        // Layout: selector, offset, label, length, data[0]. Set bits above the low 64 of data[0].
        uint256 word = (uint256(1) << 64) | uint256(uint64(F_POS));
        assembly ("memory-safe") {
            mstore(add(callData, add(32, 100)), word)
        }
        uint256 deposit = trainer.nextAddDataCost();
        vm.deal(alice, deposit);
        vm.prank(alice);
        (bool ok, bytes memory ret) = address(trainer).call{value: deposit}(callData);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, F_POS, uint256(NUM_FEATURES)));
        assertEq(trainer.numContributions(), 0);
        assertEq(model.weight(uint64(F_POS)), STRONG);
        assertEq(alice.balance, deposit);
    }

    /// The int64 -1 is the word 2^256 - 1; it must be rejected like any other index out of range, in predict
    /// and in addData, leaving nothing stored.
    function test_RevertWhen_minusOneIndex() public {
        int64[] memory mixed = new int64[](2);
        mixed[0] = -1;
        mixed[1] = F_POS;
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), uint256(NUM_FEATURES)));
        trainer.predict(mixed);

        uint256 required = trainer.nextAddDataCost();
        vm.deal(alice, required);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), uint256(NUM_FEATURES)));
        vm.prank(alice);
        trainer.addData{value: required}(_one(-1), 1);
        assertEq(trainer.numContributions(), 0);
        assertEq(alice.balance, required);
    }

    function test_RevertWhen_addData_tooManyFeaturesBubblesUp() public {
        uint256 required = trainer.nextAddDataCost();
        vm.deal(alice, required);
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, uint256(9), uint256(8)));
        vm.prank(alice);
        trainer.addData{value: required}(_repeat(F_POS, 9), 1);
    }

    function test_contribution_unknownKeyIsEmpty() public view {
        Trainer.Contribution memory c = trainer.contribution(keccak256("nothing"));
        assertEq(c.id, 0);
        assertEq(c.deposit, 0);
        assertEq(c.claimable, 0);
        assertEq(c.numClaims, 0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // refund
    // ---------------------------------------------------------------------------------------------------------

    function test_refund_paysDepositAndCountsGood() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Refund(alice, key, deposit);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);

        assertEq(alice.balance, deposit);
        assertEq(address(trainer).balance, 0);
        // The refund settles the contribution for good and clears its record.
        _assertCleared(trainer, key);
        assertEq(trainer.numGood(alice), 1);
        assertEq(trainer.totalGood(), 1);
        assertFalse(trainer.hasReported(key, alice));
        // The ids keep counting: the cleared record's number is not handed out again.
        assertEq(trainer.numContributions(), 1);
        (bytes32 next,,) = _add(trainer, bob, _one(F_POS), 1);
        assertEq(trainer.contribution(next).id, 2);
    }

    /// @dev A refunded contribution's record reads as one that was never added.
    function _assertCleared(DepositRefundTake t, bytes32 key) internal view {
        Trainer.Contribution memory c = t.contribution(key);
        assertEq(c.id, 0, "cleared: id");
        assertEq(c.deposit, 0, "cleared: deposit");
        assertEq(c.claimable, 0, "cleared: claimable");
        assertEq(c.numClaims, 0, "cleared: numClaims");
    }

    /// @dev The Refund event is the lasting trace of a settled contribution: the author indexed, then the key
    /// and the amount, as raw log topics and data.
    function test_refund_eventIsTheLastingTrace() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.recordLogs();
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "only the Refund event: the payment went through");
        assertEq(logs[0].emitter, address(trainer));
        assertEq(logs[0].topics.length, 2);
        assertEq(logs[0].topics[0], keccak256("Refund(address,bytes32,uint256)"));
        assertEq(logs[0].topics[0], Trainer.Refund.selector);
        assertEq(logs[0].topics[1], bytes32(uint256(uint160(alice))));
        assertEq(logs[0].data, abi.encode(key, deposit));
        _assertCleared(trainer, key);
    }

    function test_RevertWhen_refund_tooEarly() public {
        (bytes32 key, uint256 time,) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT - 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.TooEarly.selector, key, time + REFUND_WAIT));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
    }

    function test_RevertWhen_refund_modelDisagrees() public {
        (bytes32 key, uint256 time,) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelDisagrees.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_NEG), 1, time);
    }

    function test_RevertWhen_refund_notAuthor() public {
        (, uint256 time,) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT);
        // The key includes msg.sender, so someone else's refund finds no contribution.
        bytes32 bobKey = trainer.contributionKey(_one(F_POS), 1, time, bob);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, bobKey));
        vm.prank(bob);
        trainer.refund(_one(F_POS), 1, time);
    }

    function test_RevertWhen_refund_wrongTimeOrLabel() public {
        (, uint256 time,) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT);
        bytes32 wrongTime = trainer.contributionKey(_one(F_POS), 1, time + 1, alice);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, wrongTime));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time + 1);
        bytes32 wrongLabel = trainer.contributionKey(_one(F_POS), 0, time, alice);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, wrongLabel));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 0, time);
    }

    function test_RevertWhen_refund_twice() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        // The record is gone, so the second refund finds no contribution at all.
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        // Nor later, when the owner's and everyone's waits have passed.
        vm.warp(time + ANY_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(alice.balance, deposit, "paid once");
        assertEq(trainer.numGood(alice), 1);
        assertEq(trainer.totalGood(), 1);
        _assertCleared(trainer, key);
    }

    /// @dev The refund of a contribution with no deposit clears the record too; a second one is unknown.
    function test_RevertWhen_refund_twiceZeroDeposit() public {
        (, DepositRefundTake t) = _deploy(1);
        vm.warp(T0 + QUIET);
        (bytes32 key, uint256 time,) = _add(t, alice, _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        t.refund(_one(F_POS), 1, time);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        t.refund(_one(F_POS), 1, time);
        assertEq(t.numGood(alice), 1);
        assertEq(t.totalGood(), 1);
    }

    function test_RevertWhen_refund_afterTakeNothingToClaim() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + OWNER_WAIT);
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        assertEq(owner.balance, deposit);
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(trainer.numGood(alice), 0);
    }

    function test_refund_afterPartialReportPaysRemainder() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 1, REFUND_WAIT);
        // Alice adds [F_FLIP] labelled 1 while the model agrees, then Dave teaches it the opposite.
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, alice, _one(F_FLIP), 1);
        (,, uint256 daveDeposit) = _add(trainer, dave, _one(F_FLIP), 0);
        vm.warp(time + REFUND_WAIT);
        uint256 bobBefore = bob.balance;
        vm.prank(bob);
        trainer.report(_one(F_FLIP), 1, time, alice);
        uint256 taken = deposit / 2;
        assertEq(bob.balance - bobBefore, taken);
        assertEq(trainer.contribution(key).numClaims, 1, "the report is counted");
        assertTrue(trainer.hasReported(key, bob));
        // Someone teaches the model back; now Alice's label is right again.
        (,, uint256 carolDeposit) = _add(trainer, carol, _one(F_FLIP), 1);
        assertEq(trainer.predict(_one(F_FLIP)), 1);
        vm.expectEmit(address(trainer));
        emit Trainer.Refund(alice, key, deposit - taken);
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        assertEq(alice.balance, deposit - taken);
        _assertCleared(trainer, key);
        assertFalse(trainer.hasReported(key, bob), "the report went with the record");
        assertEq(trainer.totalGood(), 3);
        assertEq(address(trainer).balance, daveDeposit + carolDeposit, "nothing of Alice's deposit stays");
        // Carol, who did not report it, cannot now: the contribution is settled.
        vm.warp(vm.getBlockTimestamp() + 1);
        _add(trainer, dave, _one(F_FLIP), 0);
        assertEq(trainer.predict(_one(F_FLIP)), 0);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(carol);
        trainer.report(_one(F_FLIP), 1, time, alice);
    }

    function test_refund_afterOwnerClaimWaitIfNothingTaken() public {
        (, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + ANY_WAIT + 1);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(alice.balance, deposit);
    }

    function test_refund_zeroDepositStillCountsGood() public {
        (, DepositRefundTake t) = _deploy(1);
        vm.warp(T0 + QUIET);
        (bytes32 key, uint256 time, uint256 deposit) = _add(t, alice, _one(F_POS), 1);
        assertEq(deposit, 0);
        vm.warp(time + REFUND_WAIT);
        vm.expectEmit(address(t));
        emit Trainer.Refund(alice, key, 0);
        vm.prank(alice);
        t.refund(_one(F_POS), 1, time);
        assertEq(t.numGood(alice), 1);
        assertEq(t.totalGood(), 1);
        _assertCleared(t, key);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        t.refund(_one(F_POS), 1, time);
    }

    function test_refund_toRejectingAuthorIsPending() public {
        EtherRejecter rejecter = new EtherRejecter();
        (bytes32 key, uint256 time, uint256 deposit) = _add(trainer, address(rejecter), _one(F_POS), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Refund(address(rejecter), key, deposit);
        vm.expectEmit(address(trainer));
        emit Trainer.WithdrawalPending(address(rejecter), deposit);
        vm.prank(address(rejecter));
        trainer.refund(_one(F_POS), 1, time);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), deposit);
        assertEq(address(trainer).balance, deposit);
        assertEq(trainer.numGood(address(rejecter)), 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // report
    // ---------------------------------------------------------------------------------------------------------

    function test_report_soleGoodReporterTakesWholeDeposit() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        uint256 before = address(trainer).balance;
        uint256 bobBefore = bob.balance;
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, bob, alice, deposit);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(bob.balance - bobBefore, deposit);
        assertEq(address(trainer).balance, before - deposit);
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.claimable, 0);
        assertEq(c.numClaims, 1);
        assertEq(c.deposit, deposit, "a report keeps the record");
        assertEq(c.id, 2);
        assertTrue(trainer.hasReported(key, bob));
        assertFalse(trainer.hasReported(key, alice));
    }

    function test_report_sharesProportionalToNumGood() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 2, REFUND_WAIT);
        assertEq(trainer.totalGood(), 3);
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);

        uint256 bobShare = deposit * 1 / 3;
        uint256 bobBefore = bob.balance;
        uint256 carolBefore = carol.balance;
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(bob.balance - bobBefore, bobShare);
        assertEq(trainer.contribution(key).claimable, deposit - bobShare);

        uint256 carolShare = deposit * 2 / 3;
        if (carolShare > deposit - bobShare) carolShare = deposit - bobShare;
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, carol, alice, carolShare);
        vm.prank(carol);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(carol.balance - carolBefore, carolShare);
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.claimable, deposit - bobShare - carolShare);
        assertEq(c.numClaims, 2);
        assertEq(address(trainer).balance, c.claimable);
    }

    function test_report_shareCappedAtClaimable() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 2, REFUND_WAIT);
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        uint256 left = deposit - deposit / 3;
        // Carol validates two more contributions: 4 of 5 good, 4/5 of the deposit is more than the 2/3 left.
        vm.warp(time + 5 days);
        uint256 added = vm.getBlockTimestamp();
        _add(trainer, carol, _repeat(F_POS, 3), 1);
        _add(trainer, carol, _repeat(F_POS, 4), 1);
        vm.warp(added + REFUND_WAIT);
        vm.startPrank(carol);
        trainer.refund(_repeat(F_POS, 3), 1, added);
        trainer.refund(_repeat(F_POS, 4), 1, added);
        vm.stopPrank();
        assertEq(trainer.numGood(carol), 4);
        assertEq(trainer.totalGood(), 5);
        assertGt(deposit * 4 / 5, left);

        uint256 carolBefore = carol.balance;
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, carol, alice, left);
        vm.prank(carol);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(carol.balance - carolBefore, left);
        assertEq(trainer.contribution(key).claimable, 0);
    }

    function test_report_shareRoundingToZeroTakesAllClaimable() public {
        (, DepositRefundTake t) = _deploy(1);
        _makeGood(t, bob, 1, REFUND_WAIT);
        _makeGood(t, carol, 3, REFUND_WAIT);
        assertEq(t.totalGood(), 4);
        // 1200^2 seconds after the last addition the deposit is 3600 / 1200 = 3 wei; 3 * 1 / 4 rounds to 0.
        vm.warp(t.lastAddTime() + 1200 * 1200);
        (bytes32 key, uint256 time, uint256 deposit) = _add(t, alice, _one(F_NEG), 1);
        assertEq(deposit, 3);
        vm.warp(time + REFUND_WAIT);
        uint256 bobBefore = bob.balance;
        vm.expectEmit(address(t));
        emit Trainer.Report(key, bob, alice, 3);
        vm.prank(bob);
        t.report(_one(F_NEG), 1, time, alice);
        assertEq(bob.balance - bobBefore, 3);
        assertEq(t.contribution(key).claimable, 0);
    }

    function test_RevertWhen_report_unknownContribution() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        bytes32 key = trainer.contributionKey(_one(F_NEG), 1, T0, alice);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, T0, alice);
    }

    function test_RevertWhen_report_ownContribution() public {
        _makeGood(trainer, alice, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.CannotReportOwnContribution.selector, key));
        vm.prank(alice);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_RevertWhen_report_tooEarly() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT - 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.TooEarly.selector, key, time + REFUND_WAIT));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_RevertWhen_report_modelAgrees() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _addGood(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_POS), 1, time, alice);
    }

    function test_RevertWhen_report_noGoodContributions() public {
        (, uint256 time,) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.NoGoodContributions.selector, bob));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_RevertWhen_report_twiceBySameReporter() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 3, REFUND_WAIT);
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        uint256 bobBefore = bob.balance;
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(bob.balance - bobBefore, deposit / 4);
        vm.expectRevert(abi.encodeWithSelector(Trainer.AlreadyReported.selector, key, bob));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    /// @dev The refund cleared the record, so every kind of report of it finds no contribution: a proportional
    /// report, the owner's take and anyone's take (the author's included).
    function test_RevertWhen_report_afterRefundUnknownContribution() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _add(trainer, alice, _one(F_FLIP), 1);
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        (,, uint256 daveDeposit) = _add(trainer, dave, _one(F_FLIP), 0); // the model now disagrees with Alice
        assertEq(trainer.predict(_one(F_FLIP)), 0);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(bob);
        trainer.report(_one(F_FLIP), 1, time, alice);
        vm.warp(time + OWNER_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_FLIP), 1, time, alice);
        vm.warp(time + ANY_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(carol);
        trainer.report(_one(F_FLIP), 1, time, alice);
        vm.expectRevert(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key));
        vm.prank(alice);
        trainer.report(_one(F_FLIP), 1, time, alice);
        assertFalse(trainer.hasReported(key, bob));
        _assertCleared(trainer, key);
        // Nothing was paid: only Dave's deposit is left in the trainer.
        assertEq(address(trainer).balance, daveDeposit);
    }

    function test_RevertWhen_report_afterFullTakeNothingToClaim() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(carol);
        trainer.report(_one(F_NEG), 1, time, alice);
        vm.warp(time + ANY_WAIT);
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_NEG), 1, time, alice);
    }

    function test_RevertWhen_report_zeroDepositNothingToClaim() public {
        (, DepositRefundTake t) = _deploy(1);
        _makeGood(t, bob, 1, REFUND_WAIT);
        vm.warp(t.lastAddTime() + QUIET);
        (bytes32 key, uint256 time,) = _add(t, alice, _one(F_NEG), 1);
        vm.warp(time + REFUND_WAIT);
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(bob);
        t.report(_one(F_NEG), 1, time, alice);
    }

    function test_report_ownerTakesAllAfterOwnerClaimWait() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + OWNER_WAIT);
        // No good data, and the model agrees: neither matters to the owner now.
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, owner, alice, deposit);
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        assertEq(owner.balance, deposit);
        assertEq(address(trainer).balance, 0);
        Trainer.Contribution memory c = trainer.contribution(key);
        assertEq(c.claimable, 0);
        assertEq(c.numClaims, 1);
    }

    function test_RevertWhen_report_ownerBeforeOwnerClaimWait() public {
        (bytes32 key, uint256 time,) = _addGood(trainer);
        vm.warp(time + OWNER_WAIT - 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
    }

    function test_RevertWhen_report_nonOwnerAfterOwnerClaimWait() public {
        (bytes32 key, uint256 time,) = _addGood(trainer);
        vm.warp(time + ANY_WAIT - 1);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(carol);
        trainer.report(_one(F_POS), 1, time, alice);
    }

    function test_report_ownerTakesRemainderAfterPartialReport() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 1, REFUND_WAIT);
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        vm.warp(time + OWNER_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, owner, alice, deposit - deposit / 2);
        vm.prank(owner);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(owner.balance, deposit - deposit / 2);
        assertEq(trainer.contribution(key).claimable, 0);
        assertEq(trainer.contribution(key).numClaims, 2);
    }

    function test_report_anyoneTakesAllAfterAnyAddressClaimWait() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + ANY_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, carol, alice, deposit);
        vm.prank(carol);
        trainer.report(_one(F_POS), 1, time, alice);
        assertEq(carol.balance, deposit);
        assertEq(trainer.contribution(key).claimable, 0);
    }

    function test_report_authorMayTakeOwnAfterAnyAddressClaimWait() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + ANY_WAIT);
        vm.prank(alice);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(alice.balance, deposit);
        assertEq(trainer.contribution(key).claimable, 0);
    }

    function test_report_newOwnerTakesAfterTransfer() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.prank(owner);
        trainer.transferOwnership(carol);
        vm.warp(time + OWNER_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        vm.prank(carol);
        trainer.report(_one(F_POS), 1, time, alice);
        assertEq(carol.balance, deposit);
    }

    function test_report_renouncedOwnershipWaitsForAnyAddress() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.prank(owner);
        trainer.renounceOwnership();
        vm.warp(time + OWNER_WAIT);
        vm.expectRevert(abi.encodeWithSelector(Trainer.ModelAgrees.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        vm.warp(time + ANY_WAIT);
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        assertEq(owner.balance, deposit);
    }

    function test_report_toRejectingReporterIsPending() public {
        EtherRejecter rejecter = new EtherRejecter();
        _makeGood(trainer, address(rejecter), 1, REFUND_WAIT);
        uint256 pendingBefore = trainer.pendingWithdrawals(address(rejecter));
        (bytes32 key, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.expectEmit(address(trainer));
        emit Trainer.Report(key, address(rejecter), alice, deposit);
        vm.expectEmit(address(trainer));
        emit Trainer.WithdrawalPending(address(rejecter), deposit);
        vm.prank(address(rejecter));
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), pendingBefore + deposit);
        assertEq(address(trainer).balance, pendingBefore + deposit);
    }

    /// @dev 200 contributions span report windows 0 (ids 0..183) and 1 (ids 184..367). A reporter moving between
    /// windows spills the old window's bits and must still be refused for contributions it reported there.
    function test_report_acrossWindowBoundary() public {
        // Bob (id 1) and Carol (id 2) validate one contribution each, so a report takes half a deposit and a
        // second report by Bob meets AlreadyReported rather than NothingToClaim.
        _add(trainer, bob, _one(F_POS), 1);
        _add(trainer, carol, _one(F_POS), 1);
        vm.warp(T0 + REFUND_WAIT);
        vm.prank(bob);
        trainer.refund(_one(F_POS), 1, T0);
        vm.prank(carol);
        trainer.refund(_one(F_POS), 1, T0);
        uint256 start = T0 + REFUND_WAIT;
        // Alice's contribution k (1..200) gets id k + 2 and is added at start + k.
        for (uint256 k = 1; k <= 200; ++k) {
            vm.warp(start + k);
            _addBad(trainer);
        }
        assertEq(trainer.numContributions(), 202);
        vm.warp(start + 200 + REFUND_WAIT);

        _reportId(5);
        _reportId(190);
        _expectAlreadyReported(5);
        _reportId(6);
        _expectAlreadyReported(190);
        _expectAlreadyReported(5);
        _reportId(183);
        _reportId(184);
        _expectAlreadyReported(183);
        _expectAlreadyReported(6);
        _reportId(200);

        uint256[7] memory reported = [uint256(5), 6, 183, 184, 190, 200, 5];
        for (uint256 i; i < reported.length; ++i) {
            assertTrue(trainer.hasReported(_keyOfId(reported[i]), bob));
            assertFalse(trainer.hasReported(_keyOfId(reported[i]), carol));
        }
        uint256[4] memory notReported = [uint256(7), 182, 185, 202];
        for (uint256 i; i < notReported.length; ++i) {
            assertFalse(trainer.hasReported(_keyOfId(notReported[i]), bob));
        }
        _reportId(182);
        _reportId(185);
        assertTrue(trainer.hasReported(_keyOfId(182), bob));
        assertTrue(trainer.hasReported(_keyOfId(185), bob));
    }

    function _timeOfId(uint256 id) internal view returns (uint256) {
        // ids 1 and 2 are Bob's and Carol's; Alice's id k + 2 was added at (start + k), start = T0 + REFUND_WAIT.
        return T0 + REFUND_WAIT + (id - 2);
    }

    function _keyOfId(uint256 id) internal view returns (bytes32 key) {
        key = trainer.contributionKey(_one(F_NEG), 1, _timeOfId(id), alice);
        assertEq(trainer.contribution(key).id, id);
    }

    function _reportId(uint256 id) internal {
        bytes32 key = _keyOfId(id);
        uint256 claimable = trainer.contribution(key).claimable;
        uint256 before = bob.balance;
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, _timeOfId(id), alice);
        assertEq(bob.balance - before, uint256(trainer.contribution(key).deposit) / 2);
        assertEq(trainer.contribution(key).claimable, claimable - uint256(trainer.contribution(key).deposit) / 2);
    }

    function _expectAlreadyReported(uint256 id) internal {
        bytes32 key = _keyOfId(id);
        vm.expectRevert(abi.encodeWithSelector(Trainer.AlreadyReported.selector, key, bob));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, _timeOfId(id), alice);
    }

    // ---------------------------------------------------------------------------------------------------------
    // withdraw, pendingWithdrawals
    // ---------------------------------------------------------------------------------------------------------

    function _pendingForRejecter() internal returns (EtherRejecter rejecter, uint256 deposit) {
        rejecter = new EtherRejecter();
        deposit = trainer.nextAddDataCost();
        vm.deal(address(rejecter), deposit + 1234);
        vm.prank(address(rejecter));
        trainer.addData{value: deposit + 1234}(_one(F_POS), 1);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 1234);
    }

    function test_withdraw_sendsPendingToAnotherAddress() public {
        (EtherRejecter rejecter, uint256 deposit) = _pendingForRejecter();
        EtherSink sink = new EtherSink();
        vm.expectEmit(address(trainer));
        emit Trainer.Withdrawal(address(rejecter), address(sink), 1234);
        vm.prank(address(rejecter));
        trainer.withdraw(payable(address(sink)));
        assertEq(address(sink).balance, 1234);
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 0);
        assertEq(address(trainer).balance, deposit);
    }

    function test_withdraw_toEoa() public {
        (EtherRejecter rejecter,) = _pendingForRejecter();
        vm.prank(address(rejecter));
        trainer.withdraw(payable(dave));
        assertEq(dave.balance, 1234);
    }

    function test_RevertWhen_withdraw_nothingPending() public {
        vm.expectRevert(abi.encodeWithSelector(Trainer.NothingToWithdraw.selector, alice));
        vm.prank(alice);
        trainer.withdraw(payable(alice));
    }

    function test_RevertWhen_withdraw_twice() public {
        (EtherRejecter rejecter,) = _pendingForRejecter();
        vm.prank(address(rejecter));
        trainer.withdraw(payable(dave));
        vm.expectRevert(abi.encodeWithSelector(Trainer.NothingToWithdraw.selector, address(rejecter)));
        vm.prank(address(rejecter));
        trainer.withdraw(payable(dave));
    }

    function test_RevertWhen_withdraw_recipientRejects() public {
        (EtherRejecter rejecter, uint256 deposit) = _pendingForRejecter();
        vm.expectRevert(abi.encodeWithSelector(Trainer.TransferFailed.selector, address(rejecter), uint256(1234)));
        vm.prank(address(rejecter));
        trainer.withdraw(payable(address(rejecter)));
        // Nothing was lost: the pending amount is still there.
        assertEq(trainer.pendingWithdrawals(address(rejecter)), 1234);
        assertEq(address(trainer).balance, deposit + 1234);
    }

    function test_withdraw_onlyOwnPending() public {
        _pendingForRejecter();
        vm.expectRevert(abi.encodeWithSelector(Trainer.NothingToWithdraw.selector, dave));
        vm.prank(dave);
        trainer.withdraw(payable(dave));
    }

    // ---------------------------------------------------------------------------------------------------------
    // numGood, totalGood, hasReported
    // ---------------------------------------------------------------------------------------------------------

    function test_numGood_andTotalGood_countRefunds() public {
        assertEq(trainer.numGood(bob), 0);
        _makeGood(trainer, bob, 3, REFUND_WAIT);
        _makeGood(trainer, carol, 2, REFUND_WAIT);
        assertEq(trainer.numGood(bob), 3);
        assertEq(trainer.numGood(carol), 2);
        assertEq(trainer.numGood(alice), 0);
        assertEq(trainer.totalGood(), 5);
    }

    function test_hasReported_unknownKeyIsFalse() public view {
        assertFalse(trainer.hasReported(keccak256("x"), alice));
        assertFalse(trainer.hasReported(keccak256("x"), bob));
        assertFalse(trainer.hasReported(bytes32(0), address(0)));
    }

    /// @dev A refund is not a report: the author never counts as a reporter, before or after its refund.
    function test_hasReported_authorRefundIsNotAReport() public {
        (bytes32 key, uint256 time,) = _addGood(trainer);
        assertFalse(trainer.hasReported(key, alice));
        vm.warp(time + REFUND_WAIT);
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertFalse(trainer.hasReported(key, alice));
        assertFalse(trainer.hasReported(key, bob));
        assertEq(trainer.numGood(alice), 1);
    }

    /// @dev As documented: hasReported answers false once the author's refund has cleared the record, even for a
    /// reporter who took a share before it; the reporter's own bookkeeping is untouched, and a later record is
    /// not mistaken for the cleared one.
    function test_hasReported_falseOnceRefundClearsRecord() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 1, REFUND_WAIT);
        // Alice adds [F_FLIP] labelled 1 while the model agrees, Dave teaches it the opposite, and Bob reports.
        (bytes32 key, uint256 time,) = _add(trainer, alice, _one(F_FLIP), 1);
        (bytes32 daveKey,,) = _add(trainer, dave, _one(F_FLIP), 0);
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_FLIP), 1, time, alice);
        assertTrue(trainer.hasReported(key, bob));
        assertFalse(trainer.hasReported(key, carol));
        // The model comes round to Alice's label, and she takes back what is left.
        _add(trainer, carol, _one(F_FLIP), 1);
        vm.prank(alice);
        trainer.refund(_one(F_FLIP), 1, time);
        assertFalse(trainer.hasReported(key, bob), "false once the record is cleared");
        // Bob's other reports are unaffected: he may still report Dave's contribution, now wrong.
        assertFalse(trainer.hasReported(daveKey, bob));
        vm.warp(vm.getBlockTimestamp() + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_FLIP), 0, time, dave);
        assertTrue(trainer.hasReported(daveKey, bob));
        assertFalse(trainer.hasReported(key, bob));
    }

    /// @dev As documented: hasReported records proportional reports only. The owner's take after
    /// `ownerClaimWait`, and anyone's after `anyAddressClaimWait`, are not recorded per reporter; they take
    /// everything left, so there is nothing to take twice.
    function test_hasReported_ownerTakeNotRecordedButNothingLeft() public {
        (bytes32 key, uint256 time, uint256 deposit) = _addGood(trainer);
        vm.warp(time + OWNER_WAIT);
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        assertEq(owner.balance, deposit);
        assertFalse(trainer.hasReported(key, owner), "an owner take is not recorded per reporter");
        assertEq(trainer.contribution(key).numClaims, 1, "but it counts as a claim");
        assertEq(trainer.contribution(key).claimable, 0);
        assertEq(trainer.contribution(key).id, 1, "and the record stays");
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(owner);
        trainer.report(_one(F_POS), 1, time, alice);
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, key));
        vm.prank(alice);
        trainer.refund(_one(F_POS), 1, time);
        assertEq(owner.balance, deposit);
    }

    function test_hasReported_anyAddressTakesNotRecordedPerReporter() public {
        (bytes32 kBad, uint256 time, uint256 deposit) = _addBad(trainer);
        vm.warp(time + ANY_WAIT);
        vm.prank(carol);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertEq(carol.balance, deposit);
        assertFalse(trainer.hasReported(kBad, carol));
        // The author taking its own deposit back through report is a take too, not a refund: the record stays.
        (bytes32 kOwn, uint256 time2, uint256 deposit2) = _addBad(trainer);
        vm.warp(time2 + ANY_WAIT);
        vm.prank(alice);
        trainer.report(_one(F_NEG), 1, time2, alice);
        assertEq(alice.balance, deposit2);
        assertFalse(trainer.hasReported(kOwn, alice));
        Trainer.Contribution memory c = trainer.contribution(kOwn);
        assertEq(c.id, 2, "a take does not clear the record");
        assertEq(c.deposit, deposit2);
        assertEq(c.claimable, 0);
        assertEq(c.numClaims, 1);
        assertEq(trainer.numGood(alice), 0, "a take never counts as good data");
        vm.expectRevert(abi.encodeWithSelector(DepositRefundTake.NothingToClaim.selector, kOwn));
        vm.prank(alice);
        trainer.report(_one(F_NEG), 1, time2, alice);
    }

    function test_hasReported_proportionalReportRecordedButLaterTakeNot() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _addBad(trainer);
        vm.warp(time + REFUND_WAIT);
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertTrue(trainer.hasReported(key, bob));
        vm.warp(time + ANY_WAIT);
        vm.prank(carol);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertFalse(trainer.hasReported(key, carol), "carol took the rest, she did not report");
        assertTrue(trainer.hasReported(key, bob));
        assertEq(trainer.contribution(key).numClaims, 2);
    }

    function test_hasReported_reporterBeforeAndAfterReport() public {
        _makeGood(trainer, bob, 1, REFUND_WAIT);
        _makeGood(trainer, carol, 1, REFUND_WAIT);
        (bytes32 key, uint256 time,) = _addBad(trainer);
        (bytes32 other, uint256 otherTime,) = _add(trainer, alice, _one(F_ZERO), 1);
        assertEq(otherTime, time);
        vm.warp(time + REFUND_WAIT);
        assertFalse(trainer.hasReported(key, bob));
        vm.prank(bob);
        trainer.report(_one(F_NEG), 1, time, alice);
        assertTrue(trainer.hasReported(key, bob));
        assertFalse(trainer.hasReported(key, carol));
        assertFalse(trainer.hasReported(key, alice));
        assertFalse(trainer.hasReported(other, bob), "a report marks that contribution only");
    }
}
