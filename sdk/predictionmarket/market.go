package predictionmarket

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Phase is PredictionMarket.Phase.
type Phase uint8

// The market's phases, in the order a run goes through them.
const (
	Idle Phase = iota
	Committed
	Participation
	Revealing
	Rewarding
	Collecting
)

var phaseNames = [...]string{"Idle", "Committed", "Participation", "Revealing", "Rewarding", "Collecting"}

// String is the phase's name in the contract.
func (p Phase) String() string {
	if int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return fmt.Sprintf("Phase(%d)", uint8(p))
}

// StageWalk is PredictionMarket's reward stage that evaluates the contributions one by one; later stages settle.
const StageWalk = 0

// Backend is what a Market needs of a node: ethclient.Client and the simulated client both are.
type Backend interface {
	chain.Backend
	BlockNumber(ctx context.Context) (uint64, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Market is a client of one deployed PredictionMarket.
type Market struct {
	node   Backend
	addr   common.Address
	pm     *bindings.PredictionMarket
	caller *chain.Transactor
}

// New returns a client of the PredictionMarket at addr on node. It reads without a sender; sending takes a
// transactor per call ([Market.Send]).
func New(node Backend, addr common.Address) *Market {
	// eth_call needs no signer; the zero address will do as sender.
	return &Market{node: node, addr: addr, pm: bindings.NewPredictionMarket(),
		caller: chain.NewTransactor(node, &bind.TransactOpts{}, chain.WithErrors(trainer.Errors()))}
}

// Deploy deploys a new, Idle PredictionMarket from t.
func Deploy(ctx context.Context, t *chain.Transactor) (*Market, *types.Receipt, error) {
	addr, r, err := t.Deploy(ctx, common.FromHex(bindings.PredictionMarketMetaData.Bin), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("deploy the PredictionMarket: %w", err)
	}
	node, ok := t.Backend().(Backend)
	if !ok {
		return nil, nil, errors.New("deploy the PredictionMarket: the transactor's node cannot report its block number and chain id")
	}
	return New(node, addr), r, nil
}

// Address is the market contract's address.
func (m *Market) Address() common.Address { return m.addr }

// HasCode reports whether a contract is deployed at the market's address.
func (m *Market) HasCode(ctx context.Context) (bool, error) {
	code, err := m.node.CodeAt(ctx, m.addr, nil)
	if err != nil {
		return false, fmt.Errorf("read the code at %s: %w", m.addr, err)
	}
	return len(code) > 0, nil
}

// call reads a view of the market: the one call helper every read goes through.
func call[T any](ctx context.Context, m *Market, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := m.caller.Call(ctx, m.addr, data)
	if err != nil {
		return zero, fmt.Errorf("read the market's %s: %w", what, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decode the market's %s: %w", what, err)
	}
	return v, nil
}

// State reads the current run's state.
func (m *Market) State(ctx context.Context) (bindings.PredictionMarketState, error) {
	return call(ctx, m, "state", m.pm.PackState(), m.pm.UnpackState)
}

// Config reads the current run's configuration.
func (m *Market) Config(ctx context.Context) (bindings.IPredictionMarketConfig, error) {
	return call(ctx, m, "config", m.pm.PackConfig(), m.pm.UnpackConfig)
}

// Run reads the current run's number, from 0.
func (m *Market) Run(ctx context.Context) (*big.Int, error) {
	return call(ctx, m, "run", m.pm.PackRun(), m.pm.UnpackRun)
}

// RewardState reads where the reward computation stands.
func (m *Market) RewardState(ctx context.Context) (bindings.PredictionMarketReward, error) {
	return call(ctx, m, "reward state", m.pm.PackRewardState(), m.pm.UnpackRewardState)
}

// UpdaterFor is the trainer address the market updates provider's models through: a run's model must be
// deployed for it.
func (m *Market) UpdaterFor(ctx context.Context, provider common.Address) (common.Address, error) {
	return call(ctx, m, "updater", m.pm.PackUpdaterFor(provider), m.pm.UnpackUpdaterFor)
}

// Claimable is what account may claim from the current run.
func (m *Market) Claimable(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, m, "claimable amount", m.pm.PackClaimable(account), m.pm.UnpackClaimable)
}

// ClaimableIn is what account may claim from run.
func (m *Market) ClaimableIn(ctx context.Context, run *big.Int, account common.Address) (*big.Int, error) {
	return call(ctx, m, "claimable amount", m.pm.PackClaimableIn(run, account), m.pm.UnpackClaimableIn)
}

// Owed is what the market has credited account for withdrawal.
func (m *Market) Owed(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, m, "credit", m.pm.PackOwed(account), m.pm.UnpackOwed)
}

// ModelChanged reports whether the run's model no longer matches the pin taken when the run started, which lets
// anyone make the provider forfeit.
func (m *Market) ModelChanged(ctx context.Context) (bool, error) {
	pin, err := call(ctx, m, "model pin", m.pm.PackModelPin(), m.pm.UnpackModelPin)
	if err != nil {
		return false, err
	}
	return pin.Pinned != pin.Current, nil
}

// Action is one call of the market: its calldata, the value it sends, and what it does, in words.
type Action struct {
	What  string
	Data  []byte
	Value *big.Int
}

// Send sends a from t and waits for its receipt.
func (m *Market) Send(ctx context.Context, t *chain.Transactor, a Action) (*types.Receipt, error) {
	r, err := t.Transact(ctx, m.addr, a.Data, a.Value)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.What, err)
	}
	return r, nil
}

