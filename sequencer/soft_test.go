package sequencer

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// submitPending admits a SubmitJob of the fixture's requester (its next
// nonce) without sealing it, and returns its job id and op id.
func (f *fixture) submitPending(input []byte, fee uint64, deadline int64) (uint32, [32]byte) {
	f.t.Helper()
	id, err := f.api.NextJobID()
	if err != nil {
		f.t.Fatal(err)
	}
	acc, _ := f.api.GetAccount(f.reqID)
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	op := &rollup.SubmitJob{Requester: f.reqID, JobID: id, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: fee, Deadline: uint32(deadline), Nonce: acc.Nonce + uint64(f.seq.pool.PendingOf(f.reqID))}
	rollup.Sign(op, f.requester)
	raw, _ := rollup.MarshalOpJSON(op)
	opID, err := f.api.SubmitJob(raw, input, sb[:])
	if err != nil {
		f.t.Fatal(err)
	}
	return id, opID
}

func (f *fixture) job(id uint32) *state.Job {
	f.t.Helper()
	leaf, _ := rollup.JobLeaf(id, testParams.JobDepth)
	j, err := f.seq.ex.State().Job(leaf)
	if err != nil {
		f.t.Fatal(err)
	}
	return j
}

func (f *fixture) offered(job uint32) *proverapi.WorkItem {
	f.t.Helper()
	work, err := f.api.GetWork(f.workRequest())
	if err != nil {
		f.t.Fatal(err)
	}
	for _, it := range work.Items {
		if it.JobID == job {
			return &it
		}
	}
	return nil
}

// TestJobOfferedFromItsPendingSubmitJob: a job is offered as soon as its
// SubmitJob is admitted (no batch sealed), locked and fulfilled with a real
// proof of the tiny model, and the three ops seal into one batch.
func TestJobOfferedFromItsPendingSubmitJob(t *testing.T) {
	dir := t.TempDir()
	enc, err := modeltest.Tiny().Encode()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "tiny.nxm")
	if err := os.WriteFile(file, enc, 0o644); err != nil {
		t.Fatal(err)
	}
	models, err := modelset.New(modelset.Config{Files: map[uint32]string{1: file}, KeyCache: filepath.Join(dir, "keys"), Setup: true})
	if err != nil {
		t.Fatal(err)
	}
	f := newFixtureWith(t, models)
	lastBefore, _, _, _ := f.seq.ex.LastBatch()
	reqBefore, _ := f.seq.ex.State().Balance(uint64(f.reqID), 0)

	input := []byte{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 250}
	job, _ := f.submitPending(input, 1000, f.now.Unix()+3600)
	if st := f.job(job).Status; st != state.JobNone {
		t.Fatalf("job is %s in the state before any batch, want none", st)
	}
	it := f.offered(job)
	if it == nil || it.Status != "offered" {
		t.Fatalf("job %d with a pending SubmitJob is not offered: %+v", job, it)
	}
	if string(it.Input) != string(input) || it.FeeGwei != 1000 || it.Model != 1 {
		t.Fatalf("offer does not carry the op's job: %+v", it)
	}
	if _, err := f.api.LockJob(f.lockOp(f.proverID, f.prover, job, f.now.Unix()+600)); err != nil {
		t.Fatalf("lock of a job with a pending SubmitJob: %v", err)
	}
	if it := f.offered(job); it == nil || it.Status != "locked" {
		t.Fatalf("after the lock getWork shows %+v, want locked", it)
	}
	var salt fr.Element
	salt.SetBytes(it.InputSalt)
	res, err := models.Prove(1, job, input, salt)
	if err != nil {
		t.Fatal(err)
	}
	sub := f.submission(func(p *proverapi.ProofSubmission, op *rollup.FulfillJob) {
		p.JobID, op.JobID = job, job
		p.Output, op.OutputCommit = res.Output, res.OutputCommit
		sb := res.OutputSalt.Bytes()
		p.OutputSalt, p.Proof = sb[:], res.Proof
	})
	if _, err := f.api.SubmitProof(sub); err != nil {
		t.Fatalf("proof of a job with a pending SubmitJob: %v", err)
	}
	if last, _, _, _ := f.seq.ex.LastBatch(); last != lastBefore {
		t.Fatalf("a batch was sealed (%d → %d) before the test sealed one", lastBefore, last)
	}

	b, err := f.seq.Seal()
	if err != nil || b == nil {
		t.Fatalf("seal: %v, %v", b, err)
	}
	var types []rollup.OpType
	for _, r := range b.Receipts {
		types = append(types, r.Op.Type())
	}
	if len(types) != 3 || types[0] != rollup.OpSubmitJob || types[1] != rollup.OpLockJob || types[2] != rollup.OpFulfillJob {
		t.Fatalf("batch ops %v, want SubmitJob, LockJob, FulfillJob", types)
	}
	j := f.job(job)
	if j.Status != state.JobFulfilled || j.Prover != uint64(f.proverID) || j.OutputCommit != res.OutputCommit {
		t.Fatalf("job after the batch: %+v", j)
	}
	p, _ := f.seq.ex.State().Account(uint64(f.proverID))
	if p.Fulfilled != 1 || p.Locked.Sign() != 0 || p.Nonce != 2 {
		t.Fatalf("prover after the batch: %+v", p)
	}
	reqAfter, _ := f.seq.ex.State().Balance(uint64(f.reqID), 0)
	// The requester pays 1000 gwei; the model fee (10) waits in the model
	// for its owner to claim it.
	if d := new(big.Int).Sub(reqBefore, reqAfter); d.Cmp(big.NewInt(1000*rollup.Gwei)) != 0 {
		t.Fatalf("requester paid %v wei, want 1000 gwei", d)
	}
	if m, _ := f.seq.ex.State().Model(1); m.EarnedGwei != 10 {
		t.Fatalf("model 1 earned %d gwei, want 10", m.EarnedGwei)
	}
	if f.seq.BadProofs(f.proverID) != 0 {
		t.Fatal("the accepted proof counted against the prover")
	}
}

