package weights

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
)

// Params is the contract's Params struct: a version's quantised parameters by content hash.
type Params struct {
	Kind   Kind
	Hidden uint8
	// TailHash is the keccak256 of the tail (Quantised.Tail).
	TailHash common.Hash
	// PageHashes are the keccak256 of each page of rows (Quantised.Pages), in order.
	PageHashes []common.Hash
}

// Hash is keccak256(abi.encode(params)), what a Version's ParamsHash must be; the contract's hashParams view
// computes the same.
func (p Params) Hash() common.Hash {
	// abi.encode of a struct with a dynamic member: the struct's offset, its head (kind, hidden, tailHash, the
	// array's offset within the struct), then the array's length and elements.
	words := make([]byte, 0, 32*(6+len(p.PageHashes)))
	words = appendWord(words, 0x20)
	words = appendWord(words, uint64(p.Kind))
	words = appendWord(words, uint64(p.Hidden))
	words = append(words, p.TailHash[:]...)
	words = appendWord(words, 4*32)
	words = appendWord(words, uint64(len(p.PageHashes)))
	for _, h := range p.PageHashes {
		words = append(words, h[:]...)
	}
	return crypto.Keccak256Hash(words)
}

// Version is the contract's Version struct: one committed version of the model.
type Version struct {
	// Number counts versions up from 0, the owner's initial version.
	Number uint64
	// Parent is the version this one was trained from: the active one when it is proposed.
	Parent uint64
	// CursorBlock and CursorLogIndex locate the last contribution (AddData event) the training read.
	CursorBlock    uint64
	CursorLogIndex uint64
	// TrainedCount is how many contributions the training used.
	TrainedCount uint64
	// AccuracyPPM is the accuracy on the held-out set in parts per million.
	AccuracyPPM uint32
	// HeldOutSize is the size of the held-out set.
	HeldOutSize uint32
	// WeightChunks is how many chunks the full weights are published in.
	WeightChunks uint32
	// ConfigHash is the training configuration's hash.
	ConfigHash common.Hash
	// WeightsRoot is the Merkle root of the full weights' chunks (Tree.Root).
	WeightsRoot common.Hash
	// ParamsHash is Params.Hash of the quantised parameters.
	ParamsHash common.Hash
}

// Digest is keccak256(abi.encode(version)), what operators vote on; the contract's digest view computes the
// same.
func (v Version) Digest() common.Hash {
	words := make([]byte, 0, 11*32)
	for _, x := range []uint64{v.Number, v.Parent, v.CursorBlock, v.CursorLogIndex, v.TrainedCount,
		uint64(v.AccuracyPPM), uint64(v.HeldOutSize), uint64(v.WeightChunks)} {
		words = appendWord(words, x)
	}
	words = append(words, v.ConfigHash[:]...)
	words = append(words, v.WeightsRoot[:]...)
	words = append(words, v.ParamsHash[:]...)
	return crypto.Keccak256Hash(words)
}

// appendWord appends x as one 32-byte big-endian ABI word.
func appendWord(b []byte, x uint64) []byte {
	return append(b, common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32)...)
}

// Binding is p as the contract bindings take it (propose, activate, setInitialVersion).
func (p Params) Binding() bindings.OracleModelParams {
	b := bindings.OracleModelParams{Kind: uint8(p.Kind), Hidden: p.Hidden, TailHash: p.TailHash,
		PageHashes: make([][32]byte, len(p.PageHashes))}
	for i, h := range p.PageHashes {
		b.PageHashes[i] = h
	}
	return b
}

// Binding is v as the contract bindings take it.
func (v Version) Binding() bindings.OracleModelVersion {
	return bindings.OracleModelVersion{
		Number: v.Number, Parent: v.Parent, CursorBlock: v.CursorBlock, CursorLogIndex: v.CursorLogIndex,
		TrainedCount: v.TrainedCount, AccuracyPpm: v.AccuracyPPM, HeldOutSize: v.HeldOutSize,
		WeightChunks: v.WeightChunks, ConfigHash: v.ConfigHash, WeightsRoot: v.WeightsRoot, ParamsHash: v.ParamsHash,
	}
}

// VersionFromBinding is the Version the bindings return (activeVersion).
func VersionFromBinding(b bindings.OracleModelVersion) Version {
	return Version{
		Number: b.Number, Parent: b.Parent, CursorBlock: b.CursorBlock, CursorLogIndex: b.CursorLogIndex,
		TrainedCount: b.TrainedCount, AccuracyPPM: b.AccuracyPpm, HeldOutSize: b.HeldOutSize,
		WeightChunks: b.WeightChunks, ConfigHash: b.ConfigHash, WeightsRoot: b.WeightsRoot, ParamsHash: b.ParamsHash,
	}
}

// ParamsFromBinding is the Params the bindings decode (a proposal's calldata).
func ParamsFromBinding(b bindings.OracleModelParams) Params {
	p := Params{Kind: Kind(b.Kind), Hidden: b.Hidden, TailHash: b.TailHash}
	for _, h := range b.PageHashes {
		p.PageHashes = append(p.PageHashes, h)
	}
	return p
}
