package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSetup_badBlockParams(t *testing.T) {
	dd := []string{"--datadir", t.TempDir()}
	for _, args := range [][]string{
		{"setup", "--block.slots", "0"},
		{"setup", "--block.inferences", "-1"},
		{"setup", "--no-block", "--setup.models", t.TempDir()}, // no models there
		{"setup", "--verifier.out", "/tmp/v.sol"},              // needs --wrap
		{"setup", "--no-block", "--aggregation"},
		{"setup", "--no-block", "--wrap"},
		{"model", "register"},
		{"model", "register", "--fee", "1", filepath.Join(t.TempDir(), "missing.nxm")},
		{"model", "register", "--fee", "x", "../../../prover/model/testdata/mlp.nxm"},
	} {
		out, err := run(t, append(dd, args...)...)
		if err == nil {
			t.Errorf("nexus %s succeeded:\n%s", strings.Join(args, " "), out)
		}
	}
}

// TestSetup_modelsThenLoad sets up a model's inference keys, then finds
// them verified in the cache on the second run.
func TestSetup_modelsThenLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup")
	}
	dir := t.TempDir()
	models := filepath.Join(dir, "models")
	os.MkdirAll(models, 0o755)
	b, err := os.ReadFile("../../../prover/model/testdata/mlp.nxm")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(models, "mlp.nxm"), b, 0o644)
	args := []string{"--datadir", filepath.Join(dir, "data"), "setup", "--no-block", "--setup.models", models}
	out, err := run(t, args...)
	if err != nil || !strings.Contains(out, "UNSAFE") || !strings.Contains(out, "constraints") {
		t.Fatalf("first setup: %v\n%s", err, out)
	}
	out, err = run(t, args...)
	if err != nil || !strings.Contains(out, "loaded verified keys") {
		t.Fatalf("second setup did not load the cached keys: %v\n%s", err, out)
	}
}
