// Package chart draws what the simulator produced, with gonum/plot: one run's balances and accuracy over
// time (Run), and a summary of a parameter sweep as grouped bars (Sweep). Figures are written as PNG or SVG
// (Save, WriteRun).
//
// The run figure follows 0xDeCA10B's saved-run plots, so ours and theirs read alike: time in days along x,
// "Percent" along y, each agent's balance as a percentage of what it started with, the model's accuracy, and
// the accuracy of a model trained on all the data as a horizontal line. Honest agents are green and dotted,
// malicious ones red and dashed, agents that only call the model blue and dash-dotted, accuracy black and
// solid.
package chart

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/sumkit/sumkit/sim"
)

const (
	// DefaultWidth and DefaultHeight size the figures WriteRun and WriteSweep write when Options leave the
	// size unset: wide enough for a legend beside months of data, and at 96 dpi a PNG of 768×480 pixels.
	DefaultWidth  = 8 * vg.Inch
	DefaultHeight = 5 * vg.Inch

	// DefaultBuckets is how many time slices the run figure keeps detail for when Options.Buckets is zero:
	// about twice the pixel width of a DefaultWidth PNG, so the thinning never shows, yet a run of millions
	// of balance changes draws in a few thousand points per agent.
	DefaultBuckets = 2000

	// MaxAgentsInLegend is how many agents the run figure's legend names one by one; beyond it the legend
	// has one entry per kind of agent ("25 honest agents"), which is all that can be matched to lines
	// anyway once there are that many.
	MaxAgentsInLegend = 12

	// secondsPerDay turns simulated seconds into the days the x axis counts in.
	secondsPerDay = 24 * 60 * 60
)

// Options adjust the run figure. The zero value gives the default figure.
type Options struct {
	// Title replaces the generated title (dataset, model, mechanism) when not empty.
	Title string
	// Width and Height size the files WriteRun writes; zero means DefaultWidth and DefaultHeight.
	Width, Height vg.Length
	// Buckets is how many equal time slices the thinning of long series works in; zero means
	// DefaultBuckets. Within a slice at most four points of a series are kept (first, lowest, highest,
	// last), so a larger number keeps more detail and draws more slowly.
	Buckets int
}

// Run builds the figure of one run: each agent's balance as a percentage of its start balance, drawn as a
// step function that holds each value until the next change and runs on to the end of the run; the
// model's accuracy in percent; and the full-data baseline accuracy as a horizontal line when the result has
// one. The figure can be written with Save.
//
// Long runs are thinned before drawing: time is cut into Options.Buckets slices, narrower than a pixel at
// the default size, and a slice with more than four points of a line keeps only its first, lowest,
// highest and last, which is all that would show. Two million balance changes draw in well under a second.
//
// It fails on a nil or empty result (no agents, or neither balances nor accuracies), on an agent whose
// start balance is missing, zero or negative (there is no percentage of it), on a balance of an agent the
// result does not list, and on an accuracy that is not a number.
func Run(r *sim.Result, opts Options) (*plot.Plot, error) {
	lines, err := runSeries(r, opts)
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.Title.Text = opts.Title
	if p.Title.Text == "" {
		p.Title.Text = runTitle(r)
	}
	p.X.Label.Text = "Time (days)"
	p.Y.Label.Text = "Percent"
	p.Add(plotter.NewGrid())
	for _, s := range lines {
		p.Add(edgeBoxes{s.line})
	}
	for _, s := range legendEntries(lines, MaxAgentsInLegend) {
		p.Legend.Add(s.label, s.line)
	}
	// Zero stays in view so a balance that has fallen to nothing reads as nothing, not as the bottom of
	// an arbitrary range.
	p.Y.Min = math.Min(p.Y.Min, 0)
	// Balances start at 100% and accuracy stays under it, so early in a run the lower left is the area
	// least likely to be covered by lines.
	p.Legend.Top = false
	p.Legend.Left = true
	p.Legend.XOffs = vg.Points(6)
	p.Legend.YOffs = vg.Points(6)
	return p, nil
}

// runTitle names what was simulated, so a figure lifted out of its report still says what it shows.
func runTitle(r *sim.Result) string {
	name := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return "unknown"
		}
		return s
	}
	title := fmt.Sprintf("Dataset: %s · Model: %s · Mechanism: %s", name(r.Dataset), name(r.Model), name(r.Mechanism))
	if r.InitTrainDataPortion > 0 {
		title += fmt.Sprintf("\nInitially trained on %.3g%% of the training data, seed %d", 100*r.InitTrainDataPortion, r.Seed)
	}
	return title
}

// Save writes p to path at w×h, as PNG or SVG according to the path's extension (.png or .svg, in any
// case). Other extensions are refused rather than guessed at, so a typo does not produce a file in an
// unexpected format.
func Save(p *plot.Plot, path string, w, h vg.Length) error {
	if p == nil {
		return errors.New("chart: save: no plot")
	}
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	if format != "png" && format != "svg" {
		return fmt.Errorf("chart: save %s: extension must be .png or .svg", path)
	}
	// Rendering before creating the file means a failure leaves no empty or half-written file behind.
	wt, err := p.WriterTo(w, h, format)
	if err != nil {
		return fmt.Errorf("chart: render %s: %w", path, err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("chart: save: %w", err)
	}
	if _, err := wt.WriteTo(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("chart: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("chart: write %s: %w", path, err)
	}
	return nil
}

// WriteRun draws r with Run and writes it twice, as base+".png" for reading and base+".svg" for print and
// the web, at the size opts give (DefaultWidth×DefaultHeight when unset). It returns the two paths written.
func WriteRun(r *sim.Result, base string, opts Options) ([]string, error) {
	p, err := Run(r, opts)
	if err != nil {
		return nil, err
	}
	return writeBoth(p, base, opts.Width, opts.Height)
}

// writeBoth saves p as base.png and base.svg, filling in the default size.
func writeBoth(p *plot.Plot, base string, w, h vg.Length) ([]string, error) {
	if w <= 0 {
		w = DefaultWidth
	}
	if h <= 0 {
		h = DefaultHeight
	}
	paths := []string{base + ".png", base + ".svg"}
	for _, path := range paths {
		if err := Save(p, path, w, h); err != nil {
			return nil, err
		}
	}
	return paths, nil
}

// edgeBoxes draws a plotter.Line but gives the plot the glyph boxes of its outermost points only. The plot
// uses glyph boxes to pad its edges so that no line is cut in half along them, and Line gives one for
// every point, which for thousands of points a line costs more than drawing it; the outermost points
// alone give the same padding.
type edgeBoxes struct {
	*plotter.Line
}

// GlyphBoxes implements plot.GlyphBoxer.
func (e edgeBoxes) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	if len(e.XYs) == 0 {
		return nil
	}
	var left, right, low, high plotter.XY = e.XYs[0], e.XYs[0], e.XYs[0], e.XYs[0]
	for _, xy := range e.XYs {
		if xy.X < left.X {
			left = xy
		}
		if xy.X > right.X {
			right = xy
		}
		if xy.Y < low.Y {
			low = xy
		}
		if xy.Y > high.Y {
			high = xy
		}
	}
	outer := plotter.Line{XYs: plotter.XYs{left, right, low, high}, LineStyle: e.LineStyle}
	return outer.GlyphBoxes(p)
}

// rgb is a shorthand for the opaque colours the styles are made of.
func rgb(r, g, b uint8) color.Color {
	return color.RGBA{R: r, G: g, B: b, A: 0xff}
}
