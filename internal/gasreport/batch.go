package gasreport

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/dataset"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

const (
	// OpAddDataBatch is one sample's share of the gas of one addDataBatch of BatchSize samples: IMDB sentences
	// for the sparse models, encoded with imdb.json's vocabulary; BatchSize distinct samples near upstream's dense
	// sample for the dense ones. It is compared with upstream's single addData, which has no batch.
	OpAddDataBatch = "addData_batch50"
	// BatchSize is how many samples the OpAddDataBatch row adds in one transaction.
	BatchSize = 50
	// batchGoal is the largest share of upstream's single addData that a sample of the batch may use.
	batchGoal = 0.25
	// vocabularyFile is 0xDeCA10B's IMDB vocabulary, in the models folder beside the sparse models it encodes
	// for (their 1000 features are its 1000 words).
	vocabularyFile = "imdb.json"
)

// DefaultSentences is the IMDB sentences file the batch rows read, relative to the repository root: the
// fixture the dataset package reads as its IMDB set.
const DefaultSentences = "testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt"

// BatchRow is the OpAddDataBatch row of model: a batch of samples that used gasUsed in all, shared out evenly
// (rounded to the nearest gas).
func BatchRow(modelName string, gasUsed uint64, samples int) (Row, error) {
	if samples <= 0 {
		return Row{}, fmt.Errorf("batch row for %s: %d samples", modelName, samples)
	}
	n := uint64(samples)
	return Row{Model: modelName, Op: OpAddDataBatch, Gas: (gasUsed + n/2) / n}, nil
}

// measureBatch adds batch in one addDataBatch from t's account and returns its row.
func measureBatch(ctx context.Context, s *trainer.Stack, t *chain.Transactor, name string, batch []trainer.Sample) (Row, error) {
	value, err := s.NextAddDataCostOfBatch(ctx, t, len(batch))
	if err != nil {
		return Row{}, err
	}
	r, err := s.AddBatch(ctx, t, batch, value)
	if err != nil {
		return Row{}, err
	}
	return BatchRow(name, r.GasUsed, len(batch))
}

// IMDBBatch reads the first n labelled sentences of the IMDB sentences file at path that encode, with the
// vocabulary in modelsDir, to a non-empty sample not seen before with the same label (a batch may not hold the
// same sample and label twice, as two single adds in one block may not), in file order. Samples are sorted
// and unique, as the sparse contracts take them.
func IMDBBatch(modelsDir, path string, n int) ([]trainer.Sample, error) {
	vocab, err := model.LoadVocabulary(filepath.Join(modelsDir, vocabularyFile))
	if err != nil {
		return nil, fmt.Errorf("IMDB batch: %w", err)
	}
	enc, err := encoder.New(encoder.NameVocabulary, encoder.WithVocabulary(vocab), encoder.WithSortedUnique())
	if err != nil {
		return nil, fmt.Errorf("IMDB batch: %w", err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("IMDB batch: %w", err)
	}
	defer f.Close()
	recs, err := dataset.ReadLabelled(f, path, dataset.TSV)
	if err != nil {
		return nil, fmt.Errorf("IMDB batch: %w", err)
	}
	classes := []string{"Negative", "Positive"}
	seen := make(map[string]bool)
	var out []trainer.Sample
	for _, rec := range recs {
		if len(out) == n {
			break
		}
		data, err := enc.Encode(rec.Text)
		if err != nil {
			return nil, fmt.Errorf("IMDB batch: %s line %d: %w", path, rec.Line, err)
		}
		label, err := dataset.ClassIndex(rec.Label, classes)
		if err != nil {
			return nil, fmt.Errorf("IMDB batch: %s line %d: %w", path, rec.Line, err)
		}
		key := fmt.Sprint(data, label)
		if len(data) == 0 || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, trainer.Sample{Data: data, Label: label, Line: rec.Line})
	}
	if len(out) < n {
		return nil, fmt.Errorf("IMDB batch: %s has %d usable sentences, want %d", path, len(out), n)
	}
	return out, nil
}

// denseBatch is n distinct dense samples around sample (sample k's entries moved by k and a little more, parts
// in a billion, so that every sample is new and the model's arithmetic is that of upstream's), labels
// alternating.
func denseBatch(sample []int64, n int) []trainer.Sample {
	out := make([]trainer.Sample, n)
	for k := range out {
		data := slices.Clone(sample)
		for i := range data {
			data[i] += int64(k + i)
		}
		out[k] = trainer.Sample{Data: data, Label: uint64(k % 2)}
	}
	return out
}
