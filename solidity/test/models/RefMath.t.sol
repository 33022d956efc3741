// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {RefMath} from "./RefMath.sol";

/// @title RefMathTest
/// @notice Checks the reference `log2` the naive Bayes tests rank classes with, so that a failure there points at
/// the model and not at the reference.
contract RefMathTest is Test {
    /// @dev Allowed error: 2^-56 in log2 units (2^8 in 64.64 fixed point); the method is good to about 2^-60.
    int256 internal constant TOLERANCE = 1 << 8;

    function test_log2_isExactOnPowersOfTwo() public pure {
        assertEq(RefMath.log2(1), 0);
        assertEq(RefMath.log2(2), 1 << 64);
        assertEq(RefMath.log2(1 << 127), 127 << 64);
        assertEq(RefMath.log2(1 << 200), 200 << 64);
    }

    /// @dev Expected values: floor(log2(x) * 2^64), from python3
    /// `from decimal import *; getcontext().prec = 60; int(Decimal(x).ln() / Decimal(2).ln() * 2**64)`.
    function test_log2_matchesHighPrecisionValues() public pure {
        assertApproxEqAbs(RefMath.log2(3), 29_237_397_617_229_858_719, uint256(TOLERANCE));
        assertApproxEqAbs(RefMath.log2(1e9), 551_508_816_578_874_411_970, uint256(TOLERANCE));
        assertApproxEqAbs(RefMath.log2(937_455e9), 917_462_518_155_208_919_367, uint256(TOLERANCE));
        assertApproxEqAbs(RefMath.log2((1 << 200) + 12_345), 3_689_348_814_741_910_323_200, uint256(TOLERANCE));
    }

    function testFuzz_log2_ofProductIsSumOfLogs(uint128 a, uint128 b) public pure {
        a = uint128(bound(a, 1, type(uint128).max));
        b = uint128(bound(b, 1, type(uint128).max));
        int256 sum = RefMath.log2(a) + RefMath.log2(b);
        assertApproxEqAbs(RefMath.log2(uint256(a) * b), sum, uint256(TOLERANCE));
    }

    function testFuzz_log2_isMonotonic(uint256 a, uint256 b) public pure {
        a = bound(a, 1, type(uint256).max >> 1);
        b = bound(b, a, type(uint256).max >> 1);
        assertLe(RefMath.log2(a), RefMath.log2(b) + TOLERANCE);
    }
}
