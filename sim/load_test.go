package sim

import (
	"errors"
	"testing"

	"github.com/sumkit/sumkit/dataset"
)

func TestLoadDataSynthetic(t *testing.T) {
	d, err := LoadData(DatasetConfig{Name: "synthetic", Samples: 200, TestSamples: 50, Features: 100, NonZeros: 10, Noise: 0.1, Seed: 3})
	if err != nil {
		t.Fatalf("LoadData() error = %v", err)
	}
	if d.Train.Len() != 200 || d.Test.Len() != 50 || d.NumFeatures != 100 || !d.Sparse || len(d.Classes) != 2 {
		t.Errorf("got %d/%d samples, %d features, sparse %v, classes %v", d.Train.Len(), d.Test.Len(), d.NumFeatures, d.Sparse, d.Classes)
	}
}

func TestLoadDataSMS(t *testing.T) {
	d, err := LoadData(DatasetConfig{Name: "sms"})
	if errors.Is(err, dataset.ErrMissing) {
		t.Skipf("shared datasets not here: %v", err)
	}
	if err != nil {
		t.Fatalf("LoadData() error = %v", err)
	}
	if d.Train.Len() < 4000 || d.Test.Len() < 1000 || d.NumFeatures != dataset.DefaultHashFeatures {
		t.Errorf("got %d/%d samples, %d features", d.Train.Len(), d.Test.Len(), d.NumFeatures)
	}
}
