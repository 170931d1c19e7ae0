package recursion

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/nexus-rollup/nexus/gpu"
)

// AggregationOpts are the prover and verifier options of aggregation proofs.
func AggregationOpts() gpu.Opts {
	return gpu.Opts{Prover: []backend.ProverOption{AggregationProverOption()},
		Verifier: []backend.VerifierOption{AggregationVerifierOption()}}
}

// WrapOpts are the prover and verifier options of wrap proofs.
func WrapOpts() gpu.Opts {
	return gpu.Opts{Prover: []backend.ProverOption{WrapProverOption()},
		Verifier: []backend.VerifierOption{WrapVerifierOption()}}
}

// ProveAggregationOn is ProveAggregation on prover p (nil: the CPU); a GPU
// proof is verified under vk before it is returned.
func ProveAggregationOn(p *gpu.Prover, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, a *Aggregation) (groth16.Proof, error) {
	w, err := frontend.NewWitness(a, ecc.BW6_761.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("aggregation witness: %w", err)
	}
	proof, err := p.Prove(ccs, pk, vk, w, AggregationOpts())
	if err != nil {
		return nil, fmt.Errorf("prove aggregation: %w", err)
	}
	return proof, nil
}

// ProveWrapOn is ProveWrap on prover p (nil: the CPU); a GPU proof is
// verified under vk before it is returned.
func ProveWrapOn(p *gpu.Prover, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, a *Wrap) (groth16.Proof, error) {
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("wrap witness: %w", err)
	}
	proof, err := p.Prove(ccs, pk, vk, w, WrapOpts())
	if err != nil {
		return nil, fmt.Errorf("prove wrap: %w", err)
	}
	return proof, nil
}
