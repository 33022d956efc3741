package oracle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/oracle/weights"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// TxReader reads a transaction by hash; ethclient.Client and the simulated backend's client both do. The
// operator reads other operators' proposals from their transactions' calldata.
type TxReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// reader is what the operator reads from its node besides calls: transactions and logs.
type reader interface {
	TxReader
	chain.LogReader
}

// contract drives one OracleModel from one operator's account.
type contract struct {
	t       *chain.Transactor
	txs     reader
	addr    common.Address
	binding *bindings.OracleModel
	abi     abi.ABI
	// gas is called with each receipt, for metrics.
	gas func(call string, r *types.Receipt)
	// settleWait bounds how long commit waits for the account's transactions in flight to be mined.
	settleWait time.Duration
	// pageBlocks is the widest block range of one log query.
	pageBlocks uint64
}

func newContract(t *chain.Transactor, txs reader, addr common.Address, gas func(string, *types.Receipt)) *contract {
	b := bindings.NewOracleModel()
	return &contract{t: t, txs: txs, addr: addr, binding: b, abi: b.GetABI(), gas: gas, settleWait: chain.DefaultTimeout,
		pageBlocks: trainer.DefaultPageBlocks}
}

// proposal is a version some operator proposed, read back from its transaction.
type proposal struct {
	Operator common.Address
	Version  weights.Version
	Params   weights.Params
	Votes    uint64
}

// Bounds on one call to the node, so that a node that takes a request and never answers fails the cycle (to
// be retried at the next poll) instead of hanging it. A transaction's bound covers waiting for its receipt.
const (
	callTimeout = 30 * time.Second
	sendTimeout = chain.DefaultTimeout + callTimeout
	// readTimeout bounds reading a range of logs, however many pages it takes.
	readTimeout = 2 * time.Minute
)

func (c *contract) call(ctx context.Context, data []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	return c.t.Call(ctx, c.addr, data)
}

func (c *contract) send(ctx context.Context, call string, data []byte) error {
	return c.sendExtra(ctx, call, data, 0)
}

// sendExtra sends with extra gas over the estimate (chain.Transactor.TransactExtra).
func (c *contract) sendExtra(ctx context.Context, call string, data []byte, extra uint64) error {
	ctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	r, err := c.t.TransactExtra(ctx, c.addr, data, nil, extra)
	if err != nil {
		return fmt.Errorf("%s: %w", call, err)
	}
	if c.gas != nil {
		c.gas(call, r)
	}
	return nil
}

// active returns the active version.
func (c *contract) active(ctx context.Context) (weights.Version, error) {
	out, err := c.call(ctx, c.binding.PackActiveVersion())
	if err != nil {
		return weights.Version{}, fmt.Errorf("read the active version: %w", err)
	}
	v, err := c.binding.UnpackActiveVersion(out)
	if err != nil {
		return weights.Version{}, fmt.Errorf("read the active version: %w", err)
	}
	return weights.VersionFromBinding(v.Version), nil
}

// committee returns the operators, the threshold and the epoch.
func (c *contract) committee(ctx context.Context) (bindings.CommitteeOutput, error) {
	out, err := c.call(ctx, c.binding.PackCommittee())
	if err != nil {
		return bindings.CommitteeOutput{}, fmt.Errorf("read the committee: %w", err)
	}
	return c.binding.UnpackCommittee(out)
}

// proposalOf returns the digest operator proposed for number in the current epoch, or the zero hash.
func (c *contract) proposalOf(ctx context.Context, operator common.Address, number uint64) (common.Hash, error) {
	out, err := c.call(ctx, c.binding.PackProposalOf(operator, number))
	if err != nil {
		return common.Hash{}, fmt.Errorf("read %s's proposal for version %d: %w", operator, number, err)
	}
	d, err := c.binding.UnpackProposalOf(out)
	return d, err
}

