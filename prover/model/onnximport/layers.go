package onnximport

import (
	"fmt"
	"math"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// push appends a linear layer, folding a pending elementwise map into it.
func (im *importer) push(l model.FloatLayer) error {
	if im.pre != nil {
		if err := foldPre(&l, im.pre, im.shape()); err != nil {
			return err
		}
		im.pre = nil
	}
	im.fm.Layers = append(im.fm.Layers, l)
	im.last = len(im.fm.Layers) - 1
	im.fresh = l.Kind != model.MaxPool
	return nil
}

// foldPre rewrites l(a*x + b) as l'(x): the columns of W scale by a and the
// biases absorb W·b. A conv needs a and b constant over each input channel,
// (conv checks that an offset b never meets padding).
func foldPre(l *model.FloatLayer, p *affine, in model.Shape) error {
	switch l.Kind {
	case model.Dense:
		for o := range l.Out {
			for j := range l.In {
				w := l.W[o*l.In+j]
				l.W[o*l.In+j] = w * p.a[j]
				l.B[o] += w * p.b[j]
			}
		}
	case model.Conv:
		a, b, err := perChannel(p, in)
		if err != nil {
			return fmt.Errorf("an elementwise map before a conv: %w", err)
		}
		k2 := l.K * l.K
		for oc := range l.OutC {
			for ic := range l.InC {
				for t := range k2 {
					w := &l.W[(oc*l.InC+ic)*k2+t]
					l.B[oc] += *w * b[ic]
					*w *= a[ic]
				}
			}
		}
	default:
		return fmt.Errorf("an elementwise map before %s cannot be folded", l.Kind)
	}
	return nil
}

// perChannel reduces an elementwise map over CHW to one (a, b) per channel.
func perChannel(p *affine, s model.Shape) (a, b []float64, err error) {
	hw := s.H * s.W
	a, b = make([]float64, s.C), make([]float64, s.C)
	for c := range s.C {
		a[c], b[c] = p.a[c*hw], p.b[c*hw]
		for i := c * hw; i < (c+1)*hw; i++ {
			if p.a[i] != a[c] || p.b[i] != b[c] {
				return nil, nil, fmt.Errorf("it varies within channel %d", c)
			}
		}
	}
	return a, b, nil
}

// affineMap applies x -> a*x + b (a, b over every element of the activations):
// into the layer that produced them when nothing came between, else pending
// for the next linear layer.
func (im *importer) affineMap(a, b []float64) error {
	for i := range a {
		if math.IsNaN(a[i]) || math.IsInf(a[i], 0) || math.IsNaN(b[i]) || math.IsInf(b[i], 0) {
			return fmt.Errorf("the constant map holds %v·x + %v", a[i], b[i])
		}
	}
	if im.fresh && im.pre == nil {
		l := &im.fm.Layers[im.last]
		switch l.Kind {
		case model.Dense:
			for o := range l.Out {
				for j := range l.In {
					l.W[o*l.In+j] *= a[o]
				}
				l.B[o] = l.B[o]*a[o] + b[o]
			}
			return nil
		case model.Conv:
			pa, pb, err := perChannel(&affine{a, b}, im.shape())
			if err != nil {
				return fmt.Errorf("an elementwise map after a conv: %w", err)
			}
			k := len(l.W) / l.OutC
			for oc := range l.OutC {
				for j := range k {
					l.W[oc*k+j] *= pa[oc]
				}
				l.B[oc] = l.B[oc]*pa[oc] + pb[oc]
			}
			return nil
		}
	}
	if im.pre == nil {
		im.pre = &affine{a: ones(len(a)), b: make([]float64, len(a))}
	}
	for i := range a {
		im.pre.a[i] *= a[i]
		im.pre.b[i] = im.pre.b[i]*a[i] + b[i]
	}
	return nil
}

func ones(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = 1
	}
	return v
}

// full returns the activations' shape with the batch dimension.
func (im *importer) full() []int {
	if im.batch {
		return append([]int{1}, im.dims...)
	}
	return im.dims
}

// arith folds Add/Sub/Mul/Div of the activations and a constant.
func (im *importer) arith(op string, ins []string) error {
	if len(ins) != 2 {
		return fmt.Errorf("%s needs 2 inputs", op)
	}
	first := ins[0] == im.cur
	other := ins[1]
	if !first {
		other = ins[0]
	}
	if other == im.cur {
		return fmt.Errorf("%s of the activations with themselves (a residual connection): the model must be one chain of layers", op)
	}
	c, err := im.constant(other, "operand")
	if err != nil {
		return fmt.Errorf("%w: only a constant is added to or multiplies the activations", err)
	}
	v, err := broadcast(c, im.full())
	if err != nil {
		return err
	}
	n := len(v)
	a, b := ones(n), make([]float64, n)
	switch {
	case op == "Add":
		copy(b, v)
	case op == "Sub" && first:
		for i := range b {
			b[i] = -v[i]
		}
	case op == "Sub":
		for i := range a {
			a[i], b[i] = -1, v[i]
		}
	case op == "Mul":
		copy(a, v)
	case op == "Div" && first:
		for i := range a {
			if v[i] == 0 {
				return fmt.Errorf("division by zero")
			}
			a[i] = 1 / v[i]
		}
	default:
		return fmt.Errorf("dividing a constant by the activations is not linear")
	}
	return im.affineMap(a, b)
}

