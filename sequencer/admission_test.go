package sequencer

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// Admission tests: what a third party can make the sequencer store or offer.
// They run on goleveldb with real signatures; model 1 takes 3 input bytes
// (stubVerifier.InputSize).

// admissionFixture is newFixture's sequencer on goleveldb with a third,
// funded account: the attacker.
type admissionFixture struct {
	*fixture
	db         kv.Store
	attacker   *keys.PrivateKey
	attackerID uint32
}

func newAdmissionFixture(t *testing.T, cfg func(*Config)) *admissionFixture {
	t.Helper()
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{t: t, requester: key(1), prover: key(2), now: time.Unix(1_800_000_000, 0)}
	attacker := key(3)
	st, _ := state.Open(db, testParams)
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	pool, err := mempool.Open(db, mempool.Config{})
	if err != nil {
		t.Fatal(err)
	}
	q := &queue{ops: []rollup.Op{
		&rollup.Deposit{Depositor: [20]byte{1}, PubKey: f.requester.Public().Wire(), Amount: big.NewInt(1e18)},
		&rollup.RegisterModel{ModelID: 1, FeeGwei: 10, VKHash: fr.NewElement(7), OwnerPubKey: f.requester.Public().Wire(), Owner: [20]byte{1}},
		&rollup.ProverStake{Prover: [20]byte{2}, PubKey: f.prover.Public().Wire(), Stake: big.NewInt(1e18)},
		&rollup.Deposit{Depositor: [20]byte{3}, PubKey: attacker.Public().Wire(), Amount: big.NewInt(1e18)},
	}}
	c := Config{MaxChunks: 64, BatchTimeout: time.Second, MinOps: 1, Work: WorkConfig{Verifier: stubVerifier{}}}
	if cfg != nil {
		cfg(&c)
	}
	seq, err := New(db, ex, pool, q, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	seq.now = func() time.Time { return f.now }
	f.q, f.seq, f.api = q, seq, NewAPI(seq)
	f.seal()
	f.reqID, _, _ = ex.AccountOf(f.requester.Public().Wire(), [20]byte{1})
	f.proverID, _, _ = ex.AccountOf(f.prover.Public().Wire(), [20]byte{2})
	attackerID, _, _ := ex.AccountOf(attacker.Public().Wire(), [20]byte{3})
	f.outputSalt = fr.NewElement(5)
	f.outputC = statement.Commit([]byte{7}, f.outputSalt)
	return &admissionFixture{fixture: f, db: db, attacker: attacker, attackerID: attackerID}
}

// nonceOf is the account's next nonce: committed plus pending ops.
func (f *admissionFixture) nonceOf(account uint32) uint64 {
	acc, err := f.api.GetAccount(account)
	if err != nil {
		f.t.Fatal(err)
	}
	return acc.Nonce + uint64(f.seq.pool.PendingOf(account))
}

// submit signs a SubmitJob of account for job id with input under a fresh
// salt and sends it with nexus_submitJob.
func (f *admissionFixture) submit(k *keys.PrivateKey, account, job uint32, input []byte, feeGwei uint64) (common.Hash, error) {
	salt, _ := statement.RandomSalt()
	return f.submitSalted(k, account, job, input, salt, feeGwei)
}

func (f *admissionFixture) submitSalted(k *keys.PrivateKey, account, job uint32, input []byte, salt fr.Element, feeGwei uint64) (common.Hash, error) {
	sb := salt.Bytes()
	op := &rollup.SubmitJob{Requester: account, JobID: job, ModelID: 1, InputCommit: statement.Commit(input, salt),
		FeeGwei: feeGwei, Deadline: uint32(f.now.Unix() + 3600), Nonce: f.nonceOf(account)}
	if err := rollup.Sign(op, k); err != nil {
		f.t.Fatal(err)
	}
	raw, _ := rollup.MarshalOpJSON(op)
	return f.api.SubmitJob(raw, input, sb[:])
}

// offered asks for work as the prover and returns the items by job id.
func (f *admissionFixture) offered() map[uint32]proverapi.WorkItem {
	f.t.Helper()
	req := proverapi.WorkRequest{Capacity: 16, Models: []uint32{1}}
	req.Auth = f.auth(proverapi.MethodGetWork, f.proverID, f.prover, req.Body(), time.Minute)
	work, err := f.api.GetWork(req)
	if err != nil {
		f.t.Fatal(err)
	}
	out := map[uint32]proverapi.WorkItem{}
	for _, it := range work.Items {
		out[it.JobID] = it
	}
	return out
}

// TestNobodyCanReplaceAnotherJobsInput: an attacker signs its own SubmitJob
// naming a victim's job id (sealed, pending, or an L1 job) with its own
// input; the sequencer refuses it and the prover is offered the victim's
// input, which opens the job's commitment.
func TestNobodyCanReplaceAnotherJobsInput(t *testing.T) {
	f := newAdmissionFixture(t, nil)
	victimInput := []byte{1, 2, 3}
	sealed, _ := f.api.NextJobID()
	if _, err := f.submit(f.requester, f.reqID, sealed, victimInput, 1000); err != nil {
		t.Fatal(err)
	}
	f.seal()
	pending, _ := f.api.NextJobID()
	if _, err := f.submit(f.requester, f.reqID, pending, victimInput, 1000); err != nil {
		t.Fatal(err)
	}
	l1Job := uint32(rollup.L1JobBit)
	f.q.ops = append(f.q.ops, &rollup.L1Job{JobID: l1Job, ModelID: 1, FeeGwei: 1000, Deadline: uint32(f.now.Unix() + 600),
		InputCommit: statement.Commit(victimInput, L1JobSalt)})
	f.q.inputs = map[uint64][]byte{uint64(len(f.q.ops)): victimInput}
	f.seal() // seals the L1 job and the pending L2 job
	third, _ := f.api.NextJobID()
	if _, err := f.submit(f.requester, f.reqID, third, victimInput, 1000); err != nil {
		t.Fatal(err) // pending while the attack runs
	}

	for _, job := range []uint32{sealed, pending, third, l1Job} {
		_, err := f.submit(f.attacker, f.attackerID, job, []byte{9, 9, 9}, 1000)
		if err == nil {
			t.Errorf("job %#x: the attacker's SubmitJob was admitted", job)
		}
	}
	f.seal()
	items := f.offered()
	for _, job := range []uint32{sealed, pending, third, l1Job} {
		it, ok := items[job]
		if !ok {
			t.Errorf("job %#x is not offered", job)
			continue
		}
		var salt fr.Element
		salt.SetBytes(it.InputSalt)
		c := statement.Commit(it.Input, salt)
		if !bytes.Equal(it.Input, victimInput) || common.Hash(c.Bytes()) != it.InputCommit {
			t.Errorf("job %#x is offered with input %v, which does not open its commitment", job, it.Input)
		}
	}
}

// TestGetWorkNeverOffersAnInputThatDoesNotOpen: whatever is on disk, a job
// whose stored input does not open its commitment is not offered, and a
// lock of it is refused.
func TestGetWorkNeverOffersAnInputThatDoesNotOpen(t *testing.T) {
	f := newAdmissionFixture(t, nil)
	job, _ := f.api.NextJobID()
	if _, err := f.submit(f.requester, f.reqID, job, []byte{1, 2, 3}, 1000); err != nil {
		t.Fatal(err)
	}
	f.seal()
	if _, ok := f.offered()[job]; !ok {
		t.Fatal("the job is not offered")
	}
	// Corrupt the stored input (a disk error, or a path that wrote it unchecked).
	raw, err := f.db.Get(jobDataKey(job))
	if err != nil {
		t.Fatal(err)
	}
	var d jobData
	json.Unmarshal(raw, &d)
	d.Input = []byte{9, 9, 9}
	raw, _ = json.Marshal(d)
	w := f.db.NewBatch()
	w.Put(jobDataKey(job), raw)
	w.Write()

	lock := f.lockOp(f.proverID, f.prover, job, f.now.Unix()+60)
	if _, err := f.api.LockJob(lock); err == nil {
		t.Error("a lock of a job whose input does not open was admitted")
	}
	if it, ok := f.offered()[job]; ok {
		t.Errorf("a job whose input does not open its commitment is offered: %+v", it)
	}
}

// TestNextJobIDReservesNothing: asking for a job id is a read; only an
// admitted SubmitJob takes one, and two requesters naming the same id get
// one job and one clear error.
func TestNextJobIDReservesNothing(t *testing.T) {
	f := newAdmissionFixture(t, nil)
	first, err := f.api.NextJobID()
	if err != nil {
		t.Fatal(err)
	}
	// Far more calls than the test jobs tree (depth 8) has L2 ids.
	for range 1000 {
		id, err := f.api.NextJobID()
		if err != nil || id != first {
			t.Fatalf("nextJobID after repeated calls: %d, %v; want %d", id, err, first)
		}
	}
	if _, err := f.submit(f.requester, f.reqID, first, []byte{1, 2, 3}, 1000); err != nil {
		t.Fatal(err)
	}
	_, err = f.submit(f.attacker, f.attackerID, first, []byte{1, 2, 3}, 1000)
	wantErr(t, "a second SubmitJob for the same id", err, "taken", CodeJobIDTaken)
	next, err := f.api.NextJobID()
	if err != nil || next == first {
		t.Fatalf("nextJobID after an admitted SubmitJob: %d, %v", next, err)
	}
	f.seal()
	if j, err := f.api.GetJob(first); err != nil || j.Status != "open" || j.Requester != uint64(f.reqID) {
		t.Fatalf("job %d: %+v, %v", first, j, err)
	}
}

// TestInputOfTheWrongSizeIsRefused: a SubmitJob whose input opens its
// commitment but has the wrong size for its model is refused at admission;
// an L1 job's is never offered and is refunded at its deadline.
func TestInputOfTheWrongSizeIsRefused(t *testing.T) {
	f := newAdmissionFixture(t, nil)
	job, _ := f.api.NextJobID()
	for _, input := range [][]byte{{1, 2}, {1, 2, 3, 4}} {
		_, err := f.submit(f.requester, f.reqID, job, input, 1000)
		wantErr(t, "input of the wrong size", err, "takes 3 input bytes", -32602)
	}
	if has, _ := f.db.Has(jobDataKey(job)); has {
		t.Error("the refused input was stored")
	}
	wrong := []byte{1, 2, 3, 4}
	deadline := uint32(f.now.Unix() + 600)
	l1Job := uint32(rollup.L1JobBit)
	f.q.ops = append(f.q.ops, &rollup.L1Job{JobID: l1Job, ModelID: 1, FeeGwei: 1000, Deadline: deadline,
		InputCommit: statement.Commit(wrong, L1JobSalt)})
	f.q.inputs = map[uint64][]byte{uint64(len(f.q.ops)): wrong}
	f.seal()
	if it, ok := f.offered()[l1Job]; ok {
		t.Fatalf("an L1 job with an input of the wrong size is offered: %+v", it)
	}
	f.now = time.Unix(int64(deadline)+1, 0)
	b, err := f.seq.Seal()
	if err != nil || b == nil || b.Receipts[0].Op.Type() != rollup.OpExpireJob {
		t.Fatalf("the L1 job is not refunded at its deadline: %+v, %v", b, err)
	}
	if j, _ := f.api.GetJob(l1Job); j.Status != "expired" && j.Status != "cancelled" {
		t.Fatalf("L1 job after its deadline: %+v", j)
	}
}

// TestInputsOfRejectedOpsAreDeleted: a SubmitJob admitted with its input but
// rejected when its batch is sealed leaves nothing on disk; the pending
// input bytes of one account are bounded; an op with a nonce that can never
// apply is refused before anything is written.
func TestInputsOfRejectedOpsAreDeleted(t *testing.T) {
	f := newAdmissionFixture(t, func(c *Config) { c.MaxPendingInputBytes = 7 })
	job, _ := f.api.NextJobID()
	// A fee above the attacker's balance (1e18 wei = 1e9 gwei) is refused
	// at admission: nothing is written, the id stays free.
	if _, err := f.submit(f.attacker, f.attackerID, job, []byte{1, 2, 3}, 2e9); !errors.Is(err, rollup.ErrInsufficientFund) {
		t.Fatalf("an unaffordable SubmitJob: %v", err)
	}
	if has, _ := f.db.Has(jobDataKey(job)); has {
		t.Fatal("the input of a refused SubmitJob was stored")
	}
	id, err := f.submit(f.attacker, f.attackerID, job, []byte{1, 2, 3}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if has, _ := f.db.Has(jobDataKey(job)); !has {
		t.Fatal("the admitted input was not stored")
	}
	f.now = f.now.Add(2 * time.Hour) // its deadline passes while it waits: rejected at sealing
	f.seal()
	if st, _ := f.api.GetOpStatus(id); st.Status != "rejected" {
		t.Fatalf("the SubmitJob: %+v", st)
	}
	if has, _ := f.db.Has(jobDataKey(job)); has {
		t.Error("the input of a rejected SubmitJob is still stored")
	}
	if next, _ := f.api.NextJobID(); next != job {
		t.Errorf("the id of a rejected SubmitJob is not free again: next %d, want %d", next, job)
	}

	// Pending input bytes per account: 3 + 3 fit in 7, a third does not.
	for i := range 3 {
		job, _ := f.api.NextJobID()
		_, err := f.submit(f.requester, f.reqID, job, []byte{1, 2, byte(i)}, 1000)
		if i < 2 && err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			wantErr(t, "over the input quota", err, "pending input bytes", -32602)
		}
	}
	f.seal()
	if job, _ := f.api.NextJobID(); true {
		if _, err := f.submit(f.requester, f.reqID, job, []byte{1, 2, 3}, 1000); err != nil {
			t.Fatalf("after the batch the quota is free again: %v", err)
		}
	}

	// A nonce already used, or ahead of the account's next one, is refused
	// and writes nothing.
	ok := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(2), Nonce: f.nonceOf(f.attackerID)}
	rollup.Sign(ok, f.attacker)
	raw, _ := rollup.MarshalOpJSON(ok)
	if _, err := f.api.SendOp(raw); err != nil {
		t.Fatal(err)
	}
	f.seal() // nonce 0 is used
	before := countKeys(t, f.db)
	for _, nonce := range []uint64{0, f.nonceOf(f.attackerID) + 1} {
		op := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(1), Nonce: nonce}
		rollup.Sign(op, f.attacker)
		raw, _ := rollup.MarshalOpJSON(op)
		_, err := f.api.SendOp(raw)
		wantErr(t, "nonce "+hexutil.EncodeUint64(nonce), err, "nonce", -32602)
	}
	if after := countKeys(t, f.db); after != before {
		t.Errorf("refused ops wrote %d keys", after-before)
	}
}

