//go:build heavy

// Heavy tests: real BW6-761 setups of the aggregation circuit and the wrap
// compile (70-110 s, 10 GB), optionally the wrap setup (48 min and 18.4 GB
// peak RSS on 2 shared cores, then 4 min to prove). Run one at a time under
// the machine's lock, e.g.
//
//	flock /tmp/nexus-heavy.lock go test -tags heavy -run Heavy_Aggregation -timeout 60m -v ./aggregator/recursion/
//
// TestHeavy_AggregationProve leaves the K=2 aggregation key and proof in
// $NEXUS_RECURSION_DIR (default $TMPDIR/nexus-recursion) for TestHeavy_Wrap.
package recursion

import (
	"bytes"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	bw6761 "github.com/consensys/gnark-crypto/ecc/bw6-761"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bw6761 "github.com/consensys/gnark/backend/groth16/bw6-761"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bw6761"
	"github.com/consensys/gnark/std/rangecheck"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
	"github.com/consensys/gnark/test"

	"github.com/nexus-rollup/nexus/internal/devsetup"
	"github.com/nexus-rollup/nexus/l1/verifier"
)

func heavyDir(t *testing.T) string {
	d := os.Getenv("NEXUS_RECURSION_DIR")
	if d == "" {
		d = filepath.Join(os.TempDir(), "nexus-recursion")
	}
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

func logMem(t *testing.T, what string, start time.Time) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("%s: %s (Go heap sys %.1f GB)", what, time.Since(start).Round(time.Millisecond), float64(m.Sys)/1e9)
}

// TestHeavy_AggregationProve sets up and proves the aggregation circuit with
// stand-in inner circuits at K = $NEXUS_AGG_K (default "2,4"); every slot
// but the last is active, alternating two models.
func TestHeavy_AggregationProve(t *testing.T) {
	ks := os.Getenv("NEXUS_AGG_K")
	if ks == "" {
		ks = "2,4"
	}
	for _, s := range strings.Split(ks, ",") {
		k, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) { heavyAggregation(t, k) })
	}
}

func heavyAggregation(t *testing.T, k int) {
	f := getFixture(t, k)
	pad, err := Padding()
	if err != nil {
		t.Fatal(err)
	}
	slots := make([]InferenceProof, k)
	blockSlots := make([]*InferenceProof, k)
	for i := range k - 1 {
		if i%2 == 0 {
			slots[i] = f.proveA(t, 7+i)
		} else {
			slots[i] = f.proveB(t, 7+i)
		}
		blockSlots[i] = &slots[i]
	}
	slots[k-1] = pad
	block := f.proveBlock(t, "heavy batch", blockSlots)

	start := time.Now()
	c, err := NewAggregation(f.block.vk, k)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	logMem(t, fmt.Sprintf("compile K=%d, %d constraints", k, ccs.GetNbConstraints()), start)
	start = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	logMem(t, "setup", start)
	a, err := AssignAggregation(f.block.vk, block, slots)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	proof, err := ProveAggregation(ccs, pk, a)
	if err != nil {
		t.Fatal(err)
	}
	logMem(t, "prove", start)
	hi, lo := a.HeaderHi.(*big.Int), a.HeaderLo.(*big.Int)
	if err := VerifyAggregation(vk, proof, hi, lo); err != nil {
		t.Fatal(err)
	}
	if err := VerifyAggregation(vk, proof, lo, hi); err == nil {
		t.Fatal("aggregation proof verifies for swapped halves")
	}
	if k != 2 {
		return
	}
	dir := heavyDir(t)
	writeTo(t, filepath.Join(dir, "agg.vk"), vk)
	writeTo(t, filepath.Join(dir, "agg.proof"), proof)
	if err := os.WriteFile(filepath.Join(dir, "header"), []byte(hi.Text(16)+" "+lo.Text(16)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeTo(t *testing.T, path string, v io.WriterTo) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := v.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFrom(t *testing.T, path string, v io.ReaderFrom) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run TestHeavy_AggregationProve first)", err)
	}
	if _, err := v.ReadFrom(bytes.NewReader(b)); err != nil {
		t.Fatal(err)
	}
}

