// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {console} from "forge-std/console.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";
import {MarketHandler} from "./MarketHandler.sol";

/// @notice Stateful invariants of PredictionMarket under random runs (MarketHandler): ether is conserved to the
/// wei, nobody is paid twice or other than promised, malicious calls fail, every state has a way back to Idle
/// that anyone can take (timeouts and public data only), and no call needs more than 10M gas.
/// forge-config: default.invariant.depth = 128
/// forge-config: deep.invariant.depth = 500
contract PredictionMarketInvariantTest is MarketTestBase {
    MarketHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new MarketHandler(market);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](24);
        selectors[0] = MarketHandler.start.selector;
        selectors[1] = MarketHandler.start.selector;
        selectors[2] = MarketHandler.openParticipation.selector;
        selectors[3] = MarketHandler.openParticipation.selector;
        selectors[4] = MarketHandler.contribute.selector;
        selectors[5] = MarketHandler.contribute.selector;
        selectors[6] = MarketHandler.contribute.selector;
        selectors[7] = MarketHandler.end.selector;
        selectors[8] = MarketHandler.contributeLate.selector;
        selectors[9] = MarketHandler.reveal.selector;
        selectors[10] = MarketHandler.reveal.selector;
        selectors[11] = MarketHandler.walk.selector;
        selectors[12] = MarketHandler.walk.selector;
        selectors[13] = MarketHandler.settle.selector;
        selectors[14] = MarketHandler.settle.selector;
        selectors[15] = MarketHandler.claim.selector;
        selectors[16] = MarketHandler.sweep.selector;
        selectors[17] = MarketHandler.withdraw.selector;
        selectors[18] = MarketHandler.warp.selector;
        selectors[19] = MarketHandler.timeout.selector;
        selectors[20] = MarketHandler.contribute.selector;
        selectors[21] = MarketHandler.settle.selector;
        selectors[22] = MarketHandler.claimRun.selector;
        selectors[23] = MarketHandler.claimRun.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev The market holds exactly what came in minus what went out, and at least everything it owes: the live
    /// run's unclaimed pool, what it credited to withdraw, every contributor's unclaimed amount in every closed
    /// run, and what forfeits burnt.
    function invariant_etherIsConservedAndCoversEveryClaim() public view {
        uint256 held = address(market).balance;
        assertEq(handler.totalIn() - handler.totalOut(), held, "in - out = balance");
        address[] memory actors = handler.actors();
        uint256 owedTotal;
        uint256 runs = market.run();
        for (uint256 i; i < actors.length; ++i) {
            owedTotal += market.owed(actors[i]);
            for (uint256 runId; runId < runs; ++runId) {
                owedTotal += market.claimableIn(runId, actors[i]);
            }
        }
        PredictionMarket.State memory m = market.state();
        if (m.phase == IPredictionMarket.Phase.Collecting) {
            for (uint256 i; i < actors.length; ++i) {
                owedTotal += market.claimable(actors[i]);
            }
        } else if (m.phase != IPredictionMarket.Phase.Idle) {
            owedTotal += uint256(m.bounty) + m.totalStaked;
        }
        assertLe(owedTotal + market.burnt(), held, "holds what it owes");
        assertLe(held - owedTotal - market.burnt(), handler.dustBound(), "beyond that, only forfeits' rounding dust");
    }

    /// @dev While collecting a rewarded run, what it owes (contributors and provider) never exceeds its pool.
    function invariant_owedNeverExceedsThePool() public view {
        PredictionMarket.State memory m = market.state();
        if (m.phase != IPredictionMarket.Phase.Collecting || m.forfeited || m.refunded) return;
        assertLe(market.rewardState().owedTotal, uint256(m.bounty) + m.totalStaked);
    }

    function invariant_noOneIsPaidTwiceOrWrongly() public view {
        assertEq(handler.doubleClaims(), 0, "a second claim paid");
        assertEq(handler.claimMismatches(), 0, "a claim paid other than claimable");
        assertEq(handler.withdrawMismatches(), 0, "a withdrawal paid other than owed");
    }

    function invariant_maliciousCallsFail() public view {
        assertEq(handler.maliciousSuccesses(), 0);
    }

    function invariant_noStepExceedsTheGasCap() public view {
        assertLe(handler.maxGas(), 10_000_000);
    }

    /// @dev The liveness bound, from any reachable state of fuzzed configurations: with timeouts and
    /// permissionless steps only (walking, or with nobody walking), the market reaches Idle within MAX_RUN_TIME of
    /// block time and under the gas cap, and then every party can withdraw everything: all that stays is what
    /// forfeits burnt and their rounding dust.
    function invariant_everyPartysFundsAreWithdrawableWithinTheBound() public {
        for (uint256 k; k < 2; ++k) {
            uint256 snap = vm.snapshotState();
            assertTrue(handler.driveToIdle(k == 0), "stuck");
            assertEq(handler.slowExits(), 0, "an exit took longer than MAX_RUN_TIME");
            assertLe(handler.maxGas(), 10_000_000);
            assertLe(handler.drainAll(), handler.dustBound(), "left in the market beyond burnt and dust");
            vm.revertToState(snap);
        }
    }

    /// @dev The run's model is sealed to the run's own updater, which only the market may use.
    function invariant_modelSealedToTheRunsUpdater() public view {
        PredictionMarket.State memory m = market.state();
        if (m.phase == IPredictionMarket.Phase.Idle) return;
        address updater = m.model.trainer();
        assertEq(updater, handler.updaterOfRun(market.run()), "the updater the provider's model was built for");
        assertGt(updater.code.length, 0);
    }

    function afterInvariant() external view {
        console.log("starts, cancels/empty, forfeits, rewards", handler.numStarts(), handler.numCancels());
        console.log("  ", handler.numForfeits(), handler.numRewards());
        console.log("sweeps, claims, max gas", handler.numSweeps(), handler.numClaims(), handler.maxGas());
        console.log("abandons, late claims", handler.numAbandons(), handler.numLateClaims());
    }
}
