package state

import (
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup/smt"
)

var small = Params{AccountDepth: 6, TokenDepth: 2, JobDepth: 6, ModelDepth: 3}

func open(t *testing.T, db kv.Reader) *State {
	t.Helper()
	s, err := Open(db, small)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRoot(t *testing.T, s *State) fr.Element {
	t.Helper()
	r, err := s.Root()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func commit(t *testing.T, s *State, db kv.Batcher) {
	t.Helper()
	b := db.NewBatch()
	if err := s.Commit(b); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}
}

func fe(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func TestEmptyRoot(t *testing.T) {
	s := open(t, memorydb.New())
	a := smt.EmptyHashes(small.AccountDepth)[small.AccountDepth]
	j := smt.EmptyHashes(small.JobDepth)[small.JobDepth]
	m := smt.EmptyHashes(small.ModelDepth)[small.ModelDepth]
	ra, rj, rm, err := s.SubRoots()
	if err != nil || ra != a || rj != j || rm != m {
		t.Fatal("empty sub-roots differ from empty trees")
	}
}

func TestRoundTripAndPersistence(t *testing.T) {
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := open(t, db)
	acct := &Account{PubKeyX: fe(1), PubKeyY: fe(2), L1Address: [20]byte{0xaa}, Nonce: 3,
		Stake: big.NewInt(1000), Locked: big.NewInt(10), Fulfilled: 4, Expired: 1, Exiting: true}
	if err := s.SetAccount(5, acct); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBalance(5, 1, big.NewInt(777)); err != nil {
		t.Fatal(err)
	}
	job := &Job{Requester: 5, Model: 2, InputCommit: fe(9), FeeGwei: 50, Deadline: 100,
		Status: JobLocked, Prover: 7, LockDeadline: 90, CollateralGwei: 100}
	if err := s.SetJob(3, job); err != nil {
		t.Fatal(err)
	}
	model := &Model{VKHash: fe(11), Owner: 5, FeeGwei: 5}
	if err := s.SetModel(2, model); err != nil {
		t.Fatal(err)
	}
	s.SetMeta("next-job", []byte{4})
	want := mustRoot(t, s)
	commit(t, s, db)

	s2 := open(t, db)
	if mustRoot(t, s2) != want {
		t.Fatal("root differs after reopen")
	}
	got, err := s2.Account(5)
	if err != nil {
		t.Fatal(err)
	}
	if got.Nonce != 3 || got.Stake.Int64() != 1000 || got.L1Address != acct.L1Address || got.TokenRoot.IsZero() || !got.Exiting {
		t.Fatalf("account after reopen: %+v", got)
	}
	if bal, _ := s2.Balance(5, 1); bal.Int64() != 777 {
		t.Fatalf("balance after reopen: %v", bal)
	}
	if j, _ := s2.Job(3); j.Status != JobLocked || j.CollateralGwei != 100 || j.FeeGwei != 50 || j.Prover != 7 {
		t.Fatalf("job after reopen: %+v", j)
	}
	if m, _ := s2.Model(2); m.VKHash != fe(11) || m.FeeGwei != 5 {
		t.Fatalf("model after reopen: %+v", m)
	}
	if v, _ := s2.Meta("next-job"); len(v) != 1 || v[0] != 4 {
		t.Fatalf("meta after reopen: %v", v)
	}
	// Proofs from the state verify against its sub-roots.
	ra, _, _, _ := s2.SubRoots()
	sib, _ := s2.AccountProof(5)
	if !smt.VerifyProof(ra, 5, got.Hash(), sib) {
		t.Fatal("account proof does not verify")
	}
}

// TestUncommittedBatchIsNotApplied models a crash between staging a batch
// and writing it: the store still holds the previous state, whole.
func TestUncommittedBatchIsNotApplied(t *testing.T) {
	db := memorydb.New()
	s := open(t, db)
	s.SetBalance(1, 0, big.NewInt(5))
	commit(t, s, db)
	before := mustRoot(t, s)

	s.SetBalance(1, 0, big.NewInt(6))
	s.SetBalance(2, 0, big.NewInt(7))
	b := db.NewBatch()
	s.Commit(b) // ... and the process dies before b.Write()

	if mustRoot(t, open(t, db)) != before {
		t.Fatal("a batch that was never written changed the stored state")
	}
}

func TestSnapshotRevert(t *testing.T) {
	s := open(t, memorydb.New())
	s.SetBalance(1, 0, big.NewInt(5))
	root := mustRoot(t, s)
	snap := s.Snapshot()
	s.SetBalance(1, 0, big.NewInt(1))
	s.SetBalance(9, 3, big.NewInt(2)) // opens a token tree after the snapshot
	s.SetJob(1, &Job{Status: JobOpen, FeeGwei: 1})
	s.SetMeta("k", []byte{1})
	s.RevertTo(snap)
	if mustRoot(t, s) != root {
		t.Fatal("revert did not restore the root")
	}
	if bal, _ := s.Balance(9, 3); bal.Sign() != 0 {
		t.Fatal("revert left a balance behind")
	}
	if v, _ := s.Meta("k"); v != nil {
		t.Fatal("revert left a meta value behind")
	}
}

func TestEmptyAccountIsEmptyLeaf(t *testing.T) {
	s := open(t, memorydb.New())
	empty := mustRoot(t, s)
	s.SetBalance(3, 1, big.NewInt(10))
	s.SetBalance(3, 1, big.NewInt(0))
	if mustRoot(t, s) != empty {
		t.Fatal("an account whose only balance went back to zero must be an empty leaf again")
	}
}

func TestRangeErrors(t *testing.T) {
	s := open(t, memorydb.New())
	tooBig := new(big.Int).Add(MaxAmount, big.NewInt(1))
	if err := s.SetBalance(1, 0, tooBig); !errors.Is(err, ErrAmountRange) {
		t.Errorf("balance above 2^128-1: %v", err)
	}
	if err := s.SetBalance(1, 0, big.NewInt(-1)); !errors.Is(err, ErrAmountRange) {
		t.Errorf("negative balance: %v", err)
	}
	if err := s.SetAccount(1, &Account{Stake: tooBig}); !errors.Is(err, ErrAmountRange) {
		t.Errorf("stake: %v", err)
	}
	if err := s.SetJob(1, &Job{Status: JobCancelled + 1}); err == nil {
		t.Error("invalid job status accepted")
	}
	if _, err := s.Account(1 << small.AccountDepth); err == nil {
		t.Error("account index beyond the tree accepted")
	}
	if _, err := s.Balance(1, 1<<small.TokenDepth); err == nil {
		t.Error("token index beyond the subtree accepted")
	}
	if _, err := Open(memorydb.New(), Params{AccountDepth: 0, TokenDepth: 1, JobDepth: 1, ModelDepth: 1}); err == nil {
		t.Error("zero depth accepted")
	}
}

func TestCorruptRecords(t *testing.T) {
	db := memorydb.New()
	s := open(t, db)
	db.Put(idKey(prefixAccount, 1), []byte{1, 2, 3})
	if _, err := s.Account(1); !errors.Is(err, ErrCorruptRecord) {
		t.Errorf("truncated account: %v", err)
	}
	j := encodeJob(&Job{Status: JobOpen, FeeGwei: 1})
	j[8+8+32+8+8] = 9 // job status beyond the last
	db.Put(idKey(prefixJob, 1), j)
	if _, err := s.Job(1); !errors.Is(err, ErrCorruptRecord) {
		t.Errorf("bad status: %v", err)
	}
	db.Put(idKey(prefixModel, 1), append(encodeModel(&Model{FeeGwei: 1}), 0))
	if _, err := s.Model(1); !errors.Is(err, ErrCorruptRecord) {
		t.Errorf("trailing bytes: %v", err)
	}
}

func FuzzDecodeRecords(f *testing.F) {
	f.Add(encodeAccount(&Account{Stake: big.NewInt(1), Locked: big.NewInt(0)}))
	f.Add(encodeJob(&Job{Status: JobLocked, FeeGwei: 3}))
	f.Add(encodeModel(&Model{FeeGwei: 2}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if a, err := decodeAccount(b); err == nil {
			if string(encodeAccount(a)) != string(b) {
				t.Fatal("account does not re-encode to its input")
			}
		}
		if j, err := decodeJob(b); err == nil {
			if string(encodeJob(j)) != string(b) {
				t.Fatal("job does not re-encode to its input")
			}
		}
		if m, err := decodeModel(b); err == nil {
			if string(encodeModel(m)) != string(b) {
				t.Fatal("model does not re-encode to its input")
			}
		}
	})
}

// TestLazyAccountsMatchEager checks the lazily hashed state against one
// flushed after every change, through snapshots and reverts.
func TestLazyAccountsMatchEager(t *testing.T) {
	lazy, eager := open(t, memorydb.New()), open(t, memorydb.New())
	step := func(i uint64, token uint64, v int64) {
		for _, s := range []*State{lazy, eager} {
			if err := s.SetBalance(i, token, big.NewInt(v)); err != nil {
				t.Fatal(err)
			}
			a, _ := s.Account(i)
			a.Nonce++
			s.SetAccount(i, a)
		}
		mustRoot(t, eager)
	}
	step(1, 0, 5)
	step(2, 1, 6)
	snap := lazy.Snapshot()
	esnap := eager.Snapshot()
	step(1, 0, 7)
	mustRoot(t, lazy) // flush inside the snapshot, then revert across it
	step(3, 2, 8)
	lazy.RevertTo(snap)
	eager.RevertTo(esnap)
	step(2, 0, 9)
	if mustRoot(t, lazy) != mustRoot(t, eager) {
		t.Fatal("lazy and eager states disagree")
	}
}

func TestEmptyRootMatchesOpenedState(t *testing.T) {
	want, err := EmptyRoot(small)
	if err != nil {
		t.Fatal(err)
	}
	if got := mustRoot(t, open(t, memorydb.New())); got != want {
		t.Fatal("EmptyRoot differs from the root of an empty state")
	}
	if _, err := EmptyRoot(Params{}); err == nil {
		t.Fatal("zero depths accepted")
	}
}

// TestAccountLeafIsTheHash: the remembered leaf is the account's hash for
// every field it covers, asked twice (the second answer remembered).
func TestAccountLeafIsTheHash(t *testing.T) {
	base := Account{Nonce: 3, Stake: big.NewInt(5), Locked: big.NewInt(1), Fulfilled: 2, Expired: 1}
	base.PubKeyX.SetUint64(11)
	base.PubKeyY.SetUint64(12)
	base.TokenRoot.SetUint64(13)
	copy(base.L1Address[:], "an L1 address here..")
	variants := []func(a *Account){
		func(a *Account) {},
		func(a *Account) { a.PubKeyX.SetUint64(99) },
		func(a *Account) { a.PubKeyY.SetUint64(99) },
		func(a *Account) { a.L1Address[0] ^= 1 },
		func(a *Account) { a.Nonce++ },
		func(a *Account) { a.TokenRoot.SetUint64(99) },
		func(a *Account) { a.Stake = big.NewInt(6) },
		func(a *Account) { a.Locked = big.NewInt(0) },
		func(a *Account) { a.Fulfilled++ },
		func(a *Account) { a.Expired++ },
		func(a *Account) { a.Exiting = true },
		func(a *Account) { *a = Account{Stake: new(big.Int), Locked: new(big.Int)} },
	}
	seen := map[fr.Element]int{}
	for i, change := range variants {
		a := base
		change(&a)
		for range 2 {
			if got, want := accountLeaf(&a), a.Hash(); got != want {
				t.Fatalf("variant %d: remembered leaf differs from the hash", i)
			}
		}
		if j, dup := seen[a.Hash()]; dup {
			t.Fatalf("variants %d and %d hash alike", j, i)
		}
		seen[a.Hash()] = i
	}
}

// TestOldFormatIsRefused: a store whose state another format wrote (no
// format mark but an account, or another mark) is refused with a clear
// error at Open; an empty store and one this format wrote open.
func TestOldFormatIsRefused(t *testing.T) {
	db := memorydb.New()
	s := open(t, db)
	if err := s.SetAccount(1, &Account{Nonce: 1, L1Address: [20]byte{1}}); err != nil {
		t.Fatal(err)
	}
	commit(t, s, db)
	open(t, db) // this format's mark

	old := memorydb.New()
	old.Put(idKey(prefixAccount, 1), []byte{1}) // format 1 wrote no mark
	if _, err := Open(old, small); !errors.Is(err, ErrOldFormat) {
		t.Fatalf("a store without the format mark: %v, want ErrOldFormat", err)
	}
	db.Put(formatKey, []byte{1})
	if _, err := Open(db, small); !errors.Is(err, ErrOldFormat) {
		t.Fatalf("a store of format 1: %v, want ErrOldFormat", err)
	}
}
