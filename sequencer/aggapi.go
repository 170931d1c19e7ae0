package sequencer

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
)

// The aggregator's read API: sealed batches with their block-circuit
// witnesses, and the inference proofs the sequencer accepted. Both are what
// a separate `nexus aggregator` process proves batches from.

// CodeNotFound is the JSON-RPC error code for a batch or proof that does
// not exist (yet).
const CodeNotFound = -32004

type notFoundError struct{ err error }

func (e notFoundError) Error() string  { return e.err.Error() }
func (e notFoundError) ErrorCode() int { return CodeNotFound }
func (e notFoundError) Unwrap() error  { return e.err }

// BatchWitness is a sealed batch and its block-circuit witness.
type BatchWitness struct {
	Number  hexutil.Uint64  `json:"number"`
	Header  hexutil.Bytes   `json:"header"` // the 184-byte encoding (docs/protocol.md §4)
	Pubdata hexutil.Bytes   `json:"pubdata"`
	Witness json.RawMessage `json:"witness"` // rollup.Witness, versioned JSON
}

// GetBatchWitness serves nexus_getBatchWitness.
func (a *API) GetBatchWitness(n hexutil.Uint64) (*BatchWitness, error) {
	if n == 0 {
		return nil, invalidParams{errors.New("batch 0 is the genesis state: it has no witness")}
	}
	b, w, err := a.s.Witness(uint64(n))
	if errors.Is(err, rollup.ErrBatchNotFound) || errors.Is(err, ErrNoWitness) {
		return nil, notFoundError{err}
	}
	if err != nil {
		return nil, err
	}
	raw, err := w.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return &BatchWitness{Number: n, Header: b.Header.Encode(), Pubdata: b.Pubdata, Witness: raw}, nil
}

// InferenceProof is an accepted inference proof (gnark's binary encoding of
// a BLS12-377 Groth16 proof) and the model it proves.
type InferenceProof struct {
	JobID uint32        `json:"jobId"`
	Model uint32        `json:"model"`
	Proof hexutil.Bytes `json:"proof"`
}

// GetInferenceProof serves nexus_getInferenceProof. Outputs and salts stay
// behind nexus_getResult's authentication; the proof reveals neither.
func (a *API) GetInferenceProof(jobID uint32) (*InferenceProof, error) {
	r, err := a.s.StoredProof(jobID)
	if errors.Is(err, kv.ErrNotFound) {
		return nil, notFoundError{fmt.Errorf("no accepted proof for job %d", jobID)}
	}
	if err != nil {
		return nil, err
	}
	return &InferenceProof{JobID: jobID, Model: r.Model, Proof: r.Proof}, nil
}
