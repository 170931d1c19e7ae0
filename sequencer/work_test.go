package sequencer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// queue is a fixed L1 priority queue; inputs holds the L1 jobs' inputs by
// queue index, as the watcher reads them from InferenceRequested.
type queue struct {
	ops    []rollup.Op
	inputs map[uint64][]byte
}

func (q *queue) Next() (uint64, [32]byte, error) { return uint64(len(q.ops)), [32]byte{}, nil }
func (q *queue) Op(i uint64) (*watcher.PriorityOp, error) {
	enc, err := rollup.L1Encoding(q.ops[i-1])
	return &watcher.PriorityOp{Index: i, Encoding: enc, Input: q.inputs[i]}, err
}

// stubVerifier accepts exactly goodProof with output [7]; other outputs
// do not open the commitment, other proofs fail.
type stubVerifier struct{}

var goodProof = []byte("good proof")

func (stubVerifier) Verify(_, _ uint32, _ fr.Element, output []int64, _, _ fr.Element, proof []byte) error {
	if len(output) != 1 || output[0] != 7 {
		return fmt.Errorf("%w: output and salt do not open the output commitment", modelset.ErrBadOutput)
	}
	if !bytes.Equal(proof, goodProof) {
		return fmt.Errorf("%w: pairing does not match", proverapi.ErrBadProof)
	}
	return nil
}

// InputSize: model 1 takes 3 input bytes.
func (stubVerifier) InputSize(model uint32) (int, error) {
	if model != 1 {
		return 0, fmt.Errorf("%w: %d", proverapi.ErrUnknownModel, model)
	}
	return 3, nil
}

type fixture struct {
	t                   *testing.T
	q                   *queue
	seq                 *Sequencer
	api                 *API
	requester, prover   *keys.PrivateKey
	reqID, proverID     uint32
	jobID               uint32
	now                 time.Time
	nonce               atomic.Uint64
	outputSalt, outputC fr.Element
}

// newFixture runs a sequencer with a requester, a registered model, a staked
// prover and one open job in sealed batches.
func newFixture(t *testing.T) *fixture { return newFixtureWith(t, stubVerifier{}) }

