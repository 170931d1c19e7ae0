// Package onnximport converts a float ONNX model into a model.FloatModel,
// ready for model.Quantize. It reads graphs as scikit-learn (skl2onnx) and
// torch.onnx.export write them: a chain of linear layers (Gemm, MatMul,
// Conv, AveragePool as a conv, LinearClassifier, LinearRegressor) with ReLU
// and MaxPool between them, around which
//   - shape arithmetic (Constant, Shape, Gather, Concat, Unsqueeze, Reshape
//     of constants) is folded, and Reshape/Flatten/Squeeze of the activations
//     only relabel them (tensors are kept flat in row-major CHW order);
//   - elementwise constant affine maps (Add, Sub, Mul, Div by a constant,
//     BatchNormalization, Scaler) are folded into the neighbouring linear
//     layer, and Pad into the next Conv or AveragePool;
//   - Cast to float, Identity and Dropout are no-ops;
//   - order-preserving heads (Softmax, LogSoftmax, Sigmoid, Tanh at the end)
//     and label outputs (ArgMax, ZipMap, ArrayFeatureExtractor and whatever
//     reads them) are dropped with a note: the proven output is the scores.
//
// A transformer (a graph multiplying two activations, or with a
// LayerNormalization) is read as a dataflow of sequence layers instead
// (sequence.go). Anything else is refused, naming the operator, its node
// and a hint.
package onnximport

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/nexus-rollup/nexus/prover/model"
)

// MaxFileSize bounds the ONNX files accepted.
const MaxFileSize = 64 << 20

// ErrUnsupported wraps every refusal of an operator or attribute.
var ErrUnsupported = errors.New("unsupported")

// Result is an imported model, with what the importer changed on the way.
type Result struct {
	Model *model.FloatModel
	// Output is the graph tensor the model computes (the scores when label
	// outputs were dropped).
	Output string
	// Notes say what was folded or dropped, one line each.
	Notes []string
}

type importer struct {
	consts map[string]*tensor
	bad    map[string]error // initializers that could not be read: an error only if used
	fm     *model.FloatModel

	cur   string // the activation tensor flowing through the graph
	dims  []int  // its shape without the batch dimension
	batch bool   // cur has a leading batch dimension of 1
	last  int    // index of the layer that produced cur, -1 for the input
	fresh bool   // cur is the last layer's output untouched (an affine map folds into it)
	pre   *affine
	pad   [4]int // pending Pad (top, left, bottom, right) for the next Conv/AveragePool

	consumers map[string][]*onnx.NodeProto // tensor -> the nodes reading it
	producer  map[string]*onnx.NodeProto   // tensor -> the node writing it
	skip      map[*onnx.NodeProto]bool     // nodes already read as part of a pattern (GELU)

	end     string            // the node that ended the chain, "" while it goes on
	endOp   string            // its operator
	scores  string            // cur when the chain ended
	dropped map[string]string // tensors computed from dropped heads -> the head's node
	notes   []string
}

// affine is a pending elementwise x -> a*x + b over cur, to be folded into
// the next linear layer.
type affine struct{ a, b []float64 }

// Import parses an ONNX file and returns its float model.
func Import(b []byte, name string) (*model.FloatModel, error) {
	r, err := Read(b, name)
	if err != nil {
		return nil, err
	}
	return r.Model, nil
}

// Read parses an ONNX file and returns its float model with the importer's notes.
func Read(b []byte, name string) (*Result, error) {
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
	im := &importer{consts: map[string]*tensor{}, bad: map[string]error{}, fm: &model.FloatModel{Name: name}, last: -1,
		dropped: map[string]string{}}
	for _, t := range g.GetInitializer() {
		tt, err := readTensor(t)
		if err != nil {
			im.bad[t.GetName()] = err
			continue
		}
		im.consts[t.GetName()] = tt
	}
	im.consumers, im.producer, im.skip = map[string][]*onnx.NodeProto{}, map[string]*onnx.NodeProto{}, map[*onnx.NodeProto]bool{}
	for _, n := range g.GetNode() {
		for _, in := range n.GetInput() {
			im.consumers[in] = append(im.consumers[in], n)
		}
		for _, o := range n.GetOutput() {
			im.producer[o] = n
		}
	}
	var inputs []*onnx.ValueInfoProto
	for _, in := range g.GetInput() {
		if _, ok := im.consts[in.GetName()]; !ok && im.bad[in.GetName()] == nil {
			inputs = append(inputs, in)
		}
	}
	if len(inputs) == 1 && isSequenceGraph(g, im.consts, im.bad) {
		return im.readSequence(g, inputs[0])
	}
	if len(inputs) != 1 {
		var names []string
		for _, in := range inputs {
			names = append(names, in.GetName())
		}
		return nil, fmt.Errorf("onnx: %d graph inputs %v, want exactly 1", len(inputs), names)
	}
	if err := im.setInput(inputs[0]); err != nil {
		return nil, err
	}
	for i, n := range g.GetNode() {
		if err := im.node(n); err != nil {
			return nil, fmt.Errorf("onnx: node %d %q (%s): %w", i, n.GetName(), n.GetOpType(), err)
		}
	}
	if err := im.finish(g); err != nil {
		return nil, err
	}
	if err := im.fm.Check(); err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return &Result{Model: im.fm, Output: im.cur, Notes: im.notes}, nil
}