// TestHeavy_Wrap compiles the wrap circuit for the K=2 aggregation key left
// by TestHeavy_AggregationProve (NEXUS_WRAP_NOSUBGROUP=1: without the
// proof's subgroup checks, to measure them). With NEXUS_WRAP_SETUP=1 it also
// sets it up, proves the saved aggregation proof, verifies natively and
// with the exported Solidity verifier (forge).
func TestHeavy_Wrap(t *testing.T) {
	dir := heavyDir(t)
	aggVK := groth16.NewVerifyingKey(ecc.BW6_761)
	readFrom(t, filepath.Join(dir, "agg.vk"), aggVK)
	aggProof := groth16.NewProof(ecc.BW6_761)
	readFrom(t, filepath.Join(dir, "agg.proof"), aggProof)
	hb, err := os.ReadFile(filepath.Join(dir, "header"))
	if err != nil {
		t.Fatal(err)
	}
	var hi, lo big.Int
	if _, err := fmt.Sscanf(string(hb), "%x %x", &hi, &lo); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	c, err := NewWrap(aggVK)
	if err != nil {
		t.Fatal(err)
	}
	c.lever.noSubgroupChk = os.Getenv("NEXUS_WRAP_NOSUBGROUP") == "1"
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	logMem(t, fmt.Sprintf("wrap compile (subgroup checks %v): %d constraints", !c.lever.noSubgroupChk, ccs.GetNbConstraints()), start)
	if os.Getenv("NEXUS_WRAP_SETUP") != "1" {
		return
	}
	start = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	logMem(t, "wrap setup", start)
	writeTo(t, filepath.Join(dir, "wrap.vk"), vk)
	a, err := AssignWrap(aggVK, aggProof, &hi, &lo)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	proof, err := ProveWrap(ccs, pk, a)
	if err != nil {
		t.Fatal(err)
	}
	logMem(t, "wrap prove", start)
	pk = nil
	writeTo(t, filepath.Join(dir, "wrap.proof"), proof)
	if err := VerifyWrap(vk, proof, &hi, &lo); err != nil {
		t.Fatal(err)
	}
	forgeVerify(t, vk, proof, [2]*big.Int{&hi, &lo})
}

// TestHeavy_WrapStandIn runs the wrap circuit in the test engine on a tiny
// BW6-761 stand-in of the aggregation proof (about 30 s per run).
func TestHeavy_WrapStandIn(t *testing.T) {
	vk, proof := standInAggregationProof(t, 1000, 234)
	c, err := NewWrap(vk)
	if err != nil {
		t.Fatal(err)
	}
	hi, lo := big.NewInt(1000), big.NewInt(234)
	a, err := AssignWrap(vk, proof, hi, lo)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(c, a, ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
	// A proof of the same header under another aggregation key (a second
	// setup of the same circuit), and the valid proof with one point moved.
	_, otherProof := standInAggregationProof(t, 1000, 234)
	other, err := stdgroth16.ValueOfProof[sw_bw6761.G1Affine, sw_bw6761.G2Affine](otherProof)
	if err != nil {
		t.Fatal(err)
	}
	moved := proof.(*groth16_bw6761.Proof)
	_, _, g1, _ := bw6761.Generators()
	var krs bw6761.G1Affine
	krs.Add(&moved.Krs, &g1)
	for name, tamper := range map[string]func(*Wrap){
		"proof under another key": func(w *Wrap) { w.Proof = other },
		"proof point C moved":     func(w *Wrap) { w.Proof.Krs = sw_bw6761.NewG1Affine(krs) },
		"header low half":         func(w *Wrap) { w.HeaderLo = big.NewInt(235) },
		// Same value mod the BW6-761 scalar field, not below 2^128.
		"half plus the BW6 modulus": func(w *Wrap) { w.HeaderHi = new(big.Int).Add(hi, ecc.BW6_761.ScalarField()) },
	} {
		bad := *a
		tamper(&bad)
		if err := test.IsSolved(c, &bad, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("%s: tampered wrap witness solves", name)
		}
	}
}

// standInWrap has the wrap circuit's public inputs and one commitment, so
// the exported verifier has the wrap's ABI and proof layout.
type standInWrap struct {
	HeaderHi, HeaderLo frontend.Variable `gnark:",public"`
	X                  frontend.Variable
}

func (c *standInWrap) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.X, 16)
	api.AssertIsEqual(api.Mul(c.HeaderHi, c.HeaderLo), c.X)
	return nil
}

