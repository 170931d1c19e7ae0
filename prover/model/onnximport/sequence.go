package onnximport

import (
	"fmt"
	"math"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// A sequence graph is a transformer: activations are [tokens, width] per
// sample, and they branch (Q, K, V read one LayerNorm; residuals read a
// block's input again). It is read as a dataflow of named activations,
// each the output of one model layer:
//   - MatMul/Gemm by a constant on [T, F] is a token-dense layer (Add of a
//     constant bias or positional embedding folds into its per-token bias);
//   - Transpose of the last two axes, then MatMul of activations, is Q·Kᵀ
//     (Mul/Div by a constant folds into it); Softmax on the last axis; the
//     MatMul of a Softmax's output by activations is A·V;
//   - Add of two activations is a residual;
//   - LayerNormalization on the last axis, or its decomposition (ReduceMean,
//     Sub, Pow 2, ReduceMean, Add ε, Sqrt, Div, then Mul γ and Add β);
//   - GELU (torch's Div, Erf, Add, Mul, Mul) and Relu on a token-dense layer;
//   - ReduceMean over the tokens, then MatMul/Gemm, is a dense head over
//     the flattened tensor with the mean folded into its weights.

// seqAct is an activation tensor of a sequence graph.
type seqAct struct {
	idx        int   // trace index of the layer output it is (0 the input)
	dims       []int // without the batch: [T, D]; [D] after pooling
	transposed bool  // [T, D] read as [D, T] (K before Q·Kᵀ)
	pooled     bool  // the mean over tokens of trace idx
}

type seqImporter struct {
	*importer
	acts       map[string]*seqAct
	softmaxOut string // a final Softmax's output, dropped: the scores are proven
}

// isSequenceGraph reports whether the graph multiplies two activations or
// normalises layers: the transformer form, read by readSequence.
func isSequenceGraph(g *onnx.GraphProto, consts map[string]*tensor, bad map[string]error) bool {
	constant := map[string]bool{}
	for k := range consts {
		constant[k] = true
	}
	for k := range bad {
		constant[k] = true
	}
	for _, n := range g.GetNode() {
		ins := n.GetInput()
		switch n.GetOpType() {
		case "Constant":
			for _, o := range n.GetOutput() {
				constant[o] = true
			}
		case "LayerNormalization":
			return true
		case "MatMul":
			if len(ins) == 2 && !constant[ins[0]] && !constant[ins[1]] {
				return true
			}
		}
	}
	return false
}

// readSequence imports a sequence graph whose single input is in.
func (im *importer) readSequence(g *onnx.GraphProto, in *onnx.ValueInfoProto) (*Result, error) {
	if err := im.setInput(in); err != nil {
		return nil, err
	}
	if len(im.dims) != 2 || !im.batch {
		return nil, fmt.Errorf("onnx: a sequence model's input is [batch, tokens, features], not %v", im.fm.InputShape)
	}
	s := &seqImporter{importer: im, acts: map[string]*seqAct{in.GetName(): {dims: im.dims}}}
	for i, n := range g.GetNode() {
		if err := s.node(n); err != nil {
			return nil, fmt.Errorf("onnx: node %d %q (%s): %w", i, n.GetName(), n.GetOpType(), err)
		}
	}
	if len(g.GetOutput()) != 1 {
		return nil, fmt.Errorf("onnx: a sequence model has one output, this one %d", len(g.GetOutput()))
	}
	out := g.GetOutput()[0].GetName()
	a := s.acts[out]
	if out == s.softmaxOut {
		out = s.producer[out].GetInput()[0]
	}
	if a == nil || a.pooled || a.transposed || a.idx != len(im.fm.Layers) || a.idx == 0 {
		return nil, fmt.Errorf("onnx: the graph output %q is not the last layer's output", out)
	}
	if err := im.fm.Check(); err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	im.note("a sequence model of %d layers: attention, layer norms and residuals as sequence layers", len(im.fm.Layers))
	return &Result{Model: im.fm, Output: out, Notes: im.notes}, nil
}

// act returns the activation named, or nil.
func (s *seqImporter) act(name string) *seqAct { return s.acts[name] }

// last returns the layer that produced a, if a is its untouched output read
// by this node only, so that a constant map can fold into it.
func (s *seqImporter) last(name string) *model.FloatLayer {
	a := s.acts[name]
	if a == nil || a.idx == 0 || a.pooled || a.transposed || len(s.consumers[name]) != 1 {
		return nil
	}
	return &s.fm.Layers[a.idx-1]
}

func (s *seqImporter) push(l model.FloatLayer, out string) {
	s.fm.Layers = append(s.fm.Layers, l)
	s.acts[out] = &seqAct{idx: len(s.fm.Layers), dims: []int{l.Tokens, l.Out}}
	if l.Kind == model.Dense {
		s.acts[out].dims = []int{l.Out}
	}
}

func (s *seqImporter) node(n *onnx.NodeProto) error {
	op, ins, outs := n.GetOpType(), n.GetInput(), n.GetOutput()
	if len(outs) == 0 {
		return fmt.Errorf("node has no outputs")
	}
	if s.skip[n] {
		return nil
	}
	if op == "Constant" {
		t, err := constantNode(n)
		if err != nil {
			return err
		}
		s.consts[outs[0]] = t
		return nil
	}
	var acts []*seqAct
	for _, in := range ins {
		if a := s.acts[in]; a != nil {
			acts = append(acts, a)
		} else if in != "" && s.consts[in] == nil {
			if s.bad[in] != nil {
				return fmt.Errorf("input %q: %v", in, s.bad[in])
			}
			return fmt.Errorf("input %q is neither an activation nor a constant", in)
		}
	}
	if len(acts) == 0 {
		if !foldOps[op] {
			return unsupported(op)
		}
		t, err := s.fold(n)
		if err != nil {
			return err
		}
		s.consts[outs[0]] = t
		return nil
	}
	a := s.acts[ins[0]]
	switch op {
	case "Identity", "Dropout", "Cast":
		if op == "Cast" && !castsToFloat(n) {
			return fmt.Errorf("a Cast of the activations to a non-float type")
		}
		s.acts[outs[0]] = acts[0]
		return nil
	case "Shape":
		s.consts[outs[0]] = intTensor(append([]int{1}, acts[0].dims...))
		return nil
	case "Reshape", "Flatten", "Squeeze", "Unsqueeze":
		return s.reshape(n, acts[0])
	case "MatMul", "Gemm":
		if len(acts) == 2 {
			return s.product(n, acts[0], acts[1])
		}
		if a == nil {
			return fmt.Errorf("%s(weights, activations): only activations × weights is supported", op)
		}
		return s.linear(n, a)
	case "Add":
		if len(acts) == 2 {
			return s.residual(n, acts[0], acts[1])
		}
		return s.addConst(n)
	case "Mul", "Div":
		if op == "Div" && a != nil {
			if nodes := s.geluNodes(n, ins[0]); nodes != nil {
				return s.gelu(ins[0], nodes)
			}
		}
		return s.scale(n)
	case "Relu":
		l := s.last(ins[0])
		if l == nil || (l.Kind != model.TokenDense && l.Kind != model.Dense) || l.Fn != model.FnNone {
			return fmt.Errorf("a Relu goes right after a linear layer in a sequence model")
		}
		l.ReLU = true
		s.acts[outs[0]] = a
		return nil
	case "Transpose":
		perm := attrInts(n, "perm")
		if len(a.dims) != 2 || a.transposed || len(perm) != 3 || perm[0] != 0 || perm[1] != 2 || perm[2] != 1 {
			return fmt.Errorf("%w: only the swap of the last two axes (perm [0, 2, 1]) of a [batch, tokens, width] tensor, as in k.transpose(1, 2), is supported, not perm %v", ErrUnsupported, perm)
		}
		s.acts[outs[0]] = &seqAct{idx: a.idx, dims: []int{a.dims[1], a.dims[0]}, transposed: true}
		return nil
	case "Softmax":
		if len(a.dims) == 1 && len(s.consumers[outs[0]]) == 0 {
			// A classifier's probabilities: the argmax of the scores is the class.
			s.note("the proven output is %q, the scores before the final Softmax (the argmax is unchanged)", ins[0])
			s.acts[outs[0]] = a
			s.softmaxOut = outs[0]
			return nil
		}
		ax, err := axis(int(attrI(n, "axis", -1)), 3)
		if err != nil || ax != 2 || len(a.dims) != 2 || a.transposed || a.pooled {
			return fmt.Errorf("%w: Softmax on axis %d: a sequence model normalises the last axis of [batch, tokens, tokens] scores", ErrUnsupported, attrI(n, "axis", -1))
		}
		s.push(model.FloatLayer{Kind: model.Softmax, Tokens: a.dims[0], In: a.dims[1], Out: a.dims[1], X: a.idx}, outs[0])
		return nil
	case "LayerNormalization":
		return s.layerNorm(n, a)
	case "ReduceMean":
		return s.reduceMean(n, a)
	}
	if h := hints[op]; h != "" || !layerOps[op] {
		return unsupported(op)
	}
	return fmt.Errorf("%w operator %s on the activations of a sequence model", ErrUnsupported, op)
}

func castsToFloat(n *onnx.NodeProto) bool {
	to := onnx.TensorProto_DataType(attrI(n, "to", int64(onnx.TensorProto_FLOAT)))
	return to == onnx.TensorProto_FLOAT || to == onnx.TensorProto_DOUBLE || to == onnx.TensorProto_FLOAT16
}

// reshape accepts reshapes that keep the [tokens, width] layout (all that a
// flat row-major store can relabel for free is a no-op here).
func (s *seqImporter) reshape(n *onnx.NodeProto, a *seqAct) error {
	if a.transposed {
		return fmt.Errorf("%w: a reshape of transposed activations", ErrUnsupported)
	}
	var dims []int
	var err error
	full := append([]int{1}, a.dims...)
	switch n.GetOpType() {
	case "Reshape":
		if len(n.GetInput()) < 2 {
			return fmt.Errorf("Reshape needs a shape")
		}
		t, cerr := s.constant(n.GetInput()[1], "shape")
		if cerr != nil {
			return cerr
		}
		dims, err = reshape(full, t.ints())
	case "Flatten":
		ax, aerr := axis(int(attrI(n, "axis", 1)), len(full))
		if aerr != nil {
			return aerr
		}
		dims = []int{prod(full[:ax]), prod(full[ax:])}
	case "Squeeze":
		axes, aerr := s.axesOf(n)
		if aerr != nil {
			return aerr
		}
		dims, err = squeeze(full, axes)
	case "Unsqueeze":
		axes, aerr := s.axesOf(n)
		if aerr != nil {
			return aerr
		}
		dims, err = unsqueeze(full, axes)
	}
	if err != nil {
		return err
	}
	if len(dims) == 0 || dims[0] != 1 {
		return fmt.Errorf("%w: a %s that moves the batch axis (%v -> %v)", ErrUnsupported, n.GetOpType(), full, dims)
	}
	dims = dims[1:]
	if a.pooled || len(a.dims) == 1 {
		if prod(dims) == prod(a.dims) && len(dims) == 1 {
			s.acts[n.GetOutput()[0]] = &seqAct{idx: a.idx, dims: dims, pooled: a.pooled}
			return nil
		}
	} else if len(dims) == 2 && dims[0] == a.dims[0] && dims[1] == a.dims[1] {
		s.acts[n.GetOutput()[0]] = a
		return nil
	} else if len(dims) == 1 && dims[0] == prod(a.dims) {
		s.acts[n.GetOutput()[0]] = &seqAct{idx: a.idx, dims: dims}
		return nil
	}
	return fmt.Errorf("%w: a %s of [%v] activations to %v: a sequence model keeps [tokens, width] (or flattens them for the head)", ErrUnsupported, n.GetOpType(), a.dims, dims)
}

// linear reads MatMul/Gemm of activations by constant weights.
func (s *seqImporter) linear(n *onnx.NodeProto, a *seqAct) error {
	ins := n.GetInput()
	if len(ins) < 2 || s.acts[ins[1]] != nil {
		return fmt.Errorf("%s(weights, activations): only activations × weights is supported", n.GetOpType())
	}
	w, err := s.weight(ins[1], 2)
	if err != nil {
		return err
	}
	alpha, transB := 1.0, false
	if n.GetOpType() == "Gemm" {
		if attrI(n, "transA", 0) != 0 {
			return fmt.Errorf("transA=1 is not supported")
		}
		alpha, transB = attrF(n, "alpha", 1), attrI(n, "transB", 0) != 0
	}
	in, out := w.dims[0], w.dims[1]
	if transB {
		in, out = out, in
	}
	at := func(o, j int) float64 {
		if transB {
			return alpha * w.data[o*in+j]
		}
		return alpha * w.data[j*out+o]
	}
	if a.transposed || in != a.dims[len(a.dims)-1] {
		return fmt.Errorf("weights of %d inputs on activations %v", in, a.dims)
	}
	var l model.FloatLayer
	switch {
	case a.pooled:
		// The mean over T tokens of trace a.idx, then W: one dense layer over
		// the flattened [T, D] tensor with W/T repeated for every token.
		if a.idx != len(s.fm.Layers) {
			return fmt.Errorf("%w: the mean over tokens must feed the head right after the last layer", ErrUnsupported)
		}
		T := s.tokensOf(a.idx)
		l = model.FloatLayer{Kind: model.Dense, In: T * in, Out: out, W: make([]float64, T*in*out), B: make([]float64, out)}
		for o := range out {
			for t := range T {
				for j := range in {
					l.W[o*T*in+t*in+j] = at(o, j) / float64(T)
				}
			}
		}
	case len(a.dims) == 1:
		if a.idx != len(s.fm.Layers) {
			return fmt.Errorf("%w: a dense layer reads the layer right before it", ErrUnsupported)
		}
		l = model.FloatLayer{Kind: model.Dense, In: in, Out: out, W: make([]float64, in*out), B: make([]float64, out)}
		for o := range out {
			for j := range in {
				l.W[o*in+j] = at(o, j)
			}
		}
	default:
		T := a.dims[0]
		l = model.FloatLayer{Kind: model.TokenDense, Tokens: T, In: in, Out: out, X: a.idx, W: make([]float64, in*out), B: make([]float64, T*out)}
		for o := range out {
			for j := range in {
				l.W[o*in+j] = at(o, j)
			}
		}
	}
	if n.GetOpType() == "Gemm" && len(ins) > 2 && ins[2] != "" {
		b, err := s.constant(ins[2], "bias")
		if err != nil {
			return err
		}
		v, err := broadcast(b, []int{out})
		if err != nil {
			return fmt.Errorf("bias %q: %w", ins[2], err)
		}
		for j := range l.B {
			l.B[j] += attrF(n, "beta", 1) * v[j%out]
		}
	}
	s.push(l, n.GetOutput()[0])
	return nil
}

// tokensOf returns the token count of trace tensor k.
func (s *seqImporter) tokensOf(k int) int {
	if k == 0 {
		return s.fm.InputShape[0]
	}
	return s.fm.Layers[k-1].Tokens
}

// product reads MatMul of two activations: Q·Kᵀ or A·V.
func (s *seqImporter) product(n *onnx.NodeProto, a, b *seqAct) error {
	if n.GetOpType() != "MatMul" || a.transposed || a.pooled || b.pooled || len(a.dims) != 2 || len(b.dims) != 2 {
		return fmt.Errorf("%w: %s of two activations other than Q·Kᵀ (K transposed) or A·V (A a Softmax)", ErrUnsupported, n.GetOpType())
	}
	T := a.dims[0]
	switch {
	case b.transposed:
		if b.dims[0] != a.dims[1] || b.dims[1] != T {
			return fmt.Errorf("Q %v times Kᵀ %v", a.dims, b.dims)
		}
		s.push(model.FloatLayer{Kind: model.Scores, Tokens: T, In: a.dims[1], Out: T, X: a.idx, Y: b.idx, Scale: 1}, n.GetOutput()[0])
	case a.idx > 0 && s.fm.Layers[a.idx-1].Kind == model.Softmax:
		if a.dims[1] != b.dims[0] {
			return fmt.Errorf("A %v times V %v", a.dims, b.dims)
		}
		s.push(model.FloatLayer{Kind: model.Attend, Tokens: T, In: a.dims[1], Out: b.dims[1], X: a.idx, Y: b.idx}, n.GetOutput()[0])
	default:
		return fmt.Errorf("%w: MatMul of two activations is Q·Kᵀ (the second transposed by perm [0, 2, 1]) or A·V (the first a Softmax)", ErrUnsupported)
	}
	return nil
}

func (s *seqImporter) residual(n *onnx.NodeProto, a, b *seqAct) error {
	if a.transposed || b.transposed || a.pooled || b.pooled || len(a.dims) != 2 || a.dims[0] != b.dims[0] || a.dims[1] != b.dims[1] {
		return fmt.Errorf("%w: Add of activations %v and %v: a residual adds two [tokens, width] tensors of one shape", ErrUnsupported, a.dims, b.dims)
	}
	s.push(model.FloatLayer{Kind: model.Residual, Tokens: a.dims[0], In: a.dims[1], Out: a.dims[1], X: a.idx, Y: b.idx}, n.GetOutput()[0])
	return nil
}

// addConst folds Add of a constant (a bias, a positional embedding) into the
// linear layer before it.
func (s *seqImporter) addConst(n *onnx.NodeProto) error {
	ins := n.GetInput()
	x, c := ins[0], ins[1]
	if s.acts[x] == nil {
		x, c = c, x
	}
	l := s.last(x)
	if l == nil || (l.Kind != model.TokenDense && l.Kind != model.Dense) || l.ReLU || l.Fn != model.FnNone {
		return fmt.Errorf("%w: an Add of a constant folds into the linear layer right before it, and %q is not one's sole output", ErrUnsupported, x)
	}
	t, err := s.constant(c, "addend")
	if err != nil {
		return err
	}
	target := []int{l.Out}
	if l.Kind == model.TokenDense {
		target = []int{l.Tokens, l.Out}
	}
	if len(t.dims) == len(target)+1 && t.dims[0] == 1 {
		t = &tensor{dims: t.dims[1:], data: t.data}
	}
	v, err := broadcast(t, target)
	if err != nil {
		return err
	}
	for j := range l.B {
		l.B[j] += v[j]
	}
	s.acts[n.GetOutput()[0]] = s.acts[x]
	return nil
}

// scale folds Mul or Div by a constant into the layer before it: the 1/√d
// of Q·Kᵀ, or a linear layer's weights.
func (s *seqImporter) scale(n *onnx.NodeProto) error {
	ins := n.GetInput()
	x, c := ins[0], ins[1]
	if s.acts[x] == nil {
		if n.GetOpType() == "Div" {
			return fmt.Errorf("%w: a constant divided by the activations", ErrUnsupported)
		}
		x, c = c, x
	}
	t, err := s.constant(c, "factor")
	if err != nil {
		return err
	}
	if len(t.data) != 1 || t.data[0] == 0 || math.IsNaN(t.data[0]) || math.IsInf(t.data[0], 0) {
		return fmt.Errorf("%w: %s by a constant other than one finite non-zero scalar", ErrUnsupported, n.GetOpType())
	}
	k := t.data[0]
	if n.GetOpType() == "Div" {
		k = 1 / k
	}
	l := s.last(x)
	switch {
	case l != nil && l.Kind == model.Scores:
		l.Scale *= k
	case l != nil && (l.Kind == model.TokenDense || l.Kind == model.Dense) && !l.ReLU && l.Fn == model.FnNone:
		for j := range l.W {
			l.W[j] *= k
		}
		for j := range l.B {
			l.B[j] *= k
		}
	default:
		return fmt.Errorf("%w: a %s by a constant folds into the Q·Kᵀ or linear layer right before it", ErrUnsupported, n.GetOpType())
	}
	s.acts[n.GetOutput()[0]] = s.acts[x]
	return nil
}

// geluNodes returns the Erf, Add, Mul, Mul of torch's GELU starting at div
// over x, or nil.
func (s *seqImporter) geluNodes(div *onnx.NodeProto, x string) []*onnx.NodeProto {
	saved := s.cur
	s.cur = x
	defer func() { s.cur = saved }()
	return s.geluPattern(div)
}

func (s *seqImporter) gelu(x string, nodes []*onnx.NodeProto) error {
	l := s.acts[x]
	only := len(s.consumers[x]) == 2 // the pattern's Div and Mul
	if l == nil || l.idx == 0 || !only || l.pooled || l.transposed {
		return fmt.Errorf("%w: a GELU goes right after a linear layer in a sequence model", ErrUnsupported)
	}
	f := &s.fm.Layers[l.idx-1]
	if (f.Kind != model.TokenDense && f.Kind != model.Dense) || f.ReLU || f.Fn != model.FnNone {
		return fmt.Errorf("%w: a GELU goes right after a linear layer in a sequence model", ErrUnsupported)
	}
	f.Fn = model.FnGELU
	for _, n := range nodes {
		s.skip[n] = true
	}
	s.acts[nodes[len(nodes)-1].GetOutput()[0]] = l
	return nil
}
