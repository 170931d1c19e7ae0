package keycache

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/nexus-rollup/nexus/internal/devsetup"
)

type square struct {
	X, Y frontend.Variable `gnark:",public"`
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func TestSetupLoadVerifyAndRecover(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &square{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	spec := Spec{Name: "square"}
	if _, err := Setup(spec, ccs, dir, nil, false); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("load before setup: %v, want ErrNoKeys", err)
	}
	var log strings.Builder
	k, err := Setup(spec, ccs, dir, &log, true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "UNSAFE") {
		t.Errorf("a dev setup must say it is unsafe:\n%s", log.String())
	}
	again, err := Setup(spec, ccs, dir, nil, false)
	if err != nil || again.Dir != k.Dir {
		t.Fatalf("reload: %v", err)
	}

	// A flipped byte in a key is refused, not loaded.
	pk := filepath.Join(k.Dir, "pk.bin")
	b, _ := os.ReadFile(pk)
	b[len(b)/2] ^= 1
	os.WriteFile(pk, b, 0o644)
	if _, err := Setup(spec, ccs, dir, nil, true); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt key: %v, want ErrCorrupt", err)
	}

	// A setup killed before its manifest was written runs again.
	os.Remove(filepath.Join(k.Dir, "manifest.json"))
	if _, err := Setup(spec, ccs, dir, nil, true); err != nil {
		t.Fatalf("setup after a partial one: %v", err)
	}
	if _, err := Setup(spec, ccs, dir, nil, false); err != nil {
		t.Fatalf("load after redo: %v", err)
	}
	if _, err := os.Stat(filepath.Join(k.Dir, "setup-checkpoint")); !os.IsNotExist(err) {
		t.Errorf("the setup's checkpoint (toxic waste) outlived the saved keys: %v", err)
	}

	// A setup killed midway (here: its stages made, its keys never
	// written) resumes from its checkpoint.
	os.Remove(filepath.Join(k.Dir, "manifest.json"))
	if _, _, _, err := devsetup.Groth16(ccs, nil, filepath.Join(k.Dir, "setup-checkpoint")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(k.Dir, "setup-checkpoint", "g2-b"))
	log.Reset()
	if _, err := Setup(spec, ccs, dir, &log, true); err != nil {
		t.Fatalf("resumed setup: %v", err)
	}
	if !strings.Contains(log.String(), "resumed an interrupted setup") {
		t.Errorf("the setup did not resume:\n%s", log.String())
	}
	if _, err := Setup(spec, ccs, dir, nil, false); err != nil {
		t.Fatalf("load after resume: %v", err)
	}
}

func TestProgressLine(t *testing.T) {
	for _, c := range []struct {
		elapsed, est time.Duration
		frac         float64
		want         string
	}{
		{0, 10 * time.Minute, 0, "setup: wrap: 0% (0s elapsed, about 10m0s left)"},
		{3 * time.Minute, 10 * time.Minute, 0, "setup: wrap: 30% (3m0s elapsed, about 7m0s left)"},
		{10 * time.Minute, 10 * time.Minute, 0, "setup: wrap: 99% (10m0s elapsed, past the estimate of 10m0s)"},
		{12 * time.Minute, 10 * time.Minute, 0, "setup: wrap: 99% (12m0s elapsed, past the estimate of 10m0s)"},
		{time.Second, 0, 0, "setup: wrap: 99% (1s elapsed, past the estimate of 0s)"},
		// Counted work wins over the estimate once 1% is done.
		{time.Minute, 10 * time.Minute, 0.25, "setup: wrap: 25% (1m0s elapsed, about 3m0s left)"},
		{12 * time.Minute, 10 * time.Minute, 0.5, "setup: wrap: 50% (12m0s elapsed, about 12m0s left)"},
		{time.Second, 10 * time.Minute, 0.005, "setup: wrap: 0% (1s elapsed, about 9m59s left)"},
	} {
		if got := progressLine("wrap", c.elapsed, c.est, c.frac); got != c.want {
			t.Errorf("progressLine(%s, %s) = %q, want %q", c.elapsed, c.est, got, c.want)
		}
	}
}

// TestNamed finds keys by their circuit's name without compiling it: an
// empty or missing cache has none, a setup's keys are found, another name's
// are not, and keys whose manifest was never written do not count.
func TestNamed(t *testing.T) {
	dir := t.TempDir()
	if Named(filepath.Join(dir, "missing"), "square") || Named(dir, "square") {
		t.Fatal("keys found in an empty cache")
	}
	if err := MissingError(dir, "square"); !errors.Is(err, ErrNoKeys) || !strings.Contains(err.Error(), "square") {
		t.Fatalf("MissingError: %v", err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &square{})
	if err != nil {
		t.Fatal(err)
	}
	k, err := Setup(Spec{Name: "square"}, ccs, dir, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if !Named(dir, "square") || Named(dir, "cube") {
		t.Fatal("Named does not find exactly the set-up circuit")
	}
	os.Remove(filepath.Join(k.Dir, "manifest.json"))
	if Named(dir, "square") {
		t.Fatal("keys without a manifest found")
	}
}

// A verifier loads the verifying key alone: by a manifest entry without
// the circuit, or by the circuit, with the proving key gone; a key of the
// wrong circuit or a flipped byte is refused.
func TestVerifyingKeyAlone(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &square{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	k, err := Setup(Spec{Name: "square", Extra: map[string]string{"model_sha256": "ab"}}, ccs, dir, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(k.Dir, "pk.bin")); err != nil {
		t.Fatal(err)
	}
	if _, d, err := FindVK(dir, ecc.BN254, map[string]string{"model_sha256": "ab"}, ""); err != nil || d != k.Dir {
		t.Fatalf("FindVK: %v (%s)", err, d)
	}
	if _, _, err := FindVK(dir, ecc.BN254, map[string]string{"model_sha256": "cd"}, ""); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("FindVK of another model: %v", err)
	}
	if _, _, err := FindVK(dir, ecc.BN254, map[string]string{"model_sha256": "ab"}, "model_sha256"); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("FindVK of an excluded variant: %v", err)
	}
	if _, d, err := LoadVK(ccs, dir); err != nil || d != k.Dir {
		t.Fatalf("LoadVK: %v", err)
	}
	if _, _, err := LoadVK(ccs, t.TempDir()); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("LoadVK from an empty cache: %v", err)
	}
	vk := filepath.Join(k.Dir, "vk.bin")
	b, _ := os.ReadFile(vk)
	b[len(b)/2] ^= 1
	os.WriteFile(vk, b, 0o644)
	if _, _, err := LoadVK(ccs, dir); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt vk: %v", err)
	}
}
