// Package sequencer orders L2 operations into batches: priority ops from the
// L1 queue first, in queue order, then signed ops from the mempool in
// arrival order, sealed when the batch is full or a timeout passes. A sealed
// batch, the state it produces and the mempool entries it consumes are
// committed in one synced write.
package sequencer

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/event"

	"github.com/nexus-rollup/nexus/internal/crashpoint"
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

// Seal builds, commits and publishes one batch. It returns nil, nil when
// there is nothing to batch.
func (s *Sequencer) Seal() (*rollup.Batch, error) {
	start := time.Now()
	l, unlock := s.lock()
	defer unlock()
	b, err := l.seal(start, false)
	if errors.Is(err, rollup.ErrWitnessDiverged) {
		// A bug in the executor or the witness replay, not the ops' fault:
		// build the batch again checking each op, which refuses the ones on
		// which the two disagree instead of stalling every batch.
		s.log.Error("witness replay diverged: sealing again with a check after each op", "err", err)
		b, err = l.seal(start, true)
	}
	return b, err
}

// seal is Seal under s.mu; strict checks the witness op by op.
func (s locked) seal(start time.Time, strict bool) (*rollup.Batch, error) {
	last, prioHash, prioDone, err := s.ex.LastBatch()
	if err != nil {
		return nil, err
	}
	lastTS := uint64(0)
	if last > 0 {
		h, _, err := s.ex.StoredBatch(last)
		if err != nil {
			return nil, err
		}
		lastTS = h.Timestamp
	}
	ts := max(uint64(s.now().Unix()), lastTS) // L1 requires timestamps never to go back
	bb, err := s.ex.NewBatch(last+1, ts, prioHash, s.cfg.MaxChunks)
	if err != nil {
		return nil, err
	}
	// Whatever fails before the batch is written, its staged state goes:
	// left behind, the next batch would apply its ops a second time.
	written := false
	defer func() {
		if !written {
			bb.Discard()
		}
	}()
	bb.SetMaxOps(s.cfg.MaxOps)
	bb.SetMaxFulfils(s.cfg.MaxInferences)
	if s.cfg.Witness {
		if err := bb.EnableWitness(); err != nil {
			return nil, err
		}
		if strict {
			bb.SetStrictWitness()
		}
	}
	count, _, err := s.prio.Next()
	if err != nil {
		return nil, err
	}
	l1Jobs := map[uint32]*jobData{}
	l1Tx := map[uint32]common.Hash{}
	for i := prioDone + 1; i <= count; i++ {
		p, err := s.prio.Op(i)
		if err != nil {
			return nil, err
		}
		op, err := p.Op()
		if err != nil {
			return nil, err
		}
		if _, err := bb.Add(op); errors.Is(err, rollup.ErrBatchFull) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("sequencer: priority op %d: %w", i, err)
		}
		if j, ok := op.(*rollup.L1Job); ok {
			l1Jobs[j.JobID] = s.l1JobData(j, p)
			l1Tx[j.JobID] = p.TxHash
		}
	}
	// Locks past their deadline are slashed and open jobs past theirs
	// refunded before new ops, so a reopened job can be offered again.
	expiring, err := s.expiring(ts)
	if err != nil {
		return nil, err
	}
	for _, id := range expiring {
		_, err := bb.Add(&rollup.ExpireJob{JobID: id})
		if errors.Is(err, rollup.ErrBatchFull) {
			break
		}
		if errors.Is(err, state.ErrStoreRead) {
			return nil, err
		}
		if err == nil {
			s.log.Info("expiring job", "job", id, "batch", last+1)
		}
	}
	pending := s.pool.Pending(4096)
	ops := make([]rollup.Op, len(pending))
	for i, e := range pending {
		ops[i] = e.Op
	}
	// Signatures are checked ahead of Apply a window at a time: the batch
	// takes only the first few of the pending ops, and checking all of them
	// on every seal made sealing cost grow with the mempool.
	window := s.cfg.MaxOps
	if window <= 0 {
		window = 64
	}
	checked := 0
	c := commit{statuses: map[common.Hash]opStatus{}}
	// The jobs whose SubmitJob is rejected here: their LockJobs and
	// FulfillJobs (offered from the pending SubmitJob) never apply.
	unborn := map[uint32]string{}
	for i, e := range pending {
		if i == checked {
			checked = min(len(ops), i+window)
			s.ex.PreVerify(ops[i:checked])
		}
		if job, ok := jobOf(e.Op); ok {
			if why, dead := unborn[job]; dead {
				c.done = append(c.done, e)
				c.statuses[e.ID] = unbornStatus(job, why)
				s.cfg.Metrics.sealRejectedFor(e.Op.Type(), "job_dropped")
				continue
			}
		}
		_, err := bb.Add(e.Op)
		if errors.Is(err, rollup.ErrBatchFull) {
			break
		}
		if errors.Is(err, state.ErrStoreRead) {
			return nil, err // the node failed, not the op: it stays pending
		}
		c.done = append(c.done, e)
		if err != nil {
			c.statuses[e.ID] = opStatus{Status: "rejected", Error: err.Error()}
			s.cfg.Metrics.sealRejected(e.Op.Type(), err)
			if sj, ok := e.Op.(*rollup.SubmitJob); ok {
				if owner, ok := s.claims.owner(sj.JobID); ok && owner == e.ID {
					unborn[sj.JobID] = err.Error()
				}
			}
			continue
		}
		c.statuses[e.ID] = opStatus{Status: "included", Batch: last + 1}
	}
	s.dropOrphans(&c, unborn)
	if bb.Len() == 0 {
		// Only rejected ops (or nothing): record the rejections, no batch.
		if len(c.done) == 0 {
			return nil, nil
		}
		return nil, s.commitStatuses(nil, &c)
	}
	batch, err := bb.Seal()
	if err != nil {
		return nil, err
	}
	crashpoint.Hit(crashpoint.BatchStaged)
	c.l1Jobs = l1Jobs
	before, err := s.committed()
	if err != nil {
		return nil, err
	}
	c.summary = summarize(batch, before, l1Tx)
	c.batch = batch.Header.BatchNumber
	if err := s.commitStatuses(bb, &c); err != nil {
		return nil, err
	}
	written = true
	crashpoint.Hit(crashpoint.BatchWritten)
	for _, r := range batch.Receipts {
		if j, ok := r.Op.(*rollup.L1Job); ok {
			s.work.live[j.JobID] = struct{}{} // its input was stored with the batch
		}
	}
	s.log.Info("sealed batch", "number", batch.Header.BatchNumber, "ops", len(batch.Receipts),
		"priority", batch.Header.PriorityOpsConsumed, "chunks", batch.Chunks)
	s.cfg.Metrics.sealedBatch(batch, time.Since(start))
	s.sealedSummary(batch.Header.BatchNumber, c.summary, ts)
	s.batches.Send(batch)
	return batch, nil
}

