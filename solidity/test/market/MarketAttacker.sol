// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IClassifier} from "../../src/models/IClassifier.sol";
import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {IPredictionMarket} from "../../src/market/IPredictionMarket.sol";

/// @notice A contributor (or provider) contract whose `receive` re-enters the market when paid, to try to be paid
/// twice; or that refuses ether altogether.
/// @dev With `swallow` it catches the reentrant call's revert, records it, and accepts the payment; otherwise the
/// revert bubbles up and the market's transfer fails.
contract MarketAttacker {
    enum Target {
        None,
        Claim,
        Withdraw,
        Sweep,
        Contribute
    }

    PredictionMarket public immutable market;
    Target public target;
    bool public swallow;
    bool public refuse;
    uint256 public reentryAttempts;
    uint256 public reentrySuccesses;
    bytes public lastRevertData;

    error Refusing();

    constructor(PredictionMarket market_) {
        market = market_;
    }

    function arm(Target target_, bool swallow_) external {
        (target, swallow) = (target_, swallow_);
    }

    function setRefuse(bool refuse_) external {
        refuse = refuse_;
    }

    function contribute(int64[] calldata data, uint64 label) external payable {
        market.contribute{value: msg.value}(data, label);
    }

    function initialise(IPredictionMarket.Config calldata cfg, address model, bytes32 root, uint256 numPieces)
        external
        payable
    {
        market.initialise{value: msg.value}(IClassifier(model), root, numPieces, cfg);
    }

    function claim() external {
        market.claim(payable(address(this)));
    }

    function withdraw() external {
        market.withdraw(payable(address(this)));
    }

    receive() external payable {
        if (refuse) revert Refusing();
        Target t = target;
        if (t == Target.None) return;
        target = Target.None;
        ++reentryAttempts;
        bytes memory call;
        if (t == Target.Claim) call = abi.encodeCall(PredictionMarket.claim, (payable(address(this))));
        else if (t == Target.Withdraw) call = abi.encodeCall(PredictionMarket.withdraw, (payable(address(this))));
        else if (t == Target.Sweep) call = abi.encodeCall(PredictionMarket.sweep, ());
        else call = abi.encodeCall(PredictionMarket.contribute, (new int64[](1), 0));
        (bool ok, bytes memory ret) = address(market).call(call);
        if (ok) {
            ++reentrySuccesses;
        } else {
            lastRevertData = ret;
            if (!swallow) {
                assembly {
                    revert(add(ret, 0x20), mload(ret))
                }
            }
        }
    }
}
