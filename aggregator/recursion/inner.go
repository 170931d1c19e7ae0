package recursion

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/math/bits"
	stdrecursion "github.com/consensys/gnark/std/recursion"
)

// innerVerifier checks BLS12-377 Groth16 proofs (with at most one BSB22
// commitment) inside a BW6-761 circuit with native scalars. It checks what
// std/recursion/groth16 checks, with the same commitment hash (so inner
// proofs are made with InnerProverOption), but takes each public input as a
// native variable: no emulated field, hence no range-check commitment in
// the circuit that uses it.
type innerVerifier struct {
	api      frontend.API
	pairing  *sw_bls12377.Pairing
	subgroup bool
}

func newInnerVerifier(api frontend.API, subgroup bool) *innerVerifier {
	return &innerVerifier{api: api, pairing: sw_bls12377.NewPairing(api), subgroup: subgroup}
}

// assertProof asserts that proof verifies under vk for the public inputs.
// A public input s acts as s mod r (r the BLS12-377 scalar modulus) and
// must be below 2^253 (the scalar multiplications' decompositions bound
// it); callers that compare public inputs as integers bound them
// themselves.
func (v *innerVerifier) assertProof(vk *VerifyingKey, proof *Proof, public []frontend.Variable) error {
	api := v.api
	nc := len(vk.CommitmentKeys)
	switch {
	case nc > 1 || len(proof.Commitments) != nc || len(vk.PublicAndCommitmentCommitted) != nc:
		return fmt.Errorf("%d commitments, %d commitment keys: want at most one", len(proof.Commitments), nc)
	case len(vk.G1.K) != 1+len(public)+nc:
		return fmt.Errorf("%d public inputs for a key with %d K points", len(public), len(vk.G1.K))
	}

	if v.subgroup {
		v.pairing.AssertIsOnG1(&proof.Ar)
		v.pairing.AssertIsOnG1(&proof.Krs)
		v.pairing.AssertIsOnG2(&proof.Bs)
	}

	// kSum = K₀ + Σ sᵢ·Kᵢ (+ h·K_c + D, the commitment's public input and
	// the commitment itself).
	kSum := vk.G1.K[0]
	for i, s := range public {
		var t sw_bls12377.G1Affine
		t.ScalarMul(api, vk.G1.K[1+i], s)
		kSum.AddUnified(api, t)
	}
	if nc == 1 {
		d, pok, ck := &proof.Commitments[0].G1El, &proof.CommitmentPok.G1El, &vk.CommitmentKeys[0]
		if v.subgroup {
			v.pairing.AssertIsOnG1(d)
			v.pairing.AssertIsOnG1(pok)
		}
		// The commitment's Pedersen proof of knowledge:
		// e(D, −σG) · e(PoK, G) = 1.
		if err := v.pairing.PairingCheck([]*sw_bls12377.G1Affine{d, pok}, []*sw_bls12377.G2Affine{&ck.GSigmaNeg, &ck.G}); err != nil {
			return fmt.Errorf("commitment: %w", err)
		}
		// h = hash(D ‖ committed public inputs), gnark's short hash into
		// BLS12-377 Fr (248 bits), as InnerProverOption makes the prover
		// derive it.
		h, err := stdrecursion.NewHash(api, ecc.BLS12_377.ScalarField(), true)
		if err != nil {
			return fmt.Errorf("commitment hash: %w", err)
		}
		h.Write(marshalG1(api, d)...)
		for _, j := range vk.PublicAndCommitmentCommitted[0] {
			if j < 1 || j > len(public) {
				return fmt.Errorf("commitment covers public input %d of %d", j, len(public))
			}
			h.Write(marshalScalar(api, public[j-1])...)
		}
		var t sw_bls12377.G1Affine
		t.ScalarMul(api, vk.G1.K[1+len(public)], h.Sum())
		kSum.AddUnified(api, t)
		kSum.AddUnified(api, *d)
	}

	// e(kSum, −γ) · e(C, −δ) · e(A, B) = e(α, β)
	e, err := v.pairing.Pair([]*sw_bls12377.G1Affine{&kSum, &proof.Krs, &proof.Ar},
		[]*sw_bls12377.G2Affine{&vk.G2.GammaNeg, &vk.G2.DeltaNeg, &proof.Bs})
	if err != nil {
		return fmt.Errorf("pairing: %w", err)
	}
	v.pairing.AssertIsEqual(e, &vk.E)
	return nil
}

// marshalG1 is a point's bytes as gnark-crypto's uncompressed encoding
// (X ‖ Y, 48 bytes each, big endian; the infinity flag on (0, 0)), as bits,
// most significant first: what the native prover hashes. The decomposition
// is canonical (checked below the modulus), so a prover has one encoding of
// a commitment, hence one challenge.
func marshalG1(api frontend.API, p *sw_bls12377.G1Affine) []frontend.Variable {
	const nbBits = 8 * 48
	x := bits.ToBinary(api, p.X, bits.WithNbDigits(nbBits))
	y := bits.ToBinary(api, p.Y, bits.WithNbDigits(nbBits))
	res := make([]frontend.Variable, 2*nbBits)
	for i := 0; i < nbBits; i++ {
		res[i] = x[nbBits-1-i]
		res[i+nbBits] = y[nbBits-1-i]
	}
	res[1] = api.Mul(api.IsZero(p.X), api.IsZero(p.Y))
	return res
}

// marshalScalar is a BLS12-377 scalar's 32 bytes, big endian, as bits, most
// significant first.
func marshalScalar(api frontend.API, s frontend.Variable) []frontend.Variable {
	const nbBits = 8 * 32
	b := bits.ToBinary(api, s, bits.WithNbDigits(nbBits))
	res := make([]frontend.Variable, nbBits)
	for i := range res {
		res[i] = b[nbBits-1-i]
	}
	return res
}
