package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"image/color"
	"io"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Plot size: two panels side by side, at 96 dpi a PNG of 1056×432 pixels.
const (
	plotWidth  = 11 * vg.Inch
	plotHeight = 4.5 * vg.Inch
)

// WriteJSON writes r as indented JSON.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("valuation report: write JSON: %w", err)
	}
	return nil
}

// WriteCSV writes r's players as CSV, a header then one row each: player, value, stderr, rank. Numbers are
// written in the shortest form that reads back to the same float64; an infinite standard error as "inf".
func WriteCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	if err := cw.Write([]string{"player", "value", "stderr", "rank"}); err != nil {
		return fmt.Errorf("valuation report: write CSV: %w", err)
	}
	for _, p := range r.Players {
		if err := cw.Write([]string{p.Name, f(p.Value), f(float64(p.StdErr)), strconv.Itoa(p.Rank)}); err != nil {
			return fmt.Errorf("valuation report: write CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("valuation report: write CSV: %w", err)
	}
	return nil
}

// WritePlot draws r in format "png" or "svg": on the left the values from highest to lowest, with their
// standard errors as a band where there are any; on the right the accuracy as the highest- and the
// lowest-valued players are removed.
func WritePlot(w io.Writer, r *Report, format string) error {
	values, err := valuesPlot(r)
	if err != nil {
		return err
	}
	removal, err := removalPlot(r)
	if err != nil {
		return err
	}
	var canvas vg.CanvasWriterTo
	switch format {
	case "png":
		c := vgimg.New(plotWidth, plotHeight)
		canvas = vgimg.PngCanvas{Canvas: c}
	case "svg":
		canvas = vgsvg.New(plotWidth, plotHeight)
	default:
		return fmt.Errorf("%w: plot format %q: want png or svg", ErrInput, format)
	}
	tiles := draw.Tiles{Rows: 1, Cols: 2, PadTop: vg.Millimeter * 3, PadBottom: vg.Millimeter * 3, PadLeft: vg.Millimeter * 3, PadRight: vg.Millimeter * 3, PadX: vg.Millimeter * 8}
	plots := [][]*plot.Plot{{values, removal}}
	canvases := plot.Align(plots, tiles, draw.New(canvas))
	values.Draw(canvases[0][0])
	removal.Draw(canvases[0][1])
	if _, err := canvas.WriteTo(w); err != nil {
		return fmt.Errorf("valuation report: write %s: %w", format, err)
	}
	return nil
}

func valuesPlot(r *Report) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("%s values by %s, highest first", r.Method, r.By)
	p.X.Label.Text = "rank"
	p.Y.Label.Text = "value"
	sorted := slices.Clone(r.Players)
	slices.SortFunc(sorted, func(a, b Player) int { return a.Rank - b.Rank })
	line := make(plotter.XYs, len(sorted))
	lo, hi := make(plotter.XYs, len(sorted)), make(plotter.XYs, len(sorted))
	band := false
	for i, pl := range sorted {
		line[i] = plotter.XY{X: float64(i + 1), Y: pl.Value}
		se := float64(pl.StdErr)
		if se > 0 && se < 1e300 {
			band = true
		} else {
			se = 0
		}
		lo[i] = plotter.XY{X: float64(i + 1), Y: pl.Value - se}
		hi[i] = plotter.XY{X: float64(i + 1), Y: pl.Value + se}
	}
	l, err := plotter.NewLine(line)
	if err != nil {
		return nil, fmt.Errorf("valuation report: plot: %w", err)
	}
	l.Color = color.Black
	p.Add(l, plotter.NewGrid())
	if band {
		var bound *plotter.Line
		for _, xy := range []plotter.XYs{lo, hi} {
			b, err := plotter.NewLine(xy)
			if err != nil {
				return nil, fmt.Errorf("valuation report: plot: %w", err)
			}
			b.Color = color.Gray{Y: 160}
			b.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
			p.Add(b)
			bound = b
		}
		p.Legend.Add("value", l)
		p.Legend.Add("± 1 standard error", bound)
		p.Legend.Top = true
	}
	return p, nil
}

func removalPlot(r *Report) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = "point removal"
	p.X.Label.Text = "share of players removed"
	p.Y.Label.Text = "test accuracy"
	rm := r.Removal
	high, low := plotter.XYs{{X: 0, Y: rm.Full}}, plotter.XYs{{X: 0, Y: rm.Full}}
	for i, f := range rm.Fractions {
		high = append(high, plotter.XY{X: f, Y: rm.Highest[i]})
		low = append(low, plotter.XY{X: f, Y: rm.Lowest[i]})
	}
	for _, s := range []struct {
		name string
		xy   plotter.XYs
		c    color.Color
	}{{"highest-valued first", high, color.RGBA{R: 200, A: 255}}, {"lowest-valued first", low, color.RGBA{G: 140, A: 255}}} {
		l, pts, err := plotter.NewLinePoints(s.xy)
		if err != nil {
			return nil, fmt.Errorf("valuation report: plot: %w", err)
		}
		l.Color, pts.Color = s.c, s.c
		p.Add(l, pts)
		p.Legend.Add(s.name, l, pts)
	}
	p.Add(plotter.NewGrid())
	// Bottom left: both curves start at the full accuracy, high on the left, and the falling one ends low on
	// the right, so the corner they leave free is that one.
	p.Legend.Left = true
	return p, nil
}
