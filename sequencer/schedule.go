package sequencer

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/scheduler"
)

// Scheduling of the prover work: which jobs are live, whether a job's
// stored input can be proven, which jobs expire at a batch time, and which
// prover each open job is offered to. What reads or changes the work state
// is a method of locked (lock.go): it runs with s.mu held.

// liveJob is a job of the live set with what the scheduler needs.
type liveJob struct {
	id   uint32
	job  *state.Job
	data *jobData // nil: no input here (an L1 job whose input does not open its commitment)
	// pending: the job is its SubmitJob in the mempool (soft.go), open.
	pending bool
}

// liveJobs reads the live jobs from the state and drops the finished ones.
func (s locked) liveJobs() ([]liveJob, error) {
	st := s.ex.State()
	var out []liveJob
	for id := range s.work.live {
		leaf, ok := rollup.JobLeaf(id, st.Params().JobDepth)
		if !ok {
			delete(s.work.live, id)
			continue
		}
		j, err := st.Job(leaf)
		if err != nil {
			return nil, err
		}
		d, err := s.jobData(id) // an L1 job's input is stored when its batch seals
		if err != nil {
			return nil, err
		}
		if d != nil && len(d.Input) == 0 {
			d = nil // an L1 job that cannot be proven: only its expiry is due
		}
		switch j.Status {
		case state.JobOpen, state.JobLocked:
			if d != nil && !s.provable(id, j, d) {
				d = nil // never offered; refunded (open) or expired (locked) at its deadline
			}
			out = append(out, liveJob{id: id, job: j, data: d})
		case state.JobNone:
			// Admitted here but not sealed: offered from its SubmitJob while
			// that waits (soft.go); forgotten once it is rejected.
			p := s.pendingJob(id)
			if d == nil || p == nil || !s.pool.Has(d.OpID) {
				delete(s.work.live, id)
				delete(s.work.checked, id)
				s.work.book.Drop(id)
				continue
			}
			if !s.provable(id, p, d) {
				d = nil
			}
			out = append(out, liveJob{id: id, job: p, data: d, pending: true})
		default:
			delete(s.work.live, id)
			delete(s.work.checked, id)
			s.work.book.Drop(id)
		}
	}
	return out, nil
}

// provable re-checks, before a job is offered or listed, that its stored
// input opens the job's input commitment and fits its model: a prover is
// only ever offered a job it can prove. The verdict is kept per job and
// input (Poseidon over the whole input costs far more than SHA-256).
func (s locked) provable(id uint32, j *state.Job, d *jobData) bool {
	h := sha256.New()
	h.Write(d.Input)
	h.Write([]byte(d.Salt))
	sum := common.Hash(h.Sum(nil))
	if v, ok := s.work.checked[id]; ok && v.commit == j.InputCommit && v.data == sum {
		return v.ok
	}
	var salt fr.Element
	raw, err := hexutil.Decode(d.Salt)
	ok := err == nil && len(raw) == fr.Bytes && salt.SetBytesCanonical(raw) == nil &&
		statement.Commit(d.Input, salt) == j.InputCommit
	why := "its stored input does not open its input commitment"
	if ok {
		err := s.checkInput(uint32(j.Model), d.Input)
		if err != nil && !isInvalid(err) {
			return false // the model file is unreadable now: not offered, asked again later
		}
		if err != nil {
			ok, why = false, err.Error()
		}
	}
	if !ok {
		s.log.Error("job cannot be proven: it is not offered", "job", id, "status", j.Status, "why", why)
	}
	s.work.checked[id] = verdict{commit: j.InputCommit, data: sum, ok: ok}
	return ok
}

// verdict is provable's answer for a job's stored input (SHA-256 of input
// and salt) against its commitment.
type verdict struct {
	commit fr.Element
	data   common.Hash
	ok     bool
}

func (s *Sequencer) jobData(id uint32) (*jobData, error) {
	raw, err := s.db.Get(jobDataKey(id))
	if errors.Is(err, kv.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var d jobData
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("corrupt job data of job %d: %w", id, err)
	}
	return &d, nil
}

