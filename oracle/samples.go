package oracle

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Samples is a labelled sparse data set as the oracle reads it from a file: the initial training data every
// version starts from, or the held-out set versions are measured on. Each sample lists the indices of the
// features it has, as the trainer's AddData events carry them.
type Samples struct {
	NumFeatures int       `json:"num_features"`
	NumClasses  int       `json:"num_classes"`
	Samples     [][]int64 `json:"samples"`
	Labels      []uint64  `json:"labels"`
}

// LoadSamples reads a samples file (JSON: num_features, num_classes, samples, labels) and checks it.
func LoadSamples(path string) (*Samples, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	var s Samples
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("samples %s: not a samples file (JSON with num_features, num_classes, samples, labels): %w", path, err)
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("samples %s: %w", path, err)
	}
	return &s, nil
}

// Save writes s to path as JSON.
func (s *Samples) Save(path string) error {
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("samples: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("samples: %w", err)
	}
	return nil
}

// Validate checks that every sample has a label and every index and label is in range.
func (s *Samples) Validate() error {
	if s.NumFeatures <= 0 || s.NumClasses < 2 {
		return fmt.Errorf("num_features %d and num_classes %d: need at least 1 feature and 2 classes", s.NumFeatures, s.NumClasses)
	}
	if len(s.Samples) != len(s.Labels) {
		return fmt.Errorf("%d samples but %d labels: give one label per sample", len(s.Samples), len(s.Labels))
	}
	for i, x := range s.Samples {
		for _, f := range x {
			if f < 0 || f >= int64(s.NumFeatures) {
				return fmt.Errorf("sample %d: feature %d is outside 0..%d", i, f, s.NumFeatures-1)
			}
		}
		if s.Labels[i] >= uint64(s.NumClasses) {
			return fmt.Errorf("sample %d: label %d is outside 0..%d", i, s.Labels[i], s.NumClasses-1)
		}
	}
	return nil
}

// Hash is keccak256 of the canonical JSON encoding, so that a configuration hash covers the data too.
func (s *Samples) Hash() common.Hash {
	b, _ := json.Marshal(s) // a struct of slices and numbers always encodes
	return crypto.Keccak256Hash(b)
}
