package sequencer

import (
	"errors"
	"math/big"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

var errFault = errors.New("injected fault")

// faultStore is a real store that can fail its n-th read from now on, or
// the Write of its batches.
type faultStore struct {
	kv.Store
	mu        sync.Mutex
	failRead  int // reads left before the failing one; -1: none fails
	fired     bool
	failWrite bool
}

func (s *faultStore) armRead(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failRead, s.fired = n, false
}

func (s *faultStore) armWrite() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failWrite = true
}

func (s *faultStore) disarm() (fired bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fired = s.fired
	s.failRead, s.fired, s.failWrite = -1, false, false
	return fired
}

func (s *faultStore) read() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failRead < 0 {
		return nil
	}
	if s.failRead == 0 {
		s.failRead, s.fired = -1, true
		return errFault
	}
	s.failRead--
	return nil
}

func (s *faultStore) Get(key []byte) ([]byte, error) {
	if err := s.read(); err != nil {
		return nil, err
	}
	return s.Store.Get(key)
}

func (s *faultStore) Has(key []byte) (bool, error) {
	if err := s.read(); err != nil {
		return false, err
	}
	return s.Store.Has(key)
}

func (s *faultStore) NewBatch() kv.Batch { return &faultBatch{Batch: s.Store.NewBatch(), s: s} }

type faultBatch struct {
	kv.Batch
	s *faultStore
}

func (b *faultBatch) Write() error {
	b.s.mu.Lock()
	fail := b.s.failWrite
	if fail {
		b.s.fired = true
	}
	b.s.mu.Unlock()
	if fail {
		return errFault
	}
	return b.Batch.Write()
}

// faultQueue is the fixed priority queue with failures on demand.
type faultQueue struct {
	queue
	failNext, failOp, garbage bool
}

func (q *faultQueue) Next() (uint64, [32]byte, error) {
	if q.failNext {
		return 0, [32]byte{}, errFault
	}
	return q.queue.Next()
}

func (q *faultQueue) Op(i uint64) (*watcher.PriorityOp, error) {
	if q.failOp {
		return nil, errFault
	}
	if q.garbage {
		return &watcher.PriorityOp{Index: i, Encoding: []byte{0xff, 1, 2}}, nil
	}
	return q.queue.Op(i)
}

