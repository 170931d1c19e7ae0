package onnximport

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nexus-rollup/nexus/prover/circuit"
	"github.com/nexus-rollup/nexus/prover/model"
)

// The models in testdata/exporters were written, unedited, by skl2onnx and
// torch.onnx.export (make_models.py); their float reference outputs come from
// onnxruntime-node (reference.js). Each case says which onnxruntime tensor
// the imported model's output is compared with, and how it relates.
var exporterModels = []struct {
	name      string
	ref       string // onnxruntime tensor ("" : the imported model's output tensor itself)
	transform string // applied to the imported output before comparing: "", "softmax", "logistic"
	label     string // onnxruntime's class output; "" for regressors
	// Agreement with onnxruntime on the held-out inputs, in percent of argmax
	// matches for classifiers, and the largest dequantized output error the
	// quantized model may make, in units of the output's float range.
	minAgree  int
	maxRelErr float64
}{
	{"skl_mlp_classifier", "", "", "output_label", 99, 0.15},
	{"skl_scaler_mlp", "", "", "output_label", 97, 0.75},
	{"skl_minmax_logreg", "probability_tensor", "softmax", "output_label", 99, 0.10},
	{"skl_logreg_binary", "probability_tensor", "logistic", "output_label", 99, 0.5},
	{"skl_mlp_binary", "probabilities", "logistic", "output_label", 99, 0.65},
	{"skl_minmax_mlp_regressor", "", "", "", 0, 0.06},
	{"skl_linear_regression", "", "", "", 0, 0.06},
	{"torch_cnn_opset13", "", "", "output", 99, 0.05},
	{"torch_cnn_opset17", "", "", "output", 99, 0.05},
	{"torch_grouped_opset15", "", "", "output", 99, 0.05},
	{"torch_rank3_opset14", "", "", "output", 99, 0.15},
	{"torch_activations_opset16", "", "", "output", 99, 0.15},
	{"torch_maxpool_pad_opset13", "", "", "output", 99, 0.15},
	{"torch_gelu_prelu_opset17", "", "", "output", 99, 0.15},
}

type exporterInputs struct {
	InputShape []int       `json:"input_shape"`
	Calib      [][]float64 `json:"calib"`
	Eval       [][]float64 `json:"eval"`
}