// newFixtureWith is newFixture with another proof verifier; the fixture's
// job has model 1's input size.
func newFixtureWith(t *testing.T, verifier ProofVerifier) *fixture {
	f := &fixture{t: t, requester: key(1), prover: key(2), now: time.Unix(1_800_000_000, 0)}
	db := memorydb.New()
	st, _ := state.Open(db, testParams)
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	pool, _ := mempool.Open(db, mempool.Config{})
	q := &queue{ops: []rollup.Op{
		&rollup.Deposit{Depositor: [20]byte{1}, PubKey: f.requester.Public().Wire(), Amount: big.NewInt(1e18)},
		&rollup.RegisterModel{ModelID: 1, FeeGwei: 10, VKHash: fr.NewElement(7), OwnerPubKey: f.requester.Public().Wire(), Owner: [20]byte{1}},
		&rollup.ProverStake{Prover: [20]byte{2}, PubKey: f.prover.Public().Wire(), Stake: big.NewInt(1e18)},
	}}
	seq, err := New(db, ex, pool, q, Config{MaxChunks: 64, BatchTimeout: time.Second, MinOps: 1,
		Work: WorkConfig{Verifier: verifier}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	seq.now = func() time.Time { return f.now }
	f.q, f.seq, f.api = q, seq, NewAPI(seq)
	f.seal()
	f.reqID, _, _ = ex.AccountOf(f.requester.Public().Wire(), [20]byte{1})
	f.proverID, _, _ = ex.AccountOf(f.prover.Public().Wire(), [20]byte{2})

	f.jobID, _ = f.api.NextJobID()
	size := 3
	if m, ok := verifier.(interface{ InputSize(uint32) (int, error) }); ok {
		size, _ = m.InputSize(1)
	}
	input := make([]byte, size)
	for i := range input {
		input[i] = byte(i + 1)
	}
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	op := &rollup.SubmitJob{Requester: f.reqID, JobID: f.jobID, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: 1000, Deadline: uint32(f.now.Unix() + 3600)}
	rollup.Sign(op, f.requester)
	raw, _ := rollup.MarshalOpJSON(op)
	if _, err := f.api.SubmitJob(raw, input, sb[:]); err != nil {
		t.Fatal(err)
	}
	f.seal()
	f.outputSalt = fr.NewElement(5)
	f.outputC = statement.Commit([]byte{7}, f.outputSalt)
	return f
}

func (f *fixture) seal() {
	f.t.Helper()
	if _, err := f.seq.Seal(); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) auth(method string, account uint32, k *keys.PrivateKey, body []byte, validity time.Duration) proverapi.Auth {
	a, err := proverapi.NewAuth(method, account, body, k, f.now, validity, f.nonce.Add(1))
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

func (f *fixture) workRequest() proverapi.WorkRequest {
	r := proverapi.WorkRequest{Capacity: 2, Models: []uint32{1}}
	r.Auth = f.auth(proverapi.MethodGetWork, f.proverID, f.prover, r.Body(), time.Minute)
	return r
}

func (f *fixture) lockOp(prover uint32, k *keys.PrivateKey, job uint32, deadline int64) json.RawMessage {
	op := &rollup.LockJob{Prover: prover, JobID: job, LockDeadline: uint32(deadline), Nonce: 0}
	rollup.Sign(op, k)
	raw, _ := rollup.MarshalOpJSON(op)
	return raw
}

func (f *fixture) submission(mut func(*proverapi.ProofSubmission, *rollup.FulfillJob)) proverapi.ProofSubmission {
	op := &rollup.FulfillJob{Prover: f.proverID, JobID: f.jobID, OutputCommit: f.outputC, Nonce: 1}
	sb := f.outputSalt.Bytes()
	p := proverapi.ProofSubmission{JobID: f.jobID, Output: []int64{7}, OutputSalt: sb[:], Proof: goodProof}
	signer := f.prover
	if mut != nil {
		mut(&p, op)
	}
	rollup.Sign(op, signer)
	p.Op, _ = rollup.MarshalOpJSON(op)
	switch {
	case p.Auth.Account == f.reqID:
		p.Auth = f.auth(proverapi.MethodSubmitProof, f.reqID, f.requester, p.Body(), time.Minute)
	case p.Auth.Sig == nil:
		p.Auth = f.auth(proverapi.MethodSubmitProof, f.proverID, f.prover, p.Body(), time.Minute)
	}
	return p
}

func wantErr(t *testing.T, name string, err error, want string, code int) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("%s: got %v, want an error containing %q", name, err, want)
		return
	}
	var ce interface{ ErrorCode() int }
	if code != 0 && (!errors.As(err, &ce) || ce.ErrorCode() != code) {
		t.Errorf("%s: error %q has no code %d", name, err, code)
	}
}

// TestProverAPIBadRequests sends each prover-API method requests that must
// be refused with a clear JSON-RPC error, then the good ones: getWork offers
// the job with its input, lockJob admits the lock, submitProof verifies the
// proof (counting bad ones against the prover), the job is fulfilled in a
// sealed batch and its requester reads the result.
func TestProverAPIBadRequests(t *testing.T) {
	f := newFixture(t)
	a := f.api

	// nexus_getWork.
	replayed := f.workRequest()
	other := key(9)
	getWork := []struct {
		name string
		mut  func(*proverapi.WorkRequest)
		want string
		code int
	}{
		{"zero capacity", func(r *proverapi.WorkRequest) { r.Capacity = 0 }, "capacity must be", -32602},
		{"huge capacity", func(r *proverapi.WorkRequest) { r.Capacity = MaxCapacity + 1 }, "capacity must be", -32602},
		{"no models", func(r *proverapi.WorkRequest) { r.Models = nil }, "models must list", -32602},
		{"too many models", func(r *proverapi.WorkRequest) { r.Models = make([]uint32, proverapi.MaxModels+1) }, "models must list", -32602},
		{"bad signature", func(r *proverapi.WorkRequest) { r.Auth.Sig[3] ^= 1 }, "authentication failed", CodeUnauthorized},
		{"signed by another key", func(r *proverapi.WorkRequest) {
			r.Auth = f.auth(proverapi.MethodGetWork, f.proverID, other, r.Body(), time.Minute)
		}, "bad signature", CodeUnauthorized},
		{"body changed after signing", func(r *proverapi.WorkRequest) { r.Capacity = 3 }, "bad signature", CodeUnauthorized},
		{"signed for another method", func(r *proverapi.WorkRequest) {
			r.Auth = f.auth(proverapi.MethodGetResult, f.proverID, f.prover, r.Body(), time.Minute)
		}, "bad signature", CodeUnauthorized},
		{"expired", func(r *proverapi.WorkRequest) {
			r.Auth = f.auth(proverapi.MethodGetWork, f.proverID, f.prover, r.Body(), -time.Second)
		}, "expired", CodeUnauthorized},
		{"expiry too far ahead", func(r *proverapi.WorkRequest) {
			r.Auth = f.auth(proverapi.MethodGetWork, f.proverID, f.prover, r.Body(), time.Hour)
		}, "ahead", CodeUnauthorized},
		{"account zero", func(r *proverapi.WorkRequest) { r.Auth.Account = 0 }, "out of range", CodeUnauthorized},
		{"unknown account", func(r *proverapi.WorkRequest) { r.Auth.Account = 200 }, "no L2 key", CodeUnauthorized},
		{"not a prover", func(r *proverapi.WorkRequest) {
			r.Auth = f.auth(proverapi.MethodGetWork, f.reqID, f.requester, r.Body(), time.Minute)
		}, "no stake", -32602},
		{"empty signature", func(r *proverapi.WorkRequest) { r.Auth.Sig = nil }, "authentication failed", CodeUnauthorized},
	}
	for _, tt := range getWork {
		r := f.workRequest()
		tt.mut(&r)
		_, err := a.GetWork(r)
		wantErr(t, "getWork: "+tt.name, err, tt.want, tt.code)
	}
	work, err := a.GetWork(replayed)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.GetWork(replayed); err == nil || !errors.Is(err, ErrReplay) {
		t.Errorf("getWork: replayed request: %v", err)
	}
	if len(work.Items) != 1 || work.Items[0].Status != "offered" || !bytes.Equal(work.Items[0].Input, []byte{1, 2, 3}) ||
		work.NextNonce != 0 {
		t.Fatalf("work: %+v", work)
	}
	item := work.Items[0]

	// nexus_lockJob.
	dl := int64(item.LockDeadline)
	lockJob := []struct {
		name string
		op   json.RawMessage
		want string
		code int
	}{
		{"not JSON", json.RawMessage(`{`), "", -32602},
		{"another op type", func() json.RawMessage {
			raw, _ := rollup.MarshalOpJSON(&rollup.CancelJob{Requester: 1, JobID: 1, Sig: []byte{0}})
			return raw
		}(), "want a LockJob", -32602},
		{"oversize", json.RawMessage(`"` + strings.Repeat("a", MaxOpSize) + `"`), "at most", -32602},
		{"bad signature", f.lockOp(f.proverID, other, f.jobID, dl), "invalid signature", CodeUnauthorized},
		{"wrong prover", f.lockOp(f.reqID, f.requester, f.jobID, dl), "not offered", -32602},
		{"unknown job", f.lockOp(f.proverID, f.prover, 77, dl), "want open", -32602},
		{"job out of range", f.lockOp(f.proverID, f.prover, 1<<20, dl), "out of range", -32602},
		{"deadline past the job's", f.lockOp(f.proverID, f.prover, f.jobID, int64(item.Deadline)+1), "lock deadline", -32602},
		{"deadline in the past", f.lockOp(f.proverID, f.prover, f.jobID, f.now.Unix()-1), "lock deadline", -32602},
	}
	for _, tt := range lockJob {
		_, err := a.LockJob(tt.op)
		wantErr(t, "lockJob: "+tt.name, err, tt.want, tt.code)
	}
	if _, err := a.LockJob(f.lockOp(f.proverID, f.prover, f.jobID, dl)); err != nil {
		t.Fatal(err)
	}

	// nexus_submitProof: the lock is still in the mempool (the fast path).
	replay := f.submission(func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.Proof = []byte{0xff} })
	submit := []struct {
		name string
		mut  func(*proverapi.ProofSubmission, *rollup.FulfillJob)
		want string
		code int
		bad  bool // counts against the prover
	}{
		{"bad request signature", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) {
			p.Auth = f.auth(proverapi.MethodSubmitProof, f.proverID, other, nil, time.Minute)
		}, "bad signature", CodeUnauthorized, false},
		{"proof swapped after signing", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) {
			p.Auth = f.auth(proverapi.MethodSubmitProof, f.proverID, f.prover, []byte("other body"), time.Minute)
		}, "bad signature", CodeUnauthorized, false},
		{"another account's request", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) {
			p.Auth.Account = f.reqID // re-signed below by that account
		}, "the FulfillJob is for job", -32602, false},
		{"unknown job", func(p *proverapi.ProofSubmission, o *rollup.FulfillJob) { p.JobID, o.JobID = 77, 77 }, "not locked", -32602, false},
		{"job out of range", func(p *proverapi.ProofSubmission, o *rollup.FulfillJob) { p.JobID, o.JobID = 1<<20, 1<<20 }, "out of range", -32602, false},
		{"op for another job", func(_ *proverapi.ProofSubmission, o *rollup.FulfillJob) { o.JobID = 77 }, "the FulfillJob is for job", -32602, false},
		{"malformed salt", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.OutputSalt = []byte{1} }, "32-byte field element", -32602, false},
		{"non-canonical salt", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) {
			p.OutputSalt = bytes.Repeat([]byte{0xff}, 32)
		}, "32-byte field element", -32602, false},
		{"no output", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.Output = nil }, "output must have", -32602, false},
		{"oversize output", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.Output = make([]int64, MaxOutputValues+1) }, "output must have", -32602, false},
		{"oversize proof", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) {
			p.Proof = make([]byte, proverapi.MaxProofSize+1)
		}, "proof must be", -32602, false},
		{"empty proof", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.Proof = nil }, "proof must be", -32602, false},
		{"wrong output for the proof", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.Output = []int64{8} }, "do not open", -32602, false},
		{"malformed proof bytes", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) { p.Proof = []byte{1, 2, 3} }, "rejected", CodeBadProof, true},
		{"proof that does not verify", func(p *proverapi.ProofSubmission, _ *rollup.FulfillJob) {
			p.Proof = append([]byte(nil), goodProof...)
			p.Proof[0] ^= 1
		}, "rejected", CodeBadProof, true},
	}
	bad := uint64(0)
	for _, tt := range submit {
		_, err := a.SubmitProof(f.submission(tt.mut))
		wantErr(t, "submitProof: "+tt.name, err, tt.want, tt.code)
		if tt.bad {
			bad++
		}
		if got := f.seq.BadProofs(f.proverID); got != bad {
			t.Errorf("submitProof: %s: %d bad proofs counted, want %d", tt.name, got, bad)
		}
	}
	if _, err := a.SubmitProof(replay); err == nil || !strings.Contains(err.Error(), "rejected") {
		t.Fatalf("bad proof: %v", err)
	}
	if _, err := a.SubmitProof(replay); !errors.Is(err, ErrReplay) {
		t.Errorf("replayed submission: %v", err)
	}
	if _, err := a.SubmitProof(f.submission(nil)); err != nil {
		t.Fatal(err)
	}
	// A retry with a fresh request of the same FulfillJob is acknowledged.
	if _, err := a.SubmitProof(f.submission(nil)); err != nil {
		t.Fatalf("retried submission: %v", err)
	}

	// nexus_getResult.
	result := func(account uint32, k *keys.PrivateKey, job uint32) (*proverapi.Result, error) {
		r := proverapi.ResultRequest{JobID: job}
		r.Auth = f.auth(proverapi.MethodGetResult, account, k, r.Body(), time.Minute)
		return a.GetResult(r)
	}
	// Before the batch the verified result is served (soft confirmation).
	if r, err := result(f.reqID, f.requester, f.jobID); err != nil || r.Status != ResultVerified || r.Output[0] != 7 {
		t.Fatalf("result before the batch: %+v, %v", r, err)
	}
	f.seal()
	job, _ := a.GetJob(f.jobID)
	if job.Status != "fulfilled" {
		t.Fatalf("job after the batch: %+v", job)
	}
	r, err := result(f.reqID, f.requester, f.jobID)
	if err != nil || r.Output[0] != 7 || !bytes.Equal(r.Proof, goodProof) || r.Prover != f.proverID {
		t.Fatalf("result: %+v, %v", r, err)
	}
	if _, err := result(f.proverID, f.prover, f.jobID); err != nil {
		t.Fatalf("the prover's own result: %v", err)
	}
	wantErr(t, "getResult: unknown job", func() error { _, err := result(f.reqID, f.requester, 77); return err }(), "does not exist", -32602)
	wantErr(t, "getResult: bad signature", func() error { _, err := result(f.reqID, other, f.jobID); return err }(), "bad signature", CodeUnauthorized)
}