func (im *importer) note(format string, args ...any) {
	im.notes = append(im.notes, fmt.Sprintf(format, args...))
}

func (im *importer) setInput(in *onnx.ValueInfoProto) error {
	tt := in.GetType().GetTensorType()
	if tt == nil || (tt.GetElemType() != int32(onnx.TensorProto_FLOAT) && tt.GetElemType() != int32(onnx.TensorProto_DOUBLE)) {
		return fmt.Errorf("onnx: input %q must be a float tensor", in.GetName())
	}
	ds := tt.GetShape().GetDim()
	var dims []int
	for i, d := range ds {
		v := int(d.GetDimValue())
		if i == 0 && len(ds) > 1 {
			// The batch: Nexus proves one sample at a time.
			if v > 1 {
				return fmt.Errorf("onnx: input %q has a fixed batch of %d: the batch must be 1 or symbolic (export with batch 1 or a dynamic batch axis)", in.GetName(), v)
			}
			im.batch = true
			continue
		}
		if v < 1 {
			return fmt.Errorf("onnx: input %q: dim %d is symbolic (%q); only the batch (dim 0) may be", in.GetName(), i, d.GetDimParam())
		}
		if v > model.MaxDim {
			return fmt.Errorf("onnx: input %q: dim %d is %d, above %d", in.GetName(), i, v, model.MaxDim)
		}
		dims = append(dims, v)
	}
	switch len(dims) {
	case 1, 2, 3:
	default:
		return fmt.Errorf("onnx: input %q has shape %v after the batch: want [batch, N], [batch, L, F] or [batch, C, H, W]", in.GetName(), dims)
	}
	if prod(dims) > model.MaxParams {
		return fmt.Errorf("onnx: input %q of %v values is too large", in.GetName(), dims)
	}
	im.dims = dims
	im.fm.InputShape = append([]int(nil), dims...)
	im.cur = in.GetName()
	return nil
}

// finish checks the graph's outputs and sets the model's input shape.
func (im *importer) finish(g *onnx.GraphProto) error {
	if im.pre != nil {
		return fmt.Errorf("onnx: an elementwise Add/Mul/Scaler/BatchNormalization at the end of the graph has no linear layer to fold into")
	}
	if im.pad != [4]int{} {
		return fmt.Errorf("onnx: a Pad at the end of the graph")
	}
	var outs, dropped []string
	found := false
	for _, o := range g.GetOutput() {
		outs = append(outs, o.GetName())
		switch {
		case o.GetName() == im.cur:
			found = true
		case im.dropped[o.GetName()] != "":
			dropped = append(dropped, o.GetName())
		}
	}
	if !found && len(dropped) == 0 {
		return fmt.Errorf("onnx: graph outputs %v are not the end of the layer chain (%q)", outs, im.cur)
	}
	if im.end != "" {
		im.note("the proven output is %q, the scores before %s; graph outputs %v are dropped (an order-preserving head or a label: the argmax of the scores gives the class)",
			im.cur, im.end, dropped)
		im.twoClassScores()
	}
	if len(im.fm.Layers) == 0 {
		return fmt.Errorf("onnx: the graph has no linear layer (Gemm, MatMul, Conv, LinearClassifier, ...)")
	}
	in := im.fm.InputShape
	if len(in) == 2 { // [L, F]: stored flat, the first layer reads it flattened
		im.fm.InputShape = []int{in[0] * in[1]}
	}
	return nil
}

