package ingest_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sumkit/sumkit/chain"
	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/sdk/trainer"
)

// The environment that makes TestKilledFollowerChild follow a node: its URL, the store's folder, the trainer.
const (
	envChildURL     = "INGEST_TEST_CHILD_URL"
	envChildDir     = "INGEST_TEST_CHILD_DIR"
	envChildTrainer = "INGEST_TEST_CHILD_TRAINER"
)

// TestKilledFollowerChild is the process TestKilledFollower kills: it steps a follower one block at a time and
// prints a line after each step. Without the environment above it does nothing.
func TestKilledFollowerChild(t *testing.T) {
	url := os.Getenv(envChildURL)
	if url == "" {
		t.Skip("run by TestKilledFollower")
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	store, err := ingest.Open(os.Getenv(envChildDir), ingest.Meta{ChainID: devnet.ChainID, Trainer: common.HexToAddress(os.Getenv(envChildTrainer))})
	if err != nil {
		t.Fatal(err)
	}
	f := ingest.NewFollower(client, store, ingest.Options{PageBlocks: 1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for {
		if _, err := f.Step(context.Background()); err != nil {
			t.Fatal(err)
		}
		fmt.Println("step", f.Progress().Block)
	}
}

// TestKilledFollower SIGKILLs a follower process again and again, at varied points of its steps, and checks
// after each kill that the store holds exactly the chain's events up to its cursor; a last run catches up.
func TestKilledFollower(t *testing.T) {
	if os.Getenv(envChildURL) != "" {
		t.Skip("this is the child")
	}
	ctx := t.Context()
	node, err := devnet.Start(ctx, devnet.Config{Addr: "127.0.0.1:0", Accounts: 2, InstantBlocks: true, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	client, err := ethclient.Dial(node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	s := deploy(t, devTransactor(t, node, client, 0))
	user := devTransactor(t, node, client, 1)
	for i := range 30 {
		if _, err := s.AddData(ctx, user, []int64{int64(i % 8)}, uint64(i%2), big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	meta := ingest.Meta{ChainID: devnet.ChainID, Trainer: s.Trainer}
	rng := rand.New(rand.NewPCG(3, 3))
	midway := 0
	for round := 0; round < 8; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledFollowerChild$")
		cmd.Env = append(os.Environ(), envChildURL+"="+node.URL(), envChildDir+"="+dir, envChildTrainer+"="+s.Trainer.Hex())
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after a few steps, a little into the next one: anywhere from its first call to its commit.
		lines := bufio.NewScanner(out)
		for range 1 + rng.IntN(4) {
			if !lines.Scan() {
				break
			}
		}
		time.Sleep(time.Duration(rng.IntN(3000)) * time.Microsecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait() // killed: the error says so

		store, err := ingest.Open(dir, meta)
		if err != nil {
			t.Fatalf("round %d: Open() after SIGKILL error = %v", round, err)
		}
		cur, ok, err := store.Cursor()
		if err != nil || !ok {
			t.Fatalf("round %d: Cursor() = %v, %v; want the steps the child reported", round, ok, err)
		}
		sameContent(t, storeContent(t, store), chainContentTo(t, ctx, client, s.Trainer, cur.Block))
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
		if cur.Block < head {
			midway++
		}
		t.Logf("round %d: killed at block %d of %d", round, cur.Block, head)
	}
	if midway == 0 {
		t.Error("every kill came after the follower caught up; the test checks nothing")
	}

	store := openStore(t, dir, meta)
	catchUp(t, ctx, ingest.NewFollower(client, store, quietOptions(t)))
	sameContent(t, storeContent(t, store), chainContent(t, ctx, client, s.Trainer, 0))
	if n, err := store.Count(); err != nil || n.Contributions != 30 {
		t.Errorf("Count() = %+v, %v; want 30 contributions", n, err)
	}
}

// devTransactor returns a transactor for node's account i that seals its transactions at once rather than
// leaving them to the automine, which bind.WaitMined would poll for once a second.
func devTransactor(t *testing.T, node *devnet.Node, client *ethclient.Client, i int) *chain.Transactor {
	opts := bind.NewKeyedTransactor(node.Accounts()[i].Key, big.NewInt(devnet.ChainID))
	return trainer.NewTransactor(client, opts, chain.WithMiner(func() {
		if _, err := node.Mine(t.Context(), nil); err != nil {
			t.Error(err)
		}
	}))
}
