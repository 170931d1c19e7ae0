package sequencer

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
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
// (prover/modelset.Set). Its errors wrap modelset.ErrBadProof for a proof
// that fails, which counts against the prover.
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
	// ErrNotLocked is returned for a proof of a job the prover has not locked.
	ErrNotLocked = errors.New("job not locked by this prover")
)

// Error codes of the prover API besides -32602 (invalid params).
const (
	CodeUnauthorized = -32010
	CodeBadProof     = -32011
)

type authError struct{ err error }

func (e authError) Error() string  { return e.err.Error() }
func (e authError) ErrorCode() int { return CodeUnauthorized }
func (e authError) Unwrap() error  { return e.err }

type badProofError struct{ err error }

func (e badProofError) Error() string  { return e.err.Error() }
func (e badProofError) ErrorCode() int { return CodeBadProof }
func (e badProofError) Unwrap() error  { return e.err }

var (
	prefixAuth  = []byte("seq/auth/")
	prefixBad   = []byte("seq/bad/")
	prefixProof = []byte("seq/proof/")
)

func u32Key(prefix []byte, v uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte(nil), prefix...), v)
}

type nonceKey struct {
	account uint32
	nonce   uint64
}

func (k nonceKey) bytes() []byte {
	return binary.BigEndian.AppendUint64(u32Key(prefixAuth, k.account), k.nonce)
}

