package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/oracle"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// trainerStatus is what status reports. Amounts are decimal strings of wei; waits are seconds.
type trainerStatus struct {
	Trainer             common.Address `json:"trainer"`
	Model               common.Address `json:"model"`
	Kind                string         `json:"kind"`
	Classes             []string       `json:"classes"`
	Mechanism           string         `json:"mechanism"`
	RefundWait          uint32         `json:"refundWait"`
	OwnerClaimWait      *uint32        `json:"ownerClaimWait,omitempty"`
	AnyAddressClaimWait *uint32        `json:"anyAddressClaimWait,omitempty"`
	CostWeight          string         `json:"costWeight,omitempty"`
	NextDeposit         string         `json:"nextDeposit"`
	NumContributions    string         `json:"numContributions"`
	TotalGood           string         `json:"totalGood"`
	LastAddTime         uint64         `json:"lastAddTime"`
	TrainerBalance      string         `json:"trainerBalance"`
	Account             *accountStatus `json:"account,omitempty"`
	// Committee is an oracle model's committee: a change it schedules decides refunds and reports after it.
	Committee *committeeStatus `json:"committee,omitempty"`
}

// committeeStatus is an OracleModel's committee and any change of it the committee scheduled.
type committeeStatus struct {
	Epoch        uint64           `json:"epoch"`
	Threshold    uint8            `json:"threshold"`
	Operators    []common.Address `json:"operators"`
	DelaySeconds uint64           `json:"changeDelay"`
	// PendingChange is the scheduled change's digest, ExecutableAt when it may take effect (Unix seconds).
	PendingChange *common.Hash `json:"pendingChange,omitempty"`
	ExecutableAt  uint64       `json:"pendingExecutableAt,omitempty"`
}

// accountStatus is one account's standing with the trainer.
type accountStatus struct {
	Address           common.Address `json:"address"`
	NumGood           string         `json:"numGood"`
	PendingWithdrawal string         `json:"pendingWithdrawal"`
}

func statusCommand() *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "show a deployment's trainer: its mechanism and parameters, counters and balance",
		Description: `Reads the trainer's state with calls: they send no transaction and need no account. With --account,
also shows that account's good contributions and pending withdrawal.

Examples:
   sumkit status --deployment fitness.json
   sumkit status --deployment fitness.json --account 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json`,
		Flags: []cli.Flag{
			rpcFlag(),
			deploymentFlag(),
			&cli.StringFlag{Name: "account", EnvVars: []string{envAccount}, Usage: "also show this address's good contributions and pending withdrawal"},
			&cli.BoolFlag{Name: "json", Usage: "print the status as JSON"},
		},
		Action: runStatus,
	}
}

func runStatus(c *cli.Context) error {
	var account *common.Address
	if c.IsSet("account") {
		a := c.String("account")
		if !common.IsHexAddress(a) {
			return usagef("--account %q is not an address: want 0x and 40 hex digits", a)
		}
		addr := common.HexToAddress(a)
		account = &addr
	}
	d, err := openManifest(c)
	if err != nil {
		return err
	}
	defer d.client.Close()
	st, err := readStatus(c.Context, d, account)
	if err != nil {
		return explain(c.Context, d.client, "status", err)
	}
	if c.Bool("json") {
		return json.NewEncoder(c.App.Writer).Encode(st)
	}
	return printStatus(c, st)
}

