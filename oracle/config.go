// Package oracle runs an oracle operator: it follows a sumkit trainer's contributions into a durable store,
// trains an off-chain model on them (package train), and commits versions that beat the active one to the
// OracleModel contract together with the other operators of its committee.
//
// One Step is one cycle: ingest to the confirmation depth, then either carry on with a version this operator
// already decided to commit, or choose what to train on (another operator's pending proposal's cursor, so that
// honest operators reach the same digest, or else the newest stored contribution), train, measure the quantised
// model on the held-out set, and commit only if it beats the active version by the configured margin.
//
// Crash safety rests on four things. The store writes each ingested range in one synced batch. The operator
// saves what it is about to commit (the version and its weights) before its first transaction, and after a
// restart it resumes that version instead of training anew, so it never proposes two digests for one version.
// There is one exception: if a reorg has replaced the version's cursor block before its proposal, the version
// is dropped and trained again. Before committing, the operator waits for any transaction a previous run left
// in flight to be mined. Every transaction is skipped when the chain already shows its effect (page staged,
// chunk published, proposal recorded, version active).
package oracle

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/oracle/train"
)

// Agreement modes: how an operator checks another operator's proposal before voting for it.
const (
	// Recompute trains at the proposal's cursor and votes only for an identical digest. It needs
	// bit-deterministic training: the CPU device.
	Recompute = "recompute"
	// Attest fetches the proposal's published weights, verifies them against its root and parameters hash,
	// and votes if their quantised accuracy on this operator's held-out set is the attested one and beats the
	// active version. For GPU training, which is not bit-deterministic.
	Attest = "attest"
)

// Defaults for the config's optional fields.
const (
	DefaultDepth     = 6
	DefaultPoll      = 5 * time.Second
	DefaultMarginPPM = 0
)

// Config is an operator's configuration file (JSON).
type Config struct {
	// Model is the OracleModel contract; Trainer the trainer it is sealed to, whose events are read.
	Model   common.Address `json:"model"`
	Trainer common.Address `json:"trainer"`
	// FromBlock is the trainer's deployment block: where an empty store starts reading.
	FromBlock uint64 `json:"from_block,omitempty"`
	// DataDir holds the event store and the operator's state.
	DataDir string `json:"data_dir"`
	// Depth is the confirmation depth: blocks behind the head that are read.
	Depth *uint64 `json:"depth,omitempty"`
	// PageBlocks is the widest block range one read covers; 0 is the follower's default.
	PageBlocks uint64 `json:"page_blocks,omitempty"`
	// Poll is how long a caught-up operator waits before the next cycle, as a Go duration ("5s").
	Poll string `json:"poll,omitempty"`
	// MarginPPM is how much a new version must beat the active one on the held-out set, in parts per million.
	MarginPPM uint32 `json:"margin_ppm,omitempty"`
	// ChunkSize is the size of a published weights chunk in bytes; 0 is weights.DefaultChunkSize.
	ChunkSize int `json:"chunk_size,omitempty"`
	// InitialData and HeldOut are samples files (see Samples).
	InitialData string `json:"initial_data"`
	HeldOut     string `json:"held_out"`
	// Train configures the training.
	Train train.Config `json:"train"`
	// Agree is Recompute (the default) or Attest.
	Agree string `json:"agree,omitempty"`
	// Metrics is the address the Prometheus endpoint listens on ("127.0.0.1:9464"); empty serves none.
	Metrics string `json:"metrics,omitempty"`
}

// LoadConfig reads and validates a config file. Unknown fields are refused, so a misspelt option is an error
// rather than a default.
func LoadConfig(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("oracle config: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("oracle config %s: %w", path, explainDecode(err))
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("oracle config %s: %w", path, err)
	}
	return &c, nil
}

// CheckDeployment checks that the config names a deployment (`sumkit oracle deploy` fills both in).
func (c *Config) CheckDeployment() error {
	var errs []error
	if c.Model == (common.Address{}) {
		errs = append(errs, errors.New("model: give the OracleModel contract's address (sumkit oracle deploy writes it)"))
	}
	if c.Trainer == (common.Address{}) {
		errs = append(errs, errors.New("trainer: give the trainer's address (sumkit oracle deploy writes it)"))
	}
	return errors.Join(errs...)
}

// Save writes the config to path as indented JSON.
func (c *Config) Save(path string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("oracle config: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("oracle config: %w", err)
	}
	return nil
}

// configFields lists the config's fields for error messages.
const configFields = "model, trainer, from_block, data_dir, depth, page_blocks, poll, margin_ppm, chunk_size, " +
	"initial_data, held_out, train, agree, metrics"

// explainDecode adds the fix to a JSON decoding error: the fields there are, or what an address field holds.
func explainDecode(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && (te.Field == "model" || te.Field == "trainer") {
		return fmt.Errorf("%w: %q is the deployment's contract address (0x and 40 hex digits, written by `sumkit oracle deploy`); the kind of model to train is train.model", err, te.Field)
	}
	if strings.HasPrefix(err.Error(), "json: unknown field") {
		return fmt.Errorf("%w: check its spelling; the fields are %s", err, configFields)
	}
	return err
}

// Validate checks the fields that need no file or chain to check; the deployment's addresses are
// CheckDeployment's.
func (c *Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data_dir: give a directory for the event store and the operator's state"))
	}
	if c.InitialData == "" || c.HeldOut == "" {
		errs = append(errs, errors.New("initial_data and held_out: give both samples files"))
	}
	if _, err := c.PollInterval(); err != nil {
		errs = append(errs, err)
	}
	if c.ChunkSize < 0 {
		errs = append(errs, fmt.Errorf("chunk_size %d: give a positive size in bytes, or 0 for the default", c.ChunkSize))
	}
	switch c.Agree {
	case "", Recompute:
		// Two GPU operators rarely produce the same weights, so recomputing would never reach a quorum.
		if c.Train.Device == train.GPU {
			errs = append(errs, fmt.Errorf("agree %q with train.device %q: GPU training is not bit-deterministic, "+
				"so operators cannot agree by recomputing; set agree to %q", c.agreement(), train.GPU, Attest))
		}
	case Attest:
	default:
		errs = append(errs, fmt.Errorf("agree %q: use %q or %q", c.Agree, Recompute, Attest))
	}
	if err := c.Train.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("train: %w", err))
	}
	return errors.Join(errs...)
}

// ConfirmationDepth is Depth or DefaultDepth.
func (c *Config) ConfirmationDepth() uint64 {
	if c.Depth == nil {
		return DefaultDepth
	}
	return *c.Depth
}

// PollInterval is Poll parsed, or DefaultPoll.
func (c *Config) PollInterval() (time.Duration, error) {
	if c.Poll == "" {
		return DefaultPoll, nil
	}
	d, err := time.ParseDuration(c.Poll)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("poll %q: give a positive duration such as \"5s\"", c.Poll)
	}
	return d, nil
}

func (c *Config) agreement() string {
	if c.Agree == "" {
		return Recompute
	}
	return c.Agree
}
