// Package sequencer orders L2 operations into batches: priority ops from the
// L1 queue first, in queue order, then signed ops from the mempool in
// arrival order, sealed when the batch is full or a timeout passes. A sealed
// batch, the state it produces and the mempool entries it consumes are
// committed in one synced write.
package sequencer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/event"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// PrioritySource is the confirmed L1 priority queue (l1/watcher.Watcher).
type PrioritySource interface {
	Next() (count uint64, chainHash [32]byte, err error)
	Op(i uint64) (*watcher.PriorityOp, error)
}

// Config tunes batching.
type Config struct {
	MaxChunks int // pubdata chunk slots of the block circuit (C)
	MaxOps    int // op slots of the block circuit (B); 0: no limit
	// MaxInferences bounds the jobs a batch fulfils: the block circuit's
	// inference slots (K); 0: no limit.
	MaxInferences int
	// Witness makes every batch record and store its block-circuit witness
	// (Sequencer.Witness) for the aggregator.
	Witness      bool
	BatchTimeout time.Duration // seal a non-empty batch at most this long after its first op
	MinOps       int           // seal as soon as this many ops wait
	// ProverReady, if set, tells whether the batch prover would start on
	// a batch sealed now. While it reports false, a batch of L2 ops is
	// sealed only when MinOps ops wait, not on BatchTimeout: a batch sealed
	// early would only queue behind the one being proven, and every batch
	// pays the whole fixed cost of a proof on L1, so it keeps filling
	// instead. A priority op (a deposit, a stake) is sealed on the timeout
	// regardless: it creates the L2 accounts and provers that L2 ops wait
	// for. Nil: always ready (the timeout alone decides).
	ProverReady func() bool
	Work        WorkConfig // the prover work API
	// MaxPendingInputBytes bounds the inputs of one account's SubmitJobs
	// in the mempool (default DefaultMaxPendingInputBytes).
	MaxPendingInputBytes int
	// RejectedRetention is how long the status of an op rejected at
	// sealing is kept for getOpStatus (default DefaultRejectedRetention);
	// such an op paid for nothing, so nothing it left stays for good.
	RejectedRetention time.Duration
	// Metrics, if set, records admissions, sealing and job steps.
	Metrics *Metrics
}

// Check reports whether the configuration is usable.
func (c Config) Check() error {
	if c.MaxChunks < 12 {
		return fmt.Errorf("sequencer: max chunks %d cannot hold the largest op (12 chunks)", c.MaxChunks)
	}
	if c.BatchTimeout <= 0 {
		return errors.New("sequencer: batch timeout must be positive")
	}
	if c.MinOps <= 0 {
		return errors.New("sequencer: min ops must be positive")
	}
	if c.MaxPendingInputBytes < 0 {
		return errors.New("sequencer: max pending input bytes must not be negative")
	}
	if c.RejectedRetention < 0 {
		return errors.New("sequencer: rejected-op status retention must not be negative")
	}
	return nil
}

// Sequencer builds batches. Seal is serialised; the API may be used concurrently.
type Sequencer struct {
	db   kv.Store
	ex   *rollup.Executor
	pool *mempool.Pool
	prio PrioritySource
	cfg  Config
	log  *slog.Logger
	now  func() time.Time
	// params are the state's tree depths (immutable).
	params state.Params

	// claims are the job ids of the SubmitJobs in the mempool (own lock).
	claims *claims
	// debits are the balances the mempool's ops take (own lock).
	debits *debits
	// commits counts batch commits, odd while one is being written: an
	// admission that read the state and the mempool across one retries
	// nothing and errs on the side of admitting.
	commits atomic.Uint64

	// explorer is what the explorer API knows besides the state (own lock).
	explorer *explorerState
	// sigs checks the signatures of concurrent admissions together.
	sigs *sigBatcher

	mu      sync.Mutex // serialises sealing, state reads and the work state
	work    *work
	batches event.Feed // *rollup.Batch
	cancel  context.CancelFunc
	done    chan struct{}
}

// New returns a sequencer over the executor's state (stored in db).
func New(db kv.Store, ex *rollup.Executor, pool *mempool.Pool, prio PrioritySource, cfg Config, log *slog.Logger) (*Sequencer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	if cfg.RejectedRetention == 0 {
		cfg.RejectedRetention = DefaultRejectedRetention
	}
	if cfg.MaxPendingInputBytes == 0 {
		cfg.MaxPendingInputBytes = DefaultMaxPendingInputBytes
	}
	w, err := loadWork(db, pool, cfg.Work)
	if err != nil {
		return nil, err
	}
	c, err := loadClaims(db, pool)
	if err != nil {
		return nil, fmt.Errorf("sequencer: loading the pending jobs: %w", err)
	}
	s := &Sequencer{db: db, ex: ex, pool: pool, prio: prio, cfg: cfg, log: log.With("component", "sequencer"),
		now: time.Now, work: w, claims: c, debits: loadDebits(pool), params: ex.State().Params(), explorer: newExplorerState(), sigs: newSigBatcher(ex)}
	if err := s.dropOrphanInputs(); err != nil {
		return nil, err
	}
	return s, nil
}

