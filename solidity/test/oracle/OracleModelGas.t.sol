// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {console} from "forge-std/console.sol";
import {OracleModel} from "../../src/oracle/OracleModel.sol";
import {OracleModelTestBase} from "./OracleModelTestBase.sol";

/// @title OracleModelGasTest
/// @notice The gas figures in src/oracle/README.md: predict on IMDB-shaped models (1000 features, samples of 20
/// entries), staging a page, proposing, activating, publishing a 64 KiB chunk and changing the committee. Run with `--isolate` so each
/// call is its own transaction (cold accounts, intrinsic and calldata gas included):
/// `forge test --isolate --match-contract OracleModelGas -vv`.
contract OracleModelGasTest is OracleModelTestBase {
    uint64 internal constant FEATURES = 1000;
    uint256 internal constant SAMPLE = 20;

    function _gas() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }

    function _active(uint256 classes, uint8 kind, uint8 hidden) internal returns (OracleModel m, Q memory q) {
        m = _deployModel(classes, FEATURES);
        q = _random(kind, hidden, classes, FEATURES, 42);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(m, q, 0, "weights");
        m.setInitialVersion(v, p);
    }

    /// @dev Gas of predict on a sample of SAMPLE distinct features spread over the model.
    function _predictGas(OracleModel m, Q memory q) internal returns (uint256) {
        int64[] memory s = new int64[](SAMPLE);
        for (uint256 i; i < SAMPLE; ++i) {
            s[i] = int64(uint64(i * (FEATURES / SAMPLE) + 7));
        }
        uint64 got = m.predict(s);
        uint256 gas = _gas();
        assertEq(got, _reference(q, s));
        return gas;
    }

    function test_gas_predict() public {
        (OracleModel m, Q memory q) = _active(2, 1, 0);
        console.log("predict linear 2 classes (1 page)            ", _predictGas(m, q));
        (m, q) = _active(10, 1, 0);
        console.log("predict linear 10 classes (2 pages)          ", _predictGas(m, q));
        (m, q) = _active(10, 2, 16);
        console.log("predict MLP 16 hidden, 10 classes (2 pages)  ", _predictGas(m, q));
    }

    function test_gas_stagePage() public {
        OracleModel m = _deployModel(2, FEATURES);
        bytes memory page = new bytes(16_384);
        for (uint256 i; i < page.length; i += 7) {
            page[i] = bytes1(uint8(i));
        }
        m.stagePage(page);
        console.log("stagePage 16384 bytes                        ", _gas());
        m.stagePage(page);
        console.log("stagePage again (already staged)             ", _gas());
    }

    function test_gas_publishWeights() public {
        OracleModel m = _deployModel(2, FEATURES);
        // A 64 KiB chunk of 16 in a tree: a proof of 4 hashes.
        bytes memory chunk = new bytes(65_536);
        for (uint256 i; i < chunk.length; i += 5) {
            chunk[i] = bytes1(uint8(i * 3));
        }
        bytes32[] memory proof = new bytes32[](4);
        bytes32 node = _leaf(0, 16, chunk);
        for (uint256 i; i < 4; ++i) {
            proof[i] = keccak256(abi.encode(i));
            node = _pair(node, proof[i]);
        }
        m.publishWeights(node, 16, 0, chunk, proof);
        console.log("publishWeights 64 KiB chunk, proof of 4      ", _gas());
    }

    function test_gas_proposeAndActivate() public {
        (OracleModel m,) = _active(10, 2, 16);
        _committee(m, 3, 2);
        (OracleModel.Version memory v, OracleModel.Params memory p) =
            _prepare(m, _random(2, 16, 10, FEATURES, 43), 1, "weights 1");
        vm.prank(ops[0]);
        m.propose(v, p);
        console.log("propose, first vote (MLP, 2 pages)           ", _gas());
        vm.prank(ops[1]);
        m.propose(v, p);
        console.log("propose, vote that activates                 ", _gas());

        (OracleModel.Version memory w, OracleModel.Params memory r) =
            _prepare(m, _random(2, 16, 10, FEATURES, 44), 2, "weights 2");
        w.parent = 1;
        bytes32 unstaged = keccak256("not staged yet");
        r.tailHash = unstaged;
        w.paramsHash = keccak256(abi.encode(r));
        vm.prank(ops[0]);
        m.propose(w, r);
        vm.prank(ops[1]);
        m.propose(w, r);
        console.log("propose, quorum but tail not staged          ", _gas());
        (OracleModel.Version memory active,) = m.activeVersion();
        assertEq(active.number, 1);
        // Stand-in for staging the tail: anything staged under that hash but of the right length would do, so
        // stage the real tail and recommit to it.
        r.tailHash = keccak256(_tail(_random(2, 16, 10, FEATURES, 44)));
        w.paramsHash = keccak256(abi.encode(r));
        m.setCommittee(ops, 2);
        vm.prank(ops[0]);
        m.propose(w, r);
        vm.prank(ops[2]);
        m.propose(w, r);
        (active,) = m.activeVersion();
        assertEq(active.number, 2);
    }

    function test_gas_activate() public {
        (OracleModel m,) = _active(10, 2, 16);
        _committee(m, 3, 2);
        Q memory q = _random(2, 16, 10, FEATURES, 45);
        OracleModel.Params memory p = _params(q);
        OracleModel.Version memory v = _version(1, p, _publish(m, "weights 1"));
        vm.prank(ops[0]);
        m.propose(v, p);
        vm.prank(ops[1]);
        m.propose(v, p);
        _stage(m, q);
        m.activate(v, p);
        console.log("activate (MLP, 2 pages, deploys directory)   ", _gas());
        (OracleModel.Version memory active,) = m.activeVersion();
        assertEq(active.number, 1);
    }

    /// @dev The bound on pages: a two-class linear model with MAX_PAGES pages of 2-byte rows.
    function test_gas_setInitialVersionAtPageBound() public {
        uint256 numPages = 1024;
        OracleModel m = _deployModel(2, uint64(numPages * 16_384 / 2));
        OracleModel.Params memory p;
        p.kind = 1;
        p.pageHashes = new bytes32[](numPages);
        bytes memory page = new bytes(16_384);
        // Staging 1024 pages costs 3.7 billion gas, over a test's limit; only what follows is measured.
        vm.pauseGasMetering();
        for (uint256 i; i < numPages; ++i) {
            // Every page different; row f of page i is (i, f mod 256) as an int16.
            for (uint256 j; j < page.length; j += 2) {
                (page[j], page[j + 1]) = (bytes1(uint8(i)), bytes1(uint8(j)));
            }
            m.stagePage(page);
            p.pageHashes[i] = keccak256(page);
        }
        bytes memory tail = abi.encodePacked(int32(-5));
        m.stagePage(tail);
        p.tailHash = keccak256(tail);
        OracleModel.Version memory v = _version(0, p, _publish(m, "weights"));
        vm.resumeGasMetering();
        m.setInitialVersion(v, p);
        console.log("setInitialVersion, 1024 pages (the bound)    ", _gas());
        int64[] memory s = new int64[](SAMPLE);
        int256 sum = -5;
        for (uint256 i; i < SAMPLE; ++i) {
            uint256 f = i * 419_431 + 3; // spread over every page range
            s[i] = int64(uint64(f));
            // Feature f is at byte 2f: page 2f / 16384, offset 2f mod 16384.
            sum += int16(uint16((((2 * f) >> 14) & 0xff) << 8 | ((2 * f) & 0xff)));
        }
        uint64 got = m.predict(s);
        console.log("predict, 1024 pages, 20 entries on 20 pages  ", _gas());
        assertEq(got, sum > 0 ? 1 : 0);
    }

    /// @dev A committee change of a 2-of-3 committee to another 2 of 3: the vote that does not schedule, the one
    /// that does (it reads the trainer's refund wait; here no trainer answers), and the execution.
    function test_gas_committeeChange() public {
        (OracleModel m,) = _active(2, 1, 0);
        _committee(m, 3, 2);
        address[] memory next = new address[](3);
        (next[0], next[1], next[2]) = (ops[0], ops[1], stranger);
        vm.prank(ops[0]);
        m.proposeCommittee(next, 2);
        console.log("proposeCommittee, a vote that does not schedule", _gas());
        vm.prank(ops[1]);
        m.proposeCommittee(next, 2);
        console.log("proposeCommittee, the vote that schedules      ", _gas());
        vm.warp(block.timestamp + m.committeeDelay());
        m.executeCommittee(next, 2);
        console.log("executeCommittee, 3 operators                  ", _gas());
        (,, uint64 epoch) = m.committee();
        assertEq(epoch, 2);
    }
}
