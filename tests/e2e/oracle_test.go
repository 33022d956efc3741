//go:build unix

package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
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

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sumkit/sumkit/bindings"
	"github.com/sumkit/sumkit/oracle"
	"github.com/sumkit/sumkit/oracle/ingest"
	"github.com/sumkit/sumkit/oracle/train"
)

// Who does what in the oracle tests: account 0 deploys, 1 to 3 are the committee (threshold 2), 4 contributes.
const (
	oracleOwner       = 0
	operatorA         = 1
	operatorB         = 2
	operatorC         = 3
	oracleContributor = 4
	oracleAccounts    = 5
)

const (
	// oracleFeatures is how many features the oracle tests' samples have.
	oracleFeatures = 20
	// oraclePoll is the operators' poll interval: short, so that the tests wait little between cycles.
	oraclePoll = "200ms"
	// oracleWait bounds waiting for an operator to reach a point: a log line, an RPC call, an active version.
	oracleWait = 30 * time.Second
	// oracleStopTimeout is how soon an operator must exit after SIGTERM (between two steps) or SIGKILL.
	oracleStopTimeout = 5 * time.Second
)

// oracleSample draws a sample of a planted concept: class 1 draws its features mostly from 0-9, class 0 mostly
// from 10-19, so that more data trains a better model than the few initial samples.
func oracleSample(rng *rand.Rand) ([]int64, uint64) {
	y := rng.Uint64N(2)
	x := make([]int64, 4)
	for i := range x {
		f := int64(rng.IntN(10))
		if (y == 0) != (rng.IntN(5) == 0) {
			f += 10
		}
		x[i] = f
	}
	return x, y
}

// oracleDeployment is an OracleModel that `sumkit oracle deploy` deployed on anvil.
type oracleDeployment struct {
	n   *node
	w   *wallet
	dir string
	// cfgPath is the config deploy wrote the addresses into; cfg is that file read back.
	cfgPath string
	cfg     *oracle.Config
	// manifest is the deployment manifest deploy wrote, for sumkit add.
	manifest string
	rng      *rand.Rand
}