// committed is a read-only view of the state as of the last committed
// batch, read straight from the store: API reads use it without the lock,
// so they never wait for a batch being sealed. (Reads spanning a commit
// may mix its before and after; each value read is committed.)
func (s *Sequencer) committed() (*state.State, error) {
	return state.Open(s.db, s.params)
}

// opStatus records what happened to a mempool op.
type opStatus struct {
	Batch  uint64 `json:"batch,omitempty"`
	Error  string `json:"error,omitempty"`
	Status string `json:"status"` // included | rejected
}

func statusKey(id common.Hash) []byte { return append([]byte("seq/op/"), id[:]...) }

func witnessKey(n uint64) []byte { return binary.BigEndian.AppendUint64([]byte("seq/witness/"), n) }

// ErrNoWitness is returned for a batch sealed without a witness.
var ErrNoWitness = errors.New("sequencer: no witness stored for this batch")

// Witness returns sealed batch n (header and pubdata) and its block-circuit
// witness, stored with the batch when Config.Witness is set.
func (s *Sequencer) Witness(n uint64) (*rollup.Batch, *rollup.Witness, error) {
	s.mu.Lock()
	h, pubdata, err := s.ex.StoredBatch(n)
	s.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}
	raw, err := s.db.Get(witnessKey(n))
	if errors.Is(err, kv.ErrNotFound) {
		return nil, nil, fmt.Errorf("%w: %d", ErrNoWitness, n)
	}
	if err != nil {
		return nil, nil, err
	}
	w, err := rollup.UnmarshalWitness(raw)
	if err != nil {
		return nil, nil, err
	}
	return &rollup.Batch{Header: h, Pubdata: pubdata}, w, nil
}

// verifySignatureIn checks a signed op against its account's key in st, a
// view of the last committed batch read without the lock: RPC handlers
// verify in parallel with each other and never wait for a batch being
// sealed. (An account whose key arrives in that batch is refused until it
// commits.)
func (s *Sequencer) verifySignatureIn(st *state.State, op rollup.Op) error {
	k, err := rollup.SignerKeyIn(st, op)
	if err != nil {
		return err
	}
	return s.sigs.verify(k, op)
}

// Start runs the sealing loop until Stop.
func (s *Sequencer) Start(ctx context.Context) error {
	ctx, s.cancel = context.WithCancel(ctx)
	s.done = make(chan struct{})
	go s.loop(ctx)
	return nil
}

// Stop ends the loop and waits for it.
func (s *Sequencer) Stop(context.Context) error {
	if s.cancel != nil {
		s.cancel()
		<-s.done
	}
	return nil
}

func (s *Sequencer) loop(ctx context.Context) {
	defer close(s.done)
	tick := time.NewTicker(min(s.cfg.BatchTimeout/4, time.Second))
	defer tick.Stop()
	var waitingSince time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		// Seal back to back while full batches wait: one batch per tick
		// would cap throughput at MaxOps per tick.
		for s.sealIfDue(&waitingSince) && ctx.Err() == nil {
		}
	}
}

// sealIfDue seals a batch if MinOps ops wait, or if the oldest has waited
// BatchTimeout and the prover is ready for it. It reports whether it sealed
// one.
func (s *Sequencer) sealIfDue(waitingSince *time.Time) bool {
	count, _, err := s.prio.Next()
	if err != nil {
		s.log.Warn("priority source", "err", err)
		return false
	}
	l, unlock := s.lock()
	_, _, prioDone, err := l.ex.LastBatch()
	var expiring []uint32
	if err == nil {
		expiring, err = l.expiring(uint64(s.now().Unix()))
	}
	unlock()
	if err != nil {
		s.log.Warn("reading the state", "err", err)
		return false
	}
	waiting := s.pool.Len() + int(count-prioDone) + len(expiring)
	if waiting == 0 {
		*waitingSince = time.Time{}
		return false
	}
	if waitingSince.IsZero() {
		*waitingSince = s.now()
	}
	if waiting < s.cfg.MinOps {
		if s.now().Sub(*waitingSince) < s.cfg.BatchTimeout {
			return false
		}
		if count == prioDone && s.cfg.ProverReady != nil && !s.cfg.ProverReady() {
			return false
		}
	}
	b, err := s.Seal()
	if err != nil {
		s.log.Error("sealing failed", "err", err)
		return false
	}
	*waitingSince = time.Time{}
	return b != nil
}

// SubscribeBatches delivers every sealed batch.
func (s *Sequencer) SubscribeBatches(ch chan<- *rollup.Batch) event.Subscription {
	return s.batches.Subscribe(ch)
}
