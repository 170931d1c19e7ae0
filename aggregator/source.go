package aggregator

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/sequencer"
)

// SequencerProofs reads the inference proofs the sequencer accepted (and
// verified) through nexus_submitProof, with the verifying keys of the
// configured models.
type SequencerProofs struct {
	Seq    *sequencer.Sequencer
	Models *modelset.Set
}

// InferenceProof implements ProofSource.
func (s SequencerProofs) InferenceProof(jobID uint32) (groth16.VerifyingKey, groth16.Proof, error) {
	r, err := s.Seq.StoredProof(jobID)
	if err != nil {
		return nil, nil, err
	}
	_, keys, err := s.Models.Keys(r.Model)
	if err != nil {
		return nil, nil, fmt.Errorf("model %d: %w", r.Model, err)
	}
	proof := groth16.NewProof(ecc.BLS12_377)
	if _, err := proof.ReadFrom(bytes.NewReader(r.Proof)); err != nil {
		return nil, nil, fmt.Errorf("stored proof of job %d: %w", jobID, err)
	}
	return keys.VK, proof, nil
}
