// Package memorydb is an in-memory kv.Store for tests and ephemeral nodes.
package memorydb

import (
	"bytes"
	"sort"
	"sync"

	"github.com/nexus-rollup/nexus/kv"
)

// Store is a map guarded by a lock. Iterators copy the matching entries at
// creation, which gives them snapshot semantics like leveldb's.
type Store struct {
	mu     sync.RWMutex
	db     map[string][]byte
	closed bool
}

// New returns an empty store.
func New() *Store { return &Store{db: make(map[string][]byte)} }

func (s *Store) Get(key []byte) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, kv.ErrClosed
	}
	v, ok := s.db[string(key)]
	if !ok {
		return nil, kv.ErrNotFound
	}
	return bytes.Clone(v), nil
}

func (s *Store) Has(key []byte) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return false, kv.ErrClosed
	}
	_, ok := s.db[string(key)]
	return ok, nil
}

func (s *Store) Put(key, value []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return kv.ErrClosed
	}
	s.db[string(key)] = cloneNonNil(value)
	return nil
}

func (s *Store) Delete(key []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return kv.ErrClosed
	}
	delete(s.db, string(key))
	return nil
}

// Close drops the contents; later calls return kv.ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.db = nil
	return nil
}

// Len is the number of keys, for tests.
func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.db)
}

func (s *Store) NewBatch() kv.Batch { return &batch{store: s} }

func (s *Store) NewIterator(prefix, start []byte) kv.Iterator {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return &iterator{err: kv.ErrClosed}
	}
	from := string(prefix) + string(start)
	var keys []string
	for k := range s.db {
		if bytes.HasPrefix([]byte(k), prefix) && k >= from {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	it := &iterator{keys: keys, values: make([][]byte, len(keys)), pos: -1}
	for i, k := range keys {
		it.values[i] = s.db[k]
	}
	return it
}

func cloneNonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return bytes.Clone(b)
}

type op struct {
	key    string
	value  []byte
	delete bool
}

type batch struct {
	store *Store
	ops   []op
	size  int
}

func (b *batch) Put(key, value []byte) error {
	b.ops = append(b.ops, op{key: string(key), value: cloneNonNil(value)})
	b.size += len(key) + len(value)
	return nil
}

func (b *batch) Delete(key []byte) error {
	b.ops = append(b.ops, op{key: string(key), delete: true})
	b.size += len(key)
	return nil
}

func (b *batch) ValueSize() int { return b.size }

func (b *batch) Write() error {
	s := b.store
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return kv.ErrClosed
	}
	for _, o := range b.ops {
		if o.delete {
			delete(s.db, o.key)
		} else {
			s.db[o.key] = o.value
		}
	}
	return nil
}

func (b *batch) Reset() {
	b.ops = b.ops[:0]
	b.size = 0
}

type iterator struct {
	keys   []string
	values [][]byte
	pos    int
	err    error
}

func (it *iterator) Next() bool {
	if it.err != nil || it.pos+1 >= len(it.keys) {
		it.pos = len(it.keys)
		return false
	}
	it.pos++
	return true
}

func (it *iterator) Key() []byte {
	if it.pos < 0 || it.pos >= len(it.keys) {
		return nil
	}
	return []byte(it.keys[it.pos])
}

func (it *iterator) Value() []byte {
	if it.pos < 0 || it.pos >= len(it.keys) {
		return nil
	}
	return bytes.Clone(it.values[it.pos])
}

func (it *iterator) Error() error { return it.err }

func (it *iterator) Release() { it.keys, it.values = nil, nil }