type proverInfo struct {
	capacity int
	models   map[uint32]bool
	price    uint64
	lastSeen time.Time
}

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
	locks     map[uint32]pendingLock // LockJobs in the mempool, by job
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
		if l, ok := e.Op.(*rollup.LockJob); ok {
			w.locks[l.JobID] = pendingLock{prover: l.Prover, op: e.ID}
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

// pruneNonces stages the deletion of nonces past their expiry (at most every
// ten seconds); they can no longer be replayed.
func (s *Sequencer) pruneNonces(w kv.Writer, now time.Time) []nonceKey {
	if now.Sub(s.work.lastPrune) < 10*time.Second {
		return nil
	}
	s.work.lastPrune = now
	var out []nonceKey
	for k, exp := range s.work.seen {
		if exp < uint64(now.Unix()) {
			w.Delete(k.bytes())
			out = append(out, k)
		}
	}
	return out
}

// liveJob is a job of the live set with what the scheduler needs.
type liveJob struct {
	id   uint32
	job  *state.Job
	data *jobData // nil: no input here (an L1 job whose input does not open its commitment)
	// pending: the job is its SubmitJob in the mempool (soft.go), open.
	pending bool
}

// liveJobs reads the live jobs from the state and drops the finished ones.
// Call with s.mu held.
func (s *Sequencer) liveJobs() ([]liveJob, error) {
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
// input (Poseidon over the whole input costs far more than SHA-256). Call
// with s.mu held.
func (s *Sequencer) provable(id uint32, j *state.Job, d *jobData) bool {
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

// expiring lists the jobs an ExpireJob applies to at batch time ts. Call
// with s.mu held.
func (s *Sequencer) expiring(ts uint64) ([]uint32, error) {
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
// jobs. Call with s.mu held.
func (s *Sequencer) schedule(now time.Time) ([]liveJob, error) {
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
			busy[uint32(j.job.Prover)]++
			w.book.Drop(j.id)
			continue
		}
		if l, ok := w.locks[j.id]; ok {
			busy[l.prover]++
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
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.useNonce(&req.Auth); err != nil {
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
	jobs, err := s.schedule(now)
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
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.ex.State()
	j, _, err := s.jobView(st, l.JobID) // a job may be locked while its SubmitJob is pending
	if err != nil {
		return err
	}
	if j.Status != state.JobOpen {
		return invalidParams{fmt.Errorf("job %d is %s, want open", l.JobID, j.Status)}
	}
	if d, err := s.jobData(l.JobID); err != nil {
		return err
	} else if d == nil || len(d.Input) == 0 || !s.provable(l.JobID, j, d) {
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
			if pj, _, err := s.jobView(st, job); err == nil && pj.Status == state.JobOpen {
				free.Sub(free, scheduler.Collateral(pj.FeeGwei))
			}
		}
	}
	if coll := scheduler.Collateral(j.FeeGwei); free.Cmp(coll) < 0 {
		return invalidParams{fmt.Errorf("%w: free stake %v wei, collateral %v wei", rollup.ErrCollateral, free, coll)}
	}
	return nil
}

// proofRecord is an accepted proof, kept for the aggregator and the requester.
type proofRecord struct {
	JobID        uint32        `json:"jobId"`
	Model        uint32        `json:"model"`
	Prover       uint32        `json:"prover"`
	Output       []int64       `json:"output"`
	OutputSalt   hexutil.Bytes `json:"outputSalt"`
	OutputCommit common.Hash   `json:"outputCommit"`
	InputCommit  common.Hash   `json:"inputCommit"`
	Proof        hexutil.Bytes `json:"proof"`
	OpID         common.Hash   `json:"opId"`
}

// StoredProof returns the accepted proof of a job (for the aggregator), or
// kv.ErrNotFound.
func (s *Sequencer) StoredProof(jobID uint32) (*proverapi.Result, error) {
	raw, err := s.db.Get(u32Key(prefixProof, jobID))
	if err != nil {
		return nil, err
	}
	var r proofRecord
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("corrupt proof record of job %d: %w", jobID, err)
	}
	return &proverapi.Result{JobID: r.JobID, Model: r.Model, Prover: r.Prover, Output: r.Output, OutputSalt: r.OutputSalt,
		OutputCommit: r.OutputCommit, InputCommit: r.InputCommit, Proof: r.Proof, OpID: r.OpID}, nil
}

// BadProofs is the number of proofs of prover the sequencer rejected.
func (s *Sequencer) BadProofs(prover uint32) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.work.bad[prover]
}

func fieldElement(name string, b []byte) (fr.Element, error) {
	var e fr.Element
	if len(b) != fr.Bytes || e.SetBytesCanonical(b) != nil {
		return e, invalidParams{fmt.Errorf("%s must be a 32-byte field element", name)}
	}
	return e, nil
}

// SubmitProof verifies a proven output of a job locked by the prover and
// admits its FulfillJob; the proof is stored (synced) first. A proof that
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
	if len(p.Proof) == 0 || len(p.Proof) > modelset.MaxProofSize {
		return common.Hash{}, invalidParams{fmt.Errorf("proof must be 1..%d bytes, got %d", modelset.MaxProofSize, len(p.Proof))}
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
	opID, err := rollup.OpID(f)
	if err != nil {
		return common.Hash{}, err
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
		s.log.Info("accepted an inference proof", "job", p.JobID, "prover", f.Prover, "model", model)
		s.cfg.Metrics.proof(p.JobID, true)
		s.explorer.jobTime(p.JobID, func(t *jobTimes) { t.proven = time.Now().UnixMilli() })
	}
	return id, err
}

// lockedJob authenticates a proof submission and returns the job's model
// and input commitment; the job must be locked by the prover (in the state,
// or by a LockJob in the mempool).
func (a *API) lockedJob(p *proverapi.ProofSubmission, f *rollup.FulfillJob) (uint32, fr.Element, error) {
	s := a.s
	if _, err := s.verifyAuth(proverapi.MethodSubmitProof, &p.Auth, p.Body()); err != nil {
		return 0, fr.Element{}, err
	}
	if err := s.verifyOpSignature(f); err != nil {
		return 0, fr.Element{}, authError{err}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.useNonce(&p.Auth); err != nil {
		return 0, fr.Element{}, err
	}
	j, _, err := s.jobView(s.ex.State(), p.JobID) // its SubmitJob may be pending
	if err != nil {
		return 0, fr.Element{}, err
	}
	locked := j.Status == state.JobLocked && uint32(j.Prover) == f.Prover
	pending := j.Status == state.JobOpen && s.work.locks[p.JobID].prover == f.Prover && s.pool.Has(s.work.locks[p.JobID].op)
	if !locked && !pending {
		return 0, fr.Element{}, invalidParams{fmt.Errorf("%w: job %d is %s", ErrNotLocked, p.JobID, j.Status)}
	}
	return uint32(j.Model), j.InputCommit, nil
}

func (s *Sequencer) countBadProof(prover uint32) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.work.bad[prover] + 1
	w := s.db.NewBatch()
	w.Put(u32Key(prefixBad, prover), binary.BigEndian.AppendUint64(nil, n))
	if err := w.Write(); err != nil {
		return 0, err
	}
	s.work.bad[prover] = n
	return n, nil
}

// GetResult returns a fulfilled job's output, output salt and proof to its
// requester or its prover (any authenticated account for an L1 job).
func (a *API) GetResult(req proverapi.ResultRequest) (*proverapi.Result, error) {
	s := a.s
	if _, err := s.verifyAuth(proverapi.MethodGetResult, &req.Auth, req.Body()); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.useNonce(&req.Auth); err != nil {
		return nil, err
	}
	j, _, err := s.jobView(s.ex.State(), req.JobID)
	if err != nil {
		return nil, err
	}
	if j.Status == state.JobNone {
		return nil, invalidParams{fmt.Errorf("job %d does not exist", req.JobID)}
	}
	soft := s.verifiedResult(req.JobID, j)
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
// nil. Call with s.mu held.
func (s *Sequencer) verifiedResult(id uint32, j *state.Job) *proverapi.Result {
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

func isBadProof(err error) bool { return errors.Is(err, modelset.ErrBadProof) }
