// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Classifier} from "../../src/models/Classifier.sol";
import {NaiveBayes} from "../../src/models/NaiveBayes.sol";
import {Arr} from "./Arr.sol";
import {ImdbLikeNaiveBayes as Imdb} from "./ImdbLikeNaiveBayes.sol";
import {RefMath} from "./RefMath.sol";

/// @title NaiveBayesAnchorTest
/// @notice The gas-anchor naive Bayes model (1,000 features, counts in the thousands, totals ~935,000) must rank
/// classes as a floating-point log-probability computation does, including on samples where the answer is
/// class 1 (0xDeCA10B's integer products reached 0 there and it always answered class 0) and on near ties.
/// @dev Expected classes were computed offline with this script, run from the project root; it ranks by float
/// log-probabilities and asserts exact rational products agree:
///
///     python3 - <<'PY'
///     import json, math, re
///     from fractions import Fraction
///     m = json.load(open('../shared/anchors/gas-models/imdb-like-naive-bayes.json'))
///     V, a, prior = m['totalNumFeatures'], m['smoothingFactor'], m['classCounts']
///     counts = [dict(map(tuple, fc)) for fc in m['featureCounts']]
///     totals = [sum(c.values()) for c in counts]
///     def log_p(c, x):
///         return math.log(prior[c]) + sum(math.log((counts[c].get(f, 0) + a) / (totals[c] + a * V)) for f in x)
///     def exact_p(c, x):
///         p = Fraction(prior[c])
///         for f in x:
///             p *= Fraction(counts[c].get(f, 0) + a, totals[c] + a * V)
///         return p
///     def best(x):
///         lp = [log_p(c, x) for c in (0, 1)]
///         ep = [exact_p(c, x) for c in (0, 1)]
///         assert (lp[1] > lp[0]) == (ep[1] > ep[0])
///         return int(lp[1] > lp[0]), lp[1] - lp[0]
///     src = open('solidity/test/models/NaiveBayesAnchor.t.sol').read()
///     samples = {name: [int(v) for v in ''.join(re.findall(r'"([0-9,]+)"', body)).split(',')] for name, body
///                in re.findall(r'string internal constant (\w+) =((?:\s*"[0-9,]+")+);', src)}
///     for name, x in samples.items():
///         print(name, len(x), *best(x))
///     gas = samples['GAS']
///     for k in range(1, 81):   # teach the gas sample as class 1, k times
///         prior[1] += 1; totals[1] += len(gas)
///         for f in gas: counts[1][f] = counts[1].get(f, 0) + 1
///         if k in (79, 80): print('after', k, 'updates:', *best(gas))
///     PY
///
/// Its output (class, log P(1) - log P(0)):
///     GAS 20: 0 -2.1119          POS_40: 1 +2.1435        NEG_40: 0 -3.0884       POS_60: 1 +3.0452
///     POS_100: 1 +2.6359         NEG_100: 0 -1.6131       NEAR_TIE_0: 0 -6.2354e-06
///     NEAR_TIE_1: 1 +3.0652e-05  after 79 updates: 0 -0.0070160   after 80 updates: 1 +0.0165874
contract NaiveBayesAnchorTest is Test {
    /// @dev The anchors' sparse sample (upstream-gas.md).
    string internal constant GAS = "1,2,3,14,15,26,37,48,59,110,111,112,213,314,515,616,717,818,919,920";
    string internal constant POS_40 = "61,64,99,105,120,136,147,185,192,210,254,296,306,315,321,370,381,429,437,"
        "464,476,508,544,553,560,570,573,577,584,595,599,633,654,696,698,729,795,835,879,945";
    string internal constant NEG_40 = "38,47,49,50,59,60,63,71,74,88,92,96,126,154,219,226,228,246,331,374,404,"
        "406,428,434,444,519,548,564,579,590,596,599,642,645,666,840,846,931,970,999";
    string internal constant POS_60 = "28,29,82,93,104,171,198,199,204,225,228,232,245,265,267,286,305,337,352,"
        "357,364,373,375,410,457,481,483,504,514,530,540,545,554,619,627,651,658,709,712,740,748,757,776,790,797,"
        "807,809,822,825,827,830,837,865,873,884,930,959,977,979,997";
    string internal constant POS_100 = "11,17,18,37,40,44,51,58,65,68,74,85,86,90,91,107,112,115,124,132,152,165,"
        "182,185,187,206,210,227,234,244,256,264,266,268,270,271,274,275,276,277,278,285,296,302,312,319,334,339,"
        "347,355,393,415,427,432,435,456,464,506,512,524,527,529,539,543,549,566,584,622,636,638,643,649,688,692,"
        "704,717,726,773,777,797,807,818,820,822,838,839,869,876,883,897,916,927,933,940,941,968,975,978,983,999";
    string internal constant NEG_100 = "1,3,5,14,15,18,35,46,55,56,72,85,86,91,93,108,132,143,147,161,167,187,189,"
        "194,203,205,220,223,235,248,250,251,254,261,269,270,275,285,288,300,315,316,331,336,343,350,355,365,372,"
        "390,402,409,414,441,442,456,457,470,486,506,514,516,517,518,526,559,560,564,600,613,640,651,665,671,672,"
        "674,681,686,704,709,723,746,750,758,794,836,838,852,854,857,861,891,900,903,910,947,957,969,977,992";
    /// @dev Log-probabilities 6.2e-6 apart (class 0 ahead) and 3.1e-5 apart (class 1 ahead).
    string internal constant NEAR_TIE_0 = "41,138,159,203,289,307,324,334,370,375,512,525,706,720,791,793,829,848,"
        "850,943";
    string internal constant NEAR_TIE_1 = "37,62,128,177,230,240,257,273,298,397,421,439,472,506,626,673,687,746,"
        "879,971";

    address internal trainer = makeAddr("trainer");
    NaiveBayes internal nb;

    function setUp() public {
        // Initialised in two chunks (features 0..499, then 500..999), as a model too big for one transaction is.
        uint256[] memory words = Imdb.countWords();
        uint256 half = Imdb.NUM_WORDS / 2;
        nb = new NaiveBayes(
            trainer,
            Imdb.names(),
            Imdb.NUM_FEATURES,
            Imdb.NUM_FEATURES,
            Imdb.SMOOTHING,
            Imdb.classCounts(),
            Arr.slice(words, 0, half)
        );
        nb.setCountWords(half, Arr.slice(words, half, half));
        vm.etch(trainer, hex"00"); // the trainer is deployed: the model is sealed
    }

    function test_fixture_matchesJsonTotalsAndCounts() public view {
        (uint64 s0, uint64 t0) = nb.classInfo(0);
        (uint64 s1, uint64 t1) = nb.classInfo(1);
        assertEq(s0, 12_500);
        assertEq(s1, 12_500);
        assertEq(t0, Imdb.TOTAL_NEGATIVE);
        assertEq(t1, Imdb.TOTAL_POSITIVE);
        // First and last entries of each class in the JSON.
        assertEq(nb.featureCount(0, 0), 19_072);
        assertEq(nb.featureCount(0, 1), 23_975);
        assertEq(nb.featureCount(0, 999), 147);
        assertEq(nb.featureCount(1, 0), 24_762);
        assertEq(nb.featureCount(1, 1), 15_270);
        assertEq(nb.featureCount(1, 999), 128);
    }

    function test_predict_gasSampleIsNegative() public view {
        assertEq(nb.predict(Arr.parse(GAS)), 0);
    }

    function test_predict_fortyFeatureSamples() public view {
        assertEq(nb.predict(Arr.parse(POS_40)), 1);
        assertEq(nb.predict(Arr.parse(NEG_40)), 0);
    }

    function test_predict_sixtyFeaturePositiveSample() public view {
        assertEq(nb.predict(Arr.parse(POS_60)), 1);
    }

    function test_predict_hundredFeatureSamples() public view {
        assertEq(nb.predict(Arr.parse(POS_100)), 1);
        assertEq(nb.predict(Arr.parse(NEG_100)), 0);
    }

    function test_predict_nearTiesFollowTheExactRanking() public view {
        assertEq(nb.predict(Arr.parse(NEAR_TIE_0)), 0);
        assertEq(nb.predict(Arr.parse(NEAR_TIE_1)), 1);
    }

    /// @dev A sample lists each word once, in increasing order: the same words in another order are refused.
    function test_predict_refusesTheSampleReversed() public {
        int64[] memory x = Arr.parse(POS_40);
        int64[] memory reversed = new int64[](x.length);
        for (uint256 i; i < x.length; ++i) {
            reversed[i] = x[x.length - 1 - i];
        }
        vm.expectRevert(abi.encodeWithSelector(Classifier.IndicesNotIncreasing.selector, 1));
        nb.predict(reversed);
    }

    /// @dev 0xDeCA10B's way: `samples * 1e9` times each smoothed ratio in integers. On these counts it reaches 0
    /// for both classes within a dozen features, so it could only answer class 0.
    function test_predict_answersClassOneWhereIntegerProductsAreZero() public view {
        int64[] memory x = Arr.parse(POS_40);
        for (uint256 c; c < 2; ++c) {
            (uint64 samples, uint64 total) = nb.classInfo(c);
            uint256 p = uint256(samples) * 1e9;
            uint256 den = uint256(total) * 1e9 + uint256(Imdb.SMOOTHING) * Imdb.NUM_FEATURES;
            for (uint256 i; i < x.length; ++i) {
                p = p * (uint256(nb.featureCount(c, uint64(x[i]))) * 1e9 + Imdb.SMOOTHING) / den;
            }
            assertEq(p, 0);
        }
        assertEq(nb.predict(x), 1);
    }

    function test_update_teachingGasSampleAsPositiveFlipsItAfter80Updates() public {
        int64[] memory gas = Arr.parse(GAS);
        for (uint256 k = 1; k <= 80; ++k) {
            vm.prank(trainer);
            nb.update(gas, 1);
            if (k == 79) assertEq(nb.predict(gas), 0, "after 79 updates");
        }
        assertEq(nb.predict(gas), 1, "after 80 updates");
        (uint64 s1, uint64 t1) = nb.classInfo(1);
        assertEq(s1, 12_580);
        assertEq(t1, Imdb.TOTAL_POSITIVE + 80 * 20);
        assertEq(nb.featureCount(1, 1), 15_270 + 80);
        (uint64 s0, uint64 t0) = nb.classInfo(0);
        assertEq(s0, 12_500, "class 0 untouched");
        assertEq(t0, Imdb.TOTAL_NEGATIVE, "class 0 untouched");
    }

    /// @dev Random samples (repeats allowed) of up to 200 features: the prediction ranks first under the
    /// reference log2-likelihood (RefMath, 64 fractional bits) whenever the classes are more than 2^-40 apart.
    function testFuzz_predict_agreesWithLogLikelihoodReference(uint256 seed, uint256 length) public view {
        length = bound(length, 0, 200);
        int64[] memory x = new int64[](length);
        for (uint256 i; i < length; ++i) {
            x[i] = int64(uint64(uint256(keccak256(abi.encode(seed, i))) % Imdb.NUM_FEATURES));
        }
        x = Arr.sortedUnique(x);
        length = x.length;
        int256[2] memory score;
        for (uint256 c; c < 2; ++c) {
            (uint64 samples, uint64 total) = nb.classInfo(c);
            int256 den = RefMath.log2(uint256(total) * 1e9 + uint256(Imdb.SMOOTHING) * Imdb.NUM_FEATURES);
            score[c] = RefMath.log2(samples);
            for (uint256 i; i < length; ++i) {
                uint256 count = nb.featureCount(c, uint64(x[i]));
                score[c] += RefMath.log2(count * 1e9 + Imdb.SMOOTHING) - den;
            }
        }
        int256 margin = score[1] - score[0];
        uint64 predicted = nb.predict(x);
        if (margin > 1 << 24) assertEq(predicted, 1);
        if (margin < -(1 << 24)) assertEq(predicted, 0);
    }
}
