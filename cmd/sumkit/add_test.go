package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
)

func TestAdd(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	imdb := deploy(t, url, imdbArgs()...)

	tests := map[string][]string{
		"dense by name":  {"--deployment", dense, "--dev-account", "1", "--label", "RUNNING", denseSample},
		"dense by index": {"--deployment", dense, "--dev-account", "2", "--label", "0", "1,2,3,4,5,6,7,8,9"},
		"imdb points":    {"--deployment", imdb, "--dev-account", "1", "--label", "positive", "a wonderful film"},
		"explicit value": {"--deployment", dense, "--dev-account", "3", "--label", "BIKING", "--value", "1000000000000000000", "5,5,5,5,5,5,5,5,5"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, err := runCLI(t, append([]string{"add", "--rpc", url}, args...)...)
			if err != nil {
				t.Fatalf("add %v error = %v\nstderr:\n%s", args, err, stderr)
			}
			for _, want := range []string{"tx:        0x", "gas used:", "deposit:", "fee:       ", " gwei a gas"} {
				if !strings.Contains(stdout, want) {
					t.Errorf("add output lacks %q; output:\n%s", want, stdout)
				}
			}
		})
	}
}

func TestAddBadInput(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)

	dir := t.TempDir()
	ks := keystore.NewKeyStore(filepath.Join(dir, "keys"), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(testAccount(t, 2).Key, "right horse")
	if err != nil {
		t.Fatal(err)
	}
	unfunded, err := ks.NewAccount("right horse")
	if err != nil {
		t.Fatal(err)
	}
	wrong := filepath.Join(dir, "wrong.txt")
	right := filepath.Join(dir, "right.txt")
	if err := os.WriteFile(wrong, []byte("wrong horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(right, []byte("right horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	keystoreArgs := func(password string) []string {
		return []string{"--keystore", filepath.Join(dir, "keys"), "--account", acc.Address.Hex(), "--password-file", password}
	}

	base := []string{"add", "--rpc", url, "--deployment", dense}
	tests := map[string]struct {
		args []string
		want []string
	}{
		"unknown label":         {[]string{"--dev-account", "1", "--label", "SWIMMING", denseSample}, []string{`unknown label "SWIMMING"`, "BIKING (0)", "RUNNING (1)"}},
		"label index too large": {[]string{"--dev-account", "1", "--label", "2", denseSample}, []string{`unknown label "2"`}},
		"deposit too low":       {[]string{"--dev-account", "1", "--label", "0", "--value", "1", denseSample}, []string{"DepositTooLow(required: ", "sent: 1)", "wei with --value", "the deposit falls as time passes"}},
		"bad value":             {[]string{"--dev-account", "1", "--label", "0", "--value", "lots", denseSample}, []string{`--value "lots"`}},
		"wrong password":        {append(keystoreArgs(wrong), "--label", "0", denseSample), []string{"wrong password for account " + acc.Address.Hex()}},
		"account not in store":  {[]string{"--keystore", filepath.Join(dir, "keys"), "--account", testAccount(t, 1).Address.Hex(), "--password-file", right, "--label", "0", denseSample}, []string{"is not in keystore"}},
		"no account":            {[]string{"--label", "0", denseSample}, []string{"no account to send from", "--dev-account"}},
		"too many features":     {[]string{"--dev-account", "1", "--label", "0", "1,2,3,4,5,6,7,8,9,10"}, []string{"dimension"}},
		"unfunded account": {[]string{"--keystore", filepath.Join(dir, "keys"), "--account", unfunded.Address.Hex(), "--password-file", right, "--label", "0", denseSample},
			[]string{"insufficient funds", "fund it"}},
		"dry run too low": {[]string{"--dev-account", "1", "--dry-run", "--label", "0", "--value", "1", denseSample}, []string{"DepositTooLow("}},
		"bad timeout":     {[]string{"--dev-account", "1", "--timeout", "0s", "--label", "0", denseSample}, []string{"--timeout 0s"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCLI(t, append(append([]string{}, base...), tc.args...)...)
			if err == nil {
				t.Fatalf("add %v error = nil, want one naming the problem", tc.args)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("add %v error = %v, want it to contain %q", tc.args, err, want)
				}
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("add %v error spans lines: %q", tc.args, err)
			}
		})
	}

	t.Run("right password", func(t *testing.T) {
		stdout, _, err := runCLI(t, append(append(append([]string{}, base...), keystoreArgs(right)...), "--label", "1", denseSample)...)
		if err != nil {
			t.Fatalf("add with the keystore error = %v", err)
		}
		if !strings.Contains(stdout, "from "+acc.Address.Hex()) {
			t.Errorf("add output = %q, want it sent from %s", stdout, acc.Address.Hex())
		}
		if strings.Contains(stdout, "right horse") {
			t.Error("add output shows the password")
		}
	})
}

func TestAddDryRun(t *testing.T) {
	url := startDevnet(t)
	dense := deploy(t, url, denseArgs()...)
	client := dialNode(t, url)
	sender := testAccount(t, 1).Address
	nonce, err := client.PendingNonceAt(t.Context(), sender)
	if err != nil {
		t.Fatal(err)
	}
	balance, err := client.BalanceAt(t.Context(), sender, nil)
	if err != nil {
		t.Fatal(err)
	}

	stdout, _, err := runCLI(t, "add", "--rpc", url, "--deployment", dense, "--dev-account", "1", "--dry-run", "--label", "0", denseSample)
	if err != nil {
		t.Fatalf("add --dry-run error = %v", err)
	}
	for _, want := range []string{"dry run: adding it as BIKING", "nothing was sent", "from:      " + sender.Hex(), "gas:       ", "max fee:   "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("add --dry-run output lacks %q:\n%s", want, stdout)
		}
	}
	if after, err := client.PendingNonceAt(t.Context(), sender); err != nil || after != nonce {
		t.Errorf("nonce after a dry run = %d, %v; want %d: something was sent", after, err, nonce)
	}
	if after, err := client.BalanceAt(t.Context(), sender, nil); err != nil || after.Cmp(balance) != 0 {
		t.Errorf("balance after a dry run = %s, %v; want %s", after, err, balance)
	}
}
