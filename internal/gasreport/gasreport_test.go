package gasreport

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestMeasureAll(t *testing.T) {
	rows, err := MeasureAll(context.Background(), "../../testdata/models", testSentences)
	if err != nil {
		t.Fatalf("MeasureAll() error = %v", err)
	}
	batches := 0
	for _, c := range Cases() {
		if c.Batch {
			batches++
		}
	}
	if want := len(Cases())*len(Ops()) + batches + len(MarketOps()) + oracleRows(t); len(rows) != want {
		t.Fatalf("MeasureAll() gave %d rows, want %d", len(rows), want)
	}
	gas := make(map[string]map[string]uint64)
	for _, r := range rows {
		if gas[r.Model] == nil {
			gas[r.Model] = make(map[string]uint64)
		}
		gas[r.Model][r.Op] = r.Gas
	}
	for _, c := range Cases() {
		g := gas[c.Name]
		for _, op := range Ops() {
			// Every operation is a transaction or an estimate of one: at least the 21,000 base.
			if g[op] <= 21000 {
				t.Errorf("%s %s: gas %d, want more than 21000", c.Name, op, g[op])
			}
		}
		// Deployment writes every parameter; one operation touches a sample's worth.
		if g[OpDeploy] < 10*g[OpAddDataUpdate] {
			t.Errorf("%s: deploy %d is not well above addData_update %d", c.Name, g[OpDeploy], g[OpAddDataUpdate])
		}
		if c.Batch {
			checkBatch(t, c.Name, g)
		}
		// Predicting is part of refunding, which also pays out and records the claim.
		if g[OpPredict] >= g[OpRefund] {
			t.Errorf("%s: predict %d, want less than refund %d", c.Name, g[OpPredict], g[OpRefund])
		}
	}
	// A decaying step costs only the mistake that moves the model: one count read and rewritten (a cold
	// SLOAD and a non-zero SSTORE, 5,000 gas, and the division); every other operation is the constant step's.
	for _, name := range []string{"sparse-perceptron", "dense-perceptron"} {
		constant, decaying := gas[name], gas[name+"-decaying"]
		for _, op := range []string{OpAddData, OpRefund, OpReport, OpPredict} {
			if constant[op] != decaying[op] {
				t.Errorf("%s %s: constant step %d, decaying %d; want the same", name, op, constant[op], decaying[op])
			}
		}
		if extra := int64(decaying[OpAddDataUpdate]) - int64(constant[OpAddDataUpdate]); extra < 5000 || extra > 5500 {
			t.Errorf("%s: a decaying update costs %d more than a constant one, want 5,000 to 5,500", name, extra)
		}
	}
	checkMarket(t, gas[MarketModel])
	checkOracle(t, gas)

	var js bytes.Buffer
	if err := WriteJSON(&js, rows); err != nil {
		t.Fatalf("WriteJSON() error = %v", err)
	}
	var back []map[string]any
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	for i, r := range back {
		if len(r) != 3 || r["model"] == nil || r["op"] == nil || r["gas"] == nil {
			t.Fatalf("row %d = %v, want exactly model, op and gas", i, r)
		}
	}

	var table bytes.Buffer
	if err := WriteTable(&table, rows); err != nil {
		t.Fatalf("WriteTable() error = %v", err)
	}
	if lines := strings.Count(table.String(), "\n"); lines != len(rows)+1 {
		t.Errorf("table has %d lines, want a header and %d rows", lines, len(rows))
	}
}

func TestGoal(t *testing.T) {
	tests := map[string]struct {
		want float64
		ok   bool
	}{
		OpDeploy:        {0.30, true},
		OpAddData:       {0.50, true},
		OpAddDataUpdate: {0.50, true},
		OpRefund:        {0.50, true},
		OpReport:        {0.50, true},
		OpPredict:       {0, false},
		OpAddDataBatch:  {0.25, true},
	}
	for op, tt := range tests {
		got, ok := Goal(op)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Goal(%q) = %v, %v, want %v, %v", op, got, ok, tt.want, tt.ok)
		}
	}
}

// testSentences is the IMDB sentences fixture, from this package's folder.
const testSentences = "../../" + DefaultSentences