func (c *contract) votes(ctx context.Context, digest common.Hash) (uint64, error) {
	out, err := c.call(ctx, c.binding.PackVotes(digest))
	if err != nil {
		return 0, fmt.Errorf("read the votes for %s: %w", digest, err)
	}
	v, err := c.binding.UnpackVotes(out)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

func (c *contract) pageStaged(ctx context.Context, hash common.Hash) (bool, error) {
	out, err := c.call(ctx, c.binding.PackPageOf(hash))
	if err != nil {
		return false, fmt.Errorf("read page %s: %w", hash, err)
	}
	p, err := c.binding.UnpackPageOf(out)
	if err != nil {
		return false, err
	}
	return p.Pointer != (common.Address{}), nil
}

func (c *contract) chunkPublished(ctx context.Context, root common.Hash, index int) (bool, error) {
	out, err := c.call(ctx, c.binding.PackIsChunkPublished(root, big.NewInt(int64(index))))
	if err != nil {
		return false, fmt.Errorf("read chunk %d of %s: %w", index, root, err)
	}
	return c.binding.UnpackIsChunkPublished(out)
}

// proposals returns the proposals for version number in the current epoch, in the order they were made, read
// from the Proposed events since fromBlock and their transactions' calldata.
func (c *contract) proposals(ctx context.Context, number, fromBlock uint64) ([]proposal, error) {
	ev := c.abi.Events["Proposed"]
	logs, err := c.logs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{c.addr},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(number))}},
	}, fromBlock)
	if err != nil {
		return nil, fmt.Errorf("read proposals for version %d: %w", number, err)
	}
	method := c.abi.Methods["propose"]
	var out []proposal
	seen := make(map[common.Address]bool)
	for _, l := range logs {
		if len(l.Topics) < 4 {
			continue
		}
		operator := common.BytesToAddress(l.Topics[3][:])
		digest := l.Topics[2]
		if seen[operator] {
			continue
		}
		// Only the current epoch's proposals count; an older epoch's may name the same number.
		current, err := c.proposalOf(ctx, operator, number)
		if err != nil {
			return nil, err
		}
		if current != digest {
			continue
		}
		tctx, cancel := context.WithTimeout(ctx, callTimeout)
		tx, _, err := c.txs.TransactionByHash(tctx, l.TxHash)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("read proposal transaction %s: %w", l.TxHash, err)
		}
		input := tx.Data()
		if len(input) < 4 || !bytes.Equal(input[:4], method.ID) {
			// Proposed from a contract calling propose: its calldata is not ours to decode.
			continue
		}
		args, err := method.Inputs.Unpack(input[4:])
		if err != nil || len(args) != 2 {
			return nil, fmt.Errorf("decode proposal transaction %s: %v", l.TxHash, err)
		}
		v := *abi.ConvertType(args[0], new(bindings.OracleModelVersion)).(*bindings.OracleModelVersion)
		p := *abi.ConvertType(args[1], new(bindings.OracleModelParams)).(*bindings.OracleModelParams)
		pr := proposal{Operator: operator, Version: weights.VersionFromBinding(v), Params: weights.ParamsFromBinding(p)}
		if pr.Version.Digest() != digest {
			return nil, fmt.Errorf("proposal transaction %s: calldata digest %s is not the event's %s", l.TxHash, pr.Version.Digest(), digest)
		}
		if pr.Votes, err = c.votes(ctx, digest); err != nil {
			return nil, err
		}
		seen[operator] = true
		out = append(out, pr)
	}
	return out, nil
}

