package gasreport

import (
	"reflect"
	"strings"
	"testing"
)

// oracleRows is how many rows MeasureOracle gives.
func oracleRows(t *testing.T) int {
	t.Helper()
	n := 0
	for _, c := range OracleCases() {
		ops, err := c.Ops()
		if err != nil {
			t.Fatalf("%s: Ops() error = %v", c.Name, err)
		}
		n += len(ops)
	}
	return n
}

// checkOracle checks the oracle's rows of MeasureAll: each is there, no transaction went past OracleTxCap, the
// deployment counts every transaction oracle.Deploy sends, and a commit cycle is the sum of its parts.
func checkOracle(t *testing.T, gas map[string]map[string]uint64) {
	t.Helper()
	for _, c := range OracleCases() {
		g := gas[c.Name]
		ops, err := c.Ops()
		if err != nil {
			t.Fatalf("%s: Ops() error = %v", c.Name, err)
		}
		var stages, chunks, parts uint64
		for _, op := range ops {
			if _, ok := g[op]; !ok {
				t.Errorf("%s: no %s row", c.Name, op)
				continue
			}
			switch {
			case op == OpOracleDeployTransactions:
				continue // a count
			case strings.HasPrefix(op, "oracle_stagePage_"):
				stages++
				parts += g[op]
			case strings.HasPrefix(op, "oracle_publishWeights_"):
				chunks++
				parts += g[op]
			case op == OpOraclePropose, op == OpOracleProposeActivating:
				parts += g[op]
			}
			// Every operation is a transaction or an estimate of one: at least the 21,000 base.
			if g[op] <= 21000 {
				t.Errorf("%s %s: gas %d, want more than 21000", c.Name, op, g[op])
			}
			if op != OpOracleDeploy && op != OpOracleCommitCycle && g[op] > g[OpOracleLargestTransaction] {
				t.Errorf("%s %s: %d gas, above the largest transaction %d", c.Name, op, g[op], g[OpOracleLargestTransaction])
			}
		}
		if g[OpOracleLargestTransaction] > OracleTxCap {
			t.Errorf("%s: largest transaction used %d gas, want at most %d", c.Name, g[OpOracleLargestTransaction], OracleTxCap)
		}
		if got := g[OpOracleCommitCycle]; got != parts {
			t.Errorf("%s: commit cycle %d gas, want the sum of its stagePage, publishWeights and propose rows %d", c.Name, got, parts)
		}
		// The model, the pages with the tail, the chunks, setInitialVersion, setCommittee and the trainer.
		if got, want := g[OpOracleDeployTransactions], 1+stages+chunks+2+1; got != want {
			t.Errorf("%s: deployment took %d transactions, want %d", c.Name, got, want)
		}
		// The deployment stages and publishes a version of the same shape, and deploys two contracts besides.
		if g[OpOracleDeploy] <= g[OpOracleCommitCycle]-g[OpOraclePropose]-g[OpOracleProposeActivating] {
			t.Errorf("%s: deploy %d gas, want more than the cycle's staging and publishing", c.Name, g[OpOracleDeploy])
		}
		// The activating vote also stores the version and its pointers.
		if g[OpOracleProposeActivating] <= g[OpOraclePropose] {
			t.Errorf("%s: activating propose %d gas, want more than a plain vote's %d", c.Name, g[OpOracleProposeActivating], g[OpOraclePropose])
		}
		// Refunding asks the model to predict, then pays out.
		if g[OpOraclePredict] >= g[OpOracleRefund] {
			t.Errorf("%s: predict %d, want less than refund %d", c.Name, g[OpOraclePredict], g[OpOracleRefund])
		}
	}
}

// TestOracleCaseVersions checks what the commit cycle's figures rest on: each case's weights are the same on
// every run, and version 1's differ from version 0's, so that the cycle stages new pages rather than finding
// them staged by the deployment.
func TestOracleCaseVersions(t *testing.T) {
	for _, c := range OracleCases() {
		t.Run(c.Name, func(t *testing.T) {
			if !reflect.DeepEqual(c.weights(1), c.weights(1)) {
				t.Error("weights(1) differs between calls")
			}
			v0, err := c.release(0)
			if err != nil {
				t.Fatalf("release(0) error = %v", err)
			}
			v1, err := c.release(1)
			if err != nil {
				t.Fatalf("release(1) error = %v", err)
			}
			if v0.Params.Hash() == v1.Params.Hash() || v0.Root == v1.Root {
				t.Error("versions 0 and 1 have the same parameters or weights")
			}
			for i := range min(len(v0.Pages), len(v1.Pages)) {
				if string(v0.Pages[i]) == string(v1.Pages[i]) {
					t.Errorf("page %d is the same in versions 0 and 1", i)
				}
			}
		})
	}
}
