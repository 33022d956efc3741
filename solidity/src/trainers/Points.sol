// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IClassifier} from "../models/IClassifier.sol";
import {Trainer} from "./Trainer.sol";

/// @title Points
/// @notice A trainer without money: adding data is free, and a contribution the model agrees with after
/// `refundWait` can be validated by its author, which counts it as good (see `numGood`). A contribution the model
/// disagrees with can be reported by anyone with good data of their own. Each contribution is settled once,
/// either way. Ether sent to `addData` comes straight back.
contract Points is Trainer {
    /// @notice Seconds after adding before a contribution can be validated or reported.
    uint32 public immutable refundWait;

    /// @notice The contribution was already validated or reported.
    error AlreadySettled(bytes32 key);

    /// @param model_ The model, built for a trainer at this contract's address; deploying the trainer seals it.
    /// @param name_ The model's name.
    /// @param description_ What the model does.
    /// @param encoder_ How clients turn input into features.
    /// @param refundWait_ Seconds before a contribution can be validated or reported: MIN_REFUND_WAIT to
    /// MAX_REFUND_WAIT.
    constructor(
        IClassifier model_,
        string memory name_,
        string memory description_,
        string memory encoder_,
        uint32 refundWait_
    ) Trainer(model_, name_, description_, encoder_) {
        _checkRefundWait(refundWait_);
        refundWait = refundWait_;
    }

    /// @inheritdoc Trainer
    function _requiredDeposit(uint256) internal pure override returns (uint256) {
        return 0;
    }

    /// @inheritdoc Trainer
    function _refund(bytes32 key, Contribution memory c, uint256 addedTime, bool modelAgrees)
        internal
        view
        override
        returns (uint256)
    {
        if (c.numClaims != 0) revert AlreadySettled(key);
        if (block.timestamp < addedTime + refundWait) revert TooEarly(key, addedTime + refundWait);
        if (!modelAgrees) revert ModelDisagrees(key);
        return 0;
    }

    /// @inheritdoc Trainer
    function _report(
        bytes32 key,
        Contribution memory c,
        int64[] calldata data,
        uint64 label,
        uint256 addedTime,
        address author
    ) internal override returns (uint256) {
        if (c.numClaims != 0) revert AlreadySettled(key);
        if (msg.sender == author) revert CannotReportOwnContribution(key);
        if (block.timestamp < addedTime + refundWait) revert TooEarly(key, addedTime + refundWait);
        if (_modelAgrees(data, label)) revert ModelAgrees(key);
        Account memory a = _accounts[msg.sender];
        if (a.numGood == 0) revert NoGoodContributions(msg.sender);
        _markReported(a, key, uint256(c.id));
        return 0;
    }
}
