package gasreport

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/predictionmarket"
	"github.com/sumkit/sumkit/sdk/predictionmarket/commitment"
)

// MarketModel is the model name of the prediction market's rows.
const MarketModel = "market-sparse-perceptron"

// MarketTxCap is the most gas any market transaction may need, whatever the market's size
// (solidity/src/market/README.md, "Gas bounds").
const MarketTxCap = 10_000_000

// The prediction market's operations, in the order a run makes them. A walk or settle row is the most gas one
// call of that step used; contribute has the first of the run and the mean. The reward phase is every walk and
// settle call, the part of a run whose cost grows with contributions × test samples.
const (
	OpMarketDeploy             = "market_deploy"
	OpMarketInitialise         = "market_initialise"
	OpMarketRevealFirstPiece   = "market_revealFirstPiece"
	OpMarketContributeFirst    = "market_contribute_first"
	OpMarketContributeMean     = "market_contribute_mean"
	OpMarketEnd                = "market_endMarket"
	OpMarketRevealPieces       = "market_revealPieces"
	OpMarketWalk               = "market_walk_max"
	OpMarketSettle             = "market_settle_max"
	OpMarketClaimContributor   = "market_claim_contributor"
	OpMarketClaimProvider      = "market_claim_provider"
	OpMarketSweep              = "market_sweep"
	OpMarketRewardPhase        = "market_reward_phase"
	OpMarketRewardPerContrib   = "market_reward_phase_per_contribution"
	OpMarketLargestTransaction = "market_largest_transaction"
)

// MarketOps lists the market's operations in report order.
func MarketOps() []string {
	return []string{OpMarketDeploy, OpMarketInitialise, OpMarketRevealFirstPiece, OpMarketContributeFirst,
		OpMarketContributeMean, OpMarketEnd, OpMarketRevealPieces, OpMarketWalk, OpMarketSettle,
		OpMarketClaimContributor, OpMarketClaimProvider, OpMarketSweep, OpMarketRewardPhase, OpMarketRewardPerContrib,
		OpMarketLargestTransaction}
}

// The market measured is PredictionMarketGas.t.sol's, so that the figures can be set beside forge's: an
// IMDB-shaped sparse perceptron (1000 features, samples of 20 indices), 100 contributions from 10 accounts with
// one in five mislabelled, and a test set of 11 pieces of 10 samples whose piece 5 is revealed first, leaving
// 100 evaluation samples. The walk takes 10 contributions a call.
const (
	marketFeatures      = 1000
	marketSampleLen     = 20
	marketPieces        = 11
	marketPerPiece      = 10
	marketFirstPiece    = marketPieces / 2
	marketContributions = 100
	marketContributors  = 10
	marketWalkBatch     = 10
	// marketDrawTries bounds the redraws of the draw block (see drawPiece); each hits with odds 1/11, so running
	// out is a one in a billion event.
	marketDrawTries = 250
)

var (
	marketStake  = big.NewInt(1e15)
	marketBounty = big.NewInt(params.Ether)
)

// MeasureMarket runs one whole prediction market run on a fresh chain and returns its gas per operation
// (MarketOps): deploy the market and the model, initialise with a bounty of 1 ether, reveal the drawn piece,
// 100 contributions staking 1e15 wei each, end, reveal the other ten pieces in one transaction, walk and settle
// to the end, every contributor and the provider claim, and sweep. The figures are receipt gas.
func MeasureMarket(ctx context.Context) ([]Row, error) {
	provider, anyone := devKey(1), devKey(3)
	contributors := make([]*ecdsa.PrivateKey, marketContributors)
	for i := range contributors {
		contributors[i] = devKey(byte(10 + i))
	}
	dc, err := newDevChain(ctx, append([]*ecdsa.PrivateKey{provider, anyone}, contributors...)...)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	r := &marketRun{sim: dc.sim, pm: bindings.NewPredictionMarket(), gas: map[string]uint64{}}
	transactor := func(k *ecdsa.PrivateKey) *chain.Transactor { return dc.transactor(k, 0) }
	r.provider = transactor(provider)
	// The steps are sent with a fixed limit of the README's 10M bound rather than an estimate: a step that needed
	// more would fail here, and the walk's calls, a third of the run's gas, are not executed a dozen times more
	// by the estimator's search.
	r.anyone = dc.transactor(anyone, MarketTxCap)
	for _, k := range contributors {
		r.contributors = append(r.contributors, transactor(k))
	}
	if err := r.run(ctx); err != nil {
		return nil, fmt.Errorf("gas report for the market: %w", err)
	}
	rows := make([]Row, 0, len(MarketOps()))
	for _, op := range MarketOps() {
		rows = append(rows, Row{MarketModel, op, r.gas[op]})
	}
	return rows, nil
}

