package trainer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/chain"
)

// JournalFormat is the progress-record format a Journal writes and reads.
const JournalFormat = 1

// Journal records a deployment's progress in a file, so that a Deploy interrupted at any point (a killed
// process, a failed or timed-out transaction, a node gone) can be run again and go on from where it stopped,
// without paying again for the transactions that landed. Give it to Deploy in Spec.Journal, and build the
// transactor with chain.WithSigned(j.Signed): the hash of each transaction is written down before it is sent,
// so that one sent by a process killed before its receipt is still found.
//
// A Journal is not safe for concurrent use; one Deploy at a time may use it.
type Journal struct {
	path string
	rec  *DeployProgress
	// step is the index in rec.Steps of the transaction being sent, or -1 outside a send.
	step int
}

// DeployProgress is a deployment's progress as a Journal writes it.
type DeployProgress struct {
	// Format is JournalFormat.
	Format int `json:"format"`
	// SpecHash identifies what is deployed: every contract's code and arguments, addresses aside. A resume with
	// other inputs is refused.
	SpecHash common.Hash `json:"specHash"`
	// ChainID is the chain the deployment is on; zero where the node did not say.
	ChainID uint64 `json:"chainId,omitempty"`
	// Deployer sends every transaction; Nonce is the first one's nonce, and step i's is Nonce+i.
	Deployer common.Address `json:"deployer"`
	Nonce    uint64         `json:"nonce"`
	// Model and Trainer are where the contracts land: both follow from Deployer and the nonces.
	Model   common.Address `json:"model"`
	Trainer common.Address `json:"trainer"`
	// Steps are the deployment's transactions, in order.
	Steps []Step `json:"steps"`
}

// Step is one transaction of a deployment.
type Step struct {
	// What says what the transaction does, for people.
	What string `json:"what"`
	// Nonce is the nonce the transaction must have.
	Nonce uint64 `json:"nonce"`
	// Sent lists every transaction signed for the step, oldest first. Each may or may not have reached the node.
	Sent []common.Hash `json:"sent,omitempty"`
	// Mined is the one that landed, once its receipt was seen.
	Mined *common.Hash `json:"mined,omitempty"`
}

// OpenJournal returns the journal kept at path, with the record found there, if any.
func OpenJournal(path string) (*Journal, error) {
	j := &Journal{path: path, step: -1}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return j, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read deployment progress: %w", err)
	}
	var rec DeployProgress
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("%s is not a deployment progress record (%v): move it away, or choose another output", path, err)
	}
	if rec.Format != JournalFormat {
		return nil, fmt.Errorf("%s is deployment progress in format %d, not %d: finish it with the sumkit that began it, or move it away", path, rec.Format, JournalFormat)
	}
	j.rec = &rec
	return j, nil
}

// Path is the file the journal is kept in.
func (j *Journal) Path() string { return j.path }

// Progress is the progress recorded so far, or nil when there is none.
func (j *Journal) Progress() *DeployProgress { return j.rec }

// Remove deletes the journal's file, once what it recorded is safe elsewhere (the deployment manifest written).
func (j *Journal) Remove() error {
	if err := os.Remove(j.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove deployment progress: %w", err)
	}
	j.rec = nil
	return nil
}

// Signed records tx as sent for the step being deployed, before it is sent; pass it to chain.WithSigned. It
// refuses a transaction whose nonce is not the one the deployment planned: the model is built for the trainer's
// address, which a foreign transaction from the deployer in between would move.
func (j *Journal) Signed(_ context.Context, tx *types.Transaction) error {
	if j.rec == nil || j.step < 0 {
		return nil
	}
	s := &j.rec.Steps[j.step]
	if tx.Nonce() != s.Nonce {
		return fmt.Errorf("%s: nonce %d is not the %d the deployment planned: another transaction from %s was sent meanwhile; send nothing else from it during a deployment",
			s.What, tx.Nonce(), s.Nonce, j.rec.Deployer)
	}
	s.Sent = append(s.Sent, tx.Hash())
	return j.save()
}

// save writes the record through a temporary file renamed into place, synced first, so that a kill or a crash
// leaves the old record or the new one, never half of one.
func (j *Journal) save() error {
	data, err := json.MarshalIndent(j.rec, "", "  ")
	if err != nil {
		return fmt.Errorf("save deployment progress: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(j.path), "."+filepath.Base(j.path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("save deployment progress: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = tmp.Write(append(data, '\n'))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), j.path)
	}
	if err != nil {
		return fmt.Errorf("save deployment progress %s: %w", j.path, err)
	}
	return nil
}

// Resumption describes what an earlier, interrupted run of a deployment already paid for.
type Resumption struct {
	// Path is the journal's file.
	Path string
	// Landed of Total transactions are on chain; GasUsed is their gas.
	Landed, Total int
	GasUsed       uint64
	// Model is the model's address.
	Model common.Address
}

