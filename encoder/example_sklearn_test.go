// SPDX-License-Identifier: MIT

package encoder_test

import (
	"fmt"

	"github.com/sumkit/sumkit/encoder"
)

// A model trained in scikit-learn on HashingVectorizer(n_features=1000, alternate_sign=False, norm=None)
// features takes the columns sklearn-hashing:1000 gives. One-letter words are not tokens, and a word that
// repeats gives its column again; WithSortedUnique makes the set a sparse contract takes. scikit-learn gives
// this text [(361, 1), (872, 2), (960, 1), (981, 1)].
func ExampleSklearnHashing() {
	enc, err := encoder.New("sklearn-hashing:1000", encoder.WithSortedUnique())
	if err != nil {
		fmt.Println(err)
		return
	}
	sample, report, err := enc.EncodeReport("Repeat after me: repeat, I said!")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(enc.Spec(), encoder.SklearnTokens("Repeat after me: repeat, I said!"))
	fmt.Println(sample, report.Duplicates)
	// Output:
	// sklearn-hashing:1000 [repeat after me repeat said]
	// [361 872 960 981] 1
}
