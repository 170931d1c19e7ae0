package onnximport

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
)

// transformerCheck is a transformer from testdata/transformer imported,
// quantized on its calibration inputs and compared on held-out inputs with
// onnxruntime's float outputs.
type transformerCheck struct {
	res      *Result
	m        *model.Model
	eval     [][]float64
	labels   []int
	agree    int     // quantized argmax = onnxruntime argmax
	correct  int     // quantized argmax = label
	floatErr float64 // import (float) vs onnxruntime
	quantErr float64 // dequantized vs onnxruntime
	outRange float64
}

func checkTransformer(tb testing.TB, name string) *transformerCheck {
	tb.Helper()
	dir := filepath.Join("testdata", "transformer")
	b, err := os.ReadFile(filepath.Join(dir, name+".onnx"))
	if err != nil {
		tb.Fatal(err)
	}
	var in struct {
		exporterInputs
		Labels []int `json:"labels"`
	}
	var ref exporterRef
	readJSONFile(tb, filepath.Join(dir, name+".inputs.json"), &in)
	readJSONFile(tb, filepath.Join(dir, name+".ref.json"), &ref)
	c := &transformerCheck{eval: in.Eval, labels: in.Labels}
	if c.res, err = Read(b, name); err != nil {
		tb.Fatalf("import: %v", err)
	}
	if c.m, err = model.Quantize(c.res.Model, in.Calib, 0); err != nil {
		tb.Fatalf("quantize: %v", err)
	}
	want := ref.Outputs[c.res.Output]
	if len(want) != len(in.Eval) {
		tb.Fatalf("reference has %d rows of %q for %d inputs", len(want), c.res.Output, len(in.Eval))
	}
	for i, x := range in.Eval {
		tr, err := c.res.Model.Forward(x)
		if err != nil {
			tb.Fatal(err)
		}
		fy := tr[len(tr)-1]
		q, err := c.m.Run(c.m.QuantizeInput(x))
		if err != nil {
			tb.Fatal(err)
		}
		qy := c.m.Dequantize(q)
		for j := range fy {
			c.floatErr = max(c.floatErr, math.Abs(fy[j]-want[i][j]))
			c.quantErr = max(c.quantErr, math.Abs(qy[j]-want[i][j]))
			c.outRange = max(c.outRange, math.Abs(want[i][j]))
		}
		if model.Argmax(q) == model.Argmax(want[i]) {
			c.agree++
		}
		if i < len(in.Labels) && model.Argmax(q) == in.Labels[i] {
			c.correct++
		}
	}
	return c
}

func TestTransformer_matchesOnnxruntime(t *testing.T) {
	c := checkTransformer(t, "transformer_small")
	rel := c.quantErr / c.outRange
	t.Logf("%d layers, %d parameters; argmax agreement with onnxruntime %d/%d, labels %d/%d; max |float - onnxruntime| %.2g; max |dequantized - onnxruntime| %.3f (%.2f%% of range %.3g); notes %q",
		len(c.m.Layers), c.m.ParamCount(), c.agree, len(c.eval), c.correct, len(c.eval), c.floatErr, c.quantErr, 100*rel, c.outRange, c.res.Notes)
	if c.floatErr > 1e-3*(1+c.outRange) {
		t.Errorf("float import differs from onnxruntime by %g", c.floatErr)
	}
	if c.agree*100 < 98*len(c.eval) {
		t.Errorf("argmax agreement %d/%d below 98%%", c.agree, len(c.eval))
	}
	if rel > 0.15 {
		t.Errorf("dequantized error %.2f%% of the output range", 100*rel)
	}
}

func readJSONFile(tb testing.TB, path string, v any) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

// The small transformer is proven and verified on held-out inputs with a
// real Groth16 proof (dev setup in a temporary key cache); the proof's
// output is model.Run's and its argmax the float model's.
func TestTransformer_proveAndVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup")
	}
	c := checkTransformer(t, "transformer_small")
	k, err := circuit.Setup(c.m, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range c.eval[:2] {
		j := &circuit.Job{Input: c.m.QuantizeInput(x)}
		j.JobID.SetUint64(uint64(7 + i))
		j.InputSalt.SetUint64(11)
		j.OutputSalt.SetUint64(13)
		start := time.Now()
		proof, claim, err := circuit.Prove(k, c.m, j)
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		if err := circuit.Verify(k.VK, c.m, proof, claim.Statement); err != nil {
			t.Fatal(err)
		}
		other := claim.Statement
		other.SetUint64(other.Uint64() + 1)
		if err := circuit.Verify(k.VK, c.m, proof, other); !errors.Is(err, circuit.ErrBadProof) {
			t.Fatalf("proof verifies against another statement: %v", err)
		}
		ft, err := c.res.Model.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := model.Argmax(claim.Output), model.Argmax(ft[len(ft)-1]); got != want {
			t.Errorf("input %d: proven class %d, float model %d", i, got, want)
		}
		t.Logf("transformer_small: %d constraints, proved in %s, verifies; dequantized output %.3g", k.CCS.GetNbConstraints(),
			took.Round(time.Millisecond), c.m.Dequantize(claim.Output))
	}
}
