package recursion

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/backend/groth16"
	groth16_bls12377 "github.com/consensys/gnark/backend/groth16/bls12-377"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/commitments/pedersen"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// Types of BLS12-377 proofs inside the BW6-761 aggregation circuit.
// BLS12-377's base field is BW6-761's scalar field, so points are native;
// BLS12-377 scalars (the inner proofs' public inputs) are native variables
// too: every one is below 2^254, far below BW6-761's 377-bit modulus, and a
// scalar multiplication by a native variable s is a multiplication by
// s mod r, the inner verifier's value. No emulated arithmetic is left, so
// the circuit needs no range-check commitment, and the wrap verifies an
// aggregation proof without a commitment.
type (
	// VerifyingKey is a BLS12-377 Groth16 verifying key as a witness (or a
	// constant, for the block key): every coordinate is a native variable.
	VerifyingKey = stdgroth16.VerifyingKey[sw_bls12377.G1Affine, sw_bls12377.G2Affine, sw_bls12377.GT]
	// Proof is a BLS12-377 Groth16 proof as a witness.
	Proof = stdgroth16.Proof[sw_bls12377.G1Affine, sw_bls12377.G2Affine]
)

// BlockSlot is one inference slot of the block proof's public inputs.
type BlockSlot struct {
	Statement, VKHash frontend.Variable
}

// Slot is the inference proof of one slot. In an active slot (VKHash != 0
// in the block's public inputs) VK must hash to the slot's VKHash and Proof
// must prove the slot's Statement under VK. An inactive slot carries any
// valid proof (see Padding) of PaddingStatement under any key of the
// inference shape.
type Slot struct {
	VK               VerifyingKey
	Proof            Proof
	PaddingStatement frontend.Variable
}

// Aggregation is the aggregation circuit (DESIGN.md §4), a BW6-761 circuit
// that verifies a block proof and one inference proof per slot.
//
// Public inputs, in order: HeaderHi, HeaderLo (the halves of the batch
// header's SHA-256, each below 2^128). The block proof is verified against
// the public inputs (HeaderHi, HeaderLo, Statement_0, VKHash_0, …,
// Statement_{K-1}, VKHash_{K-1}) under the block verifying key, which is a
// constant of the circuit; the inference keys are witnesses bound to the
// block's VKHash_k by VKHash.
type Aggregation struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`

	BlockProof Proof
	Inferences []BlockSlot
	Slots      []Slot

	blockVK       VerifyingKey `gnark:"-"` // fixed: baked into the circuit
	noSubgroupChk bool         // measurement only: skip proof subgroup checks
}

// ErrBlockVK is returned for a block verifying key that does not match the
// block public-input layout for the requested number of slots.
var ErrBlockVK = errors.New("block verifying key does not fit the block public-input layout")

// NewAggregation returns the aggregation circuit, ready to compile, for k
// inference slots and block proofs made under blockVK (a BLS12-377 Groth16
// key with 2+2k public inputs and at most one commitment, which may cover
// public inputs).
func NewAggregation(blockVK groth16.VerifyingKey, k int) (*Aggregation, error) {
	if k < 1 {
		return nil, fmt.Errorf("aggregation: need at least one inference slot, got %d", k)
	}
	tvk, ok := blockVK.(*groth16_bls12377.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: got %T, want a BLS12-377 key", ErrBlockVK, blockVK)
	}
	if nc := len(tvk.CommitmentKeys); nc > 1 || len(tvk.G1.K) != 1+2+2*k+nc {
		return nil, fmt.Errorf("%w: %d K points and %d commitments, want %d public inputs and at most 1 commitment",
			ErrBlockVK, len(tvk.G1.K), nc, 2+2*k)
	}
	fixed, err := stdgroth16.ValueOfVerifyingKeyFixed[sw_bls12377.G1Affine, sw_bls12377.G2Affine, sw_bls12377.GT](blockVK)
	if err != nil {
		return nil, fmt.Errorf("block vk: %w", err)
	}
	c := &Aggregation{
		BlockProof: placeholderProof(len(tvk.CommitmentKeys)),
		Inferences: make([]BlockSlot, k),
		Slots:      make([]Slot, k),
		blockVK:    fixed,
	}
	for i := range c.Slots {
		c.Slots[i] = Slot{VK: placeholderInferenceVK(), Proof: placeholderProof(inferenceCommitments)}
	}
	return c, nil
}

func placeholderProof(commitments int) Proof {
	return Proof{Commitments: make([]pedersen.Commitment[sw_bls12377.G1Affine], commitments)}
}

// Define implements frontend.Circuit.
func (c *Aggregation) Define(api frontend.API) error {
	if len(c.Slots) != len(c.Inferences) || len(c.Slots) == 0 {
		return fmt.Errorf("aggregation: %d slots for %d block inference slots", len(c.Slots), len(c.Inferences))
	}
	v := newInnerVerifier(api, !c.noSubgroupChk)

	// The header halves are below 2^128: the public inputs of the
	// aggregation proof and of the block proof are the same integers.
	api.ToBinary(c.HeaderHi, 128)
	api.ToBinary(c.HeaderLo, 128)
	block := []frontend.Variable{c.HeaderHi, c.HeaderLo}
	for k := range c.Inferences {
		block = append(block, c.Inferences[k].Statement, c.Inferences[k].VKHash)
	}
	if err := v.assertProof(&c.blockVK, &c.BlockProof, block); err != nil {
		return fmt.Errorf("block proof: %w", err)
	}

	for k := range c.Slots {
		s, inf := &c.Slots[k], &c.Inferences[k]
		// Active: the key's hash is the block's VKHash_k. Inactive: no
		// binding (the block's VKHash_k is 0 and the key is the padding's).
		// The hash is below 2^248 < r, so a VKHash_k of r (0 to the block
		// proof) cannot pass as active: active holds exactly when the block
		// proof's VKHash_k is not 0.
		active := api.Sub(1, api.IsZero(inf.VKHash))
		bits, err := vkHashBits(api, &s.VK)
		if err != nil {
			return err
		}
		h := api.FromBinary(bits...)
		api.AssertIsEqual(api.Select(active, h, inf.VKHash), inf.VKHash)
		// The proof's only public input is the block's Statement_k when the
		// slot is active, the padding statement otherwise.
		st := api.Select(active, inf.Statement, s.PaddingStatement)
		if err := v.assertProof(&s.VK, &s.Proof, []frontend.Variable{st}); err != nil {
			return fmt.Errorf("inference proof %d: %w", k, err)
		}
	}
	return nil
}