// marketRun drives one market run and collects its figures.
type marketRun struct {
	sim          *simulated.Backend
	pm           *bindings.PredictionMarket
	provider     *chain.Transactor
	anyone       *chain.Transactor
	contributors []*chain.Transactor
	m            *predictionmarket.Market
	addr         common.Address
	gas          map[string]uint64
}

// send sends data to the market from t and keeps the largest receipt seen.
func (r *marketRun) send(ctx context.Context, t *chain.Transactor, what string, data []byte, value *big.Int) (uint64, error) {
	receipt, err := t.Transact(ctx, r.addr, data, value)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	r.gas[OpMarketLargestTransaction] = max(r.gas[OpMarketLargestTransaction], receipt.GasUsed)
	return receipt.GasUsed, nil
}

func (r *marketRun) state(ctx context.Context) (bindings.PredictionMarketState, error) {
	return r.m.State(ctx)
}

func (r *marketRun) run(ctx context.Context) error {
	m, receipt, err := predictionmarket.Deploy(ctx, r.provider)
	if err != nil {
		return err
	}
	r.m, r.addr, r.gas[OpMarketDeploy] = m, m.Address(), receipt.GasUsed
	r.gas[OpMarketLargestTransaction] = receipt.GasUsed

	run, err := m.Run(ctx)
	if err != nil {
		return err
	}
	updater, err := m.UpdaterFor(ctx, r.provider.From())
	if err != nil {
		return err
	}
	modelAddr, receipts, err := predictionmarket.DeployModel(ctx, r.provider, marketModel(), updater)
	if err != nil {
		return err
	}
	for _, rc := range receipts {
		r.gas[OpMarketLargestTransaction] = max(r.gas[OpMarketLargestTransaction], rc.GasUsed)
	}

	pieces := marketTestSet()
	tree, err := predictionmarket.Commit(pieces)
	if err != nil {
		return err
	}
	cfg := bindings.IPredictionMarketConfig{
		MinStake: marketStake, MinContributions: marketContributions, MinDuration: 86400,
		FirstRevealWindow: 86400, RevealWindow: 2 * 86400, RewardWindow: 7 * 86400,
		MaxPieceSamples: marketPerPiece, MaxSampleLength: marketSampleLen, ModelGasLimit: 300_000,
		MaxContributions: marketContributions,
	}
	if r.gas[OpMarketInitialise], err = r.send(ctx, r.provider, "initialise",
		r.pm.PackInitialise(modelAddr, tree.Root(), big.NewInt(marketPieces), cfg), marketBounty); err != nil {
		return err
	}
	if err := r.drawPiece(ctx, run, tree.Root(), marketFirstPiece); err != nil {
		return err
	}
	proof, err := tree.Proof(marketFirstPiece)
	if err != nil {
		return err
	}
	if r.gas[OpMarketRevealFirstPiece], err = r.send(ctx, r.provider, "reveal the first piece",
		r.pm.PackRevealFirstPiece(predictionmarket.ABISamples(pieces[marketFirstPiece]), proof), nil); err != nil {
		return err
	}

	contributions := marketContributionSamples()
	var total uint64
	for k, s := range contributions {
		g, err := r.send(ctx, r.contributors[k%marketContributors], fmt.Sprintf("contribution %d", k+1),
			r.pm.PackContribute(s.Data, s.Label), marketStake)
		if err != nil {
			return err
		}
		if k == 0 {
			r.gas[OpMarketContributeFirst] = g
		}
		total += g
	}
	r.gas[OpMarketContributeMean] = total / uint64(len(contributions))
	if r.gas[OpMarketEnd], err = r.send(ctx, r.anyone, "end the market", r.pm.PackEndMarket(), nil); err != nil {
		return err
	}

	var rest [][]bindings.PredictionMarketSample
	var proofs [][][32]byte
	for i, p := range pieces {
		if i == marketFirstPiece {
			continue
		}
		proof, err := tree.Proof(i)
		if err != nil {
			return err
		}
		rest, proofs = append(rest, predictionmarket.ABISamples(p)), append(proofs, proof)
	}
	if r.gas[OpMarketRevealPieces], err = r.send(ctx, r.provider, "reveal the other pieces",
		r.pm.PackRevealPieces(rest, proofs), nil); err != nil {
		return err
	}
	if err := r.reward(ctx, rest, contributions); err != nil {
		return err
	}
	return r.collect(ctx)
}