// twoClassScores turns the single logit s of a binary classifier whose
// Sigmoid was dropped into the scores (-s, s), as onnxruntime's
// LinearClassifier writes them: the argmax is then the class (s > 0 means
// probability above 1/2), as for every other classifier.
func (im *importer) twoClassScores() {
	if im.endOp != "Sigmoid" || prod(im.dims) != 1 || !im.fresh || im.last < 0 {
		return
	}
	l := &im.fm.Layers[im.last]
	if l.Kind != model.Dense || l.ReLU || l.Fn != model.FnNone {
		return
	}
	l.W = append(neg(l.W), l.W...)
	l.B = append(neg(l.B), l.B...)
	l.Out = 2
	im.dims = []int{2}
	im.note("one logit s for two classes is proven as the scores (-s, s): the argmax is the class")
}

// Operators by how they are handled.
var (
	headOps = set("Softmax", "LogSoftmax", "Sigmoid", "Tanh")
	// activations between layers become lookup tables (model.ActTable).
	activations = map[string]model.Function{"Sigmoid": model.FnSigmoid, "Tanh": model.FnTanh, "LeakyRelu": model.FnLeakyReLU,
		"PRelu": model.FnLeakyReLU}
	labelOps = set("ArgMax", "ArgMin", "ZipMap", "ArrayFeatureExtractor", "TopK", "LabelEncoder", "Binarizer", "Normalizer")
	layerOps = set("Gemm", "MatMul", "Conv", "Add", "Sub", "Mul", "Div", "Relu", "MaxPool", "AveragePool",
		"GlobalAveragePool", "BatchNormalization", "Pad", "Scaler", "LinearClassifier", "LinearRegressor")
	relabelOps = set("Reshape", "Flatten", "Squeeze", "Unsqueeze", "Identity", "Dropout", "Cast")
	foldOps    = set("Constant", "Identity", "Cast", "Dropout", "Reshape", "Flatten", "Squeeze", "Unsqueeze",
		"Shape", "Concat", "Gather", "Transpose", "Add", "Sub", "Mul", "Div")
)

// hints say what to do about an operator that is refused.
var hints = map[string]string{
	"Transpose":              "it moves the activations between layouts; Nexus keeps them in CHW order: export without permuting the activations (in attention, K's transpose before Q·Kᵀ is read)",
	"Gelu":                   "activations are ReLU, LeakyRelu, Sigmoid and Tanh",
	"Elu":                    "activations are ReLU, LeakyRelu, Sigmoid and Tanh",
	"Clip":                   "activations are ReLU, LeakyRelu, Sigmoid and Tanh",
	"Sigmoid":                "a Sigmoid is a lookup table after a linear layer, or dropped at the end",
	"Tanh":                   "a Tanh is a lookup table after a linear layer, or dropped at the end",
	"Erf":                    "an Erf is read only inside torch's exact GELU (Div, Erf, Add, Mul, Mul) after a linear layer",
	"Softmax":                "a Softmax is dropped at the end of a model (argmax is unchanged); between layers only in attention, Softmax(Q·Kᵀ)·V",
	"LogSoftmax":             "a LogSoftmax is dropped at the end of a model; between layers it is not supported",
	"Concat":                 "only shape arithmetic of constants is concatenated: the model must be one chain of layers",
	"Split":                  "the model must be one chain of layers",
	"LSTM":                   "recurrent layers are not supported",
	"GRU":                    "recurrent layers are not supported",
	"Attention":              "the fused Attention operator is not supported: export single-head attention unfused (MatMul, Softmax, MatMul), as torch does",
	"LpPool":                 "use MaxPool or AveragePool",
	"TreeEnsembleClassifier": "tree ensembles are not supported; linear models and MLPs are",
	"TreeEnsembleRegressor":  "tree ensembles are not supported; linear models and MLPs are",
	"SVMClassifier":          "SVMs are not supported; linear models and MLPs are",
}

func set(ops ...string) map[string]bool {
	m := map[string]bool{}
	for _, op := range ops {
		m[op] = true
	}
	return m
}

func unsupported(op string) error {
	supported := []string{}
	for k := range layerOps {
		supported = append(supported, k)
	}
	for k := range relabelOps {
		supported = append(supported, k)
	}
	sort.Strings(supported)
	if h := hints[op]; h != "" {
		return fmt.Errorf("%w operator %s: %s", ErrUnsupported, op, h)
	}
	return fmt.Errorf("%w operator %s (Nexus reads: %s; heads %s are dropped at the end)", ErrUnsupported, op,
		strings.Join(supported, ", "), "Softmax, Sigmoid, Tanh, ArgMax, ZipMap")
}

// constant returns the constant named, or why it is not one.
func (im *importer) constant(name, what string) (*tensor, error) {
	if t := im.consts[name]; t != nil {
		return t, nil
	}
	if err := im.bad[name]; err != nil {
		return nil, err
	}
	if name == im.cur {
		return nil, fmt.Errorf("%s %q must be a constant, not the activations", what, name)
	}
	return nil, fmt.Errorf("%s %q must be a constant", what, name)
}

