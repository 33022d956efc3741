// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PredictionMarket} from "../../src/market/PredictionMarket.sol";
import {MarketTestBase} from "./MarketTestBase.sol";

contract PredictionMarketTest is MarketTestBase {
    function test_smoke_nonGrouped() public {
        _open(_config(), _accs(5, 10, 4, 12), 4, 5);
        _contribute(alice, MIN_STAKE, _contribSample(1));
        _contribute(bob, MIN_STAKE, _contribSample(2));
        _contribute(carol, MIN_STAKE, _contribSample(3));
        _toCollect();
        assertEq(market.claimable(alice), 34330);
        assertEq(market.claimable(bob), 4);
        assertEq(market.claimable(carol), 15328);
        assertEq(market.claimable(provider), 53338);
    }
}