// drawPiece mines up to the draw block so that the market draws piece want, as forge's test sets the draw
// block's hash. The simulated chain gives each block a random prevRandao, so a draw block that draws another
// piece is replaced by a new one on its parent until one draws want. The index is the contract's:
// keccak256(abi.encode(blockhash(drawBlock), piecesRoot, run, market)) % numPieces.
func (r *marketRun) drawPiece(ctx context.Context, run *big.Int, root common.Hash, want uint64) error {
	st, err := r.state(ctx)
	if err != nil {
		return err
	}
	client := r.sim.Client()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	for head.Number.Uint64() < st.DrawBlock-1 {
		r.sim.Commit()
		if head, err = client.HeaderByNumber(ctx, nil); err != nil {
			return err
		}
	}
	parent := head.Hash()
	for range marketDrawTries {
		r.sim.Commit()
		block, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if block.Number.Uint64() != st.DrawBlock {
			return fmt.Errorf("draw: mined block %d, want the draw block %d", block.Number, st.DrawBlock)
		}
		buf := make([]byte, 0, 128)
		buf = append(buf, block.Hash().Bytes()...)
		buf = append(buf, root.Bytes()...)
		buf = append(buf, common.BigToHash(run).Bytes()...)
		buf = append(buf, common.BytesToHash(r.addr.Bytes()).Bytes()...)
		index := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(buf)), big.NewInt(marketPieces))
		if index.Uint64() == want {
			return nil
		}
		if err := r.sim.Fork(parent); err != nil {
			return fmt.Errorf("draw: redo the draw block: %w", err)
		}
	}
	return fmt.Errorf("draw: no draw block out of %d drew piece %d", marketDrawTries, want)
}

// reward walks (10 contributions a call, every evaluation piece) and settles (as many items a call as the
// contract allows) until the market is Collecting.
func (r *marketRun) reward(ctx context.Context, eval [][]bindings.PredictionMarketSample, contributions []commitment.Sample) error {
	var walked, settled uint64
	for {
		st, err := r.state(ctx)
		if err != nil {
			return err
		}
		if predictionmarket.Phase(st.Phase) != predictionmarket.Rewarding {
			if predictionmarket.Phase(st.Phase) != predictionmarket.Collecting {
				return fmt.Errorf("rewards: the market ended in phase %s, want Collecting", predictionmarket.Phase(st.Phase))
			}
			break
		}
		rs, err := r.m.RewardState(ctx)
		if err != nil {
			return err
		}
		if rs.Stage == predictionmarket.StageWalk {
			next := int(rs.Cursor)
			end := min(next+marketWalkBatch, len(contributions))
			g, err := r.send(ctx, r.anyone, fmt.Sprintf("walk contributions %d-%d", next+1, end),
				r.pm.PackWalk(new(big.Int), eval, predictionmarket.ABISamples(contributions[next:end])), nil)
			if err != nil {
				return err
			}
			walked += g
			r.gas[OpMarketWalk] = max(r.gas[OpMarketWalk], g)
			continue
		}
		// forge's test asks for type(uint256).max items; the contract caps them at MAX_SETTLE_ITEMS.
		maxItems := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		g, err := r.send(ctx, r.anyone, fmt.Sprintf("settle (iteration %d)", rs.Iteration), r.pm.PackSettle(maxItems), nil)
		if err != nil {
			return err
		}
		settled += g
		r.gas[OpMarketSettle] = max(r.gas[OpMarketSettle], g)
	}
	r.gas[OpMarketRewardPhase] = walked + settled
	r.gas[OpMarketRewardPerContrib] = (walked + settled) / marketContributions
	return nil
}

