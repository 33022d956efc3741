package oracle

import (
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sumkit/sumkit/oracle/train"
)

// TestLoadConfigRefuses checks that a config file with a bad value or a misspelt option is refused with an
// error naming it, before anything is created.
func TestLoadConfigRefuses(t *testing.T) {
	tests := []struct {
		name string
		json string
		// want are substrings of the error: the problem and the fix.
		want []string
	}{
		{
			name: "unknown model type",
			json: `{"data_dir": "DIR", "initial_data": "i.json", "held_out": "h.json",
				"train": {"model": "forest", "epochs": 5, "batch_size": 8, "learning_rate": 0.01}}`,
			want: []string{`model "forest" is unknown`, `use "logistic" or "mlp"`},
		},
		{
			// "model" is the OracleModel's address; the model type is train.model.
			name: "model type in place of the address",
			json: `{"model": "forest", "data_dir": "DIR", "initial_data": "i.json", "held_out": "h.json",
				"train": {"model": "logistic", "epochs": 5, "batch_size": 8, "learning_rate": 0.01}}`,
			want: []string{"Config.model", "common.Address", "the kind of model to train is train.model"},
		},
		{
			name: "unknown field",
			json: `{"data_dir": "DIR", "dept": 3, "initial_data": "i.json", "held_out": "h.json",
				"train": {"model": "logistic", "epochs": 5, "batch_size": 8, "learning_rate": 0.01}}`,
			want: []string{`unknown field "dept"`, "check its spelling", "depth"},
		},
		{
			name: "unknown agreement",
			json: `{"data_dir": "DIR", "agree": "vote", "initial_data": "i.json", "held_out": "h.json",
				"train": {"model": "logistic", "epochs": 5, "batch_size": 8, "learning_rate": 0.01}}`,
			want: []string{`agree "vote"`, `use "recompute" or "attest"`},
		},
		{
			name: "gpu training agreed by recomputing",
			json: `{"data_dir": "DIR", "initial_data": "i.json", "held_out": "h.json",
				"train": {"model": "logistic", "epochs": 5, "batch_size": 8, "learning_rate": 0.01, "device": "gpu"}}`,
			want: []string{`agree "recompute" with train.device "gpu"`, `set agree to "attest"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			dataDir := filepath.Join(dir, "data")
			path := filepath.Join(dir, "oracle.json")
			if err := os.WriteFile(path, []byte(strings.ReplaceAll(tt.json, "DIR", dataDir)), 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := LoadConfig(path)
			if err == nil {
				t.Fatalf("LoadConfig() = %+v, want an error", c)
			}
			for _, s := range tt.want {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("LoadConfig() error = %q, want it to contain %q", err, s)
				}
			}
			if _, err := os.Stat(dataDir); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("data_dir exists after a refused config (%v)", err)
			}
		})
	}
}

// TestOpenRefuses opens an operator on a wrong deployment, wrong data or the wrong account: Open must refuse
// with an error that names the problem and the fix, create no data directory and send no transaction.
func TestOpenRefuses(t *testing.T) {
	w := newWorld(t)
	writeSamples := func(t *testing.T, name string, s *Samples) string {
		t.Helper()
		path := filepath.Join(t.TempDir(), name)
		if err := s.Save(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	tests := []struct {
		name string
		// account is the operator's account.
		account int
		edit    func(t *testing.T, c *Config)
		want    []string
	}{
		{
			name: "model is the trainer", account: 1,
			edit: func(t *testing.T, c *Config) { c.Model = w.dep.Trainer },
			want: []string{"does not answer as an OracleModel", "check the model address"},
		},
		{
			name: "model is an account", account: 1,
			edit: func(t *testing.T, c *Config) { c.Model = w.addr(4) },
			want: []string{"does not answer as an OracleModel", "check the model address"},
		},
		{
			name: "trainer does not match", account: 1,
			edit: func(t *testing.T, c *Config) { c.Trainer = w.addr(4) },
			want: []string{"is sealed to trainer " + w.dep.Trainer.Hex(), "not the configured " + w.addr(4).Hex(), "use the deployment's trainer address"},
		},
		{
			name: "no deployment", account: 1,
			edit: func(t *testing.T, c *Config) { c.Model, c.Trainer = [20]byte{}, [20]byte{} },
			want: []string{"model: give the OracleModel contract's address", "trainer: give the trainer's address"},
		},
		{
			name: "feature out of range", account: 1,
			edit: func(t *testing.T, c *Config) {
				s := w.samples(4)
				s.Samples[2][1] = numFeatures
				c.InitialData = writeSamples(t, "initial.json", s)
			},
			want: []string{"initial_data", "sample 2: feature 20 is outside 0..19"},
		},
		{
			name: "samples for another model", account: 1,
			edit: func(t *testing.T, c *Config) {
				for _, path := range []*string{&c.InitialData, &c.HeldOut} {
					s := w.samples(4)
					s.NumFeatures = numFeatures + 10
					*path = writeSamples(t, filepath.Base(*path), s)
				}
			},
			want: []string{"the model takes 20 features but the samples files have 30", "encode them for this model"},
		},
		{
			name: "samples files disagree", account: 1,
			edit: func(t *testing.T, c *Config) {
				s := w.samples(4)
				s.NumFeatures = numFeatures + 10
				c.HeldOut = writeSamples(t, "held-out.json", s)
			},
			want: []string{"initial_data has 20 features and 2 classes but held_out 30 and 2", "both must be encoded for the model"},
		},
		{
			name: "account outside the committee", account: 4,
			edit: func(t *testing.T, c *Config) {},
			want: []string{"account " + w.addr(4).Hex() + " is not an operator", "have the committee vote it in (sumkit oracle committee propose)"},
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := w.config(tt.account, 0)
			cfg.DataDir = filepath.Join(t.TempDir(), "data", string(rune('a'+i)))
			tt.edit(t, cfg)
			head, err := w.client.BlockNumber(w.ctx)
			if err != nil {
				t.Fatal(err)
			}
			nonce, err := w.client.PendingNonceAt(w.ctx, w.addr(tt.account))
			if err != nil {
				t.Fatal(err)
			}

			o, err := Open(w.ctx, cfg, w.client, w.tx(tt.account), slog.New(slog.DiscardHandler))
			if err == nil {
				o.Close()
				t.Fatal("Open() succeeded, want an error")
			}
			for _, s := range tt.want {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("Open() error = %q, want it to contain %q", err, s)
				}
			}
			if _, err := os.Stat(cfg.DataDir); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("data_dir exists after a refused Open (%v)", err)
			}
			if n, err := w.client.PendingNonceAt(w.ctx, w.addr(tt.account)); err != nil || n != nonce {
				t.Errorf("account %d's nonce went from %d to %d (%v): Open sent a transaction", tt.account, nonce, n, err)
			}
			if n, err := w.client.BlockNumber(w.ctx); err != nil || n != head {
				t.Errorf("head went from %d to %d (%v): Open mined a block", head, n, err)
			}
		})
	}
}

// TestGPUFallback asks for the GPU where this binary cannot use one (no driver, or no cuda tag): the operator
// says so and trains on the CPU, whose config hash it then commits.
func TestGPUFallback(t *testing.T) {
	if train.CUDA {
		t.Skip("built with -tags cuda: the GPU may be used")
	}
	w := newWorld(t)
	w.contribute(t, 10)
	cfg := w.config(1, 0)
	cfg.Train.Device = train.GPU
	cfg.Agree = Attest
	var logs strings.Builder
	o, err := Open(w.ctx, cfg, w.client, w.tx(1), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if !strings.Contains(logs.String(), "training on the CPU") {
		t.Errorf("no fallback line in the log:\n%s", logs.String())
	}
	d, err := o.Step(w.ctx)
	if err != nil || d.Version == nil {
		t.Fatalf("Step() = %+v, %v; want a trained candidate", d, err)
	}
	cpu := w.cfg
	cpu.Device = train.CPU
	if d.Version.ConfigHash == (common.Hash{}) || o.config != o.configHash() || o.cfg.Train.Hash() != cpu.Hash() {
		t.Errorf("the operator kept the GPU config after falling back")
	}
	if cfg.Train.Device != train.GPU {
		t.Errorf("Open changed the caller's config: device %q", cfg.Train.Device)
	}
}
