// SPDX-License-Identifier: MIT

// Package dataset loads labelled data into the int64 samples sumkit's models take, for tests, benchmarks and
// the simulator.
//
// [Open] reads one of the public datasets kept in ../shared/datasets (see its README.md) by name: the text sets
// [IMDB], [SMS] and [LIAR] become sparse samples, strictly increasing feature indices (a binary bag of words)
// from 0xDeCA10B's IMDB vocabulary or MurmurHash3 feature hashing, tokenised by the encoder package's own
// tokenisers ([TextOptions]); the tabular sets [TicTacToe], [WDBC] and [Iris] become dense samples, features
// standardised with the training split's mean and standard deviation ([Scaler]) and converted to fixed point
// with model.ToFixed. Rows are shuffled with a seeded PCG and split into train and test sets ([Split]); the
// same seed gives the same split on every platform and Go release. SMS texts are deduplicated before
// splitting, so no text is in both sets.
//
// [OpenFile] reads a labelled file of the user's the same way: text TSV ([FormatTSV]), tabular CSV
// ([FormatCSV]) or JSON lines of either ([FormatJSONL]), named as the caller says or by the file's base name.
//
// [Synthetic] generates IMDB-shaped data at any scale: sparse binary samples with Zipf-distributed words and
// labels from a planted linear concept with label noise.
//
// Samples live in a [Set], one flat backing array for all of a set's values, so a million samples cost a
// handful of allocations rather than a million.
package dataset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Dataset names accepted by Open.
const (
	// IMDB is the UCI "Sentiment Labelled Sentences" IMDB part: 1000 review sentences, Negative/Positive.
	IMDB = "imdb"
	// SMS is the SMS Spam Collection v.1: 5574 messages, 5171 distinct, ham/spam.
	SMS = "sms"
	// LIAR is the LIAR fake-news benchmark: statements in 6 truthfulness classes, with its published
	// train/valid/test split.
	LIAR = "liar"
	// TicTacToe is the UCI Tic-Tac-Toe Endgame set: 958 boards, negative/positive (x wins).
	TicTacToe = "tic-tac-toe"
	// WDBC is the Breast Cancer Wisconsin (Diagnostic) set: 569 rows of 30 real features, B/M.
	WDBC = "wdbc"
	// Iris is Fisher's iris set (the corrected UCI file): 150 rows of 4 features, 3 classes.
	Iris = "iris"
)

// DefaultTestFraction is the share of rows Open holds out for the test set when Options.TestFraction is 0.
const DefaultTestFraction = 0.2

var (
	// ErrMissing is returned, wrapped with the path and how to fix it, when a dataset file is not there.
	ErrMissing = errors.New("dataset file missing")
	// ErrUnknownDataset is returned by Open for a name that is not one of Names.
	ErrUnknownDataset = errors.New("unknown dataset")
	// ErrFormat is returned, wrapped with the file and line, for a row that does not parse.
	ErrFormat = errors.New("malformed dataset row")
	// ErrTooFewClasses is returned by OpenFile, wrapped with the label, for a file whose rows all have one
	// label: a classifier needs two classes at least.
	ErrTooFewClasses = errors.New("too few classes")
	// ErrOptions is returned, wrapped with the reason, for options that cannot be honoured.
	ErrOptions = errors.New("invalid dataset options")
)

// Names returns the names Open accepts, text sets first.
func Names() []string { return []string{IMDB, SMS, LIAR, TicTacToe, WDBC, Iris} }

