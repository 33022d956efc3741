// SPDX-License-Identifier: MIT

package train

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
)

func TestConfigValidate(t *testing.T) {
	ok := DefaultConfig()
	if err := ok.Validate(); err != nil {
		t.Fatalf("DefaultConfig().Validate() = %v", err)
	}
	for name, tc := range map[string]struct {
		edit func(*Config)
		want string // "" for a valid config
	}{
		"mlp":               {func(c *Config) { c.Model, c.Hidden = MLP, 16 }, ""},
		"empty device":      {func(c *Config) { c.Device = "" }, ""},
		"gpu":               {func(c *Config) { c.Device = GPU }, ""},
		"no l2":             {func(c *Config) { c.L2 = 0 }, ""},
		"unknown model":     {func(c *Config) { c.Model = "svm" }, `model "svm" is unknown; use "logistic" or "mlp"`},
		"empty model":       {func(c *Config) { c.Model = "" }, `model "" is unknown`},
		"hidden too many":   {func(c *Config) { c.Model, c.Hidden = MLP, 40 }, "hidden must be 1..16, got 40"},
		"hidden zero":       {func(c *Config) { c.Model, c.Hidden = MLP, 0 }, "hidden must be 1..16, got 0"},
		"hidden logistic":   {func(c *Config) { c.Hidden = 4 }, "has no hidden layer"},
		"no epochs":         {func(c *Config) { c.Epochs = 0 }, "epochs must be 1..100000, got 0"},
		"batch zero":        {func(c *Config) { c.BatchSize = 0 }, "batch_size must be 1..65536, got 0"},
		"batch huge":        {func(c *Config) { c.BatchSize = 1 << 20 }, "batch_size must be"},
		"rate zero":         {func(c *Config) { c.LearningRate = 0 }, "learning_rate must be in (0, 1], got 0"},
		"rate NaN":          {func(c *Config) { c.LearningRate = math.NaN() }, "learning_rate must be"},
		"rate above one":    {func(c *Config) { c.LearningRate = 2 }, "learning_rate must be"},
		"l2 negative":       {func(c *Config) { c.L2 = -1e-3 }, "l2 must be in [0, 1]"},
		"l2 infinite":       {func(c *Config) { c.L2 = math.Inf(1) }, "l2 must be in [0, 1]"},
		"device misspelled": {func(c *Config) { c.Device = "cuda" }, `device "cuda" is unknown; use "cpu" or "gpu"`},
	} {
		t.Run(name, func(t *testing.T) {
			c := DefaultConfig()
			tc.edit(&c)
			err := c.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an ErrConfig containing %q", err, tc.want)
			}
		})
	}
}

func TestConfigJSON(t *testing.T) {
	var c Config
	in := `{"model":"mlp","hidden":8,"epochs":5,"batch_size":64,"learning_rate":0.005,"l2":0.0001,"seed":9}`
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	want := Config{Model: MLP, Hidden: 8, Epochs: 5, BatchSize: 64, LearningRate: 0.005, L2: 1e-4, Seed: 9}
	if c != want {
		t.Fatalf("decoded %+v, want %+v", c, want)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestConfigHash(t *testing.T) {
	base := DefaultConfig()
	base.L2 = 0
	h := base.Hash()
	same := base
	same.Device = ""
	same.L2 = math.Copysign(0, -1)
	if got := same.Hash(); got != h {
		t.Errorf("empty device hashes to %v, cpu to %v; want equal (both train on the CPU, and -0 is 0)", got, h)
	}
	for name, edit := range map[string]func(*Config){
		"seed":   func(c *Config) { c.Seed++ },
		"model":  func(c *Config) { c.Model, c.Hidden = MLP, 4 },
		"epochs": func(c *Config) { c.Epochs++ },
		"batch":  func(c *Config) { c.BatchSize++ },
		"rate":   func(c *Config) { c.LearningRate = math.Nextafter(c.LearningRate, 1) },
		"l2":     func(c *Config) { c.L2 = 1e-4 },
		"device": func(c *Config) { c.Device = GPU },
	} {
		c := base
		edit(&c)
		if c.Hash() == h {
			t.Errorf("changing %s left the hash at %v", name, h)
		}
	}
}
