package commitment

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestTree checks proofs the way MarketData.verify does, for every size up to 9 leaves.
func TestTree(t *testing.T) {
	for n := 1; n <= 9; n++ {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = PieceHash([]Sample{{Data: []int64{int64(i), -1}, Label: uint64(i % 2)}})
		}
		tree, err := NewTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i, leaf := range leaves {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			h := leaf
			for level, sib := range proof {
				if (i>>level)&1 == 0 {
					h = crypto.Keccak256Hash(h.Bytes(), sib[:])
				} else {
					h = crypto.Keccak256Hash(sib[:], h.Bytes())
				}
			}
			if h != tree.Root() {
				t.Errorf("n=%d leaf %d: proof leads to %s, root %s", n, i, h, tree.Root())
			}
		}
		if _, err := tree.Proof(n); err == nil {
			t.Errorf("n=%d: proof of leaf %d given", n, n)
		}
	}
}
