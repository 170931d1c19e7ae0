package state

import (
	"errors"
	"fmt"

	"github.com/nexus-rollup/nexus/kv"
)

// ErrStoreRead marks a failed read of the store under the state. An op that
// meets it broke no rule: the node failed, and the op may apply later.
var ErrStoreRead = errors.New("state: store read failed")

// storeReader marks every read error of db but kv.ErrNotFound with
// ErrStoreRead.
type storeReader struct{ db kv.Reader }

func markReads(db kv.Reader) kv.Reader {
	if _, ok := db.(storeReader); ok {
		return db
	}
	return storeReader{db}
}

func (r storeReader) Get(key []byte) ([]byte, error) {
	v, err := r.db.Get(key)
	if err != nil && !errors.Is(err, kv.ErrNotFound) {
		return nil, fmt.Errorf("%w: %w", ErrStoreRead, err)
	}
	return v, err
}

func (r storeReader) Has(key []byte) (bool, error) {
	ok, err := r.db.Has(key)
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrStoreRead, err)
	}
	return ok, nil
}