// perChannelMap expands one (a, b) per channel (dim 0 of the activations)
// over every element.
func (im *importer) perChannelMap(ca, cb []float64) error {
	c := im.dims[0]
	if len(ca) == 1 {
		ca, cb = repeat(ca[0], c), repeat(cb[0], c)
	}
	if len(ca) != c || len(cb) != c {
		return fmt.Errorf("%d values for %d channels", len(ca), c)
	}
	per := prod(im.dims) / c
	a, b := make([]float64, c*per), make([]float64, c*per)
	for i := range a {
		a[i], b[i] = ca[i/per], cb[i/per]
	}
	return im.affineMap(a, b)
}

func repeat(v float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// batchNorm folds y = (x - mean)/sqrt(var + eps)·scale + B per channel.
func (im *importer) batchNorm(n *onnx.NodeProto, ins []string) error {
	if len(ins) < 5 {
		return fmt.Errorf("BatchNormalization needs scale, B, mean and var")
	}
	if attrI(n, "training_mode", 0) != 0 {
		return fmt.Errorf("training_mode=1: export the model in eval mode")
	}
	var p [4]*tensor
	for i := range p {
		t, err := im.constant(ins[i+1], "BatchNormalization parameter")
		if err != nil {
			return err
		}
		p[i] = t
	}
	eps := attrF(n, "epsilon", 1e-5)
	c := len(p[0].data)
	a, b := make([]float64, c), make([]float64, c)
	for i := range c {
		if len(p[1].data) != c || len(p[2].data) != c || len(p[3].data) != c {
			return fmt.Errorf("BatchNormalization parameters of different lengths")
		}
		if p[3].data[i]+eps <= 0 {
			return fmt.Errorf("variance %v", p[3].data[i])
		}
		a[i] = p[0].data[i] / math.Sqrt(p[3].data[i]+eps)
		b[i] = p[1].data[i] - p[2].data[i]*a[i]
	}
	im.note("BatchNormalization %q folded into the neighbouring linear layer", n.GetName())
	return im.perChannelMap(a, b)
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
		b, err := im.constant(ins[2], "bias")
		if err != nil {
			return err
		}
		v, err := broadcast(b, []int{1, out})
		if err != nil {
			return fmt.Errorf("bias %q: %w", ins[2], err)
		}
		for o := range out {
			l.B[o] = beta * v[o]
		}
	}
	return im.dense(l)
}

func (im *importer) matmul(ins []string) error {
	if ins[0] != im.cur {
		return fmt.Errorf("MatMul(weights, activations): only activations × weights is supported")
	}
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
	if len(im.dims) == 2 {
		return fmt.Errorf("a product with a [%d, %d] activation works row by row (a sequence model): Nexus's dense layer reads a flat vector; flatten first", im.dims[0], im.dims[1])
	}
	if l.In != prod(im.dims) {
		return fmt.Errorf("weights expect %d inputs, the activations have %d (%v)", l.In, prod(im.dims), im.dims)
	}
	if err := im.push(l); err != nil {
		return err
	}
	im.dims = []int{l.Out}
	return nil
}

// reluOp fuses ReLU into the last linear layer. Max-pooling between them is
// fine: ReLU and max commute.
func (im *importer) reluOp() error {
	if im.pre != nil {
		return fmt.Errorf("an elementwise Add/Mul/BatchNormalization between a MaxPool or ReLU and a ReLU cannot be folded")
	}
	for i := len(im.fm.Layers) - 1; i >= 0; i-- {
		l := &im.fm.Layers[i]
		if l.Kind == model.MaxPool {
			continue
		}
		l.ReLU = true
		im.fresh = false
		return nil
	}
	return fmt.Errorf("Relu on the model input is not supported")
}

func (im *importer) weight(name string, rank int) (*tensor, error) {
	w, err := im.constant(name, "weights")
	if err != nil {
		return nil, err
	}
	if len(w.dims) != rank {
		return nil, fmt.Errorf("weights %q have rank %d, want %d", name, len(w.dims), rank)
	}
	return w, nil
}
