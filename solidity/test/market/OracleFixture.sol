// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {OracleModel} from "../../src/oracle/OracleModel.sol";
import {OracleModelTestBase} from "../oracle/OracleModelTestBase.sol";

/// @notice Deploys and owns an OracleModel for a market test: version 0 set while initialising, a one-operator
/// committee, and `activateNext` to make that committee activate a new version (as its owner could today by
/// making itself the committee).
contract OracleFixture is OracleModelTestBase {
    OracleModel public model;
    uint64 public active;

    function deploy(address trainer_, uint64 features) external returns (OracleModel) {
        string[] memory names = new string[](2);
        (names[0], names[1]) = ("0", "1");
        model = new OracleModel(trainer_, names, features, MAX_SAMPLE);
        Q memory q = _random(model.LINEAR(), 0, 2, features, 1);
        (OracleModel.Version memory v, OracleModel.Params memory p) = _prepare(model, q, 0, "weights 0");
        model.setInitialVersion(v, p);
        _committee(model, 1, 1);
        return model;
    }

    /// @notice The committee activates version `active + 1`, with other weights.
    function activateNext() external {
        uint64 number = active + 1;
        Q memory q = _random(model.LINEAR(), 0, 2, model.numFeatures(), 100 + number);
        (OracleModel.Version memory v, OracleModel.Params memory p) =
            _prepare(model, q, number, abi.encode("weights", number));
        vm.prank(ops[0]);
        model.propose(v, p);
        active = number;
    }
}
