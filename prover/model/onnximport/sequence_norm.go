package onnximport

// LayerNorm in a sequence graph: the ONNX operator, and the pattern torch
// exports it as (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add).

import (
	"fmt"
	"math"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// layerNorm reads LayerNormalization over the last axis.
func (s *seqImporter) layerNorm(n *onnx.NodeProto, a *seqAct) error {
	ins := n.GetInput()
	if ax, err := axis(int(attrI(n, "axis", -1)), 3); err != nil || ax != 2 || len(a.dims) != 2 || a.transposed || a.pooled {
		return fmt.Errorf("%w: LayerNormalization over axis %d: a sequence model normalises the last axis of [batch, tokens, width]", ErrUnsupported, attrI(n, "axis", -1))
	}
	if len(n.GetOutput()) > 1 {
		for _, o := range n.GetOutput()[1:] {
			if o != "" && len(s.consumers[o]) > 0 {
				return fmt.Errorf("%w: LayerNormalization's mean and inverse deviation outputs are read", ErrUnsupported)
			}
		}
	}
	D := a.dims[1]
	gamma, beta := ones(D), make([]float64, D)
	if len(ins) < 2 {
		return fmt.Errorf("LayerNormalization needs a scale")
	}
	for k, p := range [][]float64{gamma, beta} {
		if k+1 >= len(ins) || ins[k+1] == "" {
			continue
		}
		t, err := s.constant(ins[k+1], "LayerNormalization parameter")
		if err != nil {
			return err
		}
		v, err := broadcast(t, []int{D})
		if err != nil {
			return err
		}
		copy(p, v)
	}
	return s.pushNorm(a, gamma, beta, attrF(n, "epsilon", 1e-5), n.GetOutput()[0])
}

func (s *seqImporter) pushNorm(a *seqAct, gamma, beta []float64, eps float64, out string) error {
	if !(eps > 0) || math.IsInf(eps, 0) {
		return fmt.Errorf("LayerNormalization epsilon %v", eps)
	}
	D := a.dims[1]
	s.push(model.FloatLayer{Kind: model.LayerNorm, Tokens: a.dims[0], In: D, Out: D, X: a.idx, W: gamma, B: beta, Eps: eps}, out)
	return nil
}

// reduceMean reads the mean over tokens (pooling before the head) or the
// start of a decomposed LayerNormalization.
func (s *seqImporter) reduceMean(n *onnx.NodeProto, a *seqAct) error {
	axes, err := s.axesOf(n)
	if err != nil {
		return err
	}
	if len(axes) == 1 && len(a.dims) == 2 && !a.transposed && !a.pooled {
		ax, _ := axis(axes[0], 3)
		switch ax {
		case 1:
			if attrI(n, "keepdims", 1) != 0 {
				return fmt.Errorf("%w: ReduceMean over the tokens with keepdims=1", ErrUnsupported)
			}
			s.acts[n.GetOutput()[0]] = &seqAct{idx: a.idx, dims: []int{a.dims[1]}, pooled: true}
			return nil
		case 2:
			return s.normPattern(n, a)
		}
	}
	return fmt.Errorf("%w: ReduceMean over axes %v of [batch, %v]: over the tokens (axis 1, pooling before the head) or the last axis (a LayerNorm)", ErrUnsupported, axes, a.dims)
}

// constValue is the constant named, also when its Constant node comes later
// in the graph than the node reading ahead.
func (s *seqImporter) constValue(name string) *tensor {
	if t := s.consts[name]; t != nil {
		return t
	}
	if p := s.producer[name]; p != nil && p.GetOpType() == "Constant" {
		t, _ := constantNode(p)
		return t
	}
	return nil
}

// normPattern reads LayerNorm as torch exports it below opset 17, from its
// first ReduceMean rm: Sub(x, rm), Pow(·, 2), ReduceMean, Add(ε), Sqrt,
// Div(Sub, Sqrt), then optionally Mul(γ) and Add(β).
func (s *seqImporter) normPattern(rm *onnx.NodeProto, a *seqAct) error {
	x := rm.GetInput()[0]
	fail := fmt.Errorf("%w: a ReduceMean over the last axis starts a LayerNorm (Sub, Pow 2, ReduceMean, Add ε, Sqrt, Div, Mul γ, Add β); this graph differs", ErrUnsupported)
	if attrI(rm, "keepdims", 1) == 0 {
		return fail
	}
	only := func(t, op string) *onnx.NodeProto {
		if c := s.consumers[t]; len(c) == 1 && c[0].GetOpType() == op && len(c[0].GetOutput()) == 1 {
			return c[0]
		}
		return nil
	}
	other := func(n *onnx.NodeProto, t string) string {
		if ins := n.GetInput(); len(ins) == 2 && ins[0] == t {
			return ins[1]
		}
		return ""
	}
	scalar := func(name string) (float64, bool) {
		t := s.constValue(name)
		if t == nil || len(t.data) != 1 {
			return 0, false
		}
		return t.data[0], true
	}
	sub := only(rm.GetOutput()[0], "Sub")
	if sub == nil || sub.GetInput()[0] != x {
		return fail
	}
	d := sub.GetOutput()[0]
	var pow, div *onnx.NodeProto
	for _, c := range s.consumers[d] {
		switch c.GetOpType() {
		case "Pow":
			pow = c
		case "Div":
			div = c
		}
	}
	if len(s.consumers[d]) != 2 || pow == nil || div == nil {
		return fail
	}
	if e, ok := scalar(other(pow, d)); !ok || e != 2 {
		return fail
	}
	rm2 := only(pow.GetOutput()[0], "ReduceMean")
	if rm2 == nil {
		return fail
	}
	if axes, err := s.axesOf(rm2); err != nil || len(axes) != 1 || (axes[0] != -1 && axes[0] != 2) {
		return fail
	}
	add := only(rm2.GetOutput()[0], "Add")
	if add == nil {
		return fail
	}
	eps, ok := scalar(other(add, rm2.GetOutput()[0]))
	if !ok {
		return fail
	}
	sqrt := only(add.GetOutput()[0], "Sqrt")
	if sqrt == nil || other(div, d) != sqrt.GetOutput()[0] || len(s.consumers[sqrt.GetOutput()[0]]) != 1 {
		return fail
	}
	nodes := []*onnx.NodeProto{sub, pow, rm2, add, sqrt, div}
	D := a.dims[1]
	gamma, beta := ones(D), make([]float64, D)
	out := div.GetOutput()[0]
	for k, op := range []string{"Mul", "Add"} {
		n := only(out, op)
		if n == nil {
			break
		}
		p := other(n, out)
		if p == "" && len(n.GetInput()) == 2 && n.GetInput()[1] == out {
			p = n.GetInput()[0]
		}
		t := s.constValue(p)
		if t == nil {
			break
		}
		v, err := broadcast(t, []int{D})
		if err != nil {
			break
		}
		if k == 0 {
			copy(gamma, v)
		} else {
			copy(beta, v)
		}
		nodes = append(nodes, n)
		out = n.GetOutput()[0]
	}
	for _, n := range nodes {
		s.skip[n] = true
	}
	return s.pushNorm(a, gamma, beta, eps, out)
}
