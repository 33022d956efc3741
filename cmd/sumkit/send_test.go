package main

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

func TestParseValue(t *testing.T) {
	tests := map[string]struct {
		in   string
		want string // "" for an error
	}{
		"wei":           {"1000", "1000"},
		"ether":         {"1.5ether", "1500000000000000000"},
		"spaced unit":   {"2 ether", "2000000000000000000"},
		"gwei":          {"20gwei", "20000000000"},
		"upper case":    {"1ETHER", "1000000000000000000"},
		"explicit wei":  {"7wei", "7"},
		"zero":          {"0", "0"},
		"fraction":      {"1.5", ""},
		"tiny fraction": {"0.0000000001gwei", ""},
		"negative":      {"-1ether", ""},
		"word":          {"lots", ""},
		"unit only":     {"ether", ""},
		"exponent":      {"1e18", ""},
		"ratio":         {"1/2ether", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := parseValue(tc.in)
			switch {
			case tc.want == "" && err == nil:
				t.Errorf("parseValue(%q) = %v, want an error", tc.in, got)
			case tc.want != "" && (err != nil || got.String() != tc.want):
				t.Errorf("parseValue(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
			}
		})
	}
}

func balanceOf(t *testing.T, c *ethclient.Client, a common.Address) *big.Int {
	t.Helper()
	b, err := c.BalanceAt(t.Context(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func nonceOf(t *testing.T, c *ethclient.Client, a common.Address) uint64 {
	t.Helper()
	n, err := c.NonceAt(t.Context(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// newKeystoreAccount makes a real go-ethereum keystore with one account and a password file for it.
func newKeystoreAccount(t *testing.T) (dir string, account common.Address, passwordFile string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "keystore")
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.NewAccount("s3cret")
	if err != nil {
		t.Fatal(err)
	}
	passwordFile = filepath.Join(t.TempDir(), "password")
	if err := os.WriteFile(passwordFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, acc.Address, passwordFile
}

// send funds a keystore account from a dev account, through the journal; --dry-run sends nothing; the funded
// account, named by environment variables only, sends some back; and --dev-account on the command line
// overrides the keystore account of the environment.
func TestSend(t *testing.T) {
	url := startDevnet(t)
	c := dialNode(t, url)
	dir, acc, pw := newKeystoreAccount(t)
	dev0 := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

	out := mustRun(t, "send", "--rpc", url, "--dev-account", "0", "--to", acc.Hex(), "--value", "1.5ether")
	wantAll(t, "send output", out, "sent 1500000000000000000 wei (1.5 ether) from "+dev0.Hex()+" to "+acc.Hex(), "tx:        0x", "gas used:  21000")
	if got := balanceOf(t, c, acc); got.String() != "1500000000000000000" {
		t.Fatalf("balance after send = %s, want 1.5 ether", got)
	}

	nonce := nonceOf(t, c, dev0)
	out = mustRun(t, "send", "--rpc", url, "--dev-account", "0", "--to", acc.Hex(), "--value", "1gwei", "--dry-run")
	wantAll(t, "send --dry-run output", out, "dry run: sending 1000000000 wei to "+acc.Hex(), "nothing was sent", "gas:       21000")
	if got := balanceOf(t, c, acc); got.String() != "1500000000000000000" || nonceOf(t, c, dev0) != nonce {
		t.Errorf("after --dry-run: balance %s, nonce %d; want 1.5 ether and nonce %d unchanged", got, nonceOf(t, c, dev0), nonce)
	}

	env := []string{"SUMKIT_RPC=" + url, envKeystore + "=" + dir, envAccount + "=" + acc.Hex(), envPasswordFile + "=" + pw}
	payee := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	if stderr, code := runProcess(t, env, "send", "--to", payee.Hex(), "--value", "0.25ether"); code != 0 {
		t.Fatalf("send from the environment's keystore account: exit %d\n%s", code, stderr)
	}
	if got := balanceOf(t, c, payee); got.String() != "250000000000000000" {
		t.Errorf("payee balance = %s, want 0.25 ether sent from the keystore account", got)
	}
	if nonceOf(t, c, acc) != 1 {
		t.Errorf("keystore account nonce = %d, want 1: it sent the payment", nonceOf(t, c, acc))
	}

	nonce = nonceOf(t, c, dev0)
	if stderr, code := runProcess(t, env, "send", "--dev-account", "0", "--to", payee.Hex(), "--value", "1"); code != 0 {
		t.Fatalf("send --dev-account 0 with a keystore account in the environment: exit %d\n%s", code, stderr)
	}
	if nonceOf(t, c, dev0) != nonce+1 || nonceOf(t, c, acc) != 1 {
		t.Errorf("--dev-account 0 with the environment's keystore: dev nonce %d (want %d), keystore nonce %d (want 1)",
			nonceOf(t, c, dev0), nonce+1, nonceOf(t, c, acc))
	}

	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"poor account": {[]string{"--keystore", dir, "--account", acc.Hex(), "--password-file", pw, "--value", "100ether"}, "insufficient funds"},
		"no account":   {[]string{"--value", "1"}, "no account to send from"},
		"fraction":     {[]string{"--dev-account", "0", "--value", "0.5"}, `"0.5" is not a whole, non-negative number of wei`},
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := runCLI(t, append([]string{"send", "--rpc", url, "--to", payee.Hex()}, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "send: ") {
				t.Errorf("send %v error = %v, want one that begins \"send: \" and says %q", tc.args, err, tc.want)
			}
		})
	}
}

// withdraw says so, and sends nothing, where nothing is pending for the account.
func TestWithdrawNothingPending(t *testing.T) {
	e := newClaimEnv(t)
	c := dialNode(t, e.url)
	dev1 := e.node.Accounts()[1].Address
	nonce := nonceOf(t, c, dev1)
	msg := e.fail(t, "withdraw", "--dev-account", "1")
	wantAll(t, "withdraw error", msg, "withdraw: nothing is pending for "+dev1.Hex(), "nothing sent")
	if nonceOf(t, c, dev1) != nonce {
		t.Errorf("withdraw with nothing pending sent a transaction")
	}
	wantAll(t, "withdraw --to bob", e.fail(t, "withdraw", "--dev-account", "1", "--to", "bob"), `withdraw: --to "bob" is not an address`)
}
