//go:build unix

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sumkit/sumkit/devnet"
	"github.com/sumkit/sumkit/encoder"
	"github.com/sumkit/sumkit/model"
	"github.com/sumkit/sumkit/sdk/trainer"
)

const (
	// anvilRel is where `make tools` installs anvil, relative to the repository root.
	anvilRel = "node_modules/.bin/anvil"
	// requireAnvilEnv, set to 1, turns a missing anvil from a skip into a failure, so that CI cannot pass by
	// skipping.
	requireAnvilEnv = "SUMKIT_REQUIRE_ANVIL"
	// anvilChainID is anvil's default chain id, on which --dev-account is refused.
	anvilChainID = 31337
	// anvilStartTimeout bounds starting anvil: node, then the native binary it wraps, then the socket.
	anvilStartTimeout = 30 * time.Second
	// anvilStopTimeout is how long anvil gets to exit on SIGTERM before it is killed.
	anvilStopTimeout = 10 * time.Second
	// commandTimeout bounds one run of the binary; a deployment waits for a few receipts, about a second each.
	commandTimeout = 2 * time.Minute
	// logLines is how many of anvil's last output lines are kept, to show when a test fails.
	logLines = 80
	// password unlocks every key of a test wallet.
	password = "e2e password"
)

// Fixtures, relative to the repository root.
const (
	imdbModelRel = "testdata/models/imdb-sparse-perceptron.json"
	imdbVocabRel = "testdata/models/imdb.json"
	imdbDataRel  = "testdata/datasets/sentiment_labelled_sentences/imdb_labelled.txt"
)

// suite is what TestMain prepares for every test.
var suite struct {
	// root is the repository root.
	root string
	// bin is the sumkit binary built for this run; empty when anvil is missing, as every test then stops first.
	bin string
}

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

// testMain builds the binary once for all tests, so that each command run costs a process start, not a build.
func testMain(m *testing.M) int {
	root, err := repoRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	suite.root = root
	if _, err := os.Stat(filepath.Join(root, anvilRel)); err == nil {
		dir, err := os.MkdirTemp("", "sumkit-e2e-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e: make a folder for the binary:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		// Every sumkit process this run starts keeps its journal of sent transactions here, not in the user's
		// state folder, so that one run's unfinished sends never meet another's on a fresh anvil.
		if err := os.Setenv("SUMKIT_JOURNAL", filepath.Join(dir, "journal")); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: set SUMKIT_JOURNAL:", err)
			return 1
		}
		if suite.bin, err = buildSumkit(root, dir); err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
	}
	return m.Run()
}

// repoRoot finds the repository root: the nearest folder up from the working directory that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find the repository root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find the repository root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// buildSumkit builds ./cmd/sumkit of the module at root into dir and returns the binary's path.
func buildSumkit(root, dir string) (string, error) {
	bin := filepath.Join(dir, "sumkit")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/sumkit")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/sumkit: %w\n%s", err, out)
	}
	return bin, nil
}

// fixture is the absolute path of rel, a path relative to the repository root.
func fixture(rel string) string { return filepath.Join(suite.root, rel) }

// anvilPath returns anvil's path, or stops the test where it is not installed: a skip, or a failure under
// SUMKIT_REQUIRE_ANVIL=1.
func anvilPath(t *testing.T) string {
	t.Helper()
	path := fixture(anvilRel)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv(requireAnvilEnv) == "1" {
			t.Fatalf("anvil is not installed at %s (%v) and %s=1: run `make tools`", path, err, requireAnvilEnv)
		}
		t.Skipf("anvil is not installed at %s: run `make tools` to run the end-to-end tests", path)
	}
	return path
}

// node is a running anvil and clients connected to it.
type node struct {
	url    string
	client *ethclient.Client
	rpc    *rpc.Client
}

// errPortTaken says anvil could not bind its port, which another process took after freePort released it.
var errPortTaken = errors.New("port taken")

