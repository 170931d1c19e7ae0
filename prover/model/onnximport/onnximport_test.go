package onnximport

import (
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/advancedclimatesystems/gonnx"
	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"
	gtensor "gorgonia.org/tensor"

	"github.com/nexus-rollup/nexus/prover/model"
	"github.com/nexus-rollup/nexus/prover/model/train"
)

// sampleModel returns a file from gonnx's sample_models in the module cache.
func sampleModel(t *testing.T, name string) []byte {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(strings.TrimSpace(string(out)), "github.com/advancedclimatesystems/gonnx@v1.1.0/sample_models/onnx_models", name)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (go mod download github.com/advancedclimatesystems/gonnx)", err)
	}
	return b
}

// gonnxRun runs an ONNX file with gonnx: an independent float reference.
func gonnxRun(t *testing.T, b []byte, x []float64, shape []int) []float64 {
	t.Helper()
	m, err := gonnx.NewModelFromBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	f := make([]float32, len(x))
	for i, v := range x {
		f[i] = float32(v)
	}
	in := gtensor.New(gtensor.WithShape(append([]int{1}, shape...)...), gtensor.WithBacking(f))
	out, err := m.Run(gonnx.Tensors{m.InputNames()[0]: in})
	if err != nil {
		t.Fatal(err)
	}
	data := out[m.OutputNames()[0]].Data().([]float32)
	y := make([]float64, len(data))
	for i, v := range data {
		y[i] = float64(v)
	}
	return y
}

func randInputs(n, size int, lo, hi float64, seed uint64) [][]float64 {
	r := rand.New(rand.NewPCG(seed, 3))
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, size)
		for j := range out[i] {
			out[i][j] = lo + (hi-lo)*r.Float64()
		}
	}
	return out
}

func assertClose(t *testing.T, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d outputs, want %d", len(got), len(want))
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > 1e-4*(1+math.Abs(want[i])) {
			t.Fatalf("output %d: %g, gonnx says %g", i, got[i], want[i])
		}
	}
}

// The gonnx sample mlp.onnx (Gemm, Relu, Gemm over signed inputs): the
// import matches gonnx's float run, and quantization (with an input zero
// point) agrees with float on most inputs.
func TestImport_gonnxSampleMLPMatchesGonnx(t *testing.T) {
	b := sampleModel(t, "mlp.onnx")
	fm, err := Import(b, "gonnx-mlp")
	if err != nil {
		t.Fatal(err)
	}
	inputs := randInputs(300, 3, -2, 2, 1)
	for _, x := range inputs[:20] {
		tr, err := fm.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		assertClose(t, tr[len(tr)-1], gonnxRun(t, b, x, []int{3}))
	}
	m, err := model.Quantize(fm, inputs[:100], 0)
	if err != nil {
		t.Fatal(err)
	}
	if m.InputZero == 0 {
		t.Fatal("signed inputs should get a zero point")
	}
	a, err := model.Compare(fm, m, inputs[100:], nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gonnx mlp.onnx: %s", a)
	if a.Agree*100 < a.N*90 {
		t.Fatalf("quantized disagrees with float too often: %s", a)
	}
}

// mnist-8 ships in gonnx's module zip as a Git LFS pointer, not the model:
// the importer says so. If a real file is ever there, it must import.
func TestImport_mnist8OrItsLFSPointer(t *testing.T) {
	b := sampleModel(t, "mnist-8-opset13.onnx")
	fm, err := Import(b, "mnist-8")
	if !strings.HasPrefix(string(b), "version https://git-lfs") {
		if err != nil {
			t.Fatalf("real mnist-8 fails to import: %v", err)
		}
		t.Logf("mnist-8 imported: %d layers", len(fm.Layers))
		return
	}
	if err == nil || !strings.Contains(err.Error(), "LFS") {
		t.Fatalf("LFS pointer: error %v does not say so", err)
	}
}

// A conv net without pooling (gonnx has no MaxPool) exported in mnist-8's
// op style: Conv + Add[C,1,1] + Relu + Reshape + MatMul + Add + Gemm.
func TestImport_exportedConvNetMatchesGonnx(t *testing.T) {
	fm := &model.FloatModel{Name: "convnet", InputShape: []int{1, 8, 8}, Layers: []model.FloatLayer{
		{Kind: model.Conv, InC: 1, OutC: 3, K: 3, Stride: 1, Pad: 1, ReLU: true},
		{Kind: model.Conv, InC: 3, OutC: 2, K: 3, Stride: 2, ReLU: true},
		{Kind: model.Dense, In: 18, Out: 6, ReLU: true},
		{Kind: model.Dense, In: 6, Out: 4},
	}}
	r := rand.New(rand.NewPCG(5, 5))
	for i := range fm.Layers {
		l := &fm.Layers[i]
		nw, nb := l.Sizes()
		for range nw {
			l.W = append(l.W, r.NormFloat64()*0.5)
		}
		for range nb {
			l.B = append(l.B, r.NormFloat64()*0.1)
		}
	}
	b, err := Export(fm)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Import(b, "convnet")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range randInputs(10, 64, 0, 1, 2) {
		tr, err := got.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		assertClose(t, tr[len(tr)-1], gonnxRun(t, b, x, []int{1, 8, 8}))
	}
}

// The LeNet-style CNN (with MaxPool) round-trips through ONNX unchanged.
func TestImport_CNNRoundTrip(t *testing.T) {
	fm := train.CNN()
	cfg := train.DefaultConfig()
	cfg.Epochs = 0
	if err := train.Fit(fm, randInputs(1, 784, 0, 1, 1), []int{0}, cfg); err != nil {
		t.Fatal(err)
	}
	b, err := Export(fm)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Import(b, fm.Name)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range randInputs(3, 784, 0, 1, 4) {
		a, _ := fm.Forward(x)
		c, err := got.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		assertClose(t, c[len(c)-1], a[len(a)-1])
	}
}

func TestImport_unsupportedOperatorIsNamed(t *testing.T) {
	b := sampleModel(t, "mlp.onnx")
	var mp onnx.ModelProto
	if err := proto.Unmarshal(b, &mp); err != nil {
		t.Fatal(err)
	}
	mp.Graph.Node[1].OpType = "Erf"
	b2, _ := proto.Marshal(&mp)
	_, err := Import(b2, "x")
	if err == nil || !strings.Contains(err.Error(), "unsupported operator Erf") {
		t.Fatalf("error %v does not name Erf", err)
	}
}

func TestImport_garbageIsRejected(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not onnx at all"), make([]byte, 100)} {
		if _, err := Import(b, "x"); err == nil {
			t.Fatalf("imported %q", b)
		}
	}
}