func countKeys(t *testing.T, db kv.Store) int {
	t.Helper()
	it := db.NewIterator(nil, nil)
	defer it.Release()
	n := 0
	for it.Next() {
		n++
	}
	return n
}

// TestRefusedOpCanBeSentAgain: an op that arrived before the op it depends
// on (an early nonce), or that failed for a reason since gone (a balance
// too low), is accepted when sent again; an included op is reported with
// its batch.
func TestRefusedOpCanBeSentAgain(t *testing.T) {
	f := newAdmissionFixture(t, nil)
	early := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(1), Nonce: 1}
	first := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(1), Nonce: 0}
	tooBig := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(3e18), Nonce: 2}
	raws := map[*rollup.Transfer]json.RawMessage{}
	for _, op := range []*rollup.Transfer{early, first, tooBig} {
		rollup.Sign(op, f.attacker)
		raws[op], _ = rollup.MarshalOpJSON(op)
	}
	f.api.SendOp(raws[early]) // refused now, or rejected in the batch
	f.seal()
	firstID, err := f.api.SendOp(raws[first])
	if err != nil {
		t.Fatal(err)
	}
	f.seal()
	id, err := f.api.SendOp(raws[early])
	if err != nil {
		t.Fatalf("the early op sent again once its nonce is due: %v", err)
	}
	f.seal()
	if st, _ := f.api.GetOpStatus(id); st.Status != "included" {
		t.Fatalf("the early op sent again: %+v", st)
	}
	// Too big for the balance: refused; after a deposit it goes through.
	if _, err = f.api.SendOp(raws[tooBig]); err == nil || !strings.Contains(err.Error(), "balance") {
		t.Fatalf("the op over the balance: %v", err)
	}
	f.q.ops = append(f.q.ops, &rollup.Deposit{Depositor: [20]byte{3}, PubKey: f.attacker.Public().Wire(), Amount: big.NewInt(5e18)})
	f.seal()
	if id, err = f.api.SendOp(raws[tooBig]); err != nil {
		t.Fatalf("the op sent again after the deposit: %v", err)
	}
	f.seal()
	if st, _ := f.api.GetOpStatus(id); st.Status != "included" {
		t.Fatalf("the op sent again after the deposit: %+v", st)
	}
	// An included op is not taken again, and the error names its batch.
	st, _ := f.api.GetOpStatus(firstID)
	_, err = f.api.SendOp(raws[first])
	wantErr(t, "an included op sent again", err, "already included in batch "+big.NewInt(int64(st.Batch)).String(), -32602)
	if errors.Is(err, mempool.ErrKnown) {
		t.Error("an included op reported as pending")
	}
}

