package chart

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// SweepRow is one grid point of a sweep: a label for the x axis (such as "deposit=1e15 refund=7d") and
// the figures measured there by name (such as "honest balance %", "malicious balance %", "accuracy %").
// A name a row lacks draws no bar for that row.
type SweepRow struct {
	Label  string
	Values map[string]float64
}

// SweepOptions adjust the sweep figure. The zero value gives the default figure.
type SweepOptions struct {
	// Title is the figure's title; empty leaves the generic "Sweep summary".
	Title string
	// YLabel names the y axis; empty means "Percent", the unit of balances relative to the start and of
	// accuracy.
	YLabel string
	// Series orders the bars within each group and the legend. Empty means every name found in the rows,
	// sorted; when given, names the rows hold but Series does not are left out.
	Series []string
	// Reference, when ReferenceLabel is not empty, is drawn as a horizontal line: 100 with "start balance"
	// shows at a glance who gained and who lost.
	Reference      float64
	ReferenceLabel string
	// Width and Height size the files WriteSweep writes; zero means DefaultWidth and DefaultHeight.
	Width, Height vg.Length
}

// Sweep builds the summary figure of a sweep: one group of bars per row, in the order given, one bar per
// series within each group, each bar labelled with its value while there are few enough to stay legible.
// It fails when there are no rows or no series, or a value is not a finite number.
func Sweep(rows []SweepRow, opts SweepOptions) (*plot.Plot, error) {
	if len(rows) == 0 {
		return nil, errors.New("chart: sweep: no rows")
	}
	names := opts.Series
	if len(names) == 0 {
		set := make(map[string]bool)
		for _, r := range rows {
			for name := range r.Values {
				set[name] = true
			}
		}
		for name := range set {
			names = append(names, name)
		}
		sort.Strings(names)
	}
	if len(names) == 0 {
		return nil, errors.New("chart: sweep: the rows hold no values")
	}
	for _, r := range rows {
		for name, v := range r.Values {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("chart: sweep: row %q: %s is %v", r.Label, name, v)
			}
		}
	}

	p := plot.New()
	p.Title.Text = opts.Title
	if p.Title.Text == "" {
		p.Title.Text = "Sweep summary"
	}
	p.Y.Label.Text = opts.YLabel
	if p.Y.Label.Text == "" {
		p.Y.Label.Text = "Percent"
	}
	grid := plotter.NewGrid()
	// Vertical grid lines would fall through the middle of each group of bars.
	grid.Vertical.Color = nil
	p.Add(grid)

	bars := &groupedBars{rows: rows, names: names, labels: p.Y.Tick.Label}
	bars.labels.Font.Size = vg.Points(7)
	// Values printed on the bars help only while they fit over them.
	bars.showValues = len(rows)*len(names) <= 40
	for i, name := range names {
		bars.colors = append(bars.colors, seriesColor(name, i))
	}
	p.Add(bars)
	for i, name := range names {
		p.Legend.Add(name, swatch{bars.colors[i]})
	}
	if opts.ReferenceLabel != "" {
		ref := &plotter.Line{
			XYs:       plotter.XYs{{X: -0.5, Y: opts.Reference}, {X: float64(len(rows)) - 0.5, Y: opts.Reference}},
			LineStyle: draw.LineStyle{Color: color.Black, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}},
		}
		p.Add(ref)
		p.Legend.Add(opts.ReferenceLabel, ref)
	}

	labels := make([]string, len(rows))
	long := len(rows) > 6
	for i, r := range rows {
		labels[i] = r.Label
		long = long || len(r.Label) > 12
	}
	p.NominalX(labels...)
	if long {
		// Slanted, long grid-point labels stay apart instead of running into each other.
		p.X.Tick.Label.Rotation = math.Pi / 6
		p.X.Tick.Label.XAlign = draw.XRight
		p.X.Tick.Label.YAlign = draw.YCenter
	}
	p.Y.Min = math.Min(p.Y.Min, 0)
	// Room above the tallest bar for its value and for the legend, which sits at the top: about a
	// twentieth of the default height per legend line.
	entries := len(names)
	if opts.ReferenceLabel != "" {
		entries++
	}
	p.Y.Max += (0.05 + 0.06*float64(entries)) * (p.Y.Max - p.Y.Min)
	p.Legend.Top = true
	return p, nil
}

