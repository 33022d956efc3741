// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {ModelUpdater} from "../../src/market/ModelUpdater.sol";
import {MarketTestBase} from "./MarketTestBase.sol";
import {ScriptedModel} from "./ScriptedModel.sol";
import {MarketAttacker} from "./MarketAttacker.sol";

/// @notice Unit tests of PredictionMarket: every phase transition, every revert, the timeout paths, and a malicious
/// provider and contributor.
/// @dev The default run: 4 pieces of 5 samples, piece 2 revealed first, so 15 evaluation samples; scripted
/// accuracies 5 (initial), 10, 4, 12 after contributions 1-3 (alice good, bob bad, carol good); minimum stake
/// 1000 wei, bounty 100,000 wei: 6,666 rounds.
contract PredictionMarketTest is MarketTestBase {
    ScriptedModel internal model;
    /// @dev When nonzero, the rank the evaluation sample of rank 0 gets instead (ScriptedModel's BURN_PREDICT or
    /// FAIL_PREDICT).
    int64 internal _rankZeroAs;

    function _allPieces() internal view override returns (PredictionMarket.Sample[][] memory p) {
        p = super._allPieces();
        if (_rankZeroAs == 0) return p;
        for (uint256 i; i < p.length; ++i) {
            for (uint256 j; j < p[i].length; ++j) {
                if (p[i][j].data[0] == 0) p[i][j].data[0] = _rankZeroAs;
            }
        }
    }

    function _openDefault() internal {
        model = _open(_config(), _accs(5, 10, 4, 12), 4, 5);
    }

    function _threeContributions() internal {
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _contribute(bob, MIN_STAKE, _contribSample(2));
        _contribute(carol, MIN_STAKE, _contribSample(3));
    }

    function _phase() internal view returns (IPredictionMarket.Phase) {
        return market.state().phase;
    }

    function _expectPhase(IPredictionMarket.Phase expected, IPredictionMarket.Phase current) internal {
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.WrongPhase.selector, expected, current));
    }

    // ------------------------------------------------------------------------------------------- initialise

    function test_initialise_setsStateAndSealsModel() public {
        uint256 drawBlock = block.number + market.DRAW_DELAY();
        address updater = market.updaterFor(provider);
        assertEq(updater.code.length, 0, "no updater before the run");
        model = _start(_config(), _accs(5, 10, 4, 12), 4, 5);
        PredictionMarket.State memory m = market.state();
        assertEq(uint8(m.phase), uint8(IPredictionMarket.Phase.Committed));
        assertEq(m.provider, provider);
        assertEq(m.bounty, BOUNTY);
        assertEq(address(m.model), address(model));
        assertEq(m.numPieces, 4);
        assertEq(m.drawBlock, drawBlock);
        assertEq(m.deadline, block.timestamp + 1 days);
        assertEq(m.numClasses, 2);
        assertEq(m.piecesRoot, _root(_hashes(_allPieces())));
        assertEq(address(market).balance, BOUNTY);
        assertGt(updater.code.length, 0, "updater deployed");
        assertEq(ModelUpdater(updater).market(), address(market));
        assertEq(market.config().minStake, MIN_STAKE);
        assertEq(market.runsOf(provider), 1);
        assertTrue(market.updaterFor(provider) != updater, "the provider's next run has another updater");
    }

    function test_initialise_emits() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(provider), _accs(1, 2));
        IPredictionMarket.Config memory cfg = _config();
        vm.deal(provider, 1 ether);
        vm.expectEmit(address(market));
        emit IPredictionMarket.MarketInitialised(
            0, provider, m, market.updaterFor(provider), 1 ether, bytes32(uint256(7)), 3, block.number + 5, cfg
        );
        vm.prank(provider);
        market.initialise{value: 1 ether}(m, bytes32(uint256(7)), 3, cfg);
    }

    function test_initialise_revertsWhenNotIdle() public {
        _openDefault();
        vm.deal(provider, BOUNTY);
        _expectPhase(IPredictionMarket.Phase.Idle, IPredictionMarket.Phase.Participation);
        vm.prank(provider);
        market.initialise{value: BOUNTY}(model, bytes32(0), 4, _config());
    }

    function test_initialise_revertsOnABountyOutOfRange() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(this)), _accs(1, 2));
        uint256 min = market.MIN_BOUNTY();
        uint256 max = market.MAX_BOUNTY();
        for (uint256 i; i < 3; ++i) {
            uint256 bounty = [uint256(0), 1, min - 1][i];
            vm.expectRevert(_outOfRange(IPredictionMarket.Param.Bounty, bounty, min, max));
            market.initialise{value: bounty}(m, bytes32(0), 4, _config());
        }
        vm.deal(address(this), max + 1);
        vm.expectRevert(_outOfRange(IPredictionMarket.Param.Bounty, max + 1, min, max));
        market.initialise{value: max + 1}(m, bytes32(0), 4, _config());
    }

    /// @dev A bounty too small to pay one round on the largest test set the configuration allows.
    function test_initialise_revertsOnABountyBelowOneRound() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(this)), _accs(1, 2));
        IPredictionMarket.Config memory cfg = _config();
        cfg.maxPieceSamples = 256;
        cfg.maxSampleLength = 1;
        cfg.modelGasLimit = 10_000;
        uint256 numPieces = 1000;
        uint256 maxEval = 999 * 256;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.BountyBelowOneRound.selector, BOUNTY, maxEval));
        market.initialise{value: BOUNTY}(m, bytes32(0), numPieces, cfg);
        market.initialise{value: maxEval}(m, bytes32(0), numPieces, cfg);
    }

    function _outOfRange(IPredictionMarket.Param param, uint256 value, uint256 min, uint256 max)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeWithSelector(IPredictionMarket.OutOfRange.selector, param, value, min, max);
    }

    function test_initialise_revertsOnBadNumPieces() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(this)), _accs(1, 2));
        uint256 max = market.MAX_PIECES();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.BadNumPieces.selector, 1));
        market.initialise{value: BOUNTY}(m, bytes32(0), 1, _config());
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.BadNumPieces.selector, max + 1));
        market.initialise{value: BOUNTY}(m, bytes32(0), max + 1, _config());
    }

    function test_initialise_revertsOnModelBoundElsewhere() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(alice), _accs(1, 2));
        vm.expectRevert(
            abi.encodeWithSelector(
                IPredictionMarket.ModelBoundElsewhere.selector,
                market.updaterFor(alice),
                market.updaterFor(address(this))
            )
        );
        market.initialise{value: BOUNTY}(m, bytes32(0), 4, _config());
    }

    /// @dev Every parameter is bounded below and above; one past either bound reverts naming it.
    function test_initialise_revertsOnEveryParameterOutOfRange() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(this)), _accs(1, 2));
        IPredictionMarket.Config memory cfg = _config();
        uint256 h = 1 hours;
        uint256[4][10] memory cases = [
            [uint256(IPredictionMarket.Param.MinStake), 0, 1, market.MAX_STAKE()],
            [uint256(IPredictionMarket.Param.MinContributions), 0, 0, 1000],
            [uint256(IPredictionMarket.Param.MinDuration), 0, h, market.MAX_DURATION()],
            [uint256(IPredictionMarket.Param.FirstRevealWindow), 0, h, market.MAX_FIRST_REVEAL_WINDOW()],
            [uint256(IPredictionMarket.Param.RevealWindow), 0, h, market.MAX_REVEAL_WINDOW()],
            [uint256(IPredictionMarket.Param.RewardWindow), 0, market.MIN_REWARD_WINDOW(), market.MAX_REWARD_WINDOW()],
            [uint256(IPredictionMarket.Param.MaxPieceSamples), 0, 1, market.MAX_PIECE_SAMPLES()],
            [uint256(IPredictionMarket.Param.MaxSampleLength), 0, 1, market.MAX_SAMPLE_LENGTH()],
            [uint256(IPredictionMarket.Param.ModelGasLimit), 0, market.MIN_MODEL_GAS(), market.MAX_MODEL_GAS()],
            [uint256(IPredictionMarket.Param.MaxContributions), 0, 1, market.MAX_CONTRIBUTIONS()]
        ];
        for (uint256 i; i < cases.length; ++i) {
            (uint256 param, uint256 min, uint256 max) = (cases[i][0], cases[i][2], cases[i][3]);
            for (uint256 side; side < 2; ++side) {
                if (side == 0 && min == 0) continue;
                uint256 value = side == 0 ? min - 1 : max + 1;
                cfg = _config();
                _setParam(cfg, param, value);
                if (param == uint256(IPredictionMarket.Param.MaxContributions)) cfg.minContributions = 0;
                vm.expectRevert(_outOfRange(IPredictionMarket.Param(param), value, min, max));
                market.initialise{value: BOUNTY}(m, bytes32(0), 4, cfg);
            }
        }
    }

    /// @dev The review's lock: a 1-wei bounty and a first-reveal window of 2^32 - 1 seconds (about 136 years),
    /// with a root nobody can open. It fails now; the longest any run can hold the market is MAX_RUN_TIME.
    function test_initialise_refusesTheCenturyLock() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(this)), _accs(1, 2));
        IPredictionMarket.Config memory cfg = _config();
        cfg.firstRevealWindow = type(uint32).max;
        vm.expectRevert(_outOfRange(IPredictionMarket.Param.FirstRevealWindow, type(uint32).max, 1 hours, 1 days));
        market.initialise{value: BOUNTY}(m, bytes32(0), 4, cfg);
        cfg = _config();
        vm.expectRevert(_outOfRange(IPredictionMarket.Param.Bounty, 1, market.MIN_BOUNTY(), market.MAX_BOUNTY()));
        market.initialise{value: 1}(m, bytes32(0), 4, cfg);
        cfg.revealWindow = type(uint32).max;
        vm.expectRevert(_outOfRange(IPredictionMarket.Param.RevealWindow, type(uint32).max, 1 hours, 7 days));
        market.initialise{value: BOUNTY}(m, bytes32(0), 4, cfg);
        cfg = _config();
        cfg.minDuration = type(uint32).max;
        vm.expectRevert(_outOfRange(IPredictionMarket.Param.MinDuration, type(uint32).max, 1 hours, 14 days));
        market.initialise{value: BOUNTY}(m, bytes32(0), 4, cfg);
        assertEq(market.MAX_RUN_TIME(), 29 days);
    }

    function _setParam(IPredictionMarket.Config memory cfg, uint256 param, uint256 v) internal pure {
        if (param == 0) cfg.minStake = uint96(v);
        else if (param == 1) cfg.minContributions = uint32(v);
        else if (param == 2) cfg.minDuration = uint32(v);
        else if (param == 3) cfg.firstRevealWindow = uint32(v);
        else if (param == 4) cfg.revealWindow = uint32(v);
        else if (param == 5) cfg.rewardWindow = uint32(v);
        else if (param == 6) cfg.maxPieceSamples = uint16(v);
        else if (param == 7) cfg.maxSampleLength = uint16(v);
        else if (param == 8) cfg.modelGasLimit = uint32(v);
        else cfg.maxContributions = uint32(v);
    }

    /// @dev The smallest walk step (one contribution, one piece) must fit in 9M gas by the configuration.
    function test_initialise_revertsWhenOneStepWouldBeTooHeavy() public {
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(this)), _accs(1, 2));
        IPredictionMarket.Config memory cfg = _config();
        cfg.maxPieceSamples = 64;
        cfg.modelGasLimit = 130_000;
        cfg.maxSampleLength = 20;
        uint256 perSample = 130_000 + 8_000 + 1_300 * 20;
        uint256 unit = 65 * perSample + 150_000;
        assertGt(unit, 9_000_000);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.StepTooHeavy.selector, unit, 9_000_000));
        market.initialise{value: BOUNTY}(m, bytes32(0), 4, cfg);
        cfg.maxPieceSamples = 50;
        market.initialise{value: BOUNTY}(m, bytes32(0), 4, cfg);
    }

    /// @dev A real model filled in chunks while its updater has no code; initialise seals it.
    function test_initialise_sealsAModelFilledInChunks() public {
        string[] memory names = new string[](2);
        (names[0], names[1]) = ("neg", "pos");
        SparsePerceptron p =
            new SparsePerceptron(market.updaterFor(address(this)), names, 16, 8, 0, 1e9, 0, 0, new uint256[](0));
        uint256[] memory words = new uint256[](2);
        words[0] = 5;
        p.setWeightWords(0, words);
        p.setWeightWords(2, words);
        assertFalse(p.isSealed());
        address updater = market.updaterFor(address(this));
        market.initialise{value: BOUNTY}(p, bytes32(0), 4, _config());
        assertTrue(p.isSealed());
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, updater));
        p.setWeightWords(0, words);
        vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, address(this)));
        p.update(new int64[](1), 1);
    }

    function test_updater_servesOnlyTheMarket() public {
        _openDefault();
        ModelUpdater u = ModelUpdater(market.state().model.trainer());
        vm.expectRevert(abi.encodeWithSelector(ModelUpdater.NotMarket.selector, address(this)));
        u.update(model, 0, new int64[](1));
    }

    // ------------------------------------------------------------------------------------------------- draw

    function test_draw_revertsUntilTheDrawBlockIsPast() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        uint256 drawBlock = market.state().drawBlock;
        vm.roll(drawBlock);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DrawNotReady.selector, drawBlock));
        market.draw();
    }

    function test_draw_usesTheDrawBlockHash() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        PredictionMarket.State memory m = market.state();
        bytes32 h = keccak256("some block");
        vm.roll(m.drawBlock + 10);
        vm.setBlockhash(m.drawBlock, h);
        uint256 expected = uint256(keccak256(abi.encode(h, m.piecesRoot, uint256(0), address(market)))) % 4;
        vm.expectEmit(address(market));
        emit IPredictionMarket.RevealIndexDrawn(0, expected);
        market.draw();
        assertEq(market.state().revealIndex, expected);
        assertTrue(market.state().drawn);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.AlreadyDrawn.selector, expected));
        market.draw();
    }

    /// @dev After 256 blocks the hash is gone: the draw moves to a new future block rather than to anything the
    /// provider could have known at the commitment.
    function test_draw_retargetsWhenTheHashExpired() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        uint256 drawBlock = market.state().drawBlock;
        vm.roll(drawBlock + 300);
        vm.setBlockhash(drawBlock, bytes32(0));
        vm.expectEmit(address(market));
        emit IPredictionMarket.DrawRetargeted(0, block.number + 5);
        market.draw();
        assertEq(market.state().drawBlock, block.number + 5);
        assertFalse(market.state().drawn);
        // revealFirstPiece cannot draw from an expired hash either.
        vm.roll(block.number + 300);
        PredictionMarket.Sample[][] memory p = _allPieces();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DrawExpired.selector, market.state().drawBlock));
        market.revealFirstPiece(p[_firstIndex], _proof(_hashes(p), _firstIndex));
    }

    function test_draw_revertsInOtherPhases() public {
        _expectPhase(IPredictionMarket.Phase.Committed, IPredictionMarket.Phase.Idle);
        market.draw();
        _openDefault();
        _expectPhase(IPredictionMarket.Phase.Committed, IPredictionMarket.Phase.Participation);
        market.draw();
    }

    // ------------------------------------------------------------------------------------------ first reveal

    function test_revealFirst_opensParticipation() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        _prepareDraw();
        PredictionMarket.Sample[][] memory p = _allPieces();
        vm.expectEmit(address(market));
        emit IPredictionMarket.ParticipationOpened(0, block.timestamp + 1 days);
        market.revealFirstPiece(p[_firstIndex], _proof(_hashes(p), _firstIndex));
        PredictionMarket.State memory m = market.state();
        assertEq(uint8(m.phase), uint8(IPredictionMarket.Phase.Participation));
        assertEq(m.revealIndex, _firstIndex);
        assertEq(m.earliestEnd, block.timestamp + 1 days);
    }

    function test_revealFirst_emitsThePackedPiece() public {
        model = _start(_config(), _accs(5, 10), 2, 2);
        _prepareDraw();
        PredictionMarket.Sample[][] memory p = _allPieces();
        // Two samples [NEVER, 1] label 1 and [NEVER, 0] label 0 (piece 1 is drawn, labels alternate from 1).
        bytes memory packed = abi.encodePacked(
            uint64(1), uint64(2), type(int64).max, int64(1), uint64(0), uint64(2), type(int64).max, int64(0)
        );
        vm.expectEmit(address(market));
        emit IPredictionMarket.PieceRevealed(0, 1, _pieceHash(p[1]), 2, packed);
        market.revealFirstPiece(p[1], _proof(_hashes(p), 1));
    }

    /// @dev A malicious provider reveals a piece that does not match its commitment.
    function test_revealFirst_revertsOnAPieceThatDoesNotMatch() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        _prepareDraw();
        PredictionMarket.Sample[][] memory p = _allPieces();
        bytes32[] memory proof = _proof(_hashes(p), _firstIndex);
        p[_firstIndex][0].label = 1 - p[_firstIndex][0].label;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.InvalidProof.selector, _firstIndex));
        market.revealFirstPiece(p[_firstIndex], proof);
    }

    /// @dev Revealing another committed piece, with its own valid proof, does not pass for the drawn one.
    function test_revealFirst_revertsOnAnotherCommittedPiece() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        _prepareDraw();
        PredictionMarket.Sample[][] memory p = _allPieces();
        uint256 other = (_firstIndex + 1) % 4;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.InvalidProof.selector, _firstIndex));
        market.revealFirstPiece(p[other], _proof(_hashes(p), other));
        bytes32[] memory shortProof = new bytes32[](1);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.InvalidProof.selector, _firstIndex));
        market.revealFirstPiece(p[_firstIndex], shortProof);
    }

    function test_revealFirst_revertsBeforeTheDrawBlock() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        PredictionMarket.Sample[][] memory p = _allPieces();
        uint256 drawBlock = market.state().drawBlock;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DrawNotReady.selector, drawBlock));
        market.revealFirstPiece(p[0], _proof(_hashes(p), 0));
    }

    function test_revealFirst_revertsAfterTheDeadline() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        _prepareDraw();
        uint256 deadline = market.state().deadline;
        vm.warp(deadline + 1);
        PredictionMarket.Sample[][] memory p = _allPieces();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DeadlinePassed.selector, deadline));
        market.revealFirstPiece(p[_firstIndex], _proof(_hashes(p), _firstIndex));
    }

    function test_revealFirst_revertsOnBadPieceShapes() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.maxPieceSamples = 4;
        model = _start(cfg, _accs(5, 10), 4, 5);
        _prepareDraw();
        PredictionMarket.Sample[][] memory p = _allPieces();
        bytes32[] memory proof = _proof(_hashes(p), _firstIndex);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.PieceSize.selector, 5, 4));
        market.revealFirstPiece(p[_firstIndex], proof);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.PieceSize.selector, 0, 4));
        market.revealFirstPiece(new PredictionMarket.Sample[](0), proof);
        PredictionMarket.Sample[] memory long = new PredictionMarket.Sample[](1);
        long[0].data = new int64[](9);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.SampleTooLong.selector, 9, 8));
        market.revealFirstPiece(long, proof);
    }

    /// @dev A sample word that is not a sign-extended int64 would hash differently from what events show.
    function test_revealFirst_revertsOnAMalformedSample() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        _prepareDraw();
        PredictionMarket.Sample[] memory one = new PredictionMarket.Sample[](1);
        one[0] = _sample(1, 1);
        bytes memory data = abi.encodeCall(PredictionMarket.revealFirstPiece, (one, new bytes32[](2)));
        // The first data entry sits at: selector, 2 heads, array length, 1 offset, struct (offset, label), length.
        uint256 at = 4 + 32 * 2 + 32 + 32 + 64 + 32;
        assertEq(uint256(bytes32(_slice(data, at))), 1);
        data[at] = 0x01; // the top byte: no longer a clean int64
        (bool ok, bytes memory ret) = address(market).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(IPredictionMarket.MalformedSample.selector));
    }

    function _slice(bytes memory data, uint256 at) internal pure returns (bytes32 word) {
        assembly {
            word := mload(add(add(data, 0x20), at))
        }
    }

    // ----------------------------------------------------------------------------------------------- cancel

    /// @dev A provider who never reveals the first piece gets the bounty back: nobody has staked yet.
    function test_cancel_afterTheDeadlineCreditsTheProviderAndRestarts() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        uint256 deadline = market.state().deadline;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DeadlineNotPassed.selector, deadline));
        market.cancel();
        vm.warp(deadline + 1);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Cancelled(0);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Closed(0, provider, BOUNTY);
        vm.prank(dave);
        market.cancel();
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Idle));
        assertEq(market.run(), 1);
        assertEq(market.owed(provider), BOUNTY);
        uint256 before = provider.balance;
        vm.prank(provider);
        market.withdraw(payable(provider));
        assertEq(provider.balance - before, BOUNTY);
        assertEq(address(market).balance, 0);
        // Run 1 starts with a model for the provider's next updater.
        address next = market.updaterFor(provider);
        model = _open(_config(), _accs(5, 10), 4, 5);
        assertEq(market.state().provider, provider);
        assertEq(model.trainer(), next);
    }

    function test_cancel_revertsInOtherPhases() public {
        _expectPhase(IPredictionMarket.Phase.Committed, IPredictionMarket.Phase.Idle);
        market.cancel();
        _openDefault();
        vm.warp(block.timestamp + 30 days);
        _expectPhase(IPredictionMarket.Phase.Committed, IPredictionMarket.Phase.Participation);
        market.cancel();
    }

    // ------------------------------------------------------------------------------------------ participation

    function test_contribute_recordsTheContribution() public {
        _openDefault();
        PredictionMarket.Sample memory s = _contribSample(7);
        vm.deal(alice, MIN_STAKE);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Contributed(0, 1, alice, MIN_STAKE, abi.encodePacked(uint64(1), uint64(1), int64(7)));
        vm.prank(alice);
        market.contribute{value: MIN_STAKE}(s.data, s.label);
        PredictionMarket.Contribution memory c = market.contributionOf(0, 1);
        assertEq(c.contributor, alice);
        assertEq(c.stake, MIN_STAKE);
        assertEq(c.body, _leaf(s));
        PredictionMarket.Account memory a = market.accountOf(0, alice);
        assertEq(a.staked, MIN_STAKE);
        assertEq(a.count, 1);
        assertEq(a.balance, 0, "per-contribution runs credit later");
        PredictionMarket.State memory m = market.state();
        assertEq(m.numContributions, 1);
        assertEq(m.numContributors, 1);
        assertEq(m.totalStaked, MIN_STAKE);
        assertEq(market.pool(), BOUNTY + MIN_STAKE);
        assertEq(model.version(), 0, "the model is not updated during participation");
    }

    /// @dev A malicious contributor staking nothing, or too little.
    function test_contribute_revertsBelowTheMinimumStake() public {
        _openDefault();
        PredictionMarket.Sample memory s = _contribSample(1);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.StakeTooLow.selector, MIN_STAKE, 0));
        market.contribute(s.data, s.label);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.StakeTooLow.selector, MIN_STAKE, MIN_STAKE - 1));
        market.contribute{value: MIN_STAKE - 1}(s.data, s.label);
    }

    function test_contribute_revertsAboveTheMinimumUnlessAllowed() public {
        _openDefault();
        PredictionMarket.Sample memory s = _contribSample(1);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.StakeNotExact.selector, MIN_STAKE, MIN_STAKE + 1));
        market.contribute{value: MIN_STAKE + 1}(s.data, s.label);
    }

    function test_contribute_takesGreaterStakesWhenAllowed() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.allowGreaterStake = true;
        cfg.groupByContributor = true;
        model = _open(cfg, _accs(5, 10), 4, 5);
        _contribute(alice, 5 * MIN_STAKE, _contribSample(1));
        _contribute(alice, MIN_STAKE, _contribSample(2));
        PredictionMarket.Account memory a = market.accountOf(0, alice);
        assertEq(a.staked, 6 * MIN_STAKE);
        assertEq(a.balance, 6 * MIN_STAKE, "grouped balance starts at the stakes");
        assertEq(a.count, 2);
        assertEq(market.contributorAt(0, 0), alice);
        assertEq(market.state().numContributors, 1);
    }

    function test_contribute_revertsOnBadSamples() public {
        _openDefault();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.UnknownLabel.selector, 2, 2));
        market.contribute{value: MIN_STAKE}(new int64[](1), 2);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.SampleTooLong.selector, 9, 8));
        market.contribute{value: MIN_STAKE}(new int64[](9), 1);
        bytes memory data = abi.encodeCall(PredictionMarket.contribute, (new int64[](1), 1));
        data[4 + 32 * 3] = 0x80; // the entry's top byte
        (bool ok, bytes memory ret) = address(market).call{value: MIN_STAKE}(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(IPredictionMarket.MalformedSample.selector));
    }

    /// @dev A malicious contributor contributing before participation opens, or after the end.
    function test_contribute_revertsOutsideParticipation() public {
        _expectPhase(IPredictionMarket.Phase.Participation, IPredictionMarket.Phase.Idle);
        market.contribute{value: MIN_STAKE}(new int64[](1), 1);
        model = _start(_config(), _accs(5, 10, 4, 12), 4, 5);
        _expectPhase(IPredictionMarket.Phase.Participation, IPredictionMarket.Phase.Committed);
        market.contribute{value: MIN_STAKE}(new int64[](1), 1);
        _prepareDraw();
        _revealFirst();
        _threeContributions();
        _end();
        _expectPhase(IPredictionMarket.Phase.Participation, IPredictionMarket.Phase.Revealing);
        market.contribute{value: MIN_STAKE}(new int64[](1), 1);
    }

    // -------------------------------------------------------------------------------------------------- end

    function test_end_revertsUntilACriterionHolds() public {
        _openDefault();
        uint256 earliest = market.state().earliestEnd;
        _contribute(alice, MIN_STAKE, _contribSample(1));
        vm.warp(earliest - 1);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.EndCriteriaNotMet.selector, 1, 3, earliest));
        market.endMarket();
    }

    function test_end_byNumberOfContributions() public {
        _openDefault();
        _threeContributions();
        uint256 deadline = block.timestamp + 2 days;
        vm.expectEmit(address(market));
        emit IPredictionMarket.MarketEnded(0, 3, deadline);
        vm.prank(dave);
        market.endMarket();
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Revealing));
        assertEq(market.state().deadline, deadline);
    }

    function test_end_byDuration() public {
        _openDefault();
        _contribute(alice, MIN_STAKE, _contribSample(1));
        vm.warp(market.state().earliestEnd);
        market.endMarket();
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Revealing));
    }

    function test_end_withNoContributionsClosesTheRun() public {
        _openDefault();
        vm.warp(market.state().earliestEnd);
        market.endMarket();
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Idle));
        assertEq(market.run(), 1);
        assertEq(market.owed(provider), BOUNTY);
    }

    function test_end_revertsOutsideParticipation() public {
        _expectPhase(IPredictionMarket.Phase.Participation, IPredictionMarket.Phase.Idle);
        market.endMarket();
    }

    // -------------------------------------------------------------------------------------------- reveal rest

    function test_revealPieces_startsTheRewardPhase() public {
        _openDefault();
        _threeContributions();
        _end();
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        vm.expectEmit(address(market));
        emit IPredictionMarket.RewardStarted(0, 15, BOUNTY / 15);
        market.revealPieces(rest, proofs);
        PredictionMarket.State memory m = market.state();
        assertEq(uint8(m.phase), uint8(IPredictionMarket.Phase.Rewarding));
        assertEq(m.numEvalSamples, 15);
        assertEq(m.nextReveal, 3);
        PredictionMarket.Reward memory r = market.rewardState();
        assertEq(r.remainingRounds, BOUNTY / 15);
        assertEq(r.aliveUnits, 3);
        assertEq(r.iteration, 1);
        for (uint256 pos; pos < 3; ++pos) {
            assertEq(market.pieceHashAt(0, pos), _pieceHash(rest[pos]));
            assertEq(market.pieceIndexAt(pos), pos < 2 ? pos : pos + 1);
        }
    }

    function test_revealPieces_inSeveralCalls() public {
        _openDefault();
        _threeContributions();
        _end();
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        for (uint256 pos; pos < 3; ++pos) {
            PredictionMarket.Sample[][] memory one = new PredictionMarket.Sample[][](1);
            bytes32[][] memory oneProof = new bytes32[][](1);
            (one[0], oneProof[0]) = (rest[pos], proofs[pos]);
            assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Revealing));
            market.revealPieces(one, oneProof);
        }
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Rewarding));
    }

    /// @dev A malicious provider reveals pieces that do not match, out of order, or too many.
    function test_revealPieces_revertsOnBadInput() public {
        _openDefault();
        _threeContributions();
        _end();
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.LengthMismatch.selector, 3, 2));
        market.revealPieces(rest, new bytes32[][](2));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.TooManyPieces.selector, 0, 3));
        market.revealPieces(new PredictionMarket.Sample[][](0), new bytes32[][](0));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.TooManyPieces.selector, 4, 3));
        market.revealPieces(new PredictionMarket.Sample[][](4), new bytes32[][](4));
        // Piece 1 where piece 0 is due.
        PredictionMarket.Sample[][] memory swapped = new PredictionMarket.Sample[][](1);
        bytes32[][] memory swappedProof = new bytes32[][](1);
        (swapped[0], swappedProof[0]) = (rest[1], proofs[1]);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.InvalidProof.selector, 0));
        market.revealPieces(swapped, swappedProof);
        // A changed sample.
        rest[2][4].data[0] = 99;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.InvalidProof.selector, 3));
        market.revealPieces(rest, proofs);
    }

    function test_revealPieces_revertsAfterTheDeadline() public {
        _openDefault();
        _threeContributions();
        _end();
        uint256 deadline = market.state().deadline;
        vm.warp(deadline + 1);
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DeadlinePassed.selector, deadline));
        market.revealPieces(rest, proofs);
    }

    // ----------------------------------------------------------------------------------------------- forfeit

    /// @dev A malicious provider refuses to reveal the remaining pieces: it forfeits the bounty, half of it for
    /// good (FORFEIT_BURN_BPS), the other half to the contributors by stake.
    function test_forfeit_paysStakesAndBountySharesToContributors() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.allowGreaterStake = true;
        model = _open(cfg, _accs(5, 10), 4, 5);
        _contribute(alice, 3000, _contribSample(1));
        _contribute(bob, 1000, _contribSample(2));
        _contribute(alice, 2000, _contribSample(3));
        _end();
        uint256 deadline = market.state().deadline;
        vm.expectRevert(IPredictionMarket.ModelUnchanged.selector);
        market.forfeit();
        vm.warp(deadline + 1);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Forfeited(0, 0, false, 50_000, 50_000);
        vm.prank(carol);
        market.forfeit();
        assertTrue(market.state().forfeited);
        assertEq(market.claimable(provider), 0, "the provider gets nothing");
        // 50,000 * 5000 / 6000 = 41,666.67; 50,000 * 1000 / 6000 = 8,333.33.
        assertEq(_claim(alice), 5000 + 41_666);
        assertEq(_claim(bob), 1000 + 8333);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingOwed.selector, provider));
        vm.prank(provider);
        market.claim(payable(provider));
        market.sweep();
        assertEq(market.owed(provider), 0, "nothing of its own");
        assertEq(market.burnt(), 50_000);
        assertEq(address(market).balance, 50_000 + 1, "the burnt half and one wei of rounding dust");
    }

    function test_forfeit_revertsOutsideRevealing() public {
        _openDefault();
        _expectPhase(IPredictionMarket.Phase.Revealing, IPredictionMarket.Phase.Participation);
        market.forfeit();
    }

    // -------------------------------------------------------------------------------------------------- walk

    function _toRewarding() internal {
        _openDefault();
        _threeContributions();
        _end();
        _revealRest();
    }

    function test_walk_recordsEachAccuracy() public {
        _toRewarding();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        vm.recordLogs();
        market.walk(0, rest, _contribSlice(0, 3));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256[4] memory want = [uint256(5), 10, 4, 12];
        uint256 seen;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != IPredictionMarket.Evaluated.selector) continue;
            (uint256 id, uint256 correct) = abi.decode(logs[i].data, (uint256, uint256));
            assertEq(id, seen);
            assertEq(correct, want[seen]);
            ++seen;
        }
        assertEq(seen, 4);
        assertEq(model.version(), 3, "the copy was trained on every contribution");
        PredictionMarket.Reward memory r = market.rewardState();
        assertEq(uint8(r.stage), uint8(IPredictionMarket.Stage.Apply));
        assertEq(r.acc0, 5);
        // Bob's score -6 on 1000 wei: 166 rounds; 6666 remain.
        assertEq(r.rounds, 166);
        assertFalse(r.isFinal);
        assertEq(r.remainingRounds, 6666 - 166);
        PredictionMarket.Contribution memory c = market.contributionOf(0, 2);
        assertEq(uint256(c.body), MIN_STAKE | (4 << 96), "balance and accuracy");
    }

    /// @dev The same walk split every way: one piece per call, one contribution per call.
    function test_walk_piecewiseMatchesAllAtOnce() public {
        _toRewarding();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        for (uint256 k; k <= 3; ++k) {
            for (uint256 pos; pos < 3; ++pos) {
                PredictionMarket.Sample[][] memory one = new PredictionMarket.Sample[][](1);
                one[0] = rest[pos];
                market.walk(pos, one, pos == 0 && k > 0 ? _contribSlice(k - 1, 1) : new PredictionMarket.Sample[](0));
            }
        }
        PredictionMarket.Reward memory r = market.rewardState();
        assertEq(uint8(r.stage), uint8(IPredictionMarket.Stage.Apply));
        assertEq(r.rounds, 166);
        _settleAll(1);
        assertEq(market.claimable(alice), 34_330);
        assertEq(market.claimable(bob), 4);
        assertEq(market.claimable(carol), 15_328);
        assertEq(market.claimable(provider), 53_338);
    }

    /// @dev Someone else's data passed for a contribution, or a changed test piece, is refused.
    function test_walk_revertsOnDataThatDoesNotMatch() public {
        _toRewarding();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        market.walk(0, rest, new PredictionMarket.Sample[](0));
        PredictionMarket.Sample[] memory wrong = new PredictionMarket.Sample[](1);
        wrong[0] = _contribSample(2);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.ContributionMismatch.selector, 1));
        market.walk(0, rest, wrong);
        rest[1][0].label = 1 - rest[1][0].label;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.PieceMismatch.selector, 1));
        market.walk(0, rest, _contribSlice(0, 1));
    }

    function test_walk_revertsWithoutProgress() public {
        _toRewarding();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        PredictionMarket.Sample[][] memory later = new PredictionMarket.Sample[][](1);
        later[0] = rest[1];
        vm.expectRevert(IPredictionMarket.NoProgress.selector);
        market.walk(1, later, _contribSlice(0, 3));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.BadPieceRange.selector, 1, 3));
        market.walk(1, rest, _contribSlice(0, 3));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.BadPieceRange.selector, 4, 0));
        market.walk(4, new PredictionMarket.Sample[][](0), _contribSlice(0, 3));
        market.walk(0, rest, new PredictionMarket.Sample[](0));
        vm.expectRevert(IPredictionMarket.NoProgress.selector);
        market.walk(0, rest, new PredictionMarket.Sample[](0));
    }

    function test_walk_revertsOutsideTheWalk() public {
        _openDefault();
        _expectPhase(IPredictionMarket.Phase.Rewarding, IPredictionMarket.Phase.Participation);
        market.walk(0, new PredictionMarket.Sample[][](0), new PredictionMarket.Sample[](0));
        _threeContributions();
        _end();
        _revealRest();
        _walkAll(3);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.WrongStage.selector, IPredictionMarket.Stage.Apply));
        market.walk(0, new PredictionMarket.Sample[][](0), new PredictionMarket.Sample[](0));
    }

    /// @dev A contribution the model refuses (reverts), or one that burns all its gas, changes nothing; the walk
    /// goes on.
    function test_walk_failedUpdatesChangeNothing() public {
        model = _open(_config(), _accs(5, 10, 12), 4, 5);
        PredictionMarket.Sample memory refused = _contribSample(1);
        refused.data[0] = model.FAIL();
        _contribute(alice, MIN_STAKE, refused);
        _contribute(carol, MIN_STAKE, _contribSample(2));
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        market.walk(0, rest, new PredictionMarket.Sample[](0));
        // A failed update leaves the model as it was, so its accuracy is known without the test pieces.
        vm.expectEmit(address(market));
        emit IPredictionMarket.UpdateFailed(0, 1);
        market.walk(0, new PredictionMarket.Sample[][](0), _contribSlice(0, 1));
        assertEq(market.rewardState().cursor, 1);
        assertEq(market.contributionOf(0, 1).body, bytes32(uint256(MIN_STAKE) | (5 << 96)));
        market.walk(0, rest, _contribSlice(1, 1));
        assertEq(model.version(), 1);
        _settleAll(10);
        // Scores 0, +5: carol gets every round.
        assertEq(market.claimable(alice), MIN_STAKE);
        assertEq(market.claimable(carol), MIN_STAKE + 5 * (BOUNTY / 15));
    }

    /// @dev A test sample whose prediction reverts counts as wrong, for every model state alike.
    function test_walk_failedPredictionsCountAsWrong() public {
        _rankZeroAs = -4;
        model = _open(_config(), _accs(5, 10), 2, 3);
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        assertEq(rest[0][0].data[0], model.FAIL_PREDICT());
        market.walk(0, rest, _contribSlice(0, 1));
        // Ranks 1 and 2 right, the failing sample wrong, before and after the contribution.
        assertEq(market.contributionOf(0, 1).body, bytes32(uint256(MIN_STAKE) | (2 << 96)));
        assertEq(market.rewardState().acc0, 2);
    }

    /// @dev Suspicion `modelGasLimit`: a model call that runs out of its gas limit no longer counts as a failure
    /// (which would let the walker decide, by warming storage, which calls fail); the step reverts instead, for an
    /// update (through the updater) and for a prediction alike. A model that always runs out leaves the run to
    /// the reward deadline, after which `abandon` refunds everyone. Before, both calls below succeeded and
    /// recorded a failure.
    function test_walk_outOfGasStopsTheStepAndTheRunIsAbandoned() public {
        model = _open(_config(), _accs(5, 10, 12), 4, 5);
        PredictionMarket.Sample memory burner = _contribSample(1);
        burner.data[0] = model.BURN();
        _contribute(bob, MIN_STAKE, burner);
        _contribute(carol, MIN_STAKE, _contribSample(2));
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        market.walk(0, rest, new PredictionMarket.Sample[](0));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.ModelOutOfGas.selector, MODEL_GAS));
        market.walk(0, rest, _contribSlice(0, 1));
        uint256 deadline = market.state().deadline;
        assertEq(deadline, block.timestamp + 7 days, "the reward window");
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.DeadlineNotPassed.selector, deadline));
        market.abandon();
        vm.warp(deadline + 1);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Abandoned(0);
        vm.prank(dave);
        market.abandon();
        assertTrue(market.state().refunded);
        assertEq(_claim(bob), MIN_STAKE);
        assertEq(_claim(carol), MIN_STAKE);
        assertEq(_claim(provider), BOUNTY);
        assertEq(address(market).balance, 0);
    }

    function test_walk_predictionOutOfGasStopsTheStep() public {
        _rankZeroAs = -3;
        model = _open(_config(), _accs(5, 10), 2, 3);
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.ModelOutOfGas.selector, MODEL_GAS));
        market.walk(0, rest, _contribSlice(0, 1));
    }

    /// @dev Not enough gas left for a model call's limit reverts the whole step rather than counting it wrong.
    function test_walk_revertsWhenTheCallerLeavesTooLittleGas() public {
        _toRewarding();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        uint256 needed = MODEL_GAS + MODEL_GAS / 63 + 3000;
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.InsufficientGas.selector, needed));
        market.walk{gas: MODEL_GAS}(0, rest, _contribSlice(0, 3));
    }

    // ------------------------------------------------------------------------------------------------ settle

    function test_settle_revertsDuringTheWalkAndWithoutItems() public {
        _toRewarding();
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.WrongStage.selector, IPredictionMarket.Stage.Walk));
        market.settle(10);
        _walkAll(3);
        vm.expectRevert(IPredictionMarket.NoProgress.selector);
        market.settle(0);
    }

    function test_settle_revertsOutsideRewarding() public {
        _expectPhase(IPredictionMarket.Phase.Rewarding, IPredictionMarket.Phase.Idle);
        market.settle(1);
    }

    function test_settle_dropsAndFinishes() public {
        _toRewarding();
        _walkAll(3);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Dropped(0, bob, 2, 4);
        vm.expectEmit(address(market));
        emit IPredictionMarket.RoundsDecided(0, 2, 6500, true);
        vm.expectEmit(address(market));
        emit IPredictionMarket.RewardsFinal(0, 49_662, 53_338);

        market.settle(100);
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Collecting));
        PredictionMarket.Reward memory r = market.rewardState();
        assertEq(r.owedTotal, 49_662);
        assertEq(r.remainingRounds, 0);
        assertEq(r.aliveUnits, 2);
        assertEq(r.iteration, 2);
        assertEq(market.contributionOf(0, 2).body, bytes32(uint256(4) | (4 << 96) | (1 << 128)), "dropped");
    }

    /// @dev Grouped: alice (good, good) and bob (bad) as units; bob's score -6 drops him, alice's runs merge.
    function test_settle_groupedByContributor() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.groupByContributor = true;
        model = _open(cfg, _accs(5, 10, 4, 12), 4, 5);
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _contribute(bob, MIN_STAKE, _contribSample(2));
        _contribute(alice, MIN_STAKE, _contribSample(3));
        _toCollect();
        // Iteration 1: alice +5 +8 = 13, bob -6: 166 rounds; bob 1000 - 996 = 4, dropped; alice 2000 + 2158.
        // Iteration 2: alice alone, 12 - 5 = 7 for 6500 rounds: 4158 + 45,500.
        assertEq(market.claimable(alice), 49_658);
        assertEq(market.claimable(bob), 4);
        assertEq(market.claimable(provider), BOUNTY + 3000 - 49_662);
        assertTrue(market.accountOf(0, bob).dropped);
    }

    /// @dev Capped rounds: the bounty runs out before the worst contribution's balance does; final, no drops.
    function test_settle_roundsCappedByTheBounty() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.minStake = 100_000;
        model = _startAt(cfg, _accs(5, 10, 4), 4, 5, 2, 150_000);
        _prepareDraw();
        _revealFirst();
        _contribute(alice, 100_000, _contribSample(1));
        _contribute(bob, 100_000, _contribSample(2));
        _contribute(carol, 100_000, _contribSample(3));
        _toCollect();
        // 150,000 / 15 = 10,000 rounds < bob's 16,666: final. alice +5, bob -6, carol (acc stays 4) 0.
        assertEq(market.claimable(alice), 100_000 + 50_000);
        assertEq(market.claimable(bob), 100_000 - 60_000);
        assertEq(market.claimable(carol), 100_000);
        assertEq(market.claimable(provider), 150_000 + 10_000);
    }

    /// @dev Every contribution made the model worse: all are dropped and the unused rounds go back.
    function test_settle_allDropped() public {
        model = _open(_config(), _accs(15, 10, 3), 4, 5);
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _contribute(bob, MIN_STAKE, _contribSample(2));
        _contribute(carol, MIN_STAKE, _contribSample(3));
        _toCollect();
        // Scores -5, -7, 0: 142 rounds; alice 1000 - 710 = 290 (< 1000, dropped), bob 1000 - 994 = 6 (dropped).
        // Iteration 2: carol alone, 3 - 15 = -12: 83 rounds; 1000 - 996 = 4, dropped; nobody left.
        assertEq(market.claimable(alice), 290);
        assertEq(market.claimable(bob), 6);
        assertEq(market.claimable(carol), 4);
        assertEq(market.claimable(provider), BOUNTY + 3000 - 300);
        assertEq(market.rewardState().aliveUnits, 0);
    }

    // ------------------------------------------------------------------------------------------------- claim

    function test_claim_paysEachOnce() public {
        _toRewarding();
        _walkAll(3);
        _settleAll(100);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Claimed(0, alice, dave, 34_330);
        vm.prank(alice);
        market.claim(payable(dave));
        assertEq(dave.balance, 34_330);
        assertEq(market.claimable(alice), 0);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingOwed.selector, alice));
        vm.prank(alice);
        market.claim(payable(alice));
        assertEq(_claim(bob), 4);
        assertEq(_claim(carol), 15_328);
        assertEq(_claim(provider), 53_338);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingOwed.selector, provider));
        vm.prank(provider);
        market.claim(payable(provider));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingOwed.selector, dave));
        vm.prank(dave);
        market.claim(payable(dave));
        assertEq(address(market).balance, 0);
        assertEq(market.state().claimedTotal, BOUNTY + 3000);
    }

    /// @dev One account's claim never touches another's balance (0xDeCA10B's report handler deleted the
    /// reporter's balance instead of the contributor's).
    function test_claim_touchesOnlyTheClaimant() public {
        _toRewarding();
        _walkAll(3);
        _settleAll(100);
        _claim(bob);
        assertEq(market.claimable(alice), 34_330);
        assertEq(market.claimable(carol), 15_328);
        assertEq(market.accountOf(0, alice).balance, 34_330);
        market.sweep();
        assertEq(market.owed(provider), BOUNTY + 3000 - 4 - 34_330 - 15_328, "the provider's own, once");
        assertEq(market.owed(alice), 0);
        assertEq(market.claimableIn(0, alice), 34_330, "alice's stays hers");
    }

    /// @dev A provider who also contributed gets both amounts in one claim.
    function test_claim_providerWhoContributed() public {
        _openDefault();
        _contribute(provider, MIN_STAKE, _contribSample(1));
        _contribute(bob, MIN_STAKE, _contribSample(2));
        _contribute(carol, MIN_STAKE, _contribSample(3));
        _toCollect();
        assertEq(market.claimable(provider), 34_330 + 53_338);
        assertEq(_claim(provider), 34_330 + 53_338);
    }

    function test_claim_revertsWhenTheRecipientRefuses() public {
        _toRewarding();
        _walkAll(3);
        _settleAll(100);
        MarketAttacker sink = new MarketAttacker(market);
        sink.setRefuse(true);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.TransferFailed.selector, address(sink), 34_330));
        vm.prank(alice);
        market.claim(payable(address(sink)));
        assertEq(market.claimable(alice), 34_330, "still claimable");
    }

    /// @dev A malicious provider trying to take the bounty back early finds no way.
    function test_provider_cannotWithdrawTheBountyEarly() public {
        _openDefault();
        _threeContributions();
        vm.startPrank(provider);
        _expectPhase(IPredictionMarket.Phase.Collecting, IPredictionMarket.Phase.Participation);
        market.claim(payable(provider));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingToWithdraw.selector, provider));
        market.withdraw(payable(provider));
        _expectPhase(IPredictionMarket.Phase.Committed, IPredictionMarket.Phase.Participation);
        market.cancel();
        _expectPhase(IPredictionMarket.Phase.Collecting, IPredictionMarket.Phase.Participation);
        market.sweep();
        vm.stopPrank();
        _end();
        vm.startPrank(provider);
        _expectPhase(IPredictionMarket.Phase.Collecting, IPredictionMarket.Phase.Revealing);
        market.claim(payable(provider));
        _expectPhase(IPredictionMarket.Phase.Collecting, IPredictionMarket.Phase.Revealing);
        market.sweep();
        vm.stopPrank();
        _revealRest();
        _expectPhase(IPredictionMarket.Phase.Collecting, IPredictionMarket.Phase.Rewarding);
        vm.prank(provider);
        market.claim(payable(provider));
        assertEq(address(market).balance, BOUNTY + 3000);
    }

    // ------------------------------------------------------------------------------------------------- sweep

    /// @dev Finding 5: the provider (or anyone) sweeps as soon as the rewards are final, and gets only what is its
    /// own; the contributors' unclaimed balances stay theirs, claimable with `claimRun` after the run closed and
    /// after later runs. Before, the sweep credited every unclaimed stake and reward to the provider.
    function test_sweep_leavesContributorsBalancesClaimable() public {
        _toRewarding();
        _walkAll(3);
        _settleAll(100);
        uint256 bobDue = market.claimable(bob);
        uint256 carolDue = market.claimable(carol);
        assertEq(bobDue + carolDue, 4 + 15_328);
        _claim(alice);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Swept(0, 53_338);
        vm.prank(provider);
        market.sweep();
        assertEq(market.owed(provider), 53_338, "only the provider's own");
        assertEq(market.claimableIn(0, bob), bobDue);
        // Later runs do not touch it.
        model = _open(_config(), _accs(2, 9), 3, 2);
        vm.warp(block.timestamp + 365 days);
        uint256 before = carol.balance;
        vm.prank(carol);
        market.claimRun(0, payable(carol));
        assertEq(carol.balance - before, carolDue);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingOwed.selector, carol));
        vm.prank(carol);
        market.claimRun(0, payable(carol));
    }

    function test_sweep_creditsTheProviderAndRestarts() public {
        _toRewarding();
        _walkAll(3);
        _settleAll(100);
        _claim(alice);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Swept(0, 53_338);
        vm.prank(dave);
        market.sweep();
        assertEq(market.owed(provider), 53_338);
        assertEq(uint8(_phase()), uint8(IPredictionMarket.Phase.Idle));
        assertEq(market.run(), 1);
        _expectPhase(IPredictionMarket.Phase.Collecting, IPredictionMarket.Phase.Idle);
        vm.prank(bob);
        market.claim(payable(bob));
        uint256 unclaimed = market.claimableIn(0, bob) + market.claimableIn(0, carol);
        assertEq(unclaimed, 4 + 15_328);
        // Run 1: a new bounty, a new test set, a fresh model copy.
        model = _open(_config(), _accs(2, 9), 3, 2);
        _contribute(bob, MIN_STAKE, _contribSample(1));
        _toCollect();
        // 4 evaluation samples: 2 right at first, all 4 after bob's contribution: +2 for each of 25,000 rounds.
        assertEq(market.claimable(bob), MIN_STAKE + 2 * (BOUNTY / 4));
        assertEq(market.accountOf(0, bob).count, 1, "run 0's account is kept apart");
        assertEq(market.accountOf(1, bob).count, 1);
        assertEq(address(market).balance, BOUNTY + MIN_STAKE + market.owed(provider) + unclaimed);
    }

    function test_sweep_earlyOnceEverythingIsClaimed() public {
        _toRewarding();
        _walkAll(3);
        _settleAll(100);
        _claim(alice);
        _claim(bob);
        _claim(carol);
        _claim(provider);
        vm.expectEmit(address(market));
        emit IPredictionMarket.Closed(0, provider, 0);
        market.sweep();
        assertEq(market.run(), 1);
    }

    // ---------------------------------------------------------------------------------------------- withdraw

    function test_withdraw_revertsWithNothingCredited() public {
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingToWithdraw.selector, alice));
        vm.prank(alice);
        market.withdraw(payable(alice));
    }

    function test_withdraw_paysToTheGivenAddress() public {
        model = _start(_config(), _accs(5, 10), 4, 5);
        vm.warp(block.timestamp + 2 days);
        market.cancel();
        vm.expectEmit(address(market));
        emit IPredictionMarket.Withdrawal(provider, dave, BOUNTY);
        vm.prank(provider);
        market.withdraw(payable(dave));
        assertEq(dave.balance, BOUNTY);
        assertEq(market.owed(provider), 0);
    }

    // ------------------------------------------------------------------------------------------- reentrancy

    function _attackerContributes(MarketAttacker attacker) internal {
        int64[] memory data = new int64[](1);
        data[0] = 1;
        attacker.contribute{value: MIN_STAKE}(data, 1);
        _contribs.push(_contribSample(1));
    }

    /// @dev A malicious contributor re-enters claim (and the rest) from its receive: the guard refuses, it is paid
    /// once.
    function test_reentrancy_claimPaysOnce() public {
        _openDefault();
        MarketAttacker attacker = new MarketAttacker(market);
        _attackerContributes(attacker);
        _contribute(bob, MIN_STAKE, _contribSample(2));
        _contribute(carol, MIN_STAKE, _contribSample(3));
        _toCollect();
        uint256 owedToAttacker = market.claimable(address(attacker));
        assertEq(owedToAttacker, 34_330);
        MarketAttacker.Target[4] memory targets = [
            MarketAttacker.Target.Claim,
            MarketAttacker.Target.Withdraw,
            MarketAttacker.Target.Sweep,
            MarketAttacker.Target.Contribute
        ];
        for (uint256 i; i < targets.length; ++i) {
            uint256 snap = vm.snapshotState();
            attacker.arm(targets[i], true);
            attacker.claim();
            assertEq(address(attacker).balance, owedToAttacker, "paid once");
            assertEq(attacker.reentryAttempts(), 1);
            assertEq(attacker.reentrySuccesses(), 0);
            assertEq(bytes4(attacker.lastRevertData()), bytes4(keccak256("ReentrancyGuardReentrantCall()")));
            vm.revertToState(snap);
        }
        // Bubbling the reentrant revert makes the transfer, hence the claim, fail: nothing is marked claimed.
        attacker.arm(MarketAttacker.Target.Claim, false);
        vm.expectRevert(
            abi.encodeWithSelector(IPredictionMarket.TransferFailed.selector, address(attacker), owedToAttacker)
        );
        attacker.claim();
        assertEq(market.claimable(address(attacker)), owedToAttacker);
    }

    function test_reentrancy_withdrawPaysOnce() public {
        MarketAttacker attacker = new MarketAttacker(market);
        ScriptedModel m = new ScriptedModel(market.updaterFor(address(attacker)), _accs(1, 2));
        (_numPieces, _perPiece, _firstIndex) = (4, 5, 2);
        attacker.initialise{value: BOUNTY}(_config(), address(m), _root(_hashes(_allPieces())), 4);
        vm.warp(block.timestamp + 2 days);
        market.cancel();
        attacker.arm(MarketAttacker.Target.Withdraw, true);
        attacker.withdraw();
        assertEq(address(attacker).balance, BOUNTY);
        assertEq(attacker.reentrySuccesses(), 0);
        assertEq(market.owed(address(attacker)), 0);
    }

    // ----------------------------------------------------------------------------------------------- views

    function test_claimable_isZeroOutsideCollecting() public {
        _openDefault();
        _threeContributions();
        assertEq(market.claimable(alice), 0);
        assertEq(market.claimable(provider), 0);
    }
}
