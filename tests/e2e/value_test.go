package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sumkit/sumkit/devnet"
)

// TestValue values the contributions two accounts added to a deployment on anvil, through the built binary:
// by author, with TMC and with KNN-Shapley. Each author is one player, named by its address; the same seed
// gives the same report, byte for byte; and the values sum to what the report says the whole set is worth,
// give or take its efficiency gap.
func TestValue(t *testing.T) {
	t.Parallel()
	n := startNode(t, devnet.ChainID)
	dev, err := devnet.DeriveAccounts(devnet.Mnemonic, 3)
	if err != nil {
		t.Fatal(err)
	}
	m := loadIMDB(t)
	dep, man := n.deployIMDB(t, m, dev[0].Address, []string{"--dev-account", "0"}, drtFlags...)
	sentences := m.sentences(t)
	if len(sentences) < 60 {
		t.Fatalf("%d usable sentences, want 60", len(sentences))
	}
	dir := t.TempDir()
	write := func(name string, cs []contribution, flip bool) string {
		var b strings.Builder
		for _, c := range cs {
			label := c.label
			if flip {
				label = 1 - label
			}
			fmt.Fprintf(&b, "%s\t%s\n", c.text, man.Classes[label])
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// Account 1 adds 20 sentences as labelled; account 2 adds 10 others with every label flipped.
	honest, careless, test := write("honest.tsv", sentences[:20], false), write("careless.tsv", sentences[20:30], true), write("test.tsv", sentences[30:60], false)
	n.ok(t, "add", "--deployment", dep, "--dev-account", "1", "--file", honest)
	n.ok(t, "add", "--deployment", dep, "--dev-account", "2", "--file", careless)

	for _, method := range []string{"tmc", "knn"} {
		t.Run(method, func(t *testing.T) {
			var reports [2][]byte
			for i := range reports {
				out := filepath.Join(dir, fmt.Sprintf("%s-%d", method, i))
				n.ok(t, "value", "--deployment", dep, "--test", test, "--model", fixture(imdbModelRel), "--method", method,
					"--by", "author", "--seed", "7", "--samples", "40", "--out", out)
				if reports[i], err = os.ReadFile(filepath.Join(out, "report.json")); err != nil {
					t.Fatal(err)
				}
			}
			if string(reports[0]) != string(reports[1]) {
				t.Error("two runs with the same seed wrote different reports")
			}
			var rep struct {
				Empty, Full, EfficiencyGap float64
				Players                    []struct {
					Player        string
					Value         float64
					Contributions int
				}
			}
			if err := json.Unmarshal(reports[0], &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Players) != 2 {
				t.Fatalf("%d players, want the 2 authors: %s", len(rep.Players), reports[0])
			}
			want := map[string]int{dev[1].Address.Hex(): 20, dev[2].Address.Hex(): 10}
			var sum float64
			for _, p := range rep.Players {
				if want[p.Player] != p.Contributions {
					t.Errorf("player %s with %d contributions; want the authors %v", p.Player, p.Contributions, want)
				}
				sum += p.Value
			}
			if method == "tmc" {
				if got, worth := sum, rep.Full-rep.Empty+rep.EfficiencyGap; got-worth > 1e-9 || worth-got > 1e-9 {
					t.Errorf("values sum to %v; the report says %v - %v + gap %v", got, rep.Full, rep.Empty, rep.EfficiencyGap)
				}
			}
		})
	}
}
