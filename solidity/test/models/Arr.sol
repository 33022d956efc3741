// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Arr
/// @notice Short constructors for the dynamic arrays the model tests pass around, so that a test reads
/// `Arr.i64(0, 5, 9)` instead of five lines of index assignments.
library Arr {
    // ---------------------------------------------------------------- int64[] samples

    function i64() internal pure returns (int64[] memory a) {
        a = new int64[](0);
    }

    function i64(int64 v0) internal pure returns (int64[] memory a) {
        a = new int64[](1);
        a[0] = v0;
    }

    function i64(int64 v0, int64 v1) internal pure returns (int64[] memory a) {
        a = new int64[](2);
        (a[0], a[1]) = (v0, v1);
    }

    function i64(int64 v0, int64 v1, int64 v2) internal pure returns (int64[] memory a) {
        a = new int64[](3);
        (a[0], a[1], a[2]) = (v0, v1, v2);
    }

    function i64(int64 v0, int64 v1, int64 v2, int64 v3) internal pure returns (int64[] memory a) {
        a = new int64[](4);
        (a[0], a[1], a[2], a[3]) = (v0, v1, v2, v3);
    }

    function i64(int64 v0, int64 v1, int64 v2, int64 v3, int64 v4) internal pure returns (int64[] memory a) {
        a = new int64[](5);
        (a[0], a[1], a[2], a[3], a[4]) = (v0, v1, v2, v3, v4);
    }

    /// @notice `count` copies of `value`.
    function filled(int64 value, uint256 count) internal pure returns (int64[] memory a) {
        a = new int64[](count);
        for (uint256 i; i < count; ++i) {
            a[i] = value;
        }
    }

    /// @notice The distinct values of `a` in increasing order (insertion sort: test samples are short), the form
    /// the sparse models take.
    function sortedUnique(int64[] memory a) internal pure returns (int64[] memory out) {
        out = new int64[](a.length);
        uint256 n;
        for (uint256 i; i < a.length; ++i) {
            uint256 j = n;
            while (j > 0 && out[j - 1] > a[i]) {
                --j;
            }
            if (j > 0 && out[j - 1] == a[i]) continue;
            for (uint256 k = n; k > j; --k) {
                out[k] = out[k - 1];
            }
            out[j] = a[i];
            ++n;
        }
        assembly ("memory-safe") {
            mstore(out, n)
        }
    }

    /// @notice `from, from + 1, .., from + count - 1`.
    function range(int64 from, uint256 count) internal pure returns (int64[] memory a) {
        a = new int64[](count);
        for (uint256 i; i < count; ++i) {
            a[i] = from + int64(uint64(i));
        }
    }

    /// @notice Parses a comma-separated list of decimal integers, e.g. `"1,2,-3"`; spaces are skipped.
    function parse(string memory csv) internal pure returns (int64[] memory a) {
        bytes memory s = bytes(csv);
        uint256 n = s.length == 0 ? 0 : 1;
        for (uint256 i; i < s.length; ++i) {
            if (s[i] == ",") ++n;
        }
        a = new int64[](n);
        uint256 k;
        int256 value;
        bool negative;
        for (uint256 i; i <= s.length; ++i) {
            if (i == s.length || s[i] == ",") {
                a[k++] = int64(negative ? -value : value);
                (value, negative) = (0, false);
            } else if (s[i] == "-") {
                negative = true;
            } else if (s[i] != " ") {
                uint8 digit = uint8(s[i]) - 48;
                require(digit < 10, "Arr.parse: not a digit");
                value = value * 10 + int256(uint256(digit));
            }
        }
    }

    // ---------------------------------------------------------------- other element types

    function u64(uint64 v0) internal pure returns (uint64[] memory a) {
        a = new uint64[](1);
        a[0] = v0;
    }

    function u64(uint64 v0, uint64 v1) internal pure returns (uint64[] memory a) {
        a = new uint64[](2);
        (a[0], a[1]) = (v0, v1);
    }

    function u64(uint64 v0, uint64 v1, uint64 v2) internal pure returns (uint64[] memory a) {
        a = new uint64[](3);
        (a[0], a[1], a[2]) = (v0, v1, v2);
    }

    function u256() internal pure returns (uint256[] memory a) {
        a = new uint256[](0);
    }

    function u256(uint256 v0) internal pure returns (uint256[] memory a) {
        a = new uint256[](1);
        a[0] = v0;
    }

    function u256(uint256 v0, uint256 v1) internal pure returns (uint256[] memory a) {
        a = new uint256[](2);
        (a[0], a[1]) = (v0, v1);
    }

    function u256(uint256 v0, uint256 v1, uint256 v2) internal pure returns (uint256[] memory a) {
        a = new uint256[](3);
        (a[0], a[1], a[2]) = (v0, v1, v2);
    }

    /// @notice `count` zero words.
    function zeros(uint256 count) internal pure returns (uint256[] memory a) {
        a = new uint256[](count);
    }

    /// @notice `a[from .. from + count)`.
    function slice(uint256[] memory a, uint256 from, uint256 count) internal pure returns (uint256[] memory b) {
        b = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            b[i] = a[from + i];
        }
    }

    // ---------------------------------------------------------------- class names

    function strings(string memory s0) internal pure returns (string[] memory a) {
        a = new string[](1);
        a[0] = s0;
    }

    function strings(string memory s0, string memory s1) internal pure returns (string[] memory a) {
        a = new string[](2);
        (a[0], a[1]) = (s0, s1);
    }

    function strings(string memory s0, string memory s1, string memory s2) internal pure returns (string[] memory a) {
        a = new string[](3);
        (a[0], a[1], a[2]) = (s0, s1, s2);
    }

    /// @notice `count` empty class names, for models whose names do not matter to the test.
    function names(uint256 count) internal pure returns (string[] memory a) {
        a = new string[](count);
    }
}
