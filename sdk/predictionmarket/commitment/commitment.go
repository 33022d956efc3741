// Package commitment computes the hashes PredictionMarket.sol commits to (MarketData.sol): each sample's leaf,
// each test piece's hash and the positional Merkle tree over the pieces, so that a client can build the
// commitment and the proofs it reveals with.
package commitment

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sample is a labelled sample as the model reads it (the contract's Sample).
type Sample struct {
	Data  []int64
	Label uint64
}

// SampleLeaf is MarketData.sampleLeaf: keccak256 of each entry as a 32-byte sign-extended word, then the label
// as 8 big-endian bytes.
func SampleLeaf(s Sample) common.Hash {
	buf := make([]byte, 32*len(s.Data)+8)
	for i, x := range s.Data {
		w := buf[32*i : 32*i+32]
		if x < 0 {
			for j := range 24 {
				w[j] = 0xff
			}
		}
		binary.BigEndian.PutUint64(w[24:], uint64(x))
	}
	binary.BigEndian.PutUint64(buf[32*len(s.Data):], s.Label)
	return crypto.Keccak256Hash(buf)
}

// PieceHash is the hash the market commits to for a test piece: keccak256 of its samples' leaves in order.
func PieceHash(piece []Sample) common.Hash {
	buf := make([]byte, 0, 32*len(piece))
	for _, s := range piece {
		buf = append(buf, SampleLeaf(s).Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// Tree is the positional Merkle tree over the pieces' hashes that MarketData.verify checks: depth
// ceil(log2(n)), leaves padded with zero hashes, each node keccak256(left ++ right).
type Tree struct {
	levels [][]common.Hash // levels[0]: the padded leaves; the last level: the root alone
	n      int
}

// NewTree builds the tree over leaves (at least one).
func NewTree(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, fmt.Errorf("merkle tree: no leaves")
	}
	width := 1
	for width < len(leaves) {
		width <<= 1
	}
	level := make([]common.Hash, width)
	copy(level, leaves)
	t := &Tree{n: len(leaves), levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(level[2*i].Bytes(), level[2*i+1].Bytes())
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root is the tree's root, the market's piecesRoot.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Proof returns leaf index's siblings from the bottom up, as revealFirstPiece and revealPieces take them.
func (t *Tree) Proof(index int) ([][32]byte, error) {
	if index < 0 || index >= t.n {
		return nil, fmt.Errorf("merkle proof: index %d of %d leaves", index, t.n)
	}
	proof := make([][32]byte, 0, len(t.levels)-1)
	for _, level := range t.levels[:len(t.levels)-1] {
		proof = append(proof, level[index^1])
		index >>= 1
	}
	return proof, nil
}
