package sequencer

// Sealing: a batch is built from the priority queue and the mempool,
// committed with its statuses and witness in one synced write, and
// published.

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

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
