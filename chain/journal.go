package chain

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gofrs/flock"
)

// Journal is a folder of the transactions Transactors signed, each recorded before it is sent, one file per chain
// and sending account. It lets a later run of the same action find a transaction an earlier run sent but never
// saw mined (a receipt timeout, a killed process) and wait for it, or learn it is done, instead of sending the
// action twice. Each file has a lock file beside it that Transactors hold from reading the account's nonce until
// their transaction is in the node's pool, so that processes sending from one account at once never pick the same
// nonce. Journals in the same folder are safe for concurrent use by any number of processes.
type Journal struct {
	dir string
	// compactAt is the size past which a file is rewritten without its settled transactions.
	compactAt int64
}

// JournalEnv is the environment variable that overrides [DefaultJournalDir].
const JournalEnv = "SUMKIT_JOURNAL"

// DefaultJournalDir is where the journal lives unless told otherwise: $SUMKIT_JOURNAL, else
// $XDG_STATE_HOME/sumkit, else ~/.local/state/sumkit.
func DefaultJournalDir() (string, error) {
	if dir := os.Getenv(JournalEnv); dir != "" {
		return dir, nil
	}
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" {
		return filepath.Join(dir, "sumkit"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the journal folder: %w; set %s", err, JournalEnv)
	}
	return filepath.Join(home, ".local", "state", "sumkit"), nil
}

// OpenJournal opens the journal in dir, creating the folder if needed.
func OpenJournal(dir string) (*Journal, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open the transaction journal: %w", err)
	}
	return &Journal{dir: dir, compactAt: compactSize}, nil
}

// Dir is the journal's folder.
func (j *Journal) Dir() string { return j.dir }

// Entry is one signed transaction in the journal.
type Entry struct {
	// Hash is the transaction's hash; Nonce its nonce.
	Hash  common.Hash `json:"hash"`
	Nonce uint64      `json:"nonce"`
	// Key identifies the action by content: see [ActionKey].
	Key common.Hash `json:"key"`
	// Raw is the signed transaction, which can be sent again as is.
	Raw hexutil.Bytes `json:"raw,omitempty"`
	// Head is the node's latest block when it was signed: a node that lacks it runs another chain (a fresh dev
	// chain with the same id), where the transaction was never sent.
	Head common.Hash `json:"head,omitempty"`
	// Time is when it was signed, in Unix seconds.
	Time int64 `json:"time"`
	// Settled marks a later line saying the sender saw the transaction's receipt: it no longer stands for an
	// action whose outcome nobody learnt.
	Settled bool `json:"settled,omitempty"`
}

// ActionKey identifies an action by content: the called contract and the calldata. The chain and the sender are
// the journal file's. The value is left out: a deposit that the contract prices by time differs between runs of
// the same action.
func ActionKey(to common.Address, data []byte) common.Hash {
	return crypto.Keccak256Hash(to.Bytes(), data)
}

// path is the journal file of chain and account; its lock file has ".lock" appended.
func (j *Journal) path(chainID *big.Int, account common.Address) string {
	return filepath.Join(j.dir, fmt.Sprintf("%s-%s.jsonl", chainID, strings.ToLower(account.Hex())))
}

// lockPoll is how often a process waiting for another's account lock tries again.
const lockPoll = 5 * time.Millisecond

// Lock takes the lock of account on chain, waiting for another process to release it, and returns the function
// that releases it.
func (j *Journal) Lock(ctx context.Context, chainID *big.Int, account common.Address) (unlock func(), err error) {
	l := flock.New(j.path(chainID, account) + ".lock")
	ok, err := l.TryLockContext(ctx, lockPoll)
	if err != nil {
		return nil, fmt.Errorf("lock the journal of %s: %w", account, err)
	}
	if !ok {
		return nil, fmt.Errorf("lock the journal of %s: %w", account, ctx.Err())
	}
	return func() { l.Unlock() }, nil
}

// Record appends e to the journal of account on chain. The caller holds the account's lock.
func (j *Journal) Record(chainID *big.Int, account common.Address, e Entry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("journal transaction %s: %w", e.Hash, err)
	}
	f, err := os.OpenFile(j.path(chainID, account), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("journal transaction %s: %w", e.Hash, err)
	}
	_, err = f.Write(append(line, '\n'))
	// The record must be on disk before the transaction can be: a crash between the two otherwise loses it.
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("journal transaction %s: %w", e.Hash, err)
	}
	return nil
}

// Settle notes that the sender of hash saw its receipt. It takes the account's lock itself.
func (j *Journal) Settle(ctx context.Context, chainID *big.Int, account common.Address, hash common.Hash) error {
	unlock, err := j.Lock(ctx, chainID, account)
	if err != nil {
		return err
	}
	defer unlock()
	return j.Record(chainID, account, Entry{Hash: hash, Time: time.Now().Unix(), Settled: true})
}

// Unsettled returns the latest transaction of account on chain recorded for the action key whose receipt its
// sender never saw, or nil if there is none. The caller holds the account's lock.
func (j *Journal) Unsettled(chainID *big.Int, account common.Address, key common.Hash) (*Entry, error) {
	f, err := os.Open(j.path(chainID, account))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the transaction journal: %w", err)
	}
	defer f.Close()
	var last *Entry
	settled := make(map[common.Hash]bool)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, maxLine)
	for sc.Scan() {
		var e Entry
		// A line cut short by a crash is skipped: it was written before a send that never happened.
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		switch {
		case e.Settled:
			settled[e.Hash] = true
		default:
			// A settle line covers the entries before it only: a fresh dev chain with the same id replays the
			// same signed transactions, hashes and all, and the one signed again is not settled.
			delete(settled, e.Hash)
			if e.Key == key {
				last = &e
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read the transaction journal %s: %w", f.Name(), err)
	}
	if info, err := f.Stat(); err == nil && info.Size() > j.compactAt {
		if err := j.compact(f.Name(), settled); err != nil {
			return nil, err
		}
	}
	if last == nil || settled[last.Hash] {
		return nil, nil
	}
	return last, nil
}

// maxLine bounds one journal line: a signed transaction carries at most a block's worth of calldata.
const maxLine = 1 << 26

// compactSize is the size past which a journal file is rewritten without its settled transactions.
const compactSize = 4 << 20

// compact rewrites the journal file at path keeping only the transactions not in settled, which are all a
// lookup needs. The caller holds the account's lock.
func (j *Journal) compact(path string, settled map[common.Hash]bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("compact the transaction journal: %w", err)
	}
	var kept []byte
	for line := range strings.SplitSeq(string(data), "\n") {
		var e Entry
		if json.Unmarshal([]byte(line), &e) != nil || e.Settled || settled[e.Hash] {
			continue
		}
		kept = append(append(kept, line...), '\n')
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, kept, 0o600); err != nil {
		return fmt.Errorf("compact the transaction journal: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("compact the transaction journal: %w", err)
	}
	return nil
}
