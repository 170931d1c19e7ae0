// Package kv is the small key-value storage interface that every persistent
// part of Nexus writes through (L2 state, mempool, jobs, batches), with a
// goleveldb implementation for nodes and an in-memory one for tests.
//
// Durability contract: Put and Delete are not synced; a Batch is applied
// atomically and, in persistent stores, synced to disk before Write returns.
// Every commit point (an acknowledged op, a sealed batch) therefore goes
// through a Batch, so a crash never leaves half of it behind.
package kv

import (
	"errors"
	"io"
)

var (
	// ErrNotFound is returned by Get for a missing key.
	ErrNotFound = errors.New("kv: not found")
	// ErrClosed is returned by any operation on a closed store.
	ErrClosed = errors.New("kv: store closed")
)

// Reader reads single keys.
type Reader interface {
	// Get returns a copy of the value of key, or ErrNotFound.
	Get(key []byte) ([]byte, error)
	// Has reports whether key exists.
	Has(key []byte) (bool, error)
}

// Writer changes single keys.
type Writer interface {
	// Put sets key to value. The store keeps its own copies of both.
	Put(key, value []byte) error
	// Delete removes key; deleting a missing key is not an error.
	Delete(key []byte) error
}

// Iteratee creates iterators.
type Iteratee interface {
	// NewIterator iterates, in ascending key order, over the keys with the
	// given prefix that are >= prefix+start. It sees a consistent snapshot
	// of the store as of its creation.
	NewIterator(prefix, start []byte) Iterator
}

// Batcher creates write batches.
type Batcher interface {
	NewBatch() Batch
}

// Store is a key-value store.
type Store interface {
	Reader
	Writer
	Iteratee
	Batcher
	io.Closer
}

// Batch collects writes and applies them atomically on Write.
type Batch interface {
	Writer
	// ValueSize is the number of bytes queued so far (keys and values).
	ValueSize() int
	// Write applies the batch atomically; persistent stores sync it.
	Write() error
	// Reset empties the batch for reuse.
	Reset()
}

// Iterator walks key/value pairs in ascending key order. Key and Value are
// valid until the next call to Next; copy them to keep them.
type Iterator interface {
	Next() bool
	Key() []byte
	Value() []byte
	// Error returns any error met during iteration.
	Error() error
	// Release frees the iterator; it must be called, and may be called twice.
	Release()
}

// PrefixEnd returns the smallest key greater than every key with the given
// prefix, or nil if there is none (the prefix is all 0xff or empty).
func PrefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}