// logs reads q's logs from fromBlock to the head, a page of blocks per query (chain.Logs), within readTimeout.
func (c *contract) logs(ctx context.Context, q ethereum.FilterQuery, fromBlock uint64) ([]*types.Log, error) {
	ctx, cancel := context.WithTimeout(ctx, readTimeout)
	defer cancel()
	var out []*types.Log
	for l, err := range chain.Logs(ctx, c.txs, q, fromBlock, 0, c.pageBlocks) {
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// activationGas bounds what activating a version costs beyond a plain vote: storing its pointers, and for
// several pages deploying their directory (20 bytes of code a page). Measured: 47k for one page, 91k for two.
func activationGas(p weights.Params) uint64 {
	return 100_000 + 4_000*uint64(len(p.PageHashes))
}

// weightChunks reads the published chunks of root from the WeightsChunk events since fromBlock, index order.
func (c *contract) weightChunks(ctx context.Context, root common.Hash, numChunks int, fromBlock uint64) ([][]byte, error) {
	ev := c.abi.Events["WeightsChunk"]
	logs, err := c.logs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{c.addr},
		Topics:    [][]common.Hash{{ev.ID}, {root}},
	}, fromBlock)
	if err != nil {
		return nil, fmt.Errorf("read the weights %s: %w", root, err)
	}
	chunks := make([][]byte, numChunks)
	for _, l := range logs {
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(vals) != 3 {
			return nil, fmt.Errorf("decode a chunk of %s (tx %s): %v", root, l.TxHash, err)
		}
		index, n := vals[0].(*big.Int), vals[1].(*big.Int)
		if !index.IsInt64() || !n.IsInt64() || n.Int64() != int64(numChunks) || index.Int64() >= int64(numChunks) {
			continue
		}
		chunks[index.Int64()] = vals[2].([]byte)
	}
	for i, ch := range chunks {
		if ch == nil {
			return nil, fmt.Errorf("the weights %s: chunk %d of %d is not published", root, i, numChunks)
		}
	}
	return chunks, nil
}

// nonceReader reads an account's nonce at a block; ethclient.Client and the simulated backend's client both do.
type nonceReader interface {
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
}

