package main

import (
	"slices"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/statement"
)

// bn254Hash and bn254Commit mirror prover/statement over BN254 Fr, so the
// same circuit can be compiled and proved on snarkjs's curve: a same-curve
// comparison only (Nexus proves on BLS12-377 for recursion).
func bn254Hash(elems ...fr.Element) fr.Element {
	h := poseidon2.NewMerkleDamgardHasher()
	for i := range elems {
		b := elems[i].Bytes()
		h.Write(b[:])
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

func bn254Commit(data []byte, salt fr.Element) fr.Element {
	var elems []fr.Element
	for i := 0; i < len(data); i += statement.BytesPerElement {
		chunk := data[i:min(i+statement.BytesPerElement, len(data))]
		be := make([]byte, len(chunk))
		for j, b := range chunk {
			be[len(chunk)-1-j] = b
		}
		var e fr.Element
		e.SetBytes(be)
		elems = append(elems, e)
	}
	return bn254Hash(append(elems, salt)...)
}

// benchBN254 proves the baked-weights circuit of m on BN254 (no recursion
// options: the default commitment hash, as a BN254 verifier would use).
func benchBN254(m *model.Model, x []uint8, runs int) (*result, error) {
	r := &result{name: m.Name, system: "gnark Groth16, BN254", runs: runs}
	c, err := circuit.New(m)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c, circuit.CompileOptions()...)
	if err != nil {
		return nil, err
	}
	r.compile, r.constraints = time.Since(start), ccs.GetNbConstraints()
	start = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, err
	}
	r.setup = time.Since(start)
	job := &circuit.Job{Input: x}
	job.JobID.SetUint64(1)
	var times []time.Duration
	var proof groth16.Proof
	var pub *circuit.Circuit
	for i := range runs + 1 {
		start = time.Now()
		a, claim, err := circuit.Assign(m, job)
		if err != nil {
			return nil, err
		}
		id, _ := m.ID()
		var modelID, jobID, zero fr.Element
		modelID.SetBigInt(id)
		jobID.SetUint64(1)
		ic := bn254Commit(job.Input, zero)
		oc := bn254Commit(claim.OutputBytes, zero)
		a.Statement = bn254Hash(modelID, jobID, ic, oc)
		a.JobID, a.InputSalt, a.OutputSalt = 1, 0, 0 // Assign's are BLS12-377 elements
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			return nil, err
		}
		if proof, err = groth16.Prove(ccs, pk, w); err != nil {
			return nil, err
		}
		if i > 0 {
			times = append(times, time.Since(start))
		}
		pub = a
	}
	slices.Sort(times)
	r.prove = times[len(times)/2]
	pw, err := frontend.NewWitness(pub, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, err
	}
	r.verified = groth16.Verify(proof, vk, pw) == nil
	return r, nil
}
