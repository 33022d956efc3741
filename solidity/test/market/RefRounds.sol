// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The market's reward arithmetic written plainly in memory, apart from the contract, for the tests to
/// check it against: from the accuracies after each contribution to what each contributor and the provider get.
library RefRounds {
    struct Input {
        uint256[] acc; // acc[0]: initial model; acc[k]: after contributions 1..k
        uint256[] stake; // stake[k - 1] of contribution k
        uint256[] owner; // owner[k - 1]: the contributor (an index below numOwners) of contribution k
        uint256 numOwners;
        bool grouped;
        uint256 minStake;
        uint256 bounty;
        uint256 numEvalSamples;
    }

    struct Output {
        uint256[] paid; // per owner
        uint256 providerRefund;
        uint256 iterations;
        uint256 roundsPaid;
    }

    function compute(Input memory p) internal pure returns (Output memory o) {
        uint256 c = p.stake.length;
        // Units: contributions, or owners when grouped.
        uint256 numUnits = p.grouped ? p.numOwners : c;
        int256[] memory bal = new int256[](numUnits);
        uint256[] memory count = new uint256[](numUnits);
        bool[] memory active = new bool[](numUnits);
        uint256 alive;
        for (uint256 k; k < c; ++k) {
            uint256 u = p.grouped ? p.owner[k] : k;
            bal[u] += int256(p.stake[k]);
            count[u] += 1;
            if (!active[u]) {
                active[u] = true;
                ++alive;
            }
        }
        o.paid = new uint256[](p.numOwners);
        uint256 remaining = p.bounty / p.numEvalSamples;
        uint256 totalPaid;
        while (true) {
            ++o.iterations;
            int256[] memory score = new int256[](numUnits);
            int256 prev = int256(p.acc[0]);
            for (uint256 k; k < c; ++k) {
                uint256 u = p.grouped ? p.owner[k] : k;
                if (!active[u]) continue;
                score[u] += int256(p.acc[k + 1]) - prev;
                prev = int256(p.acc[k + 1]);
            }
            bool negative;
            uint256 fewest = type(uint256).max;
            for (uint256 u; u < numUnits; ++u) {
                if (!active[u] || score[u] >= 0) continue;
                negative = true;
                uint256 affordable = uint256(bal[u]) / uint256(-score[u]);
                if (affordable < fewest) fewest = affordable;
            }
            bool isFinal = !negative || fewest >= remaining;
            uint256 rounds = isFinal ? remaining : fewest;
            remaining -= rounds;
            o.roundsPaid += rounds;
            for (uint256 u; u < numUnits; ++u) {
                if (!active[u]) continue;
                bal[u] += score[u] * int256(rounds);
                require(bal[u] >= 0, "negative balance");
                uint256 threshold = p.minStake * count[u];
                if (isFinal || bal[u] < int256(threshold) || bal[u] < -score[u]) {
                    if (!isFinal) {
                        active[u] = false;
                        --alive;
                    }
                    uint256 who = p.grouped ? u : p.owner[u];
                    o.paid[who] += uint256(bal[u]);
                    totalPaid += uint256(bal[u]);
                }
            }
            if (isFinal || alive == 0) break;
        }
        uint256 totalStake;
        for (uint256 k; k < c; ++k) {
            totalStake += p.stake[k];
        }
        o.providerRefund = p.bounty + totalStake - totalPaid;
    }
}
