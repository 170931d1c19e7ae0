// Package leveldb is the goleveldb-backed kv.Store used by Nexus nodes.
package leveldb

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/syndtr/goleveldb/leveldb"
	lerrors "github.com/syndtr/goleveldb/leveldb/errors"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/iterator"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/nexus-rollup/nexus/kv"
)

var (
	// ErrCorrupted is returned by Open when the database files are damaged.
	ErrCorrupted = errors.New("database is corrupted")
	// ErrLocked is returned by Open when another process has the database open.
	ErrLocked = errors.New("database is in use by another process")
)

// Options tune the database. The zero value is sensible for a node.
type Options struct {
	// CacheMB is the block cache size in MiB (default 64).
	CacheMB int
	// Handles is the number of open files kept (default 256).
	Handles int
	// ReadOnly opens the database without write access.
	ReadOnly bool
}

// Store wraps a goleveldb database.
type Store struct {
	path string
	db   *leveldb.DB
	// syncBatch is the write option of batches: synced, so that a commit
	// point survives a power cut, not only a process crash.
	syncBatch *opt.WriteOptions
	closeOnce sync.Once
}

// Open opens (creating if needed) the database at path. A damaged database
// or one held by another process gives an error that says so and what to do;
// Open never repairs anything silently.
func Open(path string, o Options) (*Store, error) {
	if o.CacheMB <= 0 {
		o.CacheMB = 64
	}
	if o.Handles <= 0 {
		o.Handles = 256
	}
	if !o.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("creating database directory: %w", err)
		}
	}
	db, err := leveldb.OpenFile(path, &opt.Options{
		OpenFilesCacheCapacity: o.Handles,
		BlockCacheCapacity:     o.CacheMB * opt.MiB,
		WriteBuffer:            o.CacheMB * opt.MiB / 4,
		Filter:                 filter.NewBloomFilter(10),
		ReadOnly:               o.ReadOnly,
		ErrorIfMissing:         o.ReadOnly,
		// Verify block checksums on every read: state we serve must be what we wrote.
		Strict: opt.StrictAll,
	})
	if err != nil {
		return nil, openError(path, err)
	}
	return &Store{path: path, db: db, syncBatch: &opt.WriteOptions{Sync: true}}, nil
}

func openError(path string, err error) error {
	switch {
	case lerrors.IsCorrupted(err):
		return fmt.Errorf("%w: %s: %v; restore it from a backup, or move it aside to start from an empty store "+
			"(the node resyncs from L1 and its peers)", ErrCorrupted, path, err)
	case errors.Is(err, syscall.EAGAIN), errors.Is(err, syscall.EWOULDBLOCK),
		strings.Contains(err.Error(), "resource temporarily unavailable"):
		return fmt.Errorf("%w: %s is locked; stop the other nexus process first", ErrLocked, path)
	}
	return fmt.Errorf("opening database %s: %w", path, err)
}

// Recover rebuilds the manifest of a database whose manifest is damaged,
// keeping every table that is still readable. Run it only on a copy or a
// database you are prepared to lose.
func Recover(path string) error {
	db, err := leveldb.RecoverFile(path, nil)
	if err != nil {
		return fmt.Errorf("recovering %s: %w", path, err)
	}
	return db.Close()
}

// Path is the database directory.
func (s *Store) Path() string { return s.path }

func (s *Store) Get(key []byte) ([]byte, error) {
	v, err := s.db.Get(key, nil)
	return v, mapErr(err)
}

func (s *Store) Has(key []byte) (bool, error) {
	ok, err := s.db.Has(key, nil)
	return ok, mapErr(err)
}

func (s *Store) Put(key, value []byte) error { return mapErr(s.db.Put(key, value, nil)) }

func (s *Store) Delete(key []byte) error { return mapErr(s.db.Delete(key, nil)) }

func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() { err = s.db.Close() })
	return err
}

func (s *Store) NewBatch() kv.Batch { return &batch{store: s, b: new(leveldb.Batch)} }

func (s *Store) NewIterator(prefix, start []byte) kv.Iterator {
	r := util.BytesPrefix(prefix)
	r.Start = append(r.Start, start...)
	return &iter{it: s.db.NewIterator(r, nil)}
}

func mapErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, leveldb.ErrNotFound):
		return kv.ErrNotFound
	case errors.Is(err, leveldb.ErrClosed):
		return kv.ErrClosed
	}
	return err
}

type batch struct {
	store *Store
	b     *leveldb.Batch
	size  int
}

func (b *batch) Put(key, value []byte) error {
	b.b.Put(key, value)
	b.size += len(key) + len(value)
	return nil
}

func (b *batch) Delete(key []byte) error {
	b.b.Delete(key)
	b.size += len(key)
	return nil
}

func (b *batch) ValueSize() int { return b.size }

func (b *batch) Write() error { return mapErr(b.store.db.Write(b.b, b.store.syncBatch)) }

func (b *batch) Reset() {
	b.b.Reset()
	b.size = 0
}

type iter struct{ it iterator.Iterator }

func (i *iter) Next() bool    { return i.it.Next() }
func (i *iter) Key() []byte   { return i.it.Key() }
func (i *iter) Value() []byte { return i.it.Value() }
func (i *iter) Error() error  { return mapErr(i.it.Error()) }
func (i *iter) Release()      { i.it.Release() }
