package recursion

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// wrapLevers are the wrap circuit's variants measured in the golden
// constraints CSV: the production circuit first, then each lever undone on
// its own. Names hold no commas: they are CSV fields.
var wrapLevers = []struct {
	name  string
	lever wrapLever
	// aggCommitment compiles the wrap for an aggregation key with a
	// commitment (GoldenCSV's aggVKCommitment), as an aggregation circuit
	// with emulated BLS12-377 scalars has.
	aggCommitment bool
}{
	{"production: native-scalar aggregation key without a commitment; one multi-pairing check including e(-alpha; beta); subgroup checks on", wrapLever{}, false},
	{"lever undone: aggregation key with a commitment (emulated scalars as std/recursion/groth16 needs)", wrapLever{}, true},
	{"lever undone: Pair then compare with e(alpha; beta) as std/recursion/groth16 does", wrapLever{pairThenEqual: true}, false},
}

// GoldenCSV compiles the aggregation circuit for k = 1 and 2 slots under
// blockVKs[k-1] and each variant of the wrap circuit under aggVK (or
// aggVKCommitment, a key of the same shape with a commitment), and returns
// the constraint counts as CSV (scripts/generate.d/47-recursion-golden.sh
// writes it to testdata/constraints.csv). The counts depend only on the
// keys' shapes, so keys of stand-in circuits with the real shapes serve.
// The wrap compiles take about 10 GB and a minute or two each.
// (Without the proof's subgroup checks the wrap is 7,306,823 constraints:
// they cost 1.46M, and stay.)
func GoldenCSV(blockVKs []groth16.VerifyingKey, aggVK, aggVKCommitment groth16.VerifyingKey) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("circuit,k,variant,constraints,public_inputs\n")
	for i, vk := range blockVKs {
		c, err := NewAggregation(vk, i+1)
		if err != nil {
			return nil, err
		}
		ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			return nil, fmt.Errorf("aggregation k=%d: %w", i+1, err)
		}
		fmt.Fprintf(&b, "aggregation,%d,production,%d,%d\n", i+1, ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1)
	}
	for _, v := range wrapLevers {
		vk := aggVK
		if v.aggCommitment {
			vk = aggVKCommitment
		}
		c, err := NewWrap(vk)
		if err != nil {
			return nil, err
		}
		c.lever = v.lever
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			return nil, fmt.Errorf("wrap (%s): %w", v.name, err)
		}
		fmt.Fprintf(&b, "wrap,,%s,%d,%d\n", v.name, ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1)
	}
	return b.Bytes(), nil
}