func (im *importer) node(n *onnx.NodeProto) error {
	op, ins, outs := n.GetOpType(), n.GetInput(), n.GetOutput()
	if len(outs) == 0 {
		return fmt.Errorf("node has no outputs")
	}
	if im.skip[n] {
		return nil
	}
	// After the chain's head: whatever reads a dropped tensor is dropped too.
	for _, in := range ins {
		if from := im.dropped[in]; from != "" {
			if layerOps[op] && !(op == "Add" || op == "Sub" || op == "Mul" || op == "Div") {
				return fmt.Errorf("%s reads %q, computed by %s, which Nexus drops: %v", op, in, from, unsupported(opOf(from)))
			}
			for _, o := range outs {
				im.dropped[o] = from
			}
			return nil
		}
	}
	if op == "Constant" {
		t, err := constantNode(n)
		if err != nil {
			return err
		}
		im.consts[outs[0]] = t
		return nil
	}
	readsCur := false
	allConst := true
	for _, in := range ins {
		if in == "" {
			continue
		}
		if in == im.cur {
			readsCur = true
		}
		if im.consts[in] == nil {
			allConst = false
		}
	}
	if op == "Shape" && readsCur {
		d := im.dims
		if im.batch {
			d = append([]int{1}, d...)
		}
		im.consts[outs[0]] = intTensor(d)
		return nil
	}
	if allConst && len(ins) > 0 {
		if !foldOps[op] {
			return unsupported(op)
		}
		t, err := im.fold(n)
		if err != nil {
			return err
		}
		im.consts[outs[0]] = t
		return nil
	}
	if _, act := activations[op]; !act && !layerOps[op] && !relabelOps[op] && !headOps[op] && !labelOps[op] {
		return unsupported(op)
	}
	if !readsCur {
		for _, in := range ins {
			if in != "" && im.consts[in] == nil {
				if im.bad[in] != nil {
					return fmt.Errorf("input %q: %v", in, im.bad[in])
				}
				return fmt.Errorf("graph is not sequential: %s reads %q, not the activations %q (a residual or branching graph)", op, in, im.cur)
			}
		}
	}
	for j, in := range ins {
		if j > 0 && in == im.cur && op != "Add" && op != "Mul" && op != "Sub" {
			return fmt.Errorf("graph is not sequential: %s reads the activations %q twice or as a parameter", op, in)
		}
	}
	if im.end != "" {
		return fmt.Errorf("%s after %s at the end of the chain: %v", op, im.end, unsupported(opOf(im.end)))
	}
	if op == "Div" && readsCur {
		if done, err := im.gelu(n); done || err != nil {
			return err
		}
	}
	if fn, ok := activations[op]; ok && (op == "LeakyRelu" || op == "PRelu" || im.feedsLayer(outs[0], 0)) {
		if err := im.activation(n, fn); err != nil {
			return err
		}
		im.cur = outs[0]
		return nil
	}
	if headOps[op] && im.feedsLayer(outs[0], 0) {
		return unsupported(op)
	}
	if headOps[op] || labelOps[op] {
		return im.head(n)
	}
	if len(outs) != 1 && op != "LinearClassifier" && op != "Dropout" {
		return fmt.Errorf("%d outputs, want 1", len(outs))
	}
	if err := im.layer(n, ins); err != nil {
		return err
	}
	switch op {
	case "LinearClassifier":
		im.cur = outs[len(outs)-1]
		for _, o := range outs[:len(outs)-1] {
			im.dropped[o] = fmt.Sprintf("%s node %q", op, n.GetName())
		}
	default:
		im.cur = outs[0]
	}
	return nil
}

// feedsLayer reports whether tensor t reaches a linear layer or ReLU, maybe
// through reshapes and elementwise constant maps: then an activation that
// writes t sits between layers, and is not a head to drop.
func (im *importer) feedsLayer(t string, depth int) bool {
	if depth > 16 {
		return true
	}
	for _, c := range im.consumers[t] {
		switch op := c.GetOpType(); {
		case op == "Gemm" || op == "MatMul" || op == "Conv" || op == "Relu" || op == "MaxPool" || op == "AveragePool" ||
			op == "GlobalAveragePool" || op == "LinearClassifier" || op == "LinearRegressor" || op == "BatchNormalization" ||
			op == "LeakyRelu" || op == "Sigmoid" || op == "Tanh" || op == "Scaler":
			return true
		case relabelOps[op] || op == "Add" || op == "Sub" || op == "Mul" || op == "Div" || op == "Pad":
			if len(c.GetOutput()) > 0 && im.feedsLayer(c.GetOutput()[0], depth+1) {
				return true
			}
		}
	}
	return false
}