// deployOracle writes an oracle config training with tc, deploys it through the binary with a committee of
// operators A, B and C and a threshold of 2, and checks what deploy wrote and printed.
func deployOracle(t *testing.T, n *node, w *wallet, tc train.Config, pageBlocks uint64) *oracleDeployment {
	t.Helper()
	d := &oracleDeployment{n: n, w: w, dir: t.TempDir(), rng: rand.New(rand.NewPCG(5, 6))}
	samples := func(count int) *oracle.Samples {
		s := &oracle.Samples{NumFeatures: oracleFeatures, NumClasses: 2}
		for range count {
			x, y := oracleSample(d.rng)
			s.Samples, s.Labels = append(s.Samples, x), append(s.Labels, y)
		}
		return s
	}
	// The initial model learns from mislabelled samples, so that honest contributions are sure to beat it.
	initial := samples(4)
	for i, y := range initial.Labels {
		initial.Labels[i] = 1 - y
	}
	for name, s := range map[string]*oracle.Samples{"initial.json": initial, "held-out.json": samples(300)} {
		if err := s.Save(filepath.Join(d.dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	depth := uint64(0) // anvil mines a block per transaction and never reorganises
	cfg := &oracle.Config{DataDir: filepath.Join(d.dir, "data"), Depth: &depth, Poll: oraclePoll, PageBlocks: pageBlocks,
		InitialData: filepath.Join(d.dir, "initial.json"), HeldOut: filepath.Join(d.dir, "held-out.json"), Train: tc}
	d.cfgPath = filepath.Join(d.dir, "oracle.json")
	if err := cfg.Save(d.cfgPath); err != nil {
		t.Fatal(err)
	}
	ops := []string{w.addr(operatorA).Hex(), w.addr(operatorB).Hex(), w.addr(operatorC).Hex()}
	d.manifest = filepath.Join(d.dir, "deployment.json")
	args := []string{"oracle", "deploy", "--rpc", n.url, "--config", d.cfgPath, "--out", d.manifest,
		"--operators", strings.Join(ops, ","), "--threshold", "2", "--classes", "no,yes"}
	args = append(append(args, drtFlags...), w.as(oracleOwner)...)
	r := runSumkit(t, args...)
	if r.code != 0 {
		t.Fatalf("want success:\n%s", r)
	}
	var err error
	if d.cfg, err = oracle.LoadConfig(d.cfgPath); err != nil {
		t.Fatal(err)
	}
	if err := d.cfg.CheckDeployment(); err != nil {
		t.Fatalf("the config deploy wrote: %v", err)
	}
	if got := field(t, r.stdout, "model:"); got != d.cfg.Model.Hex() {
		t.Errorf("deploy printed model %s, wrote %s", got, d.cfg.Model)
	}
	if !strings.Contains(r.stdout, "wrote "+d.cfgPath+" and "+d.manifest) {
		t.Errorf("deploy stdout = %q, want it to say it wrote the config and the manifest", r.stdout)
	}
	if got := field(t, r.stdout, "trainer:"); got != d.cfg.Trainer.Hex() {
		t.Errorf("deploy printed trainer %s, wrote %s", got, d.cfg.Trainer)
	}
	return d
}

// contribute adds count contributions of the planted concept from the contributor, through `sumkit add` with
// the deployment manifest oracle deploy wrote, at the deposit the trainer asks for.
func (d *oracleDeployment) contribute(t *testing.T, count int) {
	t.Helper()
	for range count {
		x, y := oracleSample(d.rng)
		args := append([]string{"--deployment", d.manifest, "--label", []string{"no", "yes"}[y]}, d.w.as(oracleContributor)...)
		d.n.ok(t, "add", append(args, joinInts(x))...)
	}
}

// operatorConfig writes operator i's config: the deployment's, with a data directory of its own.
func (d *oracleDeployment) operatorConfig(t *testing.T, i int) (path, dataDir string) {
	t.Helper()
	c := *d.cfg
	c.DataDir = filepath.Join(d.dir, fmt.Sprintf("data-%d", i))
	path = filepath.Join(d.dir, fmt.Sprintf("oracle-%d.json", i))
	if err := c.Save(path); err != nil {
		t.Fatal(err)
	}
	return path, c.DataDir
}

// status runs `sumkit oracle status` and returns its output.
func (d *oracleDeployment) status(t *testing.T) string {
	t.Helper()
	r := runSumkit(t, "oracle", "status", "--rpc", d.n.url, "--config", d.cfgPath)
	if r.code != 0 {
		t.Fatalf("want success:\n%s", r)
	}
	return r.stdout
}

// runOnce runs one cycle of operator i, whose config is at path, and returns what it printed.
func (d *oracleDeployment) runOnce(t *testing.T, i int, path string) string {
	t.Helper()
	r := runSumkit(t, append([]string{"oracle", "run", "--once", "--rpc", d.n.url, "--config", path}, d.w.as(i)...)...)
	if r.code != 0 {
		t.Fatalf("want success:\n%s", r)
	}
	return r.stdout
}

// modelLogs reads the model's logs of the event named.
func (d *oracleDeployment) modelLogs(t *testing.T, event string) []types.Log {
	t.Helper()
	ev, ok := bindings.NewOracleModel().GetABI().Events[event]
	if !ok {
		t.Fatalf("OracleModel has no event %s", event)
	}
	logs, err := d.n.client.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.cfg.FromBlock), Addresses: []common.Address{d.cfg.Model},
		Topics: [][]common.Hash{{ev.ID}},
	})
	if err != nil {
		t.Fatalf("read the model's %s events: %v", event, err)
	}
	return logs
}

// proposals reads every Proposed event of the model.
func (d *oracleDeployment) proposals(t *testing.T) []*bindings.OracleModelProposed {
	t.Helper()
	b := bindings.NewOracleModel()
	var out []*bindings.OracleModelProposed
	for _, l := range d.modelLogs(t, "Proposed") {
		p, err := b.UnpackProposedEvent(&l)
		if err != nil {
			t.Fatalf("decode a Proposed event: %v", err)
		}
		out = append(out, p)
	}
	return out
}

// proposalsBy counts operator's Proposed events, checking that no operator proposed one version twice.
func (d *oracleDeployment) proposalsBy(t *testing.T, operator common.Address) []*bindings.OracleModelProposed {
	t.Helper()
	type key struct {
		operator common.Address
		number   uint64
	}
	seen := map[key]int{}
	var out []*bindings.OracleModelProposed
	for _, p := range d.proposals(t) {
		k := key{p.Operator, p.Number}
		if seen[k]++; seen[k] > 1 {
			t.Errorf("operator %s proposed version %d %d times, want at most once", p.Operator, p.Number, seen[k])
		}
		if p.Operator == operator {
			out = append(out, p)
		}
	}
	return out
}

func (d *oracleDeployment) nonce(t *testing.T, i int) uint64 {
	t.Helper()
	nonce, err := d.n.client.NonceAt(t.Context(), d.w.addr(i), nil)
	if err != nil {
		t.Fatalf("read the nonce of account %d: %v", i, err)
	}
	return nonce
}

// landed waits for tx's receipt: anvil may answer eth_sendRawTransaction before the block with it is sealed.
func (d *oracleDeployment) landed(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	eventually(t, "transaction "+tx.Hash().Hex()+" lands", 20*time.Millisecond, func() bool {
		var err error
		r, err = d.n.client.TransactionReceipt(t.Context(), tx.Hash())
		return err == nil
	})
	return r
}

