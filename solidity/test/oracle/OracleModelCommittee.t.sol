// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Classifier} from "../../src/models/Classifier.sol";
import {IClassifier} from "../../src/models/IClassifier.sol";
import {OracleModel} from "../../src/oracle/OracleModel.sol";
import {DepositRefundTake} from "../../src/trainers/DepositRefundTake.sol";
import {OracleModelTestBase} from "./OracleModelTestBase.sol";

/// @notice The committee of an OracleModel used by a real trainer: the owner cannot replace it, and a change that
/// the committee itself votes for waits longer than the trainer's refund wait.
contract OracleModelCommitteeTest is OracleModelTestBase {
    uint64 internal constant FEATURES = 10;
    uint32 internal constant REFUND_WAIT = 1 days;

    OracleModel internal om;
    DepositRefundTake internal drt;
    Q internal lin;
    address internal alice = makeAddr("alice");

    function setUp() public {
        trainer = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        om = _deployModel(2, FEATURES);
        lin = _random(1, 0, 2, FEATURES, 7);
        _committee(om, 3, 2);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(om, lin, 0, "weights 0");
        om.setInitialVersion(v, p);
        trainer = vm.computeCreateAddress(address(this), vm.getNonce(address(this)));
        drt = new DepositRefundTake(
            IClassifier(address(om)), "n", "d", "e", REFUND_WAIT, 2 * REFUND_WAIT, 3 * REFUND_WAIT, 1e12
        );
        assertTrue(om.isSealed());
        vm.deal(alice, 100 ether);
    }

    /// @dev Alice adds a sample labelled as version 0 predicts it, so that she is owed her deposit back.
    function _aliceAdds() internal returns (int64[] memory sample, uint64 label, uint256 addedTime) {
        sample = _sample(11, 5, FEATURES);
        label = om.predict(sample);
        addedTime = block.timestamp;
        vm.prank(alice);
        drt.addData{value: 1 ether}(sample, label);
    }

    function _self() internal view returns (address[] memory a) {
        a = new address[](1);
        a[0] = address(this);
    }

    /// @dev The owner made itself a 1-of-1 committee after sealing and activated any version it liked.
    function test_owner_cannotSwapInOwnCommitteeAfterSealing() public {
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, address(drt)));
        om.setCommittee(_self(), 1);
        assertFalse(om.isOperator(address(this)));
    }

    /// @dev The trainer attack: the owner flips the model under a pending deposit so that the author's refund
    /// fails and a report takes it. The owner has no lever, and the author's refund goes through.
    function test_owner_cannotFlipModelUnderPendingDeposit() public {
        (int64[] memory sample, uint64 label, uint256 addedTime) = _aliceAdds();
        vm.expectRevert(abi.encodeWithSelector(Classifier.AlreadySealed.selector, address(drt)));
        om.setCommittee(_self(), 1);
        vm.warp(addedTime + REFUND_WAIT);
        uint256 before = alice.balance;
        vm.prank(alice);
        drt.refund(sample, label, addedTime);
        assertEq(alice.balance - before, 1 ether);
    }
}
