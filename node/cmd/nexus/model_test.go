package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexus-rollup/nexus/prover/model"
)

// TestModelCommands_importProveVerify is the inference-proof flow from the CLI:
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
		{[]string{"model", "inspect", nxm}, "8105 constraints"},
		{[]string{"model", "run", nxm, "mnist:0"}, "argmax"},
		// --gpu: a build without GPU support says so and proves on the CPU.
		{[]string{"model", "prove", "--gpu", "--job", "42", "--model-id", "3", "--out", proof, nxm, "mnist:0"}, "statement 0x"},
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

// An skl2onnx pipeline (StandardScaler + MLPClassifier, written unedited)
// through the CLI: import with a calibration file (agreement on held-out
// samples, notes on what was folded and dropped), inspect shows the output
// scale, run and prove print dequantized outputs, and verify needs only the
// verifying key: with the proving key deleted from the cache, and with --vk
// and an empty cache.
func TestModelCommands_exporterModelVerifiesWithVerifyingKeyOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup")
	}
	dir := t.TempDir()
	src := "../../../prover/model/onnximport/testdata/exporters/"
	var in struct{ Calib, Eval [][]float64 }
	b, err := os.ReadFile(src + "skl_scaler_mlp.inputs.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatal(err)
	}
	var calib strings.Builder
	for _, x := range append(in.Calib, in.Eval...) {
		calib.WriteString(strings.Trim(fmt.Sprint(x), "[]") + "\n")
	}
	calibFile := filepath.Join(dir, "calib.txt")
	writeFile(t, calibFile, calib.String())
	nxm := filepath.Join(dir, "skl.nxm")
	keys := filepath.Join(dir, "keys")
	out, err := run(t, "model", "import", "--calibration", calibFile, "--clip-weights", "--out", nxm, src+"skl_scaler_mlp.onnx")
	for _, want := range []string{"on 40 held-out samples", "note: Scaler", "Softmax", "dropped", "scale"} {
		if err != nil || !strings.Contains(out, want) {
			t.Fatalf("import: err %v, %q missing from:\n%s", err, want, out)
		}
	}
	raw, err := os.ReadFile(nxm)
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "input.json")
	var vals []int
	for _, v := range m.QuantizeInput(in.Eval[0]) {
		vals = append(vals, int(v))
	}
	q, _ := json.Marshal(vals)
	writeFile(t, input, string(q))
	proof := filepath.Join(dir, "proof.json")
	for _, s := range []struct {
		args []string
		want string
	}{
		{[]string{"model", "inspect", nxm}, "output   10 values in [-128, 127], scale"},
		{[]string{"model", "run", "--raw", nxm, input}, "(dequantized, scale"},
		{[]string{"model", "prove", "--keys", keys, "--out", proof, nxm, input}, "verifying key"},
	} {
		out, err := run(t, s.args...)
		if err != nil || !strings.Contains(out, s.want) {
			t.Fatalf("nexus %s: err %v, output:\n%s", strings.Join(s.args, " "), err, out)
		}
	}
	vks, _ := filepath.Glob(filepath.Join(keys, "*", "vk.bin"))
	pks, _ := filepath.Glob(filepath.Join(keys, "*", "pk.bin"))
	if len(vks) != 1 || len(pks) != 1 {
		t.Fatalf("key cache holds %v %v", vks, pks)
	}
	if err := os.Remove(pks[0]); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"model", "verify", "--keys", keys, nxm, proof},
		{"model", "verify", "--keys", filepath.Join(dir, "empty"), "--vk", vks[0], nxm, proof},
	} {
		out, err := run(t, args...)
		if err != nil || !strings.Contains(out, "OK: proof verifies") || !strings.Contains(out, "argmax") {
			t.Fatalf("nexus %s: err %v, output:\n%s", strings.Join(args, " "), err, out)
		}
	}
	if _, err := run(t, "model", "verify", "--keys", filepath.Join(dir, "empty"), nxm, proof); err == nil || !strings.Contains(err.Error(), "--vk") {
		t.Fatalf("verify without any key: %v", err)
	}
}

// Tabular features of very different ranges (breast cancer: 0.05 to 4000)
// get one input encoding each by default; forcing one uniform scale, or an
// unknown encoding, is the user's call.
func TestModelCommands_importPicksPerFeatureInputForTabularData(t *testing.T) {
	dir := t.TempDir()
	src := "../../../prover/model/onnximport/testdata/exporters/"
	var in struct{ Calib, Eval [][]float64 }
	b, err := os.ReadFile(src + "skl_logreg_binary.inputs.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatal(err)
	}
	var calib strings.Builder
	for _, x := range append(in.Calib, in.Eval...) {
		calib.WriteString(strings.Trim(fmt.Sprint(x), "[]") + "\n")
	}
	calibFile := filepath.Join(dir, "calib.txt")
	writeFile(t, calibFile, calib.String())
	args := []string{"model", "import", "--calibration", calibFile, "--out", filepath.Join(dir, "lr.nxm")}
	out, err := run(t, append(args, src+"skl_logreg_binary.onnx")...)
	if err != nil || !strings.Contains(out, "per-feature scales") || !strings.Contains(out, "LinearClassifier") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, err = run(t, append(args, "--input-encoding", "uniform", src+"skl_logreg_binary.onnx")...)
	if err != nil || strings.Contains(out, "per-feature") || !strings.Contains(out, "uint8 (scale ") {
		t.Fatalf("uniform import: %v\n%s", err, out)
	}
	if _, err := run(t, append(args, "--input-encoding", "bogus", src+"skl_logreg_binary.onnx")...); err == nil {
		t.Fatal("bogus encoding accepted")
	}
}
