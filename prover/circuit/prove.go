package circuit

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/nexus-rollup/nexus/gpu"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/statement"
)

// Prove proves job for m with keys made by Setup (same options), on the CPU.
func Prove(k *Keys, m *model.Model, job *Job, opts ...Option) (groth16.Proof, *Claim, error) {
	return ProveOn(nil, k, m, job, opts...)
}

// ProveOn is Prove on prover p (nil: the CPU); a GPU proof is verified
// under k.VK before it is returned.
func ProveOn(p *gpu.Prover, k *Keys, m *model.Model, job *Job, opts ...Option) (groth16.Proof, *Claim, error) {
	a, claim, err := Assign(m, job, opts...)
	if err != nil {
		return nil, nil, err
	}
	w, err := frontend.NewWitness(a, ecc.BLS12_377.ScalarField())
	if err != nil {
		return nil, nil, err
	}
	proof, err := p.Prove(k.CCS, k.PK, k.VK, w, ProofOpts())
	if err != nil {
		return nil, nil, fmt.Errorf("prove: %w", err)
	}
	return proof, claim, nil
}

// ProofOpts are the options inference proofs are made and verified with:
// the hash-to-field the aggregation circuit's in-circuit verifier uses.
func ProofOpts() gpu.Opts {
	return gpu.Opts{
		Prover:   []backend.ProverOption{stdgroth16.GetNativeProverOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())},
		Verifier: []backend.VerifierOption{stdgroth16.GetNativeVerifierOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())},
	}
}

// ErrBadProof is returned by Verify for a proof that does not verify.
var ErrBadProof = errors.New("proof does not verify")

// Verify checks proof against the statement st for m's verifying key.
func Verify(vk groth16.VerifyingKey, m *model.Model, proof groth16.Proof, st fr.Element, opts ...Option) error {
	a, err := PublicAssignment(m, st, opts...)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(a, ecc.BLS12_377.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, w,
		stdgroth16.GetNativeVerifierOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())); err != nil {
		return fmt.Errorf("%w: %v", ErrBadProof, err)
	}
	return nil
}

// ProofFile is what `nexus model prove` writes: the claim and the proof.
// The output salt lets the requester open the output commitment; the
// input salt and the input stay private.
type ProofFile struct {
	Model        string  `json:"model"`
	ModelHash    string  `json:"model_sha256"`
	ModelID      string  `json:"model_id"`
	JobID        string  `json:"job_id"`
	InputCommit  string  `json:"input_commitment"`
	OutputCommit string  `json:"output_commitment"`
	Statement    string  `json:"statement"`
	Output       []int64 `json:"output"`
	OutputSalt   string  `json:"output_salt"`
	Proof        string  `json:"proof"`
}

func hexFr(e fr.Element) string { b := e.Bytes(); return "0x" + hex.EncodeToString(b[:]) }

func parseFr(name, s string) (fr.Element, error) {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		return fr.Element{}, fmt.Errorf("%s: %q is not a number", name, s)
	}
	var e fr.Element
	if v.Sign() < 0 || v.Cmp(fr.Modulus()) >= 0 {
		return e, fmt.Errorf("%s: not a canonical BLS12-377 scalar", name)
	}
	e.SetBigInt(v)
	return e, nil
}

// NewProofFile bundles a proof and its claim.
func NewProofFile(m *model.Model, proof groth16.Proof, c *Claim) (*ProofFile, error) {
	var buf bytes.Buffer
	if _, err := proof.WriteTo(&buf); err != nil {
		return nil, err
	}
	h, err := m.Hash()
	if err != nil {
		return nil, err
	}
	return &ProofFile{Model: m.Name, ModelHash: hex.EncodeToString(h[:]), ModelID: hexFr(c.ModelID),
		JobID: hexFr(c.JobID), InputCommit: hexFr(c.InputCommit), OutputCommit: hexFr(c.OutputCommit),
		Statement: hexFr(c.Statement), Output: c.Output, OutputSalt: hexFr(c.OutputSalt),
		Proof: hex.EncodeToString(buf.Bytes())}, nil
}

// Check verifies a proof file against m and its verifying key: the model
// matches, the statement is recomputed from the claimed job, model and
// commitments, the output opens the output commitment, and the proof verifies.
func (f *ProofFile) Check(vk groth16.VerifyingKey, m *model.Model) error {
	h, err := m.Hash()
	if err != nil {
		return err
	}
	if f.ModelHash != hex.EncodeToString(h[:]) {
		return fmt.Errorf("proof is for model %s, not %x", f.ModelHash, h)
	}
	fields := map[string]string{"model_id": f.ModelID, "job_id": f.JobID, "input_commitment": f.InputCommit, "output_commitment": f.OutputCommit, "statement": f.Statement, "output_salt": f.OutputSalt}
	vals := map[string]fr.Element{}
	for name, s := range fields {
		if vals[name], err = parseFr(name, s); err != nil {
			return err
		}
	}
	if mid := vals["model_id"]; !mid.IsUint64() || mid.Uint64() > 1<<32-1 {
		return fmt.Errorf("model id %s is not a u32 registry id", f.ModelID)
	}
	st := statement.Statement(vals["model_id"], vals["job_id"], vals["input_commitment"], vals["output_commitment"])
	if !st.Equal(ptr(vals["statement"])) {
		return errors.New("statement does not match model, job and commitments")
	}
	lo, hi := m.OutputRange()
	if len(f.Output) != m.OutputSize() {
		return fmt.Errorf("output has %d values, model has %d", len(f.Output), m.OutputSize())
	}
	ob := make([]byte, len(f.Output))
	for i, v := range f.Output {
		if v < lo || v > hi {
			return fmt.Errorf("output %d = %d outside [%d, %d]", i, v, lo, hi)
		}
		ob[i] = byte(v - lo)
	}
	if oc := statement.Commit(ob, vals["output_salt"]); !oc.Equal(ptr(vals["output_commitment"])) {
		return errors.New("output does not open the output commitment")
	}
	raw, err := hex.DecodeString(f.Proof)
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	proof := groth16.NewProof(ecc.BLS12_377)
	if _, err := proof.ReadFrom(bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("%w: malformed proof: %v", ErrBadProof, err)
	}
	return Verify(vk, m, proof, st)
}

func ptr(e fr.Element) *fr.Element { return &e }

// Marshal encodes the proof file as indented JSON.
func (f *ProofFile) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(f, "", "  ")
	return append(b, '\n'), err
}

// ParseProofFile decodes a proof file, rejecting unknown fields.
func ParseProofFile(b []byte) (*ProofFile, error) {
	var f ProofFile
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&f); err != nil {
		return nil, fmt.Errorf("proof file: %w", err)
	}
	return &f, nil
}
