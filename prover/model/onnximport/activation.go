package onnximport

// Activations between layers: the elementwise functions and the GELU torch
// exports as Div, Erf, Add, Mul, Mul.

import (
	"fmt"
	"math"

	"github.com/advancedclimatesystems/gonnx/onnx"

	"github.com/nexus-rollup/nexus/prover/model"
)

// gelu recognises torch's export of the exact GELU, starting at its Div:
// y = Mul(Mul(x, Add(Erf(Div(x, √2)), 1)), 0.5), and sets it as a lookup
// activation. It reports false (and no error) when the Div is not one.
func (im *importer) gelu(div *onnx.NodeProto) (bool, error) {
	nodes := im.geluPattern(div)
	if nodes == nil {
		return false, nil
	}
	if err := im.activation(div, model.FnGELU); err != nil {
		return true, err
	}
	for _, n := range nodes {
		im.skip[n] = true
	}
	im.cur = nodes[len(nodes)-1].GetOutput()[0]
	return true, nil
}

// geluPattern returns the Erf, Add, Mul, Mul that follow div over im.cur in
// torch's GELU, or nil.
func (im *importer) geluPattern(div *onnx.NodeProto) []*onnx.NodeProto {
	x := im.cur
	near := func(name string, v float64) bool {
		t := im.consts[name]
		if t == nil {
			if p := im.producer[name]; p != nil && p.GetOpType() == "Constant" {
				t, _ = constantNode(p)
			}
		}
		return t != nil && len(t.data) == 1 && math.Abs(t.data[0]-v) < 1e-4
	}
	only := func(t, op string) *onnx.NodeProto {
		if c := im.consumers[t]; len(c) == 1 && c[0].GetOpType() == op && len(c[0].GetOutput()) == 1 {
			return c[0]
		}
		return nil
	}
	pick := func(n *onnx.NodeProto, t string) string { // the input of n that is not t
		ins := n.GetInput()
		if len(ins) != 2 {
			return ""
		}
		if ins[0] == t {
			return ins[1]
		}
		if ins[1] == t {
			return ins[0]
		}
		return ""
	}
	if len(div.GetInput()) != 2 || div.GetInput()[0] != x || !near(div.GetInput()[1], math.Sqrt2) {
		return nil
	}
	erf := only(div.GetOutput()[0], "Erf")
	if erf == nil {
		return nil
	}
	add := only(erf.GetOutput()[0], "Add")
	if add == nil || !near(pick(add, erf.GetOutput()[0]), 1) {
		return nil
	}
	mul := only(add.GetOutput()[0], "Mul")
	if mul == nil || pick(mul, add.GetOutput()[0]) != x {
		return nil
	}
	half := only(mul.GetOutput()[0], "Mul")
	if half == nil || !near(pick(half, mul.GetOutput()[0]), 0.5) {
		return nil
	}
	return []*onnx.NodeProto{erf, add, mul, half}
}

// activation sets a lookup activation on the linear layer that produced the
// activations, also through a max-pool when the function is non-decreasing
// (then it commutes with max).
func (im *importer) activation(n *onnx.NodeProto, fn model.Function) error {
	if im.pre != nil {
		return fmt.Errorf("an elementwise Add/Mul/BatchNormalization before %s cannot be folded", n.GetOpType())
	}
	alpha := 0.0
	if fn == model.FnLeakyReLU {
		alpha = attrF(n, "alpha", 0.01)
		if n.GetOpType() == "PRelu" {
			// torch's nn.PReLU() learns one slope: a leaky ReLU. Per-channel
			// slopes would need a table per channel.
			ins := n.GetInput()
			if len(ins) != 2 {
				return fmt.Errorf("PRelu needs a slope")
			}
			t, err := im.constant(ins[1], "slope")
			if err != nil {
				return err
			}
			for _, v := range t.data {
				if v != t.data[0] {
					return fmt.Errorf("%w operator PRelu with per-channel slopes: one slope (nn.PReLU()) is supported", ErrUnsupported)
				}
			}
			alpha = t.data[0]
		}
		if math.IsNaN(alpha) || math.IsInf(alpha, 0) {
			return fmt.Errorf("%s slope %v", n.GetOpType(), alpha)
		}
	}
	monotone := fn != model.FnGELU && alpha >= 0
	for i := len(im.fm.Layers) - 1; i >= 0; i-- {
		l := &im.fm.Layers[i]
		if l.Kind == model.MaxPool {
			if !monotone {
				return fmt.Errorf("%s after MaxPool: it is not monotone, so it does not move before the pool", n.GetOpType())
			}
			continue
		}
		if l.ReLU || l.Fn != model.FnNone {
			return fmt.Errorf("%s after another activation: one activation per layer", n.GetOpType())
		}
		l.Fn, l.Alpha = fn, alpha
		im.fresh = false
		name := n.GetOpType()
		if fn == model.FnGELU {
			name = "GELU (Div, Erf, Add, Mul, Mul)"
		}
		im.note("%s %q is a lookup table (256 int8 entries) on layer %d", name, n.GetName(), i)
		return nil
	}
	return fmt.Errorf("%s on the model input is not supported", n.GetOpType())
}
