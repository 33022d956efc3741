package deployment_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/chain/chaintest"
	"github.com/sumkit/sumkit/deployment"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

func sample() *deployment.Manifest {
	return &deployment.Manifest{
		Format:      deployment.Format,
		ChainID:     1337,
		Model:       common.HexToAddress("0x1000000000000000000000000000000000000001"),
		Trainer:     common.HexToAddress("0x2000000000000000000000000000000000000002"),
		Kind:        model.DensePerceptron,
		Mechanism:   trainer.DepositRefundTake,
		Encoder:     "none",
		Classes:     []string{"BIKING", "RUNNING"},
		NumFeatures: 9,
		MaxFeatures: 9,
		Incentive:   deployment.Incentive{RefundWait: 1, OwnerClaimWait: 2, AnyAddressClaimWait: 3, CostWeight: "1000000000000000000000"},
		Deployer:    common.HexToAddress("0x3000000000000000000000000000000000000003"),
		BlockNumber: 7,
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	want := sample()
	if err := want.Save(path); err != nil {
		t.Fatalf("Save() error = %v", err)
	}
	got, err := deployment.Load(path)
	if err != nil {
		t.Fatalf("Load() error = %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Load() = %+v, want %+v", got, want)
	}
	if got.CostWeight().String() != "1000000000000000000000" {
		t.Errorf("CostWeight() = %s, want 1e21", got.CostWeight())
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode = %v, want 0644", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after Save, want 1 (no temporary file left)", len(entries))
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"format": 1`) {
		t.Errorf("manifest lacks \"format\": 1:\n%s", data)
	}
}

func TestLoadBad(t *testing.T) {
	tests := map[string]struct {
		content string
		want    string
	}{
		"bad json":        {`{"format": 1,`, "not a deployment manifest"},
		"wrong format":    {`{"format": 2}`, "format 2 is not supported"},
		"missing trainer": {`{"format": 1, "chainId": 1337, "model": "0x1000000000000000000000000000000000000001", "kind": "dense-perceptron", "mechanism": "points", "encoder": "none", "classes": ["a","b"], "numFeatures": 9}`, `missing field "trainer"`},
		"missing many":    {`{"format": 1}`, `missing field "chainId"`},
		"bad cost weight": {`{"format": 1, "chainId": 1, "model": "0x1000000000000000000000000000000000000001", "trainer": "0x1000000000000000000000000000000000000002", "kind": "dense-perceptron", "mechanism": "points", "encoder": "none", "classes": ["a","b"], "numFeatures": 9, "incentive": {"costWeight": "1e9"}}`, "not a decimal integer"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "d.json")
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := deployment.Load(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load() error = %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := deployment.Load(filepath.Join(t.TempDir(), "absent.json")); err == nil {
		t.Error("Load(absent file) error = nil, want an error")
	}
}

func TestCheck(t *testing.T) {
	ctx := t.Context()
	c := chaintest.New(t)
	id := c.ChainID()
	m, err := model.Load(filepath.Join("..", "testdata", "models", "fitness-like-dense-perceptron.json"))
	if err != nil {
		t.Fatal(err)
	}
	tr := c.Transactor(0, chain.WithErrors(trainer.Errors()))
	s, err := trainer.Deploy(ctx, tr, trainer.Spec{Model: m, Incentive: trainer.Incentive{Mechanism: trainer.Points, RefundWait: trainer.MinRefundWait}, Encoder: "none"})
	if err != nil {
		t.Fatalf("Deploy() error = %v", err)
	}
	good := sample()
	good.ChainID, good.Model, good.Trainer = id.Uint64(), s.Model, s.Trainer

	// New builds the manifest of what was deployed, which validates and checks against the chain.
	in := trainer.Incentive{Mechanism: trainer.Points, RefundWait: trainer.MinRefundWait}
	built, err := deployment.New(id, s, m, in, "none", "", tr.From())
	if err != nil {
		t.Fatalf("New() error = %v", err)
	}
	if err := built.Validate(); err != nil {
		t.Errorf("New() gave a manifest that does not validate: %v", err)
	}
	if err := built.Check(ctx, c.Client()); err != nil {
		t.Errorf("New() gave a manifest that does not check: %v", err)
	}
	if built.Kind != m.Kind || built.Incentive.CostWeight != "0" || built.Incentive.RefundWait != trainer.MinRefundWait ||
		built.BlockNumber != s.Receipts[len(s.Receipts)-1].BlockNumber.Uint64() || built.Deployer != tr.From() {
		t.Errorf("New() = %+v", built)
	}
	if _, err := deployment.New(id, &trainer.Stack{}, m, in, "none", "", tr.From()); err == nil {
		t.Error("New() of a stack with no receipts succeeded")
	}

	tests := map[string]struct {
		edit func(*deployment.Manifest)
		want string // "" means no error
	}{
		"matches":         {func(*deployment.Manifest) {}, ""},
		"other chain":     {func(m *deployment.Manifest) { m.ChainID = 5 }, "deployment is on chain 5"},
		"no model code":   {func(m *deployment.Manifest) { m.Model = common.HexToAddress("0xdead") }, "no model contract at"},
		"no trainer code": {func(m *deployment.Manifest) { m.Trainer = common.HexToAddress("0xbeef") }, "no trainer contract at"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			man := *good
			tc.edit(&man)
			err := man.Check(ctx, c.Client())
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Check() error = %v, want nil", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Check() error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestCheckPath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		path, wantErr string
	}{
		"new file":       {filepath.Join(dir, "d.json"), ""},
		"existing file":  {file, ""},
		"missing folder": {filepath.Join(dir, "no", "d.json"), "does not exist: create it"},
		"a folder":       {dir, "is a folder"},
		"inside a file":  {filepath.Join(file, "d.json"), "is not a folder"},
		"empty":          {"", "no manifest path given"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := deployment.CheckPath(tc.path)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("CheckPath(%q) = %v, want an error containing %q", tc.path, err, tc.wantErr)
			}
		})
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 1 {
		t.Errorf("CheckPath left %d entries in %s (%v), want only the test's file", len(entries), dir, err)
	}
}
