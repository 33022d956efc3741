package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// accountFlags choose the account a command sends transactions from, and how it sends them (txFlags).
func accountFlags() []cli.Flag {
	return append(txFlags(),
		&cli.IntFlag{Name: "dev-account", Usage: "send from `sumkit devnet`'s N-th dev account, from 0 (10 unless the devnet's --accounts says otherwise; chain id 1337 only; public keys, DEV ONLY)"},
		&cli.StringFlag{Name: "keystore", Usage: "go-ethereum keystore folder holding the sending account [$" + envKeystore + "]"},
		&cli.StringFlag{Name: "account", Usage: "address of the sending account in --keystore [$" + envAccount + "]"},
		&cli.StringFlag{Name: "password-file", Usage: "file whose first line is the --account's keystore password [$" + envPasswordFile + "]"},
	)
}

// The environment variables that stand for the keystore flags where none of those flags and no --dev-account is
// given: so that a --dev-account on the command line overrides a keystore account kept in the environment,
// urfave's EnvVars (which count as set) are not used for them. There is none for --dev-account: its keys are
// public, and choosing them should be seen on the command line.
const (
	envKeystore     = "SUMKIT_KEYSTORE"
	envAccount      = "SUMKIT_ACCOUNT"
	envPasswordFile = "SUMKIT_PASSWORD_FILE"
)

// keystoreSettings are the keystore flags' values, from the command line where any is given there, else from
// the environment unless --dev-account is given; set says whether any of them is.
func keystoreSettings(c *cli.Context) (dir, account, passwordFile string, set bool) {
	if c.IsSet("keystore") || c.IsSet("account") || c.IsSet("password-file") {
		return c.String("keystore"), c.String("account"), c.String("password-file"), true
	}
	if c.IsSet("dev-account") {
		return "", "", "", false
	}
	dir, account, passwordFile = os.Getenv(envKeystore), os.Getenv(envAccount), os.Getenv(envPasswordFile)
	return dir, account, passwordFile, dir != "" || account != "" || passwordFile != ""
}

// newTransactor returns a transactor for the account the flags choose, on client's chain chainID, with extra
// options after the flags'. url names the node in messages.
func newTransactor(c *cli.Context, client chain.Backend, chainID *big.Int, url string, extra ...chain.Option) (*chain.Transactor, error) {
	options, err := txOptions(c)
	if err != nil {
		return nil, err
	}
	options = append(options, extra...)
	dev := c.IsSet("dev-account")
	dir, account, passwordFile, ks := keystoreSettings(c)
	switch {
	case dev && ks:
		return nil, usagef("choose one account: --dev-account, or --keystore with --account and --password-file")
	case dev:
		opts, err := devAccount(c.Int("dev-account"), chainID, url)
		if err != nil {
			return nil, err
		}
		if err := checkDevFunds(c.Context, client, c.Int("dev-account"), url); err != nil {
			return nil, err
		}
		return trainer.NewTransactor(client, opts, options...), nil
	case ks:
		opts, err := keystoreAccount(dir, account, passwordFile, chainID)
		if err != nil {
			return nil, err
		}
		return trainer.NewTransactor(client, opts, options...), nil
	}
	return nil, usagef("no account to send from: pass --dev-account N (on `sumkit devnet`), or --keystore DIR --account ADDRESS --password-file FILE (or set %s, %s and %s)",
		envKeystore, envAccount, envPasswordFile)
}

// devAccount signs with the devnet's n-th account, on a chain whose id is the devnet's only.
func devAccount(n int, chainID *big.Int, url string) (*bind.TransactOpts, error) {
	if chainID.Cmp(big.NewInt(devnet.ChainID)) != 0 {
		return nil, fmt.Errorf("--dev-account: the node at %s is on chain %s, not the dev chain %d: dev keys are public and only for `sumkit devnet`; use --keystore on other chains",
			url, chainID, devnet.ChainID)
	}
	if n < 0 {
		return nil, usagef("--dev-account %d: want an index from 0", n)
	}
	accs, err := devnet.DeriveAccounts(devnet.Mnemonic, n+1)
	if err != nil {
		return nil, fmt.Errorf("--dev-account %d: %w", n, err)
	}
	return bind.NewKeyedTransactor(accs[n].Key, chainID), nil
}

// balanceReader reads an account's balance; ethclient.Client is one.
type balanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// checkDevFunds turns a dev account past the node's last into an error that says how many it has: the node would
// otherwise refuse the first transaction with "insufficient funds", naming none of that.
func checkDevFunds(ctx context.Context, client chain.Backend, n int, url string) error {
	node, ok := client.(balanceReader)
	if !ok {
		return nil
	}
	accs, err := devnet.DeriveAccounts(devnet.Mnemonic, n+1)
	if err != nil {
		return fmt.Errorf("--dev-account %d: %w", n, err)
	}
	funded := func(i int) (bool, error) {
		b, err := node.BalanceAt(ctx, accs[i].Address, nil)
		if err != nil {
			return false, fmt.Errorf("--dev-account %d: read the balance of %s: %w", n, accs[i].Address, err)
		}
		return b.Sign() > 0, nil
	}
	if ok, err := funded(n); ok || err != nil {
		return err
	}
	// The node's genesis funds its first K accounts; find K, for the message.
	k := 0
	for ; k < n; k++ {
		ok, err := funded(k)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
	}
	if k == 0 {
		return fmt.Errorf("--dev-account %d: dev account %s has no ether on the node at %s, nor has account 0: is it `sumkit devnet`?", n, accs[n].Address, url)
	}
	return fmt.Errorf("--dev-account %d: the node at %s has %d funded dev accounts (0–%d; `sumkit devnet` makes %d unless --accounts says otherwise): pick one of those, or restart the devnet with --accounts %d",
		n, url, k, k-1, devnet.DefaultAccounts, n+1)
}

// keystoreAccount unlocks address in the keystore folder dir with the password in passwordFile.
func keystoreAccount(dir, address, passwordFile string, chainID *big.Int) (*bind.TransactOpts, error) {
	if dir == "" || address == "" || passwordFile == "" {
		return nil, usagef("a keystore account needs all of --keystore DIR, --account ADDRESS and --password-file FILE (or %s, %s and %s)", envKeystore, envAccount, envPasswordFile)
	}
	if !common.IsHexAddress(address) {
		return nil, usagef("--account %q is not an address: want 0x and 40 hex digits", address)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("--keystore %s: not a folder", dir)
	}
	data, err := os.ReadFile(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("read --password-file: %w", err)
	}
	password, _, _ := strings.Cut(string(data), "\n")
	password = strings.TrimSuffix(password, "\r")

	ks := keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)
	acc, err := ks.Find(accounts.Account{Address: common.HexToAddress(address)})
	if err != nil {
		return nil, fmt.Errorf("account %s is not in keystore %s: %w", address, dir, err)
	}
	if err := ks.Unlock(acc, password); err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("wrong password for account %s in keystore %s: check --password-file %s", acc.Address, dir, passwordFile)
		}
		return nil, fmt.Errorf("unlock account %s: %w", acc.Address, err)
	}
	return bind.NewKeyStoreTransactor(ks, acc, chainID), nil
}
