// Package mempool holds the signed L2 ops the sequencer has acknowledged but
// not yet put in a committed batch. An op is written to the store (synced)
// before Add returns, so an acknowledged op survives kill -9; it leaves the
// pool in the same atomic write that commits the batch containing it, so it
// is never lost between the two nor applied twice.
package mempool

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
)

var (
	// ErrFull is returned when the pool holds its maximum number of ops.
	ErrFull = errors.New("mempool is full")
	// ErrAccountLimit is returned when one account has too many ops queued.
	ErrAccountLimit = errors.New("too many pending ops for this account")
	// ErrNotUserOp is returned for ops users cannot submit (priority ops
	// come from L1, ExpireJob and ProverRelease from the sequencer).
	ErrNotUserOp = errors.New("op type cannot be submitted over RPC")
	// ErrKnown is returned for an op already in the pool.
	ErrKnown = errors.New("op already pending")
)

// Config bounds the pool.
type Config struct {
	MaxOps        int // default 100,000
	MaxPerAccount int // default 256
}

// Entry is one pending op.
type Entry struct {
	ID  common.Hash // SHA-256 of the op's JSON
	Seq uint64      // arrival order
	Op  rollup.Op
}

var prefixOp = []byte("mp/")

func key(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefixOp...), seq)
}

// Pool is the mempool. It is safe for concurrent use.
type Pool struct {
	db  kv.Store
	cfg Config

	mu        sync.Mutex
	next      uint64
	entries   map[common.Hash]*Entry
	order     []*Entry // by Seq; removed entries are compacted lazily
	perSigner map[uint32]int
	// writing holds ops admitted but not yet persisted: they count against
	// the limits and as known, but are not pending until their write is
	// synced.
	writing map[common.Hash]struct{}

	// Group commit: concurrent Adds share one synced write.
	wmu      sync.Mutex
	queue    []*write
	flushing bool
}

type write struct {
	seq   uint64
	raw   []byte
	extra []Put
	err   error
	done  chan struct{}
}

// Put is a key the caller stores with an op, in the op's own synced write:
// data that belongs to the op (a job's input) is never on disk without it.
type Put struct{ Key, Value []byte }

