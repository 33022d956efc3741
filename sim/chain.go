package sim

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// How the chain run sets up its chain.
const (
	// chainGasLimit is each block's gas limit: one simulated second can hold many transactions, and all of
	// them must fit in the one block stamped with that second.
	chainGasLimit = 4_000_000_000
	// chainLead puts the deployment this far ahead of the wall clock. The simulated beacon stamps a block
	// max(now, parent + 1); with the chain's clock ahead of now, parent + 1 is what every block gets.
	chainLead = 10 * 365 * 24 * time.Hour
	// callGas is the gas each simulated call may use: the per-transaction cap since Osaka.
	callGas = chain.MaxTxGas
	// simulateBatch bounds the calls of one eth_simulateV1 request besides the second's decided transactions;
	// the node takes at most maxSimulateCalls in a block.
	simulateBatch    = 256
	maxSimulateCalls = 5000
)

// gasAllowance funds each account beyond its start balance, for transaction fees.
func gasAllowance() *big.Int {
	return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
}

// baseTip is the priority fee of the first transaction in a block; each later one pays one wei less, so the
// block builder, which orders by tip, keeps the simulator's order across senders.
func baseTip() *big.Int { return big.NewInt(2 * params.GWei) }

// simulator is the part of the node's client that runs eth_simulateV1; the simulated client has it.
type simulator interface {
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
	BlockReceipts(ctx context.Context, block rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// chainSpec says what to deploy and whom to fund.
type chainSpec struct {
	mechanism string
	params    DRTParams
	model     *model.Model
	balances  []*big.Int
	// owner is the agent that deploys and owns the trainer; -1 deploys from an account of its own.
	owner int
	log   *slog.Logger
	// gas, when set, is told the gas of the deployment and of every transaction mined.
	gas func(GasUse)
}

// chainAccount is an agent's account on the chain.
type chainAccount struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
	// fees is what the account paid for gas; the allowance covered it.
	fees *big.Int
	// balance is the agent's balance in the simulator's sense, start - deposits + refunds + rewards, from
	// the trainer's events. After each block it must equal the account's ether plus fees less the allowance.
	balance *big.Int
}

// chainContribution is what the events say about a contribution.
type chainContribution struct {
	key       common.Hash
	deposit   *big.Int
	claimable *big.Int
	numClaims uint16
	refunded  bool
}

// pendingTx is a transaction decided for the current second, simulated and not yet mined.
type pendingTx struct {
	from *chainAccount
	msg  ethereum.CallMsg
	gas  uint64
	logs []*types.Log
	// op names the operation for Options.Gas: addData, refund, report or take.
	op string
}

// chainRun is the Mechanism and Model of a run on the chain: the trainer and model contracts on an
// in-process Osaka chain, each agent a funded account.
//
// Everything an agent does at simulated second t lands in one block stamped origin + t, where origin is the
// trainer's deployment. Agents act one after another within a second and each action depends on the last
// (the deposit on the previous addition, a refund on the model an addition just updated), so each is run
// with eth_simulateV1 on top of the latest block and the transactions already decided for that second; what
// it returns (the events, or the revert) is the outcome. Operations that would revert are not sent, as a
// wallet would not send a transaction that fails its estimate. When the clock moves on, an empty block is
// sealed at origin + t - 1 and the decided transactions are sent and mined in the next, at origin + t; each
// receipt must then match its simulation, and each agent's ether plus its fees must match its balance.
type chainRun struct {
	backend  *simulated.Backend
	client   simulated.Client
	sim      simulator
	chainID  *big.Int
	signer   types.Signer
	errs     *chain.Errors
	trainer  common.Address
	drt      *bindings.DepositRefundTake
	kind     string
	params   Params
	origin   uint64
	head     uint64
	accounts []*chainAccount
	count    uint64
	contribs map[uint64]*chainContribution
	pendingT uint64
	pending  []*pendingTx
	log      *slog.Logger
	gasUse   func(GasUse)
}

// accountKey derives agent i's key: fixed, so that addresses, and with them contribution keys, are the same
// in every run.
func accountKey(i int) (*ecdsa.PrivateKey, error) {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(i))
	return crypto.ToECDSA(crypto.Keccak256([]byte("sumkit/sim account"), b[:]))
}

