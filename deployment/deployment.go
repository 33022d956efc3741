// Package deployment records where a sumkit model stack lives and how to use it, in a JSON manifest that
// `sumkit deploy` writes and `sumkit predict` and `sumkit add` read.
package deployment

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// Format is the manifest format this package writes and reads.
const Format = 1

// Incentive is the trainer's incentive parameters as the manifest records them.
type Incentive struct {
	// RefundWait, OwnerClaimWait and AnyAddressClaimWait are the trainer's waits in seconds.
	RefundWait          uint32 `json:"refundWait"`
	OwnerClaimWait      uint32 `json:"ownerClaimWait"`
	AnyAddressClaimWait uint32 `json:"anyAddressClaimWait"`
	// CostWeight is the deposit's cost weight in wei, as a decimal string.
	CostWeight string `json:"costWeight"`
}

// Manifest describes a deployed model stack: the chain, the contracts, and what a client needs to encode
// samples for it.
type Manifest struct {
	// Format is the manifest format, [Format].
	Format int `json:"format"`
	// ChainID is the id of the chain the stack is deployed on.
	ChainID uint64 `json:"chainId"`
	// Model and Trainer are the contracts' addresses.
	Model   common.Address `json:"model"`
	Trainer common.Address `json:"trainer"`
	// Kind is the model's kind; Mechanism the trainer's incentive mechanism.
	Kind      model.Kind        `json:"kind"`
	Mechanism trainer.Mechanism `json:"mechanism"`
	// Encoder is the encoder's canonical spec (encoder.Encoder.Spec).
	Encoder string `json:"encoder"`
	// Vocabulary, when set, is the vocabulary file the imdb-vocab encoder was checked against at deployment.
	Vocabulary string `json:"vocabulary,omitempty"`
	// Classes are the class names in class-index order.
	Classes []string `json:"classes"`
	// NumFeatures is the model's number of features; MaxFeatures the sparse models' bound on a sample's length.
	NumFeatures uint64 `json:"numFeatures"`
	MaxFeatures uint64 `json:"maxFeatures"`
	// Incentive holds the trainer's parameters.
	Incentive Incentive `json:"incentive"`
	// Deployer is the account that deployed, and owns, both contracts.
	Deployer common.Address `json:"deployer"`
	// BlockNumber is the block holding the trainer's deployment.
	BlockNumber uint64 `json:"blockNumber"`
}

// New is the manifest of s, deployed by deployer on chain chainID: m the model it was deployed with, in the
// incentive parameters, encoder the encoder's canonical spec and vocabulary the vocabulary file it was checked
// against (empty for none). The block is that of s's last deployment receipt.
func New(chainID *big.Int, s *trainer.Stack, m *model.Model, in trainer.Incentive, encoder, vocabulary string, deployer common.Address) (*Manifest, error) {
	if len(s.Receipts) == 0 {
		return nil, errors.New("manifest: the stack has no deployment receipts; deploy it with trainer.Deploy")
	}
	return &Manifest{
		Format:      Format,
		ChainID:     chainID.Uint64(),
		Model:       s.Model,
		Trainer:     s.Trainer,
		Kind:        m.Kind,
		Mechanism:   in.Mechanism,
		Encoder:     encoder,
		Vocabulary:  vocabulary,
		Classes:     m.Classes,
		NumFeatures: m.NumFeatures,
		MaxFeatures: m.MaxFeatures,
		Incentive:   IncentiveOf(in),
		Deployer:    deployer,
		BlockNumber: s.Receipts[len(s.Receipts)-1].BlockNumber.Uint64(),
	}, nil
}

// IncentiveOf is in as a manifest records it.
func IncentiveOf(in trainer.Incentive) Incentive {
	costWeight := "0"
	if in.CostWeight != nil {
		costWeight = in.CostWeight.String()
	}
	return Incentive{RefundWait: in.RefundWait, OwnerClaimWait: in.OwnerClaimWait, AnyAddressClaimWait: in.AnyAddressClaimWait,
		CostWeight: costWeight}
}