// expiring lists the jobs an ExpireJob applies to at batch time ts.
func (s locked) expiring(ts uint64) ([]uint32, error) {
	jobs, err := s.liveJobs()
	if err != nil {
		return nil, err
	}
	live := make([]scheduler.Live, 0, len(jobs))
	for _, j := range jobs {
		if j.pending {
			continue // no job to expire: its SubmitJob is refused at sealing if past its deadline
		}
		st := scheduler.Open
		if j.job.Status == state.JobLocked {
			st = scheduler.Locked
		}
		live = append(live, scheduler.Live{ID: j.id, Status: st, Deadline: j.job.Deadline, LockDeadline: j.job.LockDeadline})
	}
	return scheduler.Expiring(live, ts), nil
}

// schedule withdraws stale offers and pending locks and offers the open,
// unoffered jobs to the provers that asked for work. It returns the live
// jobs.
func (s locked) schedule(now time.Time) ([]liveJob, error) {
	w := s.work
	ts := uint64(now.Unix())
	w.book.Prune(ts)
	for id, p := range w.provers {
		if now.Sub(p.lastSeen) > w.cfg.ProverTTL {
			delete(w.provers, id)
		}
	}
	for job, l := range w.locks {
		if !s.pool.Has(l.op) {
			delete(w.locks, job) // applied or rejected: the state tells
		}
	}
	jobs, err := s.liveJobs()
	if err != nil {
		return nil, err
	}
	busy := map[uint32]int{}
	var open []scheduler.Job
	for _, j := range jobs {
		if j.job.Status == state.JobLocked {
			w.book.Drop(j.id)
			if err := s.countBusy(busy, uint32(j.job.Prover), j.id); err != nil {
				return nil, err
			}
			continue
		}
		if l, ok := w.locks[j.id]; ok {
			if err := s.countBusy(busy, l.prover, j.id); err != nil {
				return nil, err
			}
			continue
		}
		if j.data == nil {
			w.book.Drop(j.id) // an offer made before its input was found bad is withdrawn
			continue
		}
		if p, _, ok := w.book.Get(j.id); ok {
			busy[p]++
			continue
		}
		if j.job.Deadline <= ts {
			continue // no input to give, or due an ExpireJob
		}
		open = append(open, scheduler.Job{ID: j.id, Model: uint32(j.job.Model), FeeGwei: j.job.FeeGwei,
			Deadline: j.job.Deadline, Exclude: w.book.Declined(j.id)})
	}
	if len(open) == 0 || len(w.provers) == 0 {
		return jobs, nil
	}
	st := s.ex.State()
	provers := make([]scheduler.Prover, 0, len(w.provers))
	for id, info := range w.provers {
		acc, err := st.Account(uint64(id))
		if err != nil {
			return nil, err
		}
		reserved, _ := w.book.Reserved(id)
		provers = append(provers, scheduler.Prover{ID: id, Stake: acc.Stake, Locked: acc.Locked, Reserved: reserved,
			Fulfilled: acc.Fulfilled, Expired: acc.Expired, BadProofs: w.bad[id], Exiting: acc.Exiting,
			Capacity: info.capacity, Busy: busy[id], PriceGwei: info.price, Models: info.models})
	}
	fees := map[uint32]uint64{}
	for _, j := range open {
		fees[j.ID] = j.FeeGwei
	}
	for _, o := range scheduler.Assign(open, provers) {
		w.book.Put(o.Job, o.Prover, ts+uint64(w.cfg.OfferTTL/time.Second), fees[o.Job])
		s.cfg.Metrics.jobStep(o.Job, "offered")
		s.log.Debug("offered job", "job", o.Job, "prover", o.Prover)
	}
	return jobs, nil
}

// countBusy counts job against its prover's capacity unless a proof of it
// has been accepted: the prover is then done with it (its FulfillJob only
// waits to be sealed) and free for the next job, so a prover of capacity 1
// is not held to one job per sealed batch.
func (s locked) countBusy(busy map[uint32]int, prover, job uint32) error {
	_, err := s.db.Get(u32Key(prefixProof, job))
	switch {
	case errors.Is(err, kv.ErrNotFound):
		busy[prover]++
		return nil
	case err != nil:
		return fmt.Errorf("reading the proof of job %d: %w", job, err)
	}
	return nil
}
