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
// nil. With a checkpoint directory the comb setup keeps its stages there,
// toxic waste included, and an interrupted setup resumes from them
// (resumed counts the stages read back); the caller removes the directory
// once the keys are saved.
func Groth16(ccs constraint.ConstraintSystem, progress *Progress, checkpointDir string) (pk groth16.ProvingKey, vk groth16.VerifyingKey, resumed int, err error) {
	switch r := ccs.(type) {
	case *csbn254.R1CS:
		p, v, n, err := bn254.Setup(r, progress, checkpointDir)
		if err != nil {
			return nil, nil, n, err
		}
		return p, v, n, nil
	case *csbls12377.R1CS:
		p, v, n, err := bls12377.Setup(r, progress, checkpointDir)
		if err != nil {
			return nil, nil, n, err
		}
		return p, v, n, nil
	case *csbw6761.R1CS:
		p, v, n, err := bw6761.Setup(r, progress, checkpointDir)
		if err != nil {
			return nil, nil, n, err
		}
		return p, v, n, nil
	}
	pk, vk, err = groth16.Setup(ccs)
	return pk, vk, 0, err
}