// Load reads and validates the manifest at path.
func Load(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load deployment: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("load deployment %s: not a deployment manifest: %w", path, err)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("load deployment %s: %w", path, err)
	}
	return &m, nil
}

// Validate checks that every required field is set and the format is one this package knows.
func (m *Manifest) Validate() error {
	if m.Format != Format {
		return fmt.Errorf("format %d is not supported: want %d", m.Format, Format)
	}
	var missing []error
	need := func(ok bool, field string) {
		if !ok {
			missing = append(missing, fmt.Errorf("missing field %q", field))
		}
	}
	need(m.ChainID != 0, "chainId")
	need(m.Model != (common.Address{}), "model")
	need(m.Trainer != (common.Address{}), "trainer")
	need(m.Kind != "", "kind")
	need(m.Mechanism != "", "mechanism")
	need(m.Encoder != "", "encoder")
	need(len(m.Classes) > 0, "classes")
	need(m.NumFeatures != 0, "numFeatures")
	if err := errors.Join(missing...); err != nil {
		return err
	}
	if _, ok := new(big.Int).SetString(m.Incentive.CostWeight, 10); m.Incentive.CostWeight != "" && !ok {
		return fmt.Errorf("incentive cost weight %q is not a decimal integer", m.Incentive.CostWeight)
	}
	return nil
}

// Save writes the manifest to path as indented JSON, through a temporary file in the same folder that is renamed
// into place, so that a reader never sees half a manifest.
func (m *Manifest) Save(path string) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	data = append(data, '\n')
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	return nil
}

// CheckPath checks, without writing anything, that Save can write a manifest at path: its folder exists and
// takes new files, and path is not a folder. A deployment checks its manifest's path before its first
// transaction, so that a path it cannot write costs nothing.
func CheckPath(path string) error {
	if path == "" {
		return errors.New("no manifest path given: name a file such as deployment.json")
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s is a folder: name a file in it, such as %s", path, filepath.Join(path, "deployment.json"))
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("folder %s does not exist: create it (mkdir -p %s) or write the manifest elsewhere", dir, dir)
	case err != nil:
		return fmt.Errorf("cannot reach folder %s: %w", dir, err)
	case !info.IsDir():
		return fmt.Errorf("%s is not a folder, so it cannot hold %s: write the manifest elsewhere", dir, filepath.Base(path))
	}
	// Save writes a temporary file in the folder and renames it into place, so that is what to try.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot create files in folder %s (%v): make it writable or write the manifest elsewhere", dir, errors.Unwrap(err))
	}
	tmp.Close()
	os.Remove(tmp.Name())
	return nil
}

// Client is the node access Check needs; ethclient.Client and the simulated client both are one.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// Check confirms that client's chain is the manifest's and that both contracts are deployed there.
func (m *Manifest) Check(ctx context.Context, client Client) error {
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("check deployment: read chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != m.ChainID {
		return fmt.Errorf("check deployment: the node is on chain %s but the deployment is on chain %d: use the right --rpc, or redeploy on this chain",
			id, m.ChainID)
	}
	for _, c := range []struct {
		name string
		addr common.Address
	}{{"model", m.Model}, {"trainer", m.Trainer}} {
		code, err := client.CodeAt(ctx, c.addr, nil)
		if err != nil {
			return fmt.Errorf("check deployment: read code of the %s at %s: %w", c.name, c.addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("check deployment: no %s contract at %s on chain %d: the chain was reset or the manifest is stale; use the right --rpc, or redeploy",
				c.name, c.addr, m.ChainID)
		}
	}
	return nil
}

// CostWeight returns the incentive's cost weight in wei; an empty field is zero.
func (m *Manifest) CostWeight() *big.Int {
	w, ok := new(big.Int).SetString(m.Incentive.CostWeight, 10)
	if !ok {
		return new(big.Int)
	}
	return w
}
