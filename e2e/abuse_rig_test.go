//go:build e2e && abuse

// The abuse suite's rig: anvil, the nexus sequencer and prover processes, the
// honest and attacking clients, and the sampling of the sequencer's memory
// (TestAbuse_Processes, abuse_test.go).

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/internal/anviltest"
	"github.com/nexus-rollup/nexus/l1/deploy"
	"github.com/nexus-rollup/nexus/prover/model/demo"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

type abuseUser struct {
	hex   string
	eth   *ecdsa.PrivateKey
	addr  common.Address
	key   *keys.PrivateKey
	id    uint32
	nonce uint64 // next nonce (kept by the test for the honest user)
}

type abuseJob struct {
	id     uint32
	input  []byte
	commit fr.Element
}

func (j *abuseJob) commitHash() common.Hash { return common.Hash(j.commit.Bytes()) }

type abuseClass struct {
	name           string
	sent, refused  int
	result, detail string
}

type abuseRig struct {
	t *testing.T
	devnet
	deployment     *deploy.Deployment
	l1c            *ethclient.Client
	c              *chain
	keys, model    string
	seqAddr        string
	seqDir         string
	seqArgs        []string
	seqProc        *process
	proverOut      *lines
	honest, attack *rpc.Client
	user, prover   *abuseUser
	attacker       *abuseUser
	honestJobs     []*abuseJob
	acked          map[common.Hash]string

	mu      sync.Mutex
	pid     int
	peak    int // KiB, max of VmRSS samples and VmHWM
	samples int
	stop    chan struct{}
	done    chan struct{}

	classes []abuseClass
	started time.Time
}

func startAbuseRig(t *testing.T) *abuseRig {
	dir := t.TempDir()
	r := &abuseRig{t: t, devnet: devnet{bin: buildNexus(t, dir), dir: dir, dep: filepath.Join(dir, "deployment.json"), t: t},
		keys: filepath.Join(dir, "keys"), acked: map[common.Hash]string{}, started: time.Now()}
	r.l1 = anviltest.Start(t, "--block-time", "1")
	var err error
	if r.l1c, err = ethclient.Dial(r.l1); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.l1c.Close)
	r.c = &chain{name: "anvil", client: r.l1c}
	l1 := []string{"--l1.rpc", r.l1, "--deployment", r.dep}
	// No --deploy.link-verifier: a PendingVerifier, as nothing settles.
	r.nexus(append([]string{"contracts", "deploy", "--l1.rpc", r.l1, "--key", devKey0, "--deploy.out", r.dep,
		"--deploy.min-stake", "100000000000000000"}, e2eCircuit...)...)
	if r.deployment, err = deploy.Read(r.dep); err != nil {
		t.Fatal(err)
	}
	r.model = filepath.Join(dir, "mnist-mlp.nxm")
	if err := os.WriteFile(r.model, demo.MNISTModel, 0o600); err != nil {
		t.Fatal(err)
	}
	if o := r.nexus(append(append([]string{"model", "register", "--key", devKey0, "--fee", "1000", "--keys", r.keys}, l1...), r.model)...); !strings.Contains(o, "registered as id 1") {
		t.Fatalf("nexus model register:\n%s", o)
	}
	r.seqAddr = freeAddr(t)
	r.seq = "http://" + r.seqAddr
	r.seqDir = filepath.Join(dir, "sequencer")
	r.seqArgs = append(append([]string{"--datadir", r.seqDir, "sequencer", "--http.addr", r.seqAddr, "--batch.timeout", "1s",
		"--l1.confirmations", "1", "--models", "1=" + r.model, "--models.keys", r.keys,
		// Short read and idle timeouts so that class 9 runs in seconds, and
		// a 16 KiB batch response limit that class 4 can reach.
		"--rpc.read-timeout", "2s", "--rpc.idle-timeout", "2s", "--rpc.batch-response-size", "16384"}, l1...), e2eCircuit...)
	r.stop, r.done = make(chan struct{}), make(chan struct{})
	go r.sample()
	r.startSequencer()
	r.honest, r.attack = r.dialOwn(t), r.dialOwn(t)
	t.Cleanup(func() { r.honest.Close(); r.attack.Close() })

	// The honest user (anvil's account 0) deposits 1 ETH; the prover
	// registers with a 1 ETH stake; the attacker has its own account.
	r.user = r.newUser(devKey0)
	_, proverHex := freshKey(t, r.c, 3)
	r.prover = r.newUser(proverHex)
	_, attackerHex := freshKey(t, r.c, 1)
	r.attacker = r.newUser(attackerHex)
	r.nexus("bridge", "deposit", "--l1.rpc", r.l1, "--deployment", r.dep, "--key", devKey0, "--amount", "1eth")
	r.nexus("prover", "register", "--l1.rpc", r.l1, "--deployment", r.dep, "--key", proverHex, "--amount", "1eth")
	r.nexus("bridge", "deposit", "--l1.rpc", r.l1, "--deployment", r.dep, "--key", attackerHex, "--amount", "0.01eth")
	for _, u := range []*abuseUser{r.user, r.prover, r.attacker} {
		wire := u.key.Public().Wire()
		r.waitFor(func() bool {
			return r.honest.Call(&u.id, "nexus_accountOf", hexutil.Bytes(wire[:]), u.addr) == nil
		}, "an account on L2 for "+u.addr.Hex())
	}
	t.Logf("accounts on L2: user %d, prover %d, attacker %d", r.user.id, r.prover.id, r.attacker.id)
	return r
}

