// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {console} from "forge-std/console.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";

/// @notice Gas of every market operation with the sparse perceptron, IMDB-shaped: 1000 features, samples of 20
/// feature indices, 100 contributions (one in five mislabelled) and a 100-sample evaluation set (11 pieces of 10;
/// one is revealed first and not evaluated). Every call runs as its own transaction (isolate), so the figures are
/// receipt gas under the Cancun rules forge runs: 21,000 + calldata + execution - refund.
/// @dev Run with -vv to print the figures. Each `test_gas_*` keeps its setup out of the metered gas, so that
/// `forge snapshot` reports the operation it is named after; `test_gas_rewardPhase_100contributions_100samples`
/// prints every step and the totals.
/// forge-config: default.isolate = true
contract PredictionMarketGasTest is MarketTestBase {
    uint64 internal constant NUM_FEATURES = 1000;
    uint256 internal constant LEN = 20;
    uint256 internal constant NUM_PIECES = 11;
    uint256 internal constant PER_PIECE = 10;
    uint256 internal constant NUM_CONTRIBUTIONS = 100;
    uint256 internal constant WALK_BATCH = 10;
    uint256 internal constant GAS_CAP = 10_000_000;
    uint96 internal constant STAKE = 1e15;
    uint256 internal constant PRIZE = 1 ether;

    SparsePerceptron internal perceptron;
    /// @dev Use ScriptedModel's test set instead of the perceptron's.
    bool internal _scripted;

    function setUp() public override {
        super.setUp();
        string[] memory names = new string[](2);
        (names[0], names[1]) = ("negative", "positive");
        perceptron =
            new SparsePerceptron(market.updaterFor(provider), names, NUM_FEATURES, uint64(LEN), 0, 1e9, 0, 0, _words());
        (_numPieces, _perPiece, _firstIndex) = (NUM_PIECES, PER_PIECE, NUM_PIECES / 2);
    }

    // ------------------------------------------------------------------------------------------------ data

    /// @dev The hidden truth: each feature pulls towards one class.
    function _truth(uint256 feature) internal pure returns (int256) {
        return uint256(keccak256(abi.encode("truth", feature))) % 2 == 0 ? int256(1) : int256(-1);
    }

    function _makeSample(bytes32 seed, bool mislabel) internal pure returns (PredictionMarket.Sample memory s) {
        s.data = new int64[](LEN);
        int256 sum;
        // One feature from each run of NUM_FEATURES / LEN: strictly increasing, as the model requires.
        for (uint256 i; i < LEN; ++i) {
            uint256 f = i * (NUM_FEATURES / LEN) + uint256(keccak256(abi.encode(seed, i))) % (NUM_FEATURES / LEN);
            s.data[i] = int64(int256(f));
            sum += _truth(f);
        }
        bool positive = sum > 0;
        s.label = positive != mislabel ? 1 : 0;
    }

    /// @dev Small nonzero initial weights (an initial model barely better than a coin), four to a word.
    function _words() internal pure returns (uint256[] memory words) {
        words = new uint256[]((NUM_FEATURES + 3) / 4);
        for (uint256 f; f < NUM_FEATURES; ++f) {
            int64 w = int64(int256(uint256(keccak256(abi.encode("init", f))) % 2e8) - 1e8) | 1;
            words[f / 4] |= uint256(uint64(w)) << (64 * (f % 4));
        }
    }

    function _allPieces() internal view override returns (PredictionMarket.Sample[][] memory p) {
        if (_scripted) return _scriptedPieces(_numPieces, _perPiece, _firstIndex);
        p = new PredictionMarket.Sample[][](NUM_PIECES);
        for (uint256 i; i < NUM_PIECES; ++i) {
            p[i] = new PredictionMarket.Sample[](PER_PIECE);
            for (uint256 j; j < PER_PIECE; ++j) {
                p[i][j] = _makeSample(keccak256(abi.encode("test", i, j)), false);
            }
        }
    }

    function _gasConfig() internal pure returns (IPredictionMarket.Config memory cfg) {
        cfg = _config();
        cfg.minStake = STAKE;
        cfg.minContributions = uint32(NUM_CONTRIBUTIONS);
        cfg.maxPieceSamples = uint16(PER_PIECE);
        cfg.maxSampleLength = uint16(LEN);
        cfg.modelGasLimit = 300_000;
    }

    function _contributor(uint256 k) internal pure returns (address) {
        return address(uint160(0x5000 + k % 10));
    }

    // ------------------------------------------------------------------------------------------------ steps

    function _gas() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }

    function _initialiseRun() internal returns (uint256) {
        _initialise(perceptron, _gasConfig(), PRIZE);
        return _gas();
    }

    function _openRun() internal returns (uint256 initGas, uint256 revealGas) {
        initGas = _initialiseRun();
        _prepareDraw();
        _revealFirst();
        revealGas = _gas();
    }

    function _contributeAll() internal returns (uint256 first, uint256 max, uint256 total) {
        for (uint256 k; k < NUM_CONTRIBUTIONS; ++k) {
            _contribute(_contributor(k), STAKE, _makeSample(keccak256(abi.encode("contribution", k)), k % 5 == 4));
            uint256 g = _gas();
            if (k == 0) first = g;
            if (g > max) max = g;
            total += g;
        }
    }

    /// @dev Whether the step helpers meter only the market calls (test-side work unmetered).
    bool internal _meterSteps;

    function _beginInput() internal {
        if (_meterSteps) vm.pauseGasMetering();
    }

    function _endInput() internal {
        if (_meterSteps) vm.resumeGasMetering();
    }

    /// @dev Walks with the whole test set and `WALK_BATCH` contributions a call; returns the total and the most.
    function _walk() internal returns (uint256 total, uint256 max, uint256 calls) {
        _beginInput();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        while (market.rewardState().stage == IPredictionMarket.Stage.Walk) {
            PredictionMarket.Sample[] memory next = _contribSlice(market.rewardState().cursor, WALK_BATCH);
            _endInput();
            market.walk(0, rest, next);
            _beginInput();
            uint256 g = _gas();
            assertLe(g, GAS_CAP, "walk step under the cap");
            total += g;
            if (g > max) max = g;
            ++calls;
        }
        _endInput();
    }

    function _settle() internal returns (uint256 total, uint256 max, uint256 calls) {
        _beginInput();
        while (market.state().phase == IPredictionMarket.Phase.Rewarding) {
            _endInput();
            market.settle(type(uint256).max);
            _beginInput();
            uint256 g = _gas();
            assertLe(g, GAS_CAP, "settle step under the cap");
            total += g;
            if (g > max) max = g;
            ++calls;
        }
        _endInput();
    }

    function _toRewardPhase() internal {
        _openRun();
        _contributeAll();
        market.endMarket();
        _revealRest();
    }

    // ------------------------------------------------------------------------------------------------ tests

    function test_gas_rewardPhase_100contributions_100samples() public {
        (uint256 initGas, uint256 firstRevealGas) = _openRun();
        (uint256 addFirst, uint256 addMax, uint256 addTotal) = _contributeAll();
        market.endMarket();
        uint256 endGas = _gas();
        _revealRest();
        uint256 revealGas = _gas();
        (uint256 walkTotal, uint256 walkMax, uint256 walkCalls) = _walk();
        (uint256 settleTotal, uint256 settleMax, uint256 settleCalls) = _settle();
        uint256 rewardTotal = walkTotal + settleTotal;

        console.log("initialise (11 pieces, seals the model)      ", initGas);
        console.log("revealFirstPiece (10 samples, draws)         ", firstRevealGas);
        console.log("contribute, first / max / mean               ", addFirst, addMax, addTotal / NUM_CONTRIBUTIONS);
        console.log("endMarket                                    ", endGas);
        console.log("revealPieces (10 pieces, 100 samples, 1 tx)  ", revealGas);
        console.log("walk: calls / max per call / total           ", walkCalls, walkMax, walkTotal);
        console.log("settle: calls / max per call / total         ", settleCalls, settleMax, settleTotal);
        console.log("reward phase total                           ", rewardTotal);
        console.log("reward phase per contribution                ", rewardTotal / NUM_CONTRIBUTIONS);
        console.log("rounds iterations                            ", market.rewardState().iteration);
        console.log("accuracy: initial / after all (of 100)       ", market.rewardState().acc0, _lastAccuracy());
        assertEq(uint8(market.state().phase), uint8(IPredictionMarket.Phase.Collecting));
        assertGt(_lastAccuracy(), market.rewardState().acc0, "the contributions helped");

        uint256 claimGas;
        for (uint256 k; k < 10; ++k) {
            address who = _contributor(k);
            if (market.claimable(who) == 0) continue;
            vm.prank(who);
            market.claim(payable(who));
            if (claimGas == 0) claimGas = _gas();
        }
        vm.prank(provider);
        market.claim(payable(provider));
        uint256 providerClaimGas = _gas();
        market.sweep();
        uint256 sweepGas = _gas();
        console.log("claim (contributor) / claim (provider)       ", claimGas, providerClaimGas);
        console.log("sweep (all claimed)                          ", sweepGas);
        assertEq(address(market).balance, 0, "everything paid out");
    }

    // ------------------------------------------------- one operation each, setup unmetered (for forge snapshot)

    function test_gas_initialise() public {
        vm.pauseGasMetering();
        bytes32 root = _root(_hashes(_allPieces()));
        IPredictionMarket.Config memory cfg = _gasConfig();
        vm.deal(provider, PRIZE);
        vm.resumeGasMetering();
        vm.prank(provider);
        market.initialise{value: PRIZE}(perceptron, root, NUM_PIECES, cfg);
    }

    function test_gas_revealFirstPiece() public {
        vm.pauseGasMetering();
        _initialiseRun();
        _prepareDraw();
        PredictionMarket.Sample[][] memory p = _allPieces();
        bytes32[] memory proof = _proof(_hashes(p), _firstIndex);
        vm.resumeGasMetering();
        market.revealFirstPiece(p[_firstIndex], proof);
    }

    function test_gas_contribute() public {
        vm.pauseGasMetering();
        _openRun();
        PredictionMarket.Sample memory s = _makeSample(keccak256("one"), false);
        vm.deal(alice, STAKE);
        vm.resumeGasMetering();
        vm.prank(alice);
        market.contribute{value: STAKE}(s.data, s.label);
    }

    function test_gas_endMarket() public {
        vm.pauseGasMetering();
        _openRun();
        _contributeAll();
        vm.resumeGasMetering();
        market.endMarket();
    }

    function test_gas_revealPieces_10pieces_100samples() public {
        vm.pauseGasMetering();
        _openRun();
        _contributeAll();
        market.endMarket();
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        vm.resumeGasMetering();
        market.revealPieces(rest, proofs);
    }

    /// @dev The second walk call: 10 contributions applied, each evaluated on all 100 samples.
    function test_gas_walkStep_10contributions_100samples() public {
        vm.pauseGasMetering();
        _toRewardPhase();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        market.walk(0, rest, _contribSlice(0, WALK_BATCH));
        PredictionMarket.Sample[] memory next = _contribSlice(WALK_BATCH, WALK_BATCH);
        vm.resumeGasMetering();
        market.walk(0, rest, next);
    }

    /// @dev The first settle call after the walk: up to MAX_SETTLE_ITEMS items.
    function test_gas_settleStep() public {
        vm.pauseGasMetering();
        _toRewardPhase();
        _walk();
        vm.resumeGasMetering();
        market.settle(type(uint256).max);
    }

    function test_gas_claim() public {
        vm.pauseGasMetering();
        _toRewardPhase();
        _walk();
        _settle();
        address who = _contributor(0);
        vm.resumeGasMetering();
        vm.prank(who);
        market.claim(payable(who));
    }

    /// @dev The whole reward phase metered: every walk and settle call, and nothing else.
    function test_gas_rewardPhaseOnly_100contributions_100samples() public {
        vm.pauseGasMetering();
        _toRewardPhase();
        _meterSteps = true;
        (uint256 walkTotal,,) = _walk();
        (uint256 settleTotal,,) = _settle();
        vm.pauseGasMetering();
        console.log("reward phase total", walkTotal + settleTotal);
        vm.resumeGasMetering();
    }

    /// @dev Calldata gas (4 a zero byte, 16 a nonzero one) of `data`.
    function _calldataGas(bytes memory data) internal pure returns (uint256 g) {
        for (uint256 i; i < data.length; ++i) {
            g += data[i] == 0 ? 4 : 16;
        }
    }

    /// @dev What a walk call's test set costs as calldata, against storing it: the reason the pieces travel as
    /// calldata and only their hashes are stored.
    function test_gas_walkCalldata_100samples() public {
        vm.pauseGasMetering();
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        bytes memory withPieces = abi.encodeCall(PredictionMarket.walk, (0, rest, new PredictionMarket.Sample[](0)));
        bytes memory without = abi.encodeCall(
            PredictionMarket.walk, (0, new PredictionMarket.Sample[][](0), new PredictionMarket.Sample[](0))
        );
        uint256 piecesGas = _calldataGas(withPieces) - _calldataGas(without);
        console.log("walk calldata: 100 test samples, bytes / gas", withPieces.length - without.length, piecesGas);
        // Stored instead: 20 int64 entries, four to a word, plus a label word: 6 words a sample.
        console.log("the same stored: words / gas to store / gas to read cold", 600, 600 * 22_100, 600 * 2_100);
        PredictionMarket.Sample[] memory one = new PredictionMarket.Sample[](1);
        one[0] = _makeSample(keccak256("one"), false);
        bytes memory withOne = abi.encodeCall(PredictionMarket.walk, (0, new PredictionMarket.Sample[][](0), one));
        console.log("walk calldata: one contribution, gas", _calldataGas(withOne) - _calldataGas(without));
        vm.resumeGasMetering();
    }

    // ------------------------------------------------------------------------- settle's worst case per call

    /// @dev 512 contributions from 512 accounts with scripted accuracies 16, 0, 16, 0, ...: half the scores are
    /// -16 and half +16, every stake pays exactly its rounds, so every settle call drops or credits all it visits,
    /// each touching a cold account. Returns the most gas one settle call used.
    function _worstCaseSettle(bool grouped) internal returns (uint256 max, uint256 calls) {
        vm.pauseGasMetering();
        _scripted = true;
        uint256 n = 512;
        uint32[] memory accs = new uint32[](n + 1);
        for (uint256 k; k <= n; k += 2) {
            accs[k] = 16;
        }
        IPredictionMarket.Config memory cfg = _config();
        cfg.minStake = 1600;
        cfg.minContributions = uint32(n);
        cfg.groupByContributor = grouped;
        _startAt(cfg, accs, 3, 8, 1, 1 ether);
        _prepareDraw();
        _revealFirst();
        for (uint256 k = 1; k <= n; ++k) {
            _contribute(address(uint160(0x9000 + k)), 1600, _contribSample(k));
        }
        market.endMarket();
        _revealRest();
        _walkAll(64);
        vm.resumeGasMetering();
        (, max, calls) = _settle();
        assertEq(uint8(market.state().phase), uint8(IPredictionMarket.Phase.Collecting));
    }

    function test_gas_settleWorstCase_512contributions() public {
        (uint256 max, uint256 calls) = _worstCaseSettle(false);
        console.log("settle, 512 contributions: most gas in one call / calls", max, calls);
        assertLe(max, GAS_CAP);
    }

    function test_gas_settleWorstCase_512contributors_grouped() public {
        (uint256 max, uint256 calls) = _worstCaseSettle(true);
        console.log("settle, 512 contributors grouped: most gas in one call / calls", max, calls);
        assertLe(max, GAS_CAP);
    }

    /// @dev The accuracy after every contribution, from the last contribution's record.
    function _lastAccuracy() internal view returns (uint256) {
        return uint32(uint256(market.contributionOf(0, NUM_CONTRIBUTIONS).body) >> 96);
    }
}
