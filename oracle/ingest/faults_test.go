package ingest_test

import (
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/oracle/ingest"
)

// faultyProxy forwards JSON-RPC requests to a node, but drops the connection of some without an answer and
// stalls others for longer than the follower waits, chosen by a seeded source.
type faultyProxy struct {
	next        http.Handler
	stall       time.Duration
	mu          sync.Mutex
	rng         *rand.Rand
	drops, hang int
}

func (p *faultyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	x := p.rng.Float64()
	switch {
	case x < 0.2:
		p.drops++
	case x < 0.3:
		p.hang++
	}
	p.mu.Unlock()
	switch {
	case x < 0.2:
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
		return
	case x < 0.3:
		select {
		case <-r.Context().Done():
		case <-time.After(p.stall):
		}
		return
	}
	p.next.ServeHTTP(w, r)
}

// TestFollowThroughFaults follows a dev node's trainer once directly and once through a proxy that drops and
// stalls requests, and checks that both stores end up with the same events.
func TestFollowThroughFaults(t *testing.T) {
	ctx := t.Context()
	node, err := devnet.Start(ctx, devnet.Config{Addr: "127.0.0.1:0", Accounts: 2, InstantBlocks: true, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	direct, err := ethclient.Dial(node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(direct.Close)
	accounts := node.Accounts()
	owner := devTransactor(t, node, direct, 0)
	user := devTransactor(t, node, direct, 1)
	s := deploy(t, owner)
	var added []uint64
	for i, sample := range [][]int64{{0, 1}, {2}, {4, 5}, {3}, {6, 7}, {1, 2}} {
		r, err := s.AddData(ctx, user, sample, uint64(i%2), big.NewInt(1e18))
		if err != nil {
			t.Fatal(err)
		}
		tm, err := s.AddedTime(r)
		if err != nil {
			t.Fatal(err)
		}
		added = append(added, tm)
	}
	if _, err := node.IncreaseTime(ctx, refundWait); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Refund(ctx, user, []int64{2}, 1, added[1]); err != nil {
		t.Fatal(err)
	}
	if _, err := node.IncreaseTime(ctx, ownerClaimWait); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Report(ctx, owner, []int64{0, 1}, 0, added[0], accounts[1].Address); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		if _, err := node.Mine(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}

	meta := ingest.Meta{ChainID: devnet.ChainID, Trainer: s.Trainer, Depth: 1}
	opts := quietOptions(t)
	opts.PageBlocks = 4
	opts.CallTimeout = 100 * time.Millisecond
	want := openStore(t, t.TempDir(), meta)
	catchUp(t, ctx, ingest.NewFollower(direct, want, opts))

	target, err := url.Parse(node.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := &faultyProxy{next: httputil.NewSingleHostReverseProxy(target), stall: time.Second, rng: rand.New(rand.NewPCG(7, 7))}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	faulty, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(faulty.Close)
	got := openStore(t, t.TempDir(), meta)
	catchUp(t, ctx, ingest.NewFollower(faulty, got, opts))

	if proxy.drops == 0 || proxy.hang == 0 {
		t.Fatalf("the proxy dropped %d and stalled %d requests; want some of each", proxy.drops, proxy.hang)
	}
	t.Logf("the proxy dropped %d and stalled %d requests", proxy.drops, proxy.hang)
	wantContent := storeContent(t, want)
	if len(wantContent.Contributions) != 6 || len(wantContent.Outcomes) != 2 {
		t.Fatalf("direct store holds %d contributions and %d outcomes, want 6 and 2", len(wantContent.Contributions), len(wantContent.Outcomes))
	}
	sameContent(t, storeContent(t, got), wantContent)
}
