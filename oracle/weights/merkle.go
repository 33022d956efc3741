package weights

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DefaultChunkSize is the size of a chunk of published weights: one publishWeights transaction each.
const DefaultChunkSize = 64 << 10

// ErrRootMismatch is returned when chunks do not hash to the root they should.
var ErrRootMismatch = errors.New("chunks do not match the weights root")

// Split cuts data into chunks of size bytes (DefaultChunkSize if size is not positive); the last may be
// shorter. The chunks share data's memory.
func Split(data []byte, size int) [][]byte {
	if size <= 0 {
		size = DefaultChunkSize
	}
	var chunks [][]byte
	for len(data) > 0 {
		n := min(size, len(data))
		chunks = append(chunks, data[:n:n])
		data = data[n:]
	}
	return chunks
}

// LeafHash is chunk index's leaf of a tree of numChunks chunks:
// keccak256(bytes.concat(keccak256(abi.encode(index, numChunks, keccak256(chunk))))). Hashing twice keeps a
// leaf from being mistaken for an inner node; numChunks in every leaf fixes the tree's size.
func LeafHash(index, numChunks int, chunk []byte) common.Hash {
	var enc [96]byte
	new(big.Int).SetUint64(uint64(index)).FillBytes(enc[:32])
	new(big.Int).SetUint64(uint64(numChunks)).FillBytes(enc[32:64])
	copy(enc[64:], crypto.Keccak256(chunk))
	return crypto.Keccak256Hash(crypto.Keccak256(enc[:]))
}

// hashPair is the commutative node hash OpenZeppelin's MerkleProof uses: the smaller hash first.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is the Merkle tree over a list of chunks, built bottom-up: nodes are paired left to right and an odd
// last node is promoted unchanged.
type Tree struct {
	levels [][]common.Hash
}

// NewTree builds the tree over chunks; there must be at least one.
func NewTree(chunks [][]byte) (*Tree, error) {
	if len(chunks) == 0 {
		return nil, errors.New("merkle tree: no chunks")
	}
	level := make([]common.Hash, len(chunks))
	for i, c := range chunks {
		level[i] = LeafHash(i, len(chunks), c)
	}
	t := &Tree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
			} else {
				next = append(next, hashPair(level[i], level[i+1]))
			}
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root is the tree's root, a version's WeightsRoot.
func (t *Tree) Root() common.Hash {
	return t.levels[len(t.levels)-1][0]
}

// Proof is the sibling hashes from leaf index up to the root, as publishWeights takes them.
func (t *Tree) Proof(index int) ([]common.Hash, error) {
	if index < 0 || index >= len(t.levels[0]) {
		return nil, fmt.Errorf("merkle proof: leaf %d of %d", index, len(t.levels[0]))
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		if sibling := index ^ 1; sibling < len(level) {
			proof = append(proof, level[sibling])
		}
		index /= 2
	}
	return proof, nil
}

// VerifyChunk reports whether chunk is chunk index of numChunks under root, given its proof.
func VerifyChunk(root common.Hash, index, numChunks int, chunk []byte, proof []common.Hash) bool {
	if index < 0 || index >= numChunks {
		return false
	}
	h := LeafHash(index, numChunks, chunk)
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

// Rebuild checks that chunks (all of them, in order, as read from WeightsChunk events) hash to root and
// decodes the weights they hold.
func Rebuild(root common.Hash, chunks [][]byte) (*Weights, error) {
	t, err := NewTree(chunks)
	if err != nil {
		return nil, fmt.Errorf("rebuild weights: %w", err)
	}
	if got := t.Root(); got != root {
		return nil, fmt.Errorf("rebuild weights: %w: got %s, want %s", ErrRootMismatch, got, root)
	}
	w, err := Decode(bytes.Join(chunks, nil))
	if err != nil {
		return nil, fmt.Errorf("rebuild weights: %w", err)
	}
	return w, nil
}
