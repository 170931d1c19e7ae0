// Package devsetup is the Groth16 dev setup (single party: UNSAFE outside
// development) of every circuit Nexus proves: gnark's setup, computed with
// comb tables of the generators instead of double-and-add (10-13x fewer
// field operations per point; see internal/devsetup/bn254/comb.go). The
// keys are gnark's own types, proven and verified by gnark.
package devsetup

import (
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	csbls12377 "github.com/consensys/gnark/constraint/bls12-377"
	csbn254 "github.com/consensys/gnark/constraint/bn254"
	csbw6761 "github.com/consensys/gnark/constraint/bw6-761"

	"github.com/nexus-rollup/nexus/internal/devsetup/bls12377"
	"github.com/nexus-rollup/nexus/internal/devsetup/bn254"
	"github.com/nexus-rollup/nexus/internal/devsetup/bw6761"
	"github.com/nexus-rollup/nexus/internal/devsetup/work"
)

// Progress counts a setup's work.
type Progress = work.Progress

// Groth16 runs a dev setup of ccs: the comb setup for R1CS on BN254,
// BLS12-377 and BW6-761, gnark's groth16.Setup otherwise. progress may be
// nil.
func Groth16(ccs constraint.ConstraintSystem, progress *Progress) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	switch r := ccs.(type) {
	case *csbn254.R1CS:
		pk, vk, err := bn254.Setup(r, progress)
		if err != nil {
			return nil, nil, err
		}
		return pk, vk, nil
	case *csbls12377.R1CS:
		pk, vk, err := bls12377.Setup(r, progress)
		if err != nil {
			return nil, nil, err
		}
		return pk, vk, nil
	case *csbw6761.R1CS:
		pk, vk, err := bw6761.Setup(r, progress)
		if err != nil {
			return nil, nil, err
		}
		return pk, vk, nil
	}
	return groth16.Setup(ccs)
}
