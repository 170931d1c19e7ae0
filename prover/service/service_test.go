package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

func init() { logger.Disable() }

// l1Queue is a fixed L1 priority queue: the sequencer under test is real,
// only L1 is stood in for.
type l1Queue struct {
	mu  sync.Mutex
	ops []rollup.Op
}

func (q *l1Queue) Next() (uint64, [32]byte, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return uint64(len(q.ops)), [32]byte{}, nil
}

func (q *l1Queue) Op(i uint64) (*watcher.PriorityOp, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	enc, err := rollup.L1Encoding(q.ops[i-1])
	return &watcher.PriorityOp{Index: i, Encoding: enc}, err
}

func key(seed byte) *keys.PrivateKey {
	s := make([]byte, 32)
	s[0] = seed
	k, _ := keys.FromSeed(s)
	return k
}

type seqNode struct {
	seq    *sequencer.Sequencer
	srv    *sequencer.Server
	db     *leveldb.Store
	client *rpc.Client
}

func startSequencer(t *testing.T, dir, addr string, q *l1Queue, verifier sequencer.ProofVerifier) *seqNode {
	t.Helper()
	db, err := leveldb.Open(filepath.Join(dir, "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := state.Open(db, state.Params{AccountDepth: 8, TokenDepth: 4, JobDepth: 8, ModelDepth: 4})
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	pool, err := mempool.Open(db, mempool.Config{})
	if err != nil {
		t.Fatal(err)
	}
	seq, err := sequencer.New(db, ex, pool, q, sequencer.Config{MaxChunks: 64, BatchTimeout: 100 * time.Millisecond, MinOps: 1,
		Work: sequencer.WorkConfig{Verifier: verifier}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := sequencer.NewServer(addr, sequencer.NewAPI(seq))
	if err != nil {
		t.Fatal(err)
	}
	srv.Start(context.Background())
	seq.Start(context.Background())
	client, _ := rpc.Dial("http://" + srv.Addr())
	return &seqNode{seq: seq, srv: srv, db: db, client: client}
}

func (n *seqNode) stop() {
	n.client.Close()
	n.srv.Stop(context.Background())
	n.seq.Stop(context.Background())
	n.db.Close()
}

func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestSubmitProveFulfil runs a real sequencer and a real prover service on
// the tiny model: a job is submitted, offered, locked, proved, its proof
// verified by the sequencer and the job fulfilled in a sealed batch; the
// requester reads the result. The sequencer is restarted while the prover
// runs, and the prover carries on.
func TestSubmitProveFulfil(t *testing.T) {
	dir := t.TempDir()
	m := modeltest.Tiny()
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	modelFile := filepath.Join(dir, "tiny.nxm")
	os.WriteFile(modelFile, enc, 0o644)
	cache := filepath.Join(dir, "keys")
	files := map[uint32]string{1: modelFile}
	verifier, _ := modelset.New(modelset.Config{Files: files, KeyCache: cache})
	proverModels, _ := modelset.New(modelset.Config{Files: files, KeyCache: cache, Setup: true})

	requester, prover := key(1), key(2)
	reqAddr, proverAddr := common.Address{1}, common.Address{2}
	q := &l1Queue{ops: []rollup.Op{
		&rollup.Deposit{Depositor: reqAddr, PubKey: requester.Public().Wire(), Amount: big.NewInt(1e18)},
		&rollup.RegisterModel{ModelID: 1, FeeGwei: 10, VKHash: fr.NewElement(7), OwnerPubKey: requester.Public().Wire(), Owner: reqAddr},
		&rollup.ProverStake{Prover: proverAddr, PubKey: prover.Public().Wire(), Stake: big.NewInt(1e18)},
	}}
	seqDir := filepath.Join(dir, "seq")
	n := startSequencer(t, seqDir, "127.0.0.1:0", q, verifier)
	addr := n.srv.Addr()
	defer func() { n.stop() }()

	var reqID uint32
	waitFor(t, "the deposit", 10*time.Second, func() bool {
		w := requester.Public().Wire()
		return n.client.Call(&reqID, "nexus_accountOf", hexutil.Bytes(w[:]), reqAddr) == nil
	})

	var log bytes.Buffer
	svc, err := New(Config{Sequencer: "http://" + addr, DataDir: filepath.Join(dir, "prover"), Workers: 1,
		PollInterval: 100 * time.Millisecond, MaxBackoff: 300 * time.Millisecond},
		Setup{Key: prover, L1Address: proverAddr, Models: proverModels, Log: newTestLogger(&log)})
	if err != nil {
		t.Fatal(err)
	}
	svc.Start(context.Background())
	defer svc.Stop(context.Background())

	input := []byte{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 250}
	jobID := submitJob(t, n.client, requester, reqID, input)

	// Restart the sequencer on the same port and datadir once the job is
	// locked; the prover reconnects.
	waitFor(t, "the lock", 20*time.Second, func() bool {
		var job sequencer.Job
		return n.client.Call(&job, "nexus_getJob", jobID) == nil && job.Status == "locked"
	})
	n.stop()
	time.Sleep(300 * time.Millisecond)
	n = startSequencer(t, seqDir, addr, q, verifier)

	var job sequencer.Job
	waitFor(t, "the fulfilment", 30*time.Second, func() bool {
		return n.client.Call(&job, "nexus_getJob", jobID) == nil && job.Status == "fulfilled"
	})
	want, _ := m.Run(input)
	res := getResult(t, n.client, requester, reqID, jobID)
	if len(res.Output) != len(want) {
		t.Fatalf("output %v, want %v", res.Output, want)
	}
	for i := range want {
		if res.Output[i] != want[i] {
			t.Fatalf("output %v, want %v", res.Output, want)
		}
	}
	if res.OutputCommit != job.OutputCommit {
		t.Fatal("result does not match the fulfilled job's output commitment")
	}
	var ic, oc, salt fr.Element
	ic.SetBytes(job.InputCommit[:])
	oc.SetBytes(job.OutputCommit[:])
	salt.SetBytes(res.OutputSalt)
	if err := verifier.Verify(1, jobID, ic, res.Output, salt, oc, res.Proof); err != nil {
		t.Fatalf("the stored proof does not verify: %v", err)
	}
	// The committed form opens the output commitment, as an L1 dApp would.
	if statement.Commit(res.CommittedOutput, salt) != oc {
		t.Fatalf("committed output %x does not open the output commitment", res.CommittedOutput)
	}
	var acc sequencer.Account
	n.client.Call(&acc, "nexus_getAccount", job.Prover)
	if acc.Fulfilled != 1 || acc.Locked.ToInt().Sign() != 0 {
		t.Fatalf("prover account after fulfilment: %+v", acc)
	}
	waitFor(t, "the prover to forget the acknowledged result", 10*time.Second, func() bool {
		return !svc.store.has(jobID)
	})

	// A second job of the model it has proven: proven within the offer and
	// fulfilled directly, no LockJob (the prover's nonce counts three ops:
	// the first job's lock and fulfilment, and this fulfilment).
	second := submitJob(t, n.client, requester, reqID, input)
	waitFor(t, "the direct fulfilment", 30*time.Second, func() bool {
		return n.client.Call(&job, "nexus_getJob", second) == nil && job.Status == "fulfilled"
	})
	n.client.Call(&acc, "nexus_getAccount", job.Prover)
	if acc.Fulfilled != 2 || acc.Locked.ToInt().Sign() != 0 || acc.Nonce != 3 {
		t.Fatalf("prover account after a direct fulfilment: %+v, want 2 fulfilled, nothing locked, nonce 3", acc)
	}
	if !strings.Contains(log.String(), "proving without a lock") {
		t.Fatalf("the second job was not proven without a lock:\n%s", log.String())
	}
	t.Logf("prover log:\n%s", log.String())
}

func submitJob(t *testing.T, c *rpc.Client, k *keys.PrivateKey, requester uint32, input []byte) uint32 {
	t.Helper()
	var jobID uint32
	if err := c.Call(&jobID, "nexus_nextJobID"); err != nil {
		t.Fatal(err)
	}
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	var acc sequencer.Account
	c.Call(&acc, "nexus_getAccount", requester)
	op := &rollup.SubmitJob{Requester: requester, JobID: jobID, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: 1000, Deadline: uint32(time.Now().Unix() + 600), Nonce: acc.Nonce}
	rollup.Sign(op, k)
	raw, _ := rollup.MarshalOpJSON(op)
	var id common.Hash
	if err := c.Call(&id, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes(input), hexutil.Bytes(sb[:])); err != nil {
		t.Fatal(err)
	}
	return jobID
}

func getResult(t *testing.T, c *rpc.Client, k *keys.PrivateKey, account, jobID uint32) *proverapi.Result {
	t.Helper()
	req := proverapi.ResultRequest{JobID: jobID}
	req.Auth, _ = proverapi.NewAuth(proverapi.MethodGetResult, account, req.Body(), k, time.Now(), time.Minute, uint64(time.Now().UnixNano()))
	var r proverapi.Result
	if err := c.Call(&r, "nexus_getResult", req); err != nil {
		t.Fatal(err)
	}
	return &r
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func newTestLogger(b *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(&syncWriter{w: b}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// TestAnotherAccountCannotReplaceAJobsInput runs a real sequencer and prover
// on the tiny model: an attacker signs its own SubmitJob naming the victim's
// pending job id, with its own input; the sequencer refuses it, and the
// prover proves the victim's input, its proof is accepted (none counted
// against it) and the job is fulfilled with the victim's output.
func TestAnotherAccountCannotReplaceAJobsInput(t *testing.T) {
	dir := t.TempDir()
	m := modeltest.Tiny()
	enc, _ := m.Encode()
	modelFile := filepath.Join(dir, "tiny.nxm")
	os.WriteFile(modelFile, enc, 0o644)
	cache := filepath.Join(dir, "keys")
	files := map[uint32]string{1: modelFile}
	verifier, _ := modelset.New(modelset.Config{Files: files, KeyCache: cache})
	proverModels, _ := modelset.New(modelset.Config{Files: files, KeyCache: cache, Setup: true})

	requester, prover, attacker := key(1), key(2), key(3)
	reqAddr, proverAddr, attAddr := common.Address{1}, common.Address{2}, common.Address{3}
	q := &l1Queue{ops: []rollup.Op{
		&rollup.Deposit{Depositor: reqAddr, PubKey: requester.Public().Wire(), Amount: big.NewInt(1e18)},
		&rollup.RegisterModel{ModelID: 1, FeeGwei: 10, VKHash: fr.NewElement(7), OwnerPubKey: requester.Public().Wire(), Owner: reqAddr},
		&rollup.ProverStake{Prover: proverAddr, PubKey: prover.Public().Wire(), Stake: big.NewInt(1e18)},
		&rollup.Deposit{Depositor: attAddr, PubKey: attacker.Public().Wire(), Amount: big.NewInt(1e18)},
	}}
	n := startSequencer(t, filepath.Join(dir, "seq"), "127.0.0.1:0", q, verifier)
	defer n.stop()
	var reqID, attID uint32
	waitFor(t, "the deposits", 10*time.Second, func() bool {
		w, a := requester.Public().Wire(), attacker.Public().Wire()
		return n.client.Call(&reqID, "nexus_accountOf", hexutil.Bytes(w[:]), reqAddr) == nil &&
			n.client.Call(&attID, "nexus_accountOf", hexutil.Bytes(a[:]), attAddr) == nil
	})

	input := []byte{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 250}
	jobID := submitJob(t, n.client, requester, reqID, input)
	// The attacker's own SubmitJob for the same id, its input opening its
	// own commitment: the sequencer must not take it.
	evil := bytes.Repeat([]byte{255}, len(input))
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	op := &rollup.SubmitJob{Requester: attID, JobID: jobID, ModelID: 1, InputCommit: statement.Commit(evil, salt),
		FeeGwei: 1000, Deadline: uint32(time.Now().Unix() + 600)}
	rollup.Sign(op, attacker)
	raw, _ := rollup.MarshalOpJSON(op)
	var id common.Hash
	err := n.client.Call(&id, "nexus_submitJob", json.RawMessage(raw), hexutil.Bytes(evil), hexutil.Bytes(sb[:]))
	var rerr rpc.Error
	if err == nil || !errors.As(err, &rerr) || rerr.ErrorCode() != sequencer.CodeJobIDTaken {
		t.Fatalf("the attacker's SubmitJob for job %d: %v", jobID, err)
	}

	var log bytes.Buffer
	svc, err := New(Config{Sequencer: "http://" + n.srv.Addr(), DataDir: filepath.Join(dir, "prover"), Workers: 1,
		PollInterval: 100 * time.Millisecond, MaxBackoff: 300 * time.Millisecond},
		Setup{Key: prover, L1Address: proverAddr, Models: proverModels, Log: newTestLogger(&log)})
	if err != nil {
		t.Fatal(err)
	}
	svc.Start(context.Background())
	defer svc.Stop(context.Background())
	var job sequencer.Job
	waitFor(t, "the fulfilment", 60*time.Second, func() bool {
		return n.client.Call(&job, "nexus_getJob", jobID) == nil && job.Status == "fulfilled"
	})
	if job.Requester != uint64(reqID) {
		t.Fatalf("job %d belongs to account %d, want the requester %d", jobID, job.Requester, reqID)
	}
	want, _ := m.Run(input)
	res := getResult(t, n.client, requester, reqID, jobID)
	if fmt.Sprint(res.Output) != fmt.Sprint(want) {
		t.Fatalf("output %v, want the victim's %v", res.Output, want)
	}
	if bad := n.seq.BadProofs(uint32(job.Prover)); bad != 0 {
		t.Fatalf("%d proofs of the honest prover rejected", bad)
	}
	var acc sequencer.Account
	n.client.Call(&acc, "nexus_getAccount", job.Prover)
	if acc.Expired != 0 || acc.Fulfilled != 1 {
		t.Fatalf("honest prover: %+v", acc)
	}
}
