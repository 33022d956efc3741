// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IClassifier} from "../models/IClassifier.sol";

/// @title ModelUpdater
/// @notice The trainer a prediction market's model copy is sealed to. The market deploys one per market run with
/// CREATE2 (salt: the provider and its count of runs), so its address is known before the run starts and belongs
/// to that provider: the provider deploys the model for that address and fills it in chunks while no code is there
/// (see Classifier), and the market's `initialise`, called by that provider, deploys the updater, which seals the
/// model. Nobody else can seal it: the same call from another account looks for another updater. From then on only
/// the market, through this contract, can change the model, and only during the reward phase.
/// @dev Holds no state and no ether; it forwards `update` calls from the market that deployed it.
contract ModelUpdater {
    /// @notice The market that deployed this updater; the only caller it serves.
    address public immutable market;

    /// @notice Only the market that deployed this updater may call it.
    error NotMarket(address caller);

    constructor() {
        market = msg.sender;
    }

    /// @notice Teaches `model` that `data` belongs to class `label`; reverts with the model's error if it refuses.
    /// If the model runs out of the gas it was given, this burns the rest of its own, so that the market sees an
    /// update that ran out of gas (and stops the step) rather than a refusal (which it would record).
    /// @param model The market run's model, sealed to this updater.
    /// @param label The class.
    /// @param data The sample, passed to the model word for word.
    function update(IClassifier model, uint64 label, int64[] calldata data) external {
        if (msg.sender != market) revert NotMarket(msg.sender);
        bytes4 selector = IClassifier.update.selector;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let n := shl(5, data.length)
            mstore(p, selector)
            mstore(add(p, 0x04), 0x40)
            mstore(add(p, 0x24), label)
            mstore(add(p, 0x44), data.length)
            calldatacopy(add(p, 0x64), data.offset, n)
            let g := gas()
            if iszero(call(gas(), model, 0, p, add(0x64, n), 0, 0)) {
                // The model had all but 1/64 of `g`: only an exhausted call leaves no more than that.
                if iszero(gt(gas(), add(div(g, 64), 50))) { invalid() }
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
        }
    }
}
