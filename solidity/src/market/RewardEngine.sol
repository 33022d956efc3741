// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IClassifier} from "../models/IClassifier.sol";
import {MarketData} from "./MarketData.sol";
import {ModelUpdater} from "./ModelUpdater.sol";
import {IPredictionMarket} from "./IPredictionMarket.sol";
import {PredictionMarket} from "./PredictionMarket.sol";

/// @title RewardEngine
/// @notice PredictionMarket's reward phase: the walk, which trains the run's model copy on the contributions in
/// order and measures its accuracy after each one, and the rounds, which turn those accuracies into balances (see
/// "The arithmetic, exactly" in README.md beside this file). PredictionMarket keeps the phases, the checks that
/// open and close them, and the claims; it calls `walk` and `settle` once it has checked the phase.
/// @dev A linked library: its external functions run with DELEGATECALL in the market's storage, through the
/// storage pointers the market passes, and emit the market's events and revert with its errors (all declared in
/// IPredictionMarket). Moving this code out of the market's runtime code is what keeps the market under EIP-170.
/// The reward record goes in and comes back by value: the market stores it, as it did when this code was its own.
library RewardEngine {
    using SafeCast for uint256;
    using SafeCast for int256;

    /// @dev What a step keeps in memory.
    struct Ctx {
        uint256 runId;
        uint256 minStake;
        uint256 gasLimit;
        int256 bufScore;
        address model;
        bool grouped;
        bool bufSkip;
        bool progress;
        address updater;
        address bufWho;
        uint256 numContributions;
        uint256 numContributors;
    }

    /// @notice The most contributions or contributors one `settle` visits.
    uint256 internal constant MAX_SETTLE_ITEMS = 512;
    /// @dev Gas kept back when making a model call, for the call itself.
    uint256 private constant CALL_RESERVE = 3_000;
    /// @dev What a call to a warm account costs besides what the callee uses (EIP-2929). The model is warmed
    /// before its calls, so a failed call that cost more than its limit plus this ran out of gas.
    uint256 private constant WARM_CALL = 100;

    uint256 private constant BALANCE_MASK = (1 << 96) - 1;

    /// @notice Advances the walk: applies contributions to the model copy in order and evaluates it on the test
    /// pieces, piece by piece, as far as the given data reaches (see `PredictionMarket.walk`, which checks the
    /// phase and calls it).
    /// @param reward The run's reward record; returned advanced, for the market to store.
    /// @param m The current run.
    /// @param cfg The current run's parameters.
    /// @param cs The run's contributions, by id from 1.
    /// @param accounts The run's contributors.
    /// @param pieceHashes The run's revealed piece hashes, by evaluation position.
    /// @param runId The run's number.
    /// @param pinned The model's pin recorded at `initialise`; the walk stops if the model's pin differs.
    /// @param updater The run's model updater, through which the model is trained.
    /// @param walkArgs `PredictionMarket.walk`'s arguments as its calldata carries them (`msg.data[4:]`): the
    /// first piece's evaluation position, the revealed test pieces and the next contributions' samples. They come
    /// as one `bytes`, copied once, rather than as `Sample[][]` and `Sample[]` that the market would re-encode
    /// entry by entry (300k gas for a walk call with 100 test samples); see `_walkArgs`.
    /// @return The advanced reward record.
    function walk(
        PredictionMarket.Reward calldata reward,
        PredictionMarket.State storage m,
        IPredictionMarket.Config storage cfg,
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        mapping(address => PredictionMarket.Account) storage accounts,
        mapping(uint256 => bytes32) storage pieceHashes,
        uint256 runId,
        bytes32 pinned,
        address updater,
        bytes calldata walkArgs
    ) external returns (PredictionMarket.Reward memory) {
        PredictionMarket.Reward memory r = reward;
        if (r.stage != IPredictionMarket.Stage.Walk) revert IPredictionMarket.WrongStage(r.stage);
        (
            uint256 firstPosition,
            PredictionMarket.Sample[][] calldata pieces,
            PredictionMarket.Sample[] calldata samples
        ) = _walkArgs(walkArgs);
        uint256 numEval = uint256(m.numPieces) - 1;
        uint256[][] memory decoded = _checkEvalPieces(pieceHashes, firstPosition, pieces, numEval);
        Ctx memory x = _ctx(m, cfg, runId);
        x.model = address(m.model);
        bytes32 pin = MarketData.modelPin(x.model);
        if (pin != pinned) revert IPredictionMarket.ModelChanged(pinned, pin);
        x.updater = updater;
        x.gasLimit = cfg.modelGasLimit;
        uint256 used;
        while (true) {
            if (r.evalPos == numEval) {
                if (used == samples.length) break;
                if (!_applyNext(cs, r, x, samples[used++])) {
                    // The update reverted, so the model is as it was: so is its accuracy.
                    (r.correct, r.evalPos) = (r.prevAcc, uint32(numEval));
                    if (_recordIsLast(cs, accounts, r, x)) break;
                    continue;
                }
            }
            uint256 e = r.evalPos;
            if (e < firstPosition || e - firstPosition >= pieces.length) break;
            r.correct += _countCorrect(x, decoded[e - firstPosition]);
            r.evalPos = uint32(e + 1);
            x.progress = true;
            if (e + 1 == numEval && _recordIsLast(cs, accounts, r, x)) break;
        }
        if (!x.progress) revert IPredictionMarket.NoProgress();
        _flush(accounts, r, x);
        return r;
    }

    /// @notice Advances the rounds after the walk by up to `maxItems` contributions or contributors (at most
    /// `MAX_SETTLE_ITEMS`); see `PredictionMarket.settle`, which checks the phase, calls it, and closes the
    /// rewards when it returns `finished`.
    /// @param reward The run's reward record; returned advanced, for the market to store.
    /// @param m The current run.
    /// @param cfg The current run's parameters.
    /// @param cs The run's contributions, by id from 1.
    /// @param accounts The run's contributors.
    /// @param contributorAt The run's distinct contributors, in order of their first contribution (grouped).
    /// @param runId The run's number.
    /// @param maxItems The most items to visit.
    /// @return The advanced reward record.
    /// @return finished Whether the rewards are now final (final rounds applied, or nobody left).
    function settle(
        PredictionMarket.Reward calldata reward,
        PredictionMarket.State storage m,
        IPredictionMarket.Config storage cfg,
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        mapping(address => PredictionMarket.Account) storage accounts,
        mapping(uint256 => address) storage contributorAt,
        uint256 runId,
        uint256 maxItems
    ) external returns (PredictionMarket.Reward memory, bool finished) {
        PredictionMarket.Reward memory r = reward;
        if (r.stage == IPredictionMarket.Stage.Walk) revert IPredictionMarket.WrongStage(r.stage);
        uint256 budget = maxItems < MAX_SETTLE_ITEMS ? maxItems : MAX_SETTLE_ITEMS;
        if (budget == 0) revert IPredictionMarket.NoProgress();
        Ctx memory x = _ctx(m, cfg, runId);
        while (budget != 0) {
            if (r.stage == IPredictionMarket.Stage.Scan) {
                budget = _scanStep(cs, accounts, r, x, budget);
            } else if (r.stage == IPredictionMarket.Stage.ScanAccounts) {
                budget = _scanAccountsStep(accounts, contributorAt, r, x, budget);
            } else {
                bool done;
                (budget, done) = x.grouped
                    ? _applyGroupedStep(accounts, contributorAt, r, x, budget)
                    : _applyStep(cs, accounts, r, x, budget);
                if (done && _afterApply(r)) {
                    finished = true;
                    break;
                }
            }
        }
        _flush(accounts, r, x);
        return (r, finished);
    }

    /// @dev Points into `walkArgs` as the market's ABI decoder did into its own calldata. That decoder has
    /// checked the head (offsets and lengths inside the calldata), and the copy keeps every offset relative to
    /// the start of the arguments, so the same checks hold here; the entries are checked on access, as before.
    function _walkArgs(bytes calldata walkArgs)
        private
        pure
        returns (
            uint256 firstPosition,
            PredictionMarket.Sample[][] calldata pieces,
            PredictionMarket.Sample[] calldata samples
        )
    {
        assembly ("memory-safe") {
            let base := walkArgs.offset
            firstPosition := calldataload(base)
            let p := add(base, calldataload(add(base, 0x20)))
            pieces.length := calldataload(p)
            pieces.offset := add(p, 0x20)
            let q := add(base, calldataload(add(base, 0x40)))
            samples.length := calldataload(q)
            samples.offset := add(q, 0x20)
        }
    }

    function _ctx(PredictionMarket.State storage m, IPredictionMarket.Config storage cfg, uint256 runId)
        private
        view
        returns (Ctx memory x)
    {
        x.runId = runId;
        x.grouped = cfg.groupByContributor;
        x.minStake = cfg.minStake;
        x.numContributions = m.numContributions;
        x.numContributors = m.numContributors;
    }

    /// @dev Hashes a piece and returns its samples as words: the data's calldata offset (bits 0-63), its length
    /// (64-127) and the label (128-191). Solidity's calldata access checks every offset, length and label on
    /// the way, so the evaluation reads exactly the data hashed here.
    function _decodePiece(PredictionMarket.Sample[] calldata samples)
        private
        pure
        returns (bytes32, uint256[] memory words)
    {
        uint256 n = samples.length;
        words = new uint256[](n);
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 j; j < n; ++j) {
            PredictionMarket.Sample calldata s = samples[j];
            int64[] calldata data = s.data;
            uint64 label = s.label;
            leaves[j] = MarketData.sampleLeaf(data, label);
            uint256 offset;
            assembly ("memory-safe") {
                offset := data.offset
            }
            words[j] = offset | (data.length << 64) | (uint256(label) << 128);
        }
        return (MarketData.hashWords(leaves), words);
    }

    /// @dev Checks the pieces at evaluation positions `firstPosition ..` against the revealed hashes and returns
    /// them decoded (see `_decodePiece`).
    function _checkEvalPieces(
        mapping(uint256 => bytes32) storage pieceHashes,
        uint256 firstPosition,
        PredictionMarket.Sample[][] calldata pieces,
        uint256 numEval
    ) private view returns (uint256[][] memory decoded) {
        if (firstPosition > numEval || pieces.length > numEval - firstPosition) {
            revert IPredictionMarket.BadPieceRange(firstPosition, pieces.length);
        }
        decoded = new uint256[][](pieces.length);
        for (uint256 j; j < pieces.length; ++j) {
            (bytes32 h, uint256[] memory words) = _decodePiece(pieces[j]);
            if (h != pieceHashes[firstPosition + j]) revert IPredictionMarket.PieceMismatch(firstPosition + j);
            decoded[j] = words;
        }
    }

    /// @dev Applies the next contribution to the model copy, after checking it is the one contributed; returns
    /// whether the model accepted the update.
    function _applyNext(
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        PredictionMarket.Reward memory r,
        Ctx memory x,
        PredictionMarket.Sample calldata s
    ) private returns (bool ok) {
        uint256 id = uint256(r.cursor) + 1;
        if (MarketData.sampleLeaf(s.data, s.label) != cs[id].body) {
            revert IPredictionMarket.ContributionMismatch(id);
        }
        ok = _update(x, s.data, s.label);
        if (!ok) emit IPredictionMarket.UpdateFailed(x.runId, id);
        r.cursor = uint32(id);
        r.evalPos = 0;
        r.correct = 0;
        x.progress = true;
    }

    /// @dev Records the accuracy just measured; at the last contribution ends the walk and returns true.
    function _recordIsLast(
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x
    ) private returns (bool) {
        _record(cs, accounts, r, x);
        if (r.cursor != x.numContributions) return false;
        _endScan(accounts, r, x);
        return true;
    }

    /// @dev How many of a decoded piece's samples the model predicts right, each call within the gas limit. A
    /// call that reverts or returns too little counts as wrong. If too little gas is left to give a call its whole
    /// limit, or a call runs out of it, the step reverts: no caller can make a prediction fail by starving it, nor
    /// by choosing which storage the model finds warm (the model account itself is warm: `walk` read its pin).
    function _countCorrect(Ctx memory x, uint256[] memory words) private view returns (uint32 correct) {
        address model = x.model;
        uint256 gasLimit = x.gasLimit;
        uint256 needed = gasLimit + gasLimit / 63 + CALL_RESERVE;
        uint256 oogAbove = gasLimit + WARM_CALL;
        bytes4 selector = IClassifier.predict.selector;
        bool short;
        bool oog;
        assembly ("memory-safe") {
            // predict(int64[]) calldata, built in the free memory: selector, offset, length, entries.
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 0x04), 0x20)
            let w := add(words, 0x20)
            let end := add(w, shl(5, mload(words)))
            for {} lt(w, end) { w := add(w, 0x20) } {
                let v := mload(w)
                let n := shl(5, and(shr(64, v), 0xffffffffffffffff))
                mstore(add(p, 0x24), shr(5, n))
                calldatacopy(add(p, 0x44), and(v, 0xffffffffffffffff), n)
                if lt(gas(), needed) {
                    short := 1
                    break
                }
                let g0 := gas()
                let ok := staticcall(gasLimit, model, p, add(0x44, n), 0, 0x20)
                if and(iszero(ok), gt(sub(g0, gas()), oogAbove)) {
                    oog := 1
                    break
                }
                if ok {
                    if iszero(lt(returndatasize(), 0x20)) {
                        correct := add(correct, eq(mload(0), shr(128, v)))
                    }
                }
            }
        }
        if (short) revert IPredictionMarket.InsufficientGas(needed);
        if (oog) revert IPredictionMarket.ModelOutOfGas(gasLimit);
    }

    /// @dev Teaches the model through the run's updater within the gas limit; false if the model refused (it
    /// reverted within its gas). A model that runs out of gas makes the updater burn all of its own (see
    /// ModelUpdater), and the step reverts, as when too little gas is left to give the updater its whole limit.
    function _update(Ctx memory x, int64[] calldata data, uint64 label) private returns (bool ok) {
        address model = x.model;
        address updater = x.updater;
        uint256 gasLimit = x.gasLimit;
        uint256 needed = gasLimit + gasLimit / 63 + CALL_RESERVE;
        uint256 oogAbove = gasLimit + WARM_CALL;
        bytes4 selector = ModelUpdater.update.selector;
        bool short;
        bool oog;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let n := shl(5, data.length)
            mstore(p, selector)
            mstore(add(p, 0x04), model)
            mstore(add(p, 0x24), label)
            mstore(add(p, 0x44), 0x60)
            mstore(add(p, 0x64), data.length)
            calldatacopy(add(p, 0x84), data.offset, n)
            // Warm the updater, so that the call costs WARM_CALL besides what the updater uses.
            pop(extcodesize(updater))
            short := lt(gas(), needed)
            if iszero(short) {
                let g0 := gas()
                ok := call(gasLimit, updater, 0, p, add(0x84, n), 0, 0)
                oog := and(iszero(ok), gt(sub(g0, gas()), oogAbove))
            }
        }
        if (short) revert IPredictionMarket.InsufficientGas(needed);
        if (oog) revert IPredictionMarket.ModelOutOfGas(gasLimit);
    }

    /// @dev Records the accuracy of the model after `r.cursor` contributions and scans that contribution.
    function _record(
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x
    ) private {
        uint256 acc = r.correct;
        uint256 id = r.cursor;
        emit IPredictionMarket.Evaluated(x.runId, id, acc);
        if (id == 0) {
            r.acc0 = uint32(acc);
            r.prevAcc = uint32(acc);
            return;
        }
        PredictionMarket.Contribution storage c = cs[id];
        (address who, uint96 stake) = (c.contributor, c.stake);
        c.body = _body(stake, acc, false);
        if (x.grouped) _scanGrouped(accounts, r, x, who, acc);
        else _scanOne(r, stake, acc);
    }

    function _endScan(
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x
    ) private {
        if (x.grouped) {
            _flush(accounts, r, x);
            r.stage = IPredictionMarket.Stage.ScanAccounts;
            r.cursor = 0;
        } else {
            _decide(r, x);
        }
    }

    /// @dev One contribution of a per-contribution scan: its score against the previous one still in.
    function _scanOne(PredictionMarket.Reward memory r, uint256 balance, uint256 acc) private pure {
        int256 score = int256(acc) - int256(uint256(r.prevAcc));
        r.prevAcc = uint32(acc);
        if (score < 0) {
            uint256 affordable = balance / uint256(-score);
            r.hasNegative = true;
            if (affordable < r.minRounds) r.minRounds = uint128(affordable);
        }
    }

    /// @dev One contribution of a grouped scan: its score adds to its contributor's, buffered while consecutive
    /// contributions share a contributor. Contributions of dropped contributors are skipped.
    function _scanGrouped(
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x,
        address who,
        uint256 acc
    ) private {
        if (who != x.bufWho) {
            _flush(accounts, r, x);
            x.bufWho = who;
            x.bufSkip = accounts[who].dropped;
        }
        if (x.bufSkip) return;
        x.bufScore += int256(acc) - int256(uint256(r.prevAcc));
        r.prevAcc = uint32(acc);
    }

    /// @dev Adds the buffered score to its contributor's score for this iteration.
    function _flush(
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x
    ) private {
        address who = x.bufWho;
        if (who == address(0)) return;
        x.bufWho = address(0);
        if (x.bufSkip) return;
        PredictionMarket.Account storage a = accounts[who];
        int256 base = a.scoreIteration == r.iteration ? int256(a.score) : int256(0);
        a.score = (base + x.bufScore).toInt128();
        a.scoreIteration = r.iteration;
        x.bufScore = 0;
    }

    /// @dev After a scan: how many rounds to apply, and whether they are the last.
    function _decide(PredictionMarket.Reward memory r, Ctx memory x) private {
        uint256 remaining = r.remainingRounds;
        uint256 rounds = remaining;
        bool isFinal = true;
        if (r.hasNegative && r.minRounds < remaining) {
            rounds = r.minRounds;
            isFinal = false;
        }
        r.remainingRounds = uint128(remaining - rounds);
        r.rounds = uint128(rounds);
        r.isFinal = isFinal;
        r.stage = IPredictionMarket.Stage.Apply;
        r.cursor = 0;
        r.prevAcc = r.acc0;
        emit IPredictionMarket.RoundsDecided(x.runId, r.iteration, rounds, isFinal);
    }

    function _scanStep(
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x,
        uint256 budget
    ) private returns (uint256) {
        uint256 n = x.numContributions;
        uint256 i = r.cursor;
        while (budget != 0 && i < n) {
            ++i;
            --budget;
            PredictionMarket.Contribution storage c = cs[i];
            if (x.grouped) {
                _scanGrouped(accounts, r, x, c.contributor, _accOf(c.body));
            } else {
                bytes32 body = c.body;
                if (!_isDropped(body)) _scanOne(r, _balanceOf(body), _accOf(body));
            }
        }
        r.cursor = uint32(i);
        if (i == n) _endScan(accounts, r, x);
        return budget;
    }

    function _scanAccountsStep(
        mapping(address => PredictionMarket.Account) storage accounts,
        mapping(uint256 => address) storage contributorAt,
        PredictionMarket.Reward memory r,
        Ctx memory x,
        uint256 budget
    ) private returns (uint256) {
        uint256 n = x.numContributors;
        uint256 i = r.cursor;
        while (budget != 0 && i < n) {
            PredictionMarket.Account storage a = accounts[contributorAt[i]];
            ++i;
            --budget;
            if (a.dropped) continue;
            int256 score = a.scoreIteration == r.iteration ? int256(a.score) : int256(0);
            if (score < 0) {
                uint256 affordable = uint256(a.balance) / uint256(-score);
                r.hasNegative = true;
                if (affordable < r.minRounds) r.minRounds = uint128(affordable);
            }
        }
        r.cursor = uint32(i);
        if (i == n) _decide(r, x);
        return budget;
    }

    /// @dev Applies the rounds to each contribution still in; drops (unless final) those left below the
    /// minimum stake or unable to pay one more round at their score, crediting their balance.
    function _applyStep(
        mapping(uint256 => PredictionMarket.Contribution) storage cs,
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        Ctx memory x,
        uint256 budget
    ) private returns (uint256, bool) {
        uint256 n = x.numContributions;
        uint256 i = r.cursor;
        while (budget != 0 && i < n) {
            ++i;
            --budget;
            PredictionMarket.Contribution storage c = cs[i];
            bytes32 body = c.body;
            if (_isDropped(body)) continue;
            uint256 acc = _accOf(body);
            int256 score = int256(acc) - int256(uint256(r.prevAcc));
            r.prevAcc = uint32(acc);
            uint256 before = _balanceOf(body);
            uint256 b = _moved(before, score, r.rounds);
            if (r.isFinal) {
                _credit(accounts, r, c.contributor, b);
            } else if (b < x.minStake || int256(b) < -score) {
                c.body = _body(b, acc, true);
                address who = c.contributor;
                _credit(accounts, r, who, b);
                --r.aliveUnits;
                emit IPredictionMarket.Dropped(x.runId, who, i, b);
            } else if (b != before) {
                c.body = _body(b, acc, false);
            }
        }
        r.cursor = uint32(i);
        return (budget, i == n);
    }

    /// @dev Grouped: applies the rounds to each contributor still in; drops (unless final) those left below
    /// the minimum stake times their contributions or unable to pay one more round at their score.
    function _applyGroupedStep(
        mapping(address => PredictionMarket.Account) storage accounts,
        mapping(uint256 => address) storage contributorAt,
        PredictionMarket.Reward memory r,
        Ctx memory x,
        uint256 budget
    ) private returns (uint256, bool) {
        uint256 n = x.numContributors;
        uint256 i = r.cursor;
        while (budget != 0 && i < n) {
            address who = contributorAt[i];
            ++i;
            --budget;
            PredictionMarket.Account storage a = accounts[who];
            if (a.dropped) continue;
            int256 score = a.scoreIteration == r.iteration ? int256(a.score) : int256(0);
            uint256 before = a.balance;
            uint256 b = _moved(before, score, r.rounds);
            if (b != before) a.balance = b.toUint96();
            if (r.isFinal) {
                r.owedTotal += uint128(b);
            } else if (b < x.minStake * a.count || int256(b) < -score) {
                a.dropped = true;
                r.owedTotal += uint128(b);
                --r.aliveUnits;
                emit IPredictionMarket.Dropped(x.runId, who, 0, b);
            }
        }
        r.cursor = uint32(i);
        return (budget, i == n);
    }

    /// @dev After a complete Apply: returns true if the rewards are final (final rounds, or nobody left), for
    /// the market to close them, or starts the next iteration.
    function _afterApply(PredictionMarket.Reward memory r) private pure returns (bool finished) {
        if (r.isFinal || r.aliveUnits == 0) return true;
        r.iteration += 1;
        r.stage = IPredictionMarket.Stage.Scan;
        r.cursor = 0;
        r.prevAcc = r.acc0;
        r.hasNegative = false;
        r.minRounds = type(uint128).max;
        return false;
    }

    function _credit(
        mapping(address => PredictionMarket.Account) storage accounts,
        PredictionMarket.Reward memory r,
        address who,
        uint256 amount
    ) private {
        if (amount == 0) return;
        accounts[who].balance += amount.toUint96();
        r.owedTotal += uint128(amount);
    }

    /// @dev `balance + score * rounds`; never negative: rounds never exceed what a negative unit can pay.
    function _moved(uint256 balance, int256 score, uint256 rounds) private pure returns (uint256) {
        return (int256(balance) + score * int256(rounds)).toUint256();
    }

    function _body(uint256 balance, uint256 acc, bool dropped) private pure returns (bytes32) {
        return bytes32(balance | (acc << 96) | (dropped ? uint256(1) << 128 : 0));
    }

    function _balanceOf(bytes32 body) private pure returns (uint256) {
        return uint256(body) & BALANCE_MASK;
    }

    function _accOf(bytes32 body) private pure returns (uint256) {
        return uint32(uint256(body) >> 96);
    }

    function _isDropped(bytes32 body) private pure returns (bool) {
        return (uint256(body) >> 128) & 1 != 0;
    }
}
