package recursion

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/internal/devsetup"
)

// aggregationCase builds a K=2 aggregation circuit and a valid witness with
// slot 0 under model A, slot 1 under model B (or padding when inactive).
func aggregationCase(t *testing.T, secondActive bool) (*fixture, *Aggregation, *Aggregation, []InferenceProof) {
	t.Helper()
	f := getFixture(t, 2)
	slots := []InferenceProof{f.proveA(t, 7), f.proveB(t, 11)}
	blockSlots := []*InferenceProof{&slots[0], &slots[1]}
	if !secondActive {
		pad, err := Padding()
		if err != nil {
			t.Fatal(err)
		}
		slots[1], blockSlots[1] = pad, nil
	}
	block := f.proveBlock(t, "batch 1", blockSlots)
	c, err := NewAggregation(f.block.vk, 2)
	if err != nil {
		t.Fatal(err)
	}
	a, err := AssignAggregation(f.block.vk, block, slots)
	if err != nil {
		t.Fatal(err)
	}
	return f, c, a, slots
}

func solved(t *testing.T, c, a *Aggregation) error {
	t.Helper()
	return test.IsSolved(c, a, ecc.BW6_761.ScalarField())
}

func TestAggregation_TwoModelsAsWitnessKeys_Solves(t *testing.T) {
	_, c, a, _ := aggregationCase(t, true)
	if err := solved(t, c, a); err != nil {
		t.Fatal(err)
	}
}

func TestAggregation_InactiveSlotWithPadding_Solves(t *testing.T) {
	_, c, a, _ := aggregationCase(t, false)
	if err := solved(t, c, a); err != nil {
		t.Fatal(err)
	}
}