// Dataset is a labelled dataset in the form the models take: Train and Test (and for LIAR, Valid) hold the
// samples, feature indices when Sparse, else NumFeatures fixed-point values each; labels index Classes.
type Dataset struct {
	// Name is the name Open was given, or "synthetic".
	Name string
	// Classes holds the class names in label order.
	Classes []string
	// NumFeatures is what a model of this data needs: one more than the largest possible index for sparse
	// samples, the sample length for dense ones.
	NumFeatures uint64
	// Sparse says that samples are strictly increasing feature indices below NumFeatures; otherwise each
	// sample is NumFeatures fixed-point values (model.One is 1.0).
	Sparse bool
	// Train and Test are the training and held-out samples.
	Train, Test *Set
	// Valid is LIAR's published validation split; nil for the other datasets.
	Valid *Set
	// Scaler is how dense features were standardised, fitted on Train only; use it to scale new rows the same
	// way. Nil for sparse data and when Options.Unscaled is set.
	Scaler *Scaler
	// Capped counts the text samples that had more distinct indices than TextOptions.MaxFeatures and were
	// cut to the first MaxFeatures distinct ones.
	Capped int
}

// Options says where Open finds the data and how it splits and encodes it. The zero value reads from the
// default root with seed 0, a 20% test set and 1000-bucket feature hashing.
type Options struct {
	// Root is the folder holding the datasets, laid out as ../shared/datasets is. Empty means DefaultRoot.
	Root string
	// Seed seeds the shuffle before the train/test split.
	Seed uint64
	// TestFraction is the share of rows held out for Test, rounded to the nearest row, in (0, 1). Zero means
	// DefaultTestFraction. LIAR ignores it: it keeps its published split.
	TestFraction float64
	// Text says how text datasets become feature indices.
	Text TextOptions
	// Unscaled keeps tabular features as they are in the file (converted to fixed point) instead of
	// standardising them.
	Unscaled bool
}

// testFraction returns the test fraction o asks for, or an error for one outside (0, 1).
func (o *Options) testFraction() (float64, error) {
	f := o.TestFraction
	if f == 0 {
		return DefaultTestFraction, nil
	}
	// The negated form also rejects NaN.
	if !(f > 0 && f < 1) {
		return 0, fmt.Errorf("test fraction %v is not in (0, 1): %w", f, ErrOptions)
	}
	return f, nil
}

// DefaultRoot returns the datasets folder beside the repository, ../shared/datasets from the repository root,
// found as the nearest folder at or above the working directory that holds a go.mod. Tests run in a package
// folder, the CLI in the root: both find the same place.
func DefaultRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("default dataset root: %w", err)
	}
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(d), "shared", "datasets"), nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("default dataset root: no go.mod at or above %s, so the repository is unknown; "+
				"pass the datasets folder as Options.Root: %w", dir, ErrMissing)
		}
		d = parent
	}
}

// Open loads the dataset called name (one of Names) from opts.Root, shuffles it with opts.Seed and splits it.
// A missing file gives an error wrapping ErrMissing that names the file and the fix.
func Open(name string, opts Options) (*Dataset, error) {
	root := opts.Root
	if root == "" {
		var err error
		if root, err = DefaultRoot(); err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
	}
	var (
		d   *Dataset
		err error
	)
	switch name {
	case IMDB:
		d, err = loadIMDB(root, &opts)
	case SMS:
		d, err = loadSMS(root, &opts)
	case LIAR:
		d, err = loadLIAR(root, &opts)
	case TicTacToe, WDBC, Iris:
		d, err = loadTabular(root, name, &opts)
	default:
		return nil, fmt.Errorf("open %q: %w: want one of %q", name, ErrUnknownDataset, Names())
	}
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	return d, nil
}

// readFile reads a dataset file under root, turning a missing file into an ErrMissing error that says where
// the datasets are expected and how to point at them.
func readFile(root, rel string) ([]byte, error) {
	path := filepath.Join(root, filepath.FromSlash(rel))
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		abs, absErr := filepath.Abs(path)
		if absErr != nil {
			abs = path
		}
		return nil, fmt.Errorf("%w: %s is not there; copy the shared datasets (../shared/datasets beside the "+
			"repository, see its README.md) to %s or pass their folder as Options.Root", ErrMissing, abs, root)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return data, nil
}

// formatError returns an ErrFormat error naming the file and its 1-based line.
func formatError(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s: %w", file, line, fmt.Sprintf(format, args...), ErrFormat)
}
