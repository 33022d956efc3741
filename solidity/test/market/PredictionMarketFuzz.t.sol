// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";
import {RefRounds} from "./RefRounds.sol";

/// @notice Fuzz tests of the reward arithmetic: random accuracy paths, stakes, contributors, minimum stakes,
/// bounties and batch sizes, checked against RefRounds (the rules written plainly) and for exact conservation.
contract PredictionMarketFuzzTest is MarketTestBase {
    struct Params {
        uint256 numContributions;
        uint256 numPieces;
        uint256 perPiece;
        uint256 minStake;
        uint256 bounty;
        bool grouped;
        bool greater;
        uint256 walkBatch;
        uint256 settleBatch;
    }

    address[4] internal _who;

    function setUp() public override {
        super.setUp();
        _who = [alice, bob, carol, dave];
    }

    function _params(uint256 seed) internal pure returns (Params memory p) {
        p.numContributions = 1 + _rand(seed, "n") % 12;
        p.numPieces = 2 + _rand(seed, "pieces") % 4;
        p.perPiece = 1 + _rand(seed, "per") % 5;
        // Small minimum stakes next to the test set's size exercise the "cannot pay one more round" drop; stakes
        // near the bounty (at least MIN_BOUNTY) exercise rounds capped by the bounty.
        p.minStake = _rand(seed, "scale") % 2 == 0 ? 1 + _rand(seed, "min") % 40 : 1 + _rand(seed, "min") % 60_000;
        p.bounty = 100_000 + _rand(seed, "bounty") % 5000;
        p.grouped = _rand(seed, "grouped") % 2 == 0;
        p.greater = _rand(seed, "greater") % 2 == 0;
        p.walkBatch = 1 + _rand(seed, "walk") % 4;
        p.settleBatch = 1 + _rand(seed, "settle") % 6;
    }

    function _rand(uint256 seed, bytes memory tag) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, tag)));
    }

    function _rand(uint256 seed, bytes memory tag, uint256 i) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, tag, i)));
    }

    /// @dev Runs a whole market with scripted accuracies and returns the reference's answer for it.
    function _run(uint256 seed, Params memory p) internal returns (RefRounds.Input memory in_) {
        uint256 numEval = (p.numPieces - 1) * p.perPiece;
        in_.acc = new uint256[](p.numContributions + 1);
        uint32[] memory accs = new uint32[](p.numContributions + 1);
        for (uint256 k; k <= p.numContributions; ++k) {
            in_.acc[k] = _rand(seed, "acc", k) % (numEval + 1);
            accs[k] = uint32(in_.acc[k]);
        }
        IPredictionMarket.Config memory cfg = _config();
        cfg.minStake = uint96(p.minStake);
        cfg.groupByContributor = p.grouped;
        cfg.allowGreaterStake = p.greater;
        cfg.minContributions = uint32(p.numContributions);
        _startAt(cfg, accs, p.numPieces, p.perPiece, _rand(seed, "first") % p.numPieces, p.bounty);
        _prepareDraw();
        _revealFirst();
        in_.stake = new uint256[](p.numContributions);
        in_.owner = new uint256[](p.numContributions);
        for (uint256 k; k < p.numContributions; ++k) {
            in_.owner[k] = _rand(seed, "owner", k) % 4;
            in_.stake[k] = p.greater ? p.minStake + _rand(seed, "stake", k) % (3 * p.minStake) : p.minStake;
            _contribute(_who[in_.owner[k]], in_.stake[k], _contribSample(k + 1));
        }
        (in_.numOwners, in_.grouped, in_.minStake, in_.bounty, in_.numEvalSamples) =
        (4, p.grouped, p.minStake, p.bounty, numEval);
        market.endMarket();
        _revealRest();
        _walkAll(p.walkBatch);
        _settleAll(p.settleBatch);
    }

    function testFuzz_roundsMatchReference(uint256 seed) public {
        Params memory p = _params(seed);
        RefRounds.Input memory in_ = _run(seed, p);
        RefRounds.Output memory want = RefRounds.compute(in_);
        for (uint256 o; o < 4; ++o) {
            uint256 got = market.claimable(_who[o]);
            assertEq(got, want.paid[o], "contributor's amount");
        }
        assertEq(market.claimable(provider), want.providerRefund, "provider's refund");
    }

    /// @dev Ether-sized amounts: stakes up to about 4,000 ether, bounties up to about 10 million ether.
    function testFuzz_roundsMatchReference_largeAmounts(uint256 seed) public {
        Params memory p = _params(seed);
        p.minStake = 1 ether + _rand(seed, "bigmin") % 1000 ether;
        p.bounty = 100_000 + _rand(seed, "bigbounty") % 1e25;
        RefRounds.Input memory in_ = _run(seed, p);
        RefRounds.Output memory want = RefRounds.compute(in_);
        uint256 paid;
        for (uint256 o; o < 4; ++o) {
            assertEq(market.claimable(_who[o]), want.paid[o], "contributor's amount");
            paid += want.paid[o];
        }
        assertEq(market.claimable(provider), want.providerRefund, "provider's refund");
        assertEq(paid + want.providerRefund, market.pool(), "conservation");
    }

    function testFuzz_conservationToTheWei(uint256 seed) public {
        Params memory p = _params(seed);
        _run(seed, p);
        uint256 pool = market.pool();
        uint256 paid;
        if (market.claimable(provider) != 0) paid = _claim(provider);
        for (uint256 o; o < 4; ++o) {
            if (market.claimable(_who[o]) != 0) paid += _claim(_who[o]);
        }
        assertEq(paid, pool, "total paid = bounty + stakes");
        assertEq(address(market).balance, 0, "nothing left in the market");
        market.sweep();
        assertEq(market.owed(provider), 0, "nothing to sweep");
    }

    function testFuzz_settleBatchSizeDoesNotMatter(uint256 seed) public {
        Params memory p = _params(seed);
        uint256 snap = vm.snapshotState();
        _run(seed, p);
        uint256[5] memory first;
        for (uint256 o; o < 4; ++o) {
            first[o] = market.claimable(_who[o]);
        }
        first[4] = market.claimable(provider);
        vm.revertToState(snap);
        p.walkBatch = 64;
        p.settleBatch = type(uint256).max;
        _run(seed, p);
        for (uint256 o; o < 4; ++o) {
            assertEq(market.claimable(_who[o]), first[o], "same amounts in one batch");
        }
        assertEq(market.claimable(provider), first[4], "same refund in one batch");
    }

    /// @dev A forfeit pays each contributor its stakes plus its stake's share of the unburnt bounty, rounded down;
    /// the provider gets nothing, and the burnt half and the rounding dust stay in the market.
    function testFuzz_forfeitShares(uint256 seed) public {
        Params memory p = _params(seed);
        IPredictionMarket.Config memory cfg = _config();
        cfg.minStake = uint96(p.minStake);
        cfg.allowGreaterStake = true;
        _startAt(cfg, _accs(0, 0), 3, 2, 1, p.bounty);
        _prepareDraw();
        _revealFirst();
        uint256[4] memory staked;
        for (uint256 k; k < p.numContributions; ++k) {
            uint256 o = _rand(seed, "owner", k) % 4;
            uint256 stake = p.minStake + _rand(seed, "stake", k) % (3 * p.minStake);
            staked[o] += stake;
            _contribute(_who[o], stake, _contribSample(k + 1));
        }
        _end();
        vm.warp(block.timestamp + cfg.revealWindow + 1);
        market.forfeit();
        uint256 total = staked[0] + staked[1] + staked[2] + staked[3];
        uint256 burned = p.bounty * market.FORFEIT_BURN_BPS() / 10_000;
        uint256 share = p.bounty - burned;
        uint256 paid;
        for (uint256 o; o < 4; ++o) {
            if (staked[o] == 0) continue;
            uint256 got = _claim(_who[o]);
            assertEq(got, staked[o] + share * staked[o] / total, "stake plus share");
            paid += got;
        }
        assertLe(share + total - paid, 4, "dust below the number of contributors");
        assertEq(market.burnt(), burned);
        market.sweep();
        assertEq(market.owed(provider), 0, "nothing to the provider");
        assertEq(address(market).balance, p.bounty + total - paid, "burnt and dust stay");
    }
}
