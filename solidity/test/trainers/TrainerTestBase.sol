// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {SparsePerceptron} from "../../src/models/SparsePerceptron.sol";
import {Trainer} from "../../src/trainers/Trainer.sol";

/// @notice Shared setup for the trainer tests: a small SparsePerceptron whose features behave predictably, and
/// helpers to add, refund and report contributions.
/// @dev Features of the default model (intercept 0, learning rate 1.0):
///   - F_NEG (0): weight -1e6, so `[F_NEG]` is predicted 0 for about a million label-1 updates;
///   - F_POS (1): weight +1e6, so `[F_POS]` is predicted 1;
///   - F_FLIP (2): weight 1e-9, predicted 1 now; one label-0 update makes it -1 + 1e-9 (predicted 0), and one
///     label-1 update after that puts it back at 1e-9 (predicted 1);
///   - F_ZERO (3) .. 7: weight 0, predicted 0 (the score must be strictly positive for 1).
abstract contract TrainerTestBase is Test {
    int64 internal constant F_NEG = 0;
    int64 internal constant F_POS = 1;
    int64 internal constant F_FLIP = 2;
    int64 internal constant F_ZERO = 3;
    uint64 internal constant NUM_FEATURES = 8;
    int64 internal constant LEARNING_RATE = 1e9;
    int64 internal constant STRONG = 1e15;

    uint256 internal constant T0 = 1_700_000_000;

    /// @dev A sample of `times` entries that the default model scores as `[index]`: `index`, then the
    /// zero-weight features above both it and F_ZERO - 1, strictly increasing as models require (so `times`
    /// picks one of several distinct samples alike to the model). Past the last feature it repeats `index`: a
    /// sample only good for exceeding maxFeatures, whose check comes first.
    function _repeat(int64 index, uint256 times) internal pure returns (int64[] memory data) {
        data = new int64[](times);
        int64 next = index < F_ZERO ? F_ZERO : index + 1;
        for (uint256 i; i < times; ++i) {
            if (i == 0 || next >= int64(NUM_FEATURES)) {
                data[i] = index;
            } else {
                data[i] = next++;
            }
        }
    }

    function _one(int64 index) internal pure returns (int64[] memory) {
        return _repeat(index, 1);
    }

    function _names() internal pure returns (string[] memory names) {
        names = new string[](2);
        names[0] = "negative";
        names[1] = "positive";
    }

    /// @dev Packs `int64` weights four to a word, lane i at bits [64i, 64i + 64), two's complement.
    function _pack(int64[] memory weights) internal pure returns (uint256[] memory words) {
        words = new uint256[]((weights.length + 3) / 4);
        for (uint256 i; i < weights.length; ++i) {
            words[i / 4] |= uint256(uint64(weights[i])) << (64 * (i % 4));
        }
    }

    function _defaultWeights() internal pure returns (int64[] memory w) {
        w = new int64[](NUM_FEATURES);
        w[uint64(F_NEG)] = -STRONG;
        w[uint64(F_POS)] = STRONG;
        w[uint64(F_FLIP)] = 1;
    }

    /// @dev A fresh default model, owned by this test contract, built for a trainer at `trainer_`. It stays open
    /// (unsealed) until code exists at `trainer_`.
    function _newModelFor(address trainer_) internal returns (SparsePerceptron) {
        return new SparsePerceptron(
            trainer_, _names(), NUM_FEATURES, NUM_FEATURES, 0, LEARNING_RATE, 0, 0, _pack(_defaultWeights())
        );
    }

    /// @dev A fresh default model for the trainer this test contract deploys next: the model takes this
    /// contract's next creation address, so the trainer must be the creation right after it, made by this
    /// contract itself (not under a prank).
    function _newModel() internal returns (SparsePerceptron) {
        return _newModelFor(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1));
    }

    /// @dev A fresh default model for the trainer `deployer` creates next (for `vm.prank(deployer); new ...`).
    function _newModelForNextOf(address deployer) internal returns (SparsePerceptron) {
        return _newModelFor(vm.computeCreateAddress(deployer, vm.getNonce(deployer)));
    }

    /// @dev `data` as the AddData event carries it: each entry as 8 big-endian bytes, two's complement, built
    /// byte by byte (independently of abi.encodePacked).
    function _packed(int64[] memory data) internal pure returns (bytes memory out) {
        out = new bytes(8 * data.length);
        for (uint256 i; i < data.length; ++i) {
            uint64 v = uint64(data[i]);
            for (uint256 b; b < 8; ++b) {
                out[8 * i + b] = bytes1(uint8(v >> (8 * (7 - b))));
            }
        }
    }

    /// @dev Adds `data` labelled `label` as `who`, sending exactly the required deposit.
    function _add(Trainer t, address who, int64[] memory data, uint64 label)
        internal
        returns (bytes32 key, uint256 time, uint256 deposit)
    {
        deposit = t.nextAddDataCost();
        vm.deal(who, who.balance + deposit);
        vm.prank(who);
        t.addData{value: deposit}(data, label);
        time = vm.getBlockTimestamp();
        key = t.contributionKey(data, label, time, who);
    }

    /// @dev Gives `who` `count` (at most 8) good contributions, added now and validated after `wait`: samples
    /// `[F_POS] * k` labelled 1, which the default model always agrees with. Leaves the clock `wait` later.
    function _makeGood(Trainer t, address who, uint256 count, uint256 wait) internal {
        uint256 added = vm.getBlockTimestamp();
        for (uint256 k = 1; k <= count; ++k) {
            _add(t, who, _repeat(F_POS, k), 1);
        }
        vm.warp(added + wait);
        for (uint256 k = 1; k <= count; ++k) {
            vm.prank(who);
            t.refund(_repeat(F_POS, k), 1, added);
        }
    }

    /// @dev An independent integer square root (digit by digit, base 4), unlike OpenZeppelin's Newton iteration.
    function _isqrtRef(uint256 x) internal pure returns (uint256 root) {
        uint256 bit = uint256(1) << 254;
        while (bit > x) {
            bit >>= 2;
        }
        while (bit != 0) {
            if (x >= root + bit) {
                x -= root + bit;
                root = (root >> 1) + bit;
            } else {
                root >>= 1;
            }
            bit >>= 2;
        }
    }

    /// @dev The Deposit-Refund-Take deposit, computed independently of the contract.
    function _expectedDeposit(uint256 costWeight, uint256 elapsed) internal pure returns (uint256) {
        uint256 divisor = elapsed == 0 ? 1 : _isqrtRef(elapsed);
        return costWeight * 3600 / divisor;
    }
}
