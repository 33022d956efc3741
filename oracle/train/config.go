// SPDX-License-Identifier: MIT

package train

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Model types a Config may name.
const (
	// Logistic is logistic regression: one sigmoid output for two classes, softmax over the classes otherwise.
	Logistic = "logistic"
	// MLP is a perceptron with one hidden layer of ReLU units and a softmax output.
	MLP = "mlp"
)

// Devices a Config may name.
const (
	// CPU trains on the CPU, bit-deterministically; the default.
	CPU = "cpu"
	// GPU trains on CUDA device 0; needs a binary built with -tags cuda, and is not bit-deterministic.
	GPU = "gpu"
)

// MaxHidden is the most hidden units an MLP may have: the on-chain evaluation accepts no more.
const MaxHidden = 16

// Limits on the other settings, to catch typos (an extra zero) before hours of training.
const (
	// MaxEpochs is the most passes over the data a Config may ask for.
	MaxEpochs = 100_000
	// MaxBatchSize is the largest batch a Config may ask for.
	MaxBatchSize = 1 << 16
	// MaxBatchBytes bounds the dense batch matrix, BatchSize × NumFeatures float64s; Train checks it once it
	// knows the number of features.
	MaxBatchBytes = 1 << 30
)

// ErrConfig is returned, wrapped with the setting at fault and how to fix it, for a Config that Validate
// rejects.
var ErrConfig = errors.New("invalid training config")

// Config says what to train and how. The oracle's configuration file embeds it, so it has JSON tags; the zero
// value is not valid, start from DefaultConfig.
type Config struct {
	// Model is the model type, Logistic or MLP.
	Model string `json:"model"`
	// Hidden is the number of hidden units of an MLP, 1 to MaxHidden; 0 for Logistic.
	Hidden int `json:"hidden,omitempty"`
	// Epochs is the number of passes over the samples.
	Epochs int `json:"epochs"`
	// BatchSize is the number of samples per gradient step. The last batch of an epoch may be smaller.
	BatchSize int `json:"batch_size"`
	// LearningRate is Adam's step size.
	LearningRate float64 `json:"learning_rate"`
	// L2 is the weight decay added to the weights' gradients (not the biases'): the gradient of
	// L2/2 × ‖W‖², with the loss a mean over the batch.
	L2 float64 `json:"l2"`
	// Seed seeds the initial weights and the shuffle before each epoch.
	Seed uint64 `json:"seed"`
	// Device is CPU (the default when empty) or GPU.
	Device string `json:"device,omitempty"`
}

// DefaultConfig returns a logistic regression config that suits bag-of-words text of SMS or IMDB size.
func DefaultConfig() Config {
	return Config{Model: Logistic, Epochs: 10, BatchSize: 32, LearningRate: 0.01, L2: 1e-4, Device: CPU}
}

// Validate checks every setting, returning an error wrapping ErrConfig that names the first bad one and the
// allowed values.
func (c *Config) Validate() error {
	switch c.Model {
	case Logistic:
		if c.Hidden != 0 {
			return fmt.Errorf("hidden is %d but model %q has no hidden layer; remove hidden or use model %q: %w",
				c.Hidden, Logistic, MLP, ErrConfig)
		}
	case MLP:
		if c.Hidden < 1 || c.Hidden > MaxHidden {
			return fmt.Errorf("hidden must be 1..%d, got %d: the on-chain evaluation takes at most %d hidden "+
				"units: %w", MaxHidden, c.Hidden, MaxHidden, ErrConfig)
		}
	default:
		return fmt.Errorf("model %q is unknown; use %q or %q: %w", c.Model, Logistic, MLP, ErrConfig)
	}
	if c.Epochs < 1 || c.Epochs > MaxEpochs {
		return fmt.Errorf("epochs must be 1..%d, got %d: %w", MaxEpochs, c.Epochs, ErrConfig)
	}
	if c.BatchSize < 1 || c.BatchSize > MaxBatchSize {
		return fmt.Errorf("batch_size must be 1..%d, got %d: %w", MaxBatchSize, c.BatchSize, ErrConfig)
	}
	// The negated forms also reject NaN.
	if !(c.LearningRate > 0 && c.LearningRate <= 1) {
		return fmt.Errorf("learning_rate must be in (0, 1], got %v (Adam usually wants 0.001 to 0.1): %w",
			c.LearningRate, ErrConfig)
	}
	if !(c.L2 >= 0 && c.L2 <= 1) {
		return fmt.Errorf("l2 must be in [0, 1], got %v (0 turns weight decay off): %w", c.L2, ErrConfig)
	}
	switch c.Device {
	case "", CPU, GPU:
	default:
		return fmt.Errorf("device %q is unknown; use %q or %q: %w", c.Device, CPU, GPU, ErrConfig)
	}
	return nil
}

// device returns the device c asks for, CPU when unset.
func (c *Config) device() string {
	if c.Device == "" {
		return CPU
	}
	return c.Device
}

// configDomain prefixes the hashed encoding, so that a change of encoding or of training algorithm changes
// every hash: bump it when the same Config would train differently.
const configDomain = "sumkit/oracle/train.Config/v1\n"

// Hash returns the Keccak-256 of the canonical encoding of c, for operators to compare configs: configs that
// train the same way (an empty Device and "cpu" alike) hash the same. The encoding is JSON with the fields in a
// fixed order and floats in Go's shortest round-trip form, after a domain prefix.
func (c *Config) Hash() common.Hash {
	canon := *c
	canon.Device = c.device()
	if canon.L2 == 0 {
		canon.L2 = 0 // -0 too, which JSON would write as "-0"
	}
	// Every field is a string, an integer or a finite float once validated, so Marshal cannot fail; an
	// invalid config with a NaN still gets a hash, of its Go syntax.
	enc, err := json.Marshal(struct {
		Model        string  `json:"model"`
		Hidden       int     `json:"hidden"`
		Epochs       int     `json:"epochs"`
		BatchSize    int     `json:"batch_size"`
		LearningRate float64 `json:"learning_rate"`
		L2           float64 `json:"l2"`
		Seed         uint64  `json:"seed"`
		Device       string  `json:"device"`
	}(canon))
	if err != nil {
		enc = fmt.Appendf(nil, "%#v", canon)
	}
	return crypto.Keccak256Hash([]byte(configDomain), enc)
}
