package block

import (
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/nexus-rollup/nexus/gpu"
	"github.com/nexus-rollup/nexus/internal/keycache"
)

// Setup compiles the block circuit for p and loads its keys from cacheDir
// (verified against their manifest), or creates them with a dev setup when
// create is set. Progress goes to log.
func Setup(p Params, cacheDir string, log io.Writer, create bool) (*keycache.Keys, error) {
	if log == nil {
		log = io.Discard
	}
	if !create && !keycache.Named(cacheDir, p.String()) {
		return nil, keycache.MissingError(cacheDir, p.String())
	}
	c, err := New(p)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	fmt.Fprintf(log, "setup: compiling %s\n", p)
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("compile %s: %w", p, err)
	}
	fmt.Fprintf(log, "setup: %s compiled in %s: %d constraints\n", p, time.Since(start).Round(time.Millisecond),
		ccs.GetNbConstraints())
	spec := keycache.Spec{Name: p.String(), MsPerConstraint: 0.1, Extra: map[string]string{
		"slots": fmt.Sprint(p.Slots), "chunks": fmt.Sprint(p.Chunks), "inferences": fmt.Sprint(p.Inferences),
		"depths":            fmt.Sprintf("%d/%d/%d/%d", p.State.AccountDepth, p.State.TokenDepth, p.State.JobDepth, p.State.ModelDepth),
		"max_lock_duration": fmt.Sprint(p.MaxLockDuration)}}
	return keycache.Setup(spec, ccs, cacheDir, log, create)
}

// Prove proves a batch's assignment with the hash-to-field options the
// aggregation circuit's verifier expects (DESIGN.md §4) and checks the
// proof before returning it with its public witness.
func Prove(k *keycache.Keys, assignment *Circuit) (groth16.Proof, witness.Witness, error) {
	return ProveOn(nil, k, assignment)
}

// ProveOn is Prove on prover p (nil: the CPU).
func ProveOn(p *gpu.Prover, k *keycache.Keys, assignment *Circuit) (groth16.Proof, witness.Witness, error) {
	w, err := frontend.NewWitness(assignment, ecc.BLS12_377.ScalarField())
	if err != nil {
		return nil, nil, fmt.Errorf("block witness: %w", err)
	}
	proof, err := p.Prove(k.CCS, k.PK, k.VK, w, gpu.Opts{
		Prover:   []backend.ProverOption{stdgroth16.GetNativeProverOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())},
		Verifier: []backend.VerifierOption{stdgroth16.GetNativeVerifierOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("block proof: %w", err)
	}
	pub, err := w.Public()
	if err != nil {
		return nil, nil, err
	}
	if err := Verify(k.VK, proof, pub); err != nil {
		return nil, nil, fmt.Errorf("block proof does not verify: %w", err)
	}
	return proof, pub, nil
}

// Verify checks a block proof against its public witness.
func Verify(vk groth16.VerifyingKey, proof groth16.Proof, public witness.Witness) error {
	return groth16.Verify(proof, vk, public,
		stdgroth16.GetNativeVerifierOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField()))
}