// checkBatch checks a model's batch row: a sample's share of the batch pays its own record (a new storage word,
// 22,100 gas) and event, and the shared part (the 21,000 base, the counters, the model's code) once for all.
func checkBatch(t *testing.T, name string, g map[string]uint64) {
	t.Helper()
	if got := g[OpAddDataBatch]; got < 22100 || got >= g[OpAddData] {
		t.Errorf("%s: %d gas a batched sample, want at least a new word's 22,100 and below a single addData's %d", name, got, g[OpAddData])
	}
}

func TestBatchRow(t *testing.T) {
	tests := []struct {
		name    string
		gasUsed uint64
		samples int
		want    uint64
		wantErr bool
	}{
		{"evenly shared", 2_500_000, 50, 50_000, false},
		{"rounds down below a half", 2_500_024, 50, 50_000, false},
		{"rounds up from a half", 2_500_025, 50, 50_001, false},
		{"one sample pays all", 108_086, 1, 108_086, false},
		{"no samples", 1_000, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := BatchRow("sparse-perceptron", tt.gasUsed, tt.samples)
			if (err != nil) != tt.wantErr {
				t.Fatalf("BatchRow() error = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if r.Gas != tt.want || r.Op != OpAddDataBatch || r.Model != "sparse-perceptron" {
				t.Errorf("BatchRow() = %+v, want gas %d, op %s", r, tt.want, OpAddDataBatch)
			}
		})
	}
}

// TestBatchRowGoal checks the batch row against its goal: 25% of upstream's single addData, not of a batch
// upstream never had.
func TestBatchRowGoal(t *testing.T) {
	tests := []struct {
		name     string
		row      Row
		wantMiss bool
	}{
		{"perceptron at the goal", Row{"sparse-perceptron", OpAddDataBatch, 271387 / 4}, false},
		{"perceptron one above", Row{"sparse-perceptron", OpAddDataBatch, 271387/4 + 1}, true},
		{"naive Bayes at the goal", Row{"naive-bayes", OpAddDataBatch, 319955 / 4}, false},
		{"centroid one above", Row{"sparse-nearest-centroid", OpAddDataBatch, 350637/4 + 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(Misses([]Row{tt.row})) == 1; got != tt.wantMiss {
				t.Errorf("Misses(%+v) miss = %v, want %v", tt.row, got, tt.wantMiss)
			}
			var table bytes.Buffer
			if err := WriteTable(&table, []Row{tt.row}); err != nil {
				t.Fatal(err)
			}
			want := "<= 25% ok"
			if tt.wantMiss {
				want = "<= 25% MISS"
			}
			if !strings.Contains(table.String(), want) {
				t.Errorf("table %q does not say %q", table.String(), want)
			}
		})
	}
}

func TestIMDBBatch(t *testing.T) {
	batch, err := IMDBBatch("../../testdata/models", testSentences, BatchSize)
	if err != nil {
		t.Fatalf("IMDBBatch() error = %v", err)
	}
	if len(batch) != BatchSize {
		t.Fatalf("IMDBBatch() gave %d samples, want %d", len(batch), BatchSize)
	}
	seen := make(map[string]bool)
	for i, smp := range batch {
		if len(smp.Data) == 0 || smp.Label > 1 || smp.Line < 1 {
			t.Errorf("sample %d = %+v: want indices, label 0 or 1, a line", i, smp)
		}
		for j := 1; j < len(smp.Data); j++ {
			if smp.Data[j] <= smp.Data[j-1] {
				t.Errorf("sample %d (line %d) is not strictly increasing: %v", i, smp.Line, smp.Data)
			}
		}
		if smp.Data[len(smp.Data)-1] >= 1000 {
			t.Errorf("sample %d (line %d) has an index past the 1000 features: %v", i, smp.Line, smp.Data)
		}
		k := fmt.Sprint(smp.Data, smp.Label)
		if seen[k] {
			t.Errorf("sample %d (line %d) repeats an earlier sample and label", i, smp.Line)
		}
		seen[k] = true
		if i > 0 && smp.Line <= batch[i-1].Line {
			t.Errorf("sample %d is line %d, not after line %d", i, smp.Line, batch[i-1].Line)
		}
	}
	// The first sentence of the file: "A very, very, very slow-moving, aimless movie about a distressed,
	// drifting young man." labelled 0.
	if batch[0].Line != 1 || batch[0].Label != 0 {
		t.Errorf("first sample is line %d label %d, want line 1 label 0", batch[0].Line, batch[0].Label)
	}
	if _, err := IMDBBatch("../../testdata/models", testSentences, 100000); err == nil {
		t.Error("IMDBBatch() asked for more sentences than the file has: no error")
	}
}