// startNode starts anvil on a free loopback port with chainID and connects to it; cleanup stops it. A port
// taken between choosing it and anvil binding it is retried with another.
func startNode(t *testing.T, chainID uint64) *node {
	t.Helper()
	path := anvilPath(t)
	var errs []error
	for range 3 {
		port, err := freePort()
		if err != nil {
			t.Fatalf("choose a port for anvil: %v", err)
		}
		p, err := launchAnvil(path, port, chainID)
		if err != nil {
			errs = append(errs, err)
			if errors.Is(err, errPortTaken) {
				continue
			}
			break
		}
		t.Cleanup(func() {
			p.stop()
			if t.Failed() {
				t.Logf("anvil on port %d, last lines of its output:\n%s", port, p.log.tail())
			}
		})
		n, err := dialNode(t.Context(), p.url, chainID)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(n.client.Close)
		return n
	}
	t.Fatalf("start anvil: %v", errors.Join(errs...))
	return nil
}

// freePort returns a loopback port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// closedPort returns a loopback port that refuses connections for the rest of the test. A socket bound to it
// and never listening holds it, so that no other test's node can take it meanwhile.
func closedPort(t *testing.T) int {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatalf("open a socket: %v", err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatalf("bind a loopback port: %v", err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatalf("read the bound port: %v", err)
	}
	return sa.(*syscall.SockaddrInet4).Port
}

// anvilProcess is a started anvil.
type anvilProcess struct {
	url string
	pid int
	log *lineLog
	// exited is closed once the process has exited.
	exited chan struct{}
}

// launchAnvil starts anvil on port and returns once it says it listens there. Its own "Listening on" line is
// the signal, rather than an answer on the port, which could come from another test's node on a reused port.
func launchAnvil(path string, port int, chainID uint64) (*anvilProcess, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("start anvil: %w", err)
	}
	cmd := exec.Command(path, "--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(chainID, 10))
	cmd.Stdout, cmd.Stderr = w, w
	// The npm package's anvil is a node script that spawns the native binary; a process group of their own
	// lets stop signal both.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	w.Close()
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("start %s: %w", path, err)
	}
	p := &anvilProcess{
		url:    fmt.Sprintf("http://127.0.0.1:%d", port),
		pid:    cmd.Process.Pid,
		log:    &lineLog{},
		exited: make(chan struct{}),
	}
	listening := make(chan struct{})
	want := fmt.Sprintf("Listening on 127.0.0.1:%d", port)
	// Drain the output for anvil's whole life: it logs every request and would block on a full pipe.
	go func() {
		defer r.Close()
		var once sync.Once
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			p.log.add(sc.Text())
			if strings.Contains(sc.Text(), want) {
				once.Do(func() { close(listening) })
			}
		}
		_, _ = io.Copy(io.Discard, r)
	}()
	go func() {
		_ = cmd.Wait()
		close(p.exited)
	}()

	timer := time.NewTimer(anvilStartTimeout)
	defer timer.Stop()
	select {
	case <-listening:
		return p, nil
	case <-p.exited:
		p.stop() // the native binary may outlive the wrapper
		if strings.Contains(p.log.tail(), "Address already in use") {
			return nil, fmt.Errorf("anvil on port %d: %w", port, errPortTaken)
		}
		return nil, fmt.Errorf("anvil exited before listening on port %d; its output:\n%s", port, p.log.tail())
	case <-timer.C:
		p.stop()
		return nil, fmt.Errorf("anvil did not listen on port %d within %s; its output:\n%s", port, anvilStartTimeout, p.log.tail())
	}
}

// stop ends anvil's process group, politely first, and waits for the wrapper to exit.
func (p *anvilProcess) stop() {
	_ = syscall.Kill(-p.pid, syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(anvilStopTimeout):
		_ = syscall.Kill(-p.pid, syscall.SIGKILL)
		<-p.exited
	}
	// Whatever of the group is left once the wrapper has gone (nothing, normally).
	_ = syscall.Kill(-p.pid, syscall.SIGKILL)
}

// lineLog keeps the last logLines lines written to it; its methods are safe for concurrent use.
type lineLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *lineLog) add(line string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, line)
	if len(l.lines) > 2*logLines {
		l.lines = slices.Clone(l.lines[len(l.lines)-logLines:])
	}
}

func (l *lineLog) tail() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines[max(0, len(l.lines)-logLines):], "\n")
}

