// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";

/// @notice Drives a DepositRefundTake trainer with random addData, refund, report, withdraw and time steps from a
/// few actors (one of them a contract that refuses ether), and keeps ghost accounts of what each contribution paid.
/// @dev Every action bounds its inputs, returns early on no-op inputs, and records only calls that succeeded. A
/// refund clears the contribution's record, so what the trainer no longer stores (the deposit, that it was
/// refunded) is kept here.
contract DepositRefundTakeHandler is Test {
    struct Record {
        int64[] data;
        uint64 label;
        uint256 time;
        address author;
        bytes32 key;
    }

    DepositRefundTake public immutable trainer;
    address public immutable sink;
    address[] internal _actors;
    Record[] internal _records;

    /// @notice Whether this handler added contribution `key`.
    mapping(bytes32 key => bool) public added;
    /// @notice The deposit each contribution was added with (its record forgets it once refunded).
    mapping(bytes32 key => uint256) public depositOf;
    /// @notice Wei paid out of each contribution, measured from the payee's balance and pending changes.
    mapping(bytes32 key => uint256) public paidOut;
    /// @notice Successful refunds of each contribution.
    mapping(bytes32 key => uint256) public refunds;
    /// @notice Successful ordinary (share-taking) reports of each contribution by each reporter.
    mapping(bytes32 key => mapping(address reporter => uint256)) public reports;
    /// @notice Successful reports of any kind (shares and takes) on each contribution; refunds are not counted.
    mapping(bytes32 key => uint256) public claims;

    /// @notice Calls whose payment differed from what the mechanism promises; must stay 0.
    uint256 public addDataMismatches;
    uint256 public refundMismatches;
    uint256 public reportMismatches;
    uint256 public withdrawMismatches;
    /// @notice Calls on a refunded contribution that did anything but revert UnknownContribution(key), and
    /// refunds that left a record behind; must stay 0.
    uint256 public settledMismatches;
    /// @notice Honest batches (distinct new samples, enough ether) that reverted; must stay 0.
    uint256 public batchFailures;

    /// @notice Call counts, to see that the run exercised every path.
    uint256 public numAdds;
    uint256 public numBatches;
    uint256 public numRefunds;
    uint256 public numReports;
    uint256 public numTakes;
    uint256 public numWithdraws;
    uint256 public numPendingCredits;
    uint256 public numCallsOnSettled;

    constructor(DepositRefundTake trainer_, address[] memory actors_, address sink_) {
        trainer = trainer_;
        _actors = actors_;
        sink = sink_;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Actions
    // ---------------------------------------------------------------------------------------------------------

    function addData(uint256 actorSeed, uint256 sampleSeed, uint256 labelSeed, uint256 extra) external {
        address actor = _actor(actorSeed);
        int64[] memory data = _sample(sampleSeed);
        uint64 label = uint64(labelSeed % 2);
        uint256 time = vm.getBlockTimestamp();
        bytes32 key = trainer.contributionKey(data, label, time, actor);
        if (added[key]) return;
        uint256 cost = trainer.nextAddDataCost();
        extra = _bound(extra, 0, 1 ether);
        vm.deal(actor, actor.balance + cost + extra);
        (uint256 balance, uint256 pending) = (actor.balance, trainer.pendingWithdrawals(actor));

        vm.prank(actor);
        trainer.addData{value: cost + extra}(data, label);

        // The sender parted with exactly the deposit: the excess came back or is pending.
        (uint256 balanceAfter, uint256 pendingAfter) = (actor.balance, trainer.pendingWithdrawals(actor));
        if (balance + pending != balanceAfter + pendingAfter + cost) addDataMismatches++;
        if (pendingAfter > pending) numPendingCredits++;
        Trainer.Contribution memory c = trainer.contribution(key);
        if (c.deposit != cost || c.claimable != cost || c.id != _records.length + 1 || c.numClaims != 0) {
            addDataMismatches++;
        }
        _records.push(Record(data, label, time, actor, key));
        added[key] = true;
        depositOf[key] = cost;
        numAdds++;
    }

    /// @notice Adds 1 to 6 samples in one addDataBatch, skipping any already added in this second: an honest batch,
    /// which must succeed, keep exactly its deposits (the first sample's at the time since the last addition,
    /// each later one's at none) and return the rest.
    function addDataBatch(uint256 actorSeed, uint256 sampleSeed, uint256 sizeSeed, uint256 extra) external {
        address actor = _actor(actorSeed);
        uint256 time = vm.getBlockTimestamp();
        uint256 size = _bound(sizeSeed, 1, 6);
        int64[][] memory data = new int64[][](size);
        uint64[] memory labels = new uint64[](size);
        bytes32[] memory keys = new bytes32[](size);
        uint256 n;
        for (uint256 i; i < size; ++i) {
            uint256 r = uint256(keccak256(abi.encode(sampleSeed, i)));
            (int64[] memory sample, uint64 label) = (_sample(r), uint64((r >> 8) % 2));
            bytes32 key = trainer.contributionKey(sample, label, time, actor);
            bool repeated = added[key];
            for (uint256 j; j < n; ++j) {
                if (keys[j] == key) repeated = true;
            }
            if (repeated) continue;
            (data[n], labels[n], keys[n]) = (sample, label, key);
            ++n;
        }
        if (n == 0) return;
        assembly ("memory-safe") {
            mstore(data, n)
            mstore(labels, n)
        }
        uint256 first = trainer.nextAddDataCost();
        uint256 rest = trainer.costWeight() * 3600;
        uint256 cost = trainer.nextAddDataCostOfBatch(n);
        if (cost != first + rest * (n - 1)) addDataMismatches++;
        extra = _bound(extra, 0, 1 ether);
        vm.deal(actor, actor.balance + cost + extra);
        (uint256 balance, uint256 pending) = (actor.balance, trainer.pendingWithdrawals(actor));

        vm.prank(actor);
        try trainer.addDataBatch{value: cost + extra}(data, labels) {}
        catch {
            batchFailures++;
            return;
        }

        (uint256 balanceAfter, uint256 pendingAfter) = (actor.balance, trainer.pendingWithdrawals(actor));
        if (balance + pending != balanceAfter + pendingAfter + cost) addDataMismatches++;
        if (pendingAfter > pending) numPendingCredits++;
        for (uint256 i; i < n; ++i) {
            uint256 deposit = i == 0 ? first : rest;
            Trainer.Contribution memory c = trainer.contribution(keys[i]);
            if (c.deposit != deposit || c.claimable != deposit || c.id != _records.length + 1 || c.numClaims != 0) {
                addDataMismatches++;
            }
            _records.push(Record(data[i], labels[i], time, actor, keys[i]));
            added[keys[i]] = true;
            depositOf[keys[i]] = deposit;
        }
        numAdds += n;
        numBatches++;
    }

    /// @param steer Look from `recordSeed` for a record the model now agrees with and that this handler has not
    /// seen refunded, so that refunds (and through them reports) happen often; unsteered calls hit the revert
    /// paths too, refunds of refunded records among them.
    function refund(uint256 recordSeed, bool steer) external {
        if (_records.length == 0) return;
        uint256 index = recordSeed % _records.length;
        if (steer) {
            for (uint256 i; i < _records.length; ++i) {
                Record storage candidate = _records[(index + i) % _records.length];
                if (refunds[candidate.key] == 0 && trainer.predict(candidate.data) == candidate.label) {
                    index = (index + i) % _records.length;
                    break;
                }
            }
        }
        _refund(_records[index]);
    }

    /// @notice Tries to settle again a contribution this handler saw refunded: its author's second refund, or a
    /// report by any actor (a take once the waits are over). Each must revert UnknownContribution(key).
    function resettle(uint256 recordSeed, uint256 actorSeed, bool byReport) external {
        if (_records.length == 0) return;
        uint256 index = recordSeed % _records.length;
        for (uint256 i; i < _records.length; ++i) {
            if (refunds[_records[(index + i) % _records.length].key] != 0) {
                index = (index + i) % _records.length;
                break;
            }
        }
        Record storage r = _records[index];
        if (refunds[r.key] == 0) return;
        if (byReport) {
            _report(r, _actor(actorSeed));
        } else {
            _refund(r);
        }
    }

    /// @param steer Look from the seeds for a contribution the model disagrees with that still has something to
    /// claim, and for a reporter other than its author with validated data.
    function report(uint256 actorSeed, uint256 recordSeed, bool steer) external {
        if (_records.length == 0) return;
        uint256 index = recordSeed % _records.length;
        address reporter = _actor(actorSeed);
        if (steer) {
            for (uint256 i; i < _records.length; ++i) {
                Record storage candidate = _records[(index + i) % _records.length];
                if (
                    trainer.contribution(candidate.key).claimable > 0
                        && trainer.predict(candidate.data) != candidate.label
                ) {
                    index = (index + i) % _records.length;
                    break;
                }
            }
            for (uint256 i; i < _actors.length; ++i) {
                address candidate = _actor(actorSeed % _actors.length + i);
                if (candidate != _records[index].author && trainer.numGood(candidate) > 0) {
                    reporter = candidate;
                    break;
                }
            }
        }
        _report(_records[index], reporter);
    }

    function _refund(Record storage r) internal {
        address author = r.author;
        uint256 claimable = trainer.contribution(r.key).claimable;
        (uint256 balance, uint256 pending) = (author.balance, trainer.pendingWithdrawals(author));
        bool settled = refunds[r.key] != 0;

        vm.prank(author);
        try trainer.refund(r.data, r.label, r.time) {
            uint256 got = _received(author, balance, pending);
            paidOut[r.key] += got;
            refunds[r.key]++;
            if (got != claimable) refundMismatches++;
            // The refund settles the contribution for good: its record is cleared.
            if (trainer.contribution(r.key).id != 0) settledMismatches++;
            if (settled) settledMismatches++;
            numRefunds++;
        } catch (bytes memory reason) {
            _checkSettledRevert(r.key, settled, reason);
        }
    }

    function _report(Record storage r, address reporter) internal {
        bool settled = refunds[r.key] != 0;
        uint256 elapsed = vm.getBlockTimestamp() - r.time;
        bool take = elapsed >= trainer.anyAddressClaimWait()
            || (elapsed >= trainer.ownerClaimWait() && reporter == trainer.owner());
        Trainer.Contribution memory c = trainer.contribution(r.key);
        uint256 expected = c.claimable;
        if (!take && trainer.totalGood() > 0) {
            uint256 share = uint256(c.deposit) * trainer.numGood(reporter) / trainer.totalGood();
            if (share != 0 && share < expected) expected = share;
        }
        (uint256 balance, uint256 pending) = (reporter.balance, trainer.pendingWithdrawals(reporter));

        vm.prank(reporter);
        try trainer.report(r.data, r.label, r.time, r.author) {
            uint256 got = _received(reporter, balance, pending);
            paidOut[r.key] += got;
            claims[r.key]++;
            if (take) {
                numTakes++;
            } else {
                reports[r.key][reporter]++;
                numReports++;
            }
            if (got != expected) reportMismatches++;
            if (settled) settledMismatches++;
        } catch (bytes memory reason) {
            _checkSettledRevert(r.key, settled, reason);
        }
    }

    /// @dev A call on a refunded contribution must find no record; any other revert reason there is a mismatch.
    function _checkSettledRevert(bytes32 key, bool settled, bytes memory reason) internal {
        if (!settled) return;
        numCallsOnSettled++;
        if (keccak256(reason) != keccak256(abi.encodeWithSelector(Trainer.UnknownContribution.selector, key))) {
            settledMismatches++;
        }
    }

    /// @param steer Look from `actorSeed` for an actor with something pending.
    function withdraw(uint256 actorSeed, bool toSelf, bool steer) external {
        address actor = _actor(actorSeed);
        if (steer) {
            for (uint256 i; i < _actors.length; ++i) {
                if (trainer.pendingWithdrawals(_actor(actorSeed % _actors.length + i)) > 0) {
                    actor = _actor(actorSeed % _actors.length + i);
                    break;
                }
            }
        }
        uint256 pending = trainer.pendingWithdrawals(actor);
        if (pending == 0) return;
        address to = toSelf ? actor : sink;
        uint256 toBalance = to.balance;

        vm.prank(actor);
        try trainer.withdraw(payable(to)) {
            if (to.balance - toBalance != pending || trainer.pendingWithdrawals(actor) != 0) withdrawMismatches++;
            numWithdraws++;
        } catch {
            // Only a recipient that refuses may make it fail, and then nothing moves.
            if (trainer.pendingWithdrawals(actor) != pending || to.balance != toBalance) withdrawMismatches++;
        }
    }

    function warp(uint256 secondsForward) external {
        secondsForward = _bound(secondsForward, 0, 3 hours);
        vm.warp(vm.getBlockTimestamp() + secondsForward);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views for the invariants
    // ---------------------------------------------------------------------------------------------------------

    function numRecords() external view returns (uint256) {
        return _records.length;
    }

    function record(uint256 i) external view returns (bytes32 key, address author) {
        return (_records[i].key, _records[i].author);
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % _actors.length];
    }

    /// @dev Few, overlapping samples over three features, so the model keeps changing its mind.
    function _sample(uint256 seed) internal pure returns (int64[] memory data) {
        uint256 which = seed % 5;
        if (which == 3) {
            data = new int64[](2);
            data[0] = 0;
            data[1] = 1;
        } else if (which == 4) {
            data = new int64[](2);
            data[0] = 0;
            data[1] = 2;
        } else {
            data = new int64[](1);
            data[0] = int64(int256(which));
        }
    }

    function _received(address payee, uint256 balance, uint256 pending) internal view returns (uint256) {
        return (payee.balance - balance) + (trainer.pendingWithdrawals(payee) - pending);
    }
}
