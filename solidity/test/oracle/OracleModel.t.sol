// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {OracleModel} from "../../src/oracle/OracleModel.sol";
import {OracleModelTestBase} from "./OracleModelTestBase.sol";

/// @dev Stands in for the trainer: code at the trainer address seals the model.
contract Sealer {}

contract OracleModelTest is OracleModelTestBase {
    uint64 internal constant FEATURES = 10;

    OracleModel internal om;
    Q internal lin;

    function setUp() public {
        om = _deployModel(2, FEATURES);
        lin = _random(1, 0, 2, FEATURES, 7);
        _committee(om, 3, 2);
    }

    /// @dev Activates version 0 of `lin`.
    function _init() internal returns (OracleModel.Version memory v, OracleModel.Params memory p) {
        (v, p) = _prepare(om, lin, 0, "weights 0");
        om.setInitialVersion(v, p);
    }

    /// @dev Version 1: other weights of the same shape, staged and published.
    function _next(uint256 seed) internal returns (OracleModel.Version memory v, OracleModel.Params memory p) {
        (v, p) = _prepare(om, _random(1, 0, 2, FEATURES, seed), 1, abi.encode("weights", seed));
    }

    function _seal() internal {
        vm.etch(trainer, type(Sealer).runtimeCode);
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_revertsOnOneClass() public {
        vm.expectRevert(abi.encodeWithSelector(OracleModel.TooFewClasses.selector, 1));
        _deployModel(1, FEATURES);
    }

    function test_constructor_revertsOnTooManyClasses() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, 17, 16));
        _deployModel(17, FEATURES);
    }

    function test_constructor_revertsOnTooManyFeatures() public {
        uint256 most = 1024 * 16_384 / 2;
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatureIndices.selector, most + 1, most));
        _deployModel(2, uint64(most + 1));
    }

    function test_paramsLayout_matchesShapes() public {
        OracleModel m = _deployModel(10, 1000);
        (uint256 rowBytes, uint256 pages, uint256 tail) = m.paramsLayout(1, 0);
        assertEq(rowBytes, 32); // 10 classes -> 16 values
        assertEq(pages, 2); // 32000 bytes
        assertEq(tail, 40);
        (rowBytes, pages, tail) = m.paramsLayout(2, 3);
        assertEq(rowBytes, 8);
        assertEq(pages, 1);
        assertEq(tail, 12 + 60 + 80);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidKind.selector, 3));
        m.paramsLayout(3, 0);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidHidden.selector, 1, 1));
        m.paramsLayout(1, 1);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidHidden.selector, 2, 0));
        m.paramsLayout(2, 0);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidHidden.selector, 2, 17));
        m.paramsLayout(2, 17);
    }

    // ---------------------------------------------------------------- stagePage

    function test_stagePage_storesDataAfterStop() public {
        bytes memory data = hex"0102030405";
        vm.expectEmit(true, false, false, false);
        emit OracleModel.PageStaged(keccak256(data), address(0), 5);
        address pointer = om.stagePage(data);
        assertEq(pointer.code, bytes.concat(hex"00", data));
        (address got, uint32 length) = om.pageOf(keccak256(data));
        assertEq(got, pointer);
        assertEq(length, 5);
    }

    function test_stagePage_againReturnsSameAddressWithoutEvent() public {
        address first = om.stagePage(hex"abcd");
        vm.recordLogs();
        assertEq(om.stagePage(hex"abcd"), first);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_stagePage_takesMaximumSize() public {
        bytes memory data = new bytes(24_575);
        data[24_574] = 0x01;
        assertEq(om.stagePage(data).code.length, 24_576);
    }

    function test_stagePage_revertsOnEmpty() public {
        vm.expectRevert(OracleModel.EmptyPage.selector);
        om.stagePage("");
    }

    function test_stagePage_revertsOverMaximumSize() public {
        vm.expectRevert(abi.encodeWithSelector(OracleModel.PageTooLarge.selector, 24_576, 24_575));
        om.stagePage(new bytes(24_576));
    }

    // ---------------------------------------------------------------- publishWeights

    function _threeChunks() internal pure returns (bytes[] memory c, bytes32 root, bytes32[3] memory leaves) {
        c = new bytes[](3);
        (c[0], c[1], c[2]) = (bytes("first chunk"), bytes("second chunk"), bytes("third"));
        for (uint256 i; i < 3; ++i) {
            leaves[i] = _leaf(i, 3, c[i]);
        }
        // Pairs left to right; the odd third leaf is promoted.
        root = _pair(_pair(leaves[0], leaves[1]), leaves[2]);
    }

    function test_publishWeights_verifiesEachChunkAndEmits() public {
        (bytes[] memory c, bytes32 root, bytes32[3] memory l) = _threeChunks();
        bytes32[] memory proof = new bytes32[](2);
        (proof[0], proof[1]) = (l[1], l[2]);
        vm.expectEmit(address(om));
        emit OracleModel.WeightsChunk(root, 0, 3, c[0]);
        om.publishWeights(root, 3, 0, c[0], proof);
        (proof[0], proof[1]) = (l[0], l[2]);
        om.publishWeights(root, 3, 1, c[1], proof);
        bytes32[] memory short = new bytes32[](1);
        short[0] = _pair(l[0], l[1]);
        om.publishWeights(root, 3, 2, c[2], short);
        (uint32 n, uint32 published) = om.chunksPublished(root);
        assertEq(n, 3);
        assertEq(published, 3);
        assertTrue(om.isChunkPublished(root, 2));
        assertFalse(om.isChunkPublished(root, 3));
    }

    function test_publishWeights_againIsNoOp() public {
        bytes32 root = _publish(om, "only");
        vm.recordLogs();
        om.publishWeights(root, 1, 0, "only", new bytes32[](0));
        assertEq(vm.getRecordedLogs().length, 0);
        (, uint32 published) = om.chunksPublished(root);
        assertEq(published, 1);
    }

    function test_publishWeights_revertsOnTamperedChunk() public {
        (bytes[] memory c, bytes32 root, bytes32[3] memory l) = _threeChunks();
        bytes32[] memory proof = new bytes32[](2);
        (proof[0], proof[1]) = (l[1], l[2]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidChunkProof.selector, root, 0));
        om.publishWeights(root, 3, 0, c[1], proof);
    }

    function test_publishWeights_revertsOnWrongIndex() public {
        (bytes[] memory c, bytes32 root, bytes32[3] memory l) = _threeChunks();
        bytes32[] memory proof = new bytes32[](2);
        (proof[0], proof[1]) = (l[1], l[2]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidChunkProof.selector, root, 1));
        om.publishWeights(root, 3, 1, c[0], proof);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.ChunkIndexOutOfRange.selector, 3, 3));
        om.publishWeights(root, 3, 3, c[0], proof);
    }

    function test_publishWeights_revertsOnOtherChunkCount() public {
        (bytes[] memory c, bytes32 root, bytes32[3] memory l) = _threeChunks();
        bytes32[] memory proof = new bytes32[](2);
        (proof[0], proof[1]) = (l[1], l[2]);
        om.publishWeights(root, 3, 0, c[0], proof);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.ChunkCountMismatch.selector, root, 4, 3));
        om.publishWeights(root, 4, 1, c[1], proof);
    }

    // ---------------------------------------------------------------- setCommittee

    function test_setCommittee_startsEpoch() public {
        address[] memory next = new address[](1);
        next[0] = stranger;
        vm.expectEmit(address(om));
        emit OracleModel.CommitteeSet(2, next, 1);
        om.setCommittee(next, 1);
        (address[] memory got, uint8 threshold, uint64 epoch) = om.committee();
        assertEq(got, next);
        assertEq(threshold, 1);
        assertEq(epoch, 2);
        assertTrue(om.isOperator(stranger));
        assertFalse(om.isOperator(ops[0]));
    }

    function test_setCommittee_revertsForNonOwner() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotOwner.selector, stranger));
        om.setCommittee(ops, 2);
    }

    function test_setCommittee_revertsAfterSealing() public {
        _seal();
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, trainer));
        om.setCommittee(ops, 3);
        (,, uint64 epoch) = om.committee();
        assertEq(epoch, 1);
    }

    function test_setCommittee_revertsOnBadSizes() public {
        uint8[6] memory thresholds = [0, 4, 1, 2, 1, 1];
        uint256[6] memory sizes = [uint256(3), 3, 2, 4, 0, 33];
        for (uint256 i; i < sizes.length; ++i) {
            address[] memory a = new address[](sizes[i]);
            for (uint256 j; j < a.length; ++j) {
                a[j] = address(uint160(j + 1));
            }
            vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidCommittee.selector, sizes[i], thresholds[i]));
            om.setCommittee(a, thresholds[i]);
        }
    }

    function test_setCommittee_revertsOnZeroOrDuplicate() public {
        address[] memory a = new address[](3);
        (a[0], a[1], a[2]) = (ops[0], address(0), ops[1]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidOperator.selector, address(0)));
        om.setCommittee(a, 2);
        a[1] = ops[0];
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidOperator.selector, ops[0]));
        om.setCommittee(a, 2);
    }

    // ---------------------------------------------------------------- setInitialVersion

    function test_setInitialVersion_activates() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "weights 0");
        vm.expectEmit(address(om));
        emit OracleModel.VersionActivated(0, om.digest(v));
        om.setInitialVersion(v, p);
        (OracleModel.Version memory got, bytes32 d) = om.activeVersion();
        assertEq(abi.encode(got), abi.encode(v));
        assertEq(d, keccak256(abi.encode(v)));
        (address rows, bool directory, address tail, uint8 kind, uint8 hidden) = om.activeParams();
        (address page,) = om.pageOf(p.pageHashes[0]);
        (address tailPage,) = om.pageOf(p.tailHash);
        assertEq(rows, page);
        assertFalse(directory);
        assertEq(tail, tailPage);
        assertEq(kind, 1);
        assertEq(hidden, 0);
    }

    function test_setInitialVersion_revertsForNonOwner() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotOwner.selector, stranger));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsWhenSealed() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        _seal();
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, trainer));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsWhenSet() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _init();
        vm.expectRevert(OracleModel.InitialVersionSet.selector);
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnNonzeroNumberOrParent() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        v.number = 1;
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidInitialVersion.selector, 1, 0));
        om.setInitialVersion(v, p);
        (v.number, v.parent) = (0, 5);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidInitialVersion.selector, 0, 5));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnParamsMismatch() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        bytes32 committed = v.paramsHash;
        p.tailHash = bytes32(uint256(1));
        vm.expectRevert(abi.encodeWithSelector(OracleModel.ParamsMismatch.selector, om.hashParams(p), committed));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnWrongShape() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        p.kind = 2;
        v.paramsHash = om.hashParams(p);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.InvalidHidden.selector, 2, 0));
        om.setInitialVersion(v, p);
        (p.kind, p.pageHashes) = (1, new bytes32[](2));
        v.paramsHash = om.hashParams(p);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.WrongPageCount.selector, 2, 1));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnZeroChunks() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        v.weightChunks = 0;
        vm.expectRevert(OracleModel.NoWeightChunks.selector);
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnUnstagedPage() public {
        OracleModel.Params memory p = _params(lin);
        om.stagePage(_tail(lin));
        OracleModel.Version memory v = _version(0, p, _publish(om, "w"));
        vm.expectRevert(abi.encodeWithSelector(OracleModel.PageNotStaged.selector, p.pageHashes[0]));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnUnstagedTail() public {
        OracleModel.Params memory p = _params(lin);
        om.stagePage(_pages(lin)[0]);
        OracleModel.Version memory v = _version(0, p, _publish(om, "w"));
        vm.expectRevert(abi.encodeWithSelector(OracleModel.PageNotStaged.selector, p.tailHash));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnWrongPageLength() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "w");
        bytes memory shorter = hex"0001";
        om.stagePage(shorter);
        p.pageHashes[0] = keccak256(shorter);
        v.paramsHash = om.hashParams(p);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.WrongPageLength.selector, keccak256(shorter), 2, 20));
        om.setInitialVersion(v, p);
    }

    function test_setInitialVersion_revertsOnMissingChunk() public {
        OracleModel.Params memory p = _stage(om, lin);
        (bytes[] memory c, bytes32 root, bytes32[3] memory l) = _threeChunks();
        bytes32[] memory proof = new bytes32[](2);
        (proof[0], proof[1]) = (l[1], l[2]);
        om.publishWeights(root, 3, 0, c[0], proof);
        OracleModel.Version memory v = _version(0, p, root);
        v.weightChunks = 3;
        vm.expectRevert(abi.encodeWithSelector(OracleModel.WeightsNotPublished.selector, root, 1, 3));
        om.setInitialVersion(v, p);
    }

    // ---------------------------------------------------------------- predict and update

    function test_predict_revertsWithoutVersion() public {
        vm.expectRevert(OracleModel.NoActiveVersion.selector);
        om.predict(_sample(1, 3, FEATURES));
    }

    function test_predict_twoClassLinearIsSignOfSum() public {
        Q memory q = lin;
        for (uint256 f; f < FEATURES; ++f) {
            q.w1[f] = int16(int256(f) - 4); // -4 .. 5
        }
        q.b1[0] = -3;
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, q, 0, "w");
        om.setInitialVersion(v, p);
        int64[] memory s = new int64[](2);
        (s[0], s[1]) = (5, 2); // 1 - 2 - 3 = -4
        assertEq(om.predict(s), 0);
        (s[0], s[1]) = (8, 0); // 4 - 4 - 3 = -3
        assertEq(om.predict(s), 0);
        (s[0], s[1]) = (8, 7); // 4 + 3 - 3 = 4
        assertEq(om.predict(s), 1);
        (s[0], s[1]) = (7, 7); // 3 + 3 - 3 = 3: an index listed twice counts twice
        assertEq(om.predict(s), 1);
        (s[0], s[1]) = (7, 4); // 3 + 0 - 3 = 0: not above 0
        assertEq(om.predict(s), 0);
    }

    function test_predict_revertsOnBadIndexAndLength() public {
        _init();
        int64[] memory s = new int64[](2);
        (s[0], s[1]) = (1, int64(FEATURES));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(FEATURES), FEATURES));
        om.predict(s);
        s[1] = -1;
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, -1, FEATURES));
        om.predict(s);
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX_SAMPLE + 1, MAX_SAMPLE));
        om.predict(new int64[](MAX_SAMPLE + 1));
    }

    function test_predict_multiclassTiesGoToLowestClass() public {
        OracleModel m = _deployModel(3, 4);
        Q memory q = _random(1, 0, 3, 4, 1);
        for (uint256 i; i < q.w1.length; ++i) {
            q.w1[i] = 0;
        }
        (q.b1[0], q.b1[1], q.b1[2]) = (1, 5, 5);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(m, q, 0, "w");
        m.setInitialVersion(v, p);
        assertEq(m.predict(_sample(3, 4, 4)), 1);
        q.w1[2 * 3 + 2] = 1; // feature 2 tips class 2
        m = _deployModel(3, 4);
        (v, p) = _prepare(m, q, 0, "w");
        m.setInitialVersion(v, p);
        int64[] memory s = new int64[](1);
        s[0] = 2;
        assertEq(m.predict(s), 2);
        s[0] = 1;
        assertEq(m.predict(s), 1);
    }

    function test_predict_mlpOverSeveralPagesMatchesReference() public {
        uint64 features = 1100; // 16 hidden units: 32-byte rows, three pages
        OracleModel m = _deployModel(5, features);
        Q memory q = _random(2, 16, 5, features, 11);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(m, q, 0, "w");
        assertEq(p.pageHashes.length, 3);
        m.setInitialVersion(v, p);
        (, bool directory,,,) = m.activeParams();
        assertTrue(directory);
        for (uint256 i; i < 30; ++i) {
            int64[] memory s = _sample(i, 1 + i % 20, features);
            assertEq(m.predict(s), _reference(q, s));
        }
    }

    function test_update_checksButDoesNotTrain() public {
        (OracleModel.Version memory v,) = _init();
        _seal();
        int64[] memory s = _sample(5, 4, FEATURES);
        uint64 before = om.predict(s);
        vm.prank(trainer);
        om.update(s, 1 - before);
        assertEq(om.predict(s), before);
        (, bytes32 d) = om.activeVersion();
        assertEq(d, om.digest(v));
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.UnknownLabel.selector, 2, 2));
        om.update(s, 2);
        s[0] = int64(FEATURES);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(FEATURES), FEATURES));
        om.update(s, 0);
    }

    function test_update_revertsForNonTrainer() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(this)));
        om.update(_sample(1, 2, FEATURES), 0);
    }

    // ---------------------------------------------------------------- propose and activate

    function test_propose_quorumActivates() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        bytes32 d = om.digest(v);
        vm.prank(ops[0]);
        vm.expectEmit(address(om));
        emit OracleModel.Proposed(1, d, ops[0], 1);
        om.propose(v, p);
        (OracleModel.Version memory active,) = om.activeVersion();
        assertEq(active.number, 0);
        assertEq(om.votes(d), 1);
        assertEq(om.proposalOf(ops[0], 1), d);
        vm.prank(ops[2]);
        vm.expectEmit(address(om));
        emit OracleModel.VersionActivated(1, d);
        om.propose(v, p);
        (active,) = om.activeVersion();
        assertEq(abi.encode(active), abi.encode(v));
    }

    function test_propose_dishonestOperatorAloneCannotChangeModel() public {
        _init();
        (, bytes32 before) = om.activeVersion();
        (OracleModel.Version memory bad, OracleModel.Params memory p) = _next(666);
        vm.prank(ops[1]);
        om.propose(bad, p);
        vm.prank(ops[1]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.AlreadyProposed.selector, ops[1], 1));
        om.propose(bad, p);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NoQuorum.selector, om.digest(bad), 1, 2));
        om.activate(bad, p);
        (, bytes32 d) = om.activeVersion();
        assertEq(d, before);
        // The honest two still agree on their own version.
        (OracleModel.Version memory good, OracleModel.Params memory q) = _next(3);
        vm.prank(ops[0]);
        om.propose(good, q);
        vm.prank(ops[2]);
        om.propose(good, q);
        (, d) = om.activeVersion();
        assertEq(d, om.digest(good));
    }

    function test_propose_revertsOnConflictingProposal() public {
        _init();
        (OracleModel.Version memory a, OracleModel.Params memory p) = _next(2);
        (OracleModel.Version memory b, OracleModel.Params memory q) = _next(3);
        vm.prank(ops[0]);
        om.propose(a, p);
        bytes32 d = om.digest(a);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.ConflictingProposal.selector, ops[0], 1, d));
        om.propose(b, q);
    }

    function test_propose_revertsForNonOperator() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NotOperator.selector, stranger));
        om.propose(v, p);
    }

    function test_propose_revertsWithoutCommittee() public {
        OracleModel m = _deployModel(2, FEATURES);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NotOperator.selector, ops[0]));
        m.propose(_version(1, _params(lin), bytes32(0)), _params(lin));
    }

    function test_propose_withoutActiveVersionTakesOnlyVersionZero() public {
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.VersionGap.selector, 1, 0));
        om.propose(v, p);
        (v.number, v.parent) = (0, 5);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.StaleParent.selector, 5, 0));
        om.propose(v, p);
        v.parent = 0;
        _seal(); // sealed without a version: the committee can still give it one
        vm.prank(ops[0]);
        om.propose(v, p);
        vm.prank(ops[1]);
        om.propose(v, p);
        (OracleModel.Version memory active, bytes32 d) = om.activeVersion();
        assertEq(active.number, 0);
        assertEq(d, om.digest(v));
        int64[] memory sample = _sample(1, 3, FEATURES);
        assertEq(om.predict(sample), _reference(_random(1, 0, 2, FEATURES, 2), sample));
    }

    function test_propose_revertsOnStaleOrFutureNumber() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        v.number = 0;
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.StaleVersion.selector, 0, 0));
        om.propose(v, p);
        v.number = 2;
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.VersionGap.selector, 2, 1));
        om.propose(v, p);
    }

    function test_propose_revertsOnAcceptedVersion() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        vm.prank(ops[0]);
        om.propose(v, p);
        vm.prank(ops[1]);
        om.propose(v, p);
        vm.prank(ops[2]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.StaleVersion.selector, 1, 1));
        om.propose(v, p);
    }

    function test_propose_revertsOnStaleParent() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        v.parent = 7;
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.StaleParent.selector, 7, 0));
        om.propose(v, p);
    }

    function test_propose_revertsOnCursorBehind() public {
        _init(); // cursor (0, 3)
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        (v.cursorBlock, v.cursorLogIndex) = (0, 2);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.CursorBehind.selector, 0, 2));
        om.propose(v, p);
        v.cursorLogIndex = 3; // the same cursor: no new data, still allowed (for example a new config)
        vm.prank(ops[0]);
        om.propose(v, p);
    }

    function test_propose_revertsOnParamsMismatch() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        p.hidden = 1;
        bytes32 h = om.hashParams(p);
        vm.prank(ops[0]);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.ParamsMismatch.selector, h, v.paramsHash));
        om.propose(v, p);
    }

    function test_propose_quorumWaitsForUnstagedPageThenActivate() public {
        _init();
        Q memory q = _random(1, 0, 2, FEATURES, 9);
        OracleModel.Params memory p = _params(q);
        OracleModel.Version memory v = _version(1, p, _publish(om, "w9"));
        vm.prank(ops[0]);
        om.propose(v, p);
        vm.prank(ops[1]);
        om.propose(v, p);
        (, bytes32 d) = om.activeVersion();
        assertTrue(d != om.digest(v));
        vm.expectRevert(abi.encodeWithSelector(OracleModel.PageNotStaged.selector, p.pageHashes[0]));
        om.activate(v, p);
        _stage(om, q);
        vm.prank(stranger);
        om.activate(v, p);
        (, d) = om.activeVersion();
        assertEq(d, om.digest(v));
    }

    function test_propose_quorumWaitsForMissingChunk() public {
        _init();
        OracleModel.Params memory p = _stage(om, _random(1, 0, 2, FEATURES, 9));
        OracleModel.Version memory v = _version(1, p, _root("unpublished"));
        vm.prank(ops[0]);
        om.propose(v, p);
        vm.prank(ops[1]);
        om.propose(v, p);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.WeightsNotPublished.selector, v.weightsRoot, 0, 1));
        om.activate(v, p);
        _publish(om, "unpublished");
        om.activate(v, p);
        (OracleModel.Version memory active,) = om.activeVersion();
        assertEq(active.number, 1);
    }

    function test_setCommittee_dropsEarlierVotes() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        bytes32 d = om.digest(v);
        vm.prank(ops[0]);
        om.propose(v, p);
        om.setCommittee(ops, 2);
        assertEq(om.votes(d), 0);
        assertEq(om.proposalOf(ops[0], 1), bytes32(0));
        vm.prank(ops[1]);
        om.propose(v, p);
        (OracleModel.Version memory active,) = om.activeVersion();
        assertEq(active.number, 0);
        vm.prank(ops[0]);
        om.propose(v, p); // may vote again in the new epoch
        (active,) = om.activeVersion();
        assertEq(active.number, 1);
    }

    function test_activate_revertsWithoutQuorum() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.NoQuorum.selector, om.digest(v), 0, 2));
        om.activate(v, p);
    }

    function test_activate_revertsOnceActive() public {
        _init();
        (OracleModel.Version memory v, OracleModel.Params memory p) = _next(2);
        vm.prank(ops[0]);
        om.propose(v, p);
        vm.prank(ops[1]);
        om.propose(v, p);
        vm.expectRevert(abi.encodeWithSelector(OracleModel.StaleVersion.selector, 1, 1));
        om.activate(v, p);
    }

    function test_digest_isAbiEncodedHash() public view {
        OracleModel.Version memory v = _version(3, _params(lin), bytes32(uint256(5)));
        assertEq(om.digest(v), keccak256(abi.encode(v)));
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Any shape, any weights, any sample: predict equals the reference computed from the arrays.
    function testFuzz_predict_matchesReference(uint256 seed, uint8 kindBit, uint8 classes, uint8 hidden, uint8 n)
        public
    {
        uint8 kind = kindBit % 2 == 0 ? 1 : 2;
        classes = uint8(bound(classes, 2, 16));
        hidden = kind == 2 ? uint8(bound(hidden, 1, 16)) : 0;
        uint64 features = 24;
        OracleModel m = _deployModel(classes, features);
        Q memory q = _random(kind, hidden, classes, features, seed);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(m, q, 0, "w");
        m.setInitialVersion(v, p);
        int64[] memory s = _sample(seed, bound(n, 0, MAX_SAMPLE), features);
        assertEq(m.predict(s), _reference(q, s));
    }

    /// @dev Any committee, any split of its operators between two versions with the same number: a version
    /// activates exactly when its votes reach the threshold, and never both.
    function testFuzz_propose_oneVersionPerNumber(uint8 size, uint8 threshold, uint256 votesForA, uint256 split)
        public
    {
        size = uint8(bound(size, 1, 32));
        threshold = uint8(bound(threshold, size / 2 + 1, size));
        _committee(om, size, threshold);
        _init();
        (OracleModel.Version memory a, OracleModel.Params memory p) = _next(2);
        (OracleModel.Version memory b, OracleModel.Params memory q) = _next(3);
        (bytes32 da, bytes32 db) = (om.digest(a), om.digest(b));
        uint256 voters = bound(votesForA, 0, size);
        uint256 forA = bound(split, 0, voters);
        uint256 votesA;
        uint256 votesB;
        for (uint256 i; i < voters; ++i) {
            (OracleModel.Version memory v, OracleModel.Params memory r) = i < forA ? (a, p) : (b, q);
            (OracleModel.Version memory current,) = om.activeVersion();
            if (current.number == 1) {
                // A version is active: later proposals for number 1 are stale.
                vm.prank(ops[i]);
                vm.expectRevert(abi.encodeWithSelector(OracleModel.StaleVersion.selector, 1, 1));
                om.propose(v, r);
                continue;
            }
            vm.prank(ops[i]);
            om.propose(v, r);
            if (i < forA) ++votesA;
            else ++votesB;
        }
        (OracleModel.Version memory active, bytes32 d) = om.activeVersion();
        if (votesA >= threshold) assertEq(d, da);
        else if (votesB >= threshold) assertEq(d, db);
        else assertEq(active.number, 0);
        assertTrue(votesA < threshold || votesB < threshold);
    }
}