// dialNode connects to the node at url and checks that it answers eth_chainId with chainID.
func dialNode(ctx context.Context, url string, chainID uint64) (*node, error) {
	ctx, cancel := context.WithTimeout(ctx, anvilStartTimeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial anvil at %s: %w", url, err)
	}
	client := ethclient.NewClient(rc)
	// anvil prints its address as it binds; poll, within the deadline, in case it answers a moment later.
	for {
		id, err := client.ChainID(ctx)
		if err == nil {
			if !id.IsUint64() || id.Uint64() != chainID {
				client.Close()
				return nil, fmt.Errorf("anvil at %s is on chain %s, want %d", url, id, chainID)
			}
			return &node{url: url, client: client, rpc: rc}, nil
		}
		select {
		case <-ctx.Done():
			client.Close()
			return nil, fmt.Errorf("anvil at %s does not answer eth_chainId: %w", url, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// advance moves the node's clock forward by seconds and mines a block at the new time, as a wait would.
func (n *node) advance(t *testing.T, seconds uint64) {
	t.Helper()
	if err := n.rpc.CallContext(t.Context(), nil, "evm_increaseTime", seconds); err != nil {
		t.Fatalf("evm_increaseTime %d: %v", seconds, err)
	}
	if err := n.rpc.CallContext(t.Context(), nil, "evm_mine"); err != nil {
		t.Fatalf("evm_mine: %v", err)
	}
}

func (n *node) balance(t *testing.T, addr common.Address) *big.Int {
	t.Helper()
	b, err := n.client.BalanceAt(t.Context(), addr, nil)
	if err != nil {
		t.Fatalf("read the balance of %s: %v", addr, err)
	}
	return b
}

// receipt reads the receipt of the transaction whose hash a command printed.
func (n *node) receipt(t *testing.T, hash string) *types.Receipt {
	t.Helper()
	r, err := n.client.TransactionReceipt(t.Context(), common.HexToHash(hash))
	if err != nil {
		t.Fatalf("read the receipt of %s: %v", hash, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s failed", hash)
	}
	return r
}

// fee is what r's sender paid for gas.
func fee(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// state is what a refused command must leave as it was: the head block, and the balance and nonce of every
// account that matters.
type state struct {
	block    uint64
	balances map[common.Address]*big.Int
	nonces   map[common.Address]uint64
}

func (n *node) state(t *testing.T, addrs ...common.Address) state {
	t.Helper()
	ctx := t.Context()
	block, err := n.client.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("read the block number: %v", err)
	}
	s := state{block: block, balances: map[common.Address]*big.Int{}, nonces: map[common.Address]uint64{}}
	for _, a := range addrs {
		s.balances[a] = n.balance(t, a)
		if s.nonces[a], err = n.client.NonceAt(ctx, a, nil); err != nil {
			t.Fatalf("read the nonce of %s: %v", a, err)
		}
	}
	return s
}

// changes lists how after differs from s.
func (s state) changes(after state) []string {
	var out []string
	if after.block != s.block {
		out = append(out, fmt.Sprintf("head block %d -> %d", s.block, after.block))
	}
	for a, b := range s.balances {
		if after.balances[a].Cmp(b) != 0 {
			out = append(out, fmt.Sprintf("balance of %s %s -> %s", a, b, after.balances[a]))
		}
		if after.nonces[a] != s.nonces[a] {
			out = append(out, fmt.Sprintf("nonce of %s %d -> %d", a, s.nonces[a], after.nonces[a]))
		}
	}
	return out
}

// event decodes the one log of r that contract at emitted and unpack reads, failing the test unless there is
// exactly one.
func event[E any](t *testing.T, r *types.Receipt, at common.Address, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	var found []*E
	for _, l := range r.Logs {
		if l.Address != at {
			continue
		}
		if ev, err := unpack(l); err == nil {
			found = append(found, ev)
		}
	}
	if len(found) != 1 {
		t.Fatalf("transaction %s has %d such events from %s, want 1", r.TxHash, len(found), at)
	}
	return found[0]
}

// wallet is a go-ethereum keystore holding anvil's first accounts, all under one password.
type wallet struct {
	dir          string
	passwordFile string
	accounts     []devnet.Account
}

// newWallet imports anvil's first n accounts into a fresh keystore. Light scrypt keeps unlocking, which every
// sending command does, quick.
func newWallet(t *testing.T, n int) *wallet {
	t.Helper()
	accounts, err := devnet.DeriveAccounts(devnet.Mnemonic, n)
	if err != nil {
		t.Fatalf("derive anvil's accounts: %v", err)
	}
	dir := t.TempDir()
	w := &wallet{dir: filepath.Join(dir, "keystore"), passwordFile: filepath.Join(dir, "password"), accounts: accounts}
	ks := keystore.NewKeyStore(w.dir, keystore.LightScryptN, keystore.LightScryptP)
	for i, a := range accounts {
		if _, err := ks.ImportECDSA(a.Key, password); err != nil {
			t.Fatalf("import account %d into the keystore: %v", i, err)
		}
	}
	if err := os.WriteFile(w.passwordFile, []byte(password+"\n"), 0o600); err != nil {
		t.Fatalf("write the password file: %v", err)
	}
	return w
}

func (w *wallet) addr(i int) common.Address { return w.accounts[i].Address }

// addrs is every account's address.
func (w *wallet) addrs() []common.Address {
	out := make([]common.Address, len(w.accounts))
	for i, a := range w.accounts {
		out[i] = a.Address
	}
	return out
}

// as is the flags that send from account i.
func (w *wallet) as(i int) []string {
	return []string{"--keystore", w.dir, "--account", w.addr(i).Hex(), "--password-file", w.passwordFile}
}

// result is one run of the binary.
type result struct {
	args           []string
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("sumkit %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(r.args, " "), r.code, r.stdout, r.stderr)
}

// runSumkit runs the binary with args in a fresh folder, so that a default output path lands nowhere that
// matters.
func runSumkit(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, suite.bin, args...)
	cmd.Dir = t.TempDir()
	// Every run names its node with --rpc; without SUMKIT_RPC a run that forgot would fail rather than reach a
	// node the developer has running.
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "SUMKIT_RPC=") })
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{args: args, stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("sumkit %s: not done within %s", strings.Join(args, " "), commandTimeout)
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("run sumkit %s: %v", strings.Join(args, " "), err)
	}
	return r
}

// sumkit runs command against n with args.
func (n *node) sumkit(t *testing.T, command string, args ...string) result {
	t.Helper()
	return runSumkit(t, append([]string{command, "--rpc", n.url}, args...)...)
}

// ok runs command against n and returns its stdout, failing the test unless it succeeds.
func (n *node) ok(t *testing.T, command string, args ...string) string {
	t.Helper()
	r := n.sumkit(t, command, args...)
	if r.code != 0 {
		t.Fatalf("want success:\n%s", r)
	}
	return r.stdout
}

// checkRefused checks that r failed the way a user should see it: exit status 1, nothing on stdout, and one
// line on stderr that contains every one of want (the problem and its fix).
func checkRefused(t *testing.T, r result, want ...string) {
	t.Helper()
	checkExit(t, r, 1, want...)
}

// checkUsage is checkRefused for a command used wrongly (a bad flag value), which exits 2 as Go tools do.
func checkUsage(t *testing.T, r result, want ...string) {
	t.Helper()
	checkExit(t, r, 2, want...)
}

// checkExit checks that r exited with code, printed nothing on stdout, and printed one line on stderr that
// contains every one of want.
func checkExit(t *testing.T, r result, code int, want ...string) {
	t.Helper()
	if r.code != code || r.stdout != "" {
		t.Errorf("want exit status %d and no stdout:\n%s", code, r)
	}
	msg, ok := strings.CutSuffix(r.stderr, "\n")
	if !ok || strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "sumkit: ") {
		t.Errorf("stderr = %q, want one line starting with \"sumkit: \"", r.stderr)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("stderr = %q, want it to contain %q", msg, w)
		}
	}
}

