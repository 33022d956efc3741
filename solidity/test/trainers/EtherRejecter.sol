// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A contract that refuses every ether transfer, to exercise the pending-withdrawal path.
contract EtherRejecter {
    error NoEther();

    receive() external payable {
        revert NoEther();
    }
}