// Each tampering keeps every proof valid on its own; only the bindings of
// the aggregation circuit reject it.
func TestAggregation_TamperedWitness_Unsatisfied(t *testing.T) {
	f, c, valid, _ := aggregationCase(t, true)
	proofOf := func(p InferenceProof) Proof {
		v, err := stdgroth16.ValueOfProof[sw_bls12377.G1Affine, sw_bls12377.G2Affine](p.Proof)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	vkOf := func(p InferenceProof) VerifyingKey {
		v, err := ValueOfInferenceVK(p.VK)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		name   string
		tamper func(a *Aggregation)
	}{
		{"wrong statement in an active slot", func(a *Aggregation) {
			// A valid proof under the registered key, of another statement.
			a.Slots[0].Proof = proofOf(f.proveA(t, 8))
		}},
		{"key that does not hash to the slot's VKHash", func(a *Aggregation) {
			// Model B's key and a valid B proof of slot 0's statement (7^2+3 = 47+5).
			b := f.proveB(t, 47)
			a.Slots[0].VK, a.Slots[0].Proof = vkOf(b), proofOf(b)
		}},
		{"proof under another key", func(a *Aggregation) {
			a.Slots[0].Proof = proofOf(f.proveB(t, 47))
		}},
		{"header high half", func(a *Aggregation) {
			a.HeaderHi = new(big.Int).Add(a.HeaderHi.(*big.Int), big.NewInt(1))
		}},
		{"header low half", func(a *Aggregation) {
			a.HeaderLo = new(big.Int).Xor(a.HeaderLo.(*big.Int), big.NewInt(1<<20))
		}},
		{"header half plus the BLS12-377 modulus", func(a *Aggregation) {
			// Same value mod r, but not the 128-bit integer L1 hashes.
			a.HeaderLo = new(big.Int).Add(a.HeaderLo.(*big.Int), ecc.BLS12_377.ScalarField())
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := *valid
			a.Slots = append([]Slot(nil), valid.Slots...)
			tc.tamper(&a)
			if err := solved(t, c, &a); err == nil {
				t.Fatal("tampered witness satisfies the aggregation circuit")
			}
		})
	}
}

func TestAssignAggregation_RejectsBadInputs(t *testing.T) {
	f := getFixture(t, 2)
	pad, err := Padding()
	if err != nil {
		t.Fatal(err)
	}
	a7, b11 := f.proveA(t, 7), f.proveB(t, 11)
	block := f.proveBlock(t, "batch 2", []*InferenceProof{&a7, nil})
	other := f.proveA(t, 8)
	forged := a7
	forged.Proof = other.Proof
	for _, tc := range []struct {
		name  string
		slots []InferenceProof
		want  error
	}{
		{"statement", []InferenceProof{other, pad}, ErrSlotMismatch},
		{"key", []InferenceProof{b11, pad}, ErrSlotMismatch},
		{"proof", []InferenceProof{forged, pad}, ErrBadInnerProof},
		{"slot count", []InferenceProof{a7}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := AssignAggregation(f.block.vk, block, tc.slots)
			if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := AssignAggregation(f.block.vk, block, []InferenceProof{a7, pad}); err != nil {
		t.Fatalf("valid inputs rejected: %v", err)
	}
}

func TestNewAggregation_RejectsBlockKeyOfOtherShape(t *testing.T) {
	f := getFixture(t, 2)
	if _, err := NewAggregation(f.block.vk, 3); !errors.Is(err, ErrBlockVK) {
		t.Fatalf("K=3 circuit for a K=2 block key: %v", err)
	}
	if _, err := NewAggregation(f.infA.vk, 2); !errors.Is(err, ErrBlockVK) {
		t.Fatalf("inference key as block key: %v", err)
	}
}

// vkHashCircuit checks the in-circuit VKHash against the native one.
type vkHashCircuit struct {
	VK   VerifyingKey
	Hash frontend.Variable `gnark:",public"`
}

func (c *vkHashCircuit) Define(api frontend.API) error {
	bits, err := vkHashBits(api, &c.VK)
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.FromBinary(bits...), c.Hash)
	return nil
}

func TestVKHash_NativeMatchesCircuit(t *testing.T) {
	f := getFixture(t, 2)
	if f.vkA.Equal(&f.vkB) {
		t.Fatal("two keys, one hash")
	}
	for _, inf := range []innerKeys{f.infA, f.infB} {
		h, err := VKHash(inf.vk)
		if err != nil {
			t.Fatal(err)
		}
		var hb big.Int
		h.BigInt(&hb)
		if hb.BitLen() > VKHashBits {
			t.Fatalf("hash has %d bits", hb.BitLen())
		}
		w, err := ValueOfInferenceVK(inf.vk)
		if err != nil {
			t.Fatal(err)
		}
		c := &vkHashCircuit{VK: placeholderInferenceVK()}
		if err := test.IsSolved(c, &vkHashCircuit{VK: w, Hash: &hb}, ecc.BW6_761.ScalarField()); err != nil {
			t.Fatal(err)
		}
		if err := test.IsSolved(c, &vkHashCircuit{VK: w, Hash: new(big.Int).Add(&hb, big.NewInt(1))}, ecc.BW6_761.ScalarField()); err == nil {
			t.Fatal("wrong hash accepted")
		}
	}
}

type noCommitCircuit struct {
	Statement frontend.Variable `gnark:",public"`
	X         frontend.Variable
}

func (c *noCommitCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(c.Statement, api.Mul(c.X, c.X))
	return nil
}

func TestVKHash_RejectsOtherShapes(t *testing.T) {
	f := getFixture(t, 2)
	noCommit := setupInner(t, &noCommitCircuit{})
	for name, vk := range map[string]groth16.VerifyingKey{
		"block key (6 public inputs)": f.block.vk,
		"no commitment":               noCommit.vk,
		"BN254 key":                   groth16.NewVerifyingKey(ecc.BN254),
	} {
		if _, err := VKHash(vk); !errors.Is(err, ErrVKShape) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// The aggregation circuit has no emulated arithmetic, hence no range-check
// commitment: its proofs cost the wrap no commitment hash and no Pedersen
// proof of knowledge. A real Groth16 proof of it verifies, and the R1CS
// solver refuses a tampered witness.
func TestAggregation_NoCommitment_ProvesAndVerifies(t *testing.T) {
	_, c, a, _ := aggregationCase(t, true)
	ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ccs.GetCommitments().CommitmentIndexes()); n != 0 {
		t.Fatalf("aggregation circuit has %d commitments, want none", n)
	}
	pk, vk, _, err := devsetup.Groth16(ccs, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	proof, err := ProveAggregation(ccs, pk, a)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyAggregation(vk, proof, a.HeaderHi.(*big.Int), a.HeaderLo.(*big.Int)); err != nil {
		t.Fatal(err)
	}
	if err := VerifyAggregation(vk, proof, a.HeaderHi.(*big.Int), new(big.Int).Add(a.HeaderLo.(*big.Int), big.NewInt(1))); err == nil {
		t.Fatal("aggregation proof verifies for another header")
	}
	bad := *a
	bad.Slots = append([]Slot(nil), a.Slots...)
	bad.Inferences = append([]BlockSlot(nil), a.Inferences...)
	// VKHash_1 + r: the block proof still verifies (same value mod r), the
	// key's hash binding must not.
	bad.Inferences[1].VKHash = new(big.Int).Add(a.Inferences[1].VKHash.(*big.Int), ecc.BLS12_377.ScalarField())
	w, err := frontend.NewWitness(&bad, ecc.BW6_761.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if err := ccs.IsSolved(w); err == nil {
		t.Fatal("VKHash + r solves the aggregation circuit")
	}
	t.Logf("aggregation K=2: %d constraints", ccs.GetNbConstraints())
}