type exporterRef struct {
	Runtime string                 `json:"runtime"`
	Outputs map[string][][]float64 `json:"outputs"`
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func transform(kind string, v []float64) []float64 {
	out := make([]float64, len(v))
	switch kind {
	case "softmax":
		m, s := v[model.Argmax(v)], 0.0
		for i, x := range v {
			out[i] = math.Exp(x - m)
			s += out[i]
		}
		for i := range out {
			out[i] /= s
		}
	case "logistic":
		for i, x := range v {
			out[i] = 1 / (1 + math.Exp(-x))
		}
	default:
		copy(out, v)
	}
	return out
}

// exporterCheck is one exporter model imported, quantized on its
// calibration inputs and compared with onnxruntime on held-out inputs.
type exporterCheck struct {
	res        *Result
	m          *model.Model
	in         exporterInputs
	agree      int
	floatErr   float64 // import (float) vs onnxruntime, after the transform
	quantErr   float64 // quantized (dequantized) vs onnxruntime, after the transform
	outRange   float64 // max |reference value|
	classifier bool
}

func checkExporterModel(t *testing.T, name, refName, tf, label string) *exporterCheck {
	t.Helper()
	dir := filepath.Join("testdata", "exporters")
	b, err := os.ReadFile(filepath.Join(dir, name+".onnx"))
	if err != nil {
		t.Fatal(err)
	}
	c := &exporterCheck{classifier: label != ""}
	readJSON(t, filepath.Join(dir, name+".inputs.json"), &c.in)
	var ref exporterRef
	readJSON(t, filepath.Join(dir, name+".ref.json"), &ref)
	if c.res, err = Read(b, name); err != nil {
		t.Fatalf("import: %v", err)
	}
	if refName == "" {
		refName = c.res.Output
	}
	want := ref.Outputs[refName]
	if len(want) != len(c.in.Eval) {
		t.Fatalf("reference has %d rows of %q for %d inputs", len(want), refName, len(c.in.Eval))
	}
	opts := model.Options{ClipWeights: true, PerFeatureInput: model.WideFeatureRanges(c.in.Calib)}
	if c.m, err = model.QuantizeWith(c.res.Model, c.in.Calib, 0, opts); err != nil {
		t.Fatalf("quantize: %v", err)
	}
	for i, x := range c.in.Eval {
		tr, err := c.res.Model.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		fy := transform(tf, tr[len(tr)-1])
		q, err := c.m.Run(c.m.QuantizeInput(x))
		if err != nil {
			t.Fatal(err)
		}
		qy := transform(tf, c.m.Dequantize(q))
		if len(fy) != len(want[i]) {
			t.Fatalf("%d outputs, onnxruntime has %d", len(fy), len(want[i]))
		}
		for j := range fy {
			c.floatErr = max(c.floatErr, math.Abs(fy[j]-want[i][j]))
			c.quantErr = max(c.quantErr, math.Abs(qy[j]-want[i][j]))
			c.outRange = max(c.outRange, math.Abs(want[i][j]))
		}
		if c.classifier {
			cls := ref.Outputs[label][i]
			wantCls := int(cls[0])
			if len(cls) > 1 {
				wantCls = model.Argmax(cls)
			}
			if model.Argmax(q) == wantCls {
				c.agree++
			}
		}
	}
	return c
}

// Every exporter model imports unedited, its float import matches
// onnxruntime to float32 precision, and the quantized model agrees with
// onnxruntime on held-out inputs.
func TestExporterModels_matchOnnxruntime(t *testing.T) {
	for _, tc := range exporterModels {
		t.Run(tc.name, func(t *testing.T) {
			c := checkExporterModel(t, tc.name, tc.ref, tc.transform, tc.label)
			if c.floatErr > 1e-3*(1+c.outRange) {
				t.Errorf("float import differs from onnxruntime by %g", c.floatErr)
			}
			rel := c.quantErr / max(c.outRange, 1e-9)
			summary := fmt.Sprintf("%s: argmax agreement %d/%d, max |float - onnxruntime| %.2g, max |dequantized - onnxruntime| %.4f (%.2f%% of range %.3g), %d layers, notes %q",
				tc.name, c.agree, len(c.in.Eval), c.floatErr, c.quantErr, 100*rel, c.outRange, len(c.m.Layers), c.res.Notes)
			t.Log(summary)
			if c.classifier && c.agree*100 < tc.minAgree*len(c.in.Eval) {
				t.Errorf("agreement below %d%%", tc.minAgree)
			}
			if rel > tc.maxRelErr {
				t.Errorf("dequantized error %.2f%% of the output range, above %.0f%%", 100*rel, 100*tc.maxRelErr)
			}
		})
	}
}

// Each exporter model is proven and verified on a held-out input with a real
// Groth16 proof (dev setup in a temporary key cache), and the proof's output
// is model.Run's.
func TestExporterModels_proveAndVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup per model")
	}
	cache := t.TempDir()
	for _, tc := range exporterModels {
		t.Run(tc.name, func(t *testing.T) {
			c := checkExporterModel(t, tc.name, tc.ref, tc.transform, tc.label)
			k, err := circuit.Setup(c.m, cache, nil)
			if err != nil {
				t.Fatal(err)
			}
			j := &circuit.Job{Input: c.m.QuantizeInput(c.in.Eval[0])}
			j.JobID.SetUint64(7)
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
			want, _ := c.m.Run(j.Input)
			if fmt.Sprint(claim.Output) != fmt.Sprint(want) {
				t.Fatalf("proof output %v, Run gives %v", claim.Output, want)
			}
			t.Logf("%s: %d constraints, proved in %s, verifies; dequantized output %.3g", tc.name, k.CCS.GetNbConstraints(),
				took.Round(time.Millisecond), c.m.Dequantize(claim.Output))
		})
	}
}
