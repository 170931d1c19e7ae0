package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/statement"
)

// The tiny transformer's honest witness solves its circuit; each hinted
// value of the sequence layers (LayerNorm's r, softmax's quotients and row
// maxima) changed by a dishonest prover does not.
func TestSequence_hintsArePinned(t *testing.T) {
	m, fm, inputs := modeltest.Transformer()
	j := job(m.QuantizeInput(inputs[0]), 5)
	a, claim, err := Assign(m, j)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(c, a, field()); err != nil {
		t.Fatalf("honest witness fails: %v", err)
	}
	tr, _ := fm.Forward(inputs[0])
	t.Logf("proven output %v, float %.3g", m.Dequantize(claim.Output), tr[len(tr)-1])

	one := big.NewInt(1)
	for name, tamper := range map[string]func(){
		"norm r+1": func() { tamperSeq = nth("norm", 3, func(o []*big.Int) { o[0].Add(o[0], one) }) },
		"norm r-1": func() { tamperSeq = nth("norm", 0, func(o []*big.Int) { o[0].Sub(o[0], one) }) },
		"div q+1":  func() { tamperSeq = nth("div", 5, func(o []*big.Int) { o[0].Add(o[0], one) }) },
		"div q-1":  func() { tamperSeq = nth("div", 9, func(o []*big.Int) { o[0].Sub(o[0], one) }) },
		"row max": func() {
			n := 0
			tamperGreater = func(o []*big.Int) {
				if n++; n == 2 {
					o[0].SetUint64(1 - o[0].Uint64())
				}
			}
		},
		"requant": func() {
			n := 0
			tamperRequant = func(_ *big.Int, _ uint, o []*big.Int) {
				if n++; n == 40 {
					o[0].Add(o[0], one)
				}
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			tamper()
			defer func() { tamperSeq, tamperGreater, tamperRequant = nil, nil, nil }()
			if err := test.IsSolved(c, a, field()); err == nil {
				t.Fatal("dishonest hint satisfies the circuit")
			}
		})
	}

	// Another output under a matching statement: only the inference rejects it.
	ob := append([]byte(nil), claim.OutputBytes...)
	ob[0]++
	a.Output[0] = ob[0]
	a.Statement = statement.Statement(claim.ModelID, claim.JobID, claim.InputCommit, statement.Commit(ob, j.OutputSalt))
	if err := test.IsSolved(c, a, field()); err == nil {
		t.Fatal("a wrong output satisfies the circuit")
	}
}

// nth returns a tamperSeq hook that changes the k-th call of hint.
func nth(hint string, k int, f func([]*big.Int)) func(string, []*big.Int) {
	n := 0
	return func(h string, o []*big.Int) {
		if h != hint {
			return
		}
		if n == k {
			f(o)
		}
		n++
	}
}
