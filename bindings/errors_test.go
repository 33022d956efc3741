package bindings_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/sumkit/sumkit/bindings"
)

// TestErrorNamesAreUnique checks that an error name means one declaration across every contract with bindings.
// Clients decode reverts with all the ABIs together (chain.NewErrors) and explain them by name, so a name with
// two argument lists (once NothingToClaim and ModelBoundElsewhere) would reach the wrong explanation.
func TestErrorNamesAreUnique(t *testing.T) {
	contracts := []struct {
		name string
		meta *bind.MetaData
	}{
		{"SparsePerceptron", &bindings.SparsePerceptronMetaData},
		{"DensePerceptron", &bindings.DensePerceptronMetaData},
		{"NaiveBayes", &bindings.NaiveBayesMetaData},
		{"DenseNearestCentroid", &bindings.DenseNearestCentroidMetaData},
		{"SparseNearestCentroid", &bindings.SparseNearestCentroidMetaData},
		{"DepositRefundTake", &bindings.DepositRefundTakeMetaData},
		{"Points", &bindings.PointsMetaData},
		{"IClassifier", &bindings.IClassifierMetaData},
		{"PredictionMarket", &bindings.PredictionMarketMetaData},
		{"RewardEngine", &bindings.RewardEngineMetaData},
		{"ModelUpdater", &bindings.ModelUpdaterMetaData},
		{"OracleModel", &bindings.OracleModelMetaData},
	}
	type seen struct{ sig, contract string }
	byName := make(map[string]seen)
	for _, c := range contracts {
		parsed, err := c.meta.ParseABI()
		if err != nil {
			t.Fatalf("%s: ParseABI() error = %v", c.name, err)
		}
		for name, e := range parsed.Errors {
			first, ok := byName[name]
			if !ok {
				byName[name] = seen{e.Sig, c.name}
				continue
			}
			if first.sig != e.Sig {
				t.Errorf("error %s is %s in %s but %s in %s: give each meaning its own name", name, first.sig, first.contract, e.Sig, c.name)
			}
		}
	}
}
