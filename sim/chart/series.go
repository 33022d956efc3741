package chart

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"math/big"
	"sort"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/sumkit/sumkit/sim"
)

// kind is what a line in the run figure stands for; it picks the line's style and the legend's wording.
type kind int

const (
	kindHonest kind = iota
	kindMalicious
	kindCareless
	kindCaller
	kindAccuracy
	kindBaseline
)

// String is the legend's wording for a kind of agent.
func (k kind) String() string {
	switch k {
	case kindHonest:
		return "honest"
	case kindMalicious:
		return "malicious"
	case kindCareless:
		return "careless"
	case kindCaller:
		return "calls model"
	case kindAccuracy:
		return "accuracy"
	case kindBaseline:
		return "baseline"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// carelessMistakes is the mistake rate from which an honest agent is drawn as careless: 0xDeCA10B's honest
// agents err once in ten thousand, and one that errs once in twenty loses deposits that show in its line.
const carelessMistakes = 0.05

// agentKind sorts an agent into the four kinds the figure tells apart. Calling the model comes first:
// such agents add no data, so whether they would label honestly does not show in their balance.
func agentKind(a sim.Agent) kind {
	switch {
	case a.CallsModel:
		return kindCaller
	case a.Good && a.ProbMistake >= carelessMistakes:
		return kindCareless
	case a.Good:
		return kindHonest
	default:
		return kindMalicious
	}
}

// series is one line of the run figure with its legend label, kept apart from the plot so tests can look
// at what was built.
type series struct {
	label string
	kind  kind
	line  *plotter.Line
}

// lineStyle gives the n-th line of kind k its look. Colour and dash tell the kinds apart (and still do in
// greyscale print, through the dash); within a kind the shade varies so that agents of one kind can be
// told apart in the legend.
func lineStyle(k kind, n int) draw.LineStyle {
	shades := map[kind][]color.Color{
		kindHonest:    {rgb(0x1b, 0x9e, 0x3a), rgb(0x0b, 0x5d, 0x1e), rgb(0x5c, 0xc8, 0x6b), rgb(0x2f, 0x7f, 0x4f)},
		kindMalicious: {rgb(0xd6, 0x27, 0x28), rgb(0x8b, 0x0a, 0x0a), rgb(0xf0, 0x6a, 0x4a), rgb(0xb2, 0x3a, 0x48)},
		kindCareless:  {rgb(0xe6, 0x8a, 0x00), rgb(0x9c, 0x5a, 0x00), rgb(0xf5, 0xb0, 0x40), rgb(0xc0, 0x70, 0x20)},
		kindCaller:    {rgb(0x1f, 0x5f, 0xd6), rgb(0x0b, 0x2e, 0x8a), rgb(0x5a, 0x9b, 0xf0), rgb(0x3a, 0x4f, 0xb2)},
	}
	switch k {
	case kindAccuracy:
		return draw.LineStyle{Color: color.Black, Width: vg.Points(2)}
	case kindBaseline:
		// Long grey dashes: a reference, not data, and unlike any agent's pattern.
		return draw.LineStyle{Color: rgb(0x50, 0x50, 0x50), Width: vg.Points(1.25), Dashes: []vg.Length{vg.Points(12), vg.Points(4)}}
	}
	s := shades[k]
	style := draw.LineStyle{Color: s[n%len(s)], Width: vg.Points(1.5)}
	switch k {
	case kindHonest:
		style.Dashes = []vg.Length{vg.Points(1.5), vg.Points(2.5)}
	case kindMalicious:
		style.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
	case kindCareless:
		style.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
	case kindCaller:
		style.Dashes = []vg.Length{vg.Points(6), vg.Points(2.5), vg.Points(1.5), vg.Points(2.5)}
	}
	return style
}

// legendEntries picks the legend's lines: every line while there are at most maxAgentsInLegend agents,
// else one per kind of agent, labelled with how many it stands for, since a legend of dozens of names
// would cover the plot and could not be matched to lines anyway.
func legendEntries(lines []series, maxAgentsInLegend int) []series {
	agents := 0
	count := make(map[kind]int)
	for _, s := range lines {
		if s.kind <= kindCaller {
			agents++
			count[s.kind]++
		}
	}
	if agents <= maxAgentsInLegend {
		return lines
	}
	var out []series
	done := make(map[kind]bool)
	for _, s := range lines {
		switch {
		case s.kind > kindCaller:
			out = append(out, s)
		case !done[s.kind]:
			done[s.kind] = true
			adjective := s.kind.String()
			if s.kind == kindCaller {
				adjective = "model-calling"
			}
			noun := "agents"
			if count[s.kind] == 1 {
				noun = "agent"
			}
			out = append(out, series{label: fmt.Sprintf("%d %s %s", count[s.kind], adjective, noun), kind: s.kind, line: s.line})
		}
	}
	return out
}

// runSeries checks r and builds the lines of its figure: one per agent in the order the result lists
// them, then accuracy, then the baseline.
func runSeries(r *sim.Result, opts Options) ([]series, error) {
	if r == nil {
		return nil, errors.New("chart: no result")
	}
	if len(r.Agents) == 0 {
		return nil, errors.New("chart: empty result: no agents")
	}
	if len(r.Balances) == 0 && len(r.Accuracies) == 0 {
		return nil, errors.New("chart: empty result: no balances and no accuracies")
	}
	buckets := opts.Buckets
	if buckets <= 0 {
		buckets = DefaultBuckets
	}

	index := make(map[string]int, len(r.Agents))
	for i, a := range r.Agents {
		if _, dup := index[a.Address]; dup {
			return nil, fmt.Errorf("chart: agent %q listed twice", a.Address)
		}
		if a.StartBalance == nil || a.StartBalance.Sign() <= 0 {
			return nil, fmt.Errorf("chart: agent %q: start balance is %v; a balance can only be shown as a percentage of a positive start", a.Address, a.StartBalance)
		}
		index[a.Address] = i
	}

	// The end of the run is the last moment anything was recorded; every line is drawn up to it.
	var end uint64
	for _, b := range r.Balances {
		end = max(end, b.T)
	}
	for _, a := range r.Accuracies {
		end = max(end, a.T)
	}

	kept, err := thinBalances(r.Balances, index, len(r.Agents), end, buckets)
	if err != nil {
		return nil, err
	}
	out := make([]series, 0, len(r.Agents)+2)
	seen := make(map[kind]int)
	for n, a := range r.Agents {
		// The line starts at 100% at time zero and ends at the run's end, so an agent that stopped acting
		// early still shows where it was left.
		xys := make(plotter.XYs, 0, len(kept[n])+2)
		xys = append(xys, plotter.XY{X: 0, Y: 100})
		last := 100.0
		pc := newPercenter(a.StartBalance)
		for _, p := range kept[n] {
			last = pc.percent(p.v)
			xys = append(xys, plotter.XY{X: days(p.t), Y: last})
		}
		xys = append(xys, plotter.XY{X: days(end), Y: last})

		k := agentKind(a)
		line := &plotter.Line{XYs: xys, StepStyle: plotter.PostStep, LineStyle: lineStyle(k, seen[k])}
		seen[k]++
		label := fmt.Sprintf("%s (%s)", a.Address, k)
		if a.Address == k.String() {
			label = a.Address // "honest (honest)" says it twice
		}
		if k == kindCareless {
			label = fmt.Sprintf("%s (mislabels %.3g%%)", a.Address, 100*a.ProbMistake)
		}
		out = append(out, series{label: label, kind: k, line: line})
	}

	if len(r.Accuracies) > 0 {
		acc := r.Accuracies
		sorted := true
		for i, a := range acc {
			if math.IsNaN(a.Accuracy) || math.IsInf(a.Accuracy, 0) {
				return nil, fmt.Errorf("chart: accuracy %d at t=%d is %v", i, a.T, a.Accuracy)
			}
			sorted = sorted && (i == 0 || acc[i-1].T <= a.T)
		}
		if !sorted {
			// Sorted on a copy: the caller's result is not ours to reorder.
			acc = append([]sim.Accuracy(nil), acc...)
			sort.SliceStable(acc, func(i, j int) bool { return acc[i].T < acc[j].T })
		}
		th := newThinner(end, buckets, cmpFloat)
		for _, a := range acc {
			th.add(a.T, a.Accuracy)
		}
		pts := th.done()
		xys := make(plotter.XYs, len(pts))
		for i, p := range pts {
			xys[i] = plotter.XY{X: days(p.t), Y: 100 * p.v}
		}
		out = append(out, series{label: "Accuracy", kind: kindAccuracy, line: &plotter.Line{XYs: xys, LineStyle: lineStyle(kindAccuracy, 0)}})
	}

	if r.BaselineAccuracy != nil {
		base := 100 * *r.BaselineAccuracy
		if math.IsNaN(base) || math.IsInf(base, 0) {
			return nil, fmt.Errorf("chart: baseline accuracy is %v", *r.BaselineAccuracy)
		}
		xys := plotter.XYs{{X: 0, Y: base}, {X: days(end), Y: base}}
		out = append(out, series{
			label: fmt.Sprintf("Accuracy when trained with all data: %.1f%%", base),
			kind:  kindBaseline,
			line:  &plotter.Line{XYs: xys, LineStyle: lineStyle(kindBaseline, 0)},
		})
	}
	return out, nil
}

// thinBalances sorts the balances out by agent (index gives each address its position) and thins each
// agent's series, returning the points kept per agent in time order.
//
// It reads the balances once, in order, and keeps no copy of them: a long run holds millions, of which a
// few thousand per agent are drawn. The simulator records in time order; a result whose agent's balances
// are out of order, as one put together by hand may be, is read a second time in sorted order.
func thinBalances(balances []sim.Balance, index map[string]int, agents int, end uint64, buckets int) ([][]point[*big.Int], error) {
	feed := func(order func(yield func(int) bool)) ([][]point[*big.Int], bool, error) {
		th := make([]*thinner[*big.Int], agents)
		for n := range th {
			th[n] = newThinner(end, buckets, (*big.Int).Cmp)
		}
		// All of an agent's percentages share one positive denominator, so comparing the wei amounts
		// orders them exactly as their percentages; only the points kept are ever converted.
		lastT := make([]uint64, agents)
		sorted := true
		for i := range order {
			b := &balances[i]
			n, ok := index[b.Agent]
			if !ok {
				return nil, false, fmt.Errorf("chart: balance %d at t=%d is of agent %q, which the result does not list", i, b.T, b.Agent)
			}
			if b.Balance == nil {
				return nil, false, fmt.Errorf("chart: balance %d at t=%d of agent %q has no amount", i, b.T, b.Agent)
			}
			sorted = sorted && b.T >= lastT[n]
			lastT[n] = b.T
			th[n].add(b.T, b.Balance)
		}
		kept := make([][]point[*big.Int], agents)
		for n := range th {
			kept[n] = th[n].done()
		}
		return kept, sorted, nil
	}

	kept, sorted, err := feed(func(yield func(int) bool) {
		for i := range balances {
			if !yield(i) {
				return
			}
		}
	})
	if err != nil || sorted {
		return kept, err
	}
	perm := make([]int, len(balances))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(i, j int) bool { return balances[perm[i]].T < balances[perm[j]].T })
	kept, _, err = feed(func(yield func(int) bool) {
		for _, i := range perm {
			if !yield(i) {
				return
			}
		}
	})
	return kept, err
}

// percenter turns an agent's balances into percentages of its start balance.
type percenter struct {
	start *big.Float
	num   big.Int
	x, q  big.Float
}

// newPercenter prepares the conversion for one agent; start must be positive.
func newPercenter(start *big.Int) *percenter {
	// SetInt on a Float of precision zero takes as many bits as the integer has, so start is held exactly.
	return &percenter{start: new(big.Float).SetInt(start)}
}

// percent is 100·b/start rounded once, to the nearest float64. Wei amounts pass 2^53 long before they
// reach a single ether, so converting each to float64 before dividing would round three times; here the
// product is exact, the quotient is rounded once to float64's 53 bits, and the same as big.Rat's Float64
// would give (percentages are far from float64's subnormal range, the only place the two could differ)
// at a third of its cost, which counts when tens of thousands of points are drawn.
func (p *percenter) percent(b *big.Int) float64 {
	p.num.Mul(b, big.NewInt(100))
	p.x.SetPrec(0).SetInt(&p.num)
	f, _ := p.q.SetPrec(53).Quo(&p.x, p.start).Float64()
	return f
}

// days turns simulated seconds into the x axis's unit.
func days(t uint64) float64 {
	return float64(t) / secondsPerDay
}

// cmpFloat orders accuracies for the thinning.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