// SendFunc sends one action of a flow; stop ends the flow early without an error (a dry run, say).
type SendFunc func(ctx context.Context, a Action) (stop bool, err error)

// Sender is the SendFunc that sends each action from t.
func (m *Market) Sender(t *chain.Transactor) SendFunc {
	return func(ctx context.Context, a Action) (bool, error) {
		_, err := m.Send(ctx, t, a)
		return false, err
	}
}

// Initialise commits the run to a test set of pieces pieces under root, with bounty wei, for model.
func (m *Market) Initialise(model common.Address, root common.Hash, pieces int, cfg bindings.IPredictionMarketConfig, bounty *big.Int) Action {
	return Action{fmt.Sprintf("committed a run: %d pieces, root %s, bounty %s wei", pieces, root, bounty),
		m.pm.PackInitialise(model, root, big.NewInt(int64(pieces)), cfg), bounty}
}

// Draw draws the piece to reveal first, from the draw block's hash.
func (m *Market) Draw() Action { return Action{"drew the first piece", m.pm.PackDraw(), nil} }

// RevealFirst reveals the drawn piece index of man, opening participation.
func (m *Market) RevealFirst(man *Manifest, tree *commitment.Tree, index int) (Action, error) {
	if index >= len(man.Pieces) {
		return Action{}, fmt.Errorf("piece %d was drawn but the manifest has %d pieces: use the manifest `market init` wrote", index, len(man.Pieces))
	}
	proof, err := tree.Proof(index)
	if err != nil {
		return Action{}, fmt.Errorf("prove piece %d: %w", index, err)
	}
	return Action{fmt.Sprintf("revealed piece %d (%d samples); participation is open", index, len(man.Pieces[index])),
		m.pm.PackRevealFirstPiece(ABISamples(man.Pieces[index]), proof), nil}, nil
}

// Contribute stakes stake wei on the sample data labelled label.
func (m *Market) Contribute(data []int64, label uint64, stake *big.Int) Action {
	return Action{fmt.Sprintf("contributed a sample of %d entries as class %d with a stake of %s wei", len(data), label, stake),
		m.pm.PackContribute(data, label), stake}
}

