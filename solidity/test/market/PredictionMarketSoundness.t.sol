// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {OracleModel} from "../../src/oracle/OracleModel.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";
import {ScriptedModel} from "./ScriptedModel.sol";
import {OracleFixture} from "./OracleFixture.sol";
import {WarmColdModel} from "./WarmColdModel.sol";

/// @notice The adversarial review's market findings (issue 12): a model only its provider can seal, a model that
/// cannot change during the run (a real SparsePerceptron, and an OracleModel whose committee changes it), a
/// forfeit penalty sybil stakes cannot dilute, the cap on contributions, and the liveness bound.
contract PredictionMarketSoundnessTest is MarketTestBase {
    uint64 internal constant FEATURES = 16;

    address internal mallory = makeAddr("mallory");
    bool internal _real;

    /// @dev Real-model pieces when `_real`: two sorted feature indices a sample, the label from their sum.
    function _allPieces() internal view override returns (PredictionMarket.Sample[][] memory p) {
        if (!_real) return super._allPieces();
        p = new PredictionMarket.Sample[][](_numPieces);
        for (uint256 i; i < _numPieces; ++i) {
            p[i] = new PredictionMarket.Sample[](_perPiece);
            for (uint256 j; j < _perPiece; ++j) {
                p[i][j] = _realSample(i * _perPiece + j);
            }
        }
    }

    function _realSample(uint256 k) internal pure returns (PredictionMarket.Sample memory s) {
        uint256 a = uint256(keccak256(abi.encode("a", k))) % (FEATURES - 1);
        uint256 b = a + 1 + uint256(keccak256(abi.encode("b", k))) % (FEATURES - 1 - a);
        s.data = new int64[](2);
        (s.data[0], s.data[1]) = (int64(int256(a)), int64(int256(b)));
        s.label = uint64((a + b) % 2);
    }

    function _names() internal pure returns (string[] memory names) {
        names = new string[](2);
        (names[0], names[1]) = ("neg", "pos");
    }

    function _perceptronFor(address who) internal returns (SparsePerceptron) {
        uint256[] memory words = new uint256[](FEATURES / 4);
        for (uint256 w; w < words.length; ++w) {
            words[w] = uint256(keccak256(abi.encode("w", w))) & 0x00ffffff00ffffff00ffffff00ffffff;
        }
        return new SparsePerceptron(market.updaterFor(who), _names(), FEATURES, 8, 0, 1e9, 0, 0, words);
    }

    function _openReal(IClassifier model, uint256 numPieces, uint256 perPiece) internal {
        (_numPieces, _perPiece, _firstIndex, _real) = (numPieces, perPiece, 1, true);
        delete _contribs;
        _initialise(model, _config(), BOUNTY);
        _prepareDraw();
        _revealFirst();
    }

    /// @dev Every evaluation sample's prediction, in order.
    function _predictions(IClassifier model) internal view returns (uint64[] memory out) {
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        out = new uint64[](rest.length * _perPiece);
        for (uint256 i; i < rest.length; ++i) {
            for (uint256 j; j < rest[i].length; ++j) {
                out[i * _perPiece + j] = model.predict(rest[i][j].data);
            }
        }
    }

    // --------------------------------------------------------------------------- finding 1: sealing, bounds

    /// @dev Finding 1, front-running: mallory calls `initialise` first with the provider's pre-filled model. The
    /// updater it would deploy is mallory's, not the one the model is built for, so the call fails and the model
    /// stays unsealed. Mallory's own run does not use up the provider's updater either: the provider starts its
    /// run with the same model afterwards. Before, the salt was the run number and mallory's call sealed the
    /// model to mallory's run.
    function test_initialise_frontRunWithSomeoneElsesModelFails() public {
        SparsePerceptron model = _perceptronFor(provider);
        (_numPieces, _perPiece, _firstIndex) = (4, 5, 2);
        bytes32 root = _root(_hashes(_allPieces()));
        vm.deal(mallory, 2 * BOUNTY);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPredictionMarket.ModelBoundElsewhere.selector, market.updaterFor(provider), market.updaterFor(mallory)
            )
        );
        vm.prank(mallory);
        market.initialise{value: BOUNTY}(model, root, 4, _config());
        assertFalse(model.isSealed(), "still the provider's to fill");
        // Mallory holds the market with a run of its own instead, then lets it lapse.
        ScriptedModel own = new ScriptedModel(market.updaterFor(mallory), _accs(1, 2));
        vm.prank(mallory);
        market.initialise{value: BOUNTY}(own, root, 4, _config());
        vm.warp(market.state().deadline + 1);
        market.cancel();
        // The provider's model is still good for the provider's next run.
        vm.deal(provider, BOUNTY);
        vm.prank(provider);
        market.initialise{value: BOUNTY}(model, root, 4, _config());
        assertTrue(model.isSealed());
        assertEq(address(market.state().model), address(model));
        assertEq(market.state().provider, provider);
    }

    /// @dev Finding 1, liveness bound: with every window at its maximum and a provider that does nothing it may
    /// skip, each phase's way out opens by `initialise + MAX_RUN_TIME`, and then every party can take its money.
    function test_liveness_aHostileRunHoldsTheMarketAtMostMaxRunTime() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.firstRevealWindow = uint32(market.MAX_FIRST_REVEAL_WINDOW());
        cfg.minDuration = uint32(market.MAX_DURATION());
        cfg.revealWindow = uint32(market.MAX_REVEAL_WINDOW());
        cfg.rewardWindow = uint32(market.MAX_REWARD_WINDOW());
        cfg.minContributions = 1000;
        uint256 t0 = block.timestamp;
        model0 = _startAt(cfg, _accs(5, 10), 4, 5, 2, BOUNTY);
        // The hostile provider reveals the first piece as late as it can, and everything else too.
        vm.warp(market.state().deadline);
        _prepareDraw();
        _revealFirst();
        _contribute(alice, MIN_STAKE, _contribSample(1));
        vm.warp(market.state().earliestEnd);
        market.endMarket();
        vm.warp(market.state().deadline);
        _revealRest();
        // Nobody walks; the reward deadline is the last.
        uint256 last = market.state().deadline;
        assertLe(last, t0 + market.MAX_RUN_TIME(), "the last deadline is within the bound");
        vm.warp(last + 1);
        vm.prank(alice);
        market.abandon();
        market.sweep();
        assertEq(uint8(market.state().phase), uint8(IPredictionMarket.Phase.Idle));
        vm.prank(alice);
        market.claimRun(0, payable(alice));
        vm.prank(provider);
        market.withdraw(payable(provider));
        assertEq(address(market).balance, 0, "everyone has its money back");
    }

    ScriptedModel internal model0;

    /// @dev Suspicion "walk cost amplification": a run takes at most `maxContributions` (itself at most
    /// MAX_CONTRIBUTIONS), so the reward phase's cost is bounded; and it has a deadline (see abandon tests).
    function test_contribute_revertsOnceTheRunIsFull() public {
        IPredictionMarket.Config memory cfg = _config();
        cfg.maxContributions = 2;
        cfg.minContributions = 2;
        model0 = _startAt(cfg, _accs(5, 10), 4, 5, 2, BOUNTY);
        _prepareDraw();
        _revealFirst();
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _contribute(bob, MIN_STAKE, _contribSample(2));
        vm.deal(carol, MIN_STAKE);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.RunFull.selector, 2));
        vm.prank(carol);
        market.contribute{value: MIN_STAKE}(new int64[](1), 0);
        market.endMarket();
    }

    // ------------------------------------------------------------------------------ finding 4: sybil forfeit

    /// @dev Finding 4: the provider stakes through three sybils, 100 times an honest contributor's stake, and
    /// never reveals. Before, the bounty was split by stake and the provider recovered 99% of it. Now half of it
    /// is lost whatever the sybils staked: the provider and its sybils end at least bounty * FORFEIT_BURN_BPS
    /// poorer, and the honest contributor gets its stake back and its share.
    function testFuzz_forfeit_sybilsCannotDiluteThePenalty(uint256 sybilStake) public {
        sybilStake = bound(sybilStake, MIN_STAKE, 1e22);
        IPredictionMarket.Config memory cfg = _config();
        cfg.allowGreaterStake = true;
        model0 = _startAt(cfg, _accs(5, 10), 4, 5, 2, BOUNTY);
        _prepareDraw();
        _revealFirst();
        address[3] memory sybils = [makeAddr("sybil0"), makeAddr("sybil1"), makeAddr("sybil2")];
        _contribute(alice, MIN_STAKE, _contribSample(1));
        for (uint256 i; i < 3; ++i) {
            _contribute(sybils[i], sybilStake, _contribSample(2 + i));
        }
        _end();
        vm.warp(market.state().deadline + 1);
        market.forfeit();
        uint256 back;
        for (uint256 i; i < 3; ++i) {
            back += _claim(sybils[i]);
        }
        uint256 put = BOUNTY + 3 * sybilStake;
        uint256 penalty = BOUNTY * market.FORFEIT_BURN_BPS() / 10_000;
        assertGe(put - back, penalty, "the provider loses at least the burnt part");
        assertGe(_claim(alice), MIN_STAKE, "the honest contributor keeps its stake");
        market.sweep();
        assertEq(market.owed(provider), 0);
    }

    // ------------------------------------------------------------------------ finding 2: a model that stays

    /// @dev Finding 2 with a real classifier: a SparsePerceptron sealed to the run's updater. Between walk
    /// calls nobody, its owner included, can change it, and its predictions stay what they were; only the walk
    /// changes it, and the run ends normally.
    function test_realClassifier_unchangedBetweenWalkCalls() public {
        SparsePerceptron model = _perceptronFor(provider);
        _openReal(model, 4, 4);
        for (uint256 k; k < 3; ++k) {
            PredictionMarket.Sample memory s = _realSample(100 + k);
            s.label = 1 - s.label; // some mislabelled, to move the model
            if (k == 1) s.label = 1 - s.label;
            _contribute([alice, bob, carol][k], MIN_STAKE, s);
        }
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        (bytes32 pinned,) = market.modelPin();
        for (uint256 k; k < 3; ++k) {
            market.walk(0, rest, _contribSlice(k, 1));
            uint64[] memory before = _predictions(model);
            vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, model.trainer()));
            model.setWeightWords(0, new uint256[](1));
            vm.prank(mallory);
            vm.expectRevert(abi.encodeWithSelector(Classifier.NotTrainer.selector, mallory));
            model.update(_realSample(7).data, 1);
            assertEq(keccak256(abi.encode(_predictions(model))), keccak256(abi.encode(before)), "unchanged");
            (, bytes32 current) = market.modelPin();
            assertEq(current, pinned);
        }
        _settleAll(100);
        assertEq(uint8(market.state().phase), uint8(IPredictionMarket.Phase.Collecting));
        uint256 paid = _claim(alice) + _claim(bob) + _claim(carol) + _claim(provider);
        assertEq(paid, BOUNTY + 3 * MIN_STAKE, "the pool, to the wei");
    }

    /// @dev Finding 2 with an OracleModel: its committee activates another version between two walk calls (today
    /// its owner can make itself that committee). The market pinned the active version at `initialise`: the walk
    /// stops with `ModelChanged`, and anyone can make the provider forfeit. Before, the walk went on with the new
    /// version and the provider could take every stake.
    function test_oracleModel_aNewVersionDuringTheRunForfeits() public {
        OracleFixture fixture = new OracleFixture();
        OracleModel model = fixture.deploy(market.updaterFor(provider), FEATURES);
        _openReal(model, 4, 4);
        _contribute(alice, MIN_STAKE, _realSample(200));
        _contribute(bob, MIN_STAKE, _realSample(201));
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        market.walk(0, rest, _contribSlice(0, 1));
        (bytes32 pinned,) = market.modelPin();
        vm.expectRevert(
            abi.encodeWithSelector(
                IPredictionMarket.WrongPhase.selector,
                IPredictionMarket.Phase.Revealing,
                IPredictionMarket.Phase.Rewarding
            )
        );
        market.forfeit();

        fixture.activateNext();
        (, bytes32 current) = market.modelPin();
        assertTrue(current != pinned, "the pin sees the new version");
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.ModelChanged.selector, pinned, current));
        market.walk(0, rest, _contribSlice(1, 1));
        vm.expectEmit(address(market));
        emit IPredictionMarket.Forfeited(0, 3, true, BOUNTY / 2, BOUNTY / 2);
        vm.prank(alice);
        market.forfeit();
        assertEq(_claim(alice), MIN_STAKE + BOUNTY / 4);
        assertEq(_claim(bob), MIN_STAKE + BOUNTY / 4);
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.NothingOwed.selector, provider));
        vm.prank(provider);
        market.claim(payable(provider));
    }

    /// @dev An OracleModel that keeps its version runs like any model: the walk and the rounds complete.
    function test_oracleModel_unchangedRunsToTheEnd() public {
        OracleFixture fixture = new OracleFixture();
        OracleModel model = fixture.deploy(market.updaterFor(provider), FEATURES);
        _openReal(model, 3, 4);
        _contribute(alice, MIN_STAKE, _realSample(300));
        _toCollect();
        assertEq(_claim(alice) + _claim(provider), BOUNTY + MIN_STAKE);
    }

    /// @dev A model change during participation is caught too: contributors need not wait for the reveal.
    function test_oracleModel_aNewVersionDuringParticipationForfeits() public {
        OracleFixture fixture = new OracleFixture();
        OracleModel model = fixture.deploy(market.updaterFor(provider), FEATURES);
        _openReal(model, 3, 4);
        _contribute(alice, MIN_STAKE, _realSample(400));
        fixture.activateNext();
        market.forfeit();
        assertEq(_claim(alice), MIN_STAKE + BOUNTY / 2);
    }

    // ------------------------------------------------------------------- suspicion: modelGasLimit, warm or cold

    /// @dev Suspicion `modelGasLimit`: with a limit between an update's warm and cold cost, warmth (what the walk
    /// transaction touched before, its access list) decided whether the update failed. Now an update that runs out
    /// is no outcome at all: walked cold the step reverts and nothing is recorded; walked warm it succeeds. No
    /// walker can get the update recorded as failed, so the outcome no longer depends on who walks or how.
    function test_walk_warmthCannotMakeAnUpdateFail() public {
        WarmColdModel model = new WarmColdModel(market.updaterFor(provider));
        IPredictionMarket.Config memory cfg = _config();
        cfg.modelGasLimit = 20_000;
        (_numPieces, _perPiece, _firstIndex) = (3, 2, 1);
        delete _contribs;
        _initialise(model, cfg, BOUNTY);
        _prepareDraw();
        _revealFirst();
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _end();
        _revealRest();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        market.walk(0, rest, new PredictionMarket.Sample[](0));
        vm.cool(address(model));
        vm.expectRevert(abi.encodeWithSelector(IPredictionMarket.ModelOutOfGas.selector, 20_000));
        market.walk(0, rest, _contribSlice(0, 1));
        assertEq(market.rewardState().cursor, 0, "nothing recorded");
        // A walker whose access list names the model's words: warm, the update fits.
        for (uint256 slot; slot <= 16; ++slot) {
            vm.warmSlot(address(model), bytes32(slot));
        }
        vm.recordLogs();
        market.walk(0, rest, _contribSlice(0, 1));
        assertEq(model.version(), 2, "updated");
        bytes32 failed = keccak256("UpdateFailed(uint256,uint256)");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != failed, "no failure recorded");
        }
    }
}
