// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title RefMath
/// @notice Reference arithmetic for the model tests, computed a different way from the models so that a test can
/// tell a model's answer right from wrong.
library RefMath {
    /// @notice Fractional bits of `log2`'s result: it returns `log2(x) * 2^64`.
    uint256 internal constant LOG_ONE = 1 << 64;

    /// @notice `log2(x)` in 64.64 fixed point, for `1 <= x < 2^255`, with an error below `2^-60`.
    /// @dev The binary-logarithm method: the integer part is the bit length; the fraction is read one bit at a
    /// time by squaring the mantissa `y` in `[1, 2)` (kept as a 128-bit fraction) and halving it when it
    /// reaches 2. Each squaring truncates below `2^-127`, far below the 64 bits kept.
    function log2(uint256 x) internal pure returns (int256 r) {
        require(x > 0, "RefMath.log2: zero");
        uint256 n;
        for (uint256 t = x; t > 1; t >>= 1) {
            ++n;
        }
        r = int256(n) << 64;
        uint256 y = n >= 127 ? x >> (n - 127) : x << (127 - n); // y / 2^127 in [1, 2)
        for (uint256 i = 1; i <= 64; ++i) {
            y = (y * y) >> 127;
            if (y >= 1 << 128) {
                y >>= 1;
                r += int256(1 << (64 - i));
            }
        }
    }

    /// @notice The multinomial naive Bayes log-likelihood of one class, `log2` in 64.64 fixed point:
    /// `log2(samples) + sum over data of log2((count[f] * 1e9 + s) / (total * 1e9 + s * numFeatures))`.
    /// @param samples The class's number of training samples; must be positive.
    /// @param counts The class's per-feature counts, indexed by feature.
    /// @param total The class's total feature count.
    /// @param smoothing `s`, fixed point.
    /// @param numFeatures The vocabulary size.
    /// @param data Feature indices, repeats counting again.
    function naiveBayesLog2(
        uint256 samples,
        uint32[] memory counts,
        uint256 total,
        uint256 smoothing,
        uint256 numFeatures,
        int64[] memory data
    ) internal pure returns (int256 score) {
        score = log2(samples);
        int256 denominator = log2(total * 1e9 + smoothing * numFeatures);
        for (uint256 i; i < data.length; ++i) {
            uint256 f = uint64(data[i]);
            score += log2(uint256(counts[f]) * 1e9 + smoothing) - denominator;
        }
    }
}
