package rollup

import (
	"crypto/sha256"
	"errors"
	"path/filepath"
	"testing"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// sealBatches runs a scenario through the sequencer's batch builder and
// returns its sealed batches: every op type, L2 jobs fulfilled, expired
// with a slash and left open, an L1 job, a withdrawal, a forced exit, a
// prover's unstake and release.
func sealBatches(t testing.TB) []*Batch {
	t.Helper()
	db := memorydb.New()
	st, err := state.Open(db, testParams)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := NewExecutor(st, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, ex: ex, actors: map[string]*actor{}, nextJob: 1}
	var out []*Batch
	var prio [32]byte
	number := uint64(1)
	batch := func(ts uint64, ops ...func() Op) {
		t.Helper()
		b, err := h.ex.NewBatch(number, ts, prio, 1<<10)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ops {
			op := f()
			r, err := b.Add(op)
			if err != nil {
				t.Fatalf("batch %d: %s: %v", number, op.Type(), err)
			}
			if d, ok := op.(*Deposit); ok {
				for _, a := range h.actors {
					if a.pub == d.PubKey {
						a.index = r.Account
					}
				}
			}
		}
		sealed, err := b.Seal()
		if err != nil {
			t.Fatal(err)
		}
		w := db.NewBatch()
		if err := b.Commit(w); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(); err != nil {
			t.Fatal(err)
		}
		out = append(out, sealed)
		prio = sealed.Header.PriorityHashAfter
		number++
	}
	user, bob, owner, prover := h.actor("user"), h.actor("bob"), h.actor("owner"), h.actor("prover")
	signed := func(a *actor, op Op) func() Op {
		return func() Op {
			setNonce(op, a.nonce)
			a.nonce++
			return h.signed(a, op)
		}
	}
	val := func(op Op) func() Op { return func() Op { return op } }
	batch(10,
		val(&Deposit{Depositor: user.l1, PubKey: user.pub, Amount: gweiAmount(1000)}),
		val(&Deposit{Depositor: bob.l1, PubKey: bob.pub, Amount: gweiAmount(5)}),
		val(&Deposit{Depositor: bob.l1, PubKey: PubKey{0xff, 1}, Amount: gweiAmount(3)}), // not a key: refunded
		val(&RegisterModel{ModelID: 1, VKHash: fe(88), OwnerPubKey: owner.pub, Owner: owner.l1, FeeGwei: 10}),
		val(&ProverStake{Prover: prover.l1, PubKey: prover.pub, Stake: gweiAmount(500)}),
		val(&L1Job{JobID: L1JobBit | 0, ModelID: 1, FeeGwei: 20, Deadline: 15, InputCommit: fe(77)}),
	)
	for _, a := range []*actor{owner, prover} {
		a.index, _, _ = h.ex.AccountOf(a.pub, a.l1)
	}
	batch(20,
		signed(user, &Transfer{From: user.index, To: bob.index, Amount: gweiAmount(100)}),
		signed(user, &SubmitJob{Requester: 1, JobID: 1, ModelID: 1, InputCommit: fe(5), FeeGwei: 50, Deadline: 1000}),
		signed(prover, &LockJob{Prover: 4, JobID: 1, LockDeadline: 100}),
		signed(prover, &FulfillJob{Prover: 4, JobID: 1, OutputCommit: fe(6)}),
		signed(user, &SubmitJob{Requester: 1, JobID: 2, ModelID: 1, InputCommit: fe(7), FeeGwei: 60, Deadline: 1000}),
		signed(prover, &LockJob{Prover: 4, JobID: 2, LockDeadline: 30}),
		signed(user, &SubmitJob{Requester: 1, JobID: 3, ModelID: 1, InputCommit: fe(9), FeeGwei: 70, Deadline: 2000}),
	)
	batch(40,
		val(&ExpireJob{JobID: 2}),
		val(&ExpireJob{JobID: L1JobBit | 0}),
		signed(bob, &Withdraw{From: bob.index, Amount: gweiAmount(101), To: bob.l1}),
		val(&ForcedExit{Account: 2, Requester: bob.l1}),
		val(&ProverUnstakeRequest{Prover: prover.l1, PubKey: prover.pub}),
	)
	batch(50,
		val(&ProverRelease{Account: 4}),
		signed(user, &SubmitJob{Requester: 1, JobID: 4, ModelID: 1, InputCommit: fe(11), FeeGwei: 15, Deadline: 2000}),
		signed(user, &CancelJob{Requester: 1, JobID: 4}),
		signed(owner, &ClaimModelFees{Owner: 3, ModelID: 1}),
	)
	return out
}

func setNonce(op Op, n uint64) {
	switch o := op.(type) {
	case *Transfer:
		o.Nonce = n
	case *Withdraw:
		o.Nonce = n
	case *SubmitJob:
		o.Nonce = n
	case *LockJob:
		o.Nonce = n
	case *FulfillJob:
		o.Nonce = n
	case *CancelJob:
		o.Nonce = n
	case *ClaimModelFees:
		o.Nonce = n
	}
}

func openReplay(t *testing.T) (*Executor, *leveldb.Store) {
	t.Helper()
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "replay"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st, err := state.Open(db, testParams)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := NewReplayExecutor(st, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return ex, db
}

// TestReplayRebuildsSettledBatches: every sealed batch replays from its
// header and pubdata alone to the root the sequencer sealed, balances come
// out exact, and the replay resumes from the store.
func TestReplayRebuildsSettledBatches(t *testing.T) {
	batches := sealBatches(t)
	ex, db := openReplay(t)
	for i, b := range batches {
		if i == 2 { // a restart: reopen the store
			st, err := state.Open(db, testParams)
			if err != nil {
				t.Fatal(err)
			}
			if ex, err = NewReplayExecutor(st, DefaultConfig()); err != nil {
				t.Fatal(err)
			}
		}
		r, err := ex.ReplayBatch(b.Header, b.Pubdata)
		if err != nil {
			t.Fatal(err)
		}
		if r.Root.Bytes() != b.Header.NewStateRoot || len(r.Receipts) != len(b.Receipts) {
			t.Fatalf("batch %d: root or op count differs", b.Header.BatchNumber)
		}
		w := db.NewBatch()
		if err := ex.State().Commit(w); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(); err != nil {
			t.Fatal(err)
		}
	}
	last := batches[len(batches)-1].Header
	if root, err := ex.ReplayedRoot(); err != nil || root.Bytes() != last.NewStateRoot {
		t.Fatalf("replayed root after reopen: %v", err)
	}
	n, prio, done, err := ex.LastBatch()
	if err != nil || n != 4 || prio != last.PriorityHashAfter || done != 8 {
		t.Fatalf("LastBatch = %d %x %d %v", n, prio, done, err)
	}
	// user: 1000 - 100 - 50 - 60 - 70 + 60 (slash share) = 780 gwei, and
	// jobs 2 and 3 (130 gwei) in escrow; the owner claimed job 1's model
	// fee; the prover earned the rest of it.
	if u, _ := ex.State().Account(1); u.EscrowGwei != 130 {
		t.Errorf("user escrows %d gwei, want 130", u.EscrowGwei)
	}
	if m, _ := ex.State().Model(1); m.EarnedGwei != 0 {
		t.Errorf("model 1 has %d gwei unclaimed, want 0", m.EarnedGwei)
	}
	for _, c := range []struct {
		acct uint64
		gwei int64
	}{{1, 780}, {2, 0}, {3, 10}, {4, 40}} {
		bal, _ := ex.State().Balance(c.acct, 0)
		if bal.Cmp(gweiAmount(c.gwei)) != 0 {
			t.Errorf("account %d has %v wei, want %d gwei", c.acct, bal, c.gwei)
		}
	}
	if p, _ := ex.State().Account(4); p.Stake.Sign() != 0 || !p.Exiting {
		t.Errorf("prover after release: %+v", p)
	}
}

// TestReplayRejectsWhatL1DidNotSettle: a header or pubdata that disagrees
// with the replay is refused with ErrReplayMismatch and stages nothing.
func TestReplayRejectsWhatL1DidNotSettle(t *testing.T) {
	batches := sealBatches(t)
	b1 := batches[0]
	rehash := func(h protocol.Header, pd []byte) protocol.Header { h.PubdataHash = sha256.Sum256(pd); return h }
	flip := func(off int) []byte {
		pd := append([]byte(nil), b1.Pubdata...)
		pd[off] ^= 1
		return pd
	}
	for _, c := range []struct {
		name string
		h    func() protocol.Header
		pd   []byte
		want error
	}{
		{"second batch first", func() protocol.Header { return batches[1].Header }, batches[1].Pubdata, ErrReplayMismatch},
		{"pubdata hash", func() protocol.Header { return b1.Header }, flip(40), ErrReplayMismatch},
		{"deposit's account id", func() protocol.Header { return rehash(b1.Header, flip(32+4)) }, flip(32 + 4), ErrReplayMismatch},
		{"deposit's amount", func() protocol.Header { return rehash(b1.Header, flip(32+22)) }, flip(32 + 22), ErrReplayMismatch},
		{"new root", func() protocol.Header { h := b1.Header; h.NewStateRoot[31] ^= 1; return h }, b1.Pubdata, ErrReplayMismatch},
		{"prev root", func() protocol.Header { h := b1.Header; h.PrevStateRoot[31] ^= 1; return h }, b1.Pubdata, ErrReplayMismatch},
		{"priority count", func() protocol.Header { h := b1.Header; h.PriorityOpsConsumed--; return h }, b1.Pubdata, ErrReplayMismatch},
		{"truncated", func() protocol.Header { return rehash(b1.Header, b1.Pubdata[:40]) }, b1.Pubdata[:40], ErrBadPubdata},
	} {
		t.Run(c.name, func(t *testing.T) {
			ex, _ := openReplay(t)
			before, _ := ex.ReplayedRoot()
			if _, err := ex.ReplayBatch(c.h(), c.pd); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if after, _ := ex.ReplayedRoot(); after != before {
				t.Fatal("a refused batch changed the replayed state")
			}
			if n, _, _, err := ex.LastBatch(); err != nil || n != 0 {
				t.Fatalf("a refused batch moved the replay to batch %d", n)
			}
		})
	}
	// A sequencer's executor never replays.
	h := newHarness(t)
	if _, err := h.ex.ReplayBatch(b1.Header, b1.Pubdata); err == nil {
		t.Fatal("ReplayBatch on a sequencer executor")
	}
}

// FuzzReplayBatch: a replay of any header and pubdata on top of the
// scenario's first batch never panics, and whatever it accepts chains from
// the replayed root.
func FuzzReplayBatch(f *testing.F) {
	batches := sealBatches(f)
	for _, b := range batches[1:] {
		f.Add(b.Header.Encode(), b.Pubdata)
	}
	first := batches[0]
	f.Fuzz(func(t *testing.T, header, pubdata []byte) {
		h, err := protocol.DecodeHeader(header)
		if err != nil {
			return
		}
		db := memorydb.New()
		st, err := state.Open(db, testParams)
		if err != nil {
			t.Fatal(err)
		}
		ex, err := NewReplayExecutor(st, DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ex.ReplayBatch(first.Header, first.Pubdata); err != nil {
			t.Fatal(err)
		}
		w := db.NewBatch()
		if err := ex.State().Commit(w); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(); err != nil {
			t.Fatal(err)
		}
		r, err := ex.ReplayBatch(h, pubdata)
		if err != nil {
			return
		}
		if h.PrevStateRoot != first.Header.NewStateRoot || r.Root.Bytes() != h.NewStateRoot {
			t.Fatal("accepted a batch that does not chain from the replayed root")
		}
	})
}