// TestExpiredLockIsSlashedAndReoffered locks the job, lets the lock pass its
// deadline and checks that the sequencer includes an ExpireJob on its own
// (the prover is slashed, the job reopens) and offers the job again.
func TestExpiredLockIsSlashedAndReoffered(t *testing.T) {
	f := newFixture(t)
	work, err := f.api.GetWork(f.workRequest())
	if err != nil || len(work.Items) != 1 {
		t.Fatalf("work: %+v, %v", work, err)
	}
	dl := f.now.Unix() + 60
	if _, err := f.api.LockJob(f.lockOp(f.proverID, f.prover, f.jobID, dl)); err != nil {
		t.Fatal(err)
	}
	f.seal()
	if j, _ := f.api.GetJob(f.jobID); j.Status != "locked" {
		t.Fatalf("job: %+v", j)
	}
	l, unlock := f.seq.lock()
	exp, _ := l.expiring(uint64(dl))
	unlock()
	if len(exp) != 0 {
		t.Fatalf("expiring at the deadline itself: %v", exp)
	}
	f.now = time.Unix(dl+1, 0)
	b, err := f.seq.Seal()
	if err != nil || b == nil || b.Receipts[0].Op.Type() != rollup.OpExpireJob {
		t.Fatalf("no ExpireJob sealed: %+v, %v", b, err)
	}
	acc, _ := f.api.GetAccount(f.proverID)
	if acc.Expired != 1 || acc.Locked.ToInt().Sign() != 0 || acc.Stake.ToInt().Cmp(big.NewInt(1e18)) >= 0 {
		t.Fatalf("prover after the expiry: %+v", acc)
	}
	if j, _ := f.api.GetJob(f.jobID); j.Status != "open" {
		t.Fatalf("job after the expiry: %+v", j)
	}
	// The reopened job is offered again (to the only prover there is).
	work, err = f.api.GetWork(f.workRequest())
	if err != nil {
		t.Fatal(err)
	}
	if len(work.Items) != 1 || work.Items[0].Status != "offered" || work.NextNonce != 1 {
		t.Fatalf("job not re-offered after the expiry: %+v", work)
	}
}

