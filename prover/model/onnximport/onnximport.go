// Package onnximport converts a float ONNX model with a sequential graph
// (Gemm, MatMul, Add, Conv, Relu, MaxPool, Reshape/Flatten) into a
// model.FloatModel, ready for model.Quantize. Anything else is rejected with
// the operator and node named.
package onnximport

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/nexus-rollup/nexus/prover/model"
)

// MaxFileSize bounds the ONNX files accepted.
const MaxFileSize = 64 << 20

type tensor struct {
	dims []int
	data []float64
}

type importer struct {
	init map[string]*tensor
	fm   *model.FloatModel
	cur  string      // name of the activation tensor flowing through the graph
	last int         // index of the layer that produced cur, -1 for the input
	sh   model.Shape // shape of cur
	relu bool        // a ReLU was applied since the last requantizing layer
}

// Import parses an ONNX file.
func Import(b []byte, name string) (*model.FloatModel, error) {
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("onnx: file of %d bytes exceeds %d", len(b), MaxFileSize)
	}
	if bytes.HasPrefix(b, []byte("version https://git-lfs")) {
		return nil, fmt.Errorf("onnx: this is a Git LFS pointer, not the model: fetch the real file (git lfs pull)")
	}
	var mp onnx.ModelProto
	if err := proto.Unmarshal(b, &mp); err != nil {
		return nil, fmt.Errorf("onnx: not an ONNX model: %w", err)
	}
	g := mp.GetGraph()
	if g == nil {
		return nil, fmt.Errorf("onnx: model has no graph")
	}
	im := &importer{init: map[string]*tensor{}, fm: &model.FloatModel{Name: name}, last: -1}
	for _, t := range g.GetInitializer() {
		tt, err := readTensor(t)
		if err != nil {
			return nil, err
		}
		im.init[t.GetName()] = tt
	}
	var inputs []*onnx.ValueInfoProto
	for _, in := range g.GetInput() {
		if _, ok := im.init[in.GetName()]; !ok {
			inputs = append(inputs, in)
		}
	}
	if len(inputs) != 1 {
		return nil, fmt.Errorf("onnx: %d graph inputs, want exactly 1", len(inputs))
	}
	if err := im.setInput(inputs[0]); err != nil {
		return nil, err
	}
	for _, n := range g.GetNode() {
		if err := im.node(n); err != nil {
			return nil, fmt.Errorf("onnx: node %q (%s): %w", n.GetName(), n.GetOpType(), err)
		}
	}
	if len(g.GetOutput()) != 1 || g.GetOutput()[0].GetName() != im.cur {
		return nil, fmt.Errorf("onnx: graph output is not the end of the sequential chain")
	}
	if err := im.fm.Check(); err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return im.fm, nil
}

func (im *importer) setInput(in *onnx.ValueInfoProto) error {
	tt := in.GetType().GetTensorType()
	if tt == nil || tt.GetElemType() != int32(onnx.TensorProto_FLOAT) {
		return fmt.Errorf("onnx: input %q must be a float tensor", in.GetName())
	}
	var dims []int
	for i, d := range tt.GetShape().GetDim() {
		v := int(d.GetDimValue())
		if i == 0 && (v <= 1) { // batch dimension
			continue
		}
		if v < 1 {
			return fmt.Errorf("onnx: input dim %d is symbolic (%q)", i, d.GetDimParam())
		}
		dims = append(dims, v)
	}
	switch len(dims) {
	case 1:
		im.sh = model.Shape{C: dims[0], H: 1, W: 1}
	case 3:
		im.sh = model.Shape{C: dims[0], H: dims[1], W: dims[2]}
	default:
		return fmt.Errorf("onnx: input shape %v: want [batch, N] or [batch, C, H, W]", dims)
	}
	im.fm.InputShape = dims
	im.cur = in.GetName()
	return nil
}

