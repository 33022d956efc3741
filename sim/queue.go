package sim

import "container/heap"

// event is an agent's next action at time t.
type event struct {
	t     uint64
	agent int
	// rank orders agents by address: 0xDeCA10B's queue holds (time, agent) tuples and compares agents by
	// address, so simultaneous actions go in address order.
	rank int
}

// queue is a min-heap of events by time, then rank.
type queue []event

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].t != q[j].t {
		return q[i].t < q[j].t
	}
	return q[i].rank < q[j].rank
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(event)) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func (q *queue) push(e event) { heap.Push(q, e) }
func (q *queue) pop() event   { return heap.Pop(q).(event) }
