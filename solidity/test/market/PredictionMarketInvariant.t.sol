// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {console} from "forge-std/console.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";
import {MarketHandler} from "./MarketHandler.sol";

/// @notice Stateful invariants of PredictionMarket under random runs (MarketHandler): ether is conserved to the
/// wei, nobody is paid twice or other than promised, malicious calls fail, every state has a way back to Idle
/// that anyone can take (timeouts and public data only), and no call needs more than 10M gas.
/// forge-config: default.invariant.depth = 128
contract PredictionMarketInvariantTest is MarketTestBase {
    MarketHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new MarketHandler(market);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](22);
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
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev The market holds exactly the live run's unclaimed pool plus what it has credited to withdraw, and
    /// exactly what came in minus what went out.
    function invariant_etherIsConservedToTheWei() public view {
        uint256 held = address(market).balance;
        address[] memory actors = handler.actors();
        uint256 credited;
        for (uint256 i; i < actors.length; ++i) {
            credited += market.owed(actors[i]);
        }
        PredictionMarket.State memory m = market.state();
        uint256 live = m.phase == PredictionMarket.Phase.Idle ? 0 : uint256(m.bounty) + m.totalStaked - m.claimedTotal;
        assertEq(held, live + credited, "balance = unclaimed pool + credited");
        assertEq(handler.totalIn() - handler.totalOut(), held, "in - out = balance");
    }

    /// @dev While collecting, what the run owes (contributors and provider) never exceeds what it holds.
    function invariant_owedNeverExceedsThePool() public view {
        PredictionMarket.State memory m = market.state();
        if (m.phase != PredictionMarket.Phase.Collecting || m.forfeited) return;
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

    /// @dev From any state, timeouts and permissionless steps reach Idle, under the gas cap.
    function invariant_everyPhaseHasAWayOut() public {
        uint256 snap = vm.snapshotState();
        assertTrue(handler.driveToIdle(), "stuck");
        assertLe(handler.maxGas(), 10_000_000);
        address[] memory actors = handler.actors();
        uint256 credited;
        for (uint256 i; i < actors.length; ++i) {
            credited += market.owed(actors[i]);
        }
        assertEq(address(market).balance, credited, "closed: all that is left is credited to withdraw");
        vm.revertToState(snap);
    }

    /// @dev The run's model is sealed to the run's own updater, which only the market may use.
    function invariant_modelSealedToTheRunsUpdater() public view {
        PredictionMarket.State memory m = market.state();
        if (m.phase == PredictionMarket.Phase.Idle) return;
        address updater = market.updaterFor(market.run());
        assertEq(m.model.trainer(), updater);
        assertGt(updater.code.length, 0);
    }

    function afterInvariant() external view {
        console.log("starts, cancels/empty, forfeits, rewards", handler.numStarts(), handler.numCancels());
        console.log("  ", handler.numForfeits(), handler.numRewards());
        console.log("sweeps, claims, max gas", handler.numSweeps(), handler.numClaims(), handler.maxGas());
    }
}
