// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Lanes
/// @notice Packed parameter storage: a model keeps its parameters as fixed-width lanes of 256-bit words, in a
/// run of consecutive storage slots starting at a base slot of its own (like ERC-7201 namespaced storage). Lane
/// `j` of a region is lane `j % lanesPerWord` of the word at slot `base + j / lanesPerWord`, occupying bits
/// `[lane * width, (lane + 1) * width)`; signed lanes are two's complement. Off-chain code packs words the same
/// way (Go: model.Model.Words).
/// @dev Plain slot arithmetic instead of a mapping saves a hash per access, which dominates the inner loops of
/// predict and update.
library Lanes {
    error LaneOverflow();

    /// @dev The word at `index` of the region at `base`.
    function word(uint256 base, uint256 index) internal view returns (uint256 w) {
        assembly ("memory-safe") {
            w := sload(add(base, index))
        }
    }

    /// @dev Writes the word at `index` of the region at `base`.
    function setWord(uint256 base, uint256 index, uint256 w) internal {
        assembly ("memory-safe") {
            sstore(add(base, index), w)
        }
    }

    /// @dev Signed 64-bit lane `j` of the region at `base` (four lanes a word).
    function int64At(uint256 base, uint256 j) internal view returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(7, shr(shl(6, and(j, 3)), sload(add(base, shr(2, j)))))
        }
    }

    /// @dev Adds `delta` to signed 64-bit lane `j`; reverts if the lane would leave int64.
    function addInt64(uint256 base, uint256 j, int256 delta) internal returns (int256 v) {
        bool overflow;
        assembly ("memory-safe") {
            let slot := add(base, shr(2, j))
            let shift := shl(6, and(j, 3))
            let w := sload(slot)
            let old := signextend(7, shr(shift, w))
            v := add(old, delta)
            // add() wraps at 2^256; both operands fit in int128 here, so only the int64 check can fail.
            overflow := iszero(eq(signextend(7, v), v))
            w := or(and(w, not(shl(shift, 0xffffffffffffffff))), shl(shift, and(v, 0xffffffffffffffff)))
            sstore(slot, w)
        }
        if (overflow) revert LaneOverflow();
    }

    /// @dev Signed 128-bit lane `j` of the region at `base` (two lanes a word).
    function int128At(uint256 base, uint256 j) internal view returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(15, shr(shl(7, and(j, 1)), sload(add(base, shr(1, j)))))
        }
    }

    /// @dev Adds `delta` (|delta| < 2^127) to signed 128-bit lane `j`; reverts if it would leave int128.
    function addInt128(uint256 base, uint256 j, int256 delta) internal returns (int256 v) {
        bool overflow;
        assembly ("memory-safe") {
            let slot := add(base, shr(1, j))
            let shift := shl(7, and(j, 1))
            let w := sload(slot)
            v := add(signextend(15, shr(shift, w)), delta)
            overflow := iszero(eq(signextend(15, v), v))
            let mask := 0xffffffffffffffffffffffffffffffff
            w := or(and(w, not(shl(shift, mask))), shl(shift, and(v, mask)))
            sstore(slot, w)
        }
        if (overflow) revert LaneOverflow();
    }

    /// @dev Unsigned 32-bit lane `j` of the region at `base` (eight lanes a word).
    function uint32At(uint256 base, uint256 j) internal view returns (uint256 v) {
        assembly ("memory-safe") {
            v := and(shr(shl(5, and(j, 7)), sload(add(base, shr(3, j)))), 0xffffffff)
        }
    }

    /// @dev Adds one to unsigned 32-bit lane `j`; reverts if it would pass 2^32 - 1.
    function incrementUint32(uint256 base, uint256 j) internal {
        bool overflow;
        assembly ("memory-safe") {
            let slot := add(base, shr(3, j))
            let shift := shl(5, and(j, 7))
            let w := sload(slot)
            overflow := eq(and(shr(shift, w), 0xffffffff), 0xffffffff)
            sstore(slot, add(w, shl(shift, 1)))
        }
        if (overflow) revert LaneOverflow();
    }
}
