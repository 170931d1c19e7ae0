package leveldb

import (
	"bytes"
	"path/filepath"
	"testing"
)

// FuzzStoreKeys writes arbitrary keys and values and reads them back, alone
// and through a prefix iterator.
func FuzzStoreKeys(f *testing.F) {
	s, err := Open(filepath.Join(f.TempDir(), "db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Add([]byte("s/a/\x00\x00\x00\x01"), []byte("v"))
	f.Add([]byte{}, []byte{})
	f.Add([]byte{0xff, 0xff}, bytes.Repeat([]byte{1}, 1000))
	f.Fuzz(func(t *testing.T, key, value []byte) {
		b := s.NewBatch()
		b.Put(key, value)
		if err := b.Write(); err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(key)
		if err != nil || !bytes.Equal(got, value) {
			t.Fatalf("get %x: %x, %v", key, got, err)
		}
		it := s.NewIterator(key, nil)
		defer it.Release()
		if !it.Next() || !bytes.Equal(it.Key(), key) {
			t.Fatalf("prefix iterator from %x misses the key", key)
		}
		if err := s.Delete(key); err != nil {
			t.Fatal(err)
		}
	})
}
