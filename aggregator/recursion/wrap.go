package recursion

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	bw6761 "github.com/consensys/gnark-crypto/ecc/bw6-761"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bw6761 "github.com/consensys/gnark/backend/groth16/bw6-761"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bw6761"
	"github.com/consensys/gnark/std/algebra/emulated/sw_emulated"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/math/emulated"
	stdrecursion "github.com/consensys/gnark/std/recursion"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// AggregationProverOption is the option aggregation proofs must be made
// with: their commitment is hashed the way the wrap circuit does.
func AggregationProverOption() backend.ProverOption {
	return stdgroth16.GetNativeProverOptions(ecc.BN254.ScalarField(), ecc.BW6_761.ScalarField())
}

// AggregationVerifierOption verifies proofs made with AggregationProverOption.
func AggregationVerifierOption() backend.VerifierOption {
	return stdgroth16.GetNativeVerifierOptions(ecc.BN254.ScalarField(), ecc.BW6_761.ScalarField())
}

// WrapProverOption is the option wrap proofs must be made with: the
// commitment is hashed (keccak256) as gnark's Solidity verifier does.
func WrapProverOption() backend.ProverOption {
	return solidity.WithProverTargetSolidityVerifier(backend.GROTH16)
}

// WrapVerifierOption verifies proofs made with WrapProverOption.
func WrapVerifierOption() backend.VerifierOption {
	return solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)
}

// ProveAggregation proves an assignment of the aggregation circuit.
func ProveAggregation(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, a *Aggregation) (groth16.Proof, error) {
	return ProveAggregationOn(nil, ccs, pk, nil, a)
}

// VerifyAggregation verifies an aggregation proof for the header halves.
func VerifyAggregation(vk groth16.VerifyingKey, proof groth16.Proof, hi, lo *big.Int) error {
	w, err := frontend.NewWitness(&Aggregation{HeaderHi: hi, HeaderLo: lo}, ecc.BW6_761.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("aggregation public witness: %w", err)
	}
	if err := groth16.Verify(proof, vk, w, AggregationVerifierOption()); err != nil {
		return fmt.Errorf("%w: %v", ErrBadInnerProof, err)
	}
	return nil
}