// End ends participation; contributions is how many the run has, for the message.
func (m *Market) End(contributions uint32) Action {
	return Action{fmt.Sprintf("ended participation with %d contributions", contributions), m.pm.PackEndMarket(), nil}
}

// Claim claims account's part of the current run.
func (m *Market) Claim(account common.Address, amount *big.Int) Action {
	return Action{fmt.Sprintf("claimed %s wei to %s", amount, account), m.pm.PackClaim(account), nil}
}

// ClaimRun claims account's part of an earlier run.
func (m *Market) ClaimRun(run *big.Int, account common.Address, amount *big.Int) Action {
	return Action{fmt.Sprintf("claimed %s wei to %s (run %s)", amount, account, run), m.pm.PackClaimRun(run, account), nil}
}

// Withdraw withdraws what the market has credited account.
func (m *Market) Withdraw(account common.Address, amount *big.Int) Action {
	return Action{fmt.Sprintf("withdrew %s credited wei to %s", amount, account), m.pm.PackWithdraw(account), nil}
}

// Sweep closes a Collecting run: the provider's unclaimed part is credited to it, contributors keep their claims.
func (m *Market) Sweep() Action {
	return Action{"swept the run closed: the provider's unclaimed part is credited to it; contributors keep their claims", m.pm.PackSweep(), nil}
}

// RevealRest reveals man's pieces not yet revealed, per pieces a transaction, in evaluation order (the piece
// indices in order, skipping the one revealed first), sending each through send.
func (m *Market) RevealRest(ctx context.Context, man *Manifest, per int, send SendFunc) error {
	if per < 1 {
		return fmt.Errorf("pieces per transaction %d: want at least 1", per)
	}
	st, err := m.State(ctx)
	if err != nil {
		return err
	}
	if Phase(st.Phase) != Revealing {
		return &PhaseError{Have: Phase(st.Phase), Want: Revealing}
	}
	tree, err := man.Check(st.PiecesRoot)
	if err != nil {
		return err
	}
	var order []int
	for i := range man.Pieces {
		if i != int(st.RevealIndex) {
			order = append(order, i)
		}
	}
	for pos := int(st.NextReveal); pos < len(order); pos += per {
		end := min(pos+per, len(order))
		var pieces [][]bindings.PredictionMarketSample
		var proofs [][][32]byte
		for _, idx := range order[pos:end] {
			p, err := tree.Proof(idx)
			if err != nil {
				return fmt.Errorf("prove piece %d: %w", idx, err)
			}
			pieces = append(pieces, ABISamples(man.Pieces[idx]))
			proofs = append(proofs, p)
		}
		if stop, err := send(ctx, Action{fmt.Sprintf("revealed pieces %v", order[pos:end]), m.pm.PackRevealPieces(pieces, proofs), nil}); stop || err != nil {
			return err
		}
	}
	return nil
}

// PhaseError is a refusal because the market is not in the phase an action needs.
type PhaseError struct{ Have, Want Phase }

func (e *PhaseError) Error() string { return fmt.Sprintf("the market is %s, not %s", e.Have, e.Want) }

// ABISamples converts samples to the contract's Sample struct.
func ABISamples(samples []commitment.Sample) []bindings.PredictionMarketSample {
	out := make([]bindings.PredictionMarketSample, len(samples))
	for i, s := range samples {
		out[i] = bindings.PredictionMarketSample{Data: s.Data, Label: s.Label}
	}
	return out
}

// UnpackSamples decodes the market's packed event encoding of samples (PieceRevealed, Contributed): per sample
// the label and the entry count as 8 big-endian bytes each, then each entry as 8 big-endian bytes.
func UnpackSamples(b []byte) ([]commitment.Sample, error) {
	var out []commitment.Sample
	for len(b) > 0 {
		if len(b) < 16 {
			return nil, errors.New("packed samples: truncated header")
		}
		label, n := binary.BigEndian.Uint64(b), binary.BigEndian.Uint64(b[8:])
		b = b[16:]
		if uint64(len(b)) < 8*n {
			return nil, errors.New("packed samples: truncated data")
		}
		data := make([]int64, n)
		for i := range data {
			data[i] = int64(binary.BigEndian.Uint64(b[8*i:]))
		}
		b = b[8*n:]
		out = append(out, commitment.Sample{Data: data, Label: label})
	}
	return out, nil
}

