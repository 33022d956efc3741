package main

import (
	"math/big"
	"strings"
	"testing"
)

func TestDevAccount(t *testing.T) {
	tests := map[string]struct {
		n       int
		chainID int64
		want    string // "" means no error
		from    string
	}{
		"first":      {0, 1337, "", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
		"second":     {1, 1337, "", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
		"not devnet": {0, 1, "is on chain 1, not the dev chain 1337", ""},
		"negative":   {-1, 1337, "want an index from 0", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			opts, err := devAccount(tc.n, big.NewInt(tc.chainID), "http://node")
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("devAccount(%d, %d) error = %v, want one containing %q", tc.n, tc.chainID, err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("devAccount(%d, %d) error = %v", tc.n, tc.chainID, err)
			}
			if opts.From.Hex() != tc.from {
				t.Errorf("devAccount(%d) from = %s, want %s", tc.n, opts.From.Hex(), tc.from)
			}
		})
	}
}

func TestKeystoreAccountBadInput(t *testing.T) {
	dir := t.TempDir()
	tests := map[string]struct {
		dir, address, password string
		want                   string
	}{
		"missing password file": {dir, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "", "needs all of"},
		"bad address":           {dir, "alice", "p", `--account "alice" is not an address`},
		"no such folder":        {dir + "/absent", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "p", "not a folder"},
		"no password file":      {dir, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", dir + "/absent.txt", "read --password-file"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := keystoreAccount(tc.dir, tc.address, tc.password, big.NewInt(1))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("keystoreAccount() error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}