// jobOf is the job a LockJob or FulfillJob names.
func jobOf(op rollup.Op) (uint32, bool) {
	switch o := op.(type) {
	case *rollup.LockJob:
		return o.JobID, true
	case *rollup.FulfillJob:
		return o.JobID, true
	}
	return 0, false
}

// commit is what a sealing writes besides the batch.
type commit struct {
	l1Jobs   map[uint32]*jobData // inputs of the L1 jobs the batch opens
	batch    uint64              // the batch's number
	summary  *batchSummary       // what the explorer shows of it
	done     []*mempool.Entry    // mempool ops applied or rejected
	statuses map[common.Hash]opStatus
}

// commitStatuses writes the batch (if any), the inputs of the L1 jobs it
// opens, the op statuses and the mempool removals in one synced write. The
// input of a SubmitJob rejected here is deleted in the same write, and the
// job ids of the done SubmitJobs are released once it is written (applied:
// the id is in the state; rejected: it is free).
func (s *Sequencer) commitStatuses(bb *rollup.BatchBuilder, c *commit) error {
	now := s.now()
	s.commits.Add(1)
	defer s.commits.Add(1)
	w := s.db.NewBatch()
	for id, d := range c.l1Jobs {
		raw, _ := json.Marshal(d)
		w.Put(jobDataKey(id), raw)
	}
	if bb != nil {
		if wit := bb.Witness(); wit != nil {
			sealed, err := bb.Seal()
			if err != nil {
				return err
			}
			enc, err := wit.MarshalBinary()
			if err != nil {
				return err
			}
			w.Put(witnessKey(sealed.Header.BatchNumber), enc)
		}
		if err := bb.Commit(w); err != nil {
			return err
		}
		if c.summary != nil {
			raw, _ := json.Marshal(c.summary)
			w.Put(summaryKey(c.batch), raw)
		}
	}
	ids := make([]common.Hash, len(c.done))
	ops := make([]rollup.Op, len(c.done))
	for i, e := range c.done {
		ids[i], ops[i] = e.ID, e.Op
		if sj, ok := e.Op.(*rollup.SubmitJob); ok && c.statuses[e.ID].Status == "rejected" {
			if owner, ok := s.claims.owner(sj.JobID); ok && owner == e.ID {
				w.Delete(jobDataKey(sj.JobID))
				w.Delete(u32Key(prefixProof, sj.JobID)) // a proof accepted while the SubmitJob was pending
			}
		}
	}
	for id, v := range c.statuses {
		if v.Status != "included" {
			included, err := s.wasIncluded(id)
			if err != nil {
				return err
			}
			if included {
				continue // a copy re-sent after its batch committed: included stays included
			}
		}
		raw, _ := json.Marshal(v)
		w.Put(statusKey(id), raw)
		if v.Status == "rejected" {
			w.Put(rejectedKey(now, id), nil)
		}
	}
	if err := s.pruneRejected(w, now); err != nil {
		return err
	}
	drop, err := s.pool.Remove(w, ids...)
	if err != nil {
		return err
	}
	if err := w.Write(); err != nil {
		return err
	}
	drop()
	s.claims.release(ops...)
	s.debits.release(ids...)
	return nil
}

// dropOrphanInputs deletes stored L2 job inputs that belong to no job and to
// no SubmitJob in the mempool (left by a crash of an older version, which
// stored an input before its op).
func (s *Sequencer) dropOrphanInputs() error {
	st := s.ex.State()
	w := s.db.NewBatch()
	n := 0
	err := scan(s.db, prefixJobData, func(k, _ []byte) {
		if len(k) != 4 {
			return
		}
		id := binary.BigEndian.Uint32(k)
		if _, ok := s.claims.owner(id); ok {
			return
		}
		leaf, ok := rollup.JobLeaf(id, s.params.JobDepth)
		if ok {
			if j, err := st.Job(leaf); err != nil || j.Status != state.JobNone {
				return
			}
		}
		w.Delete(jobDataKey(id))
		n++
	})
	if err != nil || n == 0 {
		return err
	}
	s.log.Info("deleted inputs of jobs that were never sequenced", "count", n)
	return w.Write()
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
