package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/aggregator/recursion"
	"github.com/nexus-rollup/nexus/aggregator/recursion/standin"
	"github.com/nexus-rollup/nexus/internal/keycache"
	"github.com/nexus-rollup/nexus/l1/verifier"
	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
)

// inference times the inference proof of prover/model/testdata's NAME.nxm
// on a fixed input (no data set needed on the device machine).
func (b *bencher) inference(name string) error {
	raw, err := os.ReadFile(filepath.Join(b.o.models, name+".nxm"))
	if err != nil {
		return err
	}
	m, err := model.Decode(raw)
	if err != nil {
		return err
	}
	k, err := circuit.Setup(m, b.o.keys, b.log)
	if err != nil {
		return err
	}
	in := &circuit.Job{Input: make([]uint8, m.InputSize())}
	for i := range in.Input {
		in.Input[i] = uint8(i * 37)
	}
	in.JobID.SetUint64(1)
	a, _, err := circuit.Assign(m, in)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(a, ecc.BLS12_377.ScalarField())
	if err != nil {
		return err
	}
	return b.time(&job{name: name + " inference", curve: "BLS12-377", ccs: k.CCS, pk: k.PK, vk: k.VK, w: w,
		opts: circuit.ProofOpts(), keyNote: "dev setup"})
}

// inner is a stand-in inner circuit with throwaway keys (a second to set up).
type inner struct {
	prove func(a frontend.Circuit) (groth16.Proof, error)
	vk    groth16.VerifyingKey
}

// setupInner sets a stand-in up, its keys cached: the aggregation circuit
// embeds the block's verifying key, so fresh stand-in keys would make a new
// aggregation circuit (and a new setup) on every run.
func (b *bencher) setupInner(name string, c frontend.Circuit) (*inner, error) {
	ccs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, err
	}
	k, err := keycache.Setup(keySpec("stand-in "+name), ccs, b.o.keys, io.Discard, true)
	if err != nil {
		return nil, err
	}
	return &inner{vk: k.VK, prove: func(a frontend.Circuit) (groth16.Proof, error) {
		w, err := frontend.NewWitness(a, ecc.BLS12_377.ScalarField())
		if err != nil {
			return nil, err
		}
		return groth16.Prove(k.CCS, k.PK, w, recursion.InnerProverOption())
	}}, nil
}

// recursion times the aggregation proof at K slots (every slot active, two
// stand-in models alternating) and then the wrap of that proof.
func (b *bencher) recursion() error {
	K := b.o.k
	start := time.Now()
	blk, err := b.setupInner(fmt.Sprintf("block K=%d", K), standin.NewBlock(K))
	if err != nil {
		return err
	}
	infA, err := b.setupInner("inference A", &standin.Inference{Square: true, Add: 3})
	if err != nil {
		return err
	}
	infB, err := b.setupInner("inference B", &standin.Inference{Add: 5})
	if err != nil {
		return err
	}
	slots := make([]recursion.InferenceProof, K)
	for i := range slots {
		x := 7 + i
		in, a := infA, frontend.Circuit(&standin.Inference{Statement: x*x + 3, X: x, Square: true, Add: 3})
		st := int64(x*x + 3)
		if i%2 == 1 {
			in, a, st = infB, &standin.Inference{Statement: x + 5, X: x, Add: 5}, int64(x+5)
		}
		p, err := in.prove(a)
		if err != nil {
			return fmt.Errorf("inner proof %d: %w", i, err)
		}
		var e fr.Element
		e.SetInt64(st)
		slots[i] = recursion.InferenceProof{VK: in.vk, Proof: p, Statement: e}
	}
	d := sha256.Sum256([]byte("gpubench batch"))
	hl := verifier.SolidityInputs(d)
	hi, lo := hl[0], hl[1]
	pub := []fr.Element{frBig(hi), frBig(lo)}
	ba := &standin.Block{HeaderHi: hi, HeaderLo: lo, Inferences: make([]standin.Slot, K), Pre: make([]frontend.Variable, K)}
	for i, s := range slots {
		vh, err := recursion.VKHash(s.VK)
		if err != nil {
			return err
		}
		ba.Inferences[i] = standin.Slot{Statement: s.Statement, VKHash: vh}
		ba.Pre[i] = s.Statement
		pub = append(pub, s.Statement, vh)
	}
	bp, err := blk.prove(ba)
	if err != nil {
		return fmt.Errorf("stand-in block proof: %w", err)
	}
	fmt.Fprintf(b.log, "gpubench: stand-in inner proofs for K=%d in %s\n", K, time.Since(start).Round(time.Millisecond))

	start = time.Now()
	c, err := recursion.NewAggregation(blk.vk, K)
	if err != nil {
		return err
	}
	ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return fmt.Errorf("compile aggregation: %w", err)
	}
	fmt.Fprintf(b.log, "gpubench: aggregation K=%d compiled in %s: %d constraints\n", K, time.Since(start).Round(time.Millisecond), ccs.GetNbConstraints())
	ak, err := keycache.Setup(keySpec(fmt.Sprintf("aggregation K=%d", K)), ccs, b.o.keys, b.log, true)
	if err != nil {
		return err
	}
	assignment, err := recursion.AssignAggregation(blk.vk, recursion.BlockProof{Proof: bp, Public: pub}, slots)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(assignment, ecc.BW6_761.ScalarField())
	if err != nil {
		return err
	}
	if b.o.only["agg"] {
		if err := b.time(&job{name: fmt.Sprintf("aggregation K=%d", K), curve: "BW6-761", ccs: ak.CCS, pk: ak.PK, vk: ak.VK,
			w: w, opts: recursion.AggregationOpts(), keyNote: "dev setup"}); err != nil {
			return fmt.Errorf("aggregation: %w", err)
		}
	}
	if !b.o.only["wrap"] {
		return nil
	}
	aggProof, err := recursion.ProveAggregationOn(nil, ak.CCS, ak.PK, ak.VK, assignment)
	if err != nil {
		return err
	}
	return b.wrap(ak.VK, aggProof, hi, lo)
}

func (b *bencher) wrap(aggVK groth16.VerifyingKey, aggProof groth16.Proof, hi, lo *big.Int) error {
	start := time.Now()
	c, err := recursion.NewWrap(aggVK)
	if err != nil {
		return err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return fmt.Errorf("compile wrap: %w", err)
	}
	fmt.Fprintf(b.log, "gpubench: wrap compiled in %s: %d constraints\n", time.Since(start).Round(time.Millisecond), ccs.GetNbConstraints())
	a, err := recursion.AssignWrap(aggVK, aggProof, hi, lo)
	if err != nil {
		return err
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	j := &job{name: "wrap", curve: "BN254", ccs: ccs, w: w, opts: recursion.WrapOpts()}
	if b.o.wrapKey == "dev" {
		k, err := keycache.Setup(keySpec("wrap"), ccs, b.o.keys, b.log, true)
		if err != nil {
			return err
		}
		j.pk, j.vk, j.keyNote = k.PK, k.VK, "dev setup"
	} else {
		start = time.Now()
		pk, err := groth16.DummySetup(ccs)
		if err != nil {
			return fmt.Errorf("wrap dummy setup: %w", err)
		}
		fmt.Fprintf(b.log, "gpubench: wrap dummy key in %s\n", time.Since(start).Round(time.Millisecond))
		j.pk, j.keyNote = pk, "dummy (timing only)"
	}
	return b.time(j)
}

func frBig(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}
