package rollup

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

func openExecutor(t testing.TB, db kv.Reader) *Executor {
	t.Helper()
	st, err := state.Open(db, testParams)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := NewExecutor(st, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func TestBatchSealCommitReopen(t *testing.T) {
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := &harness{t: t, ex: openExecutor(t, db), actors: map[string]*actor{}, nextJob: 1}
	alice, bob := h.actor("alice"), h.actor("bob")

	b, err := h.ex.NewBatch(1, 100, [32]byte{}, 64)
	if err != nil {
		t.Fatal(err)
	}
	prio := []Op{
		&Deposit{Depositor: alice.l1, PubKey: alice.pub, Token: 0, Amount: gweiAmount(1000)},
		&Deposit{Depositor: bob.l1, PubKey: bob.pub, Token: 0, Amount: gweiAmount(5)},
	}
	var chain [32]byte
	for _, op := range prio {
		r, err := b.Add(op)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := L1Encoding(op)
		chain = protocol.NextPriorityHash(chain, enc)
		if op.(*Deposit).PubKey == alice.pub {
			alice.index = r.Account
		} else {
			bob.index = r.Account
		}
	}
	if _, err := b.Add(h.signed(alice, &Transfer{From: alice.index, To: bob.index, Amount: gweiAmount(7)})); err != nil {
		t.Fatal(err)
	}
	// An invalid op is refused and leaves the batch as it was.
	if _, err := b.Add(h.signed(bob, &Transfer{From: bob.index, To: alice.index, Amount: gweiAmount(100)})); !errors.Is(err, ErrInsufficientFund) {
		t.Fatalf("overdraft: %v", err)
	}
	batch, err := b.Seal()
	if err != nil {
		t.Fatal(err)
	}
	hd := batch.Header
	if hd.PriorityOpsConsumed != 2 || hd.PriorityHashAfter != chain || hd.BatchNumber != 1 || hd.Timestamp != 100 {
		t.Fatalf("header: %+v", hd)
	}
	if hd.PubdataHash != sha256.Sum256(batch.Pubdata) || len(batch.Pubdata) != 32+9*(9+9+3) {
		t.Fatalf("pubdata: %d bytes", len(batch.Pubdata))
	}
	_, ops, err := DecodePubdata(batch.Pubdata)
	if err != nil || len(ops) != 3 {
		t.Fatalf("pubdata decodes to %d ops: %v", len(ops), err)
	}

	wb := db.NewBatch()
	if err := b.Commit(wb); err != nil {
		t.Fatal(err)
	}
	if err := wb.Write(); err != nil {
		t.Fatal(err)
	}

	ex2 := openExecutor(t, db)
	root, _ := ex2.State().Root()
	if root.Bytes() != hd.NewStateRoot {
		t.Fatal("state root after reopen differs from the header")
	}
	n, ph, done, err := ex2.LastBatch()
	if err != nil || n != 1 || ph != chain || done != 2 {
		t.Fatalf("LastBatch = %d, %x, %d, %v", n, ph, done, err)
	}
	gotH, gotPD, err := ex2.StoredBatch(1)
	if err != nil || gotH != hd || !bytes.Equal(gotPD, batch.Pubdata) {
		t.Fatalf("stored batch differs: %v", err)
	}
}

func TestBatchCrashBeforeWrite(t *testing.T) {
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ex := openExecutor(t, db)
	a := (&harness{t: t, actors: map[string]*actor{}}).actor("a")
	b, _ := ex.NewBatch(1, 1, [32]byte{}, 16)
	b.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: big.NewInt(1)})
	b.Seal()
	b.Commit(db.NewBatch()) // never written: the process died here

	ex2 := openExecutor(t, db)
	if n, _, done, err := ex2.LastBatch(); err != nil || n != 0 || done != 0 {
		t.Fatal("an unwritten batch is visible after restart")
	}
	if _, ok, err := ex2.AccountOf(a.pub, a.l1); err != nil || ok {
		t.Fatal("an unwritten deposit is visible after restart")
	}
}

func TestBatchFull(t *testing.T) {
	h := newHarness(t)
	a := h.actor("a")
	b, _ := h.ex.NewBatch(1, 1, [32]byte{}, 10)
	if _, err := b.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
	root := h.root()
	if _, err := b.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: big.NewInt(1)}); !errors.Is(err, ErrBatchFull) {
		t.Fatalf("second deposit in 10 chunks: %v", err)
	}
	if h.root() != root || b.FreeChunks() != 1 {
		t.Fatal("a refused op changed the batch")
	}
}

func TestBatchMaxOps(t *testing.T) {
	h := newHarness(t)
	a := h.actor("a")
	b, err := h.ex.NewBatch(1, 100, [32]byte{}, 64)
	if err != nil {
		t.Fatal(err)
	}
	b.SetMaxOps(1)
	if _, err := b.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: gweiAmount(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: gweiAmount(1)}); !errors.Is(err, ErrBatchFull) {
		t.Fatalf("second op in a one-slot batch: %v, want ErrBatchFull", err)
	}
}