// settle waits until the account has no transaction in flight: its pending nonce is its mined one. commit's
// checks read the latest state, which does not show a transaction still in the pool (one a crashed run sent);
// without the wait it would send that transaction again, or fail on a proposal already pending.
func (c *contract) settle(ctx context.Context) error {
	nodeNonces, ok := c.t.Backend().(nonceReader)
	if !ok {
		return fmt.Errorf("the node client %T cannot read nonces: use an ethclient.Client", c.t.Backend())
	}
	from := c.t.From()
	start := time.Now()
	pause := 10 * time.Millisecond
	for {
		pending, err := c.t.Backend().PendingNonceAt(ctx, from)
		if err != nil {
			return fmt.Errorf("read the pending nonce of %s: %w", from, err)
		}
		mined, err := nodeNonces.NonceAt(ctx, from, nil)
		if err != nil {
			return fmt.Errorf("read the nonce of %s: %w", from, err)
		}
		if pending <= mined {
			return nil
		}
		if time.Since(start) >= c.settleWait {
			return fmt.Errorf("account %s has %d transactions pending for over %s (nonces %d to %d): a run before this one sent them and they are not mined; speed them up (resend at those nonces with a higher fee) or wait for the node to mine them",
				from, pending-mined, c.settleWait, mined, pending-1)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %d transactions of %s pending: %w", pending-mined, from, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, time.Second)
	}
}

// commit stages, publishes, proposes and activates v with the release's data, skipping every step the chain
// already shows done. It first waits for the account's transactions in flight, so that the chain shows them.
// It returns whether v is active when it is done.
func (c *contract) commit(ctx context.Context, v weights.Version, r *weights.Release) (bool, error) {
	if err := c.settle(ctx); err != nil {
		return false, fmt.Errorf("commit version %d: %w", v.Number, err)
	}
	for i, data := range append(append([][]byte{}, r.Pages...), r.Tail) {
		h := crypto.Keccak256Hash(data)
		ok, err := c.pageStaged(ctx, h)
		if err != nil {
			return false, err
		}
		if ok {
			continue
		}
		if err := c.send(ctx, "stagePage", c.binding.PackStagePage(data)); err != nil {
			return false, fmt.Errorf("stage page %d of version %d: %w", i, v.Number, err)
		}
	}
	n := big.NewInt(int64(len(r.Chunks)))
	for i, chunk := range r.Chunks {
		ok, err := c.chunkPublished(ctx, r.Root, i)
		if err != nil {
			return false, err
		}
		if ok {
			continue
		}
		proof := make([][32]byte, len(r.Proofs[i]))
		for j, h := range r.Proofs[i] {
			proof[j] = h
		}
		if err := c.send(ctx, "publishWeights", c.binding.PackPublishWeights(r.Root, n, big.NewInt(int64(i)), chunk, proof)); err != nil {
			return false, fmt.Errorf("publish chunk %d of version %d: %w", i, v.Number, err)
		}
	}
	return c.vote(ctx, v, r.Params)
}

// vote proposes v unless this operator already did, then activates it if it has a quorum and is not active.
func (c *contract) vote(ctx context.Context, v weights.Version, p weights.Params) (bool, error) {
	digest := v.Digest()
	mine, err := c.proposalOf(ctx, c.t.From(), v.Number)
	if err != nil {
		return false, err
	}
	switch mine {
	case common.Hash{}:
		// Another operator's vote may land between the estimate and this one, making this the vote that
		// activates: give it the activation's gas whatever the count was at estimation.
		if err := c.sendExtra(ctx, "propose", c.binding.PackPropose(v.Binding(), p.Binding()), activationGas(p)); err != nil {
			return false, fmt.Errorf("propose version %d: %w", v.Number, err)
		}
	case digest:
	default:
		return false, fmt.Errorf("version %d: this operator already proposed %s, not %s; it cannot vote twice", v.Number, mine, digest)
	}
	active, err := c.active(ctx)
	if err != nil {
		return false, err
	}
	if active.Number >= v.Number {
		return active.Digest() == digest, nil
	}
	cm, err := c.committee(ctx)
	if err != nil {
		return false, err
	}
	votes, err := c.votes(ctx, digest)
	if err != nil {
		return false, err
	}
	if votes < uint64(cm.Threshold) {
		return false, nil
	}
	if err := c.send(ctx, "activate", c.binding.PackActivate(v.Binding(), p.Binding())); err != nil {
		return false, fmt.Errorf("activate version %d: %w", v.Number, err)
	}
	return true, nil
}

var errNotOperator = errors.New("not an operator")

// ChainStatus is what the chain says of an oracle model: its active version and its committee.
type ChainStatus struct {
	Active    weights.Version
	Operators []common.Address
	Threshold uint8
	Epoch     uint64
	// CommitteeDelay is how long a committee change waits once it reaches the quorum: the trainer's refund
	// wait plus the model's notice.
	CommitteeDelay time.Duration
	// Pending is the scheduled committee change; its Digest is zero when there is none.
	Pending PendingChange
}

// ReadStatus reads the active version, the committee and any scheduled committee change of the OracleModel at
// model.
func ReadStatus(ctx context.Context, backend chain.Backend, model common.Address) (*ChainStatus, error) {
	c := newContract(chain.NewTransactor(backend, &bind.TransactOpts{}), nil, model, nil)
	active, err := c.active(ctx)
	if err != nil {
		return nil, fmt.Errorf("model %s is not an OracleModel with an active version: %w", model, err)
	}
	cm, err := c.committee(ctx)
	if err != nil {
		return nil, err
	}
	s := &ChainStatus{Active: active, Operators: cm.Operators, Threshold: cm.Threshold, Epoch: cm.Epoch}
	if s.CommitteeDelay, err = c.committeeDelay(ctx); err != nil {
		return nil, err
	}
	if s.Pending, err = c.pendingChange(ctx); err != nil {
		return nil, err
	}
	return s, nil
}
