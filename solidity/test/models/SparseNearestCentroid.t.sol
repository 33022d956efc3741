// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {Lanes} from "../../src/models/Lanes.sol";
import {SparseNearestCentroid} from "../../src/models/SparseNearestCentroid.sol";
import {Arr} from "./Arr.sol";
import {ClassifierLifecycleTest} from "./ClassifierLifecycle.sol";
import {Pack} from "./Pack.sol";

contract SparseNearestCentroidTest is ClassifierLifecycleTest {
    /// @dev Ten features of three classes: thirty int64 sums, eight words, the last with two unused lanes.
    uint64 internal constant FEATURES = 10;
    uint64 internal constant MAX = 5;
    uint256 internal constant WORDS = 8;
    uint64 internal constant MAX_COUNT = 1 << 33;

    SparseNearestCentroid internal ncc;

    /// @dev Sums of binary samples (1.0 = 1e9 per sample having the feature): class 0 of 2 samples, class 1 of 3,
    /// class 2 of 1.
    function _sums() internal pure returns (int64[][] memory rows) {
        rows = new int64[][](3);
        for (uint256 c; c < 3; ++c) {
            rows[c] = new int64[](FEATURES);
        }
        (rows[0][0], rows[0][1], rows[0][9]) = (2e9, 1e9, 1e9);
        (rows[1][1], rows[1][2], rows[1][3]) = (3e9, 3e9, 1e9);
        (rows[2][4], rows[2][5], rows[2][6], rows[2][7]) = (1e9, 1e9, 1e9, 1e9);
    }

    function _counts() internal pure returns (uint64[] memory) {
        return Arr.u64(2, 3, 1);
    }

    function _deploy(address trainer_) internal override returns (Classifier) {
        ncc = new SparseNearestCentroid(trainer_, _expectedNames(), FEATURES, MAX, _counts(), Pack.int64Table(_sums()));
        return ncc;
    }

    function _setWords(uint256 firstWord, uint256[] memory words) internal override {
        ncc.setSumWords(firstWord, words);
    }

    function _numWords() internal pure override returns (uint256) {
        return WORDS;
    }

    function _validSample() internal pure override returns (int64[] memory) {
        return Arr.i64(0, 3, 9);
    }

    function _expectedNames() internal pure override returns (string[] memory) {
        return Arr.strings("billing", "support", "sales");
    }

    function _train(int64[] memory sample, uint64 label) internal {
        vm.prank(trainer);
        ncc.update(sample, label);
    }

    /// @dev Dense reference: `sum over every feature of (x[f] * n - S[f])^2 / n^2`, x[f] = 1e9 for listed features
    /// and 0 otherwise, rounded down; the squared distance to the centroid `S / n` in 1e18 units.
    function _reference(int64[][] memory rows, uint64[] memory counts, int64[] memory data)
        internal
        pure
        returns (uint256[] memory d)
    {
        d = new uint256[](rows.length);
        for (uint256 c; c < rows.length; ++c) {
            int256 n = int256(uint256(counts[c]));
            uint256 total;
            for (uint256 f; f < rows[c].length; ++f) {
                bool listed;
                for (uint256 i; i < data.length; ++i) {
                    if (uint64(data[i]) == f) listed = true;
                }
                int256 diff = (listed ? n * 1e9 : int256(0)) - rows[c][f];
                total += uint256(diff * diff);
            }
            d[c] = total / uint256(n * n);
        }
    }

    /// @dev `Q / n^2` from the sums read back through `sum`: the distance of the empty sample.
    function _emptyDistance(SparseNearestCentroid m, uint256 class) internal view returns (uint256) {
        uint256 q;
        for (uint256 f; f < m.numFeatures(); ++f) {
            int256 s = m.sum(class, f);
            q += uint256(s * s);
        }
        uint256 n = m.count(class);
        return q / (n * n);
    }

    function _argmin(uint256[] memory d) internal pure returns (uint64 best) {
        for (uint256 c = 1; c < d.length; ++c) {
            if (d[c] < d[best]) best = uint64(c);
        }
    }

    function _assertSums(SparseNearestCentroid m, int64[][] memory rows) internal view {
        for (uint256 c; c < rows.length; ++c) {
            for (uint256 f; f < rows[c].length; ++f) {
                assertEq(m.sum(c, f), rows[c][f]);
            }
        }
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_storesParameters() public view {
        assertEq(ncc.numClasses(), 3);
        assertEq(ncc.numFeatures(), FEATURES);
        assertEq(ncc.maxFeatures(), MAX);
        for (uint256 c; c < 3; ++c) {
            assertEq(ncc.count(c), _counts()[c]);
        }
        _assertSums(ncc, _sums());
    }

    function test_constructor_revertsWithoutClasses() public {
        vm.expectRevert(Classifier.NoClasses.selector);
        new SparseNearestCentroid(trainer, new string[](0), FEATURES, MAX, new uint64[](0), Arr.u256());
    }

    function test_constructor_revertsOnMoreThan65536Classes() public {
        uint256 n = (1 << 16) + 1;
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, n, n - 1));
        new SparseNearestCentroid(trainer, Arr.names(n), FEATURES, MAX, new uint64[](n), Arr.u256());
    }

    function test_constructor_revertsOnZeroFeatures() public {
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new SparseNearestCentroid(trainer, Arr.names(2), 0, MAX, Arr.u64(1, 1), Arr.u256());
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new SparseNearestCentroid(trainer, Arr.names(2), FEATURES, 0, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsOnFeatureIndicesPastInt64() public {
        uint64 tooMany = uint64(type(int64).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(Classifier.TooManyFeatureIndices.selector, tooMany, uint256(uint64(type(int64).max)))
        );
        new SparseNearestCentroid(trainer, Arr.names(2), tooMany, MAX, Arr.u64(1, 1), Arr.u256());
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(2), tooMany - 1, MAX, Arr.u64(1, 1), Arr.u256());
        assertEq(m.predict(Arr.i64(0, type(int64).max - 1)), 0);
    }

    function test_constructor_revertsWhenCountsMismatchNames() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.LengthMismatch.selector, 1, 2));
        new SparseNearestCentroid(trainer, Arr.names(2), FEATURES, MAX, Arr.u64(1), Arr.u256());
    }

    function test_constructor_revertsOnEmptyClass() public {
        vm.expectRevert(abi.encodeWithSelector(SparseNearestCentroid.EmptyClass.selector, 0));
        new SparseNearestCentroid(trainer, Arr.names(2), FEATURES, MAX, Arr.u64(0, 1), Arr.u256());
    }

    function test_constructor_revertsOnCountTooLarge() public {
        vm.expectRevert(abi.encodeWithSelector(SparseNearestCentroid.CountTooLarge.selector, 2, MAX_COUNT));
        new SparseNearestCentroid(trainer, Arr.names(3), FEATURES, MAX, Arr.u64(1, 1, MAX_COUNT), Arr.u256());
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(3), FEATURES, MAX, Arr.u64(1, 1, MAX_COUNT - 1), Arr.u256());
        assertEq(m.count(2), MAX_COUNT - 1);
    }

    function test_constructor_revertsWhenFirstWordsRunPastLastWord() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, WORDS, WORDS));
        new SparseNearestCentroid(trainer, _expectedNames(), FEATURES, MAX, _counts(), Arr.zeros(WORDS + 1));
    }

    // ---------------------------------------------------------------- sum, count, setSumWords

    function test_sum_readsFeatureMajorLanes() public {
        // Lane j is sum (class j % 3, feature j / 3): word 1 holds lanes 4..7.
        ncc.setSumWords(1, Arr.u256(Pack.int64Word(type(int64).min, -1, type(int64).max, 5)));
        assertEq(ncc.sum(1, 1), type(int64).min, "lane 4");
        assertEq(ncc.sum(2, 1), -1, "lane 5");
        assertEq(ncc.sum(0, 2), type(int64).max, "lane 6");
        assertEq(ncc.sum(1, 2), 5, "lane 7");
        assertEq(ncc.sum(0, 1), 1e9, "lane 3, word 0, untouched");
        assertEq(ncc.sum(2, 2), 0, "lane 8, word 2, untouched");
    }

    function test_count_ofUnsetClassIsZero() public view {
        assertEq(ncc.count(3), 0);
    }

    function test_setSumWords_rewritesSumsAndEveryClassMagnitude() public {
        int64[][] memory rows = _sums();
        (rows[0][1], rows[1][1], rows[2][1]) = (-3e9, 0, 5e8); // feature 1: lanes 3, 4, 5 in words 0 and 1
        ncc.setSumWords(0, Arr.slice(Pack.int64Table(rows), 0, 2));
        _assertSums(ncc, rows);
        uint256[] memory d = ncc.distances(Arr.i64());
        for (uint256 c; c < 3; ++c) {
            assertEq(d[c], _emptyDistance(ncc, c));
        }
        // Class 0: (4 + 9 + 1) / 4 = 3.5; class 1: (9 + 1) / 9; class 2: (4 * 1 + 0.25) / 1.
        assertEq(d[0], 3.5e18);
        assertEq(d[1], 1_111_111_111_111_111_111);
        assertEq(d[2], 4.25e18);
    }

    function test_setSumWords_unusedLanesCountForNothing() public {
        // Lanes 30 and 31 of word 7 lie past the thirty sums.
        uint256 last = Pack.int64Table(_sums())[7];
        ncc.setSumWords(7, Arr.u256(last | Pack.int64Word(0, 0, 7e9, -7e9)));
        assertEq(ncc.distances(Arr.i64()), _reference(_sums(), _counts(), Arr.i64()));
    }

    // ---------------------------------------------------------------- distances and predict

    function test_distances_matchHandComputedValues() public view {
        uint256[] memory d = ncc.distances(Arr.i64());
        assertEq(d[0], 1.5e18, "1 + 0.25 + 0.25");
        assertEq(d[1], 2_111_111_111_111_111_111, "1 + 1 + 1/9");
        assertEq(d[2], 4e18);
        d = ncc.distances(Arr.i64(0, 9));
        assertEq(d[0], 0.5e18, "0 + 0.25 + 0.25");
        assertEq(d[1], 4_111_111_111_111_111_111, "1 + 1 + 1 + 1/9 + 1");
        assertEq(d[2], 6e18);
        d = ncc.distances(Arr.i64(1, 2));
        assertEq(d[0], 2.5e18, "1 + 0.25 + 1 + 0.25");
        assertEq(d[1], 111_111_111_111_111_111, "1/9");
        assertEq(d[2], 6e18);
        assertEq(ncc.distances(Arr.i64(4, 5, 6, 7))[2], 0);
    }

    function test_distances_matchDenseReference() public view {
        int64[5] memory xs = [int64(0), 3, 5, 8, 9];
        int64[] memory x = Arr.i64(xs[0], xs[1], xs[2], xs[3], xs[4]);
        assertEq(ncc.distances(x), _reference(_sums(), _counts(), x));
    }

    function test_predict_picksNearestCentroid() public view {
        assertEq(ncc.predict(Arr.i64(0, 9)), 0);
        assertEq(ncc.predict(Arr.i64(1, 2)), 1);
        assertEq(ncc.predict(Arr.i64(4, 5, 6, 7)), 2);
        assertEq(ncc.predict(Arr.i64()), 0, "empty: 1.5 < 2.11 < 4");
    }

    function test_predict_tiesGoToLowestClass() public {
        int64[][] memory rows = new int64[][](3);
        (rows[0], rows[1], rows[2]) = (new int64[](2), new int64[](2), new int64[](2));
        (rows[0][0], rows[1][1], rows[2][1]) = (1e9, 1e9, 1e9); // classes 1 and 2 identical, 0 mirrored
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(3), 2, 2, Arr.u64(1, 1, 1), Pack.int64Table(rows));
        assertEq(m.predict(Arr.i64()), 0, "all at distance 1");
        assertEq(m.predict(Arr.i64(0, 1)), 0, "all at distance 1");
        assertEq(m.predict(Arr.i64(1)), 1, "classes 1 and 2 at 0");
    }

    function test_distances_revertOnIndicesNotIncreasing() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        ncc.distances(Arr.i64(3, 3));
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        ncc.predict(Arr.i64(5, 2));
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 3));
        ncc.predict(Arr.i64(1, 4, 6, 6));
    }

    function test_distances_revertOnIndexOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), FEATURES));
        ncc.predict(Arr.i64(-1, 3));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(10), FEATURES));
        ncc.distances(Arr.i64(3, 10));
    }

    function test_distances_revertOnMalformedIndex() public {
        bytes memory data = abi.encodeCall(SparseNearestCentroid.distances, (Arr.i64(0, 1)));
        _setCalldataElement(data, 0, 1, (1 << 64) + 3); // not a sign-extended int64: no feature, shown cut to 3
        (bool ok, bytes memory ret) = address(ncc).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(3), FEATURES));
    }

    function test_distances_revertOnTooManyFeatures() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        ncc.predict(Arr.range(0, MAX + 1));
    }

    // ---------------------------------------------------------------- update

    function test_update_addsOneToListedSumsAndCount() public {
        _seal();
        _train(Arr.i64(0, 3, 9), 0);
        int64[][] memory rows = _sums();
        (rows[0][0], rows[0][3], rows[0][9]) = (3e9, 1e9, 2e9);
        _assertSums(ncc, rows);
        assertEq(ncc.count(0), 3);
        assertEq(ncc.count(1), 3, "other classes untouched");
        assertEq(ncc.count(2), 1, "other classes untouched");
        // Q = 9 + 1 + 1 + 4 = 15 over n^2 = 9.
        assertEq(ncc.distances(Arr.i64())[0], 1_666_666_666_666_666_666);
        assertEq(ncc.distances(Arr.i64(0, 3, 9)), _reference(rows, Arr.u64(3, 3, 1), Arr.i64(0, 3, 9)));
    }

    function test_update_withEmptySampleOnlyCounts() public {
        _seal();
        _train(Arr.i64(), 2);
        _assertSums(ncc, _sums());
        assertEq(ncc.count(2), 2);
        assertEq(ncc.distances(Arr.i64())[2], 1e18, "(4 * 1) / 4");
    }

    function test_update_revertsOnIndicesNotIncreasing() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 2));
        ncc.update(Arr.i64(1, 2, 2), 0);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        ncc.update(Arr.i64(9, 0), 0);
        _assertSums(ncc, _sums());
    }

    function test_update_revertsOnIndexOutOfRangeOrTooManyFeatures() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), FEATURES));
        ncc.update(Arr.i64(-1), 0);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(10), FEATURES));
        ncc.update(Arr.i64(2, 10), 0);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        ncc.update(Arr.range(0, MAX + 1), 0);
    }

    function test_update_revertsOnCountTooLarge() public {
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(2), FEATURES, MAX, Arr.u64(MAX_COUNT - 1, 1), Arr.u256());
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(SparseNearestCentroid.CountTooLarge.selector, 0, MAX_COUNT));
        m.update(Arr.i64(1), 0);
    }

    /// @dev Sums the owner sets beyond count * 1e9 (here one sample, a sum at the lane limit) are no class's
    /// samples: the owner's own model, which it can make unusable. An update then reverts rather than wrap.
    function test_update_revertsWhenSumWouldLeaveInt64() public {
        int64[][] memory rows = new int64[][](2);
        (rows[0], rows[1]) = (new int64[](FEATURES), new int64[](FEATURES));
        rows[0][0] = type(int64).max - 1;
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(2), FEATURES, MAX, Arr.u64(1, 1), Pack.int64Table(rows));
        _seal();
        vm.prank(trainer);
        vm.expectRevert(Lanes.LaneOverflow.selector);
        m.update(Arr.i64(0), 0);
        vm.prank(trainer);
        m.update(Arr.i64(1), 0); // other features still take samples
        assertEq(m.sum(0, 1), 1e9);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev A strictly increasing sample of at most `maxLength` features below `features`.
    function _randomSample(uint256 seed, uint256 features, uint256 maxLength) internal pure returns (int64[] memory x) {
        uint256 bits = uint256(keccak256(abi.encode(seed, "sample")));
        int64[] memory all = new int64[](features);
        uint256 n;
        for (uint256 f; f < features && n < maxLength; ++f) {
            if ((bits >> f) & 1 == 1) all[n++] = int64(uint64(f));
        }
        x = new int64[](n);
        for (uint256 i; i < n; ++i) {
            x[i] = all[i];
        }
    }

    function _randomModel(uint256 seed, uint256 k, uint256 features, int256 limit)
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
                int256 v = int256(uint256(keccak256(abi.encode(seed, c, f))));
                rows[c][f] = int64((v % (limit + 1)) >> ((uint256(v) >> 200) % 64));
            }
        }
    }

    function testFuzz_distances_matchDenseReferenceForAnySums(uint256 seed, uint256 k, uint256 features) public {
        k = bound(k, 1, 4);
        features = bound(features, 1, 16);
        (int64[][] memory rows, uint64[] memory counts) = _randomModel(seed, k, features, type(int64).max);
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(k), uint64(features), 8, counts, Pack.int64Table(rows));
        int64[] memory x = _randomSample(seed, features, 8);
        uint256[] memory expected = _reference(rows, counts, x);
        assertEq(m.distances(x), expected);
        assertEq(m.predict(x), _argmin(expected));
        for (uint256 c; c < k; ++c) {
            assertEq(m.distances(Arr.i64())[c], _emptyDistance(m, c));
        }
    }

    function testFuzz_setSumWords_keepsMagnitudeEqualToSumOfSquares(uint256 seed, uint256 writes) public {
        writes = bound(writes, 1, 10);
        for (uint256 w; w < writes; ++w) {
            uint256 r = uint256(keccak256(abi.encode(seed, w)));
            uint256 first = r % WORDS;
            uint256 count = 1 + (r >> 8) % (WORDS - first);
            uint256[] memory chunk = new uint256[](count);
            for (uint256 i; i < count; ++i) {
                chunk[i] = uint256(keccak256(abi.encode(seed, w, i)));
            }
            ncc.setSumWords(first, chunk);
        }
        // The distance of the empty sample is Q / n^2 (1e18 units), so Q is the sum of the squared sums.
        uint256[] memory d = ncc.distances(Arr.i64());
        for (uint256 c; c < 3; ++c) {
            assertEq(d[c], _emptyDistance(ncc, c));
        }
        int64[][] memory rows = new int64[][](3);
        for (uint256 c; c < 3; ++c) {
            rows[c] = new int64[](FEATURES);
            for (uint256 f; f < FEATURES; ++f) {
                rows[c][f] = ncc.sum(c, f);
            }
        }
        int64[] memory x = _randomSample(seed, FEATURES, MAX);
        assertEq(ncc.distances(x), _reference(rows, _counts(), x));
    }

    function testFuzz_update_addsOneToListedSumsAndKeepsDistancesExact(uint256 seed, uint256 label, uint256 rounds)
        public
    {
        // Sums well inside int64 so that eight more samples fit.
        (int64[][] memory rows, uint64[] memory counts) = _randomModel(seed, 3, FEATURES, 1 << 62);
        for (uint256 c; c < 3; ++c) {
            counts[c] = uint64(bound(counts[c], 1, MAX_COUNT - 9));
        }
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, _expectedNames(), FEATURES, MAX, counts, Pack.int64Table(rows));
        _seal();
        uint64 y = uint64(label % 3);
        rounds = bound(rounds, 1, 8);
        for (uint256 r; r < rounds; ++r) {
            int64[] memory x = _randomSample(uint256(keccak256(abi.encode(seed, r))), FEATURES, MAX);
            vm.prank(trainer);
            m.update(x, y);
            ++counts[y];
            for (uint256 i; i < x.length; ++i) {
                rows[y][uint64(x[i])] += 1e9;
            }
        }
        _assertSums(m, rows);
        for (uint256 c; c < 3; ++c) {
            assertEq(m.count(c), counts[c]);
        }
        int64[] memory probe = _randomSample(seed, FEATURES, MAX);
        assertEq(m.distances(probe), _reference(rows, counts, probe));
        assertEq(m.distances(Arr.i64()), _reference(rows, counts, Arr.i64()));
    }

    // ---------------------------------------------------------------- count bound

    /// @dev A class whose sums are its samples' sums (at most 1e9 a sample) must take every valid addition until
    /// its count bound: a count that lets a sum reach int64 before the bound (2^40 did) is refused at deployment.
    function test_constructor_countBoundKeepsEverySumInInt64() public {
        uint64 n = uint64(uint256(uint64(type(int64).max)) / 1e9); // the most samples whose sums fit int64
        int64[][] memory rows = new int64[][](2);
        rows[0] = new int64[](FEATURES);
        rows[1] = new int64[](FEATURES);
        rows[0][0] = int64(n) * 1e9;
        try new SparseNearestCentroid(
            trainer, Arr.names(2), FEATURES, MAX, Arr.u64(n, 1), Pack.int64Table(rows)
        ) returns (
            SparseNearestCentroid m
        ) {
            _seal();
            vm.prank(trainer);
            m.update(Arr.i64(0), 0); // must not revert
        } catch (bytes memory reason) {
            assertEq(bytes4(reason), SparseNearestCentroid.CountTooLarge.selector);
        }
    }

    function test_update_atCountBoundKeepsSumsInInt64() public {
        uint64 n = (1 << 33) - 2;
        int64[][] memory rows = new int64[][](2);
        rows[0] = new int64[](FEATURES);
        rows[1] = new int64[](FEATURES);
        rows[0][0] = int64(n) * 1e9;
        SparseNearestCentroid m =
            new SparseNearestCentroid(trainer, Arr.names(2), FEATURES, MAX, Arr.u64(n, 1), Pack.int64Table(rows));
        _seal();
        vm.prank(trainer);
        m.update(Arr.i64(0), 0);
        assertEq(m.sum(0, 0), int64(n + 1) * 1e9);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(SparseNearestCentroid.CountTooLarge.selector, 0, MAX_COUNT));
        m.update(Arr.i64(0), 0);
    }
}
