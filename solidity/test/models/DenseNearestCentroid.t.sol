// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {DenseNearestCentroid} from "../../src/models/DenseNearestCentroid.sol";
import {Lanes} from "../../src/models/Lanes.sol";
import {Arr} from "./Arr.sol";
import {ClassifierLifecycleTest} from "./ClassifierLifecycle.sol";
import {Pack} from "./Pack.sol";

contract DenseNearestCentroidTest is ClassifierLifecycleTest {
    /// @dev Five features: two words per class (the second with three unused lanes); three classes, six words.
    uint64 internal constant FEATURES = 5;
    uint256 internal constant WORDS_PER_CLASS = 2;
    uint256 internal constant WORDS = 6;
    uint64 internal constant MAX_COUNT = 1 << 30;

    DenseNearestCentroid internal ncc;

    /// @dev Centroids (1, 2, 0, 0, 0) of 2 samples, (-1, 0, 3, 0, 0) of 1, (0.5, 0.5, 0.5, 0, 0) of 4, as
    /// sums = centroid * count.
    function _sums() internal pure returns (int64[][] memory rows) {
        rows = new int64[][](3);
        rows[0] = Arr.i64(2e9, 4e9, 0, 0, 0);
        rows[1] = Arr.i64(-1e9, 0, 3e9, 0, 0);
        rows[2] = Arr.i64(2e9, 2e9, 2e9, 0, 0);
    }

    function _counts() internal pure returns (uint64[] memory) {
        return Arr.u64(2, 1, 4);
    }

    function _deploy(address trainer_) internal override returns (Classifier) {
        ncc = new DenseNearestCentroid(trainer_, _expectedNames(), FEATURES, _counts(), Pack.int64ClassMajor(_sums()));
        return ncc;
    }

    function _setWords(uint256 firstWord, uint256[] memory words) internal override {
        ncc.setSumWords(firstWord, words);
    }

    function _numWords() internal pure override returns (uint256) {
        return WORDS;
    }

    function _validSample() internal pure override returns (int64[] memory) {
        return Arr.i64(1e9, 1e9, 1e9, 0, -1e9);
    }

    function _expectedNames() internal pure override returns (string[] memory) {
        return Arr.strings("walk", "run", "ride");
    }

    function _train(int64[] memory sample, uint64 label) internal {
        vm.prank(trainer);
        ncc.update(sample, label);
    }

    /// @dev `sum over f of (x[f] * n - S[f])^2 / n^2` per class, rounded down: the squared distance to the
    /// centroid `S / n` in 1e18 units.
    function _reference(int64[][] memory rows, uint64[] memory counts, int64[] memory x)
        internal
        pure
        returns (uint256[] memory d)
    {
        d = new uint256[](rows.length);
        for (uint256 c; c < rows.length; ++c) {
            int256 n = int256(uint256(counts[c]));
            uint256 total;
            for (uint256 f; f < x.length; ++f) {
                int256 diff = int256(x[f]) * n - rows[c][f];
                total += uint256(diff * diff);
            }
            d[c] = total / uint256(n * n);
        }
    }

    function _argmin(uint256[] memory d) internal pure returns (uint64 best) {
        for (uint256 c = 1; c < d.length; ++c) {
            if (d[c] < d[best]) best = uint64(c);
        }
    }

    function _assertSums(DenseNearestCentroid m, int64[][] memory rows) internal view {
        for (uint256 c; c < rows.length; ++c) {
            for (uint256 f; f < rows[c].length; ++f) {
                assertEq(m.sum(c, f), rows[c][f]);
            }
        }
    }

    function _oneFeature(int64 s0, int64 s1, int64 s2) internal pure returns (int64[][] memory rows) {
        rows = new int64[][](3);
        (rows[0], rows[1], rows[2]) = (Arr.i64(s0), Arr.i64(s1), Arr.i64(s2));
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_storesParameters() public view {
        assertEq(ncc.numClasses(), 3);
        assertEq(ncc.numFeatures(), FEATURES);
        assertEq(ncc.maxFeatures(), FEATURES, "a dense sample has exactly numFeatures entries");
        assertEq(ncc.wordsPerClass(), WORDS_PER_CLASS);
        for (uint256 c; c < 3; ++c) {
            assertEq(ncc.count(c), _counts()[c]);
        }
        _assertSums(ncc, _sums());
    }

    function test_constructor_roundsWordsPerClassUp() public {
        uint64[4] memory features = [uint64(1), 4, 5, 8];
        uint256[4] memory expected = [uint256(1), 1, 2, 2];
        for (uint256 i; i < 4; ++i) {
            DenseNearestCentroid m =
                new DenseNearestCentroid(trainer, Arr.names(2), features[i], Arr.u64(1, 1), Arr.u256());
            assertEq(m.wordsPerClass(), expected[i]);
            m.setSumWords(2 * expected[i] - 1, Arr.zeros(1));
        }
    }

    function test_constructor_revertsWithoutClasses() public {
        vm.expectRevert(Classifier.NoClasses.selector);
        new DenseNearestCentroid(trainer, new string[](0), FEATURES, new uint64[](0), Arr.u256());
    }

    function test_constructor_revertsOnMoreThan65536Classes() public {
        uint256 n = (1 << 16) + 1;
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, n, n - 1));
        new DenseNearestCentroid(trainer, Arr.names(n), FEATURES, new uint64[](n), Arr.u256());
    }

    function test_constructor_revertsOnZeroFeatures() public {
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new DenseNearestCentroid(trainer, Arr.names(2), 0, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsOnDimensionTooLarge() public {
        vm.expectRevert(
            abi.encodeWithSelector(DenseNearestCentroid.DimensionTooLarge.selector, uint64(1 << 32), uint256(1 << 32))
        );
        new DenseNearestCentroid(trainer, Arr.names(2), 1 << 32, Arr.u64(1, 1), Arr.u256());
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(2), (1 << 32) - 1, Arr.u64(1, 1), Arr.u256());
        assertEq(m.wordsPerClass(), 1 << 30);
    }

    function test_constructor_revertsOnFeatureIndicesPastInt64() public {
        // The shared bound (within int64) is checked before the dense centroid one (2^32).
        uint64 tooMany = uint64(type(int64).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(Classifier.TooManyFeatureIndices.selector, tooMany, uint256(uint64(type(int64).max)))
        );
        new DenseNearestCentroid(trainer, Arr.names(2), tooMany, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsWhenCountsMismatchNames() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.LengthMismatch.selector, 2, 3));
        new DenseNearestCentroid(trainer, Arr.names(3), FEATURES, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsOnEmptyClass() public {
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.EmptyClass.selector, 1));
        new DenseNearestCentroid(trainer, Arr.names(3), FEATURES, Arr.u64(1, 0, 1), Arr.u256());
    }

    function test_constructor_revertsOnCountTooLarge() public {
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.CountTooLarge.selector, 0, MAX_COUNT));
        new DenseNearestCentroid(trainer, Arr.names(2), FEATURES, Arr.u64(MAX_COUNT, 1), Arr.u256());
        vm.expectRevert(
            abi.encodeWithSelector(DenseNearestCentroid.CountTooLarge.selector, 1, uint256(type(uint64).max))
        );
        new DenseNearestCentroid(trainer, Arr.names(2), FEATURES, Arr.u64(1, type(uint64).max), Arr.u256());
    }

    function test_constructor_acceptsLargestCount() public {
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(2), FEATURES, Arr.u64(MAX_COUNT - 1, 1), Arr.u256());
        assertEq(m.count(0), MAX_COUNT - 1);
    }

    function test_constructor_revertsWhenFirstWordsRunPastLastWord() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, WORDS, WORDS));
        new DenseNearestCentroid(trainer, _expectedNames(), FEATURES, _counts(), Arr.zeros(WORDS + 1));
    }

    // ---------------------------------------------------------------- sum, count, setSumWords

    function test_sum_readsClassMajorLanes() public {
        // Class c owns words 2c and 2c + 1: word 2 holds class 1's features 0..3.
        ncc.setSumWords(2, Arr.u256(Pack.int64Word(type(int64).min, -1, type(int64).max, 5)));
        assertEq(ncc.sum(1, 0), type(int64).min);
        assertEq(ncc.sum(1, 1), -1);
        assertEq(ncc.sum(1, 2), type(int64).max);
        assertEq(ncc.sum(1, 3), 5);
        assertEq(ncc.sum(1, 4), 0, "word 3 untouched");
        assertEq(ncc.sum(0, 1), 4e9, "class 0 untouched");
        assertEq(ncc.sum(2, 0), 2e9, "class 2 untouched");
    }

    function test_count_ofUnsetClassIsZero() public view {
        assertEq(ncc.count(3), 0);
    }

    function test_count_keepsEachClassApartInPackedWords() public {
        // Counts are packed four to a word: six classes use two words.
        DenseNearestCentroid m = new DenseNearestCentroid(trainer, Arr.names(6), 1, _sixCounts(), Arr.u256());
        _seal();
        vm.prank(trainer);
        m.update(Arr.i64(0), 3);
        vm.prank(trainer);
        m.update(Arr.i64(0), 4);
        uint64[] memory expected = _sixCounts();
        (expected[3], expected[4]) = (expected[3] + 1, expected[4] + 1);
        for (uint256 c; c < 6; ++c) {
            assertEq(m.count(c), expected[c]);
        }
    }

    function _sixCounts() internal pure returns (uint64[] memory counts) {
        counts = new uint64[](6);
        (counts[0], counts[1], counts[2]) = (1, MAX_COUNT - 2, 3);
        (counts[3], counts[4], counts[5]) = (MAX_COUNT - 2, 5, MAX_COUNT - 3);
    }

    function test_setSumWords_writesOnlyTheGivenWords() public {
        int64[][] memory rows = _sums();
        rows[1][4] = -7; // class 1, feature 4: word 3
        ncc.setSumWords(3, Arr.slice(Pack.int64ClassMajor(rows), 3, 1));
        _assertSums(ncc, rows);
    }

    // ---------------------------------------------------------------- distances and predict

    function test_distances_areSquaredEuclideanToEachCentroid() public view {
        uint256[] memory d = ncc.distances(new int64[](FEATURES));
        assertEq(d.length, 3);
        assertEq(d[0], 5e18, "1 + 4 + 0");
        assertEq(d[1], 10e18, "1 + 0 + 9");
        assertEq(d[2], 0.75e18, "0.25 * 3");
        d = ncc.distances(Arr.i64(1e9, 2e9, 0, 0, 0));
        assertEq(d[0], 0);
        assertEq(d[1], 17e18, "4 + 4 + 9");
        assertEq(d[2], 2.75e18, "0.25 + 2.25 + 0.25");
        d = ncc.distances(Arr.i64(1e9, 2e9, 0, 1e9, -2e9));
        assertEq(d[0], 5e18, "0 + 0 + 0 + 1 + 4");
    }

    function test_distances_roundDown() public {
        // One class of 3 samples with sum 1 at feature 0: centroid 1/3, distance from 0 is 1/9.
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(1), 1, Arr.u64(3), Arr.u256(Pack.int64Word(1e9, 0, 0, 0)));
        assertEq(m.distances(Arr.i64(0))[0], 111_111_111_111_111_111);
        assertEq(m.distances(Arr.i64(1e9))[0], 444_444_444_444_444_444, "(2/3)^2");
    }

    function test_distances_stayExactAtTheBounds() public {
        // Largest sums, counts and inputs together: |x*n - S| < 2^104, nothing wraps.
        int64[][] memory rows = new int64[][](2);
        (rows[0], rows[1]) = (Arr.filled(type(int64).max, 4), Arr.filled(type(int64).min, 4));
        uint64[] memory counts = Arr.u64(MAX_COUNT - 1, 1);
        DenseNearestCentroid m = new DenseNearestCentroid(trainer, Arr.names(2), 4, counts, Pack.int64ClassMajor(rows));
        int64[] memory x = Arr.filled(type(int64).min, 4);
        uint256[] memory d = m.distances(x);
        assertEq(d, _reference(rows, counts, x));
        assertGt(d[0], 4 * (uint256(1) << 126) - 1, "about 4 * 2^126 (x = -2^63, centroid ~ 0)");
        assertEq(d[1], 0);
        assertEq(m.predict(x), 1);
    }

    function test_distances_revertOnWrongDimension() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 2, FEATURES));
        ncc.distances(Arr.i64(0, 0));
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 6, FEATURES));
        ncc.predict(new int64[](6));
    }

    function test_distances_revertOnMalformedValue() public {
        bytes memory data = abi.encodeCall(DenseNearestCentroid.distances, (Arr.i64(1, 2, 3, 4, 5)));
        _setCalldataElement(data, 0, 2, uint256(1) << 255); // not a sign-extended int64
        (bool ok, bytes memory ret) = address(ncc).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.MalformedValue.selector, 2));
    }

    function test_predict_picksNearestCentroid() public view {
        assertEq(ncc.predict(new int64[](FEATURES)), 2);
        assertEq(ncc.predict(Arr.i64(1e9, 2e9, 0, 0, 0)), 0);
        assertEq(ncc.predict(Arr.i64(-1e9, 0, 3e9, 0, 0)), 1);
        assertEq(ncc.predict(Arr.i64(-5e8, 0, 2e9, 0, 0)), 1);
    }

    function test_predict_tiesGoToLowestClass() public {
        // Centroids 5, -1 and +1 on one feature: 0 is equally far from classes 1 and 2.
        DenseNearestCentroid m = new DenseNearestCentroid(
            trainer, Arr.names(3), 1, Arr.u64(1, 2, 2), Pack.int64ClassMajor(_oneFeature(5e9, -2e9, 2e9))
        );
        assertEq(m.predict(Arr.i64(0)), 1);
        m = new DenseNearestCentroid(trainer, Arr.names(3), 1, Arr.u64(1, 1, 1), Arr.u256());
        assertEq(m.predict(Arr.i64(123)), 0, "three identical centroids");
    }

    // ---------------------------------------------------------------- update

    function test_update_addsSampleToSumAndCount() public {
        _seal();
        _train(Arr.i64(1e9, 2e9, -1e9, 0, 7), 1); // class 1: (-1, 0, 3, 0, 0) of 1 -> mean (0, 1, 1, 0, 3.5e-9) of 2
        int64[][] memory rows = _sums();
        (rows[1][0], rows[1][1], rows[1][2], rows[1][4]) = (0, 2e9, 2e9, 7);
        _assertSums(ncc, rows);
        assertEq(ncc.count(1), 2);
        assertEq(ncc.count(0), 2, "other classes untouched");
        assertEq(ncc.count(2), 4, "other classes untouched");
        assertEq(ncc.distances(Arr.i64(0, 1e9, 1e9, 0, 3))[1], 0, "(3 * 2 - 7)^2 / 4 = 0.25 rounds to 0");
        assertEq(ncc.distances(Arr.i64(0, 1e9, 1e9, 0, 4))[1], 0, "(4 * 2 - 7)^2 / 4 = 0.25 rounds to 0");
        assertEq(ncc.distances(Arr.i64(0, 1e9, 1e9, 0, 5))[1], 2, "(5 * 2 - 7)^2 / 4 = 2.25");
    }

    function test_update_movesCentroidToMeanOfAllSamples() public {
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(2), 2, Arr.u64(1, 1), Arr.u256(Pack.int64Word(0, 0, 0, 0)));
        _seal();
        int64[3] memory xs = [int64(3e9), -1e9, 7e9];
        for (uint256 i; i < 3; ++i) {
            vm.prank(trainer);
            m.update(Arr.i64(xs[i], xs[i]), 0);
        }
        // Samples 0 (initial), 3, -1, 7: mean 2.25 on both features.
        assertEq(m.count(0), 4);
        assertEq(m.sum(0, 0), 9e9);
        assertEq(m.sum(0, 1), 9e9);
        assertEq(m.distances(Arr.i64(2.25e9, 2.25e9))[0], 0);
        assertEq(m.sum(1, 0), 0, "class 1 untouched");
    }

    function test_update_revertsOnWrongDimension() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 2, FEATURES));
        ncc.update(Arr.i64(0, 0), 0);
    }

    function test_update_revertsOnMalformedValue() public {
        _seal();
        bytes memory data = abi.encodeCall(DenseNearestCentroid.update, (Arr.i64(1, 2, 3, 4, 5), 0));
        _setCalldataElement(data, 1, 1, 1 << 63);
        vm.prank(trainer);
        (bool ok, bytes memory ret) = address(ncc).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.MalformedValue.selector, 1));
        assertEq(ncc.count(0), 2);
    }

    function test_update_revertsOnCountTooLarge() public {
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(2), FEATURES, Arr.u64(1, MAX_COUNT - 1), Arr.u256());
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.CountTooLarge.selector, 1, MAX_COUNT));
        m.update(new int64[](FEATURES), 1);
        vm.prank(trainer);
        m.update(new int64[](FEATURES), 0);
        assertEq(m.count(0), 2);
    }

    function test_update_revertsWhenSumWouldLeaveInt64() public {
        ncc.setSumWords(0, Arr.u256(Pack.int64Word(type(int64).max, type(int64).min, 0, 0)));
        _seal();
        vm.prank(trainer);
        vm.expectRevert(Lanes.LaneOverflow.selector);
        ncc.update(Arr.i64(1, 0, 0, 0, 0), 0);
        vm.prank(trainer);
        vm.expectRevert(Lanes.LaneOverflow.selector);
        ncc.update(Arr.i64(0, -1, 0, 0, 0), 0);
        vm.prank(trainer);
        ncc.update(Arr.i64(-1, 1, 0, 0, 0), 0);
        assertEq(ncc.sum(0, 0), type(int64).max - 1);
        assertEq(ncc.count(0), 3);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev A model of `k` classes over `features`, counts in [1, 2^40) spread over magnitudes, and any int64 sums
    /// shifted right by up to 63 bits (so small ones are common too). `|S| < 2^63 <= count * 2^63`: every such sum
    /// is one that `count` int64 samples can add up to.
    function _randomModel(uint256 seed, uint256 k, uint256 features)
        internal
        pure
        returns (int64[][] memory rows, uint64[] memory counts)
    {
        rows = new int64[][](k);
        counts = new uint64[](k);
        for (uint256 c; c < k; ++c) {
            uint256 r = uint256(keccak256(abi.encode(seed, c)));
            counts[c] = uint64(1 + ((r % (MAX_COUNT - 1)) >> ((r >> 64) % 41)));
            rows[c] = new int64[](features);
            for (uint256 f; f < features; ++f) {
                uint256 v = uint256(keccak256(abi.encode(seed, c, f)));
                rows[c][f] = int64(uint64(v)) >> ((v >> 128) % 64);
            }
        }
    }

    function testFuzz_distances_matchReferenceAndPredictIsArgmin(
        uint256 seed,
        uint256 k,
        uint256 features,
        int64[8] memory values
    ) public {
        k = bound(k, 1, 4);
        features = bound(features, 1, 8);
        (int64[][] memory rows, uint64[] memory counts) = _randomModel(seed, k, features);
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(k), uint64(features), counts, Pack.int64ClassMajor(rows));
        int64[] memory x = new int64[](features);
        for (uint256 f; f < features; ++f) {
            x[f] = values[f];
        }
        uint256[] memory expected = _reference(rows, counts, x);
        assertEq(m.distances(x), expected);
        assertEq(m.predict(x), _argmin(expected));
    }

    function testFuzz_update_addsSampleAndKeepsDistancesExact(
        uint256 seed,
        int64[5] memory values,
        uint256 label,
        uint256 rounds
    ) public {
        (int64[][] memory rows, uint64[] memory counts) = _randomModel(seed, 3, FEATURES);
        for (uint256 c; c < 3; ++c) {
            counts[c] = uint64(bound(counts[c], 1, MAX_COUNT - 9));
            for (uint256 f; f < FEATURES; ++f) {
                rows[c][f] >>= 2; // |S| < 2^61: room for eight samples below 2^58
            }
        }
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, _expectedNames(), FEATURES, counts, Pack.int64ClassMajor(rows));
        _seal();
        uint64 y = uint64(label % 3);
        rounds = bound(rounds, 1, 8);
        int64[] memory x = new int64[](FEATURES);
        for (uint256 f; f < FEATURES; ++f) {
            x[f] = int64(bound(values[f], -8e9, 8e9));
        }
        for (uint256 r; r < rounds; ++r) {
            vm.prank(trainer);
            m.update(x, y);
            ++counts[y];
            for (uint256 f; f < FEATURES; ++f) {
                rows[y][f] += x[f];
            }
            // Vary the next sample, within the entry bound.
            x[r % FEATURES] = int64(int256(uint256(keccak256(abi.encode(seed, r))) % 16e9 + 1) - 8e9);
        }
        _assertSums(m, rows);
        for (uint256 c; c < 3; ++c) {
            assertEq(m.count(c), counts[c]);
        }
        assertEq(m.distances(x), _reference(rows, counts, x));
    }

    function testFuzz_setSumWords_roundTripsAnyWords(uint256[6] memory words) public {
        uint256[] memory w = new uint256[](WORDS);
        for (uint256 i; i < WORDS; ++i) {
            w[i] = words[i];
        }
        ncc.setSumWords(0, w);
        for (uint256 c; c < 3; ++c) {
            for (uint256 f; f < FEATURES; ++f) {
                assertEq(ncc.sum(c, f), Pack.int64At(words[c * WORDS_PER_CLASS + f / 4], f % 4));
            }
        }
        assertLt(ncc.predict(_validSample()), 3);
    }

    // ---------------------------------------------------------------- entry and count bounds

    /// @dev Issue 12, finding 3: one sample near int64.max once saturated a class's sums, and every later honest
    /// sample of that class reverted. The poison is now refused, and the honest sample succeeds.
    function test_update_poisonCannotFreezeAClass() public {
        _seal();
        int64 huge = type(int64).max - 1e9;
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.ValueOutOfRange.selector, 0, huge, 8e9));
        ncc.update(Arr.i64(huge, huge, huge, huge, huge), 0);
        _train(_validSample(), 0);
        assertEq(ncc.count(0), 3);
        assertEq(ncc.sum(0, 0), 3e9);
    }

    function test_update_revertsOnValueOutOfRangeEitherSide() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.ValueOutOfRange.selector, 2, 8e9 + 1, 8e9));
        ncc.update(Arr.i64(0, 8e9, 8e9 + 1, 0, 0), 1);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.ValueOutOfRange.selector, 4, -8e9 - 1, 8e9));
        ncc.update(Arr.i64(0, -8e9, 0, 0, -8e9 - 1), 1);
        assertEq(ncc.count(1), 1);
    }

    /// @dev At the declared bounds (a class one sample short of its largest count, its sums at count times the
    /// largest entry) the last valid addition still fits int64, on either side.
    function test_update_atCountAndValueBoundsKeepsSumsInInt64() public {
        uint64 n = (1 << 30) - 2;
        int64 edge = int64(uint64(n)) * 8e9;
        int64[][] memory rows = new int64[][](2);
        rows[0] = Arr.i64(edge, -edge, 0, 0, 0);
        rows[1] = Arr.i64(0, 0, 0, 0, 0);
        DenseNearestCentroid m =
            new DenseNearestCentroid(trainer, Arr.names(2), FEATURES, Arr.u64(n, 1), Pack.int64ClassMajor(rows));
        _seal();
        vm.prank(trainer);
        m.update(Arr.i64(8e9, -8e9, 8e9, -8e9, 0), 0);
        assertEq(m.count(0), n + 1);
        assertEq(m.sum(0, 0), edge + 8e9);
        assertEq(m.sum(0, 1), -edge - 8e9);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(DenseNearestCentroid.CountTooLarge.selector, 0, MAX_COUNT));
        m.update(Arr.i64(0, 0, 0, 0, 0), 0);
    }
}
