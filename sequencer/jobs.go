package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// Job submission: a requester asks for a free job id (nexus_nextJobID, a
// read that reserves nothing), signs a SubmitJob naming it, and sends the op
// together with the private input and the salt of its commitment. The
// sequencer admits it only if the input opens the op's commitment, has the
// model's input size, and the id is free (in the committed state and among
// the SubmitJobs in the mempool); the op then claims the id, and its input is
// stored in the op's own synced mempool write. An input is therefore only
// ever stored for the op that creates its job: nobody can replace the input
// of another job. When the op is rejected at sealing, its input is deleted
// and its id freed in the write that records the rejection.

// MaxJobInputSize bounds a job's private input.
const MaxJobInputSize = 64 << 10

// DefaultMaxPendingInputBytes bounds the inputs of one account's SubmitJobs
// waiting in the mempool (Config.MaxPendingInputBytes).
const DefaultMaxPendingInputBytes = 4 << 20

// CodeJobIDTaken is the JSON-RPC error code of a SubmitJob naming a job id
// that another job has: ask nexus_nextJobID again and sign anew.
const CodeJobIDTaken = proverapi.CodeJobIDTaken

// ErrJobIDTaken is returned for a SubmitJob naming a job id in use.
var ErrJobIDTaken = errors.New("job id taken")

type jobIDTakenError struct{ err error }

func (e jobIDTakenError) Error() string  { return e.err.Error() }
func (e jobIDTakenError) ErrorCode() int { return CodeJobIDTaken }
func (e jobIDTakenError) Unwrap() error  { return e.err }

var prefixJobData = []byte("seq/job/")

func jobDataKey(id uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte(nil), prefixJobData...), id)
}

type jobData struct {
	Input hexutil.Bytes `json:"input"`
	Salt  string        `json:"salt"` // 0x hex of the commitment salt
	Model uint32        `json:"model,omitempty"`
	OpID  common.Hash   `json:"opId,omitempty"` // the SubmitJob's mempool id
}

// claim is a SubmitJob in the mempool: it holds its job id and counts its
// input against its requester's quota.
type claim struct {
	op        common.Hash
	requester uint32
	size      int
}

// claims are the job ids held by SubmitJobs in the mempool. A claim is
// taken before the op is persisted and released only after the batch that
// applies or rejects it is written, so an id is at every moment either in
// the committed state or claimed (or free).
type claims struct {
	mu      sync.Mutex
	byJob   map[uint32]claim
	pending map[uint32]int // input bytes by requester
	low     uint32         // every L2 id below is in the committed state
}

func loadClaims(db kv.Store, pool *mempool.Pool) (*claims, error) {
	c := &claims{byJob: map[uint32]claim{}, pending: map[uint32]int{}, low: 1}
	for _, e := range pool.Pending(pool.Len()) {
		sj, ok := e.Op.(*rollup.SubmitJob)
		if !ok {
			continue
		}
		raw, err := db.Get(jobDataKey(sj.JobID))
		size := 0
		if err == nil {
			var d jobData
			if json.Unmarshal(raw, &d) == nil && d.OpID == e.ID {
				size = len(d.Input)
			}
		} else if !errors.Is(err, kv.ErrNotFound) {
			return nil, err
		}
		c.byJob[sj.JobID] = claim{op: e.ID, requester: sj.Requester, size: size}
		c.pending[sj.Requester] += size
	}
	return c, nil
}

