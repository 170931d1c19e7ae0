package recursion

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

var update = flag.Bool("update", false, "rewrite testdata/constraints.csv")

// compileAggregation compiles the aggregation circuit for the stand-in
// block key with k slots. The count does not depend on the key's values,
// only on its shape (2+2k public inputs, one commitment), which the real
// block circuit shares.
func compileAggregation(t testing.TB, k int, subgroupChecks bool) constraint.ConstraintSystem {
	t.Helper()
	c, err := NewAggregation(getFixture(t, k).block.vk, k)
	if err != nil {
		t.Fatal(err)
	}
	c.noSubgroupChk = !subgroupChecks
	ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// TestGolden_AggregationConstraints makes any change in the aggregation
// circuit's size a visible diff of testdata/constraints.csv (rewrite with
// go test ./aggregator/recursion -run Golden -update).
func TestGolden_AggregationConstraints(t *testing.T) {
	var got bytes.Buffer
	got.WriteString("circuit,k,constraints,public_inputs\n")
	for _, k := range []int{1, 2} {
		ccs := compileAggregation(t, k, true)
		fmt.Fprintf(&got, "aggregation,%d,%d,%d\n", k, ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1)
	}
	path := filepath.Join("testdata", "constraints.csv")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./aggregator/recursion -run Golden -update)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("constraint counts changed:\n got:\n%s want:\n%s", got.Bytes(), want)
	}
}
