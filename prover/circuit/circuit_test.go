package circuit

import (
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/mnist"
	"github.com/nexus-rollup/nexus/prover/model/modeltest"
)

func loadModel(t testing.TB, name string) *model.Model {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "model", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func job(input []uint8, seed uint64) *Job {
	r := rand.New(rand.NewPCG(seed, 1))
	j := &Job{Input: input}
	j.JobID.SetUint64(r.Uint64())
	j.InputSalt.SetUint64(r.Uint64())
	j.OutputSalt.SetUint64(r.Uint64())
	return j
}

func field() *big.Int { return ecc.BLS12_377.ScalarField() }

func TestCircuit_tinyModelSolvesOnTestEngine(t *testing.T) {
	m := modeltest.Tiny()
	for n, in := range [][]uint8{make([]uint8, 16), fill(16, 255), randomInput(16, 3)} {
		c, _ := New(m)
		a, _, err := Assign(m, job(in, uint64(n)))
		if err != nil {
			t.Fatal(err)
		}
		if err := test.IsSolved(c, a, field()); err != nil {
			t.Fatalf("input %d: %v", n, err)
		}
	}
}

func fill(n int, v uint8) []uint8 {
	b := make([]uint8, n)
	for i := range b {
		b[i] = v
	}
	return b
}

func randomInput(n int, seed uint64) []uint8 {
	r := rand.New(rand.NewPCG(seed, 2))
	b := make([]uint8, n)
	for i := range b {
		b[i] = uint8(r.UintN(256))
	}
	return b
}

// adversarialInputs drive the first layer's neurons to their extremes:
// 255 where a neuron's weights are positive (and 0 elsewhere) and the
// reverse, plus checkerboards, to hit both clamps.
func adversarialInputs(m *model.Model) [][]uint8 {
	l := &m.Layers[0]
	n := m.InputSize()
	var out [][]uint8
	if l.Kind == model.Dense {
		for o := 0; o < l.Out; o += max(1, l.Out/8) {
			hi, lo := make([]uint8, n), make([]uint8, n)
			for j := range n {
				if l.Weights[o*l.In+j] > 0 {
					hi[j] = 255
				} else {
					lo[j] = 255
				}
			}
			out = append(out, hi, lo)
		}
	}
	cb, cb2 := make([]uint8, n), make([]uint8, n)
	for j := range n {
		if j%2 == 0 {
			cb[j] = 255
		} else {
			cb2[j] = 255
		}
	}
	return append(out, cb, cb2)
}

// differentialInputs: all-0, all-255, adversarial, random bytes and real
// held-out MNIST digits.
func differentialInputs(t *testing.T, m *model.Model, digits, random int) [][]uint8 {
	n := m.InputSize()
	ins := [][]uint8{make([]uint8, n), fill(n, 255)}
	ins = append(ins, adversarialInputs(m)...)
	for i := range random {
		ins = append(ins, randomInput(n, uint64(i)))
	}
	_, testSet, err := mnist.Default()
	if err != nil {
		t.Fatal(err)
	}
	return append(ins, testSet.Images[:digits]...)
}

// TestCircuit_equalsReferenceOnMLP solves the compiled MLP constraint system
// (the R1CS a prover proves) on 230+ inputs; each witness's output comes from
// model.Run, so a solved system means circuit == reference.
func TestCircuit_equalsReferenceOnMLP(t *testing.T) {
	m := loadModel(t, "mlp.nxm")
	ccs, err := Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	ins := differentialInputs(t, m, 200, 12)
	if len(ins) < 200 {
		t.Fatalf("only %d inputs", len(ins))
	}
	clampLo, clampHi := 0, 0
	for n, in := range ins {
		a, claim, err := Assign(m, job(in, uint64(n)))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range claim.Output {
			if v == -128 {
				clampLo++
			}
			if v == 127 {
				clampHi++
			}
		}
		w, err := frontend.NewWitness(a, field())
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("input %d: circuit disagrees with reference: %v", n, err)
		}
	}
	t.Logf("%d inputs agree; outputs clamped low %d, high %d times", len(ins), clampLo, clampHi)
	// A sample also on gnark's test engine (independent of compilation).
	c, _ := New(m)
	for n, in := range ins[:3] {
		a, _, _ := Assign(m, job(in, uint64(n)))
		if err := test.IsSolved(c, a, field()); err != nil {
			t.Fatalf("test engine, input %d: %v", n, err)
		}
	}
}

func TestCircuit_equalsReferenceOnCNN(t *testing.T) {
	if testing.Short() {
		t.Skip("CNN differential test in -short mode")
	}
	m := loadModel(t, "cnn.nxm")
	ccs, err := Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	for n, in := range differentialInputs(t, m, 40, 5) {
		a, _, err := Assign(m, job(in, uint64(n)))
		if err != nil {
			t.Fatal(err)
		}
		w, _ := frontend.NewWitness(a, field())
		if err := ccs.IsSolved(w); err != nil {
			t.Fatalf("input %d: circuit disagrees with reference: %v", n, err)
		}
	}
}

func TestCircuit_hasOnePublicInput(t *testing.T) {
	ccs, err := Compile(modeltest.Tiny())
	if err != nil {
		t.Fatal(err)
	}
	// gnark counts the constant one wire as a public variable.
	if got := ccs.GetNbPublicVariables(); got != 2 {
		t.Fatalf("%d public variables, want 1 + the constant", got-1)
	}
}

func frOf(v uint64) fr.Element { var e fr.Element; e.SetUint64(v); return e }