// take claims sj's job id for op id, after checking that the id is an L2 id
// of the jobs tree, free in st and unclaimed, and that the requester's
// pending inputs stay within limit.
func (c *claims) take(st *state.State, sj *rollup.SubmitJob, id common.Hash, size, limit int) error {
	if sj.JobID&rollup.L1JobBit != 0 {
		return invalidParams{fmt.Errorf("%w: %d is in the L1 range (2^31 and up); ask nexus_nextJobID", rollup.ErrJobID, sj.JobID)}
	}
	leaf, ok := rollup.JobLeaf(sj.JobID, st.Params().JobDepth)
	if !ok {
		return invalidParams{fmt.Errorf("%w: %d does not fit the jobs tree", rollup.ErrJobID, sj.JobID)}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if cl, ok := c.byJob[sj.JobID]; ok {
		if cl.op == id {
			return invalidParams{mempool.ErrKnown}
		}
		return jobIDTakenError{fmt.Errorf("%w: job id %d is taken by a pending SubmitJob (ask nexus_nextJobID again)", ErrJobIDTaken, sj.JobID)}
	}
	// Read under c.mu: a claim is released only after its batch is written,
	// so the id is either still claimed here or in st.
	j, err := st.Job(leaf)
	if err != nil {
		return err
	}
	if j.Status != state.JobNone {
		return jobIDTakenError{fmt.Errorf("%w: job id %d is taken by a %s job (ask nexus_nextJobID again)", ErrJobIDTaken, sj.JobID, j.Status)}
	}
	if n := c.pending[sj.Requester]; n+size > limit {
		return invalidParams{fmt.Errorf("account %d has %d pending input bytes; %d more would exceed %d: wait for its jobs to be sequenced",
			sj.Requester, n, size, limit)}
	}
	c.byJob[sj.JobID] = claim{op: id, requester: sj.Requester, size: size}
	c.pending[sj.Requester] += size
	return nil
}

// release frees the claims of the given ops' SubmitJobs (once their batch is
// written, or when their admission failed).
func (c *claims) release(ops ...rollup.Op) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, o := range ops {
		sj, ok := o.(*rollup.SubmitJob)
		if !ok {
			continue
		}
		id, err := rollup.OpID(sj)
		if err != nil {
			continue
		}
		cl, ok := c.byJob[sj.JobID]
		if !ok || cl.op != common.Hash(id) {
			continue
		}
		delete(c.byJob, sj.JobID)
		if c.pending[cl.requester] -= cl.size; c.pending[cl.requester] <= 0 {
			delete(c.pending, cl.requester)
		}
	}
}

// owner returns the op that claims job id, if any.
func (c *claims) owner(job uint32) (common.Hash, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cl, ok := c.byJob[job]
	return cl.op, ok
}

// NextJobID returns the lowest L2 job id free for a SubmitJob: not in the
// committed state, not claimed by a SubmitJob in the mempool. It reserves
// nothing: two requesters asking at once get the same id, and the second
// SubmitJob to arrive is refused with CodeJobIDTaken.
func (a *API) NextJobID() (uint32, error) {
	s := a.s
	st, err := s.committed()
	if err != nil {
		return 0, err
	}
	s.claims.mu.Lock()
	defer s.claims.mu.Unlock()
	// Ids below low are in the committed state for good (a job never goes
	// back to none), so the scan starts there.
	for id := s.claims.low; ; id++ {
		leaf, ok := rollup.JobLeaf(id, s.params.JobDepth)
		if !ok || id&rollup.L1JobBit != 0 {
			return 0, errors.New("the jobs tree is full")
		}
		if _, claimed := s.claims.byJob[id]; claimed {
			continue
		}
		j, err := st.Job(leaf)
		if err != nil {
			return 0, err
		}
		if j.Status == state.JobNone {
			return id, nil
		}
		if id == s.claims.low {
			s.claims.low++
		}
	}
}

// inputSize is the input size of model, when the sequencer's verifier knows
// its models (known false: no verifier, or one that does not say).
func (s *Sequencer) inputSize(model uint32) (size int, known bool, err error) {
	m, ok := s.cfg.Work.Verifier.(interface {
		InputSize(model uint32) (int, error)
	})
	if !ok {
		return 0, false, nil
	}
	n, err := m.InputSize(model)
	if err != nil {
		return 0, false, err
	}
	return n, true, nil
}

// checkInput checks that input fits model (the model is served here and
// takes len(input) bytes).
func (s *Sequencer) checkInput(model uint32, input []byte) error {
	n, known, err := s.inputSize(model)
	if errors.Is(err, proverapi.ErrUnknownModel) {
		return invalidParams{fmt.Errorf("model %d is not served by this sequencer: no proof of it could be verified", model)}
	}
	if err != nil {
		return err
	}
	if known && len(input) != n {
		return invalidParams{fmt.Errorf("model %d takes %d input bytes, the input has %d", model, n, len(input))}
	}
	return nil
}

func isInvalid(err error) bool { var e invalidParams; return errors.As(err, &e) }