// nonceReader reads an account's nonce at a block; ethclient.Client and the simulated client both are one.
type nonceReader interface {
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// chainIDReader tells the chain id; ethclient.Client and the simulated client both are one.
type chainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// errNonceTaken says a step's nonce was used by a transaction the journal does not know.
var errNonceTaken = errors.New("used by a transaction not recorded here")

// pendingPoll is how often a resume asks about a recorded transaction still in the node's pool.
const pendingPoll = 100 * time.Millisecond

// landed reports the receipts of the recorded steps that are on chain, in order, asking the node about each
// transaction a step sent: mined is taken, pending is waited for (at most timeout), unknown ends the list. A step
// whose nonce went to a foreign transaction, or whose transaction reverted, ends it with an error.
func (j *Journal) landed(ctx context.Context, t *chain.Transactor, timeout time.Duration) ([]*types.Receipt, error) {
	var receipts []*types.Receipt
	for i := range j.rec.Steps {
		s := &j.rec.Steps[i]
		r, err := j.stepReceipt(ctx, t, s, timeout)
		if err != nil {
			return receipts, err
		}
		if r == nil {
			break
		}
		if r.Status != types.ReceiptStatusSuccessful {
			if i == 0 {
				return receipts, fmt.Errorf("%s: transaction %s reverted on chain, so nothing was built: find why (sumkit deploy --dry-run simulates it), then delete %s and deploy afresh",
					s.What, r.TxHash, j.path)
			}
			return receipts, fmt.Errorf("%s: transaction %s reverted on chain, so %w; delete %s and deploy afresh", s.What, r.TxHash, unsealable(j.rec.Model), j.path)
		}
		hash := r.TxHash
		s.Mined = &hash
		receipts = append(receipts, r)
	}
	return receipts, nil
}

// stepReceipt finds the receipt of the transaction that landed for s, nil when none did and s's nonce is free.
func (j *Journal) stepReceipt(ctx context.Context, t *chain.Transactor, s *Step, timeout time.Duration) (*types.Receipt, error) {
	hashes := s.Sent
	if s.Mined != nil {
		hashes = append([]common.Hash{*s.Mined}, hashes...)
	}
	if len(hashes) == 0 {
		return nil, nil
	}
	b := t.Backend()
	deadline := time.Now().Add(timeout)
	for {
		for _, h := range hashes {
			r, err := b.TransactionReceipt(ctx, h)
			if err == nil {
				return r, nil
			}
			if !errors.Is(err, ethereum.NotFound) {
				return nil, fmt.Errorf("%s: ask the node about transaction %s: %w", s.What, h, err)
			}
		}
		pending, err := b.PendingNonceAt(ctx, j.rec.Deployer)
		if err != nil {
			return nil, fmt.Errorf("%s: read the nonce of %s: %w", s.What, j.rec.Deployer, err)
		}
		if pending <= s.Nonce && !recentlyMined(ctx, b, hashes) {
			// Nothing holds the nonce, mined or pending: the transaction never reached the node, or was dropped.
			// (A pool that has just taken the transaction knows it by hash before its pending nonce counts it;
			// sending again then would find the nonce gone a moment later, so that case is waited for.)
			return nil, nil
		}
		if nr, ok := b.(nonceReader); ok {
			mined, err := nr.NonceAt(ctx, j.rec.Deployer, nil)
			if err != nil {
				return nil, fmt.Errorf("%s: read the nonce of %s: %w", s.What, j.rec.Deployer, err)
			}
			if mined > s.Nonce {
				// Mined, but none of the step's transactions has a receipt: another one took the nonce. Its
				// receipt may be indexed late, so the loop asks once more before concluding.
				if time.Now().After(deadline) || !recentlyMined(ctx, b, hashes) {
					return nil, fmt.Errorf("%s: nonce %d of %s was %w", s.What, s.Nonce, j.rec.Deployer, errNonceTaken)
				}
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s: transaction %s is still pending after %s: wait for it to be mined, then run the deployment again",
				s.What, hashes[len(hashes)-1], timeout)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: wait for transaction %s: %w", s.What, hashes[len(hashes)-1], ctx.Err())
		case <-time.After(pendingPoll):
		}
	}
}

// recentlyMined reports whether the node knows any of hashes, pending or mined, so that a receipt not yet
// indexed is waited for rather than taken for a foreign transaction.
func recentlyMined(ctx context.Context, b chain.Backend, hashes []common.Hash) bool {
	for _, h := range hashes {
		if _, _, err := b.TransactionByHash(ctx, h); err == nil {
			return true
		}
	}
	return false
}
