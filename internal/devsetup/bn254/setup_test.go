package bn254

import (
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16impl "github.com/consensys/gnark/backend/groth16/bn254"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/nexus-rollup/nexus/internal/devsetup/work"
)

// committed is a circuit with public and secret inputs, a BSB22 commitment
// (range checks), unused wires (points at infinity) and constants.
type committed struct {
	X, Y   frontend.Variable `gnark:",public"`
	A, B   frontend.Variable
	Unused frontend.Variable
}

func (c *committed) Define(api frontend.API) error {
	p := api.Mul(c.A, c.B)
	api.AssertIsEqual(api.Add(p, c.Y, 3), c.X)
	rc := rangecheck.New(api)
	rc.Check(c.A, 20)
	rc.Check(c.B, 20)
	api.AssertIsDifferent(c.A, 0)
	return nil
}

// plain has no commitment and no public input but the constant one.
type plain struct {
	A, B frontend.Variable
}

func (c *plain) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.A, c.B), 8)
	return nil
}

func compile(t *testing.T, c frontend.Circuit) *cs.R1CS {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return ccs.(*cs.R1CS)
}

func TestProofsUnderTheKeysVerify(t *testing.T) {
	for _, tc := range []struct {
		name         string
		circuit      frontend.Circuit
		good, badPub frontend.Circuit
	}{
		{"commitment", &committed{},
			&committed{X: 1000*999 + 7 + 3, Y: 7, A: 1000, B: 999, Unused: 5},
			&committed{X: 1000*999 + 7 + 3, Y: 8, A: 1000, B: 999, Unused: 5}},
		{"plain", &plain{}, &plain{A: 2, B: 2}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ccs := compile(t, tc.circuit)
			var p work.Progress
			pk, vk, _, err := Setup(ccs, &p, "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Done.Load() != p.Total.Load() {
				t.Errorf("progress ended at %d of %d", p.Done.Load(), p.Total.Load())
			}
			w, err := frontend.NewWitness(tc.good, ecc.BN254.ScalarField())
			if err != nil {
				t.Fatal(err)
			}
			proof, err := groth16.Prove(ccs, pk, w)
			if err != nil {
				t.Fatal(err)
			}
			pub, _ := w.Public()
			if err := groth16.Verify(proof, vk, pub); err != nil {
				t.Fatalf("verify: %v", err)
			}
			if tc.badPub != nil {
				bw, _ := frontend.NewWitness(tc.badPub, ecc.BN254.ScalarField(), frontend.PublicOnly())
				if groth16.Verify(proof, vk, bw) == nil {
					t.Error("proof verified against another public input")
				}
			}
			// Another setup's key refuses the proof.
			_, vk2, _, err := Setup(ccs, nil, "")
			if err != nil {
				t.Fatal(err)
			}
			if groth16.Verify(proof, vk2, pub) == nil {
				t.Error("proof verified under another setup's key")
			}
			// A flipped proof point is refused.
			bad := *proof.(*groth16impl.Proof)
			bad.Krs.Neg(&bad.Krs)
			if groth16.Verify(&bad, vk, pub) == nil {
				t.Error("tampered proof verified")
			}
		})
	}
}

