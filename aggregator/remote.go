package aggregator

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
	"github.com/nexus-rollup/nexus/sequencer"
)

// Remote reads sealed batches and accepted inference proofs from a
// sequencer's nexus_ JSON-RPC (nexus_getBatchWitness, nexus_getInferenceProof):
// the BatchSource and ProofSource of a separate aggregator process. The
// models' verifying keys come from the local model set.
type Remote struct {
	Client  *rpc.Client
	Models  *modelset.Set
	Timeout time.Duration // per call (default 1 min)
}

func (r *Remote) call(result any, method string, args ...any) error {
	d := r.Timeout
	if d <= 0 {
		d = time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return r.Client.CallContext(ctx, result, method, args...)
}

func notFound(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == sequencer.CodeNotFound
}

// Witness implements BatchSource.
func (r *Remote) Witness(n uint64) (*rollup.Batch, *rollup.Witness, error) {
	var bw sequencer.BatchWitness
	if err := r.call(&bw, "nexus_getBatchWitness", hexutil.Uint64(n)); err != nil {
		if notFound(err) {
			return nil, nil, fmt.Errorf("%w: %d (%v)", rollup.ErrBatchNotFound, n, err)
		}
		return nil, nil, fmt.Errorf("nexus_getBatchWitness(%d): %w", n, err)
	}
	h, err := protocol.DecodeHeader(bw.Header)
	if err != nil {
		return nil, nil, fmt.Errorf("batch %d: %w", n, err)
	}
	if h.BatchNumber != n {
		return nil, nil, fmt.Errorf("asked the sequencer for batch %d, got %d", n, h.BatchNumber)
	}
	w, err := rollup.UnmarshalWitness(bw.Witness)
	if err != nil {
		return nil, nil, fmt.Errorf("batch %d: %w", n, err)
	}
	return &rollup.Batch{Header: h, Pubdata: bw.Pubdata}, w, nil
}

// InferenceProof implements ProofSource.
func (r *Remote) InferenceProof(jobID uint32) (groth16.VerifyingKey, groth16.Proof, error) {
	var p sequencer.InferenceProof
	if err := r.call(&p, "nexus_getInferenceProof", jobID); err != nil {
		return nil, nil, fmt.Errorf("nexus_getInferenceProof(%d): %w", jobID, err)
	}
	return decodeInferenceProof(r.Models, jobID, p.Model, p.Proof)
}
