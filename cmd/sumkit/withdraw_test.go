package main

import (
	"math/big"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/sumkit/sumkit/devnet"
)

// rejecterCode is the creation code of a contract whose every call reverts (PUSH0 PUSH0 REVERT): it refuses ether.
var rejecterCode = common.FromHex("6003600a5f3960035ff3" + "5f5ffd")

// refuseEther makes the dev account acc refuse ether, as a contract wallet can, by delegating its code
// (EIP-7702) to a contract that reverts on every call. It can still send transactions.
func refuseEther(t *testing.T, url string, acc devnet.Account) {
	t.Helper()
	c := dialNode(t, url)
	id := big.NewInt(devnet.ChainID)
	signer := types.LatestSignerForChainID(id)
	tip, err := c.SuggestGasTipCap(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	send := func(tx types.TxData) *types.Receipt {
		t.Helper()
		signed, err := types.SignNewTx(acc.Key, signer, tx)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SendTransaction(t.Context(), signed); err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(t.Context(), c, signed.Hash())
		if err != nil {
			t.Fatalf("transaction %s: %v", signed.Hash(), err)
		}
		return r
	}
	nonce := nonceOf(t, c, acc.Address)
	r := send(&types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 100000, Data: rejecterCode})
	rejecter := crypto.CreateAddress(acc.Address, nonce)
	if r.Status != types.ReceiptStatusSuccessful || r.ContractAddress != rejecter {
		t.Fatalf("rejecter at %s, want %s", r.ContractAddress, rejecter)
	}
	// The sender is the authority, so the authorisation's nonce is the one after the transaction's.
	auth, err := types.SignSetCode(acc.Key, types.SetCodeAuthorization{ChainID: *uint256.NewInt(devnet.ChainID), Address: rejecter, Nonce: nonce + 2})
	if err != nil {
		t.Fatal(err)
	}
	// The delegation holds though the call to the account, now running the rejecter's code, reverts.
	send(&types.SetCodeTx{ChainID: uint256.NewInt(devnet.ChainID), Nonce: nonce + 1, GasTipCap: uint256.MustFromBig(tip),
		GasFeeCap: uint256.MustFromBig(feeCap), Gas: 100000, To: acc.Address, AuthList: []types.SetCodeAuthorization{auth}})
	code, err := c.CodeAt(t.Context(), acc.Address, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("account %s has code %x (%v), want a delegation", acc.Address, code, err)
	}
}

// withdraw pays out what the trainer kept for an account that refused a payment: the excess of its deposit.
// Paying it to the account itself is refused by the contract, explained; paying it elsewhere moves exactly the
// pending amount, after which nothing is pending and nothing more is sent.
func TestWithdrawPending(t *testing.T) {
	e := newClaimEnv(t)
	c := dialNode(t, e.url)
	acc := e.node.Accounts()[3]
	refuseEther(t, e.url, acc)

	// The trainer cannot return the excess of a deposit far above what it asks: it keeps it for the account.
	out := e.run(t, "add", "--dev-account", "3", "--label", "0", "--value", "1000000000000000000", denseSample)
	wantAll(t, "add output", out, "added as ")
	status := e.run(t, "status", "--account", acc.Address.Hex())
	m := regexp.MustCompile(`pending withdrawal:\s+(\d+) wei`).FindStringSubmatch(status)
	if m == nil || m[1] == "0" {
		t.Fatalf("status --account shows no pending withdrawal:\n%s", status)
	}
	pending := m[1]

	wantAll(t, "withdraw to itself", e.fail(t, "withdraw", "--dev-account", "3"),
		"withdraw: the contract refused: TransferFailed(")

	payee := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	out = e.run(t, "withdraw", "--dev-account", "3", "--to", payee.Hex())
	if got := balanceOf(t, c, payee); got.String() != pending {
		t.Fatalf("payee balance after withdraw = %s, want the pending %s wei", got, pending)
	}
	wantAll(t, "withdraw output", out, "withdrew "+pending+" wei", "for "+acc.Address.Hex()+" to "+payee.Hex(), "tx:        0x")

	nonce := nonceOf(t, c, acc.Address)
	wantAll(t, "withdraw again", e.fail(t, "withdraw", "--dev-account", "3", "--to", payee.Hex()), "nothing is pending for "+acc.Address.Hex())
	if nonceOf(t, c, acc.Address) != nonce {
		t.Errorf("a withdraw with nothing pending sent a transaction")
	}
}
