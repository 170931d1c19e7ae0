package onnximport

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/advancedclimatesystems/gonnx/onnx"

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
	quantErr float64 // dequantized vs onnxruntime, the largest
	meanErr  float64 // and on average
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
			c.meanErr += math.Abs(qy[j]-want[i][j]) / float64(len(fy)*len(in.Eval))
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

// Each transformer imports unedited (LayerNormalization at opset 17, its
// decomposition at opset 14), its float import matches onnxruntime to
// float32 precision, and the quantized model agrees with onnxruntime on
// held-out inputs.
func TestTransformer_matchesOnnxruntime(t *testing.T) {
	for _, tc := range []struct {
		name   string
		maxRel float64
	}{
		{"transformer_small", 0.15},
		{"transformer_small_opset14", 0.15},
		{"transformer_bench", 0.12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := checkTransformer(t, tc.name)
			rel := c.quantErr / c.outRange
			t.Logf("%d layers, %d parameters; argmax agreement with onnxruntime %d/%d, labels %d/%d; max |float - onnxruntime| %.2g; max |dequantized - onnxruntime| %.3f (%.2f%% of range %.3g), mean %.3f; notes %q",
				len(c.m.Layers), c.m.ParamCount(), c.agree, len(c.eval), c.correct, len(c.eval), c.floatErr, c.quantErr, 100*rel, c.outRange, c.meanErr, c.res.Notes)
			if c.floatErr > 1e-3*(1+c.outRange) {
				t.Errorf("float import differs from onnxruntime by %g", c.floatErr)
			}
			if c.agree*100 < 98*len(c.eval) {
				t.Errorf("argmax agreement %d/%d below 98%%", c.agree, len(c.eval))
			}
			if rel > tc.maxRel {
				t.Errorf("dequantized error %.2f%% of the output range", 100*rel)
			}
		})
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

// A [1, 4, 3] input through LayerNormalization ("a") and a token-wise
// MatMul to width 4 ("h"): a sequence graph, then the op under test.
func seqGraph() *graph {
	return newGraph(1, 4, 3).init("g", []int64{3}, 1, 1, 1).init("w", []int64{3, 4}, vals(12)...).
		node("LayerNormalization", []string{"x", "g"}, []string{"a"}, intAttr("axis", -1)).
		node("MatMul", []string{"a", "w"}, []string{"h"})
}

func intsAttr(name string, v ...int64) *onnx.AttributeProto {
	return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_INTS, Ints: v}
}

// Sequence graphs that Nexus cannot prove are refused at the node that
// blocks, naming the operator, with what would be accepted.
func TestTransformer_refusalsNameTheNode(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *graph
		out  string
		want []string
	}{
		{"softmax over tokens", seqGraph().node("Transpose", []string{"h"}, []string{"kt"}, intsAttr("perm", 0, 2, 1)).
			node("MatMul", []string{"h", "kt"}, []string{"s"}).node("Softmax", []string{"s"}, []string{"p"}, intAttr("axis", 1)), "p",
			[]string{"node 4", "(Softmax)", "axis 1", "last axis"}},
		{"transpose of tokens and batch", seqGraph().node("Transpose", []string{"h"}, []string{"kt"}, intsAttr("perm", 1, 0, 2)), "kt",
			[]string{"node 2", "(Transpose)", "perm [0, 2, 1]"}},
		{"product of activations", seqGraph().node("MatMul", []string{"h", "a"}, []string{"p"}), "p",
			[]string{"node 2", "(MatMul)", "Q·Kᵀ", "A·V"}},
		{"layer norm over tokens", seqGraph().node("LayerNormalization", []string{"h", "g"}, []string{"n"}, intAttr("axis", 1)), "n",
			[]string{"node 2", "(LayerNormalization)", "last axis"}},
		{"unknown operator", seqGraph().node("Elu", []string{"h"}, []string{"e"}), "e",
			[]string{"node 2", "unsupported operator Elu"}},
		{"pooling keepdims", seqGraph().node("ReduceMean", []string{"h"}, []string{"m"}, intsAttr("axes", 1), intAttr("keepdims", 1)), "m",
			[]string{"node 2", "(ReduceMean)", "keepdims=1"}},
		{"residual of two shapes", seqGraph().node("Add", []string{"h", "a"}, []string{"r"}), "r",
			[]string{"node 2", "(Add)", "one shape"}},
		{"output not the last layer", seqGraph(), "a",
			[]string{"graph output \"a\" is not the last layer's output"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.g.bytes(t, tc.out), "x")
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// A final Softmax over a classifier's scores is dropped with a note: the
// proven output is the scores, whose argmax is the class.
func TestTransformer_finalSoftmaxIsDropped(t *testing.T) {
	g := seqGraph().init("wh", []int64{2, 4}, vals(8)...).
		node("ReduceMean", []string{"h"}, []string{"m"}, intsAttr("axes", 1), intAttr("keepdims", 0)).
		node("Gemm", []string{"m", "wh"}, []string{"s"}, intAttr("transB", 1)).
		node("Softmax", []string{"s"}, []string{"p"}, intAttr("axis", -1))
	r, err := Read(g.bytes(t, "p"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if r.Output != "s" || len(r.Notes) == 0 || !strings.Contains(strings.Join(r.Notes, "\n"), "Softmax") {
		t.Fatalf("output %q, notes %q", r.Output, r.Notes)
	}
	last := r.Model.Layers[len(r.Model.Layers)-1]
	if last.Kind != model.Dense || last.In != 16 || last.Out != 2 {
		t.Fatalf("head %+v", last)
	}
}