// TestHeavy_SolidityStandIn checks the exported verifier, the proof bytes
// and IVerifier together in forge, on a BN254 stand-in of the wrap circuit.
func TestHeavy_SolidityStandIn(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &standInWrap{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, _, err := devsetup.Groth16(ccs, nil, "") // the verifier needs G = [δ]₂, as the wrap's setup makes it
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(&standInWrap{HeaderHi: 100, HeaderLo: 200, X: 20000}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w, WrapProverOption())
	if err != nil {
		t.Fatal(err)
	}
	forgeVerify(t, vk, proof, [2]*big.Int{big.NewInt(100), big.NewInt(200)})
}

// forgeVerify exports the verifier for vk (implementing the repository's
// IVerifier) and runs forge tests: the proof verifies for inputs, and
// reverts for a changed input or a changed proof byte.
func forgeVerify(t *testing.T, vk groth16.VerifyingKey, proof groth16.Proof, inputs [2]*big.Int) {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	forge := filepath.Join(root, "node_modules", ".bin", "forge")
	if _, err := os.Stat(forge); err != nil {
		t.Skipf("forge not installed (make setup): %v", err)
	}
	dir := t.TempDir()
	for _, d := range []string{"src/interfaces", "test"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	iface, err := os.ReadFile(filepath.Join(root, "contracts", "src", "interfaces", "IVerifier.sol"))
	if err != nil {
		t.Fatal(err)
	}
	var sol bytes.Buffer
	if err := verifier.ExportSolidity(&sol, vk, "IVerifier", "./interfaces/IVerifier.sol"); err != nil {
		t.Fatal(err)
	}
	pb, err := verifier.SolidityProof(proof)
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(pb)
	bad[300] ^= 1 // inside the commitment
	files := map[string]string{
		"src/interfaces/IVerifier.sol": string(iface),
		"src/Verifier.sol":             sol.String(),
		"foundry.toml": fmt.Sprintf("[profile.default]\nsrc = \"src\"\ntest = \"test\"\nout = \"out\"\nsolc = %q\noffline = true\nauto_detect_solc = false\noptimizer = true\nevm_version = \"cancun\"\n",
			filepath.Join(root, "tools", "solc", "solc")),
		"test/Verifier.t.sol": fmt.Sprintf(`// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Verifier} from "../src/Verifier.sol";
import {IVerifier} from "../src/interfaces/IVerifier.sol";

contract VerifierTest {
    IVerifier v;
    bytes constant PROOF = hex"%x";
    bytes constant BAD = hex"%x";
    uint256 constant HI = %d;
    uint256 constant LO = %d;

    function setUp() public {
        v = IVerifier(address(new Verifier()));
    }

    function test_verifyProof_succeeds() public view {
        v.verifyProof(PROOF, [HI, LO]);
    }

    function test_verifyProof_otherInput_reverts() public view {
        try v.verifyProof(PROOF, [HI, LO ^ 1]) {
            revert("accepted another input");
        } catch {}
    }

    function test_verifyProof_flippedByte_reverts() public view {
        try v.verifyProof(BAD, [HI, LO]) {
            revert("accepted a changed proof");
        } catch {}
    }
}
`, pb, bad, inputs[0], inputs[1]),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(heavyDir(t), "Verifier.sol"), sol.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(forge, "test", "--root", dir, "-vv")
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(forge)+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	t.Logf("forge:\n%s", out)
	if err != nil || !strings.Contains(string(out), "3 passed") {
		t.Fatalf("forge test: %v", err)
	}
}
