// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "../../src/models/IClassifier.sol";

/// @notice A binary model whose accuracy the test scripts: after `v` successful updates it predicts correctly
/// exactly the test samples whose rank is below `acc[v]`. A test sample is `[rank, label]`; rank `NEVER` is never
/// predicted correctly. A contribution whose first entry is `FAIL` makes `update` revert; `BURN` makes it burn all
/// the gas it is given; `BURN_PREDICT` as a test sample's rank makes `predict` burn all its gas, `FAIL_PREDICT`
/// makes it revert.
contract ScriptedModel is IClassifier {
    int64 public constant FAIL = -1;
    int64 public constant BURN = -2;
    int64 public constant BURN_PREDICT = -3;
    int64 public constant FAIL_PREDICT = -4;
    int64 public constant NEVER = type(int64).max;

    address public immutable override trainer;
    uint256 public version;
    uint32[] internal _acc;

    error Refused();
    error NotTrainer(address caller);

    constructor(address trainer_, uint32[] memory acc) {
        trainer = trainer_;
        _acc = acc;
    }

    function numClasses() external pure override returns (uint64) {
        return 2;
    }

    function predict(int64[] calldata data) external view override returns (uint64) {
        uint64 label = uint64(data[1]);
        if (data[0] == BURN_PREDICT) _burn();
        if (data[0] == FAIL_PREDICT) revert Refused();
        uint256 v = version;
        uint256 a = _acc[v < _acc.length ? v : _acc.length - 1];
        bool hit = data[0] >= 0 && uint256(int256(data[0])) < a;
        return hit ? label : 1 - label;
    }

    function update(int64[] calldata data, uint64) external override {
        if (msg.sender != trainer) revert NotTrainer(msg.sender);
        if (data.length != 0 && data[0] == FAIL) revert Refused();
        if (data.length != 0 && data[0] == BURN) _burn();
        ++version;
    }

    function _burn() private pure {
        assembly {
            invalid()
        }
    }
}