// operatorProcess is one `sumkit oracle run` process.
type operatorProcess struct {
	name   string
	pid    int
	stdout bytes.Buffer // written until the process exits; read after
	exited chan struct{}
	state  *os.ProcessState

	mu     sync.Mutex
	lines  []map[string]any // stderr's JSON lines
	other  []string         // stderr's lines that are not JSON
	killed bool
}

// startOperator starts `sumkit args...`. onLine, if not nil, sees each JSON line of stderr as it is written,
// before any later one: a test kills the process there, at a log line.
func startOperator(t *testing.T, name string, onLine func(p *operatorProcess, line map[string]any), args ...string) *operatorProcess {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(suite.bin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "SUMKIT_RPC=") })
	p := &operatorProcess{name: name, exited: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = &p.stdout, w
	err = cmd.Start()
	w.Close()
	if err != nil {
		r.Close()
		t.Fatalf("start sumkit %s: %v", strings.Join(args, " "), err)
	}
	p.pid = cmd.Process.Pid
	read := make(chan struct{})
	go func() {
		defer close(read)
		defer r.Close()
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			var line map[string]any
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				p.mu.Lock()
				p.other = append(p.other, sc.Text())
				p.mu.Unlock()
				continue
			}
			if onLine != nil {
				onLine(p, line)
			}
			p.mu.Lock()
			p.lines = append(p.lines, line)
			p.mu.Unlock()
		}
	}()
	go func() {
		_ = cmd.Wait()
		<-read
		p.state = cmd.ProcessState
		close(p.exited)
	}()
	t.Cleanup(func() {
		p.kill()
		<-p.exited
		if t.Failed() {
			t.Logf("%s: %s", p.name, p.log())
		}
	})
	return p
}

// kill sends SIGKILL, once; the process dies at whatever instruction it is at.
func (p *operatorProcess) kill() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.killed {
		return
	}
	p.killed = true
	_ = syscall.Kill(p.pid, syscall.SIGKILL)
}

// wait waits for the process to exit and returns how: its exit code, or the signal that ended it.
func (p *operatorProcess) wait(t *testing.T, within time.Duration) (code int, signal syscall.Signal) {
	t.Helper()
	select {
	case <-p.exited:
	case <-time.After(within):
		t.Fatalf("%s did not exit within %s; %s", p.name, within, p.log())
	}
	ws := p.state.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		return -1, ws.Signal()
	}
	return ws.ExitStatus(), 0
}

// waitKilled waits for the process to die of the SIGKILL the test sent it.
func (p *operatorProcess) waitKilled(t *testing.T) {
	t.Helper()
	if _, sig := p.wait(t, oracleWait); sig != syscall.SIGKILL {
		t.Fatalf("%s ended without the test's SIGKILL; %s", p.name, p.log())
	}
}

// logged returns the JSON lines whose msg is msg.
func (p *operatorProcess) logged(msg string) []map[string]any {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []map[string]any
	for _, l := range p.lines {
		if l["msg"] == msg {
			out = append(out, l)
		}
	}
	return out
}

// log is the process's output, for a failure message.
func (p *operatorProcess) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var b strings.Builder
	fmt.Fprintf(&b, "stderr:\n")
	for _, l := range p.lines {
		j, _ := json.Marshal(l)
		fmt.Fprintf(&b, "%s\n", j)
	}
	for _, l := range p.other {
		fmt.Fprintf(&b, "%s\n", l)
	}
	select {
	case <-p.exited:
		fmt.Fprintf(&b, "stdout:\n%s", p.stdout.String())
	default:
	}
	return b.String()
}

// rpcCall is one JSON-RPC call an operator made.
type rpcCall struct {
	Method string
	Params []json.RawMessage
	// Tx is an eth_sendRawTransaction's transaction, and Selector its calldata's first four bytes.
	Tx       *types.Transaction
	Selector [4]byte
}

// mentions reports whether the call's parameters name addr (an eth_getLogs filter's address, say).
func (c *rpcCall) mentions(addr common.Address) bool {
	for _, p := range c.Params {
		if strings.Contains(strings.ToLower(string(p)), strings.ToLower(addr.Hex())) {
			return true
		}
	}
	return false
}

// rpcProxy stands between an operator and the node: it shows each JSON-RPC call to a hook before forwarding
// it, and again with the node's answer in hand before returning that. A hook that kills the operator there
// stops it at an exact point of its conversation with the chain: before a transaction reaches the node, or
// after it landed but before the operator learnt so.
type rpcProxy struct {
	target string
	url    string

	mu   sync.Mutex
	hook func(c *rpcCall, answered bool) (drop bool)
	// sent is every transaction forwarded, in order.
	sent []*types.Transaction
}

func newRPCProxy(t *testing.T, target string) *rpcProxy {
	t.Helper()
	p := &rpcProxy{target: target}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	p.url = srv.URL
	return p
}

