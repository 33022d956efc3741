// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {OracleModel} from "../../src/oracle/OracleModel.sol";

/// @title OracleModelTestBase
/// @notice Builds quantised models the way the Go package does (rows blob, pages, tail, one-chunk weights) and
/// evaluates them with a plain reference, so that tests can stage, commit and check versions.
/// @dev The test contract deploys the model and is its owner.
abstract contract OracleModelTestBase is Test {
    /// @dev A quantised model: W1 at f*R + r, B1 per row, W2 at j*C + c and B2 per class for an MLP.
    struct Q {
        uint8 kind;
        uint8 hidden;
        uint256 classes;
        uint256 features;
        int16[] w1;
        int32[] b1;
        int16[] w2;
        int64[] b2;
    }

    uint64 internal constant MAX_SAMPLE = 64;

    address internal trainer = makeAddr("trainer");
    address internal stranger = makeAddr("stranger");
    address[] internal ops;

    function _deployModel(uint256 classes, uint64 features) internal returns (OracleModel) {
        string[] memory names = new string[](classes);
        for (uint256 c; c < classes; ++c) {
            names[c] = vm.toString(c);
        }
        return new OracleModel(trainer, names, features, MAX_SAMPLE);
    }

    function _committee(OracleModel om, uint256 size, uint8 threshold) internal {
        delete ops;
        for (uint256 i; i < size; ++i) {
            ops.push(makeAddr(string.concat("operator", vm.toString(i))));
        }
        om.setCommittee(ops, threshold);
    }

    // ---------------------------------------------------------------- building models

    /// @dev A model of the given shape with pseudo-random weights drawn from `seed`.
    function _random(uint8 kind, uint8 hidden, uint256 classes, uint256 features, uint256 seed)
        internal
        pure
        returns (Q memory q)
    {
        (q.kind, q.hidden, q.classes, q.features) = (kind, hidden, classes, features);
        uint256 rows = _rows(q);
        q.w1 = new int16[](features * rows);
        for (uint256 i; i < q.w1.length; ++i) {
            q.w1[i] = int16(uint16(uint256(keccak256(abi.encode(seed, 1, i)))));
        }
        q.b1 = new int32[](rows);
        for (uint256 i; i < rows; ++i) {
            q.b1[i] = int32(uint32(uint256(keccak256(abi.encode(seed, 2, i))))) / 1024;
        }
        if (kind == 2) {
            q.w2 = new int16[](uint256(hidden) * classes);
            for (uint256 i; i < q.w2.length; ++i) {
                q.w2[i] = int16(uint16(uint256(keccak256(abi.encode(seed, 3, i)))));
            }
            q.b2 = new int64[](classes);
            for (uint256 i; i < classes; ++i) {
                q.b2[i] = int64(uint64(uint256(keccak256(abi.encode(seed, 4, i))))) / 1e6;
            }
        }
    }

    function _rows(Q memory q) internal pure returns (uint256) {
        if (q.kind == 2) return q.hidden;
        return q.classes == 2 ? 1 : q.classes;
    }

    function _rowBytes(Q memory q) internal pure returns (uint256 b) {
        b = 2;
        while (b < 2 * _rows(q)) b *= 2;
    }

    function _pages(Q memory q) internal pure returns (bytes[] memory pages) {
        uint256 rows = _rows(q);
        uint256 rowBytes = _rowBytes(q);
        bytes memory blob = new bytes(q.features * rowBytes);
        for (uint256 f; f < q.features; ++f) {
            for (uint256 r; r < rows; ++r) {
                uint16 v = uint16(q.w1[f * rows + r]);
                blob[f * rowBytes + 2 * r] = bytes1(uint8(v >> 8));
                blob[f * rowBytes + 2 * r + 1] = bytes1(uint8(v));
            }
        }
        uint256 size = 16_384;
        pages = new bytes[]((blob.length + size - 1) / size);
        for (uint256 i; i < pages.length; ++i) {
            uint256 end = blob.length < (i + 1) * size ? blob.length : (i + 1) * size;
            pages[i] = _slice(blob, i * size, end);
        }
    }

    function _tail(Q memory q) internal pure returns (bytes memory t) {
        for (uint256 i; i < q.b1.length; ++i) {
            t = bytes.concat(t, bytes4(uint32(q.b1[i])));
        }
        for (uint256 i; i < q.w2.length; ++i) {
            t = bytes.concat(t, bytes2(uint16(q.w2[i])));
        }
        for (uint256 i; i < q.b2.length; ++i) {
            t = bytes.concat(t, bytes8(uint64(q.b2[i])));
        }
    }

    function _slice(bytes memory b, uint256 start, uint256 end) internal pure returns (bytes memory s) {
        s = new bytes(end - start);
        for (uint256 i; i < s.length; ++i) {
            s[i] = b[start + i];
        }
    }

    /// @dev The Params of `q`, by hash; nothing is staged.
    function _params(Q memory q) internal pure returns (OracleModel.Params memory p) {
        bytes[] memory pages = _pages(q);
        p.kind = q.kind;
        p.hidden = q.hidden;
        p.tailHash = keccak256(_tail(q));
        p.pageHashes = new bytes32[](pages.length);
        for (uint256 i; i < pages.length; ++i) {
            p.pageHashes[i] = keccak256(pages[i]);
        }
    }

    /// @dev Stages `q`'s pages and tail and returns its Params.
    function _stage(OracleModel om, Q memory q) internal returns (OracleModel.Params memory) {
        bytes[] memory pages = _pages(q);
        for (uint256 i; i < pages.length; ++i) {
            om.stagePage(pages[i]);
        }
        om.stagePage(_tail(q));
        return _params(q);
    }

    // ---------------------------------------------------------------- weights and versions

    function _leaf(uint256 index, uint256 numChunks, bytes memory chunk) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(index, numChunks, keccak256(chunk)))));
    }

    function _pair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    /// @dev The root of one-chunk weights `chunk`.
    function _root(bytes memory chunk) internal pure returns (bytes32) {
        return _leaf(0, 1, chunk);
    }

    /// @dev Publishes `chunk` as the only chunk of some weights and returns their root.
    function _publish(OracleModel om, bytes memory chunk) internal returns (bytes32 root) {
        root = _root(chunk);
        om.publishWeights(root, 1, 0, chunk, new bytes32[](0));
    }

    function _version(uint64 number, OracleModel.Params memory p, bytes32 weightsRoot)
        internal
        pure
        returns (OracleModel.Version memory v)
    {
        v.number = number;
        v.parent = number == 0 ? 0 : number - 1;
        v.cursorBlock = number * 10;
        v.cursorLogIndex = 3;
        v.trainedCount = number * 100;
        v.accuracyPpm = 900_000;
        v.heldOutSize = 500;
        v.weightChunks = 1;
        v.configHash = keccak256("config");
        v.weightsRoot = weightsRoot;
        v.paramsHash = keccak256(abi.encode(p));
    }

    /// @dev Stages `q`, publishes `chunk`, and returns version `number` of them.
    function _prepare(OracleModel om, Q memory q, uint64 number, bytes memory chunk)
        internal
        returns (OracleModel.Version memory v, OracleModel.Params memory p)
    {
        p = _stage(om, q);
        v = _version(number, p, _publish(om, chunk));
    }

    // ---------------------------------------------------------------- reference evaluation

    /// @dev The prediction, computed term by term from the arrays.
    function _reference(Q memory q, int64[] memory sample) internal pure returns (uint64) {
        uint256 rows = _rows(q);
        int256[] memory acc = new int256[](rows);
        for (uint256 r; r < rows; ++r) {
            acc[r] = q.b1[r];
            for (uint256 i; i < sample.length; ++i) {
                acc[r] += q.w1[uint256(int256(sample[i])) * rows + r];
            }
        }
        if (q.kind == 1 && rows == 1) return acc[0] > 0 ? 1 : 0;
        int256[] memory logits = acc;
        if (q.kind == 2) {
            logits = new int256[](q.classes);
            for (uint256 c; c < q.classes; ++c) {
                logits[c] = q.b2[c];
                for (uint256 j; j < rows; ++j) {
                    if (acc[j] > 0) logits[c] += int256(q.w2[j * q.classes + c]) * acc[j];
                }
            }
        }
        uint64 best;
        for (uint256 c = 1; c < logits.length; ++c) {
            if (logits[c] > logits[best]) best = uint64(c);
        }
        return best;
    }

    function _sample(uint256 seed, uint256 length, uint256 features) internal pure returns (int64[] memory s) {
        s = new int64[](length);
        for (uint256 i; i < length; ++i) {
            s[i] = int64(uint64(uint256(keccak256(abi.encode(seed, i))) % features));
        }
    }
}