// SubmitJob accepts a signed SubmitJob op with its private input and the
// salt of the input commitment.
func (a *API) SubmitJob(op json.RawMessage, input hexutil.Bytes, salt hexutil.Bytes) (id common.Hash, err error) {
	defer func() { a.s.cfg.Metrics.admission(rollup.OpSubmitJob, err) }()
	o, err := rollup.UnmarshalOpJSON(op)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	sj, ok := o.(*rollup.SubmitJob)
	if !ok {
		return common.Hash{}, invalidParams{fmt.Errorf("want a SubmitJob op, got %s", o.Type())}
	}
	if len(input) == 0 || len(input) > MaxJobInputSize {
		return common.Hash{}, invalidParams{fmt.Errorf("input must be 1..%d bytes, got %d", MaxJobInputSize, len(input))}
	}
	var s fr.Element
	if len(salt) != fr.Bytes || s.SetBytesCanonical(salt) != nil {
		return common.Hash{}, invalidParams{errors.New("salt must be a 32-byte field element")}
	}
	if statement.Commit(input, s) != sj.InputCommit {
		return common.Hash{}, invalidParams{errors.New("the input and salt do not open the op's input commitment")}
	}
	if err := a.s.checkInput(sj.ModelID, input); err != nil {
		return common.Hash{}, err
	}
	id32, err := rollup.OpID(sj)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	opID := common.Hash(id32)
	raw, _ := json.Marshal(jobData{Input: input, Salt: hexutil.Encode(salt), Model: sj.ModelID, OpID: opID})
	id, err = a.admit(sj, func(st *state.State) error {
		if err := a.s.checkSubmit(st, sj); err != nil {
			return err
		}
		return a.s.claims.take(st, sj, opID, len(input), a.s.cfg.MaxPendingInputBytes)
	}, mempool.Put{Key: jobDataKey(sj.JobID), Value: raw})
	if err != nil {
		return common.Hash{}, err
	}
	a.s.mu.Lock()
	a.s.work.live[sj.JobID] = struct{}{}
	a.s.mu.Unlock()
	a.s.cfg.Metrics.jobStep(sj.JobID, "submitted")
	a.s.explorer.jobTime(sj.JobID, func(t *jobTimes) { t.submitted = time.Now().UnixMilli() })
	return id, nil
}

// L1 jobs: a dApp's requestInference publishes the input in calldata, so
// its commitment needs no secret salt. The protocol fixes it to zero:
// inputCommit = Poseidon2(pack(input) ‖ 0), which a dApp can compute on L1
// (contracts/src/examples/DigitClassifier.sol does). The watcher stores the
// input from the InferenceRequested event; the sequencer gives it to the
// prover that locks the job like an L2 job's. A request whose input does not
// open its commitment under the zero salt, or that does not fit its model,
// cannot be proven by anyone: it is never offered and is refunded at its
// deadline.

// L1JobSalt is the salt of every L1 job's input commitment.
var L1JobSalt fr.Element

// l1JobData is what a prover needs for L1 job j, queued as p. Its Input is
// empty when the input is missing or does not open the job's commitment;
// it is stored all the same, so that the job stays live (for its refund)
// across restarts.
func (s *Sequencer) l1JobData(j *rollup.L1Job, p *watcher.PriorityOp) *jobData {
	d := &jobData{Model: j.ModelID}
	switch {
	case len(p.Input) == 0:
		s.log.Warn("L1 job has no input: it cannot be offered and is refunded at its deadline", "job", j.JobID)
	case isInvalid(s.checkInput(j.ModelID, p.Input)):
		s.log.Warn("L1 job input does not fit its model: it cannot be offered and is refunded at its deadline",
			"job", j.JobID, "model", j.ModelID, "bytes", len(p.Input), "err", s.checkInput(j.ModelID, p.Input))
	case statement.Commit(p.Input, L1JobSalt) != j.InputCommit:
		s.log.Warn("L1 job input does not open its commitment under the zero salt: it cannot be offered and is refunded at its deadline",
			"job", j.JobID, "bytes", len(p.Input))
	default:
		salt := L1JobSalt.Bytes()
		d.Input, d.Salt = p.Input, hexutil.Encode(salt[:])
	}
	return d
}

// Job is a job as the API shows it (nexus_getJob): proverapi.Job.
type Job = proverapi.Job

// GetJob returns job id as of the last sealed batch.
func (a *API) GetJob(id uint32) (*Job, error) {
	st, err := a.s.committed()
	if err != nil {
		return nil, err
	}
	leaf, ok := rollup.JobLeaf(id, st.Params().JobDepth)
	if !ok {
		return nil, invalidParams{fmt.Errorf("job id %d out of range", id)}
	}
	j, err := st.Job(leaf)
	if err != nil {
		return nil, err
	}
	if j.Status.String() == "none" {
		return nil, invalidParams{fmt.Errorf("job %d does not exist", id)}
	}
	return &Job{ID: id, Status: j.Status.String(), Requester: j.Requester, Model: j.Model, FeeGwei: j.FeeGwei,
		Deadline: j.Deadline, Prover: j.Prover, LockDeadline: j.LockDeadline, CollateralGwei: j.CollateralGwei,
		InputCommit: j.InputCommit.Bytes(), OutputCommit: j.OutputCommit.Bytes()}, nil
}
