// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Classifier} from "./Classifier.sol";
import {IClassifier} from "./IClassifier.sol";
import {Lanes} from "./Lanes.sol";

/// @title NaiveBayes
/// @notice Multinomial naive Bayes over sparse samples: `data` lists feature indices in strictly increasing
/// order, so one index weighs at most 1 in one sample (a binarised bag of words; a repeated index would let one
/// deposit count a word hundreds of times, and reverts `IndicesNotIncreasing`). Predicts the class that maximises
/// `samples[c] * prod over data of (count[c][f] + alpha) / (total[c] + alpha * numFeatures)`, with additive
/// smoothing `alpha = smoothing / 1e9`, the lowest class index on a tie. An update adds the sample's features to
/// its class's counts.
/// @dev 0xDeCA10B multiplied these probabilities in plain integers, which reach 0 after a handful of features.
/// Here each product is a binary floating-point number: an integer mantissa and a power-of-two exponent. The
/// numerator's mantissa stays below 2^160 and, once it has grown, above 2^96; the denominator `total^n` is
/// raised by squaring with 128-bit mantissas. Nothing underflows or overflows for any sample within
/// `maxFeatures`, and the relative error stays near 2^-90 while float64 log-probabilities carry about 2^-45.
/// Counts are `uint32`, eight to a word, feature-major: count `(c, f)` is lane `f * numClasses + c` of the
/// region (see Lanes), so one word read serves every class of a two-class model. A count saturates at 2^32 - 1
/// instead of reverting, so no sequence of additions can make a later valid one fail; with one index per
/// sample at most, a count gets there only after 2^32 - 1 samples of its class list the feature.
contract NaiveBayes is Classifier {
    /// @dev Base slot of the counts: keccak256("sumkit.NaiveBayes.counts") - 1.
    uint256 private constant COUNTS = uint256(keccak256("sumkit.NaiveBayes.counts")) - 1;
    /// @dev Base slot of the class words: samples in the low 64 bits, total feature count in the next 64.
    uint256 private constant CLASSES = uint256(keccak256("sumkit.NaiveBayes.classes")) - 1;

    uint256 private constant MAX_CLASSES = 1 << 16;
    /// @dev Bounds that keep every numerator factor below 2^63 and every total below 2^95.
    uint256 private constant MAX_SMOOTHING = 1 << 40;
    uint256 private constant MAX_VOCABULARY = 1 << 40;

    /// @notice The smoothing added to every count, fixed point (1e9 = Laplace smoothing).
    uint64 public immutable smoothing;

    error InvalidSmoothing(uint64 smoothing);
    error TooManyFeatureKinds(uint64 numFeatures, uint256 max);
    error CountOverflow();

    /// @param trainer_ The address the trainer will be deployed at (see Classifier).
    /// @param names The name of each class.
    /// @param numFeatures_ The vocabulary size; indices run below it.
    /// @param maxFeatures_ The most indices a sample may list.
    /// @param smoothing_ The smoothing, fixed point, positive and at most 2^40.
    /// @param classCounts The number of training samples seen for each class.
    /// @param firstWords Packed count words `0 .. firstWords.length - 1` (more with `setCountWords`).
    constructor(
        address trainer_,
        string[] memory names,
        uint64 numFeatures_,
        uint64 maxFeatures_,
        uint64 smoothing_,
        uint64[] memory classCounts,
        uint256[] memory firstWords
    ) Classifier(trainer_, names, numFeatures_, maxFeatures_, MAX_CLASSES) {
        if (smoothing_ == 0 || smoothing_ > MAX_SMOOTHING) {
            revert InvalidSmoothing(smoothing_);
        }
        if (numFeatures_ > MAX_VOCABULARY) revert TooManyFeatureKinds(numFeatures_, MAX_VOCABULARY);
        if (classCounts.length != names.length) revert LengthMismatch(classCounts.length, names.length);
        smoothing = smoothing_;
        for (uint256 c; c < classCounts.length; ++c) {
            Lanes.setWord(CLASSES, c, classCounts[c]);
        }
        _writeCounts(0, firstWords);
    }

    /// @notice Sets packed count words `firstWord ..` while the model is open; class totals follow.
    /// @param firstWord Index of the first word written.
    /// @param words Eight `uint32` counts per word, lane `f * numClasses + c` holding count `(c, f)`.
    function setCountWords(uint256 firstWord, uint256[] calldata words) external onlyInitialising {
        _writeCounts(firstWord, words);
    }

    /// @notice How often feature `feature` was seen in class `class`.
    function featureCount(uint256 class, uint256 feature) external view returns (uint32) {
        return uint32(Lanes.uint32At(COUNTS, feature * numClasses + class));
    }

    /// @notice The number of samples of class `class`, and the total of its feature counts.
    function classInfo(uint256 class) external view returns (uint64 samples, uint64 totalFeatures) {
        uint256 info = Lanes.word(CLASSES, class);
        return (uint64(info), uint64(info >> 64));
    }

    /// @inheritdoc IClassifier
    function predict(int64[] calldata data) external view override returns (uint64 best) {
        _checkSparseLength(data.length);
        uint256 k = numClasses;
        uint256 smooth = smoothing;
        // Numerators: samples times each smoothed count, as mantissa and exponent per class.
        uint256[] memory num = new uint256[](k);
        uint256[] memory exps = new uint256[](k);
        for (uint256 c; c < k; ++c) {
            num[c] = uint64(Lanes.word(CLASSES, c));
        }
        // The hot loop, reading calldata and storage directly (see Classifier._indexAt for the index check).
        // Factors stay below 2^63 and mantissas below 2^160, so nothing here can overflow; a product at or
        // above 2^160 is below 2^223, and one shift by 64 brings it back.
        uint256 nf = numFeatures;
        uint256 base = COUNTS;
        uint256 bad;
        bool found;
        uint256 unordered = type(uint256).max;
        assembly ("memory-safe") {
            let next := 0
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let f := calldataload(add(data.offset, i))
                if iszero(lt(f, nf)) {
                    bad := f
                    found := 1
                    break
                }
                if lt(f, next) {
                    unordered := shr(5, i)
                    break
                }
                next := add(f, 1)
                let j := mul(f, k)
                for { let c := 0 } lt(c, k) { c := add(c, 1) } {
                    let lane := add(j, c)
                    let count := and(shr(shl(5, and(lane, 7)), sload(add(base, shr(3, lane)))), 0xffffffff)
                    let at := add(num, shl(5, add(c, 1)))
                    let m := mul(mload(at), add(mul(count, 1000000000), smooth))
                    if shr(160, m) {
                        m := shr(64, m)
                        let e := add(exps, shl(5, add(c, 1)))
                        mstore(e, add(mload(e), 64))
                    }
                    mstore(at, m)
                }
            }
        }
        if (found) revert FeatureOutOfRange(int64(int256(bad)), nf);
        if (unordered != type(uint256).max) revert IndicesNotIncreasing(unordered);
        uint256 smoothAll = smooth * numFeatures;
        uint256 bestNum;
        uint256 bestDen;
        int256 bestExp;
        for (uint256 c; c < k; ++c) {
            uint256 total = uint64(Lanes.word(CLASSES, c) >> 64) * uint256(ONE) + smoothAll;
            (uint256 den, uint256 denExp) = _power(total, data.length);
            (uint256 n, uint256 shift) = _normalise(num[c]);
            int256 e = int256(exps[c] + shift) - int256(denExp);
            if (c == 0 || _greater(n, den, e, bestNum, bestDen, bestExp)) {
                (best, bestNum, bestDen, bestExp) = (uint64(c), n, den, e);
            }
        }
    }

    /// @inheritdoc IClassifier
    function update(int64[] calldata data, uint64 label) external override onlyTrainer {
        _checkLabel(label);
        _checkSparseLength(data.length);
        uint256 info = Lanes.word(CLASSES, label);
        uint256 samples = uint256(uint64(info)) + 1;
        uint256 total = uint64(info >> 64) + data.length;
        if (samples > type(uint64).max || total > type(uint64).max) revert CountOverflow();
        uint256 k = numClasses;
        uint256 nf = numFeatures;
        uint256 base = COUNTS;
        uint256 bad;
        bool found;
        uint256 unordered = type(uint256).max;
        uint256 saturated;
        assembly ("memory-safe") {
            let next := 0
            let end := shl(5, data.length)
            for { let i := 0 } lt(i, end) { i := add(i, 0x20) } {
                let f := calldataload(add(data.offset, i))
                if iszero(lt(f, nf)) {
                    bad := f
                    found := 1
                    break
                }
                if lt(f, next) {
                    unordered := shr(5, i)
                    break
                }
                next := add(f, 1)
                let lane := add(mul(f, k), label)
                let slot := add(base, shr(3, lane))
                let shift := shl(5, and(lane, 7))
                let w := sload(slot)
                // Saturate: a full lane stays full rather than carry into its neighbour or revert.
                let full := eq(and(shr(shift, w), 0xffffffff), 0xffffffff)
                saturated := add(saturated, full)
                sstore(slot, add(w, shl(shift, iszero(full))))
            }
        }
        if (found) revert FeatureOutOfRange(int64(int256(bad)), nf);
        if (unordered != type(uint256).max) revert IndicesNotIncreasing(unordered);
        // The total stays the sum of the class's counts: a saturated count added nothing.
        Lanes.setWord(CLASSES, label, samples | ((total - saturated) << 64));
    }

    /// @dev `base^n` as a mantissa below 2^128 and a binary exponent, by squaring. base < 2^95.
    function _power(uint256 base, uint256 n) private pure returns (uint256 m, uint256 exp) {
        m = 1;
        uint256 b = base;
        uint256 bExp;
        while (n != 0) {
            uint256 shift;
            if (n & 1 != 0) {
                (m, shift) = _normalise(m * b);
                exp += shift + bExp;
            }
            n >>= 1;
            if (n != 0) {
                (b, shift) = _normalise(b * b);
                bExp = 2 * bExp + shift;
            }
        }
    }

    /// @dev Keeps a mantissa below 2^128 by dropping low bits; returns how many were dropped.
    function _normalise(uint256 m) private pure returns (uint256, uint256 shift) {
        if (m < 1 << 128) return (m, 0);
        shift = Math.log2(m) - 127;
        return (m >> shift, shift);
    }

    /// @dev Whether `aNum / aDen * 2^aExp > bNum / bDen * 2^bExp`, all mantissas below 2^128.
    function _greater(uint256 aNum, uint256 aDen, int256 aExp, uint256 bNum, uint256 bDen, int256 bExp)
        private
        pure
        returns (bool)
    {
        uint256 left = aNum * bDen;
        uint256 right = bNum * aDen;
        if (left == 0) return false;
        if (right == 0) return true;
        int256 shift = aExp - bExp;
        // Compare left * 2^shift with right through their bit lengths first, then the aligned mantissas.
        int256 leftBits = int256(Math.log2(left)) + shift;
        int256 rightBits = int256(Math.log2(right));
        if (leftBits != rightBits) return leftBits > rightBits;
        if (shift >= 0) {
            // Equal here means left * 2^shift <= right: the bits right dropped can only add to it.
            return left > right >> uint256(shift);
        }
        uint256 drop = uint256(-shift);
        uint256 leftShifted = left >> drop;
        if (leftShifted != right) return leftShifted > right;
        return leftShifted << drop != left; // the bits left dropped make it the larger
    }

    function _writeCounts(uint256 firstWord, uint256[] memory words) private {
        uint256 k = numClasses;
        uint256 numWords = (uint256(numFeatures) * k + 7) / 8;
        if (firstWord + words.length > numWords) revert WordOutOfRange(firstWord + words.length - 1, numWords);
        uint256[] memory totals = new uint256[](k);
        for (uint256 c; c < k; ++c) {
            totals[c] = Lanes.word(CLASSES, c) >> 64;
        }
        uint256 numLanes = uint256(numFeatures) * k;
        for (uint256 i; i < words.length; ++i) {
            uint256 w = firstWord + i;
            uint256 old = Lanes.word(COUNTS, w);
            // Lanes past the last count (padding in the last word) are never read and count for nothing.
            for (uint256 lane; lane < 8 && w * 8 + lane < numLanes; ++lane) {
                uint256 c = (w * 8 + lane) % k;
                totals[c] = totals[c] + uint32(words[i] >> (lane * 32)) - uint32(old >> (lane * 32));
            }
            Lanes.setWord(COUNTS, w, words[i]);
        }
        for (uint256 c; c < k; ++c) {
            if (totals[c] > type(uint64).max) revert CountOverflow();
            Lanes.setWord(CLASSES, c, uint64(Lanes.word(CLASSES, c)) | (totals[c] << 64));
        }
    }
}