func (im *importer) node(n *onnx.NodeProto) error {
	ins, outs := n.GetInput(), n.GetOutput()
	if len(outs) != 1 {
		return fmt.Errorf("%d outputs, want 1", len(outs))
	}
	// Reshape of a constant (mnist-8 reshapes its dense weights) folds away.
	if n.GetOpType() == "Reshape" && len(ins) == 2 && im.init[ins[0]] != nil {
		shape, err := im.constant(ins[1])
		if err != nil {
			return err
		}
		t := im.init[ins[0]]
		dims, err := reshape(len(t.data), shape)
		if err != nil {
			return err
		}
		im.init[outs[0]] = &tensor{dims: dims, data: t.data}
		return nil
	}
	if len(ins) == 0 || ins[0] != im.cur {
		// Add(bias, x) is as valid as Add(x, bias).
		if n.GetOpType() == "Add" && len(ins) == 2 && ins[1] == im.cur {
			ins = []string{ins[1], ins[0]}
		} else {
			return fmt.Errorf("graph is not sequential: input %v, current tensor %q", ins, im.cur)
		}
	}
	var err error
	switch op := n.GetOpType(); op {
	case "Gemm":
		err = im.gemm(n, ins)
	case "MatMul":
		err = im.matmul(ins)
	case "Add":
		err = im.add(ins)
	case "Conv":
		err = im.conv(n, ins)
	case "Relu":
		err = im.reluOp()
	case "MaxPool":
		err = im.maxPool(n)
	case "Reshape", "Flatten":
		// Tensors are stored flat in CHW order, so flattening moves nothing;
		// only a reshape to [batch, N] / [N] is accepted.
		if op == "Reshape" {
			if len(ins) != 2 {
				return fmt.Errorf("reshape needs a constant shape")
			}
			shape, err := im.constant(ins[1])
			if err != nil {
				return err
			}
			dims, err := reshape(im.sh.Size(), shape)
			if err != nil {
				return err
			}
			if len(dims) > 2 || (len(dims) == 2 && dims[0] != 1) {
				return fmt.Errorf("only flattening reshapes are supported, not %v", dims)
			}
		}
		im.sh = model.Shape{C: im.sh.Size(), H: 1, W: 1}
	default:
		return fmt.Errorf("unsupported operator %s (supported: Gemm, MatMul, Add, Conv, Relu, MaxPool, Reshape, Flatten)", op)
	}
	if err != nil {
		return err
	}
	im.cur = outs[0]
	return nil
}

func (im *importer) push(l model.FloatLayer) {
	im.fm.Layers = append(im.fm.Layers, l)
	im.last = len(im.fm.Layers) - 1
	im.relu = false
}

func (im *importer) gemm(n *onnx.NodeProto, ins []string) error {
	alpha, beta := attrF(n, "alpha", 1), attrF(n, "beta", 1)
	if attrI(n, "transA", 0) != 0 {
		return fmt.Errorf("transA=1 is not supported")
	}
	w, err := im.weight(ins[1], 2)
	if err != nil {
		return err
	}
	in, out := w.dims[0], w.dims[1]
	transB := attrI(n, "transB", 0) != 0
	if transB {
		in, out = out, in
	}
	l := model.FloatLayer{Kind: model.Dense, In: in, Out: out, W: make([]float64, in*out), B: make([]float64, out)}
	for o := range out {
		for j := range in {
			if transB {
				l.W[o*in+j] = alpha * w.data[o*in+j]
			} else {
				l.W[o*in+j] = alpha * w.data[j*out+o]
			}
		}
	}
	if len(ins) > 2 && ins[2] != "" {
		b := im.init[ins[2]]
		if b == nil || len(b.data) != out {
			return fmt.Errorf("bias %q must be a constant of %d values", ins[2], out)
		}
		for o := range out {
			l.B[o] = beta * b.data[o]
		}
	}
	return im.dense(l)
}

func (im *importer) matmul(ins []string) error {
	w, err := im.weight(ins[1], 2)
	if err != nil {
		return err
	}
	in, out := w.dims[0], w.dims[1]
	l := model.FloatLayer{Kind: model.Dense, In: in, Out: out, W: make([]float64, in*out), B: make([]float64, out)}
	for o := range out {
		for j := range in {
			l.W[o*in+j] = w.data[j*out+o]
		}
	}
	return im.dense(l)
}

func (im *importer) dense(l model.FloatLayer) error {
	if l.In != im.sh.Size() {
		return fmt.Errorf("weights expect %d inputs, tensor has %d", l.In, im.sh.Size())
	}
	im.push(l)
	im.sh = model.Shape{C: l.Out, H: 1, W: 1}
	return nil
}

// add folds a constant into the biases of the layer that produced the
// current tensor; it must come straight after that layer.
func (im *importer) add(ins []string) error {
	b := im.init[ins[1]]
	if b == nil {
		return fmt.Errorf("only adding a constant (bias) is supported")
	}
	if im.last < 0 || im.relu || im.last != len(im.fm.Layers)-1 {
		return fmt.Errorf("a bias must follow a Gemm, MatMul or Conv directly")
	}
	l := &im.fm.Layers[im.last]
	if l.Kind == model.MaxPool {
		return fmt.Errorf("a bias after MaxPool is not supported")
	}
	per := 1 // values per bias entry (spatial positions for a conv)
	if l.Kind == model.Conv {
		per = im.sh.H * im.sh.W
	}
	switch len(b.data) {
	case len(l.B):
		for i := range l.B {
			l.B[i] += b.data[i]
		}
	case 1:
		for i := range l.B {
			l.B[i] += b.data[0]
		}
	default:
		return fmt.Errorf("bias of %d values does not broadcast per channel over %d (%d per channel)", len(b.data), len(l.B), per)
	}
	return nil
}