func opOf(from string) string { op, _, _ := strings.Cut(from, " "); return op }

// head ends the chain at an order-preserving head or a label output.
func (im *importer) head(n *onnx.NodeProto) error {
	if im.pre != nil {
		return fmt.Errorf("an elementwise constant map before %s cannot be folded into a layer", n.GetOpType())
	}
	im.end = fmt.Sprintf("%s node %q", n.GetOpType(), n.GetName())
	im.endOp = n.GetOpType()
	im.scores = im.cur
	for _, o := range n.GetOutput() {
		im.dropped[o] = im.end
	}
	return nil
}

func (im *importer) layer(n *onnx.NodeProto, ins []string) error {
	op := n.GetOpType()
	if im.pad != [4]int{} && op != "Conv" && op != "AveragePool" {
		return fmt.Errorf("a Pad must be followed by a Conv or AveragePool, not %s", op)
	}
	if (op == "Gemm" || op == "MatMul") && len(ins) < 2 {
		return fmt.Errorf("%s needs weights", op)
	}
	switch op {
	case "Gemm":
		return im.gemm(n, ins)
	case "MatMul":
		return im.matmul(ins)
	case "Add", "Sub", "Mul", "Div":
		return im.arith(op, ins)
	case "BatchNormalization":
		return im.batchNorm(n, ins)
	case "Scaler":
		return im.scaler(n)
	case "LinearClassifier", "LinearRegressor":
		return im.linearML(n)
	case "Conv":
		return im.conv(n, ins)
	case "Relu":
		return im.reluOp()
	case "MaxPool":
		return im.maxPool(n)
	case "AveragePool", "GlobalAveragePool":
		return im.avgPool(n)
	case "Pad":
		return im.padOp(n, ins)
	case "Cast":
		to := onnx.TensorProto_DataType(attrI(n, "to", 0))
		if to != onnx.TensorProto_FLOAT && to != onnx.TensorProto_DOUBLE {
			return fmt.Errorf("Cast of the activations to %s: only casts to float are no-ops", to)
		}
		return nil
	case "Identity", "Dropout":
		return nil
	case "Reshape", "Flatten", "Squeeze", "Unsqueeze":
		return im.relabel(n, ins)
	}
	return unsupported(n.GetOpType())
}

// relabel applies Reshape/Flatten/Squeeze/Unsqueeze to the activations. In
// row-major order none of them moves a value, so only the shape changes.
func (im *importer) relabel(n *onnx.NodeProto, ins []string) error {
	full := im.dims
	if im.batch {
		full = append([]int{1}, im.dims...)
	}
	var out []int
	var err error
	switch n.GetOpType() {
	case "Reshape":
		if len(ins) != 2 {
			return fmt.Errorf("Reshape needs a shape input")
		}
		s, err2 := im.constant(ins[1], "shape")
		if err2 != nil {
			return err2
		}
		out, err = reshape(full, s.ints())
	case "Flatten":
		a, err2 := axis(int(attrI(n, "axis", 1)), len(full)+1)
		if err2 != nil {
			return err2
		}
		out = []int{prod(full[:a]), prod(full[a:])}
	case "Squeeze", "Unsqueeze":
		axes, err2 := im.axesOf(n)
		if err2 != nil {
			return err2
		}
		if n.GetOpType() == "Squeeze" {
			out, err = squeeze(full, axes)
		} else {
			out, err = unsqueeze(full, axes)
		}
	}
	if err != nil {
		return err
	}
	batch := len(out) > 1 && out[0] == 1
	if batch {
		out = out[1:]
	}
	if len(out) == 0 || len(out) > 3 || (len(out) > 1 && !batch && len(full) > 1 && out[0] != 1) {
		return fmt.Errorf("reshape of the activations to %v: want [1, N], [1, C, H, W] or [N] (the batch must stay 1)", append(boolDims(batch), out...))
	}
	im.dims, im.batch = out, batch
	return nil
}

func boolDims(b bool) []int {
	if b {
		return []int{1}
	}
	return nil
}

// shape returns the activations as CHW (a vector is N×1×1).
func (im *importer) shape() model.Shape {
	switch len(im.dims) {
	case 3:
		return model.Shape{C: im.dims[0], H: im.dims[1], W: im.dims[2]}
	}
	return model.Shape{C: prod(im.dims), H: 1, W: 1}
}
