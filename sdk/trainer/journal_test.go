package trainer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// devChain is a real devnet reached over JSON-RPC, as the CLI reaches it.
type devChain struct {
	node   *devnet.Node
	client *ethclient.Client
}

func newDevChain(t testing.TB) *devChain {
	t.Helper()
	node, err := devnet.Start(t.Context(), devnet.Config{Addr: "127.0.0.1:0", Accounts: 2, InstantBlocks: true})
	if err != nil {
		t.Fatalf("devnet.Start() error = %v", err)
	}
	t.Cleanup(func() { node.Close() })
	client, err := ethclient.DialContext(t.Context(), node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return &devChain{node: node, client: client}
}

// transactor sends from dev account i.
func (d *devChain) transactor(t testing.TB, i int, options ...chain.Option) *chain.Transactor {
	t.Helper()
	opts := bind.NewKeyedTransactor(d.node.Accounts()[i].Key, big.NewInt(devnet.ChainID))
	return trainer.NewTransactor(d.client, opts, options...)
}

// sent is every transaction from's account has on chain: their count and gas.
func (d *devChain) sent(t *testing.T, from common.Address) (txs int, gas uint64) {
	t.Helper()
	head, err := d.client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	for n := uint64(0); n <= head; n++ {
		block, err := d.client.BlockByNumber(t.Context(), new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		for _, tx := range block.Transactions() {
			if sender, err := types.Sender(signer, tx); err != nil || sender != from {
				continue
			}
			r, err := d.client.TransactionReceipt(t.Context(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			txs++
			gas += r.GasUsed
		}
	}
	return txs, gas
}

func resumableSpec(t *testing.T, j *trainer.Journal) trainer.Spec {
	// One word a transaction: the model's creation, three further chunks, the trainer.
	return trainer.Spec{Model: smallPerceptron(t), Incentive: drtIncentive(), ChunkWords: 1, Journal: j}
}

var errKilled = errors.New("killed (fault injected by the test)")

// TestDeployResume interrupts a journaled deployment at each of its transactions, in three ways, then runs it
// again from the journal's file as a new process would. The resumed deployment must pay for exactly what the
// interrupted one did not: the deployer's transactions on chain, across both runs, are as many and use as much
// gas as an uninterrupted deployment's, and the stack works.
func TestDeployResume(t *testing.T) {
	ref := newDevChain(t)
	want, err := trainer.Deploy(t.Context(), ref.transactor(t, 0), resumableSpec(t, nil))
	if err != nil {
		t.Fatalf("uninterrupted Deploy() error = %v", err)
	}
	steps := len(want.Receipts)
	if steps != 5 {
		t.Fatalf("uninterrupted deployment took %d transactions, want 5", steps)
	}

	// How a run is cut short at transaction k.
	modes := map[string]func(k int, j *trainer.Journal, cancel context.CancelFunc, d *devChain) func(context.Context, *types.Transaction) error{
		// Killed after transaction k-1's receipt, before transaction k is recorded.
		"before sending": func(int, *trainer.Journal, context.CancelFunc, *devChain) func(context.Context, *types.Transaction) error {
			return func(context.Context, *types.Transaction) error { return errKilled }
		},
		// Transaction k is recorded, then the process dies before sending it.
		"recorded, never sent": func(_ int, j *trainer.Journal, cancel context.CancelFunc, _ *devChain) func(context.Context, *types.Transaction) error {
			return func(ctx context.Context, tx *types.Transaction) error {
				err := j.Signed(ctx, tx)
				cancel()
				return err
			}
		},
		// Transaction k is sent, then the process dies while it waits for the receipt.
		"sent, no receipt": func(_ int, j *trainer.Journal, cancel context.CancelFunc, d *devChain) func(context.Context, *types.Transaction) error {
			return func(ctx context.Context, tx *types.Transaction) error {
				go func() {
					for ctx.Err() == nil {
						if _, _, err := d.client.TransactionByHash(context.Background(), tx.Hash()); err == nil {
							cancel()
							return
						}
						time.Sleep(time.Millisecond)
					}
				}()
				return j.Signed(ctx, tx)
			}
		},
	}
	for name, mode := range modes {
		for k := range steps {
			t.Run(fmt.Sprintf("%s tx %d", name, k), func(t *testing.T) {
				d := newDevChain(t)
				path := filepath.Join(t.TempDir(), "deployment.json.partial")
				j, err := trainer.OpenJournal(path)
				if err != nil {
					t.Fatal(err)
				}
				ctx, cancel := context.WithCancel(t.Context())
				defer cancel()
				interrupt := mode(k, j, cancel, d)
				n := 0
				hook := func(ctx context.Context, tx *types.Transaction) error {
					defer func() { n++ }()
					if n == k {
						return interrupt(ctx, tx)
					}
					return j.Signed(ctx, tx)
				}
				_, err = trainer.Deploy(ctx, d.transactor(t, 0, chain.WithSigned(hook)), resumableSpec(t, j))
				if err == nil && name != "sent, no receipt" {
					t.Fatal("interrupted Deploy() succeeded")
				}

				// A new process: the journal from its file, a new transactor.
				j, err = trainer.OpenJournal(path)
				if err != nil || j.Progress() == nil {
					t.Fatalf("OpenJournal() = %v, %v; want the interrupted run's progress", j, err)
				}
				var told *trainer.Resumption
				spec := resumableSpec(t, j)
				spec.Resuming = func(r trainer.Resumption) { told = &r }
				got, err := trainer.Deploy(t.Context(), d.transactor(t, 0, chain.WithSigned(j.Signed)), spec)
				if err != nil {
					t.Fatalf("resumed Deploy() error = %v", err)
				}
				if name == "before sending" && got.Reused != k {
					t.Errorf("resumed Deploy() reused %d transactions, want %d", got.Reused, k)
				}
				if got.Reused > 0 && (told == nil || told.Landed != got.Reused || told.Total != steps) {
					t.Errorf("Resuming told %+v, want %d of %d landed", told, got.Reused, steps)
				}
				if got.Model != want.Model || got.Trainer != want.Trainer || got.GasUsed() != want.GasUsed() {
					t.Errorf("resumed stack: model %s, trainer %s, gas %d; uninterrupted: %s, %s, %d",
						got.Model, got.Trainer, got.GasUsed(), want.Model, want.Trainer, want.GasUsed())
				}
				txs, gas := d.sent(t, d.node.Accounts()[0].Address)
				if txs != steps || gas != want.GasUsed() {
					t.Errorf("both runs sent %d transactions using %d gas; an uninterrupted deployment sends %d using %d", txs, gas, steps, want.GasUsed())
				}
				useStack(t, d, got)
			})
		}
	}
}

// useStack predicts and adds data through s, from dev account 1.
func useStack(t *testing.T, d *devChain, s *trainer.Stack) {
	t.Helper()
	user := d.transactor(t, 1)
	sample := []int64{0, 1}
	if class, err := s.Predict(t.Context(), user, sample); err != nil || class != 1 {
		t.Errorf("Predict(%v) = %d, %v; want 1", sample, class, err)
	}
	cost, err := s.NextAddDataCost(t.Context(), user)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddData(t.Context(), user, sample, 1, cost); err != nil {
		t.Errorf("AddData() error = %v", err)
	}
}

// TestDeployResumeRefused checks the journals a deployment must not go on from: other inputs, another sender, a
// nonce taken by a foreign transaction. Nothing is sent.
func TestDeployResumeRefused(t *testing.T) {
	tests := map[string]struct {
		// change alters the resumed run, or the chain in between.
		change func(t *testing.T, d *devChain, spec *trainer.Spec) (sender int)
		// recorded makes the interrupted run record its third transaction before stopping, unsent.
		recorded bool
		wantErr  string
	}{
		"other inputs": {func(t *testing.T, d *devChain, spec *trainer.Spec) int {
			spec.Name = "another name"
			return 0
		}, false, "other inputs"},
		"other sender": {func(*testing.T, *devChain, *trainer.Spec) int { return 1 }, false, "finish it from"},
		"nonce taken": {func(t *testing.T, d *devChain, spec *trainer.Spec) int {
			other := d.transactor(t, 0)
			if _, err := other.Transact(t.Context(), d.node.Accounts()[1].Address, nil, big.NewInt(1)); err != nil {
				t.Fatal(err)
			}
			return 0
		}, false, "can no longer be sealed"},
		"recorded nonce taken": {func(t *testing.T, d *devChain, spec *trainer.Spec) int {
			other := d.transactor(t, 0)
			if _, err := other.Transact(t.Context(), d.node.Accounts()[1].Address, nil, big.NewInt(1)); err != nil {
				t.Fatal(err)
			}
			return 0
		}, true, "can no longer be sealed"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := newDevChain(t)
			path := filepath.Join(t.TempDir(), "deployment.json.partial")
			j, err := trainer.OpenJournal(path)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			hook := func(ctx context.Context, tx *types.Transaction) error {
				if n++; n > 2 {
					if tc.recorded && n == 3 {
						if err := j.Signed(ctx, tx); err != nil {
							return err
						}
					}
					return errKilled
				}
				return j.Signed(ctx, tx)
			}
			if _, err := trainer.Deploy(t.Context(), d.transactor(t, 0, chain.WithSigned(hook)), resumableSpec(t, j)); err == nil {
				t.Fatal("interrupted Deploy() succeeded")
			}
			spec := resumableSpec(t, nil)
			sender := tc.change(t, d, &spec)
			before, _ := d.sent(t, d.node.Accounts()[sender].Address)
			if spec.Journal, err = trainer.OpenJournal(path); err != nil {
				t.Fatal(err)
			}
			_, err = trainer.Deploy(t.Context(), d.transactor(t, sender, chain.WithSigned(spec.Journal.Signed)), spec)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), path) {
				t.Errorf("resumed Deploy() error = %v, want one containing %q and naming %s", err, tc.wantErr, path)
			}
			if after, _ := d.sent(t, d.node.Accounts()[sender].Address); after != before {
				t.Errorf("the refused resume sent %d transactions", after-before)
			}
		})
	}
}

// TestOpenJournalBad checks that a file that is not a progress record is refused, not taken for no progress.
func TestOpenJournalBad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.partial")
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := trainer.OpenJournal(path); err == nil || !strings.Contains(err.Error(), "not a deployment progress record") {
		t.Errorf("OpenJournal(garbage) error = %v, want one saying it is not a progress record", err)
	}
}

// BenchmarkDeployJournal is what the journal costs a deployment: two synced file writes a transaction, and a
// nonce check. The model takes three transactions; compare the two sub-benchmarks' times.
func BenchmarkDeployJournal(b *testing.B) {
	for _, journaled := range []bool{false, true} {
		b.Run(fmt.Sprintf("journal=%t", journaled), func(b *testing.B) {
			d := newDevChain(b)
			for b.Loop() {
				var j *trainer.Journal
				var options []chain.Option
				if journaled {
					var err error
					if j, err = trainer.OpenJournal(filepath.Join(b.TempDir(), "d.partial")); err != nil {
						b.Fatal(err)
					}
					options = append(options, chain.WithSigned(j.Signed))
				}
				spec := trainer.Spec{Model: exampleModel(), Incentive: drtIncentive(), ChunkWords: 1, Journal: j}
				if _, err := trainer.Deploy(b.Context(), d.transactor(b, 0, options...), spec); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
