// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";
import {ScriptedModel} from "./ScriptedModel.sol";
import {MarketAttacker} from "./MarketAttacker.sol";

/// @notice Drives one PredictionMarket through random runs: random configurations, scripted accuracies, actors
/// (one a contract that re-enters on every payment), reveals good and bad, contributions with good and bad
/// stakes, walks and settles in random batches, claims, sweeps, withdrawals, time passing and every timeout path;
/// runs restart when they close. Keeps ghost accounts of the ether in and out and of every payment.
/// @dev Every action bounds its inputs, returns early where it cannot apply, and records only calls that
/// succeeded. Each market call's gas is measured.
contract MarketHandler is MarketTestBase {
    uint256 public constant GAS_CAP = 10_000_000;

    address[] internal _actors;
    MarketAttacker public attacker;

    /// @notice Ether sent into the market, and paid out of it (measured at the recipients).
    uint256 public totalIn;
    uint256 public totalOut;
    /// @notice The most gas one market call used.
    uint256 public maxGas;
    /// @notice Claims that paid other than `claimable` promised, second successful claims of an account in a run,
    /// withdrawals that paid other than owed, malicious calls that succeeded; all must stay 0.
    uint256 public claimMismatches;
    uint256 public doubleClaims;
    uint256 public withdrawMismatches;
    uint256 public maliciousSuccesses;
    /// @notice Successful claims of each account in each run.
    mapping(uint256 runId => mapping(address account => uint256)) public claimsOf;
    /// @notice How often each path was taken, to see the runs covered them.
    uint256 public numStarts;
    uint256 public numCancels;
    uint256 public numForfeits;
    uint256 public numRewards;
    uint256 public numSweeps;
    uint256 public numClaims;
    uint256 public numAbandons;
    uint256 public numLateClaims;
    /// @notice Each run's updater (its model's trainer), and when it started.
    mapping(uint256 runId => address) public updaterOfRun;
    mapping(uint256 runId => uint256) public startedAt;
    /// @notice Forfeited runs' rounding dust is below one wei per contributor: the sum of their contributor counts.
    uint256 public dustBound;
    /// @notice Calls of `driveToIdle` that took longer than MAX_RUN_TIME of block time; must stay 0.
    uint256 public slowExits;

    constructor(PredictionMarket market_) {
        market = market_;
        attacker = new MarketAttacker(market_);
        _actors.push(alice);
        _actors.push(bob);
        _actors.push(carol);
        _actors.push(provider);
        _actors.push(address(attacker));
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function _phase() internal view returns (IPredictionMarket.Phase) {
        return market.state().phase;
    }

    /// @dev Calls the market as `from` with `value` wei, measuring gas; returns whether it succeeded.
    function _call(address from, uint256 value, bytes memory data) internal returns (bool ok) {
        vm.deal(from, from.balance + value);
        vm.prank(from);
        uint256 before = gasleft();
        (ok,) = address(market).call{value: value}(data);
        uint256 used = before - gasleft();
        if (used > maxGas) maxGas = used;
    }

    // -------------------------------------------------------------------------------------------------- actions

    function start(uint256 seed) external {
        if (_phase() != IPredictionMarket.Phase.Idle) return;
        (_numPieces, _perPiece, _firstIndex) = (2 + seed % 3, 1 + (seed >> 8) % 3, 0);
        _firstIndex = (seed >> 16) % _numPieces;
        uint256 numEval = (_numPieces - 1) * _perPiece;
        uint32[] memory accs = new uint32[](1 + (seed >> 24) % 12);
        bool swing = (seed >> 32) & 1 == 1;
        for (uint256 k; k < accs.length; ++k) {
            uint256 r = uint256(keccak256(abi.encode(seed, k)));
            // Half the runs swing between high and low accuracy, so that many scores are negative.
            accs[k] = uint32(swing ? (k % 2 == 0 ? numEval - r % 2 : r % 2) : r % (numEval + 1));
        }
        IPredictionMarket.Config memory cfg = _config();
        cfg.minStake = uint96(1 + (seed >> 40) % 50);
        cfg.groupByContributor = (seed >> 48) & 1 == 1;
        cfg.allowGreaterStake = (seed >> 49) & 1 == 1;
        cfg.maxContributions = uint32(1 + (seed >> 100) % 12);
        cfg.minContributions = uint32((seed >> 50) % (uint256(cfg.maxContributions) + 1));
        cfg.modelGasLimit = uint32(market.MIN_MODEL_GAS() + (seed >> 104) % 200_000);
        // Windows anywhere in their bounds; one seed in eight tries one past a bound, which must fail.
        cfg.minDuration = uint32(_within(seed >> 140, market.MIN_WINDOW(), market.MAX_DURATION()));
        cfg.firstRevealWindow = uint32(_within(seed >> 160, market.MIN_WINDOW(), market.MAX_FIRST_REVEAL_WINDOW()));
        cfg.revealWindow = uint32(_within(seed >> 180, market.MIN_WINDOW(), market.MAX_REVEAL_WINDOW()));
        cfg.rewardWindow = uint32(_within(seed >> 200, market.MIN_REWARD_WINDOW(), market.MAX_REWARD_WINDOW()));
        bool outOfBounds = (seed >> 220) % 8 == 0;
        if (outOfBounds) cfg.revealWindow = uint32(market.MAX_REVEAL_WINDOW() + 1 + (seed >> 224) % 1000);
        uint256 bounty = 100_000 + (seed >> 60) % 1e6;
        address who = _actors[(seed >> 80) % _actors.length];
        delete _contribs;
        ScriptedModel model = new ScriptedModel(market.updaterFor(who), accs);
        bytes32 root = _root(_hashes(_allPieces()));
        if ((seed >> 230) % 8 == 0) {
            // Someone else front-runs the provider with its model: it must fail.
            address thief = _actors[((seed >> 80) + 1) % _actors.length];
            if (_call(thief, bounty, abi.encodeCall(PredictionMarket.initialise, (model, root, _numPieces, cfg)))) {
                ++maliciousSuccesses;
            }
        }
        bool ok = _call(who, bounty, abi.encodeCall(PredictionMarket.initialise, (model, root, _numPieces, cfg)));
        if (ok && outOfBounds) ++maliciousSuccesses;
        if (ok) {
            totalIn += bounty;
            ++numStarts;
            updaterOfRun[market.run()] = model.trainer();
            startedAt[market.run()] = block.timestamp;
        }
    }

    function _within(uint256 r, uint256 min, uint256 max) internal pure returns (uint256) {
        // Half the time a bound itself, half anywhere between.
        if (r % 4 == 0) return min;
        if (r % 4 == 1) return max;
        return min + (r >> 2) % (max - min + 1);
    }

    /// @dev Draws (fixing the draw block's hash so the scripted test set lines up) and reveals the drawn piece;
    /// with `malicious`, first tries a piece that does not match.
    function openParticipation(bool malicious) external {
        if (_phase() != IPredictionMarket.Phase.Committed) return;
        PredictionMarket.State memory m = market.state();
        if (!m.drawn) {
            if (block.number <= m.drawBlock) vm.roll(uint256(m.drawBlock) + 1);
            if (block.number - m.drawBlock <= 256) vm.setBlockhash(m.drawBlock, _hashFor(_firstIndex));
        }
        if (!m.drawn && block.number - m.drawBlock > 256) {
            _call(dave, 0, abi.encodeCall(PredictionMarket.draw, ()));
            return;
        }
        PredictionMarket.Sample[][] memory p = _allPieces();
        uint256 index = m.drawn ? m.revealIndex : _firstIndex;
        bytes32[] memory proof = _proof(_hashes(p), index);
        if (malicious) {
            uint256 other = (index + 1) % p.length;
            if (_call(provider, 0, abi.encodeCall(PredictionMarket.revealFirstPiece, (p[other], proof)))) {
                ++maliciousSuccesses;
            }
        }
        _call(dave, 0, abi.encodeCall(PredictionMarket.revealFirstPiece, (p[index], proof)));
    }

    function contribute(uint256 actorSeed, uint256 stakeSeed) external {
        if (_phase() != IPredictionMarket.Phase.Participation) return;
        address who = _actors[actorSeed % _actors.length];
        IPredictionMarket.Config memory cfg = market.config();
        uint256 stake = cfg.allowGreaterStake ? cfg.minStake + stakeSeed % (3 * uint256(cfg.minStake)) : cfg.minStake;
        PredictionMarket.Sample memory s = _contribSample(market.state().numContributions + 1);
        if (stakeSeed % 8 == 0) {
            // A malicious contributor staking nothing.
            if (_call(who, 0, abi.encodeCall(PredictionMarket.contribute, (s.data, s.label)))) ++maliciousSuccesses;
            return;
        }
        bool ok = who == address(attacker)
            ? _call(
                address(this), stake, abi.encodeCall(MarketAttacker.contribute, (s.data, s.label)), address(attacker)
            )
            : _call(who, stake, abi.encodeCall(PredictionMarket.contribute, (s.data, s.label)));
        if (ok) {
            totalIn += stake;
            _contribs.push(s);
        }
    }

    /// @dev Calls `target` (not the market) as `from`: the attacker forwarding to the market.
    function _call(address from, uint256 value, bytes memory data, address target) internal returns (bool ok) {
        vm.deal(from, from.balance + value);
        vm.prank(from);
        uint256 before = gasleft();
        (ok,) = target.call{value: value}(data);
        uint256 used = before - gasleft();
        if (used > maxGas) maxGas = used;
    }

    function end(bool waitForIt) external {
        if (_phase() != IPredictionMarket.Phase.Participation) return;
        uint256 earliest = market.state().earliestEnd;
        if (waitForIt && block.timestamp < earliest) vm.warp(earliest);
        _call(carol, 0, abi.encodeCall(PredictionMarket.endMarket, ()));
        if (_phase() == IPredictionMarket.Phase.Idle) ++numCancels;
    }

    /// @dev A malicious contributor contributing after the end.
    function contributeLate(uint256 actorSeed) external {
        IPredictionMarket.Phase ph = _phase();
        if (ph == IPredictionMarket.Phase.Participation || ph == IPredictionMarket.Phase.Idle) return;
        PredictionMarket.Sample memory s = _contribSample(1);
        address who = _actors[actorSeed % _actors.length];
        if (_call(who, 1000, abi.encodeCall(PredictionMarket.contribute, (s.data, s.label)))) ++maliciousSuccesses;
    }

    function reveal(uint256 count, bool malicious) external {
        if (_phase() != IPredictionMarket.Phase.Revealing) return;
        (PredictionMarket.Sample[][] memory rest, bytes32[][] memory proofs) = _restPieces();
        uint256 from = market.state().nextReveal;
        uint256 n = 1 + count % (rest.length - from);
        PredictionMarket.Sample[][] memory pieces = new PredictionMarket.Sample[][](n);
        bytes32[][] memory ps = new bytes32[][](n);
        for (uint256 i; i < n; ++i) {
            (pieces[i], ps[i]) = (rest[from + i], proofs[from + i]);
        }
        if (malicious) {
            // The provider reveals a piece that does not match its commitment.
            PredictionMarket.Sample memory s0 = pieces[0][0];
            s0.label = 1 - s0.label;
            if (_call(provider, 0, abi.encodeCall(PredictionMarket.revealPieces, (pieces, ps)))) ++maliciousSuccesses;
            s0.label = 1 - s0.label;
        }
        _call(provider, 0, abi.encodeCall(PredictionMarket.revealPieces, (pieces, ps)));
        if (_phase() == IPredictionMarket.Phase.Rewarding) ++numRewards;
    }

    function walk(uint256 batch) external {
        if (_phase() != IPredictionMarket.Phase.Rewarding) return;
        PredictionMarket.Reward memory r = market.rewardState();
        if (r.stage != IPredictionMarket.Stage.Walk) return;
        (PredictionMarket.Sample[][] memory rest,) = _restPieces();
        _call(bob, 0, abi.encodeCall(PredictionMarket.walk, (0, rest, _contribSlice(r.cursor, 1 + batch % 8))));
    }

    function settle(uint256 batch) external {
        if (_phase() != IPredictionMarket.Phase.Rewarding) return;
        if (market.rewardState().stage == IPredictionMarket.Stage.Walk) return;
        _call(alice, 0, abi.encodeCall(PredictionMarket.settle, (1 + batch % 32)));
    }

    function claim(uint256 actorSeed, bool reenter) external {
        if (_phase() != IPredictionMarket.Phase.Collecting) return;
        address who = _actors[actorSeed % _actors.length];
        uint256 expected = market.claimable(who);
        uint256 runId = market.run();
        uint256 before = who.balance;
        bool ok;
        if (who == address(attacker)) {
            attacker.arm(reenter ? MarketAttacker.Target.Claim : MarketAttacker.Target.None, true);
            ok = _call(address(this), 0, abi.encodeCall(MarketAttacker.claim, ()), address(attacker));
        } else {
            ok = _call(who, 0, abi.encodeCall(PredictionMarket.claim, (payable(who))));
        }
        if (!ok) return;
        uint256 paid = who.balance - before;
        totalOut += paid;
        ++numClaims;
        if (paid != expected) ++claimMismatches;
        if (++claimsOf[runId][who] > 1) ++doubleClaims;
    }

    function sweep(bool byProvider) external {
        if (_phase() != IPredictionMarket.Phase.Collecting) return;
        address who = byProvider ? market.state().provider : dave;
        if (_call(who, 0, abi.encodeCall(PredictionMarket.sweep, ()))) ++numSweeps;
    }

    /// @dev A contributor claims from any run, the current one or one closed long ago.
    function claimRun(uint256 actorSeed, uint256 runSeed) external {
        uint256 runs = market.run() + 1;
        uint256 runId = runSeed % runs;
        address who = _actors[actorSeed % _actors.length];
        if (who == address(attacker)) attacker.arm(MarketAttacker.Target.None, true);
        uint256 expected = market.claimableIn(runId, who);
        uint256 before = who.balance;
        if (!_call(who, 0, abi.encodeCall(PredictionMarket.claimRun, (runId, payable(who))))) return;
        uint256 paid = who.balance - before;
        totalOut += paid;
        ++numLateClaims;
        if (paid != expected || paid == 0) ++claimMismatches;
    }

    function withdraw(uint256 actorSeed, bool reenter) external {
        address who = _actors[actorSeed % _actors.length];
        uint256 expected = market.owed(who);
        uint256 before = who.balance;
        bool ok;
        if (who == address(attacker)) {
            attacker.arm(reenter ? MarketAttacker.Target.Withdraw : MarketAttacker.Target.None, true);
            ok = _call(address(this), 0, abi.encodeCall(MarketAttacker.withdraw, ()), address(attacker));
        } else {
            ok = _call(who, 0, abi.encodeCall(PredictionMarket.withdraw, (payable(who))));
        }
        if (!ok) return;
        uint256 paid = who.balance - before;
        totalOut += paid;
        if (paid != expected || market.owed(who) != 0) ++withdrawMismatches;
    }

    function warp(uint256 secs, uint256 blocks) external {
        vm.warp(block.timestamp + secs % 3 days);
        vm.roll(block.number + blocks % 300);
    }

    /// @dev The current phase's timeout path, taken by a bystander.
    function timeout() external {
        IPredictionMarket.Phase ph = _phase();
        PredictionMarket.State memory m = market.state();
        if (ph == IPredictionMarket.Phase.Committed) {
            vm.warp(uint256(m.deadline) + 1);
            if (_call(dave, 0, abi.encodeCall(PredictionMarket.cancel, ()))) ++numCancels;
        } else if (ph == IPredictionMarket.Phase.Revealing) {
            vm.warp(uint256(m.deadline) + 1);
            if (_call(dave, 0, abi.encodeCall(PredictionMarket.forfeit, ()))) {
                ++numForfeits;
                dustBound += m.numContributors;
            }
        } else if (ph == IPredictionMarket.Phase.Rewarding) {
            vm.warp(uint256(m.deadline) + 1);
            if (_call(dave, 0, abi.encodeCall(PredictionMarket.abandon, ()))) ++numAbandons;
        } else if (ph == IPredictionMarket.Phase.Collecting) {
            if (_call(dave, 0, abi.encodeCall(PredictionMarket.sweep, ()))) ++numSweeps;
        } else if (ph == IPredictionMarket.Phase.Participation) {
            if (block.timestamp < m.earliestEnd) vm.warp(m.earliestEnd);
            _call(dave, 0, abi.encodeCall(PredictionMarket.endMarket, ()));
        }
    }

    // ------------------------------------------------------------------------------------- liveness (not a target)

    /// @notice Takes the market to Idle using only what anyone may do (timeouts, public data), checking each
    /// call's gas, and counts a slow exit if that took more than MAX_RUN_TIME of block time; returns whether it got
    /// there. With `walk` false nobody walks, so the reward phase ends by its deadline. Callers snapshot and revert
    /// around it.
    function driveToIdle(bool walkIt) external returns (bool) {
        uint256 t0 = block.timestamp;
        bool idle = _drive(walkIt);
        if (block.timestamp - t0 > market.MAX_RUN_TIME()) ++slowExits;
        return idle;
    }

    /// @notice After `driveToIdle`: every actor claims from every run and withdraws; returns what stays in the
    /// market beyond what was burnt (forfeits' rounding dust).
    function drainAll() external returns (uint256) {
        uint256 runs = market.run();
        attacker.arm(MarketAttacker.Target.None, true);
        for (uint256 a; a < _actors.length; ++a) {
            address who = _actors[a];
            for (uint256 runId; runId < runs; ++runId) {
                if (market.claimableIn(runId, who) != 0) {
                    vm.prank(who);
                    market.claimRun(runId, payable(who));
                }
            }
            if (market.owed(who) != 0) {
                vm.prank(who);
                market.withdraw(payable(who));
            }
        }
        return address(market).balance - market.burnt();
    }

    function _drive(bool walkIt) internal returns (bool) {
        for (uint256 i; i < 200; ++i) {
            IPredictionMarket.Phase ph = _phase();
            if (ph == IPredictionMarket.Phase.Idle) return true;
            if (ph == IPredictionMarket.Phase.Rewarding && walkIt) {
                PredictionMarket.Reward memory r = market.rewardState();
                bool ok;
                if (r.stage == IPredictionMarket.Stage.Walk) {
                    (PredictionMarket.Sample[][] memory rest,) = _restPieces();
                    ok = _call(dave, 0, abi.encodeCall(PredictionMarket.walk, (0, rest, _contribSlice(r.cursor, 16))));
                } else {
                    ok = _call(dave, 0, abi.encodeCall(PredictionMarket.settle, (type(uint256).max)));
                }
                if (!ok) this.timeout();
            } else {
                this.timeout();
            }
        }
        return _phase() == IPredictionMarket.Phase.Idle;
    }
}
