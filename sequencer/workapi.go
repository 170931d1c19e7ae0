package sequencer

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
	"github.com/nexus-rollup/nexus/sequencer/scheduler"
)

// The prover work API's handlers: nexus_getWork, nexus_lockJob,
// nexus_submitProof and nexus_getResult. Each authenticates its request
// without the lock (auth.go), then takes s.mu for the work state.

// GetWork registers the prover's capacity, models and price, runs the
// scheduler and returns the jobs offered to it or locked by it, with their
// private inputs.
func (a *API) GetWork(req proverapi.WorkRequest) (*proverapi.Work, error) {
	if req.Capacity == 0 || req.Capacity > MaxCapacity {
		return nil, invalidParams{fmt.Errorf("capacity must be 1..%d, got %d", MaxCapacity, req.Capacity)}
	}
	if len(req.Models) == 0 || len(req.Models) > proverapi.MaxModels {
		return nil, invalidParams{fmt.Errorf("models must list 1..%d model ids, got %d", proverapi.MaxModels, len(req.Models))}
	}
	s := a.s
	acc, err := s.verifyAuth(proverapi.MethodGetWork, &req.Auth, req.Body())
	if err != nil {
		return nil, err
	}
	l, unlock := s.lock()
	defer unlock()
	if err := l.useNonce(&req.Auth); err != nil {
		return nil, err
	}
	prover := req.Auth.Account
	if acc.Stake == nil || acc.Stake.Sign() == 0 {
		return nil, invalidParams{fmt.Errorf("%w: account %d has no stake (nexus prover register)", rollup.ErrNotProver, prover)}
	}
	now := s.now()
	models := map[uint32]bool{}
	for _, m := range req.Models {
		models[m] = true
	}
	s.work.provers[prover] = &proverInfo{capacity: int(req.Capacity), models: models, price: req.PriceGwei, lastSeen: now}
	jobs, err := l.schedule(now)
	if err != nil {
		return nil, err
	}
	ts := uint64(now.Unix())
	// The nonce is read under the lock, with the mempool count: acc was read
	// before it, and a batch sealed since would count its ops twice short.
	cur, err := s.ex.State().Account(uint64(prover))
	if err != nil {
		return nil, err
	}
	out := &proverapi.Work{Account: prover, Now: ts, NextNonce: cur.Nonce + uint64(s.pool.PendingOf(prover)), Items: []proverapi.WorkItem{}}
	for _, j := range jobs {
		if j.data == nil {
			continue
		}
		item := proverapi.WorkItem{JobID: j.id, Model: uint32(j.job.Model), FeeGwei: j.job.FeeGwei,
			CollateralGwei: scheduler.CollateralMultiplier * j.job.FeeGwei, Deadline: j.job.Deadline,
			Input: j.data.Input, InputCommit: j.job.InputCommit.Bytes()}
		item.InputSalt, _ = hexutil.Decode(j.data.Salt)
		switch {
		case j.job.Status == state.JobLocked && uint32(j.job.Prover) == prover:
			item.Status, item.LockDeadline, item.CollateralGwei = "locked", j.job.LockDeadline, j.job.CollateralGwei
		case j.job.Status == state.JobOpen && s.work.locks[j.id].prover == prover:
			item.Status = "locked" // its LockJob waits in the mempool
			item.LockDeadline = min(j.job.Deadline, ts+uint64(s.work.cfg.LockDuration/time.Second))
		case j.job.Status == state.JobOpen:
			p, exp, ok := s.work.book.Get(j.id)
			if !ok || p != prover {
				continue
			}
			item.Status, item.OfferExpiry = "offered", exp
			item.LockDeadline = min(j.job.Deadline, ts+uint64(s.work.cfg.LockDuration/time.Second))
		default:
			continue
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}

// LockJob admits a prover's signed LockJob for a job offered to it, after
// checking that its free stake covers the collateral.
func (a *API) LockJob(op json.RawMessage) (id common.Hash, err error) {
	defer func() { a.s.cfg.Metrics.admission(rollup.OpLockJob, err) }()
	if len(op) > MaxOpSize {
		return common.Hash{}, invalidParams{fmt.Errorf("op is %d bytes, at most %d", len(op), MaxOpSize)}
	}
	o, err := rollup.UnmarshalOpJSON(op)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	l, ok := o.(*rollup.LockJob)
	if !ok {
		return common.Hash{}, invalidParams{fmt.Errorf("want a LockJob op, got %s", o.Type())}
	}
	if err := a.checkLock(l); err != nil {
		return common.Hash{}, err
	}
	_, id, err = a.sendOp(op)
	if err != nil {
		return common.Hash{}, err
	}
	a.s.mu.Lock()
	a.s.work.locks[l.JobID] = pendingLock{prover: l.Prover, op: id}
	a.s.work.book.Drop(l.JobID)
	a.s.mu.Unlock()
	a.s.cfg.Metrics.jobStep(l.JobID, "locked")
	return id, nil
}

func (a *API) checkLock(l *rollup.LockJob) error {
	s := a.s
	if err := s.verifyOpSignature(l); err != nil {
		return authError{err}
	}
	ls, unlock := s.lock()
	defer unlock()
	st := s.ex.State()
	j, _, err := ls.jobView(st, l.JobID) // a job may be locked while its SubmitJob is pending
	if err != nil {
		return err
	}
	if j.Status != state.JobOpen {
		return invalidParams{fmt.Errorf("job %d is %s, want open", l.JobID, j.Status)}
	}
	if d, err := s.jobData(l.JobID); err != nil {
		return err
	} else if d == nil || len(d.Input) == 0 || !ls.provable(l.JobID, j, d) {
		s.work.book.Drop(l.JobID)
		return invalidParams{fmt.Errorf("job %d cannot be proven (its input is missing, does not open its commitment or does not fit its model): it is not offered", l.JobID)}
	}
	now := uint64(s.now().Unix())
	if p, exp, ok := s.work.book.Get(l.JobID); !ok || p != l.Prover || now > exp {
		return invalidParams{fmt.Errorf("%w: job %d, prover %d (ask nexus_getWork)", ErrNotOffered, l.JobID, l.Prover)}
	}
	if uint64(l.LockDeadline) <= now || uint64(l.LockDeadline) > j.Deadline {
		return invalidParams{fmt.Errorf("lock deadline %d must be after now (%d) and by the job's deadline %d",
			l.LockDeadline, now, j.Deadline)}
	}
	acc, err := st.Account(uint64(l.Prover))
	if err != nil {
		return err
	}
	free := new(big.Int).Sub(acc.Stake, acc.Locked)
	for job, pl := range s.work.locks {
		if pl.prover == l.Prover && job != l.JobID {
			if pj, _, err := ls.jobView(st, job); err == nil && pj.Status == state.JobOpen {
				free.Sub(free, scheduler.Collateral(pj.FeeGwei))
			}
		}
	}
	if coll := scheduler.Collateral(j.FeeGwei); free.Cmp(coll) < 0 {
		return invalidParams{fmt.Errorf("%w: free stake %v wei, collateral %v wei", rollup.ErrCollateral, free, coll)}
	}
	return nil
}

func fieldElement(name string, b []byte) (fr.Element, error) {
	var e fr.Element
	if len(b) != fr.Bytes || e.SetBytesCanonical(b) != nil {
		return e, invalidParams{fmt.Errorf("%s must be a 32-byte field element", name)}
	}
	return e, nil
}

// SubmitProof verifies a proven output of a job locked by or offered to the
// prover and admits its FulfillJob; the proof is stored (synced) first. A proof that
// fails verification is refused and counted against the prover.
func (a *API) SubmitProof(p proverapi.ProofSubmission) (id common.Hash, err error) {
	s := a.s
	defer func() { s.cfg.Metrics.admission(rollup.OpFulfillJob, err) }()
	if s.work.cfg.Verifier == nil {
		return common.Hash{}, errors.New("this sequencer verifies no models: configure [models]")
	}
	if len(p.Output) == 0 || len(p.Output) > MaxOutputValues {
		return common.Hash{}, invalidParams{fmt.Errorf("output must have 1..%d values, got %d", MaxOutputValues, len(p.Output))}
	}
	if len(p.Op) > MaxOpSize {
		return common.Hash{}, invalidParams{fmt.Errorf("op is %d bytes, at most %d", len(p.Op), MaxOpSize)}
	}
	if len(p.Proof) == 0 || len(p.Proof) > proverapi.MaxProofSize {
		return common.Hash{}, invalidParams{fmt.Errorf("proof must be 1..%d bytes, got %d", proverapi.MaxProofSize, len(p.Proof))}
	}
	salt, err := fieldElement("outputSalt", p.OutputSalt)
	if err != nil {
		return common.Hash{}, err
	}
	o, err := rollup.UnmarshalOpJSON(p.Op)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	f, ok := o.(*rollup.FulfillJob)
	if !ok {
		return common.Hash{}, invalidParams{fmt.Errorf("want a FulfillJob op, got %s", o.Type())}
	}
	if f.JobID != p.JobID || f.Prover != p.Auth.Account {
		return common.Hash{}, invalidParams{fmt.Errorf("the FulfillJob is for job %d by account %d, the request for job %d by account %d",
			f.JobID, f.Prover, p.JobID, p.Auth.Account)}
	}
	model, inputCommit, err := a.lockedJob(&p, f)
	if err != nil {
		return common.Hash{}, err
	}
	opID, err := rollup.OpID(f)
	if err != nil {
		return common.Hash{}, err
	}
	if err := s.fulfilPending(p.JobID, opID); err != nil {
		return common.Hash{}, err
	}
	if err := s.work.cfg.Verifier.Verify(model, p.JobID, inputCommit, p.Output, salt, f.OutputCommit, p.Proof); err != nil {
		if !isBadProof(err) {
			return common.Hash{}, invalidParams{err}
		}
		n, werr := s.countBadProof(f.Prover)
		if werr != nil {
			return common.Hash{}, werr
		}
		s.log.Warn("rejected an inference proof", "job", p.JobID, "prover", f.Prover, "rejected", n, "err", err)
		s.cfg.Metrics.proof(p.JobID, false)
		return common.Hash{}, badProofError{fmt.Errorf("proof of job %d rejected (%d rejected for prover %d): %w", p.JobID, n, f.Prover, err)}
	}
	rec := proofRecord{JobID: p.JobID, Model: model, Prover: f.Prover, Output: p.Output, OutputSalt: p.OutputSalt,
		OutputCommit: f.OutputCommit.Bytes(), InputCommit: inputCommit.Bytes(), Proof: p.Proof, OpID: opID}
	raw, _ := json.Marshal(rec)
	w := s.db.NewBatch()
	w.Put(u32Key(prefixProof, p.JobID), raw)
	if err := w.Write(); err != nil {
		return common.Hash{}, err
	}
	_, id, err = a.sendOp(p.Op)
	if errors.Is(err, mempool.ErrKnown) {
		return rec.OpID, nil // a retry of an accepted submission
	}
	if err == nil {
		l, unlock := s.lock()
		l.holdDirect(p.JobID, f.Prover, id)
		unlock()
		s.log.Info("accepted an inference proof", "job", p.JobID, "prover", f.Prover, "model", model)
		s.cfg.Metrics.proof(p.JobID, true)
		s.explorer.jobTime(p.JobID, func(t *jobTimes) { t.proven = time.Now().UnixMilli() })
	}
	return id, err
}

// fulfilPending refuses a second FulfillJob of a job while the one its
// accepted proof came with waits in the mempool: only one can apply, and the
// other, refused at sealing, would leave a gap in its prover's nonces that
// fails every later op of the prover. A retry of the same op passes.
func (s *Sequencer) fulfilPending(job uint32, op common.Hash) error {
	prev, err := s.StoredProof(job)
	if errors.Is(err, kv.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if prev.OpID != op && s.pool.Has(prev.OpID) {
		return invalidParams{fmt.Errorf("%w: job %d has a FulfillJob waiting to be sealed (op %s)", ErrFulfilPending, job, prev.OpID)}
	}
	return nil
}

// lockedJob authenticates a proof submission and returns the job's model
// and input commitment; the job must be locked by the prover (in the state,
// or by a LockJob in the mempool), or offered to it (a direct fulfilment).
func (a *API) lockedJob(p *proverapi.ProofSubmission, f *rollup.FulfillJob) (uint32, fr.Element, error) {
	s := a.s
	if _, err := s.verifyAuth(proverapi.MethodSubmitProof, &p.Auth, p.Body()); err != nil {
		return 0, fr.Element{}, err
	}
	if err := s.verifyOpSignature(f); err != nil {
		return 0, fr.Element{}, authError{err}
	}
	l, unlock := s.lock()
	defer unlock()
	if err := l.useNonce(&p.Auth); err != nil {
		return 0, fr.Element{}, err
	}
	j, _, err := l.jobView(s.ex.State(), p.JobID) // its SubmitJob may be pending
	if err != nil {
		return 0, fr.Element{}, err
	}
	locked := j.Status == state.JobLocked && uint32(j.Prover) == f.Prover
	pl, held := s.work.locks[p.JobID]
	pending := j.Status == state.JobOpen && held && pl.prover == f.Prover && s.pool.Has(pl.op)
	if !locked && !pending {
		// Direct fulfilment: a job offered to the prover, proven within the
		// offer, is fulfilled without a lock (docs/prover-api.md).
		if err := l.directFulfil(j, f); err != nil {
			return 0, fr.Element{}, err
		}
	}
	return uint32(j.Model), j.InputCommit, nil
}

// directFulfil checks that job j, named by f, may be fulfilled without a
// lock: open, offered to f's prover and the offer still running, and the
// prover staked and not leaving (what sealing will check).
func (s locked) directFulfil(j *state.Job, f *rollup.FulfillJob) error {
	if j.Status != state.JobOpen {
		return invalidParams{fmt.Errorf("%w: job %d is %s", ErrNotLocked, f.JobID, j.Status)}
	}
	if _, held := s.work.locks[f.JobID]; held {
		return invalidParams{fmt.Errorf("%w: job %d is held by another prover's pending op", ErrNotLocked, f.JobID)}
	}
	now := uint64(s.now().Unix())
	if p, exp, ok := s.work.book.Get(f.JobID); !ok || p != f.Prover || now > exp {
		return invalidParams{fmt.Errorf("%w: job %d, prover %d: neither locked nor offered (ask nexus_getWork)", ErrNotLocked, f.JobID, f.Prover)}
	}
	if now > j.Deadline {
		return invalidParams{fmt.Errorf("%w: job %d expired at %d", rollup.ErrDeadline, f.JobID, j.Deadline)}
	}
	acc, err := s.ex.State().Account(uint64(f.Prover))
	if err != nil {
		return err
	}
	if acc.Stake == nil || acc.Stake.Sign() == 0 {
		return invalidParams{fmt.Errorf("%w: account %d", rollup.ErrNotProver, f.Prover)}
	}
	if acc.Exiting {
		return invalidParams{fmt.Errorf("%w: account %d takes no new jobs", rollup.ErrExiting, f.Prover)}
	}
	return nil
}

// holdDirect records an admitted direct fulfilment of job by prover (op in
// the mempool): the job is no longer offered, as for a pending LockJob.
func (s locked) holdDirect(job, prover uint32, op common.Hash) {
	if _, held := s.work.locks[job]; held {
		return // its LockJob waits: that holds the job already
	}
	if j, _, err := s.jobView(s.ex.State(), job); err != nil || j.Status != state.JobOpen {
		return // locked in the state: the state holds it
	}
	s.work.locks[job] = pendingLock{prover: prover, op: op}
	s.work.book.Drop(job)
}

// GetResult returns a fulfilled job's output, output salt and proof to its
// requester or its prover (any authenticated account for an L1 job).
func (a *API) GetResult(req proverapi.ResultRequest) (*proverapi.Result, error) {
	s := a.s
	if _, err := s.verifyAuth(proverapi.MethodGetResult, &req.Auth, req.Body()); err != nil {
		return nil, err
	}
	l, unlock := s.lock()
	defer unlock()
	if err := l.useNonce(&req.Auth); err != nil {
		return nil, err
	}
	j, _, err := l.jobView(s.ex.State(), req.JobID)
	if err != nil {
		return nil, err
	}
	if j.Status == state.JobNone {
		return nil, invalidParams{fmt.Errorf("job %d does not exist", req.JobID)}
	}
	soft := l.verifiedResult(req.JobID, j)
	who := uint64(req.Auth.Account)
	if req.JobID&rollup.L1JobBit == 0 && j.Requester != who && j.Prover != who && (soft == nil || uint64(soft.Prover) != who) {
		return nil, authError{fmt.Errorf("%w: account %d is not job %d's requester or prover", proverapi.ErrAuth, who, req.JobID)}
	}
	r := soft
	if r != nil {
		r.Status = ResultVerified
	} else {
		if j.Status != state.JobFulfilled {
			return nil, invalidParams{fmt.Errorf("job %d is %s: no result yet", req.JobID, j.Status)}
		}
		if r, err = s.StoredProof(req.JobID); errors.Is(err, kv.ErrNotFound) {
			return nil, fmt.Errorf("job %d is fulfilled but its proof is not stored here", req.JobID)
		} else if err != nil {
			return nil, err
		}
		if r.OutputCommit != common.Hash(j.OutputCommit.Bytes()) {
			return nil, fmt.Errorf("job %d: the stored proof is not the fulfilled one", req.JobID)
		}
		r.Status = j.Status.String()
	}
	if m, ok := s.work.cfg.Verifier.(interface {
		CommittedOutput(model uint32, output []int64) ([]byte, error)
	}); ok {
		r.CommittedOutput, _ = m.CommittedOutput(r.Model, r.Output) // verified on acceptance
	}
	return r, nil
}

// ResultVerified is the status of a result whose proof the sequencer has
// verified and whose FulfillJob waits to be sealed (a soft confirmation:
// the job's SubmitJob, LockJob and FulfillJob are ordered and will apply).
const ResultVerified = "verified"

// verifiedResult is the accepted proof of open or locked job j whose
// FulfillJob, by the job's (pending) locking prover, is in the mempool, or
// nil.
func (s locked) verifiedResult(id uint32, j *state.Job) *proverapi.Result {
	if j.Status != state.JobOpen && j.Status != state.JobLocked {
		return nil
	}
	r, err := s.StoredProof(id)
	if err != nil || !s.pool.Has(r.OpID) {
		return nil
	}
	prover := uint32(j.Prover)
	if j.Status == state.JobOpen {
		l, ok := s.work.locks[id]
		if !ok || !s.pool.Has(l.op) {
			return nil
		}
		prover = l.prover
	}
	if r.Prover != prover || r.InputCommit != common.Hash(j.InputCommit.Bytes()) {
		return nil
	}
	return r
}

func isBadProof(err error) bool { return errors.Is(err, proverapi.ErrBadProof) }
