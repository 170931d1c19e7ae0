// Package kvtest is the conformance suite every kv.Store implementation must
// pass, so that tests on the in-memory store say something about leveldb.
package kvtest

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/nexus-rollup/nexus/kv"
)

// TestStore runs the suite; open returns a new, empty store each call.
func TestStore(t *testing.T, open func(t *testing.T) kv.Store) {
	t.Run("GetPutHasDelete", func(t *testing.T) { testGetPutHasDelete(t, open(t)) })
	t.Run("Copies", func(t *testing.T) { testCopies(t, open(t)) })
	t.Run("EmptyValue", func(t *testing.T) { testEmptyValue(t, open(t)) })
	t.Run("BatchAtomic", func(t *testing.T) { testBatch(t, open(t)) })
	t.Run("BatchReset", func(t *testing.T) { testBatchReset(t, open(t)) })
	t.Run("Iterator", func(t *testing.T) { testIterator(t, open(t)) })
	t.Run("IteratorSnapshot", func(t *testing.T) { testIteratorSnapshot(t, open(t)) })
	t.Run("IteratorEdges", func(t *testing.T) { testIteratorEdges(t, open(t)) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("Closed", func(t *testing.T) { testClosed(t, open(t)) })
}

func mustPut(t *testing.T, s kv.Writer, k, v string) {
	t.Helper()
	if err := s.Put([]byte(k), []byte(v)); err != nil {
		t.Fatalf("put %q: %v", k, err)
	}
}

func wantValue(t *testing.T, s kv.Reader, k, want string) {
	t.Helper()
	got, err := s.Get([]byte(k))
	if err != nil {
		t.Fatalf("get %q: %v", k, err)
	}
	if string(got) != want {
		t.Fatalf("get %q = %q, want %q", k, got, want)
	}
}

func wantMissing(t *testing.T, s kv.Reader, k string) {
	t.Helper()
	if _, err := s.Get([]byte(k)); !errors.Is(err, kv.ErrNotFound) {
		t.Fatalf("get %q: want kv.ErrNotFound, got %v", k, err)
	}
	if ok, err := s.Has([]byte(k)); err != nil || ok {
		t.Fatalf("has %q = %v, %v; want false", k, ok, err)
	}
}

func testGetPutHasDelete(t *testing.T, s kv.Store) {
	defer s.Close()
	wantMissing(t, s, "a")
	mustPut(t, s, "a", "1")
	wantValue(t, s, "a", "1")
	if ok, err := s.Has([]byte("a")); err != nil || !ok {
		t.Fatalf("has a = %v, %v", ok, err)
	}
	mustPut(t, s, "a", "2")
	wantValue(t, s, "a", "2")
	if err := s.Delete([]byte("a")); err != nil {
		t.Fatal(err)
	}
	wantMissing(t, s, "a")
	if err := s.Delete([]byte("never")); err != nil {
		t.Fatalf("delete of a missing key: %v", err)
	}
	big := bytes.Repeat([]byte{0xab}, 4<<20)
	if err := s.Put([]byte("big"), big); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get([]byte("big")); err != nil || !bytes.Equal(got, big) {
		t.Fatalf("4 MiB value did not round-trip: %v", err)
	}
}

func testCopies(t *testing.T, s kv.Store) {
	defer s.Close()
	k, v := []byte("key"), []byte("value")
	if err := s.Put(k, v); err != nil {
		t.Fatal(err)
	}
	k[0], v[0] = 'X', 'X' // the store must have kept its own copies
	wantValue(t, s, "key", "value")
	got, _ := s.Get([]byte("key"))
	got[0] = 'Y' // and must hand out copies
	wantValue(t, s, "key", "value")
}

func testEmptyValue(t *testing.T, s kv.Store) {
	defer s.Close()
	if err := s.Put([]byte("e"), nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get([]byte("e"))
	if err != nil || len(got) != 0 {
		t.Fatalf("empty value: %q, %v", got, err)
	}
	if ok, _ := s.Has([]byte("e")); !ok {
		t.Fatal("a key with an empty value must exist")
	}
}

func testBatch(t *testing.T, s kv.Store) {
	defer s.Close()
	mustPut(t, s, "gone", "x")
	b := s.NewBatch()
	for i := 0; i < 100; i++ {
		if err := b.Put([]byte(fmt.Sprintf("k%03d", i)), []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	b.Delete([]byte("gone"))
	b.Put([]byte("k000"), []byte("last write wins"))
	if b.ValueSize() == 0 {
		t.Fatal("ValueSize is zero after queuing writes")
	}
	// Nothing is visible before Write.
	wantMissing(t, s, "k050")
	wantValue(t, s, "gone", "x")
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}
	wantValue(t, s, "k050", "50")
	wantValue(t, s, "k000", "last write wins")
	wantMissing(t, s, "gone")
}

func testBatchReset(t *testing.T, s kv.Store) {
	defer s.Close()
	b := s.NewBatch()
	b.Put([]byte("dropped"), []byte("1"))
	b.Reset()
	if b.ValueSize() != 0 {
		t.Fatalf("ValueSize after Reset = %d", b.ValueSize())
	}
	b.Put([]byte("kept"), []byte("2"))
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}
	wantMissing(t, s, "dropped")
	wantValue(t, s, "kept", "2")
}

func collect(t *testing.T, it kv.Iterator) []string {
	t.Helper()
	defer it.Release()
	var out []string
	for it.Next() {
		out = append(out, string(it.Key())+"="+string(it.Value()))
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return out
}

func equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("%s: got %v, want %v", what, got, want)
	}
}

func testIterator(t *testing.T, s kv.Store) {
	defer s.Close()
	for _, k := range []string{"b2", "a1", "b1", "b3", "c1", "b"} {
		mustPut(t, s, k, "v"+k)
	}
	equal(t, "all", collect(t, s.NewIterator(nil, nil)),
		[]string{"a1=va1", "b=vb", "b1=vb1", "b2=vb2", "b3=vb3", "c1=vc1"})
	equal(t, "prefix b", collect(t, s.NewIterator([]byte("b"), nil)),
		[]string{"b=vb", "b1=vb1", "b2=vb2", "b3=vb3"})
	equal(t, "prefix b from 2", collect(t, s.NewIterator([]byte("b"), []byte("2"))),
		[]string{"b2=vb2", "b3=vb3"})
	equal(t, "prefix z", collect(t, s.NewIterator([]byte("z"), nil)), nil)
	equal(t, "start past the end", collect(t, s.NewIterator([]byte("b"), []byte("9"))), nil)
}

func testIteratorSnapshot(t *testing.T, s kv.Store) {
	defer s.Close()
	mustPut(t, s, "p1", "old")
	it := s.NewIterator([]byte("p"), nil)
	mustPut(t, s, "p1", "new")
	mustPut(t, s, "p2", "added")
	equal(t, "snapshot", collect(t, it), []string{"p1=old"})
}

func testIteratorEdges(t *testing.T, s kv.Store) {
	defer s.Close()
	mustPut(t, s, "\xff\xff", "x")
	mustPut(t, s, "\xff\xff\x00", "y")
	mustPut(t, s, "\xfe", "z")
	equal(t, "0xff prefix", collect(t, s.NewIterator([]byte("\xff\xff"), nil)),
		[]string{"\xff\xff=x", "\xff\xff\x00=y"})
	it := s.NewIterator(nil, nil)
	it.Release()
	it.Release() // twice is allowed
	it = s.NewIterator([]byte("none"), nil)
	if it.Next() || it.Key() != nil && len(it.Key()) != 0 {
		t.Fatal("empty iterator yielded a key")
	}
	it.Release()
}

func testConcurrent(t *testing.T, s kv.Store) {
	defer s.Close()
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := []byte(fmt.Sprintf("w%d-%d", w, i))
				if err := s.Put(k, k); err != nil {
					t.Error(err)
					return
				}
				if _, err := s.Get(k); err != nil {
					t.Error(err)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	if n := len(collect(t, s.NewIterator([]byte("w"), nil))); n != 8*200 {
		t.Fatalf("got %d keys after concurrent writes, want %d", n, 8*200)
	}
}

func testClosed(t *testing.T, s kv.Store) {
	mustPut(t, s, "a", "1")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get([]byte("a")); !errors.Is(err, kv.ErrClosed) {
		t.Errorf("get after close: want kv.ErrClosed, got %v", err)
	}
	if err := s.Put([]byte("a"), nil); !errors.Is(err, kv.ErrClosed) {
		t.Errorf("put after close: want kv.ErrClosed, got %v", err)
	}
	b := s.NewBatch()
	b.Put([]byte("b"), nil)
	if err := b.Write(); !errors.Is(err, kv.ErrClosed) {
		t.Errorf("batch write after close: want kv.ErrClosed, got %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
}