func (r *abuseRig) newUser(hex string) *abuseUser {
	k, addr := devKey(r.t, hex)
	l2, err := keys.DeriveFromEthKey(k, r.deployment.ChainID, r.deployment.NexusRollup)
	if err != nil {
		r.t.Fatal(err)
	}
	return &abuseUser{hex: hex, eth: k, addr: addr, key: l2}
}

func (r *abuseRig) startSequencer() {
	r.seqProc = start(r.t, r.bin, "sequencer", r.seqArgs...)
	r.seqProc.out.waitFor(r.t, "nexus_ JSON-RPC on", 2*time.Minute)
	r.mu.Lock()
	r.pid = r.seqProc.cmd.Process.Pid
	r.mu.Unlock()
}

func (r *abuseRig) killSequencer() {
	r.mu.Lock()
	if hwm := procKiB(r.pid, "VmHWM:"); hwm > r.peak {
		r.peak = hwm
	}
	r.pid = 0
	r.mu.Unlock()
	r.seqProc.kill()
}

func (r *abuseRig) startProver() {
	p := start(r.t, r.bin, "prover", "--datadir", filepath.Join(r.dir, "prover"), "prover", "run", "--key", r.prover.hex,
		"--deployment", r.dep, "--sequencer", r.seq, "--models", "1="+r.model, "--models.keys", r.keys, "--workers", "1")
	r.proverOut = p.out
}

// sample reads the sequencer's VmRSS every 20 ms until stopSampling.
func (r *abuseRig) sample() {
	defer close(r.done)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-tick.C:
		}
		r.mu.Lock()
		if r.pid != 0 {
			if v := procKiB(r.pid, "VmRSS:"); v > 0 {
				r.samples++
				r.peak = max(r.peak, v)
			}
		}
		r.mu.Unlock()
	}
}

func (r *abuseRig) peakKiB() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.peak
}

func (r *abuseRig) stopSampling() int {
	close(r.stop)
	<-r.done
	r.mu.Lock()
	defer r.mu.Unlock()
	if hwm := procKiB(r.pid, "VmHWM:"); hwm > r.peak {
		r.peak = hwm
	}
	return r.peak
}

// procKiB reads a kB field of /proc/PID/status (0 if unreadable).
func procKiB(pid int, field string) int {
	if pid == 0 {
		return 0
	}
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), field); ok {
			n, _ := strconv.Atoi(strings.Fields(v)[0])
			return n
		}
	}
	return 0
}