// The keys have exactly the shape gnark's own setup gives them.
func TestKeysHaveGnarksShape(t *testing.T) {
	ccs := compile(t, &committed{})
	pk, vk, _, err := Setup(ccs, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	gpk, gvk := new(groth16impl.ProvingKey), new(groth16impl.VerifyingKey)
	if err := groth16impl.Setup(ccs, gpk, gvk); err != nil {
		t.Fatal(err)
	}
	eq := func(name string, a, b int) {
		if a != b {
			t.Errorf("%s: %d, gnark %d", name, a, b)
		}
	}
	eq("G1.A", len(pk.G1.A), len(gpk.G1.A))
	eq("G1.B", len(pk.G1.B), len(gpk.G1.B))
	eq("G1.Z", len(pk.G1.Z), len(gpk.G1.Z))
	eq("G1.K", len(pk.G1.K), len(gpk.G1.K))
	eq("G2.B", len(pk.G2.B), len(gpk.G2.B))
	eq("vk.G1.K", len(vk.G1.K), len(gvk.G1.K))
	eq("commitment keys", len(pk.CommitmentKeys), len(gpk.CommitmentKeys))
	for i := range pk.CommitmentKeys {
		eq("commitment basis", len(pk.CommitmentKeys[i].Basis), len(gpk.CommitmentKeys[i].Basis))
	}
	if !slices.Equal(pk.InfinityA, gpk.InfinityA) || !slices.Equal(pk.InfinityB, gpk.InfinityB) {
		t.Error("points at infinity differ from gnark's")
	}
	if pk.NbInfinityA != gpk.NbInfinityA || pk.NbInfinityB != gpk.NbInfinityB {
		t.Error("infinity counts differ from gnark's")
	}
	if pk.Domain.Cardinality != gpk.Domain.Cardinality || pk.Domain.Generator != gpk.Domain.Generator {
		t.Error("domain differs from gnark's")
	}
	if !slices.EqualFunc(vk.PublicAndCommitmentCommitted, gvk.PublicAndCommitmentCommitted, slices.Equal[[]int]) {
		t.Error("PublicAndCommitmentCommitted differs from gnark's")
	}
	if pk.NbInfinityA == 0 {
		t.Error("the test circuit should have points at infinity")
	}
	// Unlike gnark's, the commitments' G2 point is [δ]₂ (a verifier folds
	// their proof of knowledge into the pair of C with −δ).
	for i := range vk.CommitmentKeys {
		if !vk.CommitmentKeys[i].G.Equal(&vk.G2.Delta) {
			t.Errorf("commitment %d: G is not [δ]₂", i)
		}
	}
}

// A setup interrupted midway resumes from its checkpoint with the same
// secrets: the stages kept are read back, the missing ones computed, and the
// keys are one pair (a proof under the first run's proving key verifies
// under the resumed run's verifying key).
func TestSetupResumesFromItsCheckpoint(t *testing.T) {
	ccs := compile(t, &committed{})
	dir := t.TempDir()
	pk1, _, resumed, err := Setup(ccs, nil, dir)
	if err != nil || resumed != 0 {
		t.Fatalf("first setup: %v (resumed %d)", err, resumed)
	}
	// As if killed after the G1 stages: the later ones are lost, and a
	// stage being written left only its temporary file.
	for _, stage := range []string{"commitment-0-basis", "commitment-0-sigma", "g2-b", "g2-beta-delta-gamma"} {
		if err := os.Remove(filepath.Join(dir, stage)); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "g2-b.tmp"), []byte("half a stage"), 0o600)
	var p work.Progress
	pk2, vk2, resumed, err := Setup(ccs, &p, dir)
	if err != nil {
		t.Fatal(err)
	}
	if resumed != 7 { // toxic and the six G1 stages
		t.Errorf("resumed %d stages, want the 7 kept", resumed)
	}
	if p.Done.Load() != p.Total.Load() {
		t.Errorf("progress ended at %d of %d", p.Done.Load(), p.Total.Load())
	}
	if !pk1.G1.Alpha.Equal(&pk2.G1.Alpha) || !slices.EqualFunc(pk1.G2.B, pk2.G2.B, func(a, b curve.G2Affine) bool { return a.Equal(&b) }) {
		t.Fatal("the resumed setup used other secrets")
	}
	w, _ := frontend.NewWitness(&committed{X: 1000*999 + 7 + 3, Y: 7, A: 1000, B: 999, Unused: 5}, ecc.BN254.ScalarField())
	proof, err := groth16.Prove(ccs, pk1, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(proof, vk2, pub); err != nil {
		t.Fatalf("the first run's proof under the resumed run's key: %v", err)
	}

	// A damaged stage is an error that names it, not a key.
	b, _ := os.ReadFile(filepath.Join(dir, "g1-z"))
	os.WriteFile(filepath.Join(dir, "g1-z"), b[:len(b)/2], 0o600)
	if _, _, _, err := Setup(ccs, nil, dir); err == nil || !strings.Contains(err.Error(), "g1-z") {
		t.Fatalf("damaged stage: %v", err)
	}
}

// Every point the comb gives is the generator's scalar multiple, for
// scalars at the recoding's edges.
func TestCombMultiplies(t *testing.T) {
	_, _, g1, g2 := curve.Generators()
	var minusOne, top fr.Element
	minusOne.SetOne().Neg(&minusOne)
	top.SetBigInt(new(big.Int).Lsh(big.NewInt(1), fr.Bits-1))
	scalars := []fr.Element{{}, fr.One(), minusOne, top}
	for _, v := range []uint64{2, 1 << 13, 1<<13 - 1, 1 << 15, 1<<15 - 1, 1 << 16, 1<<16 - 1, 1<<32 + 1<<15} {
		var e fr.Element
		e.SetUint64(v)
		scalars = append(scalars, e)
	}
	for range 1000 {
		var e fr.Element
		e.SetRandom()
		scalars = append(scalars, e)
	}
	for _, c := range []uint{5, 13, 16} {
		c1, c2 := newCombG1(&g1, c), newCombG2(&g2, c)
		out1 := make([]curve.G1Affine, len(scalars))
		out2 := make([]curve.G2Affine, len(scalars))
		c1.mul(out1, scalars, nil)
		c2.mul(out2, scalars, nil)
		for i := range scalars {
			b := scalars[i].BigInt(new(big.Int))
			var w1 curve.G1Affine
			var w2 curve.G2Affine
			w1.ScalarMultiplication(&g1, b)
			w2.ScalarMultiplication(&g2, b)
			if !w1.Equal(&out1[i]) || !w2.Equal(&out2[i]) {
				t.Fatalf("c=%d: scalar %s: comb gives another point", c, b)
			}
		}
	}
}

func BenchmarkComb(b *testing.B) {
	_, _, g1, g2 := curve.Generators()
	scalars := make([]fr.Element, 1<<16)
	for i := range scalars {
		scalars[i].SetRandom()
	}
	for _, c := range []uint{12, 14, 16} {
		cb := newCombG1(&g1, c)
		out := make([]curve.G1Affine, len(scalars))
		b.Run("G1/c="+itoa(c), func(b *testing.B) {
			for range b.N {
				cb.mul(out, scalars, nil)
			}
		})
	}
	for _, c := range []uint{12, 14} {
		cb := newCombG2(&g2, c)
		out := make([]curve.G2Affine, len(scalars))
		b.Run("G2/c="+itoa(c), func(b *testing.B) {
			for range b.N {
				cb.mul(out, scalars, nil)
			}
		})
	}
	b.Run("G1/gnark", func(b *testing.B) {
		for range b.N {
			curve.BatchScalarMultiplicationG1(&g1, scalars)
		}
	})
	b.Run("G2/gnark", func(b *testing.B) {
		for range b.N {
			curve.BatchScalarMultiplicationG2(&g2, scalars)
		}
	})
}

func itoa(c uint) string { return big.NewInt(int64(c)).String() }
