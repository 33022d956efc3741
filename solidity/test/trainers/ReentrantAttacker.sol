// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Trainer} from "../../src/trainers/Trainer.sol";

/// @notice A contributor whose `receive` re-enters the trainer when it is paid, to try to be paid twice.
/// @dev In `swallow` mode it catches the reentrant call's revert, records it, and accepts the payment; otherwise
/// it bubbles the revert up, so the trainer's push fails and the payment should become pending.
contract ReentrantAttacker {
    enum Target {
        None,
        AddData,
        Refund,
        Report,
        Withdraw
    }

    error Rejecting();

    Trainer public immutable trainer;

    Target public target;
    bool public swallow;
    bool public rejectAll;

    int64[] internal _data;
    uint64 internal _label;
    uint256 internal _time;
    address internal _author;

    uint256 public reentryAttempts;
    uint256 public reentrySuccesses;
    bytes public lastRevertData;

    constructor(Trainer trainer_) {
        trainer = trainer_;
    }

    /// @notice Arms the attack: when paid, call `target_` with these arguments.
    function arm(Target target_, bool swallow_, int64[] calldata data, uint64 label, uint256 time, address author)
        external
    {
        target = target_;
        swallow = swallow_;
        _data = data;
        _label = label;
        _time = time;
        _author = author;
    }

    function setRejectAll(bool reject) external {
        rejectAll = reject;
    }

    function addData(int64[] calldata data, uint64 label) external payable {
        trainer.addData{value: msg.value}(data, label);
    }

    function refund(int64[] calldata data, uint64 label, uint256 time) external {
        trainer.refund(data, label, time);
    }

    function report(int64[] calldata data, uint64 label, uint256 time, address author) external {
        trainer.report(data, label, time, author);
    }

    function withdraw(address payable to) external {
        trainer.withdraw(to);
    }

    function _reentryCall() internal view returns (bytes memory) {
        if (target == Target.AddData) return abi.encodeCall(Trainer.addData, (_data, _label));
        if (target == Target.Refund) return abi.encodeCall(Trainer.refund, (_data, _label, _time));
        if (target == Target.Report) return abi.encodeCall(Trainer.report, (_data, _label, _time, _author));
        return abi.encodeCall(Trainer.withdraw, (payable(address(this))));
    }

    receive() external payable {
        if (rejectAll) revert Rejecting();
        if (target == Target.None) return;
        reentryAttempts += 1;
        uint256 value = target == Target.AddData ? msg.value : 0;
        (bool ok, bytes memory ret) = address(trainer).call{value: value}(_reentryCall());
        if (ok) {
            reentrySuccesses += 1;
            return;
        }
        if (swallow) {
            lastRevertData = ret;
            return;
        }
        assembly ("memory-safe") {
            revert(add(ret, 32), mload(ret))
        }
    }
}
