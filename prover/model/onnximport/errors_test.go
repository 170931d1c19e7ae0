package onnximport

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/nexus-rollup/nexus/prover/model"
)

// graph builds small ONNX models for the refusal tests.
type graph struct {
	g *onnx.GraphProto
}

func newGraph(dims ...int64) *graph {
	return &graph{g: &onnx.GraphProto{Input: []*onnx.ValueInfoProto{valueInfo("x", dims)}}}
}

func (b *graph) init(name string, dims []int64, v ...float32) *graph {
	b.g.Initializer = append(b.g.Initializer, &onnx.TensorProto{Name: name, Dims: dims, DataType: int32(onnx.TensorProto_FLOAT), FloatData: v})
	return b
}

func (b *graph) node(op string, ins, outs []string, attrs ...*onnx.AttributeProto) *graph {
	b.g.Node = append(b.g.Node, &onnx.NodeProto{Name: op + "_" + outs[0], OpType: op, Input: ins, Output: outs, Attribute: attrs})
	return b
}

func (b *graph) bytes(t *testing.T, out string) []byte {
	t.Helper()
	b.g.Output = []*onnx.ValueInfoProto{valueInfo(out, nil)}
	raw, err := proto.Marshal(&onnx.ModelProto{IrVersion: 7, Graph: b.g, OpsetImport: []*onnx.OperatorSetIdProto{{Version: 13}}})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func intAttr(name string, v int64) *onnx.AttributeProto {
	return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_INT, I: v}
}

func vals(n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(i%7) / 7
	}
	return v
}

// A dense 4 -> 3 layer, then the op under test on its output y.
func dense() *graph {
	return newGraph(1, 4).init("w", []int64{3, 4}, vals(12)...).init("b", []int64{3}, vals(3)...).
		node("Gemm", []string{"x", "w", "b"}, []string{"y"}, intAttr("transB", 1))
}

// A 1x6x6 image through a 3x3 conv of 2 channels: y is 2x4x4.
func conv() *graph {
	return newGraph(1, 1, 6, 6).init("k", []int64{2, 1, 3, 3}, vals(18)...).node("Conv", []string{"x", "k"}, []string{"y"})
}

