package mempool

import (
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/nexus-rollup/nexus/kv/leveldb"
	"github.com/nexus-rollup/nexus/kv/memorydb"
	"github.com/nexus-rollup/nexus/rollup"
)

func transfer(from uint32, nonce uint64) *rollup.Transfer {
	return &rollup.Transfer{From: from, To: 9, Amount: big.NewInt(1), Nonce: nonce, Sig: []byte{1}}
}

func TestAddPersistsAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	db, err := leveldb.Open(path, leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Open(db, Config{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := uint64(0); i < 5; i++ {
		id, err := p.Add(transfer(1, i))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id.Hex())
	}
	if _, err := p.Add(transfer(1, 0)); !errors.Is(err, ErrKnown) {
		t.Fatalf("duplicate: %v", err)
	}
	db.Close() // "kill -9" after the acknowledgements: every op was synced

	db, _ = leveldb.Open(path, leveldb.Options{})
	defer db.Close()
	p, err = Open(db, Config{})
	if err != nil {
		t.Fatal(err)
	}
	got := p.Pending(10)
	if len(got) != 5 {
		t.Fatalf("%d ops after reopen, want 5", len(got))
	}
	for i, e := range got {
		if e.ID.Hex() != ids[i] || e.Op.(*rollup.Transfer).Nonce != uint64(i) {
			t.Fatalf("op %d out of order or changed", i)
		}
	}
	if id, err := p.Add(transfer(1, 5)); err != nil || p.Pending(10)[5].ID != id {
		t.Fatalf("new op after reopen must come last: %v", err)
	}
}

func TestRemoveIsAtomicWithTheCallersBatch(t *testing.T) {
	db := memorydb.New()
	p, _ := Open(db, Config{})
	a, _ := p.Add(transfer(1, 0))
	b, _ := p.Add(transfer(1, 1))

	batch := db.NewBatch()
	drop, err := p.Remove(batch, a)
	if err != nil {
		t.Fatal(err)
	}
	if p.Len() != 2 || !p.Has(a) {
		t.Fatal("an op left the pool before its removal was written")
	}
	drop()
	if p.Len() != 1 || p.Has(a) {
		t.Fatal("removed op still pending in memory")
	}
	// The batch was never written (crash before the commit): the op is back.
	p2, _ := Open(db, Config{})
	if !p2.Has(a) || !p2.Has(b) {
		t.Fatal("an op removed by an unwritten batch was lost")
	}
	batch = db.NewBatch()
	p2.Remove(batch, a, b)
	batch.Write()
	if p3, _ := Open(db, Config{}); p3.Len() != 0 {
		t.Fatal("removed ops came back after the batch was written")
	}
}

func TestLimitsAndTypes(t *testing.T) {
	p, _ := Open(memorydb.New(), Config{MaxOps: 3, MaxPerAccount: 2})
	p.Add(transfer(1, 0))
	p.Add(transfer(1, 1))
	if _, err := p.Add(transfer(1, 2)); !errors.Is(err, ErrAccountLimit) {
		t.Fatalf("per-account limit: %v", err)
	}
	p.Add(transfer(2, 0))
	if _, err := p.Add(transfer(3, 0)); !errors.Is(err, ErrFull) {
		t.Fatalf("pool limit: %v", err)
	}
	for _, op := range []rollup.Op{&rollup.Deposit{Amount: big.NewInt(1)}, &rollup.ExpireJob{JobID: 1},
		&rollup.ProverRelease{Account: 1}} {
		if _, err := p.Add(op); !errors.Is(err, ErrNotUserOp) {
			t.Errorf("%s: %v", op.Type(), err)
		}
	}
}

func TestCorruptStoreIsRefused(t *testing.T) {
	db := memorydb.New()
	db.Put(key(1), []byte(`{"type":"Transfer"`))
	if _, err := Open(db, Config{}); err == nil || !strings.Contains(err.Error(), "corrupt store") {
		t.Fatalf("want a clear error, got %v", err)
	}
}

// Concurrent Adds share synced writes (group commit): every acknowledged op
// is on disk, the pool keeps arrival (Seq) order, and the limits count ops
// still being written.
func TestConcurrentAddsGroupCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	db, err := leveldb.Open(path, leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Open(db, Config{MaxPerAccount: 40})
	if err != nil {
		t.Fatal(err)
	}
	const accounts, each = 16, 50
	var wg sync.WaitGroup
	var acked, limited atomic.Int64
	for a := range accounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range each {
				_, err := p.Add(transfer(uint32(a+1), uint64(n)))
				switch {
				case err == nil:
					acked.Add(1)
				case errors.Is(err, ErrAccountLimit):
					limited.Add(1)
				default:
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if acked.Load() != accounts*40 || limited.Load() != accounts*(each-40) {
		t.Fatalf("acked %d, over the per-account limit %d", acked.Load(), limited.Load())
	}
	pending := p.Pending(p.Len())
	for i := 1; i < len(pending); i++ {
		if pending[i-1].Seq >= pending[i].Seq {
			t.Fatalf("pending out of order at %d: seq %d then %d", i, pending[i-1].Seq, pending[i].Seq)
		}
	}
	db.Close()
	db, err = leveldb.Open(path, leveldb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p2, err := Open(db, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if p2.Len() != int(acked.Load()) {
		t.Fatalf("reopened pool holds %d ops, %d were acknowledged", p2.Len(), acked.Load())
	}
}