// dirSize is the total size of the files under dir.
func dirSize(t *testing.T, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // a file leveldb just removed
		}
		if info, err := d.Info(); err == nil && !d.IsDir() {
			n += info.Size()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// dialOwn is a JSON-RPC client with its own HTTP connection pool, so that
// one client's flood is rate-limited on its own connections only.
func (r *abuseRig) dialOwn(t *testing.T) *rpc.Client {
	c, err := rpc.DialOptions(context.Background(), r.seq, rpc.WithHTTPClient(&http.Client{Transport: &http.Transport{}, Timeout: 30 * time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (r *abuseRig) record(t *testing.T, name string, sent, refused int, format string, args ...any) {
	res := "ok"
	if t.Failed() {
		res = "FAIL"
	}
	detail := fmt.Sprintf(format, args...)
	r.classes = append(r.classes, abuseClass{name: name, sent: sent, refused: refused, result: res, detail: detail})
	t.Logf("%s: %s", name, detail)
}

func (r *abuseRig) summary() {
	var b strings.Builder
	fmt.Fprintf(&b, "\nmake abuse (processes): anvil + nexus sequencer (pid %d) + nexus prover run, %s\n", r.pid, time.Since(r.started).Round(time.Second))
	fmt.Fprintf(&b, "%-34s %-4s %6s %8s  %s\n", "class", "", "sent", "refused", "what held")
	for _, c := range r.classes {
		fmt.Fprintf(&b, "%-34s %-4s %6d %8d  %s\n", c.name, c.result, c.sent, c.refused, c.detail)
	}
	r.t.Log(b.String())
}

func (r *abuseRig) waitFor(cond func() bool, what string) {
	r.t.Helper()
	for deadline := time.Now().Add(3 * time.Minute); !cond(); time.Sleep(250 * time.Millisecond) {
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out after 3 min waiting for %s", what)
		}
	}
}

func (r *abuseRig) call(c *rpc.Client, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.CallContext(ctx, result, method, args...)
}

func (r *abuseRig) sendOp(c *rpc.Client, op rollup.Op) (common.Hash, error) {
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		r.t.Fatal(err)
	}
	var id common.Hash
	err = r.call(c, &id, "nexus_sendOp", json.RawMessage(raw))
	return id, err
}

func (r *abuseRig) submitJob(c *rpc.Client, op *rollup.SubmitJob, input []byte, salt fr.Element) (common.Hash, error) {
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		r.t.Fatal(err)
	}
	sb := salt.Bytes()
	var id common.Hash
	err = r.call(c, &id, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes(input), hexutil.Bytes(sb[:]))
	return id, err
}

// jobOp is an unsigned SubmitJob by requester for job id with input.
func (r *abuseRig) jobOp(requester *abuseUser, id uint32, input []byte, feeGwei, nonce uint64) (*rollup.SubmitJob, []byte, fr.Element) {
	salt, err := statement.RandomSalt()
	if err != nil {
		r.t.Fatal(err)
	}
	return &rollup.SubmitJob{Requester: requester.id, JobID: id, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: feeGwei, Deadline: uint32(time.Now().Add(time.Hour).Unix()), Nonce: nonce}, input, salt
}

// submitHonestJob submits demo digit n as u's job (the next free id); the
// end of the test checks that the honest prover fulfils it.
func (r *abuseRig) submitHonestJob(u *abuseUser, n int) *abuseJob {
	r.t.Helper()
	input, _ := demo.Digit(n)
	for try := 0; ; try++ {
		op, _, salt := r.jobOp(u, r.nextJobID(), input, 100_000, u.nonce)
		rollup.Sign(op, u.key)
		id, err := r.submitJob(r.honest, op, input, salt)
		if rpcCode(err) == sequencer.CodeJobIDTaken && try < 5 {
			continue
		}
		if err != nil {
			r.t.Fatalf("the honest job: %v", err)
		}
		u.nonce++
		r.ack(id, fmt.Sprintf("SubmitJob %d", op.JobID))
		j := &abuseJob{id: op.JobID, input: input, commit: op.InputCommit}
		r.honestJobs = append(r.honestJobs, j)
		r.t.Logf("honest job %d submitted (digit %d)", j.id, n)
		return j
	}
}

// requestL1 requests an inference of input on L1 (zero salt) as u and
// returns the L1 job id.
func (r *abuseRig) requestL1(u *abuseUser, input []byte) uint32 {
	rollupC, err := bindings.NewNexusRollup(r.deployment.NexusRollup, r.l1c)
	if err != nil {
		r.t.Fatal(err)
	}
	head, err := r.l1c.HeaderByNumber(context.Background(), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	o := r.c.opts(r.t, u.eth)
	o.Value = big.NewInt(100_000 * params.GWei)
	commit := statement.Commit(input, fr.Element{})
	tx, err := rollupC.RequestInference(o, 1, commit.BigInt(new(big.Int)), uint32(head.Time+3600), input)
	rc := r.c.mined(r.t, "requestInference", tx, err)
	for _, l := range rc.Logs {
		if ev, err := rollupC.ParseInferenceRequested(*l); err == nil {
			r.t.Logf("L1 job %d requested (%d input bytes)", ev.JobId, len(input))
			return ev.JobId
		}
	}
	r.t.Fatal("requestInference emitted no InferenceRequested")
	return 0
}

func (r *abuseRig) ack(id common.Hash, what string) { r.acked[id] = what }

func (r *abuseRig) nextJobID() uint32 {
	var id uint32
	if err := r.call(r.honest, &id, "nexus_nextJobID"); err != nil {
		r.t.Fatal(err)
	}
	return id
}

func (r *abuseRig) account(u *abuseUser) *sequencer.Account {
	var a sequencer.Account
	if err := r.call(r.honest, &a, "nexus_getAccount", u.id); err != nil {
		r.t.Fatal(err)
	}
	if a.Balances[0] == nil {
		a.Balances[0] = new(hexutil.Big)
	}
	return &a
}

func (r *abuseRig) jobOrErr(id uint32) (*sequencer.Job, error) {
	var j sequencer.Job
	err := r.call(r.honest, &j, "nexus_getJob", id)
	return &j, err
}

func (r *abuseRig) job(id uint32) *sequencer.Job {
	j, err := r.jobOrErr(id)
	if err != nil {
		r.t.Fatal(err)
	}
	return j
}

func (r *abuseRig) waitJob(id uint32, ok func(*sequencer.Job) bool, what string) *sequencer.Job {
	var j *sequencer.Job
	r.waitFor(func() bool {
		var err error
		j, err = r.jobOrErr(id)
		return err == nil && ok(j)
	}, fmt.Sprintf("job %d %s", id, what))
	return j
}

func (r *abuseRig) status(id common.Hash) *sequencer.OpStatus {
	var st sequencer.OpStatus
	if err := r.call(r.honest, &st, "nexus_getOpStatus", id); err != nil {
		r.t.Fatal(err)
	}
	return &st
}

func (r *abuseRig) waitFinal(id common.Hash) *sequencer.OpStatus {
	var st *sequencer.OpStatus
	r.waitFor(func() bool { st = r.status(id); return st.Status == "included" || st.Status == "rejected" }, "op "+id.Hex())
	return st
}

func (r *abuseRig) result(u *abuseUser, job uint32) *proverapi.Result {
	req := proverapi.ResultRequest{JobID: job}
	auth, err := proverapi.NewAuth(proverapi.MethodGetResult, u.id, req.Body(), u.key, time.Now(), time.Minute, randNonce())
	if err != nil {
		r.t.Fatal(err)
	}
	req.Auth = auth
	var res proverapi.Result
	if err := r.call(r.honest, &res, "nexus_getResult", req); err != nil {
		r.t.Fatalf("getResult(%d): %v", job, err)
	}
	return &res
}

// post sends body on a fresh connection (the rate limit is per connection)
// and returns the HTTP status and body.
func (r *abuseRig) post(body []byte) (int, []byte) {
	c := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
	resp, err := c.Post(r.seq, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, nil // the server may cut an oversize body
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

// wsRoundTrip sends msg on a fresh WebSocket and reads one answer (nil if
// the server closed the connection instead).
func (r *abuseRig) wsRoundTrip(msg []byte) []byte {
	c, _, err := websocket.DefaultDialer.Dial("ws://"+r.seqAddr, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	defer c.Close()
	if err := c.WriteMessage(websocket.TextMessage, msg); err != nil {
		return nil
	}
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	_, out, err := c.ReadMessage()
	if err != nil {
		return nil
	}
	return out
}

// abuseBatch is a JSON-RPC batch of n calls of method with params (JSON).
func abuseBatch(n int, method, params string) []byte {
	calls := make([]string, n)
	for i := range calls {
		calls[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, i+1, method, params)
	}
	return []byte("[" + strings.Join(calls, ",") + "]")
}

// abuseAnswered counts the results (not errors) of a JSON-RPC response.
func abuseAnswered(raw []byte) int {
	type resp struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	var rs []resp
	if json.Unmarshal(raw, &rs) != nil {
		var one resp
		if json.Unmarshal(raw, &one) == nil && one.Error == nil && one.Result != nil {
			return 1
		}
		return 0
	}
	n := 0
	for _, x := range rs {
		if x.Error == nil {
			n++
		}
	}
	return n
}

func abuseCommitHash(input []byte, salt fr.Element) common.Hash {
	c := statement.Commit(input, salt)
	return common.Hash(c.Bytes())
}

func rpcCode(err error) int {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return 0
}

func randNonce() uint64 {
	var n [8]byte
	rand.Read(n[:])
	return binary.BigEndian.Uint64(n[:])
}

// count is how many lines contain substr.
func (l *lines) count(substr string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, s := range l.all {
		if strings.Contains(s, substr) {
			n++
		}
	}
	return n
}
