package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// Accepted proofs and rejected-proof counts, stored synced: the aggregator
// and requesters read the former, the scheduler the latter.

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
