package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelCommands_importProveVerify is the issue #3 flow from the CLI:
// import the trained MLP from ONNX with MNIST calibration, inspect it, prove
// an inference on a held-out digit, verify it, and reject a tampered claim.
func TestModelCommands_importProveVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup")
	}
	dir := t.TempDir()
	nxm := filepath.Join(dir, "mlp.nxm")
	proof := filepath.Join(dir, "proof.json")
	dd := []string{"--datadir", filepath.Join(dir, "data")}
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"model", "import", "--calibration", "mnist", "--out", nxm, "../../../prover/model/testdata/mlp.onnx"}, "agreement"},
		{[]string{"model", "inspect", nxm}, "9598 constraints"},
		{[]string{"model", "run", nxm, "mnist:0"}, "argmax"},
		{[]string{"model", "prove", "--job", "42", "--model-id", "3", "--out", proof, nxm, "mnist:0"}, "statement 0x"},
		{[]string{"model", "verify", nxm, proof}, "OK: proof verifies"},
	}
	for _, s := range steps {
		out, err := run(t, append(dd, s.args...)...)
		if err != nil || !strings.Contains(out, s.want) {
			t.Fatalf("nexus %s: err %v, output:\n%s", strings.Join(s.args, " "), err, out)
		}
	}
	b, err := os.ReadFile(proof)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(b), `"job_id": "0x`, `"job_id": "0x1`, 1)
	writeFile(t, proof, bad)
	if out, err := run(t, append(dd, "model", "verify", nxm, proof)...); err == nil {
		t.Fatalf("tampered proof verified:\n%s", out)
	}
	if _, err := run(t, append(dd, "model", "run", nxm, "mnist:99999")...); err == nil {
		t.Fatal("out-of-range digit accepted")
	}
}
