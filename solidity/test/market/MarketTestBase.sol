// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {ScriptedModel} from "./ScriptedModel.sol";

/// @notice Shared setup for the prediction market tests: a market, test sets cut into pieces with their hashes and
/// Merkle proofs (computed here apart from the contract's MarketData), and helpers that drive a run from
/// initialise to collect.
/// @dev The default test set is for ScriptedModel: sample `[rank, label]`; the piece drawn first gets rank NEVER,
/// the others ranks 0, 1, 2, ... in evaluation order, so the scripted accuracy `acc[v]` is exactly the number of
/// evaluation samples predicted correctly (while it is at most their count).
abstract contract MarketTestBase is Test {
    uint256 internal constant T0 = 1_700_000_000;
    uint96 internal constant MIN_STAKE = 1000;
    uint256 internal constant BOUNTY = 100_000;
    uint32 internal constant MODEL_GAS = 200_000;

    PredictionMarket internal market;
    address internal provider = makeAddr("provider");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");

    // The current run's test set, by its parameters (rebuilt on demand: nested calldata structs do not copy to
    // storage).
    uint256 internal _numPieces;
    uint256 internal _perPiece;
    uint256 internal _firstIndex;
    /// @dev Set by a test to reveal real-model pieces instead of ScriptedModel's.
    bool internal _customPieces;
    PredictionMarket.Sample[] internal _contribs;

    function setUp() public virtual {
        vm.warp(T0);
        vm.roll(1000);
        market = new PredictionMarket();
    }

    // ------------------------------------------------------------------------------------------ configuration

    function _config() internal pure returns (IPredictionMarket.Config memory) {
        return IPredictionMarket.Config({
            minStake: MIN_STAKE,
            minContributions: 3,
            minDuration: 1 days,
            firstRevealWindow: 1 days,
            revealWindow: 2 days,
            rewardWindow: 7 days,
            maxPieceSamples: 16,
            maxSampleLength: 8,
            modelGasLimit: MODEL_GAS,
            maxContributions: 1000,
            groupByContributor: false,
            allowGreaterStake: false
        });
    }

    // ---------------------------------------------------------------------------------------------- test sets

    function _sample(int64 rank, uint64 label) internal pure returns (PredictionMarket.Sample memory s) {
        s.data = new int64[](2);
        s.data[0] = rank;
        s.data[1] = int64(label);
        s.label = label;
    }

    /// @dev ScriptedModel's test set: `numPieces` pieces of `perPiece` samples; piece `firstIndex` is never right.
    function _scriptedPieces(uint256 numPieces, uint256 perPiece, uint256 firstIndex)
        internal
        pure
        returns (PredictionMarket.Sample[][] memory p)
    {
        p = new PredictionMarket.Sample[][](numPieces);
        uint256 rank;
        for (uint256 i; i < numPieces; ++i) {
            p[i] = new PredictionMarket.Sample[](perPiece);
            for (uint256 j; j < perPiece; ++j) {
                uint64 label = uint64((i + j) % 2);
                p[i][j] = _sample(i == firstIndex ? int64(type(int64).max) : int64(int256(rank++)), label);
            }
        }
    }

    /// @dev The current run's pieces; tests with their own pieces override this.
    function _allPieces() internal view virtual returns (PredictionMarket.Sample[][] memory) {
        return _scriptedPieces(_numPieces, _perPiece, _firstIndex);
    }

    function _leaf(PredictionMarket.Sample memory s) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(s.data, s.label));
    }

    function _pieceHash(PredictionMarket.Sample[] memory samples) internal pure returns (bytes32) {
        bytes32[] memory leaves = new bytes32[](samples.length);
        for (uint256 j; j < samples.length; ++j) {
            leaves[j] = _leaf(samples[j]);
        }
        return keccak256(abi.encodePacked(leaves));
    }

    function _hashes(PredictionMarket.Sample[][] memory p) internal pure returns (bytes32[] memory h) {
        h = new bytes32[](p.length);
        for (uint256 i; i < p.length; ++i) {
            h[i] = _pieceHash(p[i]);
        }
    }

    function _depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) {
            ++d;
        }
    }

    /// @dev The positional Merkle tree's levels, leaves padded with zero to a power of two.
    function _level0(bytes32[] memory leaves) private pure returns (bytes32[] memory level) {
        level = new bytes32[](uint256(1) << _depth(leaves.length));
        for (uint256 i; i < leaves.length; ++i) {
            level[i] = leaves[i];
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        next = new bytes32[](level.length / 2);
        for (uint256 i; i < next.length; ++i) {
            next[i] = keccak256(abi.encodePacked(level[2 * i], level[2 * i + 1]));
        }
    }

    function _root(bytes32[] memory leaves) internal pure returns (bytes32) {
        bytes32[] memory level = _level0(leaves);
        while (level.length > 1) {
            level = _up(level);
        }
        return level[0];
    }

    function _proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory proof) {
        bytes32[] memory level = _level0(leaves);
        proof = new bytes32[](_depth(leaves.length));
        for (uint256 d; d < proof.length; ++d) {
            proof[d] = level[index ^ 1];
            index >>= 1;
            level = _up(level);
        }
    }

    // ------------------------------------------------------------------------------------------ driving a run

    /// @dev Deploys a ScriptedModel for the next run and initialises it with the default test set shape.
    function _start(IPredictionMarket.Config memory cfg, uint32[] memory accs, uint256 numPieces, uint256 perPiece)
        internal
        returns (ScriptedModel model)
    {
        return _startAt(cfg, accs, numPieces, perPiece, numPieces / 2, BOUNTY);
    }

    function _startAt(
        IPredictionMarket.Config memory cfg,
        uint32[] memory accs,
        uint256 numPieces,
        uint256 perPiece,
        uint256 firstIndex,
        uint256 bounty
    ) internal returns (ScriptedModel model) {
        (_numPieces, _perPiece, _firstIndex) = (numPieces, perPiece, firstIndex);
        delete _contribs;
        model = new ScriptedModel(market.updaterFor(provider), accs);
        _initialise(model, cfg, bounty);
    }

    function _initialise(IClassifier model, IPredictionMarket.Config memory cfg, uint256 bounty) internal {
        bytes32 root = _root(_hashes(_allPieces()));
        vm.deal(provider, bounty);
        vm.prank(provider);
        market.initialise{value: bounty}(model, root, _numPieces, cfg);
    }

    /// @dev A draw-block hash under which the draw picks `index`.
    function _hashFor(uint256 index) internal view returns (bytes32 h) {
        PredictionMarket.State memory m = market.state();
        for (uint256 s;; ++s) {
            h = keccak256(abi.encode("draw", s));
            uint256 drawn = uint256(keccak256(abi.encode(h, m.piecesRoot, market.run(), address(market)))) % m.numPieces;
            if (drawn == index) return h;
        }
    }

    /// @dev Moves past the draw block and sets its hash so that the draw picks `_firstIndex`.
    function _prepareDraw() internal {
        PredictionMarket.State memory m = market.state();
        vm.roll(uint256(m.drawBlock) + 1);
        vm.setBlockhash(m.drawBlock, _hashFor(_firstIndex));
    }

    function _revealFirst() internal {
        PredictionMarket.Sample[][] memory p = _allPieces();
        market.revealFirstPiece(p[_firstIndex], _proof(_hashes(p), _firstIndex));
    }

    function _open(IPredictionMarket.Config memory cfg, uint32[] memory accs, uint256 numPieces, uint256 perPiece)
        internal
        returns (ScriptedModel model)
    {
        model = _start(cfg, accs, numPieces, perPiece);
        _prepareDraw();
        _revealFirst();
    }

    function _contribute(address who, uint256 stake, PredictionMarket.Sample memory s) internal {
        vm.deal(who, who.balance + stake);
        vm.prank(who);
        market.contribute{value: stake}(s.data, s.label);
        _contribs.push(s);
    }

    /// @dev A contribution sample for ScriptedModel (its content does not matter, only that it is distinct).
    function _contribSample(uint256 k) internal pure returns (PredictionMarket.Sample memory s) {
        s.data = new int64[](1);
        s.data[0] = int64(int256(k));
        s.label = uint64(k % 2);
    }

    function _end() internal {
        vm.warp(market.state().earliestEnd);
        market.endMarket();
    }

    /// @dev The pieces after the first, in evaluation order, and their proofs.
    function _restPieces() internal view returns (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) {
        PredictionMarket.Sample[][] memory p = _allPieces();
        bytes32[] memory h = _hashes(p);
        rest = new PredictionMarket.Sample[][](p.length - 1);
        proofs = new bytes32[][](p.length - 1);
        uint256 first = market.state().revealIndex;
        uint256 pos;
        for (uint256 i; i < p.length; ++i) {
            if (i == first) continue;
            rest[pos] = p[i];
            proofs[pos] = _proof(h, i);
            ++pos;
        }
    }

    function _revealRest() internal {
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        market.revealPieces(rest, proofs);
    }

    /// @dev Contributions `from + 1 .. from + count` (ids), clipped to those made.
    function _contribSlice(uint256 from, uint256 count) internal view returns (PredictionMarket.Sample[] memory s) {
        uint256 n = _contribs.length - from;
        if (count < n) n = count;
        s = new PredictionMarket.Sample[](n);
        for (uint256 i; i < n; ++i) {
            s[i] = _contribs[from + i];
        }
    }

    /// @dev Walks to the end, `perCall` contributions per call with every evaluation piece each time.
    function _walkAll(uint256 perCall) internal {
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        while (market.state().phase == IPredictionMarket.Phase.Rewarding) {
            PredictionMarket.Reward memory r = market.rewardState();
            if (r.stage != IPredictionMarket.Stage.Walk) return;
            market.walk(0, rest, _contribSlice(r.cursor, perCall));
        }
    }

    function _settleAll(uint256 perCall) internal {
        while (market.state().phase == IPredictionMarket.Phase.Rewarding) {
            market.settle(perCall);
        }
    }

    /// @dev Ends the market, reveals the rest, walks and settles: the run is then Collecting.
    function _toCollect() internal {
        _end();
        _revealRest();
        _walkAll(64);
        _settleAll(type(uint256).max);
        assertEq(uint8(market.state().phase), uint8(IPredictionMarket.Phase.Collecting), "collecting");
    }

    function _accs(uint256 a0, uint256 a1) internal pure returns (uint32[] memory a) {
        a = new uint32[](2);
        (a[0], a[1]) = (uint32(a0), uint32(a1));
    }

    function _accs(uint256 a0, uint256 a1, uint256 a2) internal pure returns (uint32[] memory a) {
        a = new uint32[](3);
        (a[0], a[1], a[2]) = (uint32(a0), uint32(a1), uint32(a2));
    }

    function _accs(uint256 a0, uint256 a1, uint256 a2, uint256 a3) internal pure returns (uint32[] memory a) {
        a = new uint32[](4);
        (a[0], a[1], a[2], a[3]) = (uint32(a0), uint32(a1), uint32(a2), uint32(a3));
    }

    function _claim(address who) internal returns (uint256 paid) {
        uint256 before = who.balance;
        vm.prank(who);
        market.claim(payable(who));
        paid = who.balance - before;
    }
}
