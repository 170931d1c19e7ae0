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
	return decodeInferenceProof(s.Models, jobID, r.Model, r.Proof)
}

// decodeInferenceProof pairs an accepted proof's bytes with its model's
// verifying key.
func decodeInferenceProof(models *modelset.Set, jobID, model uint32, raw []byte) (groth16.VerifyingKey, groth16.Proof, error) {
	_, keys, err := models.Keys(model)
	if err != nil {
		return nil, nil, fmt.Errorf("model %d: %w", model, err)
	}
	proof := groth16.NewProof(ecc.BLS12_377)
	if _, err := proof.ReadFrom(bytes.NewReader(raw)); err != nil {
		return nil, nil, fmt.Errorf("proof of job %d: %w", jobID, err)
	}
	return keys.VK, proof, nil
}
