package circuit

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexus-rollup/nexus/prover/model/mnist"
)

// TestGroth16_MLPProofOnRealDigitVerifies runs the real pipeline on the
// MLP: dev setup into a temporary cache, prove a held-out digit, verify,
// reload keys from the cache (manifest checked), and reject tampering.
func TestGroth16_MLPProofOnRealDigitVerifies(t *testing.T) {
	m := loadModel(t, "mlp.nxm")
	cache := t.TempDir()
	var log bytes.Buffer
	k, err := Setup(m, cache, &log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "dev Groth16 setup") {
		t.Fatalf("no setup progress in log:\n%s", log.String())
	}
	_, testSet, err := mnist.Default()
	if err != nil {
		t.Fatal(err)
	}
	j := job(testSet.Images[0], 1)
	proof, claim, err := Prove(k, m, j)
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewProofFile(m, proof, claim)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := f.Marshal()
	f2, err := ParseProofFile(raw)
	if err != nil {
		t.Fatal(err)
	}

	// Keys come back from the cache, checked against the manifest.
	log.Reset()
	k2, err := Setup(m, cache, &log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "loaded verified keys") {
		t.Fatalf("keys not reused:\n%s", log.String())
	}
	if err := f2.Check(k2.VK, m); err != nil {
		t.Fatalf("honest proof rejected: %v", err)
	}

	bad := *f2
	bad.JobID = "0x1234"
	if err := bad.Check(k2.VK, m); err == nil {
		t.Fatal("changed job id accepted")
	}
	bad = *f2
	bad.Output = append([]int64(nil), f2.Output...)
	bad.Output[0]++
	if err := bad.Check(k2.VK, m); err == nil {
		t.Fatal("changed output accepted")
	}
	// A proof for another statement: a different job, proved honestly.
	other, _, err := Prove(k, m, job(testSet.Images[1], 2))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(k2.VK, m, other, claim.Statement); !errors.Is(err, ErrBadProof) {
		t.Fatalf("proof verified against another statement: %v", err)
	}

	// A corrupted cached key is refused, never silently replaced.
	pk := filepath.Join(k.Dir, "vk.bin")
	b, _ := os.ReadFile(pk)
	b[len(b)/2] ^= 1
	if err := os.WriteFile(pk, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Setup(m, cache, nil); !errors.Is(err, ErrCorruptKeys) {
		t.Fatalf("corrupt key loaded: %v", err)
	}
}
