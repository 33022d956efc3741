package chart

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/sumkit/sumkit/sim"
)

// wei returns s, a decimal integer, as a *big.Int; the tests' amounts are too large for int64.
func wei(t testing.TB, s string) *big.Int {
	t.Helper()
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad amount %q", s)
	}
	return b
}

// smallResult is a hand-made run of three days: an honest agent that gains, a malicious one that loses,
// and one that only pays to call the model.
func smallResult(t testing.TB) *sim.Result {
	t.Helper()
	baseline := 0.932
	start := wei(t, "10000000000000000000000") // 10^22 wei
	day := uint64(secondsPerDay)
	return &sim.Result{
		Dataset:              "imdb",
		Model:                "perceptron",
		Mechanism:            "deposit-refund-take",
		Seed:                 7,
		InitTrainDataPortion: 0.08,
		BaselineAccuracy:     &baseline,
		Agents: []sim.Agent{
			{Address: "Good0", StartBalance: start, Good: true},
			{Address: "Bad0", StartBalance: start, Good: false},
			{Address: "Caller0", StartBalance: start, Good: true, CallsModel: true},
		},
		Balances: []sim.Balance{
			{T: day / 2, Agent: "Good0", Balance: wei(t, "9000000000000000000000")},
			{T: day / 2, Agent: "Bad0", Balance: wei(t, "9000000000000000000000")},
			{T: day, Agent: "Caller0", Balance: wei(t, "9900000000000000000000")},
			{T: 2 * day, Agent: "Good0", Balance: wei(t, "12345670000000000000000")},
			{T: 2 * day, Agent: "Bad0", Balance: wei(t, "2500000000000000000000")},
		},
		Accuracies: []sim.Accuracy{
			{T: 0, Accuracy: 0.70},
			{T: day, Accuracy: 0.80},
			{T: 3 * day, Accuracy: 0.85},
		},
	}
}