func TestWitnessRoundTrip(t *testing.T) {
	h := newHarness(t)
	a, b := h.actor("a"), h.actor("b")
	bb, err := h.ex.NewBatch(1, 100, [32]byte{}, 64)
	if err != nil {
		t.Fatal(err)
	}
	if err := bb.EnableWitness(); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*actor{a, b} {
		r, err := bb.Add(&Deposit{Depositor: u.l1, PubKey: u.pub, Amount: gweiAmount(100)})
		if err != nil {
			t.Fatal(err)
		}
		u.index = r.Account
	}
	if _, err := bb.Add(h.signed(a, &Transfer{From: a.index, To: b.index, Amount: gweiAmount(1)})); err != nil {
		t.Fatal(err)
	}
	if _, err := bb.Seal(); err != nil {
		t.Fatal(err)
	}
	enc, err := bb.Witness().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalWitness(enc)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := got.MarshalBinary()
	if !bytes.Equal(enc, again) || len(got.Ops) != 3 {
		t.Fatalf("witness does not round-trip (%d ops)", len(got.Ops))
	}
	if tr, ok := got.Ops[2].Receipt.Op.(*Transfer); !ok || tr.Amount.Cmp(gweiAmount(1)) != 0 {
		t.Fatalf("third op decoded as %T", got.Ops[2].Receipt.Op)
	}
}

func FuzzUnmarshalWitness(f *testing.F) {
	f.Add([]byte(`{"Version":1}`))
	f.Add([]byte(`{"Version":1,"Ops":[{"Receipt":{"Op":{"type":"ExpireJob","jobID":1}}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if w, err := UnmarshalWitness(b); err == nil && w == nil {
			t.Fatal("nil witness without an error")
		}
	})
}

// TestWitnessDivergence: a witness replay that does not reach the
// executor's root fails Seal (the check is made once per batch); in strict
// mode the op on which they part is refused by Add.
func TestWitnessDivergence(t *testing.T) {
	for _, strict := range []bool{false, true} {
		h := newHarness(t)
		a := h.actor("a")
		bb, err := h.ex.NewBatch(1, 100, [32]byte{}, 64)
		if err != nil {
			t.Fatal(err)
		}
		if err := bb.EnableWitness(); err != nil {
			t.Fatal(err)
		}
		if strict {
			bb.SetStrictWitness()
		}
		if _, err := bb.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: gweiAmount(100)}); err != nil {
			t.Fatal(err)
		}
		// A replay bug: the shadow changes a balance no op touched.
		if err := bb.witness.shadow.SetBalance(5, 0, gweiAmount(1)); err != nil {
			t.Fatal(err)
		}
		_, err = bb.Add(&Deposit{Depositor: a.l1, PubKey: a.pub, Amount: gweiAmount(1)})
		if !strict {
			if err != nil {
				t.Fatal(err)
			}
			if _, err := bb.Seal(); !errors.Is(err, ErrWitnessDiverged) {
				t.Fatalf("Seal of a diverged replay: %v, want ErrWitnessDiverged", err)
			}
			continue
		}
		if !errors.Is(err, ErrWitnessDiverged) || bb.Len() != 1 {
			t.Fatalf("strict Add on a diverged replay: %v (%d ops), want ErrWitnessDiverged and the op refused", err, bb.Len())
		}
	}
}

// TestBatchMaxFulfils: a batch fulfils at most K jobs (the block circuit's
// inference slots); a refused FulfillJob changes nothing, and ops other
// than fulfilments still fit.
func TestBatchMaxFulfils(t *testing.T) {
	h := newHarness(t)
	user, prover, _ := h.setupProverAndModel()
	j1, j2 := h.submit(user, 20, 1000, 10), h.submit(user, 20, 1000, 10)
	b, err := h.ex.NewBatch(1, 100, [32]byte{}, 64)
	if err != nil {
		t.Fatal(err)
	}
	b.SetMaxFulfils(1)
	if _, err := b.Add(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: j1, OutputCommit: fe(1), Nonce: 0})); err != nil {
		t.Fatal(err)
	}
	root := h.root()
	if _, err := b.Add(h.signed(prover, &FulfillJob{Prover: prover.index, JobID: j2, OutputCommit: fe(2), Nonce: 1})); !errors.Is(err, ErrBatchFull) {
		t.Fatalf("second fulfilment with one inference slot: %v, want ErrBatchFull", err)
	}
	if h.root() != root || b.Len() != 1 {
		t.Fatal("a refused fulfilment changed the batch")
	}
	if _, err := b.Add(h.signed(user, &CancelJob{Requester: user.index, JobID: j2, Nonce: user.nonce})); err != nil {
		t.Fatalf("a cancel after the last inference slot: %v", err)
	}
}
