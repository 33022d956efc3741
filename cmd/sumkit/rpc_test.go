package main

import (
	"strings"
	"testing"
)

func TestDial(t *testing.T) {
	url := startDevnet(t)
	client, id, err := dial(t.Context(), url)
	if err != nil {
		t.Fatalf("dial(%s) error = %v", url, err)
	}
	client.Close()
	if id.Uint64() != 1337 {
		t.Errorf("dial(%s) chain id = %s, want 1337", url, id)
	}

	tests := map[string]string{
		"closed port": "http://127.0.0.1:1",
		"bad scheme":  "ftp://127.0.0.1:8545",
	}
	for name, bad := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := dial(t.Context(), bad)
			if err == nil || !strings.Contains(err.Error(), "cannot reach node at "+bad) || !strings.Contains(err.Error(), "start one with `sumkit devnet` or pass --rpc") {
				t.Errorf("dial(%s) error = %v, want the unreachable-node message", bad, err)
			}
		})
	}
}

func TestRPCFlagFromEnv(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	t.Setenv("SUMKIT_RPC", "http://127.0.0.1:1")
	_, _, err := runCLI(t, "predict", "--deployment", dense, denseSample)
	if err == nil || !strings.Contains(err.Error(), "cannot reach node at http://127.0.0.1:1") {
		t.Errorf("predict with SUMKIT_RPC set error = %v, want the unreachable node named", err)
	}
}