// logPage is how many blocks the first log query spans: a node that takes it answers in one query, and one that
// caps the range is asked for halves until it answers (chain.Logs).
const logPage = 1 << 20

// Revealed is a run's data as its events tell it: what the walk needs, without the provider's manifest.
type Revealed struct {
	// Eval is the evaluation pieces, in position order (piece indices in order, less the one revealed first).
	Eval [][]bindings.PredictionMarketSample
	// Contributions is the contributions' samples by id less one (ids start at 1).
	Contributions []commitment.Sample
}

// ReadRevealed rebuilds run's evaluation pieces and contributions from the PieceRevealed and Contributed events;
// revealIndex is the piece revealed first, which is not evaluated.
func (m *Market) ReadRevealed(ctx context.Context, run *big.Int, revealIndex uint32) (*Revealed, error) {
	abi := m.pm.GetABI()
	q := ethereum.FilterQuery{
		Addresses: []common.Address{m.addr},
		Topics:    [][]common.Hash{{abi.Events["PieceRevealed"].ID, abi.Events["Contributed"].ID}, {common.BigToHash(run)}},
	}
	pieces := map[uint64][]commitment.Sample{}
	contribs := map[uint64]commitment.Sample{}
	for l, err := range chain.Logs(ctx, m.node, q, 0, 0, logPage) {
		if err != nil {
			return nil, fmt.Errorf("read the market's events: %w", err)
		}
		switch l.Topics[0] {
		case abi.Events["PieceRevealed"].ID:
			ev, err := m.pm.UnpackPieceRevealedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("decode PieceRevealed in block %d: %w", l.BlockNumber, err)
			}
			s, err := UnpackSamples(ev.Samples)
			if err != nil {
				return nil, fmt.Errorf("piece %s: %w", ev.Index, err)
			}
			pieces[ev.Index.Uint64()] = s
		case abi.Events["Contributed"].ID:
			ev, err := m.pm.UnpackContributedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("decode Contributed in block %d: %w", l.BlockNumber, err)
			}
			s, err := UnpackSamples(ev.Sample)
			if err != nil || len(s) != 1 {
				return nil, fmt.Errorf("contribution %s: bad packed sample", ev.Id)
			}
			contribs[ev.Id.Uint64()] = s[0]
		}
	}
	var idx []uint64
	for i := range pieces {
		if i != uint64(revealIndex) {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return idx[a] < idx[b] })
	out := &Revealed{Eval: make([][]bindings.PredictionMarketSample, len(idx)), Contributions: make([]commitment.Sample, len(contribs))}
	for j, i := range idx {
		out.Eval[j] = ABISamples(pieces[i])
	}
	for id := range out.Contributions {
		s, ok := contribs[uint64(id+1)]
		if !ok {
			return nil, fmt.Errorf("contribution %d has no Contributed event on the node: use a node that keeps the market's logs", id+1)
		}
		out.Contributions[id] = s
	}
	return out, nil
}

// Manifest is the provider's record of a run: where it is and its hidden test set, cut into pieces. Anyone
// holding it can predict the evaluation, so the provider keeps it private until every piece is revealed.
type Manifest struct {
	Note    string                `json:"note"`
	ChainID uint64                `json:"chainId"`
	Market  common.Address        `json:"market"`
	Run     uint64                `json:"run"`
	Model   common.Address        `json:"model"`
	Updater common.Address        `json:"updater"`
	Classes []string              `json:"classes"`
	Root    common.Hash           `json:"root"`
	Pieces  [][]commitment.Sample `json:"pieces"`
}

