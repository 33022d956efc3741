package oracle

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// TestReorgVoidsSavedVersion has operator 1 save a version trained on contributions that a reorg then
// replaces, and die before proposing it. Restarted, it must not resume that version: it drops it, then trains
// and proposes on the canonical contributions.
func TestReorgVoidsSavedVersion(t *testing.T) {
	const base, orphaned, replacing = 20, 5, 3
	w := newWorld(t)
	w.contribute(t, base)
	fork, err := w.client.HeaderByNumber(w.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range orphaned {
		if _, err := w.trainer.AddData(w.ctx, w.tx(4), []int64{0, 1, 2, 3, int64(4 + i)}, 0, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	saved := w.crash(t, crashPoint{method: "stagePage", nth: 1, mined: true})
	if saved.Version.TrainedCount != base+orphaned {
		t.Fatalf("the saved version trained on %d contributions, want %d", saved.Version.TrainedCount, base+orphaned)
	}

	if err := w.sim.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	w.dropReinjected(t, 4)
	for i := range replacing {
		if _, err := w.trainer.AddData(w.ctx, w.tx(0), []int64{10, 11, 12, 13, 14, int64(15 + i)}, 0, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	for range orphaned {
		w.sim.Commit()
	}

	o := w.operator(t, 1)
	d, err := o.Step(w.ctx)
	if err != nil || d.Action != "reorged" {
		t.Fatalf("Step() after the reorg = %+v, %v; want the saved version dropped as reorged", d, err)
	}
	if in, err := o.state.intent(1); err != nil || in != nil {
		t.Fatalf("saved version 1 after the reorg: %v, %v; want none", in, err)
	}
	if got := newContract(w.tx(0), w.client, w.dep.Model, nil); got != nil {
		mine, err := got.proposalOf(w.ctx, w.addr(1), 1)
		if err != nil || mine != (common.Hash{}) {
			t.Fatalf("operator 1 proposed %s (%v) for the orphaned data", mine, err)
		}
	}
	d, err = o.Step(w.ctx)
	if err != nil || d.Action != "committed" {
		t.Fatalf("Step() after dropping = %+v, %v; want a new proposal", d, err)
	}
	if d.Version.TrainedCount != base+replacing || d.Version.Digest() == saved.Version.Digest() {
		t.Errorf("the new proposal trained on %d contributions (digest %s), want %d canonical ones and a new digest",
			d.Version.TrainedCount, d.Version.Digest(), base+replacing)
	}
}
