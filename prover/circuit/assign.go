package circuit

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/statement"
)

// Job is what a prover knows about one inference.
type Job struct {
	// ModelID is the model's registry id (0 for a model proven outside the
	// rollup, e.g. by nexus model prove without --model-id).
	ModelID    uint32
	Input      []uint8
	JobID      fr.Element
	InputSalt  fr.Element
	OutputSalt fr.Element
}

// Claim is the result of an inference and the values its statement binds.
type Claim struct {
	ModelID      fr.Element
	JobID        fr.Element
	InputCommit  fr.Element
	OutputCommit fr.Element
	Statement    fr.Element
	Output       []int64 // model output values
	OutputBytes  []byte  // value - lo: what the output commitment packs
	OutputSalt   fr.Element
}

// NewClaim runs the reference inference and computes the commitments and
// statement natively.
func NewClaim(m *model.Model, job *Job) (*Claim, error) {
	out, err := m.Run(job.Input)
	if err != nil {
		return nil, err
	}
	c := &Claim{JobID: job.JobID, Output: out, OutputSalt: job.OutputSalt}
	c.ModelID.SetUint64(uint64(job.ModelID))
	lo, _ := m.OutputRange()
	c.OutputBytes = make([]byte, len(out))
	for i, v := range out {
		c.OutputBytes[i] = byte(v - lo)
	}
	c.InputCommit = statement.Commit(job.Input, job.InputSalt)
	c.OutputCommit = statement.Commit(c.OutputBytes, job.OutputSalt)
	c.Statement = statement.Statement(c.ModelID, c.JobID, c.InputCommit, c.OutputCommit)
	return c, nil
}

// Assign returns the full witness assignment of job for the circuit of m
// (built with the same options) and the claim it proves.
func Assign(m *model.Model, job *Job, opts ...Option) (*Circuit, *Claim, error) {
	claim, err := NewClaim(m, job)
	if err != nil {
		return nil, nil, err
	}
	a, err := New(m, opts...)
	if err != nil {
		return nil, nil, err
	}
	a.Statement = claim.Statement
	a.ModelID = job.ModelID
	for i, v := range job.Input {
		a.Input[i] = v
	}
	for i, v := range claim.OutputBytes {
		a.Output[i] = v
	}
	a.JobID, a.InputSalt, a.OutputSalt = job.JobID, job.InputSalt, job.OutputSalt
	if len(a.Params) > 0 {
		k := 0
		for i := range m.Layers {
			l := &m.Layers[i]
			for _, w := range l.Weights {
				a.Params[k] = int64(w)
				k++
			}
			for _, b := range l.Bias {
				a.Params[k] = int64(b)
				k++
			}
		}
		if k != len(a.Params) {
			return nil, nil, fmt.Errorf("circuit: assigned %d of %d parameters", k, len(a.Params))
		}
	}
	return a, claim, nil
}

// PublicAssignment is the public part only: the statement.
func PublicAssignment(m *model.Model, st fr.Element, opts ...Option) (*Circuit, error) {
	a, err := New(m, opts...)
	if err != nil {
		return nil, err
	}
	a.Statement = st
	fill := func(v []frontend.Variable) {
		for i := range v {
			v[i] = 0
		}
	}
	fill(a.Input)
	fill(a.Output)
	fill(a.Params)
	a.JobID, a.InputSalt, a.OutputSalt = 0, 0, 0
	return a, nil
}