// setHook replaces the hook; nil forwards everything.
func (p *rpcProxy) setHook(h func(c *rpcCall, answered bool) (drop bool)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hook = h
}

// transactions returns every transaction forwarded so far.
func (p *rpcProxy) transactions() []*types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.sent)
}

func (p *rpcProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	calls, err := parseCalls(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	// One call at a time through the hooks, so that a hook sees the operator's calls in order and its kill
	// happens before anything later is forwarded.
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range calls {
		if p.hook != nil && p.hook(c, false) {
			http.Error(w, "the operator was killed before this call reached the node", http.StatusServiceUnavailable)
			return
		}
	}
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	answer, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	for _, c := range calls {
		if c.Tx != nil {
			p.sent = append(p.sent, c.Tx)
		}
		if p.hook != nil {
			p.hook(c, true)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(answer)
}

// parseCalls decodes a JSON-RPC request or batch.
func parseCalls(body []byte) ([]*rpcCall, error) {
	var reqs []*rpcCall
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &reqs); err != nil {
			return nil, fmt.Errorf("decode a JSON-RPC batch: %w", err)
		}
	} else {
		var c rpcCall
		if err := json.Unmarshal(trimmed, &c); err != nil {
			return nil, fmt.Errorf("decode a JSON-RPC call: %w", err)
		}
		reqs = append(reqs, &c)
	}
	for _, c := range reqs {
		if c.Method != "eth_sendRawTransaction" || len(c.Params) == 0 {
			continue
		}
		var raw hexutil.Bytes
		if err := json.Unmarshal(c.Params[0], &raw); err != nil {
			return nil, fmt.Errorf("decode eth_sendRawTransaction: %w", err)
		}
		c.Tx = new(types.Transaction)
		if err := c.Tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decode eth_sendRawTransaction: %w", err)
		}
		if d := c.Tx.Data(); len(d) >= 4 {
			c.Selector = [4]byte(d[:4])
		}
	}
	return reqs, nil
}

// metric reads the value of the unlabelled metric name from a Prometheus text page.
func metric(page, name string) (float64, bool) {
	for line := range strings.SplitSeq(page, "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return f, err == nil
		}
	}
	return 0, false
}

// scrape reads the metrics page at addr.
func scrape(addr string) (string, error) {
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("GET /metrics: %s", resp.Status)
	}
	return string(b), err
}

// eventually calls cond every interval until it returns true, failing the test with what after oracleWait.
func eventually(t *testing.T, what string, interval time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(oracleWait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, oracleWait)
		}
		time.Sleep(interval)
	}
}

// readStore reads the cursor and counts of the event store under an operator's data directory, which no
// process may hold open.
func readStore(t *testing.T, dataDir string, trainer common.Address) (ingest.Cursor, bool, ingest.Counts) {
	t.Helper()
	store, err := ingest.Open(filepath.Join(dataDir, "events"), ingest.Meta{ChainID: anvilChainID, Trainer: trainer, Depth: 0})
	if err != nil {
		t.Fatalf("open the operator's store: %v", err)
	}
	cur, ok, err := store.Cursor()
	counts, cerr := store.Count()
	if err := errors.Join(err, cerr, store.Close()); err != nil {
		t.Fatalf("read the operator's store: %v", err)
	}
	return cur, ok, counts
}

