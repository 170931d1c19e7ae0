// Package recursiontest holds fixtures with the recursion circuits' shapes
// for tests outside aggregator/recursion: a real wrap setup takes most of an
// hour, a circuit of the same shape a second.
package recursiontest

import (
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/internal/devsetup"
	"github.com/nexus-rollup/nexus/l1/verifier"
)

// StandInWrap has the wrap circuit's public inputs (the header hash's two
// halves) and one range-check commitment, so its verifying key has the wrap
// key's shape and links into contracts/src/Verifier.sol.
type StandInWrap struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`
	X                  frontend.Variable
}

// Define implements frontend.Circuit: X = HeaderHi * HeaderLo, X < 2^16.
func (c *StandInWrap) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.X, 16)
	api.AssertIsEqual(api.Mul(c.HeaderHi, c.HeaderLo), c.X)
	return nil
}

// WrapShapedProof sets StandInWrap up (fresh keys on every call) and proves
// HeaderHi = 100, HeaderLo = 200. It returns the verifying key and the proof
// in the Solidity verifier's encoding.
func WrapShapedProof() (groth16.VerifyingKey, []byte, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &StandInWrap{})
	if err != nil {
		return nil, nil, err
	}
	// The dev setup, as the wrap's: its commitment point G is [δ]₂, which
	// the Solidity verifier requires (gnark's groth16.Setup draws G).
	pk, vk, _, err := devsetup.Groth16(ccs, nil, "")
	if err != nil {
		return nil, nil, err
	}
	w, err := frontend.NewWitness(&StandInWrap{HeaderHi: 100, HeaderLo: 200, X: 20000}, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, err
	}
	proof, err := groth16.Prove(ccs, pk, w, recursion.WrapProverOption())
	if err != nil {
		return nil, nil, err
	}
	b, err := verifier.SolidityProof(proof)
	if err != nil {
		return nil, nil, err
	}
	return vk, b, nil
}
