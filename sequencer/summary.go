package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
)

// A batch summary is what the explorer shows of a sealed batch without
// decoding its pubdata or witness: its ops by type and the job steps it
// holds. It is written in the batch's own commit (seq/summary/<n>).

// batchSummary is a sealed batch's stored summary.
type batchSummary struct {
	Ops          map[string]int `json:"ops"`
	Chunks       int            `json:"chunks"`
	PubdataBytes int            `json:"pubdataBytes"`
	Jobs         []JobStep      `json:"jobs,omitempty"`
}

// JobStep is one op of a job in a sealed batch.
type JobStep struct {
	Job    uint32 `json:"job"`
	Op     string `json:"op"`               // SubmitJob, L1Job, LockJob, FulfillJob, CancelJob, ExpireJob
	Model  uint32 `json:"model,omitempty"`  // SubmitJob, L1Job, FulfillJob
	Prover uint32 `json:"prover,omitempty"` // LockJob, FulfillJob, ExpireJob of a lock
	// SlashGwei is what an ExpireJob of a lock took from the prover.
	SlashGwei uint64 `json:"slashGwei,omitempty"`
	// L1Tx is the L1 transaction that requested an L1 job.
	L1Tx *common.Hash `json:"l1Tx,omitempty"`
}

var prefixSummary = []byte("seq/summary/")

func summaryKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefixSummary...), n)
}

// summarize builds b's summary. st is the state before the batch (for the
// model of a job fulfilled in it); l1Tx maps the L1 jobs it opens to their
// requests.
func summarize(b *rollup.Batch, st *state.State, l1Tx map[uint32]common.Hash) *batchSummary {
	s := &batchSummary{Ops: map[string]int{}, Chunks: b.Chunks, PubdataBytes: len(b.Pubdata)}
	models := map[uint32]uint32{}
	for _, r := range b.Receipts {
		s.Ops[r.Op.Type().String()]++
		var step JobStep
		switch o := r.Op.(type) {
		case *rollup.SubmitJob:
			models[o.JobID] = o.ModelID
			step = JobStep{Job: o.JobID, Model: o.ModelID}
		case *rollup.L1Job:
			models[o.JobID] = o.ModelID
			step = JobStep{Job: o.JobID, Model: o.ModelID}
			if tx, ok := l1Tx[o.JobID]; ok {
				step.L1Tx = &tx
			}
		case *rollup.LockJob:
			step = JobStep{Job: o.JobID, Prover: o.Prover}
		case *rollup.FulfillJob:
			step = JobStep{Job: o.JobID, Prover: o.Prover, Model: jobModel(o.JobID, models, st)}
		case *rollup.CancelJob:
			step = JobStep{Job: o.JobID}
		case *rollup.ExpireJob:
			step = JobStep{Job: o.JobID, Prover: r.Prover, SlashGwei: r.SlashGwei}
		default:
			continue
		}
		step.Op = r.Op.Type().String()
		if step.Op == rollup.OpFulfillL1Job.String() {
			step.Op = rollup.OpFulfillJob.String()
		}
		s.Jobs = append(s.Jobs, step)
	}
	return s
}

func jobModel(id uint32, inBatch map[uint32]uint32, st *state.State) uint32 {
	if m, ok := inBatch[id]; ok {
		return m
	}
	if st == nil {
		return 0
	}
	leaf, ok := rollup.JobLeaf(id, st.Params().JobDepth)
	if !ok {
		return 0
	}
	j, err := st.Job(leaf)
	if err != nil {
		return 0
	}
	return uint32(j.Model)
}

// summary reads batch n's summary; nil if the batch was sealed before
// summaries were stored.
func (s *Sequencer) summary(n uint64) (*batchSummary, error) {
	raw, err := s.db.Get(summaryKey(n))
	if errors.Is(err, kv.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var sum batchSummary
	if err := json.Unmarshal(raw, &sum); err != nil {
		return nil, fmt.Errorf("corrupt summary of batch %d: %w", n, err)
	}
	return &sum, nil
}
