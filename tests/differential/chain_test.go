// SPDX-License-Identifier: MIT

package differential

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Chain parameters. Every update transaction gets the same gas limit, far above what any update here uses
// (at most 31 storage writes, under 1M gas), so that a failed receipt always means a revert, never running
// out of gas; the block gas limit holds a whole batch of them.
const (
	updateGas     = 3_000_000
	blockGasLimit = 1_000_000_000
	// chunkWords is how many parameter words one initialisation transaction writes (about 7M gas).
	chunkWords = 300
)

// testChain is a simulated Osaka chain with one funded account, which deploys the model contract and is its
// trainer.
type testChain struct {
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	errors  *chain.Errors
	// nonce is the account's next nonce: transactions are signed here, not by a node that counts for us.
	nonce uint64
	// feeCap and tip price every update; the base fee only falls on this chain, whose blocks stay far below
	// their gas target.
	feeCap, tip *big.Int
}

// newTestChain starts a chain that is closed when t ends.
func newTestChain(t *testing.T) *testChain {
	t.Helper()
	key, err := crypto.ToECDSA(common.LeftPadBytes([]byte{0xd1, 0xff}, 32))
	if err != nil {
		t.Fatalf("crypto.ToECDSA() error = %v", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	// Enough for every update at the fee cap, many times over.
	funds := new(big.Int).Mul(big.NewInt(1e12), big.NewInt(params.Ether))
	sim := chain.NewSimulated(types.GenesisAlloc{from: {Balance: funds}}, blockGasLimit)
	t.Cleanup(func() { _ = sim.Close() })
	c := &testChain{
		ctx:    context.Background(),
		sim:    sim,
		client: sim.Client(),
		key:    key,
		from:   from,
		errors: trainer.Errors(),
		feeCap: big.NewInt(100 * params.GWei),
		tip:    big.NewInt(params.GWei),
	}
	id, err := c.client.ChainID(c.ctx)
	if err != nil {
		t.Fatalf("ChainID() error = %v", err)
	}
	c.chainID, c.signer = id, types.LatestSignerForChainID(id)
	return c
}

// deploy deploys m's contract with the chain's account as both owner and trainer, writing the parameter words
// in chunks as trainer.Deploy does, and returns its address.
func (c *testChain) deploy(t *testing.T, m *model.Model) common.Address {
	t.Helper()
	words, err := m.Words()
	if err != nil {
		t.Fatalf("%s: Words() error = %v", m.Kind, err)
	}
	first := words[:min(chunkWords, len(words))]
	var (
		code, args []byte
		setWords   func(*big.Int, []*big.Int) []byte
	)
	switch m.Kind {
	case model.SparsePerceptron:
		b := bindings.NewSparsePerceptron()
		code, setWords = common.FromHex(bindings.SparsePerceptronMetaData.Bin), b.PackSetWeightWords
		args = b.PackConstructor(c.from, m.Classes, m.NumFeatures, m.MaxFeatures, m.Intercept, m.LearningRate, m.DecayUpdates, m.Updates, first)
	case model.DensePerceptron:
		b := bindings.NewDensePerceptron()
		code, setWords = common.FromHex(bindings.DensePerceptronMetaData.Bin), b.PackSetWeightWords
		args = b.PackConstructor(c.from, m.Classes, m.NumFeatures, big.NewInt(m.Intercept), m.LearningRate, m.DecayUpdates, m.Updates, first)
	case model.NaiveBayes:
		b := bindings.NewNaiveBayes()
		code, setWords = common.FromHex(bindings.NaiveBayesMetaData.Bin), b.PackSetCountWords
		args = b.PackConstructor(c.from, m.Classes, m.NumFeatures, m.MaxFeatures, m.Smoothing, m.ClassCounts, first)
	case model.DenseNearestCentroid:
		b := bindings.NewDenseNearestCentroid()
		code, setWords = common.FromHex(bindings.DenseNearestCentroidMetaData.Bin), b.PackSetSumWords
		args = b.PackConstructor(c.from, m.Classes, m.NumFeatures, m.DataCounts, first)
	case model.SparseNearestCentroid:
		b := bindings.NewSparseNearestCentroid()
		code, setWords = common.FromHex(bindings.SparseNearestCentroidMetaData.Bin), b.PackSetSumWords
		args = b.PackConstructor(c.from, m.Classes, m.NumFeatures, m.MaxFeatures, m.DataCounts, first)
	default:
		t.Fatalf("deploy: unknown kind %q", m.Kind)
	}
	tx := trainer.NewTransactor(c.client, bind.NewKeyedTransactor(c.key, c.chainID), chain.WithMiner(func() { c.sim.Commit() }))
	addr, _, err := tx.Deploy(c.ctx, code, args)
	if err != nil {
		t.Fatalf("%s: deploy: %v", m.Kind, err)
	}
	for start := len(first); start < len(words); start += chunkWords {
		end := min(start+chunkWords, len(words))
		if _, err := tx.Transact(c.ctx, addr, setWords(big.NewInt(int64(start)), words[start:end]), nil); err != nil {
			t.Fatalf("%s: initialise words %d-%d of %d: %v", m.Kind, start, end-1, len(words), err)
		}
	}
	// From here on the test signs its own transactions.
	if c.nonce, err = c.client.NonceAt(c.ctx, c.from, nil); err != nil {
		t.Fatalf("NonceAt() error = %v", err)
	}
	return addr
}

// send signs and sends a call of contract with calldata, at the account's next nonce, without mining it.
func (c *testChain) send(contract common.Address, calldata []byte) (common.Hash, error) {
	tx, err := types.SignNewTx(c.key, c.signer, &types.DynamicFeeTx{
		Nonce:     c.nonce,
		GasTipCap: c.tip,
		GasFeeCap: c.feeCap,
		Gas:       updateGas,
		To:        &contract,
		Data:      calldata,
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("sign transaction %d: %w", c.nonce, err)
	}
	if err := c.client.SendTransaction(c.ctx, tx); err != nil {
		return common.Hash{}, fmt.Errorf("send transaction %d: %w", c.nonce, err)
	}
	c.nonce++
	return tx.Hash(), nil
}

// blockReceiptsClient is the part of ethclient.Client the simulated client has but its interface leaves out.
type blockReceiptsClient interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// promotionTimeout bounds the wait for the pool to take up sent transactions.
const promotionTimeout = 10 * time.Second

// commit mines every sent transaction, in nonce order, and returns their receipts by hash and the number of
// blocks it took.
//
// The pool takes a sent transaction up in the background: the simulated backend syncs the pool before it
// builds a block, but a transaction sent just after the previous block can still miss it. commit therefore
// first waits until the pool counts them all, and mines again should a block still leave some out; the
// updates stay in order either way, as their nonces fix it. A block holding anything else is an error.
func (c *testChain) commit(want []common.Hash) (map[common.Hash]*types.Receipt, int, error) {
	deadline := time.Now().Add(promotionTimeout)
	for {
		pending, err := c.client.PendingNonceAt(c.ctx, c.from)
		if err != nil {
			return nil, 0, fmt.Errorf("read pending nonce: %w", err)
		}
		if pending == c.nonce {
			break
		}
		if time.Now().After(deadline) {
			return nil, 0, fmt.Errorf("the pool's pending nonce is %d after %v, want %d", pending, promotionTimeout, c.nonce)
		}
		time.Sleep(100 * time.Microsecond)
	}
	rc, ok := c.client.(blockReceiptsClient)
	if !ok {
		return nil, 0, fmt.Errorf("the simulated client %T cannot read block receipts", c.client)
	}
	wanted := make(map[common.Hash]bool, len(want))
	for _, h := range want {
		wanted[h] = true
	}
	byHash := make(map[common.Hash]*types.Receipt, len(want))
	const maxBlocks = 5
	for blocks := 1; blocks <= maxBlocks; blocks++ {
		hash := c.sim.Commit()
		receipts, err := rc.BlockReceipts(c.ctx, rpc.BlockNumberOrHashWithHash(hash, false))
		if err != nil {
			return nil, 0, fmt.Errorf("read receipts of block %s: %w", hash, err)
		}
		for _, r := range receipts {
			if !wanted[r.TxHash] {
				return nil, 0, fmt.Errorf("block %s holds transaction %s, which is not one of the %d sent", hash, r.TxHash, len(want))
			}
			byHash[r.TxHash] = r
		}
		if len(byHash) == len(want) {
			return byHash, blocks, nil
		}
	}
	return nil, 0, fmt.Errorf("%d of %d transactions still unmined after %d blocks", len(want)-len(byHash), len(want), maxBlocks)
}

// call runs calldata against contract at the latest block, from the account (the trainer, as update needs),
// with reverts decoded.
func (c *testChain) call(contract common.Address, calldata []byte) ([]byte, error) {
	out, err := c.client.CallContract(c.ctx, ethereum.CallMsg{From: c.from, To: &contract, Data: calldata}, nil)
	if err != nil {
		return nil, c.errors.Decode(err)
	}
	return out, nil
}

// storageAt reads the word at slot of contract at the latest block.
func (c *testChain) storageAt(contract common.Address, slot *big.Int) (*big.Int, error) {
	b, err := c.client.StorageAt(c.ctx, contract, common.BigToHash(slot), nil)
	if err != nil {
		return nil, fmt.Errorf("read slot %#x: %w", slot, err)
	}
	return new(big.Int).SetBytes(b), nil
}

// callAndUnpack packs a view call, runs it, and unpacks the answer.
func callAndUnpack[T any](c *testChain, contract common.Address, calldata []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.call(contract, calldata)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("unpack %x: %w", out, err)
	}
	return v, nil
}