// ManifestNote is the warning a manifest file carries.
const ManifestNote = "PRIVATE: this file holds the hidden test set; keep it to yourself until `sumkit market reveal-rest` has revealed every piece"

// ReadManifest reads a manifest file.
func ReadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read market manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("market manifest %s: %w", path, err)
	}
	return &m, nil
}

// Write writes the manifest to path, readable by its owner only: it is the hidden test set.
func (man *Manifest) Write(path string) error {
	out, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the market manifest: %w", err)
	}
	if err := os.WriteFile(path, append(out, '\n'), 0o600); err != nil {
		return fmt.Errorf("write the market manifest: %w", err)
	}
	return nil
}

// Check checks the manifest's pieces against the root committed on chain, so that a changed manifest is caught
// before a reveal is sent and paid for, and returns their tree for the proofs.
func (man *Manifest) Check(root [32]byte) (*commitment.Tree, error) {
	tree, err := Commit(man.Pieces)
	if err != nil {
		return nil, err
	}
	if tree.Root() != common.Hash(root) {
		return nil, fmt.Errorf("the manifest's pieces hash to root %s, but the market committed to %s: the manifest was changed or belongs to another run; use the one `market init` wrote", tree.Root(), common.Hash(root))
	}
	return tree, nil
}

// Split cuts samples into n contiguous, near-equal pieces: the first len%n take one sample more.
func Split(samples []commitment.Sample, n int) ([][]commitment.Sample, error) {
	if n < 2 || n > len(samples) {
		return nil, fmt.Errorf("%d pieces: want 2 to %d (the test set's size)", n, len(samples))
	}
	pieces := make([][]commitment.Sample, n)
	for i, start := 0, 0; i < n; i++ {
		size := len(samples) / n
		if i < len(samples)%n {
			size++
		}
		pieces[i] = samples[start : start+size]
		start += size
	}
	return pieces, nil
}

// Commit builds the Merkle tree of pieces whose root a run commits to.
func Commit(pieces [][]commitment.Sample) (*commitment.Tree, error) {
	hashes := make([]common.Hash, len(pieces))
	for i, p := range pieces {
		hashes[i] = commitment.PieceHash(p)
	}
	tree, err := commitment.NewTree(hashes)
	if err != nil {
		return nil, fmt.Errorf("commit to %d pieces: %w", len(pieces), err)
	}
	return tree, nil
}

// DeployModel deploys m for updater (see [Market.UpdaterFor]) and fills it in chunks, as a run's model.
func DeployModel(ctx context.Context, t *chain.Transactor, m *model.Model, updater common.Address) (common.Address, []*types.Receipt, error) {
	addr, receipts, err := trainer.DeployModel(ctx, t, m, updater, m.MaxFeatures, 0, nil)
	if err != nil {
		return common.Address{}, receipts, fmt.Errorf("deploy the model: %w", err)
	}
	return addr, receipts, nil
}

// Sizes is the most samples in one of pieces and the most entries in one sample, which a run's
// [bindings.IPredictionMarketConfig] must allow (MaxPieceSamples, MaxSampleLength).
func Sizes(pieces [][]commitment.Sample) (maxPiece, longest int) {
	for _, p := range pieces {
		maxPiece = max(maxPiece, len(p))
		for _, s := range p {
			longest = max(longest, len(s.Data))
		}
	}
	return maxPiece, longest
}

// DrawWaitError is a refusal to draw the first piece yet: it is drawn from DrawBlock's hash, and the chain is at
// Head. Moved reports that the draw block's hash had expired, so the contract moved the draw to DrawBlock.
type DrawWaitError struct {
	DrawBlock, Head uint64
	Moved           bool
}

func (e *DrawWaitError) Error() string {
	if e.Moved {
		return fmt.Sprintf("the draw block's hash had expired; the draw moved to block %d", e.DrawBlock)
	}
	return fmt.Sprintf("the first piece is drawn from block %d's hash, and the chain is at block %d", e.DrawBlock, e.Head)
}

