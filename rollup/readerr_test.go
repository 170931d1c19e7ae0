package rollup

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/rollup/state"
)

var errInjected = errors.New("injected read failure")

// failingStore is a real store whose reads of keys under a chosen prefix
// fail, as a disk or a closed store would.
type failingStore struct {
	kv.Store
	mu     sync.Mutex
	prefix []byte // empty: every read succeeds
}

func (s *failingStore) failReads(prefix string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prefix = []byte(prefix)
}

func (s *failingStore) fails(key []byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.prefix) > 0 && bytes.HasPrefix(key, s.prefix)
}

func (s *failingStore) Get(key []byte) ([]byte, error) {
	if s.fails(key) {
		return nil, errInjected
	}
	return s.Store.Get(key)
}

func (s *failingStore) Has(key []byte) (bool, error) {
	if s.fails(key) {
		return false, errInjected
	}
	return s.Store.Has(key)
}

// metaKey is the store key of executor value name (state's meta prefix).
func metaKey(name string) []byte { return []byte("s/x/" + name) }

func openLevelDB(t *testing.T) kv.Store {
	t.Helper()
	db, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// commitFirstBatch seals and writes batch 1 (a deposit to alice) into db.
func commitFirstBatch(t *testing.T, db kv.Store, alice *actor) *Batch {
	t.Helper()
	ex := openExecutor(t, db)
	b, err := ex.NewBatch(1, 100, [32]byte{}, 64)
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Add(&Deposit{Depositor: alice.l1, PubKey: alice.pub, Amount: gweiAmount(10)})
	if err != nil || r.Skipped {
		t.Fatalf("deposit: %v", err)
	}
	alice.index = r.Account
	batch, err := b.Seal()
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
	return batch
}

// A failed read of the executor's values is an error from every public
// call that needs them, never genesis, "no account" or a fresh account.
func TestStoreReadErrorsSurface(t *testing.T) {
	h := &harness{t: t, actors: map[string]*actor{}}
	alice, bob := h.actor("alice"), h.actor("bob")
	db := &failingStore{Store: openLevelDB(t)}
	batch := commitFirstBatch(t, db, alice)

	ex := openExecutor(t, db)
	db.failReads("s/x/")
	if n, _, _, err := ex.LastBatch(); !errors.Is(err, errInjected) {
		t.Fatalf("LastBatch = %d, %v; want the read error", n, err)
	}
	if id, found, err := ex.AccountOf(alice.pub, alice.l1); !errors.Is(err, errInjected) {
		t.Fatalf("AccountOf = %d, %v, %v; want the read error", id, found, err)
	}
	b, err := ex.NewBatch(2, 200, batch.Header.PriorityHashAfter, 64)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []Op{
		&Deposit{Depositor: alice.l1, PubKey: alice.pub, Amount: gweiAmount(1)}, // existing account
		&Deposit{Depositor: bob.l1, PubKey: bob.pub, Amount: gweiAmount(1)},     // new account
		&ProverUnstakeRequest{Prover: alice.l1, PubKey: alice.pub},
	} {
		if r, err := b.Add(op); !errors.Is(err, errInjected) {
			t.Fatalf("%s applied (%+v) over a failed read: %v", op.Type(), r, err)
		}
	}
	b.Discard()
	// A balance that cannot be read is a store error, not an index out of
	// the tree's range.
	db.failReads("s/tt/")
	b, err = ex.NewBatch(2, 200, batch.Header.PriorityHashAfter, 64)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.Add(&Deposit{Depositor: alice.l1, PubKey: alice.pub, Amount: gweiAmount(1)})
	if !errors.Is(err, errInjected) || errors.Is(err, ErrIndexRange) {
		t.Fatalf("deposit over an unreadable balance: %v", err)
	}
	b.Discard()
	db.failReads("s/x/batch/prio-done")
	if _, _, _, err := ex.LastBatch(); !errors.Is(err, errInjected) {
		t.Fatalf("LastBatch with the priority count unreadable: %v", err)
	}

	// Committing a batch reads the priority count.
	db.failReads("")
	b, err = ex.NewBatch(2, 200, batch.Header.PriorityHashAfter, 64)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(&Deposit{Depositor: bob.l1, PubKey: bob.pub, Amount: gweiAmount(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Seal(); err != nil {
		t.Fatal(err)
	}
	db.failReads("s/x/batch/prio-done")
	if err := b.Commit(db.NewBatch()); !errors.Is(err, errInjected) {
		t.Fatalf("Commit over an unreadable priority count: %v", err)
	}
	b.Discard()

	// A replay over an unreadable store refuses the batch.
	fresh := &failingStore{Store: openLevelDB(t)}
	st, err := state.Open(fresh, testParams)
	if err != nil {
		t.Fatal(err)
	}
	rex, err := NewReplayExecutor(st, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	fresh.failReads("s/x/")
	if _, err := rex.ReplayBatch(batch.Header, batch.Pubdata); !errors.Is(err, errInjected) {
		t.Fatalf("ReplayBatch over failed reads: %v", err)
	}
	if _, err := rex.ReplayedRoot(); !errors.Is(err, errInjected) {
		t.Fatalf("ReplayedRoot over failed reads: %v", err)
	}
	fresh.failReads("s/x/pk/") // the first deposit's account lookup
	if _, err := rex.ReplayBatch(batch.Header, batch.Pubdata); !errors.Is(err, errInjected) ||
		!errors.Is(err, state.ErrStoreRead) || errors.Is(err, ErrReplayMismatch) {
		t.Fatalf("ReplayBatch over a failed read in an op: %v; want a store error, not a mismatch", err)
	}
	fresh.failReads("s/x/" + metaReplayJobsRoot)
	if _, err := rex.ReplayBatch(batch.Header, batch.Pubdata); !errors.Is(err, errInjected) {
		t.Fatalf("ReplayBatch over an unreadable replayed jobs root: %v", err)
	}
}

// A stored executor value of the wrong length is corruption, reported with
// its key, not read as missing.
func TestCorruptExecutorValuesAreErrors(t *testing.T) {
	h := &harness{t: t, actors: map[string]*actor{}}
	alice, bob := h.actor("alice"), h.actor("bob")
	for _, c := range []struct {
		key  string
		call func(ex *Executor) error
	}{
		{"batch/last", func(ex *Executor) error { _, _, _, err := ex.LastBatch(); return err }},
		{"batch/prio-hash", func(ex *Executor) error { _, _, _, err := ex.LastBatch(); return err }},
		{"batch/prio-done", func(ex *Executor) error { _, _, _, err := ex.LastBatch(); return err }},
		{pubKeyKey(alice.pub, alice.l1), func(ex *Executor) error {
			_, _, err := ex.AccountOf(alice.pub, alice.l1)
			return err
		}},
		{"next-account", func(ex *Executor) error {
			b, err := ex.NewBatch(2, 200, [32]byte{}, 64)
			if err != nil {
				return err
			}
			defer b.Discard()
			_, err = b.Add(&Deposit{Depositor: bob.l1, PubKey: bob.pub, Amount: gweiAmount(1)})
			return err
		}},
		{metaReplayJobsRoot, func(ex *Executor) error { _, err := ex.ReplayedRoot(); return err }},
	} {
		db := openLevelDB(t)
		commitFirstBatch(t, db, alice)
		if err := db.Put(metaKey(c.key), []byte{1, 2, 3}); err != nil {
			t.Fatal(err)
		}
		err := c.call(openExecutor(t, db))
		if !errors.Is(err, state.ErrCorruptRecord) || !strings.Contains(err.Error(), fmt.Sprintf("%q", c.key)) {
			t.Errorf("%q of 3 bytes: got %v, want a corrupt-record error naming the key", c.key, err)
		}
	}
}
