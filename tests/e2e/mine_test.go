// SPDX-License-Identifier: MIT

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// TestMineOnAnvil checks that `sumkit mine` seals blocks on anvil, which answers evm_mine differently from
// sumkit devnet ("0x0" rather than the block hash).
func TestMineOnAnvil(t *testing.T) {
	n := startNode(t, 31337)
	before, err := n.client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	out := n.ok(t, "mine", "--blocks", "4")
	if want := fmt.Sprintf("mined 4 blocks; head is block %d", before+4); !strings.Contains(out, want) {
		t.Errorf("mine output = %q, want %q", out, want)
	}
	if after, err := n.client.BlockNumber(t.Context()); err != nil || after != before+4 {
		t.Errorf("head after mine = %d, %v; want %d", after, err, before+4)
	}
	checkUsage(t, n.sumkit(t, "mine", "--blocks", "0"), "--blocks 0", "at least 1")
}