// Wrap is the wrap circuit (DESIGN.md §4), a BN254 circuit that verifies an
// aggregation proof with emulated BW6-761 arithmetic under the aggregation
// verifying key, a constant of the circuit.
//
// Public inputs, in order: HeaderHi, HeaderLo, the same values as the
// aggregation proof's, each range-checked below 2^128 (the L1 verifier's
// input[0] = sha256(header) >> 128 and input[1] = its low 128 bits).
type Wrap struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`

	Proof stdgroth16.Proof[sw_bw6761.G1Affine, sw_bw6761.G2Affine]

	aggVK stdgroth16.VerifyingKey[sw_bw6761.G1Affine, sw_bw6761.G2Affine, sw_bw6761.GTEl] `gnark:"-"`
	// -α and β of the aggregation key: the Groth16 equation is checked as
	// one multi-pairing that includes e(−α, β) (see Define).
	alphaNeg sw_bw6761.G1Affine `gnark:"-"`
	beta     sw_bw6761.G2Affine `gnark:"-"`

	lever wrapLever // measurement only (constraints CSV): the zero value is the production circuit
}

// wrapLever selects a variant of the wrap circuit for the constraints CSV.
// Only the zero value is ever set up or proven.
type wrapLever struct {
	noSubgroupChk bool // skip the proof's subgroup checks (unsound: measurement only)
	pairThenEqual bool // std/recursion/groth16's check: Pair, full final exponentiation, compare with e(α, β)
}

// ErrAggregationVK is returned for a key that is not an aggregation key.
var ErrAggregationVK = errors.New("not an aggregation verifying key (BW6-761, 2 public inputs, at most 1 commitment)")

// NewWrap returns the wrap circuit, ready to compile, for aggregation
// proofs made under aggVK. The key is fixed (with precomputed pairing lines
// for its G2 points), the cheapest way to verify under one key.
func NewWrap(aggVK groth16.VerifyingKey) (*Wrap, error) {
	tvk, ok := aggVK.(*groth16_bw6761.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: got %T", ErrAggregationVK, aggVK)
	}
	if nc := len(tvk.CommitmentKeys); nc > 1 || len(tvk.G1.K) != 1+2+nc {
		return nil, fmt.Errorf("%w: %d K points, %d commitments", ErrAggregationVK, len(tvk.G1.K), nc)
	}
	fixed, err := stdgroth16.ValueOfVerifyingKeyFixed[sw_bw6761.G1Affine, sw_bw6761.G2Affine, sw_bw6761.GTEl](aggVK)
	if err != nil {
		return nil, fmt.Errorf("aggregation vk: %w", err)
	}
	var alphaNeg bw6761.G1Affine
	alphaNeg.Neg(&tvk.G1.Alpha)
	return &Wrap{
		Proof: stdgroth16.Proof[sw_bw6761.G1Affine, sw_bw6761.G2Affine]{
			Commitments: make([]pedersen.Commitment[sw_bw6761.G1Affine], len(tvk.CommitmentKeys)),
		},
		aggVK:    fixed,
		alphaNeg: sw_bw6761.NewG1Affine(alphaNeg),
		beta:     sw_bw6761.NewG2AffineFixed(tvk.G2.Beta),
	}, nil
}

// Define implements frontend.Circuit. It verifies the aggregation proof
// as std/recursion/groth16 does (the same commitment hash, the same
// subgroup checks on every proof point, the same Pedersen proof of
// knowledge), except that the Groth16 equation
//
//	e(A, B) · e(K, −γ) · e(C, −δ) = e(α, β)
//
// is checked as one multi-pairing e(A, B) · e(K, −γ) · e(C, −δ) · e(−α, β) = 1,
// whose final exponentiation is replaced by a residue check
// (sw_bw6761.PairingCheck), instead of a full final exponentiation compared
// with the constant e(α, β).
func (c *Wrap) Define(api frontend.API) error {
	f, err := emulated.NewField[sw_bw6761.ScalarField](api)
	if err != nil {
		return err
	}
	// Each half enters the emulated witness through its 128-bit
	// decomposition: range check and canonical encoding in one.
	public := []emulated.Element[sw_bw6761.ScalarField]{
		*fromBitsFull(f, api.ToBinary(c.HeaderHi, 128)),
		*fromBitsFull(f, api.ToBinary(c.HeaderLo, 128)),
	}
	if c.lever.pairThenEqual {
		v, err := stdgroth16.NewVerifier[sw_bw6761.ScalarField, sw_bw6761.G1Affine, sw_bw6761.G2Affine, sw_bw6761.GTEl](api)
		if err != nil {
			return err
		}
		var opts []stdgroth16.VerifierOption
		if !c.lever.noSubgroupChk {
			opts = append(opts, stdgroth16.WithSubgroupCheck())
		}
		return v.AssertProof(c.aggVK, c.Proof, stdgroth16.Witness[sw_bw6761.ScalarField]{Public: public}, opts...)
	}
	return c.assertProof(api, f, public)
}

// assertProof is the wrap's Groth16 verifier for the fixed aggregation key
// (at most one commitment, as NewWrap checks).
func (c *Wrap) assertProof(api frontend.API, f *emulated.Field[sw_bw6761.ScalarField], public []emulated.Element[sw_bw6761.ScalarField]) error {
	vk, proof := &c.aggVK, &c.Proof
	if len(vk.CommitmentKeys) != len(proof.Commitments) || len(vk.CommitmentKeys) > 1 ||
		len(vk.PublicAndCommitmentCommitted) != len(vk.CommitmentKeys) || len(vk.G1.K) != 1+len(public)+len(vk.CommitmentKeys) {
		return fmt.Errorf("%w: %d commitments, %d K points", ErrAggregationVK, len(proof.Commitments), len(vk.G1.K))
	}
	curve, err := sw_emulated.New[sw_bw6761.BaseField, sw_bw6761.ScalarField](api, sw_emulated.GetBW6761Params())
	if err != nil {
		return err
	}
	pairing, err := sw_bw6761.NewPairing(api)
	if err != nil {
		return err
	}
	if !c.lever.noSubgroupChk {
		pairing.AssertIsOnG1(&proof.Ar)
		pairing.AssertIsOnG1(&proof.Krs)
		pairing.AssertIsOnG2(&proof.Bs)
	}

	points := make([]*sw_bw6761.G1Affine, 0, len(vk.G1.K)-1)
	scalars := make([]*emulated.Element[sw_bw6761.ScalarField], 0, len(vk.G1.K)-1)
	for i := range public {
		points = append(points, &vk.G1.K[1+i])
		scalars = append(scalars, &public[i])
	}
	if len(vk.CommitmentKeys) == 1 {
		// The commitment's public input: the hash of the commitment and of
		// the public inputs it covers, as gnark's prover derives it under
		// AggregationProverOption (BN254 Fr hash, read as a BW6-761 scalar).
		var fr sw_bw6761.ScalarField
		h, err := stdrecursion.NewHash(api, fr.Modulus(), true)
		if err != nil {
			return err
		}
		h.Write(curve.MarshalG1(proof.Commitments[0].G1El)...)
		for _, j := range vk.PublicAndCommitmentCommitted[0] {
			h.Write(curve.MarshalScalar(public[j-1])...)
		}
		points = append(points, &vk.G1.K[1+len(public)])
		scalars = append(scalars, f.FromBits(api.ToBinary(h.Sum())...))

		pedersenV, err := pedersen.NewVerifier[sw_bw6761.ScalarField, sw_bw6761.G1Affine, sw_bw6761.G2Affine, sw_bw6761.GTEl](api)
		if err != nil {
			return err
		}
		var opts []pedersen.VerifierOption
		if !c.lever.noSubgroupChk {
			opts = append(opts, pedersen.WithSubgroupCheck())
		}
		if err := pedersenV.AssertCommitment(proof.Commitments[0], proof.CommitmentPok, vk.CommitmentKeys[0], opts...); err != nil {
			return fmt.Errorf("aggregation proof commitment: %w", err)
		}
	}
	kSum, err := curve.MultiScalarMul(points, scalars)
	if err != nil {
		return fmt.Errorf("public inputs: %w", err)
	}
	kSum = curve.Add(kSum, &vk.G1.K[0])
	for i := range proof.Commitments {
		kSum = curve.AddUnified(kSum, &proof.Commitments[i].G1El)
	}
	return pairing.PairingCheck(
		[]*sw_bw6761.G1Affine{&proof.Ar, kSum, &proof.Krs, &c.alphaNeg},
		[]*sw_bw6761.G2Affine{&proof.Bs, &vk.G2.GammaNeg, &vk.G2.DeltaNeg, &c.beta},
	)
}

// AssignWrap returns the wrap witness for an aggregation proof of the
// header halves, after verifying it natively under aggVK.
func AssignWrap(aggVK groth16.VerifyingKey, aggProof groth16.Proof, hi, lo *big.Int) (*Wrap, error) {
	if hi.Sign() < 0 || lo.Sign() < 0 || hi.Cmp(two128) >= 0 || lo.Cmp(two128) >= 0 {
		return nil, ErrHeaderRange
	}
	if err := VerifyAggregation(aggVK, aggProof, hi, lo); err != nil {
		return nil, err
	}
	p, err := stdgroth16.ValueOfProof[sw_bw6761.G1Affine, sw_bw6761.G2Affine](aggProof)
	if err != nil {
		return nil, fmt.Errorf("aggregation proof: %w", err)
	}
	return &Wrap{HeaderHi: hi, HeaderLo: lo, Proof: p}, nil
}

// ProveWrap proves an assignment of the wrap circuit for the Solidity
// verifier.
func ProveWrap(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, a *Wrap) (groth16.Proof, error) {
	return ProveWrapOn(nil, ccs, pk, nil, a)
}

// VerifyWrap verifies a wrap proof for the header halves as the exported
// Solidity verifier does.
func VerifyWrap(vk groth16.VerifyingKey, proof groth16.Proof, hi, lo *big.Int) error {
	w, err := frontend.NewWitness(&Wrap{HeaderHi: hi, HeaderLo: lo}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("wrap public witness: %w", err)
	}
	if err := groth16.Verify(proof, vk, w, WrapVerifierOption()); err != nil {
		return fmt.Errorf("%w: %v", ErrBadInnerProof, err)
	}
	return nil
}

// fromBitsFull is f.FromBits with every limb of the element present (the
// high ones constant zero). gnark's in-circuit verifier marshals public
// inputs that the inner commitment covers limb by limb and assumes
// full-width elements: a 128-bit FromBits element makes it panic.
func fromBitsFull[T emulated.FieldParams](f *emulated.Field[T], bits []frontend.Variable) *emulated.Element[T] {
	var p T
	full := make([]frontend.Variable, p.NbLimbs()*p.BitsPerLimb())
	for i := range full {
		if i < len(bits) {
			full[i] = bits[i]
		} else {
			full[i] = 0
		}
	}
	return f.FromBits(full...)
}