func TestWriteRunPNGAndSVG(t *testing.T) {
	r := smallResult(t)
	base := filepath.Join(t.TempDir(), "run")
	paths, err := WriteRun(r, base, Options{Width: 6 * vg.Inch, Height: 4 * vg.Inch})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{base + ".png", base + ".svg"}; !reflect.DeepEqual(paths, want) {
		t.Fatalf("paths = %v, want %v", paths, want)
	}

	f, err := os.Open(base + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decoding the PNG: %v", err)
	}
	// gonum renders PNGs at 96 dpi.
	if got := img.Bounds().Size(); got.X != 576 || got.Y != 384 {
		t.Errorf("PNG is %v, want 576x384", got)
	}

	svg, err := os.ReadFile(base + ".svg")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"imdb", "perceptron", "deposit-refund-take",
		"Good0 (honest)", "Bad0 (malicious)", "Caller0 (calls model)", "Accuracy",
		"Accuracy when trained with all data: 93.2%",
		"Time (days)", "Percent",
	} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestRunTitleAndLabels(t *testing.T) {
	p, err := Run(smallResult(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Dataset: imdb", "Model: perceptron", "Mechanism: deposit-refund-take", "seed 7"} {
		if !strings.Contains(p.Title.Text, want) {
			t.Errorf("title %q lacks %q", p.Title.Text, want)
		}
	}
	if p.X.Label.Text != "Time (days)" || p.Y.Label.Text != "Percent" {
		t.Errorf("axis labels are %q and %q", p.X.Label.Text, p.Y.Label.Text)
	}
	if p.Y.Min > 0 {
		t.Errorf("y axis starts at %v, want zero in view", p.Y.Min)
	}

	p, err = Run(smallResult(t), Options{Title: "Mine"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Title.Text != "Mine" {
		t.Errorf("title = %q, want the one given", p.Title.Text)
	}
}

func TestRunSeriesLegendAndStyles(t *testing.T) {
	r := smallResult(t)
	got, err := runSeries(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	byKind := make(map[kind]*plotter.Line)
	for _, s := range got {
		labels = append(labels, s.label)
		byKind[s.kind] = s.line
	}
	want := []string{
		"Good0 (honest)", "Bad0 (malicious)", "Caller0 (calls model)", "Accuracy",
		"Accuracy when trained with all data: 93.2%",
	}
	if !reflect.DeepEqual(labels, want) {
		t.Fatalf("legend = %q, want %q", labels, want)
	}

	honest, malicious, caller := byKind[kindHonest], byKind[kindMalicious], byKind[kindCaller]
	for _, pair := range [][2]*plotter.Line{{honest, malicious}, {honest, caller}, {malicious, caller}} {
		a, b := pair[0].LineStyle, pair[1].LineStyle
		if reflect.DeepEqual(a.Color, b.Color) {
			t.Errorf("two kinds share colour %v", a.Color)
		}
		if reflect.DeepEqual(a.Dashes, b.Dashes) {
			t.Errorf("two kinds share dashes %v", a.Dashes)
		}
	}
	if len(byKind[kindAccuracy].LineStyle.Dashes) != 0 {
		t.Errorf("accuracy is dashed: %v", byKind[kindAccuracy].LineStyle.Dashes)
	}
	// Honest green, malicious red, callers blue: the dominant channel says which.
	for k, channel := range map[kind]int{kindHonest: 1, kindMalicious: 0, kindCaller: 2} {
		r, g, b, _ := byKind[k].LineStyle.Color.RGBA()
		rgb := [3]uint32{r, g, b}
		for i := range rgb {
			if i != channel && rgb[i] >= rgb[channel] {
				t.Errorf("%v line colour %v is not mostly channel %d", k, rgb, channel)
			}
		}
	}
	for k, l := range byKind {
		wantStep := k != kindAccuracy && k != kindBaseline
		if (l.StepStyle == plotter.PostStep) != wantStep {
			t.Errorf("%v line step style %v", k, l.StepStyle)
		}
	}

	// Balances as steps from 100% at zero to the run's end (day 3, the last accuracy).
	wantGood := plotter.XYs{{X: 0, Y: 100}, {X: 0.5, Y: 90}, {X: 2, Y: 123.4567}, {X: 3, Y: 123.4567}}
	if !reflect.DeepEqual(honest.XYs, wantGood) {
		t.Errorf("honest line = %v, want %v", honest.XYs, wantGood)
	}
	wantBad := plotter.XYs{{X: 0, Y: 100}, {X: 0.5, Y: 90}, {X: 2, Y: 25}, {X: 3, Y: 25}}
	if !reflect.DeepEqual(malicious.XYs, wantBad) {
		t.Errorf("malicious line = %v, want %v", malicious.XYs, wantBad)
	}
	wantBase := plotter.XYs{{X: 0, Y: 93.2}, {X: 3, Y: 93.2}}
	if base := byKind[kindBaseline].XYs; len(base) != 2 || math.Abs(base[0].Y-93.2) > 1e-9 || base[1].X != 3 {
		t.Errorf("baseline = %v, want %v", base, wantBase)
	}
}

func TestRunWithoutBaselineOrBalances(t *testing.T) {
	r := smallResult(t)
	r.BaselineAccuracy = nil
	r.Balances = nil
	got, err := runSeries(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("%d lines, want three flat agents and accuracy", len(got))
	}
	if want := (plotter.XYs{{X: 0, Y: 100}, {X: 3, Y: 100}}); !reflect.DeepEqual(got[0].line.XYs, want) {
		t.Errorf("agent without changes = %v, want %v", got[0].line.XYs, want)
	}
}

func TestPercentOfIsExact(t *testing.T) {
	start := wei(t, "10000000000000000000000") // 10^22 wei
	for _, c := range []struct {
		balance string
		want    float64
	}{
		{"10000000000000000000000", 100},
		{"12345670000000000000000", 123.4567},
		{"5000000000000000000000", 50},
		{"0", 0},
		{"1", 1e-20},
		{"33333333333333333333333", 333.33333333333333333},
		{"99999999999999999999999", 999.99999999999999999},
	} {
		if got := newPercenter(start).percent(wei(t, c.balance)); got != c.want {
			t.Errorf("percent(%s, 10^22) = %v, want %v", c.balance, got, c.want)
		}
	}
	// Against big.Rat, the exact ratio, on amounts of every size.
	// big.Int.Rand takes math/rand's generator, not math/rand/v2's.
	rng := rand.New(rand.NewSource(3))
	for range 10000 {
		s := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(1+rng.Intn(200))))
		s.Add(s, big.NewInt(1))
		b := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(1+rng.Intn(200))))
		want, _ := new(big.Rat).SetFrac(new(big.Int).Mul(b, big.NewInt(100)), s).Float64()
		if got := newPercenter(s).percent(b); got != want {
			t.Fatalf("percent(%v, %v) = %v, want %v", b, s, got, want)
		}
	}
	// A third of 3·10^22 + 1 wei: past float64's exact integers, where converting first would round twice.
	odd := wei(t, "30000000000000000000001")
	want, _ := new(big.Rat).SetFrac(big.NewInt(100), big.NewInt(3)).Float64()
	if got := newPercenter(odd).percent(wei(t, "10000000000000000000000")); got != want {
		t.Errorf("percent(10^22, 3·10^22+1) = %v, want %v", got, want)
	}
}

