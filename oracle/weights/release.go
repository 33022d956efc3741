package weights

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Release is everything the oracle puts on-chain for one version of a model: the quantised pages and tail to
// stage, the Params they make, and the full weights' chunks with their proofs to publish.
type Release struct {
	Quantised *Quantised
	// Pages and Tail are the data to stage (stagePage), one transaction each.
	Pages [][]byte
	Tail  []byte
	// Params is what the version's ParamsHash commits to.
	Params Params
	// Chunks are the canonical encoding of the weights split for publishWeights, with Proofs[i] chunk i's.
	Chunks [][]byte
	Proofs [][]common.Hash
	// Root is the Merkle root of Chunks, the version's WeightsRoot.
	Root common.Hash
}

// NewRelease quantises w and chunks its canonical encoding into chunks of chunkSize bytes (DefaultChunkSize
// if not positive).
func NewRelease(w *Weights, chunkSize int) (*Release, error) {
	q, err := Quantise(w)
	if err != nil {
		return nil, fmt.Errorf("release: %w", err)
	}
	enc, err := Encode(w)
	if err != nil {
		return nil, fmt.Errorf("release: %w", err)
	}
	r := &Release{Quantised: q, Pages: q.Pages(), Tail: q.Tail(), Params: q.Params(), Chunks: Split(enc, chunkSize)}
	t, err := NewTree(r.Chunks)
	if err != nil {
		return nil, fmt.Errorf("release: %w", err)
	}
	r.Root = t.Root()
	for i := range r.Chunks {
		proof, err := t.Proof(i)
		if err != nil {
			return nil, fmt.Errorf("release: %w", err)
		}
		r.Proofs = append(r.Proofs, proof)
	}
	return r, nil
}

// Version fills in what v commits to of this release (ParamsHash, WeightsRoot, WeightChunks) and returns it.
func (r *Release) Version(v Version) Version {
	v.ParamsHash = r.Params.Hash()
	v.WeightsRoot = r.Root
	v.WeightChunks = uint32(len(r.Chunks))
	return v
}