func TestMisses(t *testing.T) {
	rows := []Row{
		{"dense-perceptron", OpAddData, 229968 / 2},      // exactly the goal: not a miss
		{"dense-perceptron", OpRefund, 174341/2 + 1},     // one above: a miss
		{"dense-perceptron", OpPredict, 10 * 42768},      // no goal
		{"dense-perceptron", OpDeploy, 5053803 * 3 / 10}, // at the goal
	}
	misses := Misses(rows)
	if len(misses) != 1 || misses[0].Op != OpRefund {
		t.Errorf("Misses() = %v, want only the refund row", misses)
	}
}

// checkMarket checks the market's rows: each is there, and no transaction of the run went past the 10M gas the
// contract's README promises as a bound.
func checkMarket(t *testing.T, g map[string]uint64) {
	t.Helper()
	for _, op := range MarketOps() {
		if g[op] <= 21000 {
			t.Errorf("%s %s: gas %d, want more than 21000", MarketModel, op, g[op])
		}
	}
	if g[OpMarketLargestTransaction] > MarketTxCap {
		t.Errorf("largest market transaction used %d gas, want at most %d", g[OpMarketLargestTransaction], MarketTxCap)
	}
	for _, op := range MarketOps() {
		switch op {
		case OpMarketRewardPhase, OpMarketRewardPerContrib:
			continue // sums of several transactions
		}
		if g[op] > g[OpMarketLargestTransaction] {
			t.Errorf("%s: %d gas, above the largest transaction %d", op, g[op], g[OpMarketLargestTransaction])
		}
	}
	// 100 contributions, 10 to a walk call: at least ten walk calls, each evaluating 100 samples 10 times.
	if g[OpMarketRewardPhase] < 10*g[OpMarketWalk]*9/10 || g[OpMarketRewardPhase] < g[OpMarketWalk]+g[OpMarketSettle] {
		t.Errorf("reward phase %d gas is not about ten walk calls of at most %d plus settling", g[OpMarketRewardPhase], g[OpMarketWalk])
	}
	if got, want := g[OpMarketRewardPerContrib], g[OpMarketRewardPhase]/100; got != want {
		t.Errorf("reward phase per contribution = %d, want the total / 100 = %d", got, want)
	}
	// The run's first contribution creates its counters and the contributor's record; later ones mostly add.
	if g[OpMarketContributeFirst] <= g[OpMarketContributeMean] {
		t.Errorf("first contribution %d gas, want more than the mean %d", g[OpMarketContributeFirst], g[OpMarketContributeMean])
	}
}

// TestTaggedHash checks the hand-rolled abi.encode(string, uint256...) behind the market's data against
// go-ethereum's ABI encoder, so that the samples are forge's.
func TestTaggedHash(t *testing.T) {
	str, err := abi.NewType("string", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	u256, err := abi.NewType("uint256", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tag string
		xs  []uint64
	}{
		{"truth", []uint64{0}},
		{"init", []uint64{999}},
		{"test", []uint64{10, 9}},
		{"contribution", []uint64{99}},
	}
	for _, tt := range tests {
		args := abi.Arguments{{Type: str}}
		vals := []any{tt.tag}
		for _, x := range tt.xs {
			args = append(args, abi.Argument{Type: u256})
			vals = append(vals, new(big.Int).SetUint64(x))
		}
		packed, err := args.Pack(vals...)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := taggedHash(tt.tag, tt.xs...), crypto.Keccak256Hash(packed); got != want {
			t.Errorf("taggedHash(%q, %v) = %s, want %s", tt.tag, tt.xs, got, want)
		}
	}
}
