// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {DensePerceptron} from "../../src/models/DensePerceptron.sol";
import {Lanes} from "../../src/models/Lanes.sol";
import {Arr} from "./Arr.sol";
import {ClassifierLifecycleTest} from "./ClassifierLifecycle.sol";
import {Pack} from "./Pack.sol";
import {StepSchedule} from "../../src/models/StepSchedule.sol";

contract DensePerceptronTest is ClassifierLifecycleTest {
    /// @dev Five weights: three words, the last with one unused lane.
    uint64 internal constant FEATURES = 5;
    int128 internal constant INTERCEPT = -1e9;
    int64 internal constant RATE = 3e8;

    DensePerceptron internal perceptron;

    function _weights() internal pure returns (int128[] memory w) {
        w = new int128[](FEATURES);
        (w[0], w[1], w[2], w[3], w[4]) = (2e9, -1e9, 5e8, 0, -3e9);
    }

    function _deploy(address trainer_) internal override returns (Classifier) {
        perceptron = new DensePerceptron(
            trainer_, _expectedNames(), FEATURES, INTERCEPT, RATE, 0, 0, Pack.int128Words(_weights())
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
        return Arr.i64(1e9, 0, -5e8, 0, 2e8);
    }

    function _expectedNames() internal pure override returns (string[] memory) {
        return Arr.strings("BIKING", "RUNNING");
    }

    function _train(int64[] memory sample, uint64 label) internal {
        vm.prank(trainer);
        perceptron.update(sample, label);
    }

    function _assertWeights(int128[] memory expected) internal view {
        for (uint256 i; i < expected.length; ++i) {
            assertEq(perceptron.weight(i), expected[i], string.concat("weight ", vm.toString(i)));
        }
    }

    /// @dev `intercept * 1e9 + sum of w[i] * x[i]`, 1e18 units.
    function _score(int128 intercept, int128[] memory w, int64[] memory x) internal pure returns (int256 s) {
        s = int256(intercept) * 1e9;
        for (uint256 i; i < x.length; ++i) {
            s += int256(w[i]) * int256(x[i]);
        }
    }

    /// @dev `rate * x / 1e9` rounded towards zero, worked out on magnitudes.
    function _step(int256 rate, int256 x) internal pure returns (int256) {
        int256 product = rate * x;
        uint256 magnitude = uint256(product < 0 ? -product : product) / 1e9;
        return product < 0 ? -int256(magnitude) : int256(magnitude);
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_storesParameters() public view {
        assertEq(perceptron.numClasses(), 2);
        assertEq(perceptron.numFeatures(), FEATURES);
        assertEq(perceptron.maxFeatures(), FEATURES, "a dense sample has exactly numFeatures entries");
        assertEq(perceptron.intercept(), INTERCEPT);
        assertEq(perceptron.learningRate(), RATE);
        _assertWeights(_weights());
        assertEq(perceptron.weight(5), 0, "unused lane");
    }

    function test_constructor_leavesLaterWordsZero() public {
        DensePerceptron p =
            new DensePerceptron(trainer, _expectedNames(), FEATURES, 0, RATE, 0, 0, Arr.u256(Pack.int128Word(-7, 7)));
        assertEq(p.weight(0), -7);
        assertEq(p.weight(1), 7);
        for (uint256 f = 2; f < FEATURES; ++f) {
            assertEq(p.weight(f), 0);
        }
    }

    function test_constructor_revertsWithoutClasses() public {
        vm.expectRevert(Classifier.NoClasses.selector);
        new DensePerceptron(trainer, new string[](0), FEATURES, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsUnlessTwoClasses() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, 1, 2));
        new DensePerceptron(trainer, Arr.names(1), FEATURES, 0, RATE, 0, 0, Arr.u256());
        vm.expectRevert(abi.encodeWithSelector(Classifier.TooManyClasses.selector, 3, 2));
        new DensePerceptron(trainer, Arr.names(3), FEATURES, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsOnZeroFeatures() public {
        vm.expectRevert(Classifier.ZeroFeatures.selector);
        new DensePerceptron(trainer, _expectedNames(), 0, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsOnFeatureIndicesPastInt64() public {
        uint64 tooMany = uint64(type(int64).max) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(Classifier.TooManyFeatureIndices.selector, tooMany, uint256(uint64(type(int64).max)))
        );
        new DensePerceptron(trainer, _expectedNames(), tooMany, 0, RATE, 0, 0, Arr.u256());
    }

    function test_constructor_revertsOnNonPositiveLearningRate() public {
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidLearningRate.selector, int64(0)));
        new DensePerceptron(trainer, _expectedNames(), FEATURES, 0, 0, 0, 0, Arr.u256());
        vm.expectRevert(abi.encodeWithSelector(StepSchedule.InvalidLearningRate.selector, int64(-3e8)));
        new DensePerceptron(trainer, _expectedNames(), FEATURES, 0, -3e8, 0, 0, Arr.u256());
    }

    function test_constructor_revertsWhenFirstWordsRunPastLastWord() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WordOutOfRange.selector, 3, 3));
        new DensePerceptron(trainer, _expectedNames(), FEATURES, 0, RATE, 0, 0, Arr.zeros(4));
    }

    // ---------------------------------------------------------------- weights

    function test_weight_readsBothLanesAsTwosComplement() public {
        perceptron.setWeightWords(1, Arr.u256(Pack.int128Word(type(int128).min, type(int128).max)));
        assertEq(perceptron.weight(2), type(int128).min);
        assertEq(perceptron.weight(3), type(int128).max);
        assertEq(perceptron.weight(1), -1e9, "neighbouring word untouched");
        assertEq(perceptron.weight(4), -3e9, "neighbouring word untouched");
    }

    function test_setWeightWords_writesOnlyTheGivenWords() public {
        perceptron.setWeightWords(2, Arr.u256(Pack.int128Word(11, 99)));
        int128[] memory expected = _weights();
        expected[4] = 11;
        _assertWeights(expected);
        assertEq(perceptron.weight(5), 99);
    }

    // ---------------------------------------------------------------- score and predict

    function test_score_isScaledInterceptPlusDotProduct() public view {
        // -1 + 2*1 + (-1)*0 + 0.5*(-0.5) + 0*0 + (-3)*0.2 = -1 + 2 - 0.25 - 0.6 = 0.15, in 1e18 units
        assertEq(perceptron.score(Arr.i64(1e9, 0, -5e8, 0, 2e8)), 0.15e18);
        assertEq(perceptron.score(new int64[](FEATURES)), -1e18, "zero sample scores the intercept");
    }

    function test_score_doesNotOverflowAtTheExtremes() public {
        int128[] memory w = new int128[](FEATURES);
        for (uint256 i; i < FEATURES; ++i) {
            w[i] = type(int128).min;
        }
        DensePerceptron p =
            new DensePerceptron(trainer, _expectedNames(), FEATURES, type(int128).min, RATE, 0, 0, Pack.int128Words(w));
        int64[] memory x = Arr.filled(type(int64).min, FEATURES);
        assertEq(p.score(x), _score(type(int128).min, w, x));
        assertGt(p.score(x), 0);
        assertEq(p.predict(x), 1);
    }

    function test_predict_isOneOnlyForPositiveScore() public view {
        assertEq(perceptron.predict(Arr.i64(1e9, 1e9, 0, 0, 0)), 0, "-1 + 2 - 1 = 0 is class 0");
        assertEq(perceptron.predict(Arr.i64(1e9, 1e9, 1, 0, 0)), 1, "0 + 0.5 * 1e-9 is class 1");
        assertEq(perceptron.predict(Arr.i64(1e9, 1e9, 0, 0, 1)), 0, "0 - 3 * 1e-9 is class 0");
        assertEq(perceptron.predict(Arr.i64(1e9, 0, 0, 0, 0)), 1);
        assertEq(perceptron.predict(Arr.i64(0, 0, 0, 0, 1e9)), 0);
    }

    function test_predict_revertsOnWrongDimension() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 4, FEATURES));
        perceptron.predict(new int64[](4));
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 6, FEATURES));
        perceptron.predict(new int64[](6));
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 0, FEATURES));
        perceptron.predict(new int64[](0));
    }

    function test_predict_revertsOnMalformedValue() public {
        // An entry that is not a sign-extended int64 can only come from raw calldata.
        bytes memory data = abi.encodeCall(DensePerceptron.predict, (Arr.i64(1, 2, 3, 4, 5)));
        _setCalldataElement(data, 0, 3, type(uint64).max); // 2^64 - 1 without the sign extension of -1
        (bool ok, bytes memory ret) = address(perceptron).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.MalformedValue.selector, 3));
        _setCalldataElement(data, 0, 3, 1 << 63); // 2^63: above int64
        (ok, ret) = address(perceptron).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.MalformedValue.selector, 3));
        _setCalldataElement(data, 0, 3, uint256(int256(type(int64).min))); // properly sign-extended: fine
        (ok,) = address(perceptron).call(data);
        assertTrue(ok);
    }

    function test_update_revertsOnMalformedValue() public {
        _seal();
        // A zero sample scores -1: predicts 0, so label 1 must be learned and every value read.
        bytes memory data = abi.encodeCall(DensePerceptron.update, (new int64[](FEATURES), 1));
        _setCalldataElement(data, 1, 4, 1 << 64);
        vm.prank(trainer);
        (bool ok, bytes memory ret) = address(perceptron).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Classifier.MalformedValue.selector, 4));
        _assertWeights(_weights());
    }

    function test_score_revertsOnWrongDimension() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 6, FEATURES));
        perceptron.score(new int64[](6));
    }

    // ---------------------------------------------------------------- update

    function test_update_addsRateTimesInputWhenClassOneWasMissed() public {
        _seal();
        _train(Arr.i64(0, 0, 0, 0, 1e9), 1); // -1 - 3 < 0: predicted 0
        int128[] memory expected = _weights();
        expected[4] += 3e8;
        _assertWeights(expected);
        assertEq(perceptron.intercept(), INTERCEPT);
    }

    function test_update_truncatesStepsTowardsZero() public {
        _seal();
        int64[] memory x = Arr.i64(-7, 1_000_000_001, 3, 0, 0);
        assertEq(perceptron.predict(x), 0);
        _train(x, 1);
        int128[] memory expected = _weights();
        expected[0] -= 2; // 0.3 * -7e-9 = -2.1e-9: -2, not -3
        expected[1] += 3e8; // 0.3 * 1.000000001 = 0.3000000003: 300000000
        // 0.3 * 3e-9 = 0.9e-9 rounds to 0: weight 2 does not move
        _assertWeights(expected);
    }

    function test_update_subtractsRateTimesInputWhenClassZeroWasMissed() public {
        _seal();
        int64[] memory x = Arr.i64(1e9, 0, 0, 0, -7); // -1 + 2 + 2.1e-8 > 0: predicted 1
        assertEq(perceptron.predict(x), 1);
        _train(x, 0);
        int128[] memory expected = _weights();
        expected[0] -= 3e8;
        expected[4] += 2; // -0.3 * -7e-9 = 2.1e-9: 2
        _assertWeights(expected);
        assertEq(perceptron.intercept(), INTERCEPT);
    }

    function test_update_leavesWeightsWhenPredictionIsRight() public {
        _seal();
        _train(Arr.i64(1e9, 0, 0, 0, 0), 1);
        _train(Arr.i64(0, 0, 0, 0, 1e9), 0);
        _train(Arr.i64(1e9, 1e9, 0, 0, 0), 0); // score exactly 0 is class 0: right
        _assertWeights(_weights());
    }

    function test_update_keepsUnusedLaneOfLastWord() public {
        perceptron.setWeightWords(2, Arr.u256(Pack.int128Word(-3e9, 1234)));
        _seal();
        _train(Arr.i64(0, 0, 0, 0, 1e9), 1);
        assertEq(perceptron.weight(4), -27e8);
        assertEq(perceptron.weight(5), 1234);
    }

    function test_update_revertsOnWrongDimension() public {
        _seal();
        vm.prank(trainer);
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, 4, FEATURES));
        perceptron.update(new int64[](4), 1);
    }

    /// @dev A weight set next to the `int128` limit cannot take a step past it: the update reverts rather than
    /// wrapping (no sequence of updates from sensible weights gets there).
    function test_update_revertsWhenWeightWouldLeaveInt128() public {
        perceptron.setWeightWords(0, Arr.u256(Pack.int128Word(type(int128).max, type(int128).min)));
        _seal();
        int64[] memory x = Arr.i64(1e9, 1e9, 0, 0, 0); // (2^127 - 1) - 2^127 - 1 < 0: predicted 0
        vm.prank(trainer);
        vm.expectRevert(Lanes.LaneOverflow.selector);
        perceptron.update(x, 1);
        assertEq(perceptron.weight(0), type(int128).max);
    }

    // ---------------------------------------------------------------- fuzz

    function _toArray(int128[5] memory a) internal pure returns (int128[] memory b) {
        b = new int128[](5);
        for (uint256 i; i < 5; ++i) {
            b[i] = a[i];
        }
    }

    function _toArray(int64[5] memory a) internal pure returns (int64[] memory b) {
        b = new int64[](5);
        for (uint256 i; i < 5; ++i) {
            b[i] = a[i];
        }
    }

    function testFuzz_score_isScaledInterceptPlusDotProduct(
        int128 intercept,
        int128[5] memory weights,
        int64[5] memory values
    ) public {
        int128[] memory w = _toArray(weights);
        int64[] memory x = _toArray(values);
        DensePerceptron p =
            new DensePerceptron(trainer, _expectedNames(), FEATURES, intercept, RATE, 0, 0, Pack.int128Words(w));
        int256 expected = _score(intercept, w, x);
        assertEq(p.score(x), expected);
        assertEq(p.predict(x), expected > 0 ? 1 : 0);
    }

    function testFuzz_update_movesByTruncatedRateOnlyWhenWrong(
        int128 intercept,
        int64 rate,
        int128[5] memory weights,
        int64[5] memory values,
        bool label
    ) public {
        // One step moves a weight by at most 2^63 * 2^63 / 1e9 < 2^97, so weights this far inside int128
        // take any step; inputs and the intercept are unrestricted.
        rate = int64(bound(rate, 1, 1e12));
        int128 limit = type(int128).max - int128(1 << 97);
        int128[] memory w = new int128[](5);
        for (uint256 i; i < 5; ++i) {
            w[i] = int128(bound(weights[i], -limit, limit));
        }
        int64[] memory x = _toArray(values);
        DensePerceptron p =
            new DensePerceptron(trainer, _expectedNames(), FEATURES, intercept, rate, 0, 0, Pack.int128Words(w));
        _seal();
        uint64 y = label ? 1 : 0;
        bool wrong = (_score(intercept, w, x) > 0 ? 1 : 0) != y;

        vm.prank(trainer);
        p.update(x, y);

        for (uint256 i; i < 5; ++i) {
            int256 expected = w[i];
            if (wrong) expected += _step(label ? int256(rate) : -int256(rate), x[i]);
            assertEq(p.weight(i), expected);
        }
        assertEq(p.intercept(), intercept);
    }

    function testFuzz_setWeightWords_roundTripsAnyWords(uint256[3] memory words) public {
        uint256[] memory w = new uint256[](3);
        (w[0], w[1], w[2]) = (words[0], words[1], words[2]);
        perceptron.setWeightWords(0, w);
        for (uint256 f; f < 6; ++f) {
            assertEq(perceptron.weight(f), Pack.int128At(words[f / 2], f % 2));
        }
    }

    function testFuzz_predict_revertsOnAnyOtherLength(uint256 length) public {
        length = bound(length, 0, 64);
        if (length == FEATURES) length = 0;
        vm.expectRevert(abi.encodeWithSelector(Classifier.WrongDimension.selector, length, FEATURES));
        perceptron.predict(new int64[](length));
    }
}
