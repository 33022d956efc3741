package sim

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
)

func TestGasStats(t *testing.T) {
	tests := []struct {
		name string
		uses []GasUse
		want []GasStat
	}{
		{"none", nil, []GasStat{}},
		{"reader's order", []GasUse{
			{Op: "take", Gas: 40}, {Op: "refund", Gas: 10}, {Op: GasOpAddData, Gas: 100}, {Op: GasOpAddData, Gas: 51},
			{Op: "other", Gas: 7}, {Op: GasOpDeploy, Gas: 1000},
		}, []GasStat{
			{Op: GasOpDeploy, Count: 1, Avg: 1000, Min: 1000, Max: 1000},
			{Op: GasOpAddData, Count: 2, Avg: 75, Min: 51, Max: 100},
			{Op: "refund", Count: 1, Avg: 10, Min: 10, Max: 10},
			{Op: "take", Count: 1, Avg: 40, Min: 40, Max: 40},
			{Op: "other", Count: 1, Avg: 7, Min: 7, Max: 7},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := GasStats(tt.uses)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("GasStats = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// storyResult is a traced run of two agents, a and b, each starting with 100 wei.
func storyResult(finalA, finalB int64, events ...Event) *Result {
	return &Result{Summary: &Summary{Agents: []AgentSummary{
		{Address: "a", Start: big.NewInt(100), Final: big.NewInt(finalA)},
		{Address: "b", Start: big.NewInt(100), Final: big.NewInt(finalB)},
	}, Counts: Counts{Accepted: 1}}, Events: events}
}

func ev(agent, op string, id uint64, amount int64) Event {
	return Event{Agent: agent, Op: op, ID: id, Amount: big.NewInt(amount)}
}

func TestTallyAndVerdict(t *testing.T) {
	tests := []struct {
		name    string
		res     *Result
		wantErr string
		// check the tallies of a and b: added, refunds, claims, claimedAgainst, reclaims, held, net
		want    [2][7]int64
		verdict []string
	}{
		{
			name: "a reports b",
			res: storyResult(110, 90,
				ev("a", "add", 1, 10), ev("b", "add", 2, 20), Event{Agent: "b", Op: "add", Reason: "InsufficientDeposit"},
				ev("a", "refund", 1, 10), ev("a", "report", 2, 10), ev("b", "take", 2, 10)),
			want:    [2][7]int64{{1, 1, 1, 0, 0, 0, 10}, {1, 0, 0, 1, 1, 0, -10}},
			verdict: []string{"a ended ahead at +0.0000 ether, against b (-0.0000 ether).", "a took", "b took", "took 1 back itself"},
		},
		{
			name:    "even",
			res:     storyResult(100, 100, ev("a", "add", 1, 10), ev("a", "refund", 1, 10)),
			want:    [2][7]int64{{1, 1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}},
			verdict: []string{"Nobody ended ahead"},
		},
		{
			name:    "deposit still held",
			res:     storyResult(90, 100, ev("a", "add", 1, 10)),
			want:    [2][7]int64{{1, 0, 0, 0, 0, 10, -10}, {0, 0, 0, 0, 0, 0, 0}},
			verdict: []string{"b ended ahead", "Deposits still held in the trainer: a (0.0000 ether)"},
		},
		{
			name:    "balances that do not add up",
			res:     storyResult(95, 100, ev("a", "add", 1, 10)),
			wantErr: "a's balance changed by -5 wei, but its deposits, refunds and claims add up to -10 wei",
		},
		{
			name:    "report of a contribution never added",
			res:     storyResult(100, 100, ev("a", "report", 7, 10)),
			wantErr: "report of contribution 7, which was never added",
		},
		{
			name:    "untraced",
			res:     storyResult(100, 100),
			wantErr: "no events; run it with Options.Trace",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tallies, err := Tally(tt.res)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Tally error = %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, a := range tallies {
				got := [7]int64{int64(a.Added), int64(a.Refunds), int64(a.Claims), int64(a.ClaimedAgainst), int64(a.Reclaims), a.Held.Int64(), a.Net.Int64()}
				if got != tt.want[i] {
					t.Errorf("%s: added, refunds, claims, claimed against, reclaims, held, net = %v, want %v", a.Agent, got, tt.want[i])
				}
			}
			v := Verdict(tallies)
			for _, want := range tt.verdict {
				if !strings.Contains(v, want) {
					t.Errorf("verdict lacks %q: %s", want, v)
				}
			}
		})
	}
}

// demoForTest is the demo scenario with its paths from this package's folder.
func demoForTest(t *testing.T) (*Config, *Data) {
	t.Helper()
	cfg, err := DemoConfig()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Dataset.Path = "../" + cfg.Dataset.Path
	cfg.Dataset.Vocabulary = "../" + cfg.Dataset.Vocabulary
	data, err := LoadData(cfg.Dataset)
	if err != nil {
		t.Fatal(err)
	}
	return cfg, data
}

// TestDemoScenario runs the demo's scenario with the Go port (the chain run gives the same result; see
// TestDemoStory in cmd/sumkit): twice the same, the model learns, every deposit settles, the verdict names
// the agent with the highest net.
func TestDemoScenario(t *testing.T) {
	ctx := context.Background()
	cfg, data := demoForTest(t)
	var runs [2]bytes.Buffer
	var story *Story
	for i := range runs {
		s, err := RunStory(ctx, cfg, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&runs[i], s.Result); err != nil {
			t.Fatal(err)
		}
		story = s
	}
	if !bytes.Equal(runs[0].Bytes(), runs[1].Bytes()) {
		t.Error("two runs of the demo scenario with one seed differ")
	}
	s := story.Result.Summary
	if s.AccuracyFinal-s.AccuracyInitial < 0.10 {
		t.Errorf("accuracy %.1f%% -> %.1f%%; want a gain of at least 10 points", 100*s.AccuracyInitial, 100*s.AccuracyFinal)
	}
	if s.End != EndDone || s.Counts.Unclaimed != 0 {
		t.Errorf("run ended %s with %d open; want done with none open", s.End, s.Counts.Unclaimed)
	}
	best := story.Agents[0]
	for _, a := range story.Agents {
		if a.Held.Sign() != 0 {
			t.Errorf("%s still has %s wei held", a.Agent, a.Held)
		}
		if a.Net.Cmp(best.Net) > 0 {
			best = a
		}
	}
	if !strings.HasPrefix(story.Verdict, best.Agent+" ended ahead") {
		t.Errorf("%s has the highest net, but the verdict says: %s", best.Agent, story.Verdict)
	}
	if len(story.Gas) != 0 {
		t.Errorf("a Go run has gas %+v; only chain runs have gas", story.Gas)
	}
}

// ExampleRunStory runs the demo's scenario with the Go port (Options{OnChain: true} runs it as transactions
// on an in-process chain, with the same result) and prints how the model and the contributors fared.
func ExampleRunStory() {
	ctx := context.Background()
	cfg, err := DemoConfig()
	if err != nil {
		panic(err)
	}
	// The demo's paths are from the repository's root.
	cfg.Dataset.Path = "../" + cfg.Dataset.Path
	cfg.Dataset.Vocabulary = "../" + cfg.Dataset.Vocabulary
	data, err := LoadData(cfg.Dataset)
	if err != nil {
		panic(err)
	}
	story, err := RunStory(ctx, cfg, data, Options{})
	if err != nil {
		panic(err)
	}
	s := story.Result.Summary
	fmt.Printf("accuracy %.1f%% -> %.1f%%, %d contributions still open\n", 100*s.AccuracyInitial, 100*s.AccuracyFinal, s.Counts.Unclaimed)
	who, _, _ := strings.Cut(story.Verdict, " A contributor's net")
	fmt.Println(who)
	// Output:
	// accuracy 56.0% -> 71.5%, 0 contributions still open
	// honest ended ahead at +0.3670 ether, against careless (-0.3670 ether).
}
