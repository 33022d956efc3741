package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// rangeCappedRPC is a JSON-RPC proxy in front of url that refuses an eth_getLogs spanning more than limit
// blocks, or running to "latest", as hosted providers cap log queries (geth's own --rpc.rangelimit). The devnet
// has no such cap to set, so the proxy makes the fault.
func rangeCappedRPC(t *testing.T, url string, limit uint64) string {
	t.Helper()
	return rpcProxy(t, url, func(req rpcRequest) string {
		if req.Method != "eth_getLogs" || len(req.Params) != 1 {
			return ""
		}
		var q struct{ FromBlock, ToBlock string }
		_ = json.Unmarshal(req.Params[0], &q)
		from, ferr := strconv.ParseUint(strings.TrimPrefix(q.FromBlock, "0x"), 16, 64)
		to, terr := strconv.ParseUint(strings.TrimPrefix(q.ToBlock, "0x"), 16, 64)
		if ferr != nil || terr != nil || to-from > limit {
			return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":-32602,"message":"exceed maximum block range: %d"}}`, req.ID, limit)
		}
		return ""
	})
}

// The step rebuilds the walk from the market's events; a node that caps the block range of a log query must
// not stop it, so the events are read page by page.
func TestMarketStepRangeCappedNode(t *testing.T) {
	e := newMarketEnv(t)
	m := []string{"--manifest", e.manifest}
	e.run(t, "init", "--dev-account", "0", "--model", filepath.Join(e.dir, "model.json"), "--test-set", filepath.Join(e.dir, "test.json"),
		"--pieces", "4", "--bounty", "1000000000000000000", "--min-stake", "10000000000000000", "--min-contributions", "2", "--out", e.manifest)
	e.mine(t, 8)
	e.run(t, "reveal", append(m, "--dev-account", "0")...)
	for _, d := range [][]int64{{0, 2, 8}, {1, 3, 9}} {
		e.run(t, "add", append(m, "--dev-account", "1", "--label", fmt.Sprint(teacherLabel(d)), joinInts(d))...)
	}
	e.run(t, "end", append(m, "--dev-account", "3")...)
	e.run(t, "reveal-rest", append(m, "--dev-account", "0")...)
	// The chain is now a few dozen blocks long; the cap is a handful.
	e.mine(t, 20)
	capped := rangeCappedRPC(t, e.url, 4)
	stdout, stderr, err := runCLI(t, "market", "step", "--rpc", capped, "--manifest", e.manifest, "--dev-account", "3", "--batch", "2")
	if err != nil {
		t.Fatalf("market step against a node capping log ranges at 4 blocks: %v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	wantAll(t, "step", stdout, "walked contributions 1-2 of 2", "done: the market is Collecting")
}