// newChainRun starts a chain, funds the agents and deploys the model and trainer; t = 0 is the deployment.
func newChainRun(ctx context.Context, spec chainSpec) (*chainRun, error) {
	ownerKey, err := accountKey(-1)
	if err != nil {
		return nil, fmt.Errorf("chain run: %w", err)
	}
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(ownerKey.PublicKey): {Balance: gasAllowance()}}
	c := &chainRun{
		drt:      bindings.NewDepositRefundTake(),
		errs:     trainer.Errors(),
		kind:     spec.mechanism,
		contribs: make(map[uint64]*chainContribution),
		log:      spec.log,
		gasUse:   spec.gas,
	}
	for i, b := range spec.balances {
		key, err := accountKey(i)
		if err != nil {
			return nil, fmt.Errorf("chain run: %w", err)
		}
		a := &chainAccount{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), fees: new(big.Int), balance: new(big.Int).Set(b)}
		alloc[a.addr] = types.Account{Balance: new(big.Int).Add(b, gasAllowance())}
		c.accounts = append(c.accounts, a)
	}
	// No gas budget for eth_simulateV1 (the node's default is 50M gas a request): each request carries the
	// transactions already decided for its second, however many there are.
	c.backend = chain.NewSimulated(alloc, chainGasLimit, func(eth *ethconfig.Config) { eth.RPCGasCap = 0 })
	c.client = c.backend.Client()
	ok := false
	defer func() {
		if !ok {
			c.backend.Close()
		}
	}()
	sim, isSim := c.client.(simulator)
	if !isSim {
		return nil, errors.New("chain run: the simulated client has no eth_simulateV1")
	}
	c.sim = sim
	if c.chainID, err = c.client.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("chain run: chain id: %w", err)
	}
	c.signer = types.LatestSignerForChainID(c.chainID)

	// The genesis is stamped 0: a first block brings the chain to the wall clock, the second puts it ahead.
	c.backend.Commit()
	if err := c.backend.AdjustTime(chainLead); err != nil {
		return nil, fmt.Errorf("chain run: move the clock ahead: %w", err)
	}
	if spec.owner >= 0 {
		if spec.owner >= len(c.accounts) {
			return nil, fmt.Errorf("chain run: owner %d of %d agents", spec.owner, len(c.accounts))
		}
		ownerKey = c.accounts[spec.owner].key
	}
	owner := trainer.NewTransactor(c.client, bind.NewKeyedTransactor(ownerKey, c.chainID), chain.WithMiner(func() { c.backend.Commit() }))
	mech := trainer.DepositRefundTake
	if spec.mechanism == MechanismPoints {
		mech = trainer.Points
	}
	st, err := trainer.Deploy(ctx, owner, trainer.Spec{
		Model:       spec.model,
		MaxFeatures: spec.model.MaxFeatures,
		Incentive: trainer.Incentive{
			Mechanism:           mech,
			RefundWait:          spec.params.RefundWait,
			OwnerClaimWait:      spec.params.OwnerClaimWait,
			AnyAddressClaimWait: spec.params.AnyAddressClaimWait,
			CostWeight:          spec.params.CostWeight,
		},
		Name: "sumkit sim",
	})
	if err != nil {
		return nil, fmt.Errorf("chain run: %w", err)
	}
	c.trainer = st.Trainer
	if c.gasUse != nil {
		fee := new(big.Int)
		for _, r := range st.Receipts {
			fee.Add(fee, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
		c.gasUse(GasUse{Op: GasOpDeploy, Agent: spec.owner, Gas: st.GasUsed(), Fee: fee})
	}
	if spec.owner >= 0 {
		// The owner is an agent: the deployment's fees are gas like any other, and its nonce moved on.
		a := c.accounts[spec.owner]
		for _, r := range st.Receipts {
			a.fees.Add(a.fees, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
		if a.nonce, err = c.client.PendingNonceAt(ctx, a.addr); err != nil {
			return nil, fmt.Errorf("chain run: owner nonce: %w", err)
		}
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain run: head: %w", err)
	}
	deployed := st.Receipts[len(st.Receipts)-1]
	if deployed.BlockNumber.Cmp(head.Number) != 0 {
		return nil, fmt.Errorf("chain run: the trainer was deployed in block %s, the head is %s", deployed.BlockNumber, head.Number)
	}
	c.origin, c.head = head.Time, head.Time
	if spec.mechanism == MechanismPoints {
		c.params = Params{Name: MechanismPoints, RefundWait: uint64(spec.params.RefundWait),
			OwnerClaimWait: uint64(spec.params.AnyAddressClaimWait), AnyAddressClaimWait: uint64(spec.params.AnyAddressClaimWait),
			UpdatesModel: true}
	} else {
		c.params = Params{Name: MechanismDepositRefundTake, RefundWait: uint64(spec.params.RefundWait),
			OwnerClaimWait: uint64(spec.params.OwnerClaimWait), AnyAddressClaimWait: uint64(spec.params.AnyAddressClaimWait),
			Takes: true, UpdatesModel: true}
	}
	c.log.Info("stack deployed on the in-process chain", "trainer", c.trainer, "origin", c.origin, "gas", st.GasUsed())
	ok = true
	return c, nil
}

// close stops the chain.
func (c *chainRun) close() {
	if err := c.backend.Close(); err != nil {
		c.log.Warn("closing the chain", "err", err)
	}
}

// Params describes the mechanism.
func (c *chainRun) Params() Params { return c.params }

// Balance is agent's balance from the trainer's events, checked against its ether after every block.
func (c *chainRun) Balance(_ context.Context, agent int) (*big.Int, error) {
	if agent < 0 || agent >= len(c.accounts) {
		return nil, fmt.Errorf("balance: agent %d of %d", agent, len(c.accounts))
	}
	return new(big.Int).Set(c.accounts[agent].balance), nil
}

// advance moves the clock to t, mining what was decided for an earlier second.
func (c *chainRun) advance(ctx context.Context, t uint64) error {
	switch {
	case t < c.pendingT:
		return fmt.Errorf("time went back from %d s to %d s", c.pendingT, t)
	case t > c.pendingT:
		if err := c.mine(ctx); err != nil {
			return err
		}
		c.pendingT = t
	}
	if c.origin+t <= c.head {
		return fmt.Errorf("second %d is mined already (the deployment is second 0)", t)
	}
	return nil
}

// simulate runs calls at second t on top of the latest block and the transactions decided for t. Read-only
// calls may come after t's block is mined; they run in the next second, which no view can tell apart.
func (c *chainRun) simulate(ctx context.Context, t uint64, calls []ethereum.CallMsg) ([]ethclient.SimulateCallResult, error) {
	at := c.origin + t
	if len(c.pending) == 0 && at <= c.head {
		at = c.head + 1
	}
	if n := len(c.pending) + len(calls); n > maxSimulateCalls {
		return nil, fmt.Errorf("simulate at %d s: %d transactions in one second, the node simulates at most %d", t, n, maxSimulateCalls)
	}
	all := make([]ethereum.CallMsg, 0, len(c.pending)+len(calls))
	for _, p := range c.pending {
		all = append(all, p.msg)
	}
	all = append(all, calls...)
	blocks, err := c.sim.SimulateV1(ctx, ethclient.SimulateOptions{
		BlockStateCalls: []ethclient.SimulateBlock{{
			BlockOverrides: &ethereum.BlockOverrides{Time: at},
			Calls:          all,
		}},
	}, nil)
	if err != nil {
		return nil, fmt.Errorf("simulate %d calls at %d s: %w", len(calls), t, err)
	}
	if len(blocks) != 1 || len(blocks[0].Calls) != len(all) {
		return nil, fmt.Errorf("simulate at %d s: %d calls gave %d blocks", t, len(all), len(blocks))
	}
	res := blocks[0].Calls
	for i, p := range c.pending {
		if res[i].Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("simulate at %d s: decided transaction %d from %s now fails", t, i, p.from.addr)
		}
	}
	return res[len(c.pending):], nil
}

// revertReason names the contract error of a failed simulated call.
func (c *chainRun) revertReason(r ethclient.SimulateCallResult) (Reason, error) {
	data := r.ReturnValue
	if r.Error != nil && r.Error.Data != "" {
		data = common.FromHex(r.Error.Data)
	}
	rev, ok := chain.AsRevert(c.errs.Decode(revertData(data)))
	if !ok {
		msg := "no revert data"
		if r.Error != nil {
			msg = r.Error.Message
		}
		return "", fmt.Errorf("call failed without a contract error: %s", msg)
	}
	reason, ok := chainReason(rev.Name)
	if !ok {
		return "", fmt.Errorf("unexpected revert %w", rev)
	}
	return reason, nil
}

// revertData carries revert data the way a node's error does, for chain.Errors.Decode.
type revertData []byte

func (d revertData) Error() string  { return "execution reverted" }
func (d revertData) ErrorData() any { return "0x" + common.Bytes2Hex(d) }

// account returns agent i's account.
func (c *chainRun) account(i int) (*chainAccount, error) {
	if i < 0 || i >= len(c.accounts) {
		return nil, fmt.Errorf("agent %d of %d", i, len(c.accounts))
	}
	return c.accounts[i], nil
}

// decide queues a successful simulated call as a transaction of the current second.
func (c *chainRun) decide(from *chainAccount, op string, msg ethereum.CallMsg, r ethclient.SimulateCallResult) {
	used := max(r.MaxUsedGas, r.GasUsed)
	gas := min(used+used/4+30_000, callGas)
	c.pending = append(c.pending, &pendingTx{from: from, msg: msg, gas: gas, logs: r.Logs, op: op})
}

// AddData simulates addData from agent with maxValue and, if it goes through, decides it.
func (c *chainRun) AddData(ctx context.Context, t uint64, agent int, x []int64, y uint64, maxValue *big.Int) (Added, error) {
	a, err := c.account(agent)
	if err != nil {
		return Added{}, fmt.Errorf("add data: %w", err)
	}
	if err := c.advance(ctx, t); err != nil {
		return Added{}, fmt.Errorf("add data: %w", err)
	}
	if maxValue.Cmp(a.balance) > 0 {
		return Added{}, fmt.Errorf("add data: agent %d offers %s wei but holds %s", agent, maxValue, a.balance)
	}
	msg := ethereum.CallMsg{From: a.addr, To: &c.trainer, Gas: callGas, Value: maxValue, Data: c.drt.PackAddData(x, y)}
	res, err := c.simulate(ctx, t, []ethereum.CallMsg{msg})
	if err != nil {
		return Added{}, fmt.Errorf("add data: %w", err)
	}
	r := res[0]
	if r.Status != types.ReceiptStatusSuccessful {
		reason, err := c.revertReason(r)
		if err != nil {
			return Added{}, fmt.Errorf("add data: %w", err)
		}
		return Added{Reason: reason, Deposit: new(big.Int)}, nil
	}
	var deposit *big.Int
	for _, l := range r.Logs {
		if ev, err := c.drt.UnpackAddDataEvent(l); err == nil && l.Address == c.trainer {
			deposit = ev.Deposit
		}
	}
	if deposit == nil {
		return Added{}, errors.New("add data: no AddData event")
	}
	c.decide(a, GasOpAddData, msg, r)
	c.count++
	c.contribs[c.count] = &chainContribution{
		key:       trainer.ContributionKey(x, y, c.origin+t, a.addr),
		deposit:   new(big.Int).Set(deposit),
		claimable: new(big.Int).Set(deposit),
	}
	a.balance.Sub(a.balance, deposit)
	return Added{ID: c.count, Deposit: new(big.Int).Set(deposit)}, nil
}

// open says whether anything may still be claimed on cc.
func (c *chainRun) open(cc *chainContribution) bool {
	if cc == nil || cc.refunded {
		return false
	}
	if c.kind == MechanismPoints {
		return cc.numClaims == 0
	}
	return cc.claimable.Sign() > 0
}

// Claim simulates the claims in order, a batch at a time, and decides those that go through.
func (c *chainRun) Claim(ctx context.Context, t uint64, agent int, claims []Claim) ([]Outcome, error) {
	a, err := c.account(agent)
	if err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	if err := c.advance(ctx, t); err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	out := make([]Outcome, 0, len(claims))
	for start := 0; start < len(claims); start += simulateBatch {
		batch := claims[start:min(start+simulateBatch, len(claims))]
		msgs := make([]ethereum.CallMsg, len(batch))
		for i, cl := range batch {
			added := new(big.Int).SetUint64(c.origin + cl.C.Time)
			var data []byte
			if cl.Kind == Refund {
				data = c.drt.PackRefund(cl.C.X, cl.C.Label, added)
			} else {
				data = c.drt.PackReport(cl.C.X, cl.C.Label, added, c.accounts[cl.C.Author].addr)
			}
			msgs[i] = ethereum.CallMsg{From: a.addr, To: &c.trainer, Gas: callGas, Data: data}
		}
		res, err := c.simulate(ctx, t, msgs)
		if err != nil {
			return nil, fmt.Errorf("claim: %w", err)
		}
		for i, r := range res {
			cc := c.contribs[batch[i].C.ID]
			if r.Status != types.ReceiptStatusSuccessful {
				reason, err := c.revertReason(r)
				if err != nil {
					return nil, fmt.Errorf("claim: %s of contribution %d: %w", batch[i].Kind, batch[i].C.ID, err)
				}
				out = append(out, Outcome{Reason: reason, Open: c.open(cc)})
				continue
			}
			amount, err := c.claimed(r.Logs, batch[i].Kind == Refund)
			if err != nil {
				return nil, fmt.Errorf("claim: %s of contribution %d: %w", batch[i].Kind, batch[i].C.ID, err)
			}
			if cc == nil {
				return nil, fmt.Errorf("claim: contribution %d went through but was never added", batch[i].C.ID)
			}
			if batch[i].Kind == Refund {
				cc.refunded = true
				cc.claimable.SetInt64(0)
			} else {
				cc.claimable.Sub(cc.claimable, amount)
				if cc.numClaims != ^uint16(0) {
					cc.numClaims++
				}
			}
			a.balance.Add(a.balance, amount)
			c.decide(a, batch[i].Kind.String(), msgs[i], r)
			out = append(out, Outcome{Amount: amount, Open: c.open(cc)})
		}
	}
	return out, nil
}

// claimed reads the amount of the Refund or Report event in logs.
func (c *chainRun) claimed(logs []*types.Log, refund bool) (*big.Int, error) {
	for _, l := range logs {
		if l.Address != c.trainer {
			continue
		}
		if refund {
			if ev, err := c.drt.UnpackRefundEvent(l); err == nil {
				return ev.Amount, nil
			}
		} else if ev, err := c.drt.UnpackReportEvent(l); err == nil {
			return ev.Amount, nil
		}
	}
	return nil, errors.New("no Refund or Report event")
}
