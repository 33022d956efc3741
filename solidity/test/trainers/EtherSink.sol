// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A contract that accepts ether, as a withdrawal destination.
contract EtherSink {
    receive() external payable {}
}