// collect has every contributor with something owed claim it, then the provider, and sweeps the run closed.
func (r *marketRun) collect(ctx context.Context) error {
	for i, t := range r.contributors {
		amount, err := r.m.Claimable(ctx, t.From())
		if err != nil {
			return err
		}
		if amount.Sign() == 0 {
			continue
		}
		g, err := r.send(ctx, t, fmt.Sprintf("claim by contributor %d", i), r.pm.PackClaim(t.From()), nil)
		if err != nil {
			return err
		}
		if r.gas[OpMarketClaimContributor] == 0 {
			r.gas[OpMarketClaimContributor] = g
		}
	}
	var err error
	if r.gas[OpMarketClaimProvider], err = r.send(ctx, r.provider, "claim by the provider", r.pm.PackClaim(r.provider.From()), nil); err != nil {
		return err
	}
	if r.gas[OpMarketSweep], err = r.send(ctx, r.anyone, "sweep", r.pm.PackSweep(), nil); err != nil {
		return err
	}
	return nil
}

// The data below is PredictionMarketGas.t.sol's, derived from keccak256 the same way, so that both measure the
// same model, test set and contributions.

// taggedHash is keccak256(abi.encode(tag, xs...)) for a short string tag and uint256 values.
func taggedHash(tag string, xs ...uint64) common.Hash {
	head := 1 + len(xs)
	buf := make([]byte, 32*(head+2))
	binary.BigEndian.PutUint64(buf[24:32], uint64(32*head)) // the string's offset
	for i, x := range xs {
		binary.BigEndian.PutUint64(buf[32*(i+1)+24:], x)
	}
	binary.BigEndian.PutUint64(buf[32*head+24:], uint64(len(tag)))
	copy(buf[32*(head+1):], tag)
	return crypto.Keccak256Hash(buf)
}

// hashMod is uint256(h) % n.
func hashMod(h common.Hash, n int64) int64 {
	return new(big.Int).Mod(new(big.Int).SetBytes(h.Bytes()), big.NewInt(n)).Int64()
}

// truth is the hidden rule's pull of feature f: +1 or -1.
func truth(f int64) int64 {
	if taggedHash("truth", uint64(f))[31]%2 == 0 {
		return 1
	}
	return -1
}

// marketSample is _makeSample: 20 features drawn from seed, one from each run of 50 so that they strictly
// increase as the model requires, labelled by the hidden rule, or against it when mislabel is set.
func marketSample(seed common.Hash, mislabel bool) commitment.Sample {
	s := commitment.Sample{Data: make([]int64, marketSampleLen)}
	const stride = marketFeatures / marketSampleLen
	var sum int64
	for i := range s.Data {
		var word [32]byte
		binary.BigEndian.PutUint64(word[24:], uint64(i))
		f := int64(i)*stride + hashMod(crypto.Keccak256Hash(seed.Bytes(), word[:]), stride)
		s.Data[i] = f
		sum += truth(f)
	}
	if (sum > 0) != mislabel {
		s.Label = 1
	}
	return s
}

// marketModel is the test's SparsePerceptron: small odd weights in (-1e8, 1e8), intercept 0, learning rate 1e9.
func marketModel() *model.Model {
	w := make([]int64, marketFeatures)
	for f := range w {
		w[f] = (hashMod(taggedHash("init", uint64(f)), 2e8) - 1e8) | 1
	}
	return &model.Model{Kind: model.SparsePerceptron, Classes: []string{"negative", "positive"},
		NumFeatures: marketFeatures, MaxFeatures: marketSampleLen, Weights: w, LearningRate: model.One}
}

// marketTestSet is the test's pieces: sample j of piece i is _makeSample(keccak256(abi.encode("test", i, j))).
func marketTestSet() [][]commitment.Sample {
	pieces := make([][]commitment.Sample, marketPieces)
	for i := range pieces {
		for j := range marketPerPiece {
			pieces[i] = append(pieces[i], marketSample(taggedHash("test", uint64(i), uint64(j)), false))
		}
	}
	return pieces
}

// marketContributionSamples is the test's contributions: every fifth one mislabelled.
func marketContributionSamples() []commitment.Sample {
	out := make([]commitment.Sample, marketContributions)
	for k := range out {
		out[k] = marketSample(taggedHash("contribution", uint64(k)), k%5 == 4)
	}
	return out
}
