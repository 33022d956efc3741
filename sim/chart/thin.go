package chart

// point is one recorded value at simulated time t.
type point[V any] struct {
	t uint64
	v V
	// seq numbers the point within its time slice, so the lowest and the highest are put back in the
	// order they happened.
	seq int
}

// thinner picks which points of one series, given in time order within [0, end], are worth drawing.
//
// The run is cut into equal slices of time. A slice with at most four points keeps them all; a slice
// with more keeps its first, its lowest, its highest and its last, in time order. Slices are narrower
// than a pixel at the default size, so what is dropped would have been drawn on top of what is kept: the
// line's vertical extent within each slice, and where it enters and leaves it, stay exact. A series thus
// never has more than four points a slice however long the run, and for a step function the kept points
// are real changes at their real times.
//
// Points are taken one at a time and only the current slice is held, so thinning millions of points reads
// each once and stores no more than it returns.
type thinner[V any] struct {
	cmp   func(a, b V) int
	scale float64 // slices per second
	last  int     // the last slice's number, where the run's end falls
	cur   int     // the current slice, -1 before the first point
	n     int     // points seen in the current slice
	head  [4]point[V]
	lo    point[V]
	hi    point[V]
	tail  point[V]
	out   []point[V]
}

// newThinner thins a series over [0, end] in buckets slices, ordering values with cmp.
func newThinner[V any](end uint64, buckets int, cmp func(a, b V) int) *thinner[V] {
	th := &thinner[V]{cmp: cmp, last: buckets - 1, cur: -1}
	if end > 0 {
		th.scale = float64(buckets) / float64(end)
	}
	return th
}

// add takes the next point; t must not be before the previous point's.
func (th *thinner[V]) add(t uint64, v V) {
	s := min(int(float64(t)*th.scale), th.last)
	if s != th.cur {
		th.flush()
		th.cur = s
	}
	p := point[V]{t: t, v: v, seq: th.n}
	if th.n < len(th.head) {
		th.head[th.n] = p
	}
	// Ties keep the earliest, so a flat stretch is represented by where it began.
	if th.n == 0 || th.cmp(v, th.lo.v) < 0 {
		th.lo = p
	}
	if th.n == 0 || th.cmp(v, th.hi.v) > 0 {
		th.hi = p
	}
	th.tail = p
	th.n++
}

// flush emits what the current slice keeps.
func (th *thinner[V]) flush() {
	if th.n <= len(th.head) {
		th.out = append(th.out, th.head[:th.n]...)
		th.n = 0
		return
	}
	first, a, b := th.head[0], th.lo, th.hi
	if b.seq < a.seq {
		a, b = b, a
	}
	th.out = append(th.out, first)
	for _, p := range []point[V]{a, b, th.tail} {
		if p.seq != th.out[len(th.out)-1].seq {
			th.out = append(th.out, p)
		}
	}
	th.n = 0
}

// done returns the points kept, in time order.
func (th *thinner[V]) done() []point[V] {
	th.flush()
	return th.out
}
