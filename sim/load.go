package sim

import (
	"fmt"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// LoadData loads the data a config names through package dataset: one of the shared datasets, split with
// the dataset seed, or the IMDB-shaped synthetic set.
func LoadData(dc DatasetConfig) (*Data, error) {
	var (
		d   *dataset.Dataset
		err error
	)
	if dc.Name == dataset.SyntheticName {
		d, _, err = dataset.Synthetic(dataset.SyntheticOptions{
			Samples:     dc.Samples,
			TestSamples: dc.TestSamples,
			Features:    dc.Features,
			NonZeros:    dc.NonZeros,
			Noise:       dc.Noise,
			Seed:        dc.Seed,
			Uniform:     dc.Uniform,
		})
	} else {
		opts := dataset.Options{
			Root:         dc.Root,
			Seed:         dc.Seed,
			TestFraction: dc.TestFraction,
			Text:         dataset.TextOptions{HashFeatures: dc.HashFeatures, MaxFeatures: dc.MaxFeatures},
		}
		if dc.Vocabulary != "" {
			if opts.Text.Vocabulary, err = model.LoadVocabulary(dc.Vocabulary); err != nil {
				return nil, fmt.Errorf("load data: %w", err)
			}
		}
		d, err = dataset.Open(dc.Name, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("load data: %w", err)
	}
	return &Data{
		Name:        d.Name,
		Classes:     d.Classes,
		NumFeatures: d.NumFeatures,
		Sparse:      d.Sparse,
		Train:       d.Train,
		Test:        d.Test,
	}, nil
}
