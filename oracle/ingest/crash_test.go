package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/oracle/ingest"
)

// TestReopenBetweenSteps stops after one step, as a crash between steps would, and checks that a follower on
// the reopened store neither loses nor repeats an event.
func TestReopenBetweenSteps(t *testing.T) {
	c := newTestChain(t, 2)
	history(t, c)
	dir := t.TempDir()
	opts := quietOptions(t)
	opts.PageBlocks = 4

	s, err := ingest.Open(dir, c.meta(0))
	if err != nil {
		t.Fatal(err)
	}
	first := ingest.NewFollower(c.client, s, opts)
	if caughtUp, err := first.Step(c.ctx); err != nil || caughtUp {
		t.Fatalf("first Step() = %v, %v; want one range of several", caughtUp, err)
	}
	before := first.Progress()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, dir, c.meta(0))
	cur, ok, err := s.Cursor()
	if err != nil || !ok || cur.Block != before.Block {
		t.Fatalf("Cursor() after reopening = %+v, %v, %v; want block %d", cur, ok, err, before.Block)
	}
	second := ingest.NewFollower(c.client, s, opts)
	catchUp(t, c.ctx, second)
	want := chainContent(t, c.ctx, c.client, c.stack.Trainer, 0)
	sameContent(t, storeContent(t, s), want)
	if got := before.Events + second.Progress().Events; got != uint64(len(want.Contributions)+len(want.Outcomes)) {
		t.Errorf("the two followers ingested %d events, want %d", got, len(want.Contributions)+len(want.Outcomes))
	}
}

// cancelAfterLogs cancels a step's context once the step's log query has answered, before its checks finish.
type cancelAfterLogs struct {
	ingest.Client
	cancel context.CancelFunc
	logs   int
}

func (c *cancelAfterLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	c.logs += len(logs)
	c.cancel()
	return logs, err
}

// TestCancelledStepStoresNothing cancels a step midway through a range with events and checks that none of
// the range was stored, then that the range is ingested whole by the next run.
func TestCancelledStepStoresNothing(t *testing.T) {
	c := newTestChain(t, 2)
	history(t, c)
	dir := t.TempDir()
	s, err := ingest.Open(dir, c.meta(0))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(c.ctx)
	node := &cancelAfterLogs{Client: c.client, cancel: cancel}
	_, err = ingest.NewFollower(node, s, quietOptions(t)).Step(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Step() error = %v, want context.Canceled", err)
	}
	if node.logs == 0 {
		t.Fatal("the cancelled range held no events; the test checks nothing")
	}
	if cur, ok, err := s.Cursor(); ok || err != nil {
		t.Errorf("Cursor() after a cancelled step = %+v, %v, %v; want none", cur, ok, err)
	}
	if n, err := s.Count(); n != (ingest.Counts{}) || err != nil {
		t.Errorf("Count() after a cancelled step = %+v, %v; want none", n, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, dir, c.meta(0))
	catchUp(t, c.ctx, ingest.NewFollower(c.client, s, quietOptions(t)))
	sameContent(t, storeContent(t, s), chainContent(t, c.ctx, c.client, c.stack.Trainer, 0))
}

// downNode fails every call, as a node that is down does.
type downNode struct{ ingest.Client }

func (downNode) BlockNumber(context.Context) (uint64, error) {
	return 0, errors.New("connection refused")
}

// TestFollowStopsWhenCancelled cancels Follow while it waits a long backoff for a node that is down: it must
// return the cancellation at once rather than finish the wait.
func TestFollowStopsWhenCancelled(t *testing.T) {
	c := newTestChain(t, 1)
	opts := quietOptions(t)
	opts.Backoff = ingest.Backoff{Initial: time.Hour, Max: time.Hour}
	f := ingest.NewFollower(downNode{c.client}, openStore(t, t.TempDir(), c.meta(0)), opts)
	ctx, cancel := context.WithCancel(c.ctx)
	done := make(chan error, 1)
	go func() { done <- f.Follow(ctx) }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "connection refused") {
			t.Errorf("Follow() error = %v, want context.Canceled with the last failure", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Follow() still waiting 10s after its context was cancelled")
	}
}
