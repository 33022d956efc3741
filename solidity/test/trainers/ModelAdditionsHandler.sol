// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {DenseNearestCentroid} from "../../src/models/DenseNearestCentroid.sol";
import {DensePerceptron} from "../../src/models/DensePerceptron.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {NaiveBayes} from "../../src/models/NaiveBayes.sol";
import {SparseNearestCentroid} from "../../src/models/SparseNearestCentroid.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";
import {Arr} from "../models/Arr.sol";
import {Pack} from "../models/Pack.sol";

/// @notice Drives one model kind behind a DepositRefundTake trainer with honest, adversarial and malformed
/// additions, and reconfigures it at random: the number of features and classes, and a starting state at the
/// model's declared bounds. It counts every valid addition that reverted, and every malformed one that did not
/// revert with its own custom error or cost its sender anything.
/// @dev Valid means within the model's declared bounds: sparse indices strictly increasing, below numFeatures,
/// at most maxFeatures of them; dense entries any int64, within +-MAX_ABS_VALUE for the dense nearest centroid;
/// nearest centroid classes more than ROOM samples short of MAX_COUNT at deployment (no run adds more); the
/// perceptrons' weights start within +-2^40 (int64) or +-2^100 (int128) with a step of at most 2^40, so that
/// ROOM updates cannot reach the lane limits (their learning rate bound is the perceptron constructor's).
contract ModelAdditionsHandler is Test {
    enum Kind {
        SparsePerceptron,
        DensePerceptron,
        NaiveBayes,
        DenseNearestCentroid,
        SparseNearestCentroid
    }

    uint256 internal constant MAX_SPARSE_FEATURES = 24;
    /// @dev The largest batch an action sends: enough to show that the samples of one batch see each other's
    /// updates; MAX_BATCH_SIZE itself is AddDataBatchTest's.
    uint256 internal constant MAX_BATCH_HONEST = 12;
    uint256 internal constant MAX_DENSE_FEATURES = 9;
    uint256 internal constant MAX_CLASSES = 5;
    /// @dev More additions than any run makes (depth 500), left below each count bound at deployment.
    uint64 internal constant ROOM = 1 << 12;
    int256 internal constant ONE = 1e9;
    /// @dev The models' public bounds, mirrored for use before a model exists; configure checks them.
    uint256 internal constant DENSE_MAX_COUNT = 1 << 30;
    int256 internal constant DENSE_MAX_ABS = 8e9;
    uint256 internal constant SPARSE_MAX_COUNT = 1 << 33;

    Kind public immutable kind;
    address public immutable honest;
    address public immutable attacker;

    IClassifier public model;
    DepositRefundTake public trainer;
    uint64 public numFeatures;
    uint64 public maxFeatures;
    uint64 public numClasses;

    /// @notice Valid additions that reverted; must stay 0. `lastFailure` holds the revert data of the last one.
    uint256 public validFailures;
    bytes public lastFailure;
    /// @notice Malformed additions that did anything but revert with their error at no cost; must stay 0.
    uint256 public badInputMismatches;

    uint256 public numConfigs;
    uint256 public numHonest;
    uint256 public numAdversarial;
    uint256 public numMalformed;
    uint256 public numBatches;

    constructor(Kind kind_) {
        kind = kind_;
        honest = makeAddr("honest");
        attacker = makeAddr("attacker");
        uint256 seed = uint256(keccak256(abi.encode(kind_)));
        _configure(seed, seed >> 8, seed >> 16, seed >> 24);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Actions
    // ---------------------------------------------------------------------------------------------------------

    /// @notice One call in sixteen replaces the model and trainer with fresh ones (the rest do nothing, so that
    /// additions pile up between configurations): `featureSeed` picks numFeatures and maxFeatures, `classSeed`
    /// the number of classes, `stateSeed` the parameters (at the bounds half of the time).
    function configure(uint256 featureSeed, uint256 classSeed, uint256 stateSeed, uint256 costSeed) external {
        if (costSeed % 16 != 0) return;
        _configure(featureSeed, classSeed, stateSeed, costSeed >> 4);
    }

    function _configure(uint256 featureSeed, uint256 classSeed, uint256 stateSeed, uint256 costSeed) internal {
        bool dense = kind == Kind.DensePerceptron || kind == Kind.DenseNearestCentroid;
        numFeatures = uint64(bound(featureSeed, 1, dense ? MAX_DENSE_FEATURES : MAX_SPARSE_FEATURES));
        maxFeatures = dense ? numFeatures : uint64(bound(featureSeed >> 128, 1, numFeatures));
        bool binary = kind == Kind.SparsePerceptron || kind == Kind.DensePerceptron;
        numClasses = binary ? 2 : uint64(bound(classSeed, 1, MAX_CLASSES));
        // The model is built for the address of the trainer created right after it.
        address trainerAt = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        model = _deployModel(trainerAt, stateSeed);
        if (kind == Kind.DenseNearestCentroid) {
            assertEq(DenseNearestCentroid(address(model)).MAX_COUNT(), DENSE_MAX_COUNT);
            assertEq(DenseNearestCentroid(address(model)).MAX_ABS_VALUE(), DENSE_MAX_ABS);
        } else if (kind == Kind.SparseNearestCentroid) {
            assertEq(SparseNearestCentroid(address(model)).MAX_COUNT(), SPARSE_MAX_COUNT);
        }
        trainer = new DepositRefundTake(model, "n", "d", "none", 1 days, 2 days, 3 days, bound(costSeed, 1, 1e12));
        ++numConfigs;
    }

    /// @notice An ordinary valid sample from an honest account: it must be accepted.
    function honestAdd(uint256 seed) external {
        _addValid(honest, seed, false);
        ++numHonest;
    }

    /// @notice A valid sample at the bounds (longest, extreme entries, any label): it must be accepted too.
    function adversarialAdd(uint256 seed) external {
        _addValid(attacker, seed, true);
        ++numAdversarial;
    }

    /// @notice A malformed sample (a repeated or decreasing index; a dense centroid entry past the bound): it
    /// must revert with the error naming the problem, and its sender keeps every wei.
    function malformedAdd(uint256 seed) external {
        (bool ok, int64[] memory data, bytes memory expected) = _malformedSample(seed);
        if (!ok) return;
        vm.warp(block.timestamp + 1);
        uint256 cost = trainer.nextAddDataCost();
        vm.deal(attacker, cost);
        uint64 label = uint64(seed % numClasses);
        vm.prank(attacker);
        try trainer.addData{value: cost}(data, label) {
            ++badInputMismatches;
        } catch (bytes memory reason) {
            if (keccak256(reason) != keccak256(expected) || attacker.balance != cost) ++badInputMismatches;
        }
        ++numMalformed;
    }

    /// @notice A batch of 1 to MAX_BATCH_HONEST valid samples, honest and at the bounds mixed, in one
    /// addDataBatch: it must be accepted like the same samples added one by one.
    function honestBatch(uint256 seed, uint256 sizeSeed) external {
        (int64[][] memory data, uint64[] memory labels) = _validBatch(seed, sizeSeed);
        vm.warp(block.timestamp + 1);
        uint256 cost = trainer.nextAddDataCostOfBatch(data.length);
        uint256 before = trainer.numContributions();
        vm.deal(honest, cost);
        vm.prank(honest);
        try trainer.addDataBatch{value: cost}(data, labels) {
            if (trainer.numContributions() != before + data.length) {
                ++validFailures;
                lastFailure = "a batch was not counted sample by sample";
            }
        } catch (bytes memory reason) {
            ++validFailures;
            lastFailure = reason;
        }
        ++numBatches;
    }

    /// @notice A batch of valid samples with one malformed sample among them: it must revert with that sample's
    /// error wrapped with its place, add nothing and cost nothing.
    function malformedBatch(uint256 seed, uint256 sizeSeed) external {
        (bool ok, int64[] memory bad, bytes memory expected) = _malformedSample(seed);
        if (!ok) return;
        (int64[][] memory data, uint64[] memory labels) = _validBatch(seed >> 1, sizeSeed);
        uint256 at = (seed >> 128) % data.length;
        data[at] = bad;
        vm.warp(block.timestamp + 1);
        uint256 cost = trainer.nextAddDataCostOfBatch(data.length);
        uint256 before = trainer.numContributions();
        vm.deal(attacker, cost);
        vm.prank(attacker);
        try trainer.addDataBatch{value: cost}(data, labels) {
            ++badInputMismatches;
        } catch (bytes memory reason) {
            bytes memory wrapped = abi.encodeWithSelector(Trainer.BatchSampleRejected.selector, at, expected);
            if (keccak256(reason) != keccak256(wrapped) || attacker.balance != cost) ++badInputMismatches;
            if (trainer.numContributions() != before) ++badInputMismatches;
        }
        ++numMalformed;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------

    /// @dev 1 to MAX_BATCH_HONEST valid samples with labels, one in four at the bounds, each (sample, label)
    /// once: a repeat in one block is a duplicate contribution, which single adds refuse too.
    function _validBatch(uint256 seed, uint256 sizeSeed)
        internal
        view
        returns (int64[][] memory data, uint64[] memory labels)
    {
        uint256 size = bound(sizeSeed, 1, MAX_BATCH_HONEST);
        data = new int64[][](size);
        labels = new uint64[](size);
        bytes32[] memory seen = new bytes32[](size);
        uint256 n;
        for (uint256 i; i < size; ++i) {
            uint256 r = _rand(seed, 500 + i);
            int64[] memory sample = _validSample(r, r % 4 == 0);
            uint64 label = uint64((r >> 200) % numClasses);
            bytes32 id = keccak256(abi.encode(sample, label));
            bool repeated;
            for (uint256 j; j < n; ++j) {
                if (seen[j] == id) repeated = true;
            }
            if (repeated) continue;
            (data[n], labels[n], seen[n]) = (sample, label, id);
            ++n;
        }
        assembly ("memory-safe") {
            mstore(data, n)
            mstore(labels, n)
        }
    }

    function _addValid(address who, uint256 seed, bool extreme) internal {
        int64[] memory data = _validSample(seed, extreme);
        uint64 label = uint64((seed >> 200) % numClasses);
        // One second on, so that no two additions share a contribution key.
        vm.warp(block.timestamp + 1);
        uint256 cost = trainer.nextAddDataCost();
        vm.deal(who, cost);
        vm.prank(who);
        try trainer.addData{value: cost}(data, label) {}
        catch (bytes memory reason) {
            ++validFailures;
            lastFailure = reason;
        }
    }

    function _rand(uint256 seed, uint256 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    /// @dev A perceptron's step schedule within StepSchedule's bounds: constant a third of the time, else
    /// decaying, deployed with a count (at the bounds when `atBounds`).
    function _schedule(uint256 seed, bool atBounds) internal pure returns (uint64 decay, uint64 updates) {
        if (_rand(seed, 102) % 3 == 0) return (0, 0);
        if (atBounds) return (_rand(seed, 103) % 2 == 0 ? 1 : uint64(1 << 32), uint64(1 << 40));
        decay = uint64(bound(_rand(seed, 103), 1, 1 << 32));
        updates = uint64(bound(_rand(seed, 104), 0, 1 << 40));
    }

    /// @dev A valid sample: strictly increasing indices (the longest allowed, at random, when extreme), or dense
    /// entries (at the ends of their range when extreme).
    function _validSample(uint256 seed, bool extreme) internal view returns (int64[] memory data) {
        if (kind == Kind.DensePerceptron || kind == Kind.DenseNearestCentroid) {
            int256 top = kind == Kind.DensePerceptron ? int256(type(int64).max) : DENSE_MAX_ABS;
            int256 bottom = kind == Kind.DensePerceptron ? int256(type(int64).min) : -top;
            data = new int64[](numFeatures);
            for (uint256 i; i < data.length; ++i) {
                uint256 r = _rand(seed, i);
                if (extreme) {
                    data[i] = int64(r % 2 == 0 ? top : bottom);
                } else {
                    data[i] = int64(bound(int256(r), -4 * ONE, 4 * ONE));
                }
            }
            return data;
        }
        data = new int64[](maxFeatures);
        uint256 n;
        uint256 bits = _rand(seed, 0);
        for (uint256 f; f < numFeatures && n < maxFeatures; ++f) {
            // Extreme: every feature until the sample is full, a skipped one now and then; else one in three.
            bool take = extreme ? (bits >> f) % 8 != 0 : (bits >> (2 * f)) % 3 == 0;
            if (take) data[n++] = int64(uint64(f));
        }
        assembly ("memory-safe") {
            mstore(data, n)
        }
    }

    /// @dev A sample the model must refuse, with the revert data it must refuse it with; ok is false when this
    /// configuration has no such sample (dense perceptrons take any int64; one-entry sparse samples cannot
    /// repeat).
    function _malformedSample(uint256 seed) internal view returns (bool ok, int64[] memory data, bytes memory err) {
        if (kind == Kind.DensePerceptron) return (false, data, err);
        if (kind == Kind.DenseNearestCentroid) {
            int256 max = DENSE_MAX_ABS;
            data = _validSample(seed, false);
            uint256 pos = seed % data.length;
            int256 v = int256(bound(_rand(seed, 1), uint256(max) + 1, uint256(uint64(type(int64).max))));
            if (seed % 2 == 0) v = -v;
            data[pos] = int64(v);
            return (true, data, abi.encodeWithSelector(DenseNearestCentroid.ValueOutOfRange.selector, pos, v, max));
        }
        if (maxFeatures < 2) return (false, data, err);
        data = Arr.sortedUnique(_validSample(seed, true));
        if (data.length < 2) {
            data = new int64[](2);
            data[0] = int64(uint64(seed % numFeatures));
            data[1] = data[0];
        }
        uint256 pos = 1 + seed % (data.length - 1);
        // Repeat the previous index, or (where there is room) step below it.
        data[pos] = (seed >> 8) % 2 == 0 || data[pos - 1] == 0 ? data[pos - 1] : data[pos - 1] - 1;
        return (true, data, abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, pos));
    }

    function _deployModel(address trainerAt, uint256 seed) internal returns (IClassifier) {
        bool atBounds = seed % 2 == 1;
        string[] memory names = Arr.names(numClasses);
        if (kind == Kind.SparsePerceptron) {
            int64[] memory w = new int64[](numFeatures);
            for (uint256 f; f < w.length; ++f) {
                w[f] = int64(bound(int256(_rand(seed, f)), -(1 << 40), 1 << 40));
            }
            int64 rate = int64(int256(bound(_rand(seed, 100), 1, atBounds ? uint256(1e12) : uint256(1e9))));
            int64 intercept = int64(bound(int256(_rand(seed, 101)), -(1 << 40), 1 << 40));
            (uint64 decay, uint64 updates) = _schedule(seed, atBounds);
            return new SparsePerceptron(
                trainerAt, names, numFeatures, maxFeatures, intercept, rate, decay, updates, Pack.int64Words(w)
            );
        }
        if (kind == Kind.DensePerceptron) {
            int128[] memory w = new int128[](numFeatures);
            int256 span = atBounds ? int256(1 << 100) : int256(1e12);
            for (uint256 f; f < w.length; ++f) {
                w[f] = int128(bound(int256(_rand(seed, f)), -span, span));
            }
            int64 rate = int64(int256(bound(_rand(seed, 100), 1, atBounds ? uint256(1e12) : uint256(1e9))));
            int128 intercept = int128(bound(int256(_rand(seed, 101)), -span, span));
            (uint64 decay, uint64 updates) = _schedule(seed, atBounds);
            return
                new DensePerceptron(trainerAt, names, numFeatures, intercept, rate, decay, updates, Pack.int128Words(w));
        }
        if (kind == Kind.NaiveBayes) {
            uint32[][] memory rows = new uint32[][](numClasses);
            uint64[] memory samples = new uint64[](numClasses);
            for (uint256 c; c < rows.length; ++c) {
                rows[c] = new uint32[](numFeatures);
                samples[c] = uint64(bound(_rand(seed, 1000 + c), 0, atBounds ? uint256(1 << 62) : uint256(1e6)));
                for (uint256 f; f < numFeatures; ++f) {
                    uint256 r = _rand(seed, c * 100 + f);
                    // At the bounds, counts at or just below 2^32 - 1 half of the time.
                    rows[c][f] = atBounds && r % 2 == 0 ? type(uint32).max - uint32(r % 3) : uint32(r % 1e6);
                }
            }
            uint64 smoothing = uint64(bound(_rand(seed, 2000), 1, atBounds ? uint256(1 << 40) : uint256(1e9)));
            return
                new NaiveBayes(trainerAt, names, numFeatures, maxFeatures, smoothing, samples, Pack.uint32Table(rows));
        }
        if (kind == Kind.DenseNearestCentroid) {
            (uint64[] memory counts, int64[][] memory rows) =
                _centroids(seed, atBounds, uint64(DENSE_MAX_COUNT), int64(DENSE_MAX_ABS), true);
            return new DenseNearestCentroid(trainerAt, names, numFeatures, counts, Pack.int64ClassMajor(rows));
        }
        (uint64[] memory n, int64[][] memory s) =
            _centroids(seed, atBounds, uint64(SPARSE_MAX_COUNT), int64(ONE), false);
        return new SparseNearestCentroid(trainerAt, names, numFeatures, maxFeatures, n, Pack.int64Table(s));
    }

    /// @dev Counts and sums a class of that many valid samples can have: each sum within count * maxAbs of zero
    /// (signed for dense samples, from 0 for binary ones), at its edge when atBounds; counts up to ROOM short of
    /// maxCount.
    function _centroids(uint256 seed, bool atBounds, uint64 maxCount, int64 maxAbs, bool signed)
        internal
        view
        returns (uint64[] memory counts, int64[][] memory rows)
    {
        counts = new uint64[](numClasses);
        rows = new int64[][](numClasses);
        for (uint256 c; c < numClasses; ++c) {
            counts[c] = uint64(bound(_rand(seed, 1000 + c), 1, atBounds ? maxCount - 1 - ROOM : 1000));
            int256 edge = int256(uint256(counts[c])) * maxAbs;
            rows[c] = new int64[](numFeatures);
            for (uint256 f; f < numFeatures; ++f) {
                uint256 r = _rand(seed, c * 100 + f);
                int256 s = atBounds && r % 2 == 0 ? edge : int256(bound(r, 0, uint256(edge)));
                if (signed && (r >> 1) % 2 == 0) s = -s;
                rows[c][f] = int64(s);
            }
        }
    }
}