// TestPendingNonceRefused: an op naming the nonce of a pending op of its
// account is refused before anything is written (at most one of them could
// apply; the others were admitted, then rejected at sealing for free, each
// leaving a status record). A copy of the pending op is still "known".
func TestPendingNonceRefused(t *testing.T) {
	f := newAdmissionFixture(t, nil)
	nonce := f.nonceOf(f.attackerID)
	first := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(1), Nonce: nonce}
	rollup.Sign(first, f.attacker)
	raw, _ := rollup.MarshalOpJSON(first)
	if _, err := f.api.SendOp(raw); err != nil {
		t.Fatal(err)
	}
	before := countKeys(t, f.db)
	for i := range 20 {
		op := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(int64(2 + i)), Nonce: nonce}
		rollup.Sign(op, f.attacker)
		dup, _ := rollup.MarshalOpJSON(op)
		_, err := f.api.SendOp(dup)
		wantErr(t, "a second op with a pending nonce", err, "taken by one of its 1 pending ops", -32602)
	}
	if _, err := f.api.SendOp(raw); !errors.Is(err, mempool.ErrKnown) {
		t.Errorf("a copy of the pending op: %v, want %v", err, mempool.ErrKnown)
	}
	if after := countKeys(t, f.db); after != before {
		t.Errorf("refused ops wrote %d keys", after-before)
	}
	// nexus_getAccount's nextNonce counts the pending op; the op that
	// carries it is admitted.
	acc, err := f.api.GetAccount(f.attackerID)
	if err != nil || acc.Nonce != nonce || acc.NextNonce != nonce+1 {
		t.Fatalf("account while an op is pending: %+v, %v; want nonce %d, next nonce %d", acc, err, nonce, nonce+1)
	}
	second := &rollup.Transfer{From: f.attackerID, To: f.reqID, Amount: big.NewInt(1), Nonce: acc.NextNonce}
	rollup.Sign(second, f.attacker)
	raw2, _ := rollup.MarshalOpJSON(second)
	if _, err := f.api.SendOp(raw2); err != nil {
		t.Fatalf("the op at the next nonce: %v", err)
	}
	f.seal()
	if n := f.seq.pool.Len(); n != 0 {
		t.Errorf("%d ops left in the mempool", n)
	}
	if acc, err := f.api.GetAccount(f.attackerID); err != nil || acc.Nonce != nonce+2 || acc.NextNonce != nonce+2 {
		t.Fatalf("account after the seal: %+v, %v; want nonce and next nonce %d", acc, err, nonce+2)
	}
}