// TestOracleRun runs two operators of a 2-of-3 committee as long-running `sumkit oracle run` processes on
// anvil, as a user would: they ingest the contributions, train, and commit version 1 together; their metrics
// say so; SIGTERM stops both cleanly.
func TestOracleRun(t *testing.T) {
	t.Parallel()
	n := startNode(t, anvilChainID)
	w := newWallet(t, oracleAccounts)
	d := deployOracle(t, n, w, train.Config{Model: train.Logistic, Epochs: 20, BatchSize: 8, LearningRate: 0.05, Seed: 1}, 0)
	const contributions = 12
	began := time.Now()
	d.contribute(t, contributions)
	t.Logf("%d sumkit add runs took %.1fs", contributions, time.Since(began).Seconds())

	type running struct {
		p       *operatorProcess
		metrics string
	}
	var ops []running
	start := time.Now()
	for _, i := range []int{operatorA, operatorB} {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		path, _ := d.operatorConfig(t, i)
		p := startOperator(t, fmt.Sprintf("operator %d", i), nil, append([]string{"oracle", "run", "--rpc", n.url,
			"--config", path, "--metrics", addr}, w.as(i)...)...)
		ops = append(ops, running{p, addr})
	}

	var status string
	eventually(t, "oracle status shows version 1", 200*time.Millisecond, func() bool {
		for _, op := range ops {
			select {
			case <-op.p.exited:
				t.Fatalf("%s exited early; %s", op.p.name, op.p.log())
			default:
			}
		}
		status = d.status(t)
		return strings.Contains(status, "version:    1 (parent 0)")
	})
	t.Logf("version 1 active %.1fs after the operators started", time.Since(start).Seconds())
	for _, want := range []string{fmt.Sprintf("trained on: %d contributions", contributions), "committee:  2 of 3",
		"operator  " + w.addr(operatorC).Hex()} {
		if !strings.Contains(status, want) {
			t.Errorf("oracle status lacks %q:\n%s", want, status)
		}
	}

	for _, op := range ops {
		// The operator that proposed first sees the activation at its next cycle, a poll later.
		var page string
		eventually(t, op.p.name+"'s metrics show version 1 active", 100*time.Millisecond, func() bool {
			var err error
			page, err = scrape(op.metrics)
			v, ok := metric(page, "sumkit_oracle_active_version")
			return err == nil && ok && v == 1
		})
		// Every contribution is an AddData event; there are no outcomes yet.
		if v, ok := metric(page, "sumkit_oracle_events_ingested_total"); !ok || v != contributions {
			t.Errorf("%s: sumkit_oracle_events_ingested_total = %v (found %v), want %d", op.p.name, v, ok, contributions)
		}
		if errs, ok := metric(page, "sumkit_oracle_cycle_errors_total"); ok && errs > 0 {
			// Both operators may try to activate the same version at once; the loser's cycle fails and retries.
			t.Logf("%s: %v failed cycles: %v", op.p.name, errs, op.p.logged("cycle failed; retrying at the next poll"))
		}
	}
	if got := d.proposalsBy(t, w.addr(operatorA)); len(got) != 1 {
		t.Errorf("operator A made %d proposals, want 1", len(got))
	}

	for _, op := range ops {
		if err := syscall.Kill(op.p.pid, syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
	}
	stop := time.Now()
	for _, op := range ops {
		if code, sig := op.p.wait(t, oracleStopTimeout); code != 0 {
			t.Errorf("%s after SIGTERM: exit code %d (signal %v), want 0; %s", op.p.name, code, sig, op.p.log())
		}
		if len(op.p.logged("stopped")) != 1 {
			t.Errorf("%s did not log that it stopped; %s", op.p.name, op.p.log())
		}
	}
	t.Logf("both operators exited %.2fs after SIGTERM", time.Since(stop).Seconds())
}

// TestOracleKilled SIGKILLs one operator process at several points of its first commit, restarting it after
// each: mid-ingest, mid-training, right after it logs the version it is committing, right after its first
// transaction landed, after publishing and before proposing, and with its proposal sent but not yet mined (it is
// restarted before the proposal is mined). The kills are exact: the operator talks to anvil through a proxy whose hooks kill it
// before a call reaches the node or after the node answered. Then a second operator confirms the version. The
// chain must end as if nothing had happened: one proposal per operator and version, every transaction
// successful and none sent twice, the active version the one the operator first decided to commit, and the
// operator idle afterwards.
func TestOracleKilled(t *testing.T) {
	t.Parallel()
	n := startNode(t, anvilChainID)
	w := newWallet(t, oracleAccounts)
	// Small pages make a long ingest; enough epochs that training takes a while, so that a kill lands in it.
	const pageBlocks = 16
	d := deployOracle(t, n, w, train.Config{Model: train.Logistic, Epochs: 7000, BatchSize: 8, LearningRate: 0.05, Seed: 1}, pageBlocks)
	// Contributions, many empty blocks, contributions, many empty blocks: a long ingest.
	mine := func(blocks uint64) {
		if err := n.rpc.CallContext(t.Context(), nil, "anvil_mine", hexutil.Uint64(blocks)); err != nil {
			t.Fatalf("anvil_mine: %v", err)
		}
	}
	const half = 6
	d.contribute(t, half)
	mine(600)
	d.contribute(t, half)
	mine(600)
	head, err := n.client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	pages := (head - d.cfg.FromBlock + pageBlocks) / pageBlocks

	path, dataDir := d.operatorConfig(t, operatorA)
	proxy := newRPCProxy(t, n.url)
	// p is the running process. The proxy's hooks read it, so it is set while the proxy holds its lock.
	var p *operatorProcess
	runA := func(name string, onLine func(*operatorProcess, map[string]any)) {
		proxy.mu.Lock()
		defer proxy.mu.Unlock()
		p = startOperator(t, name, onLine, append([]string{"oracle", "run", "--rpc", proxy.url, "--config", path}, w.as(operatorA)...)...)
	}
	// locked reads what the hooks wrote.
	locked := func(f func()) {
		proxy.mu.Lock()
		defer proxy.mu.Unlock()
		f()
	}
	model := d.cfg.Model
	abi := bindings.NewOracleModel().GetABI()
	propose := [4]byte(abi.Methods["propose"].ID)
	publish := [4]byte(abi.Methods["publishWeights"].ID)
	isTrainerLogs := func(c *rpcCall) bool { return c.Method == "eth_getLogs" && c.mentions(d.cfg.Trainer) }

	// 1. Mid-ingest: killed as it asks for its 20th page of blocks.
	const killedAtPage = 20
	reads := 0
	proxy.setHook(func(c *rpcCall, answered bool) bool {
		if isTrainerLogs(c) && !answered {
			if reads++; reads == killedAtPage {
				p.kill()
				<-p.exited
				return true
			}
		}
		return false
	})
	runA("run 1 (mid-ingest)", nil)
	p.waitKilled(t)
	cur, ok, counts := readStore(t, dataDir, d.cfg.Trainer)
	// Each page is stored in one batch: the pages read before the kill are all there, nothing of the last.
	if wantBlock := d.cfg.FromBlock + (killedAtPage-1)*pageBlocks - 1; !ok || cur.Block != wantBlock || counts.Contributions != half {
		t.Fatalf("store after a kill mid-ingest: cursor %d (stored %v), %d contributions; want block %d of %d and %d contributions",
			cur.Block, ok, counts.Contributions, wantBlock, head, half)
	}

	// 2. Mid-training: killed once it has read the proposals (its last calls before training) and then gone
	// quiet: training makes no calls.
	const quiet = 150 * time.Millisecond
	reads = 0
	var lastCall time.Time
	readProposals := false
	proxy.setHook(func(c *rpcCall, answered bool) bool {
		if !answered {
			return false
		}
		lastCall = time.Now()
		if isTrainerLogs(c) {
			reads++
		}
		if c.Method == "eth_getLogs" && c.mentions(model) {
			readProposals = true
		}
		return false
	})
	runA("run 2 (mid-training)", nil)
	eventually(t, "run 2 trains", 10*time.Millisecond, func() (training bool) {
		locked(func() { training = readProposals && time.Since(lastCall) > quiet })
		return training
	})
	p.kill()
	p.waitKilled(t)
	locked(func() {
		if want := pages - (killedAtPage - 1); uint64(reads) != want {
			t.Errorf("the restarted operator read %d pages of blocks, want the %d the killed one had not stored", reads, want)
		}
	})
	if len(p.logged("committing version")) != 0 {
		t.Fatalf("run 2 finished training before it was killed; %s", p.log())
	}
	if nonce := d.nonce(t, operatorA); nonce != 0 {
		t.Fatalf("operator A sent %d transactions before deciding what to commit", nonce)
	}

	// 3. Killed as soon as it logs the version it is committing: its decision is saved, its first
	// transaction may or may not have gone out.
	proxy.setHook(nil)
	var digest string
	runA("run 3 (committing version)", func(p *operatorProcess, line map[string]any) {
		if line["msg"] == "committing version" {
			p.kill()
			digest, _ = line["digest"].(string)
		}
	})
	p.waitKilled(t)
	if digest == "" {
		t.Fatalf("run 3 logged no digest; %s", p.log())
	}
	trained := p.logged("committing version")[0]["seconds"]
	t.Logf("operator A commits version 1 %s (trained in %vs); run 3 sent %d transactions", digest, trained, len(proxy.transactions()))
	if len(d.proposalsBy(t, w.addr(operatorA))) != 0 {
		t.Fatal("operator A proposed before its pages and weights were on chain")
	}
	checkResumed := func(p *operatorProcess) {
		t.Helper()
		r := p.logged("resuming a saved version")
		if len(r) == 0 || r[0]["digest"] != digest || len(p.logged("committing version")) != 0 {
			t.Errorf("%s did not resume version %s without training again; %s", p.name, digest, p.log())
		}
	}

	// 4. Killed once its first transaction has landed, before it learns so.
	sentBefore := len(proxy.transactions())
	proxy.setHook(func(c *rpcCall, answered bool) bool {
		if c.Tx != nil && answered {
			p.kill()
			<-p.exited
		}
		return false
	})
	runA("run 4 (first transaction landed)", nil)
	p.waitKilled(t)
	checkResumed(p)
	sent := proxy.transactions()
	if len(sent) != sentBefore+1 {
		t.Fatalf("run 4 sent %d transactions, want 1", len(sent)-sentBefore)
	}
	if r := d.landed(t, sent[len(sent)-1]); r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("run 4's transaction %s failed", r.TxHash)
	}

	// 5. Killed after publishing its weights, as it sends its proposal: the proposal never reaches the node.
	proxy.setHook(func(c *rpcCall, answered bool) bool {
		if c.Selector == propose && !answered {
			p.kill()
			<-p.exited
			return true
		}
		return false
	})
	runA("run 5 (before proposing)", nil)
	p.waitKilled(t)
	checkResumed(p)
	if len(d.proposalsBy(t, w.addr(operatorA))) != 0 {
		t.Fatal("operator A's proposal reached the chain though it was killed before sending it")
	}
	if sent := proxy.transactions(); len(sent) == 0 || [4]byte(sent[len(sent)-1].Data()[:4]) != publish {
		t.Errorf("the last transaction before the proposal is not publishWeights")
	}
	if chunks := d.modelLogs(t, "WeightsChunk"); len(chunks) == 0 {
		t.Error("no weights published before the proposal")
	}

	// 6. Killed once the node has its proposal but has not mined it: anvil stops mining as the proposal goes
	// out. The proposal lands later, while no process of A's is there to see it.
	automine := func(on bool) {
		if err := n.rpc.CallContext(t.Context(), nil, "evm_setAutomine", on); err != nil {
			t.Fatalf("evm_setAutomine %v: %v", on, err)
		}
	}
	proxy.setHook(func(c *rpcCall, answered bool) bool {
		if c.Selector == propose && !answered {
			automine(false)
		}
		if c.Selector == propose && answered {
			p.kill()
			<-p.exited
		}
		return false
	})
	runA("run 6 (proposal pending)", nil)
	p.waitKilled(t)
	checkResumed(p)
	pending, err := n.client.PendingNonceAt(t.Context(), w.addr(operatorA))
	if err != nil {
		t.Fatal(err)
	}
	if mined := d.nonce(t, operatorA); pending != mined+1 || len(d.proposalsBy(t, w.addr(operatorA))) != 0 {
		t.Fatalf("after run 6: nonces %d mined and %d pending; want the proposal alone pending", mined, pending)
	}

	// 7. Restarted while its proposal is pending, it sends nothing until that is mined, then finds it done.
	proxy.setHook(nil)
	sentBefore = len(proxy.transactions())
	runA("run 7 (restarted with its proposal pending)", nil)
	eventually(t, "run 7 resumes the saved version", 20*time.Millisecond, func() bool { return len(p.logged("resuming a saved version")) > 0 })
	time.Sleep(500 * time.Millisecond)
	if got := len(proxy.transactions()) - sentBefore; got != 0 {
		t.Fatalf("run 7 sent %d transactions while its proposal was pending", got)
	}
	automine(true)
	if err := n.rpc.CallContext(t.Context(), nil, "evm_mine"); err != nil {
		t.Fatalf("evm_mine: %v", err)
	}
	// The next cycle starting means the one that waited is done.
	eventually(t, "run 7 starts another cycle", 20*time.Millisecond, func() bool { return len(p.logged("resuming a saved version")) > 1 })
	if err := syscall.Kill(p.pid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code, sig := p.wait(t, oracleStopTimeout); code != 0 || len(p.logged("cycle failed; retrying at the next poll")) != 0 {
		t.Errorf("run 7: exit code %d (signal %v), want 0 and no failed cycle; %s", code, sig, p.log())
	}
	if got := len(proxy.transactions()) - sentBefore; got != 0 {
		t.Errorf("run 7 sent %d transactions, want none: its proposal was already made", got)
	}
	if props := d.proposalsBy(t, w.addr(operatorA)); len(props) != 1 || common.Hash(props[0].Digest).Hex() != digest || props[0].Number != 1 {
		t.Fatalf("operator A's proposals after run 7: %d, want one of version 1 with digest %s", len(props), digest)
	}

	// 8. Restarted once more, it sends nothing: its proposal waits for the committee.
	nonceA := d.nonce(t, operatorA)
	if out := d.runOnce(t, operatorA, path); !strings.Contains(out, "version 1") || !strings.Contains(out, "waiting for the committee") {
		t.Errorf("operator A after the kills: %q, want version 1 waiting for the committee", out)
	}
	if got := d.nonce(t, operatorA); got != nonceA {
		t.Errorf("operator A sent %d more transactions after its proposal", got-nonceA)
	}

	// The second operator trains at A's cursor, reaches the same digest, and activates it.
	pathB, _ := d.operatorConfig(t, operatorB)
	if out := d.runOnce(t, operatorB, pathB); !strings.Contains(out, "version 1") || !strings.Contains(out, "active") {
		t.Errorf("operator B: %q, want version 1 active", out)
	}
	status := d.status(t)
	for _, want := range []string{"version:    1 (parent 0), digest " + digest, fmt.Sprintf("trained on: %d contributions", 2*half)} {
		if !strings.Contains(status, want) {
			t.Errorf("oracle status lacks %q:\n%s", want, status)
		}
	}
	var activated []common.Hash // of version 1; deploy activated version 0
	for _, l := range d.modelLogs(t, "VersionActivated") {
		if l.Topics[1] == common.BigToHash(big.NewInt(1)) {
			activated = append(activated, l.Topics[2])
		}
	}
	if len(activated) != 1 || activated[0].Hex() != digest {
		t.Errorf("version 1 activated with digests %v, want once with %s", activated, digest)
	}
	for _, i := range []int{operatorA, operatorB} {
		props := d.proposalsBy(t, w.addr(i))
		if len(props) != 1 || common.Hash(props[0].Digest).Hex() != digest {
			t.Errorf("operator %d: %d proposals, want one of %s", i, len(props), digest)
		}
	}

	// Every transaction A sent across the kills succeeded, and none was sent twice.
	seen := map[string]bool{}
	for _, tx := range proxy.transactions() {
		if r := d.landed(t, tx); r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("operator A's transaction %s (selector %x) failed", tx.Hash(), tx.Data()[:4])
		}
		if seen[string(tx.Data())] {
			t.Errorf("operator A sent the same call twice (selector %x)", tx.Data()[:4])
		}
		seen[string(tx.Data())] = true
	}
	if got, want := d.nonce(t, operatorA), uint64(len(proxy.transactions())); got != want {
		t.Errorf("operator A's nonce is %d but the proxy forwarded %d transactions", got, want)
	}

	// The operator's next cycle has nothing to do.
	if out := d.runOnce(t, operatorA, path); out != "idle\n" {
		t.Errorf("operator A's next cycle: %q, want idle", out)
	}
	if got := d.nonce(t, operatorA); got != uint64(len(proxy.transactions())) {
		t.Errorf("operator A's idle cycle sent a transaction")
	}
	head, err = n.client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if cur, _, counts := readStore(t, dataDir, d.cfg.Trainer); cur.Block != head || counts.Contributions != 2*half {
		t.Errorf("operator A's store at the end: cursor %d, %d contributions; want the head %d and %d", cur.Block, counts.Contributions, head, 2*half)
	}
}