// Blocks is how many more blocks the chain needs before the draw can be retried.
func (e *DrawWaitError) Blocks() uint64 {
	if e.DrawBlock >= e.Head {
		return e.DrawBlock - e.Head + 1
	}
	return 1
}

// DrawFirst draws the piece to reveal first unless st, the run's Committed state, says it is drawn, sending the
// draw through send, and returns the state after. It returns a *DrawWaitError while the draw block is not yet
// past, and when its hash had expired and the contract moved the draw to a later block.
func (m *Market) DrawFirst(ctx context.Context, st bindings.PredictionMarketState, send SendFunc) (after bindings.PredictionMarketState, stop bool, err error) {
	if st.Drawn {
		return st, false, nil
	}
	head, err := m.node.BlockNumber(ctx)
	if err != nil {
		return st, false, fmt.Errorf("read the latest block number: %w", err)
	}
	if head <= st.DrawBlock {
		return st, false, &DrawWaitError{DrawBlock: st.DrawBlock, Head: head}
	}
	if stop, err := send(ctx, m.Draw()); stop || err != nil {
		return st, stop, err
	}
	if st, err = m.State(ctx); err != nil {
		return st, false, err
	}
	if !st.Drawn {
		head, err := m.node.BlockNumber(ctx)
		if err != nil {
			head = st.DrawBlock
		}
		return st, false, &DrawWaitError{DrawBlock: st.DrawBlock, Head: head, Moved: true}
	}
	return st, false, nil
}

// OpenSpec is a run for [Market.Open] to start.
type OpenSpec struct {
	// Model is the run's initial model; Open deploys it for the market's updater of the provider.
	Model *model.Model
	// Pieces is the hidden test set cut into pieces ([Split]).
	Pieces [][]commitment.Sample
	Config bindings.IPredictionMarketConfig
	// Bounty is what the provider pays, in wei.
	Bounty *big.Int
}

// Open starts a run on the Idle market with t's account as its provider: it deploys spec.Model for the market's
// updater of that account, so that nobody else can start a run with the model, and commits to spec.Pieces and
// the bounty, sending the commitment through send. It returns the provider's manifest, which holds the hidden
// test set; stop reports that send stopped the flow, leaving no manifest.
func (m *Market) Open(ctx context.Context, t *chain.Transactor, spec OpenSpec, send SendFunc) (man *Manifest, stop bool, err error) {
	st, err := m.State(ctx)
	if err != nil {
		return nil, false, err
	}
	if Phase(st.Phase) != Idle {
		return nil, false, &PhaseError{Have: Phase(st.Phase), Want: Idle}
	}
	tree, err := Commit(spec.Pieces)
	if err != nil {
		return nil, false, err
	}
	id, err := m.node.ChainID(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("read the chain id: %w", err)
	}
	run, err := m.Run(ctx)
	if err != nil {
		return nil, false, err
	}
	updater, err := m.UpdaterFor(ctx, t.From())
	if err != nil {
		return nil, false, err
	}
	modelAddr, _, err := DeployModel(ctx, t, spec.Model, updater)
	if err != nil {
		return nil, false, err
	}
	a := m.Initialise(modelAddr, tree.Root(), len(spec.Pieces), spec.Config, spec.Bounty)
	a.What = fmt.Sprintf("committed run %s: %d pieces, root %s, bounty %s wei", run, len(spec.Pieces), tree.Root(), spec.Bounty)
	if stop, err := send(ctx, a); stop || err != nil {
		return nil, stop, err
	}
	return &Manifest{Note: ManifestNote, ChainID: id.Uint64(), Market: m.addr, Run: run.Uint64(), Model: modelAddr,
		Updater: updater, Classes: spec.Model.Classes, Root: tree.Root(), Pieces: spec.Pieces}, false, nil
}
