// Package progress draws a progress bar for long operations: redrawn in place on a terminal (at most ten times
// a second), and as a few plain lines (at most one per tenth of the work) when the output is a file or a pipe,
// so logs stay short. A bar may wait a while before it shows, so quick operations print nothing.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
)

// width is the bar's length in characters.
const width = 30

// Bar reports progress towards a total on w.
type Bar struct {
	w     io.Writer
	label string
	unit  string
	total int
	tty   bool
	start time.Time
	// delay is how long the bar stays hidden; drawn says whether it has shown, last when it was last redrawn.
	delay time.Duration
	drawn bool
	last  time.Time
	// lastTenth is the last tenth of the work reported on a non-terminal.
	lastTenth int
}

// redrawEvery bounds how often a terminal bar is redrawn.
const redrawEvery = 100 * time.Millisecond

// New returns a bar for total units of work (unit names them, e.g. "words") on w, labelled label. It draws in
// place when w is a terminal.
func New(w io.Writer, label, unit string, total int) *Bar {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = isatty.IsTerminal(f.Fd())
	}
	return &Bar{w: w, label: label, unit: unit, total: total, tty: tty, start: time.Now(), lastTenth: -1}
}

// Delay hides the bar until d has passed since New, and returns b.
func (b *Bar) Delay(d time.Duration) *Bar {
	b.delay = d
	return b
}

// Set reports that done of the total units are done.
func (b *Bar) Set(done int) {
	done = min(max(done, 0), b.total)
	now := time.Now()
	if now.Sub(b.start) < b.delay {
		return
	}
	if b.tty {
		if done < b.total && now.Sub(b.last) < redrawEvery {
			return
		}
		b.last, b.drawn = now, true
		fmt.Fprintf(b.w, "\r%s", b.line(done))
		if done == b.total {
			fmt.Fprintln(b.w)
			b.drawn = false
		}
		return
	}
	tenth := 10
	if b.total > 0 {
		tenth = done * 10 / b.total
	}
	if tenth == b.lastTenth {
		return
	}
	b.lastTenth = tenth
	fmt.Fprintln(b.w, b.line(done))
}

// Done ends a terminal bar's line if the work stopped short of the total.
func (b *Bar) Done() {
	if b.tty && b.drawn {
		fmt.Fprintln(b.w)
		b.drawn = false
	}
}

func (b *Bar) line(done int) string {
	filled := width
	pct := 100
	if b.total > 0 {
		filled = done * width / b.total
		pct = done * 100 / b.total
	}
	return fmt.Sprintf("%s [%s%s] %3d%% %d/%d %s (%s)", b.label, strings.Repeat("=", filled), strings.Repeat(" ", width-filled),
		pct, done, b.total, b.unit, time.Since(b.start).Round(100*time.Millisecond))
}