// TestL1JobIsOfferedWithItsInput: a dApp's requestInference reaches the
// provers like an L2 job, with the input read from L1 and the zero salt; a
// request whose input does not open its commitment under that salt is never
// offered and is refunded at its deadline, also after a restart.
func TestL1JobIsOfferedWithItsInput(t *testing.T) {
	f := newFixture(t)
	good, bad := []byte{4, 5, 6}, []byte{8, 9}
	deadline := uint32(f.now.Unix() + 600)
	f.q.ops = append(f.q.ops,
		&rollup.L1Job{JobID: rollup.L1JobBit, ModelID: 1, FeeGwei: 1000, Deadline: deadline, InputCommit: statement.Commit(good, L1JobSalt)},
		&rollup.L1Job{JobID: rollup.L1JobBit | 1, ModelID: 1, FeeGwei: 1000, Deadline: deadline, InputCommit: statement.Commit(bad, fr.NewElement(1))},
		&rollup.L1Job{JobID: rollup.L1JobBit | 2, ModelID: 1, FeeGwei: 1000, Deadline: deadline, InputCommit: statement.Commit(good, L1JobSalt)})
	n := uint64(len(f.q.ops))
	f.q.inputs = map[uint64][]byte{n - 2: good, n - 1: bad} // job 2's input never arrived
	f.seal()
	for id, want := range map[uint32]string{rollup.L1JobBit: "open", rollup.L1JobBit | 1: "open", rollup.L1JobBit | 2: "open"} {
		if j, err := f.api.GetJob(id); err != nil || j.Status != want {
			t.Fatalf("L1 job %#x: %+v, %v", id, j, err)
		}
	}
	req := f.workRequest()
	req.Capacity = 8
	req.Auth = f.auth(proverapi.MethodGetWork, f.proverID, f.prover, req.Body(), time.Minute)
	work, err := f.api.GetWork(req)
	if err != nil {
		t.Fatal(err)
	}
	var offered []uint32
	for _, it := range work.Items {
		offered = append(offered, it.JobID)
		if it.JobID != rollup.L1JobBit {
			continue
		}
		var salt fr.Element
		salt.SetBytes(it.InputSalt)
		if !bytes.Equal(it.Input, good) || len(it.InputSalt) != fr.Bytes || !salt.IsZero() || it.Status != "offered" {
			t.Fatalf("L1 job offered as %+v", it)
		}
	}
	if len(offered) != 2 || !slices.Contains(offered, f.jobID) || !slices.Contains(offered, rollup.L1JobBit) {
		t.Fatalf("offered %#x, want the L2 job %d and L1 job %#x only", offered, f.jobID, rollup.L1JobBit)
	}
	// A restart keeps all three live: the two that cannot be proven are
	// refunded at their deadline.
	seq, err := New(f.seq.db, f.seq.ex, f.seq.pool, f.q, f.seq.cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	seq.now = func() time.Time { return f.now }
	l, unlock := seq.lock()
	exp, err := l.expiring(uint64(deadline) + 1)
	unlock()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(exp)
	if want := []uint32{rollup.L1JobBit, rollup.L1JobBit | 1, rollup.L1JobBit | 2}; !slices.Equal(exp, want) {
		t.Fatalf("expiring after the deadline: %#x, want %#x", exp, want)
	}
}

// FuzzProverAPI feeds arbitrary request bodies to the prover API methods:
// each is refused with an error or served; nothing panics.
func FuzzProverAPI(f *testing.F) {
	fx := newFixture(&testing.T{})
	w := fx.workRequest()
	raw, _ := json.Marshal(w)
	f.Add(uint8(0), raw)
	sub := fx.submission(nil)
	raw, _ = json.Marshal(sub)
	f.Add(uint8(2), raw)
	f.Add(uint8(1), []byte(fx.lockOp(fx.proverID, fx.prover, fx.jobID, fx.now.Unix()+60)))
	f.Add(uint8(3), []byte(`{"auth":{"account":1,"expiry":1,"nonce":"0x1","sig":"0x"},"jobId":1}`))
	f.Fuzz(func(t *testing.T, method uint8, body []byte) {
		switch method % 4 {
		case 0:
			var r proverapi.WorkRequest
			if json.Unmarshal(body, &r) == nil {
				fx.api.GetWork(r)
			}
		case 1:
			fx.api.LockJob(body)
		case 2:
			var p proverapi.ProofSubmission
			if json.Unmarshal(body, &p) == nil {
				fx.api.SubmitProof(p)
			}
		case 3:
			var r proverapi.ResultRequest
			if json.Unmarshal(body, &r) == nil {
				fx.api.GetResult(r)
			}
		}
	})
}

// TestAcceptedProofFreesTheProver: a prover of capacity 1 whose proof was
// accepted is offered the next job before its LockJob and FulfillJob are
// sealed (soft confirmation does not cap it at one job per batch).
func TestAcceptedProofFreesTheProver(t *testing.T) {
	f := newFixture(t)
	a := f.api
	second, _ := a.NextJobID()
	input := []byte{1, 2, 3}
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	op := &rollup.SubmitJob{Requester: f.reqID, JobID: second, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: 1000, Deadline: uint32(f.now.Unix() + 3600), Nonce: 1}
	rollup.Sign(op, f.requester)
	raw, _ := rollup.MarshalOpJSON(op)
	if _, err := a.SubmitJob(raw, input, sb[:]); err != nil {
		t.Fatal(err)
	}

	getWork := func() *proverapi.Work {
		t.Helper()
		r := proverapi.WorkRequest{Capacity: 1, Models: []uint32{1}}
		r.Auth = f.auth(proverapi.MethodGetWork, f.proverID, f.prover, r.Body(), time.Minute)
		w, err := a.GetWork(r)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	offered := func(w *proverapi.Work) []uint32 {
		var ids []uint32
		for _, it := range w.Items {
			if it.Status == "offered" {
				ids = append(ids, it.JobID)
			}
		}
		return ids
	}
	first := offered(getWork())
	if len(first) != 1 {
		t.Fatalf("capacity 1: offered %v", first)
	}
	f.jobID = first[0] // the submission below fulfils the offered job
	if _, err := a.LockJob(f.lockOp(f.proverID, f.prover, f.jobID, f.now.Unix()+600)); err != nil {
		t.Fatal(err)
	}
	if got := offered(getWork()); len(got) != 0 {
		t.Fatalf("offered %v while the prover proves its one job", got)
	}
	if _, err := a.SubmitProof(f.submission(nil)); err != nil {
		t.Fatal(err)
	}
	next := offered(getWork())
	if len(next) != 1 || next[0] == f.jobID {
		t.Fatalf("after the accepted proof (nothing sealed): offered %v, want the other job", next)
	}
}

// TestDirectFulfilment: a prover that proves an offered job within the
// offer submits its FulfillJob without a LockJob. The job is then held for
// it (not offered again, not open to another prover's direct fulfilment),
// and seals as fulfilled with nothing locked. A job offered to nobody, or
// whose offer lapsed, cannot be fulfilled directly.
func TestDirectFulfilment(t *testing.T) {
	f := newFixture(t)
	a := f.api
	getWork := func() *proverapi.Work {
		t.Helper()
		w, err := a.GetWork(f.workRequest())
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	direct := func(nonce uint64) proverapi.ProofSubmission {
		return f.submission(func(_ *proverapi.ProofSubmission, op *rollup.FulfillJob) { op.Nonce = nonce })
	}

	// Not offered yet: refused.
	_, err := a.SubmitProof(direct(0))
	wantErr(t, "direct fulfilment before an offer", err, "neither locked nor offered", -32602)

	// Offered, proven within the offer: admitted without a lock.
	if w := getWork(); len(w.Items) != 1 || w.Items[0].Status != "offered" {
		t.Fatalf("work: %+v, want the job offered", w.Items)
	}
	first := direct(0)
	if _, err := a.SubmitProof(first); err != nil {
		t.Fatalf("direct fulfilment within the offer: %v", err)
	}
	// A second FulfillJob of the job (another nonce) while the first waits
	// would be refused at sealing and break the prover's nonces: refused.
	_, err = a.SubmitProof(direct(1))
	wantErr(t, "a second fulfilment while one is pending", err, "pending fulfilment", -32602)
	// The same op again (a retry) is fine.
	first.Auth = f.auth(proverapi.MethodSubmitProof, f.proverID, f.prover, first.Body(), time.Minute)
	if _, err := a.SubmitProof(first); err != nil {
		t.Fatalf("retrying the accepted submission: %v", err)
	}
	w := getWork()
	if len(w.Items) != 1 || w.Items[0].Status != "locked" || w.NextNonce != 1 {
		t.Fatalf("after the direct fulfilment: %+v (next nonce %d), want the job held for the prover", w.Items, w.NextNonce)
	}
	f.seal()
	j, err := a.GetJob(f.jobID)
	if err != nil {
		t.Fatal(err)
	}
	if j.Status != "fulfilled" || j.Prover != uint64(f.proverID) {
		t.Fatalf("sealed job: %+v, want fulfilled by prover %d", j, f.proverID)
	}
	acc, err := f.seq.ex.State().Account(uint64(f.proverID))
	if err != nil {
		t.Fatal(err)
	}
	if acc.Locked.Sign() != 0 || acc.Fulfilled != 1 {
		t.Fatalf("prover after a direct fulfilment: locked %v, fulfilled %d", acc.Locked, acc.Fulfilled)
	}

	// The fee left the requester's escrow; the model fee waits in the model
	// for its owner (the requester here) to claim it.
	st := f.seq.ex.State()
	if req, _ := st.Account(uint64(f.reqID)); req.EscrowGwei != 0 {
		t.Fatalf("requester escrows %d gwei after the fulfilment, want 0", req.EscrowGwei)
	}
	if m, _ := st.Model(1); m.EarnedGwei != 10 {
		t.Fatalf("model 1 earned %d gwei, want its fee 10", m.EarnedGwei)
	}
	before, _ := st.Balance(uint64(f.reqID), 0)
	claim := func(k *keys.PrivateKey, owner uint32, nonce uint64) error {
		op := &rollup.ClaimModelFees{Owner: owner, ModelID: 1, Nonce: nonce}
		rollup.Sign(op, k)
		raw, _ := rollup.MarshalOpJSON(op)
		_, err := a.SendOp(raw)
		return err
	}
	wantErr(t, "a claim by an account that does not own the model", claim(f.prover, f.proverID, 1), "does not own the model", -32602)
	if err := claim(f.requester, f.reqID, 1); err != nil {
		t.Fatalf("the owner's claim: %v", err)
	}
	f.seal()
	after, _ := st.Balance(uint64(f.reqID), 0)
	if m, _ := st.Model(1); m.EarnedGwei != 0 || new(big.Int).Sub(after, before).Cmp(big.NewInt(10*rollup.Gwei)) != 0 {
		t.Fatalf("after the claim: model keeps %d gwei, the owner got %v wei", m.EarnedGwei, new(big.Int).Sub(after, before))
	}
	wantErr(t, "a second claim with nothing earned", claim(f.requester, f.reqID, 2), "no sealed fees", -32602)
}

// TestDirectFulfilmentAfterTheOffer: a proof submitted without a lock after
// its offer lapsed is refused; the prover must lock first.
func TestDirectFulfilmentAfterTheOffer(t *testing.T) {
	f := newFixture(t)
	if w, err := f.api.GetWork(f.workRequest()); err != nil || len(w.Items) != 1 || w.Items[0].Status != "offered" {
		t.Fatalf("work: %+v, %v; want the job offered", w, err)
	}
	f.now = f.now.Add(f.seq.work.cfg.OfferTTL + time.Second)
	_, err := f.api.SubmitProof(f.submission(func(_ *proverapi.ProofSubmission, op *rollup.FulfillJob) { op.Nonce = 0 }))
	wantErr(t, "direct fulfilment after the offer", err, "neither locked nor offered", -32602)
}
