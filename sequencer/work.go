package sequencer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
	"github.com/nexus-rollup/nexus/sequencer/scheduler"
)

// The prover work API (docs/prover-api.md): provers ask for work, lock the
// jobs offered to them and return proven outputs, which the sequencer
// verifies before their FulfillJob enters the mempool. The work state lives
// under the sequencer's mutex; what must survive a restart (used request
// nonces, bad-proof counts, accepted proofs) is written synced.

// ProofVerifier checks a returned inference: that output and outputSalt open
// outputCommit and that proof proves model(input) for the job
// (prover/modelset.Set). Its errors wrap proverapi.ErrBadProof for a proof
// that fails, which counts against the prover, and proverapi.ErrUnknownModel
// for a model it does not serve.
type ProofVerifier interface {
	Verify(model, jobID uint32, inputCommit fr.Element, output []int64, outputSalt, outputCommit fr.Element, proof []byte) error
}

// WorkConfig tunes the prover work API.
type WorkConfig struct {
	// Verifier checks returned proofs; nil refuses nexus_submitProof.
	Verifier ProofVerifier
	// OfferTTL is how long a prover has to lock a job offered to it.
	OfferTTL time.Duration
	// LockDuration is the lock the sequencer suggests (capped by the job's deadline).
	LockDuration time.Duration
	// ProverTTL: a prover that has not asked for work this long gets no new offers.
	ProverTTL time.Duration
}

func (c *WorkConfig) defaults() {
	if c.OfferTTL <= 0 {
		c.OfferTTL = 30 * time.Second
	}
	if c.LockDuration <= 0 {
		c.LockDuration = 10 * time.Minute
	}
	if c.ProverTTL <= 0 {
		c.ProverTTL = 2 * time.Minute
	}
}

// Limits of the prover API's requests.
const (
	MaxCapacity     = 1024
	MaxOutputValues = 4096
	MaxOpSize       = 4096
)

var (
	// ErrReplay is returned for a request nonce seen before.
	ErrReplay = errors.New("request replayed")
	// ErrNotOffered is returned for a lock of a job not offered to the prover.
	ErrNotOffered = errors.New("job not offered to this prover")
	// ErrNotLocked is returned for a proof of a job the prover has neither
	// locked nor been offered.
	ErrNotLocked = errors.New("job not locked by or offered to this prover")
	// ErrFulfilPending is returned for a proof of a job whose FulfillJob
	// already waits in the mempool.
	ErrFulfilPending = errors.New("job already has a pending fulfilment")
)

// Error codes of the prover API besides -32602 (invalid params).
const (
	CodeUnauthorized = proverapi.CodeUnauthorized
	CodeBadProof     = proverapi.CodeBadProof
)

type authError struct{ err error }

func (e authError) Error() string { return e.err.Error() }

func (e authError) ErrorCode() int { return CodeUnauthorized }

func (e authError) Unwrap() error { return e.err }

type badProofError struct{ err error }

func (e badProofError) Error() string { return e.err.Error() }

func (e badProofError) ErrorCode() int { return CodeBadProof }

func (e badProofError) Unwrap() error { return e.err }

var (
	prefixAuth  = []byte("seq/auth/")
	prefixBad   = []byte("seq/bad/")
	prefixProof = []byte("seq/proof/")
)

func u32Key(prefix []byte, v uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte(nil), prefix...), v)
}

type proverInfo struct {
	capacity int
	models   map[uint32]bool
	price    uint64
	lastSeen time.Time
}

// pendingLock holds a job for a prover while an op of its waits in the
// mempool: its LockJob, or its FulfillJob of the job fulfilled directly.
type pendingLock struct {
	prover uint32
	op     common.Hash
}

// work is the prover work state, guarded by Sequencer.mu.
type work struct {
	cfg       WorkConfig
	live      map[uint32]struct{} // jobs that may be open or locked
	book      *scheduler.Book
	provers   map[uint32]*proverInfo
	locks     map[uint32]pendingLock // LockJobs (or direct FulfillJobs) in the mempool, by job
	seen      map[nonceKey]uint64    // used request nonces → expiry
	lastPrune time.Time
	bad       map[uint32]uint64  // rejected proofs by prover
	checked   map[uint32]verdict // provable's verdicts by job
}

func loadWork(db kv.Store, pool *mempool.Pool, cfg WorkConfig) (*work, error) {
	cfg.defaults()
	w := &work{cfg: cfg, live: map[uint32]struct{}{}, book: scheduler.NewBook(), provers: map[uint32]*proverInfo{},
		locks: map[uint32]pendingLock{}, seen: map[nonceKey]uint64{}, bad: map[uint32]uint64{}, checked: map[uint32]verdict{}}
	err := scan(db, prefixJobData, func(k, _ []byte) {
		if len(k) == 4 {
			w.live[binary.BigEndian.Uint32(k)] = struct{}{}
		}
	})
	if err == nil {
		err = scan(db, prefixAuth, func(k, v []byte) {
			if len(k) == 12 && len(v) == 8 {
				w.seen[nonceKey{binary.BigEndian.Uint32(k), binary.BigEndian.Uint64(k[4:])}] = binary.BigEndian.Uint64(v)
			}
		})
	}
	if err == nil {
		err = scan(db, prefixBad, func(k, v []byte) {
			if len(k) == 4 && len(v) == 8 {
				w.bad[binary.BigEndian.Uint32(k)] = binary.BigEndian.Uint64(v)
			}
		})
	}
	if err != nil {
		return nil, fmt.Errorf("sequencer: loading the work state: %w", err)
	}
	for _, e := range pool.Pending(pool.Len()) {
		switch o := e.Op.(type) {
		case *rollup.LockJob:
			w.locks[o.JobID] = pendingLock{prover: o.Prover, op: e.ID}
		case *rollup.FulfillJob:
			// A direct fulfilment (no LockJob before it) holds its job
			// like a pending lock: it is not offered again.
			if _, ok := w.locks[o.JobID]; !ok {
				w.locks[o.JobID] = pendingLock{prover: o.Prover, op: e.ID}
			}
		}
	}
	return w, nil
}

func scan(db kv.Store, prefix []byte, fn func(k, v []byte)) error {
	it := db.NewIterator(prefix, nil)
	defer it.Release()
	for it.Next() {
		fn(it.Key()[len(prefix):], it.Value())
	}
	return it.Error()
}