func TestRunErrors(t *testing.T) {
	for name, mutate := range map[string]func(r *sim.Result){
		"no agents":          func(r *sim.Result) { r.Agents = nil },
		"nothing recorded":   func(r *sim.Result) { r.Balances, r.Accuracies = nil, nil },
		"zero start":         func(r *sim.Result) { r.Agents[1].StartBalance = new(big.Int) },
		"missing start":      func(r *sim.Result) { r.Agents[1].StartBalance = nil },
		"unknown agent":      func(r *sim.Result) { r.Balances[0].Agent = "Nobody" },
		"balance without b":  func(r *sim.Result) { r.Balances[0].Balance = nil },
		"duplicate agent":    func(r *sim.Result) { r.Agents[1].Address = "Good0" },
		"accuracy not a num": func(r *sim.Result) { r.Accuracies[1].Accuracy = math.NaN() },
	} {
		t.Run(name, func(t *testing.T) {
			r := smallResult(t)
			mutate(r)
			if p, err := Run(r, Options{}); err == nil {
				t.Fatalf("Run gave a plot %v, want an error", p.Title.Text)
			} else if !strings.HasPrefix(err.Error(), "chart: ") {
				t.Errorf("error %q lacks the package's context", err)
			}
		})
	}
	if _, err := Run(nil, Options{}); err == nil {
		t.Error("Run(nil) gave no error")
	}
	r := smallResult(t)
	r.Agents[0].StartBalance = new(big.Int)
	if _, err := Run(r, Options{}); err == nil || !strings.Contains(err.Error(), `"Good0"`) {
		t.Errorf("zero start balance: error %v does not name the agent", err)
	}
}

