// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {NaiveBayes} from "../../src/models/NaiveBayes.sol";
import {Arr} from "./Arr.sol";
import {ClassifierLifecycleTest} from "./ClassifierLifecycle.sol";
import {Pack} from "./Pack.sol";
import {RefMath} from "./RefMath.sol";

contract NaiveBayesTest is ClassifierLifecycleTest {
    /// @dev Twenty features of three classes: 60 count lanes, eight words, the last with four unused lanes.
    uint64 internal constant FEATURES = 20;
    uint64 internal constant MAX = 50;
    uint64 internal constant SMOOTHING = 1e9;
    uint256 internal constant WORDS = 8;
    /// @dev Base slot of the class words (NaiveBayes.CLASSES), for the forced-state tests.
    uint256 internal constant CLASSES_SLOT = uint256(keccak256("sumkit.NaiveBayes.classes")) - 1;
    /// @dev Tolerance of reference comparisons: 2^-40 in `log2` units, far above RefMath's 2^-60 error per term.
    int256 internal constant LOG_EPSILON = 1 << 24;

    NaiveBayes internal nb;

    /// @dev Class 0: count f + 1; class 1: 2 * (20 - f); class 2: 7 on every third feature.
    function _counts() internal pure returns (uint32[][] memory rows) {
        rows = new uint32[][](3);
        for (uint256 c; c < 3; ++c) {
            rows[c] = new uint32[](FEATURES);
        }
        for (uint32 f; f < FEATURES; ++f) {
            rows[0][f] = f + 1;
            rows[1][f] = 2 * (20 - f);
            rows[2][f] = f % 3 == 0 ? 7 : 0;
        }
    }

    function _samples() internal pure returns (uint64[] memory) {
        return Arr.u64(10, 20, 5);
    }

    function _rowTotal(uint32[] memory row) internal pure returns (uint64 total) {
        for (uint256 f; f < row.length; ++f) {
            total += row[f];
        }
    }

    function _deploy(address trainer_) internal override returns (Classifier) {
        nb = new NaiveBayes(
            trainer_, _expectedNames(), FEATURES, MAX, SMOOTHING, _samples(), Pack.uint32Table(_counts())
        );
        return nb;
    }

    function _setWords(uint256 firstWord, uint256[] memory words) internal override {
        nb.setCountWords(firstWord, words);
    }

    function _numWords() internal pure override returns (uint256) {
        return WORDS;
    }

    function _validSample() internal pure override returns (int64[] memory) {
        return Arr.i64(0, 3, 19);
    }

    function _expectedNames() internal pure override returns (string[] memory) {
        return Arr.strings("spam", "ham", "eggs");
    }

    /// @dev A model over the counts `rows[c][f]`, classes named by index, `maxFeatures` 2048.
    function _model(uint32[][] memory rows, uint64[] memory samples, uint64 smoothing) internal returns (NaiveBayes) {
        return new NaiveBayes(
            trainer, Arr.names(rows.length), uint64(rows[0].length), 2048, smoothing, samples, Pack.uint32Table(rows)
        );
    }

    /// @dev The class the reference log-likelihoods rank first (lowest index on a tie), and every class's score;
    /// a class without samples scores `type(int256).min`.
    function _reference(uint32[][] memory rows, uint64[] memory samples, uint64 smoothing, int64[] memory data)
        internal
        pure
        returns (uint64 best, int256[] memory scores)
    {
        scores = new int256[](rows.length);
        for (uint256 c; c < rows.length; ++c) {
            scores[c] = samples[c] == 0
                ? type(int256).min
                : RefMath.naiveBayesLog2(samples[c], rows[c], _rowTotal(rows[c]), smoothing, rows[c].length, data);
            if (scores[c] > scores[best]) best = uint64(c);
        }
    }

    /// @dev Asserts the model's prediction scores within LOG_EPSILON of the reference's best class, and equals it
    /// whenever the best class leads every other by more than that.
    function _assertMatchesReference(
        NaiveBayes model_,
        uint32[][] memory rows,
        uint64[] memory samples,
        uint64 smoothing,
        int64[] memory data
    ) internal view {
        uint64 predicted = model_.predict(data);
        (uint64 best, int256[] memory scores) = _reference(rows, samples, smoothing, data);
        if (scores[best] == type(int256).min) {
            assertEq(predicted, 0, "no class has samples: class 0");
            return;
        }
        assertGe(scores[predicted], scores[best] - LOG_EPSILON, "prediction is not a most likely class");
        bool clear = true;
        for (uint256 c; c < scores.length; ++c) {
            if (c != best && scores[c] >= scores[best] - LOG_EPSILON) clear = false;
        }
        if (clear) assertEq(predicted, best, "prediction is not the clear winner");
    }

    /// @dev 0xDeCA10B-style integer probability: `samples * 1e9` times each smoothed ratio, dividing as it goes.
    function _naiveIntegerProduct(uint256 samples, uint32[] memory row, uint256 smoothing, int64[] memory data)
        internal
        pure
        returns (uint256 p)
    {
        uint256 den = uint256(_rowTotal(row)) * 1e9 + smoothing * row.length;
        p = samples * 1e9;
        for (uint256 i; i < data.length; ++i) {
            p = p * (uint256(row[uint64(data[i])]) * 1e9 + smoothing) / den;
        }
    }

    function _train(int64[] memory sample, uint64 label) internal {
        vm.prank(trainer);
        nb.update(sample, label);
    }

    function _forceClassInfo(address target, uint256 class, uint64 samples, uint64 total) internal {
        vm.store(target, bytes32(CLASSES_SLOT + class), bytes32(uint256(samples) | (uint256(total) << 64)));
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_storesParameters() public view {
        assertEq(nb.numClasses(), 3);
        assertEq(nb.numFeatures(), FEATURES);
        assertEq(nb.maxFeatures(), MAX);
        assertEq(nb.smoothing(), SMOOTHING);
    }

    function test_constructor_setsSamplesAndTotalsPerClass() public view {
        uint32[][] memory rows = _counts();
        uint64[] memory samples = _samples();
        for (uint256 c; c < 3; ++c) {
            (uint64 s, uint64 total) = nb.classInfo(c);
            assertEq(s, samples[c]);
            assertEq(total, _rowTotal(rows[c]));
            for (uint256 f; f < FEATURES; ++f) {
                assertEq(nb.featureCount(c, f), rows[c][f]);
            }
        }
        (uint64 s0, uint64 t0) = nb.classInfo(0);
        assertEq(s0, 10);
        assertEq(t0, 210, "1 + 2 + .. + 20");
    }

    function test_setCountWords_acceptsCeilOfFeaturesTimesClassesOverEightWords() public {
        // (features, classes) -> words: (1, 2) -> 1, (4, 2) -> 1, (9, 2) -> 3, (9, 3) -> 4, (1, 9) -> 2.
        uint64[5] memory features = [uint64(1), 4, 9, 9, 1];
        uint256[5] memory classes = [uint256(2), 2, 2, 3, 9];
        uint256[5] memory words = [uint256(1), 1, 3, 4, 2];
        for (uint256 i; i < 5; ++i) {
            NaiveBayes m = new NaiveBayes(
                trainer, Arr.names(classes[i]), features[i], 4, SMOOTHING, new uint64[](classes[i]), Arr.zeros(words[i])
            );
            m.setCountWords(words[i] - 1, Arr.zeros(1));
            vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, words[i], words[i]));
            m.setCountWords(words[i], Arr.zeros(1));
        }
    }

    function test_constructor_revertsWithoutClasses() public {
        vm.expectRevert(Classifier.NoClasses.selector);
        new NaiveBayes(trainer, new string[](0), FEATURES, MAX, SMOOTHING, new uint64[](0), Arr.u256());
    }

    function test_constructor_revertsOnMoreThan65536Classes() public {
        uint256 n = (1 << 16) + 1;
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, n, n - 1));
        new NaiveBayes(trainer, Arr.names(n), FEATURES, MAX, SMOOTHING, new uint64[](n), Arr.u256());
    }

    function test_constructor_revertsOnZeroFeatures() public {
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new NaiveBayes(trainer, Arr.names(2), 0, MAX, SMOOTHING, Arr.u64(1, 1), Arr.u256());
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new NaiveBayes(trainer, Arr.names(2), FEATURES, 0, SMOOTHING, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsOnInvalidSmoothing() public {
        vm.expectRevert(abi.encodeWithSelector(NaiveBayes.InvalidSmoothing.selector, uint64(0)));
        new NaiveBayes(trainer, Arr.names(2), FEATURES, MAX, 0, Arr.u64(1, 1), Arr.u256());
        uint64 tooLarge = (1 << 40) + 1;
        vm.expectRevert(abi.encodeWithSelector(NaiveBayes.InvalidSmoothing.selector, tooLarge));
        new NaiveBayes(trainer, Arr.names(2), FEATURES, MAX, tooLarge, Arr.u64(1, 1), Arr.u256());
        vm.expectRevert(abi.encodeWithSelector(NaiveBayes.InvalidSmoothing.selector, type(uint64).max));
        new NaiveBayes(trainer, Arr.names(2), FEATURES, MAX, type(uint64).max, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_acceptsLargestSmoothingAndVocabulary() public {
        NaiveBayes m = new NaiveBayes(trainer, Arr.names(2), 1 << 40, MAX, 1 << 40, Arr.u64(1, 1), Arr.u256());
        assertEq(m.smoothing(), 1 << 40);
        assertEq(m.numFeatures(), 1 << 40);
        m.setCountWords((1 << 38) - 1, Arr.u256(Pack.uint32Splat(3))); // the last of 2^41 / 8 words
        assertEq(m.featureCount(1, (1 << 40) - 1), 3);
        (, uint64 total) = m.classInfo(1);
        assertEq(total, 12);
        assertEq(m.predict(Arr.i64(0, int64(uint64((1 << 40) - 1)))), 0);
    }

    function test_constructor_revertsOnTooManyFeatureKinds() public {
        uint64 tooMany = (1 << 40) + 1;
        vm.expectRevert(abi.encodeWithSelector(NaiveBayes.TooManyFeatureKinds.selector, tooMany, uint256(1 << 40)));
        new NaiveBayes(trainer, Arr.names(2), tooMany, MAX, SMOOTHING, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsOnFeatureIndicesPastInt64() public {
        // The shared bound (indices within int64) is checked before the naive Bayes one (2^40).
        uint64 tooMany = type(uint64).max;
        vm.expectRevert(
            abi.encodeWithSelector(Classifier.TooManyFeatureIndices.selector, tooMany, uint256(uint64(type(int64).max)))
        );
        new NaiveBayes(trainer, Arr.names(2), tooMany, MAX, SMOOTHING, Arr.u64(1, 1), Arr.u256());
    }

    function test_constructor_revertsWhenClassCountsMismatchNames() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.LengthMismatch.selector, 2, 3));
        new NaiveBayes(trainer, Arr.names(3), FEATURES, MAX, SMOOTHING, Arr.u64(1, 1), Arr.u256());
        vm.expectRevert(abi.encodeWithSelector(Classifier.LengthMismatch.selector, 3, 2));
        new NaiveBayes(trainer, Arr.names(2), FEATURES, MAX, SMOOTHING, Arr.u64(1, 1, 1), Arr.u256());
    }

    function test_constructor_revertsWhenFirstWordsRunPastLastWord() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, WORDS, WORDS));
        new NaiveBayes(trainer, _expectedNames(), FEATURES, MAX, SMOOTHING, _samples(), Arr.zeros(WORDS + 1));
    }

    // ---------------------------------------------------------------- featureCount, classInfo, setCountWords

    function test_featureCount_readsFeatureMajorLanes() public {
        // Lane j of the count region is count (class j % 3, feature j / 3): word 1 holds lanes 8..15.
        uint32[8] memory lanes = [uint32(80), 90, type(uint32).max, 110, 120, 130, 140, 150];
        nb.setCountWords(1, Arr.u256(Pack.uint32Word(lanes)));
        assertEq(nb.featureCount(2, 2), 80, "lane 8");
        assertEq(nb.featureCount(0, 3), 90, "lane 9");
        assertEq(nb.featureCount(1, 3), type(uint32).max, "lane 10");
        assertEq(nb.featureCount(2, 3), 110, "lane 11");
        assertEq(nb.featureCount(0, 4), 120, "lane 12");
        assertEq(nb.featureCount(1, 4), 130, "lane 13");
        assertEq(nb.featureCount(2, 4), 140, "lane 14");
        assertEq(nb.featureCount(0, 5), 150, "lane 15");
        assertEq(nb.featureCount(1, 2), 36, "lane 7, word 0, untouched");
        assertEq(nb.featureCount(1, 5), 30, "lane 16, word 2, untouched");
    }

    function test_classInfo_ofUnsetClassIsZero() public view {
        (uint64 s, uint64 total) = nb.classInfo(3);
        assertEq(s, 0);
        assertEq(total, 0);
    }

    function test_setCountWords_rewritesCountsAndEveryClassTotal() public {
        uint32[][] memory rows = _counts();
        for (uint256 f = 4; f < 12; ++f) {
            (rows[0][f], rows[1][f], rows[2][f]) = (1000, 0, uint32(f));
        }
        uint256[] memory words = Pack.uint32Table(rows);
        // Features 4..11 are lanes 12..35: words 1..4.
        nb.setCountWords(1, Arr.slice(words, 1, 4));
        for (uint256 c; c < 3; ++c) {
            (uint64 samples, uint64 total) = nb.classInfo(c);
            assertEq(total, _rowTotal(rows[c]));
            assertEq(samples, _samples()[c], "samples untouched");
            for (uint256 f; f < FEATURES; ++f) {
                assertEq(nb.featureCount(c, f), rows[c][f]);
            }
        }
        (, uint64 t0) = nb.classInfo(0);
        assertEq(t0, 210 - (5 + 6 + 7 + 8 + 9 + 10 + 11 + 12) + 8000);
    }

    function test_setCountWords_lowersTotalsWhenOverwritingWithSmallerCounts() public {
        nb.setCountWords(0, Arr.zeros(WORDS));
        for (uint256 c; c < 3; ++c) {
            (, uint64 total) = nb.classInfo(c);
            assertEq(total, 0);
        }
        nb.setCountWords(3, Arr.u256(Pack.uint32Splat(type(uint32).max))); // lanes 24..31: classes 0,1,2,0,1,2,0,1
        (, uint64 t0) = nb.classInfo(0);
        (, uint64 t1) = nb.classInfo(1);
        (, uint64 t2) = nb.classInfo(2);
        assertEq(t0, 3 * uint64(type(uint32).max));
        assertEq(t1, 3 * uint64(type(uint32).max));
        assertEq(t2, 2 * uint64(type(uint32).max));
    }

    function test_setCountWords_unusedLanesCountForNothing() public {
        // Lanes 60..63 of word 7 lie past the 60 counts.
        uint256 padding = Pack.uint32Word([uint32(0), 0, 0, 0, 9, 9, 9, 9]);
        nb.setCountWords(7, Arr.u256(Pack.uint32Table(_counts())[7] | padding));
        uint32[][] memory rows = _counts();
        for (uint256 c; c < 3; ++c) {
            (, uint64 total) = nb.classInfo(c);
            assertEq(total, _rowTotal(rows[c]));
        }
        (uint64 expected,) = _reference(rows, _samples(), SMOOTHING, Arr.i64(18, 19));
        assertEq(nb.predict(Arr.i64(18, 19)), expected);
    }

    /// @dev Forced state: class totals cannot reach 2^64 through 2^32-bounded lanes in any affordable number of
    /// words, so the overflow check is reached by writing the class word directly.
    function test_setCountWords_revertsWhenClassTotalWouldOverflow_forcedState() public {
        _forceClassInfo(address(nb), 1, 20, type(uint64).max - 100);
        // Word 0 holds class 1's counts of features 0, 1, 2 (lanes 1, 4, 7): 40 + 38 + 36 = 114. Setting all
        // lanes to 72 raises class 1's total by 216 - 114 = 102, past 2^64 - 1.
        vm.expectRevert(NaiveBayes.CountOverflow.selector);
        nb.setCountWords(0, Arr.u256(Pack.uint32Splat(72)));
        // 71 raises it by 99, to 2^64 - 2.
        nb.setCountWords(0, Arr.u256(Pack.uint32Splat(71)));
        (, uint64 t1) = nb.classInfo(1);
        assertEq(t1, type(uint64).max - 1);
    }

    // ---------------------------------------------------------------- update

    function test_update_incrementsSamplesTotalAndEachListedCount() public {
        _seal();
        _train(Arr.i64(3, 7, 19), 1);
        uint32[][] memory rows = _counts();
        (uint64 s1, uint64 t1) = nb.classInfo(1);
        assertEq(s1, 21);
        assertEq(t1, 420 + 3);
        for (uint256 f; f < FEATURES; ++f) {
            uint256 added = f == 3 || f == 7 || f == 19 ? 1 : 0;
            assertEq(nb.featureCount(1, f), rows[1][f] + added);
            assertEq(nb.featureCount(0, f), rows[0][f], "other class untouched");
            assertEq(nb.featureCount(2, f), rows[2][f], "other class untouched");
        }
        (uint64 s0, uint64 t0) = nb.classInfo(0);
        assertEq(s0, 10);
        assertEq(t0, 210);
    }

    function test_update_withEmptySampleCountsOnlyTheSample() public {
        _seal();
        _train(Arr.i64(), 2);
        (uint64 s2, uint64 t2) = nb.classInfo(2);
        assertEq(s2, 6);
        assertEq(t2, 49);
    }

    function test_update_revertsOnTooManyFeatures() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        nb.update(Arr.filled(1, MAX + 1), 0);
    }

    function test_update_revertsOnIndexOutOfRange() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-2), FEATURES));
        nb.update(Arr.i64(2, -2), 0);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(20), FEATURES));
        nb.update(Arr.i64(2, 20), 0);
        (uint64 s0, uint64 t0) = nb.classInfo(0);
        assertEq(s0, 10);
        assertEq(t0, 210);
        assertEq(nb.featureCount(0, 2), 3);
    }

    /// @dev Regression: `update` once computed `uint64(info) + 1` in uint64, which panicked (0x11) at 2^64 - 1
    /// samples before its `samples > type(uint64).max` check could raise `CountOverflow()`.
    function test_update_revertsWhenSamplesWouldOverflow() public {
        NaiveBayes m = new NaiveBayes(trainer, Arr.names(2), 8, 8, SMOOTHING, Arr.u64(type(uint64).max, 0), Arr.u256());
        _seal();
        vm.prank(trainer);
        vm.expectRevert(NaiveBayes.CountOverflow.selector);
        m.update(Arr.i64(1), 0);
        vm.prank(trainer);
        m.update(Arr.i64(1), 1);
        (uint64 s1,) = m.classInfo(1);
        assertEq(s1, 1);
    }

    /// @dev Forced state (see the setCountWords twin): the total-feature check in `update`.
    function test_update_revertsWhenClassTotalWouldOverflow_forcedState() public {
        _seal();
        _forceClassInfo(address(nb), 0, 10, type(uint64).max - 1);
        vm.prank(trainer);
        vm.expectRevert(NaiveBayes.CountOverflow.selector);
        nb.update(Arr.i64(1, 2), 0);
        vm.prank(trainer);
        nb.update(Arr.i64(1), 0); // exactly reaches 2^64 - 1
        (, uint64 t0) = nb.classInfo(0);
        assertEq(t0, type(uint64).max);
    }

    // ---------------------------------------------------------------- predict: hand-sized cases

    function test_predict_emptySamplePicksClassWithMostSamples() public view {
        assertEq(nb.predict(Arr.i64()), 1);
    }

    function test_predict_revertsOnTooManyFeatures() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        nb.predict(Arr.filled(0, MAX + 1));
    }

    function test_predict_revertsOnIndexOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, type(int64).min, FEATURES));
        nb.predict(Arr.i64(type(int64).min));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-2), FEATURES));
        nb.predict(Arr.i64(3, -2));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(20), FEATURES));
        nb.predict(Arr.i64(0, 20));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(21), FEATURES));
        nb.predict(Arr.i64(21)); // an unused lane of a stored word is still no feature
    }

    /// @dev Regression (fixed in a4d98e5): the assembly loop once marked "no bad index" with
    /// type(uint256).max, which is exactly how index -1 is ABI-encoded: predict answered from the entries before
    /// the -1 instead of reverting.
    function test_predict_revertsOnIndexMinusOne() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), FEATURES));
        nb.predict(Arr.i64(3, -1));
    }

    /// @dev Regression (same sentinel as predict): update had already added the sample and data.length to the
    /// class word when its loop stopped at -1 without reverting, so the class total drifted from the sum of its
    /// counts.
    function test_update_revertsOnIndexMinusOne() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), FEATURES));
        nb.update(Arr.i64(2, -1, 5), 0);
        (uint64 s0, uint64 t0) = nb.classInfo(0);
        assertEq(s0, 10);
        assertEq(t0, 210);
    }

    function test_predict_revertsOnMalformedIndex() public {
        bytes memory data = abi.encodeCall(NaiveBayes.predict, (Arr.i64(0, 1)));
        _setCalldataElement(data, 0, 1, (1 << 64) + 3); // not a sign-extended int64: no feature, shown cut to 3
        (bool ok, bytes memory ret) = address(nb).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(3), FEATURES));
    }

    function _twoByTwo(uint64 samples0, uint64 samples1) internal returns (NaiveBayes, uint32[][] memory rows) {
        rows = new uint32[][](2);
        rows[0] = new uint32[](2);
        rows[1] = new uint32[](2);
        (rows[0][0], rows[0][1], rows[1][0], rows[1][1]) = (3, 1, 1, 3);
        return (_model(rows, Arr.u64(samples0, samples1), SMOOTHING), rows);
    }

    function test_predict_handComputedTwoFeatureCases() public {
        // Laplace smoothing, V = 2: class 0 P(f0) = 4/6, P(f1) = 2/6; class 1 the other way round.
        (NaiveBayes m,) = _twoByTwo(1, 1);
        assertEq(m.predict(Arr.i64(0)), 0, "4/6 > 2/6");
        assertEq(m.predict(Arr.i64(1)), 1, "2/6 < 4/6");
        assertEq(m.predict(Arr.i64(0, 1)), 0, "8/36 == 8/36: tie goes to class 0");
    }

    function test_predict_priorWeighsIn() public {
        (NaiveBayes m,) = _twoByTwo(3, 1);
        // class 0: 3 * 2/6 = 1, class 1: 1 * 4/6: the prior outweighs the likelihood.
        assertEq(m.predict(Arr.i64(1)), 0);
        // class 0: 3 * 4/6 * 2/6, class 1: 1 * 2/6 * 4/6: equal likelihoods, the prior decides.
        assertEq(m.predict(Arr.i64(0, 1)), 0);
    }

    function test_predict_tiesGoToLowestClass() public {
        uint32[][] memory rows = new uint32[][](3);
        rows[0] = new uint32[](4);
        rows[1] = new uint32[](4);
        rows[2] = new uint32[](4);
        (rows[1][0], rows[1][1], rows[2][0], rows[2][1]) = (5, 5, 5, 5);
        NaiveBayes m = _model(rows, Arr.u64(1, 2, 2), SMOOTHING);
        assertEq(m.predict(Arr.i64(0, 1, 3)), 1, "classes 1 and 2 are identical");
        m = _model(rows, Arr.u64(4, 4, 4), SMOOTHING);
        assertEq(m.predict(Arr.i64()), 0, "all priors equal");
    }

    function test_predict_classWithoutSamplesNeverWins() public {
        uint32[][] memory rows = new uint32[][](2);
        rows[0] = new uint32[](2);
        rows[1] = new uint32[](2);
        (rows[0][0], rows[1][1]) = (1000, 1000);
        NaiveBayes m = _model(rows, Arr.u64(0, 1), SMOOTHING);
        assertEq(m.predict(Arr.i64(0)), 1, "class 0 has the feature but no samples");
        m = _model(rows, Arr.u64(0, 0), SMOOTHING);
        assertEq(m.predict(Arr.i64(1)), 0, "nobody has samples: class 0");
    }

    function test_predict_smoothingEntersNumeratorAndDenominator() public {
        // V = 4. Class 0: count 2 of 2 on feature 0; class 1: 30 of 100.
        uint32[][] memory rows = new uint32[][](2);
        rows[0] = new uint32[](4);
        rows[1] = new uint32[](4);
        (rows[0][0], rows[1][0], rows[1][1]) = (2, 30, 70);
        // alpha = 1: 3/6 = 0.5 against 31/104 = 0.298.
        assertEq(_model(rows, Arr.u64(1, 1), 1e9).predict(Arr.i64(0)), 0);
        // alpha = 100: 102/402 = 0.2537 against 130/500 = 0.26.
        assertEq(_model(rows, Arr.u64(1, 1), 100e9).predict(Arr.i64(0)), 1);
        // alpha = 1e-9 (smoothing 1, the smallest): 2.000000001/2.000000004 against 0.3.
        assertEq(_model(rows, Arr.u64(1, 1), 1).predict(Arr.i64(0)), 0);
    }

    // ---------------------------------------------------------------- predict: products far below 1e-18

    /// @dev Two classes, 200 features, totals near 3e6 as in an IMDB-sized vocabulary: class 0 has 15,000 of every
    /// feature (total 3,000,000); class 1 has 20,000 of features 0..49 and 13,334 of the rest (total 3,000,100).
    function _realistic() internal pure returns (uint32[][] memory rows) {
        rows = new uint32[][](2);
        rows[0] = new uint32[](200);
        rows[1] = new uint32[](200);
        for (uint256 f; f < 200; ++f) {
            rows[0][f] = 15_000;
            rows[1][f] = f < 50 ? 20_000 : 13_334;
        }
    }

    function test_predict_choosesClassOneWhereIntegerProductsUnderflow() public {
        uint32[][] memory rows = _realistic();
        uint64[] memory samples = Arr.u64(12_500, 12_500);
        NaiveBayes m = _model(rows, samples, SMOOTHING);
        int64[] memory sample = Arr.range(0, 50); // each factor ~0.005: products ~1e-115
        // The 0xDeCA10B way of multiplying in integers reaches 0 for both classes, so it answered class 0.
        assertEq(_naiveIntegerProduct(12_500, rows[0], SMOOTHING, sample), 0);
        assertEq(_naiveIntegerProduct(12_500, rows[1], SMOOTHING, sample), 0);
        // Class 1 is ahead by a factor of about (20001 / 15001)^50 ~ 1.8e6.
        assertEq(m.predict(sample), 1);
        _assertMatchesReference(m, rows, samples, SMOOTHING, sample);
        // Features 50..99 favour class 0 by (15001 / 13335)^50 ~ 360.
        assertEq(m.predict(Arr.range(50, 50)), 0);
        _assertMatchesReference(m, rows, samples, SMOOTHING, Arr.range(50, 50));
    }

    function test_predict_likelihoodOutweighsAPriorAgainstIt() public {
        uint32[][] memory rows = _realistic();
        // Class 0 has 1,000 times the samples; 50 features at (20001/15001) each still outweigh it.
        uint64[] memory samples = Arr.u64(1_000_000, 1_000);
        NaiveBayes m = _model(rows, samples, SMOOTHING);
        assertEq(m.predict(Arr.range(0, 50)), 1);
        // With 20 such features the factor is only ~315: the prior wins.
        assertEq(m.predict(Arr.range(0, 20)), 0);
        _assertMatchesReference(m, rows, samples, SMOOTHING, Arr.range(0, 20));
    }

    function test_predict_handlesProductsBelowDoublePrecisionRange() public {
        // 2,000 features at ratios ~1e-6 each: products ~1e-12000, beyond any float64. Each favours class 1 by a
        // smoothed count of 3 against 2, so it wins by (3/2)^2000 ~ 2^1170, more than class 0's 2^64 prior.
        // Feature 2000 evens the totals (3,004,000 each).
        uint32[][] memory rows = new uint32[][](2);
        rows[0] = new uint32[](2001);
        rows[1] = new uint32[](2001);
        for (uint256 f; f < 2000; ++f) {
            (rows[0][f], rows[1][f]) = (1, 2);
        }
        (rows[0][2000], rows[1][2000]) = (3_002_000, 3_000_000);
        NaiveBayes m = _model(rows, Arr.u64(type(uint64).max, 1), SMOOTHING);
        assertEq(m.predict(Arr.range(0, 2000)), 1);
        assertEq(m.predict(Arr.range(0, 60)), 0, "2^64 prior against (3/2)^60 = 2^35");
    }

    function test_predict_extremeCountsAndSmoothingDoNotOverflow() public {
        uint32[][] memory rows = new uint32[][](2);
        rows[0] = new uint32[](4096);
        rows[1] = new uint32[](4096);
        for (uint256 f; f < 4096; ++f) {
            (rows[0][f], rows[1][f]) = (type(uint32).max, f < 2048 ? type(uint32).max : 0);
        }
        uint64[] memory samples = Arr.u64(type(uint64).max, type(uint64).max);
        NaiveBayes m = _model(rows, samples, 1 << 40);
        // Class 1 puts all its mass on features 0..2047, class 0 spreads it over twice as many.
        assertEq(m.predict(Arr.range(0, 2048)), 1);
        _assertMatchesReference(m, rows, samples, 1 << 40, Arr.range(0, 2048));
        assertEq(m.predict(Arr.range(2048, 2048)), 0);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Pseudo-random value spread over magnitudes: `bits` random bits with a random number of them dropped.
    function _spread(uint256 seed, uint256 salt, uint256 bits) internal pure returns (uint256) {
        uint256 r = uint256(keccak256(abi.encode(seed, salt)));
        return (r & ((1 << bits) - 1)) >> ((r >> 128) % (bits + 1));
    }

    function _randomRows(uint256 seed, uint256 classes, uint256 features)
        internal
        pure
        returns (uint32[][] memory rows)
    {
        rows = new uint32[][](classes);
        for (uint256 c; c < classes; ++c) {
            rows[c] = new uint32[](features);
            for (uint256 f; f < features; ++f) {
                rows[c][f] = uint32(_spread(seed, c * 1000 + f, 32));
            }
        }
    }

    function _randomSample(uint256 seed, uint256 length, uint256 features) internal pure returns (int64[] memory x) {
        x = new int64[](length);
        for (uint256 i; i < length; ++i) {
            x[i] = int64(uint64(uint256(keccak256(abi.encode(seed, "x", i))) % features));
        }
        x = Arr.sortedUnique(x);
    }

    function testFuzz_predict_agreesWithLogLikelihoodReference(
        uint256 seed,
        uint256 classes,
        uint256 features,
        uint256 smoothing,
        uint256 length
    ) public {
        classes = bound(classes, 2, 4);
        features = bound(features, 1, 24);
        smoothing = bound(smoothing, 1, 1 << 40);
        uint32[][] memory rows = _randomRows(seed, classes, features);
        uint64[] memory samples = new uint64[](classes);
        for (uint256 c; c < classes; ++c) {
            samples[c] = uint64(_spread(seed, 7777 + c, 64));
        }
        NaiveBayes m = _model(rows, samples, uint64(smoothing));
        int64[] memory sample = _randomSample(seed, bound(length, 0, 40), features);
        _assertMatchesReference(m, rows, samples, uint64(smoothing), sample);
    }

    function testFuzz_predict_neverRevertsWithinBounds(
        uint256 seed,
        uint256 classes,
        uint64 features,
        uint64 smoothing,
        uint256 length
    ) public {
        classes = bound(classes, 1, 5);
        features = uint64(bound(features, 1, 1 << 40));
        smoothing = uint64(bound(smoothing, 1, 1 << 40));
        uint64[] memory samples = new uint64[](classes);
        for (uint256 c; c < classes; ++c) {
            samples[c] = uint64(_spread(seed, 7777 + c, 64));
        }
        NaiveBayes m = new NaiveBayes(trainer, Arr.names(classes), features, 64, smoothing, samples, Arr.u256());
        // Fill the words of the first 16 features with counts anywhere in uint32, full lanes included.
        uint256 numWords = (uint256(features) * classes + 7) / 8;
        uint256[] memory chunk = new uint256[](numWords < 2 * classes ? numWords : 2 * classes);
        for (uint256 w; w < chunk.length; ++w) {
            chunk[w] = uint256(keccak256(abi.encode(seed, w)));
        }
        m.setCountWords(0, chunk);
        // Indices mostly among the filled features, some anywhere in the vocabulary.
        int64[] memory sample = new int64[](bound(length, 0, 64));
        for (uint256 i; i < sample.length; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, "i", i)));
            sample[i] = int64(uint64(r % (r % 4 == 0 ? features : (features < 16 ? features : 16))));
        }
        sample = Arr.sortedUnique(sample);
        assertLt(m.predict(sample), classes);
    }

    function testFuzz_update_incrementsCountsAndKeepsPredicting(
        uint256 seed,
        uint256 length,
        uint256 label,
        uint256 rounds
    ) public {
        uint32[][] memory rows = _randomRows(seed, 3, FEATURES);
        for (uint256 f; f < FEATURES; ++f) {
            // Leave room for the updates below in every lane.
            rows[label % 3][f] = uint32(bound(rows[label % 3][f], 0, type(uint32).max - 8 * MAX));
        }
        uint64[] memory samples = Arr.u64(uint64(_spread(seed, 1, 63)), uint64(_spread(seed, 2, 63)), 1);
        NaiveBayes m =
            new NaiveBayes(trainer, _expectedNames(), FEATURES, MAX, SMOOTHING, samples, Pack.uint32Table(rows));
        _seal();
        uint64 y = uint64(label % 3);
        rounds = bound(rounds, 1, 8);
        length = bound(length, 0, MAX);
        for (uint256 r; r < rounds; ++r) {
            uint256 sampleSeed = uint256(keccak256(abi.encode(seed, r)));
            int64[] memory sample = _randomSample(sampleSeed, (length + r) % (MAX + 1), FEATURES);
            vm.prank(trainer);
            m.update(sample, y);
            for (uint256 i; i < sample.length; ++i) {
                ++rows[y][uint64(sample[i])];
            }
            assertLt(m.predict(sample), 3);
        }
        for (uint256 c; c < 3; ++c) {
            (uint64 s, uint64 total) = m.classInfo(c);
            assertEq(s, c == y ? samples[c] + rounds : samples[c]);
            assertEq(total, _rowTotal(rows[c]));
            for (uint256 f; f < FEATURES; ++f) {
                assertEq(m.featureCount(c, f), rows[c][f]);
            }
        }
    }

    function testFuzz_setCountWords_keepsClassTotalsEqualToLaneSums(uint256 seed, uint256 writes) public {
        writes = bound(writes, 1, 12);
        for (uint256 k; k < writes; ++k) {
            uint256 r = uint256(keccak256(abi.encode(seed, k)));
            uint256 first = r % WORDS;
            uint256 count = 1 + (r >> 8) % (WORDS - first);
            uint256[] memory chunk = new uint256[](count);
            for (uint256 i; i < count; ++i) {
                uint256 word = uint256(keccak256(abi.encode(seed, k, i)));
                // Mix full random words with sparse ones and zeros, as real count words are.
                chunk[i] = i % 3 == 0 ? word : i % 3 == 1 ? word & Pack.uint32Splat(0xFF) : 0;
            }
            nb.setCountWords(first, chunk);
        }
        for (uint256 c; c < 3; ++c) {
            uint256 lanes;
            for (uint256 f; f < FEATURES; ++f) {
                lanes += nb.featureCount(c, f);
            }
            (uint64 s, uint64 total) = nb.classInfo(c);
            assertEq(total, lanes);
            assertEq(s, _samples()[c]);
        }
    }

    // ---------------------------------------------------------------- sample form and count bounds

    /// @dev One index weighs at most 1 in one sample: a repeated index would let one deposit count a word as
    /// often as the sample is long.
    function test_predict_revertsOnRepeatedIndex() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 2));
        nb.predict(Arr.i64(0, 3, 3));
    }

    function test_predict_revertsOnDecreasingIndices() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        nb.predict(Arr.i64(4, 2));
    }

    function test_update_revertsOnRepeatedIndexAndLeavesCounts() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        nb.update(Arr.filled(7, MAX), 1);
        (uint64 s1, uint64 t1) = nb.classInfo(1);
        assertEq(s1, 20);
        assertEq(t1, 420);
        assertEq(nb.featureCount(1, 7), 26);
    }

    /// @dev A full count saturates: the addition still succeeds, the other counts and the sample count grow,
    /// and the class total stays the sum of the counts.
    function test_update_saturatesAFullCountInsteadOfReverting() public {
        uint32[][] memory rows = new uint32[][](2);
        rows[0] = new uint32[](8);
        rows[1] = new uint32[](8);
        rows[0][1] = type(uint32).max;
        NaiveBayes m = new NaiveBayes(trainer, Arr.names(2), 8, 8, SMOOTHING, Arr.u64(1, 1), Pack.uint32Table(rows));
        _seal();
        vm.prank(trainer);
        m.update(Arr.i64(0, 1), 0);
        assertEq(m.featureCount(0, 0), 1);
        assertEq(m.featureCount(0, 1), type(uint32).max);
        assertEq(m.featureCount(0, 2), 0, "no carry into the next lane");
        (uint64 s0, uint64 t0) = m.classInfo(0);
        assertEq(s0, 2);
        assertEq(t0, uint64(type(uint32).max) + 1);
    }
}