// TestRejectedSubmitJobDropsItsLockAndFulfil: a SubmitJob rejected at
// sealing (its deadline passed while it waited) takes the lock and the
// fulfilment of its job with it: neither applies, nothing counts against
// the prover, and the job is offered no more.
func TestRejectedSubmitJobDropsItsLockAndFulfil(t *testing.T) {
	f := newFixture(t)
	proverBefore, _ := f.seq.ex.State().Account(uint64(f.proverID))
	job, subOp := f.submitPending([]byte{1, 2, 3}, 1000, f.now.Unix()+100)
	if it := f.offered(job); it == nil || it.Status != "offered" {
		t.Fatalf("pending job not offered: %+v", it)
	}
	lockID, err := f.api.LockJob(f.lockOp(f.proverID, f.prover, job, f.now.Unix()+100))
	if err != nil {
		t.Fatal(err)
	}
	fulfilID, err := f.api.SubmitProof(f.submission(func(p *proverapi.ProofSubmission, op *rollup.FulfillJob) {
		p.JobID, op.JobID = job, job
	}))
	if err != nil {
		t.Fatal(err)
	}
	f.now = f.now.Add(200 * time.Second) // past the job's deadline: sealing rejects its SubmitJob
	if _, err := f.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string][32]byte{"SubmitJob": subOp, "LockJob": lockID, "FulfillJob": fulfilID} {
		st, _ := f.api.GetOpStatus(id)
		if st.Status != "rejected" {
			t.Errorf("%s is %+v, want rejected", name, st)
		}
	}
	if st := f.job(job).Status; st != state.JobNone {
		t.Fatalf("job is %s, want none", st)
	}
	p, _ := f.seq.ex.State().Account(uint64(f.proverID))
	if p.Nonce != proverBefore.Nonce || p.Locked.Cmp(proverBefore.Locked) != 0 || p.Fulfilled != 0 || p.Expired != 0 {
		t.Fatalf("prover changed: %+v, was %+v", p, proverBefore)
	}
	if f.seq.BadProofs(f.proverID) != 0 {
		t.Fatal("the dropped fulfilment counted against the prover")
	}
	if it := f.offered(job); it != nil {
		t.Fatalf("job of a rejected SubmitJob still offered: %+v", it)
	}
	if _, err := f.seq.StoredProof(job); !errors.Is(err, kv.ErrNotFound) {
		t.Fatalf("the proof of a job that never existed is kept: %v", err)
	}
	// The prover is told its next nonce is its committed one.
	work, err := f.api.GetWork(f.workRequest())
	if err != nil || work.NextNonce != proverBefore.Nonce {
		t.Fatalf("next nonce %v (%v), want %d", work, err, proverBefore.Nonce)
	}
}

