package recursion

import (
	"crypto/sha256"
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/aggregator/recursion/standin"
	"github.com/nexus-rollup/nexus/l1/verifier"
)

// The stand-ins of package standin have the real inner circuits' exact
// public-input shapes: a block circuit with 2+2K public inputs and inference
// circuits with one, each with one rangecheck commitment.

type innerKeys struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func setupInner(t testing.TB, c frontend.Circuit) innerKeys {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return innerKeys{ccs, pk, vk}
}

func (k innerKeys) prove(t testing.TB, a frontend.Circuit) groth16.Proof {
	t.Helper()
	w, err := frontend.NewWitness(a, ecc.BLS12_377.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	p, err := groth16.Prove(k.ccs, k.pk, w, InnerProverOption())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// fixture holds stand-in keys for K slots.
type fixture struct {
	k          int
	block      innerKeys
	infA, infB innerKeys
	vkA, vkB   fr.Element // VKHash of A and B
}

var (
	fixtureMu sync.Mutex
	fixtures  = map[int]*fixture{}
)

func getFixture(t testing.TB, k int) *fixture {
	t.Helper()
	fixtureMu.Lock()
	defer fixtureMu.Unlock()
	if f, ok := fixtures[k]; ok {
		return f
	}
	f := &fixture{k: k,
		block: setupInner(t, standin.NewBlock(k)),
		infA:  setupInner(t, &standin.Inference{Square: true, Add: 3}),
		infB:  setupInner(t, &standin.Inference{Add: 5}),
	}
	var err error
	if f.vkA, err = VKHash(f.infA.vk); err != nil {
		t.Fatal(err)
	}
	if f.vkB, err = VKHash(f.infB.vk); err != nil {
		t.Fatal(err)
	}
	fixtures[k] = f
	return f
}

// proveA proves statement x^2+3 under A; proveB x+5 under B.
func (f *fixture) proveA(t testing.TB, x int) InferenceProof {
	p := f.infA.prove(t, &standin.Inference{Statement: x*x + 3, X: x, Square: true, Add: 3})
	return InferenceProof{VK: f.infA.vk, Proof: p, Statement: frInt(int64(x*x + 3))}
}

func (f *fixture) proveB(t testing.TB, x int) InferenceProof {
	p := f.infB.prove(t, &standin.Inference{Statement: x + 5, X: x, Add: 5})
	return InferenceProof{VK: f.infB.vk, Proof: p, Statement: frInt(int64(x + 5))}
}

// proveBlock proves a stand-in block over a header and slots (nil: inactive).
func (f *fixture) proveBlock(t testing.TB, header string, slots []*InferenceProof) BlockProof {
	t.Helper()
	d := sha256.Sum256([]byte(header))
	in := verifier.SolidityInputs(d)
	pub := []fr.Element{frBig(in[0]), frBig(in[1])}
	a := &standin.Block{HeaderHi: in[0], HeaderLo: in[1], Inferences: make([]standin.Slot, f.k), Pre: make([]frontend.Variable, f.k)}
	for k := range f.k {
		var st, vh fr.Element
		if s := slots[k]; s != nil {
			st = s.Statement
			var err error
			if vh, err = VKHash(s.VK); err != nil {
				t.Fatal(err)
			}
		}
		a.Inferences[k] = standin.Slot{Statement: st, VKHash: vh}
		a.Pre[k] = st
		pub = append(pub, st, vh)
	}
	return BlockProof{Proof: f.block.prove(t, a), Public: pub}
}

func frInt(v int64) fr.Element {
	var e fr.Element
	e.SetInt64(v)
	return e
}

func frBig(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}
