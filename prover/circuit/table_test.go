package circuit

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/prover/model"
)

// tableModel has lookup activations on a conv followed by a max-pool (a
// non-monotone table: the pool must not be fused before the lookup) and on
// a dense layer.
func tableModel() *model.Model {
	r := rand.New(rand.NewPCG(7, 7))
	w := func(n int) []int8 {
		v := make([]int8, n)
		for i := range v {
			v[i] = int8(r.IntN(255) - 127)
		}
		return v
	}
	tab := func(f func(v int) int) []int8 {
		t := make([]int8, model.TableSize)
		for k := range t {
			t[k] = int8(min(max(f(k-128), -128), 127))
		}
		return t
	}
	return &model.Model{Name: "tables", InputShape: []int{1, 4, 4}, InputScale: 1.0 / 255, Layers: []model.Layer{
		{Kind: model.Conv, InC: 1, OutC: 2, K: 3, Stride: 1, Pad: 1, Weights: w(18), Bias: []int32{5, -7}, Mult: 3, Shift: 6,
			Act: model.ActTable, Table: tab(func(v int) int { return (v*v)/128 - 20 }), OutScale: 0.1},
		{Kind: model.MaxPool, K: 2, Stride: 2},
		{Kind: model.Dense, In: 8, Out: 4, Weights: w(32), Bias: []int32{1, 2, 3, 4}, Mult: 1, Shift: 5,
			Act: model.ActTable, Table: tab(func(v int) int { return 127 * v / (abs(v) + 16) }), OutScale: 0.01},
		{Kind: model.Dense, In: 4, Out: 3, Weights: w(12), Bias: []int32{0, 0, 0}, Mult: 1, Shift: 2, OutScale: 0.2},
	}}
}

func abs(v int) int { return max(v, -v) }

func TestCircuit_lookupActivationsSolveAndBind(t *testing.T) {
	m := tableModel()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	c, err := New(m)
	if err != nil {
		t.Fatal(err)
	}
	for n, in := range [][]uint8{make([]uint8, 16), fill(16, 255), randomInput(16, 1), randomInput(16, 2)} {
		a, _, err := Assign(m, job(in, uint64(n)))
		if err != nil {
			t.Fatal(err)
		}
		if err := test.IsSolved(c, a, field()); err != nil {
			t.Fatalf("input %d: %v", n, err)
		}
	}
	// A witness made with the dense layer's table entries changed (outputs
	// the model does not compute) is refused.
	in := randomInput(16, 3)
	bad := tableModel()
	for k := range bad.Layers[2].Table {
		bad.Layers[2].Table[k] ^= 1
	}
	want, _ := m.Run(in)
	if got, _ := bad.Run(in); equal(got, want) {
		t.Fatal("the changed table does not change the output: pick another input")
	}
	a, _, err := Assign(bad, job(in, 9))
	if err != nil {
		t.Fatal(err)
	}
	if test.IsSolved(c, a, field()) == nil {
		t.Fatal("a witness from a changed table solves the circuit")
	}
	ccs, err := Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tables model: %d constraints", ccs.GetNbConstraints())
}

func equal(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