// TestOracleConcurrentProposals has two operators propose the same version at once: B estimates its proposal's
// gas while it would be the first vote, and A's proposal lands before B's is sent, so B's casts the deciding
// vote, which activates the version and costs more. The proxies order it so. Every transaction must succeed:
// an operator's proposal must carry the gas of the deciding vote whichever it turns out to be.
func TestOracleConcurrentProposals(t *testing.T) {
	t.Parallel()
	n := startNode(t, anvilChainID)
	w := newWallet(t, oracleAccounts)
	d := deployOracle(t, n, w, train.Config{Model: train.Logistic, Epochs: 20, BatchSize: 8, LearningRate: 0.05, Seed: 1}, 0)
	d.contribute(t, 6)
	propose := [4]byte(bindings.NewOracleModel().GetABI().Methods["propose"].ID)

	held, landed := make(chan struct{}), make(chan struct{})
	// wait waits for ch, giving up after oracleWait so that a test that went wrong fails rather than hangs.
	wait := func(ch chan struct{}) {
		select {
		case <-ch:
		case <-time.After(oracleWait):
		}
	}
	proxyA, proxyB := newRPCProxy(t, n.url), newRPCProxy(t, n.url)
	var onceA, onceB sync.Once
	proxyA.setHook(func(c *rpcCall, answered bool) bool {
		if c.Selector != propose {
			return false
		}
		if !answered {
			wait(held) // B has estimated its proposal and sent it
			return false
		}
		onceA.Do(func() {
			defer close(landed)
			for range 500 {
				if _, err := n.client.TransactionReceipt(t.Context(), c.Tx.Hash()); err == nil {
					return
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
		return false
	})
	proxyB.setHook(func(c *rpcCall, answered bool) bool {
		if c.Selector == propose && !answered {
			onceB.Do(func() { close(held) })
			wait(landed)
		}
		return false
	})
	var ops []*operatorProcess
	for _, op := range []struct {
		i     int
		proxy *rpcProxy
	}{{operatorA, proxyA}, {operatorB, proxyB}} {
		path, _ := d.operatorConfig(t, op.i)
		ops = append(ops, startOperator(t, fmt.Sprintf("operator %d", op.i), nil,
			append([]string{"oracle", "run", "--once", "--rpc", op.proxy.url, "--config", path}, w.as(op.i)...)...))
	}
	for _, p := range ops {
		if code, sig := p.wait(t, oracleWait); code != 0 {
			t.Errorf("%s: exit code %d (signal %v), want 0; %s", p.name, code, sig, p.log())
		}
	}
	for _, tx := range append(proxyA.transactions(), proxyB.transactions()...) {
		if r := d.landed(t, tx); r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("transaction %s (selector %x, gas limit %d) failed, using %d gas", tx.Hash(), tx.Data()[:4], tx.Gas(), r.GasUsed)
		}
	}
	if status := d.status(t); !strings.Contains(status, "version:    1 (parent 0)") {
		t.Errorf("version 1 is not active:\n%s", status)
	}
}
