// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IClassifier} from "../models/IClassifier.sol";
import {Trainer} from "./Trainer.sol";

/// @title DepositRefundTake
/// @notice A trainer whose contributors stake a deposit on their data (self-assessment, as in 0xDeCA10B). The
/// deposit is `costWeight * 3600 / isqrt(seconds since data was last added)` wei, so adding data in a burst is
/// dear and adding it now and then is cheap. After `refundWait` the author may take the deposit back if the
/// model agrees with the label; otherwise anyone with validated data of their own may take a share of it,
/// proportional to their share of all validated data. After `ownerClaimWait` the owner, and after
/// `anyAddressClaimWait` anyone, may take whatever is left, so no deposit stays forever.
contract DepositRefundTake is Trainer {
    /// @notice The least time between the author's first chance to claim a deposit back (`refundWait`) and the
    /// owner's (`ownerClaimWait`): with none, the owner could take every deposit in the very block its author
    /// may first reclaim it, or at once with both waits 0.
    uint32 internal constant MIN_REFUND_WINDOW = 1 minutes;
    /// @notice The longest `anyAddressClaimWait`: after it anyone may take what is left, so no deposit stays in
    /// the contract for longer.
    uint32 internal constant MAX_CLAIM_WAIT = 365 days;
    /// @notice The smallest cost weight: a deposit of nothing is Points with takes; deploy Points for that.
    uint256 internal constant MIN_COST_WEIGHT = 1;
    /// @notice The largest cost weight: keeps every deposit inside the 96 bits a contribution stores.
    uint256 internal constant MAX_COST_WEIGHT = type(uint96).max / 1 hours;

    /// @notice Seconds after adding before the deposit can be refunded or reported.
    uint32 public immutable refundWait;
    /// @notice Seconds after adding before the owner may take what is left.
    uint32 public immutable ownerClaimWait;
    /// @notice Seconds after adding before anyone may take what is left.
    uint32 public immutable anyAddressClaimWait;
    /// @notice Scales the deposit, in wei: `costWeight * 3600 / isqrt(seconds since the last addition)`.
    uint256 public immutable costWeight;

    /// @notice The owner claim wait is not within `refundWait + MIN_REFUND_WINDOW` to `anyAddressClaimWait`:
    /// give authors at least MIN_REFUND_WINDOW to claim before the owner may take, and let the owner take no
    /// later than anyone.
    error OwnerClaimWaitOutOfRange(uint256 ownerClaimWait, uint256 min, uint256 max);
    /// @notice The any-address claim wait is below the owner claim wait or above MAX_CLAIM_WAIT; pick one inside.
    error AnyAddressClaimWaitOutOfRange(uint256 anyAddressClaimWait, uint256 min, uint256 max);
    /// @notice The cost weight is outside MIN_COST_WEIGHT..MAX_COST_WEIGHT; pick one inside it.
    error CostWeightOutOfRange(uint256 costWeight, uint256 min, uint256 max);
    /// @notice Nothing is left of this deposit: reports or claims took it.
    error NothingToClaim(bytes32 key);

    /// @param model_ The model, built for a trainer at this contract's address; deploying the trainer seals it.
    /// @param name_ The model's name.
    /// @param description_ What the model does.
    /// @param encoder_ How clients turn input into features.
    /// @param refundWait_ Seconds before refunds and reports: MIN_REFUND_WAIT to MAX_REFUND_WAIT.
    /// @param ownerClaimWait_ Seconds before the owner may take a deposit: at least `refundWait_ +
    /// MIN_REFUND_WINDOW`, at most `anyAddressClaimWait_`.
    /// @param anyAddressClaimWait_ Seconds before anyone may take a deposit: at most MAX_CLAIM_WAIT.
    /// @param costWeight_ Scales every deposit, in wei: MIN_COST_WEIGHT to MAX_COST_WEIGHT.
    constructor(
        IClassifier model_,
        string memory name_,
        string memory description_,
        string memory encoder_,
        uint32 refundWait_,
        uint32 ownerClaimWait_,
        uint32 anyAddressClaimWait_,
        uint256 costWeight_
    ) Trainer(model_, name_, description_, encoder_) {
        _checkRefundWait(refundWait_);
        if (anyAddressClaimWait_ > MAX_CLAIM_WAIT) {
            revert AnyAddressClaimWaitOutOfRange(anyAddressClaimWait_, ownerClaimWait_, MAX_CLAIM_WAIT);
        }
        uint256 earliest = uint256(refundWait_) + MIN_REFUND_WINDOW;
        if (ownerClaimWait_ < earliest || ownerClaimWait_ > anyAddressClaimWait_) {
            revert OwnerClaimWaitOutOfRange(ownerClaimWait_, earliest, anyAddressClaimWait_);
        }
        if (costWeight_ < MIN_COST_WEIGHT || costWeight_ > MAX_COST_WEIGHT) {
            revert CostWeightOutOfRange(costWeight_, MIN_COST_WEIGHT, MAX_COST_WEIGHT);
        }
        refundWait = refundWait_;
        ownerClaimWait = ownerClaimWait_;
        anyAddressClaimWait = anyAddressClaimWait_;
        costWeight = costWeight_;
    }

    /// @inheritdoc Trainer
    function _requiredDeposit(uint256 elapsed) internal view override returns (uint256) {
        // The divisor is at least 1, and costWeight * 1 hours fits (see MAX_COST_WEIGHT).
        unchecked {
            return costWeight * 1 hours / (elapsed <= 1 ? 1 : _sqrt(elapsed));
        }
    }

    /// @dev floor(sqrt(x)), for every addition: a fixed number of steps for x below 2^64 (any time span), where
    /// the general Math.sqrt costs several times as much.
    function _sqrt(uint256 x) private pure returns (uint256 r) {
        if (x >> 64 != 0) return Math.sqrt(x);
        assembly ("memory-safe") {
            // l = floor(log2(x)), without branches.
            let l := shl(5, gt(x, 0xffffffff))
            l := or(l, shl(4, gt(shr(l, x), 0xffff)))
            l := or(l, shl(3, gt(shr(l, x), 0xff)))
            l := or(l, shl(2, gt(shr(l, x), 0xf)))
            l := or(l, shl(1, gt(shr(l, x), 0x3)))
            l := or(l, gt(shr(l, x), 0x1))
            // 2^(l/2 + 1) is above sqrt(x) by less than a factor of 2; Newton's steps from above then fall
            // towards sqrt(x), squaring the relative error each time: six steps reach it within 1 for x < 2^64.
            r := shl(add(shr(1, l), 1), 1)
            r := shr(1, add(r, div(x, r)))
            r := shr(1, add(r, div(x, r)))
            r := shr(1, add(r, div(x, r)))
            r := shr(1, add(r, div(x, r)))
            r := shr(1, add(r, div(x, r)))
            r := shr(1, add(r, div(x, r)))
            // Newton's steps from above never end below floor(sqrt(x)); one above it, step down.
            r := sub(r, gt(r, div(x, r)))
        }
    }

    /// @inheritdoc Trainer
    function _refund(bytes32 key, Contribution memory c, uint256 addedTime, bool modelAgrees)
        internal
        view
        override
        returns (uint256)
    {
        // A deposit that rounded to nothing (a small costWeight after a long quiet spell) can still be validated.
        if (c.claimable == 0 && c.deposit != 0) revert NothingToClaim(key);
        if (block.timestamp < addedTime + refundWait) revert TooEarly(key, addedTime + refundWait);
        if (!modelAgrees) revert ModelDisagrees(key);
        return c.claimable;
    }

    /// @inheritdoc Trainer
    function _report(
        bytes32 key,
        Contribution memory c,
        int64[] calldata data,
        uint64 label,
        uint256 addedTime,
        address author
    ) internal override returns (uint256 amount) {
        if (c.claimable == 0) revert NothingToClaim(key);
        // The key exists, so addedTime is a past block time.
        uint256 elapsed = block.timestamp - addedTime;
        if (elapsed >= anyAddressClaimWait || (elapsed >= ownerClaimWait && msg.sender == owner())) {
            return c.claimable;
        }
        if (msg.sender == author) revert CannotReportOwnContribution(key);
        if (elapsed < refundWait) revert TooEarly(key, addedTime + refundWait);
        if (_modelAgrees(data, label)) revert ModelAgrees(key);
        Account memory a = _accounts[msg.sender];
        if (a.numGood == 0) revert NoGoodContributions(msg.sender);
        _markReported(a, key, c.id);
        amount = uint256(c.deposit) * a.numGood / totalGood();
        // Too little left to share out: the reporter takes the rest.
        if (amount == 0 || amount > c.claimable) amount = c.claimable;
    }
}