// TestAdmissionChecksThePendingBalance: an op that would overdraw its
// account once the account's pending ops apply is refused at admission,
// so an admitted SubmitJob does not fail at sealing for lack of funds.
func TestAdmissionChecksThePendingBalance(t *testing.T) {
	f := newFixture(t)
	bal, _ := f.seq.ex.State().Balance(uint64(f.reqID), 0)
	// A pending transfer leaves 1500 gwei.
	tr := &rollup.Transfer{From: f.reqID, To: f.proverID, Token: 0, Amount: new(big.Int).Sub(bal, big.NewInt(1500*rollup.Gwei)), Nonce: 1}
	rollup.Sign(tr, f.requester)
	raw, _ := rollup.MarshalOpJSON(tr)
	if _, err := f.api.SendOp(raw); err != nil {
		t.Fatal(err)
	}
	f.submitPending([]byte{1, 2, 3}, 1000, f.now.Unix()+3600) // 500 gwei left pending

	// A second 1000-gwei job, or a 600-gwei transfer, would overdraw.
	id, _ := f.api.NextJobID()
	salt, _ := statement.RandomSalt()
	sb := salt.Bytes()
	sj := &rollup.SubmitJob{Requester: f.reqID, JobID: id, ModelID: 1, InputCommit: statement.Commit([]byte{1, 2, 3}, salt),
		FeeGwei: 1000, Deadline: uint32(f.now.Unix() + 3600), Nonce: 3}
	rollup.Sign(sj, f.requester)
	raw, _ = rollup.MarshalOpJSON(sj)
	if _, err := f.api.SubmitJob(raw, []byte{1, 2, 3}, sb[:]); err == nil || !errors.Is(err, rollup.ErrInsufficientFund) {
		t.Fatalf("SubmitJob over the pending balance: %v, want %v", err, rollup.ErrInsufficientFund)
	}
	if next, _ := f.api.NextJobID(); next != id {
		t.Fatalf("the refused SubmitJob holds job id %d (next free %d)", id, next)
	}
	tr2 := &rollup.Transfer{From: f.reqID, To: f.proverID, Token: 0, Amount: big.NewInt(600 * rollup.Gwei), Nonce: 3}
	rollup.Sign(tr2, f.requester)
	raw, _ = rollup.MarshalOpJSON(tr2)
	if _, err := f.api.SendOp(raw); err == nil || !strings.Contains(err.Error(), "pending") {
		t.Fatalf("transfer over the pending balance: %v", err)
	}
	// What the pending balance covers is admitted, and everything applies.
	sj.FeeGwei = 400
	rollup.Sign(sj, f.requester)
	raw, _ = rollup.MarshalOpJSON(sj)
	if _, err := f.api.SubmitJob(raw, []byte{1, 2, 3}, sb[:]); err != nil {
		t.Fatal(err)
	}
	b, err := f.seq.Seal()
	if err != nil || b == nil || len(b.Receipts) != 3 {
		t.Fatalf("seal: %v, %v", b, err)
	}
	left, _ := f.seq.ex.State().Balance(uint64(f.reqID), 0)
	if left.Cmp(big.NewInt(100*rollup.Gwei)) != 0 {
		t.Fatalf("requester has %v wei left, want 100 gwei", left)
	}
}