// field returns the value of the stdout line that starts with name (such as "tx:").
func field(t *testing.T, stdout, name string) string {
	t.Helper()
	for line := range strings.SplitSeq(stdout, "\n") {
		if v, ok := strings.CutPrefix(line, name); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("no %q line in:\n%s", name, stdout)
	return ""
}

// contribution is a text to add and the label to add it with.
type contribution struct {
	text   string
	sample []int64
	label  uint64
}

// imdb is the IMDB sparse perceptron off chain, as deploy puts it on chain, with the encoder the CLI builds for
// it: it says what the deployed model will predict, so that the tests choose their data instead of guessing.
type imdb struct {
	model   *model.Model
	encoder encoder.Encoder
}

func loadIMDB(t *testing.T) *imdb {
	t.Helper()
	m, err := model.Load(fixture(imdbModelRel))
	if err != nil {
		t.Fatalf("load the IMDB model: %v", err)
	}
	if m.MaxFeatures == 0 {
		m.MaxFeatures = min(m.NumFeatures, trainer.DefaultMaxFeatures) // as deploy does
	}
	v, err := model.LoadVocabulary(fixture(imdbVocabRel))
	if err != nil {
		t.Fatalf("load the IMDB vocabulary: %v", err)
	}
	enc, err := encoder.New(encoder.NameVocabulary, encoder.WithVocabulary(v), encoder.ForModel(m))
	if err != nil {
		t.Fatalf("build the IMDB encoder: %v", err)
	}
	return &imdb{model: m, encoder: enc}
}

// sentences reads the labelled IMDB sentences, each cut down to the words the vocabulary knows, so that the
// commands print no notes about dropped words and stderr can be checked whole. Sentences left with fewer than
// three words are skipped.
func (m *imdb) sentences(t *testing.T) []contribution {
	t.Helper()
	data, err := os.ReadFile(fixture(imdbDataRel))
	if err != nil {
		t.Fatalf("read the IMDB sentences: %v", err)
	}
	var out []contribution
	for line := range strings.SplitSeq(string(data), "\n") {
		text, label, ok := strings.Cut(line, "\t")
		l, err := strconv.ParseUint(strings.TrimSpace(label), 10, 64)
		if !ok || err != nil {
			continue
		}
		_, report, err := m.encoder.EncodeReport(text)
		if err != nil {
			continue
		}
		known := slices.DeleteFunc(model.WordTokens(text), func(w string) bool {
			return slices.Contains(report.Unknown, w) || slices.Contains(report.StopWords, w)
		})
		if len(known) < 3 || strings.HasPrefix(known[0], "-") {
			continue
		}
		text = strings.Join(known, " ")
		sample, err := m.encoder.Encode(text)
		if err != nil {
			t.Fatalf("encode %q: %v", text, err)
		}
		out = append(out, contribution{text: text, sample: sample, label: l})
	}
	return out
}

// predict is the deployed model's class for c, after the updates of added, in order.
func (m *imdb) predict(t *testing.T, c contribution, added ...contribution) uint64 {
	t.Helper()
	mm := m.model.Clone()
	for _, a := range added {
		if err := mm.Update(a.sample, a.label); err != nil {
			t.Fatalf("update the model with %q: %v", a.text, err)
		}
	}
	p, err := mm.Predict(c.sample)
	if err != nil {
		t.Fatalf("predict %q: %v", c.text, err)
	}
	return p
}

// pick chooses an honest contribution (a sentence the model gets right, with its label) and a careless one (a
// sentence the model gets right, with the other label) such that, once both are added in that order, the model
// still agrees with the honest one (so it can be refunded) and still disagrees with the careless one (so it can
// be reported): a perceptron learns from the mistakes it is shown, so that is not a given.
func (m *imdb) pick(t *testing.T) (honest, careless contribution) {
	t.Helper()
	var right []contribution
	for _, s := range m.sentences(t) {
		if m.predict(t, s) == s.label {
			right = append(right, s)
		}
	}
	for i, h := range right {
		for _, c := range right[i+1:] {
			c.label = 1 - c.label
			if m.predict(t, h, h, c) == h.label && m.predict(t, c, h, c) != c.label {
				return h, c
			}
		}
	}
	t.Fatal("no pair of IMDB sentences makes an honest and a careless contribution")
	return contribution{}, contribution{}
}
