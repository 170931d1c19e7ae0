package recursion

import (
	"errors"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	fr_bw6761 "github.com/consensys/gnark-crypto/ecc/bw6-761/fr"
	poseidon2_bw6761 "github.com/consensys/gnark-crypto/ecc/bw6-761/fr/poseidon2"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bls12377 "github.com/consensys/gnark/backend/groth16/bls12-377"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/fields_bls12377"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/hash/poseidon2"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// VKHashBits is the width of a VK hash: it fits a BLS12-377 scalar (and a
// BN254 one), so the block circuit, the registries and L1 hold it as is.
const VKHashBits = 248

// The shape every inference verifying key must have for the aggregation
// circuit (prover/circuit's models all have it): one public input (the
// statement), one commitment (std/rangecheck) that commits no public input.
const (
	inferencePublic      = 1
	inferenceCommitments = 1
)

// ErrVKShape is returned for a verifying key the aggregation circuit cannot
// take as an inference key.
var ErrVKShape = errors.New("verifying key is not of the inference shape (BLS12-377, 1 public input, 1 commitment over no public input)")

// VKHash is the hash of an inference verifying key that the model registry
// stores (on L1 and L2), the block circuit exposes per inference slot and the
// aggregation circuit recomputes from the witness key of that slot.
//
// Definition: the verifying key must be a BLS12-377 Groth16 key with one
// public input and one commitment that commits no public input (ErrVKShape
// otherwise). Let E = e(α, β) in GT and, in this order, the 34 coordinates
// (BLS12-377 base-field elements, i.e. BW6-761 scalars, canonical; the point
// at infinity is (0, 0)):
//
//	E.C0.B0.A0, E.C0.B0.A1, E.C0.B1.A0, … , E.C1.B2.A1   (12, gnark-crypto E12 order)
//	K[0].X, K[0].Y, K[1].X, K[1].Y, K[2].X, K[2].Y          (6; K[2] is the commitment's)
//	(−γ).X.A0, (−γ).X.A1, (−γ).Y.A0, (−γ).Y.A1              (4)
//	(−δ).X.A0, (−δ).X.A1, (−δ).Y.A0, (−δ).Y.A1              (4)
//	G.X.A0, G.X.A1, G.Y.A0, G.Y.A1                          (4, commitment key G)
//	Gσ.X.A0, Gσ.X.A1, Gσ.Y.A0, Gσ.Y.A1                      (4, commitment key GSigmaNeg)
//
// h = Poseidon2 Merkle–Damgård hash over BW6-761 Fr (gnark-crypto
// bw6-761/fr/poseidon2.NewMerkleDamgardHasher: width 2, 6 full and 50
// partial rounds, zero IV, one element per block), and VKHash = h mod 2^248,
// returned as a BLS12-377 scalar. These are exactly the values the
// in-circuit verifier uses (it never sees α, β, γ, δ themselves), so two keys
// with the same hash verify the same proofs.
func VKHash(vk groth16.VerifyingKey) (fr.Element, error) {
	w, err := ValueOfInferenceVK(vk)
	if err != nil {
		return fr.Element{}, err
	}
	h := poseidon2_bw6761.NewMerkleDamgardHasher()
	for i, v := range vkElements(&w) {
		e, ok := v.(fr_bw6761.Element)
		if !ok {
			return fr.Element{}, fmt.Errorf("vk coordinate %d: unexpected %T", i, v)
		}
		b := e.Bytes()
		if _, err := h.Write(b[:]); err != nil {
			return fr.Element{}, fmt.Errorf("hash vk: %w", err)
		}
	}
	sum := h.Sum(nil) // big-endian BW6-761 scalar
	var out fr.Element
	out.SetBytes(sum[len(sum)-VKHashBits/8:])
	return out, nil
}

// ValueOfInferenceVK is the aggregation-circuit witness of an inference
// verifying key, after checking its shape.
func ValueOfInferenceVK(vk groth16.VerifyingKey) (VerifyingKey, error) {
	tvk, ok := vk.(*groth16_bls12377.VerifyingKey)
	if !ok {
		return VerifyingKey{}, fmt.Errorf("%w: got %T", ErrVKShape, vk)
	}
	if len(tvk.G1.K) != 1+inferencePublic+inferenceCommitments || len(tvk.CommitmentKeys) != inferenceCommitments ||
		len(tvk.PublicAndCommitmentCommitted) != inferenceCommitments || len(tvk.PublicAndCommitmentCommitted[0]) != 0 {
		return VerifyingKey{}, fmt.Errorf("%w: %d K points, %d commitment keys, committed publics %v",
			ErrVKShape, len(tvk.G1.K), len(tvk.CommitmentKeys), tvk.PublicAndCommitmentCommitted)
	}
	w, err := stdgroth16.ValueOfVerifyingKey[sw_bls12377.G1Affine, sw_bls12377.G2Affine, sw_bls12377.GT](vk)
	if err != nil {
		return VerifyingKey{}, fmt.Errorf("inference vk: %w", err)
	}
	return w, nil
}

// placeholderInferenceVK allocates an inference verifying key witness.
func placeholderInferenceVK() VerifyingKey {
	return VerifyingKey{
		G1:                           struct{ K []sw_bls12377.G1Affine }{K: make([]sw_bls12377.G1Affine, 1+inferencePublic+inferenceCommitments)},
		CommitmentKeys:               make([]pedersen.VerifyingKey[sw_bls12377.G2Affine], inferenceCommitments),
		PublicAndCommitmentCommitted: [][]int{{}},
	}
}

// vkElements lists vk's coordinates in VKHash order. The same list feeds
// the native hash (values) and the in-circuit one (variables).
func vkElements(vk *VerifyingKey) []frontend.Variable {
	var out []frontend.Variable
	e2 := func(e fields_bls12377.E2) { out = append(out, e.A0, e.A1) }
	e6 := func(e fields_bls12377.E6) { e2(e.B0); e2(e.B1); e2(e.B2) }
	g2 := func(p *sw_bls12377.G2Affine) { e2(p.P.X); e2(p.P.Y) }
	e6(vk.E.C0)
	e6(vk.E.C1)
	for _, k := range vk.G1.K {
		out = append(out, k.X, k.Y)
	}
	g2(&vk.G2.GammaNeg)
	g2(&vk.G2.DeltaNeg)
	for i := range vk.CommitmentKeys {
		g2(&vk.CommitmentKeys[i].G)
		g2(&vk.CommitmentKeys[i].GSigmaNeg)
	}
	return slices.Clip(out)
}

// vkHashBits computes VKHash in-circuit and returns its 248 low bits (little
// endian). The full hash is decomposed canonically (api.ToBinary at the
// field's bit length checks the bits are below the modulus), so the bits are
// those of the native hash.
func vkHashBits(api frontend.API, vk *VerifyingKey) ([]frontend.Variable, error) {
	h, err := poseidon2.New(api)
	if err != nil {
		return nil, fmt.Errorf("vk hash: %w", err)
	}
	h.Write(vkElements(vk)...)
	bits := api.ToBinary(h.Sum())
	return bits[:VKHashBits], nil
}