func (im *importer) conv(n *onnx.NodeProto, ins []string) error {
	w, err := im.weight(ins[1], 4)
	if err != nil {
		return err
	}
	oc, ic, kh, kw := w.dims[0], w.dims[1], w.dims[2], w.dims[3]
	if kh != kw {
		return fmt.Errorf("only square kernels are supported, not %dx%d", kh, kw)
	}
	if g := attrI(n, "group", 1); g != 1 {
		return fmt.Errorf("group=%d is not supported", g)
	}
	for _, d := range attrInts(n, "dilations") {
		if d != 1 {
			return fmt.Errorf("dilation %d is not supported", d)
		}
	}
	stride, err := square(attrInts(n, "strides"), 1, "strides")
	if err != nil {
		return err
	}
	pad := 0
	switch ap := attrS(n, "auto_pad"); ap {
	case "", "NOTSET":
		pads := attrInts(n, "pads")
		if len(pads) > 0 {
			pad = pads[0]
			for _, p := range pads {
				if p != pad {
					return fmt.Errorf("asymmetric pads %v are not supported", pads)
				}
			}
		}
	case "VALID":
	case "SAME_UPPER", "SAME_LOWER":
		if stride != 1 || kh%2 == 0 {
			return fmt.Errorf("auto_pad %s needs stride 1 and an odd kernel", ap)
		}
		pad = (kh - 1) / 2
	default:
		return fmt.Errorf("auto_pad %q is not supported", ap)
	}
	if ic != im.sh.C {
		return fmt.Errorf("kernel expects %d channels, tensor has %d", ic, im.sh.C)
	}
	l := model.FloatLayer{Kind: model.Conv, InC: ic, OutC: oc, K: kh, Stride: stride, Pad: pad, W: w.data, B: make([]float64, oc)}
	if len(ins) > 2 && ins[2] != "" {
		b := im.init[ins[2]]
		if b == nil || len(b.data) != oc {
			return fmt.Errorf("bias %q must be a constant of %d values", ins[2], oc)
		}
		copy(l.B, b.data)
	}
	g := model.Layer{Kind: model.Conv, InC: ic, OutC: oc, K: kh, Stride: stride, Pad: pad}
	im.push(l)
	im.sh = g.OutShape(im.sh)
	return nil
}

// reluOp fuses ReLU into the last requantizing layer. Max-pooling between
// them is fine: ReLU and max commute.
func (im *importer) reluOp() error {
	for i := len(im.fm.Layers) - 1; i >= 0; i-- {
		l := &im.fm.Layers[i]
		if l.Kind == model.MaxPool {
			continue
		}
		l.ReLU = true
		im.relu = true
		return nil
	}
	return fmt.Errorf("Relu on the model input is not supported")
}

func (im *importer) maxPool(n *onnx.NodeProto) error {
	k, err := square(attrInts(n, "kernel_shape"), 0, "kernel_shape")
	if err != nil || k == 0 {
		return fmt.Errorf("kernel_shape: %v", err)
	}
	stride, err := square(attrInts(n, "strides"), 1, "strides")
	if err != nil {
		return err
	}
	for _, p := range attrInts(n, "pads") {
		if p != 0 {
			return fmt.Errorf("padded MaxPool is not supported")
		}
	}
	if ap := attrS(n, "auto_pad"); ap != "" && ap != "NOTSET" && ap != "VALID" {
		return fmt.Errorf("auto_pad %q is not supported on MaxPool", ap)
	}
	if attrI(n, "ceil_mode", 0) != 0 {
		return fmt.Errorf("ceil_mode is not supported")
	}
	if im.sh.H < k || im.sh.W < k {
		return fmt.Errorf("pool %d larger than tensor %s", k, im.sh)
	}
	g := model.Layer{Kind: model.MaxPool, K: k, Stride: stride}
	im.push(model.FloatLayer{Kind: model.MaxPool, K: k, Stride: stride})
	im.relu = false
	im.sh = g.OutShape(im.sh)
	return nil
}

func (im *importer) weight(name string, rank int) (*tensor, error) {
	w := im.init[name]
	if w == nil {
		return nil, fmt.Errorf("weights %q must be a constant initializer", name)
	}
	if len(w.dims) != rank {
		return nil, fmt.Errorf("weights %q have rank %d, want %d", name, len(w.dims), rank)
	}
	return w, nil
}

