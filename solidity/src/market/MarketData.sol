// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title MarketData
/// @notice The hashes and encodings the prediction market commits to and checks, in one place so that clients can
/// mirror them exactly.
/// - A sample's leaf is `keccak256(abi.encodePacked(data, label))`: each `int64` entry as a 32-byte
///   sign-extended word, then the label as 8 big-endian bytes (the same prefix as `Trainer.contributionKey`).
/// - A piece's hash is `keccak256` of its samples' leaves concatenated, in order.
/// - The pieces' root is a positional binary Merkle tree over the piece hashes: depth `ceil(log2(numPieces))`,
///   leaves padded with `bytes32(0)` up to `2 ** depth`, each node `keccak256(left ++ right)`. A proof lists the
///   siblings from the leaf up; bit `i` of the piece's index says whether the node at level `i` is a right child.
/// - Samples in events are packed: per sample the label and the entry count as 8 big-endian bytes each, then each
///   entry as 8 big-endian bytes (two's complement).
library MarketData {
    /// @notice The leaf of sample `data` labelled `label`.
    /// @dev Hashes the calldata words as they are; callers reject words that are not sign-extended int64s.
    function sampleLeaf(int64[] calldata data, uint64 label) internal pure returns (bytes32 leaf) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            let n := shl(5, data.length)
            calldatacopy(p, data.offset, n)
            mstore(add(p, n), shl(192, label))
            leaf := keccak256(p, add(n, 8))
        }
    }

    /// @notice Whether every entry of `data` is a clean (sign-extended) int64 word, as the ABI encodes it.
    function isClean(int64[] calldata data) internal pure returns (bool clean) {
        assembly ("memory-safe") {
            clean := 1
            let end := add(data.offset, shl(5, data.length))
            for { let q := data.offset } lt(q, end) { q := add(q, 0x20) } {
                let v := calldataload(q)
                if iszero(eq(v, signextend(7, v))) {
                    clean := 0
                    break
                }
            }
        }
    }

    /// @notice `keccak256` of `words` concatenated.
    function hashWords(bytes32[] memory words) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            h := keccak256(add(words, 0x20), shl(5, mload(words)))
        }
    }

    /// @notice The depth of the pieces' Merkle tree for `numLeaves` leaves: `ceil(log2(numLeaves))`.
    function depth(uint256 numLeaves) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < numLeaves) {
            ++d;
        }
    }

    /// @notice Whether `proof` shows that leaf `index` of the `numLeaves`-leaf tree with root `root` is `leaf`.
    /// @dev Positional: the index picks left or right at every level, and the proof must have exactly the tree's
    /// depth, so a leaf can be opened only at its own index and never as an inner node.
    function verify(bytes32 root, uint256 numLeaves, uint256 index, bytes32 leaf, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (index >= numLeaves || proof.length != depth(numLeaves)) return false;
        bytes32 h = leaf;
        for (uint256 i; i < proof.length; ++i) {
            h = (index >> i) & 1 == 0 ? _hashPair(h, proof[i]) : _hashPair(proof[i], h);
        }
        return h == root;
    }

    /// @notice The packed size in bytes of a sample with `length` entries.
    function packedSize(uint256 length) internal pure returns (uint256) {
        return 16 + 8 * length;
    }

    /// @notice Writes sample `data` labelled `label` packed at memory address `out`; returns the address after it.
    /// @dev Writes whole words, so up to 24 bytes past the end are overwritten: `out` must lie in the last memory
    /// allocated, as the free memory after it is scratch.
    function writePacked(uint256 out, int64[] calldata data, uint64 label) internal pure returns (uint256 end) {
        assembly ("memory-safe") {
            mstore(out, shl(192, label))
            mstore(add(out, 8), shl(192, data.length))
            end := add(out, 16)
            let src := data.offset
            let srcEnd := add(src, shl(5, data.length))
            for {} lt(src, srcEnd) {
                src := add(src, 0x20)
                end := add(end, 8)
            } { mstore(end, shl(192, calldataload(src))) }
        }
    }

    /// @notice The gas a model's version is read with (see `modelPin`).
    uint256 internal constant PIN_GAS = 200_000;

    /// @notice The pin of `model` (see `PredictionMarket.modelPin`): its code hash and its answer to
    /// `activeVersion()`, read with PIN_GAS so that a model cannot make the pin cost unbounded. A model without
    /// that function answers with a revert, which is pinned as such.
    function modelPin(address model) internal view returns (bytes32) {
        (bool ok, bytes memory ret) = model.staticcall{gas: PIN_GAS}(abi.encodeWithSignature("activeVersion()"));
        return keccak256(abi.encode(model.codehash, ok, ret));
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0, a)
            mstore(0x20, b)
            h := keccak256(0, 0x40)
        }
    }
}