func TestRunSortsOutOfOrderInput(t *testing.T) {
	r := smallResult(t)
	r.Balances[0], r.Balances[3] = r.Balances[3], r.Balances[0]
	r.Accuracies[0], r.Accuracies[2] = r.Accuracies[2], r.Accuracies[0]
	got, err := runSeries(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := plotter.XYs{{X: 0, Y: 100}, {X: 0.5, Y: 90}, {X: 2, Y: 123.4567}, {X: 3, Y: 123.4567}}
	if !reflect.DeepEqual(got[0].line.XYs, want) {
		t.Errorf("honest line = %v, want %v", got[0].line.XYs, want)
	}
	if r.Accuracies[0].T != 3*secondsPerDay {
		t.Error("the caller's accuracies were reordered")
	}
	acc := got[3].line.XYs
	for i := 1; i < len(acc); i++ {
		if acc[i].X < acc[i-1].X {
			t.Fatalf("accuracy runs backwards: %v", acc)
		}
	}
}

func TestSave(t *testing.T) {
	p, err := Run(smallResult(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Save(p, filepath.Join(dir, "UPPER.PNG"), DefaultWidth, DefaultHeight); err != nil {
		t.Errorf("upper-case extension: %v", err)
	}
	bad := filepath.Join(dir, "plot.pdf")
	if err := Save(p, bad, DefaultWidth, DefaultHeight); err == nil {
		t.Error("Save accepted .pdf")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("a refused save left a file behind")
	}
	if err := Save(p, filepath.Join(dir, "no", "such", "dir.svg"), DefaultWidth, DefaultHeight); err == nil {
		t.Error("Save into a missing folder gave no error")
	}
	if err := Save(nil, filepath.Join(dir, "nil.png"), DefaultWidth, DefaultHeight); err == nil {
		t.Error("Save(nil) gave no error")
	}
}

// thinned runs values at times ts through a thinner and returns which it kept, by position.
func thinned(ts []uint64, vs []float64, end uint64, buckets int) []int {
	th := newThinner(end, buckets, cmpFloat)
	pos := make(map[[2]float64]int)
	for i := range ts {
		th.add(ts[i], vs[i])
		pos[[2]float64{float64(ts[i]), vs[i]}] = i
	}
	var kept []int
	for _, p := range th.done() {
		kept = append(kept, pos[[2]float64{float64(p.t), p.v}])
	}
	return kept
}

// TestThin checks the thinning against its promise: few points pass untouched, a busy slice keeps its
// first, lowest, highest and last in time order, and no series grows past four points a slice.
func TestThin(t *testing.T) {
	ts := []uint64{0, 10, 20, 30, 40, 50}
	if got := thinned(ts, []float64{1, 2, 3, 4, 5, 6}, 50, 10); !reflect.DeepEqual(got, []int{0, 1, 2, 3, 4, 5}) {
		t.Errorf("sparse points thinned to %v", got)
	}

	// Eight points in the first of two slices, then one in the second.
	ts = []uint64{0, 1, 2, 3, 4, 5, 6, 7, 100}
	vs := []float64{5, 6, 9, 4, 1, 7, 3, 5.5, 2}
	if got, want := thinned(ts, vs, 100, 2), []int{0, 2, 4, 7, 8}; !reflect.DeepEqual(got, want) {
		t.Errorf("busy slice thinned to %v, want %v", got, want)
	}

	// The lowest coming before the highest keeps time order too.
	vs = []float64{5, 1, 2, 9, 8, 3, 4, 3.5, 2}
	if got, want := thinned(ts, vs, 100, 2), []int{0, 1, 3, 7, 8}; !reflect.DeepEqual(got, want) {
		t.Errorf("busy slice thinned to %v, want %v", got, want)
	}

	// The first or the last being an extreme is kept once.
	vs = []float64{0, 1, 2, 3, 4, 5, 6, 7, 2}
	if got, want := thinned(ts, vs, 100, 2), []int{0, 7, 8}; !reflect.DeepEqual(got, want) {
		t.Errorf("monotone slice thinned to %v, want %v", got, want)
	}

	// Everything at one instant is one slice, and ties keep the earliest.
	th := newThinner(0, 10, cmpFloat)
	for i := range 100 {
		v := 0.0
		switch {
		case i == 40 || i == 41:
			v = -1
		case i == 60 || i == 61:
			v = 1
		}
		th.add(0, v)
	}
	var seqs []int
	for _, p := range th.done() {
		seqs = append(seqs, p.seq)
	}
	if want := []int{0, 40, 60, 99}; !reflect.DeepEqual(seqs, want) {
		t.Errorf("one instant thinned to %v, want %v", seqs, want)
	}

	n := 100000
	th = newThinner(uint64(n-1), 100, cmpFloat)
	for i := range n {
		th.add(uint64(i), math.Sin(float64(i)))
	}
	if got := th.done(); len(got) > 400 {
		t.Errorf("%d points kept from 100 slices", len(got))
	}
}

func TestRunThinsLongRuns(t *testing.T) {
	r := largeResult(t, 200000)
	got, err := runSeries(r, Options{Buckets: 500})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got {
		if len(s.line.XYs) > 4*500+2 {
			t.Errorf("%s: %d points drawn", s.label, len(s.line.XYs))
		}
	}
	// The lowest balance of the honest agent survives the thinning, so the figure's extent is true.
	low := math.Inf(1)
	pc := newPercenter(r.Agents[0].StartBalance)
	for _, b := range r.Balances {
		if b.Agent == r.Agents[0].Address {
			low = math.Min(low, pc.percent(b.Balance))
		}
	}
	drawn := math.Inf(1)
	for _, xy := range got[0].line.XYs {
		drawn = math.Min(drawn, xy.Y)
	}
	if drawn != low {
		t.Errorf("lowest drawn %v, lowest recorded %v", drawn, low)
	}
}

func TestSweep(t *testing.T) {
	rows := []SweepRow{
		{Label: "deposit=1e15", Values: map[string]float64{"honest balance %": 112.5, "malicious balance %": 40, "accuracy %": 88.1}},
		{Label: "deposit=1e16", Values: map[string]float64{"honest balance %": 104, "accuracy %": 86}},
		{Label: "deposit=1e17", Values: map[string]float64{"honest balance %": 101, "malicious balance %": 2.5, "accuracy %": 80}},
	}
	dir := t.TempDir()
	paths, err := WriteSweep(rows, filepath.Join(dir, "sweep"), SweepOptions{
		Title: "IMDB perceptron: deposit sweep", Reference: 100, ReferenceLabel: "start balance",
	})
	if err != nil {
		t.Fatal(err)
	}
	svg, err := os.ReadFile(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"IMDB perceptron: deposit sweep", "deposit=1e16", "honest balance %", "malicious balance %", "accuracy %", "start balance", "112.5", "Percent"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	f, err := os.Open(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := png.Decode(f); err != nil {
		t.Errorf("decoding the PNG: %v", err)
	}

	p, err := Sweep(rows, SweepOptions{Series: []string{"accuracy %"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Y.Min != 0 || p.Y.Max < 88.1 {
		t.Errorf("y axis %v..%v does not run from zero past the tallest bar", p.Y.Min, p.Y.Max)
	}

	if _, err := Sweep(nil, SweepOptions{}); err == nil {
		t.Error("no rows gave no error")
	}
	if _, err := Sweep([]SweepRow{{Label: "empty"}}, SweepOptions{}); err == nil {
		t.Error("rows without values gave no error")
	}
	if _, err := Sweep([]SweepRow{{Label: "x", Values: map[string]float64{"a": math.Inf(1)}}}, SweepOptions{}); err == nil {
		t.Error("an infinite value gave no error")
	}
}

func TestLegendNamesAgentsUntilThereAreMany(t *testing.T) {
	r := smallResult(t)
	lines, err := runSeries(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := legendEntries(lines, MaxAgentsInLegend); !reflect.DeepEqual(got, lines) {
		t.Errorf("three agents: legend %v, want every line", got)
	}

	for i := range 20 {
		r.Agents = append(r.Agents, sim.Agent{Address: fmt.Sprintf("extra%d", i), StartBalance: big.NewInt(1), Good: i%2 == 0})
	}
	lines, err = runSeries(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, s := range legendEntries(lines, MaxAgentsInLegend) {
		labels = append(labels, s.label)
	}
	want := []string{
		"11 honest agents", "11 malicious agents", "1 model-calling agent", "Accuracy",
		"Accuracy when trained with all data: 93.2%",
	}
	if !reflect.DeepEqual(labels, want) {
		t.Errorf("23 agents: legend %q, want %q", labels, want)
	}
}

// TestAgentLabels checks the legend's wording and that a careless agent, honest but often wrong, gets a line
// of its own kind rather than passing for an honest one.
func TestAgentLabels(t *testing.T) {
	tests := []struct {
		agent     sim.Agent
		wantLabel string
		wantKind  kind
	}{
		{sim.Agent{Address: "Good0", Good: true, ProbMistake: 0.0001}, "Good0 (honest)", kindHonest},
		{sim.Agent{Address: "honest", Good: true}, "honest", kindHonest},
		{sim.Agent{Address: "careless", Good: true, ProbMistake: 0.25}, "careless (mislabels 25%)", kindCareless},
		{sim.Agent{Address: "Bad0", ProbMistake: 0.25}, "Bad0 (malicious)", kindMalicious},
		{sim.Agent{Address: "Caller0", Good: true, ProbMistake: 0.5, CallsModel: true}, "Caller0 (calls model)", kindCaller},
	}
	for _, tt := range tests {
		t.Run(tt.agent.Address, func(t *testing.T) {
			a := tt.agent
			a.StartBalance = big.NewInt(100)
			r := &sim.Result{Agents: []sim.Agent{a}, Balances: []sim.Balance{{T: 10, Agent: a.Address, Balance: big.NewInt(90)}}}
			lines, err := runSeries(r, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := lines[0]; got.label != tt.wantLabel || got.kind != tt.wantKind {
				t.Errorf("line %q of kind %v, want %q of kind %v", got.label, got.kind, tt.wantLabel, tt.wantKind)
			}
		})
	}
	if reflect.DeepEqual(lineStyle(kindCareless, 0), lineStyle(kindHonest, 0)) {
		t.Error("careless and honest lines look alike")
	}
}
