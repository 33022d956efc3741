// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Lanes
/// @notice Reads and writes fixed-width lanes of a storage word. Lane `i` of a word holds bits
/// `[i * width, (i + 1) * width)`; signed lanes are two's complement. Off-chain code packs words the same way.
library Lanes {
    function getInt64(uint256 word, uint256 lane) internal pure returns (int64) {
        return int64(uint64(word >> (lane * 64)));
    }

    function setInt64(uint256 word, uint256 lane, int64 value) internal pure returns (uint256) {
        uint256 shift = lane * 64;
        return (word & ~(uint256(type(uint64).max) << shift)) | (uint256(uint64(value)) << shift);
    }

    function getInt128(uint256 word, uint256 lane) internal pure returns (int128) {
        return int128(uint128(word >> (lane * 128)));
    }

    function setInt128(uint256 word, uint256 lane, int128 value) internal pure returns (uint256) {
        uint256 shift = lane * 128;
        return (word & ~(uint256(type(uint128).max) << shift)) | (uint256(uint128(value)) << shift);
    }

    function getUint32(uint256 word, uint256 lane) internal pure returns (uint32) {
        return uint32(word >> (lane * 32));
    }

    function setUint32(uint256 word, uint256 lane, uint32 value) internal pure returns (uint256) {
        uint256 shift = lane * 32;
        return (word & ~(uint256(type(uint32).max) << shift)) | (uint256(value) << shift);
    }
}
