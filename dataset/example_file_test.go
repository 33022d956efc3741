// SPDX-License-Identifier: MIT

package dataset_test

import (
	"fmt"
	"path/filepath"

	"github.com/sumkit/sumkit/dataset"
)

// A researcher's own table: a header row, the label in the first column, three numeric features.
func ExampleOpenFile() {
	d, err := dataset.OpenFile(filepath.Join("..", "testdata", "own-data", "weather.csv"), dataset.FileOptions{
		Options:     dataset.Options{Seed: 1},
		Header:      true,
		LabelColumn: 1,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %d features, classes %q, %d training and %d test rows\n", d.Name, d.NumFeatures, d.Classes,
		d.Train.Len(), d.Test.Len())
	// Output:
	// weather: 3 features, classes ["dry" "rain"], 96 training and 24 test rows
}
