// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {Lanes} from "../../src/models/Lanes.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Arr} from "./Arr.sol";
import {ClassifierLifecycleTest} from "./ClassifierLifecycle.sol";
import {Pack} from "./Pack.sol";
import {StepSchedule} from "../../src/models/StepSchedule.sol";

contract SparsePerceptronTest is ClassifierLifecycleTest {
    /// @dev Ten weights: three words, the last with two unused lanes.
    uint64 internal constant FEATURES = 10;
    uint64 internal constant MAX = 6;
    int64 internal constant INTERCEPT = -2e9;
    int64 internal constant RATE = 5e8;

    SparsePerceptron internal perceptron;

    function _weights() internal pure returns (int64[] memory w) {
        w = new int64[](FEATURES);
        (w[0], w[1], w[2], w[3], w[4]) = (3e9, -1e9, 5e8, -25e8, 0);
        (w[5], w[6], w[7], w[8], w[9]) = (7e9, -4e9, 1, -1, 2e9);
    }

    function _deploy(address trainer_) internal override returns (Classifier) {
        perceptron = new SparsePerceptron(
            trainer_, _expectedNames(), FEATURES, MAX, INTERCEPT, RATE, 0, 0, Pack.int64Words(_weights())
        );
        return perceptron;
    }

    function _setWords(uint256 firstWord, uint256[] memory words) internal override {
        perceptron.setWeightWords(firstWord, words);
    }

    function _numWords() internal pure override returns (uint256) {
        return 3;
    }

    function _validSample() internal pure override returns (int64[] memory) {
        return Arr.i64(0, 3, 9);
    }

    function _expectedNames() internal pure override returns (string[] memory) {
        return Arr.strings("Negative", "Positive");
    }

    function _train(int64[] memory sample, uint64 label) internal {
        vm.prank(trainer);
        perceptron.update(sample, label);
    }

    function _assertWeights(int64[] memory expected) internal view {
        for (uint256 i; i < expected.length; ++i) {
            assertEq(perceptron.weight(i), expected[i], string.concat("weight ", vm.toString(i)));
        }
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_storesParameters() public view {
        assertEq(perceptron.numClasses(), 2);
        assertEq(perceptron.numFeatures(), FEATURES);
        assertEq(perceptron.maxFeatures(), MAX);
        assertEq(perceptron.intercept(), INTERCEPT);
        assertEq(perceptron.learningRate(), RATE);
    }

    function test_constructor_writesFirstWords() public view {
        _assertWeights(_weights());
        // The two lanes past the last feature stay zero.
        assertEq(perceptron.weight(10), 0);
        assertEq(perceptron.weight(11), 0);
    }

    function test_constructor_leavesLaterWordsZero() public {
        uint256[] memory first = Arr.u256(Pack.int64Word(1, 2, 3, 4));
        SparsePerceptron p = new SparsePerceptron(trainer, _expectedNames(), FEATURES, MAX, 0, RATE, 0, 0, first);
        assertEq(p.weight(3), 4);
        for (uint256 f = 4; f < FEATURES; ++f) {
            assertEq(p.weight(f), 0);
        }
    }

    function test_constructor_revertsWithoutClasses() public {
        vm.expectRevert(Classifier.NoClasses.selector);
        new SparsePerceptron(trainer, new string[](0), FEATURES, MAX, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsWithOneClass() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, 1, 2));
        new SparsePerceptron(trainer, Arr.names(1), FEATURES, MAX, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsWithThreeClasses() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, 3, 2));
        new SparsePerceptron(trainer, Arr.names(3), FEATURES, MAX, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsOnZeroFeatures() public {
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new SparsePerceptron(trainer, _expectedNames(), 0, MAX, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsOnZeroMaxFeatures() public {
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new SparsePerceptron(trainer, _expectedNames(), FEATURES, 0, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsOnFeatureIndicesPastInt64() public {
        // Indices are checked as unsigned words below numFeatures, so numFeatures must stay within int64.
        uint64 tooMany = uint64(type(int64).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(Classifier.TooManyFeatureIndices.selector, tooMany, uint256(uint64(type(int64).max)))
        );
        new SparsePerceptron(trainer, _expectedNames(), tooMany, MAX, 0, RATE, 0, 0, Arr.u256());
        SparsePerceptron p =
            new SparsePerceptron(trainer, _expectedNames(), tooMany - 1, MAX, 0, RATE, 0, 0, Arr.u256());
        assertEq(p.predict(Arr.i64(type(int64).max - 1)), 0);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, type(int64).max, tooMany - 1));
        p.predict(Arr.i64(type(int64).max));
    }

    function test_constructor_revertsOnNonPositiveLearningRate() public {
        int64[3] memory rates = [int64(0), -1, type(int64).min];
        for (uint256 i; i < rates.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidLearningRate.selector, rates[i]));
            new SparsePerceptron(trainer, _expectedNames(), FEATURES, MAX, 0, rates[i], 0, 0, Arr.u256());
        }
    }

    function test_constructor_revertsWhenFirstWordsRunPastLastWord() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, 3, 3));
        new SparsePerceptron(trainer, _expectedNames(), FEATURES, MAX, 0, RATE, 0, 0, Arr.zeros(4));
    }

    // ---------------------------------------------------------------- weights

    function test_weight_readsEachLaneAsTwosComplement() public {
        perceptron.setWeightWords(1, Arr.u256(Pack.int64Word(type(int64).min, -1, type(int64).max, 1)));
        assertEq(perceptron.weight(4), type(int64).min);
        assertEq(perceptron.weight(5), -1);
        assertEq(perceptron.weight(6), type(int64).max);
        assertEq(perceptron.weight(7), 1);
    }

    function test_setWeightWords_writesOnlyTheGivenWords() public {
        perceptron.setWeightWords(1, Arr.u256(Pack.int64Word(10, 20, 30, 40)));
        int64[] memory expected = _weights();
        (expected[4], expected[5], expected[6], expected[7]) = (10, 20, 30, 40);
        _assertWeights(expected);
    }

    function test_setWeightWords_overwritesEarlierWords() public {
        perceptron.setWeightWords(0, Arr.u256(Pack.int64Word(1, 1, 1, 1), Pack.int64Word(2, 2, 2, 2)));
        perceptron.setWeightWords(1, Arr.u256(Pack.int64Word(-3, -3, -3, -3)));
        assertEq(perceptron.weight(3), 1);
        assertEq(perceptron.weight(4), -3);
        assertEq(perceptron.weight(8), -1);
    }

    // ---------------------------------------------------------------- score and predict

    function test_score_isInterceptPlusListedWeights() public view {
        // -2 + 3 + 7 + 2 = 10
        assertEq(perceptron.score(Arr.i64(0, 5, 9)), 10e9);
        // -2 - 2.5 - 4 + 1e-9 = -8.499999999
        assertEq(perceptron.score(Arr.i64(3, 6, 7)), -8_499_999_999);
    }

    function test_score_ofEmptySampleIsIntercept() public view {
        assertEq(perceptron.score(Arr.i64()), INTERCEPT);
    }

    function test_score_revertsOnTooManyFeatures() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        perceptron.score(Arr.range(0, MAX + 1));
    }

    function test_predict_isOneOnlyForPositiveScore() public view {
        assertEq(perceptron.predict(Arr.i64(0, 1)), 0, "score 0 is class 0");
        assertEq(perceptron.predict(Arr.i64(0, 1, 7)), 1, "score +1e-9 is class 1");
        assertEq(perceptron.predict(Arr.i64(0, 1, 8)), 0, "score -1e-9 is class 0");
        assertEq(perceptron.predict(Arr.i64()), 0, "empty: intercept -2");
    }

    function test_predict_acceptsExactlyMaxFeatures() public view {
        // -2 + 3 - 1 + 0.5 - 2.5 + 0 + 7 = 5
        assertEq(perceptron.predict(Arr.range(0, MAX)), 1);
    }

    function test_predict_revertsOnTooManyFeatures() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        perceptron.predict(Arr.filled(0, MAX + 1));
    }

    function test_predict_revertsOnNegativeIndex() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-2), FEATURES));
        perceptron.predict(Arr.i64(0, -2));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, type(int64).min, FEATURES));
        perceptron.predict(Arr.i64(type(int64).min));
    }

    /// @dev Regression (fixed in a4d98e5): score()'s assembly loop once marked "no bad index"
    /// with type(uint256).max, which is exactly how index -1 is ABI-encoded, so -1 stopped the loop without a
    /// revert and predict answered from the entries before it.
    function test_predict_revertsOnIndexMinusOne() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), FEATURES));
        perceptron.predict(Arr.i64(0, -1));
    }

    /// @dev Regression (see the predict twin): update() trusts score() to have checked every index, so a sample
    /// holding -1 was learned, writing weight "-1": lane 3 of slot WEIGHTS + (2^256 - 1) / 4, far outside the
    /// weight region.
    function test_update_revertsOnIndexMinusOne() public {
        _seal();
        int64[] memory sample = Arr.i64(3, -1); // score -2 - 2.5 = -4.5: predicts 0, so label 1 is learned
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-1), FEATURES));
        perceptron.update(sample, 1);
    }

    /// @dev An entry that is not a sign-extended int64 (only raw calldata can hold one) is no feature either; the
    /// error reports it cut to 64 bits.
    function test_predict_revertsOnMalformedIndex() public {
        bytes memory data = abi.encodeCall(SparsePerceptron.predict, (Arr.i64(0, 1)));
        _setCalldataElement(data, 0, 1, (1 << 64) + 3); // reads as 3 once cut to int64
        (bool ok, bytes memory ret) = address(perceptron).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(3), FEATURES));
    }

    function test_predict_revertsOnIndexPastLastFeature() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(10), FEATURES));
        perceptron.predict(Arr.i64(10));
        // Index 11 is a stored (padding) lane, but not a feature.
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(11), FEATURES));
        perceptron.predict(Arr.i64(11));
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, type(int64).max, FEATURES));
        perceptron.predict(Arr.i64(type(int64).max));
    }

    // ---------------------------------------------------------------- update

    function test_update_movesListedWeightsUpWhenClassOneWasMissed() public {
        _seal();
        int64[] memory sample = Arr.i64(3, 6); // -2 - 2.5 - 4 = -8.5: predicts 0
        assertEq(perceptron.predict(sample), 0);
        _train(sample, 1);
        int64[] memory expected = _weights();
        expected[3] += RATE;
        expected[6] += RATE;
        _assertWeights(expected);
        assertEq(perceptron.intercept(), INTERCEPT);
        assertEq(perceptron.score(sample), -7.5e9);
    }

    function test_update_movesListedWeightsDownWhenClassZeroWasMissed() public {
        _seal();
        int64[] memory sample = Arr.i64(0, 5); // -2 + 3 + 7 = 8: predicts 1
        _train(sample, 0);
        int64[] memory expected = _weights();
        expected[0] -= RATE;
        expected[5] -= RATE;
        _assertWeights(expected);
        assertEq(perceptron.intercept(), INTERCEPT);
    }

    function test_update_leavesWeightsWhenPredictionIsRight() public {
        _seal();
        _train(Arr.i64(0, 5), 1);
        _train(Arr.i64(3, 6), 0);
        _train(Arr.i64(0, 1), 0); // score exactly 0 is class 0: right
        _assertWeights(_weights());
    }

    function test_update_stopsOnceThePredictionIsRight() public {
        _seal();
        int64[] memory sample = Arr.i64(3, 6); // each wrong update raises the score by 2 * 0.5 = 1
        for (uint256 i; i < 20; ++i) {
            _train(sample, 1);
        }
        // -8.5 + 9 * 1 = 0.5 > 0 after nine updates; the other eleven change nothing.
        assertEq(perceptron.weight(3), -25e8 + 9 * RATE);
        assertEq(perceptron.weight(6), -4e9 + 9 * RATE);
        assertEq(perceptron.score(sample), 5e8);
    }

    function test_update_revertsOnTooManyFeatures() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, MAX + 1, MAX));
        perceptron.update(Arr.range(0, MAX + 1), 1);
    }

    function test_update_revertsOnIndexOutOfRange() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(-2), FEATURES));
        perceptron.update(Arr.i64(3, -2), 1);
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, int64(10), FEATURES));
        perceptron.update(Arr.i64(3, 10), 1);
        _assertWeights(_weights());
    }

    /// @dev `int64` weights do not saturate or wrap: an update past the lane's range reverts (only reachable from
    /// weights set next to the `int64` limits).
    function test_update_revertsWhenWeightWouldLeaveInt64() public {
        perceptron.setWeightWords(0, Arr.u256(Pack.int64Word(type(int64).max - 1, type(int64).min, 0, 0)));
        _seal();
        // score = -2 + (2^63 - 2) - 2^63 < 0, so label 1 is a mistake and weight 0 must rise past 2^63 - 1.
        vm.prank(trainer);
        vm.expectRevert(Lanes.LaneOverflow.selector);
        perceptron.update(Arr.i64(0, 1), 1);
        // And down: score = -2 + (-2^63 + 1) + (2^63 - 2) + (2^63 - 1) > 0, so label 0 is a mistake and weight 1
        // must fall below -2^63.
        uint256[] memory words = Arr.u256(Pack.int64Word(type(int64).max - 1, type(int64).min + 1, type(int64).max, 0));
        perceptron = new SparsePerceptron(trainer, _expectedNames(), FEATURES, MAX, INTERCEPT, RATE, 0, 0, words);
        vm.prank(trainer);
        vm.expectRevert(Lanes.LaneOverflow.selector);
        perceptron.update(Arr.i64(0, 1, 2), 0);
        assertEq(perceptron.weight(1), type(int64).min + 1);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev At most `length` distinct features in increasing order.
    function _randomSample(uint256 seed, uint256 length) internal pure returns (int64[] memory sample) {
        sample = new int64[](length);
        for (uint256 i; i < length; ++i) {
            sample[i] = int64(uint64(uint256(keccak256(abi.encode(seed, i))) % FEATURES));
        }
        sample = Arr.sortedUnique(sample);
    }

    function testFuzz_score_isInterceptPlusSumOfPackedLanes(uint256[3] memory words, uint256 seed, uint256 length)
        public
    {
        uint256[] memory w = new uint256[](3);
        (w[0], w[1], w[2]) = (words[0], words[1], words[2]);
        perceptron.setWeightWords(0, w);
        int64[] memory sample = _randomSample(seed, bound(length, 0, MAX));
        int256 expected = INTERCEPT;
        for (uint256 i; i < sample.length; ++i) {
            uint256 f = uint64(sample[i]);
            expected += Pack.int64At(words[f / 4], f % 4);
        }
        assertEq(perceptron.score(sample), expected);
        assertEq(perceptron.predict(sample), expected > 0 ? 1 : 0);
        for (uint256 f; f < 12; ++f) {
            assertEq(perceptron.weight(f), Pack.int64At(words[f / 4], f % 4));
        }
    }

    function testFuzz_update_movesWeightsByRateOnlyWhenWrong(
        int64 intercept,
        int64 rate,
        int64[10] memory weights,
        uint256 seed,
        uint256 length,
        bool label
    ) public {
        // Weights and rate well inside int64, so no update can leave the lane; the intercept is any int64.
        rate = int64(bound(rate, 1, 1e12));
        int64[] memory before = new int64[](FEATURES);
        for (uint256 i; i < FEATURES; ++i) {
            before[i] = int64(bound(weights[i], -(1 << 40), 1 << 40));
        }
        SparsePerceptron p = new SparsePerceptron(
            trainer, _expectedNames(), FEATURES, MAX, intercept, rate, 0, 0, Pack.int64Words(before)
        );
        _seal();
        int64[] memory sample = _randomSample(seed, bound(length, 0, MAX));
        uint64 y = label ? 1 : 0;
        bool wrong = p.predict(sample) != y;

        vm.prank(trainer);
        p.update(sample, y);

        for (uint256 f; f < FEATURES; ++f) {
            int64 moved = before[f];
            if (wrong) {
                for (uint256 i; i < sample.length; ++i) {
                    if (uint64(sample[i]) == f) moved += label ? rate : -rate;
                }
            }
            assertEq(p.weight(f), moved);
        }
        assertEq(p.intercept(), intercept);
        assertEq(p.learningRate(), rate);
    }

    function testFuzz_setWeightWords_roundTripsAnyWords(uint256 firstWord, uint256[3] memory words, uint256 count)
        public
    {
        firstWord = bound(firstWord, 0, 2);
        count = bound(count, 0, 3 - firstWord);
        uint256[] memory chunk = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            chunk[i] = words[i];
        }
        perceptron.setWeightWords(firstWord, chunk);
        int64[] memory original = _weights();
        for (uint256 f; f < FEATURES; ++f) {
            uint256 w = f / 4;
            int64 expected =
                w >= firstWord && w < firstWord + count ? Pack.int64At(words[w - firstWord], f % 4) : original[f];
            assertEq(perceptron.weight(f), expected);
        }
    }

    function testFuzz_predict_revertsOnAnyIndexOutsideRange(int64 index) public {
        if (index >= 0 && index < int64(FEATURES)) index = index - int64(FEATURES);
        vm.expectRevert(abi.encodeWithSelector(Classifier.FeatureOutOfRange.selector, index, FEATURES));
        perceptron.predict(Arr.i64(1, index));
    }

    function testFuzz_predict_revertsOnAnyLengthOverMax(uint256 length) public {
        length = bound(length, MAX + 1, 4 * MAX);
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyFeatures.selector, length, MAX));
        perceptron.predict(new int64[](length));
    }

    // ---------------------------------------------------------------- sample form

    /// @dev A sample lists each feature once, in increasing order: "great" written 500 times must not weigh 500
    /// times "great" once.
    function test_predict_revertsOnRepeatedIndex() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        perceptron.predict(Arr.i64(3, 3));
    }

    function test_score_revertsOnDecreasingIndices() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 2));
        perceptron.score(Arr.i64(0, 5, 4));
    }

    function test_update_revertsOnRepeatedIndexAndLeavesWeights() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 2));
        perceptron.update(Arr.i64(1, 5, 5), 1);
        _assertWeights(_weights());
    }

    /// @dev Any in-range sample: score reverts exactly when the indices are not strictly increasing, naming the
    /// first position that is not above its predecessor.
    function testFuzz_score_acceptsExactlyStrictlyIncreasingIndices(uint256 seed, uint8 length) public view {
        int64[] memory data = new int64[](bound(length, 0, MAX));
        for (uint256 i; i < data.length; ++i) {
            data[i] = int64(uint64(uint256(keccak256(abi.encode(seed, i))) % FEATURES));
        }
        uint256 firstBad = type(uint256).max;
        for (uint256 i = 1; i < data.length; ++i) {
            if (data[i] <= data[i - 1]) {
                firstBad = i;
                break;
            }
        }
        (bool ok, bytes memory ret) = address(perceptron).staticcall(abi.encodeCall(perceptron.score, (data)));
        if (firstBad == type(uint256).max) {
            assertTrue(ok, "a strictly increasing sample must score");
        } else {
            assertFalse(ok, "an unordered sample must revert");
            assertEq(ret, abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, firstBad));
        }
    }
}
