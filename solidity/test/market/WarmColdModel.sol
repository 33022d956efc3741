// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "../../src/models/IClassifier.sol";

/// @notice A binary model whose `update` reads 16 storage words: about 7k gas when they are warm, about 41k when
/// they are cold, so that a gas limit between the two lets warmth decide whether an update fits. `predict`
/// returns a test sample's label (`[rank, label]`) and touches no storage.
contract WarmColdModel is IClassifier {
    address public immutable override trainer;
    uint256 public version = 1;
    uint256[16] internal _words;

    error NotTrainer(address caller);

    constructor(address trainer_) {
        trainer = trainer_;
        for (uint256 i; i < 16; ++i) {
            _words[i] = i + 1;
        }
    }

    function numClasses() external pure override returns (uint64) {
        return 2;
    }

    function predict(int64[] calldata data) external pure override returns (uint64) {
        return uint64(data[1]);
    }

    function update(int64[] calldata, uint64) external override {
        if (msg.sender != trainer) revert NotTrainer(msg.sender);
        uint256 sum;
        for (uint256 i; i < 16; ++i) {
            sum += _words[i];
        }
        if (sum != 0) ++version;
    }
}