// seriesColor gives a sweep's series the colour its name suggests, so that the sweep reads like the run
// figures: honest green, malicious red, model callers blue, accuracy dark grey. Other names take the
// i-th colour of gonum's palette.
func seriesColor(name string, i int) color.Color {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "malicious") || strings.Contains(n, "bad"):
		return rgb(0xd6, 0x27, 0x28)
	case strings.Contains(n, "honest") || strings.Contains(n, "good"):
		return rgb(0x2c, 0xa0, 0x2c)
	case strings.Contains(n, "call"):
		return rgb(0x1f, 0x77, 0xb4)
	case strings.Contains(n, "accuracy"):
		return rgb(0x55, 0x55, 0x55)
	}
	return plotutil.Color(i)
}

// WriteSweep draws rows with Sweep and writes base+".png" and base+".svg" at the size opts give
// (DefaultWidth×DefaultHeight when unset). It returns the two paths written.
func WriteSweep(rows []SweepRow, base string, opts SweepOptions) ([]string, error) {
	p, err := Sweep(rows, opts)
	if err != nil {
		return nil, err
	}
	return writeBoth(p, base, opts.Width, opts.Height)
}

// groupedBars draws every series of a sweep as bars side by side over each row. gonum's BarChart sizes
// bars in absolute lengths and has no notion of a missing value; this plotter sizes them in data units,
// so groups fill their slot at any figure size, and skips what a row lacks.
type groupedBars struct {
	rows       []SweepRow
	names      []string
	colors     []color.Color
	labels     draw.TextStyle
	showValues bool
}

// groupWidth is the share of each row's slot the bars take, leaving a gap between groups.
const groupWidth = 0.8

// Plot implements plot.Plotter.
func (g *groupedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	bar := groupWidth / float64(len(g.names))
	outline := draw.LineStyle{Color: color.Black, Width: vg.Points(0.5)}
	for r, row := range g.rows {
		for s, name := range g.names {
			v, ok := row.Values[name]
			if !ok {
				continue
			}
			x0 := float64(r) - groupWidth/2 + float64(s)*bar
			pts := []vg.Point{
				{X: trX(x0), Y: trY(0)},
				{X: trX(x0), Y: trY(v)},
				{X: trX(x0 + bar), Y: trY(v)},
				{X: trX(x0 + bar), Y: trY(0)},
			}
			c.FillPolygon(g.colors[s], c.ClipPolygonXY(pts))
			c.StrokeLines(outline, c.ClipLinesXY(append(pts, pts[0]))...)
			if g.showValues {
				at := vg.Point{X: trX(x0 + bar/2), Y: trY(v)}
				sty := g.labels
				sty.XAlign = draw.XCenter
				sty.YAlign = draw.YBottom
				if v < 0 {
					sty.YAlign = draw.YTop
				}
				c.FillText(sty, at, strconv.FormatFloat(v, 'f', 1, 64))
			}
		}
	}
}

// DataRange implements plot.DataRanger: the row slots along x, and every value and zero, where bars start,
// along y.
func (g *groupedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = -0.5, float64(len(g.rows))-0.5
	for _, row := range g.rows {
		for _, name := range g.names {
			if v, ok := row.Values[name]; ok {
				ymin = math.Min(ymin, v)
				ymax = math.Max(ymax, v)
			}
		}
	}
	return xmin, xmax, ymin, ymax
}

// swatch is a legend entry's filled box in a series' colour.
type swatch struct {
	color color.Color
}

// Thumbnail implements plot.Thumbnailer.
func (s swatch) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{
		{X: c.Min.X, Y: c.Min.Y},
		{X: c.Min.X, Y: c.Max.Y},
		{X: c.Max.X, Y: c.Max.Y},
		{X: c.Max.X, Y: c.Min.Y},
	}
	c.FillPolygon(s.color, c.ClipPolygonY(pts))
}
