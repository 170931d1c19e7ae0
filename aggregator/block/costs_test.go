package block

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/hash"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/hash/sha3"
	"github.com/consensys/gnark/std/math/uints"
	"github.com/consensys/gnark/std/signature/eddsa"
)

var update = flag.Bool("update", false, "rewrite testdata/gadget_costs.csv")

type merkleCost struct {
	OldRoot, OldLeaf, NewLeaf frontend.Variable
	Path                      MerklePath
}

func (c *merkleCost) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(h.Update(c.OldRoot, c.OldLeaf, c.NewLeaf, c.Path), 0)
	return nil
}

type leafCost struct{ Fields [10]frontend.Variable }

func (c *leafCost) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(h.LeafOrZero(c.Fields[:]...), 0)
	return nil
}

type sigCost struct {
	PubX, PubY, Msg frontend.Variable
	Sig             eddsa.Signature
}

func (c *sigCost) Define(api frontend.API) error {
	ok, err := SignatureValid(api, c.PubX, c.PubY, c.Msg, c.Sig)
	api.AssertIsEqual(ok, 1)
	return err
}

// byteHashCost hashes N bytes of variable length (FixedLengthSum), as the
// block circuit must: trailing Noop chunks are not part of the pubdata.
type byteHashCost struct {
	Data   []uints.U8
	Length frontend.Variable
	keccak bool
}

func (c *byteHashCost) Define(api frontend.API) error {
	var h hash.BinaryFixedLengthHasher
	var err error
	if c.keccak {
		h, err = sha3.NewLegacyKeccak256(api)
	} else {
		h, err = sha2.New(api)
	}
	if err != nil {
		return err
	}
	h.Write(c.Data)
	out := h.FixedLengthSum(c.Length)
	api.AssertIsDifferent(out[0].Val, 300)
	return nil
}

func count(t *testing.T, c frontend.Circuit) int {
	t.Helper()
	cs, err := frontend.Compile(ecc.BLS12_377.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return cs.GetNbConstraints()
}

// TestGadgetCosts pins the constraint cost of each gadget at production
// sizes in testdata/gadget_costs.csv (go test -run TestGadgetCosts -update
// rewrites it), and records the SHA-256 vs keccak choice for the pubdata.
func TestGadgetCosts(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles gadgets at production sizes")
	}
	const pubdataBytes = 32 + 9*64 // jobs root + 64 chunks
	rows := []struct {
		name string
		c    frontend.Circuit
	}{
		{"merkle_update_depth24", &merkleCost{Path: NewMerklePath(24)}},
		{"merkle_update_depth12", &merkleCost{Path: NewMerklePath(12)}},
		{"merkle_update_depth4", &merkleCost{Path: NewMerklePath(4)}},
		{"account_leaf_hash", &leafCost{}},
		{"eddsa_poseidon2_verify", &sigCost{}},
		{fmt.Sprintf("sha256_varlen_%dB", pubdataBytes), &byteHashCost{Data: make([]uints.U8, pubdataBytes)}},
		{fmt.Sprintf("keccak256_varlen_%dB", pubdataBytes), &byteHashCost{Data: make([]uints.U8, pubdataBytes), keccak: true}},
	}
	var b strings.Builder
	b.WriteString("gadget,constraints\n")
	for _, r := range rows {
		n := count(t, r.c)
		t.Logf("%-28s %9d constraints", r.name, n)
		fmt.Fprintf(&b, "%s,%d\n", r.name, n)
	}
	path := filepath.Join("testdata", "gadget_costs.csv")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./aggregator/block -run TestGadgetCosts -update)", err)
	}
	if string(want) != b.String() {
		t.Fatalf("gadget costs changed; if intended, rerun with -update:\ngot:\n%swant:\n%s", b.String(), want)
	}
}

// TestBlockConstraints pins the block circuit's size; make generate
// rewrites testdata/block_constraints.csv.
func TestBlockConstraints(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the block circuit at devnet depths")
	}
	got, err := GoldenCSV()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "block_constraints.csv"))
	if err != nil {
		t.Fatalf("%v (run make generate)", err)
	}
	if string(got) != string(want) {
		t.Fatalf("block circuit size changed; if intended, run make generate:\ngot:\n%swant:\n%s", got, want)
	}
	t.Logf("\n%s", got)
}
