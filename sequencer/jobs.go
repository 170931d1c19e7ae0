package sequencer

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/l1/watcher"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/rollup"
)

// Job submission: a requester reserves a job id, signs a SubmitJob naming it,
// and sends the op together with the private input and the salt of its
// commitment. The sequencer checks the commitment opens to the input and
// stores the input (synced) before acknowledging, so the prover that locks
// the job can be given it even after a restart.

// MaxJobInputSize bounds a job's private input.
const MaxJobInputSize = 64 << 10

var (
	keyNextJob    = []byte("seq/next-job")
	prefixJobData = []byte("seq/job/")
)

func jobDataKey(id uint32) []byte {
	return binary.BigEndian.AppendUint32(append([]byte(nil), prefixJobData...), id)
}

type jobData struct {
	Input hexutil.Bytes `json:"input"`
	Salt  string        `json:"salt"` // 0x hex of the commitment salt
	Model uint32        `json:"model,omitempty"`
	OpID  common.Hash   `json:"opId,omitempty"` // the SubmitJob's mempool id
}

// NextJobID reserves a fresh L2 job id for a SubmitJob.
func (a *API) NextJobID() (uint32, error) {
	s := a.s
	s.mu.Lock()
	defer s.mu.Unlock()
	next := uint32(1)
	if raw, err := s.db.Get(keyNextJob); err == nil && len(raw) == 4 {
		next = binary.BigEndian.Uint32(raw)
	} else if err != nil && !errors.Is(err, kv.ErrNotFound) {
		return 0, err
	}
	if _, ok := rollup.JobLeaf(next, s.ex.State().Params().JobDepth); !ok {
		return 0, errors.New("the jobs tree is full")
	}
	b := s.db.NewBatch()
	b.Put(keyNextJob, binary.BigEndian.AppendUint32(nil, next+1))
	if err := b.Write(); err != nil {
		return 0, err
	}
	return next, nil
}

// SubmitJob accepts a signed SubmitJob op with its private input and the
// salt of the input commitment.
func (a *API) SubmitJob(op json.RawMessage, input hexutil.Bytes, salt hexutil.Bytes) (common.Hash, error) {
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
	if err := a.s.verifySignature(sj); err != nil {
		return common.Hash{}, invalidParams{err}
	}
	enc, err := rollup.MarshalOpJSON(sj)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	raw, _ := json.Marshal(jobData{Input: input, Salt: hexutil.Encode(salt), Model: sj.ModelID, OpID: sha256.Sum256(enc)})
	b := a.s.db.NewBatch()
	b.Put(jobDataKey(sj.JobID), raw)
	if err := b.Write(); err != nil {
		return common.Hash{}, err
	}
	a.s.mu.Lock()
	a.s.work.live[sj.JobID] = struct{}{}
	a.s.mu.Unlock()
	return a.SendOp(op)
}

// L1 jobs: a dApp's requestInference publishes the input in calldata, so
// its commitment needs no secret salt. The protocol fixes it to zero:
// inputCommit = Poseidon2(pack(input) ‖ 0), which a dApp can compute on L1
// (contracts/src/examples/DigitClassifier.sol does). The watcher stores the
// input from the InferenceRequested event; the sequencer gives it to the
// prover that locks the job like an L2 job's. A request whose input does not
// open its commitment under the zero salt cannot be proven by anyone: it is
// never offered and is refunded at its deadline.

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
	case statement.Commit(p.Input, L1JobSalt) != j.InputCommit:
		s.log.Warn("L1 job input does not open its commitment under the zero salt: it cannot be offered and is refunded at its deadline",
			"job", j.JobID, "bytes", len(p.Input))
	default:
		salt := L1JobSalt.Bytes()
		d.Input, d.Salt = p.Input, hexutil.Encode(salt[:])
	}
	return d
}

// Job is a job as the API shows it.
type Job struct {
	ID             uint32      `json:"id"`
	Status         string      `json:"status"`
	Requester      uint64      `json:"requester"`
	Model          uint64      `json:"model"`
	FeeGwei        uint64      `json:"feeGwei"`
	Deadline       uint64      `json:"deadline"`
	Prover         uint64      `json:"prover,omitempty"`
	LockDeadline   uint64      `json:"lockDeadline,omitempty"`
	CollateralGwei uint64      `json:"collateralGwei,omitempty"`
	InputCommit    common.Hash `json:"inputCommit"`
	OutputCommit   common.Hash `json:"outputCommit"`
}

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
