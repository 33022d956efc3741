package main

import (
	"fmt"
	"strings"
	"testing"
)

// headBlock returns the head block number of the node at url.
func headBlock(t *testing.T, url string) uint64 {
	t.Helper()
	c := dialNode(t, url)
	n, err := c.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestMine(t *testing.T) {
	url := startDevnet(t)
	tests := []struct {
		name    string
		args    []string
		want    string // in stdout, or in the error when wantErr; %d is the head expected
		blocks  uint64
		wantErr bool
	}{
		{name: "one block", args: []string{"--rpc", url}, want: "mined 1 block; head is block %d", blocks: 1},
		{name: "six blocks", args: []string{"--rpc", url, "--blocks", "6"}, want: "mined 6 blocks; head is block %d", blocks: 6},
		{name: "zero blocks", args: []string{"--rpc", url, "--blocks", "0"}, want: "mine: --blocks 0: ask for at least 1", wantErr: true},
		{name: "no node", args: []string{"--rpc", "http://127.0.0.1:1"}, want: "cannot reach node at http://127.0.0.1:1", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if tt.blocks > 0 {
				want = fmt.Sprintf(tt.want, headBlock(t, url)+tt.blocks)
			}
			stdout, _, err := runCLI(t, append([]string{"mine"}, tt.args...)...)
			got := stdout
			if tt.wantErr {
				if err == nil {
					t.Fatalf("mine %v error = nil, want %q", tt.args, tt.want)
				}
				got = err.Error()
			} else if err != nil {
				t.Fatalf("mine %v error = %v", tt.args, err)
			}
			if !strings.Contains(got, want) {
				t.Errorf("mine %v = %q, want %q", tt.args, got, want)
			}
		})
	}
}