// TestSealReleasesTheBuilderOnEveryError fails each step of Seal in turn
// (the priority queue, every store read one after another, the batch
// write) and checks that a failed Seal leaves nothing staged and nothing
// written, and that the next Seal applies every op exactly once.
func TestSealReleasesTheBuilderOnEveryError(t *testing.T) {
	ldb, err := leveldb.Open(filepath.Join(t.TempDir(), "db"), leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ldb.Close() })
	db := &faultStore{Store: ldb, failRead: -1}
	st, _ := state.Open(db, testParams)
	ex, _ := rollup.NewExecutor(st, rollup.DefaultConfig())
	pool, err := mempool.Open(db, mempool.Config{})
	if err != nil {
		t.Fatal(err)
	}
	user := key(1)
	q := &faultQueue{}
	seq, err := New(db, ex, pool, q, Config{MaxChunks: 64, Witness: true, BatchTimeout: time.Second, MinOps: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	seq.now = func() time.Time { return time.Unix(1_800_000_000, 0) }
	api := NewAPI(seq)

	deposits, transfers := 0, 0
	// work queues a deposit and, once the account exists, a transfer to
	// itself, unless the last Seal left them pending.
	work := func() {
		t.Helper()
		if count, _, _ := q.queue.Next(); count == priorityDone(t, ex) {
			q.ops = append(q.ops, &rollup.Deposit{Depositor: [20]byte{1}, PubKey: user.Public().Wire(), Amount: big.NewInt(1e9)})
			deposits++
		}
		id, found, err := ex.AccountOf(user.Public().Wire(), [20]byte{1})
		if err != nil || !found || pool.Len() > 0 {
			return
		}
		a, err := ex.State().Account(uint64(id))
		if err != nil {
			t.Fatal(err)
		}
		op := &rollup.Transfer{From: id, To: id, Amount: big.NewInt(1), Nonce: a.Nonce}
		rollup.Sign(op, user)
		raw, _ := rollup.MarshalOpJSON(op)
		if _, err := api.SendOp(raw); err != nil {
			t.Fatal(err)
		}
		transfers++
	}
	// failed checks a Seal that failed: nothing written, nothing staged.
	failed := func(step string, lastBefore uint64) {
		t.Helper()
		last, _, _, err := ex.LastBatch()
		if err != nil || last != lastBefore {
			t.Fatalf("%s: a failed Seal moved the chain to batch %d (%v)", step, last, err)
		}
		committed, _ := state.Open(db, testParams)
		want, err := committed.Root()
		if err != nil {
			t.Fatal(err)
		}
		if got, err := ex.State().Root(); err != nil || got != want {
			t.Fatalf("%s: a failed Seal left staged state behind (%v)", step, err)
		}
	}
	seal := func(step string, injected bool, arm func()) {
		t.Helper()
		work()
		arm()
		last, _, _, _ := ex.LastBatch()
		if _, err := seq.Seal(); err == nil || (injected && !errors.Is(err, errFault)) {
			t.Fatalf("%s: Seal = %v, want the injected fault", step, err)
		}
		failed(step, last)
	}

	seal("priority queue count", true, func() { q.failNext = true })
	q.failNext = false
	seal("priority op read", true, func() { q.failOp = true })
	q.failOp = false
	seal("priority op decoding", false, func() { q.garbage = true })
	q.garbage = false
	if _, err := seq.Seal(); err != nil {
		t.Fatal(err)
	}
	seal("batch write", true, db.armWrite)
	db.disarm()

	// Every store read of a Seal, one at a time.
	reads := 0
	for n := 0; ; n++ {
		if n > 5000 {
			t.Fatal("Seal never completes")
		}
		work()
		last, _, _, _ := ex.LastBatch()
		db.armRead(n)
		_, err := seq.Seal()
		fired := db.disarm()
		if err != nil {
			if !errors.Is(err, errFault) {
				t.Fatalf("read %d: Seal = %v, want the injected fault", n, err)
			}
			failed("read "+strconv.Itoa(n), last)
			reads++
			continue
		}
		if !fired {
			break // Seal made fewer than n+1 reads: every one has failed once
		}
	}
	if reads < 10 {
		t.Fatalf("only %d reads of a Seal failed it", reads)
	}
	if _, err := seq.Seal(); err != nil {
		t.Fatal(err)
	}

	// Every op applied exactly once.
	id, _, err := ex.AccountOf(user.Public().Wire(), [20]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	a, err := ex.State().Account(uint64(id))
	if err != nil {
		t.Fatal(err)
	}
	bal, err := ex.State().Balance(uint64(id), 0)
	if err != nil {
		t.Fatal(err)
	}
	wantBal := new(big.Int).Mul(big.NewInt(int64(deposits)), big.NewInt(1e9))
	if bal.Cmp(wantBal) != 0 || a.Nonce != uint64(transfers) || pool.Len() != 0 {
		t.Fatalf("balance %v, nonce %d, %d ops pending; want %v from %d deposits, nonce %d", bal, a.Nonce, pool.Len(),
			wantBal, deposits, transfers)
	}
	if done := priorityDone(t, ex); done != uint64(len(q.ops)) {
		t.Fatalf("%d priority ops consumed of %d", done, len(q.ops))
	}
	t.Logf("%d store reads of a Seal failed it; %d deposits, %d transfers", reads, deposits, transfers)
}

func priorityDone(t *testing.T, ex *rollup.Executor) uint64 {
	t.Helper()
	_, _, done, err := ex.LastBatch()
	if err != nil {
		t.Fatal(err)
	}
	return done
}