// TestRejectedStatusesAreDeletedAfterTheirRetention: an op rejected at
// sealing paid for nothing, so its status record goes once the retention
// has passed (the next commit after it deletes it and its index entry).
func TestRejectedStatusesAreDeletedAfterTheirRetention(t *testing.T) {
	f := newAdmissionFixture(t, func(c *Config) { c.RejectedRetention = time.Hour })
	_, subOp := f.submitPending([]byte{1, 2, 3}, 1000, f.now.Unix()+100)
	f.now = f.now.Add(200 * time.Second) // past the job's deadline: sealing rejects its SubmitJob
	if _, err := f.seq.Seal(); err != nil {
		t.Fatal(err)
	}
	if st, _ := f.api.GetOpStatus(subOp); st.Status != "rejected" {
		t.Fatalf("SubmitJob past its deadline: %+v, want rejected", st)
	}
	transfer := func() {
		acc, _ := f.api.GetAccount(f.reqID)
		op := &rollup.Transfer{From: f.reqID, To: f.proverID, Amount: big.NewInt(1), Nonce: uint64(acc.Nonce)}
		rollup.Sign(op, f.requester)
		raw, _ := rollup.MarshalOpJSON(op)
		if _, err := f.api.SendOp(raw); err != nil {
			t.Fatal(err)
		}
		if _, err := f.seq.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	f.now = f.now.Add(30 * time.Minute) // within the retention: kept
	transfer()
	if st, _ := f.api.GetOpStatus(subOp); st.Status != "rejected" {
		t.Fatalf("within the retention: %+v, want rejected", st)
	}
	f.now = f.now.Add(time.Hour) // past it: the next commit deletes it
	transfer()
	if st, _ := f.api.GetOpStatus(subOp); st.Status != "unknown" {
		t.Fatalf("past the retention: %+v, want unknown", st)
	}
	if _, err := f.db.Get(rejectedKey(f.now.Add(-90*time.Minute), subOp)); err == nil {
		t.Error("the index entry of a pruned status is left")
	}
}
