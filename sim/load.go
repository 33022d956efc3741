package sim

import (
	"fmt"

	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/model"
)

// LoadData loads the data a config names through package dataset: one of the shared datasets or a file of
// the user's (dc.Path), split with the dataset seed, or the IMDB-shaped synthetic set.
func LoadData(dc DatasetConfig) (*Data, error) {
	d, err := loadDataset(dc)
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

// loadDataset is LoadData's dataset, before it becomes Data.
func loadDataset(dc DatasetConfig) (*dataset.Dataset, error) {
	if err := dc.validate(); err != nil {
		return nil, err
	}
	if dc.Path == "" && dc.Name == dataset.SyntheticName {
		d, _, err := dataset.Synthetic(dataset.SyntheticOptions{
			Samples:     dc.Samples,
			TestSamples: dc.TestSamples,
			Features:    dc.Features,
			NonZeros:    dc.NonZeros,
			Noise:       dc.Noise,
			Seed:        dc.Seed,
			Uniform:     dc.Uniform,
		})
		return d, err
	}
	opts := dataset.Options{
		Root:         dc.Root,
		Seed:         dc.Seed,
		TestFraction: dc.TestFraction,
		Text: dataset.TextOptions{
			HashFeatures: dc.HashFeatures,
			Encoder:      dc.Encoder,
			MaxFeatures:  dc.MaxFeatures,
		},
	}
	if dc.Vocabulary != "" {
		var err error
		if opts.Text.Vocabulary, err = model.LoadVocabulary(dc.Vocabulary); err != nil {
			return nil, err
		}
	}
	if dc.Path == "" {
		return dataset.Open(dc.Name, opts)
	}
	return dataset.OpenFile(dc.Path, dataset.FileOptions{
		Options:     opts,
		Format:      dc.Format,
		Name:        dc.Name,
		LabelColumn: dc.LabelColumn,
		Header:      dc.Header,
	})
}