func TestImport_refusalsNameOperatorNodeAndHint(t *testing.T) {
	cases := []struct {
		name string
		b    *graph
		out  string
		want []string
	}{
		{"transpose of activations", dense().node("Transpose", []string{"y"}, []string{"z"}), "z",
			[]string{"node 1", `"Transpose_z"`, "unsupported operator Transpose", "CHW order"}},
		{"per-channel prelu", dense().init("slope", []int64{3}, 0.1, 0.2, 0.3).node("PRelu", []string{"y", "slope"}, []string{"z"}), "z",
			[]string{"node 1", "unsupported operator PRelu", "one slope"}},
		{"gelu", dense().node("Erf", []string{"y"}, []string{"z"}), "z",
			[]string{"node 1", "unsupported operator Erf", "GELU"}},
		{"two activations", dense().node("Relu", []string{"y"}, []string{"r"}).node("Tanh", []string{"r"}, []string{"t"}).
			init("w2", []int64{3, 2}, vals(6)...).node("MatMul", []string{"t", "w2"}, []string{"z"}), "z",
			[]string{"node 2", "one activation per layer"}},
		{"softmax between layers", dense().node("Softmax", []string{"y"}, []string{"s"}).init("w2", []int64{3, 2}, vals(6)...).
			node("MatMul", []string{"s", "w2"}, []string{"z"}), "z",
			[]string{"node 1", `"Softmax_s"`, "unsupported operator Softmax", "dropped at the end"}},
		{"fixed batch of 4", newGraph(4, 4).init("w", []int64{3, 4}, vals(12)...).node("Gemm", []string{"x", "w"}, []string{"y"}, intAttr("transB", 1)), "y",
			[]string{"batch of 4", "batch must be 1 or symbolic"}},
		{"residual add", dense().node("Relu", []string{"y"}, []string{"r"}).node("Add", []string{"r", "r"}, []string{"z"}), "z",
			[]string{"node 2", "residual"}},
		{"branching graph", dense().node("Relu", []string{"y"}, []string{"r"}).node("Relu", []string{"y"}, []string{"z"}), "z",
			[]string{"node 2", "not sequential"}},
		{"dilated maxpool", conv().node("MaxPool", []string{"y"}, []string{"z"},
			&onnx.AttributeProto{Name: "kernel_shape", Type: onnx.AttributeProto_INTS, Ints: []int64{2, 2}},
			&onnx.AttributeProto{Name: "dilations", Type: onnx.AttributeProto_INTS, Ints: []int64{2, 2}}), "z",
			[]string{"node 1", "dilated MaxPool"}},
		{"asymmetric maxpool pads", conv().node("MaxPool", []string{"y"}, []string{"z"},
			&onnx.AttributeProto{Name: "kernel_shape", Type: onnx.AttributeProto_INTS, Ints: []int64{2, 2}},
			&onnx.AttributeProto{Name: "pads", Type: onnx.AttributeProto_INTS, Ints: []int64{0, 0, 1, 1}}), "z",
			[]string{"node 1", "only equal pads"}},
		{"avgpool without padded zeros", conv().node("AveragePool", []string{"y"}, []string{"z"},
			&onnx.AttributeProto{Name: "kernel_shape", Type: onnx.AttributeProto_INTS, Ints: []int64{2, 2}},
			&onnx.AttributeProto{Name: "pads", Type: onnx.AttributeProto_INTS, Ints: []int64{1, 1, 1, 1}}), "z",
			[]string{"node 1", "count_include_pad"}},
		{"1-D conv", newGraph(1, 2, 8).init("k", []int64{2, 2, 3}, vals(12)...).node("Conv", []string{"x", "k"}, []string{"y"}), "y",
			[]string{"node 0", "only 2-D convolutions"}},
		{"matmul on a sequence", newGraph(1, 3, 4).init("w", []int64{4, 2}, vals(8)...).node("MatMul", []string{"x", "w"}, []string{"y"}), "y",
			[]string{"node 0", "row by row", "flatten first"}},
		{"int32 weights", newGraph(1, 4).node("MatMul", []string{"x", "w"}, []string{"y"}), "y",
			[]string{"node 0", `"w"`}},
		{"depthwise conv too large once stored full", newGraph(1, 4096, 1, 1).init("k", []int64{4096, 1, 3, 3}, vals(4096*9)...).
			node("Conv", []string{"x", "k"}, []string{"y"}, intAttr("group", 4096),
				&onnx.AttributeProto{Name: "pads", Type: onnx.AttributeProto_INTS, Ints: []int64{1, 1, 1, 1}}), "y",
			[]string{"node 0", "weights once stored as a full conv"}},
		{"pad before relu", conv().node("Pad", []string{"y", "p"}, []string{"q"}).node("Relu", []string{"q"}, []string{"z"}), "z",
			[]string{"node 2", "Pad must be followed by a Conv or AveragePool"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "int32 weights" {
				tc.b.g.Initializer = append(tc.b.g.Initializer, &onnx.TensorProto{Name: "w", Dims: []int64{4, 2}, DataType: int32(onnx.TensorProto_STRING)})
			}
			if tc.name == "pad before relu" {
				tc.b.g.Initializer = append(tc.b.g.Initializer, &onnx.TensorProto{Name: "p", Dims: []int64{8}, DataType: int32(onnx.TensorProto_INT64), Int64Data: []int64{0, 0, 1, 1, 0, 0, 1, 1}})
			}
			_, err := Import(tc.b.bytes(t, tc.out), "x")
			if err == nil {
				t.Fatal("imported")
			}
			t.Log(err)
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// A dilated, strided, asymmetrically padded 2x3 conv imports as a square
// kernel with zero taps and computes what ONNX defines.
func TestImport_dilatedNonSquareConvMatchesDefinition(t *testing.T) {
	const h, w = 7, 8
	kw := vals(2 * 1 * 2 * 3)
	for i := range kw {
		kw[i] -= 0.4
	}
	ints := func(name string, v ...int64) *onnx.AttributeProto {
		return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_INTS, Ints: v}
	}
	b := newGraph(1, 1, h, w).init("k", []int64{2, 1, 2, 3}, kw...).node("Conv", []string{"x", "k"}, []string{"y"},
		ints("dilations", 2, 2), ints("pads", 1, 2, 1, 2), ints("strides", 1, 1))
	fm, err := Import(b.bytes(t, "y"), "x")
	if err != nil {
		t.Fatal(err)
	}
	x := randInputs(1, h*w, -1, 1, 9)[0]
	tr, err := fm.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	// ONNX: y[oc][oy][ox] = Σ k[oc][ky][kx]·x[oy - 1 + 2ky][ox - 2 + 2kx].
	oh, ow := h+2-3+1, w+4-5+1
	got := tr[len(tr)-1]
	if len(got) != 2*oh*ow {
		t.Fatalf("%d outputs, want %d", len(got), 2*oh*ow)
	}
	for oc := range 2 {
		for oy := range oh {
			for ox := range ow {
				want := 0.0
				for ky := range 2 {
					for kx := range 3 {
						iy, ix := oy-1+2*ky, ox-2+2*kx
						if iy >= 0 && iy < h && ix >= 0 && ix < w {
							want += float64(kw[(oc*2+ky)*3+kx]) * x[iy*w+ix]
						}
					}
				}
				if d := got[(oc*oh+oy)*ow+ox] - want; d > 1e-6 || d < -1e-6 {
					t.Fatalf("y[%d][%d][%d] = %g, want %g", oc, oy, ox, got[(oc*oh+oy)*ow+ox], want)
				}
			}
		}
	}
}

// torch's nn.PReLU() (one slope) is a leaky ReLU by lookup.
func TestImport_singleSlopePReluIsLeakyRelu(t *testing.T) {
	b := dense().init("slope", []int64{1}, 0.25).node("PRelu", []string{"y", "slope"}, []string{"z"}).
		init("w2", []int64{3, 2}, vals(6)...).node("MatMul", []string{"z", "w2"}, []string{"o"})
	fm, err := Import(b.bytes(t, "o"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if l := fm.Layers[0]; l.Fn != model.FnLeakyReLU || l.Alpha != 0.25 {
		t.Fatalf("layer 0: %s alpha %v", l.Fn, l.Alpha)
	}
}

// Unused initializers of any type (skl2onnx's INT32 classes table) and label
// branches do not stop an import.
func TestImport_unusedInt32InitializerAndLabelBranch(t *testing.T) {
	b := dense()
	b.g.Initializer = append(b.g.Initializer, &onnx.TensorProto{Name: "classes", Dims: []int64{3}, DataType: int32(onnx.TensorProto_INT32), Int32Data: []int32{0, 1, 2}})
	b.node("Softmax", []string{"y"}, []string{"p"}).node("ArgMax", []string{"p"}, []string{"i"}).
		node("ArrayFeatureExtractor", []string{"classes", "i"}, []string{"label"})
	r, err := Read(b.bytes(t, "label"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if r.Output != "y" || len(r.Notes) == 0 || !strings.Contains(r.Notes[len(r.Notes)-1], "Softmax") {
		t.Fatalf("output %q, notes %q", r.Output, r.Notes)
	}
}

// Corrupted exporter models (bytes flipped, truncated, zeroed) never panic
// the importer; whatever it accepts still passes the model's own checks.
func TestImport_corruptedExporterFilesNeverPanic(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "exporters", "*.onnx"))
	more, _ := filepath.Glob(filepath.Join("testdata", "transformer", "*.onnx"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no exporter models")
	}
	r := rand.New(rand.NewPCG(19, 19))
	n := 0
	for _, f := range files {
		orig, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for range 40 {
			b := append([]byte(nil), orig...)
			switch r.IntN(3) {
			case 0:
				for range 1 + r.IntN(4) {
					b[r.IntN(len(b))] ^= byte(1 + r.IntN(255))
				}
			case 1:
				b = b[:r.IntN(len(b))]
			default:
				i := r.IntN(len(b))
				for j := i; j < min(len(b), i+1+r.IntN(16)); j++ {
					b[j] = 0
				}
			}
			if fm, err := Import(b, "x"); err == nil {
				if err := fm.Check(); err != nil {
					t.Fatalf("%s: accepted a model that fails its checks: %v", f, err)
				}
			}
			n++
		}
	}
	t.Logf("%d corrupted files, no panic", n)
}

func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "exporters", "*.onnx"))
	more, _ := filepath.Glob(filepath.Join("testdata", "transformer", "*.onnx"))
	files = append(files, more...)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if fm, err := Import(b, "x"); err == nil {
			if err := fm.Check(); err != nil {
				t.Fatalf("accepted a model that fails its checks: %v", err)
			}
		}
	})
}
