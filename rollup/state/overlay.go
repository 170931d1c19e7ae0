package state

import (
	"bytes"

	"github.com/nexus-rollup/nexus/kv"
)

// overlay stages record writes over the store, with a journal for reverts.
type overlay struct {
	db      kv.Reader
	staged  map[string][]byte // nil value: deleted
	journal []overlayChange
}

type overlayChange struct {
	key     string
	old     []byte
	present bool
}

func newOverlay(db kv.Reader) *overlay { return &overlay{db: db, staged: make(map[string][]byte)} }

func (o *overlay) get(key []byte) ([]byte, error) {
	if v, ok := o.staged[string(key)]; ok {
		if v == nil {
			return nil, kv.ErrNotFound
		}
		return bytes.Clone(v), nil
	}
	return o.db.Get(key)
}

func (o *overlay) set(key []byte, v []byte) {
	old, had := o.staged[string(key)]
	o.journal = append(o.journal, overlayChange{key: string(key), old: old, present: had})
	o.staged[string(key)] = v
}

func (o *overlay) put(key, v []byte) { o.set(key, bytes.Clone(v)) }
func (o *overlay) del(key []byte)    { o.set(key, nil) }

func (o *overlay) snapshot() int { return len(o.journal) }

func (o *overlay) revertTo(snap int) {
	for i := len(o.journal) - 1; i >= snap; i-- {
		c := o.journal[i]
		if c.present {
			o.staged[c.key] = c.old
		} else {
			delete(o.staged, c.key)
		}
	}
	o.journal = o.journal[:snap]
}

func (o *overlay) commit(w kv.Writer) error {
	for k, v := range o.staged {
		var err error
		if v == nil {
			err = w.Delete([]byte(k))
		} else {
			err = w.Put([]byte(k), v)
		}
		if err != nil {
			return err
		}
	}
	o.discard()
	return nil
}

func (o *overlay) discard() {
	clear(o.staged)
	o.journal = o.journal[:0]
}
