package recursion

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/rangecheck"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// InnerProverOption is the option block and inference proofs must be made
// with: their commitment is hashed the way the aggregation circuit does.
func InnerProverOption() backend.ProverOption {
	return stdgroth16.GetNativeProverOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())
}

// InnerVerifierOption verifies proofs made with InnerProverOption.
func InnerVerifierOption() backend.VerifierOption {
	return stdgroth16.GetNativeVerifierOptions(ecc.BW6_761.ScalarField(), ecc.BLS12_377.ScalarField())
}

// BlockProof is a block proof and its public inputs in block order:
// HeaderHi, HeaderLo, then Statement_k, VKHash_k for each slot k.
type BlockProof struct {
	Proof  groth16.Proof
	Public []fr.Element
}

// InferenceProof is the proof of one slot: a proof of Statement under VK.
type InferenceProof struct {
	VK        groth16.VerifyingKey
	Proof     groth16.Proof
	Statement fr.Element
}

// Errors of AssignAggregation; the circuit would be unsatisfiable.
var (
	ErrBadInnerProof = errors.New("inner proof does not verify")
	ErrSlotMismatch  = errors.New("inference proof does not match its block slot")
	ErrHeaderRange   = errors.New("header half is not below 2^128")
)

var two128 = new(big.Int).Lsh(big.NewInt(1), 128)

// AssignAggregation returns the aggregation witness for a block proof made
// under blockVK and one inference proof per slot (Padding for inactive
// slots). Every proof and binding is checked natively first, so a bad input
// is reported here rather than as an unsatisfiable circuit.
func AssignAggregation(blockVK groth16.VerifyingKey, block BlockProof, slots []InferenceProof) (*Aggregation, error) {
	k := len(slots)
	if len(block.Public) != 2+2*k {
		return nil, fmt.Errorf("aggregation: block has %d public inputs, want %d for %d slots", len(block.Public), 2+2*k, k)
	}
	var hi, lo big.Int
	block.Public[0].BigInt(&hi)
	block.Public[1].BigInt(&lo)
	if hi.Cmp(two128) >= 0 || lo.Cmp(two128) >= 0 {
		return nil, ErrHeaderRange
	}
	if err := verifyInner(blockVK, block.Proof, block.Public); err != nil {
		return nil, fmt.Errorf("block proof: %w", err)
	}
	bp, err := stdgroth16.ValueOfProof[sw_bls12377.G1Affine, sw_bls12377.G2Affine](block.Proof)
	if err != nil {
		return nil, fmt.Errorf("block proof: %w", err)
	}
	a := &Aggregation{HeaderHi: &hi, HeaderLo: &lo, BlockProof: bp,
		Inferences: make([]BlockSlot, k), Slots: make([]Slot, k)}
	for i, s := range slots {
		st, vh := block.Public[2+2*i], block.Public[3+2*i]
		a.Inferences[i] = BlockSlot{Statement: st.BigInt(new(big.Int)), VKHash: vh.BigInt(new(big.Int))}
		if s.VK == nil || s.Proof == nil {
			return nil, fmt.Errorf("slot %d: %w: missing key or proof", i, ErrSlotMismatch)
		}
		if !vh.IsZero() {
			h, err := VKHash(s.VK)
			if err != nil {
				return nil, fmt.Errorf("slot %d: %w", i, err)
			}
			if !h.Equal(&vh) {
				return nil, fmt.Errorf("slot %d: %w: key hash %s, block has %s", i, ErrSlotMismatch, h.String(), vh.String())
			}
			if !s.Statement.Equal(&st) {
				return nil, fmt.Errorf("slot %d: %w: statement %s, block has %s", i, ErrSlotMismatch, s.Statement.String(), st.String())
			}
		}
		if err := verifyInner(s.VK, s.Proof, []fr.Element{s.Statement}); err != nil {
			return nil, fmt.Errorf("slot %d: %w", i, err)
		}
		if a.Slots[i].VK, err = ValueOfInferenceVK(s.VK); err != nil {
			return nil, fmt.Errorf("slot %d: %w", i, err)
		}
		if a.Slots[i].Proof, err = stdgroth16.ValueOfProof[sw_bls12377.G1Affine, sw_bls12377.G2Affine](s.Proof); err != nil {
			return nil, fmt.Errorf("slot %d: %w", i, err)
		}
		a.Slots[i].PaddingStatement = s.Statement.BigInt(new(big.Int))
	}
	return a, nil
}

// verifyInner verifies a BLS12-377 proof natively, as the aggregation
// circuit will.
func verifyInner(vk groth16.VerifyingKey, proof groth16.Proof, public []fr.Element) error {
	w, err := publicWitness(public)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, w, InnerVerifierOption()); err != nil {
		return fmt.Errorf("%w: %v", ErrBadInnerProof, err)
	}
	return nil
}

func publicWitness(public []fr.Element) (witness.Witness, error) {
	w, err := witness.New(ecc.BLS12_377.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(public))
	for _, v := range public {
		ch <- v
	}
	close(ch)
	if err := w.Fill(len(public), 0, ch); err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	return w, nil
}

// paddingCircuit has the inference shape (one public input, one rangecheck
// commitment over private values only) and proves nothing of interest.
type paddingCircuit struct {
	Statement frontend.Variable `gnark:",public"`
	X         frontend.Variable
}

func (c *paddingCircuit) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.X, 8)
	api.AssertIsEqual(c.Statement, api.Add(c.X, 1))
	return nil
}

type padding struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
	pf  groth16.Proof
}

var paddingOnce = sync.OnceValues(func() (*padding, error) {
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, &paddingCircuit{})
	if err != nil {
		return nil, err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(&paddingCircuit{Statement: 1, X: 0}, ecc.BLS12_377.ScalarField())
	if err != nil {
		return nil, err
	}
	pf, err := groth16.Prove(ccs, pk, w, InnerProverOption())
	if err != nil {
		return nil, err
	}
	return &padding{ccs, pk, vk, pf}, nil
})

// Padding returns the proof an inactive slot carries: a proof of statement
// 1 under the key of a tiny circuit of the inference shape. The key is made
// once per process by a throwaway setup: inactive slots bind neither key nor
// statement, so any valid pair will do and none needs to be stored.
func Padding() (InferenceProof, error) {
	p, err := paddingOnce()
	if err != nil {
		return InferenceProof{}, fmt.Errorf("padding proof: %w", err)
	}
	var one fr.Element
	one.SetOne()
	return InferenceProof{VK: p.vk, Proof: p.pf, Statement: one}, nil
}