func (im *importer) constant(name string) ([]int64, error) {
	t := im.init[name]
	if t == nil {
		return nil, fmt.Errorf("shape %q must be a constant", name)
	}
	out := make([]int64, len(t.data))
	for i, v := range t.data {
		out[i] = int64(v)
	}
	return out, nil
}

// reshape resolves an ONNX target shape (0 copies nothing here, -1 infers).
func reshape(size int, shape []int64) ([]int, error) {
	dims := make([]int, len(shape))
	infer, prod := -1, 1
	for i, d := range shape {
		switch {
		case d == -1 && infer < 0:
			infer = i
		case d >= 1 && d <= model.MaxParams:
			dims[i] = int(d)
			prod *= int(d)
		default:
			return nil, fmt.Errorf("unsupported reshape target %v", shape)
		}
		if prod > model.MaxParams {
			return nil, fmt.Errorf("reshape target %v too large", shape)
		}
	}
	if infer >= 0 {
		dims[infer] = size / prod
		prod *= dims[infer]
	}
	if prod != size {
		return nil, fmt.Errorf("cannot reshape %d values to %v", size, shape)
	}
	return dims, nil
}

func readTensor(t *onnx.TensorProto) (*tensor, error) {
	tt := &tensor{}
	n := 1
	for _, d := range t.GetDims() {
		if d < 0 || d > model.MaxParams {
			return nil, fmt.Errorf("onnx: initializer %q has dim %d", t.GetName(), d)
		}
		tt.dims = append(tt.dims, int(d))
		n *= int(d)
		if n > model.MaxParams {
			return nil, fmt.Errorf("onnx: initializer %q too large", t.GetName())
		}
	}
	raw := t.GetRawData()
	switch onnx.TensorProto_DataType(t.GetDataType()) {
	case onnx.TensorProto_FLOAT:
		if len(raw) > 0 {
			if len(raw) != 4*n {
				return nil, fmt.Errorf("onnx: initializer %q: %d bytes for %d floats", t.GetName(), len(raw), n)
			}
			for i := range n {
				tt.data = append(tt.data, float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))))
			}
		} else {
			for _, v := range t.GetFloatData() {
				tt.data = append(tt.data, float64(v))
			}
		}
	case onnx.TensorProto_INT64:
		if len(raw) > 0 {
			if len(raw) != 8*n {
				return nil, fmt.Errorf("onnx: initializer %q: %d bytes for %d int64s", t.GetName(), len(raw), n)
			}
			for i := range n {
				tt.data = append(tt.data, float64(int64(binary.LittleEndian.Uint64(raw[8*i:]))))
			}
		} else {
			for _, v := range t.GetInt64Data() {
				tt.data = append(tt.data, float64(v))
			}
		}
	default:
		return nil, fmt.Errorf("onnx: initializer %q has unsupported type %s", t.GetName(), onnx.TensorProto_DataType(t.GetDataType()))
	}
	if len(tt.data) != n {
		return nil, fmt.Errorf("onnx: initializer %q has %d values for dims %v", t.GetName(), len(tt.data), tt.dims)
	}
	for _, v := range tt.data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("onnx: initializer %q holds %v", t.GetName(), v)
		}
	}
	return tt, nil
}

func attr(n *onnx.NodeProto, name string) *onnx.AttributeProto {
	for _, a := range n.GetAttribute() {
		if a.GetName() == name {
			return a
		}
	}
	return nil
}

func attrF(n *onnx.NodeProto, name string, def float64) float64 {
	if a := attr(n, name); a != nil {
		return float64(a.GetF())
	}
	return def
}

func attrI(n *onnx.NodeProto, name string, def int64) int64 {
	if a := attr(n, name); a != nil {
		return a.GetI()
	}
	return def
}

func attrS(n *onnx.NodeProto, name string) string {
	if a := attr(n, name); a != nil {
		return string(a.GetS())
	}
	return ""
}

func attrInts(n *onnx.NodeProto, name string) []int {
	var out []int
	if a := attr(n, name); a != nil {
		for _, v := range a.GetInts() {
			out = append(out, int(v))
		}
	}
	return out
}

// square reads a 2-D attribute that must have equal entries.
func square(v []int, def int, name string) (int, error) {
	if len(v) == 0 {
		return def, nil
	}
	for _, x := range v {
		if x != v[0] || x < 1 || x > 16 {
			return 0, fmt.Errorf("%s %v: only equal values in [1, 16] are supported", name, v)
		}
	}
	return v[0], nil
}