// Open loads the pool persisted in db.
func Open(db kv.Store, cfg Config) (*Pool, error) {
	if cfg.MaxOps <= 0 {
		cfg.MaxOps = 100_000
	}
	if cfg.MaxPerAccount <= 0 {
		cfg.MaxPerAccount = 256
	}
	p := &Pool{db: db, cfg: cfg, entries: make(map[common.Hash]*Entry), perSigner: make(map[uint32]int), next: 1,
		writing: make(map[common.Hash]struct{})}
	it := db.NewIterator(prefixOp, nil)
	defer it.Release()
	for it.Next() {
		seq := binary.BigEndian.Uint64(it.Key()[len(prefixOp):])
		op, err := rollup.UnmarshalOpJSON(it.Value())
		if err != nil {
			return nil, fmt.Errorf("mempool: stored op %d does not decode (corrupt store?): %w", seq, err)
		}
		e := &Entry{ID: rollup.OpIDOfJSON(it.Value()), Seq: seq, Op: op}
		p.entries[e.ID] = e
		p.order = append(p.order, e)
		p.perSigner[rollup.SignerOf(op)]++
		p.next = seq + 1
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return p, nil
}

// Add validates the op's form, persists it (with extra, in the same synced
// write) and returns its id. It does not check the signature or the state:
// the executor does when it applies it.
func (p *Pool) Add(op rollup.Op, extra ...Put) (common.Hash, error) {
	if !op.Type().IsSigned() {
		return common.Hash{}, fmt.Errorf("%w: %s", ErrNotUserOp, op.Type())
	}
	raw, err := rollup.MarshalOpJSON(op)
	if err != nil {
		return common.Hash{}, err
	}
	id := common.Hash(rollup.OpIDOfJSON(raw))
	signer := rollup.SignerOf(op)

	p.mu.Lock()
	_, pending := p.entries[id]
	_, writing := p.writing[id]
	if pending || writing {
		p.mu.Unlock()
		return id, ErrKnown
	}
	if len(p.entries)+len(p.writing) >= p.cfg.MaxOps {
		p.mu.Unlock()
		return common.Hash{}, fmt.Errorf("%w (%d ops)", ErrFull, p.cfg.MaxOps)
	}
	if p.perSigner[signer] >= p.cfg.MaxPerAccount {
		n := p.perSigner[signer]
		p.mu.Unlock()
		return common.Hash{}, fmt.Errorf("%w: account %d has %d", ErrAccountLimit, signer, n)
	}
	seq := p.next
	p.next++
	p.writing[id] = struct{}{}
	p.perSigner[signer]++
	p.mu.Unlock()

	err = p.persist(&write{seq: seq, raw: raw, extra: extra, done: make(chan struct{})})
	if err == nil {
		crashpoint.Hit(crashpoint.OpPersisted)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.writing, id)
	if err != nil {
		p.perSigner[signer]--
		return common.Hash{}, fmt.Errorf("mempool: persisting op: %w", err)
	}
	e := &Entry{ID: id, Seq: seq, Op: op}
	p.entries[id] = e
	// Concurrent Adds can finish out of order: keep order sorted by Seq.
	i := len(p.order)
	for i > 0 && p.order[i-1].Seq > seq {
		i--
	}
	p.order = append(p.order, nil)
	copy(p.order[i+1:], p.order[i:])
	p.order[i] = e
	return id, nil
}

// persist writes one op, synced, before it returns. Writers that arrive
// while a write is in flight are queued and the next write carries them
// all, so N concurrent Adds cost about one fsync rather than N. The writer
// that finds no write in flight leads: it flushes until the queue is empty.
func (p *Pool) persist(w *write) error {
	p.wmu.Lock()
	p.queue = append(p.queue, w)
	if p.flushing {
		p.wmu.Unlock()
		<-w.done
		return w.err
	}
	p.flushing = true
	for len(p.queue) > 0 {
		q := p.queue
		p.queue = nil
		p.wmu.Unlock()
		b := p.db.NewBatch()
		var err error
		for _, x := range q {
			if err = b.Put(key(x.seq), x.raw); err != nil {
				break
			}
			for _, e := range x.extra {
				if err = b.Put(e.Key, e.Value); err != nil {
					break
				}
			}
			if err != nil {
				break
			}
		}
		if err == nil {
			err = b.Write()
		}
		for _, x := range q {
			x.err = err
			close(x.done)
		}
		p.wmu.Lock()
	}
	p.flushing = false
	p.wmu.Unlock()
	return w.err
}

// Pending returns up to max ops in arrival order.
func (p *Pool) Pending(max int) []*Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.compact()
	n := min(max, len(p.order))
	return append([]*Entry(nil), p.order[:n]...)
}

// Len is the number of pending ops.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.entries)
}

// PendingOf is the number of ops account signer has pending: its next
// nonce is its account nonce plus this.
func (p *Pool) PendingOf(signer uint32) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.perSigner[signer]
}

// Has reports whether an op is pending.
func (p *Pool) Has(id common.Hash) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.entries[id]
	return ok
}

// Get returns a pending op.
func (p *Pool) Get(id common.Hash) (*Entry, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	e, ok := p.entries[id]
	return e, ok
}

// Remove stages the deletion of ops into w, the batch that commits the
// state they were applied to (or that records them as rejected). They stay
// pending until the caller has written w and calls drop: a write that fails
// leaves them pending, in memory as in the store.
func (p *Pool) Remove(w kv.Writer, ids ...common.Hash) (drop func(), err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, id := range ids {
		if e, ok := p.entries[id]; ok {
			if err := w.Delete(key(e.Seq)); err != nil {
				return nil, err
			}
		}
	}
	return func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, id := range ids {
			if e, ok := p.entries[id]; ok {
				delete(p.entries, id)
				p.perSigner[rollup.SignerOf(e.Op)]--
			}
		}
	}, nil
}

func (p *Pool) compact() {
	if len(p.order) == len(p.entries) {
		return
	}
	kept := p.order[:0]
	for _, e := range p.order {
		if _, ok := p.entries[e.ID]; ok {
			kept = append(kept, e)
		}
	}
	p.order = kept
}
