package block

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/rollup/state"
)

// Count compiles the block circuit for p and returns its constraint count.
func Count(p Params) (int, error) {
	c, err := New(p)
	if err != nil {
		return 0, err
	}
	cs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return 0, fmt.Errorf("compile %s: %w", p, err)
	}
	return cs.GetNbConstraints(), nil
}

// GoldenCSV is aggregator/block/testdata/block_constraints.csv: the cost
// of one op slot at test and devnet depths (every op type uses the same
// slot, so this is the cost of any op), the fixed cost of the pubdata and
// header hashes at C = 64, and the totals at the test and devnet shapes.
// Compiling is the only way to count, so the slot cost is the difference
// of a two-slot and a one-slot circuit.
func GoldenCSV() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("measure,constraints\n")
	row := func(name string, v int) { fmt.Fprintf(&buf, "%s,%d\n", name, v) }
	shape := func(d state.Params, slots int) Params {
		return Params{State: d, Slots: slots, Chunks: 64, Inferences: 2, MaxLockDuration: 3600}
	}
	for _, depths := range []struct {
		name string
		d    state.Params
	}{{"test_depths_4_2_4_2", TestParams().State}, {"devnet_depths_24_4_24_12", state.DefaultParams()}} {
		one, err := Count(shape(depths.d, 1))
		if err != nil {
			return nil, err
		}
		two, err := Count(shape(depths.d, 2))
		if err != nil {
			return nil, err
		}
		row("slot_any_op_"+depths.name, two-one)
		row("fixed_C64_K2_"+depths.name, 2*one-two)
	}
	total, err := Count(TestParams())
	if err != nil {
		return nil, err
	}
	row(fmt.Sprintf("total_test_B%d_C%d_K%d", TestParams().Slots, TestParams().Chunks, TestParams().Inferences), total)
	return buf.Bytes(), nil
}
