// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Pack
/// @notice Test-side packing of model parameters into storage words. Lane `i` of a word holds bits
/// `[i * width, (i + 1) * width)`, signed lanes in two's complement. Written with plain shifts and masks, on
/// purpose apart from `src/models/Lanes.sol`, so that tests do not check the models with the code under test.
library Pack {
    // ---------------------------------------------------------------- one word

    /// @notice Four `int64` lanes, lane 0 first.
    function int64Word(int64 l0, int64 l1, int64 l2, int64 l3) internal pure returns (uint256) {
        return
            uint256(uint64(l0)) | (uint256(uint64(l1)) << 64) | (uint256(uint64(l2)) << 128)
                | (uint256(uint64(l3)) << 192);
    }

    /// @notice Two `int128` lanes, lane 0 first.
    function int128Word(int128 l0, int128 l1) internal pure returns (uint256) {
        return uint256(uint128(l0)) | (uint256(uint128(l1)) << 128);
    }

    /// @notice Eight `uint32` lanes, lane 0 first.
    function uint32Word(uint32[8] memory lanes) internal pure returns (uint256 word) {
        for (uint256 i; i < 8; ++i) {
            word |= uint256(lanes[i]) << (32 * i);
        }
    }

    /// @notice A word whose eight `uint32` lanes all hold `value`.
    function uint32Splat(uint32 value) internal pure returns (uint256 word) {
        for (uint256 i; i < 8; ++i) {
            word |= uint256(value) << (32 * i);
        }
    }

    // ---------------------------------------------------------------- many values

    /// @notice Packs `values` four to a word: value `i` in lane `i % 4` of word `i / 4`; unused lanes are 0.
    function int64Words(int64[] memory values) internal pure returns (uint256[] memory words) {
        words = new uint256[]((values.length + 3) / 4);
        for (uint256 i; i < values.length; ++i) {
            words[i / 4] |= uint256(uint64(values[i])) << (64 * (i % 4));
        }
    }

    /// @notice Packs `values` two to a word: value `i` in lane `i % 2` of word `i / 2`; unused lanes are 0.
    function int128Words(int128[] memory values) internal pure returns (uint256[] memory words) {
        words = new uint256[]((values.length + 1) / 2);
        for (uint256 i; i < values.length; ++i) {
            words[i / 2] |= uint256(uint128(values[i])) << (128 * (i % 2));
        }
    }

    // ---------------------------------------------------------------- per-class tables, feature-major

    // NaiveBayes (counts) and SparseNearestCentroid (sums) store a table `value[c][f]` feature-major: entry
    // `(c, f)` is lane `f * numClasses + c` of the region, so all classes of one feature sit side by side. `rows`
    // is the table as rows per class (`rows[c][f]`, every row as long); unused lanes of the last word are 0.

    /// @notice A `uint32` table, eight lanes a word.
    function uint32Table(uint32[][] memory rows) internal pure returns (uint256[] memory words) {
        uint256 k = rows.length;
        words = new uint256[]((rows[0].length * k + 7) / 8);
        for (uint256 c; c < k; ++c) {
            for (uint256 f; f < rows[c].length; ++f) {
                uint256 j = f * k + c;
                words[j / 8] |= uint256(rows[c][f]) << (32 * (j % 8));
            }
        }
    }

    /// @notice An `int64` table, four lanes a word.
    function int64Table(int64[][] memory rows) internal pure returns (uint256[] memory words) {
        uint256 k = rows.length;
        words = new uint256[]((rows[0].length * k + 3) / 4);
        for (uint256 c; c < k; ++c) {
            for (uint256 f; f < rows[c].length; ++f) {
                uint256 j = f * k + c;
                words[j / 4] |= uint256(uint64(rows[c][f])) << (64 * (j % 4));
            }
        }
    }

    // ---------------------------------------------------------------- per-class tables, class-major

    // DenseNearestCentroid stores its sums class-major, so that an update rewrites one class's words only.

    /// @notice An `int64` table class-major: class `c` owns words `c * ceil(features / 4) ..`, its value at
    /// feature `f` in lane `f` of them; each class's last word is padded with 0.
    function int64ClassMajor(int64[][] memory rows) internal pure returns (uint256[] memory words) {
        uint256 perClass = (rows[0].length + 3) / 4;
        words = new uint256[](perClass * rows.length);
        for (uint256 c; c < rows.length; ++c) {
            for (uint256 f; f < rows[c].length; ++f) {
                words[c * perClass + f / 4] |= uint256(uint64(rows[c][f])) << (64 * (f % 4));
            }
        }
    }

    // ---------------------------------------------------------------- reading lanes back

    function int64At(uint256 word, uint256 lane) internal pure returns (int64) {
        return int64(uint64(word >> (64 * lane)));
    }

    function int128At(uint256 word, uint256 lane) internal pure returns (int128) {
        return int128(uint128(word >> (128 * lane)));
    }
}