// readStatus reads the trainer's state, and account's where it is not nil.
func readStatus(ctx context.Context, d *opened, account *common.Address) (*trainerStatus, error) {
	man := d.manifest
	t := trainer.NewTransactor(d.client, &bind.TransactOpts{})
	drt := bindings.NewDepositRefundTake()
	st := &trainerStatus{
		Trainer: man.Trainer, Model: man.Model, Kind: string(man.Kind), Classes: man.Classes, Mechanism: string(man.Mechanism),
	}
	var err error
	if st.RefundWait, err = callTrainer(ctx, t, man.Trainer, drt.PackRefundWait(), drt.UnpackRefundWait); err != nil {
		return nil, err
	}
	if man.Mechanism == trainer.DepositRefundTake {
		owner, err := callTrainer(ctx, t, man.Trainer, drt.PackOwnerClaimWait(), drt.UnpackOwnerClaimWait)
		if err != nil {
			return nil, err
		}
		anyone, err := callTrainer(ctx, t, man.Trainer, drt.PackAnyAddressClaimWait(), drt.UnpackAnyAddressClaimWait)
		if err != nil {
			return nil, err
		}
		weight, err := callTrainer(ctx, t, man.Trainer, drt.PackCostWeight(), drt.UnpackCostWeight)
		if err != nil {
			return nil, err
		}
		st.OwnerClaimWait, st.AnyAddressClaimWait, st.CostWeight = &owner, &anyone, weight.String()
	}
	ints := []bigQuery{
		{&st.NextDeposit, drt.PackNextAddDataCost(), drt.UnpackNextAddDataCost},
		{&st.NumContributions, drt.PackNumContributions(), drt.UnpackNumContributions},
		{&st.TotalGood, drt.PackTotalGood(), drt.UnpackTotalGood},
	}
	if account != nil {
		st.Account = &accountStatus{Address: *account}
		ints = append(ints,
			bigQuery{&st.Account.NumGood, drt.PackNumGood(*account), drt.UnpackNumGood},
			bigQuery{&st.Account.PendingWithdrawal, drt.PackPendingWithdrawals(*account), drt.UnpackPendingWithdrawals})
	}
	for _, q := range ints {
		v, err := callTrainer(ctx, t, man.Trainer, q.data, q.dec)
		if err != nil {
			return nil, err
		}
		*q.into = v.String()
	}
	last, err := callTrainer(ctx, t, man.Trainer, drt.PackLastAddTime(), drt.UnpackLastAddTime)
	if err != nil {
		return nil, err
	}
	if !last.IsUint64() {
		return nil, fmt.Errorf("lastAddTime %s out of range", last)
	}
	st.LastAddTime = last.Uint64()
	balance, err := d.client.BalanceAt(ctx, man.Trainer, nil)
	if err != nil {
		return nil, fmt.Errorf("read the trainer's balance: %w", err)
	}
	st.TrainerBalance = balance.String()
	if man.Kind == model.Oracle {
		cs, err := oracle.ReadStatus(ctx, d.client, man.Model)
		if err != nil {
			return nil, err
		}
		st.Committee = &committeeStatus{Epoch: cs.Epoch, Threshold: cs.Threshold, Operators: cs.Operators,
			DelaySeconds: uint64(cs.CommitteeDelay / time.Second)}
		if cs.Pending.Digest != (common.Hash{}) {
			st.Committee.PendingChange = &cs.Pending.Digest
			st.Committee.ExecutableAt = uint64(cs.Pending.ExecutableAt.Unix())
		}
	}
	return st, nil
}

// bigQuery is a trainer call whose integer answer goes, as a decimal string, into into.
type bigQuery struct {
	into *string
	data []byte
	dec  func([]byte) (*big.Int, error)
}

// callTrainer calls the trainer with data and decodes the result with unpack.
func callTrainer[T any](ctx context.Context, t *chain.Transactor, trainer common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := t.Call(ctx, trainer, data)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decode the trainer's answer: %w", err)
	}
	return v, nil
}

func printStatus(c *cli.Context, st *trainerStatus) error {
	var b strings.Builder
	line := func(name, format string, args ...any) {
		fmt.Fprintf(&b, "%-22s"+format+"\n", append([]any{name + ":"}, args...)...)
	}
	classes := make([]string, len(st.Classes))
	for i, name := range st.Classes {
		classes[i] = fmt.Sprintf("%s (%d)", name, i)
	}
	line("trainer", "%s", st.Trainer)
	line("model", "%s (%s)", st.Model, st.Kind)
	line("classes", "%s", strings.Join(classes, ", "))
	line("mechanism", "%s", st.Mechanism)
	line("refund wait", "%d s", st.RefundWait)
	if st.OwnerClaimWait != nil {
		line("owner claim wait", "%d s", *st.OwnerClaimWait)
	}
	if st.AnyAddressClaimWait != nil {
		line("anyone claim wait", "%d s", *st.AnyAddressClaimWait)
	}
	if st.CostWeight != "" {
		line("cost weight", "%s wei", st.CostWeight)
	}
	line("next deposit", "%s wei", st.NextDeposit)
	line("contributions", "%s", st.NumContributions)
	line("good contributions", "%s", st.TotalGood)
	if st.LastAddTime == 0 {
		line("last add", "never")
	} else {
		line("last add", "%s (%d)", time.Unix(int64(st.LastAddTime), 0).UTC().Format(time.RFC3339), st.LastAddTime)
	}
	line("trainer balance", "%s wei", st.TrainerBalance)
	if cm := st.Committee; cm != nil {
		line("committee", "%d of %d operators (epoch %d); a change waits %d s", cm.Threshold, len(cm.Operators), cm.Epoch, cm.DelaySeconds)
		if cm.PendingChange != nil {
			line("  committee change", "%s takes effect from %s: refund what you added before then", cm.PendingChange.TerminalString(),
				time.Unix(int64(cm.ExecutableAt), 0).UTC().Format(time.RFC3339))
		}
	}
	if a := st.Account; a != nil {
		line("account", "%s", a.Address)
		line("  good contributions", "%s", a.NumGood)
		line("  pending withdrawal", "%s wei", a.PendingWithdrawal)
	}
	_, err := fmt.Fprint(c.App.Writer, b.String())
	return err
}
